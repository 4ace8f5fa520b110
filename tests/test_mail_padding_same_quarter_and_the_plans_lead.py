"""Classes of questions round 74 (asked of 066bcb5) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- "xin mail …": an e-mail address, which no plan gives;
- "ok" before a question about a task by its number is padding, not thanks;
- "cũng có hạn vào đúng quý đó": the tasks due with the one in hand;
- "the main agency in charge of carrying out this plan": the agency the body puts in charge.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize("question", ["cho em xin gmail bên sở tài chính", "mail so khcn la gi"])
def test_a_mail_address(seed_engine, question):
    assert Status.NOT_FOUND == ask(seed_engine, question, DAY).status


def test_ok_before_a_task_by_its_number(real):
    answer = ask(real("qd-893-QD-TTg"), "ok vay nv so 9 la gi", DAY)
    assert (Status.NOT_FOUND, Intent.CONTENT) == (answer.status, answer.intent)


def test_due_in_the_same_quarter_as_the_one_in_hand(seed_engine):
    *_, answer = chat(
        seed_engine,
        "Nhiệm vụ II.3 hạn khi nào?",
        "có việc nào khác cũng có hạn trong đúng quý đó không?",
        today=DAY,
    )
    assert ["II.5"] == answer.task_ids


def test_the_main_agency_carrying_out_the_plan(seed_engine):
    answer = ask(seed_engine, "Who is the lead office in charge of implementing this plan?", DAY)
    assert (Intent.SECTION, True) == (answer.intent, "Sở Khoa học và Công nghệ" in answer.text)
