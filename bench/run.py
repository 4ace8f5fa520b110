"""Accuracy and speed from one plan to a thousand, against two baselines in the same process.

    python bench/run.py [--plans 1,10,100,1000] [--repeat 3] [--json bench/out/results.json]

For each size N it generates N plans with their ground-truth questions (bench/genplans.py),
indexes them, then asks every question of the three systems on the same knowledge base:

- engine: planbot's answer engine;
- bm25: rank_bm25 over the task rows (pyvi tokens, accent-folded), answering with the top
  task;
- scan: a rapidfuzz linear scan, ``process.extractOne`` over every task's text.

Accuracy uses the shared grader's checks, plus the case's ``status`` when it has one (a
question about an id that several plans share must be answered with "which plan?").
Latency is per question, warm; memory is tracemalloc's peak for building the system and
answering every question once (SQLite's own page cache is not counted).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rank_bm25 import BM25Okapi  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from bench.genplans import generate, load_cases  # noqa: E402
from indexer.build import build  # noqa: E402
from indexer.segment import compounds  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.normalize import fold  # noqa: E402
from knowledge.store import KnowledgeBase  # noqa: E402
from tests.grading import check  # noqa: E402

OUT = ROOT / "bench" / "out"
TODAY = date(2026, 11, 24)
Answerer = Callable[[str], dict]


def _row_text(kb: KnowledgeBase, task) -> str:
    plan = kb.plan(task.plan_id)
    cells = [
        task.content,
        task.lead,
        task.coord,
        task.director,
        task.deadline,
        task.note,
        *(a.value for a in task.attrs),
    ]
    return f"{plan.number} {task.ref} " + " ".join(c for c in cells if c)


def _as_answer(kb: KnowledgeBase, task, text: str) -> dict:
    return {"found": True, "status": "found", "tasks": [task.ref], "text": text}


def engine_system(db: Path) -> Answerer:
    engine = Engine(KnowledgeBase(db))
    return lambda q: engine.answer(q, today=TODAY).to_json()


def bm25_system(db: Path) -> Answerer:
    """BM25 over task rows; the question is segmented with pyvi like the rows."""
    kb = KnowledgeBase(db)
    tasks = kb.tasks()
    texts = [_row_text(kb, t) for t in tasks]
    index = BM25Okapi([compounds(t) for t in texts])

    def answer(question: str) -> dict:
        scores = index.get_scores(compounds(question))
        best = max(range(len(tasks)), key=scores.__getitem__)
        return _as_answer(kb, tasks[best], texts[best])

    return answer


def scan_system(db: Path) -> Answerer:
    """rapidfuzz's extractOne over every task row: the naive linear scan."""
    kb = KnowledgeBase(db)
    tasks = {t.id: t for t in kb.tasks()}
    texts = {i: fold(_row_text(kb, t)) for i, t in tasks.items()}

    def answer(question: str) -> dict:
        _, _, best = process.extractOne(fold(question), texts, scorer=fuzz.WRatio)
        return _as_answer(kb, tasks[best], texts[best])

    return answer


SYSTEMS = {"engine": engine_system, "bm25": bm25_system, "scan": scan_system}


def passes(case: dict, answer: dict) -> bool:
    if "status" in case and answer.get("status") != case["status"]:
        return False
    return not check(case, answer)


def measure(make: Callable[[Path], Answerer], db: Path, cases: list[dict], repeat: int) -> dict:
    answer = make(db)
    results = [answer(c["q"]) for c in cases]  # also warms caches
    times = []
    for _ in range(repeat):
        for case in cases:
            start = time.perf_counter()
            answer(case["q"])
            times.append(time.perf_counter() - start)
    times.sort()
    tracemalloc.start()
    fresh = make(db)
    for case in cases:
        fresh(case["q"])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "accuracy": sum(passes(c, r) for c, r in zip(cases, results, strict=True)) / len(cases),
        "median_ms": statistics.median(times) * 1e3,
        "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))] * 1e3,
        "peak_mb": peak / 2**20,
    }


