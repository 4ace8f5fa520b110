"""`planbot index`: clear refusals with exit code 2, and an existing base left untouched."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from bot.cli import cli
from indexer.build import Source, parse_source
from indexer.errors import PlanError
from indexer.library import Library

from . import filekit
from .conftest import SEED, TAY_AN


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_refused_build_says_no_base_was_written_when_there_was_none(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "empty.txt"), "--db", str(db)])
    assert (2, False) == (result.exit_code, db.exists())
    assert f"{db} was not written." in result.output and "unchanged" not in result.output


@pytest.fixture(scope="module")
def existing(tmp_path_factory):
    """A knowledge base built from the seed, that failed runs must not touch."""
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    result = CliRunner().invoke(cli, ["index", str(SEED), "--db", str(db)])
    assert 0 == result.exit_code, result.output
    return db


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_without_table() -> bytes:
    return _docx("Số: 3/KH-UBND", "Nội dung không có bảng.")


def _scanned_docx() -> bytes:
    """A plan scanned into pictures, one a page, with no text."""
    document = docx.Document()
    for _ in range(3):
        document.add_picture(io.BytesIO(filekit.png()))
        document.add_page_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SAVED_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 9/KH-UBND</title></head>
<body><p>Số: 9/KH-UBND</p><table><tr><td>STT</td></tr></table></body></html>
"""


def _zip_without_word() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "not a document")
    return out.getvalue()


NO_TABLE = "không tìm thấy bảng nhiệm vụ"
BAD_FILES = [
    ("empty.txt", b"", "tệp trống"),
    ("blank.txt", b"  \n\n ", "tệp trống"),
    ("binary.txt", bytes(range(256)) * 8, "tệp nhị phân"),
    ("plan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "tệp PDF bị hỏng"),
    ("renamed.docx", b"%PDF-1.4\n", "tệp PDF bị hỏng"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Word 97-2003 (.doc)"),
    ("notable.txt", "Số: 9/KH-UBND\nMột văn bản không có bảng.\n".encode(), NO_TABLE),
    ("notable.docx", _docx_without_table(), NO_TABLE),
    (
        "header-only.txt",
        "Số: 9/KH-UBND\nPHỤ LỤC\nSTT\nNội dung nhiệm vụ\nCơ quan chủ trì\nThời gian\n".encode(),
        "bảng nhiệm vụ có dòng tiêu đề nhưng không có dòng nhiệm vụ nào",
    ),
    (
        "documents-only.txt",
        "PHỤ LỤC\nSTT\nTên văn bản\nCơ quan chủ trì\nThời gian\n1.\nQuyết định số 5/QĐ-UBND\n"
        "Sở Tư pháp\nQuý I/2026\n".encode(),
        "chỉ có bảng danh mục văn bản, không có bảng nhiệm vụ",
    ),
    ("archive.docx", _zip_without_word(), "không phải tài liệu Word"),
    ("scanned.docx", _scanned_docx(), "tài liệu Word chỉ có hình ảnh (bản scan)"),
    ("saved-page.txt", SAVED_PAGE.encode(), "đây là trang HTML (trang web đã lưu)"),
    ("truncated.docx", _docx_without_table()[:500], "không phải tài liệu Word"),
    ("empty.docx", b"", "tệp trống"),
    ("bomb.docx", filekit.bomb(), "nội dung tệp Word giải nén ra hơn 32 MB; từ chối"),
    # Its headers say 4 KB; the reader inflates a MiB at a time and stops at the lie.
    ("bomb-lying.docx", filekit.bomb(declared=4096), "tệp Word bị hỏng (Bad CRC-32"),
    ("cp1258-not-a-plan.txt", filekit.cp1258("Cơ quan Thương mại"), NO_TABLE),
    ("latin1.txt", "Déjà vu, señor Müller".encode("latin-1"), "không ở bảng mã UTF-8"),
    ("tcvn3.txt", filekit.TCVN3_TEXT.encode("cp1252"), "TCVN3 (ABC, phông .VnTime)"),
    ("tcvn3-as-utf8.txt", filekit.TCVN3_TEXT.encode(), "TCVN3 (ABC, phông .VnTime)"),
    ("vni.txt", filekit.VNI_TEXT.encode("cp1252"), "VNI (phông VNI-Times)"),
    ("vni-as-utf8.txt", filekit.VNI_TEXT.encode(), "VNI (phông VNI-Times)"),
    ("vni.docx", _docx(*filekit.VNI_TEXT.splitlines()), "VNI (phông VNI-Times)"),
    ("utf16-odd.txt", "Kế hoạch".encode("utf-16-le")[:-1], "tệp nhị phân"),
    ("../escape.txt", b"", "escape.txt: tệp trống"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_and_the_base_kept(tmp_path, existing, name, data, message):
    before = _digest(existing)
    (tmp_path / "in").mkdir()
    bad = tmp_path / "in" / name  # "../escape.txt" stays inside tmp_path
    bad.write_bytes(data)
    result = CliRunner().invoke(cli, ["index", str(SEED), str(bad), "--db", str(existing)])
    assert 2 == result.exit_code
    assert f"error: {Path(name).name}: " in result.output and message in result.output
    assert "Traceback" not in result.output and "../" not in result.output
    assert before == _digest(existing)


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = Library(tmp_path_factory.mktemp("library") / "kb.db")
    lib.ensure()
    return lib


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_upload_is_refused_and_nothing_stored(library, name, data, message):
    """The same corpus as an admin's upload; uploads are refused by their suffix first."""
    before = _digest(library.db_path)
    if Path(name).suffix not in (".txt", ".docx", ".pdf"):
        message = "chỉ nhận kế hoạch dạng .txt, .docx hoặc .pdf"
    with pytest.raises(PlanError) as refused:
        library.add(name, data)
    assert str(refused.value).startswith(f"{Path(name).name}: ")
    assert message in str(refused.value)
    assert before == _digest(library.db_path)
    assert [] == [p for p in library.uploads.glob("*") if p.name != "library.json"]


@pytest.mark.parametrize(
    "broken",
    ["indexer.parse.finish", "indexer.build._write_plan"],
    ids=["while-parsing", "while-writing"],
)
def test_a_failure_no_one_foresaw_is_a_refusal_not_a_traceback(
    tmp_path, existing, monkeypatch, broken
):
    """A bug met while one file is read or written names the file and exits 2; the base
    is left as it was."""

    def fail(*args, **kwargs):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: groups.plan_id, groups.code")

    monkeypatch.setattr(broken, fail)
    before = _digest(existing)
    result = CliRunner().invoke(cli, ["index", str(SEED), "--db", str(existing)])
    assert 2 == result.exit_code
    assert (
        "error: 1169-QD-UBND.txt: lỗi ngoài dự kiến khi đọc kế hoạch (IntegrityError: UNIQUE "
        "constraint failed: groups.plan_id, groups.code); kế hoạch chưa được nạp"
    ) in result.output
    assert "Traceback" not in result.output
    assert before == _digest(existing)


def test_a_50_mb_text_is_refused_without_being_read(tmp_path, existing):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.write(SEED.read_bytes())
        out.truncate(50 * filekit.MiB)  # sparse: the test writes 50 MB without holding them
    tracemalloc.start()
    result = CliRunner().invoke(cli, ["index", str(big), "--db", str(existing)])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert 2 == result.exit_code
    assert "big.txt: tệp nặng 50.0 MB; chỉ đọc kế hoạch đến 10 MB" in result.output
    assert peak < 5 * filekit.MiB


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("bomb.docx", filekit.bomb(), "giải nén ra hơn 32 MB"),
        ("bomb-lying.docx", filekit.bomb(declared=4096), "Bad CRC-32"),
        (
            "bomb-under-the-cap.docx",
            filekit.bomb(inflates=64 * filekit.MiB, declared=30 * filekit.MiB),
            "Bad CRC-32",
        ),
        # A bomb in a part the reader never opens: the plan is read, the bomb left shut.
        ("bomb-in-styles.docx", filekit.bomb("word/styles.xml", 400 * filekit.MiB), "26/KH-UBND"),
    ],
    ids=["declared", "lying", "under-the-cap", "in-styles"],
)
def test_zip_bombs_are_refused_before_they_expand(name, data, expected):
    tracemalloc.start()
    try:
        actual = parse_source(Source(name, data)).number
    except PlanError as e:
        actual = str(e)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert expected in actual
    assert peak < 40 * filekit.MiB  # the 32 MB cap and a MiB of reading; each bomb holds 2 GB


GOOD_FILES = [
    ("utf8.txt", SEED.read_bytes()),
    ("utf16.txt", SEED.read_text().encode("utf-16")),
    ("utf16-le-without-bom.txt", SEED.read_text().encode("utf-16-le")),
    ("utf16-be-without-bom.txt", SEED.read_text().encode("utf-16-be")),
    ("cp1258.txt", filekit.cp1258(SEED.read_text())),
]


@pytest.mark.parametrize(("name", "data"), GOOD_FILES, ids=[g[0] for g in GOOD_FILES])
def test_encodings_that_are_read(tmp_path, name, data):
    plan = tmp_path / name
    plan.write_bytes(data)
    result = CliRunner().invoke(cli, ["index", str(plan), "--db", str(tmp_path / "kb.db")])
    assert 0 == result.exit_code, result.output
    assert f"{name}: 1169/QĐ-UBND — 50 sections, 25 tasks, 2 tables" in result.output


def test_missing_file(tmp_path, existing):
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "nope.txt"), "--db", str(existing)])
    assert 2 == result.exit_code and "nope.txt: không có tệp này" in result.output


