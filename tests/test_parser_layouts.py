"""Table layouts beyond the samples', each in a short plan written here, as flattened text
(one cell a line, empty cells left out) and as a Word table where the layout has one:
numbering that runs on across groups, groups lettered A/B/C, page breaks that repeat the
header, a number cell equal to the next task's number, two-row headers, header wordings,
cells shifted by empty ones, and the metadata and agency cells around them."""

from __future__ import annotations

import io
import sqlite3

import docx
import pytest

from indexer.agencies import list_aliases, split_agencies
from indexer.build import Source, build, parse_source
from indexer.headers import header_role
from knowledge.engine import Engine
from knowledge.fields import Role
from knowledge.store import KnowledgeBase

from .conftest import TODAY

HEAD = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Hà Nam Sơn, ngày 3 tháng 3 năm 2026
KẾ HOẠCH
THỬ NGHIỆM CÁCH TRÌNH BÀY BẢNG NHIỆM VỤ
I. MỤC ĐÍCH
1. Mục đích
a) Đọc đúng mọi cách trình bày bảng.
Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.
CHỦ TỊCH
Nguyễn Văn An
PHỤ LỤC"""

HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
GROUPED = [
    HEADER,
    ["I", "Tuyên truyền", "", "", ""],
    ["1", "Tổ chức hội nghị phổ biến kế hoạch.", "Sở Công Thương", "Sở Tài chính", "Quý II/2026"],
    ["2", "Đưa tin về kết quả thực hiện.", "Báo Hà Nam Sơn", "", "Thường xuyên"],
    ["II", "Kiểm tra", "", "", ""],
    ["3", "Kiểm tra việc thực hiện tại các huyện.", "Sở Nội vụ", "UBND các huyện", "Năm 2026"],
    ["4", "Kiểm tra việc chi tiêu kinh phí.", "Sở Tài chính", "Kho bạc Nhà nước", "Quý IV/2026"],
    ["III", "Tổng kết", "", "", ""],
    ["5", "Sơ kết việc thực hiện kế hoạch.", "Sở Nội vụ", "Các sở, ban, ngành", "Hằng năm"],
]
# Tasks numbered on across groups keep the number as written for their id; the group is
# still recorded (see test_numbering_that_runs_on_across_groups).
RUNNING_REFS = ["1", "2", "3", "4", "5"]


def _flat(rows: list[list[str]], head: str = HEAD) -> str:
    """A plan as text extraction leaves it: the header's cells, then each row's non-empty
    cells, one a line."""
    lines = [*head.splitlines(), *rows[0]]
    for row in rows[1:]:
        lines += [part for cell in row if cell for part in cell.split("\n")]
    return "\n".join(lines) + "\n"


def _word(rows: list[list[str]], *, merges=(), head: str = HEAD) -> bytes:
    """A plan as .docx: the head as paragraphs, then the rows as a Word table; ``merges``
    are ((row, column), (row, column)) corners of cells merged as a header spans them."""
    return _document([*head.splitlines(), (rows, merges)])


def _document(parts: list) -> bytes:
    """A .docx of paragraphs (str) and tables ((rows, merges)), in order."""
    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
        else:
            _fill(document.add_table(rows=len(part[0]), cols=len(part[0][0])), *part)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _fill(table, rows: list[list[str]], merges=()) -> None:
    for first, last in merges:
        table.cell(*first).merge(table.cell(*last))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text


def _parse(text: str, name: str = "plan.txt"):
    return parse_source(Source(name, text.encode("utf-8")))


def _parse_both(rows: list[list[str]], fmt: str, **word):
    if fmt == "txt":
        return _parse(_flat(rows))
    return parse_source(Source("plan.docx", _word(rows, **word)))


def _cells(plan, ref: str) -> dict[str, str]:
    """A task's cells by header."""
    row = next(r for r in plan.tasks if r.ref == ref)
    headers = [c.header for c in plan.columns(row.table) if c.role is not Role.NUMBER]
    return dict(zip(headers, row.cells, strict=True))


def _regroup(rows: list[list[str]], codes: list[str]) -> list[list[str]]:
    """The table with its group rows numbered ``codes`` ("A", "B", "C")."""
    groups = iter(codes)
    return [[next(groups), *r[1:]] if r[0] in ("I", "II", "III") else r for r in rows]


def _restarted(rows: list[list[str]]) -> list[list[str]]:
    """The table with its tasks numbered from 1 again in each group."""
    out, n = [rows[0]], 0
    for row in rows[1:]:
        n = 0 if row[0] in ("I", "II", "III") else n + 1
        out.append([str(n), *row[1:]] if n else row)
    return out


# ---------------------------------------------------------------- numbering


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize(
    ("codes", "refs"),
    [
        (["I", "II", "III"], RUNNING_REFS),
        (["A", "B", "C"], RUNNING_REFS),
    ],
    ids=["roman", "letters"],
)
def test_numbering_that_runs_on_across_groups(fmt, codes, refs):
    """Group I has tasks 1-2, group II tasks 3-4: every task is read, under its group,
    with the number the plan gives it as its id, in .txt as in .docx."""
    plan = _parse_both(_regroup(GROUPED, codes), fmt)
    assert refs == [t.ref for t in plan.tasks]
    assert [codes[0], codes[0], codes[1], codes[1], codes[2]] == [t.group for t in plan.tasks]
    assert codes == [g.code for g in plan.groups]
    assert ["Tuyên truyền", "Kiểm tra", "Tổng kết"] == [g.title for g in plan.groups]
    assert "Kiểm tra việc thực hiện tại các huyện." == _cells(plan, refs[2])["Nội dung nhiệm vụ"]
    assert [] == [w for w in plan.warnings if "bỏ qua" in w]


