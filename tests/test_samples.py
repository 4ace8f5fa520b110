"""Every sample question of ../shared/eval (copied into tests/eval) keeps passing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from knowledge.answer import Context

from .conftest import TAY_AN, TODAY
from .grading import check

EVAL = Path(__file__).parent / "eval"


def _cases(name: str) -> list[dict]:
    return [json.loads(line) for line in (EVAL / name).read_text().splitlines() if line.strip()]


def _ask(engine, cases: list[dict], case: dict) -> dict:
    """Answer a case, after the earlier questions of its chat (follow-ups need them)."""
    earlier = [
        c for c in cases[: cases.index(case)] if "chat" in case and c.get("chat") == case["chat"]
    ]
    context = Context()
    for turn in [*earlier, case]:
        today = date.fromisoformat(turn["today"]) if "today" in turn else TODAY
        answer = engine.answer(turn["q"], context, today)
        context = answer.context
    return answer.to_json()


SEED_CASES = _cases("dev.jsonl")
TAY_AN_CASES = _cases("dev-tay-an.jsonl")


@pytest.mark.parametrize("case", SEED_CASES, ids=lambda c: c["id"])
def test_seed_samples(seed_engine, case):
    answer = _ask(seed_engine, SEED_CASES, case)
    assert [] == check(case, answer), answer["text"]


@pytest.mark.parametrize("case", TAY_AN_CASES, ids=lambda c: c["id"])
def test_tay_an_samples(tay_an_engine, case):
    answer = _ask(tay_an_engine, TAY_AN_CASES, case)
    assert [] == check(case, answer), answer["text"]


def test_jsonl_contract_through_the_cli(tmp_path):
    """`planbot index` then `planbot ask --jsonl`: one JSON answer a line, in order."""
    db = tmp_path / "kb.db"
    planbot = [sys.executable, "-m", "bot"]
    subprocess.run(
        [*planbot, "index", str(TAY_AN), "--db", str(db)], check=True, capture_output=True
    )
    cases = TAY_AN_CASES
    lines = "\n".join(
        json.dumps({k: c[k] for k in ("q", "chat", "today") if k in c}, ensure_ascii=False)
        for c in cases
    )
    result = subprocess.run(
        [*planbot, "ask", "--jsonl", "--db", str(db)],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(cases) == len(answers)
    assert [] == [
        (c["id"], why) for c, a in zip(cases, answers, strict=True) if (why := check(c, a))
    ]
