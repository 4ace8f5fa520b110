"""Cell accuracy on the real gazette plans: what the indexer reads, against a truth written
from the source documents (tests/truth/<stem>.json).

A truth file lists every task and every item under a task (``parent`` names its task) with
its id, lead, coordinators, deadline, the table's other columns by header, the first ~60
characters of its content and, where a row spanning the table follows it, its ``note``. A
task in two stages (two results, two deadlines in one row) has each column's distinct values
joined with "; ".

Cells are compared after :func:`norm`: NFC, whitespace collapsed, "," and ";" read as a
space (a list of agencies is the same list whatever separates it, and a cell of several
paragraphs may come joined with either), and punctuation at the ends dropped. The content
counts as right when the indexed content starts with the truth's first characters.

>>> norm(" Bộ Tư pháp;  Bộ Tài chính. "), norm("Bộ Tư pháp,\\nBộ Tài chính")
('Bộ Tư pháp Bộ Tài chính', 'Bộ Tư pháp Bộ Tài chính')
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from indexer.build import build
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real-plans"
TRUTH = Path(__file__).resolve().parent / "truth"
STEMS = sorted(p.stem for p in TRUTH.glob("*.json"))
FORMATS = ("txt", "docx", "pdf", "raw")
FIELDS = ("lead", "coord", "deadline")
CONTENT_CHARS = 40  # of the truth's first characters, compared as a prefix


def real_engine(tmp_path_factory, stem: str) -> Engine:
    """An engine over one shared real plan's clean text, indexed alone; the test is skipped
    where the shared plans are not."""
    plan = REAL / f"{stem}.txt"
    if not plan.is_file():
        pytest.skip(f"the shared real plans are not at {REAL}")
    path = tmp_path_factory.mktemp(stem) / "kb.db"
    build([plan], path)
    return Engine(KnowledgeBase(path))


def norm(text: str) -> str:
    """A cell's text as compared: see the module's docstring."""
    text = unicodedata.normalize("NFC", text or "")
    text = re.sub(r"[\s,;]+", " ", text)
    return text.strip(" .:;,-")


def source(stem: str, fmt: str) -> Path:
    return REAL / (f"{stem}-raw.txt" if fmt == "raw" else f"{stem}.{fmt}")


@dataclass
class Score:
    """How many cells of one plan in one format were read right, and which were not."""

    stem: str
    fmt: str
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def check(self, where: str, expected: str, actual: str | None, *, prefix: bool = False):
        self.total += 1
        got = norm(actual or "")
        want = norm(expected)
        ok = got.startswith(want[:CONTENT_CHARS]) if prefix else got == want
        if ok and actual is not None:
            self.right += 1
        else:
            self.wrong.append(f"{where}: expected {expected!r}, got {actual!r}")


def indexed(path: Path) -> dict[str, dict]:
    """Every task and item of a plan file as the knowledge base holds it, by id."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        build([path], db)
        conn = sqlite3.connect(db)
        conn.row_factory = sqlite3.Row
        tasks = {
            r["ref"]: {**dict(r), "other": {}}
            for r in conn.execute(
                "select id, ref, content, lead, coord, deadline, note from tasks order by position"
            )
        }
        by_id = {t["id"]: t for t in tasks.values()}
        for r in conn.execute("select task_id, name, value from task_attrs"):
            by_id[r["task_id"]]["other"][r["name"]] = r["value"]
        conn.close()
    return tasks


def score(stem: str, fmt: str) -> Score:
    """Index one plan in one format and compare it with its truth, cell by cell. A task the
    indexer made up counts as wrong in every cell it has."""
    truth = json.loads((TRUTH / f"{stem}.json").read_text())
    got = indexed(source(stem, fmt))
    result = Score(stem, fmt)
    headers = {norm(h): h for h in truth["header"]}
    for task in truth["tasks"]:
        row = got.get(task["id"])
        tid = task["id"]
        other = {norm(k): v for k, v in (row or {}).get("other", {}).items()}
        result.check(f"{tid} content", task["content"], row and row["content"], prefix=True)
        for name in FIELDS:
            result.check(f"{tid} {name}", task[name], row and row[name])
        for header, value in task["other"].items():
            result.check(f"{tid} {header}", value, other.get(norm(header), "") if row else None)
        if "note" in task:
            result.check(f"{tid} note", task["note"], row and row["note"])
    known = {t["id"] for t in truth["tasks"]}
    for ref in got:
        if ref not in known:
            cells = 1 + len(FIELDS) + len(headers) - 2  # content, the fields, other columns
            result.total += cells
            result.wrong.append(f"{ref}: not in the plan ({cells} cells)")
    return result