# Questions that span every plan, which the generated cases do not ask: a section number,
# overdue tasks, an agency's tasks, a task id no plan has, the documents to review.
BROAD = [
    "Mục II.1 nói gì?",
    "Nhiệm vụ nào đã quá hạn?",
    "Sở Nội vụ chủ trì những nhiệm vụ nào?",
    "Ai chủ trì nhiệm vụ IX.9?",
    "Văn bản nào cần rà soát?",
    "Có bao nhiêu kế hoạch?",
]


def broad_latency(db: Path, repeat: int) -> dict:
    """The engine's median and slowest time on the questions that span every plan."""
    engine = Engine(KnowledgeBase(db))
    medians = {}
    for question in BROAD:
        engine.answer(question, today=TODAY)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            engine.answer(question, today=TODAY)
            times.append(time.perf_counter() - start)
        medians[question] = statistics.median(times) * 1e3
    return {"median_ms": statistics.median(medians.values()), "per_question_ms": medians}


def run_size(n: int, repeat: int, workdir: Path) -> dict:
    plans_dir = OUT / "plans" / str(n)
    if not (plans_dir / "cases.jsonl").is_file():
        generate(n, plans_dir)
    files = sorted(p for p in plans_dir.iterdir() if p.suffix in (".txt", ".docx"))
    db = workdir / f"kb-{n}.db"
    start = time.perf_counter()
    build(files, db)
    index_s = time.perf_counter() - start
    cases = load_cases(plans_dir)
    row = {
        "plans": n,
        "tasks": len(KnowledgeBase(db).tasks()),
        "cases": len(cases),
        "index_ms_per_plan": index_s / n * 1e3,
    }
    for name, make in SYSTEMS.items():
        row[name] = measure(make, db, cases, repeat)
        print(f"  N={n} {name}: {row[name]}", file=sys.stderr)
    row["broad"] = broad_latency(db, repeat)
    return row


def table(rows: list[dict]) -> str:
    """The results as a Markdown table, with ratios against the baselines."""
    lines = [
        "| plans | tasks | system | accuracy | median ms | p99 ms | peak MB | index ms/plan |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        for name in SYSTEMS:
            m = r[name]
            lines.append(
                f"| {r['plans']} | {r['tasks']} | {name} | {m['accuracy']:.1%} | "
                f"{m['median_ms']:.2f} | {m['p99_ms']:.2f} | {m['peak_mb']:.1f} | "
                + (f"{r['index_ms_per_plan']:.0f} |" if name == "engine" else "|")
            )
    lines += [
        "",
        "| plans | accuracy vs bm25 | accuracy vs scan | bm25 median / engine | "
        "scan median / engine |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        e, b, s = r["engine"], r["bm25"], r["scan"]
        lines.append(
            f"| {r['plans']} | {100 * (e['accuracy'] - b['accuracy']):+.1f} pts | "
            f"{100 * (e['accuracy'] - s['accuracy']):+.1f} pts | "
            f"{b['median_ms'] / e['median_ms']:.1f}x | {s['median_ms'] / e['median_ms']:.1f}x |"
        )
    if all("broad" in r for r in rows):
        lines += ["", "Engine on questions that span every plan (median of the medians; slowest):"]
        lines += [
            "",
            "| plans | median ms | slowest ms | slowest question |",
            "| ---: | ---: | ---: | --- |",
        ]
        for r in rows:
            per = r["broad"]["per_question_ms"]
            worst = max(per, key=per.get)
            lines.append(
                f"| {r['plans']} | {r['broad']['median_ms']:.2f} | {per[worst]:.2f} | {worst} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", default="1,10,100,1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, default=OUT / "results.json")
    parser.add_argument("--table", action="store_true", help="print the saved results' table")
    args = parser.parse_args()
    if args.table:
        print(table(json.loads(args.json.read_text())))
        return
    sizes = [int(n) for n in args.plans.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [run_size(n, args.repeat, Path(tmp)) for n in sizes]
    print(
        f"machine: {platform.machine()}, {platform.python_version()}, "
        f"{_cpus()} CPUs; {args.repeat} timed passes over every question\n"
    )
    print(table(rows))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=1))


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
