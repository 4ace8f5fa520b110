"""Read a plan file, .txt, .docx or .pdf, into a stream of lines and raw tables.

The format is decided by the bytes, not the file name: a PDF renamed .docx is still a
PDF. Text may be UTF-8 (with or without a BOM), UTF-16 or Windows-1258; text in the older
Vietnamese font encodings (TCVN3, VNI) is recognised and refused with a message that names
the encoding.

>>> read_plan("x.txt", "Kế hoạch\\nSố: 5/KH-UBND".encode("utf-16"))
['Kế hoạch', 'Số: 5/KH-UBND']
"""

from __future__ import annotations

import io
import lzma
import os
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from knowledge.normalize import clean

from .errors import UnreadableFile

MAX_BYTES = 10 * 2**20
_BINARY = "đây là tệp nhị phân, không phải văn bản hay tài liệu Word"
# A plan's word/document.xml is well under 2 MB; the cap bounds what a zip bomb can inflate.
MAX_XML_BYTES = 32 * 2**20
# A merged cell repeats once per grid column it spans; a forged span must not repeat it 10⁹ times.
MAX_SPAN = 64

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The options python-docx parses with, and no entity expansion (billion laughs) or network.
_XML = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    OSError,  # bz2 members
    NotImplementedError,  # unknown compression methods
)


@dataclass
class RawTable:
    """A table as the file holds it: rows of cells, each cell's paragraphs joined by newlines.
    A table that holds tables (a page laid out in a one-cell table) keeps what its cells hold,
    in order, in ``nested``; empty otherwise."""

    rows: list[list[str]]
    nested: list[Item] = field(default_factory=list)


Item = str | RawTable


def read_plan(path: str | Path, data: bytes | None = None) -> list[Item]:
    """The lines and tables of a plan file, in document order.

    ``data`` lets a caller pass bytes it already holds (an upload); ``path`` then only
    names the file in messages.
    """
    path = Path(path)
    if data is None:
        check_size(path)
        data = path.read_bytes()
    elif len(data) > MAX_BYTES:
        raise UnreadableFile(_too_large(path.name, len(data)))
    if not data.strip():
        raise UnreadableFile(f"{path.name}: tệp trống")
    if data[:1024].lstrip().startswith(b"%PDF"):  # some writers put a line or two before it
        from .pdf import read_pdf  # pdfminer loads only for a PDF

        return read_pdf(path.name, data)
    _refuse_other_formats(path.name, data)
    if data.startswith(b"PK\x03\x04"):
        items = _read_docx(path.name, data)
        _refuse_legacy(
            path.name,
            "\n".join(
                i if isinstance(i, str) else "\n".join(map("\n".join, i.rows)) for i in items
            ),
        )
        return items
    return _decode(path.name, data).splitlines()


_SAVE_AS = "hãy mở tệp bằng Word hoặc LibreOffice, lưu thành .docx hoặc xuất ra PDF rồi gửi lại"
_ODF = re.compile(rb"mimetypeapplication/vnd\.oasis\.opendocument\.(\w+)")
# An OLE2 file that holds this stream is a Word file saved with a password, not a .doc.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _refuse_other_formats(name: str, data: bytes) -> None:
    """Refuse, naming them, the document formats a plan may come in that are not read: an
    old Word .doc, an OpenDocument .odt and an .rtf.

    >>> _refuse_other_formats("a.rtf", b"{\\\\rtf1 Ke hoach}")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    indexer.errors.UnreadableFile: a.rtf: đây là tệp RTF; hãy mở tệp bằng Word ... rồi gửi lại
    """
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if _ENCRYPTED_PACKAGE in data:
            raise UnreadableFile(f"{name}: tệp Word có đặt mật khẩu; hãy lưu lại không mật khẩu")
        raise UnreadableFile(f"{name}: đây là tệp Word 97-2003 (.doc); {_SAVE_AS}")
    if data.lstrip()[:5] == b"{\\rtf":
        raise UnreadableFile(f"{name}: đây là tệp RTF; {_SAVE_AS}")
    odf = _ODF.match(data, 30) if data.startswith(b"PK\x03\x04") else None
    if odf:
        kind = "văn bản OpenDocument (.odt)" if odf[1] == b"text" else "tệp OpenDocument"
        raise UnreadableFile(f"{name}: đây là {kind}; {_SAVE_AS}")


def check_size(path: Path) -> None:
    """Refuse a file that is missing or too large, before reading any of it."""
    try:
        size = os.stat(path).st_size
    except OSError as e:
        raise UnreadableFile(f"{path.name}: không đọc được tệp ({e.strerror})") from None
    if size > MAX_BYTES:
        raise UnreadableFile(_too_large(path.name, size))


