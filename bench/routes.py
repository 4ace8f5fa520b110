"""Warm speed of every route of the answer engine, at 1 and 1,000 plans.

    python bench/routes.py [--plans 1,1000] [--kinds gen,real] [--repeat 15]
        [--json bench/out/routes.json] [--show]

For each base (``bench/bases.py``: generated plans, and renumbered copies of the six real
plans) it writes questions for every route of ``knowledge/engine/routes.py`` from what that
base holds (a plan's number, two of its task ids, its busiest lead agency, a body section,
a cited document, a topic word of a task, a period in which a task is due), then:

- asks each question once to learn which route answered it (the table is by that route, so a
  question that lands elsewhere is counted where it landed, and a route nobody reached is
  listed as such);
- warms it up, then times ``Engine.answer`` ``--repeat`` times; a follow-up is timed on its
  last turn, with the context the chat's earlier turns left;
- times the BM25 baseline of ``bench/run.py`` on the same questions in the same process.

Per route it prints the median and p99 of every timing of the route's questions (wall
time, and the p99 of the CPU time the engine's thread used, which a busy shared machine
does not inflate), and the slowest question. ``--show`` prints each question with its
route and the first line of its answer.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bases import base  # noqa: E402
from bench.run import bm25_system  # noqa: E402
from knowledge.answer import Answer, Context, Status  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.engine.common import words_of  # noqa: E402
from knowledge.engine.routes import ROUTES, Turn  # noqa: E402
from knowledge.normalize import fold  # noqa: E402
from knowledge.periods import RECURRING, quarter_of  # noqa: E402
from knowledge.store import KnowledgeBase, Plan, Section, Task  # noqa: E402

OUT = ROOT / "bench" / "out"
TODAY = date(2026, 11, 24)
TARGET_MS = 10.0  # the target: every kind of question under 10 ms p99, warm
HELP = "help"  # no route answered: the help text


@dataclass(frozen=True)
class Chat:
    """Turns of one chat; only the last is timed. ``start`` is a context the bot would hold
    (a question waiting for its plan)."""

    turns: tuple[str, ...]
    start: Context = field(default_factory=Context)

    @property
    def question(self) -> str:
        return self.turns[-1]


@dataclass
class Facts:
    """What the questions are about, read from the base."""

    plan: Plan
    other: Plan  # another plan, or the same one when the base has one
    refs: list[str]  # task ids of the plan, in order
    lead: str  # the agency that leads most of the plan's tasks
    second: str  # another agency of the plan
    section: str | None  # a numbered body section ("II.1")
    not_a_section: str | None  # a task id that numbers no body section
    cited: str | None  # a document the plan cites ("Nghị quyết 66-NQ/TW")
    digits: str | None  # the digits of the plan's number, if no other plan shares them
    topic: str  # a word of a task's content, as written
    first_topic: str  # a word of the first task's content
    opening: str  # the first words of a task the lead leads, as a claim describes it
    day: str  # a day the plan's text writes ("15/11")
    listing: str  # the number of a plan that lists documents to review, or the plan's
    quarter: str  # a quarter in which one of the plan's tasks is due ("2/2026")
    year: int
    unknown_agency: str = "Ban Quản lý Khu công nghệ cao Hòa Lạc"


def facts(engine: Engine) -> Facts:
    """Read the facts from the base's middle plan (the first one of a base of one)."""
    kb = engine.kb
    plans = kb.plans()
    plan = plans[len(plans) // 2]
    other = plans[len(plans) // 2 - 1] if len(plans) > 1 else plan
    tasks = kb.tasks(plan_ids=[plan.id])
    refs = [t.ref for t in tasks]
    leads = Counter(t.lead for t in tasks if t.lead).most_common()
    lead = kb.most_common_lead(plan.id) or leads[0][0]
    second = next((name for name, _ in leads if name != lead and "," not in name), lead)
    sections = kb.sections(plan.id)
    numbered = [s.ref for s in sections if re.fullmatch(r"[IVX]+\.\d+|\d+\.\d+", s.ref or "")]
    section_refs = {s.ref for s in sections}
    cited = next(
        (m[0] for b in plan.bases if (m := _CITED.search(b))),
        None,
    )
    digits = re.match(r"\d+", plan.number)[0]
    shared = sum(1 for p in plans if re.match(r"\d+", p.number)[0] == digits)
    dated = [t for t in tasks if t.period and t.period.kind.value not in _RECURRING]
    due = dated[0].period.end if dated else TODAY
    return Facts(
        plan=plan,
        other=other,
        refs=refs,
        lead=lead,
        second=second,
        section=numbered[0] if numbered else None,
        not_a_section=next((r for r in refs if "." in r and r not in section_refs), None),
        cited=cited,
        digits=digits if shared == 1 else None,
        topic=_topic(engine, max(tasks, key=lambda t: len(t.content))),
        first_topic=_topic(engine, tasks[0]),
        opening=" ".join(
            next((t for t in tasks if t.lead == lead), tasks[0]).content.rstrip(".").split()[:8]
        ),
        day=_day(sections),
        listing=next((kb.plan(d.plan_id).number for d in kb.documents()[:1]), plan.number),
        quarter=f"{quarter_of(due)}/{due.year}",
        year=due.year,
    )


_CITED = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Quyết định|Kết luận|Nghị định|Thông tư)\s+(?:số\s+)?\d+[\w/-]*"
)
_RECURRING = {k.value for k in RECURRING}