def test_index_prints_a_summary_per_plan(tmp_path):
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(cli, ["index", str(SEED), str(TAY_AN), "--db", str(db)])
    assert 0 == result.exit_code
    assert "1169/QĐ-UBND — 50 sections, 25 tasks, 2 tables" in result.output
    assert "87/KH-UBND — 15 sections, 11 tasks, 1 tables" in result.output
    assert "warning: nhóm III được viết là 'Ill'" in result.output


def test_no_temporary_file_is_left_behind(tmp_path):
    db = tmp_path / "kb.db"
    CliRunner().invoke(cli, ["index", str(SEED), "--db", str(db)])
    assert ["kb.db"] == sorted(p.name for p in tmp_path.iterdir())


def test_temporary_files_of_killed_builds_are_removed(tmp_path):
    """A build killed with SIGKILL leaves .kb.db.<pid>.tmp (and its journal); the next
    build removes those of dead processes and leaves those of running ones."""
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = ended.stdout.strip()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = [tmp_path / f".kb.db.{dead}.tmp", tmp_path / f".kb.db.{dead}.tmp-journal"]
        live = tmp_path / f".kb.db.{running.pid}.tmp"
        for path in [*stale, live]:
            path.write_bytes(b"half a database")
        result = CliRunner().invoke(cli, ["index", str(SEED), "--db", str(tmp_path / "kb.db")])
        assert 0 == result.exit_code
        assert [live.name, "kb.db"] == sorted(p.name for p in tmp_path.iterdir())
    finally:
        running.kill()
        running.wait()
