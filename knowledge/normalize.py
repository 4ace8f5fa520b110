"""The one normaliser: Unicode clean-up, accent folding, tokens and Roman numerals.

Everything that compares Vietnamese text goes through :func:`fold`; everything that is
shown to a person keeps the original text after :func:`clean`.

>>> fold("Sở Khoa học và Công nghệ")
'so khoa hoc va cong nghe'
>>> fold("ĐỐI THOẠI")
'doi thoai'
>>> roman_to_int("Ill")
3
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

# Invisible characters survive NFC and break matching, so they are dropped: zero-width
# spaces and joiners, direction marks, embeddings and isolates, invisible operators, emoji
# variation selectors and tags, and lone surrogates (no UTF-8 can carry them).
_INVISIBLE = [
    *map(ord, "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\ufeff"),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2070),
    *range(0xFE00, 0xFE10),
    *range(0xD800, 0xE000),
    *range(0xE0000, 0xE0080),
]
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# The combining marks of the Basic Multilingual Plane, dropped after NFD; a text with
# characters beyond it is also tested character by character.
_COMBINING = [i for i in range(0x10000) if unicodedata.combining(chr(i))]
_BEYOND_BMP = "\uffff"


def _class(points: Collection[int]) -> re.Pattern[str]:
    """One regular expression for a set of characters: its C scan drops them at a tenth of
    the cost of ``str.translate`` with a table, most of the time folding took."""
    return re.compile("[" + "".join(re.escape(chr(i)) for i in sorted(points)) + "]+")


# (a class with characters beyond the BMP makes the scan twenty times slower: those, the
# tags, are dropped apart, from the rare text that has any)
_INVISIBLE_CHARS = _class([i for i in _INVISIBLE if i < 0x10000])
_INVISIBLE_BEYOND = dict.fromkeys(i for i in _INVISIBLE if i >= 0x10000)
_COMBINING_CHARS = _class(_COMBINING)


def clean(text: str) -> str:
    """NFC, no invisible marks, single spaces, stripped: the form that is stored and shown.

    >>> clean("  Quy\u0301 II/2026\u200b ")
    'Quý II/2026'
    """
    text = _INVISIBLE_CHARS.sub("", unicodedata.normalize("NFC", text))
    if text and max(text) > _BEYOND_BMP:
        text = text.translate(_INVISIBLE_BEYOND)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower case, no diacritics (đ→d), punctuation kept: the form that is matched.

    >>> fold("Hằng năm")
    'hang nam'
    """
    return _unmarked(unicodedata.normalize("NFD", clean(text)))


def _unmarked(text: str) -> str:
    """An NFD text lower-cased, without its combining marks, đ as d."""
    text = _COMBINING_CHARS.sub("", text)
    # (đ/Đ are letters of their own in Unicode, not d plus a mark: NFD leaves them alone)
    text = text.replace("đ", "d").replace("Đ", "d").replace("ð", "d")
    if text and max(text) > _BEYOND_BMP:
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def number_key(number: str) -> str:
    """The form a document number is compared in: folded, no spaces, no leading zeros.

    >>> number_key("1169/QĐ-UBND"), number_key("05 - KH/TU")
    ('1169/qd-ubnd', '5-kh/tu')
    """
    key = re.sub(r"\s+", "", fold(number))
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", key)


def fold_in_place(text: str) -> str:
    """Like :func:`fold`, but one character out for each character of the NFC text (no
    space collapsing), so spans found in it index that text. Vietnamese letters lowercase
    to one character each; a few others do not ("İ"), so a caller that maps spans back to
    the original text checks the lengths first.

    >>> fold_in_place("Quý  II")
    'quy  ii'
    """
    return _unmarked(unicodedata.normalize("NFD", unicodedata.normalize("NFC", text)))


def has_diacritics(text: str) -> bool:
    """True if the text carries Vietnamese marks (so it is not typed without accents)."""
    return fold(text) != clean(text).lower()


_ROMAN = {"I": 1, "V": 5, "X": 10}
_ROMAN_RE = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")