def _page_break(rows: list[list[str]], before: int, page: str) -> str:
    """The flattened table with a page number and the header repeated before row ``before``."""
    lines = _flat(rows).splitlines()
    at = lines.index(rows[before][1]) - 1  # the row's number line
    return "\n".join([*lines[:at], page, *rows[0], *lines[at:]]) + "\n"


@pytest.mark.parametrize(
    ("rows", "before", "page", "refs"),
    [
        (GROUPED, 7, "2", RUNNING_REFS),
        (GROUPED, 5, "- 2 -", RUNNING_REFS),
        # The page number reads like the next task's number ("2" before task II.2).
        (_restarted(GROUPED), 6, "2", ["I.1", "I.2", "II.1", "II.2", "III.1"]),
    ],
    ids=["page-number", "dashed-page-number", "page-number-like-the-next-task"],
)
def test_page_break_inside_the_table(rows, before, page, refs):
    """A page break repeats the header after a page number; neither is a row."""
    plan = _parse(_page_break(rows, before, page))
    assert refs == [t.ref for t in plan.tasks]
    assert 1 == len(plan.tables)
    last = _cells(plan, refs[-1])
    assert ("Sơ kết việc thực hiện kế hoạch.", "Hằng năm") == (
        last["Nội dung nhiệm vụ"],
        last["Thời gian"],
    )
    assert "Quý IV/2026" == _cells(plan, refs[-2])["Thời gian"]


def test_word_header_repeated_on_a_new_page():
    rows = [*GROUPED[:6], HEADER, *GROUPED[6:]]
    plan = parse_source(Source("plan.docx", _word(rows)))
    assert RUNNING_REFS == [t.ref for t in plan.tasks]
    assert [] == plan.warnings


# ---------------------------------------------------------------- ids below a task

ITEMS = [
    HEADER,
    ["I", "Thể chế", "", "", ""],
    ["1", "Rà soát văn bản quy phạm pháp luật.", "Sở Tư pháp", "Các sở, ngành", "Quý I/2026"],
    ["2", "Kiểm tra việc thi hành pháp luật.", "Sở Tư pháp", "Sở Nội vụ", "Quý IV/2026"],
    ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", ""],
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính.", "Văn phòng UBND tỉnh", "Các sở, ngành",
     "Năm 2026"],
    ["1.1", "Rà soát thủ tục lĩnh vực đất đai.", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng",
     "Quý II/2026"],
    ["1.2", "Rà soát thủ tục lĩnh vực đầu tư.", "Sở Tài chính", "Sở Công Thương", "Quý III/2026"],
    ["2", "Số hóa hồ sơ thủ tục hành chính.", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ",
     "Năm 2026"],
    ["a)", "Số hóa hồ sơ tại cấp tỉnh.", "Các sở, ngành", "Sở Khoa học và Công nghệ",
     "Tháng 6/2026"],
    ["b)", "Số hóa hồ sơ tại cấp xã.", "UBND các xã", "Sở Khoa học và Công nghệ", "Tháng 12/2026"],
]  # fmt: skip
ITEM_REFS = ["I.1", "I.2", "II.1", "II.1.1", "II.1.2", "II.2", "II.2.a", "II.2.b"]
THREE_LEVELS = [
    HEADER,
    ["1", "Quy hoạch", "", "", ""],
    ["1.1", "Rà soát quy hoạch chung xây dựng xã.", "Sở Xây dựng", "UBND các huyện", "Quý IV/2026"],
    ["1.2", "Lập quy hoạch chi tiết trung tâm xã.", "UBND các huyện", "Sở Xây dựng", "Năm 2026"],
    ["1.2.1", "Quy hoạch chi tiết trung tâm xã Phú Lộc.", "UBND huyện Phú Lộc", "", "Quý III/2026"],
    ["1.2.2", "Quy hoạch chi tiết trung tâm xã Tân Mỹ.", "UBND huyện Tân Mỹ", "", "Quý IV/2026"],
    ["2", "Sản xuất", "", "", ""],
    ["2.1", "Triển khai chương trình mỗi xã một sản phẩm.", "Sở Nông nghiệp và Môi trường",
     "Sở Công Thương", "Hằng năm"],
]  # fmt: skip


