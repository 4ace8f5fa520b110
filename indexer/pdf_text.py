"""Words into lines, lines into paragraphs: where a PDF's words sit says which go together.

A line joins the one before into a paragraph unless it sits further down than the lines of a
paragraph do, is indented, starts a list item after a line that ends a clause, or the line
before ended although the first word of this one would have fitted on it. The document's own
line pitch and word spacing are measured first (:func:`measure`).

>>> a = Line([Word("Căn", 90, 112, 100, 111, 11, 1), Word("cứ", 115, 127, 100, 111, 11, 1)])
>>> b = Line([Word("Luật", 90, 114, 115, 126, 11, 1)])
>>> paragraphs([a, b], 90, 500, Metrics(pitch=1.3, space=0.3))  # "Luật" fitted after "cứ"
['Căn cứ', 'Luật']
>>> paragraphs([a, b], 90, 140, Metrics(pitch=1.3, space=0.3))
['Căn cứ Luật']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from knowledge.normalize import clean

_BULLET = re.compile(r"^(?:[-+•–—*]\s|[a-zđ]\)\s)")
_CLAUSE_ENDS = (".", ";", ":", "!", "?", "…")
COLUMN_GAP = 3.0  # in font sizes: a gap this wide between words separates two columns


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int


@dataclass
class Line:
    """Words on one visual line, and in one column of it."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def page(self) -> int:
        return self.words[0].page


@dataclass
class Metrics:
    """How the document sets its text, measured on it, per point of font size."""

    pitch: float = 1.2  # from one line of a paragraph to the next
    space: float = 0.25  # a space between words
    spaced: bool = False  # paragraphs are set apart by more than a line's pitch


