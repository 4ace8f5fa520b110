"""Full-text search over a knowledge base: word weights and the tasks and sections that hold
the words, best first.

:class:`TextSearch` is a part of :class:`knowledge.store.KnowledgeBase`, kept apart because it
is the one place that reads the search words (ranked in memory by :mod:`knowledge.postings`)
and the vocabulary the indexer writes beside them.

>>> from indexer.build import build
>>> from knowledge.store import KnowledgeBase
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
>>> _ = build(["knowledge/plans/1169-QD-UBND.txt"], path)
>>> kb = KnowledgeBase(path)
>>> kb.known("truy_xuat"), kb.idf("truy_xuat") > kb.idf("nhiem_vu")
(True, True)
>>> [(hit.kind, hit.plan_id) for hit in kb.search(["truy_xuat"], kinds=("task",))][:1]
[('task', 1)]
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cached_property

from .postings import Postings
from .records import Hit

SCAN_PLANS = 5  # up to this many plans in scope, search reads their rows, no postings
# What a search reads: the appendix's tasks and the body's sections.
_TABLES = (("task", "tasks"), ("section", "sections"))
KINDS = tuple(kind for kind, _ in _TABLES)


def in_clause(column: str, values: Sequence | None) -> str:
    """An "and column in (?, …)" clause, or nothing when ``values`` is None (no filter)."""
    return "" if values is None else f" and {column} in ({','.join('?' * len(values))})"


class TextSearch:
    """The search half of a knowledge base; it reads through the base's ``_rows``."""

    _rows: Callable[..., list[tuple]]  # the knowledge base's reader

    @cached_property
    def vocabulary(self) -> dict[str, int]:
        """Document frequency of every indexed word ("truy_xuat")."""
        return dict(self._rows("select word, df from vocab"))

    @cached_property
    def document_count(self) -> int:
        return self._rows("select (select count(*) from tasks) + (select count(*) from sections)")[
            0
        ][0]

    def known(self, word: str) -> bool:
        return word in self.vocabulary

    def idf(self, word: str) -> float:
        """Inverse document frequency; an unknown word weighs the most."""
        n = self.document_count
        return math.log((n + 1) / (self.vocabulary.get(word, 0) + 0.5))

    def search(
        self,
        words: Sequence[str],
        *,
        plan_ids: Sequence[int] | None = None,
        limit: int = 40,
        kinds: Sequence[str] = KINDS,
    ) -> list[Hit]:
        """Tasks and sections (or the ``kinds`` of them asked) holding any of the words, best
        BM25 first. The words are looked up, never parsed: user text is no query syntax."""
        if not words:
            return []
        tables = [(kind, table) for kind, table in _TABLES if kind in kinds]
        if plan_ids is not None and len(plan_ids) <= SCAN_PLANS:
            return self._scan(words, plan_ids, tables)
        return [
            Hit(kind, row_id, plan_id, rank, text)
            for kind, table in tables
            for row_id, plan_id, rank, text in self._postings(table).top(
                words, limit, plan_ids=plan_ids
            )
        ]

    def _postings(self, table: str) -> Postings:
        """A table's search words in memory, read at its first search over many plans."""
        if table not in self._kept_postings:
            rows = self._rows(f"select id, plan_id, search from {table}")
            self._kept_postings[table] = Postings(rows)
        return self._kept_postings[table]

    @cached_property
    def _kept_postings(self) -> dict[str, Postings]:
        return {}

    def _scan(
        self, words: Sequence[str], plan_ids: Sequence[int], tables: Sequence[tuple[str, str]]
    ) -> list[Hit]:
        """Search a few plans by reading their rows: cheaper than scoring every plan's rows
        that share a common word."""
        wanted = set(words)
        hits = []
        for kind, table in tables:
            for row_id, plan_id, text in self._rows(
                f"select id, plan_id, search from {table} where 1" + in_clause("plan_id", plan_ids),
                plan_ids,
            ):
                if wanted & set(text.split()):
                    hits.append(Hit(kind, row_id, plan_id, 0.0, text))
        return hits
