"""Deadlines and periods: "Quý II/2026", "Tháng 6/2025", "2025 - 2027", "Hằng năm", ...

A deadline cell and a period named in a question are parsed by the same code into a
:class:`Period`, which has a kind, a start and an end date, so both can be compared.

>>> p = parse_period("Quý II/2026")
>>> p.kind.value, p.start.isoformat(), p.end.isoformat()
('quarter', '2026-04-01', '2026-06-30')
>>> parse_period("Trước ngày 30/9/2027").label()
'Trước ngày 30/09/2027'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .normalize import fold_in_place, roman_to_int


class Kind(str, Enum):
    QUARTER = "quarter"
    MONTH = "month"
    YEAR = "year"
    HALF_YEAR = "half_year"
    DATE = "date"
    BEFORE = "before"
    RANGE = "range"
    ANNUAL = "annual"
    PERIODIC = "periodic"  # more often than yearly: "Hằng quý", "Định kỳ 6 tháng"
    CONTINUOUS = "continuous"


# Recurring kinds have no single end: they are never "overdue" and never "due next".
RECURRING = frozenset({Kind.ANNUAL, Kind.PERIODIC, Kind.CONTINUOUS})
FAR_END = date(9999, 12, 31)


@dataclass(frozen=True)
class Period:
    """A span of days with the kind of expression it came from."""

    kind: Kind
    start: date
    end: date
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # where the text names it

    @property
    def recurring(self) -> bool:
        return self.kind in RECURRING

    def label(self, lang: str = "vi") -> str:
        """A normalised name for the period, in Vietnamese or English."""
        s, e = self.start, self.end
        en = lang == "en"
        match self.kind:
            case Kind.QUARTER:
                q = (s.month - 1) // 3 + 1
                return f"Q{q}/{s.year}" if en else f"Quý {_ROMANS[q]}/{s.year}"
            case Kind.MONTH:
                return s.strftime("%B %Y") if en else f"Tháng {s.month}/{s.year}"
            case Kind.YEAR:
                return f"{s.year}" if en else f"Năm {s.year}"
            case Kind.HALF_YEAR:
                first = s.month == 1
                if en:
                    return f"{'first' if first else 'second'} half of {s.year}"
                return f"6 tháng {'đầu' if first else 'cuối'} năm {s.year}"
            case Kind.DATE:
                return dmy(e)
            case Kind.BEFORE:
                return f"by {dmy(e)}" if en else f"Trước ngày {dmy(e)}"
            case Kind.RANGE:
                if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
                    return f"{s.year}–{e.year}"
                return f"{dmy(s)}–{dmy(e)}"
            case Kind.ANNUAL:
                return "every year" if en else "Hằng năm"
            case Kind.PERIODIC:
                return "periodically" if en else "Định kỳ"
            case Kind.CONTINUOUS:
                return "ongoing" if en else "Thường xuyên"


_ROMANS = {1: "I", 2: "II", 3: "III", 4: "IV"}


def dmy(day: date) -> str:
    """ "30/06/2026" """
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter(year: int, q: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


_Y = r"((?:19|20)\d\d)"
_Q = r"(iv|iii|ii|i|[1-4])"
_SEP = r"\s*(?:/|-|,|\s|nam|of|year)\s*"
_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_EN_MONTH = "(" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + ")"

# Order matters: the first pattern that matches at the leftmost place wins, so the more
# specific forms (a range of quarters, a full date) come before the ones they contain.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "annual",
        re.compile(r"\b(?:hang|moi) nam\b|\bannual(?:ly)?\b|\byearly\b|\b(?:every|each) year\b"),
    ),
    (
        "periodic",
        re.compile(
            r"\b(?:hang|moi) (?:quy|thang|tuan)\b|\bdinh ky\b|\b\d+ thang (?:mot|1) lan\b"
            r"|\bquarterly\b|\bmonthly\b|\bweekly\b|\bperiodic(?:ally)?\b"
        ),
    ),
    (
        "continuous",
        re.compile(r"\bthuong xuyen\b|\blien tuc\b|\bongoing\b|\bcontinuous(?:ly)?\b"),
    ),
    (
        "quarters",
        re.compile(
            rf"\b(?:quy|quarters?|q)\s*{_Q}\s*(?:-|,|den|va|to|and)\s*"
            rf"(?:quy\s*|q\s*)?{_Q}{_SEP}{_Y}\b"
        ),
    ),
    ("quarter", re.compile(rf"\b(?:quy|quarter|q)\s*{_Q}{_SEP}{_Y}\b")),
    (
        "quarter_en",
        re.compile(
            rf"\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)"
            rf"\s+quarter{_SEP}{_Y}\b"
        ),
    ),
    ("half", re.compile(rf"\b(?:6 thang|nua|sau thang) (dau|cuoi)(?: nam)?\s*(?:/|nam)?\s*{_Y}\b")),
    ("half_en", re.compile(rf"\b(first|second) half(?: of)?\s*{_Y}\b|\bh([12])\s*/?\s*{_Y}\b")),
    (
        "before",
        re.compile(
            r"\b(?:truoc|cham nhat|khong muon hon|han chot|before|by|no later than)"
            r"\s*(?:ngay|the|date)?\s*(\d{1,2})\s*(?:/|-|\.|thang)\s*(\d{1,2})\s*(?:/|-|\.|nam)\s*"
            + _Y
        ),
    ),
    (
        "date",
        re.compile(r"\b(\d{1,2})\s*(?:/|-|\.|thang)\s*(\d{1,2})\s*(?:/|-|\.|nam)\s*" + _Y + r"\b"),
    ),
    (
        "range",
        re.compile(
            rf"\b(?:giai doan|tu nam|tu|from|between)?\s*{_Y}\s*"
            rf"(?:-|–|—|den|toi|to|and|until)\s*(?:nam\s*)?{_Y}\b"
        ),
    ),
    ("before_year", re.compile(rf"\b(?:den|truoc|until|by|before)\s*(?:nam|the end of)?\s*{_Y}\b")),
    ("month", re.compile(rf"\b(?:thang|month)\s*(\d{{1,2}}){_SEP}{_Y}\b")),
    ("month_en", re.compile(rf"\b{_EN_MONTH}\.?,?\s*(?:of\s*)?{_Y}\b")),
    ("month_num", re.compile(rf"(?<![\d/.])(\d{{1,2}})\s*/\s*{_Y}\b")),
    ("year", re.compile(rf"\b(?:nam|year|in|during|trong|han)\s*{_Y}\b|^\s*{_Y}\s*$")),
]
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


def _q(token: str) -> int:
    return int(token) if token.isdigit() else roman_to_int(token) or 0


def _build(name: str, g: tuple[str | None, ...]) -> tuple[Kind, date, date] | None:
    """Turn one regex match into (kind, start, end); None if the numbers are impossible."""
    match name:
        case "annual":
            return Kind.ANNUAL, date.min, FAR_END
        case "periodic":
            return Kind.PERIODIC, date.min, FAR_END
        case "continuous":
            return Kind.CONTINUOUS, date.min, FAR_END
        case "quarters":
            a, b, y = _q(g[0]), _q(g[1]), int(g[2])
            if not 1 <= a <= b <= 4:
                return None
            return Kind.RANGE, quarter(y, a)[0], quarter(y, b)[1]
        case "quarter":
            q, y = _q(g[0]), int(g[1])
            return (Kind.QUARTER, *quarter(y, q)) if 1 <= q <= 4 else None
        case "quarter_en":
            return Kind.QUARTER, *quarter(int(g[1]), _ORDINALS[g[0]])
        case "half" | "half_en":
            if g[0] is not None:
                first = g[0] in ("dau", "first")
                y = int(g[1])
            else:
                first, y = g[2] == "1", int(g[3])
            start = date(y, 1 if first else 7, 1)
            return Kind.HALF_YEAR, start, _month_end(y, 6 if first else 12)
        case "before" | "date":
            d, m, y = int(g[0]), int(g[1]), int(g[2])
            if not (1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]):
                return None
            day = date(y, m, d)
            return (Kind.BEFORE, date.min, day) if name == "before" else (Kind.DATE, day, day)
        case "range":
            a, b = int(g[0]), int(g[1])
            return (Kind.RANGE, date(a, 1, 1), date(b, 12, 31)) if a < b else None
        case "before_year":
            return Kind.BEFORE, date.min, date(int(g[0]), 12, 31)
        case "month" | "month_num":
            m, y = int(g[0]), int(g[1])
            return (Kind.MONTH, date(y, m, 1), _month_end(y, m)) if 1 <= m <= 12 else None
        case "month_en":
            m, y = _EN_MONTHS[g[0]], int(g[1])
            return Kind.MONTH, date(y, m, 1), _month_end(y, m)
        case "year":
            y = int(g[0] or g[1])
            return Kind.YEAR, date(y, 1, 1), date(y, 12, 31)
    return None


def find_periods(text: str) -> list[Period]:
    """Every period named in a text, left to right, without overlaps.

    >>> [p.label() for p in find_periods("nhiem vu quy 2 nam 2026 va thang 6/2025")]
    ['Quý II/2026', 'Tháng 6/2025']
    """
    folded = fold_in_place(text)
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            span = m.span()
            if any(span[0] < b and a < span[1] for a, b in taken):
                continue
            built = _build(name, m.groups())
            if built:
                found.append(Period(*built, span=span))
                taken.append(span)
    return sorted(found, key=lambda p: p.span)


def parse_period(text: str) -> Period | None:
    """The period a deadline cell states; the first one when it names several.

    >>> parse_period("Hằng năm").kind.value
    'annual'
    >>> parse_period("2025 - 2027").label()
    '2025–2027'
    >>> parse_period("không rõ") is None
    True
    """
    periods = find_periods(text)
    if not periods:
        return None
    # "Hằng năm, trước ngày 15/12" is a yearly task: the recurring word decides its kind.
    recurring = [p for p in periods if p.recurring]
    if recurring:  # "định kỳ hằng năm" is yearly
        return min(recurring, key=lambda p: p.kind is not Kind.ANNUAL)
    first = periods[0]
    if len(periods) > 1:
        # "Quý IV/2025 - Quý I/2026": two periods joined by a dash or "đến" make one span.
        between = fold_in_place(text)[first.span[1] : periods[1].span[0]]
        if _JOINER.fullmatch(between) and periods[1].end > first.start:
            span = (first.span[0], periods[1].span[1])
            return Period(Kind.RANGE, first.start, periods[1].end, span)
    return first


_JOINER = re.compile(r"\s*(?:-|–|—|den|toi|to|until)\s*")
