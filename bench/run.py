"""Accuracy and speed from one plan to a thousand, against two baselines in the same process.

    python bench/run.py [--plans 1,10,100,1000] [--repeat 3] [--json bench/out/results.json]

For each size N it generates N plans with their ground-truth questions (bench/genplans/),
indexes them, then asks every question of the three systems on the same knowledge base:

- engine: planbot's answer engine;
- bm25: rank_bm25 over the task rows, with the start a retrieval bot built for plans would
  have: task ids ("II.3") and document numbers ("26/KH-UBND") kept as one token each, folded
  syllables and pyvi compounds; it answers with the top k tasks scoring at least a threshold
  and abstains ("not found") below it. k and the threshold are tuned on the one-plan cases
  only, then kept for every size;
- scan: a rapidfuzz linear scan, ``process.extractOne`` over every task's text.

Accuracy on generated plans is a scale check (does it hold from 1 to 1000 plans?), not a
measure of understanding: the cases come from the generator's few templates. It uses the
shared grader's checks plus the case's ``status`` when it has one (a question about an id
that several plans share must be answered with "which plan?"), and is shown per tag too.
Latency is per question, warm; memory is tracemalloc's peak for building the system and
answering every question once (SQLite's own page cache is not counted).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
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


# Task ids ("II.3", "2.1", "B.3", "II.1.2") and document numbers ("26/KH-UBND") are one
# token each, as a retrieval bot built for plans would keep them; pyvi would split them.
_IDS = re.compile(
    r"(?<![\d./])(?:[IVXL]+|\d+|[A-H])(?:\.\d+)+(?![\w/])|\d+(?:-\w+)?/[\w/-]*\w",
    re.IGNORECASE,
)
BM25_K = 1  # answers with up to this many tasks ...
BM25_THRESHOLD = 6.0  # ... each scoring at least this, or abstains; tuned on one plan


def bm25_tokens(text: str) -> list[str]:
    """Ids and document numbers as whole tokens, then the folded syllables, then pyvi's
    compounds (so a question typed without diacritics still meets the rows' syllables).

    >>> bm25_tokens("Ai chủ trì nv2.3 của 26/KH-UBND?")
    ['2.3', '26/kh-ubnd', 'ai', 'chu', 'tri', 'nv', 'cua', 'chu_tri']
    """
    rest = _IDS.sub(" ", text)
    ids = [fold(i) for i in _IDS.findall(text)]
    return ids + re.findall(r"[0-9a-z]+", fold(rest)) + [w for w in compounds(rest) if "_" in w]


class Bm25:
    """BM25 over task rows, as a retrieval bot built for plans would run it: a task id or a
    plan number the question writes is a filter on the rows that hold it (an id no row
    holds finds nothing), and the top ``k`` rows scoring at least ``threshold`` answer;
    below it, "not found"."""

    def __init__(self, db: Path) -> None:
        self.kb = KnowledgeBase(db)
        self.tasks = self.kb.tasks()
        self.texts = [_row_text(self.kb, t) for t in self.tasks]
        tokens = [bm25_tokens(t) for t in self.texts]
        self.index = BM25Okapi(tokens)
        self.rows_with: dict[str, set[int]] = {}
        for i, row in enumerate(tokens):
            for token in row:
                if _IDS.fullmatch(token):
                    self.rows_with.setdefault(token, set()).add(i)

    def ranked(self, question: str) -> list[tuple[float, int]]:
        """(score, row) of the rows the question's ids allow, best first."""
        tokens = bm25_tokens(question)
        scores = self.index.get_scores(tokens)
        rows = range(len(self.tasks))
        for token in tokens:
            if _IDS.fullmatch(token):
                rows = [i for i in rows if i in self.rows_with.get(token, ())]
        return sorted(((scores[i], i) for i in rows), reverse=True)

    def answer(self, ranked: list[tuple[float, int]], k: int, threshold: float) -> dict:
        kept = [i for score, i in ranked[:k] if score >= threshold]
        if not kept:
            return {"found": False, "status": "not_found", "tasks": [], "text": ""}
        return {
            "found": True,
            "status": "found",
            "tasks": [self.tasks[i].ref for i in kept],
            "text": "\n".join(self.texts[i] for i in kept),
        }


def bm25_system(db: Path, k: int = BM25_K, threshold: float = BM25_THRESHOLD) -> Answerer:
    """BM25 with ids kept as tokens, top-k with a score threshold (see :class:`Bm25`)."""
    bm25 = Bm25(db)
    return lambda q: bm25.answer(bm25.ranked(q), k, threshold)


def tune_bm25(db: Path, cases: list[dict]) -> tuple[int, float, float]:
    """The k and threshold that score best on these cases (one plan's), and the accuracy."""
    bm25 = Bm25(db)
    scores = [bm25.ranked(c["q"]) for c in cases]
    top = max(r[0][0] for r in scores if r)
    grid = [round(top * i / 40, 2) for i in range(41)]
    best = (-1.0, 1, 0.0)
    for k in (1, 2, 3, 5, 8):
        for threshold in grid:
            right = sum(
                passes(c, bm25.answer(s, k, threshold)) for c, s in zip(cases, scores, strict=True)
            )
            # Ties go to the smaller k, then the lower threshold.
            if right / len(cases) > best[0]:
                best = (right / len(cases), k, threshold)
    accuracy, k, threshold = best
    return k, threshold, accuracy


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


def by_tag(cases: list[dict], results: list[dict]) -> dict[str, float]:
    """The share of each tag's cases answered right."""
    right: dict[str, list[bool]] = {}
    for case, result in zip(cases, results, strict=True):
        right.setdefault(case["tag"], []).append(passes(case, result))
    return {tag: sum(r) / len(r) for tag, r in sorted(right.items())}


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
        "by_tag": by_tag(cases, results),
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


def run_size(n: int, repeat: int, workdir: Path, bm25: tuple[int, float]) -> dict:
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
    systems = {**SYSTEMS, "bm25": lambda path: bm25_system(path, *bm25)}
    for name, make in systems.items():
        row[name] = measure(make, db, cases, repeat)
        print(f"  N={n} {name}: {row[name]}", file=sys.stderr)
    row["broad"] = broad_latency(db, repeat)
    return row


def _one_plan(workdir: Path) -> tuple[Path, list[dict]]:
    """The base and cases of one generated plan, on which the baseline is tuned."""
    plans_dir = OUT / "plans" / "1"
    if not (plans_dir / "cases.jsonl").is_file():
        generate(1, plans_dir)
    db = workdir / "tune-1.db"
    build(sorted(p for p in plans_dir.iterdir() if p.suffix in (".txt", ".docx")), db)
    return db, load_cases(plans_dir)


def table(rows: list[dict]) -> str:
    """The results as a Markdown table, with ratios against the baselines."""
    lines = [
        "| plans | tasks | system | accuracy (scale check) | median ms | p99 ms | peak MB "
        "| index ms/plan |",
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
    tags = sorted({t for r in rows for name in SYSTEMS for t in r[name].get("by_tag", {})})
    if tags:
        params = rows[0].get("bm25_params")
        lines += [
            "",
            "Share of each tag's cases answered right (generated plans: a scale check, not a "
            "measure of understanding"
            + (f"; bm25 with k={params['k']}, threshold {params['threshold']}" if params else "")
            + "):",
            "",
            "| plans | system | " + " | ".join(tags) + " |",
            "| ---: | --- |" + " ---: |" * len(tags),
        ]
        for r in rows:
            for name in SYSTEMS:
                per = r[name].get("by_tag", {})
                cells = [f"{per[t]:.0%}" if t in per else "" for t in tags]
                lines.append(f"| {r['plans']} | {name} | " + " | ".join(cells) + " |")
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
        k, threshold, tuned = tune_bm25(*_one_plan(Path(tmp)))
        print(f"bm25 tuned on 1 plan: k={k}, threshold={threshold} ({tuned:.1%})", file=sys.stderr)
        rows = [run_size(n, args.repeat, Path(tmp), (k, threshold)) for n in sizes]
        for row in rows:
            row["bm25_params"] = {"k": k, "threshold": threshold}
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
