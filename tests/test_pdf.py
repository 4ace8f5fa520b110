"""PDF plans: read as their Word file is, cell by cell; the bad ones refused clearly.

The six shared gazette plans come as a .docx and as the PDF LibreOffice exports from it:
the tasks read from each must be the same. Other PDFs are drawn here with fpdf2.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from bot.cli import cli
from indexer.build import Source, parse_source
from indexer.errors import PlanError, UnreadableFile
from indexer.model import ParsedPlan
from indexer.pdf import MAX_PAGES
from indexer.readers import MAX_BYTES, RawTable, read_plan

from . import pdfkit

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real-plans"
SHARED = [
    "nq-116-NQ-CP",
    "qd-844-QD-TTg",
    "nq-97-NQ-CP",
    "qd-982-QD-TTg",
    "nq-105-NQ-CP",
    "qd-893-QD-TTg",
]
needs_font = pytest.mark.skipif(pdfkit.font_missing(), reason="DejaVu fonts are not installed")


def _parse(path: Path) -> ParsedPlan:
    return parse_source(Source(path.name, path.read_bytes()))


def _tasks(plan: ParsedPlan) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each task's id and its cells, named by their column's role and header."""
    return [
        (
            task.ref,
            [
                (f"{c.role.value}: {c.header}", cell)
                for c, cell in zip(plan.columns(task.table), task.cells, strict=False)
            ],
        )
        for task in plan.tasks
    ]


def _mismatches(expected: ParsedPlan, actual: ParsedPlan) -> tuple[int, list[str]]:
    """The number of cells in ``expected`` and where ``actual`` differs from it."""
    cells, wrong = 0, []
    theirs = _tasks(actual)
    for i, (ref, row) in enumerate(_tasks(expected)):
        cells += len(row) + 1  # the id is a cell too
        other = theirs[i] if i < len(theirs) else ("", [])
        if other[0] != ref:
            wrong.append(f"task {i + 1}: id {ref!r} read as {other[0]!r}")
        cells_there = dict(other[1])
        wrong += [
            f"{ref} {column}: {text!r} read as {cells_there.get(column)!r}"
            for column, text in row
            if cells_there.get(column) != text
        ]
    wrong += [f"task {ref!r} read in excess" for ref, _ in theirs[len(_tasks(expected)) :]]
    return cells, wrong


@pytest.mark.parametrize("name", SHARED)
def test_a_shared_pdf_reads_as_its_docx(name):
    if not (REAL / f"{name}.pdf").is_file():
        pytest.skip(f"{REAL} does not hold the shared plans")
    docx, pdf = _parse(REAL / f"{name}.docx"), _parse(REAL / f"{name}.pdf")
    cells, wrong = _mismatches(docx, pdf)
    print(f"{name}: {cells - len(wrong)}/{cells} cells as in the .docx", *wrong, sep="\n  ")
    assert [(c.header, c.role) for t in docx.tables for c in t.columns] == [
        (c.header, c.role) for t in pdf.tables for c in t.columns
    ]
    assert (docx.number, docx.date, docx.issuer, docx.signer, docx.title) == (
        pdf.number,
        pdf.date,
        pdf.issuer,
        pdf.signer,
        pdf.title,
    )
    assert docx.warnings == pdf.warnings
    # One cell of 982 cannot be told from the page: two agencies, each a paragraph of a
    # narrow cell, whose first word would not have fitted on the line before.
    assert len(wrong) <= 0.02 * cells, "\n".join(wrong)


def test_planbot_index_prints_the_same_for_a_pdf_as_for_its_docx(tmp_path):
    if not (REAL / "nq-116-NQ-CP.pdf").is_file():
        pytest.skip(f"{REAL} does not hold the shared plans")
    outputs = []
    for suffix in ("docx", "pdf"):
        db = tmp_path / f"{suffix}.db"
        plan = REAL / f"nq-116-NQ-CP.{suffix}"
        result = CliRunner().invoke(cli, ["index", str(plan), "--db", str(db)])
        assert 0 == result.exit_code, result.output
        outputs.append(result.output.replace(plan.name, "PLAN").replace(str(db), "DB"))
    assert outputs[0] == outputs[1]
    assert "columns: TT, Nội dung, nhiệm vụ → content" in outputs[1]


def test_pdf_header_block_and_hyphens_survive():
    """The letterhead is read column by column (number and date found as in the .txt),
    and a number cut after its hyphen at a line end ("213-" then "KL/TW") is whole."""
    if not (REAL / "nq-116-NQ-CP.pdf").is_file():
        pytest.skip(f"{REAL} does not hold the shared plans")
    items = read_plan(REAL / "nq-116-NQ-CP.pdf")
    lines = [i for i in items if isinstance(i, str)]
    assert ["CHÍNH PHỦ", "_________", "Số: 116/NQ-CP"] == lines[:3]
    assert not [line for line in lines if re.search(r"\b213 ?KL/TW|213- KL", line)]
    assert any("213-KL/TW), Chính phủ ban hành" in line for line in lines)


