"""The sample-case checks of ../shared/eval/grade.py, so the suite guards the samples itself."""

from __future__ import annotations

import re
import unicodedata


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s or "").replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def check(case: dict, ans: dict) -> list[str]:
    """Why an answer fails a case; empty if it passes."""
    why = []
    tasks = set(ans.get("tasks") or [])
    if "found" in case and bool(ans.get("found")) != case["found"]:
        why.append(f"found={ans.get('found')!r}, want {case['found']}")
    if "tasks" in case and tasks != set(case["tasks"]):
        why.append(f"tasks={sorted(tasks)}, want {sorted(case['tasks'])}")
    if "tasks_must" in case:
        must, may = set(case["tasks_must"]), set(case.get("tasks_may", []))
        if not must <= tasks:
            why.append(f"missing tasks {sorted(must - tasks)}")
        if tasks - must - may:
            why.append(f"unexpected tasks {sorted(tasks - must - may)}")
    text = fold(ans.get("text", ""))
    for s in case.get("text_has", []):
        if fold(s) not in text:
            why.append(f"text lacks {s!r}")
    for alts in case.get("text_any", []):
        if not any(fold(a) in text for a in alts):
            why.append(f"text lacks any of {alts!r}")
    return why
