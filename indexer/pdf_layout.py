"""Rebuild a PDF's paragraphs and tables from where its words sit on the page.

A PDF holds no paragraphs or cells, only words at positions and the rules drawn between
them. This module gives back what a .docx gives (:func:`indexer.readers.read_plan`): lines
of text and :class:`RawTable` rows of cells, in reading order, so the parser is shared.

- Words on one visual line are split where a gap wider than three letters leaves a column
  between them: the letterhead of a Vietnamese decree (issuer left, motto right) and its
  signature block (Nơi nhận left, signer right) are read one column after the other.
- Lines become paragraphs as :mod:`indexer.pdf_text` tells, across pages too; tables are
  :mod:`indexer.pdf_tables`' work, a table over pages read as one.
- Page numbers and running headers or footers (the same line on most pages) are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from knowledge.normalize import fold

from .pdf_tables import Grid, Table, cells_of, grid_of, inside, join_tables, place, raw_table
from .pdf_text import Line, Metrics, Word, column_lines, measure, paragraphs, visual_rows
from .readers import Item

_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$")
RUNNING_SHARE = 0.5  # a header or footer is on at least half of the pages (and three)


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word]
    tables: list[Table]


@dataclass
class _Block:
    """Lines laid out in columns side by side, and where each column ends."""

    columns: list[list[Line]]
    rights: list[float]


@dataclass
class _Flow:
    """Where paragraphs of the body begin and end on pages of one width."""

    left: float
    right: float


def items_of(pages: list[Page]) -> list[Item]:
    """The document's paragraphs and tables in reading order."""
    chunks: list[Line | _Block | Grid] = []
    headers = _running_lines(pages)
    lines_by_page = {}
    for page in pages:
        grids = [grid_of(t) for t in page.tables]
        free = [w for w in page.words if not place(w, page.tables, grids)]
        rows = [r for r in visual_rows(free) if _key(r) not in headers]
        lines_by_page[page.number] = rows
        for grid in grids:
            for cell in cells_of(grid):
                cell.lines = [line for row in visual_rows(cell.words) for line in row]
                cell.words = []
        _order(chunks, rows, grids)
    # Body paragraphs are often set apart by space while a cell's are not: each is measured.
    body = measure([[c for c in chunks if isinstance(c, Line)]])
    cells = measure([cell.lines for g in chunks if isinstance(g, Grid) for cell in cells_of(g)])
    flows = _flows(pages, lines_by_page)
    return _emit(join_tables(chunks, cells), flows, body, cells)


def _key(row: list[Line]) -> str:
    return re.sub(r"\d+", "#", fold(" ".join(line.text for line in row)))


def _running_lines(pages: list[Page]) -> set[str]:
    """The first and last lines of pages that are page numbers or repeat on most pages."""
    counts: Counter[str] = Counter()
    numbers = set()
    for page in pages:
        free = [w for w in page.words if not any(inside(w, t.bbox) for t in page.tables)]
        rows = visual_rows(free)
        tops = [t.bbox[1] for t in page.tables]
        bottoms = [t.bbox[3] for t in page.tables]
        ends = []
        if rows and (not tops or rows[0][0].bottom < min(tops)):
            ends.append(rows[0])
        if len(rows) > 1 and (not bottoms or rows[-1][0].top > max(bottoms)):
            ends.append(rows[-1])
        for row in ends:
            key = _key(row)
            counts[key] += 1
            if _PAGE_NUMBER.match(fold(" ".join(line.text for line in row))):
                numbers.add(key)
    least = max(3, RUNNING_SHARE * len(pages))
    return numbers | {key for key, n in counts.items() if n >= least}


def _order(chunks: list, rows: list[list[Line]], grids: list[Grid]) -> None:
    """Append a page's lines and tables top to bottom; side-by-side columns as blocks."""
    pending = sorted(grids, key=lambda g: g.rows and _top(g))
    run: list[list[Line]] = []
    for row in rows + [None]:  # type: ignore[operator]
        while pending and (row is None or _top(pending[0]) < row[0].top):
            chunks.extend(_columns(run))
            run = []
            chunks.append(pending.pop(0))
        if row is not None:
            run.append(row)
    chunks.extend(_columns(run))


def _top(grid: Grid) -> float:
    return min(c.top for c in cells_of(grid)) if cells_of(grid) else 0.0


def _columns(rows: list[list[Line]]) -> list:
    """Lines one by one; lines laid out in columns side by side as a block of paragraphs,
    column after column (issuer, number; then motto, place and date)."""
    out: list = []
    i = 0
    while i < len(rows):
        if len(rows[i]) < 2:
            out.append(rows[i][0])
            i += 1
            continue
        bounds = [(a.x1 + b.x0) / 2 for a, b in zip(rows[i], rows[i][1:], strict=False)]
        j = i + 1
        while j < len(rows):
            gap = rows[j][0].top - max(line.bottom for line in rows[j - 1])
            straddles = any(line.x0 < b < line.x1 for line in rows[j] for b in bounds)
            if straddles or gap > 2.5 * rows[j][0].size:
                break
            j += 1
        block = [line for row in rows[i:j] for line in row]
        edges = [min(line.x0 for line in block), *bounds, max(line.x1 for line in block)]
        columns, rights = [], []
        for k in range(len(bounds) + 1):
            column = [ln for ln in block if edges[k] <= (ln.x0 + ln.x1) / 2 < edges[k + 1] + 1]
            if column:
                columns.append(column)
                rights.append(edges[k + 1])
        out.append(_Block(columns, rights))
        i = j
    return out


def _flows(pages: list[Page], rows: dict[int, list[list[Line]]]) -> dict:
    """Left and right edges of body text for each page width (portrait, landscape)."""
    by_width: dict[float, list[Line]] = {}
    for page in pages:
        by_width.setdefault(round(page.width), []).extend(
            line for row in rows[page.number] if len(row) == 1 for line in row
        )
    flows = {}
    for width, lines in by_width.items():
        if lines:
            flows[width] = _Flow(min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))
    widths = {page.number: round(page.width) for page in pages}
    return {n: flows.get(w) for n, w in widths.items()}


def _emit(chunks: list, flows: dict, metrics: Metrics, cells: Metrics) -> list[Item]:
    items: list[Item] = []
    run: list[Line] = []

    def flush() -> None:
        while run:
            flow = flows[run[0].page]
            same = [ln for ln in run if flows[ln.page] is flow]
            del run[: len(same)]
            items.extend(paragraphs(same, flow.left, flow.right, metrics))

    for chunk in chunks:
        if isinstance(chunk, Line):
            run.append(chunk)
            continue
        flush()
        if isinstance(chunk, Grid):
            items.append(raw_table(chunk, cells))
        else:
            for column, right in zip(chunk.columns, chunk.rights, strict=True):
                items.extend(column_lines(column, (min(ln.x0 for ln in column), right)))
    flush()
    return items
