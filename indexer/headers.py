"""Appendix headers: what a column's header means.

Headers are matched by meaning: "Cơ quan chủ trì", "Đơn vị chủ trì" and "Cơ quan/Đơn vị
chủ trì" are all the lead. A two-row header ("Thời gian thực hiện" over "Bắt đầu" and
"Hoàn thành") gives each sub-column a name of its own and the role its sub-header says.

>>> header_role("Thời gian hoàn thành").value, header_role("Kinh phí (triệu đồng)").value
('deadline', 'budget')
"""

from __future__ import annotations

import re

from knowledge.fields import Role
from knowledge.normalize import fold

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
START_HEADER = re.compile(r"bat dau|khoi cong|^tu(?: nam| ngay| thang)?$")

MAX_HEADER_CHARS = 60
_NUMBERED = re.compile(r"^(?:[ivxl]+|\d+|[a-z])\s*[.)]\s")  # "I. CÁC NHIỆM VỤ" is a heading


def header_role(text: str) -> Role | None:
    """The role of a column from its header text; None if it reads like data, not a header."""
    folded = fold(text).strip(" .:")
    if not folded or len(folded) > MAX_HEADER_CHARS or _NUMBERED.match(folded):
        return None
    if not any(c.isalnum() for c in folded):
        return None  # a rule under a title, "___________"
    if START_HEADER.search(folded) and not re.search(r"hoan thanh|ket thuc", folded):
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
        return Role.OTHER if START_HEADER.search(fold(sub)) else Role.DEADLINE
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
