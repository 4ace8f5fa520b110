"""What the lines of a flattened row make, beyond one cell a column: a task done in two
stages, items under a task whose cells are merged down, a printed row broken by a page, and
whether a printed row reads like its columns.

>>> from knowledge.fields import Role
>>> own = [Slot(r) for r in (Role.CONTENT, Role.LEAD, Role.PRODUCT, Role.DEADLINE)]
>>> stages(["Thể chế hóa", "Bộ Tài chính", "Báo cáo chuyên đề", "Tháng 5/2026",
...         "Báo cáo kết quả", "Tháng 11/2026"], own)[2:]
['Báo cáo chuyên đề; Báo cáo kết quả', 'Tháng 5/2026; Tháng 11/2026']
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.fields import AGENCY_ROLES, Role

from .align import align_scored, join_names
from .cell_scores import Slot, cell_score, is_timing, names_agency
from .model import Row


def doubtful(cells: list[str], own: list[Slot]) -> bool:
    """True if a row rebuilt from wrapped lines reads unlike its columns: no lead or no
    deadline, a lead or partner that names no agency, a deadline that says no time."""
    for slot, text in zip(own, cells, strict=True):
        if slot.role is Role.LEAD and not text:
            return True
        if slot.role in AGENCY_ROLES and text and not names_agency(text):
            return True
        if slot.role is Role.DEADLINE and (not text or cell_score(Role.DEADLINE, text) < 0):
            return True
    return False


_STAGE_GAIN = 4.0  # how much better a row must read as two stages than as one


def stages(lines: list[str], own: list[Slot]) -> list[str] | None:
    """The cells of a task done in two stages, each with its result and deadline, whose
    merged cells (number, content, perhaps the lead) the text gives once: the lines read as
    the row's cells and then its last columns again. Each column keeps the texts of both
    stages, set apart with "; ". None if the lines read better as one row."""
    single = align_scored(lines, own)[0]
    best: tuple[float, int, list[str]] | None = None
    for k in range(1, len(own)):
        again = own[k:]
        if not any(s.role is Role.DEADLINE for s in again):
            continue
        score, cells = align_scored(lines, [*own, *again])
        stage = cells[len(own) :]
        deadlines = [j for j, s in enumerate(again) if s.role is Role.DEADLINE]
        if not all(stage[j] and is_timing(stage[j]) for j in deadlines):
            continue
        if not stage[0] or any(
            not _stage_cell(s.role, t) for s, t in zip(again, stage, strict=True)
        ):
            continue
        if score > single + _STAGE_GAIN and (best is None or score > best[0]):
            best = (score, k, cells)
    if best is None:
        return None
    _, k, cells = best
    out = cells[: len(own)]
    for j, text in enumerate(cells[len(own) :], start=k):
        if text and text not in out[j].split("; "):
            out[j] = f"{out[j]}; {text}" if out[j] else text
    return out


def printed_stages(lines: list[str], own: list[Slot], cut: int | None = None) -> list[str] | None:
    """The cells of a printed task done in two stages: after the first stage's deadline the
    page prints its agency again ("Bộ Tài chính" once per stage) and then the second stage's
    cells. Wrapped cells make a long row no sign of stages on a printed page, but a lead
    printed twice with a deadline after each is. ``cut`` is the line a page break cut the
    row at, if any. Each column keeps both stages' texts, as :func:`stages` does; None if no
    agency line is printed again.

    >>> roles = (Role.CONTENT, Role.LEAD, Role.COORD, Role.PRODUCT, Role.DEADLINE)
    >>> printed_stages(["Thể chế hóa đầy đủ, kịp thời các chủ", "trương của Đảng",
    ...     "Bộ Tài chính", "Các bộ, ngành", "Báo cáo chuyên", "đề được trình", "Tháng 5/2026",
    ...     "Bộ Tài chính", "Các bộ, ngành", "Báo cáo kết quả", "Tháng 11/2026"],
    ...     [Slot(r, wrapped=True) for r in roles])[3:]
    ['Báo cáo chuyên đề được trình; Báo cáo kết quả', 'Tháng 5/2026; Tháng 11/2026']
    """
    for r in range(2, len(lines)):
        if lines[r] not in lines[:r] or not names_agency(lines[r]):
            continue
        head, tail = lines[:r], lines[r:]
        first = _read(head, own, cut)
        printed_again = (
            j for j, s in enumerate(own) if s.role in AGENCY_ROLES and first[j].startswith(lines[r])
        )
        k = next(printed_again, None)
        if k is None:
            continue
        again = own[k:]
        second = _read(tail, again, None if cut is None or cut <= r else cut - r)
        timed = [
            is_timing(cells[j]) if cells[j] else False
            for cells, slots_ in ((first, own), (second, again))
            for j, s in enumerate(slots_)
            if s.role is Role.DEADLINE
        ]
        if not timed or not all(timed):
            continue
        out = list(first)
        for j, text in enumerate(second, start=k):
            if text and text not in out[j].split("; "):
                out[j] = f"{out[j]}; {text}" if out[j] else text
        return out
    return None


def _read(lines: list[str], own: list[Slot], cut: int | None) -> list[str]:
    """The cells of a printed row's lines, a page break at ``cut`` if it falls inside."""
    if cut is not None and 0 < cut < len(lines):
        return continued(lines[:cut], lines[cut:], own)
    return align_scored(lines, own)[1]


