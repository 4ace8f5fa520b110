"""Classes of questions round 73 (asked of 2bcb25a) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- how the plan's work is funded ("bố trí ra sao"), said over sibling passages: each of them;
- "gồm những doanh nghiệp cụ thể nào" of bodies the plan only counts: not stated;
- "nhóm nhiệm vụ thứ 3": a group by its place, not the third task;
- "thế cái hạn sớm hơn thì ai phối hợp?": the one of two due first, then its column.
"""

from __future__ import annotations

from datetime import date

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


def test_how_the_plan_is_funded_over_sibling_passages(real):
    answer = ask(real("nq-116-NQ-CP"), "kinh phi de thuc hien ke hoach bo tri ra sao", DAY)
    said = ("ngân sách trung ương" in answer.text, "ngân sách địa phương" in answer.text)
    assert (True, True) == said


def test_which_bodies_of_those_only_counted(real):
    question = "Các doanh nghiệp dẫn dắt gồm những doanh nghiệp cụ thể nào?"
    assert Status.NOT_FOUND == ask(real("qd-982-QD-TTg"), question, DAY).status


def test_a_group_by_its_place(real):
    by_place = ask(real("qd-982-QD-TTg"), "Nhóm nhiệm vụ thứ 3 có bao nhiêu nhiệm vụ?", DAY)
    by_code = ask(real("qd-982-QD-TTg"), "nhóm 3 có bao nhiêu nhiệm vụ", DAY)
    assert (by_code.task_ids, Intent.COUNT) == (by_place.task_ids, by_place.intent)


def test_the_one_due_first_then_its_column(seed_engine):
    first, _, answer = chat(
        seed_engine,
        "Sở KH&CN chỉ đạo những nhiệm vụ nào?",
        "trong số đó cái nào có hạn cụ thể",
        "thế cái hạn sớm hơn thì ai phối hợp",
        today=DAY,
    )
    assert (1, Intent.COORD) == (len(answer.task_ids), answer.intent)
