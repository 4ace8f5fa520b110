"""Plan files for the reader tests: a generated .docx, zips built by hand that lie about
their sizes, and text in the legacy Vietnamese encodings.

>>> import zipfile, io
>>> zipfile.ZipFile(io.BytesIO(bomb())).getinfo("word/document.xml").file_size // 2**30
2
"""

from __future__ import annotations

import functools
import io
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from bench.genplans import build_plans
from bench.genplans.render import write_docx

MiB = 2**20


@functools.cache
def plan_docx() -> bytes:
    """A generated plan (26/KH-UBND of Đông Hải, 9 tasks) as a .docx, byte for byte the same
    on every run: its members are zipped again with a fixed date."""
    plan = build_plans(1, seed=7, docx_share=1.0)[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / plan.filename
        write_docx(plan, path)
        source = zipfile.ZipFile(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                target.writestr(fixed, source.read(info), zipfile.ZIP_DEFLATED)
    return out.getvalue()


@dataclass(frozen=True)
class Member:
    """A zip member as its headers describe it; nothing checks that they tell the truth."""

    name: str
    data: bytes  # as stored: raw deflate, or plain with method 0
    crc: int
    size: int  # the inflated size the headers declare
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0


def deflated(name: str, content: bytes) -> Member:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = packer.compress(content) + packer.flush()
    return Member(name, stream, zlib.crc32(content), len(content))


def members(docx: bytes) -> list[Member]:
    archive = zipfile.ZipFile(io.BytesIO(docx))
    return [deflated(i.filename, archive.read(i)) for i in archive.infolist()]


def build_zip(entries: list[Member]) -> bytes:
    """A zip written field by field: zipfile will not write a member with a false size."""
    out = io.BytesIO()
    central = []
    for m in entries:
        name = m.name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<4s5H3L2H",
                b"PK\x03\x04",
                20,
                m.flags,
                m.method,
                0,
                0x5C21,  # 1 January 2026
                m.crc,
                len(m.data),
                m.size,
                len(name),
                0,
            )
            + name
            + m.data
        )
        central.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                m.flags,
                m.method,
                0,
                0x5C21,
                m.crc,
                len(m.data),
                m.size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    start = out.tell()
    out.write(b"".join(central))
    out.write(
        struct.pack(
            "<4s4H2LH",
            b"PK\x05\x06",
            0,
            0,
            len(central),
            len(central),
            out.tell() - start,
            start,
            0,
        )
    )
    return out.getvalue()


def bomb(part: str = "word/document.xml", inflates: int = 2048 * MiB, declared: int = -1) -> bytes:
    """The generated plan with ``part`` replaced by a deflate stream that inflates to
    ``inflates`` bytes from about 1 KB a MiB; its headers declare ``declared`` bytes (by
    default the truth). The checksum is wrong: a reader that gets to the end has already
    inflated everything."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    # After a full flush the packer starts afresh, so every MiB packs to the same bytes.
    block = packer.compress(b"x" * MiB) + packer.flush(zlib.Z_FULL_FLUSH)
    stream = block * (inflates // MiB) + packer.flush()
    size = inflates if declared < 0 else declared
    return build_zip(
        [Member(part, stream, 0, size) if m.name == part else m for m in members(plan_docx())]
    )


def with_member(docx: bytes, name: str, **changes) -> bytes:
    """The .docx with one member's header fields changed (flags, method, size)."""
    return build_zip([replace(m, **changes) if m.name == name else m for m in members(docx)])


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: a precomposed letter where the code page has one
    (â, ơ, é), else the letter with its shape (ê, ư) followed by a combining tone mark."""
    out = bytearray()
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        marks.sort(key=lambda m: m not in "\u0302\u0306\u031b")  # shape marks first
        for cut in range(len(marks), -1, -1):
            head = unicodedata.normalize("NFC", base + "".join(marks[:cut]))
            try:
                out += head.encode("cp1258") + "".join(marks[cut:]).encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(f"{char!r} has no Windows-1258 form")
    return bytes(out)


# The letterhead of a plan typed in the pre-Unicode fonts, as Windows shows it when the
# font is lost: "Ủy ban nhân dân tỉnh Bình Dương / Cộng hoà xã hội chủ nghĩa Việt Nam /
# Độc lập - Tự do - Hạnh phúc / Số: 1169/QĐ-UBND / Kế hoạch".
TCVN3_TEXT = (
    "Uû ban nh©n d©n tØnh B×nh D\u00ad¬ng\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n"
    "§éc lËp - Tù do - H¹nh phóc\nSè: 1169/Q§-UBND\nKÕ ho¹ch\n"
)
VNI_TEXT = (
    "UÛy ban nhaân daân tænh Bình Döông\nCoäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n"
    "Ñoäc laäp - Töï do - Haïnh phuùc\nSoá: 1169/QÑ-UBND\nKeá hoaïch\n"
)


def png(width: int = 60, height: int = 80) -> bytes:
    """A grey picture, as a scanner writes a page (smaller)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xc8" * 3 * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def part(docx: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(docx)).read(name)


def with_part(docx: bytes, name: str, content: bytes) -> bytes:
    """The .docx with one member's content replaced."""
    return build_zip([deflated(name, content) if m.name == name else m for m in members(docx)])