def _too_large(name: str, size: int) -> str:
    return f"{name}: tệp nặng {size / 2**20:.1f} MB; chỉ đọc kế hoạch đến {MAX_BYTES // 2**20} MB"


# ---------------------------------------------------------------- text


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableFile(f"{name}: văn bản UTF-16 bị hỏng") from None
    elif b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise UnreadableFile(f"{name}: {_BINARY}")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _cp1258(data)
            if text is None:
                _refuse_legacy(name, data.decode("latin-1"))
                raise UnreadableFile(
                    f"{name}: văn bản không ở bảng mã UTF-8 hay Windows-1258 tiếng Việt; "
                    "hãy lưu lại thành UTF-8 hoặc .docx"
                ) from None
    control = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
    if control > 8:
        raise UnreadableFile(f"{name}: {_BINARY}")
    _refuse_legacy(name, text)
    if _HTML.match(text[:1024]):
        raise UnreadableFile(
            f"{name}: đây là trang HTML (trang web đã lưu), không phải văn bản kế hoạch; hãy "
            "sao chép nội dung kế hoạch vào tệp .txt (UTF-8) hoặc lưu thành .docx rồi gửi lại"
        )
    return text


_HTML = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: Vietnamese and ASCII put a zero in one byte of most pairs."""
    head = data[:4096]
    pairs = len(head) // 2
    for zeros, others, codec in (
        (head[1::2].count(0), head[0::2].count(0), "utf-16-le"),
        (head[0::2].count(0), head[1::2].count(0), "utf-16-be"),
    ):
        if zeros > pairs // 4 and others <= pairs // 100:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


_VIETNAMESE_MARKS = set("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _is_vietnamese_letter(char: str) -> bool:
    """A vowel with Vietnamese marks only, or đ."""
    if char in "đĐ":
        return True
    base, *marks = unicodedata.normalize("NFD", char)
    return base in "aeiouyAEIOUY" and _VIETNAMESE_MARKS.issuperset(marks)


# Windows-1258 writes these with bytes of its own (ă, ơ, ư, đ and the tone marks): text with
# none of them may be in any Western code page.
_CP1258_OWN = set("ăĂơƠưƯđĐ\u0300\u0301\u0303\u0309\u0323")


def _cp1258(data: bytes) -> str | None:
    """Windows-1258 text, decoded, if every letter it holds beyond ASCII is Vietnamese."""
    try:
        raw = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    text = unicodedata.normalize("NFC", raw)
    letters = {c for c in text if ord(c) > 127 and unicodedata.category(c)[0] in "LM"}
    if not _CP1258_OWN & set(raw) or not all(map(_is_vietnamese_letter, letters)):
        return None
    return text


# Text typed in the pre-Unicode Vietnamese fonts, read as Windows-1252: TCVN3 (.VnTime)
# puts its commonest letters (ă â ê ô ơ ư đ, a with tones) on Latin-1 symbols
# ("Céng hoµ x· héi"); VNI (VNI-Times) writes a vowel and then a mark that is a Latin-1
# letter ("Coäng hoøa xaõ hoäi"). Neither holds a letter of Unicode Vietnamese.
_TCVN3_SIGNS = re.compile("[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]")
_VNI_MARKS = re.compile("[aeiouyAEIOUY][øûïåäëüöæîØÛÏÅÄËÜÖÆÎ]|[ñÑ]")
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_LEGACY = {
    "TCVN3": "TCVN3 (ABC, phông .VnTime)",
    "VNI": "VNI (phông VNI-Times)",
}


def legacy_encoding(text: str) -> str | None:
    """ "TCVN3" or "VNI" if the text is Vietnamese typed in that legacy encoding.

    >>> legacy_encoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    'TCVN3'
    >>> legacy_encoding("Vieät Nam, keá hoaïch")
    'VNI'
    >>> legacy_encoding("Cộng hoà xã hội chủ nghĩa Việt Nam") is None
    True
    """
    unicode = len(_UNICODE_VIETNAMESE.findall(text))
    for name, signs in (("TCVN3", _TCVN3_SIGNS), ("VNI", _VNI_MARKS)):
        found = len(signs.findall(text))
        if found >= 2 and found > unicode:
            return name
    return None


def _refuse_legacy(name: str, text: str) -> None:
    encoding = legacy_encoding(text)
    if encoding:
        raise UnreadableFile(
            f"{name}: văn bản gõ bằng bảng mã {_LEGACY[encoding]}, bảng mã tiếng Việt cũ "
            "trước Unicode, không đọc được; hãy chuyển sang Unicode (ví dụ bằng công cụ "
            "chuyển mã của Unikey) rồi gửi lại"
        )


# ---------------------------------------------------------------- Word


def _read_docx(name: str, data: bytes) -> list[Item]:
    """Paragraphs and tables of word/document.xml, the only part of the package read: the
    others (styles, images) are never inflated, whatever sizes they declare."""
    damaged = f"{name}: tệp nén zip nhưng không phải tài liệu Word (hoặc tệp .docx bị hỏng)"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (*_ZIP_ERRORS, KeyError):
        raise UnreadableFile(damaged) from None
    bomb = f"{name}: nội dung tệp Word giải nén ra hơn {MAX_XML_BYTES // 2**20} MB; từ chối"
    if info.file_size > MAX_XML_BYTES:  # refused on what it declares, before inflating any
        raise UnreadableFile(bomb)
    if info.flag_bits & 0x1:
        raise UnreadableFile(f"{name}: tệp Word có đặt mật khẩu; hãy lưu lại không mật khẩu")
    # A MiB at a time: zipfile inflates as much as a read asks for before it compares with
    # the declared size, so one read of a member that lies would inflate all of it.
    chunks, size = [], 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(2**20):
                size += len(chunk)
                if size > MAX_XML_BYTES:
                    raise UnreadableFile(bomb)
                chunks.append(chunk)
    except _ZIP_ERRORS as e:
        raise UnreadableFile(f"{name}: tệp Word bị hỏng ({e})") from None
    xml = b"".join(chunks)
    try:
        body = etree.fromstring(xml, _XML).find(_W + "body")
    except etree.XMLSyntaxError as e:
        raise UnreadableFile(
            f"{name}: tệp Word bị hỏng (nội dung không phải XML: {e.msg})"
        ) from None
    if body is None:
        raise UnreadableFile(f"{name}: tệp Word không có phần thân văn bản")
    if _only_images(body):
        raise UnreadableFile(
            f"{name}: tài liệu Word chỉ có hình ảnh (bản scan), không có chữ để đọc; hãy gửi "
            "bản có chữ (.docx hoặc .txt), hoặc chuyển ảnh thành chữ bằng phần mềm nhận dạng "
            "chữ (OCR) rồi gửi lại"
        )
    return _items(body)


SCAN_CHARS = 100  # a scan may carry a typed line or two; a plan has thousands of letters


def _only_images(body) -> bool:
    """True for a document of pictures with next to no text: a scanned plan."""
    if body.find(f".//{_W}drawing") is None and body.find(f".//{_W}pict") is None:
        return False
    letters = 0
    for node in body.iter(_W + "t"):
        letters += sum(1 for c in node.text or "" if not c.isspace())
        if letters >= SCAN_CHARS:
            return False
    return True


def _items(parent) -> list[Item]:
    """The paragraphs and tables directly inside the body or a table cell, in order."""
    items: list[Item] = []
    for element in parent.iterchildren(_W + "p", _W + "tbl"):
        items.append(_paragraph_text(element) if element.tag == _W + "p" else _table(element))
    return items


def _paragraph_text(p) -> str:
    # Line breaks (w:br) inside a paragraph become line ends, as in the text export.
    breaks = {_W + "br": "\n", _W + "tab": " "}
    return "".join(
        breaks.get(node.tag) or node.text or "" for node in p.iter(_W + "t", _W + "br", _W + "tab")
    )


def _table(tbl) -> RawTable:
    """Rows of cell texts. A merged cell comes back once per grid column it spans, which
    keeps every row as wide as the header (group rows are recognised later by their repeated
    title); the lower parts of a vertically merged cell repeat its text, as python-docx does."""
    rows: list[list[str]] = []
    above: list[str] = []
    for tr in tbl.iterchildren(_W + "tr"):
        row: list[str] = []
        for tc in tr.iterchildren(_W + "tc"):
            span, continues = _merge(tc)
            if continues:
                text = above[len(row)] if len(row) < len(above) else ""
            else:
                text = "\n".join(
                    clean(_paragraph_text(p)) for p in tc.iterchildren(_W + "p")
                ).strip()
            row += [text] * span
        rows.append(row)
        above = row
    cells = tbl.findall(f"{_W}tr/{_W}tc")
    if not any(tc.find(_W + "tbl") is not None for tc in cells):
        return RawTable(rows)
    return RawTable(rows, [item for tc in cells for item in _items(tc)])


def _merge(tc) -> tuple[int, bool]:
    """How many grid columns a cell spans (1 to MAX_SPAN), and whether it continues the
    vertically merged cell above it."""
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    value = span.get(_W + "val", "") if span is not None else ""
    merge = tc.find(f"{_W}tcPr/{_W}vMerge")
    continues = merge is not None and merge.get(_W + "val", "continue") == "continue"
    count = int(value) if re.fullmatch("[0-9]{1,4}", value) else 1  # not 10**5000 digits
    return min(max(count, 1), MAX_SPAN), continues
