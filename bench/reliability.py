"""Reliability figures: crashes, concurrency, hostile questions and damaged plans.

    python bench/reliability.py [--short] [--seed 5] [--out docs/reliability.md]

writes the figures to ``--out`` (a Markdown page) and prints them:

- **SIGKILL**: ``planbot index`` replacing an existing base is killed at random moments
  spread over its run time; each time the base must be byte for byte the old one or a
  complete new one, pass ``PRAGMA integrity_check`` and answer through an ``Engine``.
  Temporary files a killed build leaves are removed by the next build.
- **Concurrency**: askers in threads, each with its own ``Engine`` re-opened when the base
  file changes (as a server does), while an admin swaps the base through ``Library`` between
  two versions of 1169/QĐ-UBND whose answers differ; every answer must be exactly the
  answer of one version, with no errors and no hangs.
- **Properties and mutations**: the checks of ``tests/test_properties.py`` and
  ``tests/test_mutations.py`` with many more examples than CI runs.

``--short`` is what CI runs (``tests/test_reliability_script.py``): 5 kills, 5 swaps under
8 askers, and small property and mutation runs. The exit code is 1 if any check failed.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.build import build  # noqa: E402
from indexer.library import Library  # noqa: E402
from knowledge.answer import Status  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.store import KnowledgeBase  # noqa: E402
from tests import test_mutations, test_properties  # noqa: E402
from tests.conftest import SEED, TAY_AN, TODAY  # noqa: E402

PLANBOT = [sys.executable, "-m", "bot"]
FULL = {"kills": 30, "swaps": 50, "askers": 20, "examples": 2000, "mutations": 100}
SHORT = {"kills": 5, "swaps": 5, "askers": 8, "examples": 50, "mutations": 5}
HANG_SECONDS = 10.0  # an answer or a swap slower than this counts as a hang
CHECK = ("Ai chủ trì nhiệm vụ II.3 của 1169/QĐ-UBND?", "Sở Khoa học và Công nghệ")
# The revised 1169/QĐ-UBND moves II.3 to Quý IV/2026 and names the province in III.3's lead.
REVISED = SEED.read_text().replace("Quý II/2026\n4.", "Quý IV/2026\n4.")
REVISED = REVISED.replace("Công an tỉnh\n", "Công an tỉnh Bình Dương\n")
# The first five answer differently in the two versions; the last two the same.
QUESTIONS = [
    "Nhiệm vụ II.3",
    "Thời hạn nhiệm vụ II.3?",
    "Ai chủ trì nhiệm vụ III.3?",
    "Nhiệm vụ nào đến hạn Quý IV/2026?",
    "Công an tỉnh chủ trì những nhiệm vụ nào?",
    "Ai chủ trì nhiệm vụ I.1?",
    "truy xuất nguồn gốc",
]


# ---------------------------------------------------------------- SIGKILL


@dataclass
class KillResult:
    kills: int = 0
    run_seconds: float = 0.0
    outcomes: Counter = field(default_factory=Counter)  # old | new | broken
    finished_first: int = 0  # runs that ended before their kill came
    integrity_ok: int = 0
    answered: int = 0
    left_temp_files: int = 0  # kills after which a temporary file remained
    temp_files_after_next_build: int = -1

    @property
    def ok(self) -> bool:
        return (
            self.outcomes["broken"] == 0
            and self.integrity_ok == self.answered == self.kills
            and self.temp_files_after_next_build == 0
        )


def _temp_files(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f".{db.name}.*.tmp*"))


def _shape(db: Path) -> tuple[str, tuple]:
    """The integrity check's verdict, and what a base holds: plan numbers and task count."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        (status,) = conn.execute("PRAGMA integrity_check").fetchone()
        plans = tuple(n for (n,) in conn.execute("select number from plans order by id"))
        (tasks,) = conn.execute("select count(*) from tasks").fetchone()
        return status, (plans, tasks)
    except sqlite3.DatabaseError as e:
        return str(e), ()
    finally:
        conn.close()


def _answers(db: Path) -> bool:
    kb = KnowledgeBase(db)
    try:
        answer = Engine(kb).answer(CHECK[0], today=TODAY)
        return answer.status is Status.FOUND and CHECK[1] in answer.text
    finally:
        kb.close()


