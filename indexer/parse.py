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

from knowledge.fields import AGENCY_ROLES, Role
from knowledge.normalize import clean, fold, int_to_roman, roman_to_int

from .columns import align, header_role, is_header
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
_NUMBER = re.compile(r"^s[oố]\s*(?:hieu|hiệu)?\s*:?\s*(\d+[^\s,;]*)", re.IGNORECASE)
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
_DOTTED = re.compile(r"^(?P<g>[IVXLl]{1,5}|\d{1,2})\s*\.\s*(?P<n>\d{1,2})\s*\.?$")
_DOTTED_ARABIC = re.compile(r"^\d{1,2}\s*\.\s*\d{1,2}\s*\.?$")
_FOOTNOTE = re.compile(r"^\[\d+\]")
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


def _columns(cells: list[str]) -> list[Column]:
    headers = [clean(c.replace("\n", " ")) for c in cells]  # "Đơn\nvị thực hiện"
    return [Column(h, header_role(h) or Role.OTHER) for h in headers]


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


@dataclass
class _Marker:
    """What a row's number says: a group row or a task row, and any text after it."""

    kind: str  # group | task
    group: str | None
    number: str | None = None
    title: str = ""


def _marker(text: str, *, dotted: bool) -> _Marker | None:
    """Read a number cell or a flattened line: "II", "Ill", "IV." and "II. Title" are groups;
    "3.", "3 ." and "3. Content" are tasks; "1.2" is task 2 of group 1. When the table
    numbers its tasks "1.2" (``dotted``), a plain "1." is the group row above them."""
    text = text.strip()
    if m := _DOTTED.match(text):
        return _Marker("task", _group_code(m["g"]) or m["g"], m["n"])
    if _GROUP.match(text) and (code := _group_code(text)):
        return _Marker("group", code)
    if (m := _GROUP_INLINE.match(text)) and (code := _group_code(m["num"])):
        return _Marker("group", code, title=m["title"])
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


def _raw_table(plan: ParsedPlan, raw: RawTable) -> tuple[Table, list[Row]] | None:
    """A .docx table: find its header row, then read group and task rows."""
    h = next((i for i, row in enumerate(raw.rows[:3]) if is_header(_unique(row))), None)
    if h is None:
        return None
    table = _new_table(plan, _columns(raw.rows[h]))
    width = len(table.columns)
    roles = [c.role for c in table.columns]
    has_number = roles[0] is Role.NUMBER
    dotted = has_number and _is_dotted([r[0] for r in raw.rows[h + 1 :] if r])
    rows: list[Row] = []
    group: str | None = None
    generated = 0  # rows Word numbered by itself: their number cell is empty
    for raw_cells in raw.rows[h + 1 :]:
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
                f"table {table.number + 1}: a row numbered '{cells[0]}' was skipped"
            )
            continue
        rows.append(Row(table.number, group, number, cells[1:] if has_number else cells))
    if generated:
        plan.warnings.append(
            f"table {table.number + 1}: {generated} rows had no number (Word numbering); "
            "they were numbered in order within their group"
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
    while end < len(lines) and end - start < 12:
        line = lines[end]
        if end > start and _marker(line, dotted=False):
            break
        if header_role(line) is None:
            return 0
        end += 1
    return end if is_header(lines[start:end]) else 0


def _ends_table(lines: list[str], i: int) -> bool:
    line = lines[i]
    if _FOOTNOTE.match(line) or fold(line).startswith(("noi nhan", "phu luc")):
        return True
    if _flat_header(lines, i):
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
        table = _new_table(plan, _columns(lines[i:end]))
        i, rows = _flat_rows(plan, table, lines, end)
        out.append((table, rows))
    return out


def _starts_row(mark: _Marker, group: str | None, expected: int, lines: list[str], i: int) -> bool:
    """True if a task marker opens the next row rather than filling a cell (a budget of 1)."""
    number = int(mark.number)
    if mark.group is not None and mark.group != group:
        return number == 1  # "2.1" opens group 2
    if number == expected:
        return True
    # A numbering that starts again at 1 with no group row is followed by a task's content.
    return number == 1 and i + 1 < len(lines) and len(lines[i + 1]) > 20


def _flat_rows(plan: ParsedPlan, table: Table, lines: list[str], i: int) -> tuple[int, list[Row]]:
    columns = table.columns
    data_roles = [c.role for c in columns if c.role is not Role.NUMBER]
    end = i
    while end < len(lines) and not _ends_table(lines, end):
        end += 1
    dotted = _is_dotted(lines[i:end])
    pending: list[tuple[str | None, str, list[str]]] = []  # group, number, lines
    group: str | None = None
    expected = 1
    title_of: Group | None = None
    for j in range(i, end):
        line = lines[j]
        mark = _marker(line, dotted=dotted)
        current = pending[-1][2] if pending and title_of is None else None
        ready = current is None or len(current) >= 2
        if mark and mark.kind == "group" and ready:
            group, expected = mark.group, 1
            title_of = Group(group, mark.title, table.number)
            plan.groups.append(title_of)
            if _GROUP.match(line) and line.rstrip(".").strip() != group:
                plan.warnings.append(f"group {group} is written '{line}'")
        elif (
            mark and mark.kind == "task" and ready and _starts_row(mark, group, expected, lines, j)
        ):
            if mark.group is not None:
                group = mark.group
            elif int(mark.number) == 1 and expected != 1 and title_of is None:
                group = None  # a fresh numbering with no group row
            expected = int(mark.number) + 1
            title_of = None
            pending.append((group, mark.number, [mark.title] if mark.title else []))
        elif title_of is not None:
            title_of.title = f"{title_of.title} {line}".strip()
        elif pending:
            pending[-1][2].append(line)
    rows = []
    for grp, num, cell_lines in pending:
        cells = align(cell_lines, data_roles)
        if len(cell_lines) > len(data_roles):
            ref = f"{grp}.{num}" if grp else num
            plan.warnings.append(
                f"row {ref}: {len(cell_lines)} lines for {len(data_roles)} cells; "
                "a cell split over lines was joined"
            )
        rows.append(Row(table.number, grp, num, cells))
    return end, rows


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
            self.plan.warnings.append(f"section {ref} appears twice; the second was kept apart")
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
                plan.recipients.append(line.lstrip("-+• ").rstrip(";.").strip())
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
    if not plan.tables or not plan.tasks:
        found = "a table of documents but no table of tasks" if plan.tables else "no table"
        raise NotAPlan(
            f"{plan.source}: {found}; a plan needs an appendix table of tasks whose header "
            "names columns such as 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'"
        )
    if not plan.number:
        plan.warnings.append("no document number ('Số: ...') found; the file name stands for it")
        plan.number = re.sub(r"\.(txt|docx)$", "", plan.source, flags=re.IGNORECASE)
    seen: set[str] = set()
    for row in plan.tasks:
        if row.ref in seen:
            plan.warnings.append(f"task {row.ref} appears twice")
        seen.add(row.ref)
    for table in plan.tables:
        rows = [r for r in plan.tasks + plan.documents if r.table == table.number]
        data_columns = [c for c in table.columns if c.role is not Role.NUMBER]
        for index, column in enumerate(data_columns):
            if rows and all(not r.cells[index] for r in rows):
                plan.warnings.append(
                    f"table {table.number + 1}: column '{column.header}' is empty in every row"
                )
    text = " ".join([*plan.bases, *(s.title + " " + s.text for s in plan.sections)])
    for m in _ABBREVIATION.finditer(text):
        plan.abbreviations.setdefault(m["short"], m["full"].strip())
