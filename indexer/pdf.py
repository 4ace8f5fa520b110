"""Open a PDF plan safely and take from each page its words and ruled tables.

pdfplumber (on pdfminer.six) reads the text layer and finds the ruled tables; what the words
make up is :mod:`indexer.pdf_layout`'s work (with :mod:`indexer.pdf_text` for lines and
paragraphs, :mod:`indexer.pdf_tables` for tables).
Everything pdfminer may do with a hostile file is bounded before or while it runs: the
inflated size of its streams, the page count, the drawing commands of a page and of the
file, the time spent; whatever it raises (a recursion too deep included) becomes an
:class:`UnreadableFile` that names the file.

>>> read_pdf("x.pdf", b"%PDF-1.4 not really")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
indexer.errors.UnreadableFile: x.pdf: tệp PDF bị hỏng, không đọc được; ...
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import time
import zlib

import pdfplumber
from pdfminer.layout import LTAnno, LTChar, LTContainer
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import LIT
from pdfplumber.utils.exceptions import PdfminerException

from .errors import UnreadableFile
from .pdf_layout import Page, items_of
from .pdf_tables import Table
from .pdf_text import Word
from .readers import Item

MAX_PAGES = 300  # a plan runs to tens of pages; a bomb declares millions
# Content and font streams of a 30-page plan inflate to a few MB; a 10 MB file of zeros
# deflated would inflate to 10 GB in one zlib call inside pdfminer.
MAX_STREAM_BYTES = 32 * 2**20
MAX_INFLATED_BYTES = 128 * 2**20
# pdfminer interprets drawing commands at about 3 s a MB; a page of a plan holds 5-15 KB of
# them, a map or a drawing some hundreds. 90 KB of deflated commands would take minutes.
MAX_PAGE_CONTENT = 2 * 2**20
MAX_CONTENT = 8 * 2**20
TIME_BUDGET = 30.0  # seconds for one file, checked between pages: a 30-page plan takes one
WORD_GAP = 0.2  # in font sizes: a wider gap between two characters separates words
SCAN_CHARS = 100  # a scan may carry a stamp or a page number; a plan has thousands of letters

_DAMAGED = "tệp PDF bị hỏng, không đọc được; hãy xuất lại tệp PDF hoặc gửi tệp Word (.docx)"
_SCAN = (
    "tệp PDF không có lớp chữ (bản scan hay ảnh chụp), không đọc được nội dung; hãy nhận "
    "dạng chữ (OCR) rồi gửi lại, hoặc gửi tệp Word (.docx) của kế hoạch"
)
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_FORM = LIT("Form")
# pdfminer logs every malformed object it skips; a refusal says it once.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def read_pdf(name: str, data: bytes) -> list[Item]:
    """The lines and tables of a PDF plan, in reading order, as a .docx gives them."""
    _check_streams(name, data)
    try:
        try:
            pages = _pages(name, data)
        except PdfminerException as e:  # pdfplumber wraps what pdfminer raised on opening
            raise e.args[0] if e.args and isinstance(e.args[0], Exception) else e from None
    except UnreadableFile:
        raise
    except PDFPasswordIncorrect:
        raise UnreadableFile(
            f"{name}: tệp PDF có đặt mật khẩu; hãy gửi bản không đặt mật khẩu"
        ) from None
    except PDFEncryptionError:
        raise UnreadableFile(
            f"{name}: tệp PDF được mã hoá theo cách không đọc được; hãy gửi bản không mã hoá"
        ) from None
    except RecursionError:
        raise UnreadableFile(f"{name}: tệp PDF lồng đối tượng quá sâu; từ chối") from None
    except MemoryError:
        raise UnreadableFile(f"{name}: tệp PDF cần quá nhiều bộ nhớ để đọc; từ chối") from None
    except Exception:  # pdfminer raises KeyError, TypeError, struct.error... on damaged files
        raise UnreadableFile(f"{name}: {_DAMAGED}") from None
    if sum(len(w.text) for page in pages for w in page.words) < SCAN_CHARS:
        raise UnreadableFile(f"{name}: {_SCAN}")
    return items_of(pages)


def _check_streams(name: str, data: bytes) -> None:
    """Refuse a file whose deflated streams would inflate past the caps, before pdfminer
    inflates any of them whole. Images are skipped: pdfminer never decodes them to read text."""
    total = 0
    for match in _STREAM.finditer(data):
        start = match.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        head = data[max(0, match.start() - 1024) : match.start()]
        if b"/Image" in head[head.rfind(b" obj") + 1 :]:
            continue
        try:
            size = _inflated_size(memoryview(data)[start:end])
        except zlib.error:
            continue  # not deflated, or encrypted: pdfminer decides
        total += size
        if size > MAX_STREAM_BYTES or total > MAX_INFLATED_BYTES:
            raise UnreadableFile(
                f"{name}: nội dung tệp PDF giải nén ra quá lớn (tệp PDF 'bom'); từ chối"
            )


def _inflated_size(stream: memoryview) -> int:
    """How far a deflated stream inflates, up to just past MAX_STREAM_BYTES, counted a MiB
    at a time and never held whole."""
    inflater, size, rest = zlib.decompressobj(), 0, stream
    while rest and size <= MAX_STREAM_BYTES and not inflater.eof:
        size += len(inflater.decompress(rest, 2**20))
        if len(inflater.unconsumed_tail) == len(rest) and not inflater.eof:
            break  # nothing more comes out of it
        rest = inflater.unconsumed_tail
    return size


def _pages(name: str, data: bytes) -> list[Page]:
    """Each page's words and tables, in at most MAX_PAGES pages and TIME_BUDGET seconds."""
    started = time.monotonic()
    # Not closed: pdfplumber's close() walks the whole page tree, whatever its size, and
    # the stream is ours.
    pdf = pdfplumber.open(io.BytesIO(data))
    declared = resolve1(resolve1(pdf.doc.catalog.get("Pages", {})).get("Count", 0))
    if isinstance(declared, int) and declared > MAX_PAGES:
        raise UnreadableFile(_too_many(name, str(declared)))
    pages: list[Page] = []
    content = before = 0  # bytes of drawing commands, so far and before this page
    # pdfplumber's own page list walks the whole page tree, whatever its size.
    for number, obj in enumerate(itertools.islice(PDFPage.create_pages(pdf.doc), MAX_PAGES + 1), 1):
        if number > MAX_PAGES:
            raise UnreadableFile(_too_many(name, f"hơn {MAX_PAGES}"))
        if time.monotonic() - started > TIME_BUDGET:
            raise UnreadableFile(
                f"{name}: đọc tệp PDF quá {TIME_BUDGET:.0f} giây (mới được {number - 1} "
                "trang); từ chối. Hãy gửi tệp Word (.docx) của kế hoạch"
            )
        content += _content_size(obj)
        if content - before > MAX_PAGE_CONTENT or content > MAX_CONTENT:
            raise UnreadableFile(
                f"{name}: trang {number} của tệp PDF có quá nhiều lệnh vẽ "
                f"({(content - before) / 2**20:.1f} MB; cả tệp đến đây {content / 2**20:.1f} MB)"
                "; từ chối. Hãy gửi tệp Word (.docx) của kế hoạch"
            )
        before = content
        page = _PlumberPage(pdf, obj, page_number=number)
        tables = [Table(number, t.bbox, t.cells) for t in page.find_tables()]
        words = _words(page.glyphs, number)
        pages.append(Page(number, float(page.width), float(page.height), words, tables))
        page.close()  # drops its cached objects: memory stays that of one page
    return pages


