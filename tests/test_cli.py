"""`planbot ask`, `chat` and `show` on a built base."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from bot.cli import cli

from .conftest import ROOT


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


def test_every_command_summary_is_whole():
    """click cuts a docstring at its first sentence, "e.g." included, and after ~45
    characters: each command's line in `planbot --help` must read as a sentence."""
    result = run("--help")
    listed = result.output.split("Commands:\n", 1)[1].splitlines()
    summaries = {line.split()[0]: line.split(None, 1)[1] for line in listed if line.strip()}
    assert sorted(cli.commands) == sorted(summaries)
    for name, summary in summaries.items():
        assert summary.endswith(".") and not summary.endswith(("...", "e.g.")), (name, summary)


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_option_says_what_it_is_for(command):
    result = run(command, "--help")
    options = result.output.split("Options:\n", 1)[1]
    described = re.findall(r"^  (--[\w-]+)(?: [A-Z]+)?  +\S", options, re.MULTILINE)
    named = [o.opts[-1] for o in cli.commands[command].params if isinstance(o, click.Option)]
    assert sorted([*named, "--help"]) == sorted(described)


def test_the_index_example_runs_as_written(tmp_path, monkeypatch):
    help_text = run("index", "--help").output
    example = help_text.split("Example, from the project folder:\n", 1)[1].splitlines()[0]
    args = shlex.split(example)
    assert ["planbot", "index"] == args[:2]
    files = args[2 : args.index("--db")]
    monkeypatch.chdir(ROOT)
    assert files and all((ROOT / f).is_file() for f in files)
    result = run("index", *files, "--db", str(tmp_path / "kb.db"))  # not into the checkout
    assert 0 == result.exit_code, result.output
