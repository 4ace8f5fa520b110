"""The search words of every task or section of a base, in memory, ranked by BM25.

Over a thousand plans a common word ("doanh_nghiep") is in ten thousand rows. SQLite's FTS5
scores each of them by calling ``bm25()`` once a row, 10–26 ms a word on our machines; here
a word's rows are two arrays, and every row holding any asked word is scored at once.

The score is FTS5's ``bm25()`` (k1 = 1.2, b = 0.75, an idf floored just above 0), with a row's
length counted in the tokens FTS5's ``unicode61 tokenchars '_'`` reads: runs of letters,
digits and "_". A tie keeps the rows' order.

>>> rows = [(1, 1, "kinh_te so"), (2, 1, "so hoa doanh_nghiep"), (3, 2, "du_lich")]
>>> index = Postings(rows)
>>> [(row_id, plan_id) for row_id, plan_id, _, _ in index.top(["so", "doanh_nghiep"], 5)]
[(2, 1), (1, 1)]
>>> [row_id for row_id, *_ in index.top(["so"], 5, plan_ids=[2])]
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

K1, B = 1.2, 0.75  # FTS5's bm25() constants
_IDF_FLOOR = 1e-6  # FTS5's, for a word in more than half the rows
_TOKEN = re.compile(r"\w+")  # unicode61 with "_" a token character: the same runs


class Postings:
    """Rows as (id, plan id, search text); see the module's docstring."""

    def __init__(self, rows: Sequence[tuple[int, int, str]]) -> None:
        self.ids = np.array([r[0] for r in rows], dtype=np.int64)
        self.plan_ids = np.array([r[1] for r in rows], dtype=np.int64)
        self.texts = [r[2] for r in rows]
        tokens = [_TOKEN.findall(text) for text in self.texts]
        lengths = np.array([len(t) for t in tokens], dtype=np.float64)
        self.count = len(rows)
        average = lengths.mean() if self.count and lengths.sum() else 1.0
        # The part of the denominator a row's length sets, worked out once for all rows.
        self._norm = K1 * (1 - B + B * lengths / average)
        self._vocabulary: dict[str, int] = {}
        flat = [self._vocabulary.setdefault(w, len(self._vocabulary)) for t in tokens for w in t]
        words = np.array(flat, dtype=np.int64)
        rows_of = np.repeat(np.arange(self.count, dtype=np.int64), lengths.astype(np.int64))
        # One entry per (word, row), in word then row order, with the times the row holds it.
        span = max(self.count, 1)
        pairs, times = np.unique(words * span + rows_of, return_counts=True)
        self._rows = pairs % span
        self._times = times.astype(np.float64)
        self._starts = np.searchsorted(pairs // span, np.arange(len(self._vocabulary) + 1))

    def top(
        self, words: Sequence[str], limit: int, *, plan_ids: Sequence[int] | None = None
    ) -> list[tuple[int, int, float, str]]:
        """The ``limit`` best rows holding any of the words, as (id, plan id, rank, text);
        the rank is FTS5's, lower is better."""
        scores = np.zeros(self.count)
        held = np.zeros(self.count, dtype=bool)
        for word in dict.fromkeys(words):
            at = self._vocabulary.get(word)
            if at is None:
                continue
            rows = self._rows[self._starts[at] : self._starts[at + 1]]
            times = self._times[self._starts[at] : self._starts[at + 1]]
            idf = max(np.log((self.count - len(rows) + 0.5) / (len(rows) + 0.5)), _IDF_FLOOR)
            scores[rows] += idf * times * (K1 + 1) / (times + self._norm[rows])
            held[rows] = True
        found = np.flatnonzero(held)
        if plan_ids is not None:
            found = found[np.isin(self.plan_ids[found], np.array(list(plan_ids), dtype=np.int64))]
        if len(found) > limit:
            # Those that can be among the first ``limit``, ties at the last place included:
            # over a thousand plans a common word holds a hundred thousand rows, too many to
            # sort whole.
            negated = -scores[found]
            found = found[negated <= np.partition(negated, limit - 1)[limit - 1]]
        # Best first, ties in row order (lexsort keys: the last is the first sorted on).
        best = found[np.lexsort((found, -scores[found]))][:limit]
        return [
            (int(self.ids[i]), int(self.plan_ids[i]), -float(scores[i]), self.texts[i])
            for i in best
        ]
