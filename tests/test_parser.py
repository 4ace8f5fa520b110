"""The parser on the seed's quirks, on a plan written here with other columns, and on .docx."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import docx
import pytest

from indexer.build import Source, parse_source
from indexer.readers import read_plan
from knowledge.fields import Role

from .conftest import SEED

OTHER_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 42/KH-UBND
Đông Giang, ngày 9 tháng 6 năm 2025
KẾ HOẠCH
NÂNG CAO NĂNG SUẤT CHẤT LƯỢNG GIAI ĐOẠN 2025 - 2027
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Hỗ trợ doanh nghiệp nâng cao năng suất.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí hằng năm.
PHỤ LỤC
STT
Nhiệm vụ
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian thực hiện
Sản phẩm dự kiến
Kinh phí (triệu đồng)
I
Đào tạo
1 .
Tập huấn về năng suất cho doanh nghiệp nhỏ và vừa.
Sở Khoa học và Công nghệ
(Chi cục Tiêu chuẩn Đo lường Chất lượng)
Hiệp hội Doanh nghiệp tỉnh
Tháng 6/2025
Lớp tập huấn
1.200
2.
Xây dựng mô hình điểm về năng suất tại khu công nghiệp.
Sở Công Thương
Ban Quản lý các khu công nghiệp
Năm 2026
Mô hình điểm
350
IV.
Kiểm tra
1.
Kiểm tra chất lượng hàng hóa lưu thông trên thị trường.
Công an tỉnh
Sở Công Thương, Sở Khoa học và Công nghệ
2025 - 2027
Báo cáo
2.
Theo dõi việc thực hiện kế hoạch và báo cáo định kỳ.
Sở Khoa học và Công nghệ
Các sở, ban, ngành
Thường xuyên
Báo cáo
3.
Sơ kết việc thực hiện kế hoạch.
Sở Khoa học và Công nghệ
Các sở, ban, ngành
Trước ngày 30/9/2027
Báo cáo sơ kết
80
"""


def _parse(text: str, name: str = "plan.txt"):
    return parse_source(Source(name, text.encode("utf-8")))


def _cells(plan, ref: str) -> dict[Role, str]:
    row = next(r for r in plan.tasks if r.ref == ref)
    columns = [c.role for c in plan.columns(row.table) if c.role is not Role.NUMBER]
    return dict(zip(columns, row.cells, strict=True))


@pytest.fixture(scope="module")
def seed():
    return parse_source(Source.from_path(SEED))


def test_seed_metadata(seed):
    assert ("1169/QĐ-UBND", "Quyết định", date(2025, 4, 28)) == (
        seed.number,
        seed.doc_type,
        seed.date,
    )
    assert ("Bình Dương", "Võ Văn Minh", "CHỦ TỊCH") == (seed.place, seed.signer, seed.signer_title)
    assert "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" == seed.issuer
    assert ["Căn cứ"] * 4 + ["Xét đề"] == [" ".join(b.split()[:2]) for b in seed.bases]
    assert "Như Điều 2" in seed.recipients


def test_seed_body_tree(seed):
    refs = {s.ref: s for s in seed.sections}
    assert ["Điều 1", "Điều 2"] == [s.ref for s in seed.sections if s.kind == "article"]
    assert ["I", "II", "III"] == [s.ref for s in seed.sections if s.kind == "part"]
    assert "Mục đích" == refs["I.1"].title and "I" == refs["I.1"].parent
    assert "II.2.đ" in refs and refs["II.2.đ"].parent == "II.2"
    assert "15/11" in refs["III.1"].title


def test_seed_tables_and_quirks(seed):
    tasks, documents = seed.tables
    assert ("tasks", "documents") == (tasks.kind, documents.kind)
    assert 25 == len(seed.tasks) and 5 == len(seed.documents)
    # "Ill" is group III, "IV." is group IV, "1 ." is task 1.
    assert ["I", "II", "III", "IV", "V", "VI"] == [g.code for g in seed.groups]
    assert "III.1" in [t.ref for t in seed.tasks] and "I.1" == seed.tasks[0].ref
    assert any("Ill" in w for w in seed.warnings)
    # A lead split over two lines is joined.
    assert (
        "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)"
        == _cells(seed, "II.8")[Role.LEAD]
    )
    # Group title rows are not tasks, and titles are kept.
    assert seed.groups[2].title.startswith("Phát triển nguồn nhân lực")
    # The review table lost its whole Thời gian column: the products stay in their column.
    assert ["Kế hoạch", "Quyết định"] == [d.cells[4] for d in seed.documents[:2]]
    assert [""] * 5 == [d.cells[5] for d in seed.documents]
    assert any("cột 'Thời gian' trống ở mọi dòng" in w for w in seed.warnings)


