"""``Postings.top`` against a plain reference: every row holding a word, scored, sorted
whole, best first and ties in row order; the first ``limit`` of them."""

from __future__ import annotations

import random

import pytest

from knowledge.postings import Postings


def _reference(index: Postings, words: list[str], limit: int) -> list[int]:
    everything = index.top(words, index.count)  # (no cut: every row holding a word, sorted)
    return [row_id for row_id, *_ in everything][:limit]


@pytest.mark.parametrize("seed", range(6))
def test_the_first_rows_are_those_of_the_whole_ranking(seed):
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(12)]
    # few words, many rows: scores tie often, at the cut too
    rows = [(i, i % 7, " ".join(rng.choices(vocabulary, k=rng.randint(1, 5)))) for i in range(400)]
    index = Postings(rows)
    for _ in range(40):
        words = rng.sample(vocabulary, rng.randint(1, 3))
        limit = rng.choice([1, 3, 10, 40])
        found = [row_id for row_id, *_ in index.top(words, limit)]
        assert _reference(index, words, limit) == found
