"""Find the agencies a question names, exactly or nearly, through the alias table.

>>> m = AgencyMatcher({"so khoa hoc cong nghe": frozenset({5}), "cong an tinh": frozenset({9})})
>>> [(x.agencies, x.alias) for x in m.find("So KH&CN chu tri nhiem vu nao?")]
[(frozenset({5}), 'so khoa hoc cong nghe')]
>>> [x.alias for x in m.find("Cong an tinhh co nhiem vu gi")]
['cong an tinh']
>>> m = AgencyMatcher({"bo cong an": frozenset({7}), "bo tai chinh": frozenset({3})})
>>> [(x.agencies, x.alias) for x in m.find("ben cong an duoc giao gi")], m.find("cong an tinh")
([(frozenset({7}), 'ben cong an')], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .agency_names import HEADS, acronym, agency_token_spans, agency_tokens, head_of
from .normalize import fold, has_diacritics

MAX_TOKENS = 14
# Words that say what kind of body, not which: "cơ quan nào" asks for an agency, names none.
GENERIC = frozenset("co quan to chuc bo so nganh dia phuong don vi ca nhan lien cac".split())
FUZZY_CUTOFF = 88
TYPO_RATIO = 75


@dataclass(frozen=True)
class AgencyMatch:
    agencies: frozenset[int]
    alias: str
    start: int  # token span in :func:`agency_tokens` of the question
    end: int
    exact: bool
    partial: bool = False  # initials that may fit several agencies ("sở nn")

    @property
    def by_initials(self) -> bool:
        """Read from initials ("sở nv"), which may stand for several agencies."""
        return self.partial or any(_INITIALS.fullmatch(t) for t in self.alias.split()[1:])


class AgencyMatcher:
    """Exact aliases first, then the start of a longer one, then rapidfuzz near a head word."""

    def __init__(self, aliases: dict[str, frozenset[int]]) -> None:
        self.aliases = aliases
        self.prefixes: dict[str, set[int]] = {}
        self.by_head: dict[str, dict[str, str]] = {}
        # "sở tc", "trường đh cđ": a head word and the initials of the rest, or their start.
        self.initials: dict[tuple[str, ...], list[tuple[str, frozenset[int]]]] = {}
        # "bên công an": a name without its head word, after "bên" (the side of), as people
        # chat of an agency ("Bộ Công an"); alone, "công an", "tài chính" are also topics.
        self.tails: dict[str, set[int]] = {}
        # "bcd ptds quoc gia", "ban cd ptds qg": names of three words or more, by their first
        # word and by the first letters of their first two words, as typed first.
        self.spelled: dict[str, list[tuple[tuple[str, ...], frozenset[int]]]] = {}
        heads = {h[0] for h in HEADS}
        for alias, ids in aliases.items():
            tokens = alias.split()
            if len(tokens) >= 3:
                for key in (tokens[0], tokens[0][0] + tokens[1][0]):
                    self.spelled.setdefault(key, []).append((tuple(tokens), ids))
            # "UBND huyện" starts "UBND huyện, thành phố": a prefix of three or more tokens
            # names that agency when nothing matches exactly.
            # A prefix must name more than the kind of body: "UBND" alone is no prefix of
            # "UBND huyện, thành phố".
            for n in range(max(3, head_of(tokens) + 1), len(tokens)):
                self.prefixes.setdefault(" ".join(tokens[:n]), set()).update(ids)
            if tokens[0] in heads:
                self.by_head.setdefault(tokens[0], {})[alias] = alias
            n = head_of(tokens)
            if n and len(tokens) - n >= 2:
                self.initials.setdefault(tuple(tokens[:n]), []).append((acronym(tokens[n:]), ids))
                self.tails.setdefault(" ".join(tokens[n:]), set()).update(ids)

    def find(self, text: str) -> list[AgencyMatch]:
        """Agencies named in the text, left to right, longest first, without overlaps; a
        kind of body alone ("cơ quan", "các bộ", "tổ chức") names none in a question."""
        tokens = agency_tokens(text)
        written = _written_words(text, tokens)
        found: list[AgencyMatch] = []
        i = 0
        while i < len(tokens):
            match = self._at(tokens, i)
            if match and written and _misread_head(written[i], tokens[i]):
                match = None  # "phân bổ tài chính": "bổ" is no "Bộ"
            # (initials are no kind of body, though "ca" of "bộ ca" is a word of "cá nhân")
            if match and (match.partial or not GENERIC.issuperset(match.alias.split())):
                found.append(match)
                i = match.end
            else:
                i += 1
        return found

    def name_spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the folded text names an agency, as character spans: the words of a name
        are no cue words ("Cục Hàng không" is no negation, "Ban Chỉ đạo" asks for no
        directing agency)."""
        tokens, spans = agency_token_spans(folded)
        found = []
        i = 0
        while i < len(tokens):
            match = self._at(tokens, i)
            if match:
                found.append((spans[i][0], spans[match.end - 1][1]))
                i = match.end
            else:
                i += 1
        return found

    def _at(self, tokens: list[str], i: int) -> AgencyMatch | None:
        top = min(len(tokens), i + MAX_TOKENS)
        # Initials after a head word ("UBND h") reach further than the head's own alias.
        partial = self._by_initials(tokens, i)
        # The longest span wins, whole alias or start of one: "UBND huyện" is the start of
        # "UBND huyện, thành phố" before it is "UBND" (the province's committee).
        for j in range(top, partial.end if partial else i, -1):
            span = " ".join(tokens[i:j])
            if span in self.aliases:
                return AgencyMatch(self.aliases[span], span, i, j, True)
            if j - i >= 3 and span in self.prefixes:
                return AgencyMatch(frozenset(self.prefixes[span]), span, i, j, True)
        # (a whole name spelled reaches further than a head's letter: "bcd ptds quoc gia" is
        # no "Bộ" with initials "cd")
        mixed = self._by_mixed_initials(tokens, i)
        if mixed and (not partial or mixed.end > partial.end):
            return mixed
        if partial:
            return partial
        if tokens[i] == "ben":
            for j in range(min(top, i + 7), i + 2, -1):
                ids = self.tails.get(" ".join(tokens[i + 1 : j]))
                if ids:
                    span = " ".join(tokens[i:j])
                    return AgencyMatch(frozenset(ids), span, i, j, False, partial=len(ids) > 1)
        choices = self.by_head.get(tokens[i])
        if not choices:
            return None
        best: tuple[float, int, str] | None = None
        for j in range(min(top, i + 8), i + 1, -1):
            hit = process.extractOne(
                " ".join(tokens[i:j]), choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if hit and (best is None or hit[1] > best[0]):
                best = (hit[1], j, hit[2])
        if best is None or not _typo_of(" ".join(tokens[i : best[1]]), best[2]):
            return None
        return AgencyMatch(self.aliases[best[2]], best[2], i, best[1], False)

    def _by_initials(self, tokens: list[str], i: int) -> AgencyMatch | None:
        """ "Sở TC" is Sở Tài chính, "sở nn" Sở Nông nghiệp và Môi trường: initials after a
        head word that start the initials of one agency's name, or of several (all of them
        then, for the engine to ask which)."""
        n = head_of(tokens[i:])
        word = tokens[i]
        # A vowel is an initial too ("BCA", "bộ ca": Công An), but then the initials typed
        # must be a whole name's, not the start of one: "bao", "sai" are words.
        whole = False
        if not n and len(word) >= 3 and word[0] in _HEAD_LETTERS and _LETTERS.fullmatch(word):
            # "BNNMT", "BTC", "STC": the head's letter and the initials in one word.
            head, typed, end = _HEAD_LETTERS[word[0]], word[1:], i + 1
            whole = not _INITIALS.fullmatch(word)
        elif n:
            short = []
            for token in tokens[i + n : i + n + 4]:
                if not _LETTERS.fullmatch(token) or (short and not _INITIALS.fullmatch(token)):
                    break
                short.append(token)
                if not _INITIALS.fullmatch(token):
                    whole = True
                    break
            head, typed, end = tuple(tokens[i : i + n]), "".join(short), i + n + len(short)
        else:
            return None
        # One letter is too little after "Sở", enough after "UBND" ("UBND h", "UBND t").
        if len(typed) < (1 if len(head) > 1 else 2):
            return None
        ids = frozenset().union(
            *(
                ids
                for initials, ids in self.initials.get(head, ())
                # From the start, or from any two-syllable word: "trường cđ" is the "Cao đẳng"
                # of "Các Trường Đại học, Cao đẳng".
                if (initials == typed)
                or (
                    not whole
                    and any(initials.startswith(typed, k) for k in range(0, len(initials), 2))
                )
            )
        )
        if not ids:
            return None
        return AgencyMatch(ids, " ".join(tokens[i:end]), i, end, False, partial=True)

    def _by_mixed_initials(self, tokens: list[str], i: int) -> AgencyMatch | None:
        """ "bcd ptds quoc gia" is Ban Chỉ đạo Phòng thủ dân sự quốc gia: two typed words or
        more spell a whole name, each a word of it or the initials of the words that follow
        in it, and one at least the initials of two or more."""
        typed = tokens[i : i + MAX_TOKENS]
        if len(typed) < 2 or not any(len(t) >= 2 and _INITIALS.fullmatch(t) for t in typed[:4]):
            return None
        found: dict[int, set[int]] = {}
        first = typed[0] if not _INITIALS.fullmatch(typed[0]) else typed[0][:2]
        for name, ids in self.spelled.get(first, ()):
            used = spelled_by(typed, name)
            if used and used >= 2:
                found.setdefault(used, set()).update(ids)
        if not found:
            return None
        used = max(found)
        ids = frozenset(found[used])
        return AgencyMatch(ids, " ".join(typed[:used]), i, i + used, False, partial=len(ids) > 1)


def spelled_by(typed: list[str], name: tuple[str, ...]) -> int | None:
    """How many of the typed words spell the whole name, word for word or a run of initials
    for as many of its words, with one run of initials at least; None if they do not.

    >>> name = tuple("ban chi dao phong thu dan su quoc gia".split())
    >>> spelled_by("bcd ptds quoc gia lam gi".split(), name), spelled_by("bcd ptds".split(), name)
    (4, None)
    >>> spelled_by("ban chi dao phong thu dan su quoc gia".split(), name)
    """

    def walk(t: int, n: int, short: bool) -> int | None:
        if n == len(name):
            return t if short else None
        if t == len(typed):
            return None
        word = typed[t]
        if word == name[n] and (done := walk(t + 1, n + 1, short)) is not None:
            return done
        k = len(word)
        if k >= 2 and _INITIALS.fullmatch(word) and acronym(list(name[n : n + k])) == word:
            return walk(t + 1, n + k, True)
        return None

    return walk(0, 0, False)


# The letter a ministry's or a department's initials start with: "BTC" is Bộ Tài chính.
_HEAD_LETTERS = {"b": ("bo",), "s": ("so",)}
# Initials are consonants: "tc", "nn", "khcn", "dh" ("y" is one too: "yt" for Y tế).
_INITIALS = re.compile(r"(?!y$)[b-df-hj-np-tv-z]{1,6}")  # a lone "y" is the word (Y tế)
_LETTERS = re.compile(r"[a-z]{2,6}")  # initials with a vowel among them ("ca": Công An)


def _typo_of(span: str, alias: str) -> bool:
    """A near match is a misspelling, word for word: "cong an tinhh" is "cong an tinh", but
    "uy ban nhan dan tinh" is not "uy ban nhan dan huyen"."""
    said, meant = span.split(), alias.split()
    return len(said) == len(meant) and all(
        fuzz.ratio(a, b) >= TYPO_RATIO for a, b in zip(said, meant, strict=True)
    )


# Head words as written with marks: written so, "bổ", "số", "cúc" are other words.
_MARKED_HEADS = {"bo": "bộ", "so": "sở", "cuc": "cục", "vien": "viện"}


def _written_words(text: str, tokens: list[str]) -> list[str] | None:
    """The words of ``text`` as written, one per token of :func:`agency_tokens`; None when
    the text has no marks to read or its tokens do not line up with the words."""
    if not has_diacritics(text):
        return None
    folded = fold(text)
    if len(folded) != len(text):
        return None
    spanned, spans = agency_token_spans(folded)
    if spanned != tokens:
        return None
    return [text[a:b].lower() for a, b in spans]


def _misread_head(written: str, token: str) -> bool:
    marked = _MARKED_HEADS.get(token)
    # an abbreviation ("BCH" for "Bộ Chỉ huy") is no head word written out
    # and a word written without marks ("bo") may be either
    return (
        marked is not None
        and fold(written) == token
        and has_diacritics(written)
        and written != marked
    )