def _tasks(rows: list[list[str]], refs: list[str]) -> dict[str, dict[str, str]]:
    """The cells each task row of ``rows`` should get, by ref and header."""
    tasks = [r for r in rows[1:] if any(r[2:])]
    return {
        ref: dict(zip(rows[0][1:], r[1:], strict=True)) for ref, r in zip(refs, tasks, strict=True)
    }


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize(
    ("rows", "refs", "groups"),
    [
        (ITEMS, ITEM_REFS, ["I", "II"]),
        (THREE_LEVELS, ["1.1", "1.2", "1.2.1", "1.2.2", "2.1"], ["1", "2"]),
    ],
    ids=["items-under-tasks", "three-levels"],
)
def test_items_under_a_task_keep_their_ids(fmt, rows, refs, groups):
    """Group II writes its tasks 1, 1.1, 1.2, 2, a), b): the dotted and lettered rows are
    items under the task above (II.1.1, II.2.a), not group rows; "1.2.1" is an item under
    task 1.2 of group 1. A group row written inline in capitals does not end the table."""
    plan = _parse_both(rows, fmt)
    assert groups == [g.code for g in plan.groups]
    assert _tasks(rows, refs) == {t.ref: _cells(plan, t.ref) for t in plan.tasks}
    assert [] == [w for w in plan.warnings if "bỏ qua" in w]


PROJECTS = [
    ["TT", "Tên dự án", "Địa điểm xây dựng", "Chủ đầu tư", "Thời gian thực hiện"],
    ["I", "Dự án chuyển tiếp", "", "", ""],
    ["1", "Kè chống sạt lở bờ sông Lam.", "Huyện Tân Phú", "Ban Quản lý dự án tỉnh", "2024-2026"],
    ["II", "Dự án khởi công mới", "", "", ""],
    ["1", "Hồ chứa nước Đá Bạc.", "Huyện Sơn Hà", "Sở Nông nghiệp và Môi trường", "2026-2028"],
    ["2", "Khu tái định cư xã Trà Sơn.", "Huyện Sơn Hà", "UBND huyện Sơn Hà", "Năm 2026"],
]
APPENDIX_REFS = ["I.1", "I.2", "II.1", "II.2", "III.1", "PL II: I.1", "PL II: II.1", "PL II: II.2"]


def _two_appendices(fmt: str) -> Source:
    """The grouped table in Phụ lục I, a table of projects also grouped I, II in Phụ lục II."""
    head = HEAD.replace("PHỤ LỤC", "PHỤ LỤC I")
    if fmt == "txt":
        text = _flat(_restarted(GROUPED), head) + "PHỤ LỤC II\n" + _flat(PROJECTS, "")
        return Source("plan.txt", text.encode())
    grouped = _restarted(GROUPED)
    parts = [*head.splitlines(), (grouped, ()), "PHỤ LỤC II", "DANH MỤC DỰ ÁN", (PROJECTS, ())]
    return Source("plan.docx", _document(parts))


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_two_appendices_with_the_same_group_numerals(fmt, tmp_path):
    """Both tables are kept; the later one's ids and groups start with its appendix."""
    source = _two_appendices(fmt)
    plan = parse_source(source)
    assert APPENDIX_REFS == [t.ref for t in plan.tasks]
    assert ["I", "II", "III", "PL II: I", "PL II: II"] == [g.code for g in plan.groups]
    assert "Hồ chứa nước Đá Bạc." == _cells(plan, "PL II: II.1")["Tên dự án"]
    build([source], tmp_path / "kb.db")
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        refs = conn.execute("select ref, group_code from tasks order by position").fetchall()
        groups = conn.execute("select code from groups order by position").fetchall()
    assert [(r, r.rpartition(".")[0]) for r in APPENDIX_REFS] == refs
    assert [(g.code,) for g in plan.groups] == groups


def test_a_word_table_split_over_two_pages_goes_on_in_its_group():
    """A table broken at a page comes as two Word tables with the same header; the rows
    after the break stay in the group the first part ended with."""
    rows = _regroup(GROUPED, ["A", "B", "C"])
    parts = [*HEAD.splitlines(), (rows[:5], ()), "", "3", (rows[:1] + rows[5:], ())]
    plan = parse_source(Source("plan.docx", _document(parts)))
    assert RUNNING_REFS == [t.ref for t in plan.tasks]
    assert ["A", "A", "B", "B", "C"] == [t.group for t in plan.tasks]
    assert 1 == len(plan.tables)


def test_a_word_table_without_a_number_column():
    """Group rows merged across the table are groups, not tasks; tasks are numbered in
    their groups."""
    rows = [r[1:] for r in GROUPED]
    merges = [((r, 0), (r, 3)) for r, row in enumerate(rows) if not any(row[1:])]
    plan = parse_source(Source("plan.docx", _word(rows, merges=merges)))
    assert ["I.1", "I.2", "II.1", "II.2", "III.1"] == [t.ref for t in plan.tasks]
    assert ["Tuyên truyền", "Kiểm tra", "Tổng kết"] == [g.title for g in plan.groups]


def test_a_flattened_table_whose_rows_carry_no_number():
    """No number column and no numbers: rows are cut where their lines fill the cells, a
    title in capitals is a group row; tasks are numbered in their groups, and it is said."""
    rows = [[r[1].upper() if r[0] in ("I", "II", "III") else r[1], *r[2:]] for r in GROUPED]
    plan = _parse(_flat(rows))
    refs = ["I.1", "I.2", "II.1", "II.2", "III.1"]
    assert _tasks([["", *HEADER[1:]], *GROUPED[1:]], refs) == {
        t.ref: _cells(plan, t.ref) for t in plan.tasks
    }
    assert ["TUYÊN TRUYỀN", "KIỂM TRA", "TỔNG KẾT"] == [g.title for g in plan.groups]
    assert (
        "bảng 1: các dòng không có số thứ tự; đã đánh số theo thứ tự trong từng nhóm"
        in plan.warnings
    )


