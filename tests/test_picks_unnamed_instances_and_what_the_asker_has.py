"""Classes of questions round 77 (asked of 24af288) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- "cái nào hạn sớm hơn?" of two tasks in hand picks one; two named in the question are both
  the answer's;
- "which central agency works with the province on …" asks the partners;
- "… thì ngoài <paper> còn <column> nào nữa" of the task in hand, the paper being what the
  asker has already;
- "những hồ chứa cụ thể nào": instances of a kind the plan names none of;
- a law a task makes, named with an agency's part ("luật BHYT sửa đổi có Bộ Tài chính tham
  gia không"), is that task, not the plan's legal bases;
- "còn việc đã xong rồi" after a list: the one of it the plan marks done;
- the funding passage that names the sources, when the sources are asked;
- "target" in English, which the body's objectives set.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


def test_one_of_two_in_hand_picked_by_its_deadline(seed_engine):
    *_, answer = chat(
        seed_engine,
        "Nhiệm vụ II.3 và II.4 do ai chủ trì?",
        "việc nào xong sớm hơn?",
        today=DAY,
    )
    assert ["II.4"] == answer.task_ids


def test_two_named_in_the_question_are_both_the_answers(seed_engine):
    answer = ask(seed_engine, "II.4 với II.3 thì nhiệm vụ nào hạn sớm hơn?", DAY)
    assert (["II.3", "II.4"], True) == (sorted(answer.task_ids), "II.4" in answer.title)


def test_which_central_agency_works_with_the_province(seed_engine):
    question = "Which central agency works with the province on the barcode solutions?"
    answer = ask(seed_engine, question, DAY)
    assert (Intent.COORD, ["II.4"]) == (answer.intent, answer.task_ids)


def test_a_column_of_the_task_in_hand_besides_a_paper_mid_sentence(real):
    *_, answer = chat(
        real("nq-97-NQ-CP"),
        "nv 22 do bộ nào chủ trì",
        "vậy báo cáo kết quả thì ngoài Chương trình số 12-CTr/BCĐ còn căn cứ bổ sung gì không?",
        today=DAY,
    )
    assert (["22"], True) == (answer.task_ids, "Căn cứ bổ sung" in answer.text)


@pytest.mark.parametrize(
    ("plan", "question"),
    [
        ("nq-116-NQ-CP", "những hồ chứa cụ thể nào phải điều chỉnh quy trình vận hành?"),
        ("nq-105-NQ-CP", "các trường cao đẳng cụ thể nào sẽ được sáp nhập?"),
    ],
)
def test_instances_of_a_kind_the_plan_names_none_of(real, plan, question):
    assert Status.NOT_FOUND == ask(real(plan), question, DAY).status


def test_tasks_asked_for_by_their_instances_are_still_listed(real):
    answer = ask(real("nq-105-NQ-CP"), "những nhiệm vụ cụ thể nào do Bộ Y tế chủ trì", DAY)
    assert (Status.FOUND, ["III.2.4", "IV.7"]) == (answer.status, answer.task_ids)


def test_a_law_a_task_makes_with_an_agencys_part(real):
    answer = ask(real("qd-844-QD-TTg"), "luật BHYT sửa đổi có Bộ Tài chính tham gia không", DAY)
    assert (Intent.AGENCY, ["10"]) == (answer.intent, answer.task_ids)


def test_the_one_of_the_list_marked_done(real):
    *_, answer = chat(
        real("qd-844-QD-TTg"),
        "Bộ Y tế chủ trì những việc nào?",
        "còn việc đã xong rồi thì nội dung là gì?",
        today=DAY,
    )
    assert ["13"] == answer.task_ids


def test_the_funding_passage_that_names_the_sources(real):
    answer = ask(real("qd-893-QD-TTg"), "What funding sources does this scheme draw on?", DAY)
    assert "nguồn ngân sách nhà nước" in answer.text


def test_a_target_the_body_sets(real):
    question = "What target does the scheme set for training radiation workers in safety?"
    answer = ask(real("qd-893-QD-TTg"), question, DAY)
    assert (Intent.SECTION, True) == (answer.intent, "100%" in answer.text)
