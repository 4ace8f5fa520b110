"""User text reaches SQLite only as bound parameters, and the search only as words.

Every statement the knowledge base runs is recorded while hostile questions go through the
engine and hostile words through :meth:`KnowledgeBase.search`: the SQL text never holds
the user's text, no statement is a full-text MATCH, and the base is unchanged.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3

import pytest

from indexer.build import build
from knowledge.answer import Status
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase

from .conftest import SEED, TAY_AN, TODAY

HOSTILE = [
    '"',
    '""',
    "*",
    "truy*",
    "NEAR(",
    "NEAR(truy xuat, 2)",
    "'; DROP TABLE tasks; --",
    '"; DROP TABLE tasks; --',
    ")",
    "(",
    "OR",
    "AND",
    "NOT",
    "^",
    ":",
    "search:truy",
    "{search}: truy",
    "-",
    "+",
    "\\",
    "%",
    "_",
    "' OR '1'='1",
    "\x00",
    "tasks_fts",
]


class Recorder:
    """A sqlite3 connection that notes each statement and its parameters, then runs it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.statements: list[tuple[str, tuple]] = []

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        self.statements.append((sql, tuple(params)))
        return self.conn.execute(sql, params)

    def __getattr__(self, name: str):
        return getattr(self.conn, name)


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("injection") / "kb.db"
    build([SEED, TAY_AN], path)
    return path


@pytest.fixture
def recorded(kb_path):
    kb = KnowledgeBase(kb_path)
    recorder = Recorder(kb.conn)
    kb.conn = recorder
    yield kb, recorder
    recorder.conn.close()


def _fingerprint(path) -> tuple[str, str, dict[str, int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (status,) = conn.execute("PRAGMA integrity_check").fetchone()
        counts = {
            table: conn.execute(f"select count(*) from [{table}]").fetchone()[0]
            for table in ("plans", "tasks", "sections", "agencies", "aliases")
        }
    finally:
        conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), status, counts


def _check_statements(recorder: Recorder, text: str) -> None:
    """The user's text is in no statement, and no statement is a full-text query: the
    search reads words from memory (:mod:`knowledge.postings`), so none is FTS5 syntax."""
    for sql, _params in recorder.statements:
        # Single characters ("*", ":") and words ("OR", "tasks_fts") are SQL's own as well.
        if len(text) > 1 and not re.fullmatch(r"\w+", text):
            assert text not in sql, sql
        assert " match " not in sql.lower(), sql


@pytest.mark.parametrize("word", HOSTILE)
def test_hostile_words_through_search(kb_path, recorded, word):
    kb, recorder = recorded
    before = _fingerprint(kb_path)
    for words, plan_ids in [([word], None), ([word, "truy_xuat"], None), ([word], [1])]:
        assert isinstance(kb.search(words, plan_ids=plan_ids), list)
    _check_statements(recorder, word)
    assert before == _fingerprint(kb_path)


def test_fts_syntax_is_read_as_words(recorded):
    """As FTS5 syntax, "truy*" would be a prefix query matching truy_xuat, and "OR" an
    operator; here each is a word no plan writes."""
    kb, _ = recorded
    assert kb.search(["truy"]) == kb.search(["truy*"])
    assert [] == kb.search(["OR"]) == kb.search(["NEAR("])
    assert kb.search(["truy_xuat"])  # a plain word still finds its tasks


@pytest.mark.parametrize("word", HOSTILE)
def test_hostile_questions_through_the_engine(kb_path, recorded, word):
    kb, recorder = recorded
    engine = Engine(kb)
    before = _fingerprint(kb_path)
    for question in [word, f"truy xuất {word} nguồn gốc", f"Sở KH&CN {word} chủ trì"]:
        engine.answer(question, today=TODAY)
    answer = engine.answer(f"Ai chủ trì {word} nhiệm vụ II.3 của 1169/QĐ-UBND?", today=TODAY)
    assert (Status.FOUND, ["II.3"]) == (answer.status, answer.task_ids)
    _check_statements(recorder, word)
    assert before == _fingerprint(kb_path)