def test_a_task_table_inside_a_layout_table():
    """A page laid out in a one-cell table: the task table inside it is read."""
    document = docx.Document()
    for line in HEAD.splitlines():
        document.add_paragraph(line)
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    _fill(cell.add_table(rows=len(GROUPED), cols=len(HEADER)), GROUPED)
    out = io.BytesIO()
    document.save(out)
    plan = parse_source(Source("plan.docx", out.getvalue()))
    assert RUNNING_REFS == [t.ref for t in plan.tasks]


BUDGETED = [
    ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn", "Kinh phí", "Địa bàn"],
    ["1", "Rà soát thủ tục hành chính.", "Văn phòng UBND tỉnh", "Quý III/2026", "120", "Toàn tỉnh"],
    ["2", "Đào tạo công chức một cửa.", "Sở Nội vụ", "Quý II/2026", "3", "Toàn tỉnh"],
    ["3", "Tổng kết việc thực hiện kế hoạch.", "Sở Nội vụ", "Năm 2027", "", "Toàn tỉnh"],
]


def test_a_number_cell_equal_to_the_next_task_number():
    """Task 2's budget is "3", the number of the next task: it stays task 2's budget."""
    plan = _parse(_flat(BUDGETED))
    assert ["1", "2", "3"] == [t.ref for t in plan.tasks]
    assert ("3", "Toàn tỉnh") == (_cells(plan, "2")["Kinh phí"], _cells(plan, "2")["Địa bàn"])
    assert "Tổng kết việc thực hiện kế hoạch." == _cells(plan, "3")["Nội dung công việc"]


# ---------------------------------------------------------------- headers

TWO_ROW = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "Thời gian thực hiện",
     "Kinh phí (triệu đồng)", "Kinh phí (triệu đồng)", "Ghi chú"],
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Bắt đầu", "Hoàn thành", "Ngân sách tỉnh",
     "Nguồn khác", "Ghi chú"],
    ["I", "Hạ tầng", "", "", "", "", "", ""],
    ["1", "Rà soát quy hoạch các khu công nghiệp.", "Sở Tài chính", "2025", "2026", "500", "", ""],
    ["2", "Đầu tư hạ tầng ngoài hàng rào khu công nghiệp.", "UBND huyện Tân Phú", "2025", "2027",
     "45.000", "12.000", "Vốn đầu tư công"],
    ["3", "Tổ chức đối thoại với doanh nghiệp.", "Ban Quản lý các khu công nghiệp", "", "Hằng năm",
     "", "", "6 tháng/lần"],
    ["4", "Sơ kết việc thực hiện kế hoạch.", "Ban Quản lý các khu công nghiệp", "Quý I/2027",
     "Quý III/2027", "80", "", ""],
]  # fmt: skip
TWO_ROW_COLUMNS = [
    ("STT", Role.NUMBER),
    ("Nội dung nhiệm vụ", Role.CONTENT),
    ("Cơ quan chủ trì", Role.LEAD),
    ("Thời gian thực hiện - Bắt đầu", Role.OTHER),
    ("Thời gian thực hiện - Hoàn thành", Role.DEADLINE),
    ("Kinh phí (triệu đồng) - Ngân sách tỉnh", Role.BUDGET),
    ("Kinh phí (triệu đồng) - Nguồn khác", Role.BUDGET),
    ("Ghi chú", Role.NOTE),
]


def _two_row_text() -> str:
    """The two-row header flattened: the top row's cells, then the sub-headers."""
    top = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"]
    top += ["Kinh phí (triệu đồng)", "Ghi chú", "Bắt đầu", "Hoàn thành", "Ngân sách tỉnh"]
    return _flat([[*top, "Nguồn khác"], *TWO_ROW[2:]])


