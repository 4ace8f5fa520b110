"""What a plan states only in part, or not at all, asked as people ask it: a sum of money
no plan gives, tasks it marks done, partners it leaves blank, an agency's part in the text
beside its tasks, and the same question asked of another agency.

Tried on the bundled plan and on a plan written here; tests/test_described_tasks.py tries
the real gazette plans.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context, Status
from knowledge.engine import Engine
from knowledge.periods import parse_period
from knowledge.render import deadline
from knowledge.store import Task

TODAY = date(2026, 6, 1)

SCHOOLS_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 30/KH-UBND
Đông Lâm, ngày 2 tháng 3 năm 2026
KẾ HOẠCH
Xây dựng trường học đạt chuẩn năm 2026
I. NHIỆM VỤ
1. Sở Giáo dục và Đào tạo là cơ quan thường trực, theo dõi và tổng hợp kết quả.
2. Kinh phí thực hiện: tổng kinh phí 12,5 tỷ đồng từ ngân sách tỉnh.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
1
Rà soát cơ sở vật chất các trường.
Sở Giáo dục và Đào tạo
UBND các huyện
Đã hoàn thành
2
Sửa chữa phòng học xuống cấp.
UBND các huyện

Quý IV/2026
"""


def ask(engine: Engine, question: str, context: Context | None = None):
    return engine.answer(question, context or Context(), TODAY)


@pytest.fixture(scope="module")
def schools(written_engine) -> Engine:
    return written_engine("30", SCHOOLS_PLAN)


@pytest.mark.parametrize(
    "question",
    ["Tổng kinh phí thực hiện kế hoạch là bao nhiêu tỷ đồng?", "kinh phi bn tien vay ad"],
)
def test_a_sum_no_plan_states_is_not_found(seed_engine, question):
    answer = ask(seed_engine, question)
    assert (Status.NOT_FOUND, True) == (answer.status, "III.4." in answer.text)


def test_a_sum_the_plan_states_is_answered(schools):
    answer = ask(schools, "tổng kinh phí bao nhiêu tỷ đồng")
    assert (Status.FOUND, True) == (answer.status, "12,5 tỷ đồng" in answer.text)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("nhiệm vụ nào đã hoàn thành", ["1"]),
        ("nv nao xong roi", ["1"]),
        ("nhiệm vụ nào không có cơ quan phối hợp", ["2"]),
        ("nhiem vu nao ko co don vi phoi hop", ["2"]),
    ],
)
def test_done_and_blank_cells(schools, question, ids):
    assert ids == ask(schools, question).task_ids


def test_no_task_marked_done_says_the_plan_tracks_no_progress(seed_engine):
    answer = ask(seed_engine, "những nhiệm vụ nào đã hoàn thành rồi")
    assert (Status.NOT_FOUND, True) == (answer.status, "tiến độ" in answer.text)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Chi cục Tiêu chuẩn Đo lường Chất lượng có vai trò gì?", "III.2."),
        ("Sở Giáo dục và Đào tạo được giao những việc gì", "I.1."),
    ],
)
def test_an_agencys_part_in_the_text_after_its_tasks(seed_engine, schools, question, passage):
    engine = seed_engine if "Chi cục" in question else schools
    answer = ask(engine, question)
    assert (True, True) == (bool(answer.task_ids), passage in answer.text)


def test_the_same_question_of_another_agency_keeps_the_role(seed_engine):
    first = ask(seed_engine, "Sở Khoa học và Công nghệ phối hợp những nhiệm vụ nào?")
    answer = ask(seed_engine, "còn Báo Bình Dương thì sao?", first.context)
    assert ["I.2"] == answer.task_ids


def test_an_agency_with_no_task_in_a_role_says_what_it_does(seed_engine):
    answer = ask(seed_engine, "Báo Bình Dương chủ trì những nhiệm vụ nào?")
    assert ([], "Báo Bình Dương phối hợp: I.2") == (answer.task_ids, answer.items[-1])


