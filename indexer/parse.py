"""Turn a plan's lines and tables into a :class:`ParsedPlan`.

The same code reads the flattened text export (one table cell per line) and a .docx
(where tables are real): a flattened table is first rebuilt into rows, then both kinds
of table go through one path.

>>> plan = parse_items("demo.txt", DEMO.splitlines())
>>> plan.number, [t.ref for t in plan.tasks], plan.tasks[0].cells[1]
('5/KH-UBND', ['I.1', 'I.2'], 'Sở Khoa học và Công nghệ (Chi cục TCĐLCL)')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from knowledge.fields import AGENCY_ROLES, Role
from knowledge.normalize import clean, fold, int_to_roman

from .columns import (
    LEARNING_ROWS,
    NOTE_ROW,
    Profile,
    Slot,
    align_scored,
    align_table,
    flat_columns,
    header_column,
    header_role,
    is_header,
    slots,
    two_row_columns,
)
from .errors import NotAPlan
from .gazette import PAGE_BREAK, unprint
from .model import Column, Group, ParsedPlan, Row, Section, Table
from .numbering import (
    GROUP,
    GROUP_INLINE,
    Marker,
    Numbering,
    follow,
    group_code,
    is_dotted,
    is_id,
    readings,
)
from .readers import Item, RawTable
from .rows import continued, doubtful, merged_down, printed_stages, stages

DEMO = """Số: 5/KH-UBND
Tây An, ngày 1 tháng 2 năm 2025
KẾ HOẠCH
THỬ NGHIỆM
PHỤ LỤC
TT
Nội dung
Cơ quan chủ trì
Thời hạn
I
Nhóm một
1 .
Việc thứ nhất của kế hoạch thử nghiệm.
Sở Khoa học và Công nghệ
(Chi cục TCĐLCL)
Quý II/2026
2.
Việc thứ hai.
Công an tỉnh
Hằng năm"""

_DOC_TYPES = (
    "quyet dinh",
    "ke hoach",
    "chi thi",
    "nghi quyet",
    "thong bao",
    "chuong trinh",
    "de an",
    "cong van",
    "huong dan",
)
# "Số: 2045 /QĐ-UBND": text extraction may leave spaces around the slash.
_NUMBER = re.compile(
    r"^s[oố]\s*(?:hieu|hiệu)?\s*:?\s*(\d+(?:\s*[/-]\s*[^\s,;/-]+)*)", re.IGNORECASE
)
_DATE_LINE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*ngay\s*(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})"
    r"\s*nam\s*(?P<y>\d{4})"
)
_PART = re.compile(r"^(?P<num>[IVXLl1]{1,5})\s*[.:]\s*(?P<title>\S.*)$")
_SECTION = re.compile(r"^(?P<num>\d{1,2}(?:\s*\.\s*\d{1,2})?)\s*[.:]\s*(?P<title>\S.*)$")
_ITEM = re.compile(r"^(?P<num>[a-zđ])\s*\)\s*(?P<title>\S.*)$")
_ARTICLE = re.compile(r"^Điều\s+(?P<num>\d{1,2})\s*[.:]?\s*(?P<title>.*)$")
_FOOTNOTE = re.compile(r"^\[\d+\]")
_APPENDIX_NUMBER = re.compile(r"^phu luc\s*(?:so\s*)?(?P<n>[ivxl]{1,5}|\d{1,2})\b")  # folded
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?-?\s*\d{1,3}\s*(?:/\s*\d{1,3})?\s*-?$")  # folded
_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")  # "(1)", "(2)" under the header cells
MAX_HEADER_LINES = 16  # a two-row header reads as its top row and then its sub-headers
HEADING_CHARS = 12  # a heading in capitals is longer than a header cell such as "STT"
_TITLE_LINES = 3  # a table's heading, its title and a "(Kèm theo ...)" line before its header
_BULLET = re.compile(r"^[-+•*–]\s+")  # a paragraph's list mark in a Word cell
_MOTTO = ("cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap tu do")
_BASES = ("can cu ", "xet de nghi", "theo de nghi")
_ON_BEHALF = ("KT.", "Q.", "TL.", "TUQ.")  # signed for another: "KT. CHỦ TỊCH"
_SIGN_TITLE = re.compile(
    r"^(?:(?:TM|KT|Q|TL|TUQ)\..*|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BÍ THƯ"
    r"|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG)$"
)
_ABBREVIATION = re.compile(
    r"(?P<full>[A-ZĐÀ-Ỹ][^()]{3,120}?)\s*\((?:sau đây )?(?:gọi |viết )?(?:tắt )?(?:là )?"
    r"(?P<short>[A-ZĐ][A-ZĐ&\-]{1,12})\)"
)
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
_FILED = re.compile(r"^luu\s*[:.]|^luu\s+vt\b")  # folded "Lưu: VT, KGVX"


def parse_items(source: str, items: list[Item]) -> ParsedPlan:
    """Parse a plan from what :func:`indexer.readers.read_plan` returns."""
    stream: list[str | Table | tuple[Table, list[Row]]] = []
    plan = ParsedPlan(source=source)
    lines: list[str] = []
    words: list[_WordTable] = []  # the last one may go on in the next Word table
    if all(isinstance(item, str) for item in items):
        items, plan.wrapped = unprint([str(item) for item in items])

    def flush_lines() -> None:
        stream.extend(_flat_tables(plan, lines))
        lines.clear()

    def read(item: Item) -> None:
        if isinstance(item, str):
            lines.extend(clean(part) for part in item.split("\n") if clean(part))
            return
        header = _raw_header(item)
        if header is None:  # a layout table: the tables inside it, else its cells as lines
            for inner in item.nested or _layout_lines(item):
                read(inner)
            return
        columns, first = header
        if words and words[-1].goes_on(columns, lines):
            lines.clear()  # only a page number between the two parts of the table
        else:
            flush_lines()
            words.append(_WordTable(plan, _new_table(plan, columns)))
            stream.append(words[-1].entry)
        words[-1].read(item.rows[first:], {tuple(_unique(r)) for r in item.rows[:first]})

    for item in items:
        read(item)
    flush_lines()
    for word in words:
        word.warn()
    _read_text(plan, stream)
    _finish(plan)
    return plan


def _layout_lines(raw: RawTable) -> list[str]:
    """The cells of a layout table (a letterhead, a signature block) as lines."""
    return [cell for row in raw.rows for cell in _unique(row)]


def _unique(cells: list[str]) -> list[str]:
    return [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]


# ---------------------------------------------------------------- tables


def _header_texts(cells: list[str]) -> list[str]:
    return [clean(c.replace("\n", " ")) for c in cells]  # "Đơn\nvị thực hiện"


def _new_table(plan: ParsedPlan, columns: list[Column]) -> Table:
    kind = (
        "documents"
        if any(c.role is Role.CONTENT and "van ban" in fold(c.header) for c in columns)
        else "tasks"
    )
    table = Table(number=len(plan.tables), kind=kind, title="", columns=columns)
    plan.tables.append(table)
    return table


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


def _raw_header(raw: RawTable) -> tuple[list[Column], int] | None:
    """A Word table's columns and the index of its first data row; None for a layout table.
    The header is one of the first three rows, perhaps with a second row of sub-headers."""
    h = next((i for i, row in enumerate(raw.rows[:3]) if is_header(_unique(row))), None)
    if h is None:
        return None
    top = _header_texts(raw.rows[h])
    if h + 1 < len(raw.rows) and (both := two_row_columns(top, _header_texts(raw.rows[h + 1]))):
        return both, h + 2
    return [header_column(c) for c in top], h + 1


class _WordTable:
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
        return same and all(_PAGE_NUMBER.match(fold(line)) for line in between)

    def read(self, data: list[list[str]], header_rows: set[tuple[str, ...]]) -> None:
        """Read the group and task rows under the header; a row equal to a header row is
        the header repeated at the top of a page."""
        data = [r for r in data if tuple(_unique(r)) not in header_rows]
        numbered = self.roles[0] is Role.NUMBER
        self.dotted |= numbered and is_dotted([r[0] for r in data if r])
        width = len(self.roles)
        for raw_cells in data:
            pairs = zip(raw_cells, self.roles, strict=False)
            cells = [_join_paragraphs(c, role) for c, role in pairs]
            distinct = _unique(cells)
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
        item = bool(state.sub)
        self.rows.append(Row(self.table.number, state.group, state.number, cells, item=item))

    def warn(self) -> None:
        if self.generated:
            self.plan.warnings.append(
                f"bảng {self.table.number + 1}: {self.generated} dòng không có số thứ tự "
                "(Word tự đánh số); đã đánh số theo thứ tự trong từng nhóm"
            )


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
        title = role is Role.CONTENT and _group_title(line)
        if end > start and (readings(line, dotted=False) or _COLUMN_NUMBER.match(line) or title):
            break
        if header_role(line) is None:
            return 0
        end += 1
    return end if is_header(lines[start:end]) else 0


def _group_title(line: str) -> bool:
    """True for a line in capitals that may be a group row's title with no numeral
    ("QUẢNG BÁ, XÚC TIẾN DU LỊCH"), in a table whose rows are not numbered."""
    return line.isupper() and len(line.split()) >= 2  # "KIỂM TRA", not an abbreviation


def _ends_table(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _FOOTNOTE.match(line) or fold(line).startswith(("noi nhan", "phu luc")):
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


def _flat_tables(plan: ParsedPlan, lines: list[str]) -> list[str | tuple[Table, list[Row]]]:
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
        table = _new_table(plan, flat_columns(lines[i:end]))
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
            if body and _PAGE_NUMBER.match(fold(body[-1])):
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


# What a row's reading earns against how well its lines fill their cells.
_GROUP_ROW = 4.0  # a group row with its title, rather than two more cells for a task
_TITLE_LINE = 3.0  # each line of a group row past its title
_DROPPED = 3.0  # each line before the first row
_ID_IN_CELL = 4.0  # each line inside a row that reads as an id ("1.2.2"): it opens a row
_LOOKAHEAD = 6  # a row holds at most this many lines that read like row numbers
_WRAPPED_LINES = 10  # a cell of a printed page wraps over at most this many lines
_UNNUMBERED_LINES = 600  # about 120 tasks: cutting rows with no numbers is slow (~2 ms a line)


@dataclass
class _Start:
    """A row of a flattened table: the line that opens it, how its number was read, and
    the numbering after it."""

    at: int
    mark: Marker
    state: Numbering


_Link = tuple[int, Numbering]  # a candidate that opened a row, and the numbering after it


def _segment(
    body: list[str],
    slots: list[Slot],
    dotted: bool,
    profile: Profile | None = None,
    wrapped: bool = False,
) -> list[_Start]:
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
    starts: list[_Start] = []
    link = final[1]
    while link is not None:
        a, state = link
        starts.append(_Start(marks[a][0], marks[a][1], state))
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


def _row_lines(body: list[str], starts: list[_Start]) -> list[tuple[_Start, list[str]]]:
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
    if len(lines) < 2 or not _PAGE_NUMBER.match(fold(lines[-1])):
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
    starts = _segment(body, data_slots, dotted, wrapped=plan.wrapped)
    if not any(s.mark.kind != "group" for s in starts):
        # No numbered task: a table with no number column may number none of its rows.
        if table.columns[0].role is Role.NUMBER or len(body) > _UNNUMBERED_LINES:
            return []
        return _unnumbered_rows(plan, table, body, own_slots)
    first = [lines for start, lines in _row_lines(body, starts) if start.mark.kind != "group"]
    if len(first) >= LEARNING_ROWS:  # read again, with what the first reading's cells hold
        profile = Profile([align_scored(lines, data_slots)[1] for lines in first])
        starts = _segment(body, data_slots, dotted, profile, plan.wrapped)
    tasks: list[tuple[_Start, list[str]]] = []
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
        row.item = bool(state.sub)
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
    cuts = _cut_unnumbered(body, slots, None)
    first = [body[a:b] for a, b, group in cuts if not group]
    if len(first) >= LEARNING_ROWS:
        profile = Profile([align_scored(lines, slots)[1] for lines in first])
        cuts = _cut_unnumbered(body, slots, profile)
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


def _cut_unnumbered(
    body: list[str], slots: list[Slot], profile: Profile | None
) -> list[tuple[int, int, bool]]:
    """The rows of unnumbered lines, as (first line, end, is a group row): the cut whose
    rows fill their cells best (:func:`align_scored`), an exact dynamic program over where
    each row ends; a group title in capitals is a row of its own."""
    longest = len(slots) + 4
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("-inf"), 0)] * len(body)
    for end in range(1, len(body) + 1):
        for start in range(max(0, end - longest), end):
            titles = sum(1 for line in body[start:end] if _group_title(line))
            if titles and end - start > 1:
                continue  # a group title is never a task's cell
            fit = _GROUP_ROW if titles else align_scored(body[start:end], slots, profile)[0]
            if best[start][0] + fit > best[end][0]:
                best[end] = (best[start][0] + fit, start)
    cuts, end = [], len(body)
    while end > 0:
        start = best[end][1]
        cuts.append((start, end, _group_title(body[start]) and end - start == 1))
        end = start
    return cuts[::-1]


# ---------------------------------------------------------------- text


def _read_text(plan: ParsedPlan, stream: list) -> None:
    """Metadata, the decision's articles and the body tree, from the lines around the tables."""
    state = _TextState(plan)
    for entry in stream:
        if isinstance(entry, tuple):
            table, rows = entry
            table.title = state.take_heading() or table.title
            table.appendix = state.appendix_number
            (plan.documents if table.kind == "documents" else plan.tasks).extend(rows)
            state.in_appendix = True
        else:
            state.line(entry)


