"""Periods a question states against today: "quý này", "năm sau", "3 tháng tới", "quý 2"
with no year, "từ nay đến hết năm".

>>> relative_period("year", 1, date(2026, 5, 1)).label()
'Năm 2027'
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .cues import cue
from .periods import Kind, Period, quarter, quarter_of

# "năm" (year), not the "Nam" of a name: "công nghệ số Việt Nam qua bài viết" is no last year.
_NAM = r"(?<!viet )(?<!ha )(?<!quang )(?<!mien )nam"
RELATIVE: list[tuple[re.Pattern[str], str, int]] = [
    # From today: "từ nay đến hết năm", "between now and the end of the year". Before
    # "cuối năm", which alone is the last quarter.
    (
        cue(
            r"(?:(?:tu|ke tu) (?:nay|bay gio|gio|hom nay) )?(?:den|toi|truoc) (?:het|cuoi) nam"
            r"(?: nay)?(?! (?:sau|toi)\b)",
            r"(?:from now|between now|now) (?:until|till|to|and) (?:the )?end of"
            r" (?:the |this )?year",
            r"(?:by|before) (?:the )?end of (?:the|this) year",
            r"(?:by|before) year end",
            r"(?:the )?rest of (?:the|this) year",
        ),
        "rest_of_year",
        0,
    ),
    # "the last quarter of this year" is its fourth, not the quarter before this one
    (
        cue(
            r"(?:the )?(?:last|final|fourth) quarter of (?:the|this) year",
            r"quy cuoi(?: cung)?(?: cua)? nam(?: nay)?",
        ),
        "year_end",
        0,
    ),
    (cue(r"(?:the )?(?:last|final|fourth) quarter of next year"), "year_end", 1),
    (cue(r"(?:the )?first quarter of next year"), "year_start", 1),
    (cue(r"(?:the )?first quarter of (?:the|this) year"), "year_start", 0),
    (cue(r"quy nay", r"this quarter", r"quy hien tai"), "quarter", 0),
    (cue(r"quy (?:toi|sau|ke tiep)", r"next quarter"), "quarter", 1),
    (cue(r"quy (?:truoc|vua qua)", r"last quarter(?! of)"), "quarter", -1),
    (cue(r"(?:(?:6 thang|sau thang|nua nam) dau nam|nua dau nam) (?:sau|toi)"), "half_first", 1),
    (cue(r"(?:(?:6 thang|sau thang|nua nam) cuoi nam|nua cuoi nam) (?:sau|toi)"), "half_last", 1),
    (
        cue(
            r"(?:(?:6 thang|sau thang|nua nam) dau nam|nua dau nam)(?: nay)?",
            r"first half of (?:the|this) year",
        ),
        "half_first",
        0,
    ),
    (
        cue(
            r"(?:(?:6 thang|sau thang|nua nam) cuoi nam|nua cuoi nam)(?: nay)?",
            r"second half of (?:the|this) year",
        ),
        "half_last",
        0,
    ),
    (cue(r"(?:cuoi|het) nam (?:sau|toi)", r"(?:the )?end of next year"), "year_end", 1),
    (cue(r"dau nam (?:sau|toi)", r"(?:the )?start of next year"), "year_start", 1),
    # ("hết năm nay" after "trước"; not "đến hết năm 2026", read as a year)
    (
        cue(r"cuoi nam(?: nay)?", r"het nam nay", r"(?:the )?end of (?:the|this) year"),
        "year_end",
        0,
    ),
    (cue(r"dau nam(?: nay)?", r"(?:the )?start of (?:the|this) year"), "year_start", 0),
    (cue(r"sang nam"), "year", 1),
    (cue(rf"{_NAM} nay", r"this year"), "year", 0),
    (cue(rf"{_NAM} (?:toi|sau)", r"next year"), "year", 1),
    (cue(rf"{_NAM} (?:ngoai|truoc|qua|vua qua)", r"last year"), "year", -1),
    (cue(r"thang nay", r"this month"), "month", 0),
    (cue(r"thang (?:toi|sau)", r"next month"), "month", 1),
    (cue(r"thang (?:truoc|vua qua)", r"last month"), "month", -1),
]
# "quý 2" with no year is this year's, or the year a relative word names: "quý 2 năm sau".
# "the third quarter of this year" too.
BARE_QUARTER = re.compile(
    r"\b(?:(?:quy|quarter|q)\s*(?P<n>iv|iii|ii|i|[1-4])"
    r"|(?:the\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b"
    r"(?:\s*(?P<y>(?:cua\s*)?nam (?:nay|sau|toi|ngoai|truoc)|(?:of\s*)?(?:this|next|last) year))?"
)
_ORDINALS = (("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"))
ORDINAL_QUARTER = {word: n for n, words in enumerate(_ORDINALS, 1) for word in words}
YEAR_SHIFT = {
    "nay": 0,
    "sau": 1,
    "toi": 1,
    "ngoai": -1,
    "truoc": -1,
    "this": 0,
    "next": 1,
    "last": -1,
}
FROM_NOW = cue(r"(?:tu|ke tu) (?:nay|bay gio|gio|hom nay)", r"from (?:now|today)", r"between now")
# "tháng 9" with no year is this year's; not "tháng 9/2026" (read already), "3 tháng tới".
# "tháng 6 năm nay", "tháng 3 năm sau": that year's month.
BARE_MONTH = re.compile(
    r"\bthang\s*(?P<m>1[0-2]|0?[1-9])\b"
    r"(?!\s*(?:[/.-]\s*\d|nam\b(?! (?:nay|sau|toi|ngoai|truoc)\b)|toi\b|nua\b))"
    r"(?:\s*(?P<y>(?:cua\s*)?nam (?:nay|sau|toi|ngoai|truoc)))?"
)
# "đến hết tháng 9", and "trước cuối năm sau", "by the end of next year": up to its end.
UNTIL = re.compile(r"\b(?:den het|den|toi het|toi|truoc|han chot|by|before|until)\s*$")
# "3 tháng tới", "trong 30 ngày tới", "next 6 months": from today on.
# "ba tháng tới": a count written as a word ("năm" is left out: it is also "year").
_COUNT = "mot hai ba bon sau bay tam chin muoi".split()
COUNT_WORD = re.compile(
    r"\b(" + "|".join(_COUNT) + r")(?= (?:thang|ngay|tuan) (?:toi|sap toi|nua|tiep theo)\b)"
)
COMING = re.compile(
    r"\b(\d{1,2})\s*(thang|ngay|tuan)\s*(?:toi|sap toi|nua|tiep theo)\b"
    r"|\bnext\s*(\d{1,2})\s*(months?|days?|weeks?)\b"
)


def count_digits(folded: str) -> str:
    """ "ba thang toi" → "3  thang toi": the count in digits, each position kept.

    >>> count_digits("trong ba thang toi")
    'trong 3  thang toi'
    """
    return COUNT_WORD.sub(lambda m: str(_COUNT.index(m[1]) + 1).ljust(len(m[1])), folded)


def coming(count: int, unit: str, today: date, span: tuple[int, int]) -> Period:
    """The next ``count`` months, weeks or days, from today."""
    if unit.startswith(("thang", "month")):
        index = today.year * 12 + today.month - 1 + count
        y, m = divmod(index, 12)
        end = date(y, m + 1, min(today.day, calendar.monthrange(y, m + 1)[1]))
    else:
        end = today + timedelta(days=count * (7 if unit.startswith(("tuan", "week")) else 1))
    return Period(Kind.RANGE, today, end, span)


def relative_period(unit: str, shift: int, today: date) -> Period:
    if unit == "quarter":
        index = today.year * 4 + quarter_of(today) - 1 + shift
        return Period(Kind.QUARTER, *quarter(index // 4, index % 4 + 1))
    if unit == "year":
        y = today.year + shift
        return Period(Kind.YEAR, date(y, 1, 1), date(y, 12, 31))
    if unit in ("year_end", "year_start"):
        return Period(Kind.QUARTER, *quarter(today.year + shift, 4 if unit == "year_end" else 1))
    if unit in ("half_first", "half_last"):
        y = today.year + shift
        first = unit == "half_first"
        start = date(y, 1 if first else 7, 1)
        return Period(Kind.HALF_YEAR, start, date(y, 6, 30) if first else date(y, 12, 31))
    if unit == "rest_of_year":
        return Period(Kind.RANGE, today, date(today.year, 12, 31))
    index = today.year * 12 + today.month - 1 + shift
    y, m = divmod(index, 12)
    start = date(y, m + 1, 1)
    end = (date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1)) - timedelta(days=1)
    return Period(Kind.MONTH, start, end)