def test_other_column_names_and_deadline_forms():
    plan = _parse(OTHER_PLAN)
    roles = [c.role for c in plan.tables[0].columns]
    assert [
        Role.NUMBER,
        Role.CONTENT,
        Role.LEAD,
        Role.COORD,
        Role.DEADLINE,
        Role.PRODUCT,
        Role.BUDGET,
    ] == roles
    assert ["I.1", "I.2", "IV.1", "IV.2", "IV.3"] == [t.ref for t in plan.tasks]
    first = _cells(plan, "I.1")
    assert "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)" == first[Role.LEAD]
    assert ("Tháng 6/2025", "Lớp tập huấn", "1.200") == (
        first[Role.DEADLINE],
        first[Role.PRODUCT],
        first[Role.BUDGET],
    )
    # A missing budget cell shifts nothing.
    assert ("Thường xuyên", "Báo cáo", "") == tuple(
        _cells(plan, "IV.2")[r] for r in (Role.DEADLINE, Role.PRODUCT, Role.BUDGET)
    )
    assert "80" == _cells(plan, "IV.3")[Role.BUDGET]


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda t: unicodedata.normalize("NFD", t), id="nfd"),
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: "\ufeff" + t, id="bom"),
        pytest.param(lambda t: "\n".join("  " + line for line in t.splitlines()), id="indent"),
    ],
)
def test_encodings_and_spacing_read_the_same(transform):
    expected = _parse(OTHER_PLAN)
    actual = _parse(transform(OTHER_PLAN))
    assert [(t.ref, t.cells) for t in expected.tasks] == [(t.ref, t.cells) for t in actual.tasks]
    assert expected.number == actual.number


def test_utf16_text_is_read():
    plan = parse_source(Source("plan.txt", OTHER_PLAN.encode("utf-16")))
    assert 5 == len(plan.tasks)


