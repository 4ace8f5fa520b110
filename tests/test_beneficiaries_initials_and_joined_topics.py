"""Classes of questions round 47 (asked of 1f84fab) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- two words no other task holds together name a task beside an agency ("phương châm bốn
  tại chỗ là nv nào, có phải UBND các tỉnh chủ trì không?");
- businesses a task serves ("hỗ trợ doanh nghiệp vay vốn") are words of the topic, not an
  agency whose tasks are asked, unless their role is;
- one task is shown with its whole text, where what was asked may stand past the first line;
- chat shorthand "ktra", "qlnn", "đh", "cđ"; a department typed with its initials run
  together ("sokhcn");
- "định kỳ nào/gì" asks how often; "Nếu có thì kết quả là gì?" asks the column of the task
  the first sentence describes; "trình lên ai" asks the result, which names the level;
- "ai hiện đang giữ chức …" asks who holds an office, which no plan says;
- "nó có việc con nào không": the items of the task in hand, or that it has none;
- "kết quả của nhiệm vụ … là văn bản gì" asks the product, whose cue words are no topic;
- "những nhiệm vụ nào liên quan đến A hoặc B": the tasks on either.
"""

from __future__ import annotations

from tests.dialogues import chat
from tests.forest import TODAY, ask


def test_two_words_no_other_task_holds_name_one_beside_an_agency(real):
    question = "việc theo phương châm bốn tại chỗ là nv nào, có phải UBND các tỉnh chủ trì không?"
    assert ask(real("nq-116-NQ-CP"), question).task_ids == ["II.4"]


def test_two_words_of_a_group_still_count_several(real):
    answer = ask(real("nq-116-NQ-CP"), "bo ngoai giao co tham gia may nv hop tac quoc te ko")
    assert len(answer.task_ids) > 1


def test_businesses_served_are_words_of_the_topic(seed_engine):
    answer = ask(seed_engine, "Có việc nào hỗ trợ doanh nghiệp vay vốn ngân hàng không?")
    assert (answer.found, answer.task_ids) == (False, [])


def test_businesses_in_a_role_asked_are_an_agency(seed_engine):
    answer = ask(seed_engine, "có nv nào cho doanh nghiệp tham gia phối hợp không")
    assert answer.task_ids == ["I.4", "III.1"]


def test_one_task_is_shown_whole(seed_engine):
    answer = ask(seed_engine, "trung tâm kỹ thuật tđc do đơn vị nào quản lý")
    assert (answer.task_ids, "trực thuộc Chi cục" in answer.text) == (["IV.1"], True)


def test_chat_shorthand_for_checking_and_state_management(seed_engine):
    assert ask(seed_engine, "ai lam ktra hoat dong qlnn tai dia phuong").task_ids == ["V.3"]


def test_universities_and_colleges_in_shorthand(seed_engine):
    assert ask(seed_engine, "đh cđ có tham gia việc nào ko").task_ids == ["I.4", "III.1"]


def test_initials_run_together_name_a_department(seed_engine):
    answer = ask(seed_engine, "sokhcn chu tri nhung nv nao")
    assert {"II.3", "V.3"} <= set(answer.task_ids)


def test_which_recurrence_asks_how_often(real):
    answer = ask(
        real("nq-97-NQ-CP"), "việc cơ cấu lãnh đạo có chuyên môn pháp luật thì báo cáo định kỳ gì"
    )
    assert (answer.task_ids, "hằng năm" in answer.text) == (["1"], True)


def test_if_so_asks_the_column_of_the_task_described(real):
    question = (
        "Có nhiệm vụ nào yêu cầu các bộ cơ cấu lãnh đạo có chuyên môn pháp luật không?"
        " Nếu có thì kết quả là gì?"
    )
    answer = ask(real("nq-97-NQ-CP"), question)
    assert (answer.task_ids, "Báo cáo hằng năm" in answer.text) == (["1"], True)


def test_submitted_to_whom_is_the_result(real):
    answer = ask(real("nq-97-NQ-CP"), "đề án chấm điểm KPI xây dựng pháp luật phải trình lên ai")
    assert (answer.task_ids, "Thủ tướng" in answer.text) == (["7"], True)


def test_who_holds_an_office_now_is_not_in_the_plan(real):
    assert not ask(real("nq-105-NQ-CP"), "Ai hiện đang giữ chức Bộ trưởng Bộ Y tế vậy?").found


def test_the_items_of_the_task_in_hand(real):
    _, answer = chat(
        real("nq-105-NQ-CP"),
        "Nhiệm vụ III.2 do ai chủ trì?",
        "nó có việc con nào không",
        today=TODAY,
    )
    assert {"III.2.1", "III.2.4"} <= set(answer.task_ids)


def test_a_task_in_hand_without_items_says_so(seed_engine):
    _, answer = chat(seed_engine, "Ai chủ trì II.3?", "nó có việc con nào không", today=TODAY)
    assert (answer.task_ids, "không chia thành mục con" in answer.text) == (["II.3"], True)


def test_a_task_asked_so_is_no_question_of_its_items(real):
    _, answer = chat(
        real("nq-97-NQ-CP"),
        "việc cơ cấu lãnh đạo có chuyên môn pháp luật thì báo cáo định kỳ gì",
        "Có nhiệm vụ nào về chấm điểm KPI xây dựng pháp luật không? Nếu có thì kết quả là gì?",
        today=TODAY,
    )
    assert answer.task_ids == ["7"]


def test_the_product_asked_is_no_topic(real):
    question = (
        "Kết quả của nhiệm vụ giao chỉ tiêu phát triển người tham gia BHYT đến năm 2030"
        " là văn bản gì, ai chủ trì?"
    )
    assert ask(real("qd-844-QD-TTg"), question).task_ids == ["21"]


def test_tasks_on_either_of_two_topics(real):
    question = (
        "UBND cấp tỉnh chủ trì những việc nào liên quan đến chuyển đổi số"
        " hoặc cơ sở dữ liệu quốc gia?"
    )
    assert ask(real("qd-844-QD-TTg"), question).task_ids == ["25", "26"]
