"""Classes of questions round 41 (asked of stop 18's final code, to measure it) showed were
read wrong, each tried with sentences of its own:

- words typed run together ("baocaohangnam", "thanhtra") are the plans' words, while a word
  the plans do not split so ("banana") stays as it is;
- "áp dụng cho tỉnh nào" asks who issued the plan; "the official number of this decision";
- "nó là nhiệm vụ gì vậy" asks what the task in hand is;
- "đã quá thời gian thực hiện" is overdue.
"""

from __future__ import annotations

import pytest

from tests.dialogues import chat
from tests.forest import TODAY, ask


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("taphuan chuachay", ["tap_huan", "chua_chay"]),
        ("chinhsach phattrien", ["chinh_sach", "phat_trien"]),
        ("banana", ["banana"]),
    ],
)
def test_words_typed_run_together(forest, typed, words):
    assert forest.lexicon.segment(typed.split()) == words


def test_a_question_typed_run_together(forest):
    assert ask(forest, "taphuan phong chay chuachay rung ai chu tri").task_ids == ["II.2"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("kh nay ap dung cho tinh nao v", "ĐÔNG LÂM"),
        ("What's the official number of this plan?", "73/KH-UBND"),
    ],
)
def test_whose_plan_and_its_number(forest, question, said):
    assert said in ask(forest, question).text


def test_what_the_task_in_hand_is(forest):
    *_, last = chat(
        forest,
        "Sở Tài chính chủ trì việc nào?",
        "cái thứ 2 hạn khi nào",
        "nó là nhiệm vụ gì vậy",
        today=TODAY,
    )
    assert (last.task_ids, "ngân hàng" in last.text) == (["II.3"], True)


def test_past_the_time_given(forest):
    answer = ask(forest, "những nhiệm vụ nào đã quá thời gian thực hiện")
    # (II.4's first stage, "Ban hành quy chế trong Quý II/2026", is past too)
    assert set(answer.task_ids) == {"I.1", "I.2", "II.4"}
