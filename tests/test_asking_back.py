"""Questions that check, compare or lean on the chat, asked as people ask them: "có phải …
không?", "khác nhau chỗ nào", "còn Bộ X thì sao?" after another column, "Sở" for the agency
in hand, a group by its number, chat shorthand for papers and quarters, English follow-ups.

Tried on the bundled plan (the ``seed_engine`` fixture), on a plan written in
tests/test_plan_reading.py and on a real gazette plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context, Status
from knowledge.engine import Engine
from tests import dialogues
from tests.realplans import real_engine

TODAY = date(2026, 6, 1)


def chat(engine: Engine, *questions: str, today: date = TODAY):
    return dialogues.chat(engine, *questions, today=today)


def ask(engine: Engine, question: str, today: date = TODAY):
    return engine.answer(question, Context(), today)


@pytest.mark.parametrize(
    ("question", "verdict", "ids"),
    [
        ("Có phải Sở Khoa học và Công nghệ chủ trì nhiệm vụ II.3 không?", "Đúng.", ["II.3"]),
        ("bchqs tinh co chu tri nv III.3 ko", "Không đúng.", ["III.3"]),
        (
            "Công an tỉnh có phải cơ quan chủ trì việc bồi dưỡng nhân lực phục vụ công tác công"
            " an không?",
            "Đúng.",
            ["III.3"],
        ),
        ("Does the provincial police lead task IV.3?", "No.", ["IV.3"]),
    ],
)
def test_a_yes_no_claim_is_checked(seed_engine, question, verdict, ids):
    answer = ask(seed_engine, question)
    assert (answer.text.startswith(verdict), answer.task_ids) == (True, ids)


def test_a_claim_about_a_span_counts_every_stage(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-97-NQ-CP")
    question = (
        "Việc xây dựng bộ chỉ số pháp luật kinh doanh cấp tỉnh chỉ làm trong năm 2026 phải ko?"
    )
    assert ask(engine, question).text.startswith("Không đúng.")


def test_two_tasks_differ_in_their_columns(seed_engine):
    answer = ask(seed_engine, "III.3 với IV.3 khác nhau ở điểm nào")
    assert ("Công an tỉnh" in answer.text, "Bộ Chỉ huy quân sự tỉnh" in answer.text) == (True, True)


def test_another_agency_keeps_the_role_of_the_agency_question(seed_engine):
    answers = chat(
        seed_engine,
        "Bộ Chỉ huy quân sự tỉnh chủ trì việc gì?",
        "ai chỉ đạo nhiệm vụ đó?",
        "thế còn Công an tỉnh thì sao",
        "hạn của hai việc này?",
    )
    assert [a.task_ids for a in answers[2:]] == [["III.3"], ["IV.3", "III.3"]]


def test_a_kind_of_body_stands_for_the_agency_in_hand(seed_engine):
    answers = chat(
        seed_engine,
        "Sở KH&CN là cơ quan chỉ đạo những nhiệm vụ nào?",
        "trong những việc đó, việc nào sở không trực tiếp chủ trì",
    )
    assert (len(answers[0].task_ids), answers[1].task_ids) == (6, ["III.2"])


@pytest.mark.parametrize(
    ("question", "ids"),
    [("nhom nv so 3 gom nhung gi", ["III.1", "III.2", "III.3"]), ("group number 4?", None)],
)
def test_a_group_by_its_number(seed_engine, question, ids):
    answer = ask(seed_engine, question)
    assert answer.task_ids == (ids or ["IV.1", "IV.2", "IV.3"])


def test_chat_shorthand_for_papers_and_quarters(seed_engine):
    answer = ask(seed_engine, "nv quan triet ct38 hạn qui mấy, ai lam")
    assert (answer.task_ids, "Quý II/2025" in answer.text) == (["I.1"], True)


def test_english_follow_ups_after_a_described_task(seed_engine):
    answers = chat(
        seed_engine,
        "Who is in charge of the national database of standards connection?",
        "what's the deadline?",
        "and who do they have to cooperate with?",
    )
    assert [a.status for a in answers] == [Status.FOUND] * 3
    assert answers[1].task_ids == answers[0].task_ids


@pytest.mark.parametrize(
    "question",
    [
        "How many tasks does this plan contain in total?",
        "Does the military command have anything to do here?",
    ],
)
def test_english_framing_words(seed_engine, question):
    assert ask(seed_engine, question).status is Status.FOUND


def test_ends_in_a_period_is_not_overdue(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "qd-893-QD-TTg")
    answer = ask(engine, "nhiệm vụ nào hết thời hạn trong năm nay", today=date(2027, 3, 1))
    assert sorted(answer.task_ids) == ["3", "4"]


@pytest.mark.parametrize(
    ("question", "ids"),
    [("II1 ai chi dao", ["II.1"]), ("vi3 han khi nao", ["VI.3"])],
)
def test_an_id_typed_without_its_dot(seed_engine, question, ids):
    assert ask(seed_engine, question).task_ids == ids


def test_english_about_the_appendix(seed_engine):
    # a count of the whole appendix is about the plan, not a list of its tasks
    answer = ask(seed_engine, "How many tasks are set out in the appendix?")
    assert (answer.task_ids, "25 tasks" in answer.text) == ([], True)


def test_english_about_local_committees(seed_engine):
    question = "Which tasks do the district and city People's Committees lead?"
    assert len(ask(seed_engine, question).task_ids) == 6


@pytest.mark.parametrize(
    "question",
    ["What are the task groups of this plan?", "Các nhiệm vụ được chia thành bao nhiêu nhóm?"],
)
def test_the_groups_are_the_answer_not_their_tasks(seed_engine, question):
    answer = ask(seed_engine, question)
    assert (answer.task_ids, "6" in answer.title) == ([], True)


def test_a_claim_with_given(seed_engine):
    question = (
        "Sở KH&CN có được giao chủ trì việc kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn không?"
    )
    answer = ask(seed_engine, question)
    assert (answer.text.startswith("Đúng."), answer.task_ids) == (True, ["II.3"])


def test_spans_that_hold_today(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "qd-893-QD-TTg")
    question = "Bây giờ những nhiệm vụ nào vẫn còn trong thời gian thực hiện?"
    assert sorted(ask(engine, question, today=date(2027, 3, 1)).task_ids) == ["3", "4", "5", "7"]


def test_which_groups_a_section_of_the_text_lists(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "qd-893-QD-TTg")
    answer = ask(engine, "Đối tượng được đào tạo, bồi dưỡng gồm những nhóm nào?")
    assert (answer.task_ids, answer.sections) == ([], ("III.1",))


def test_how_long_asks_the_span(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-116-NQ-CP")
    answers = chat(
        engine,
        "Ai chủ trì việc lồng ghép phòng chống thiên tai trong quy hoạch đô thị, khu dân cư?",
        "thời gian thực hiện bao lâu vậy",
    )
    assert answers[1].task_ids == answers[0].task_ids != []


def test_when_is_it_due_after_a_described_task_is_no_upcoming_list(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-97-NQ-CP")
    question = "Who builds the national database on administrative procedures, and when is it due?"
    assert ask(engine, question).task_ids == ["14"]


def test_a_programme_of_action_named_by_its_kind_is_the_plan(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-105-NQ-CP")
    answer = ask(engine, "Chương trình hành động này đặt ra những yêu cầu nào?")
    assert answer.sections == ("I.2",)


def test_a_column_asked_in_words_after_a_task(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-97-NQ-CP")
    answers = chat(
        engine,
        "Ai chủ trì việc thể chế hóa Kết luận số 182-KL/TW và 218-KL/TW?",
        "kết quả cần đạt là gì",
    )
    assert answers[1].task_ids == answers[0].task_ids == ["11"]


def test_a_task_described_beside_a_plan_number_no_base_holds(seed_engine):
    question = "Việc quán triệt, phổ biến Chỉ thị 38 và Kế hoạch 191 phải xong trong thời gian nào?"
    assert ask(seed_engine, question).task_ids == ["I.1"]


def test_other_tasks_due_with_the_task_in_hand(seed_engine):
    answers = chat(seed_engine, "Ai chủ trì nhiệm vụ II.5?", "có việc nào khác cùng hạn đó ko")
    assert answers[1].task_ids == ["II.3"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Quyết định ban hành kế hoạch này mang ngày tháng năm nào?", "28/04/2025"),
        ("When was Decision 1169 signed?", "28/04/2025"),
        ("Phụ lục giao tổng cộng bao nhiêu nhiệm vụ?", "25 nhiệm vụ"),
        ("Nhóm nhiệm vụ nào có nhiều việc nhất?", "Nhóm II: 8"),
    ],
)
def test_plan_facts_in_other_words(seed_engine, question, said):
    assert said in ask(seed_engine, question).text


def test_a_count_of_months_in_words(seed_engine):
    answer = ask(seed_engine, "trong bốn tháng tới có việc nào đến hạn", today=date(2026, 3, 2))
    assert sorted(answer.task_ids) == ["II.3", "II.5"]


def test_where_the_money_comes_from_is_no_place(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "qd-844-QD-TTg")
    answer = ask(engine, "kinh phi lam ke hoach lay o dau vay")
    assert (answer.status, "Bộ Tài chính" in answer.text) == (Status.FOUND, True)


def test_items_listed_with_their_task_are_not_counted_twice(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-116-NQ-CP")
    answer = ask(engine, "Nhóm I có mấy nhiệm vụ?")
    assert answer.text.startswith("Nghị quyết 116/NQ-CP có 10 nhiệm vụ")


@pytest.mark.parametrize(
    "follow_up", ["Sản phẩm phải đạt là gì?", "bắt đầu thực hiện từ bao giờ", "hạn ghi là gì"]
)
def test_a_column_in_other_words_after_a_task(seed_engine, follow_up):
    answers = chat(seed_engine, "Ai chủ trì nhiệm vụ II.4?", follow_up)
    assert answers[1].task_ids == ["II.4"]


def test_who_signed_and_on_what_day(seed_engine):
    answer = ask(seed_engine, "Ai ký ban hành Quyết định 1169, vào ngày nào?")
    assert ("Võ Văn Minh" in answer.text, "28/04/2025" in answer.text) == (True, True)
