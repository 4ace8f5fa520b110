"""Classes of questions round 82 (asked of 5e0c5e1) showed were read wrong, each tried with
sentences of its own, on the bundled plan and the real plans:

- initials with a vowel among them ("BCA", "bộ ca": Bộ Công An), read only as a whole name's;
- "nhiệm vụ <topic> do <agency> chủ trì": the agency's tasks on that topic;
- a bare "when?" after a fact of the plan (its signer): the day it was signed;
- a long task that meets the words only in the tail of its list gives way to one nearly as
  good whose subject they are, whom the work serves ("companies") aside;
- "hạn cuối cùng để …" is the deadline of that work, not the latest of all;
- "nhiệm vụ nào không thực hiện hằng năm": the others.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize("question", ["BCA chủ trì việc gì", "bo ca chu tri nhung viec nao"])
def test_initials_with_a_vowel(real, question):
    answer = ask(real("nq-97-NQ-CP"), question, DAY)
    assert (Intent.AGENCY, ["11"]) == (answer.intent, answer.task_ids)


@pytest.mark.parametrize("question", ["bao cao gi", "sao lai the", "bo cap tren"])
def test_words_are_no_vowel_initials(real, question):
    engine = real("nq-97-NQ-CP")
    assert [] == engine.matcher.find(question)


def test_the_kind_of_task_named_before_its_agency(seed_engine):
    answer = ask(seed_engine, "nhiệm vụ kiểm tra do Sở KH&CN chủ trì gồm những việc gì", DAY)
    assert ["V.1", "V.3"] == answer.task_ids


@pytest.mark.parametrize(
    ("engine", "first", "day"),
    [
        ("seed", "Ai ký quyết định này?", "28/04/2025"),
        ("nq-97-NQ-CP", "ai ky nghi quyet nay", None),
    ],
)
def test_a_bare_when_after_the_signer(seed_engine, real, engine, first, day):
    engine = seed_engine if engine == "seed" else real(engine)
    _, answer = chat(engine, first, "ngay nao?", today=DAY)
    plan = engine.kb.plans()[0]
    assert (Intent.META, True) == (
        answer.intent,
        (day or f"{plan.date:%d/%m/%Y}") in answer.text,
    )


def test_a_bare_when_after_a_task_is_still_its_deadline(seed_engine):
    _, answer = chat(seed_engine, "Ai chủ trì II.3?", "khi nào?", today=DAY)
    assert (Intent.DEADLINE, ["II.3"]) == (answer.intent, answer.task_ids)


@pytest.mark.parametrize(
    "question",
    [
        "Which office helps businesses with bar codes and tracing where goods come from?",
        "Is there an item about digital solutions and barcodes for managing quality?",
    ],
)
def test_the_task_whose_subject_the_words_are(seed_engine, question):
    assert ["II.4"] == ask(seed_engine, question, DAY).task_ids


def test_a_training_that_lists_the_words_is_still_found_for_training(seed_engine):
    answer = ask(seed_engine, "ai chủ trì việc đào tạo về mã số mã vạch cho doanh nghiệp", DAY)
    assert ["III.1"] == answer.task_ids


def test_the_final_deadline_of_a_work_is_no_extreme(real):
    question = "Hạn cuối cùng để các bộ gửi báo cáo về Bộ Tư pháp là khi nào?"
    assert Intent.DUE != ask(real("nq-97-NQ-CP"), question, DAY).intent


def test_the_latest_deadline_is_still_an_extreme(seed_engine):
    assert ["II.7"] == ask(seed_engine, "nhiệm vụ nào có hạn cuối cùng", DAY).task_ids


@pytest.mark.parametrize(
    ("question", "status", "tasks"),
    [
        ("nhóm V có việc nào không thực hiện hằng năm", Status.NOT_FOUND, []),
        (
            "nhiệm vụ nào trong nhóm II không làm hằng năm",
            Status.FOUND,
            ["II.3", "II.4", "II.5", "II.7"],
        ),
    ],
)
def test_tasks_not_done_every_year(seed_engine, question, status, tasks):
    answer = ask(seed_engine, question, DAY)
    assert (status, tasks) == (answer.status, answer.task_ids)
