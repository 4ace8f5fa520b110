"""`planbot ask`, `chat` and `show` on a built base."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from bot.cli import cli


@pytest.fixture(scope="module")
def db(both_engine):
    return str(both_engine.kb.path)


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_ask_json_gives_the_answer_fields(db):
    result = run(
        "ask", "--json", "--db", db, "--today", "2026-01-01", "Ai chủ trì II.3 của quyết định 1169?"
    )
    answer = json.loads(result.output)
    assert (0, "found", "lead", ["II.3"], "1169/QĐ-UBND") == (
        result.exit_code,
        answer["status"],
        answer["intent"],
        answer["tasks"],
        answer["plan"],
    )
    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in answer["text"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ask",), "give a question"),
        (("ask", "--today", "24/11/2026", "II.3?"), "is not a date like 2026-11-24"),
        (("show", "IX.9"), "no task IX.9"),
        (("show", "116"), "no plan or task 116"),
    ],
)
def test_refusals_say_why(db, args, message):
    result = run(*args, "--db", db)
    assert (True, True) == (result.exit_code != 0, message in result.output), result.output


def test_chat_keeps_the_context_between_questions(db):
    result = run(
        "chat",
        "--db",
        db,
        "--today",
        "2026-01-01",
        stdin="Ai chủ trì nhiệm vụ II.3 (1169/QĐ-UBND)?\nThời hạn?\n",
    )
    assert 0 == result.exit_code
    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in result.output
    assert "Thời gian: Quý II/2026 (hạn chót 30/06/2026" in result.output


@pytest.mark.parametrize(
    ("what", "words"),
    [
        ("1169", "Quyết định 1169/QĐ-UBND — "),
        ("87/kh-ubnd", "Kế hoạch 87/KH-UBND — "),
        ("1169/QĐ-UBND II.3", "Cơ quan phối hợp: Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"),
        ("kế hoạch 87 nhiệm vụ I.1", "Đơn vị phối hợp: Sở Công Thương, Liên minh Hợp tác xã tỉnh"),
    ],
)
def test_show_a_plan_or_a_task(db, what, words):
    result = run("show", what, "--db", db)
    assert (0, True) == (result.exit_code, words in result.output), result.output


def test_answering_loads_neither_pyvi_nor_sqlite_utils(db):
    """A cold ``planbot ask`` stays fast: the indexer's libraries load only to build."""
    script = (
        "import sys; from click.testing import CliRunner; from bot.cli import cli; "
        f"r = CliRunner().invoke(cli, ['ask', '--db', {db!r}, 'Ai chủ trì nhiệm vụ I.1?']); "
        "print(r.exit_code, sorted(m for m in ('pyvi', 'sqlite_utils') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert "0 []" == result.stdout.strip(), result.stderr
