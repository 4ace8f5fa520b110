"""Word tables, read row by row: the header (one row or two), each cell's paragraphs as
one line, group rows and task rows by their numbers, a task's later stages and the
notes under it, and a table split over pages read on as one.
"""

from __future__ import annotations

import re

from knowledge.fields import AGENCY_ROLES, Role
from knowledge.normalize import clean, fold, int_to_roman

from .headers import header_column, is_header, two_row_columns
from .model import Column, Group, ParsedPlan, Row, Table
from .numbering import Numbering, follow, is_dotted, readings
from .readers import RawTable
from .tables import PAGE_NUMBER

_BULLET = re.compile(r"^[-+•*–]\s+")  # a paragraph's list mark in a Word cell


def unique_cells(cells: list[str]) -> list[str]:
    return [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]


def _header_texts(cells: list[str]) -> list[str]:
    return [clean(c.replace("\n", " ")) for c in cells]  # "Đơn\nvị thực hiện"


def _join_paragraphs(cell: str, role: Role) -> str:
    """A cell's paragraphs as one line. In an agency cell each paragraph is an agency, unless
    it continues the one before ("(Chi cục ...)"), so they are joined by commas."""
    lines = [clean(x) for x in cell.split("\n")]
    if role not in AGENCY_ROLES:
        return _join_items(lines)
    parts = [p for p in (_BULLET.sub("", x) for x in lines) if p]
    out = parts[:1]
    for part in parts[1:]:
        ended = out[-1].endswith((",", ";"))  # "Bộ Công Thương;" already set apart
        glue = " " if part[:1] in "(-" or part[:1].islower() or ended else ", "
        out.append(glue + part)
    return "".join(out)


def _join_items(lines: list[str]) -> str:
    """A text cell's paragraphs as one line; list items ("- Hộ nghèo: ...") are set apart
    with "; ", as they would run together otherwise."""
    out = ""
    for line in lines:
        text = _BULLET.sub("", line)
        if not text:
            continue
        glue = "; " if text != line and out and not out.endswith((":", ";", ".")) else " "
        out = f"{out}{glue}{text}" if out else text
    return out


def raw_header(raw: RawTable) -> tuple[list[Column], int] | None:
    """A Word table's columns and the index of its first data row; None for a layout table.
    The header is one of the first three rows, perhaps with a second row of sub-headers."""
    h = next((i for i, row in enumerate(raw.rows[:3]) if is_header(unique_cells(row))), None)
    if h is None:
        return None
    top = _header_texts(raw.rows[h])
    if h + 1 < len(raw.rows) and (both := two_row_columns(top, _header_texts(raw.rows[h + 1]))):
        return both, h + 2
    return [header_column(c) for c in top], h + 1


