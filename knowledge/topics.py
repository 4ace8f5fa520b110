"""Which tasks or body sections a question's words are about.

A hit's score is the share of the question's word weight (IDF) it covers; a synonym counts
for less than the word itself, and a word the plans never use still weighs, so a question
about something else ("thời tiết hôm nay") covers little of any passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from .store import Hit, KnowledgeBase
from .words import SYNONYMS

MIN_COVERAGE = 0.55  # below this share of the question's words, nothing is about it
SYNONYM_CREDIT = 0.6  # a synonym is evidence, but less than the word itself
DATE_BONUS = 0.1
TIE = 0.05  # hits this close to the best answer it about as well
_STATES_DATE = re.compile(r"\bngay \d{1,2} (?:thang )?\d{1,2}\b")


def rank(
    kb: KnowledgeBase,
    words: Sequence[str],
    *,
    scope: Sequence[int] | None,
    phrase: str,
    asks_when: bool,
    unknown_share: Callable[[str], float] = lambda word: 0.5,
) -> list[tuple[float, Hit]]:
    """Tasks and sections holding the words, best first, with their coverage.

    ``phrase`` is the question's text: among hits of equal coverage, the one whose text opens
    with it wins ("Kinh phí thực hiện Kế hoạch ..." for "kinh phí thực hiện kế hoạch lấy từ
    đâu"). ``asks_when``: a "khi nào / hạn" question about the body is answered by the
    passage that states a date. ``unknown_share`` is what a single word the plans never use
    weighs, as a share of the rarest word's weight: in English, where the words left
    untranslated are mostly the asker's own ("actually", "packaged"), less for all but names
    of things ("cryptocurrency", which no plan here is about).
    """
    # A word the plans never use counts, but less than a rare word they do use: real
    # questions carry words of their own ("lấy", "hôm nay").
    unknown = kb.idf("") / 2
    # A compound is Vietnamese (the glossary's or a synonym's); a lone unknown word in an
    # English question is mostly the asker's own ("manufacturer", "actually").
    weights = {
        w: kb.idf(w) if kb.known(w) else unknown if "_" in w else kb.idf("") * unknown_share(w)
        for w in words
    }
    # A word the plans use is matched as itself; one they never use, by its synonyms, and
    # then it weighs what they weigh ("giải thưởng" is the plans' rarer "khen thưởng").
    forms = {w: {w} if kb.known(w) else {w, *SYNONYMS.get(w, ())} for w in words}
    for w in words:
        known = [kb.idf(s) for s in forms[w] if s != w and kb.known(s)]
        if known:
            weights[w] = max(known)
    total = sum(weights.values())
    searched = sorted({f for fs in forms.values() for f in fs if kb.known(f)})
    scored: list[tuple[float, Hit]] = []
    for hit in kb.search(searched, plan_ids=scope):
        flat = f" {hit.text.replace('_', ' ')} "
        matched = sum(
            weights[w] * (1.0 if w in hit.words else SYNONYM_CREDIT)
            for w in set(words)
            if w in hit.words or any(f" {s.replace('_', ' ')} " in flat for s in forms[w])
        )
        score = matched / total
        if asks_when and hit.kind == "section":
            score = score + DATE_BONUS if _STATES_DATE.search(hit.text) else score * 0.7
        scored.append((score, hit))
    scored.sort(
        key=lambda sh: (
            -round(sh[0], 2),
            -fuzz.partial_ratio(phrase, sh[1].text[:120].replace("_", " ")) // 10,
            sh[1].kind != "task",
            sh[1].rank,
        )
    )
    return scored


def closest(scored: list[tuple[float, Hit]], phrase: str) -> list[tuple[float, Hit]]:
    """Of hits that cover the question's words about as well, those whose opening words
    read most like it: "xây dựng Nghị định tăng mức đóng" is the task that opens so, not one
    that holds the same words scattered in a long text."""
    likeness = [fuzz.partial_ratio(phrase, h.text[:120].replace("_", " ")) for _, h in scored]
    best = max(likeness, default=0)
    return [sh for sh, like in zip(scored, likeness, strict=True) if like >= best - _LIKENESS]


_LIKENESS = 10  # points of fuzz.partial_ratio within which two openings read alike
