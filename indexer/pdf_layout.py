"""Rebuild a PDF's paragraphs and tables from where its words sit on the page.

A PDF holds no paragraphs or cells, only words at positions and the rules drawn between
them. This module gives back what a .docx gives (:func:`indexer.readers.read_plan`): lines
of text and :class:`RawTable` rows of cells, in reading order, so the parser is shared.

- Words on one visual line are split where a gap wider than three letters leaves a column
  between them: the letterhead of a Vietnamese decree (issuer left, motto right) and its
  signature block (Nơi nhận left, signer right) are read one column after the other.
- A line joins the one before into a paragraph unless it starts a list item, sits further
  down than the lines of a paragraph do, is indented, or the line before ended although
  the first word of this one would have fitted on it.
- Ruled tables come from pdfplumber's cell rectangles: a merged cell repeats over the grid
  slots it covers, as the Word reader repeats a merged cell. A table that ends one page and
  starts the next goes on as one table; a header row repeated there is dropped, and a row
  cut by the page break is joined back.
- Page numbers and running headers or footers (the same line on most pages) are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from knowledge.normalize import clean, fold

from .readers import Item, RawTable

_BULLET = re.compile(r"^(?:[-+•–—*]\s|[a-zđ]\)\s)")
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?$")
COLUMN_GAP = 3.0  # in font sizes: a gap this wide between words separates two columns
RUNNING_SHARE = 0.5  # a header or footer is on at least half of the pages (and three)


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int


@dataclass
class Table:
    """The rectangles of a ruled table's cells, as pdfplumber finds them on one page."""

    page: int
    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]]


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word]
    tables: list[Table]


@dataclass
class Line:
    """Words on one visual line, and in one column of it."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def page(self) -> int:
        return self.words[0].page


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


@dataclass
class Metrics:
    """How the document sets its text, measured on it, per point of font size."""

    pitch: float = 1.2  # from one line of a paragraph to the next
    space: float = 0.25  # a space between words
    spaced: bool = False  # paragraphs are set apart by more than a line's pitch
    gaps: bool = True  # read vertical gaps (not in a letterhead, spaced as it pleases)


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
        grids = [_grid(t) for t in page.tables]
        free = [w for w in page.words if not _place(w, page.tables, grids)]
        rows = [r for r in _visual_rows(free) if _key(r) not in headers]
        lines_by_page[page.number] = rows
        for grid in grids:
            for cell in _cells(grid):
                cell.lines = [line for row in _visual_rows(cell.words) for line in row]
                cell.words = []
        _order(chunks, rows, grids)
    # Body paragraphs are often set apart by space while a cell's are not: each is measured.
    body = _metrics([[c for c in chunks if isinstance(c, Line)]])
    cells = _metrics([cell.lines for g in chunks if isinstance(g, Grid) for cell in _cells(g)])
    flows = _flows(pages, lines_by_page)
    return _emit(_join_tables(chunks, cells), flows, body, cells)


# ---------------------------------------------------------------- words into lines


def _visual_rows(words: list[Word]) -> list[list[Line]]:
    """Words grouped into visual lines, top to bottom; each line split into its columns."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows and word.top - rows[-1][0].top <= 0.4 * word.size:
            rows[-1].append(word)
        else:
            rows.append([word])
    out = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        parts = [[row[0]]]
        for a, b in zip(row, row[1:], strict=False):
            if b.x0 - a.x1 > COLUMN_GAP * max(a.size, b.size):
                parts.append([b])
            else:
                parts[-1].append(b)
        out.append([Line(p) for p in parts])
    return out


def _key(row: list[Line]) -> str:
    return re.sub(r"\d+", "#", fold(" ".join(line.text for line in row)))


def _running_lines(pages: list[Page]) -> set[str]:
    """The first and last lines of pages that are page numbers or repeat on most pages."""
    counts: Counter[str] = Counter()
    numbers = set()
    for page in pages:
        inside = [w for w in page.words if not any(_inside(w, t.bbox) for t in page.tables)]
        rows = _visual_rows(inside)
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


