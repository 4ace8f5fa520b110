"""Speed of the core on the bundled plan: indexing, one question, a batch through the CLI.

    python bench/speed.py [--repeat 20]

Every figure is a median over repeated runs. The per-question time is measured warm, in
this process, next to a baseline run on the same questions in the same process: a
rapidfuzz linear scan (`process.extractOne` over every task's text), the simplest thing
that answers "which task is this about".
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.build import build  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.normalize import fold  # noqa: E402
from knowledge.store import KnowledgeBase  # noqa: E402

SEED = ROOT / "knowledge" / "plans" / "1169-QD-UBND.txt"
QUESTIONS = ROOT / "tests" / "eval" / "dev.jsonl"
PLANBOT = [sys.executable, "-m", "bot"]


def _wall(cmd: list[str], stdin: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def per_question(engine: Engine, questions: list[str], repeat: int) -> dict:
    """Median and p99 of one answer, and of the baseline on the same questions."""
    today = date(2026, 11, 24)
    texts = {t.id: fold(t.content) for t in engine.kb.tasks()}
    for q in questions:  # warm caches: the lexicon, the alias matcher, SQLite pages
        engine.answer(q, today=today)
    ours, baseline = [], []
    for _ in range(repeat):
        for q in questions:
            start = time.perf_counter()
            engine.answer(q, today=today)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            process.extractOne(fold(q), texts, scorer=fuzz.WRatio)
            baseline.append(time.perf_counter() - start)
    return {
        "engine_median_ms": statistics.median(ours) * 1e3,
        "engine_p99_ms": _percentile(ours, 0.99) * 1e3,
        "baseline_median_ms": statistics.median(baseline) * 1e3,
        "ratio_to_baseline": statistics.median(ours) / statistics.median(baseline),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5, help="runs of each command")
    args = parser.parse_args()
    questions = [json.loads(line)["q"] for line in QUESTIONS.read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        index_s = statistics.median(
            _wall([*PLANBOT, "index", str(SEED), "--db", str(db)]) for _ in range(args.runs)
        )
        batch = "\n".join(
            json.dumps({"q": questions[i % len(questions)]}, ensure_ascii=False)
            for i in range(1000)
        )
        batch_s = statistics.median(
            _wall([*PLANBOT, "ask", "--jsonl", "--db", str(db)], batch) for _ in range(args.runs)
        )
        cold_s = statistics.median(
            _wall([*PLANBOT, "ask", "--db", str(db), "Ai chủ trì nhiệm vụ II.3?"])
            for _ in range(args.runs)
        )
        topic_cold_s = statistics.median(
            _wall([*PLANBOT, "ask", "--db", str(db), "truy xuất nguồn gốc"])
            for _ in range(args.runs)
        )
        build([SEED], db)
        figures = per_question(Engine(KnowledgeBase(db)), questions, args.repeat)
    figures.update(
        index_seed_s=index_s,
        batch_1000_s=batch_s,
        cold_ask_s=cold_s,
        cold_topic_ask_s=topic_cold_s,
    )
    print(
        f"machine: {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}, {len(questions)} sample questions x {args.repeat}"
    )
    rows = [
        ("index the seed (planbot index, pyvi load included)", f"{index_s:.2f} s", "< 2 s"),
        ("1,000 questions via planbot ask --jsonl (start-up incl.)", f"{batch_s:.2f} s", "< 3 s"),
        ("one question, warm: engine median", f"{figures['engine_median_ms']:.3f} ms", "< 2 ms"),
        ("one question, warm: engine p99", f"{figures['engine_p99_ms']:.3f} ms", ""),
        (
            "baseline (rapidfuzz extractOne over tasks) median",
            f"{figures['baseline_median_ms']:.3f} ms",
            "",
        ),
        ("engine / baseline", f"{figures['ratio_to_baseline']:.2f}x", ""),
        ("cold start, planbot ask (id question)", f"{cold_s:.2f} s", "< 1.5 s"),
        ("cold start, planbot ask (topic question)", f"{topic_cold_s:.2f} s", "< 1.5 s"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"  {name:<{width}}  {value:>10}  {target}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
