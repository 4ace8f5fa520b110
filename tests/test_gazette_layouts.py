"""Layouts of the gazette's plans, each in a short plan written here, as flattened text (one
cell a line) and as a Word table: items under a task, a task in two stages, several leads
in one cell, deadlines that are a state or an event, a note row under a task, groups
numbered "1." with tasks "1.1" and tasks after the last group, other columns as named
attributes, qualified agency cells, and the raw text a gazette PDF gives."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from indexer.build import Source, build, parse_source
from knowledge.store import KnowledgeBase

from .test_parser_layouts import _cells, _flat, _word

HEADER = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
ITEMS = [
    HEADER,
    ["I", "Hoàn thiện thể chế", "", "", ""],
    [
        "1",
        "Rà soát các văn bản pháp luật về phòng, chống thiên tai.",
        "Bộ Tư pháp",
        "Các bộ",
        "Năm 2026",
    ],
    ["2", "Hoàn thiện tiêu chuẩn đối với hệ thống hạ tầng chống chịu thiên tai.", "", "", ""],
    [
        "-",
        "Công trình đê điều, hồ đập.",
        "Bộ Nông nghiệp và Môi trường",
        "Bộ Khoa học và Công nghệ",
        "Năm 2027",
    ],
    ["-", "Công trình giao thông.", "Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "Năm 2027"],
    ["-", "Công trình hạ tầng năng lượng.", "Bộ Công Thương", "Các bộ, cơ quan", "Năm 2027"],
    [
        "3",
        "Điều chỉnh quy trình vận hành liên hồ chứa.",
        "Bộ Tư pháp, Bộ Tài chính",
        "Các địa phương",
        "Đã hoàn thành",
    ],
]


def _source(rows: list[list[str]], fmt: str, **word) -> Source:
    if fmt == "txt":
        return Source("plan.txt", _flat(rows).encode())
    return Source("plan.docx", _word(rows, **word))


def _kb(tmp_path, source: Source) -> KnowledgeBase:
    build([source], tmp_path / "kb.db")
    return KnowledgeBase(tmp_path / "kb.db")


def _merged_down(rows: list[list[str]]) -> list[list[str]]:
    """The rows as text extraction leaves cells merged down over several rows: written once."""
    out = [rows[0]]
    for row in rows[1:]:
        above = out[-1] if out[-1][0] == row[0] == "-" else None
        keep = [
            c if above is None or i < 2 or c != rows[rows.index(row) - 1][i] else ""
            for i, c in enumerate(row)
        ]
        out.append(keep)
    return out


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_items_under_a_task_have_ids_leads_and_agency_links(tmp_path, fmt):
    """Rows numbered "-" under task 2 are its items I.2.1-I.2.3, each with its own cells;
    the task keeps its content. In flattened text a cell merged down over items is written
    once, with the first item."""
    rows = _merged_down(ITEMS) if fmt == "txt" else ITEMS
    kb = _kb(tmp_path, _source(rows, fmt))
    (task,) = kb.tasks_by_ref("I.2")
    items = kb.items(task.plan_id, "I.2")
    assert [
        ("I.2.1", "Bộ Nông nghiệp và Môi trường", "Bộ Khoa học và Công nghệ", "Năm 2027"),
        ("I.2.2", "Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "Năm 2027"),
        ("I.2.3", "Bộ Công Thương", "Các bộ, cơ quan", "Năm 2027"),
    ] == [(t.ref, t.lead, t.coord, t.deadline) for t in items]
    assert ("", "") == (task.lead, task.deadline)
    assert {i.id: "I.2" for i in items} == kb.parents(t.id for t in [task, *items])
    assert ["I.1", "I.2", "I.3"] == [
        t.ref for t in kb.tasks() if t.id not in kb.parents(x.id for x in kb.tasks())
    ]
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        led = conn.execute(
            "select t.ref from task_agencies l join tasks t on t.id = l.task_id "
            "where l.role = 'lead' and l.mention = 'Bộ Công Thương'"
        ).fetchall()
    assert [("I.2.3",)] == led


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_several_leads_in_one_cell_are_each_a_lead(tmp_path, fmt):
    kb = _kb(tmp_path, _source(ITEMS, fmt))
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        leads = conn.execute(
            "select l.mention from task_agencies l join tasks t on t.id = l.task_id "
            "where t.ref = 'I.3' and l.role = 'lead' order by l.rowid"
        ).fetchall()
    assert [("Bộ Tư pháp",), ("Bộ Tài chính",)] == leads
    assert "Đã hoàn thành" == kb.tasks_by_ref("I.3")[0].deadline


STAGES_HEADER = [
    "TT",
    "Tên nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Kết quả",
    "Thời gian hoàn thành",
]
STAGES = [
    STAGES_HEADER,
    [
        "1",
        "Thể chế hóa các chủ trương về kinh tế tư nhân",
        "Bộ Tài chính",
        "Các bộ",
        "Báo cáo chuyên đề được trình Ban Chỉ đạo",
        "Tháng 5/2026",
    ],
    [
        "1",
        "Thể chế hóa các chủ trương về kinh tế tư nhân",
        "Bộ Tài chính",
        "Các bộ",
        "Báo cáo kết quả thể chế hóa",
        "Tháng 11/2026",
    ],
    [
        "2",
        "Thể chế hóa Kết luận của Bộ Chính trị",
        "Bộ Công an",
        "Các bộ",
        "Văn bản thể chế hóa Kết luận",
        "Kỳ họp thứ nhất Quốc hội khóa XVI",
    ],
    [
        "3",
        "Xây dựng văn hóa tuân thủ pháp luật",
        "Bộ Tư pháp",
        "Các bộ, ngành",
        "Đề án được phê duyệt",
        "Theo Kế hoạch của Bộ Tư pháp",
    ],
    [
        "4",
        "Bố trí ngân sách hỗ trợ mức đóng",
        "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp",
        "Các cơ quan",
        "Nghị quyết hỗ trợ",
        "Hằng năm và từng giai đoạn",
    ],
]


def _stages_source(fmt: str) -> Source:
    if fmt == "docx":  # the number, the content and the agencies merged down
        merges = [((1, c), (2, c)) for c in range(4)]
        rows = [STAGES[0], STAGES[1], ["", "", "", "", *STAGES[2][4:]], *STAGES[3:]]
        return Source("plan.docx", _word(rows, merges=merges))
    rows = [STAGES[0], STAGES[1] + STAGES[2][2:], *STAGES[3:]]  # the stage after the first
    return Source("plan.txt", _flat(rows).encode())


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_task_in_two_stages_keeps_both_results_and_deadlines(tmp_path, fmt):
    kb = _kb(tmp_path, _stages_source(fmt))
    (task,) = kb.tasks_by_ref("1")
    assert ("Bộ Tài chính", "Tháng 5/2026; Tháng 11/2026") == (task.lead, task.deadline)
    assert "Báo cáo chuyên đề được trình Ban Chỉ đạo; Báo cáo kết quả thể chế hóa" == (
        task.field(task.attrs[0].role)
    )
    assert [date(2026, 5, 31), date(2026, 11, 30)] == [
        p.end for p in kb.periods([task.id])[task.id]
    ]
    assert ["1"] == [t.ref for t in kb.tasks_due(date(2026, 11, 1), date(2026, 11, 30))]
    assert ["1"] == [t.ref for t in kb.tasks_due(date(2026, 5, 1), date(2026, 5, 31))]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_deadlines_that_are_an_event_a_plan_or_a_state_stay_deadlines(tmp_path, fmt):
    kb = _kb(tmp_path, _stages_source(fmt))
    assert [
        ("2", "Kỳ họp thứ nhất Quốc hội khóa XVI", "Văn bản thể chế hóa Kết luận"),
        ("3", "Theo Kế hoạch của Bộ Tư pháp", "Đề án được phê duyệt"),
        ("4", "Hằng năm và từng giai đoạn", "Nghị quyết hỗ trợ"),
    ] == [(t.ref, t.deadline, t.attrs[0].value) for t in kb.tasks_by_ref("2", "3", "4")]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_qualified_agency_cell_links_to_the_agency(tmp_path, fmt):
    _kb(tmp_path, _stages_source(fmt))
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        (name,) = conn.execute(
            "select a.name from task_agencies l join tasks t on t.id = l.task_id join agencies a"
            " on a.id = l.agency_id where t.ref = '4' and l.role = 'lead'"
        ).fetchone()
    assert "Ủy ban nhân dân cấp tỉnh" == name


NOTE = (
    "Các bộ, cơ quan, địa phương xây dựng dự án trong đó mô tả các hoạt động, sản phẩm, "
    "kết quả và thời gian thực hiện (chi tiết trong Kế hoạch của cơ quan, đơn vị)."
)


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_note_row_under_a_task_is_its_note_not_its_cells(tmp_path, fmt):
    rows = [*ITEMS[:3], [NOTE] * 5, *ITEMS[7:]]
    if fmt == "txt":
        source = Source("plan.txt", _flat([*rows[:3], [NOTE], *rows[4:]]).encode())
    else:
        source = Source("plan.docx", _word(rows, merges=[((3, 0), (3, 4))]))
    plan = parse_source(source)
    task = next(r for r in plan.tasks if r.ref == "I.1")
    assert NOTE == task.note
    assert {
        "Nội dung, nhiệm vụ": "Rà soát các văn bản pháp luật về phòng, chống thiên tai.",
        "Cơ quan chủ trì": "Bộ Tư pháp",
        "Cơ quan phối hợp": "Các bộ",
        "Thời gian": "Năm 2026",
    } == _cells(plan, "I.1")
    assert ["I.1", "I.3"] == [r.ref for r in plan.tasks]


DOTTED = [
    [
        "TT",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Sản phẩm",
        "Thời gian thực hiện",
    ],
    ["1.", "Rà soát, hoàn thiện thể chế", "", "", "", ""],
    [
        "1.1",
        "Rà soát các quy định về đầu tư.",
        "Bộ Tài chính",
        "Bộ Công Thương",
        "Cơ chế được ban hành",
        "Quý IV/2026",
    ],
    [
        "1.2",
        "Hoàn thiện chính sách thúc đẩy.",
        "Bộ Tài chính",
        "Bộ Công Thương",
        "Cơ chế được ban hành",
        "Quý III/2026",
    ],
    ["2.", "Hỗ trợ doanh nghiệp", "", "", "", ""],
    [
        "2.1",
        "Hỗ trợ nghiên cứu công nghệ lõi.",
        "Bộ Khoa học và Công nghệ",
        "Bộ Tài chính",
        "Chính sách được đề xuất",
        "Nhiệm vụ thường xuyên",
    ],
    [
        "3.",
        "Nghiên cứu bổ sung chức năng cho các đại diện ở nước ngoài.",
        "Bộ Khoa học và Công nghệ",
        "Bộ Ngoại giao",
        "Chức năng được bổ sung",
        "Quý IV/2026",
    ],
    [
        "4.",
        "Xây dựng hệ thống thông tin quản lý.",
        "Bộ Khoa học và Công nghệ",
        "Các cơ quan liên quan",
        "Hệ thống đưa vào sử dụng",
        "Quý IV/2026",
    ],
]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_tasks_after_the_last_dotted_group_keep_their_number(fmt):
    """Groups "1.", "2." with tasks "1.1", "2.1", then tasks "3." and "4." on their own."""
    merges = [((r, 1), (r, 5)) for r in (1, 4)]
    plan = parse_source(_source(DOTTED, fmt, merges=merges))
    assert ["1.1", "1.2", "2.1", "3", "4"] == [t.ref for t in plan.tasks]
    assert ["1", "2"] == [g.code for g in plan.groups]
    assert "Chức năng được bổ sung" == _cells(plan, "3")["Sản phẩm"]


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_other_columns_are_named_attributes(tmp_path, fmt):
    rows = [
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cấp trình", "Thời hạn hoàn thành"],
        ["1", "Tham mưu ban hành Nghị định về tổ chức.", "Bộ Nội vụ", "Chính phủ", "Quý II/2026"],
        ["2", "Xây dựng Đề án tổng thể.", "Bộ Nội vụ", "Bộ Chính trị", "Quý III/2026"],
    ]
    kb = _kb(tmp_path, _source(rows, fmt))
    assert [("1", "Cấp trình", "Chính phủ"), ("2", "Cấp trình", "Bộ Chính trị")] == [
        (t.ref, a.name, a.value) for t in kb.tasks() for a in t.attrs
    ]


# Each line ends with a space, as the gazette's text does; blank lines hold one.
RAW = " \n".join(
    [
        "CÔNG BÁO/Số 242/Ngày 22-04-2026",
        "77",
        "",
        "",
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÀ NAM SƠN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số:  12/KH-UBND",
        "Hà Nam Sơn, ngày 3 tháng 3 năm 2026",
        "KẾ HOẠCH",
        "Thử nghiệm bản in",
        "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
        "Ngày ký: 2026-04-22 16:11:18 +07:00",
        "",
        "CÔNG BÁO/Số 242/Ngày 22-04-2026",
        "78",
        "",
        "",
        "PHỤ LỤC",
        "TT",
        "Nội dung công việc",
        "Cơ quan",
        "chủ trì",
        "Cơ quan",
        "phối hợp",
        "Thời hạn",
        "hoàn thành",
        "1",
        "Rà soát, sửa đổi các quy định về thủ",
        "tục hành chính trong lĩnh vực đầu tư",
        "theo Nghị quyết số 66-",
        "NQ/TW1",
        "Bộ Tư pháp",
        "Các bộ,",
        "ngành, cơ",
        "quan liên",
        "quan",
        "Quý II/2026",
        "",
        "1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.",
        "",
        "CÔNG BÁO/Số 242/Ngày 22-04-2026",
        "79",
        "",
        "",
        "TT",
        "Nội dung công việc",
        "Cơ quan",
        "chủ trì",
        "Cơ quan",
        "phối hợp",
        "Thời hạn",
        "hoàn thành",
        "2",
        "Xây dựng cơ sở dữ liệu quốc gia về",
        "thủ tục hành chính",
        "Bộ Nội vụ  Bộ Tài chính",  # two cells side by side
        "Năm 2026",
        "",
    ]
)


def test_raw_gazette_text_drops_page_headers_stamps_and_footnotes():
    """The stamp is no header, the page headers and the footnote no cell; a cell wrapped over
    lines is one cell again, a word broken after its hyphen whole."""
    plan = parse_source(Source("plan-raw.txt", RAW.encode()))
    assert [
        "TT",
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn hoàn thành",
    ] == [c.header for c in plan.tables[0].columns]
    assert (1, "12/KH-UBND") == (len(plan.tables), plan.number)
    assert {
        "Nội dung công việc": "Rà soát, sửa đổi các quy định về thủ tục hành chính trong lĩnh "
        "vực đầu tư theo Nghị quyết số 66-NQ/TW1",
        "Cơ quan chủ trì": "Bộ Tư pháp",
        "Cơ quan phối hợp": "Các bộ, ngành, cơ quan liên quan",
        "Thời hạn hoàn thành": "Quý II/2026",
    } == _cells(plan, "1")
    assert ["Bộ Nội vụ", "Bộ Tài chính", "Năm 2026"] == plan.tasks[1].cells[1:]
    text = " ".join(c for r in plan.tasks for c in r.cells) + " ".join(plan.warnings)
    assert not any(mark in text for mark in ("CÔNG BÁO", "Ký bởi", "30/4/2025"))


def test_a_row_that_cannot_be_rebuilt_from_raw_text_is_named():
    """Cells out of order (a row split by a page break) are not guessed: the row is named
    and the PDF or the Word file asked for."""
    broken = RAW.replace("Bộ Nội vụ  Bộ Tài chính \nNăm 2026", "Năm 2026 \nBộ Nội vụ")
    plan = parse_source(Source("plan-raw.txt", broken.encode()))
    (warning,) = [w for w in plan.warnings if "bản in" in w]
    assert "dòng 2;" in warning and "PDF hoặc Word" in warning