# ---------------------------------------------------------------- PDFs drawn here


@needs_font
@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "header-once"])
def test_a_drawn_pdf_reads_as_the_same_plan_in_word(tmp_path, repeat_header):
    """Letterhead and signature block in two columns, a ruled table over pages with
    wrapped and merged cells, "Trang N" under every page: the same tasks, cells, header
    and signature as the .docx."""
    from bench.genplans.render import write_docx

    plan = pdfkit.generated_plan()
    write_docx(plan, tmp_path / "plan.docx")
    data = pdfkit.plan_pdf(plan, repeat_header=repeat_header)
    pdf = parse_source(Source("plan.pdf", data))
    docx = _parse(tmp_path / "plan.docx")
    items = read_plan("plan.pdf", data)
    [table] = [i for i in items if isinstance(i, RawTable)]
    text = "\n".join(i for i in items if isinstance(i, str))
    with pdfplumber.open(io.BytesIO(data)) as drawn:
        assert 2 <= sum(1 for page in drawn.pages if page.find_tables())  # it runs over pages
    assert 1 == [tuple(r) for r in table.rows].count(tuple(table.rows[0]))  # header once
    assert "Trang " not in text and not any("Trang " in c for r in table.rows for c in r)
    assert _tasks(docx) == _tasks(pdf)
    assert (docx.number, docx.date, docx.issuer, docx.title) == (
        pdf.number,
        pdf.date,
        pdf.issuer,
        pdf.title,
    )
    assert (docx.signer, docx.signer_title, docx.recipients) == (
        pdf.signer,
        pdf.signer_title,
        pdf.recipients,
    )
    assert docx.signer and docx.recipients  # the drawn plan has them, side by side
    assert [(g.code, g.title) for g in docx.groups] == [(g.code, g.title) for g in pdf.groups]


def _refusals() -> list[tuple[str, object, str]]:
    return [
        ("scan.pdf", pdfkit.scan_pdf, "không có lớp chữ (bản scan hay ảnh chụp)"),
        (
            "locked.pdf",
            lambda: pdfkit.encrypted_pdf(pdfkit.generated_plan()),
            "tệp PDF có đặt mật khẩu",
        ),
        ("long.pdf", lambda: pdfkit.many_pages(MAX_PAGES + 1), f"đến {MAX_PAGES} trang"),
        ("forged.pdf", lambda: pdfkit.declared_pages(10**9), "có 1000000000 trang"),
        ("inflating.pdf", pdfkit.inflation_bomb, "giải nén ra quá lớn"),
        ("drawing.pdf", pdfkit.drawing_bomb, "trang 1 của tệp PDF có quá nhiều lệnh vẽ (30.0 MB"),
        ("huge.pdf", lambda: b"%PDF-1.4\n" + b" " * MAX_BYTES, "chỉ đọc kế hoạch đến 10 MB"),
        ("garbage.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "tệp PDF bị hỏng"),
        ("renamed.docx", lambda: b"%PDF-1.4\n" + bytes(range(256)) * 64, "tệp PDF bị hỏng"),
        ("cut.pdf", lambda: pdfkit.many_pages(3)[:900], "tệp PDF bị hỏng"),
        # pdfminer reads the nesting without recursing; the page then holds no text.
        ("nested.pdf", pdfkit.nested_bomb, "không có lớp chữ"),
    ]


@needs_font
@pytest.mark.parametrize(("name", "make", "message"), _refusals(), ids=[r[0] for r in _refusals()])
def test_a_bad_pdf_is_refused_with_a_clear_message(tmp_path, name, make, message):
    data = make()
    with pytest.raises(UnreadableFile) as refused:
        read_plan(name, data)
    assert str(refused.value).startswith(f"{name}: ") and message in str(refused.value)
    (tmp_path / name).write_bytes(data)
    result = CliRunner().invoke(cli, ["index", str(tmp_path / name), "--db", str(tmp_path / "x")])
    assert (2, False) == (result.exit_code, "Traceback" in result.output)
    assert message in result.output


OTHER_FORMATS = [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "Word 97-2003 (.doc)"),
    (
        "locked.docx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le"),
        "tệp Word có đặt mật khẩu",
    ),
    (
        "plan.odt",
        b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text",
        "văn bản OpenDocument (.odt)",
    ),
    ("plan.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl} Ke hoach}", "đây là tệp RTF"),
    ("plan.txt", b"\n{\\rtf1 Ke hoach}", "đây là tệp RTF"),
]


@pytest.mark.parametrize(
    ("name", "data", "message"), OTHER_FORMATS, ids=[f[0] for f in OTHER_FORMATS]
)
def test_other_document_formats_are_asked_for_as_docx_or_pdf(name, data, message):
    with pytest.raises(PlanError) as refused:
        read_plan(name, data)
    assert f"{name}: " in str(refused.value) and message in str(refused.value)
    if "mật khẩu" not in message:
        assert "lưu thành .docx hoặc xuất ra PDF" in str(refused.value)
