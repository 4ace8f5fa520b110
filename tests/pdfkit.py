"""PDF plans for the reader tests, drawn with fpdf2: a generated plan with its letterhead in
two columns side by side and its appendix as a ruled table over pages, a scan, an
encrypted file, and hand-made files that attack the reader (a stream that inflates to
gigabytes, a page of 30 MB of drawing commands, objects nested a hundred thousand deep).

>>> minimal_pdf([b"<< /Type /Catalog >>"]).startswith(b"%PDF-1.4")
True
"""

from __future__ import annotations

import functools
import io
import zlib
from pathlib import Path

from bench.genplans import build_plans
from bench.genplans.model import Plan
from bench.genplans.render import document_lines, signature_lines
from bench.genplans.vocabulary import ROMAN

FONTS = Path("/usr/share/fonts/truetype/dejavu")
LETTERHEAD = 8  # issuer (3 lines) and motto (3 lines) side by side, then number and date


def font_missing() -> bool:
    return not (FONTS / "DejaVuSerif.ttf").is_file()


@functools.cache
def generated_plan() -> Plan:
    """A generated plan (26/KH-UBND of Hạ Sơn: 6 groups, 20 tasks, signed)."""
    return build_plans(1, seed=9, docx_share=1.0)[0]


def plan_pdf(plan: Plan, *, repeat_header: bool = True, page_numbers: bool = True) -> bytes:
    """The plan as a ministry would print it: the letterhead's two columns side by side,
    the body wrapped, recipients and signer side by side, the appendix a ruled table that
    runs over pages, its header row repeated on each page, and "Trang N" at the foot of
    every page."""
    from fpdf import FPDF
    from fpdf.enums import TableHeadingsDisplay

    class Document(FPDF):
        def footer(self) -> None:
            if page_numbers:
                self.set_y(-12)
                self.cell(0, 5, f"Trang {self.page_no()}", align="C")

    pdf = Document(format="A4")
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.set_font("Serif", size=11)
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    lines = document_lines(plan)
    issuer, motto, (number, place) = lines[0:3], lines[3:6], lines[6:8]
    top = pdf.get_y()
    for i, (left, right) in enumerate(zip(issuer, motto, strict=True)):
        pdf.set_xy(20, top + 6 * i)
        pdf.cell(60, 6, left, align="C")
        pdf.set_xy(90, top + 6 * i)
        pdf.cell(105, 6, right, align="C")
    pdf.set_xy(20, top + 20)
    pdf.cell(60, 6, number, align="C")
    pdf.set_xy(90, top + 20)
    pdf.cell(105, 6, place, align="C")
    pdf.set_xy(20, top + 32)
    signature = signature_lines(plan)
    start = lines.index(signature[0]) if signature else len(lines)
    for line in lines[LETTERHEAD:start]:
        _paragraph(pdf, line)
    if signature:  # recipients left, the signer right, side by side
        recipients, signer = signature[:4], signature[4:]
        if pdf.get_y() > 230:
            pdf.add_page()
        top = pdf.get_y()
        pdf.set_font("Serif", size=10)
        for i, line in enumerate(recipients):
            pdf.set_xy(20, top + 5 * i)
            pdf.cell(70, 5, line)
        pdf.set_font("Serif", "B", 11)
        for i, line in enumerate(signer):
            pdf.set_xy(110, top + 6 * i + (18 if line == signer[-1] else 0))
            pdf.cell(85, 6, line, align="C")
        pdf.set_xy(20, top + 6 * len(signer) + 24)
    for line in lines[start + len(signature) :]:
        _paragraph(pdf, line)
    pdf.set_font("Serif", size=10)
    widths = [10, 60, 35, 35, 20, 20][: len(plan.columns)]
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=5,
        repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE
        if repeat_header
        else TableHeadingsDisplay.NONE,
    ) as table:
        header = table.row()
        for column in plan.columns:
            header.cell(column.label)
        for g, group in enumerate(plan.groups, start=1):
            row = table.row()
            row.cell(ROMAN[g - 1])
            row.cell(group.title, colspan=len(plan.columns) - 1)
            for task in group.tasks:
                row = table.row()
                row.cell(f"{task.num}.")
                for column in plan.columns[1:]:
                    row.cell("\n".join(task.cell_lines(column.key)))
    return bytes(pdf.output())


def _paragraph(pdf, line: str) -> None:
    """A paragraph: a heading in capitals centred and bold, the rest justified."""
    pdf.set_font("Serif", "B" if line.isupper() else "", 11)
    pdf.multi_cell(0, 6, line, align="C" if line.isupper() else "J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def scan_pdf(pages: int = 2) -> bytes:
    """Pages that are pictures of text, as a scanner makes them: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF(format="A4")
    for _ in range(pages):
        pdf.add_page()
        picture = Image.new("L", (600, 800), 255)
        pen = ImageDraw.Draw(picture)
        for y in range(60, 760, 24):
            pen.rectangle((40, y, 560, y + 10), fill=40)  # lines of "text"
        pdf.image(picture, x=10, y=10, w=190)
    return bytes(pdf.output())


def encrypted_pdf(plan: Plan) -> bytes:
    """The plan behind a password to open it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
    pdf.set_font("Serif", size=11)
    pdf.add_page()
    for line in document_lines(plan):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def many_pages(pages: int) -> bytes:
    """A small file of very many pages, each with a line of text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Trang {n + 1} cua mot tep rat dai")
    return bytes(pdf.output())


def minimal_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1, the first the catalog), with a true xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _page_with(content: bytes, extra: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R" + extra + b" >>",
        content,
    ]


def inflation_bomb(inflated: int = 2**30) -> bytes:
    """One page whose content stream, a few MB on disk, inflates to ``inflated`` bytes."""
    packer = zlib.compressobj(9)
    chunk = b" " * 2**20
    stream = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk)))
    stream += packer.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        len(stream),
        stream,
    )
    return minimal_pdf(_page_with(content))


def drawing_bomb(commands: int = 700_000) -> bytes:
    """One page of ``commands`` text-drawing commands (30 MB), deflated into 90 KB: pdfminer
    would interpret them for minutes."""
    text = b"BT /F1 12 Tf 72 700 Td (Ke hoach so 5) Tj ET\n" * commands
    stream = zlib.compress(text, 9)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        len(stream),
        stream,
    )
    font = b" /Resources << /Font << /F1 5 0 R >> >>"
    helvetica = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return minimal_pdf([*_page_with(content, font), helvetica])


def nested_bomb(depth: int = 100_000) -> bytes:
    """One page whose resources are arrays nested ``depth`` deep."""
    text = b"BT /F1 12 Tf 72 700 Td (Ke hoach) Tj ET"
    content = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text)
    return minimal_pdf(
        _page_with(content, b" /Resources << /X " + b"[" * depth + b"]" * depth + b" >>")
    )


def declared_pages(count: int) -> bytes:
    """A page tree that declares ``count`` pages: a forged /Count."""
    text = b"BT /F1 12 Tf 72 700 Td (Ke hoach) Tj ET"
    content = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text)
    objects = _page_with(content)
    objects[1] = b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count
    return minimal_pdf(objects)