def _topic(engine: Engine, task: Task) -> str:
    """The task's rarest compound word in the base that another row shares, as written:
    "truy xuất" for "Kiểm soát tem truy xuất nguồn gốc"."""
    tokens = re.findall(r"\w+", task.content)
    folded = [fold(t) for t in tokens]
    df = engine.kb.vocabulary
    compounds = [
        w for w in engine.lexicon.segment(words_of(task.content)) if "_" in w and df.get(w, 0) > 1
    ]
    if not compounds:
        return " ".join(tokens[:3])
    rarest = min(compounds, key=lambda w: (df[w], w)).split("_")
    for i in range(len(folded) - len(rarest) + 1):
        if folded[i : i + len(rarest)] == rarest:
            return " ".join(tokens[i : i + len(rarest)])
    return " ".join(rarest)


def _day(sections: list[Section]) -> str:
    """A day of the year the plan's text writes ("15/11"), or 31/12."""
    for section in sections:
        m = re.search(r"ngày (\d{1,2})(?: tháng |/)(\d{1,2})\b", section.text)
        if m:
            return f"{int(m[1])}/{int(m[2])}"
    return "31/12"


def chats(f: Facts) -> list[tuple[str, Chat]]:
    """(the route meant, the chat) for every route; the route meant is a label only."""
    n, other = f.plan.number, f.other.number
    r1, r2 = f.refs[0], f.refs[min(1, len(f.refs) - 1)]
    pending = Context(pending=f"Ai chủ trì nhiệm vụ {r1}?")
    ask = [
        ("unknown plan", "Kế hoạch 99999/KH-UBND có những nhiệm vụ nào?"),
        ("unknown plan", "Ai ký kế hoạch 99998?"),
        ("small talk", "xin chào"),
        ("small talk", "cảm ơn bot nhé"),
        ("place in the plan", f"Nhiệm vụ đầu tiên của kế hoạch {n} là gì?"),
        ("place in the plan", "Nhiệm vụ cuối cùng trong phụ lục?"),
        ("compare", f"Nhiệm vụ {r1} hay {r2} của kế hoạch {n} đến hạn trước?"),
        ("compare", f"{f.lead} so với {f.second}"),
        ("task by id", f"Ai chủ trì nhiệm vụ {r1} kế hoạch {n}?"),
        ("task by id", f"thoi han nv {r2} {n}"),
        ("task by id", f"Who leads task {r1}?"),
        ("task by id", f"Nhiệm vụ IX.9 của kế hoạch {n}"),
        ("section by number", f"Mục {f.section or 'I.1'} kế hoạch {n} nói gì?"),
        ("section by number", "Điều 2 nói gì?"),
        ("section number as a task", f"mục {f.not_a_section or r1} trong kế hoạch {n}"),
        ("plans", "Có bao nhiêu kế hoạch?"),
        ("plans", "Danh sách các kế hoạch"),
        ("a day", f"Ngày {f.day} phải làm gì?"),
        ("a day", f"Theo kế hoạch {n}, ngày {f.day} phải làm gì?"),
        ("contact", f"Về {f.topic} thì liên hệ với ai?"),
        ("contact", "Who should we contact?"),
        ("not in the plans", f"Số điện thoại của {f.lead}?"),
        ("not in the plans", f"Giám đốc {f.lead} là ai?"),
        ("plan by its digits", f.digits or "99997"),
        ("cited document", f"{f.cited or 'Chỉ thị 38'} ban hành ngày nào?"),
        ("plan facts", f"Ai ký kế hoạch {n}?"),
        ("plan facts", f"Kế hoạch {n} ban hành ngày nào?"),
        ("plan facts", "Ai ký?"),
        ("plan named alone", f"Kế hoạch {n}"),
        ("documents to review", "Văn bản nào cần rà soát?"),
        ("documents to review", f"Kế hoạch {f.listing} có những văn bản nào cần rà soát?"),
        ("schedule", "Lịch đối thoại với doanh nghiệp khi nào?"),
        ("groups", f"Kế hoạch {n} gồm những nhóm nào?"),
        ("extremes and totals", f"Nhiệm vụ nào có thời hạn muộn nhất trong kế hoạch {n}?"),
        ("extremes and totals", f"Tổng kinh phí của kế hoạch {n}"),
        ("extremes and totals", "Hạn gần nhất là khi nào?"),
        ("filters", f"{f.lead} chủ trì những nhiệm vụ nào?"),
        ("filters", f"{f.second} phối hợp nhiệm vụ nào?"),
        ("filters", f"Nhiệm vụ nào đến hạn quý {f.quarter}?"),
        ("filters", f"Có mấy nhiệm vụ trong năm {f.year}?"),
        ("filters", "Nhiệm vụ nào đã quá hạn?"),
        ("filters", "Nhiệm vụ nào sắp đến hạn?"),
        ("filters", "Which tasks are overdue?"),
        ("filters", "Nhiệm vụ nào thực hiện hằng năm?"),
        ("filters", f"Nhiệm vụ nào không do {f.lead} chủ trì?"),
        ("column value", "Nhiệm vụ nào không có kinh phí?"),
        ("column value", "Nhiệm vụ nào có sản phẩm là báo cáo?"),
        ("column value", "Những nhiệm vụ nào có ghi chú?"),
        ("unknown agency", f"{f.unknown_agency} chủ trì nhiệm vụ nào?"),
        ("topic", f"{f.topic}"),
        ("topic", f"Nhiệm vụ nào về {f.topic}?"),
        ("topic", "nhiệm vụ nào về tuyên truyền, phổ biến"),
        ("a task described with a period in its words", f"Ai chủ trì việc {f.topic} năm {f.year}?"),
        ("a claim about a task to confirm", f"{f.lead} chủ trì việc {f.topic}, đúng không?"),
        # (a task described at length: its words are looked for in every plan in scope)
        ("a claim about a task to confirm", f"{f.lead} có phải chủ trì việc {f.opening} không?"),
        ("a partner column left blank", "Nhiệm vụ nào không có cơ quan phối hợp?"),
        ("tasks marked done", "Nhiệm vụ nào đã hoàn thành?"),
        ("a paper's number in tasks' cells", f"Nhiệm vụ nào thực hiện {f.cited or 'Chỉ thị 38'}?"),
        ("a sum the plans do not state", "Tổng kinh phí bao nhiêu tỷ đồng?"),
        ("a claim about a task named by id", f"{f.lead} có chủ trì nhiệm vụ {r1} không?"),
        ("the decision's articles", f"Kế hoạch {n} có mấy điều?"),
        (
            "a percentage the plans do not state",
            f"Việc {f.topic} đạt bao nhiêu phần trăm?",
        ),
        ("filters", f"Những nhiệm vụ nào vẫn còn thực hiện trong năm {f.year}?"),
        ("section by its title", "Yêu cầu gồm những gì?"),
        ("a date the body sets", "Báo cáo kết quả thực hiện hằng năm phải gửi trước ngày nào?"),
        ("a date the body sets", f"Báo cáo hằng năm gửi trước ngày {f.day}, đúng không?"),
        ("an agency in a part named", f"Trong phần tổ chức thực hiện, {f.lead} có trách nhiệm gì?"),
        ("a claim about a task named by id", f"Nhiệm vụ {r1} có hạn quý {f.quarter} phải không?"),
        ("the plan's overseer", f"Ai theo dõi việc thực hiện kế hoạch {n}?"),
        ("the plan's overseer", "Who is in charge of the plan overall?"),
        ("tasks over several years", f"Những nhiệm vụ nào của kế hoạch {n} kéo dài nhiều năm?"),
        ("tasks over several years", "Những nhiệm vụ nào kéo dài nhiều năm?"),
    ]
    follow = [
        ("plan picked", Chat((n,), pending)),
        (
            "tasks due with the task in hand",
            Chat(
                (
                    f"Ai chủ trì nhiệm vụ {r1} kế hoạch {n}?",
                    "Có nhiệm vụ nào khác cùng hạn đó không?",
                )
            ),
        ),
        ("column of the pending question", Chat(("Thời hạn?",), pending)),
        (
            "same question, other plan",
            Chat((f"Ai ký kế hoạch {n}?", f"Còn kế hoạch {other} thì sao?")),
        ),
        (
            "same question, other group",
            Chat(
                (f"{f.lead} chủ trì những nhiệm vụ nào trong nhóm I kế hoạch {n}?", "Còn nhóm II?")
            ),
        ),
        ("place in the last list of other things", Chat(("Có những kế hoạch nào?", "cái thứ 2"))),
        (
            "place in the last list",
            Chat((f"{f.lead} chủ trì những nhiệm vụ nào?", "cái thứ 2 ai phối hợp?")),
        ),
        (
            "the others of the last list",
            Chat((f"Nhiệm vụ {r1}, {r2} kế hoạch {n}", f"Ai chủ trì {r1}?", "còn cái còn lại?")),
        ),
        (
            "back to an earlier task",
            Chat(
                (
                    f"Ai chủ trì nhiệm vụ {r1} kế hoạch {n}?",
                    f"Còn {r2} thì sao?",
                    f"quay lại việc {f.first_topic} lúc nãy",
                )
            ),
        ),
        (
            "same columns, other task",
            Chat((f"Ai chủ trì nhiệm vụ {r1} kế hoạch {n}?", f"Còn {r2} thì sao?")),
        ),
        ("follow-up", Chat((f"Nhiệm vụ {r1} kế hoạch {n}", "Thời hạn khi nào?"))),
        (
            "follow-up",
            Chat((f"{f.lead} chủ trì những nhiệm vụ nào?", "trong số đó cái nào quá hạn?")),
        ),
        ("follow-up", Chat((f"Who leads task {r1} in {n}?", "When is it due?"))),
        ("the signer's office", Chat((f"Ai ký kế hoạch {n}?", "Ông ấy giữ chức vụ gì?"))),
        ("when, after a fact of the plan", Chat((f"Ai ký kế hoạch {n}?", "Khi nào?"))),
        (
            "who carries it out, after a fact of the plan",
            Chat((f"Ai ký kế hoạch {n}?", "And who has to carry it out?")),
        ),
        (
            "the items of the task in hand",
            Chat((f"Nhiệm vụ {r1} kế hoạch {n}", "Nhiệm vụ đó gồm những việc cụ thể nào?")),
        ),
    ]
    return [(route, Chat((q,))) for route, q in ask] + follow


