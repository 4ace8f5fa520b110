"""Grade a QA round's questions with the rules of ``../shared/eval/grade.py``.

A case without "plan" is asked of the bundled plan; one with "plan" (a file stem of
``../shared/real-plans/``) of that plan indexed alone, from .txt, .docx or .pdf. Prints the score
by tag and by plan, then every failure; ``--out`` writes the failures as JSON lines.

    python qa/grade_rounds.py qa/rounds/r73-bundled.jsonl
    python qa/grade_rounds.py qa/rounds/r73-real.jsonl --format pdf --cmd ".venv/bin/planbot"
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from grade import check  # noqa: E402  (the shared grader's own rules, not a copy)

TODAY = "2026-12-07"  # the day the rounds from 71 on were written for


def ask(cmd: list[str], cases: list[dict], db: str | None) -> list[dict]:
    """The bot's answers to ``cases``, in order, as one ``planbot ask --jsonl`` run."""
    lines = []
    for case in cases:
        request = {"q": case["q"], "today": case.get("today", TODAY)}
        if "chat" in case:
            request["chat"] = case["chat"]
        lines.append(json.dumps(request, ensure_ascii=False))
    args = [*cmd, "ask", "--jsonl", *(["--db", db] if db else [])]
    run = subprocess.run(args, input="\n".join(lines) + "\n", capture_output=True, text=True)
    answers = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    missing = {"found": False, "tasks": [], "text": "(no answer)"}
    return answers + [missing] * (len(cases) - len(answers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--cmd", default=".venv/bin/planbot")
    parser.add_argument("--format", default="docx", choices=["txt", "docx", "pdf"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    cases = [json.loads(line) for line in args.cases.read_text("utf-8").splitlines() if line]
    by_plan: dict[str, list[dict]] = defaultdict(list)
    for case in cases:
        by_plan[case.get("plan", "")].append(case)
    cmd = shlex.split(args.cmd)
    failures, tags, plans = [], defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory() as tmp:
        for plan, plan_cases in by_plan.items():
            db = None
            if plan:
                db = str(Path(tmp) / f"{plan}.db")
                source = SHARED / "real-plans" / f"{plan}.{args.format}"
                subprocess.run([*cmd, "index", str(source), "--db", db], capture_output=True)
            for case, answer in zip(plan_cases, ask(cmd, plan_cases, db), strict=True):
                why = check(case, answer)
                for counts in (tags[case.get("tag", "?")], plans[plan or "bundled"]):
                    counts[0] += not why
                    counts[1] += 1
                if why:
                    failures.append({**case, "why": why, "got": answer.get("text", "")[:600]})
    right = len(cases) - len(failures)
    print(f"score: {right}/{len(cases)} = {100 * right / len(cases):.1f}%")
    for name, counts in [*sorted(tags.items()), *sorted(plans.items())]:
        print(f"  {name}: {counts[0]}/{counts[1]}")
    for failure in failures:
        print(f"FAIL {failure['id']} [{failure.get('tag')}] {failure['q']!r}: {failure['why']}")
    if args.out:
        args.out.write_text(
            "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures), "utf-8"
        )


if __name__ == "__main__":
    main()
