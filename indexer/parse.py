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
from dataclasses import dataclass
from datetime import date
from functools import cache

from knowledge.fields import AGENCY_ROLES, Role
from knowledge.normalize import clean, fold, int_to_roman, roman_to_int

from .columns import (
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
from .model import Column, Group, ParsedPlan, Row, Section, Table
from .readers import Item, RawTable

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
_ROW_NUMBER = re.compile(r"^(?P<num>\d{1,3})\s*\.?\s*$")
_ROW_INLINE = re.compile(r"^(?P<num>\d{1,3})\s*\.\s+(?P<rest>\S.*)$")
_GROUP = re.compile(r"^(?P<num>[IVXLl1]{1,5})\s*\.?\s*$")
_GROUP_INLINE = re.compile(r"^(?P<num>[IVXLl1]{1,5})\s*[.:]\s+(?P<title>\S.*)$")
_LETTER = re.compile(r"^(?P<letter>[A-Z])\s*\.?$")  # groups lettered A, B, C
_LETTER_INLINE = re.compile(r"^(?P<letter>[A-Z])\s*[.:]\s+(?P<title>\S.*)$")
_DOTTED = re.compile(r"^(?P<g>[IVXLl]{1,5}|\d{1,2})\s*\.\s*(?P<n>\d{1,2})\s*\.?$")
_DOTTED_ARABIC = re.compile(r"^\d{1,2}\s*\.\s*\d{1,2}\s*\.?$")
_FOOTNOTE = re.compile(r"^\[\d+\]")
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?-?\s*\d{1,3}\s*(?:/\s*\d{1,3})?\s*-?$")  # folded
_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")  # "(1)", "(2)" under the header cells
MAX_HEADER_LINES = 16  # a two-row header reads as its top row and then its sub-headers
HEADING_CHARS = 12  # a heading in capitals is longer than a header cell such as "STT"
_BULLET = re.compile(r"^[-+•*–]\s+")  # a paragraph's list mark in a Word cell
_MOTTO = ("cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap tu do")
_BASES = ("can cu ", "xet de nghi", "theo de nghi")
_SIGN_TITLE = re.compile(r"^(?:TM\.|KT\.|Q\.|TL\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ)")
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

    def flush_lines() -> None:
        stream.extend(_flat_tables(plan, lines))
        lines.clear()

    for item in items:
        if isinstance(item, RawTable):
            parsed = _raw_table(plan, item)
            if parsed is None:  # a layout table (the letterhead): read its cells as lines
                lines.extend(
                    clean(part)
                    for row in item.rows
                    for cell in _unique(row)
                    for part in cell.split("\n")
                    if clean(part)
                )
                continue
            flush_lines()
            stream.append(parsed)
        else:
            lines.extend(clean(part) for part in item.split("\n") if clean(part))
    flush_lines()
    _read_text(plan, stream)
    _finish(plan)
    return plan


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


def _group_code(text: str) -> str | None:
    value = roman_to_int(text)
    return int_to_roman(value) if value else None


def _group_value(code: str | None) -> int | None:
    """The place of a group in its sequence: "III" and "3" are third, and so is "C"."""
    if code is None:
        return None
    if code.isdigit():
        return int(code)
    if value := roman_to_int(code):
        return value
    return ord(code) - ord("A") + 1 if "A" <= code <= "Z" else None


@dataclass
class _Marker:
    """What a row's number says: a group row or a task row, and any text after it."""

    kind: str  # group | task
    group: str | None
    number: str | None = None
    title: str = ""


def _marker(text: str, *, dotted: bool) -> _Marker | None:
    """Read a number cell or a flattened line: "II", "Ill", "IV.", "II. Title" and "B" are
    groups; "3.", "3 ." and "3. Content" are tasks; "1.2" is task 2 of group 1. When the
    table numbers its tasks "1.2" (``dotted``), a plain "1." is the group row above them."""
    text = text.strip()
    if m := _DOTTED.match(text):
        return _Marker("task", _group_code(m["g"]) or m["g"], m["n"])
    if _GROUP.match(text) and (code := _group_code(text)):
        return _Marker("group", code)
    if (m := _GROUP_INLINE.match(text)) and (code := _group_code(m["num"])):
        return _Marker("group", code, title=m["title"])
    if m := _LETTER.match(text) or _LETTER_INLINE.match(text):
        return _Marker("group", m["letter"], title=m.groupdict().get("title") or "")
    m = _ROW_NUMBER.match(text) or _ROW_INLINE.match(text)
    if m is None:
        return None
    number, rest = str(int(m["num"])), m.groupdict().get("rest") or ""
    return _Marker("group", number, title=rest) if dotted else _Marker("task", None, number, rest)


def _is_dotted(numbers: list[str]) -> bool:
    return sum(1 for n in numbers if _DOTTED_ARABIC.match(n.strip())) >= 2


def _join_paragraphs(cell: str, role: Role) -> str:
    """A cell's paragraphs as one line. In an agency cell each paragraph is an agency, unless
    it continues the one before ("(Chi cục ...)"), so they are joined by commas."""
    parts = [p for p in (_BULLET.sub("", clean(x)) for x in cell.split("\n")) if p]
    if role not in AGENCY_ROLES:
        return " ".join(parts)
    out = parts[:1]
    for part in parts[1:]:
        glue = " " if part[:1] in "(-" or part[:1].islower() or out[-1].endswith(",") else ", "
        out.append(glue + part)
    return "".join(out)


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


def _raw_table(plan: ParsedPlan, raw: RawTable) -> tuple[Table, list[Row]] | None:
    """A .docx table: find its header row, then read group and task rows."""
    header = _raw_header(raw)
    if header is None:
        return None
    table = _new_table(plan, header[0])
    width = len(table.columns)
    roles = [c.role for c in table.columns]
    repeated = {tuple(_unique(r)) for r in raw.rows[: header[1]]}  # at the top of each page
    data = [r for r in raw.rows[header[1] :] if tuple(_unique(r)) not in repeated]
    has_number = roles[0] is Role.NUMBER
    dotted = has_number and _is_dotted([r[0] for r in data if r])
    rows: list[Row] = []
    group: str | None = None
    generated = 0  # rows Word numbered by itself: their number cell is empty
    for raw_cells in data:
        cells = [_join_paragraphs(c, role) for c, role in zip(raw_cells, roles, strict=False)]
        distinct = _unique(cells)
        if not distinct:
            continue
        if all(re.fullmatch(r"\(?\d+\)?", c) for c in distinct):
            continue  # the "(1) (2) (3)" row under some headers
        cells = (cells + [""] * width)[:width]
        mark = _marker(cells[0], dotted=dotted) if has_number and cells[0] else None
        title_only = len(distinct) == 1 or (mark is not None and len(distinct) == 2)
        if mark and mark.kind == "group" and title_only:
            # A group row: its numeral, and a title merged across the other cells.
            group = mark.group
            title = mark.title or (distinct[1] if len(distinct) > 1 else "")
            plan.groups.append(Group(group, title, table.number))
            continue
        if has_number and not cells[0] and len(distinct) == 1:
            # An auto-numbered group row: only its title, merged across the row.
            group = int_to_roman(sum(1 for g in plan.groups if g.table == table.number) + 1)
            plan.groups.append(Group(group, distinct[0], table.number))
            continue
        if mark and mark.kind == "task":
            number, group = mark.number, mark.group or group
        elif has_number and not cells[0]:
            number = str(1 + sum(1 for r in rows if r.group == group))
            generated += 1
        elif not has_number:
            number = str(len(rows) + 1)
        else:
            plan.warnings.append(
                f"bảng {table.number + 1}: đã bỏ qua một dòng có số thứ tự '{cells[0]}'"
            )
            continue
        rows.append(Row(table.number, group, number, cells[1:] if has_number else cells))
    if generated:
        plan.warnings.append(
            f"bảng {table.number + 1}: {generated} dòng không có số thứ tự (Word tự đánh số); "
            "đã đánh số theo thứ tự trong từng nhóm"
        )
    return table, rows


def _flat_header(lines: list[str], start: int) -> int:
    """The end of a flattened header row beginning at ``start``, or 0 if none starts there."""
    role = header_role(lines[start])
    # A table may have no number column, but a line in capitals ("DANH MỤC NHIỆM VỤ") is the
    # table's title, not its first header cell.
    if role is not Role.NUMBER and (role is not Role.CONTENT or lines[start].isupper()):
        return 0
    end = start
    while end < len(lines) and end - start < MAX_HEADER_LINES:
        line = lines[end]
        if end > start and (_marker(line, dotted=False) or _COLUMN_NUMBER.match(line)):
            break
        if header_role(line) is None:
            return 0
        end += 1
    return end if is_header(lines[start:end]) else 0


def _ends_table(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _FOOTNOTE.match(line) or fold(line).startswith(("noi nhan", "phu luc")):
        return True
    # The next table's header; a row's cells may read like header cells ("Đề án", "Thường
    # xuyên", "Thực hiện theo hướng dẫn"), but they do not open with "STT".
    if header_role(line) is Role.NUMBER and _flat_header(lines, i):
        return True
    heading = _GROUP_INLINE.match(line)
    # "II. CÁC VĂN BẢN CẦN ĐƯỢC RÀ SOÁT" opens the next table; a group row is not in capitals.
    return bool(heading and heading["title"].isupper())


def _flat_tables(plan: ParsedPlan, lines: list[str]) -> list[str | tuple[Table, list[Row]]]:
    """Rebuild the tables of flattened text; other lines pass through."""
    out: list[str | tuple[Table, list[Row]]] = []
    i = 0
    while i < len(lines):
        end = _flat_header(lines, i)
        if not end:
            out.append(lines[i])
            i += 1
            continue
        table = _new_table(plan, flat_columns(lines[i:end]))
        i, body = _table_body(lines, end, lines[i:end])
        out.append((table, _flat_rows(plan, table, body)))
    return out


def _table_body(lines: list[str], start: int, header: list[str]) -> tuple[int, list[str]]:
    """The end of a flattened table whose rows begin at ``start``, and its lines without
    the page breaks inside it: the header repeated at the top of a page, and the page
    number printed before it."""
    key = [fold(h) for h in header]
    body: list[str] = []
    i = start
    while i < len(lines):
        if fold(lines[i]) == key[0] and [fold(x) for x in lines[i : i + len(key)]] == key:
            if body and _PAGE_NUMBER.match(fold(body[-1])):
                body.pop()
            i += len(key)
        elif _ends_table(lines, i):
            break
        else:
            body.append(lines[i])
            i += 1
    return i, body


@dataclass(frozen=True)
class _Numbering:
    """Where a table's numbering stands after a row: the group it is in, the last task
    number, and whether that row was a group row."""

    group: str | None = None
    last: int = 0
    opened: bool = False


# What the numbering of a reading costs, against how well its rows' cells fit (a cell that
# fits its column scores a few points): a plan numbers its rows in order, so a number out
# of sequence is more likely a cell's content ("12" in a budget column) than a new row.
_SKIPPED = 8.0  # a task number that does not follow the one before
_RESTARTED = 3.0  # numbering back at 1 with no group row (ids then repeat)
_OUT_OF_ORDER = 6.0  # a group numeral that does not follow the one before
_EMPTY_GROUP = 3.0  # a group row straight after another
_GROUP_ROW = 4.0  # a group row with its title, rather than two more cells for a task
_TITLE_LINE = 3.0  # each line of a group row past its title
_DROPPED = 3.0  # each line before the first row
_LOOKAHEAD = 6  # a row holds at most this many lines that read like row numbers


def _follow(state: _Numbering, mark: _Marker) -> tuple[float, _Numbering]:
    """What it costs for ``mark`` to open the next row, and where the numbering then stands.

    Tasks may be numbered again from 1 in each group or run on across groups (group I has
    tasks 1-2, group II tasks 3-5); either way they keep the number the plan gives them.
    """
    if mark.kind == "group":
        value, before = _group_value(mark.group), _group_value(state.group)
        cost = 0.0 if value == (before or 0) + 1 else _OUT_OF_ORDER
        cost += _EMPTY_GROUP if state.opened else 0.0
        return cost, _Numbering(mark.group, state.last, True)
    number = int(mark.number or 0)
    if mark.group is not None:  # "2.1" names its group, with or without a group row
        same = mark.group == state.group and not state.opened
        cost = 0.0 if number == (state.last + 1 if same else 1) else _SKIPPED
        return cost, _Numbering(mark.group, number, False)
    if number == state.last + 1 or (number == 1 and state.opened):
        return 0.0, _Numbering(state.group, number, False)
    if number == 1:  # a fresh numbering with no group row
        return _RESTARTED, _Numbering(None, number, False)
    return _SKIPPED, _Numbering(state.group, number, False)


@dataclass
class _Start:
    """A row of a flattened table: the line that opens it, what that line says, and the
    numbering after it."""

    at: int
    mark: _Marker
    state: _Numbering


_Link = tuple[int, _Numbering]  # a candidate that opened a row, and the numbering after it


def _segment(body: list[str], slots: list[Slot], dotted: bool) -> list[_Start]:
    """Which lines open the rows of a flattened table.

    Any line that reads like a number may open a row or be a cell ("12" in a budget
    column). Every reading is scored, exactly and in one pass: the order of its numbering
    (:func:`_follow`) and how well the lines of each of its rows fill their cells
    (:func:`_row_fit`). Rows are short, so only the next few candidates are tried as the
    start of the row after each one.
    """
    marks = [(k, m) for k, line in enumerate(body) if (m := _marker(line, dotted=dotted))]
    fit = _row_fit(body, marks, slots)
    # best[a]: for each numbering state after candidate a opens a row, the best score of
    # the rows before it, and the link it follows.
    best: list[dict[_Numbering, tuple[float, _Link | None]]] = [{} for _ in marks]
    for a, (at, mark) in enumerate(marks):
        cost, state = _follow(_Numbering(), mark)
        _keep(best[a], state, -_DROPPED * at - cost, None)
    final: tuple[float, _Link | None] = (float("-inf"), None)
    for a in range(len(marks)):
        for state, (score, _) in best[a].items():
            if (total := score + fit(a, len(body))) > final[0]:
                final = (total, (a, state))  # the last row runs to the end of the table
            for b in range(a + 1, min(len(marks), a + 1 + _LOOKAHEAD)):
                cost, after = _follow(state, marks[b][1])
                _keep(best[b], after, score + fit(a, marks[b][0]) - cost, (a, state))
    starts: list[_Start] = []
    link = final[1]
    while link is not None:
        a, state = link
        starts.append(_Start(marks[a][0], marks[a][1], state))
        link = best[a][state][1]
    return starts[::-1]


def _row_fit(body: list[str], marks: list[tuple[int, _Marker]], slots: list[Slot]):
    """A function scoring how well the lines from candidate ``a`` to line ``end`` read as
    one row: a group row is its numeral and a title, a task row as well as its lines fill
    the cells (:func:`align_scored`)."""
    longest = len(slots) + 4  # a row much longer than its cells reads as two rows

    @cache
    def fit(a: int, end: int) -> float:
        at, mark = marks[a]
        lines = body[at + 1 : end]
        if mark.kind == "group":  # the title on the numeral's line or on the next one
            extra = len(lines) - (0 if mark.title else 1)
            return _GROUP_ROW - _TITLE_LINE * abs(extra)
        cells = [mark.title, *lines] if mark.title else lines
        if len(cells) > longest:
            return -_TITLE_LINE * len(cells)  # too long to be one row: not worth aligning
        return align_scored(cells, slots)[0]

    return fit


def _keep(
    states: dict[_Numbering, tuple[float, _Link | None]],
    state: _Numbering,
    score: float,
    link: _Link | None,
) -> None:
    """Keep the better of two ways to reach the same numbering state."""
    if state not in states or score > states[state][0]:
        states[state] = (score, link)


def _flat_rows(plan: ParsedPlan, table: Table, body: list[str]) -> list[Row]:
    """The group and task rows of a flattened table, from the lines of its body."""
    data_slots = slots([c for c in table.columns if c.role is not Role.NUMBER])
    starts = _segment(body, data_slots, _is_dotted(body))
    if not starts:
        return []  # a header with no numbered rows under it
    tasks: list[tuple[_Start, list[str]]] = []
    for start, end in zip(starts, [s.at for s in starts[1:]] + [len(body)], strict=True):
        lines = body[start.at + 1 : end]
        mark = start.mark
        if mark.kind == "group":
            title = " ".join([mark.title, *lines]).strip()
            plan.groups.append(Group(mark.group or "", title, table.number))
            written = body[start.at]
            if _GROUP.match(written) and written.rstrip(".").strip() != mark.group:
                plan.warnings.append(f"nhóm {mark.group} được viết là '{written}'")
        else:
            tasks.append((start, [mark.title, *lines] if mark.title else lines))
    rows = []
    cells = align_table([lines for _, lines in tasks], data_slots)
    for (start, lines), row_cells in zip(tasks, cells, strict=True):
        row = Row(table.number, start.state.group, start.mark.number or "", row_cells)
        if len(lines) > len(data_slots):
            plan.warnings.append(
                f"dòng {row.ref}: {len(lines)} dòng cho {len(data_slots)} ô; "
                "một ô bị tách thành nhiều dòng đã được nối lại"
            )
        rows.append(row)
    return rows


# ---------------------------------------------------------------- text


def _read_text(plan: ParsedPlan, stream: list) -> None:
    """Metadata, the decision's articles and the body tree, from the lines around the tables."""
    state = _TextState(plan)
    for entry in stream:
        if isinstance(entry, tuple):
            table, rows = entry
            table.title = state.take_heading() or table.title
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
            plan.signer_title = self.sign_titles[-1]
            self.sign_titles.clear()
            return
        if m := _ARTICLE.match(line):
            self.add(f"Điều {m['num']}", "article", m["title"], None)
            return
        if line.isupper() and fold(line).strip(" :") in _DOC_TYPES:
            return  # the attached plan's own heading, "KẾ HOẠCH"
        self._body_line(line)

    def _body_line(self, line: str) -> None:
        if (m := _PART.match(line)) and (code := _group_code(m["num"])):
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
        if _GROUP_INLINE.match(line) or (line.isupper() and len(line) > HEADING_CHARS):
            self.last_heading, self.appendix = line, None
            return
        if _FOOTNOTE.match(line) or (line.startswith("(") and "kem theo" in fold(line)):
            return
        if self.appendix is None:
            parts = sum(1 for s in self.plan.sections if s.kind == "appendix")
            self.appendix = Section(f"Phụ lục {parts + 1}", "appendix", self.last_heading or "")
            self.plan.sections.append(self.appendix)
        self.appendix.lines.append(line)


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
    seen: set[str] = set()
    for row in plan.tasks:
        if row.ref in seen:
            plan.warnings.append(f"nhiệm vụ {row.ref} xuất hiện hai lần")
        seen.add(row.ref)
    for table in plan.tables:
        _check_columns(plan, table)
    text = " ".join([*plan.bases, *(s.title + " " + s.text for s in plan.sections)])
    for m in _ABBREVIATION.finditer(text):
        plan.abbreviations.setdefault(m["short"], m["full"].strip())


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