def _two_row_word() -> bytes:
    spans = [((0, 3), (0, 4)), ((0, 5), (0, 6))]
    downs = [((0, c), (1, c)) for c in (0, 1, 2, 7)]
    return _word(TWO_ROW, merges=[*spans, *downs])


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: Source("plan.txt", _two_row_text().encode()), id="txt"),
        pytest.param(lambda: Source("plan.docx", _two_row_word()), id="docx"),
    ],
)
def test_two_row_header(make, tmp_path):
    """Sub-columns get names of their own and the role their sub-header says: the deadline
    is when a task ends; its start is kept as a column of its own."""
    plan = parse_source(make())
    assert TWO_ROW_COLUMNS == [(c.header, c.role) for c in plan.tables[0].columns]
    assert ["I.1", "I.2", "I.3", "I.4"] == [t.ref for t in plan.tasks]
    assert [] == [w for w in plan.warnings if "bỏ qua" in w]
    headers = [h for h, _ in TWO_ROW_COLUMNS[1:]]
    expected = [dict(zip(headers, r[1:], strict=True)) for r in TWO_ROW[3:]]
    assert expected == [_cells(plan, ref) for ref in ("I.1", "I.2", "I.3", "I.4")]
    build([make()], tmp_path / "kb.db")
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        deadlines = conn.execute("select ref, deadline, period_end from tasks").fetchall()
        starts = conn.execute("select value from task_attrs where name like '%Bắt đầu'").fetchall()
    assert [
        ("I.1", "2026", "2026-12-31"),
        ("I.2", "2027", "2027-12-31"),
        ("I.3", "Hằng năm", "9999-12-31"),
        ("I.4", "Quý III/2027", "2027-09-30"),
    ] == deadlines
    assert [("2025",), ("2025",), ("Quý I/2027",)] == starts


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Lộ trình thực hiện", Role.DEADLINE),
        ("Năm thực hiện", Role.DEADLINE),
        ("Thời gian hoàn thành", Role.DEADLINE),
        ("Thời gian bắt đầu", Role.OTHER),
        ("Hình thức thực hiện", Role.OTHER),
        ("Địa điểm thực hiện", Role.OTHER),
        ("Đơn vị tính", Role.OTHER),
        ("Tên dự án", Role.CONTENT),
        ("Tên nhiệm vụ", Role.CONTENT),
        ("Hoạt động", Role.CONTENT),
        ("Cơ quan chủ trì/phối hợp", Role.LEAD),
        ("Cơ quan chủ trì, phối hợp", Role.LEAD),
        ("Cơ quan phối hợp", Role.COORD),
        ("Đơn vị thực hiện", Role.LEAD),
        ("Nguồn kinh phí", Role.OTHER),
        ("Kinh phí dự kiến (triệu đồng)", Role.BUDGET),
        ("Kết quả đầu ra", Role.PRODUCT),
        ("Chủ đầu tư", Role.LEAD),
        ("Tổng mức đầu tư (tỷ đồng)", Role.BUDGET),
        ("Nguồn vốn đầu tư", Role.OTHER),
        ("Địa điểm xây dựng", Role.OTHER),
    ],
)
def test_header_roles(header, role):
    assert role == header_role(header)


def _with_header(header: list[str], rows: list[list[str]]) -> str:
    lines = [*HEAD.splitlines(), *header]
    return "\n".join(lines + [c for r in rows for c in r if c]) + "\n"


ROWS = [
    ["1", "Xây dựng cơ sở dữ liệu về đất đai.", "Sở Nông nghiệp và Môi trường", "Năm 2026"],
    ["2", "Tập huấn cho cán bộ cấp xã.", "Sở Nội vụ", "Quý III/2026"],
]


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (
            ["TT", "Tên dự án", "Đơn vị", "chủ trì", "Năm thực hiện"],
            [("TT", "number"), ("Tên dự án", "content"), ("Đơn vị chủ trì", "lead"),
             ("Năm thực hiện", "deadline")],
        ),
        (
            ["STT", "Hoạt động", "Cơ quan thực hiện", "Lộ trình", "(năm)"],
            [("STT", "number"), ("Hoạt động", "content"), ("Cơ quan thực hiện", "lead"),
             ("Lộ trình (năm)", "deadline")],
        ),
    ],
    ids=["split-header-cell", "parenthesis-on-its-line"],
)  # fmt: skip
def test_header_cells_split_over_lines(header, columns):
    plan = _parse(_with_header(header, ROWS))
    assert columns == [(c.header, c.role.value) for c in plan.tables[0].columns]
    assert "Quý III/2026" == plan.tasks[1].cells[2]


@pytest.mark.parametrize(
    ("header", "warning"),
    [
        (
            ["STT", "Nội dung", "Cơ quan chủ trì", "Ghi chú"],
            "bảng 1: không có cột thời hạn; các nhiệm vụ sẽ không có hạn",
        ),
        (
            ["STT", "Nội dung", "Cơ quan chủ trì", "Đơn vị thực hiện", "Thời hạn"],
            "bảng 1: 2 cột được hiểu là cơ quan chủ trì ('Cơ quan chủ trì', 'Đơn vị thực hiện'); "
            "ô có nội dung đầu tiên được dùng",
        ),
    ],
    ids=["no-deadline", "two-leads"],
)
def test_columns_that_will_not_answer_are_warned_about(header, warning):
    rows = [[*r[:3], "Sở Tài chính", r[3]] for r in ROWS] if len(header) == 5 else ROWS
    assert warning in _parse(_with_header(header, rows)).warnings


def test_the_summary_shows_how_columns_were_read(tmp_path):
    text = _with_header(["TT", "Tên dự án", "Đơn vị chủ trì", "Hình thức thực hiện", "Năm"], ROWS)
    (summary,) = build([Source("plan.txt", text.encode())], tmp_path / "kb.db")
    expected = (
        "  table 1 (tasks) columns: TT, Tên dự án → content, Đơn vị chủ trì → lead, "
        "Hình thức thực hiện → other, Năm → deadline"
    )
    assert expected in str(summary).splitlines()


# ---------------------------------------------------------------- cells

