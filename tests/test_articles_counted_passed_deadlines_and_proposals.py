"""Classes of questions round 57 (asked of 721d22b, to measure) showed were read wrong,
each tried with sentences of its own, on the bundled plan, the forestry plan of
tests/forest.py and real gazette plans:

- "gồm mấy điều, và Điều 2 quy định gì": the count with the article;
- "has it passed already?" of the task in hand; "deadlines in this plan have passed";
- "về X thì Sở Y chủ trì nv nào": the topic ends at "thì";
- the roles typed run together ("chutri", "phoihop"); "ai cđ" is who directs;
- "tờ trình số mấy, ngày nào": the submission the decision was made on, not a document;
- "cái kế hoạch <words of its title> này ai ký": the plan's signer, not a task's paper;
- "gồm những loại nào": kinds asked for, no word of the topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import TODAY, ask

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("stem", "question", "count", "article"),
    [
        ("seed", "quyết định có bao nhiêu điều, điều 1 nói gì", "có 2 điều", "Điều 1."),
        ("qd-982-QD-TTg", "QĐ 982 gồm mấy điều và Điều 3 quy định gì", "có 3 điều", "Điều 3."),
    ],
)
def test_the_articles_counted_with_the_one_asked(seed_engine, real, stem, question, count, article):
    engine = seed_engine if stem == "seed" else real(stem)
    answer = ask(engine, question, DAY)
    assert (count in answer.text, article in answer.text) == (True, True)


def test_has_it_passed_is_of_the_task_in_hand(forest):
    turns = ("Who leads task II.1?", "When is it due, and has it passed already?")
    answer = chat(forest, *turns, today=TODAY)[-1]
    assert (answer.task_ids, "Not overdue yet" in answer.text) == (["II.1"], True)


def test_deadlines_of_the_plan_that_have_passed(forest):
    answer = ask(forest, "Which deadlines in this plan have passed?")
    assert answer.task_ids == ["I.1", "I.2", "II.4"]  # (II.4: its first stage, Quý II)


def test_a_topic_before_thi_and_an_agency_after_it(seed_engine):
    answer = ask(seed_engine, "về thanh tra kiểm tra thì sở kh&cn chủ trì nv nào", DAY)
    assert answer.task_ids == ["V.1", "V.3"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cong an tinh phoihop nv nao", ["II.1"]),
        ("cong an tinh chutri nv nao", ["II.2"]),
    ],
)
def test_roles_typed_run_together(forest, question, expected):
    assert ask(forest, question).task_ids == expected


def test_who_directs_as_people_chat_it(seed_engine):
    answer = ask(seed_engine, "nv II.6 bên nào cđ vậy", DAY)
    shown = ("Cơ quan chỉ đạo" in answer.text, "Cơ quan chủ trì" in answer.text)
    assert (answer.task_ids, shown) == (["II.6"], (True, False))


@pytest.mark.parametrize(
    "question",
    [
        "Sở Khoa học và Công nghệ đề nghị ban hành kế hoạch bằng tờ trình số mấy, ngày nào?",
        "qđ này dựa trên totrinh nào",
    ],
)
def test_the_submission_the_decision_was_made_on(seed_engine, question):
    assert "28/TTr-SKHCN" in ask(seed_engine, question, DAY).text


def test_this_plan_named_by_its_title_is_signed_by_its_signer(real):
    answer = ask(real("qd-844-QD-TTg"), "kế hoạch bảo hiểm y tế toàn dân này ai ký", DAY)
    assert (answer.task_ids, "Phạm Thị Thanh Trà" in answer.text) == ([], True)


def test_kinds_asked_for_are_no_topic_word(real):
    answer = ask(
        real("qd-893-QD-TTg"), "các hình thức đào tạo bồi dưỡng có những loại nào vậy", DAY
    )
    assert (answer.found, "ngắn hạn" in answer.text) == (True, True)
