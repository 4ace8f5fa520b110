"""Turn a plan's lines and tables into a :class:`ParsedPlan`.

The same code reads the flattened text export (one table cell per line) and a .docx
(where tables are real): a flattened table is first rebuilt into rows, then both kinds
of table go through one path.

>>> plan = parse_lines("demo.txt", DEMO.splitlines())
>>> plan.number, [t.ref for t in plan.tasks], plan.tasks[0].cells[1]
('5/KH-UBND', ['I.1', 'I.2'], 'Sở Khoa học và Công nghệ (Chi cục TCĐLCL)')
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.fields import Role
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
_FOOTNOTE = re.compile(r"^\[\d+\]")
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


def parse_lines(source: str, lines: list[str]) -> ParsedPlan:
    """Parse a plan given as flattened text lines."""
    return parse_items(source, list(lines))


def _unique(cells: list[str]) -> list[str]:
    return [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]


# ---------------------------------------------------------------- tables


def _columns(cells: list[str]) -> list[Column]:
    return [Column(clean(c), header_role(c) or Role.OTHER) for c in cells]


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


def _raw_table(plan: ParsedPlan, raw: RawTable) -> tuple[Table, list[Row]] | None:
    """A .docx table: find its header row, then read group and task rows."""
    h = next((i for i, row in enumerate(raw.rows[:3]) if is_header(_unique(row))), None)
    if h is None:
        return None
    table = _new_table(plan, _columns(raw.rows[h]))
    width = len(table.columns)
    has_number = table.columns[0].role is Role.NUMBER
    rows: list[Row] = []
    group: str | None = None
    for cells in raw.rows[h + 1 :]:
        cells = [clean(c.replace("\n", " ")) for c in cells]
        distinct = _unique(cells)
        if not distinct:
            continue
        first = distinct[0]
        inline = _GROUP_INLINE.match(first)
        code = _group_code(first) if _GROUP.match(first) else None
        # A group row: a Roman numeral and a title, the title merged across the other cells.
        if code and len(distinct) <= 2:
            group = code
            plan.groups.append(Group(code, distinct[1] if len(distinct) > 1 else "", table.number))
            continue
        if inline and len(distinct) == 1 and _group_code(inline["num"]):
            group = _group_code(inline["num"])
            plan.groups.append(Group(group, inline["title"], table.number))
            continue
        if all(re.fullmatch(r"\(?\d+\)?", c) for c in distinct):
            continue  # the "(1) (2) (3)" row under some headers
        cells = (cells + [""] * width)[:width]
        number = re.sub(r"\D", "", cells[0]) if has_number else str(len(rows) + 1)
        if not number:
            plan.warnings.append(f"table {table.number + 1}: a row without a number was skipped")
            continue
        rows.append(Row(table.number, group, number, cells[1:] if has_number else cells))
    return table, rows


def _flat_header(lines: list[str], start: int) -> int:
    """The end of a flattened header row beginning at ``start``, or 0 if none starts there."""
    if header_role(lines[start]) not in (Role.NUMBER, Role.CONTENT):
        return 0
    end = start
    while end < len(lines) and end - start < 12:
        line = lines[end]
        if end > start and (_ROW_NUMBER.match(line) or _GROUP.match(line)):
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


def _starts_row(num: int, expected: int, lines: list[str], i: int) -> bool:
    """True if a number line opens the next row rather than filling a cell (a budget of 1)."""
    if num == expected:
        return True
    # A numbering that starts again at 1 with no group row is followed by a task's content.
    return num == 1 and i + 1 < len(lines) and len(lines[i + 1]) > 20


def _flat_rows(plan: ParsedPlan, table: Table, lines: list[str], i: int) -> tuple[int, list[Row]]:
    columns = table.columns
    data_roles = [c.role for c in columns if c.role is not Role.NUMBER]
    pending: list[tuple[str | None, str, list[str]]] = []  # group, number, lines
    group: str | None = None
    expected = 1
    title_of: Group | None = None
    while i < len(lines):
        line = lines[i]
        if _ends_table(lines, i):
            break
        number = _ROW_NUMBER.match(line) or _ROW_INLINE.match(line)
        group_match = _GROUP.match(line)
        code = _group_code(line) if group_match else None
        inline_group = _GROUP_INLINE.match(line)
        if inline_group and not code and (code := _group_code(inline_group["num"])):
            line = inline_group["title"]
        current = pending[-1][2] if pending and title_of is None else None
        ready = current is None or len(current) >= 2
        if code and ready:
            group, expected = code, 1
            title_of = Group(code, line if inline_group else "", table.number)
            plan.groups.append(title_of)
            if group_match and line.rstrip(".").strip() != code:
                plan.warnings.append(f"group {code} is written '{line}'")
        elif number and ready and _starts_row(int(number["num"]), expected, lines, i):
            num = int(number["num"])
            if num == 1 and expected != 1 and title_of is None:
                group = None  # a fresh numbering with no group row
            expected = num + 1
            title_of = None
            rest = number.groupdict().get("rest")
            pending.append((group, str(num), [rest] if rest else []))
        elif title_of is not None:
            title_of.title = f"{title_of.title} {line}".strip()
        elif pending:
            pending[-1][2].append(line)
        i += 1
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
    return i, rows


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
        if set(line) <= set("-_=* "):
            return
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
            return
        if self.in_appendix:
            self._appendix_line(line)
            return
        if not plan.doc_type and folded.strip(" :") in _DOC_TYPES and line.isupper():
            plan.doc_type = line.strip(" :").capitalize()
            self.title_open = True
            return
        if self.title_open:
            # The title runs on in capitals until the issuing body's name ("ỦY BAN NHÂN DÂN
            # TỈNH") or the text begins.
            authority = fold(plan.issuer).split(" tinh ")[0][:15]
            if line.isupper() and not _PART.match(line) and not folded.startswith(authority):
                plan.title = f"{plan.title} {line}".strip()
                return
            self.title_open = False
        if folded.startswith("can cu "):
            plan.bases.append(line)
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
        # Headings between tables title the table that follows.
        if _GROUP_INLINE.match(line) or line.isupper():
            self.last_heading = line


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