def _inside(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


# ---------------------------------------------------------------- tables


def _grid(table: Table) -> Grid:
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


def _place(word: Word, tables: list[Table], grids: list[Grid]) -> bool:
    """Put a word into the cell under its centre; False if it is outside every table."""
    for table, grid in zip(tables, grids, strict=True):
        if _inside(word, table.bbox):
            x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
            r = bisect.bisect(grid.ys, y) - 1
            c = bisect.bisect(grid.xs, x) - 1
            if 0 <= r < len(grid.rows) and 0 <= c < len(grid.xs) - 1 and grid.rows[r][c]:
                grid.rows[r][c].words.append(word)
            return True
    return False


def _cells(grid: Grid) -> list[Cell]:
    seen: dict[int, Cell] = {}
    for row in grid.rows:
        for cell in row:
            if cell is not None:
                seen.setdefault(id(cell), cell)
    return list(seen.values())


def _join_tables(chunks: list, metrics: Metrics) -> list:
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
        if not _filled(upper) or _breaks(
            upper.lines[-1],  # type: ignore[union-attr]
            lower.lines[0],  # type: ignore[union-attr]
            _text_box(upper),  # type: ignore[arg-type]
            metrics,
        ):
            return
    joined: dict[int, Cell | None] = {}  # a cell of the first row: what it is part of
    for upper, lower in zip(last, first, strict=True):
        if lower is None or id(lower) in joined:
            continue
        if upper is None or not _filled(lower):
            joined[id(lower)] = upper or lower
        else:
            lines = upper.lines + lower.lines  # type: ignore[union-attr]
            joined[id(lower)] = Cell(upper.x0, upper.top, upper.x1, upper.bottom, lines)
    above[-1] = [joined[id(b)] if b else a for a, b in zip(last, first, strict=True)]
    rows.pop(0)
    # A cell merged down into the next rows is the same cell there: "15" and its task
    # stand beside each of its sub-rows, as the Word reader repeats them.
    for row in rows:
        row[:] = [joined.get(id(cell), cell) if cell else cell for cell in row]


def _text_box(cell: Cell) -> tuple[float, float]:
    """Where a cell's text may run: inside its padding, which text at its left shows."""
    pad = min(max(min(line.x0 for line in cell.lines) - cell.x0, 1.0), 8.0)
    return cell.x0 + pad, cell.x1 - pad


def _raw_table(grid: Grid, metrics: Metrics) -> RawTable:
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
                texts[id(cell)] = "\n".join(_paragraphs(cell.lines, left, right, metrics))
            out.append(texts[id(cell)])
        rows.append(out)
    return RawTable(rows)


# ---------------------------------------------------------------- reading order


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
    return min(c.top for c in _cells(grid)) if _cells(grid) else 0.0


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
        while len(rows[j - 1]) < 2:  # a line after the columns reads the same outside them
            j -= 1
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


def _metrics(runs: list[list[Line]]) -> Metrics:
    """The commonest step from one line to the next and gap between words, and whether
    some steps are much larger: paragraphs set apart."""
    steps: Counter[float] = Counter()
    spaces: Counter[float] = Counter()
    for lines in runs:
        for a, b in zip(lines, lines[1:], strict=False):
            if a.page == b.page and 0 < b.top - a.top < 3 * a.size:
                steps[round((b.top - a.top) / a.size, 2)] += 1
        for line in lines:
            for u, v in zip(line.words, line.words[1:], strict=False):
                spaces[round((v.x0 - u.x1) / u.size, 2)] += 1
    if not steps or not spaces:
        return Metrics()
    pitch = steps.most_common(1)[0][0]
    apart = sum(n for step, n in steps.items() if step > 1.3 * pitch)
    return Metrics(pitch, spaces.most_common(1)[0][0], apart >= 0.1 * steps.total())


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
            items.extend(_paragraphs(same, flow.left, flow.right, metrics))

    for chunk in chunks:
        if isinstance(chunk, Line):
            run.append(chunk)
            continue
        flush()
        if isinstance(chunk, Grid):
            items.append(_raw_table(chunk, cells))
        else:
            letterhead = replace(metrics, gaps=False)
            for column, right in zip(chunk.columns, chunk.rights, strict=True):
                left = min(line.x0 for line in column)
                items.extend(_paragraphs(column, left, right, letterhead))
    flush()
    return items


# ---------------------------------------------------------------- paragraphs


def _paragraphs(lines: list[Line], left: float, right: float, metrics: Metrics) -> list[str]:
    """Lines joined into paragraphs; see :func:`_breaks`."""
    out: list[str] = []
    for i, line in enumerate(lines):
        text = clean(line.text)
        if i and not _breaks(lines[i - 1], line, (left, right), metrics):
            out[-1] = out[-1] + _joint(lines[i - 1], line, (left, right)) + text
        else:
            out.append(text)
    return [p for p in out if p]


def _breaks(prev: Line, line: Line, box: tuple[float, float], metrics: Metrics) -> bool:
    """True if ``line`` starts a paragraph rather than going on with ``prev``: it sits
    lower than a paragraph's lines do, is indented, starts a list item after a line that ends
    a clause, starts with a capital after a ";" or ")" where paragraphs are not set apart
    ("Bộ Công Thương;" then "Bộ Ngoại giao;"), or the line before ended where the first word of this
    one would fit. A dash
    alone goes with the word after it (line breaking keeps "- xã hội" together, and a dash
    after "kinh tế" at a line end is not a list item)."""
    left, right = box
    size = max(prev.size, line.size)
    step = line.top - prev.top
    if metrics.gaps and prev.page == line.page and step > 1.3 * metrics.pitch * prev.size:
        return True
    middle = (left + right) / 2
    centred = all(abs((ln.x0 + ln.x1) / 2 - middle) < size for ln in (prev, line))
    if not centred and line.x0 > left + 0.8 * size and line.x0 > prev.x0 + 0.8 * size:
        return True  # a first line indented under a full one
    if _BULLET.match(line.text) and prev.text.endswith((".", ";", ":", "!", "?", "…")):
        return True
    if not metrics.spaced and prev.text.endswith((";", ")")) and line.text[:1].isupper():
        return True
    words = line.words
    end = words[1] if len(words) > 1 and words[0].text in ("-", "–", "+") else words[0]
    return prev.x1 + metrics.space * size + (end.x1 - words[0].x0) <= right


def _joint(prev: Line, line: Line, box: tuple[float, float]) -> str:
    """What goes between two lines of a paragraph: a space, or nothing inside a word cut
    at the line end: after a hyphen ("221-" then "KL/TW"), or where a word longer than the
    line was cut, at a slash ("278/2025/" then "NĐ-CP") or at the edge ("66-NQ/T" then "W").
    """
    before, after = prev.words[-1], line.words[0]
    if not after.text[:1].isalnum():
        return " "
    if len(before.text) > 1 and before.text.endswith("-") and before.text[-2].isalnum():
        return ""
    if len(prev.words) > 1:
        return " "  # a long word is cut only once it stands alone on its line
    left, right = box
    letter = (after.x1 - after.x0) / len(after.text)
    rest = after.text.rstrip(",.;:)")
    if before.x1 + letter > right + 0.5 and (len(rest) <= 3 or not rest[0].islower()):
        return ""  # the rest of a word cut where the line was full: "202" then "5/QH15"
    wide = (before.x1 - before.x0) + (after.x1 - after.x0) > right - left
    return "" if wide and before.text.endswith("/") else " "
