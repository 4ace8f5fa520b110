"""Turn a plan's lines and tables into a :class:`ParsedPlan`.

The same code reads the flattened text export (one table cell per line) and a .docx
(where tables are real): a flattened table is first rebuilt into rows, then both kinds
of table go through one path. The Word tables are read in :mod:`indexer.word_tables`,
the flattened ones in :mod:`indexer.flattened`, the text around them in
:mod:`indexer.plan_text`; :mod:`indexer.plan_checks` checks the result.

>>> plan = parse_items("demo.txt", DEMO.splitlines())
>>> plan.number, [t.ref for t in plan.tasks], plan.tasks[0].cells[1]
('5/KH-UBND', ['I.1', 'I.2'], 'Sở Khoa học và Công nghệ (Chi cục TCĐLCL)')
"""

from __future__ import annotations

from knowledge.normalize import clean

from .flattened import flat_tables
from .gazette import unprint
from .model import ParsedPlan, Row, Table
from .plan_checks import finish
from .plan_text import read_text
from .readers import Item, RawTable
from .tables import new_table
from .word_tables import WordTable, raw_header, unique_cells

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


def parse_items(source: str, items: list[Item]) -> ParsedPlan:
    """Parse a plan from what :func:`indexer.readers.read_plan` returns."""
    stream: list[str | Table | tuple[Table, list[Row]]] = []
    plan = ParsedPlan(source=source)
    lines: list[str] = []
    words: list[WordTable] = []  # the last one may go on in the next Word table
    if all(isinstance(item, str) for item in items):
        items, plan.wrapped = unprint([str(item) for item in items])

    def flush_lines() -> None:
        stream.extend(flat_tables(plan, lines))
        lines.clear()

    def read(item: Item) -> None:
        if isinstance(item, str):
            lines.extend(clean(part) for part in item.split("\n") if clean(part))
            return
        header = raw_header(item)
        if header is None:  # a layout table: the tables inside it, else its cells as lines
            for inner in item.nested or _layout_lines(item):
                read(inner)
            return
        columns, first = header
        if words and words[-1].goes_on(columns, lines):
            lines.clear()  # only a page number between the two parts of the table
        else:
            flush_lines()
            words.append(WordTable(plan, new_table(plan, columns)))
            stream.append(words[-1].entry)
        words[-1].read(item.rows[first:], {tuple(unique_cells(r)) for r in item.rows[:first]})

    for item in items:
        read(item)
    flush_lines()
    for word in words:
        word.warn()
    read_text(plan, stream)
    finish(plan)
    return plan


def _layout_lines(raw: RawTable) -> list[str]:
    """The cells of a layout table (a letterhead, a signature block) as lines."""
    return [cell for row in raw.rows for cell in unique_cells(row)]