SHIFTED = [
    ["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn", "Sản phẩm", "Kinh phí", "Nguồn kinh phí",
     "Ghi chú"],
    ["1", "Nâng cấp trung tâm dữ liệu tỉnh.", "Sở Nội vụ", "Quý III/2026",
     "Trung tâm dữ liệu được nâng cấp", "1.200", "Ngân sách tỉnh", ""],
    ["2", "Phủ sóng di động đến các thôn vùng sâu.", "Sở Công Thương", "2026 - 2027",
     "Báo cáo kết quả phủ sóng", "", "Vốn doanh nghiệp", "Xã hội hóa"],
    ["3", "Triển khai chữ ký số cho cán bộ cấp xã.", "Sở Nội vụ", "Thường xuyên",
     "Chứng thư số được cấp", "", "", ""],
    ["4", "Số hóa hồ sơ thủ tục hành chính.", "Văn phòng UBND tỉnh", "Trước 31/12/2026",
     "Cơ sở dữ liệu số hóa", "800", "Ngân sách tỉnh", "Ưu tiên hồ sơ đất đai"],
    ["5", "Tổng hợp, báo cáo tình hình thực hiện.", "Sở Nội vụ", "Định kỳ hằng quý",
     "Báo cáo quý", "", "", ""],
]  # fmt: skip
TARGETS = [
    ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Thời gian thực hiện", "Sản phẩm", "Chỉ tiêu",
     "Ghi chú"],
    ["1", "Tổ chức tháng hành động vì an toàn thực phẩm.", "Sở Y tế", "Tháng 4/2026",
     "Kế hoạch, báo cáo kết quả", "01 đợt", ""],
    ["2", "Thanh tra liên ngành dịp Tết.", "Sở Y tế", "Quý I/2026", "Báo cáo kết quả", "", ""],
    ["3", "Tập huấn cho người chế biến tại bếp ăn tập thể.", "Sở Giáo dục và Đào tạo",
     "Quý III/2026", "Lớp tập huấn", "10 lớp", "Trước năm học mới"],
    ["4", "Điều tra các vụ vi phạm về an toàn thực phẩm.", "Công an tỉnh", "Thường xuyên",
     "Vụ việc được xử lý", "", ""],
    ["5", "Lấy mẫu xét nghiệm nhanh tại bếp ăn tập thể.", "Sở Y tế", "Quý II/2026",
     "Kết quả xét nghiệm", "500 mẫu", ""],
]  # fmt: skip


@pytest.mark.parametrize("rows", [SHIFTED, TARGETS], ids=["funding-source", "targets"])
def test_cells_stay_in_their_columns_when_empty_cells_vanish(rows):
    """With empty cells left out, a trailing text could fill any later column; it goes to
    the column whose cells it resembles (a product, not a funding source or a target)."""
    plan = _parse(_flat(rows))
    expected = [dict(zip(rows[0][1:], r[1:], strict=True)) for r in rows[1:]]
    assert expected == [_cells(plan, str(n)) for n in range(1, len(rows))]


TIMINGS = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
     "Kinh phí (triệu đồng)", "Ghi chú"],
    ["1", "Nâng cấp hệ thống cảnh báo sớm lũ quét.", "Ban Chỉ huy Phòng thủ dân sự tỉnh", "",
     "Theo tiến độ dự án", "3.750", "Vốn ODA"],
    ["2", "Gia cố các tuyến đê xung yếu ven sông.", "Sở Nông nghiệp và Môi trường",
     "UBND các huyện", "2026 và các năm tiếp theo", "", ""],
    ["3", "Thí điểm mô hình sinh kế bền vững cho hộ nghèo.", "UBND huyện Tân Phú", "",
     "Sau khi có hướng dẫn của Bộ Nội vụ", "600", "Chờ hướng dẫn"],
    ["4", "Phê duyệt hồ sơ cấp độ an toàn thông tin.", "Các sở, ban, ngành",
     "Sở Khoa học và Công nghệ", "Quý II/2026", "Trong dự toán được giao", ""],
    ["5", "Rà soát văn bản quy phạm pháp luật.", "Sở Tư pháp", "", "Quý I hằng năm", "", ""],
    ["6", "Kiểm tra công tác thi hành pháp luật.", "Sở Tư pháp", "Sở Nội vụ",
     "Trước 15/12 hằng năm", "150", "Báo cáo"],
]  # fmt: skip
COLUMN_NUMBERS = [f"({n})" for n in range(1, len(TIMINGS[0]) + 1)]


def _numbered_pages() -> str:
    """TIMINGS flattened with its column numbers under the header, a page break (page
    number, header, column numbers) after task 3, and a page number after the last row."""
    lines = _flat(TIMINGS).splitlines()
    header = lines.index("STT")
    at = lines.index("4", header + len(TIMINGS[0]))
    page = ["2", *TIMINGS[0], *COLUMN_NUMBERS]
    body = [*lines[header + len(TIMINGS[0]) : at], *page, *lines[at:], "3"]
    return "\n".join([*lines[: header + len(TIMINGS[0])], *COLUMN_NUMBERS, *body]) + "\n"


@pytest.mark.parametrize(
    "text", [_flat(TIMINGS), _numbered_pages()], ids=["plain", "column-and-page-numbers"]
)
def test_deadlines_without_a_date_and_a_budget_in_words_stay_in_their_columns(text):
    """ "Theo tiến độ dự án", "Sau khi có hướng dẫn của Bộ" are deadlines, "Trong dự toán
    được giao" a budget; the column numbers and the page numbers are no cells."""
    plan = _parse(text)
    expected = [dict(zip(TIMINGS[0][1:], r[1:], strict=True)) for r in TIMINGS[1:]]
    assert expected == [_cells(plan, str(n)) for n in range(1, len(TIMINGS))]


