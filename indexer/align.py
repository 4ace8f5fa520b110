"""Which lines of a flattened row fill which cell.

A flattened row is a run of lines with no cell borders, where a cell may be split over two
lines or missing altogether; :func:`align` finds the most plausible cells by scoring every
way to cut the lines, and :func:`align_table` first learns from the table's own rows what
each column holds.

>>> roles = (Role.CONTENT, Role.LEAD, Role.COORD, Role.DEADLINE, Role.NOTE)
>>> lines = ["Nội dung dài của nhiệm vụ", "Sở A", "(Chi cục B)", "Sở C", "Quý II/2026"]
>>> align(lines, [Slot(r) for r in roles])
['Nội dung dài của nhiệm vụ', 'Sở A (Chi cục B)', 'Sở C', 'Quý II/2026', '']
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.fields import Role
from knowledge.normalize import fold

from .cell_scores import (
    LEARNING_ROWS,
    OUTPUT_KIND,
    Profile,
    Slot,
    cell_score,
    is_timing,
    names_agency,
)
from .gazette import WRAPPED_HYPHEN


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


_NOTE_CHARS = 80


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
