"""The sentences of a long body passage that answer a question.

"Có bao nhiêu nhóm nghiên cứu làm chủ công nghệ hạt nhân?" is answered by one sentence of a
section two pages long: quoting the section whole buries the answer. A sentence's score is the
share of the question's word weight it holds, as :mod:`knowledge.topics` scores a passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from .normalize import fold

LONG = 700  # characters: a passage longer than this is quoted by its sentences that answer
QUOTED = 3  # sentences quoted at most
SHARE = 0.5  # a sentence answers when it holds this share of the question's word weight
# A sentence ends at a line break, or at a full stop or semicolon before a capital or a dash.
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"\n+|(?<=[.;])\s+(?=[-+•]|[A-ZĐÀ-Ỹ])")


@lru_cache(maxsize=8192)
def sentences(text: str) -> tuple[str, ...]:
    """The text's sentences, in order, without empty ones.

    >>> sentences("- Một câu. Câu hai; câu ba.\\n+ Dòng khác")
    ('- Một câu.', 'Câu hai; câu ba.', '+ Dòng khác')
    """
    return tuple(s.strip() for s in _SENTENCE_END.split(text) if s.strip())


def holds(sentence: str, words: Sequence[str], forms: Mapping[str, Iterable[str]]) -> set[str]:
    """The words (segmented, "nhom_nghien_cuu") the sentence holds as themselves or in one of
    their ``forms`` (synonyms), matched on folded text; "%" is "phần trăm".

    >>> sorted(holds("Có 04 - 05 nhóm nghiên cứu, 50%", ["nhom", "nghien_cuu", "phan_tram"], {}))
    ['nghien_cuu', 'nhom', 'phan_tram']
    """
    flat = _flat(sentence)
    return {
        w for w in words if any(f" {f.replace('_', ' ')} " in flat for f in (w, *forms.get(w, ())))
    }


@lru_cache(maxsize=65536)
def _flat(sentence: str) -> str:
    """The sentence's folded words between spaces, read once: the same passages are read
    for question after question. A count of months is in digits: "sáu tháng" is "6 thang".

    >>> _flat("Báo cáo sơ kết sáu tháng; 50%")
    ' bao cao so ket 6 thang 50 phan tram '
    """
    folded = _MONTHS.sub(lambda m: f"{_COUNT.index(m[1]) + 1} thang", fold(sentence))
    return " " + " ".join(_WORD.findall(folded.replace("%", " phan tram "))) + " "


_COUNT = "mot hai ba bon nam sau bay tam chin muoi".split()
# "sáu tháng", not "sau tháng 6" (after June) nor "một tháng" (a month, in many phrases).
_MONTHS = re.compile(r"\b(hai|ba|bon|sau|bay|tam|chin|muoi) thang\b(?! \d)")


def scored(
    pieces: Sequence[tuple[str, str, str]],
    words: Sequence[str],
    weight: Callable[[str], float],
    forms: Mapping[str, Iterable[str]],
) -> list[tuple[float, str, str]]:
    """Each sentence of ``pieces`` (a key such as a section's number, its heading and its
    text) with the share of ``words``' weight it holds, and its piece's key. A heading's
    words count for each of its sentences: under "Mục tiêu đến năm 2030", a sentence is
    about 2030.

    >>> pieces = [("a", "Đến năm 2030", "Có 5 nhóm."), ("b", "Đến năm 2035", "Có 4 nhóm.")]
    >>> scored(pieces, ["nhom", "2035"], lambda w: 1.0, {})
    [(0.5, 'a', 'Có 5 nhóm.'), (1.0, 'b', 'Có 4 nhóm.')]
    """
    # (summed in the question's order, and the held words sorted: a float sum in set order
    # varies with the hash seed, and scores are compared for equality)
    total = sum(weight(w) for w in dict.fromkeys(words))
    if not total:
        return []
    found = []
    for key, heading, text in pieces:
        # A heading with no text under it ("d) Giao các cơ sở đào tạo …") is a sentence;
        # its last line is its own, the lines above it the headings it sits under.
        said = holds(heading, words, forms)
        for sentence in sentences(text) or tuple(heading.splitlines()[-1:]):
            held = said | holds(sentence, words, forms)
            found.append((sum(weight(w) for w in sorted(held)) / total, key, sentence))
    return found