def roman_to_int(token: str) -> int | None:
    """The value of a Roman numeral, forgiving OCR's "l" and "1" for "I"; None if it is not one.

    >>> roman_to_int("IV."), roman_to_int("ii"), roman_to_int("Ill"), roman_to_int("1")
    (4, 2, 3, None)
    """
    token = token.strip().rstrip(".").strip()
    if not token or not any(c in "IVXivx" for c in token):
        return None
    token = token.upper().replace("L", "I").replace("1", "I")
    if not _ROMAN_RE.match(token):
        return None
    total = 0
    for char, nxt in zip(token, token[1:] + " ", strict=True):
        value = _ROMAN[char]
        total += -value if nxt != " " and _ROMAN[nxt] > value else value
    return total or None


def int_to_roman(number: int) -> str:
    """The Roman numeral for a small positive number.

    >>> int_to_roman(4)
    'IV'
    """
    out = []
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out.append(numeral)
            number -= value
    return "".join(out)


# A folded Vietnamese syllable: an onset, then a rhyme that either ends in a vowel or closes
# on one of the eight final consonants. English words rarely fit ("index", "main", "way").
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_OPEN_RHYME = r"(?:oai|oay|oeo|uay|uoi|uya|uyu|ieu|yeu|uou|ai|ao|au|ay|eo|eu|ia|iu|oi|ua|ui|uu)"
_CLOSED_RHYME = r"(?:uye|ie|ye|uo|ua|oa|oe|ue|uy|a|e|i|o|u|y)(?:ch|nh|ng|c|m|n|p|t)?"
_SYLLABLE = re.compile(rf"{_ONSET}(?:{_OPEN_RHYME}|{_CLOSED_RHYME})")


def is_syllable(word: str) -> bool:
    """Whether a folded word could be a Vietnamese syllable (or compound of syllables
    joined by "_").

    >>> [is_syllable(w) for w in ("nghiep", "doanh_nghiep", "quy", "index", "main", "way")]
    [True, True, True, False, False, False]
    """
    return all(_SYLLABLE.fullmatch(s) for s in word.split("_"))


# The marks of the five tones besides the level one: a syllable carries at most one.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD_RUN = re.compile(r"[^\W\d_]{5,}")


def toned_apart(text: str, known: Collection[str] = frozenset()) -> str:
    """Words typed without a space, told apart by their tone marks: a syllable carries one
    at most, so a token with two is two syllables or more ("quáhạn" is "quá hạn"). Split
    into the fewest syllables, each with one mark at most, most of them ``known`` (folded);
    else left as it is.

    >>> toned_apart("có nv nào quáhạn chưa"), toned_apart("hạnchót"), toned_apart("Nguyễn")
    ('có nv nào quá hạn chưa', 'hạn chót', 'Nguyễn')
    >>> toned_apart("nhãnhànghóa", {"nhan", "hang", "hoa"})
    'nhãn hàng hóa'
    """

    def tones(piece: str) -> int:
        return sum(c in _TONE_MARKS for c in unicodedata.normalize("NFD", piece))

    def split(m: re.Match[str]) -> str:
        token = m[0]
        if tones(token) < 2:
            return token
        folded = fold(token)
        if len(folded) != len(token):
            return token
        # (pieces, syllables not known, the pieces) of the best split up to each letter
        best: list[tuple[int, int, list[str]] | None] = [(0, 0, [])] + [None] * len(token)
        for end in range(1, len(token) + 1):
            for start in range(max(0, end - 7), end):
                before, piece = best[start], token[start:end]
                if before is None or tones(piece) > 1 or not is_syllable(folded[start:end]):
                    continue
                cost = (before[0] + 1, before[1] + (folded[start:end] not in known))
                if best[end] is None or cost < best[end][:2]:
                    best[end] = (*cost, [*before[2], piece])
        pieces = best[-1][2] if best[-1] else []
        return " ".join(pieces) if len(pieces) > 1 else token

    return _WORD_RUN.sub(split, text)
