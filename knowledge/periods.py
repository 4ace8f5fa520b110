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
from datetime import date, timedelta
from enum import Enum

from .normalize import fold_in_place, roman_to_int


class Kind(str, Enum):
    QUARTER = "quarter"
    MONTH = "month"
    YEAR = "year"
    HALF_YEAR = "half_year"
    DATE = "date"
    BEFORE = "before"
    AFTER = "after"  # "sau quý II/2026", "từ năm 2027": deadlines from a day on
    RANGE = "range"
    ANNUAL = "annual"
    PERIODIC = "periodic"  # more often than yearly: "Hằng quý", "Định kỳ 6 tháng"
    CONTINUOUS = "continuous"


# Recurring kinds have no single end: they are never "overdue" and never "due next".
RECURRING = frozenset({Kind.ANNUAL, Kind.PERIODIC, Kind.CONTINUOUS})
FAR_END = date(9999, 12, 31)


@dataclass(frozen=True)
class Period:
    """A span of days with the kind of expression it came from. A recurring period spans
    every day (``date.min`` to :data:`FAR_END`), but a yearly one due by a day of each year
    ends on that day of the far year: "Trước 15/12 hằng năm" ends on 9999-12-15."""

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
            case Kind.AFTER:
                return f"from {dmy(s)}" if en else f"Từ ngày {dmy(s)}"
            case Kind.RANGE:
                if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
                    return f"{s.year}–{e.year}"
                return f"{dmy(s)}–{dmy(e)}"
            case Kind.ANNUAL:
                if e != FAR_END:  # by a day of each year, kept in the far year
                    return (
                        f"every year (by {e:%d/%m})" if en else f"Hằng năm (trước ngày {e:%d/%m})"
                    )
                return "every year" if en else "Hằng năm"
            case Kind.PERIODIC:
                return "periodically" if en else "Định kỳ"
            case Kind.CONTINUOUS:
                return "ongoing" if en else "Thường xuyên"

    def due_words(self, lang: str = "vi") -> str:
        """How a list of the tasks due in the period says so: due *on* a day, *in* a
        longer span.

        >>> day, q2 = parse_period("30/06/2026"), parse_period("Quý II/2026")
        >>> day.due_words(), day.due_words("en")
        ('có hạn ngày 30/06/2026', 'due on 30/06/2026')
        >>> q2.due_words(), q2.due_words("en")
        ('có hạn trong Quý II/2026', 'due in Q2/2026')
        """
        en = lang == "en"
        match self.kind:
            case Kind.DATE:
                return f"due on {dmy(self.end)}" if en else f"có hạn ngày {dmy(self.end)}"
            case Kind.BEFORE:
                return f"due by {dmy(self.end)}" if en else f"có hạn đến hết {dmy(self.end)}"
            case Kind.AFTER:
                return (
                    f"due from {dmy(self.start)}" if en else f"có hạn từ {dmy(self.start)} trở đi"
                )
        return f"due in {self.label(lang)}" if en else f"có hạn trong {self.label(lang)}"


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