def _content_size(page: PDFPage) -> int:
    """The drawing commands of a page, in bytes: its content streams and the forms it draws.
    pdfminer decodes each stream once and keeps it, so measuring costs no second decoding."""
    streams = [resolve1(s) for s in page.contents]
    resources = resolve1(page.resources) or {}
    forms = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if isinstance(forms, dict):
        streams += [x for x in map(resolve1, forms.values()) if _is_form(x)]
    return sum(len(s.get_data()) for s in streams if isinstance(s, PDFStream))


def _is_form(obj: object) -> bool:
    return isinstance(obj, PDFStream) and obj.get("Subtype") is _FORM


def _too_many(name: str, count: str) -> str:
    return f"{name}: tệp PDF có {count} trang; chỉ đọc kế hoạch đến {MAX_PAGES} trang"


class _PlumberPage(pdfplumber.page.Page):
    """pdfplumber's page, whose characters are read into the few fields the reader uses:
    pdfplumber's conversion of every attribute of every character costs as much as pdfminer's
    parsing of the page. Rules and boxes go pdfplumber's way, for its table finder."""

    glyphs: list[tuple[str, float, float, float, float, float]]

    def parse_objects(self) -> dict[str, list[dict]]:
        objects: dict[str, list[dict]] = {}
        self.glyphs = []
        x_shift, y_shift = self.mediabox[:2]  # as pdfplumber places its objects
        stack = [iter(self.layout)]  # figures hold characters and rules of their own
        while stack:
            obj = next(stack[-1], None)
            if obj is None:
                stack.pop()
            elif isinstance(obj, LTChar):
                # Rotated text is a stamp or a margin note; text of no size is not seen.
                if obj.upright and obj.size > 0:
                    top = self.height - obj.y1 + y_shift
                    x0 = obj.x0 + x_shift
                    glyph = (obj.get_text(), x0, x0 + obj.width, top, top + obj.height, obj.size)
                    self.glyphs.append(glyph)
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj))
            elif not isinstance(obj, LTAnno):
                item = self.process_object(obj)
                objects.setdefault(item["object_type"], []).append(item)
        return objects


def _words(glyphs: list[tuple[str, float, float, float, float, float]], page: int) -> list[Word]:
    """Characters joined into words: on one line, with no space or gap between them.

    >>> [w.text for w in _words([("S", 0, 6, 0, 11, 11), ("ố", 6, 12, 0, 11, 11),
    ...     (":", 12, 14, 0, 11, 11), (" ", 14, 17, 0, 11, 11), ("5", 17, 23, 0, 11, 11)], 1)]
    ['Số:', '5']
    """
    lines: list[list[tuple]] = []
    for glyph in sorted(glyphs, key=lambda g: (g[3], g[1])):
        if lines and glyph[3] - lines[-1][0][3] <= 0.4 * glyph[5]:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    words: list[Word] = []
    for line in lines:
        line.sort(key=lambda g: g[1])
        current: list[tuple] = []
        for glyph in line:
            gap = glyph[1] - current[-1][2] if current else 0.0
            if glyph[0].isspace() or gap > WORD_GAP * glyph[5]:
                _close(current, words, page)
                current = []
            if not glyph[0].isspace():
                current.append(glyph)
        _close(current, words, page)
    return words


def _close(glyphs: list[tuple], words: list[Word], page: int) -> None:
    if glyphs:
        text = "".join(g[0] for g in glyphs)
        top, bottom = min(g[3] for g in glyphs), max(g[4] for g in glyphs)
        size = max(g[5] for g in glyphs)
        words.append(Word(text, glyphs[0][1], glyphs[-1][2], top, bottom, size, page))