class _TextState:
    """Walks the text lines once, filling the plan as it recognises each part."""

    def __init__(self, plan: ParsedPlan) -> None:
        self.plan = plan
        self.before_motto = True
        self.issuer: list[str] = []
        self.title_open = False
        self.in_recipients = False
        self.in_appendix = False
        self.sign_titles: list[str] = []
        self.part: str | None = None
        self.section: str | None = None
        self.node: Section | None = None
        self.last_heading: str | None = None
        self.appendix: Section | None = None
        self.appendix_number = ""  # of the last "PHỤ LỤC II" heading
        self.body_started = False

    def take_heading(self) -> str | None:
        heading, self.last_heading = self.last_heading, None
        return heading

    def add(self, ref: str, kind: str, title: str, parent: str | None) -> None:
        if any(s.ref == ref for s in self.plan.sections):
            self.plan.warnings.append(f"mục {ref} xuất hiện hai lần; mục sau được giữ riêng")
            ref = f"{ref}'"
        self.node = Section(ref, kind, title, parent)
        self.plan.sections.append(self.node)

    def line(self, line: str) -> None:
        plan, folded = self.plan, fold(line)
        if self.before_motto:
            # The letterhead: the issuer's name in capitals, then the national motto.
            if folded.startswith("cong hoa xa hoi"):
                self.before_motto = False
                plan.issuer = " ".join(self.issuer)
                return
            if set(line) <= set("-_=* "):
                return
            if line.isupper() and folded.strip(" :") not in _DOC_TYPES and len(self.issuer) < 4:
                self.issuer.append(line)
                return
            self.before_motto = False  # no motto: the letterhead, if any, has ended
            plan.issuer = " ".join(self.issuer)
        if set(line) <= set("-_=* ") or folded.startswith(_MOTTO):
            return  # rules, and the national motto wherever the layout put it
        if not plan.number and (m := _NUMBER.match(line)):
            plan.number = re.sub(r"\s+", "", m.group(1)).rstrip(".")
            return
        if plan.date is None and (m := _DATE_LINE.match(folded)):
            try:
                plan.date = date(int(m["y"]), int(m["m"]), int(m["d"]))
                plan.place = line[: len(m["place"])].strip()
                return
            except ValueError:
                pass
        if folded.startswith("phu luc"):
            self.in_appendix = True
            self.appendix_number = _appendix_number(folded)
            self.title_open = False
            if len(line) > HEADING_CHARS:  # "PHỤ LỤC II. BIỂU MẪU BÁO CÁO"
                self._appendix_line(line)
            return
        if self.in_appendix:
            self._appendix_line(line)
            return
        if not plan.doc_type and folded.strip(" :") in _DOC_TYPES and line.isupper():
            plan.doc_type = line.strip(" :").capitalize()
            self.title_open = True
            return
        if self.title_open:
            # The title is the line after the document's kind, in capitals or not, and runs
            # on in capitals until the issuing body's name ("ỦY BAN NHÂN DÂN TỈNH") or the
            # text begins.
            authority = fold(plan.issuer).split(" tinh ")[0][:15]
            structural = (
                _PART.match(line)
                or _SECTION.match(line)
                or _ARTICLE.match(line)
                or folded.startswith(_BASES)
                or _SIGN_TITLE.match(line)
            )
            first = not plan.title and not structural and not line.startswith("(")
            if first or (line.isupper() and not structural and not folded.startswith(authority)):
                plan.title = f"{plan.title} {line}".strip()
                return
            self.title_open = False
        if folded.startswith(_BASES):
            plan.bases.append(line)  # "Căn cứ ..." and the proposal it answers, "Xét đề nghị ..."
            return
        if folded.startswith("noi nhan"):
            self.in_recipients, self.node = True, None
            return
        if self.in_recipients:
            if line.startswith(("-", "+", "•")):
                recipient = line.lstrip("-+• ").rstrip(";.").strip()
                if not _FILED.match(fold(recipient)):  # "Lưu: VT, KGVX" is the filing note
                    plan.recipients.append(recipient)
                return
            self.in_recipients = False
        if _SIGN_TITLE.match(line):
            self.sign_titles.append(line)
            self.node = None
            return
        if self.sign_titles and not plan.signer and _is_person(line):
            plan.signer = line
            plan.signer_title = _signer_title(self.sign_titles)
            self.sign_titles.clear()
            return
        if m := _ARTICLE.match(line):
            self.add(f"Điều {m['num']}", "article", m["title"], None)
            return
        if line.isupper() and fold(line).strip(" :") in _DOC_TYPES:
            return  # the attached plan's own heading, "KẾ HOẠCH"
        self._body_line(line)

    def _body_line(self, line: str) -> None:
        if (m := _PART.match(line)) and (code := group_code(m["num"])):
            self.part, self.section = code, None
            self.add(code, "part", m["title"], None)
            self.body_started = True
            return
        if (m := _SECTION.match(line)) and (self.body_started or self.part):
            num = re.sub(r"\s+", "", m["num"])
            top = num.split(".")[0]
            if "." in num and self.section:
                ref, parent = f"{self.part}.{num}" if self.part else num, self.section
            else:
                ref = f"{self.part}.{top}" if self.part else top
                parent = self.part
                if "." in num:
                    ref = f"{ref}.{num.split('.')[1]}"
            self.section = ref if "." not in num else self.section
            self.add(ref, "section", m["title"], parent)
            return
        if (m := _ITEM.match(line)) and self.section:
            self.add(f"{self.section}.{m['num']}", "item", m["title"], self.section)
            return
        if self.node is not None:
            self.node.lines.append(line)
        elif line.startswith("(") and "kem theo" in fold(line):
            return
        elif self.title_open is False and not self.plan.title and line.isupper():
            self.plan.title = line

    def _appendix_line(self, line: str) -> None:
        # Headings between tables title the table that follows. Other text there (a table
        # of report forms the parser does not read as tasks) is kept as a searchable part.
        if GROUP_INLINE.match(line) or (line.isupper() and len(line) > HEADING_CHARS):
            self.last_heading, self.appendix = line, None
            return
        if _FOOTNOTE.match(line) or (line.startswith("(") and "kem theo" in fold(line)):
            return
        if self.appendix is None:
            parts = sum(1 for s in self.plan.sections if s.kind == "appendix")
            self.appendix = Section(f"Phụ lục {parts + 1}", "appendix", self.last_heading or "")
            self.plan.sections.append(self.appendix)
        self.appendix.lines.append(line)


