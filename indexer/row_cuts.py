"""Where the rows of a flattened table begin: every reading of the lines that look like
row numbers, scored on their numbering and on how well each row's lines fill its cells;
and, in a table whose rows carry no number, where its lines are best cut into rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from knowledge.fields import Role

from .align import align_scored
from .cell_scores import Profile, Slot
from .numbering import Marker, Numbering, follow, is_id, readings

# What a row's reading earns against how well its lines fill their cells.
_GROUP_ROW = 4.0  # a group row with its title, rather than two more cells for a task
_TITLE_LINE = 3.0  # each line of a group row past its title
_DROPPED = 3.0  # each line before the first row
_ID_IN_CELL = 4.0  # each line inside a row that reads as an id ("1.2.2"): it opens a row
_LOOKAHEAD = 6  # a row holds at most this many lines that read like row numbers
_WRAPPED_LINES = 10  # a cell of a printed page wraps over at most this many lines


@dataclass
class RowStart:
    """A row of a flattened table: the line that opens it, how its number was read, and
    the numbering after it."""

    at: int
    mark: Marker
    state: Numbering


_Link = tuple[int, Numbering]  # a candidate that opened a row, and the numbering after it


def row_starts(
    body: list[str],
    slots: list[Slot],
    dotted: bool,
    profile: Profile | None = None,
    wrapped: bool = False,
) -> list[RowStart]:
    """Which lines open the rows of a flattened table, and how their numbers read.

    Any line that reads like a number may open a row or be a cell ("12" in a budget
    column), and a number may read in several ways ("1.1": a task of group 1, or an item
    under task 1). Every reading is scored, exactly and in one pass: the order of its
    numbering (:func:`follow`) and how well the lines of each of its rows fill their cells
    (:func:`_row_fit`), with what the table's columns hold (``profile``) once a first
    reading has taught it. Rows are short, so only candidates on the next few numbered
    lines are tried as the start of the row after each one.
    """
    marks = [(k, m) for k, line in enumerate(body) for m in readings(line, dotted=dotted)]
    rank = {k: r for r, k in enumerate(sorted({k for k, _ in marks}))}  # among numbered lines
    fit = _row_fit(body, marks, slots, profile, wrapped)
    # best[a]: for each numbering state after candidate a opens a row, the best score of
    # the rows before it, and the link it follows.
    best: list[dict[Numbering, tuple[float, _Link | None]]] = [{} for _ in marks]
    for a, (at, mark) in enumerate(marks):
        if first := follow(Numbering(), mark):
            _keep(best[a], first[1], -_DROPPED * at - first[0], None)
    final: tuple[float, _Link | None] = (float("-inf"), None)
    for a, (at, _) in enumerate(marks):
        for state, (score, _) in best[a].items():
            if (total := score + fit(a, len(body))) > final[0]:
                final = (total, (a, state))  # the last row runs to the end of the table
            for b in range(a + 1, len(marks)):
                next_at, mark = marks[b]
                if rank[next_at] - rank[at] > _LOOKAHEAD:
                    break
                if next_at > at and (step := follow(state, mark)):
                    row = fit(a, next_at, mark.kind == "sub")
                    _keep(best[b], step[1], score + row - step[0], (a, state))
    starts: list[RowStart] = []
    link = final[1]
    while link is not None:
        a, state = link
        starts.append(RowStart(marks[a][0], marks[a][1], state))
        link = best[a][state][1]
    return starts[::-1]


def _row_fit(
    body: list[str],
    marks: list[tuple[int, Marker]],
    slots: list[Slot],
    profile: Profile | None,
    wrapped: bool = False,
):
    """A function scoring how well the lines from candidate ``a`` to line ``end`` read as
    one row: a group row is its numeral and a title, a task row as well as its lines fill
    the cells (:func:`align_scored`)."""
    # A row much longer than its cells reads as two rows, unless its cells wrap.
    longest = len(slots) * (_WRAPPED_LINES if wrapped else 1) + 4
    ids = [k for k, _ in marks if is_id(body[k])]
    # A task with items under it may hold only its content: the items have the other cells.
    parent_slots = [s if s.role is Role.CONTENT else replace(s, empty=0.0) for s in slots]

    @cache
    def fit(a: int, end: int, parent: bool = False) -> float:
        at, mark = marks[a]
        lines = body[at + 1 : end]
        inside = _ID_IN_CELL * sum(1 for k in ids if at < k < end)
        if mark.kind == "group":  # the title on the numeral's line or on the next one
            extra = len(lines) - (0 if mark.title else 1)
            return _GROUP_ROW - _TITLE_LINE * abs(extra) - inside
        cells = [mark.title, *lines] if mark.title else lines
        if len(cells) > longest:
            return -_TITLE_LINE * len(cells)  # too long to be one row: not worth aligning
        return align_scored(cells, parent_slots if parent else slots, profile)[0] - inside

    return fit


def _keep(
    states: dict[Numbering, tuple[float, _Link | None]],
    state: Numbering,
    score: float,
    link: _Link | None,
) -> None:
    """Keep the better of two ways to reach the same numbering state."""
    if state not in states or score > states[state][0]:
        states[state] = (score, link)


def group_title(line: str) -> bool:
    """True for a line in capitals that may be a group row's title with no numeral
    ("QUẢNG BÁ, XÚC TIẾN DU LỊCH"), in a table whose rows are not numbered."""
    return line.isupper() and len(line.split()) >= 2  # "KIỂM TRA", not an abbreviation


def cut_unnumbered(
    body: list[str], slots: list[Slot], profile: Profile | None
) -> list[tuple[int, int, bool]]:
    """The rows of unnumbered lines, as (first line, end, is a group row): the cut whose
    rows fill their cells best (:func:`align_scored`), an exact dynamic program over where
    each row ends; a group title in capitals is a row of its own."""
    longest = len(slots) + 4
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("-inf"), 0)] * len(body)
    for end in range(1, len(body) + 1):
        for start in range(max(0, end - longest), end):
            titles = sum(1 for line in body[start:end] if group_title(line))
            if titles and end - start > 1:
                continue  # a group title is never a task's cell
            fit = _GROUP_ROW if titles else align_scored(body[start:end], slots, profile)[0]
            if best[start][0] + fit > best[end][0]:
                best[end] = (best[start][0] + fit, start)
    cuts, end = [], len(body)
    while end > 0:
        start = best[end][1]
        cuts.append((start, end, group_title(body[start]) and end - start == 1))
        end = start
    return cuts[::-1]