def continued(before: list[str], after: list[str], slots: list[Slot]) -> list[str]:
    """The cells of a printed row broken by a page: the lines before the break read as the
    row's cells, and those after it as the rest of some of them, in the columns' order (a
    cell that had ended adds nothing). Each part of ``after`` goes to the cell it reads best
    with; an exact dynamic program, as for a row."""
    first = align_scored(before, [replace(s, cut=True) for s in slots])[1]
    # A page cuts every column at once: the cell still running there is the tallest one.
    heights = _heights(before, first)
    n, m = len(after), len(slots)
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        slot, head = slots[j - 1], first[j - 1]
        alone = cell_score(slot.role, head, slot.amounts) if head else 0.0
        for i in range(n + 1):
            for k in range(i + 1):
                if best[j - 1][k] == neg:
                    continue
                score = best[j - 1][k]
                if k < i:
                    text = (
                        join_names(after[k:i])
                        if slot.role in AGENCY_ROLES
                        else " ".join(after[k:i])
                    )
                    whole = f"{head} {text}" if head else text
                    score += cell_score(slot.role, whole, slot.amounts) - alone
                    score -= 0.0 if after[k][:1].islower() or not head else _NEW_PART
                    score -= _ENDED if heights[j - 1] < max(heights) else 0.0
                    if slot.role is not Role.CONTENT:
                        score -= _PART_LINE * (i - k - 1)
                if score >= best[j][i]:
                    best[j][i], back[j][i] = score, k
    cells, i = list(first), n
    for j in range(m, 0, -1):
        k = back[j][i]
        if k < i:
            part = after[k:i]
            text = join_names(part) if slots[j - 1].role in AGENCY_ROLES else " ".join(part)
            cells[j - 1] = f"{cells[j - 1]} {text}".strip()
        i = k
    return cells


_NEW_PART = 1.5  # a part after a page break that opens in capitals, added to a cell
_ENDED = 0.6  # a part added to a cell shorter on the page than the tallest one


def _heights(lines: list[str], cells: list[str]) -> list[int]:
    """How many of the lines each cell was read from, the lines taken in order.

    >>> _heights(["Bộ Tài", "chính", "Báo cáo", "Tháng 5"],
    ...          ["Bộ Tài chính", "", "Báo cáo", "Tháng 5"])
    [2, 0, 1, 1]
    """
    out, i = [], 0
    for cell in cells:
        want, got, n = _bare_text(cell), "", 0
        while i < len(lines) and want.startswith(got + _bare_text(lines[i])) and got != want:
            got += _bare_text(lines[i])
            i, n = i + 1, n + 1
        out.append(n)
    return out


def _bare_text(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


_PART_LINE = 0.3  # each line it takes beyond the first, outside the content


def _stage_cell(role: Role, text: str) -> bool:
    """True if a text may be a cell of a task's second stage: not an item of a list in the
    cell above ("- Từ quý IV/2027 ..."), and an agency where the column names one."""
    if text[:1] in "-+":
        return False
    return not text or role not in AGENCY_ROLES or names_agency(text)


def merged_down(above: Row, row: Row) -> None:
    """An item whose last cells are empty under an item that has them: in a flattened table
    a cell merged down over several items is written once, with the first."""
    filled = max((i for i, c in enumerate(row.cells) if c), default=-1)
    for i in range(filled + 1, len(row.cells)):
        row.cells[i] = above.cells[i]