def _docx(rows: list[list[str]], *, merge_groups: bool, header_table: bool = False) -> bytes:
    document = docx.Document()
    if header_table:  # a letterhead laid out as a two-column table, as many decisions are
        letterhead = document.add_table(rows=2, cols=2)
        letterhead.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH NAM SƠN"
        letterhead.cell(
            0, 1
        ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        letterhead.cell(1, 0).text = "Số: 15/QĐ-UBND"
        letterhead.cell(1, 1).text = "Nam Sơn, ngày 2 tháng 1 năm 2026"
    else:
        for line in (
            "ỦY BAN NHÂN DÂN",
            "TỈNH NAM SƠN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 15/QĐ-UBND",
            "Nam Sơn, ngày 2 tháng 1 năm 2026",
        ):
            document.add_paragraph(line)
    for line in (
        "KẾ HOẠCH",
        "ỨNG DỤNG MÃ SỐ MÃ VẠCH",
        "I. MỤC ĐÍCH",
        "1. Mục đích",
        "a) Thúc đẩy truy xuất nguồn gốc.",
        "PHỤ LỤC",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        if merge_groups and cells[2:] == [""] * (len(cells) - 2):
            table.cell(r, 1).merge(table.cell(r, len(cells) - 1))
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


DOCX_ROWS = [
    ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Ghi chú"],
    ["I", "Truy xuất nguồn gốc", "", "", "", ""],
    [
        "1.",
        "Triển khai mã số mã vạch cho hợp tác xã.",
        "Sở Khoa học và Công nghệ\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)",
        "Liên minh Hợp tác xã tỉnh",
        "Quý I/2026",
        "",
    ],
    [
        "2.",
        "Kiểm tra tem truy xuất nguồn gốc.",
        "Công an tỉnh",
        "Sở Công Thương",
        "Hằng năm",
        "Phối hợp liên ngành",
    ],
    ["II", "Tuyên truyền", "", "", "", ""],
    ["1.", "Đưa tin về mô hình điểm.", "Báo Nam Sơn", "", "Thường xuyên", ""],
]


@pytest.mark.parametrize("merge_groups", [True, False], ids=["merged", "empty-cells"])
@pytest.mark.parametrize("header_table", [False, True], ids=["paragraphs", "letterhead-table"])
def test_docx_with_a_real_table(merge_groups, header_table):
    data = _docx(DOCX_ROWS, merge_groups=merge_groups, header_table=header_table)
    plan = parse_source(Source("plan.docx", data))
    assert ("15/QĐ-UBND", date(2026, 1, 2), "Nam Sơn") == (plan.number, plan.date, plan.place)
    assert ["I.1", "I.2", "II.1"] == [t.ref for t in plan.tasks]
    assert ["Truy xuất nguồn gốc", "Tuyên truyền"] == [g.title for g in plan.groups]
    first = _cells(plan, "I.1")
    assert "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)" == first[Role.LEAD]
    assert ("Quý I/2026", "") == (first[Role.DEADLINE], first[Role.NOTE])
    assert ("", "Thường xuyên") == (
        _cells(plan, "II.1")[Role.COORD],
        _cells(plan, "II.1")[Role.DEADLINE],
    )
    assert "I.1.a" in [s.ref for s in plan.sections]


def test_group_row_in_arabic_numbering_is_not_a_task():
    text = OTHER_PLAN.replace("\nI\nĐào tạo\n", "\n").replace("\nIV.\nKiểm tra\n", "\n")
    plan = _parse(text)
    # Without group rows the numbering restarts at 1: ids are the numbers as written.
    assert ["1", "2", "1", "2", "3"] == [t.ref for t in plan.tasks]
    assert any("nhiệm vụ 1 xuất hiện hai lần" in w for w in plan.warnings)


def test_read_plan_splits_lines_and_keeps_tables():
    data = _docx(DOCX_ROWS, merge_groups=True)
    items = read_plan("x.docx", data)
    assert "KẾ HOẠCH" in items and any(not isinstance(i, str) for i in items)


ARABIC_APPENDIX = """\
PHỤ LỤC
DANH MỤC NHIỆM VỤ
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn hoàn thành
1.
Hoàn thiện thể chế
1.1
Xây dựng quy chế phối hợp quản lý đo lường.
Sở Khoa học và Công nghệ
Sở Tư pháp, Sở Công Thương
Quý IV/2025
1.2
Rà soát thủ tục hành chính về đo lường.
Sở Khoa học và Công nghệ
Văn phòng UBND tỉnh
Tháng 9/2025
2. Phát triển hạ tầng đo lường
2.1
Nâng cấp phòng thử nghiệm đạt chuẩn ISO/IEC 17025.
Sở Khoa học và Công nghệ
Sở Tài chính
2025 - 2026
"""


@pytest.mark.parametrize(
    ("group_one", "expected_codes"),
    [("1.\nHoàn thiện thể chế", ["1", "2"]), ("I\nHoàn thiện thể chế", ["I", "2"])],
    ids=["arabic-groups", "roman-group-dotted-ids"],
)
def test_tasks_numbered_within_arabic_groups(group_one, expected_codes):
    """Ids as the plan writes them ("1.2"); a group row may carry its title on its line;
    the capitalised table title is not taken for a header cell."""
    head = OTHER_PLAN[: OTHER_PLAN.index("PHỤ LỤC")]
    plan = _parse(head + ARABIC_APPENDIX.replace("1.\nHoàn thiện thể chế", group_one))
    assert ["1.1", "1.2", "2.1"] == [t.ref for t in plan.tasks]
    assert expected_codes == [g.code for g in plan.groups]
    assert "Phát triển hạ tầng đo lường" == plan.groups[1].title
    assert [Role.NUMBER, Role.CONTENT, Role.LEAD, Role.COORD, Role.DEADLINE] == [
        c.role for c in plan.tables[0].columns
    ]
    assert "Văn phòng UBND tỉnh" == _cells(plan, "1.2")[Role.COORD]


def test_docx_with_word_numbering_and_agencies_in_paragraphs():
    """Word's automatic numbering leaves the number cells empty; two agencies in two
    paragraphs of one cell stay two agencies; a header may break over lines."""
    rows = [
        ["TT", "Nội dung công việc", "Đơn vị\nthực hiện", "Đơn vị phối hợp", "Thời hạn"],
        [
            "",
            "Truy xuất nguồn gốc",
            "Truy xuất nguồn gốc",
            "Truy xuất nguồn gốc",
            "Truy xuất nguồn gốc",
        ],
        [
            "",
            "Triển khai mã số mã vạch.",
            "Sở Khoa học và Công nghệ\nSở Công Thương",
            "Liên minh Hợp tác xã tỉnh",
            "Quý I/2026",
        ],
        ["", "Kiểm tra tem truy xuất.", "Công an tỉnh", "Sở Công Thương", "Hằng năm"],
    ]
    plan = parse_source(Source("plan.docx", _docx(rows, merge_groups=False)))
    assert ["I.1", "I.2"] == [t.ref for t in plan.tasks]
    assert ["Truy xuất nguồn gốc"] == [g.title for g in plan.groups]
    assert "Đơn vị thực hiện" == plan.tables[0].columns[2].header
    assert "Sở Khoa học và Công nghệ, Sở Công Thương" == _cells(plan, "I.1")[Role.LEAD]
    assert any("Word tự đánh số" in w for w in plan.warnings)


def test_title_in_sentence_case_after_a_letterhead_table():
    data = _docx(DOCX_ROWS, merge_groups=True, header_table=True)
    plan = parse_source(Source("plan.docx", data))
    assert "ỨNG DỤNG MÃ SỐ MÃ VẠCH" == plan.title
    text = OTHER_PLAN.replace(
        "NÂNG CAO NĂNG SUẤT CHẤT LƯỢNG GIAI ĐOẠN 2025 - 2027",
        "Nâng cao năng suất chất lượng giai đoạn 2025 - 2027",
    )
    assert "Nâng cao năng suất chất lượng giai đoạn 2025 - 2027" == _parse(text).title
