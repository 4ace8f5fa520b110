"""How well a text fits a column: the aligner's view of each column (:class:`Slot`), the
score of a cell by its column's role, and what each column of a table holds, learned
from its rows (:class:`Profile`: "Ngân sách tỉnh" in a funding column, "01 đợt" in a
target column).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from knowledge.agency_names import agency_tokens, head_of
from knowledge.fields import Role
from knowledge.normalize import fold
from knowledge.periods import parse_period

from .headers import START_HEADER
from .model import Column

_FUNDING = re.compile(
    r"ngan sach|von\b|nguon|long ghep|xa hoi hoa|kinh phi|tai tro|ty dong|trieu dong|khong"
    r"|du toan|chi thuong xuyen"  # "Trong dự toán được giao"
)
_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def parse_number(text: str) -> float | None:
    """A number as Vietnamese tables write it: "." groups thousands, "," marks decimals.

    >>> parse_number("1.200"), parse_number("1.200,5"), parse_number("350"), parse_number("x")
    (1200.0, 1200.5, 350.0, None)
    """
    text = text.strip().replace(" ", "")
    if not _NUMBER.match(text):
        return None
    if re.search(r",\d{1,2}$", text) or re.fullmatch(r"\d+,\d+", text):
        whole, _, frac = text.rpartition(",")
        return float(whole.replace(".", "") + "." + frac)
    return float(text.replace(".", "").replace(",", ""))


@lru_cache(maxsize=8192)  # a text is scored as a period for several columns and readings
def _is_period(text: str) -> bool:
    return parse_period(text) is not None


# When a task is due, said without a date: "Theo tiến độ dự án", "Dịp Tết", "Sau khi có hướng dẫn
# của Bộ", "Khi có yêu cầu". Deadline cells hold these; no other column opens with them.
# A deadline may also be a state ("Đã hoàn thành") or an event ("Kỳ họp thứ nhất Quốc hội
# khóa XVI").
_TIMING = re.compile(
    r"^(?:theo (?:tien do|lo trinh|ke hoach|yeu cau|chi dao|huong dan|thoi gian|quy dinh)"
    r"|(?:ngay )?sau khi\b|khi (?:co|duoc)\b|truoc khi\b|kip thoi\b|dot xuat\b|(?:vao )?dip\b"
    r"|da hoan thanh\b|(?:tai )?ky hop thu\b|(?:tai )?phien hop\b)"
)
# Dates inside a longer text: a deadline cell that says what is due when ("Ban hành các quy
# định trong Quý II/2026. Đầu tư ... trong Quý II/2026").
_DATED = re.compile(r"\b(?:quy [ivx]+|thang \d{1,2})\s*/\s*\d{4}\b")


def is_timing(text: str) -> bool:
    """True for a deadline cell: a period, or when a task is due said without a date.

    >>> is_timing("Quý II/2026"), is_timing("Theo tiến độ dự án"), is_timing("Sở Y tế")
    (True, True, False)
    """
    return _is_period(text) or bool(_TIMING.match(fold(text)))


@cache
def _looks_like_agency(text: str) -> bool:
    # A head word is at most a few words long, so only the start of a long text is read.
    return head_of(agency_tokens(text[:40])) > 0


# The cost of leaving a cell empty, by role: a task always has content and a lead, and
# optional columns are often blank.
_EMPTY = {
    Role.CONTENT: 100.0,
    Role.LEAD: 20.0,
    Role.COORD: 6.0,
    Role.DIRECTOR: 6.0,
    Role.DEADLINE: 4.0,
    Role.NOTE: 0.5,  # "Ghi chú" is the column most often left blank
}
_EMPTY_OPTIONAL = 1.5


@dataclass(frozen=True)
class Slot:
    """How the aligner scores a column: as cells of ``role``, and what leaving it empty costs."""

    role: Role
    empty: float = -1.0  # negative: the role's usual cost
    amounts: bool = False  # a budget column that holds numbers only (see :func:`slots`)
    spanning: bool = False  # a note row spanning the table after the row, not a column
    wrapped: bool = False  # the table was printed: each cell wraps over lines
    cut: bool = False  # the cell may end anywhere: a page break cuts the row after it

    @property
    def empty_cost(self) -> float:
        return self.empty if self.empty >= 0 else _EMPTY.get(self.role, _EMPTY_OPTIONAL)


# A line after a row's last cell that comments on the row: a sentence of its own. Placing a
# line there costs a little, so a cell that could hold it keeps it.
NOTE_ROW = Slot(Role.NOTE, empty=0.0, spanning=True)


_SOURCE = re.compile(r"\bnguon\b")


def slots(columns: list[Column]) -> list[Slot]:
    """The aligner's view of a table's data columns. A start date is scored as a period,
    but a task may leave it out. A budget column holds amounts only when its source has a
    column of its own ("Nguồn kinh phí") or a sub-header names the source ("Kinh phí -
    Ngân sách tỉnh"); otherwise its cell may name the source instead ("Lồng ghép")."""
    sourced = any(c.role is Role.OTHER and _SOURCE.search(fold(c.header)) for c in columns)
    out = []
    for col in columns:
        if col.role is Role.OTHER and START_HEADER.search(fold(col.header)):
            out.append(Slot(Role.DEADLINE, _EMPTY_OPTIONAL))
        else:
            amounts = col.role is Role.BUDGET and (sourced or bool(col.parent))
            out.append(Slot(col.role, amounts=amounts))
    return out


@lru_cache(maxsize=2**16)  # the row aligner scores the same joined lines many times
def cell_score(role: Role, text: str, amounts: bool = False) -> float:
    """How well a text fits a column of this role; higher is better, 0 is neutral."""
    text = text.strip()
    if not text:
        return -_EMPTY.get(role, _EMPTY_OPTIONAL)
    score = -3.0 if text.startswith("(") else 0.0  # a cell does not open with a parenthesis
    if role is Role.DEADLINE:  # deadline cells are short; a long text is not one
        if len(text) < 120 and is_timing(text):
            return score + 5.0
        if len(text) < 300 and (is_timing(text[:60]) or _DATED.search(fold(text))):
            return score + 2.0  # "Quý II/2026 (theo yêu cầu của cấp có thẩm quyền ...)"
        return score - 10.0
    if role is Role.BUDGET:
        if len(text) > 100:
            return score - 5.0  # an amount or a source is short
        if _YEAR.match(text):
            return score  # "2026" alone is a year more often than an amount
        if parse_number(text) is not None:
            return score + 2.0
        # "Lồng ghép", "Ngân sách tỉnh", "Xã hội hóa": a budget cell may name its source.
        return score + (1.0 if not amounts and _FUNDING.search(fold(text)) else -5.0)
    if role in (Role.LEAD, Role.COORD, Role.DIRECTOR):
        if len(text) < 60 and is_timing(text):
            score -= 6.0
        if len(text) > 300:
            score -= 3.0
        return score + (2.0 if _looks_like_agency(text) else 0.0)
    if role is Role.CONTENT:
        return score + (1.0 if len(text) > 30 else 0.0)
    if role is Role.PRODUCT and OUTPUT_KIND.match(fold(text)):
        return score + 1.5  # "Đề án trình Thủ tướng", "Báo cáo kết quả": what a task yields
    return score


# What a task yields, by kind: a paper or an event. No agency's name opens with one, so a
# line that does starts a result, not the rest of a partner's name.
OUTPUT_KIND = re.compile(
    r"(?:de an|bao cao|to trinh|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|"
    r"van ban|du thao|du an luat|dien dan|hoi nghi|hoi thao|bo chi so|so tay|tai lieu|"
    r"chuyen muc|cac so)\b"
)


@lru_cache(maxsize=2**16)  # bounded: a bot indexes plans for months in one process
def kind_of(text: str) -> str:
    """The kind of a cell's text, for learning what each column of a table holds."""
    if len(text) > 100:
        return "text"  # a task's content, or a long note
    if len(text) < 60 and is_timing(text):
        return "period"  # "2026" too: a year alone is a time before it is an amount
    if parse_number(text) is not None:
        return "number"
    if names_agency(text):
        return "agency"
    if _SOURCE_TEXT.search(fold(text)):
        return "funding"
    if re.search(r"\d", text):
        return "quantity"  # "01 đợt", "100% cơ sở được kiểm tra"
    return "text"


_PLURAL = re.compile(r"^(?:các|những)\s", re.IGNORECASE)
_PLACE_WORDS = ("tinh", "huyen", "xa", "thanh", "thi", "quan", "phuong")


@lru_cache(maxsize=8192)
def names_agency(text: str) -> bool:
    """True if the text opens with an agency's name: a one-word head is followed by a name
    ("Sở Y tế", "Báo Bình Dương", "Thuế tỉnh"), not by a common word ("Báo cáo", "Hội
    nghị"), which would make it a product."""
    if not _looks_like_agency(text):
        return False
    words = text.split()
    if _PLURAL.match(text) or len(agency_tokens(words[0])) > 1:
        return True  # "Các sở, ban, ngành", "UBND ...": kinds of agency, or an abbreviation
    if head_of(agency_tokens(" ".join(words[:2]))) > 1:
        return True  # "Công an ...", "Cơ quan ...": a head of two words
    follower = words[1] if len(words) > 1 else ""
    return not follower or follower[:1].isupper() or fold(follower) in _PLACE_WORDS


_KINDS = ("period", "number", "agency", "funding", "quantity", "text")
# Where money comes from; narrower than _FUNDING, as "nguồn gốc" (origin) is no source.
_SOURCE_TEXT = re.compile(
    r"ngan sach|\bvon\b|nguon (?:von|kinh phi|ngan sach|khac|xa hoi)|long ghep|xa hoi hoa|"
    r"kinh phi|tai tro|du toan|chi thuong xuyen"
)
LEARNING_ROWS = 3  # fewer rows are too few to learn what a column holds
_MOST = 2.0  # a column's profile breaks ties between readings; it does not overrule them
_PRIOR_WEIGHT = 2.0  # how many cells of evidence the table-wide mix counts for in a column


class Profile:
    """What each column of a table holds, learned from a first reading of its rows; a cell
    is then placed where texts of its kind were found (a product text in "Sản phẩm", not in
    "Nguồn kinh phí", which holds funding sources)."""

    def __init__(self, rows: list[list[str]]) -> None:
        width = max((len(r) for r in rows), default=0)
        self.counts = [Counter(kind_of(r[c]) for r in rows if r[c]) for c in range(width)]
        overall = sum(self.counts, Counter())
        total = sum(overall.values())
        self.prior = {k: (overall[k] + 1) / (total + len(_KINDS)) for k in _KINDS}

    def bonus(self, column: int, text: str) -> float:
        """log P(kind | column) / P(kind): positive where texts of this kind are usual."""
        kind, counts = kind_of(text), self.counts[column]
        here = (counts[kind] + _PRIOR_WEIGHT * self.prior[kind]) / (counts.total() + _PRIOR_WEIGHT)
        return max(-_MOST, min(_MOST, math.log(here / self.prior[kind])))
