"""Slips of the keyboard in the words that frame a question: "hadn khi nào" is "hạn khi
nào", "gồm nhug gì" is "gồm những gì".

A slip is mended only where it cannot be a word: the token is shaped as no Vietnamese
syllable, is not a word the plans write, an English word or an abbreviation, and one
letter added, dropped or swapped makes it a syllable questions are framed with. The
mended word keeps the token's first letter and ends as it does or with the letter swapped
to its end ("nhữgn"), as a slip of one key inside a word does.

>>> mend_slips("hadn khi nào vậy")
'hạn khi nào vậy'
>>> mend_slips("cac hinh thuc gom nhug gi"), mend_slips("nhiemm vu nao"), mend_slips("nhữgn")
('cac hinh thuc gom những gi', 'nhiệm vu nao', 'những')
>>> mend_slips("KPI, fintech va sandbox"), mend_slips("hand")
('KPI, fintech va sandbox', 'hand')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import DamerauLevenshtein

from . import wordnet
from .normalize import fold, is_syllable

# The syllables questions are framed with, as they are written; most used first, which
# decides between two that a slip is as near to.
_FRAME = (
    "nào những gì hạn khi bao nhiêu giờ thời gian nhiệm vụ việc chủ trì phối hợp chỉ đạo "
    "không chưa được phải làm của các này quý tháng năm ngày tuần sắp quá đến hết xong "
    "hoàn thành kế hoạch cơ quan sở bộ tỉnh giao thực hiện nhóm mục phần văn bản ký tên "
    "người đâu sao thế vậy mình còn thêm với trong ngoài trước sau mỗi cho hỏi biết xem "
    "liệt tất cả mấy cái thứ đang nội dung trách nhiệm báo cáo kết quả sản phẩm tiến độ"
).split()
_BY_FOLD = {fold(w): w for w in reversed(_FRAME)}  # the commoner one where two fold alike
_RANK = {fold(w): i for i, w in reversed(list(enumerate(_FRAME)))}
_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST = 4  # shorter tokens are abbreviations ("nv", "qly") more often than slips


# Pairs whose second syllable, one key off, is still a syllable ("chủ trừ", "phối hớp"):
# the first says which pair was meant. (Not "chỉ đạo": "chi đầu tư" is spending.)
_PAIRS = {fold(p.split()[0]): p for p in ("chủ trì", "phối hợp")}
_PAIR = re.compile(r"\b(" + "|".join(_PAIRS) + r") (\w{2,4})\b")


def mend_slips(text: str, keep: Callable[[str], bool] = lambda word: False) -> str:
    """The text with each slip in a frame word mended; ``keep`` tells a folded token to leave
    as typed (a word the plans write, a name the knowledge base holds, a word of an English
    question), asked only of a token that may be a slip: most questions hold none.

    >>> mend_slips("nv khen thuong ai chu tru"), mend_slips("ai phoi hpo")
    ('nv khen thuong ai chủ trì', 'ai phối hợp')
    """
    text = _pairs_mended(text, keep)
    tokens = [m for m in _WORD.finditer(text) if _may_slip(m[0])]
    out, done = [], 0
    for m in tokens:
        folded = fold(m[0])
        near = [
            w
            for w in _BY_FOLD
            if w[0] == folded[0]
            and w[-1] in folded[-2:]
            and DamerauLevenshtein.distance(w, folded, score_cutoff=1) <= 1
        ]
        if near and not keep(folded):
            out += [text[done : m.start()], _BY_FOLD[min(near, key=_RANK.__getitem__)]]
            done = m.end()
    return "".join([*out, text[done:]])


def _may_slip(token: str) -> bool:
    """Whether a token is shaped as no syllable, an abbreviation or an English word."""
    folded = fold(token)
    return not (
        len(folded) < _SHORTEST or token.isupper() or is_syllable(folded) or wordnet.kinds(folded)
    )


def _pairs_mended(text: str, keep: Callable[[str], bool]) -> str:
    """ "chu tru", "phoi hpo": a role's two syllables, the second one key off and together
    no word of the plans."""
    folded = fold(text)
    if len(folded) != len(text):
        return text  # (positions of the folded text are not the text's: left as it is)
    out, done = [], 0
    for m in _PAIR.finditer(folded):
        meant = _PAIRS[m[1]]
        second = fold(meant.split()[1])
        if m[2] == second or keep(f"{m[1]}_{m[2]}"):
            continue
        if DamerauLevenshtein.distance(m[2], second, score_cutoff=1) <= 1:
            out += [text[done : m.start()], meant]
            done = m.end()
    return "".join([*out, text[done:]])
