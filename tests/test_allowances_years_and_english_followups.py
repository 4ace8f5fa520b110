"""Classes of questions round 81 (asked of 8d600f6) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the written forestry plan and the real plans:

- an allowance or fee asked as a sum ("phụ cấp … là bn"): no plan states one;
- a figure asked for a year the text sets none for, while it sets others' ("tới năm 2026 …
  trên 95,5%, đến năm 2030 …"): not stated;
- where and on what day, of a task due within a year: neither is stated;
- when a paper the plan plans is to be issued: the deadline of the task that plans it (its
  number still not stated);
- "kết quả là gì", "bc gì" after a task's words: what the task yields;
- "From when does the decision apply?": when it takes effect;
- in English, what an agency is "asked to do"; "that task" is the one in hand; "And the
  military command?" is that agency, named by a word of it;
- "cái nào có hạn cụ thể hay hằng năm hết" of a list in hand: each one's deadline.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question",
    ["phu cap cho nguoi lam dau moi la bn", "Cán bộ làm đầu mối được phụ cấp bao nhiêu?"],
)
def test_an_allowance_as_a_sum_is_not_in_the_plan(seed_engine, forest, question):
    for engine in (seed_engine, forest):
        assert Status.NOT_FOUND == ask(engine, question, DAY).status


def test_tasks_about_allowances_are_still_found(real):
    answer = ask(real("nq-105-NQ-CP"), "có nhiệm vụ nào về chế độ phụ cấp không", DAY)
    assert (Status.FOUND, ["IV.9"]) == (answer.status, answer.task_ids)


@pytest.mark.parametrize(
    ("question", "status"),
    [
        (
            "Đến năm 2029 tỷ lệ bao phủ bảo hiểm y tế phải đạt bao nhiêu phần trăm?",
            Status.NOT_FOUND,
        ),
        ("năm 2027 bao phủ bhyt đạt bao nhiêu %", Status.NOT_FOUND),
        ("tỷ lệ bao phủ bảo hiểm y tế năm 2026 đạt bao nhiêu phần trăm?", Status.FOUND),
    ],
)
def test_a_figure_of_a_year_the_text_sets_none_for(real, question, status):
    assert status == ask(real("qd-844-QD-TTg"), question, DAY).status


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("Diễn đàn pháp luật ASEAN diễn ra ở đâu, ngày mấy?", Status.NOT_FOUND),
        ("Diễn đàn pháp luật ASEAN tổ chức ở đâu, hạn khi nào?", Status.FOUND),
    ],
)
def test_where_and_on_what_day(real, question, status):
    answer = ask(real("nq-97-NQ-CP"), question, DAY)
    assert (status, ["29"]) == (answer.status, answer.task_ids)


def test_when_a_planned_paper_is_issued_is_its_tasks_deadline(real):
    answer = ask(
        real("nq-105-NQ-CP"), "Nghị định về vị trí việc làm viên chức khi nào ban hành?", DAY
    )
    assert (Status.FOUND, Intent.DEADLINE, ["IV.5"]) == (
        answer.status,
        answer.intent,
        answer.task_ids,
    )


@pytest.mark.parametrize(
    ("stem", "question", "task", "product"),
    [
        (
            "qd-844-QD-TTg",
            "ubnd cap tinh bo tri ngan sach ho tro muc dong thi ket qua ra sao",
            "3",
            "Nghị quyết hỗ trợ mức đóng",
        ),
        ("nq-97-NQ-CP", "nv 1 bc gi", "1", "Báo cáo hằng năm"),
    ],
)
def test_what_a_task_described_yields(real, stem, question, task, product):
    answer = ask(real(stem), question, DAY)
    assert ([task], True) == (answer.task_ids, product in answer.text)


@pytest.mark.parametrize(
    "question", ["From when does the decision apply?", "since when is this plan valid"]
)
def test_from_when_it_applies(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (Intent.META, True) == (answer.intent, "kể từ ngày ký" in answer.text)


def test_what_an_agency_is_asked_to_do_then_that_task_then_another(seed_engine):
    first, second, third = chat(
        seed_engine,
        "What is the provincial police asked to do?",
        "Who directs that task?",
        "And the military command?",
        today=DAY,
    )
    assert ["III.3"] == first.task_ids
    assert (Intent.DIRECTOR, ["III.3"]) == (second.intent, second.task_ids)
    assert ["IV.3"] == third.task_ids


def test_an_agency_named_by_a_word_of_it_in_english(seed_engine):
    assert ["IV.3"] == ask(seed_engine, "And the military command?", DAY).task_ids


def test_dated_or_all_yearly_of_the_list_in_hand(seed_engine):
    """ "… hay làm hằng năm hết": each one's deadline, "hết" (all) no word of a topic."""
    _, answer = chat(
        seed_engine,
        "Công an tỉnh và Bộ CHQS tỉnh chủ trì những việc nào",
        "cái nào có hạn cụ thể hay làm hằng năm hết vậy",
        today=DAY,
    )
    assert (Intent.DEADLINE, ["III.3", "IV.3"]) == (answer.intent, answer.task_ids)
