"""Appendix columns: what a header means, and which lines of a flattened row fill which cell.

Headers are matched by meaning: "Cơ quan chủ trì", "Đơn vị chủ trì" and "Cơ quan/Đơn vị
chủ trì" are all the lead. A flattened row is a run of lines with no cell borders, where a
cell may be split over two lines or missing altogether; :func:`align` finds the most
plausible cells by scoring every way to cut the lines.

>>> header_role("Thời gian hoàn thành").value, header_role("Kinh phí (triệu đồng)").value
('deadline', 'budget')
>>> align(["Nội dung dài của nhiệm vụ", "Sở A", "(Chi cục B)", "Sở C", "Quý II/2026"],
...       [Role.CONTENT, Role.LEAD, Role.COORD, Role.DEADLINE, Role.NOTE])
['Nội dung dài của nhiệm vụ', 'Sở A (Chi cục B)', 'Sở C', 'Quý II/2026', '']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from knowledge.agency_names import agency_tokens, head_of
from knowledge.fields import Role
from knowledge.normalize import fold
from knowledge.periods import parse_period

# Checked in order: "Thời gian thực hiện" is a deadline before "thực hiện" means the lead.
_HEADER_RULES: list[tuple[Role, re.Pattern[str]]] = [
    (Role.NUMBER, re.compile(r"^(?:s?tt|so tt|so thu tu|no|#)\.?$")),
    (Role.NOTE, re.compile(r"ghi chu|\bnotes?\b")),
    (Role.DIRECTOR, re.compile(r"chi dao|\bdirect")),
    (Role.COORD, re.compile(r"phoi hop|coordinat")),
    (Role.LEAD, re.compile(r"chu tri|\blead|responsible")),
    (Role.DEADLINE, re.compile(r"thoi gian|thoi han|tien do|hoan thanh|\bhan\b|deadline|moc")),
    (Role.OTHER, re.compile(r"nguon")),  # "Nguồn kinh phí" is a source, not an amount
    (Role.BUDGET, re.compile(r"kinh phi|du toan|ngan sach|\bvon\b|budget|\bcost")),
    (Role.PRODUCT, re.compile(r"san pham|ket qua|output|product")),
    (
        Role.CONTENT,
        re.compile(
            r"noi dung|nhiem vu|cong viec|hoat dong|van ban|giai phap|"
            r"de an|\btasks?\b|content|activit"
        ),
    ),
    (Role.LEAD, re.compile(r"thuc hien|don vi|co quan")),
]

MAX_HEADER_CHARS = 60
_NUMBERED = re.compile(r"^(?:[ivxl]+|\d+|[a-z])\s*[.)]\s")  # "I. CÁC NHIỆM VỤ" is a heading


def header_role(text: str) -> Role | None:
    """The role of a column from its header text; None if it reads like data, not a header."""
    folded = fold(text).strip(" .:")
    if not folded or len(folded) > MAX_HEADER_CHARS or _NUMBERED.match(folded):
        return None
    for role, pattern in _HEADER_RULES:
        if pattern.search(folded):
            return role
    return Role.OTHER


def is_header(cells: list[str]) -> bool:
    """True if these cells read as the header row of a data table."""
    roles = [header_role(c) for c in cells if c.strip()]
    if None in roles or len(roles) < 3:
        return False
    known = set(roles) - {Role.OTHER, Role.NUMBER}
    return Role.CONTENT in known and len(known) >= 2


_FUNDING = re.compile(
    r"ngan sach|von\b|nguon|long ghep|xa hoi hoa|kinh phi|tai tro|ty dong|trieu dong|khong"
)
_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?$")


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


@cache
def _looks_like_agency(text: str) -> bool:
    return head_of(agency_tokens(text)) > 0


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


@lru_cache(maxsize=8192)  # the row aligner scores the same joined lines many times
def cell_score(role: Role, text: str) -> float:
    """How well a text fits a column of this role; higher is better, 0 is neutral."""
    text = text.strip()
    if not text:
        return -_EMPTY.get(role, _EMPTY_OPTIONAL)
    score = -3.0 if text.startswith("(") else 0.0  # a cell does not open with a parenthesis
    if role is Role.DEADLINE:  # deadline cells are short; a long text is not one
        return score + (5.0 if len(text) < 120 and parse_period(text) else -10.0)
    if role is Role.BUDGET:
        if parse_number(text) is not None:
            return score + 2.0
        # "Lồng ghép", "Ngân sách tỉnh", "Xã hội hóa": a budget cell may name its source.
        return score + (1.0 if _FUNDING.search(fold(text)) else -5.0)
    if role in (Role.LEAD, Role.COORD, Role.DIRECTOR):
        if len(text) < 40 and parse_period(text):
            score -= 6.0
        if len(text) > 300:
            score -= 3.0
        return score + (2.0 if _looks_like_agency(text) else 0.0)
    if role is Role.CONTENT:
        return score + (1.0 if len(text) > 30 else 0.0)
    return score


def _join_cost(previous: str, line: str) -> float:
    """The cost of reading ``line`` as the continuation of the cell that ends with ``previous``."""
    if line[:1] in "(-+" or line[:1].islower() or previous.rstrip().endswith((",", "và", "-")):
        return 0.5
    return 3.0


def align(lines: list[str], roles: list[Role]) -> list[str]:
    """Cut a flattened row's lines into one cell per role, in order.

    Every cut keeps the order of the lines; a cell takes zero, one or several consecutive
    lines. The cut with the best total :func:`cell_score` wins (an exact dynamic program:
    rows are short).
    """
    n, m = len(lines), len(roles)
    neg = float("-inf")
    # best[j][i]: best score for the first j roles holding the first i lines.
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        role = roles[j - 1]
        for i in range(n + 1):
            for k in range(i + 1):  # the cell takes lines[k:i]
                if best[j - 1][k] == neg:
                    continue
                cell = lines[k:i]
                joins = sum(_join_cost(a, b) for a, b in zip(cell, cell[1:], strict=False))
                if role is Role.CONTENT:
                    joins /= 3  # long contents wrap more often than names do
                score = best[j - 1][k] + cell_score(role, " ".join(cell)) - joins
                if score > best[j][i]:
                    best[j][i], back[j][i] = score, k
    cells, i = [], n
    for j in range(m, 0, -1):
        k = back[j][i]
        cells.append(" ".join(lines[k:i]))
        i = k
    return cells[::-1]
