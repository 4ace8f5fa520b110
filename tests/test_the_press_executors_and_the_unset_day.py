"""Classes of questions round 78 (asked of 618dafd) showed were read wrong, each tried with
sentences of its own, on the bundled plan and a real gazette plan:

- "báo chí", "các cơ quan báo chí": every newspaper and broadcaster the plan names;
- the day of the next session with businesses, which no session added yet gives;
- who must carry out the decision: the article that says who puts it into force;
- whether a body received the decision: its recipients;
- "kế hoạch này triển khai tới năm nào": the year its title looks to;

and of round 79: when a described task is due, asked by its unit ("which month", "quý
mấy"); a newspaper asked for by what it helps with.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question", ["các cơ quan báo chí có việc gì trong kế hoạch", "bao chi phoi hop nv nao"]
)
def test_the_press_is_every_newspaper_and_broadcaster(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (Intent.AGENCY, ["I.2"]) == (answer.intent, answer.task_ids)


def test_the_press_of_a_real_plan(real):
    answer = ask(real("nq-97-NQ-CP"), "báo chí phối hợp những nhiệm vụ nào?", DAY)
    assert ["23"] == answer.task_ids


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("When exactly, on which date, is the next business dialogue held?", Status.NOT_FOUND),
        ("đối thoại với doanh nghiệp năm nay ngày mấy", Status.NOT_FOUND),
        ("khi nào có buổi đối thoại doanh nghiệp", Status.FOUND),
    ],
)
def test_the_day_of_the_next_session(seed_engine, question, status):
    answer = ask(seed_engine, question, DAY)
    assert (Intent.SCHEDULE, status) == (answer.intent, answer.status)


@pytest.mark.parametrize(
    "question", ["Who has to execute this decision?", "ai thi hành qđ này vậy"]
)
def test_who_puts_the_decision_into_force(seed_engine, question):
    assert "Chánh Văn phòng" in ask(seed_engine, question, DAY).text


def test_a_recipient_of_the_decision(seed_engine):
    answer = ask(seed_engine, "Did the statistics office receive the decision?", DAY)
    assert (Intent.META, True) == (answer.intent, "Cục Thống kê tỉnh" in answer.text)


def test_the_year_the_plan_runs_to(seed_engine):
    answer = ask(seed_engine, "kế hoạch này triển khai tới năm nào", DAY)
    assert (Intent.META, True) == (answer.intent, "2030" in answer.text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which month is the traceability work due?", ["II.4"]),
        ("quý mấy đến hạn việc duy trì chuẩn đo lường chính", ["II.7"]),
    ],
)
def test_when_a_described_task_is_due_asked_by_its_unit(seed_engine, question, expected):
    answer = ask(seed_engine, question, DAY)
    assert (Intent.DEADLINE, expected) == (answer.intent, answer.task_ids)


def test_which_tasks_are_due_this_quarter_is_still_a_filter(seed_engine):
    assert Intent.DUE == ask(seed_engine, "Which tasks are due this quarter?", DAY).intent


def test_a_newspaper_asked_for_by_what_it_helps_with(seed_engine):
    answer = ask(seed_engine, "Which newspaper is helping with the awareness plan?", DAY)
    assert (["I.2"], True) == (answer.task_ids, "Báo Bình Dương" in answer.text)
