"""Classes of questions rounds 45 and 46 (asked of 15262b5 and 01863cb, to measure them)
showed were read wrong, each tried with sentences of its own, on the bundled plan, the
forestry plan of tests/forest.py and real gazette plans:

- "… không? Nếu có thì …" is a condition, and "không nêu" (does not state) is no reading of
  it;
- "kèm theo quyết định … ngày nào" asks the plan's date;
- "kéo dài quá năm 2026" is after that year, not in it;
- a salary "cho người lao động" is not in the plan;
- "mấy giai đoạn", "mấy lần", "bao lâu một lần" ask a task's time;
- "chỉ đạo 2 nv đó có giống nhau ko" sets the column of the tasks in hand side by side, and
  "khác gì nhau" of two tasks shows each one's text whole;
- "ai tổ chức" asks the lead; "nộp báo cáo mấy lần" after a task is of its reports;
- "Which items were meant to be finished by …?" asks for tasks;
- "ít nhất một lãnh đạo" (at least one) is no extreme; "bao lâu làm 1 lần" asks how often;
- "còn chủ trì?" after an agency's one task, in a role it plays in none: that task's column;
- "nhiệm vụ III.2 gồm mấy việc con, ai chủ trì từng việc": its items, with their leads.
"""

from __future__ import annotations

from tests.dialogues import chat
from tests.forest import TODAY, ask


def test_a_condition_is_no_negation(real):
    question = (
        "Đề án có giao việc tổ chức diễn đàn doanh nghiệp ở nước ngoài không?"
        " Nếu có thì bộ nào chủ trì?"
    )
    assert ask(real("qd-982-QD-TTg"), question).task_ids == ["4.3"]


def test_the_date_of_the_decision_a_plan_comes_with(forest):
    assert (
        "09/02/2026" in ask(forest, "Kế hoạch ban hành kèm theo quyết định số mấy, ngày nào?").text
    )


def test_past_a_year(forest):
    assert ask(forest, "nhiệm vụ nào kéo dài quá năm 2026?").task_ids == ["II.3"]


def test_a_salary_is_not_in_the_plan(seed_engine):
    assert not ask(seed_engine, "lương cho người lao động ở sở là bao nhiêu một tháng").found


def test_how_many_stages_of_the_task_in_hand(forest):
    _, answer = chat(
        forest,
        "Ai chủ trì xây dựng cơ sở dữ liệu về rừng?",
        "việc đó làm mấy giai đoạn?",
        today=TODAY,
    )
    assert (answer.task_ids, "thường xuyên" in answer.text) == (["II.4"], True)


def test_a_column_of_the_two_in_hand_side_by_side(seed_engine):
    _, answer = chat(
        seed_engine,
        "Nhiệm vụ II.3 và II.5 có cùng thời hạn không?",
        "cơ quan chỉ đạo của 2 việc đó có giống nhau không",
        today=TODAY,
    )
    assert (answer.task_ids, "Chủ tịch UBND tỉnh" in answer.text) == (["II.3", "II.5"], True)


def test_two_tasks_told_apart_in_full(seed_engine):
    answer = ask(seed_engine, "II.6 với II.8 khác nhau thế nào")
    assert "chuỗi sản phẩm" in answer.text


def test_who_organises_is_the_lead(forest):
    answer = ask(forest, "việc lắp camera cảnh báo cháy rừng ai tổ chức, phối hợp với ai")
    assert (answer.task_ids, "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in answer.text) == (
        ["II.1"],
        True,
    )


def test_how_often_its_reports_are_sent(real):
    _, answer = chat(
        real("nq-97-NQ-CP"), "Ai chủ trì nhiệm vụ 17?", "vậy phải gửi báo cáo mấy lần?", today=TODAY
    )
    assert (answer.task_ids, "11/2026" in answer.text) == (["17"], True)


def test_items_due_by_a_month_in_english(forest):
    answer = ask(forest, "Which items were meant to be finished by the end of June 2026?")
    assert sorted(answer.task_ids) == ["I.2", "II.4"]


def test_at_least_one_is_no_extreme(real):
    question = "Nhiệm vụ cơ cấu ít nhất một lãnh đạo có chuyên môn pháp luật thì kết quả là gì?"
    assert ask(real("nq-97-NQ-CP"), question).task_ids == ["1"]


def test_how_often_of_the_task_in_hand(seed_engine):
    _, answer = chat(
        seed_engine, "Ai chủ trì đối thoại với doanh nghiệp?", "bao lâu làm 1 lần", today=TODAY
    )
    assert (answer.task_ids, "Hàng năm" in answer.text) == (["I.3"], True)


def test_a_role_the_agency_has_none_in_is_the_tasks(forest):
    _, answer = chat(forest, "Chi cục Kiểm lâm phối hợp việc nào?", "còn chủ trì?", today=TODAY)
    assert (answer.task_ids, "Cơ quan chủ trì: Công an tỉnh" in answer.text) == (["II.2"], True)


def test_the_items_of_a_task_named_with_each_lead(real):
    answer = ask(real("nq-105-NQ-CP"), "nhiệm vụ III.2 gồm mấy việc con, ai chủ trì từng việc")
    assert answer.task_ids == ["III.2.1", "III.2.2", "III.2.3", "III.2.4", "III.2"]
