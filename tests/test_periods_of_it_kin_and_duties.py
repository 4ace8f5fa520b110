"""Classes of questions round 64 (asked of 843024e, to measure it) showed were read wrong,
each tried with sentences of its own, on the bundled plan and real gazette plans:

- "So is that this quarter?", "vậy là quý này hả" of the task in hand: yes or no, with its
  deadline (also when the period reads as the deadline asked);
- "còn cái cho X thì sao?" after a task: of the tasks X fits alike, the one most like the
  task in hand;
- "How many of the key tasks … is X in charge of?": a count of X's tasks, not a figure the
  plan does not state;
- English "information", "open to everyone".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("turns", "expected", "verdict"),
    [
        (("Who leads task II.7?", "Is that this quarter?"), ["II.7"], "Yes."),
        (("II.5 hạn khi nào?", "vậy là quý này hả"), ["II.5"], "Không."),
        (("ai chủ trì nv II.7", "tức là hạn trong quý này à"), ["II.7"], "Có."),
    ],
)
def test_a_period_checked_of_the_task_in_hand(seed_engine, turns, expected, verdict):
    answer = chat(seed_engine, *turns, today=DAY)[-1]
    assert (answer.task_ids, answer.text.startswith(verdict)) == (expected, True)


def test_the_task_like_the_one_in_hand(real):
    turns = (
        "Ai ban hành khung chương trình đào tạo cho nhân lực quản lý nhà nước?",
        "còn cái cho nhân lực nghiên cứu - phát triển thì sao",
        "hạn khi nào?",
    )
    answers = chat(real("qd-893-QD-TTg"), *turns, today=DAY)
    assert [["3"], ["4"], ["4"]] == [a.task_ids for a in answers]


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        (
            "qd-893-QD-TTg",
            "How many of the tasks in the appendix does the Ministry of Science and Technology "
            "lead?",
            ["1", "2", "3", "4", "5"],
        ),
        ("seed", "Will standards information be made open to everyone?", ["II.3"]),
    ],
)
def test_counts_and_everyday_words(real, seed_engine, stem, question, expected):
    engine = seed_engine if stem == "seed" else real(stem)
    assert expected == ask(engine, question, DAY).task_ids[: len(expected)]
