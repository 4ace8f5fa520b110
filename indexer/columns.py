"""Appendix columns: what a header means, and which lines of a flattened row fill which cell.

Headers are matched by meaning: "Cơ quan chủ trì", "Đơn vị chủ trì" and "Cơ quan/Đơn vị
chủ trì" are all the lead. A two-row header ("Thời gian thực hiện" over "Bắt đầu" and
"Hoàn thành") gives each sub-column a name of its own and the role its sub-header says. A
flattened row is a run of lines with no cell borders, where a cell may be split over two
lines or missing altogether; :func:`align` finds the most plausible cells by scoring every
way to cut the lines, and :func:`align_table` first learns from the table's own rows what
each column holds ("Ngân sách tỉnh" in a funding column, "01 đợt" in a target column).

>>> header_role("Thời gian hoàn thành").value, header_role("Kinh phí (triệu đồng)").value
('deadline', 'budget')
>>> roles = (Role.CONTENT, Role.LEAD, Role.COORD, Role.DEADLINE, Role.NOTE)
>>> lines = ["Nội dung dài của nhiệm vụ", "Sở A", "(Chi cục B)", "Sở C", "Quý II/2026"]
>>> align(lines, [Slot(r) for r in roles])
['Nội dung dài của nhiệm vụ', 'Sở A (Chi cục B)', 'Sở C', 'Quý II/2026', '']
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

from .gazette import WRAPPED_HYPHEN
from .model import Column

# "Cơ quan chủ trì/phối hợp" names both roles; its first agency leads.
_BOTH = re.compile(r"chu tri\W+(?:\w+\W+)?phoi hop")
# Checked in order: "Thời gian thực hiện" is a deadline before "thực hiện" means the lead.
_HEADER_RULES: list[tuple[Role, re.Pattern[str]]] = [
    (Role.NUMBER, re.compile(r"^(?:s?tt|so tt|so thu tu|no|#)\.?$")),
    (Role.NOTE, re.compile(r"ghi chu|\bnotes?\b")),
    (Role.DIRECTOR, re.compile(r"chi dao|\bdirect")),
    (Role.LEAD, _BOTH),
    (Role.COORD, re.compile(r"phoi hop|coordinat")),
    (Role.LEAD, re.compile(r"chu tri|chu dau tu|\blead|responsible")),  # a project's owner leads it
    # How, where and in what unit a task is done describe it; they do not name its lead.
    (Role.OTHER, re.compile(r"(?:hinh|phuong|cach) thuc|don vi tinh|\bdvt\b|dia ban|dia diem")),
    (
        Role.DEADLINE,
        re.compile(
            r"thoi gian|thoi han|tien do|hoan thanh|ket thuc|\bhan\b|deadline|moc|lo trinh|"
            r"^nam\b"
        ),
    ),
    (Role.OTHER, re.compile(r"nguon")),  # "Nguồn kinh phí" is a source, not an amount
    # "Tổng mức đầu tư (tỷ đồng)" is a project's budget
    (Role.BUDGET, re.compile(r"kinh phi|du toan|ngan sach|\bvon\b|muc dau tu|budget|\bcost")),
    (Role.PRODUCT, re.compile(r"san pham|ket qua|output|product")),
    (
        Role.CONTENT,
        re.compile(
            r"noi dung|nhiem vu|cong viec|hoat dong|van ban|giai phap|de an|du an|"
            r"chuong trinh|cong trinh|^ten\b|\btasks?\b|content|activit"
        ),
    ),
    (Role.LEAD, re.compile(r"thuc hien|don vi|co quan")),
]
# A time column that says when a task starts; the deadline is the column that says when it
# ends ("Thời gian bắt đầu" beside "Thời gian hoàn thành").
_START = re.compile(r"bat dau|khoi cong|^tu(?: nam| ngay| thang)?$")

MAX_HEADER_CHARS = 60
_NUMBERED = re.compile(r"^(?:[ivxl]+|\d+|[a-z])\s*[.)]\s")  # "I. CÁC NHIỆM VỤ" is a heading


def header_role(text: str) -> Role | None:
    """The role of a column from its header text; None if it reads like data, not a header."""
    folded = fold(text).strip(" .:")
    if not folded or len(folded) > MAX_HEADER_CHARS or _NUMBERED.match(folded):
        return None
    if not any(c.isalnum() for c in folded):
        return None  # a rule under a title, "___________"
    if _START.search(folded) and not re.search(r"hoan thanh|ket thuc", folded):
        return Role.OTHER  # kept as a column of its own; the deadline is when a task ends
    for role, pattern in _HEADER_RULES:
        if pattern.search(folded):
            return role
    return Role.OTHER


def names_both_roles(header: str) -> bool:
    """True for a column that holds the lead and its partners ("Cơ quan chủ trì/phối hợp").

    >>> names_both_roles("Cơ quan chủ trì/phối hợp"), names_both_roles("Cơ quan phối hợp")
    (True, False)
    """
    return bool(_BOTH.search(fold(header)))


def is_header(cells: list[str]) -> bool:
    """True if these cells read as the header row of a data table."""
    roles = [header_role(c) for c in cells if c.strip()]
    if None in roles or len(roles) < 3:
        return False
    known = set(roles) - {Role.OTHER, Role.NUMBER}
    return Role.CONTENT in known and len(known) >= 2


# ---------------------------------------------------------------- two-row headers

# Sub-headers under a header that spans several columns, by the role of that header.
_SUBHEADERS: dict[Role, re.Pattern[str]] = {
    Role.DEADLINE: re.compile(
        r"^(?:(?:thoi gian|nam|ngay) )?(?:bat dau|khoi cong|hoan thanh|ket thuc)$|"
        r"^(?:tu|den)(?: nam| ngay| thang)?$"
    ),
    Role.BUDGET: re.compile(
        r"^(?:tong(?: so| cong)?|trong do|ngan sach\b.*|nguon (?:khac|von khac|xa hoi hoa)|"
        r"von\b.*|xa hoi hoa|khac|trung uong|dia phuong|nam \d{4})$"
    ),
    Role.LEAD: re.compile(r"^(?:chu tri|phoi hop|chi dao)$"),
}


def sub_role(parent: Role, sub: str) -> Role:
    """The role of a sub-column: what its sub-header says, else what the header above says.

    >>> [sub_role(Role.DEADLINE, s).value for s in ("Bắt đầu", "Hoàn thành")]
    ['other', 'deadline']
    >>> [sub_role(Role.BUDGET, s).value for s in ("Ngân sách tỉnh", "Nguồn khác")]
    ['budget', 'budget']
    """
    if parent is Role.BUDGET:
        return Role.BUDGET  # every part of a budget is an amount, "Nguồn khác" too
    if parent is Role.DEADLINE:  # the start is kept apart; the deadline is when a task ends
        return Role.OTHER if _START.search(fold(sub)) else Role.DEADLINE
    role = header_role(sub) or Role.OTHER
    return parent if role is Role.OTHER else role


def sub_column(parent: str, sub: str) -> Column:
    """The column under a spanning header: "Kinh phí (triệu đồng) - Ngân sách tỉnh"."""
    role = sub_role(header_role(parent) or Role.OTHER, sub)
    return Column(f"{parent} - {sub}", role, parent)


def header_column(header: str) -> Column:
    """A column of a one-row header."""
    return Column(header, header_role(header) or Role.OTHER)


def merge_split_headers(cells: list[str]) -> list[str]:
    """Header cells that text extraction split over lines, joined again: a cell does not
    start in lower case or with a parenthesis ("Đơn vị" + "chủ trì", "Kinh phí" + "(triệu
    đồng)").

    >>> merge_split_headers(["TT", "Đơn vị", "chủ trì", "Kinh phí", "(triệu đồng)"])
    ['TT', 'Đơn vị chủ trì', 'Kinh phí (triệu đồng)']
    """
    out: list[str] = []
    for cell in cells:
        if out and cell[:1] and (cell[:1].islower() or cell[:1] == "("):
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def flat_columns(cells: list[str]) -> list[Column]:
    """The columns of a flattened header, where a two-row header reads as the top row's
    cells followed by the sub-headers ("Thời gian thực hiện", "Kinh phí", "Ghi chú", "Bắt
    đầu", "Hoàn thành", "Ngân sách tỉnh", "Nguồn khác").

    >>> [c.header for c in flat_columns(["TT", "Nội dung", "Thời gian", "Ghi chú",
    ...                                   "Bắt đầu", "Hoàn thành"])]
    ['TT', 'Nội dung', 'Thời gian - Bắt đầu', 'Thời gian - Hoàn thành', 'Ghi chú']
    """
    cells = merge_split_headers(cells)
    for k in range(len(cells) - 2, 1, -1):  # the longest run of sub-headers that fits
        spans = _spans(cells[:-k], cells[-k:])
        if spans is not None:
            out = []
            for index, parent in enumerate(cells[:-k]):
                subs = spans.get(index)
                out += [sub_column(parent, s) for s in subs] if subs else [header_column(parent)]
            return out
    return [header_column(c) for c in cells]


def _spans(top: list[str], subs: list[str]) -> dict[int, list[str]] | None:
    """Which header of the top row each sub-header sits under, left to right, two or more
    under each; None if the sub-headers do not all fit."""
    spans: dict[int, list[str]] = {}
    rest = list(subs)
    for index, parent in enumerate(top):
        pattern = _SUBHEADERS.get(header_role(parent) or Role.OTHER)
        run = 0
        while pattern and run < len(rest) and pattern.match(fold(rest[run]).strip(" .:")):
            run += 1
        if run >= 2:
            spans[index], rest = rest[:run], rest[run:]
    return spans if spans and not rest else None


def two_row_columns(top: list[str], below: list[str]) -> list[Column] | None:
    """The columns of a Word header whose second row splits merged cells of the first; None
    if ``below`` is not such a row. A merged cell comes back once per column it spans, so a
    spanning header is one that repeats; under the others the second row is empty or repeats
    them (a vertical merge)."""
    if len(below) != len(top):
        return None
    spanned = [
        (i > 0 and top[i - 1] == cell) or (i + 1 < len(top) and top[i + 1] == cell)
        for i, cell in enumerate(top)
    ]
    differ = [i for i, (a, b) in enumerate(zip(top, below, strict=True)) if b and a != b]
    if len(differ) < 2 or not all(spanned[i] for i in differ):
        return None
    if any(below[i] not in ("", top[i]) for i in range(len(top)) if i not in differ):
        return None
    return [
        sub_column(top[i], below[i]) if i in differ else header_column(top[i])
        for i in range(len(top))
    ]


# ---------------------------------------------------------------- cells

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
_NOTE_CHARS = 80


_SOURCE = re.compile(r"\bnguon\b")


def slots(columns: list[Column]) -> list[Slot]:
    """The aligner's view of a table's data columns. A start date is scored as a period,
    but a task may leave it out. A budget column holds amounts only when its source has a
    column of its own ("Nguồn kinh phí") or a sub-header names the source ("Kinh phí -
    Ngân sách tỉnh"); otherwise its cell may name the source instead ("Lồng ghép")."""
    sourced = any(c.role is Role.OTHER and _SOURCE.search(fold(c.header)) for c in columns)
    out = []
    for col in columns:
        if col.role is Role.OTHER and _START.search(fold(col.header)):
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


def _join_cost(previous: str, line: str) -> float:
    """The cost of reading ``line`` as the continuation of the cell that ends with ``previous``."""
    if line[:1] in "(-+" or line[:1].islower() or previous.rstrip().endswith((",", "và", "-")):
        return 0.5
    if line[:1].isdigit() and _WANTS_NUMBER.search(fold(previous)):
        return 0.5  # "Năm" / "2026 - 2027": a date broken after its first word
    if _WANTS_MORE.search(fold(previous)):
        return 0.5  # "Nghị quyết của" / "Chính phủ": no cell ends with "của"
    if _WANTS_NAME.search(fold(previous)):
        return 0.5  # "Bộ trưởng Bộ" / "Khoa học và Công nghệ": a name broken after its head
    return 3.0


# What a task yields, by kind: a paper or an event. No agency's name opens with one, so a
# line that does starts a result, not the rest of a partner's name.
OUTPUT_KIND = re.compile(
    r"(?:de an|bao cao|to trinh|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|ke hoach|"
    r"van ban|du thao|du an luat|dien dan|hoi nghi|hoi thao|bo chi so|so tay|tai lieu|"
    r"chuyen muc|cac so)\b"
)
_WANTS_MORE = re.compile(
    r"(?:^|\s)(?:cua|cac|voi|cho|ve|theo|trong|tai|den|de|la|nhung|thuoc|truc|nham|bang|tren)\s*$"
)
_WANTS_NAME = re.compile(r"(?:^|\s)(?:bo|so|cuc|ban|vien|uy ban|hoi dong|ngan hang)\s*$")
_WANTS_NUMBER = re.compile(r"\b(?:nam|quy|thang|ngay|giai doan|tu|den|truoc|sau|so)\s*$")
# On a printed page (:attr:`Slot.wrapped`): joining a line in capitals that starts no name to
# an agency cell ("Bộ Công" / "Thương"), and a line after a short one to a content cell.
_NAME_GOES_ON = 2.0
_LEAD_LIST = 0.5
_SHORT_LINE = 4.0
_SHORT_CHARS = 25


# ---------------------------------------------------------------- what a column holds


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


def align_scored(
    lines: list[str], slots: list[Slot], profile: Profile | None = None
) -> tuple[float, list[str]]:
    """Cut a flattened row's lines into one cell per slot, in order; the best cut's score
    and cells.

    Every cut keeps the order of the lines; a cell takes zero, one or several consecutive
    lines. The cut with the best total :func:`cell_score` (plus what the ``profile`` says of
    each cell's kind) wins: an exact dynamic program, since rows are short.
    """
    n, m = len(lines), len(slots)
    neg = float("-inf")
    # joined[t]: the cost of joining lines[0..t] into one cell; a run k..i-1 costs the
    # difference, so each candidate cell is priced in constant time.
    # Three prices, for the cells of an agency column (a name to a line), of the content
    # column (long texts wrap) and of the others.
    joined, listed, wordy, opened = [0.0], [0.0], [0.0], [0]
    wrapped = any(s.wrapped for s in slots)
    opens = [_opens_name(a, b) for a, b in zip(lines, lines[1:], strict=False)]
    for t, (a, b) in enumerate(zip(lines, lines[1:], strict=False)):
        cost = _join_cost(a, b)
        joined.append(joined[-1] + cost)
        if wrapped:  # names wrap; a line that is no name of its own goes on the one before
            name = cost if opens[t] or not b[:1].isupper() else _NAME_GOES_ON
            if OUTPUT_KIND.match(fold(b)):
                name += _NAME_GOES_ON  # "Các bộ, ngành" / "Báo cáo kết quả": a result begins
            # a content line is as wide as its column; a short one ended its cell
            cost = cost / 3 + (_SHORT_LINE if len(a) < _SHORT_CHARS else 0.0)
        else:
            name, cost = 0.5 if opens[t] else cost, cost / 3
        listed.append(listed[-1] + name)
        wordy.append(wordy[-1] + cost)
        opened.append(opened[-1] + (wrapped and opens[t]))
    # Every run of lines a cell may take, as text and as a list of agencies; a printed
    # page's cell wraps over many lines, but not over a whole row's.
    span = n if n <= MAX_CELL_LINES else MAX_CELL_LINES
    texts: dict[tuple[int, int], str] = {}
    names: dict[tuple[int, int], str] = {}
    for k in range(n):
        text = name = lines[k]
        texts[k, k + 1] = names[k, k + 1] = text
        for i in range(k + 2, min(n, k + span) + 1):
            hyphen = bool(WRAPPED_HYPHEN.search(lines[i - 2]))
            text += ("" if hyphen else " ") + lines[i - 1]
            name += (", " if opens[i - 2] else "" if hyphen else " ") + lines[i - 1]
            texts[k, i], names[k, i] = text, name
    # best[j][i]: best score for the first j slots holding the first i lines.
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        cell_slot = slots[j - 1]
        empty = cell_slot.empty_cost
        if wrapped and cell_slot.role in (Role.COORD, Role.DIRECTOR):
            empty = _PRINTED_EMPTY  # partners are often left out; a misjoined cell costs more
        for i in range(n + 1):
            for k in range(max(0, i - span), i + 1):  # the cell takes lines[k:i]
                if best[j - 1][k] == neg:
                    continue
                if k == i:
                    score = best[j - 1][k] - empty
                else:
                    agencies = cell_slot.role in _AGENCY_ROLES
                    text = (names if agencies else texts)[k, i]
                    content = cell_slot.role is Role.CONTENT
                    costs = listed if agencies else wordy if content else joined
                    joins = costs[i - 1] - costs[k]
                    if cell_slot.role is Role.LEAD:
                        # printed, a lead is most often one agency, and partners a list
                        joins += _LEAD_LIST * (opened[i - 1] - opened[k])
                    score = best[j - 1][k] - joins
                    if cell_slot.spanning:
                        score += _note_score(text) - 2 * (i - k - 1)
                    else:
                        score += cell_score(cell_slot.role, text, cell_slot.amounts)
                        if wrapped:
                            score -= _printed_cell(text, agencies, cell_slot.cut)
                            if cell_slot.role is Role.PRODUCT and names_agency(text):
                                score -= _AGENCY_AS_PRODUCT
                    if profile is not None:
                        # a list of agencies is of the kind of its first
                        score += profile.bonus(j - 1, lines[k] if agencies else text)
                if score >= best[j][i]:  # on a tie, the earlier column takes the text
                    best[j][i], back[j][i] = score, k
    cells, i = [], n
    for j in range(m, 0, -1):
        k = back[j][i]
        cells.append((names if slots[j - 1].role in _AGENCY_ROLES else texts).get((k, i), ""))
        i = k
    return best[m][n], cells[::-1]


_AGENCY_ROLES = (Role.LEAD, Role.COORD, Role.DIRECTOR)
# A cell of a printed page, cut from its wrapped lines: what no cell does.
_PRINTED_EMPTY = 3.0
_AGENCY_AS_PRODUCT = 3.0  # a result that opens with an agency's name is a partner's tail
_ENDS_OPEN = re.compile(r"(?:,|(?:^|\s)(?:cua|va|cac|voi|cho|ve|theo|trong|tai|den|de|nhung))$")


@lru_cache(maxsize=2**16)  # the segmenter prices the same cuts of a row many times
def _printed_cell(text: str, agencies: bool, cut: bool = False) -> float:
    """What it costs to cut a printed cell here: a cell opens with a capital and does not
    end on a comma or a word that needs more ("của"), unless a page cut it; an agency cell
    names an agency."""
    cost = 4.0 if text[:1].islower() else 0.0
    cost += 8.0 if not cut and _ENDS_OPEN.search(fold(text[-12:]).rstrip()) else 0.0
    return cost + (4.0 if agencies and not names_agency(text) else 0.0)


MAX_CELL_LINES = 24  # the most lines of a printed page one cell is read from


def _opens_name(previous: str, line: str) -> bool:
    """True if ``line`` starts an agency of its own after ``previous`` in an agency cell:
    each paragraph of "Bộ Tư pháp (...)" / "Bộ Tài chính (...)" is one."""
    if previous.rstrip().endswith((",", ";", "-", "(")) or not line[:1].isupper():
        return False
    if _ENDS_OPEN.search(fold(previous[-12:]).rstrip()):
        return False  # "Ủy ban nhân dân các" / "tỉnh": no name starts after "các"
    return names_agency(line)


def join_names(lines: list[str]) -> str:
    """The lines of an agency cell as one text, a comma between two agencies.

    >>> join_names(["Bộ Tư pháp (chủ trì)", "Bộ Tài chính", "Ngân hàng Nhà nước", "Việt Nam"])
    'Bộ Tư pháp (chủ trì), Bộ Tài chính, Ngân hàng Nhà nước Việt Nam'
    """
    out = lines[0] if lines else ""
    for a, b in zip(lines, lines[1:], strict=False):
        out += (", " if _opens_name(a, b) else "" if WRAPPED_HYPHEN.search(a) else " ") + b
    return out


def _note_score(text: str) -> float:
    """How well a text reads as a note row under a task: a sentence of its own."""
    if len(text) < _NOTE_CHARS or not text[:1].isupper() or is_timing(text[:60]):
        return -20.0
    return -1.0


def align(lines: list[str], slots: list[Slot]) -> list[str]:
    """The cells of one flattened row (see :func:`align_scored`)."""
    return align_scored(lines, slots)[1]


def align_table(rows: list[list[str]], slots: list[Slot]) -> list[list[str]]:
    """The cells of every row of a table: a first reading by the header's roles teaches a
    :class:`Profile` of the columns, which the second reading follows where roles alone
    leave a choice (a trailing text that could be the product or a funding source)."""
    first = [align(lines, slots) for lines in rows]
    if len(rows) < LEARNING_ROWS or any(s.wrapped for s in slots):
        return first  # the kinds of a printed page's cell parts say little of its column
    profile = Profile(first)
    return [align_scored(lines, slots, profile)[1] for lines in rows]
