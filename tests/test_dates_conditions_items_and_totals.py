"""Classes of questions round 44 (asked of 15d7569) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of tests/forest.py and real
gazette plans:

- "quyết định ký ngày bao nhiêu": the "định ký" of a decision signed is no "định kỳ"
  (periodic);
- an agency with "nội dung nào / việc gì" asks what it does, not the plan's legal bases;
- "…? Nếu không thì …" is a second question's condition, not a negation of the first;
- "thay" (replace) is the plans' "thay thế", no typo to respell;
- "mxh" is "mạng xã hội"; "bộ nào đứng ra chủ trì" asks the lead;
- a total "cho Đề án" is the plan's own total, which it may not state;
- "có nêu mức hỗ trợ cụ thể không" asks for the figure, shown from the task's cells;
- "Who is currently the director of …?" is not in the plan;
- "có mấy việc con?" after a task lists its items.
"""

from __future__ import annotations

import pytest

from tests.dialogues import chat
from tests.forest import TODAY, ask


def test_a_decision_signed_is_not_periodic(seed_engine):
    assert "28/04/2025" in ask(seed_engine, "Quyết định này ký ngày bao nhiêu?").text


def test_what_an_agency_is_given(forest):
    assert ask(forest, "Công an tỉnh phụ trách nội dung nào, theo văn bản nào?").task_ids == [
        "II.2"
    ]


def test_if_not_is_no_negation(forest):
    answer = ask(
        forest, "Sở Tư pháp có chủ trì nhiệm vụ nào không? Nếu không thì phối hợp việc gì?"
    )
    assert answer.task_ids == ["I.1"]


@pytest.mark.parametrize(
    "question",
    [
        "thông tư 34/2014 sau này thay bằng cái gì?",
        "Thông tư 34/2014 sẽ bị thay thế bởi thông tư nào?",
    ],
)
def test_a_circular_replaced(real, question):
    assert ask(real("qd-893-QD-TTg"), question).task_ids == ["2"]


def test_social_media_and_who_steps_up(real):
    answer = ask(real("nq-116-NQ-CP"), "bộ nào đứng ra chủ trì tuyên truyền trên mxh về thiên tai")
    assert answer.task_ids == ["V.1"]


@pytest.mark.parametrize(
    ("question", "expected", "found", "said"),
    [
        ("Ngân sách bố trí cho Đề án tổng cộng là bao nhiêu tiền?", [], False, "không nêu"),
        (
            "Chính sách hỗ trợ doanh nghiệp công nghệ số mở rộng ra thị trường nước ngoài có nêu"
            " mức hỗ trợ cụ thể không?",
            ["1.7"],
            True,
            "2 tỷ",
        ),
    ],
)
def test_a_total_or_a_figure_asked(real, question, expected, found, said):
    answer = ask(real("qd-982-QD-TTg"), question)
    assert (expected, found, said in answer.text) == (answer.task_ids, answer.found, True)


def test_who_heads_an_office_now_in_english(seed_engine):
    assert not ask(
        seed_engine, "Who is currently the director of the provincial science department?"
    ).found


def test_how_many_items_the_task_in_hand_has(real):
    _, answer = chat(real("nq-105-NQ-CP"), "Nhiệm vụ III.2 là gì?", "có mấy việc con?", today=TODAY)
    assert (answer.text.startswith("Có 4 nhiệm vụ"), "III.2.4" in answer.task_ids) == (True, True)