def visual_rows(words: list[Word]) -> list[list[Line]]:
    """Words grouped into visual lines, top to bottom; each line split into its columns."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows and word.top - rows[-1][0].top <= 0.4 * word.size:
            rows[-1].append(word)
        else:
            rows.append([word])
    out = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        parts = [[row[0]]]
        for a, b in zip(row, row[1:], strict=False):
            if b.x0 - a.x1 > COLUMN_GAP * max(a.size, b.size):
                parts.append([b])
            else:
                parts[-1].append(b)
        out.append([Line(p) for p in parts])
    return out


def measure(runs: list[list[Line]]) -> Metrics:
    """The commonest step from one line of a paragraph to the next and gap between words,
    and whether some steps are much larger: paragraphs set apart."""
    steps: Counter[float] = Counter()
    spaces: Counter[float] = Counter()
    for lines in runs:
        for a, b in zip(lines, lines[1:], strict=False):
            if a.page == b.page and 0 < b.top - a.top < 3 * a.size:
                steps[round((b.top - a.top) / a.size, 2)] += 1
        for line in lines:
            for u, v in zip(line.words, line.words[1:], strict=False):
                spaces[round((v.x0 - u.x1) / u.size, 2)] += 1
    if not steps or not spaces:
        return Metrics()
    # A body of one-line paragraphs steps mostly from paragraph to paragraph: the pitch is
    # the commonest step a wrapped line can make, if any line wrapped.
    close = Counter({step: n for step, n in steps.items() if step < 1.6})
    pitch = (close or steps).most_common(1)[0][0]
    apart = sum(n for step, n in steps.items() if step > 1.3 * pitch)
    return Metrics(pitch, spaces.most_common(1)[0][0], apart >= 0.1 * steps.total())


def paragraphs(lines: list[Line], left: float, right: float, metrics: Metrics) -> list[str]:
    """Lines joined into paragraphs; see :func:`breaks`."""
    out: list[str] = []
    for i, line in enumerate(lines):
        text = clean(line.text)
        if i and not breaks(lines[i - 1], line, (left, right), metrics):
            out[-1] = out[-1] + _joint(lines[i - 1], line, (left, right)) + text
        else:
            out.append(text)
    return [p for p in out if p]


def column_lines(lines: list[Line], box: tuple[float, float]) -> list[str]:
    """The lines of a letterhead's or a signature block's column, each an item ("CHÍNH PHỦ",
    "Số: 116/NQ-CP", "- Như trên;", "KT. THỦ TƯỚNG") unless it starts in lower case after a
    line that ends no clause: the rest of a recipient that wrapped.

    >>> a = Line([Word("- Các bộ, cơ quan", 90, 180, 500, 511, 11, 1)])
    >>> b = Line([Word("thuộc Chính phủ;", 90, 170, 514, 525, 11, 1)])
    >>> c = Line([Word("CHỦ TỊCH", 90, 140, 528, 539, 11, 1)])
    >>> column_lines([a, b, c], (90, 200))
    ['- Các bộ, cơ quan thuộc Chính phủ;', 'CHỦ TỊCH']
    """
    out: list[str] = []
    for i, line in enumerate(lines):
        text = clean(line.text)
        goes_on = text[:1].islower() and not out[-1].endswith(_CLAUSE_ENDS) if out else False
        if i and goes_on:
            out[-1] = out[-1] + _joint(lines[i - 1], line, box) + text
        elif text:
            out.append(text)
    return out


def breaks(prev: Line, line: Line, box: tuple[float, float], metrics: Metrics) -> bool:
    """True if ``line`` starts a paragraph rather than going on with ``prev``: it sits
    lower than a paragraph's lines do, is indented, starts a list item after a line that ends
    a clause, starts with a capital after a ";" or ")" where paragraphs are not set apart
    ("Bộ Công Thương;" then "Bộ Ngoại giao;"), or the line before ended where the first word of this
    one would fit. A dash
    alone goes with the word after it (line breaking keeps "- xã hội" together, and a dash
    after "kinh tế" at a line end is not a list item)."""
    left, right = box
    size = max(prev.size, line.size)
    step = line.top - prev.top
    if prev.page == line.page and step > 1.3 * metrics.pitch * prev.size:
        return True
    middle = (left + right) / 2
    centred = all(abs((ln.x0 + ln.x1) / 2 - middle) < size for ln in (prev, line))
    if not centred and line.x0 > left + 0.8 * size and line.x0 > prev.x0 + 0.8 * size:
        return True  # a first line indented under a full one
    if _BULLET.match(line.text) and prev.text.endswith(_CLAUSE_ENDS):
        return True
    if (
        metrics.spaced
        and prev.page != line.page
        and prev.text.endswith(_CLAUSE_ENDS)
        and (line.text[0].isupper() or line.text[0].isdigit())
    ):
        return True  # paragraphs set apart, but no gap to read over a page break
    if not metrics.spaced and prev.text.endswith((";", ")")) and line.text[:1].isupper():
        return True
    words = line.words
    end = words[1] if len(words) > 1 and words[0].text in ("-", "–", "+") else words[0]
    return prev.x1 + metrics.space * size + (end.x1 - words[0].x0) <= right - 1  # a point spare


def _joint(prev: Line, line: Line, box: tuple[float, float]) -> str:
    """What goes between two lines of a paragraph: a space, or nothing inside a word cut
    at the line end: after a hyphen ("221-" then "KL/TW"), or where a word longer than the
    line was cut, at a slash ("278/2025/" then "NĐ-CP") or at the edge ("66-NQ/T" then "W").
    """
    before, after = prev.words[-1], line.words[0]
    if not after.text[:1].isalnum():
        return " "
    if len(before.text) > 1 and before.text.endswith("-") and before.text[-2].isalnum():
        return ""
    if len(prev.words) > 1:
        return " "  # a long word is cut only once it stands alone on its line
    left, right = box
    letter = (after.x1 - after.x0) / len(after.text)
    rest = after.text.rstrip(",.;:)")
    if before.x1 + letter > right + 0.5 and (len(rest) <= 3 or not rest[0].islower()):
        return ""  # the rest of a word cut where the line was full: "202" then "5/QH15"
    wide = (before.x1 - before.x0) + (after.x1 - after.x0) > right - left
    return "" if wide and before.text.endswith("/") else " "