def test_deadlines_from_a_year_on_and_by_a_day_of_each_year(tmp_path):
    """ "2026 và các năm tiếp theo" runs from 2026 on; a yearly deadline keeps its day of
    the year, in the far year that stands for every year."""
    build([Source("plan.txt", _flat(TIMINGS).encode())], tmp_path / "kb.db")
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        periods = conn.execute(
            "select ref, period_kind, period_start, period_end from tasks order by position"
        ).fetchall()
    assert [
        ("1", None, None, None),
        ("2", "after", "2026-01-01", "9999-12-31"),
        ("3", None, None, None),
        ("4", "quarter", "2026-04-01", "2026-06-30"),
        ("5", "annual", "0001-01-01", "9999-03-31"),
        ("6", "annual", "0001-01-01", "9999-12-15"),
    ] == periods


# ---------------------------------------------------------------- plan metadata


def test_number_with_a_space_before_the_slash_and_the_filing_note(tmp_path):
    """The number "Số: 2045 /QĐ-UBND" is 2045/QĐ-UBND, so the .txt and the .docx of a plan
    replace each other; "Lưu: VT, KGVX" files the document and is no recipient."""
    head = HEAD.replace("Số: 12/KH-UBND", "Số: 2045 /QĐ-UBND")
    text = Source("plan.txt", _flat(GROUPED, head).encode())
    word = Source("plan.docx", _word(GROUPED, head=HEAD.replace("12/KH", "2045/QĐ")))
    plan = parse_source(text)
    assert ("2045/QĐ-UBND", ["Như trên"]) == (plan.number, plan.recipients)
    summaries = build([text, word], tmp_path / "kb.db")
    assert ["2045/QĐ-UBND"] == [s.number for s in summaries]
    assert "thay cho plan.txt (cùng số văn bản)" in summaries[0].warnings


def test_a_signer_for_the_chair_keeps_both_title_lines():
    head = HEAD.replace("CHỦ TỊCH\n", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n")
    plan = _parse(_flat(GROUPED, head))
    assert ("Nguyễn Văn An", "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH") == (plan.signer, plan.signer_title)


def test_an_abbreviation_the_plan_defines_finds_its_agency(tmp_path):
    """ "... phối hợp giữa Bảo hiểm xã hội tỉnh (BHXH)": BHXH is the agency of the table."""
    head = HEAD.replace(
        "a) Đọc đúng mọi cách trình bày bảng.",
        "a) Tăng cường phối hợp giữa Bảo hiểm xã hội tỉnh (BHXH) với các sở, ngành.",
    )
    rows = [HEADER, ["1", "Thanh tra việc đóng bảo hiểm.", "Bảo hiểm xã hội tỉnh", "", "Năm 2026"]]
    build([Source("plan.txt", _flat(rows, head).encode())], tmp_path / "kb.db")
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        aliases = conn.execute(
            "select a.alias, g.name from aliases a join agencies g on g.id = a.agency_id "
            "where a.source = 'plan'"
        ).fetchall()
    assert [("bhxh", "Bảo hiểm xã hội tỉnh")] == aliases


@pytest.mark.parametrize(
    ("cell", "content"),
    [
        ("Hỗ trợ mức đóng:\n- Hộ nghèo: 20%\n- Hộ cận nghèo: 15%",
         "Hỗ trợ mức đóng: Hộ nghèo: 20%; Hộ cận nghèo: 15%"),
        ("Hỗ trợ mức đóng\n- Hộ nghèo\n- Hộ cận nghèo.",
         "Hỗ trợ mức đóng; Hộ nghèo; Hộ cận nghèo."),
        ("Rà soát thủ tục\nhành chính.", "Rà soát thủ tục hành chính."),
    ],
    ids=["after-a-colon", "after-a-line", "no-list"],
)  # fmt: skip
def test_list_items_in_a_word_cell_are_set_apart(cell, content):
    rows = [HEADER, ["1", cell, "Sở Tài chính", "", "Năm 2026"]]
    plan = parse_source(Source("plan.docx", _word(rows)))
    assert content == _cells(plan, "1")["Nội dung nhiệm vụ"]


# ---------------------------------------------------------------- agencies


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        ("Sở TT&TT, Bưu điện tỉnh", ["Sở TT&TT", "Bưu điện tỉnh"]),
        ("Hội Cựu chiến binh tỉnh, Tỉnh đoàn", ["Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"]),
        ("Sở Giáo dục và Đào tạo, các cơ sở giáo dục nghề nghiệp",
         ["Sở Giáo dục và Đào tạo", "các cơ sở giáo dục nghề nghiệp"]),
        ("Các cơ quan, đơn vị", ["Các cơ quan, đơn vị"]),
        ("Các sở, ban, ngành, cơ quan liên quan", ["Các sở, ban, ngành", "cơ quan liên quan"]),
        ("UBND các huyện, thành phố", ["UBND các huyện, thành phố"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Các Sở: Kế hoạch và Đầu tư, Tài chính, Nội vụ; UBND các huyện",
         ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nội vụ", "UBND các huyện"]),
        ("các sở: Y tế, Văn hóa, Thể thao và Du lịch, Lao động, Thương binh và Xã hội",
         ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội"]),
        ("Thời gian: Quý II/2026", ["Thời gian: Quý II/2026"]),
    ],
)  # fmt: skip
def test_agency_cells_split_between_names(cell, agencies):
    assert agencies == [name for name, _ in split_agencies(cell)]


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("UBND các huyện, thành phố", {"uy ban nhan dan huyen", "uy ban nhan dan thanh pho"}),
        ("UBND huyện, thị xã, thành phố", {"uy ban nhan dan huyen", "uy ban nhan dan thi xa",
                                          "uy ban nhan dan thanh pho"}),
        ("Báo và Phát thanh, Truyền hình Tây An", set()),
        ("Sở Nội vụ", set()),
    ],
)  # fmt: skip
def test_names_listing_kinds_of_place_are_found_by_each(name, aliases):
    assert aliases == list_aliases(name)