def _appendix_number(folded: str) -> str:
    """The Roman numeral of "PHỤ LỤC II", "Phụ lục số 02": "II"; "" for a lone "PHỤ LỤC".

    >>> _appendix_number("phu luc so 02"), _appendix_number("phu luc ii. bieu mau")
    ('II', 'II')
    """
    m = _APPENDIX_NUMBER.match(folded)
    if m is None:
        return ""
    return int_to_roman(int(m["n"])) if m["n"].isdigit() else group_code(m["n"]) or ""


def _signer_title(titles: list[str]) -> str:
    """The title the signer signs with: "CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN", and one
    who signs for another keeps both lines, "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"."""
    on_behalf = [i for i, t in enumerate(titles) if t.startswith(_ON_BEHALF)]
    return ", ".join(titles[on_behalf[-1] :]) if on_behalf else titles[-1]


def _is_person(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words)


# ---------------------------------------------------------------- checks


def _finish(plan: ParsedPlan) -> None:
    """Check what a plan must have, and learn the abbreviations it defines."""
    if not plan.tasks:
        raise NotAPlan(f"{plan.source}: {_missing_tasks(plan)}")
    if not plan.number:
        plan.warnings.append("không tìm thấy số văn bản ('Số: ...'); tên tệp được dùng thay")
        plan.number = re.sub(r"\.(txt|docx)$", "", plan.source, flags=re.IGNORECASE)
    for table in plan.tables:
        _mark_run_on(plan, table)
    _distinct_tables(plan)
    for kind, refs in (
        ("nhiệm vụ", [row.ref for row in plan.tasks]),
        ("nhóm", [g.code for g in plan.groups]),
    ):
        seen: set[str] = set()
        for ref in refs:
            if ref in seen:
                plan.warnings.append(f"{kind} {ref} xuất hiện hai lần")
            seen.add(ref)
    for table in plan.tables:
        _check_columns(plan, table)
    text = " ".join([*plan.bases, *(s.title + " " + s.text for s in plan.sections)])
    for m in _ABBREVIATION.finditer(text):
        plan.abbreviations.setdefault(m["short"], m["full"].strip())


