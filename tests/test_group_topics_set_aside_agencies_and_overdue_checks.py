"""Classes of questions round 55 (asked of 5951c58) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of tests/forest.py and real
gazette plans:

- a role asked of a group's topic ("bảo vệ rừng thì ai chủ trì") is asked of each task of
  the group its title names; not when one task opens with the words, nor when the question
  says more than the title;
- "A chứ không phải B", "A mà không có B": A's tasks without B's;
- "trễ hạn chưa?" of one task says yes, not yet, or that it has no last day;
- "kí" for "ký", "quản lí" for "quản lý": the other spelling of a "y" syllable;
- "dựa trên chỉ thị số mấy": the plan's legal bases;
- a role asked after a document to review ("ai chủ trì?", "còn phối hợp?") is its row's;
- "trung hạn", "dài hạn" are a plan's horizon, not a deadline;
- a task its words describe, with its lead asked, is no fact of the plan itself;
- "phải nộp mấy báo cáo", "chủ trì hay phối hợp", "trong việc …", "cụ thể": what an
  agency is given to do, on what, in full;
- English: "what does the army do", "which ministries work on it", "feedback on rules",
  "the review list".
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.field_cues import FIELD_CUES
from knowledge.fields import Role
from tests.dialogues import chat
from tests.forest import TODAY, ask

DAY = date(2026, 12, 6)


# ---------------------------------------------------------------- a group's topic


def test_a_role_asked_of_a_groups_topic_is_each_of_its_tasks(forest):
    answer = ask(forest, "bảo vệ rừng thì ai chủ trì")
    assert answer.task_ids == ["II.1", "II.2", "II.3", "II.4"]


def test_a_groups_topic_in_a_real_plan(real):
    answer = ask(real("nq-116-NQ-CP"), "hợp tác quốc tế về thiên tai thì bộ nào lo", DAY)
    assert (answer.task_ids, "Ngoại giao" in answer.text) == (["VI.1", "VI.2"], True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a task that opens with the words is the one named
        ("ai chủ trì việc tăng cường đầu tư ngân sách nhà nước cho tđc", ["IV.2"]),
        # a word the group's title lacks names one task of it
        ("nv hội nhập quốc tế của trung ương do ai chủ trì", ["VI.3"]),
    ],
)
def test_a_task_named_within_a_group_stays_one(seed_engine, question, expected):
    assert ask(seed_engine, question, DAY).task_ids == expected


# ---------------------------------------------------------------- agencies set aside


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "nhiệm vụ nào có Sở Tài chính tham gia chứ không phải Sở Nông nghiệp và Môi trường",
            ["II.3"],
        ),
        # "không có": not in any role, though Sở Tài chính's role is asked
        ("việc nào Sở Tài chính chủ trì mà không có Sở Nông nghiệp và Môi trường", ["II.3"]),
        # in the role asked only: Sở Nông nghiệp và Môi trường leads neither
        (
            "việc nào Sở Tài chính chủ trì chứ không phải Sở Nông nghiệp và Môi trường",
            ["I.2", "II.3"],
        ),
        # one negation before both: neither
        ("nhiệm vụ nào không do Sở Tài chính hay Công an tỉnh chủ trì", ["I.1", "II.1", "II.4"]),
    ],
)
def test_an_agency_set_aside_after_another(forest, question, expected):
    assert ask(forest, question).task_ids == expected


def test_a_body_set_aside_from_its_own_chairman(seed_engine):
    question = "việc nào UBND tỉnh chỉ đạo chứ ko phải chủ tịch UBND tỉnh"
    assert ask(seed_engine, question, DAY).task_ids == ["II.2"]


def test_a_ministry_set_aside_from_co_led_tasks(real):
    engine = real("qd-844-QD-TTg")
    answer = ask(engine, "việc nào Bộ Y tế chủ trì chứ ko phải Bộ Tài chính", DAY)
    led = ask(engine, "việc nào Bộ Y tế chủ trì", DAY).task_ids
    both = ask(engine, "việc nào Bộ Y tế và Bộ Tài chính cùng chủ trì", DAY).task_ids
    assert (bool(both), answer.task_ids) == (True, [t for t in led if t not in both])


# ---------------------------------------------------------------- overdue, yes or no


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (("nhiệm vụ II.1 ai chủ trì", "việc đó trễ hạn chưa"), "Chưa quá hạn"),
        (("Who leads task I.1?", "Is it late yet?"), "Yes, overdue"),
        (("nhiệm vụ II.2 hạn khi nào, quá hạn chưa",), "Không có hạn chót"),
    ],
)
def test_an_overdue_check_of_one_task_answers_it(forest, turns, verdict):
    assert verdict in chat(forest, *turns, today=TODAY)[-1].text


def test_a_list_of_overdue_tasks_carries_no_verdict(forest):
    answer = ask(forest, "nhiệm vụ nào đã quá hạn")
    assert "I.1" in answer.task_ids and "quá hạn:" not in answer.text.lower()


# ---------------------------------------------------------------- spellings and bases


def test_the_i_spelling_of_a_y_syllable(forest):
    signed = ask(forest, "kế hoạch kí ngày nào")
    assert (signed.found, "09/02/2026" in signed.text) == (True, True)
    assert ask(forest, "ai chủ trì việc sửa quy định quản lí rừng phòng hộ").task_ids == ["I.1"]


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("seed", "kế hoạch này dựa vào những văn bản nào", "38-CT/TW"),
        ("nq-97-NQ-CP", "nghị quyết này dựa trên kết luận số mấy", "Căn cứ"),
    ],
)
def test_what_a_plan_is_based_on(seed_engine, real, stem, question, expected):
    engine = seed_engine if stem == "seed" else real(stem)
    answer = ask(engine, question, DAY)
    assert (answer.found, expected in answer.text) == (True, True)


# ---------------------------------------------------------------- a document in hand


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [("ai chủ trì?", "Chủ trì: Sở Khoa học và Công nghệ"), ("còn phối hợp?", "Phối hợp: Các sở")],
)
def test_a_role_asked_of_the_document_in_hand(seed_engine, follow_up, expected):
    first = "Nghị quyết 12/2022 trong danh mục rà soát nói về gì"
    answer = chat(seed_engine, first, follow_up, today=DAY)[-1]
    assert (answer.found, answer.task_ids, expected in answer.text) == (True, [], True)


def test_the_review_list_in_english(seed_engine):
    answer = ask(seed_engine, "Is the productivity support plan of 2021 on the review list?", DAY)
    assert (answer.found, answer.task_ids, "2109/QĐ-UBND" in answer.text) == (True, [], True)


# ---------------------------------------------------------------- horizons and described tasks


@pytest.mark.parametrize("said", ["trung han", "dai han", "ngan han", "han han", "gioi han"])
def test_a_horizon_is_no_deadline(said):
    assert not FIELD_CUES[Role.DEADLINE].search(f"ke hoach dau tu {said} cho du an nao")


def test_a_medium_term_plan_asked_of_is_the_task_whole(real):
    answer = ask(real("nq-116-NQ-CP"), "đầu tư công trung hạn ưu tiên cho các dự án nào", DAY)
    assert (answer.task_ids, "ngập lụt" in answer.text) == (["IV.3"], True)


def test_a_described_task_with_its_lead_asked_is_no_plan_fact(real):
    question = (
        "Đề án nâng cao năng lực ứng phó sự cố, thiên tai và tìm kiếm cứu nạn do cơ quan nào"
        " làm, định hướng tới năm nào"
    )
    answer = ask(real("nq-116-NQ-CP"), question, DAY)
    assert (answer.task_ids, "Bộ Quốc phòng" in answer.text) == (["II.7"], True)


def test_the_column_header_is_no_word_of_the_task(real):
    # "chủ trì thực hiện" heads a column: its "thực hiện" tells no two tasks apart
    question = (
        "Việc sắp xếp đơn vị sự nghiệp công lập, trường học, cơ sở y tế, doanh nghiệp nhà nước"
        " do cơ quan nào chủ trì thực hiện"
    )
    assert ask(real("nq-105-NQ-CP"), question, DAY).task_ids == ["III.2"]


# ---------------------------------------------------------------- what an agency is given


def test_what_an_agency_must_deliver_in_a_year(real):
    answer = ask(real("nq-97-NQ-CP"), "Bộ Công an năm 2026 phải trình mấy cái báo cáo", DAY)
    assert (answer.task_ids, "Bộ Công an" in answer.text) == (["11"], True)


def test_an_agencys_part_in_a_named_work(forest):
    answer = ask(forest, "Công an tỉnh phải làm gì trong việc tập huấn phòng cháy")
    assert answer.task_ids == ["II.2"]


def test_the_specifics_are_shown_whole(real):
    question = (
        "Bộ Giáo dục và Đào tạo cụ thể phải làm những việc gì trong việc sắp xếp cơ sở giáo dục"
    )
    answer = ask(real("nq-105-NQ-CP"), question, DAY)
    assert ("III.2.3" in answer.task_ids, "trung học nghề" in answer.text) == (True, True)


def test_lead_or_coordinate_shows_the_part_the_text_gives(real):
    answer = ask(real("qd-982-QD-TTg"), "Bộ Công Thương là chủ trì hay chỉ phối hợp thôi", DAY)
    assert answer.task_ids and "Điều 2.5. Bộ Công Thương" in answer.text


# ---------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("seed", "What does the army do in this plan?", ["IV.3"]),
        (
            "seed",
            "We would like to send comments on the quality rules. Is there a channel for us?",
            ["II.6"],
        ),
    ],
)
def test_everyday_english(seed_engine, stem, question, expected):
    assert ask(seed_engine, question, DAY).task_ids == expected


def test_which_ministries_work_on_it_are_lead_and_partners(forest):
    answer = ask(forest, "Which agencies work on the camera warning of forest fires?")
    assert (answer.task_ids, "Công an tỉnh" in answer.text) == (["II.1"], True)
