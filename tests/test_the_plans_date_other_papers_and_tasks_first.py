"""Classes of questions round 80 (asked of 3e8c6e0) showed were read wrong, each tried with
sentences of its own, on the bundled plan, a plan written here and the real gazette plans:

- a plan named by its kind and number, and "ngày nào" alone: the plan's date;
- the number or date of another paper, which the plan only plans or cites without them
  ("Nghị định … đã ban hành chưa, số hiệu là gì?"): not stated, with the task about it;
- a task that says a topic as fully as a passage of the body answers it: a topic is
  answered with tasks, a passage only beside them;
- "health facilities" in English: the plans' "cơ sở y tế" as well.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("stem", "question", "day"),
    [
        ("qd-893-QD-TTg", "qd893 ngay nao", "20/05/2026"),
        ("nq-97-NQ-CP", "Nghị quyết 97 ngày bao nhiêu?", None),
        ("qd-844-QD-TTg", "quyết định 844 khi nào", None),
    ],
)
def test_a_plan_named_and_which_day(real, stem, question, day):
    engine = real(stem)
    answer = ask(engine, question, DAY)
    plan = engine.kb.plans()[0]
    assert (Status.FOUND, Intent.META, []) == (answer.status, answer.intent, answer.task_ids)
    assert (day or f"{plan.date:%d/%m/%Y}") in answer.text


def test_a_written_plan_named_and_which_day(forest):
    answer = ask(forest, "kh 73 ngay nao", DAY)
    assert (Intent.META, True) == (answer.intent, "09/02/2026" in answer.text)


@pytest.mark.parametrize("question", ["nq 97 có nv nào hạn ngày nào", "nq97 hạn khi nào"])
def test_the_tasks_deadlines_of_a_plan_named_are_not_its_date(real, question):
    assert Intent.META != ask(real("nq-97-NQ-CP"), question, DAY).intent


@pytest.mark.parametrize(
    ("stem", "question", "task"),
    [
        ("qd-893-QD-TTg", "Thông tư về đào tạo an toàn bức xạ có số hiệu là gì?", "2"),
        ("nq-105-NQ-CP", "Thông tư hướng dẫn Luật Viên chức số mấy, ký ngày nào?", "IV.4"),
    ],
)
def test_another_papers_number_is_not_stated(real, stem, question, task):
    answer = ask(real(stem), question, DAY)
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)
    assert f"• {task}:" in answer.text  # the task about the paper, beside the answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Nghị quyết này số hiệu là gì?", "105/NQ-CP"),  # the plan, whatever it is called
        ("Luật Tổ chức Chính phủ ban hành ngày nào?", "18 tháng 02 năm 2025"),  # its bases
    ],
)
def test_the_plan_and_the_papers_it_dates_still_answer(real, question, expected):
    answer = ask(real("nq-105-NQ-CP"), question, DAY)
    assert (Status.FOUND, True) == (answer.status, expected in answer.text)


def test_a_cited_papers_date_from_the_bundled_plans_bases(seed_engine):
    answer = ask(seed_engine, "Chỉ thị 38 ban hành ngày nào?", DAY)
    assert (Status.FOUND, True) == (answer.status, "30/7/2024" in answer.text)


RESTATED = """\
ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: 58/KH-UBND
Nam Sơn, ngày 3 tháng 3 năm 2026
KẾ HOẠCH
Hỗ trợ doanh nghiệp xuất khẩu tỉnh Nam Sơn năm 2026
I. MỤC ĐÍCH
Tăng kim ngạch xuất khẩu của doanh nghiệp trong tỉnh.
II. NHIỆM VỤ
1. Có cơ chế hỗ trợ doanh nghiệp đăng ký nhãn hiệu ở nước ngoài, hỗ trợ chi phí đăng ký nhãn
hiệu ở nước ngoài theo quy định.
2. Tổ chức hội chợ giới thiệu sản phẩm.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
1
Xây dựng cơ chế hỗ trợ đăng ký nhãn hiệu tại thị trường nước ngoài.
Sở Công Thương
Sở Khoa học và Công nghệ
Quý III/2026
2
Tổ chức hội chợ giới thiệu sản phẩm của doanh nghiệp xuất khẩu.
Sở Công Thương
Hiệp hội doanh nghiệp tỉnh
Quý IV/2026
"""


@pytest.mark.parametrize(
    "question",
    ["có hỗ trợ đăng ký nhãn hiệu ở nước ngoài không?", "ho tro dang ky nhan hieu o nuoc ngoai ko"],
)
def test_a_task_saying_the_topic_as_fully_as_a_passage_answers(written_engine, question):
    answer = ask(written_engine("58", RESTATED), question, DAY)
    assert ["1"] == answer.task_ids


@pytest.mark.parametrize(
    "question",
    [
        "bảo hộ shtt ở nước ngoài có được hỗ trợ ko",
        "dn muon bao ho so huu tri tue o nuoc ngoai thi co ho tro gi k",
    ],
)
def test_a_task_restated_in_the_body_of_a_real_plan(real, question):
    assert ["2.4"] == ask(real("qd-982-QD-TTg"), question, DAY).task_ids


@pytest.mark.parametrize(
    "question",
    [
        "Who is in charge of reorganising medical facilities?",
        "which ministry leads reorganizing the health facilities",
    ],
)
def test_health_facilities_are_the_plans_co_so_y_te(real, question):
    assert ["III.2.4"] == ask(real("nq-105-NQ-CP"), question, DAY).task_ids