def _mark_run_on(plan: ParsedPlan, table: Table) -> None:
    """Mark the rows of a table that numbers its tasks on across groups (group I has tasks
    1-6, group II tasks 7-14): the number alone is the task's id, as the plan writes it."""
    rows = [r for r in plan.tasks if r.table == table.number and r.group and not r.item]
    firsts: dict[str, int] = {}
    for row in rows:
        if row.number.isdigit():
            firsts.setdefault(row.group, int(row.number))
    numbers = [r.number for r in rows]
    if len(firsts) < 2 or not any(n > 1 for n in list(firsts.values())[1:]):
        return
    if len(set(numbers)) != len(numbers):
        return  # a number written twice: the groups tell the tasks apart
    for row in plan.tasks:
        if row.table == table.number:
            row.runs_on = True


def _distinct_tables(plan: ParsedPlan) -> None:
    """Keep the ids of a later task table apart from an earlier one's: two appendices may
    both number their groups I, II. The later table's ids and group codes then start with
    its appendix, "PL II: I.1", or its place when appendices are not numbered, "Bảng 2: 1"."""
    taken: set[str] = set()
    appendices: set[str] = set()
    for table in plan.tables:
        if table.kind != "tasks":
            continue
        rows = [r for r in plan.tasks if r.table == table.number]
        groups = [g for g in plan.groups if g.table == table.number]
        refs = {r.ref for r in rows} | {g.code for g in groups}
        if refs & taken:
            own = table.appendix and table.appendix not in appendices
            label = f"PL {table.appendix}" if own else f"Bảng {table.number + 1}"
            for row in rows:
                row.prefix = f"{label}: "
            for group in groups:
                group.code = f"{label}: {group.code}"
            example = rows[0].ref if rows else groups[0].code
            plan.warnings.append(
                f"bảng {table.number + 1} dùng lại số thứ tự của bảng trước; mã nhiệm vụ "
                f"của bảng này có thêm '{label}: ' ở đầu (ví dụ '{example}')"
            )
            refs = {r.ref for r in rows} | {g.code for g in groups}
        appendices.add(table.appendix)
        taken |= refs


