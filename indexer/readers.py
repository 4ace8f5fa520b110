"""Read a plan file, .txt or .docx, into a stream of lines and raw tables.

The format is decided by the bytes, not the file name: a PDF renamed .docx is still a
PDF. Text must be UTF-8 (with or without a BOM) or UTF-16 with a BOM.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from knowledge.normalize import clean

from .errors import UnreadableFile

MAX_BYTES = 10 * 1024 * 1024
# A Word file's XML expands a lot, but a plan's document.xml stays well under this.
MAX_XML_BYTES = 60 * 1024 * 1024
MAX_RATIO = 200

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class RawTable:
    """A table as the file holds it: rows of cells, each cell's paragraphs joined by newlines."""

    rows: list[list[str]]


Item = str | RawTable


def read_plan(path: str | Path, data: bytes | None = None) -> list[Item]:
    """The lines and tables of a plan file, in document order.

    ``data`` lets a caller pass bytes it already holds (an upload); ``path`` then only
    names the file in messages.
    """
    path = Path(path)
    if data is None:
        try:
            size = path.stat().st_size
        except OSError as e:
            raise UnreadableFile(f"{path.name}: cannot read the file ({e.strerror})") from None
        if size > MAX_BYTES:
            raise UnreadableFile(_too_large(path.name, size))
        data = path.read_bytes()
    elif len(data) > MAX_BYTES:
        raise UnreadableFile(_too_large(path.name, len(data)))
    if not data.strip():
        raise UnreadableFile(f"{path.name}: the file is empty")
    if data.startswith(b"%PDF"):
        raise UnreadableFile(
            f"{path.name}: this is a PDF; save the plan as .docx or UTF-8 .txt and send it again"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            f"{path.name}: this is an old Word 97-2003 (.doc) file; save it as .docx"
        )
    if data.startswith(b"PK\x03\x04"):
        return _read_docx(path.name, data)
    return [line for line in _decode(path.name, data).splitlines()]


def _too_large(name: str, size: int) -> str:
    return f"{name}: the file is {size / 1e6:.1f} MB; plans up to {MAX_BYTES // 2**20} MB are read"


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableFile(f"{name}: broken UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise UnreadableFile(f"{name}: this is a binary file, not a text or Word document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(
            f"{name}: the text is not UTF-8 (legacy Vietnamese encodings such as TCVN3, "
            "VNI or Windows-1258 are not read); save it as UTF-8 or .docx"
        ) from None
    control = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
    if control > 8:
        raise UnreadableFile(f"{name}: this is a binary file, not a text or Word document")
    return text


def _read_docx(name: str, data: bytes) -> list[Item]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        raise UnreadableFile(
            f"{name}: a zip archive that is not a Word document (or a damaged .docx)"
        ) from None
    total = sum(i.file_size for i in archive.infolist())
    if info.file_size > MAX_XML_BYTES or total > MAX_RATIO * max(len(data), 1) + MAX_XML_BYTES:
        raise UnreadableFile(f"{name}: the Word file expands to {total / 1e6:.0f} MB; refused")
    import docx  # only .docx uploads pay for importing python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises many kinds on damaged files
        raise UnreadableFile(f"{name}: the Word file is damaged ({type(e).__name__})") from None
    items: list[Item] = []
    for element in document.element.body.iterchildren():
        if element.tag == _W + "p":
            items.append(_paragraph_text(element))
        elif element.tag == _W + "tbl":
            items.append(_table(element))
    return items


def _paragraph_text(p) -> str:
    # Line breaks (w:br) inside a paragraph become line ends, as in the text export.
    breaks = {_W + "br": "\n", _W + "tab": " "}
    return "".join(
        breaks.get(node.tag) or node.text or "" for node in p.iter(_W + "t", _W + "br", _W + "tab")
    )


def _table(tbl) -> RawTable:
    from docx.table import Table

    # A merged cell comes back once per grid column it spans, which keeps every row as
    # wide as the header; group rows are recognised later by their repeated title.
    return RawTable(
        [
            [
                "\n".join(
                    clean(_paragraph_text(p)) for p in cell._tc.iterchildren(_W + "p")
                ).strip()
                for cell in row.cells
            ]
            for row in Table(tbl, None).rows
        ]
    )