class WordTable:
    """A Word table's rows, read one by one. A table split over pages may come as two Word
    tables, the second under the same header: it goes on in the same groups."""

    def __init__(self, plan: ParsedPlan, table: Table) -> None:
        self.plan, self.table = plan, table
        self.rows: list[Row] = []
        self.entry = (table, self.rows)
        self.roles = [c.role for c in table.columns]
        self.state = Numbering()
        self.dotted = False
        self.generated = 0  # rows Word numbered by itself: their number cell is empty
        self.written = ""  # the number cell of the last numbered row
        self.numerals = False  # the plan numbers its group rows ("I", "1.")

    def goes_on(self, columns: list[Column], between: list[str]) -> bool:
        """True if a Word table with these columns, after these lines, continues this one."""
        same = [c.header for c in columns] == [c.header for c in self.table.columns]
        return same and all(PAGE_NUMBER.match(fold(line)) for line in between)

    def read(self, data: list[list[str]], header_rows: set[tuple[str, ...]]) -> None:
        """Read the group and task rows under the header; a row equal to a header row is
        the header repeated at the top of a page."""
        data = [r for r in data if tuple(unique_cells(r)) not in header_rows]
        numbered = self.roles[0] is Role.NUMBER
        self.dotted |= numbered and is_dotted([r[0] for r in data if r])
        width = len(self.roles)
        for raw_cells in data:
            pairs = zip(raw_cells, self.roles, strict=False)
            cells = [_join_paragraphs(c, role) for c, role in pairs]
            distinct = unique_cells(cells)
            if not distinct or all(re.fullmatch(r"\(?\d+\)?", c) for c in distinct):
                continue  # an empty row, or the "(1) (2) (3)" row under some headers
            cells = (cells + [""] * width)[:width]
            if numbered and self._next_stage(cells):
                continue
            if len(distinct) == 1 and self._note(distinct[0], cells):
                continue
            if numbered and cells[0]:
                self._numbered_row(cells, distinct)
            elif len(distinct) == 1 and (numbered or all(cells)):
                # A group row without a numeral: its title alone beside an empty number
                # cell (Word numbered the rows), or merged across a table with no number
                # column; a task there has cells of its own.
                self._open_group(int_to_roman(self._groups() + 1), distinct[0])
            elif numbered:
                self.generated += 1
                self._add(cells[1:], Numbering(self.state.group, self._next()))
            else:
                self._add(cells, Numbering(self.state.group, self._next()))

    def _next_stage(self, cells: list[str]) -> bool:
        """True if the row is a later stage of the task above: the same number and content
        (merged down) with a result and a deadline of its own. Each column keeps the texts
        of every stage, in order, set apart with "; "."""
        last = self.rows[-1] if self.rows else None
        if last is None or not cells[0] or cells[0] != self.written or cells[1] != last.cells[0]:
            return False
        for index, text in enumerate(cells[1:]):
            stages = last.cells[index].split("; ")
            if text and text not in stages:
                last.cells[index] = "; ".join([*filter(None, stages), text])
        return True

    def _note(self, text: str, cells: list[str]) -> bool:
        """True if a row merged across the whole table, after a task, is a note on it rather
        than a group's title: the table's groups are numbered and its text has no numeral."""
        if not self.rows or not all(cells) or readings(text, dotted=self.dotted):
            return False
        if not self.numerals:
            return False
        last = self.rows[-1]
        last.note = f"{last.note} {text}".strip()
        return True

    def _numbered_row(self, cells: list[str], distinct: list[str]) -> None:
        """A row with its number written: the reading of the number that best follows the
        rows before, a group reading for a row that holds only a title."""
        self.written = cells[0]
        marks = readings(cells[0], dotted=self.dotted)
        title_only = len(distinct) == 1 or (bool(marks) and len(distinct) == 2)
        groups = [m for m in marks if m.kind == "group"]
        tried = groups if title_only and groups else [m for m in marks if m.kind != "group"]
        scored = [(f, m) for m in tried if (f := follow(self.state, m)) is not None]
        if not scored:
            self.plan.warnings.append(
                f"bảng {self.table.number + 1}: đã bỏ qua một dòng có số thứ tự '{cells[0]}'"
            )
            return
        (_, state), mark = min(scored, key=lambda s: s[0][0])  # the first of equal costs
        if mark.kind == "group":
            self.numerals = True
            title = mark.title or (distinct[1] if len(distinct) > 1 else "")
            self._open_group(mark.group or "", title)
        else:
            self._add(cells[1:], state)

    def _groups(self) -> int:
        return sum(1 for g in self.plan.groups if g.table == self.table.number)

    def _next(self) -> int:
        """The number of an unnumbered task: one more than the tasks of its group so far."""
        return 1 + sum(1 for r in self.rows if r.group == self.state.group and "." not in r.number)

    def _open_group(self, code: str, title: str) -> None:
        self.plan.groups.append(Group(code, title, self.table.number))
        self.state = Numbering(code, self.state.last, "", True)

    def _add(self, cells: list[str], state: Numbering) -> None:
        self.state = state
        item, marked = bool(state.sub), state.marked
        self.rows.append(
            Row(self.table.number, state.group, state.number, cells, item=item, marked=marked)
        )

    def warn(self) -> None:
        if self.generated:
            self.plan.warnings.append(
                f"bảng {self.table.number + 1}: {self.generated} dòng không có số thứ tự "
                "(Word tự đánh số); đã đánh số theo thứ tự trong từng nhóm"
            )
