"""`planbot index`: clear refusals with exit code 2, and an existing base left untouched."""

from __future__ import annotations

import hashlib
import io
import zipfile

import docx
import pytest
from click.testing import CliRunner

from bot.cli import cli

from .conftest import SEED, TAY_AN


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def existing(tmp_path_factory):
    """A knowledge base built from the seed, that failed runs must not touch."""
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    result = CliRunner().invoke(cli, ["index", str(SEED), "--db", str(db)])
    assert 0 == result.exit_code, result.output
    return db


def _docx_without_table() -> bytes:
    document = docx.Document()
    document.add_paragraph("Số: 3/KH-UBND")
    document.add_paragraph("Nội dung không có bảng.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _zip_without_word() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "not a document")
    return out.getvalue()


BAD_FILES = [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b"  \n\n ", "the file is empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary file"),
    ("plan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF"),
    ("renamed.docx", b"%PDF-1.4\n", "this is a PDF"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Word 97-2003"),
    ("notable.txt", "Số: 9/KH-UBND\nMột văn bản không có bảng.\n".encode(), "no table"),
    ("notable.docx", _docx_without_table(), "no table"),
    ("archive.docx", _zip_without_word(), "not a Word document"),
    ("truncated.docx", _docx_without_table()[:500], "not a Word document"),
    ("legacy.txt", "Cơ quan Thương".encode("cp1258"), "not UTF-8"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_and_the_base_kept(tmp_path, existing, name, data, message):
    before = _digest(existing)
    bad = tmp_path / name
    bad.write_bytes(data)
    result = CliRunner().invoke(cli, ["index", str(SEED), str(bad), "--db", str(existing)])
    assert 2 == result.exit_code
    assert name in result.output and message in result.output
    assert "Traceback" not in result.output
    assert before == _digest(existing)


def test_missing_file(tmp_path, existing):
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "nope.txt"), "--db", str(existing)])
    assert 2 == result.exit_code and "no such file" in result.output


def test_index_prints_a_summary_per_plan(tmp_path):
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["index", str(SEED), str(TAY_AN), "--db", str(db)])
    assert 0 == result.exit_code
    assert "1169/QĐ-UBND — 50 sections, 25 tasks, 2 tables" in result.output
    assert "87/KH-UBND — 15 sections, 11 tasks, 1 tables" in result.output
    assert "warning: group III is written 'Ill'" in result.output


def test_no_temporary_file_is_left_behind(tmp_path):
    db = tmp_path / "kb.db"
    CliRunner().invoke(cli, ["index", str(SEED), "--db", str(db)])
    assert ["kb.db"] == sorted(p.name for p in tmp_path.iterdir())
