"""Ruled tables of a PDF, from pdfplumber's cell rectangles, as the Word reader gives them.

A merged cell repeats over the grid slots it covers, as the Word reader repeats a merged
cell. A table that ends one page and starts the next with the same columns goes on as one
table: a header row repeated there is dropped, and a row cut by the page break is joined
back, with any merged cell it holds (:func:`join_tables`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .pdf_text import Line, Metrics, Word, breaks, paragraphs
from .readers import RawTable


@dataclass
class Table:
    """The rectangles of a ruled table's cells, as pdfplumber finds them on one page."""

    page: int
    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]]


@dataclass
class Cell:
    x0: float
    top: float
    x1: float
    bottom: float
    lines: list[Line] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)  # until they are made into lines


@dataclass
class Grid:
    """A table's slots, row by row: the cell covering each slot, or None."""

    page: int
    xs: list[float]
    ys: list[float]
    rows: list[list[Cell | None]]


def inside(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def grid_of(table: Table) -> Grid:
    """Slots between the distinct cell edges; each holds the cell that covers it."""
    xs = _edges([c[0] for c in table.cells] + [c[2] for c in table.cells])
    ys = _edges([c[1] for c in table.cells] + [c[3] for c in table.cells])
    rows: list[list[Cell | None]] = [[None] * (len(xs) - 1) for _ in ys[1:]]
    for x0, top, x1, bottom in table.cells:
        cell = Cell(x0, top, x1, bottom)
        for r in range(_nearest(ys, top), _nearest(ys, bottom)):
            for c in range(_nearest(xs, x0), _nearest(xs, x1)):
                rows[r][c] = cell
    return Grid(table.page, xs, ys, rows)


def _edges(values: list[float], tolerance: float = 2.0) -> list[float]:
    edges: list[float] = []
    for v in sorted(values):
        if not edges or v - edges[-1] > tolerance:
            edges.append(v)
    return edges


def _nearest(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def place(word: Word, tables: list[Table], grids: list[Grid]) -> bool:
    """Put a word into the cell under its centre; False if it is outside every table."""
    for table, grid in zip(tables, grids, strict=True):
        if inside(word, table.bbox):
            x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
            r = bisect.bisect(grid.ys, y) - 1
            c = bisect.bisect(grid.xs, x) - 1
            if 0 <= r < len(grid.rows) and 0 <= c < len(grid.xs) - 1 and grid.rows[r][c]:
                grid.rows[r][c].words.append(word)
            return True
    return False


def cells_of(grid: Grid) -> list[Cell]:
    seen: dict[int, Cell] = {}
    for row in grid.rows:
        for cell in row:
            if cell is not None:
                seen.setdefault(id(cell), cell)
    return list(seen.values())


def join_tables(chunks: list, metrics: Metrics) -> list:
    """A table that ends a page and one that starts the next with the same columns are
    one table: the second loses the header rows it repeats, and its top cells that go on
    with the cells above them are joined to them (see :func:`_go_on`)."""
    out: list = []
    for chunk in chunks:
        prev = out[-1] if out else None
        if (
            isinstance(chunk, Grid)
            and isinstance(prev, Grid)
            and chunk.page == prev.page + 1
            and len(chunk.xs) == len(prev.xs)
            and all(abs(a - b) <= 3 for a, b in zip(chunk.xs, prev.xs, strict=True))
        ):
            header = [_row_key(r) for r in prev.rows[:3]]
            rows = list(chunk.rows)
            while rows and _row_key(rows[0]) in header:
                rows.pop(0)
            if rows and prev.rows:
                _go_on(prev.rows, rows, metrics)
            prev.rows.extend(rows)
            prev.page = chunk.page  # so that a third page goes on too
        else:
            out.append(chunk)
    return out


def _row_key(row: list[Cell | None]) -> tuple[str, ...]:
    return tuple(" ".join(line.text for line in cell.lines) if cell else "" for cell in row)


def _filled(cell: Cell | None) -> bool:
    return cell is not None and bool(cell.lines)


def _go_on(above: list[list[Cell | None]], rows: list[list[Cell | None]], metrics: Metrics):
    """Join the first row of a table's next page to the last row of the page before if it
    is the rest of that row, cut by the page break: every cell it fills goes on with a word
    that would not have fitted on the last line of the cell above."""
    last, first = above[-1], rows[0]
    filled = [c for c, cell in enumerate(first) if _filled(cell)]
    for c in filled:
        upper, lower = last[c], first[c]
        if not _filled(upper) or breaks(
            upper.lines[-1],  # type: ignore[union-attr]
            lower.lines[0],  # type: ignore[union-attr]
            _text_box(upper),  # type: ignore[arg-type]
            metrics,
        ):
            return
    whole: dict[int, Cell | None] = {}  # a cell cut by the break, by either part: all of it
    for upper, lower in zip(last, first, strict=True):
        if lower is None or id(lower) in whole:
            continue
        if upper is None or not _filled(lower):
            whole[id(lower)] = upper or lower
        else:
            lines = upper.lines + lower.lines  # type: ignore[union-attr]
            whole[id(lower)] = whole[id(upper)] = Cell(
                upper.x0, upper.top, upper.x1, upper.bottom, lines
            )
    rows.pop(0)
    # A merged cell is the same cell in every row it covers, on either page: "15" and its
    # task stand beside each of its sub-rows, as the Word reader repeats them.
    for row in (*above, *rows):
        row[:] = [whole.get(id(cell), cell) if cell else cell for cell in row]


def _text_box(cell: Cell) -> tuple[float, float]:
    """Where a cell's text may run: inside its padding, which text at its left shows."""
    pad = min(max(min(line.x0 for line in cell.lines) - cell.x0, 1.0), 8.0)
    return cell.x0 + pad, cell.x1 - pad


def raw_table(grid: Grid, metrics: Metrics) -> RawTable:
    """The table's rows of cell texts, a cell's paragraphs joined by newlines."""
    texts: dict[int, str] = {}
    rows = []
    for row in grid.rows:
        out = []
        for cell in row:
            if cell is None or not cell.lines:
                out.append("")
                continue
            if id(cell) not in texts:
                left, right = _text_box(cell)
                texts[id(cell)] = "\n".join(paragraphs(cell.lines, left, right, metrics))
            out.append(texts[id(cell)])
        rows.append(out)
    return RawTable(rows)
