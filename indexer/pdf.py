"""Open a PDF plan safely and take from each page its words and ruled tables.

pdfplumber (on pdfminer.six) reads the text layer; what the words make up (lines,
paragraphs, side-by-side columns, tables over pages) is :mod:`indexer.pdf_layout`'s work.
Everything pdfminer may do with a hostile file is bounded before or while it runs: the
inflated size of its streams, the page count, the time spent, and the recursion of nested
objects; whatever it raises becomes an :class:`UnreadableFile` that names the file.

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

from .errors import UnreadableFile
from .pdf_layout import Page, Table, Word, items_of
from .readers import Item

MAX_PAGES = 300  # a plan runs to tens of pages; a bomb declares millions
# Content and font streams of a 30-page plan inflate to a few MB; a 10 MB file of zeros
# deflated would inflate to 10 GB in one zlib call inside pdfminer.
MAX_STREAM_BYTES = 32 * 2**20
MAX_INFLATED_BYTES = 128 * 2**20
TIME_BUDGET = 60.0  # seconds for one file: a 30-page plan takes about one
SCAN_CHARS = 100  # a scan may carry a stamp or a page number; a plan has thousands of letters

_DAMAGED = "tệp PDF bị hỏng, không đọc được; hãy xuất lại tệp PDF hoặc gửi tệp Word (.docx)"
_SCAN = (
    "tệp PDF không có lớp chữ (bản scan hay ảnh chụp), không đọc được nội dung; hãy nhận "
    "dạng chữ (OCR) rồi gửi lại, hoặc gửi tệp Word (.docx) của kế hoạch"
)
_STREAM = re.compile(rb"stream\r?\n")


def read_pdf(name: str, data: bytes) -> list[Item]:
    """The lines and tables of a PDF plan, in reading order, as a .docx gives them."""
    _check_streams(name, data)
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    # pdfminer logs every malformed object it skips; the refusal below says it once.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
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
        inflater = zlib.decompressobj()
        try:
            size = len(inflater.decompress(memoryview(data)[start:end], MAX_STREAM_BYTES + 1))
        except zlib.error:
            continue  # not deflated, or encrypted: pdfminer decides
        total += size
        if size > MAX_STREAM_BYTES or total > MAX_INFLATED_BYTES:
            raise UnreadableFile(
                f"{name}: nội dung tệp PDF giải nén ra quá lớn (tệp PDF 'bom'); từ chối"
            )


def _pages(name: str, data: bytes) -> list[Page]:
    """Each page's words and tables, in at most MAX_PAGES pages and TIME_BUDGET seconds."""
    import pdfplumber
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1
    from pdfplumber.page import Page as PlumberPage

    started = time.monotonic()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        declared = resolve1(resolve1(pdf.doc.catalog.get("Pages", {})).get("Count", 0))
        if isinstance(declared, int) and declared > MAX_PAGES:
            raise UnreadableFile(_too_many(name, str(declared)))
        pages: list[Page] = []
        # pdfplumber's own page list walks the whole page tree, whatever its size.
        for number, obj in enumerate(
            itertools.islice(PDFPage.create_pages(pdf.doc), MAX_PAGES + 1), 1
        ):
            if number > MAX_PAGES:
                raise UnreadableFile(_too_many(name, f"hơn {MAX_PAGES}"))
            if time.monotonic() - started > TIME_BUDGET:
                raise UnreadableFile(
                    f"{name}: đọc tệp PDF quá {TIME_BUDGET:.0f} giây (mới được {number - 1} "
                    "trang); từ chối. Hãy gửi tệp Word (.docx) của kế hoạch"
                )
            pages.append(_page(PlumberPage(pdf, obj, page_number=number), number))
    return pages


def _too_many(name: str, count: str) -> str:
    return f"{name}: tệp PDF có {count} trang; chỉ đọc kế hoạch đến {MAX_PAGES} trang"


def _page(page, number: int) -> Page:
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"], number)
        for w in page.extract_words(extra_attrs=["size"])
        if w["text"].strip()
    ]
    tables = [Table(number, t.bbox, t.cells) for t in page.find_tables()]
    page.close()  # drops its cached objects: memory stays that of one page
    return Page(number, float(page.width), float(page.height), words, tables)