def sigkill(kills: int, rng: random.Random, work: Path) -> KillResult:
    """Kill ``planbot index`` (1169 → 1169 and 87) at ``kills`` moments, one in each equal
    slice of its run time, and check the base after each."""
    db = work / "kb.db"
    build([SEED], db)
    old = db.read_bytes()
    command = [*PLANBOT, "index", str(SEED), str(TAY_AN), "--db", str(db)]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    result = KillResult(kills=kills, run_seconds=time.perf_counter() - start)
    _, new = _shape(db)
    for k in range(kills):
        db.write_bytes(old)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep((k + rng.random()) / kills * result.run_seconds)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        else:
            result.finished_first += 1
        process.wait()
        status, shape = _shape(db)
        result.outcomes[
            "old" if db.read_bytes() == old else "new" if shape == new else "broken"
        ] += 1
        result.integrity_ok += status == "ok"
        result.answered += status == "ok" and _answers(db)
        result.left_temp_files += bool(_temp_files(db))
    subprocess.run(command, check=True, capture_output=True)
    result.temp_files_after_next_build = len(_temp_files(db))
    return result


# ---------------------------------------------------------------- concurrency


@dataclass
class SwapResult:
    askers: int = 0
    swaps: int = 0
    answers: Counter = field(default_factory=Counter)  # old | new | either (same in both)
    mixed: list[str] = field(default_factory=list)  # answers that are neither version's
    errors: list[str] = field(default_factory=list)
    reopened: int = 0
    slowest_answer: float = 0.0
    swap_seconds: list[float] = field(default_factory=list)
    hung: int = 0  # threads still running after the deadline

    @property
    def total(self) -> int:
        return sum(self.answers.values())

    @property
    def ok(self) -> bool:
        return (
            not self.mixed
            and not self.errors
            and not self.hung
            and self.answers["old"] > 0
            and self.answers["new"] > 0
        )


def _references(work: Path) -> dict[str, dict[str, str]]:
    """Each question's answer in each version, from a library taken through the same
    uploads as the one under test."""
    library = _library(work / "reference")
    answers = {}
    for version, text in (("new", REVISED), ("old", SEED.read_text())):
        library.add(SEED.name, text.encode())
        engine = Engine(KnowledgeBase(library.db_path))
        answers[version] = {q: engine.answer(q, today=TODAY).text for q in QUESTIONS}
        engine.kb.close()
    return answers


def _library(folder: Path) -> Library:
    bundled = folder / "bundled"
    bundled.mkdir(parents=True)
    shutil.copy(SEED, bundled / SEED.name)
    library = Library(folder / "kb.db", bundled=bundled)
    library.ensure()
    return library


def concurrency(askers: int, swaps: int, rng: random.Random, work: Path) -> SwapResult:
    references = _references(work)
    library = _library(work / "served")
    library.add(SEED.name, SEED.read_bytes())  # "old", reached the way the swaps reach it
    result = SwapResult(askers=askers, swaps=swaps)
    lock = threading.Lock()
    stop = threading.Event()

    def ask(seed: int) -> None:
        local = random.Random(seed)
        engine, seen = None, None
        while not stop.is_set():
            try:
                stat = os.stat(library.db_path)
                if (stat.st_ino, stat.st_mtime_ns, stat.st_size) != seen:
                    if engine:
                        engine.kb.close()
                    seen = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
                    engine = Engine(KnowledgeBase(library.db_path))
                    with lock:
                        result.reopened += 1
                question = local.choice(QUESTIONS)
                started = time.perf_counter()
                text = engine.answer(question, today=TODAY).text
                took = time.perf_counter() - started
                old, new = references["old"][question], references["new"][question]
                version = "either" if text == old == new else "old" if text == old else "new"
                with lock:
                    result.slowest_answer = max(result.slowest_answer, took)
                    if text not in (old, new):
                        result.mixed.append(f"{question!r}: {text[:200]!r}")
                    else:
                        result.answers[version] += 1
            except Exception as e:  # noqa: BLE001 — every error is a figure of this run
                with lock:
                    result.errors.append(f"asker: {type(e).__name__}: {e}")

    def swap() -> None:
        for i in range(swaps):
            text = REVISED if i % 2 == 0 else SEED.read_text()
            started = time.perf_counter()
            try:
                library.add(SEED.name, text.encode())
            except Exception as e:  # noqa: BLE001
                result.errors.append(f"swap {i}: {type(e).__name__}: {e}")
            result.swap_seconds.append(time.perf_counter() - started)
            time.sleep(rng.uniform(0, 0.05))  # let askers meet each version

    threads = [threading.Thread(target=ask, args=(rng.random(),)) for _ in range(askers)]
    for thread in threads:
        thread.start()
    admin = threading.Thread(target=swap)
    admin.start()
    admin.join(timeout=swaps * HANG_SECONDS)
    stop.set()
    for thread in [admin, *threads]:
        thread.join(timeout=HANG_SECONDS)
    result.hung = sum(t.is_alive() for t in [admin, *threads])
    if result.slowest_answer > HANG_SECONDS:
        result.errors.append(f"an answer took {result.slowest_answer:.1f} s")
    return result


