"""Tables of flattened text (one cell to a line): where each table's header starts and
its body ends, and its group and task rows rebuilt from the lines of the body, numbered
or not, on a printed page too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.fields import Role
from knowledge.normalize import fold, int_to_roman

from .align import align_scored, align_table
from .cell_scores import LEARNING_ROWS, NOTE_ROW, Profile, Slot, slots
from .gazette import PAGE_BREAK
from .headers import flat_columns, header_role, is_header
from .model import Group, ParsedPlan, Row, Table
from .numbering import GROUP, GROUP_INLINE, is_dotted, readings
from .row_cuts import RowStart, cut_unnumbered, group_title, row_starts
from .rows import continued, doubtful, merged_down, printed_stages, stages
from .tables import FOOTNOTE, PAGE_NUMBER, new_table

_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")  # "(1)", "(2)" under the header cells
MAX_HEADER_LINES = 16  # a two-row header reads as its top row and then its sub-headers
_TITLE_LINES = 3  # a table's heading, its title and a "(Kèm theo ...)" line before its header
_UNNUMBERED_LINES = 600  # about 120 tasks: cutting rows with no numbers is slow (~2 ms a line)


def _flat_header(lines: list[str], start: int) -> int:
    """The end of a flattened header row beginning at ``start``, or 0 if none starts there."""
    role = header_role(lines[start])
    if lines[start].startswith("("):
        return 0  # "(Kèm theo Chương trình ...)" under a title, wrapped on a printed page
    # A table may have no number column, but a line in capitals ("DANH MỤC NHIỆM VỤ") is the
    # table's title, not its first header cell.
    if role is not Role.NUMBER and (role is not Role.CONTENT or lines[start].isupper()):
        return 0
    end = start
    while end < len(lines) and end - start < MAX_HEADER_LINES:
        line = lines[end]
        # Rows open with a number; without a number column, with a group title in capitals.
        title = role is Role.CONTENT and group_title(line)
        if end > start and (readings(line, dotted=False) or _COLUMN_NUMBER.match(line) or title):
            break
        if header_role(line) is None:
            return 0
        end += 1
    return end if is_header(lines[start:end]) else 0


def _ends_table(lines: list[str], i: int) -> bool:
    line = lines[i]
    if FOOTNOTE.match(line) or fold(line).startswith(("noi nhan", "phu luc")):
        return True
    # The next table's header; a row's cells may read like header cells ("Đề án", "Thường
    # xuyên", "Thực hiện theo hướng dẫn"), but they do not open with "STT".
    if header_role(line) is Role.NUMBER and _flat_header(lines, i):
        return True
    # "II. CÁC VĂN BẢN CẦN ĐƯỢC RÀ SOÁT" above a header opens the next table; a group row
    # may be in capitals too ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), but rows follow it.
    heading = GROUP_INLINE.match(line)
    if not (heading and heading["title"].isupper()):
        return False
    return any(_flat_header(lines, k) for k in range(i + 1, min(i + 1 + _TITLE_LINES, len(lines))))


def flat_tables(plan: ParsedPlan, lines: list[str]) -> list[str | tuple[Table, list[Row]]]:
    """Rebuild the tables of flattened text; other lines pass through."""
    out: list[str | tuple[Table, list[Row]]] = []
    i = 0
    while i < len(lines):
        end = _flat_header(lines, i)
        if not end:
            if lines[i] != PAGE_BREAK:
                out.append(lines[i])
            i += 1
            continue
        table = new_table(plan, flat_columns(lines[i:end]))
        i, body = _table_body(lines, end, lines[i:end])
        breaks = [k - n for n, k in enumerate(j for j, x in enumerate(body) if x == PAGE_BREAK)]
        body = [x for x in body if x != PAGE_BREAK]
        out.append((table, _flat_rows(plan, table, body, breaks)))
    return out


def _table_body(lines: list[str], start: int, header: list[str]) -> tuple[int, list[str]]:
    """The end of a flattened table whose rows begin at ``start``, and its lines without
    the page breaks inside it: the header repeated at the top of a page, and the page
    number printed before it; and without the row that numbers the columns, "(1)", "(2)",
    under the header and under each repetition of it."""
    key = [fold(h) for h in header]
    body: list[str] = []
    i = start
    while i < len(lines):
        if fold(lines[i]) == key[0] and [fold(x) for x in lines[i : i + len(key)]] == key:
            if body and PAGE_NUMBER.match(fold(body[-1])):
                body.pop()
            i += len(key)
        elif numbered := _column_numbers(lines, i):
            i += numbered
        elif _ends_table(lines, i):
            break
        else:
            body.append(lines[i])
            i += 1
    return i, body


def _column_numbers(lines: list[str], start: int) -> int:
    """How many lines from ``start`` number the columns: "(1)", "(2)", "(3)"...; 0 unless
    there are at least two, in order from (1)."""
    count = 0
    while start + count < len(lines) and lines[start + count] == f"({count + 1})":
        count += 1
    return count if count >= 2 else 0


def _row_lines(body: list[str], starts: list[RowStart]) -> list[tuple[RowStart, list[str]]]:
    """Each row's lines after its number, the text on the number's line first."""
    ends = [s.at for s in starts[1:]] + [len(body)]
    out = []
    for start, end in zip(starts, ends, strict=True):
        lines = body[start.at + 1 : end]
        out.append((start, [start.mark.title, *lines] if start.mark.title else lines))
    return out


def _without_page_number(lines: list[str], slots: list[Slot]) -> list[str]:
    """The last row of a table without the page number printed under it: a number on the
    row's last line is its last cell ("80" in a budget column) only if the row reads
    better with it."""
    if len(lines) < 2 or not PAGE_NUMBER.match(fold(lines[-1])):
        return lines
    if align_scored(lines[:-1], slots)[0] >= align_scored(lines, slots)[0]:
        return lines[:-1]
    return lines


def _flat_rows(
    plan: ParsedPlan, table: Table, body: list[str], breaks: list[int] = ()
) -> list[Row]:
    """The group and task rows of a flattened table, from the lines of its body."""
    own_slots = slots([c for c in table.columns if c.role is not Role.NUMBER])
    if plan.wrapped:
        own_slots = [replace(s, wrapped=True) for s in own_slots]
    # Without a note column, a note row spanning the table may follow a row's last cell.
    noted = all(c.role is not Role.NOTE for c in table.columns)
    data_slots = [*own_slots, NOTE_ROW] if noted else own_slots
    dotted = is_dotted(body)
    starts = row_starts(body, data_slots, dotted, wrapped=plan.wrapped)
    if not any(s.mark.kind != "group" for s in starts):
        # No numbered task: a table with no number column may number none of its rows.
        if table.columns[0].role is Role.NUMBER or len(body) > _UNNUMBERED_LINES:
            return []
        return _unnumbered_rows(plan, table, body, own_slots)
    first = [lines for start, lines in _row_lines(body, starts) if start.mark.kind != "group"]
    if len(first) >= LEARNING_ROWS:  # read again, with what the first reading's cells hold
        profile = Profile([align_scored(lines, data_slots)[1] for lines in first])
        starts = row_starts(body, data_slots, dotted, profile, plan.wrapped)
    tasks: list[tuple[RowStart, list[str]]] = []
    for start, lines in _row_lines(body, starts):
        mark = start.mark
        if mark.kind == "group":
            title = " ".join(lines).strip()
            plan.groups.append(Group(mark.group or "", title, table.number))
            written = body[start.at]
            if GROUP.match(written) and written.rstrip(".").strip() != mark.group:
                plan.warnings.append(f"nhóm {mark.group} được viết là '{written}'")
        else:
            tasks.append((start, lines))
    if tasks and starts[-1] is tasks[-1][0]:  # the last row runs to the end of the page
        tasks[-1] = (tasks[-1][0], _without_page_number(tasks[-1][1], data_slots))
    rows: list[Row] = []
    cells = align_table([lines for _, lines in tasks], data_slots)
    width = len(own_slots)
    ends = [s.at for s in starts[1:]] + [len(body)]
    ending = {id(s): e for s, e in zip(starts, ends, strict=True)}
    printed: dict[int, list[str]] = {}
    for index, (start, lines) in enumerate(tasks):
        if not plan.wrapped:
            continue
        # A row a page break cut in two goes on under the repeated header, cell by cell.
        cut = next((b for b in breaks if start.at < b < ending[id(start)]), None)
        at = None if cut is None else cut - start.at - 1 + (1 if start.mark.title else 0)
        if (staged := printed_stages(lines, own_slots, at)) is not None:
            printed[index] = staged
        elif at is not None and 0 < at < len(lines):
            cells[index] = continued(lines[:at], lines[at:], data_slots)
    for index, ((start, lines), row_cells) in enumerate(zip(tasks, cells, strict=True)):
        state = start.state
        note = row_cells[width] if noted else ""
        # a printed cell wraps over lines anyway: a long row is no sign of two stages there
        staged = len(lines) > width and not note and not plan.wrapped
        own = printed.get(index) or (stages(lines, own_slots) if staged else None)
        row = Row(table.number, state.group, state.number, own or row_cells[:width], note=note)
        row.item, row.marked = bool(state.sub), state.marked
        if row.item and rows and rows[-1].item:
            merged_down(rows[-1], row)
        if len(lines) > width and own is None and not plan.wrapped:
            plan.warnings.append(
                f"dòng {row.ref}: {len(lines)} dòng cho {width} ô; "
                "một ô bị tách thành nhiều dòng đã được nối lại"
            )
        rows.append(row)
    unsure = [r.ref for r in rows if plan.wrapped and doubtful(r.cells, own_slots)]
    if unsure:
        plan.warnings.append(
            f"bảng {table.number + 1} là văn bản trích từ bản in (Công báo), mỗi ô bị ngắt "
            f"thành nhiều dòng: không chắc đã ghép đúng các ô của dòng {', '.join(unsure)}; "
            "hãy gửi bản PDF hoặc Word của kế hoạch để đọc chính xác"
        )
    return rows


def _unnumbered_rows(plan: ParsedPlan, table: Table, body: list[str], slots: list[Slot]):
    """The rows of a flattened table without a number column whose rows carry no number:
    cut where the lines fill their cells best, a line in capitals being a group row; groups
    are then numbered I, II and tasks within their group, as a Word table numbered by Word
    itself is."""
    cuts = cut_unnumbered(body, slots, None)
    first = [body[a:b] for a, b, group in cuts if not group]
    if len(first) >= LEARNING_ROWS:
        profile = Profile([align_scored(lines, slots)[1] for lines in first])
        cuts = cut_unnumbered(body, slots, profile)
    tasks: list[tuple[str | None, str, list[str]]] = []
    group, number = None, 0
    for a, b, is_group in cuts:
        if is_group:
            group = int_to_roman(sum(1 for g in plan.groups if g.table == table.number) + 1)
            plan.groups.append(Group(group, body[a], table.number))
            number = 0
        else:
            number += 1
            tasks.append((group, str(number), body[a:b]))
    if tasks:
        plan.warnings.append(
            f"bảng {table.number + 1}: các dòng không có số thứ tự; đã đánh số theo thứ tự "
            "trong từng nhóm"
        )
    cells = align_table([lines for *_, lines in tasks], slots)
    return [Row(table.number, g, n, c) for (g, n, _), c in zip(tasks, cells, strict=True)]