def route_of(engine: Engine, question: str, context: Context, today: date) -> str:
    """The name of the route that answers, as ``Turn.dispatch`` picks it."""
    turn = Turn(engine, engine.read(question, today), context, today)
    missed = None
    for route in ROUTES:
        if not route.when(turn):
            continue
        answer = route.answer(turn)
        if answer is None:
            continue
        if answer.status is not Status.NOT_FOUND:
            return route.name
        missed = missed or route.name
        if route.final(turn):
            return missed
    return missed or HELP


def _context_before(engine: Engine, chat: Chat) -> Context:
    context = chat.start
    for turn in chat.turns[:-1]:
        context = engine.answer(turn, context, TODAY).context
    return context


def _timed(call: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each call after two warm-up calls. On a shared machine
    the wall time includes waiting for a core; the CPU time is the engine's own work."""
    call()
    call()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        call()
        wall.append((time.perf_counter() - start) * 1e3)
        cpu.append((time.thread_time() - start_cpu) * 1e3)
    return wall, cpu


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def measure(db: Path, repeat: int, *, baseline: bool = True, show: bool = False) -> dict:
    """Per route: its questions, the median and p99 of their timings, the slowest question."""
    engine = Engine(KnowledgeBase(db))
    f = facts(engine)
    bm25 = bm25_system(db) if baseline else None
    per_route: dict[str, dict] = {}
    for meant, chat in chats(f):
        context = _context_before(engine, chat)
        q = chat.question
        answer: Answer = engine.answer(q, context, TODAY)
        route = route_of(engine, q, context, TODAY)
        times, cpu = _timed(lambda q=q, c=context: engine.answer(q, c, TODAY), repeat)
        row = per_route.setdefault(route, {"questions": [], "times": [], "cpu": [], "bm25": []})
        row["questions"].append(
            {
                "q": " → ".join(chat.turns),
                "meant": meant,
                "status": answer.status.value,
                "median_ms": statistics.median(times),
                "max_ms": max(times),
                "first_line": answer.title[:100],
            }
        )
        row["times"] += times
        row["cpu"] += cpu
        if bm25 is not None:
            row["bm25"] += _timed(lambda q=q: bm25(q), max(3, repeat // 3))[0]
        if show:
            print(
                f"  [{route}{'' if route == meant else f' (meant: {meant})'}] "
                f"{statistics.median(times):.2f} ms  {' → '.join(chat.turns)}\n"
                f"      {answer.status.value}: {answer.title[:110]}",
                file=sys.stderr,
            )
    routes = {}
    for route, row in per_route.items():
        slowest = max(row["questions"], key=lambda x: x["median_ms"])
        routes[route] = {
            "questions": row["questions"],
            "median_ms": statistics.median(row["times"]),
            "p99_ms": _p99(row["times"]),
            "cpu_median_ms": statistics.median(row["cpu"]),
            "cpu_p99_ms": _p99(row["cpu"]),
            "bm25_median_ms": statistics.median(row["bm25"]) if row["bm25"] else None,
            "slowest": slowest["q"],
        }
    return {
        "plans": len(engine.kb.plans()),
        "tasks": engine.kb.count_tasks(),
        "routes": routes,
    }


def table(results: dict[str, dict]) -> str:
    """One Markdown table: each route at each base, in the route table's order."""
    lines = [
        "| route | plans | median ms | p99 ms | CPU p99 ms | bm25 median ms | slowest question |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    order = [r.name for r in ROUTES] + [HELP]
    for name in order:
        for label, result in results.items():
            row = result["routes"].get(name)
            if row is None:
                continue
            flag = " ⚠" if row["p99_ms"] >= TARGET_MS else ""
            bm25 = f"{row['bm25_median_ms']:.2f}" if row["bm25_median_ms"] is not None else ""
            cpu = f"{row['cpu_p99_ms']:.2f}" if "cpu_p99_ms" in row else ""
            lines.append(
                f"| {name} | {label} | {row['median_ms']:.2f} | {row['p99_ms']:.2f}{flag} | "
                f"{cpu} | {bm25} | {row['slowest'][:70]} |"
            )
    missing = [
        f"{name} ({', '.join(lb for lb, r in results.items() if name not in r['routes'])})"
        for name in order[:-1]
        if any(name not in r["routes"] for r in results.values())
    ]
    if missing:
        lines += ["", "Not reached on every base: " + "; ".join(missing) + "."]
    return "\n".join(lines)


def wide_table(results: dict[str, dict]) -> str:
    """One row per route, a column per base: "median / p99 / CPU p99" in ms."""
    labels = list(results)
    lines = [
        "| route | " + " | ".join(labels) + " |",
        "| --- |" + " ---: |" * len(labels),
    ]
    for name in [r.name for r in ROUTES] + [HELP]:
        rows = [results[label]["routes"].get(name) for label in labels]
        if not any(rows):
            continue
        cells = [
            f"{r['median_ms']:.2f} / {r['p99_ms']:.2f} / {r['cpu_p99_ms']:.2f}" if r else "—"
            for r in rows
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", default="1,1000")
    parser.add_argument("--kinds", default="gen,real")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--show", action="store_true", help="each question, its route, answer")
    parser.add_argument("--json", type=Path, default=OUT / "routes.json")
    parser.add_argument("--table", action="store_true", help="print the saved results' table")
    parser.add_argument("--wide", action="store_true", help="with --table: a column per base")
    args = parser.parse_args()
    if args.table:
        saved = json.loads(args.json.read_text())
        print(wide_table(saved) if args.wide else table(saved))
        return
    results = {}
    for kind in args.kinds.split(","):
        for n in (int(x) for x in args.plans.split(",")):
            label = f"{n} {'generated' if kind == 'gen' else 'real copies'}"
            print(f"{label}:", file=sys.stderr)
            results[label] = measure(
                base(kind, n), args.repeat, baseline=not args.no_baseline, show=args.show
            )
    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{len(_cpus())} CPUs, load average {os.getloadavg()[0]:.1f} at the end; "
        f"{date.today()}; warm, {args.repeat} timed runs a question\n"
    )
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))


def _cpus() -> set[int]:
    return os.sched_getaffinity(0)


if __name__ == "__main__":
    main()