# ---------------------------------------------------------------- properties, mutations


@dataclass
class PropertyResult:
    examples: int
    slowest_seconds: float
    slowest_question: str
    failure: str = ""

    @property
    def ok(self) -> bool:
        return not self.failure


def properties(examples: int, work: Path) -> PropertyResult:
    db = work / "properties.db"
    build([SEED, TAY_AN], db)
    engine = Engine(KnowledgeBase(db))
    try:
        slowest = test_properties.any_text_is_answered(engine, examples)
        test_properties.gibberish_is_not_found(engine, examples)
        test_properties.variants_answer_the_same(engine, examples)
    except AssertionError as e:
        return PropertyResult(examples, 0.0, "", str(e).splitlines()[0])
    return PropertyResult(examples, slowest.seconds, slowest.question)


def mutations(per_case: int) -> test_mutations.Tally:
    tally = test_mutations.Tally()
    for plan, kind in test_mutations.CASES:
        test_mutations.run(plan, kind, per_case, tally)
    return tally


# ---------------------------------------------------------------- report


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.+)", cpuinfo)[1]
    except (OSError, TypeError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def _short(text: str, limit: int = 60) -> str:
    """A question as a table cell: escaped, cut, and with no "|" to end the cell."""
    text = repr(text)
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    cell = text.replace("|", "\\|")
    return f"`` {cell} ``"


# The Telegram side of the issue, with the tests that cover each item (file, test); an
# item without tests is a TODO for the bot's engineer.
TELEGRAM = [
    (
        "Fake Bot API fails a tenth of its calls (429s, polls that time out, answers "
        "delivered whose reply is lost): every message answered, none twice",
        [
            ("tests/test_bot_load.py", "test_an_answer_refused_with_429_is_retried_and_delivered"),
            (
                "tests/test_bot_load.py",
                "test_timeouts_and_429s_at_a_10_percent_rate_lose_and_double_nothing",
            ),
        ],
        "",
    ),
    (
        "Admin commands and uploads from non-admins refused, in groups, forwarded, edited",
        [("tests/test_bot_admin.py", "test_non_admins_are_refused_and_nothing_changes")],
        "",
    ),
    (
        "The token appears in no log line of a full run",
        [
            ("tests/test_bot_serve.py", "test_serve_polls_and_never_logs_the_token"),
            ("tests/test_bot_serve.py", "test_the_token_filter_masks_messages_and_tracebacks"),
        ],
        "",
    ),
    (
        "Webhook requests without the secret token are rejected",
        [("tests/test_bot_serve.py", "test_webhook_accepts_only_requests_with_the_secret")],
        "",
    ),
    (
        "Restart mid-conversation keeps context, subscriptions, events, unanswered log",
        [
            ("tests/test_bot_questions.py", "test_follow_up_context_survives_a_restart"),
            (
                "tests/test_bot_reminders.py",
                "test_subscribed_chats_are_reminded_once_and_after_a_restart",
            ),
            (
                "tests/test_bot_admin.py",
                "test_events_and_unanswered_questions_survive_a_restart",
            ),
        ],
        "",
    ),
    (
        "Messages echoing user or document text escape their HTML",
        [("tests/test_bot_questions.py", "test_html_in_a_question_is_echoed_escaped")],
        "",
    ),
]


def _telegram_rows() -> list[str]:
    rows = []
    for item, tests, todo in TELEGRAM:
        found = [
            f"`{path}::{name}`"
            for path, name in tests
            if (ROOT / path).is_file() and f"def {name}(" in (ROOT / path).read_text()
        ]
        covered = "<br>".join(found) if found else "—"
        rows.append(f"| {item} | {covered} | {todo or 'covered'} |")
    return rows


def render(
    kill: KillResult,
    swap: SwapResult,
    prop: PropertyResult,
    tally: test_mutations.Tally,
    *,
    command: str,
    seconds: float,
) -> str:
    swap_median = statistics.median(swap.swap_seconds) if swap.swap_seconds else 0.0
    outcomes = tally.outcomes
    lines = [
        "# Reliability",
        "",
        "Produced by `bench/reliability.py`; rerun it to check every figure.",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {_machine()}",
        f"- Command: `{command}` ({seconds:.0f} s)",
        "",
        "| Check | Figure | Result |",
        "| --- | --- | --- |",
        f"| SIGKILL during `planbot index` replacing a base | "
        f"{kill.outcomes['old'] + kill.outcomes['new']}/{kill.kills} old or complete new "
        f"({kill.outcomes['old']} old, {kill.outcomes['new']} new, "
        f"{kill.outcomes['broken']} broken; {kill.finished_first} runs ended before their "
        f"kill); integrity_check ok {kill.integrity_ok}/{kill.kills}; an Engine answered "
        f"{kill.answered}/{kill.kills} | {'pass' if kill.ok else 'FAIL'} |",
        f"| Temporary files left by killed builds | left after {kill.left_temp_files}/"
        f"{kill.kills} kills; {kill.temp_files_after_next_build} after the next build | "
        f"{'pass' if kill.temp_files_after_next_build == 0 else 'FAIL'} |",
        f"| {swap.askers} concurrent askers, {swap.swaps} swaps through `Library` | "
        f"{swap.total} answers ({swap.answers['old']} old version, {swap.answers['new']} new, "
        f"{swap.answers['either']} same in both), {len(swap.mixed)} from neither, "
        f"{len(swap.errors)} errors, {swap.hung} hung; {swap.reopened} re-opens; slowest "
        f"answer {swap.slowest_answer * 1000:.0f} ms; median swap {swap_median:.2f} s | "
        f"{'pass' if swap.ok else 'FAIL'} |",
        f"| Property tests (any text ≤ 5,000 chars, gibberish, NFC/NFD, invisible marks, "
        f"emoji), {prop.examples} examples each | slowest answer "
        f"{prop.slowest_seconds * 1000:.0f} ms for {_short(prop.slowest_question)} "
        f"({len(prop.slowest_question)} chars){'; ' + prop.failure if prop.failure else ''}"
        f" | {'pass' if prop.ok else 'FAIL'} |",
        f"| Mutations of 1169, 87 (Tây An) and a generated .docx | {tally.tried} tried: "
        f"{outcomes['parsed']} parsed, {outcomes['refused']} refused with a PlanError, "
        f"{outcomes['failed']} other exceptions or unclear messages | "
        f"{'pass' if not tally.failures else 'FAIL'} |",
    ]
    lines += [f"\n- {f}" for f in swap.mixed[:5] + swap.errors[:5]]
    lines += [f"\n- mutation {p} {k} #{s}: {what}" for p, k, s, what in tally.failures[:10]]
    lines += [
        "",
        "## In the test suite",
        "",
        "- `tests/test_index_cli.py`: the bad-file corpus through `planbot index` and through "
        "an admin upload (`Library.add`), each with its message; zip bombs refused before "
        "they expand (peak memory measured); a 50 MB text refused without being read; "
        "UTF-16 (with or without BOM) and Windows-1258 read; TCVN3 and VNI refused by name.",
        "- `tests/test_mutations.py`: seeded mutations of the three plans, and hostile Word "
        "files (forged spans and merges, entities, encrypted or unknown members).",
        "- `tests/test_properties.py`: the properties above, in a CI-sized run.",
        "- `tests/test_injection.py`: `\"`, `*`, `NEAR(`, `'; DROP TABLE tasks; --`, `)`, "
        "`OR`, `AND`, `^`, `:` and NUL through the engine and `KnowledgeBase.search`; every "
        "statement is recorded: user text is only ever a bound parameter, no statement is a "
        "full-text MATCH (the search reads words from memory), and the base is unchanged.",
        "- `tests/test_reliability_script.py`: this script's `--short` run.",
        "",
        "## Telegram",
        "",
        "| Item | Tests | Status |",
        "| --- | --- | --- |",
        *_telegram_rows(),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="the small run CI does")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reliability.md")
    args = parser.parse_args(argv)
    size = SHORT if args.short else FULL
    rng = random.Random(args.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "kill").mkdir()
        kill = sigkill(size["kills"], rng, work / "kill")
        swap = concurrency(size["askers"], size["swaps"], rng, work)
        prop = properties(size["examples"], work)
    tally = mutations(size["mutations"])
    command = "python bench/reliability.py" + (" --short" if args.short else "")
    if args.seed != 5:
        command += f" --seed {args.seed}"
    report = render(kill, swap, prop, tally, command=command, seconds=time.perf_counter() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)
    return 0 if kill.ok and swap.ok and prop.ok and not tally.failures else 1


if __name__ == "__main__":
    sys.exit(main())