def test_agencies_of_a_combined_column_and_of_listed_places(tmp_path):
    """In "Cơ quan chủ trì/phối hợp" the first agency leads and the others coordinate;
    "UBND cấp huyện" finds "UBND các huyện, thành phố" beside "UBND các huyện"."""
    rows = [
        ["STT", "Nội dung", "Cơ quan chủ trì/phối hợp", "Thời hạn"],
        ["1", "Kiểm tra an toàn thực phẩm.", "Sở Y tế, Sở Công Thương", "Quý II/2026"],
        ["2", "Xây dựng chợ an toàn.", "UBND các huyện, thành phố", "Năm 2026"],
        ["3", "Hỗ trợ hộ kinh doanh nhỏ.", "UBND các huyện", "Năm 2027"],
    ]
    build([Source("plan.docx", _word(rows))], tmp_path / "kb.db")
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        links = conn.execute(
            "select t.ref, a.role, a.mention from task_agencies a join tasks t on t.id = a.task_id"
        ).fetchall()
    assert [
        ("1", "lead", "Sở Y tế"),
        ("1", "coord", "Sở Công Thương"),
        ("2", "lead", "UBND các huyện, thành phố"),
        ("3", "lead", "UBND các huyện"),
    ] == links
    engine = Engine(KnowledgeBase(tmp_path / "kb.db"))
    answer = engine.answer("UBND cấp huyện chủ trì nhiệm vụ nào?", today=TODAY)
    assert ["2", "3"] == [t.ref for t in answer.tasks]


def test_a_lead_cell_that_marks_its_lead(tmp_path):
    """ "Sở Tư pháp (chủ trì), Sở Nội vụ": Sở Tư pháp leads, and is the lead shown; Sở Nội
    vụ coordinates, before the coordinators of its own column."""
    rows = [
        HEADER,
        ["1", "Kiểm tra việc thi hành pháp luật.", "Sở Tư pháp (chủ trì), Sở Nội vụ", "",
         "Quý IV/2026"],
        ["2", "Thanh tra việc đóng bảo hiểm xã hội.", "Bảo hiểm xã hội tỉnh (chủ trì), Sở Y tế",
         "Công an tỉnh", "Hằng năm"],
    ]  # fmt: skip
    build([Source("plan.docx", _word(rows))], tmp_path / "kb.db")
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        cells = conn.execute("select ref, lead, coord from tasks order by position").fetchall()
        links = conn.execute(
            "select t.ref, a.role, a.mention from task_agencies a join tasks t on t.id = a.task_id"
        ).fetchall()
    assert [
        ("1", "Sở Tư pháp", "Sở Nội vụ"),
        ("2", "Bảo hiểm xã hội tỉnh", "Sở Y tế, Công an tỉnh"),
    ] == cells
    assert [
        ("1", "lead", "Sở Tư pháp"),
        ("1", "coord", "Sở Nội vụ"),
        ("2", "lead", "Bảo hiểm xã hội tỉnh"),
        ("2", "coord", "Sở Y tế"),
        ("2", "coord", "Công an tỉnh"),
    ] == links


@pytest.mark.parametrize(
    ("restart", "question", "refs"),
    [
        (True, "Ai chủ trì nhiệm vụ B.1?", ["B.1"]),
        (True, "Nhóm B có những nhiệm vụ nào?", ["B.1", "B.2"]),
        (False, "Nhóm B có những nhiệm vụ nào?", ["3", "4"]),
        (False, "nhiệm vụ 5 thời hạn", ["5"]),  # numbered on across groups: the number is the id
    ],
)
def test_groups_lettered_a_b_c_are_asked_as_written(tmp_path, restart, question, refs):
    rows = _regroup(_restarted(GROUPED) if restart else GROUPED, ["A", "B", "C"])
    plan = tmp_path / "plan.txt"
    plan.write_text(_flat(rows))
    build([plan], tmp_path / "kb.db")
    answer = Engine(KnowledgeBase(tmp_path / "kb.db")).answer(question, today=TODAY)
    assert refs == answer.task_ids, answer.text


def test_a_bare_number_is_the_task_a_plan_without_groups_writes_so(tmp_path):
    """With a grouped plan beside it, "nhiệm vụ 2" is the flat plan's task 2, not every
    group's second task."""
    from .conftest import SEED

    flat = tmp_path / "flat.txt"
    flat.write_text(_flat([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], *ROWS]))
    build([SEED, flat], tmp_path / "kb.db")
    answer = Engine(KnowledgeBase(tmp_path / "kb.db")).answer("Ai chủ trì nhiệm vụ 2?", today=TODAY)
    assert (["2"], "12/KH-UBND") == (answer.task_ids, answer.plan), answer.text