_AND = frozenset({",", "va", "voi", "vs", "and", "&"})  # joiners of two periods, not of a span
_Y = r"((?:19|20)\d\d)"
_Q = r"(iv|iii|ii|i|[1-4])"
_SEP = r"\s*(?:/|-|,|\s|nam|of|year)\s*"
# Another year after one ("… 2025 và 2026", "quý III năm 2025 hoặc 2026")
_ANOTHER_YEAR = re.compile(r"\s*(?:,|va|hoac|hay|lan|or)\s*(?:nam\s*)?((?:19|20)\d\d)\b")
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
            # (not the "định ký" of "quyết định ký ngày …", a decision signed)
            r"\b(?:hang|moi) (?:quy|thang|tuan)\b|(?<!quyet )\bdinh ky\b"
            r"|\b\d+ thang (?:mot|1) lan\b"
            r"|\bquarterly\b(?! (?:deadlines?|due))|\bmonthly\b(?! (?:deadlines?|due))"
            r"|\bweekly\b|\bperiodic(?:ally)?\b"
        ),
    ),
    (
        "continuous",
        # (Not "chi thường xuyên", recurrent spending.)
        re.compile(r"\b(?<!chi )thuong xuyen\b|\blien tuc\b|\bongoing\b|\bcontinuous(?:ly)?\b"),
    ),
    (
        "quarters",
        re.compile(
            rf"\b(?:quy|quarters?|q)\s*{_Q}\s*(?:-|,|den|va|to|and)\s*"
            rf"(?:quy\s*|q\s*)?{_Q}{_SEP}{_Y}\b"
        ),
    ),
    # Any number after "quý", so that "Q5/2026" is an impossible quarter, not May.
    ("quarter", re.compile(rf"\b(?:quy|quarter|q)\s*(iv|iii|ii|i|\d{{1,2}}){_SEP}{_Y}\b")),
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
        "months",
        re.compile(
            # "tháng 8 và tháng 9/2026", "t8 vs t9/2026": the year written once, on the last
            rf"\b(?:thang|months?|t)\s*(\d{{1,2}})\s*(-|–|den|toi|to|,|va|voi|vs|and|&)\s*"
            rf"(?:thang\s*|t\s*)?(\d{{1,2}}){_SEP}{_Y}\b"
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
    # "tới 2027 mới hết hạn": not until that year, so in it.
    ("year", re.compile(rf"\b(?:den|toi)\s*(?:nam\s*)?{_Y}(?=\s+(?:thi\s+)?moi\b)")),
    (
        "before_year",
        re.compile(
            rf"(?<!quan )\b(den het|den|toi het|toi|truoc|until|by|before)\s*((?:the )?end of)?"
            rf"\s*{_Y}\b"
        ),
    ),
    ("year_part", re.compile(rf"\b(dau|cuoi|giua) nam\s*{_Y}\b")),
    # "2026 và các năm tiếp theo", "2026 trở đi": from that year on.
    (
        "onward",
        re.compile(
            rf"\b{_Y}\s*(?:va\s*)?(?:cac|nhung) nam (?:tiep theo|sau)\b"
            rf"|\b{_Y}\s*(?:tro di|tro ve sau|onwards?|and beyond)\b"
        ),
    ),
    ("month", re.compile(rf"\b(?:thang|month)\s*(\d{{1,2}}){_SEP}{_Y}\b")),
    ("month_en", re.compile(rf"\b{_EN_MONTH}\.?,?\s*(?:of\s*)?{_Y}\b")),
    ("month_num", re.compile(rf"(?<![\d/.])(\d{{1,2}})\s*/\s*{_Y}\b")),
    # "các năm 2025 và 2026", "năm 2025, 2026": each year (not a span: "2025 - 2026")
    ("years", re.compile(rf"\b(?:cac nam|nam)\s*{_Y}(?:{_ANOTHER_YEAR.pattern})+")),
    # After "hạn" the span starts at the year: "đến hạn 2026" is due in 2026, not until it.
    (
        "year",
        # (or opening the message: "2026 sở khcn phải xong nv nào")
        re.compile(
            rf"\b(?:nam|year|in|during|trong|due)\s*{_Y}\b|(?<=\bhan ){_Y}\b|^\s*{_Y}\s*$"
            rf"|^\s*{_Y}(?=,?\s+[a-z])"
        ),
    ),
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
            # "trước năm 2027" ends with 2026; "đến năm 2027", "before the end of 2027" with it.
            y = int(g[2])
            strict = g[0] in ("truoc", "before") and not g[1]
            return Kind.BEFORE, date.min, date(y - 1 if strict else y, 12, 31)
        case "onward":
            return Kind.AFTER, date(int(g[0] or g[1]), 1, 1), FAR_END
        case "year_part":
            # "đầu năm 2026" is its first quarter, "giữa năm" the middle two, "cuối năm" its last.
            y = int(g[1])
            first, last = {"dau": (1, 1), "giua": (2, 3), "cuoi": (4, 4)}[g[0]]
            return (
                Kind.QUARTER if first == last else Kind.RANGE,
                quarter(y, first)[0],
                quarter(y, last)[1],
            )
        case "months":
            a, joiner, b, y = int(g[0]), g[1], int(g[2]), int(g[3])
            if not 1 <= a < b <= 12:
                return None
            if joiner in _AND and b > a + 1:
                # "tháng 8 và tháng 11/2026": two months, not those between; the last read
                return Kind.MONTH, date(y, b, 1), _month_end(y, b)
            return Kind.RANGE, date(y, a, 1), _month_end(y, b)
        case "month" | "month_num":
            m, y = int(g[0]), int(g[1])
            return (Kind.MONTH, date(y, m, 1), _month_end(y, m)) if 1 <= m <= 12 else None
        case "month_en":
            m, y = _EN_MONTHS[g[0]], int(g[1])
            return Kind.MONTH, date(y, m, 1), _month_end(y, m)
        case "year":
            y = int(next(group for group in g if group))
            return Kind.YEAR, date(y, 1, 1), date(y, 12, 31)
    return None


def find_periods(text: str) -> list[Period]:
    """Every period named in a text, left to right, without overlaps. A period written with
    impossible numbers is none, and no part of it is read as another one.

    >>> [p.label() for p in find_periods("nhiem vu quy 2 nam 2026 va thang 6/2025")]
    ['Quý II/2026', 'Tháng 6/2025']
    >>> find_periods("Q5/2026"), find_periods("quý 5 năm 2026"), find_periods("tháng 13/2026")
    ([], [], [])
    >>> [p.label() for p in find_periods("nhiệm vụ nào đến hạn 2026, tasks due 2027")]
    ['Năm 2026', 'Năm 2027']
    >>> [p.label() for p in find_periods("han thang 8 va thang 9/2026, t11 vs t12/2026")]
    ['01/08/2026–30/09/2026', '01/11/2026–31/12/2026']
    """
    folded = fold_in_place(text)
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            span = m.span()
            if any(span[0] < b and a < span[1] for a, b in taken):
                continue
            # Taken even when impossible: "5/2026" in "Q5/2026" is not May.
            taken.append(span)
            if name == "years":
                found += _each_year(m)
            elif built := _build(name, m.groups()):
                found.append(Period(*built, span=span))
    found += _in_other_years(folded, found, taken)
    return _bounded(folded, sorted(found, key=lambda p: p.span))


def _each_year(m: re.Match[str]) -> list[Period]:
    """Each year of "năm 2025 và 2026", the first spanning from the match's start."""
    years = list(re.finditer(r"(?:19|20)\d\d", m[0]))
    return [
        Period(
            Kind.YEAR,
            date(int(y[0]), 1, 1),
            date(int(y[0]), 12, 31),
            (m.start() + (0 if i == 0 else y.start()), m.start() + y.end()),
        )
        for i, y in enumerate(years)
    ]


def _in_other_years(folded: str, found: list[Period], taken: list[tuple[int, int]]) -> list[Period]:
    """ "quý III năm 2025 và 2026": the same quarter (month, half) in each year written
    after it, which no pattern took.

    >>> [p.label() for p in find_periods("han quy 3 nam 2025 va 2026")]
    ['Quý III/2025', 'Quý III/2026']
    """
    more = []
    for p in found:
        if p.kind not in (Kind.QUARTER, Kind.MONTH, Kind.HALF_YEAR):
            continue
        at = p.span[1]
        while (m := _ANOTHER_YEAR.match(folded, at)) and not any(
            a < m.end() and m.start() < b for a, b in taken
        ):
            shift = int(m[1]) - p.start.year
            start = p.start.replace(year=p.start.year + shift)
            end = p.end.replace(year=p.end.year + shift, day=1)
            end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
            more.append(Period(p.kind, start, end, m.span(1)))
            at = m.end()
    return more


# Words before a period that make it a bound: "trước tháng 7/2026" ends on 30/6/2026,
# "đến hết quý II/2026" on 30/6/2026, "sau quý II/2026" starts on 1/7/2026.
_BEFORE_CUE = re.compile(r"\b(?:truoc|before|prior to)\s*(?:ngay\s*)?$")
_UNTIL_CUE = re.compile(
    r"(?<!quan )\b(?:den het|den|toi|cham nhat(?: la| vao)?|khong muon hon|until|by(?: the end of)?"
    r"|no later than)\s*(?:ngay\s*)?$"
)
# "từ quý III/2026" starts with it; not "đầu tư năm 2026", nor "liên quan đến năm 2026".
_FROM_CUE = re.compile(r"(?:(?<!dau )\btu|\bke tu|\bfrom|\bsince|\bstarting)\s*(?:ngay\s*)?$")
_ITS_END = re.compile(r"cuoi |(?:the )?end of ")
# ("kéo dài quá năm 2027": past it; not "đã quá hạn", which names no period after it)
_AFTER_CUE = re.compile(
    r"\b(?:sau|after|beyond|(?:keo dai|thuc hien|lam|ket thuc|xong) qua)\s*(?:ngay\s*)?$"
)
# "tới năm 2030 hoặc sau đó", "từ 2027 trở đi": from the period on, whatever comes before.
_OR_LATER = re.compile(
    r"\s*(?:hoac |hay )?(?:sau do|tro ve sau|tro di|ve sau|muon hon|lau hon|xa hon)\b"
    r"|\s*or (?:later|after|beyond|longer)\b"
)
_JOINER = re.compile(r"\s*(?:-|–|—|den|toi|to|until)\s*")
# A period put first and then taken up ("Đến quý II/2026 thì …", "Tới tháng 6 thì …"): the
# time the question is set in, not a bound
_AT_THE_TIME = re.compile(r"\W*(?:(?:vay|the|con) )?(?:den|toi)\s*$")
_THEN = re.compile(r"\s*,?\s*thi\b")
_BOUNDED = frozenset({Kind.QUARTER, Kind.MONTH, Kind.YEAR, Kind.HALF_YEAR, Kind.DATE, Kind.RANGE})
# A range's own "từ ... đến" says nothing more.
_CUED = _BOUNDED - {Kind.RANGE}


def _bounded(folded: str, periods: list[Period]) -> list[Period]:
    """Join "Quý IV/2025 - Quý I/2026" into one span, and turn a period after "trước",
    "đến hết" or "sau" into the bound it states.

    >>> [p.label() for p in find_periods("truoc thang 7/2026, sau quy 2/2026, den het nam 2026")]
    ['Trước ngày 30/06/2026', 'Từ ngày 01/07/2026', 'Trước ngày 31/12/2026']
    >>> [p.label() for p in find_periods("tu quy 2/2026 den quy 4/2026")]
    ['01/04/2026–31/12/2026']
    >>> [p.label() for p in find_periods("keo dai qua nam 2027")]
    ['Từ ngày 01/01/2028']
    >>> [p.label() for p in find_periods("keo dai toi nam 2030 hoac sau do")]
    ['Từ ngày 01/01/2030']
    >>> [p.label() for p in find_periods("keo dai toi nam 2030 hoac muon hon")]
    ['Từ ngày 01/01/2030']
    """
    out: list[Period] = []
    i = 0
    while i < len(periods):
        p = periods[i]
        nxt = periods[i + 1] if i + 1 < len(periods) else None
        if (
            nxt
            and p.kind in _BOUNDED
            and nxt.kind in _BOUNDED
            and _JOINER.fullmatch(folded[p.span[1] : nxt.span[0]])
            and nxt.end > p.start
        ):
            out.append(Period(Kind.RANGE, p.start, nxt.end, (p.span[0], nxt.span[1])))
            i += 2
            continue
        before = folded[max(0, p.span[0] - 20) : p.span[0]]
        if _OR_LATER.match(folded[p.span[1] :]) and p.kind in (*_CUED, Kind.BEFORE):
            # "until 2030 or later": from the year named on
            start = date(p.end.year, 1, 1) if p.kind is Kind.BEFORE else p.start
            p = Period(Kind.AFTER, start, FAR_END, p.span)
        elif p.kind not in _CUED:
            pass
        elif (
            p.kind is not Kind.DATE
            and _BEFORE_CUE.search(before)
            and not _ITS_END.match(folded[p.span[0] :])
        ):
            p = Period(Kind.BEFORE, date.min, p.start - timedelta(days=1), p.span)
        elif _AT_THE_TIME.match(folded[: p.span[0]]) and _THEN.match(folded, p.span[1]):
            pass  # "Đến quý II/2026 thì nhiệm vụ nào đến hạn?": when that quarter comes
        elif _UNTIL_CUE.search(before) or _BEFORE_CUE.search(before):
            # ("trước cuối năm 2026" is by its end, as "before the end of 2026" is)
            p = Period(Kind.BEFORE, date.min, p.end, p.span)
        elif _FROM_CUE.search(before):
            p = Period(Kind.AFTER, p.start, FAR_END, p.span)
        elif _AFTER_CUE.search(before):
            p = Period(Kind.AFTER, p.end + timedelta(days=1), FAR_END, p.span)
        out.append(p)
        i += 1
    return out


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
        period = min(recurring, key=lambda p: p.kind is not Kind.ANNUAL)
        day = _yearly_day(fold_in_place(text)) if period.kind is Kind.ANNUAL else None
        return Period(Kind.ANNUAL, date.min, day, period.span) if day else period
    return periods[0]


# A day or a quarter without a year, in a yearly deadline: "trước 15/12", "quý I".
_DAY_OF_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")
_QUARTER_OF_YEAR = re.compile(rf"\b(?:quy|q)\s*{_Q}\b(?!\s*(?:/|-|nam)\s*\d)")
_MONTH_OF_YEAR = re.compile(r"\bthang\s*(\d{1,2})\b(?!\s*(?:/|-|nam)\s*\d)")


def _yearly_day(folded: str) -> date | None:
    """The day a yearly deadline falls on, in the year of :data:`FAR_END`: "trước 15/12
    hằng năm" is 9999-12-15, "quý I hằng năm" 9999-03-31 (the end of the quarter), "tháng
    10 hằng năm" 9999-10-31; None when the text names no day of the year.

    >>> parse_period("Trước 15/12 hằng năm").end, parse_period("Quý I hằng năm").label()
    (datetime.date(9999, 12, 15), 'Hằng năm (trước ngày 31/03)')
    """
    if m := _DAY_OF_YEAR.search(folded):
        d, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(FAR_END.year, mo)[1]:
            return date(FAR_END.year, mo, d)
    if (m := _QUARTER_OF_YEAR.search(folded)) and 1 <= (q := _q(m[1])) <= 4:
        return quarter(FAR_END.year, q)[1]
    if (m := _MONTH_OF_YEAR.search(folded)) and 1 <= int(m[1]) <= 12:
        return _month_end(FAR_END.year, int(m[1]))
    return None