def _missing_tasks(plan: ParsedPlan) -> str:
    """Why a plan has no tasks, for the person who sent it."""
    needs = (
        "kế hoạch cần một bảng phụ lục liệt kê nhiệm vụ, có dòng tiêu đề gồm các cột như "
        "'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'"
    )
    if any(t.kind == "tasks" for t in plan.tables):
        return (
            "bảng nhiệm vụ có dòng tiêu đề nhưng không có dòng nhiệm vụ nào; mỗi nhiệm vụ là "
            "một dòng mở đầu bằng số thứ tự (1, 2, ... hoặc 1.1, 1.2)"
        )
    if plan.tables:
        return f"chỉ có bảng danh mục văn bản, không có bảng nhiệm vụ; {needs}"
    return f"không tìm thấy bảng nhiệm vụ; {needs}"


def _check_columns(plan: ParsedPlan, table: Table) -> None:
    """Warn about columns that will not answer what they should: a column empty in every
    row, and a task table with no deadline or with two columns read as its lead."""
    rows = [r for r in plan.tasks + plan.documents if r.table == table.number]
    name = f"bảng {table.number + 1}"
    data_columns = [c for c in table.columns if c.role is not Role.NUMBER]
    for index, col in enumerate(data_columns):
        if rows and all(not r.cells[index] for r in rows):
            plan.warnings.append(f"{name}: cột '{col.header}' trống ở mọi dòng")
    if table.kind != "tasks" or not rows:
        return
    if not any(c.role is Role.DEADLINE for c in table.columns):
        plan.warnings.append(f"{name}: không có cột thời hạn; các nhiệm vụ sẽ không có hạn")
    leads = [f"'{c.header}'" for c in table.columns if c.role is Role.LEAD]
    if len(leads) > 1:
        plan.warnings.append(
            f"{name}: {len(leads)} cột được hiểu là cơ quan chủ trì ({', '.join(leads)}); "
            "ô có nội dung đầu tiên được dùng"
        )