def test_a_task_in_stages_is_told_by_the_stage_in_hand():
    task = Task(
        1,
        1,
        "16",
        None,
        "x",
        "",
        "",
        "",
        "Tháng 02/2026; Tháng 11/2026",
        "",
        parse_period("Tháng 02/2026"),
    )
    assert [
        "Tháng 02/2026; Tháng 11/2026 (hạn chót 30/11/2026, còn 152 ngày)",
        "Tháng 02/2026; Tháng 11/2026 (đã qua hạn 30/11/2026)",
    ] == [deadline(task, date(2026, 7, 1), "vi"), deadline(task, date(2026, 12, 5), "vi")]


SPANS_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 31/KH-UBND
Đông Lâm, ngày 2 tháng 3 năm 2026
KẾ HOẠCH
Phát triển thư viện số giai đoạn 2026 - 2030
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Thời gian thực hiện
1
Số hóa tài liệu lưu trữ.
Sở Nội vụ
2026 - 2027
2
Ban hành quy chế thư viện số.
Sở Văn hóa, Thể thao và Du lịch
Năm 2026
3
Đào tạo cán bộ thư viện.
Sở Nội vụ
2026 - 2030
4
Duy trì cổng thư viện số.
Sở Khoa học và Công nghệ
Năm 2026 và các năm tiếp theo
"""


@pytest.fixture(scope="module")
def spans(written_engine) -> Engine:
    return written_engine("31", SPANS_PLAN)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Sang năm 2027 những nhiệm vụ nào vẫn còn thực hiện?", ["1", "3", "4"]),
        ("nv nao dang trien khai trong nam 2028", ["3", "4"]),
        ("Nhiệm vụ nào có thời gian thực hiện chỉ trong năm 2026?", ["2"]),
        # Ending in a year is the deadline, as before.
        ("nhiệm vụ nào hạn năm 2027", ["1"]),
    ],
)
def test_spans_that_reach_into_or_stay_inside_a_period(spans, question, ids):
    assert ids == ask(spans, question).task_ids


@pytest.mark.parametrize(
    "question",
    [
        "Sở Khoa học và Công nghệ chỉ phối hợp (không phải chủ trì) ở những nhiệm vụ nào?",
        "skhcn phoi hop (ko chu tri) nv nao",
    ],
)
def test_an_aside_saying_what_is_not_asked_negates_nothing(seed_engine, question):
    assert ["III.2", "IV.2"] == ask(seed_engine, question).task_ids


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # The agency named with "có tên trong cột … phối hợp" is the filter, not asked for.
        ("Sở Giáo dục và Đào tạo có tên trong cột cơ quan phối hợp ở những nhiệm vụ nào?", []),
        ("UBND các huyện có tên trong cột cơ quan phối hợp ở nhiệm vụ nào?", ["1"]),
        # "Ngoài X, những sở nào chủ trì": the tasks X does not lead.
        ("Ngoài Sở Giáo dục và Đào tạo, những cơ quan nào chủ trì nhiệm vụ?", ["2"]),
    ],
)
def test_an_agency_named_beside_a_column_or_an_exception(schools, question, ids):
    assert ids == ask(schools, question).task_ids


def test_a_span_lasting_until_a_year_ends_in_it(spans):
    answer = ask(spans, "Nhiệm vụ nào có thời gian thực hiện kéo dài tới năm 2030?")
    assert ["3"] == answer.task_ids


def test_whether_a_described_task_names_its_partners(schools):
    answer = ask(schools, "Nhiệm vụ sửa chữa phòng học xuống cấp có ghi cơ quan phối hợp không?")
    assert (["2"], True) == (answer.task_ids, "(không ghi)" in answer.text)


def test_the_documents_to_review_in_hand(seed_engine):
    first = ask(seed_engine, "Danh mục văn bản cần rà soát có mấy văn bản?")
    narrowed = ask(seed_engine, "cái nào thuộc thẩm quyền HĐND tỉnh", first.context)
    again = ask(seed_engine, "ai chủ trì rà soát mấy văn bản đó", first.context)
    assert (True, True, True) == (
        narrowed.title.startswith("Có 1 văn bản"),
        "12/2022/NQ-HĐND" in narrowed.text,
        "Chủ trì: Sở Khoa học và Công nghệ" in again.text,
    )
