"""The web site's speed at 1,000 generated plans: the search page warm, against the engine
alone in the same process, and 200 requests at once.

    python bench/web.py [--plans 1000] [--repeat 3] [--concurrent 200] [--json bench/out/web.json]

It generates the plans as bench/run.py does (bench/genplans/, kept in bench/out/plans/N),
indexes them once into bench/out/web-N.db (reused while it is newer than the plans), then
serves ``create_app`` with uvicorn, as ``planbot web`` does, on a free local port in a
child process. The baseline runs in this process.

Every request carries its own X-Forwarded-For address, as requests through nginx from many
visitors do, so the per-address rate limit is on but no visitor reaches it; the last line
shows what one address sending them all at once gets.

- engine: ``Engine.answer`` on each generated question (the baseline: no HTTP, no page);
- in-process: the same page from the ASGI app called in this process (no socket, no
  server): what the app itself adds to the engine;
- page: GET /hoi?q=... over HTTP (keep-alive), the whole HTML page received;
- json: the same with ``Accept: application/json``;
- concurrent: N requests started at once, each on its own connection.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import socket
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from bench.genplans import generate, load_cases  # noqa: E402
from bot.shared import VIETNAM  # noqa: E402
from bot.web.app import BURST, create_app  # noqa: E402
from indexer.build import build  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.store import KnowledgeBase  # noqa: E402

OUT = ROOT / "bench" / "out"
TODAY = date(2026, 11, 24)


def base(n: int) -> Path:
    """The knowledge base of ``n`` generated plans, built once."""
    plans_dir = OUT / "plans" / str(n)
    if not (plans_dir / "cases.jsonl").is_file():
        generate(n, plans_dir)
    db = OUT / f"web-{n}.db"
    if not db.is_file() or db.stat().st_mtime < (plans_dir / "cases.jsonl").stat().st_mtime:
        files = sorted(p for p in plans_dir.iterdir() if p.suffix in (".txt", ".docx"))
        start = time.perf_counter()
        build(files, db)
        print(f"indexed {n} plans in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return db


def summary(times: list[float]) -> dict:
    times = sorted(times)
    return {
        "median_ms": statistics.median(times) * 1e3,
        "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))] * 1e3,
        "n": len(times),
    }


def _serve(db: Path, sock: socket.socket) -> None:
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=9, tzinfo=VIETNAM)
    config = uvicorn.Config(
        create_app(db, clock=lambda: now),
        log_level="warning",
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        backlog=2048,
    )
    uvicorn.Server(config).run(sockets=[sock])


def serve(db: Path) -> tuple[multiprocessing.Process, str]:
    """``planbot web``'s server in a child process, on a free port of 127.0.0.1."""
    # Protocol given, so asyncio sets TCP_NODELAY on its connections (else 40 ms a reply).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = multiprocessing.get_context("fork").Process(target=_serve, args=(db, sock))
    server.start()
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/healthz").raise_for_status()
            return server, url
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def visitor(i: int) -> dict[str, str]:
    return {"x-forwarded-for": f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"}


def timed_pages(url: str, questions: list[str], repeat: int, accept: str) -> dict:
    times, errors = [], 0
    with httpx.Client(base_url=url, timeout=30) as client:
        for q in questions:  # warm: the engine's caches, the templates, the connection
            client.get("/hoi", params={"q": q}, headers={"accept": accept} | visitor(0))
        for r in range(repeat):
            for i, q in enumerate(questions):
                headers = {"accept": accept} | visitor(1 + r * len(questions) + i)
                start = time.perf_counter()
                response = client.get("/hoi", params={"q": q}, headers=headers)
                times.append(time.perf_counter() - start)
                errors += response.status_code != 200
    return summary(times) | {"errors": errors}


def timed_engine(db: Path, questions: list[str], repeat: int) -> dict:
    engine = Engine(KnowledgeBase(db))
    for q in questions:
        engine.answer(q, today=TODAY)
    times = []
    for _ in range(repeat):
        for q in questions:
            start = time.perf_counter()
            engine.answer(q, today=TODAY)
            times.append(time.perf_counter() - start)
    return summary(times)


async def timed_in_process(db: Path, questions: list[str], repeat: int) -> dict:
    transport = httpx.ASGITransport(app=create_app(db, rate=None))
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for q in questions:
            await client.get("/hoi", params={"q": q})
        times = []
        for _ in range(repeat):
            for q in questions:
                start = time.perf_counter()
                await client.get("/hoi", params={"q": q})
                times.append(time.perf_counter() - start)
    return summary(times)


async def at_once(url: str, questions: list[str], n: int, *, one_address: bool) -> dict:
    """``n`` requests started together, each on its own connection."""
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def one(i: int) -> tuple[int | str, float]:
            start = time.perf_counter()
            headers = visitor(2**24 - 1 if one_address else 100_000 + i)
            try:
                response = await client.get(
                    "/hoi", params={"q": questions[i % len(questions)]}, headers=headers
                )
                status: int | str = response.status_code
            except httpx.HTTPError as e:
                status = type(e).__name__
            return status, time.perf_counter() - start

        start = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(n)))
        wall = time.perf_counter() - start
    statuses: dict[str, int] = {}
    for status, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    slowest = max(t for _, t in results)
    return {"n": n, "statuses": statuses, "wall_s": wall, "slowest_ms": slowest * 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--concurrent", type=int, default=200)
    parser.add_argument("--json", type=Path, default=OUT / "web.json")
    args = parser.parse_args()
    db = base(args.plans)
    questions = [c["q"] for c in load_cases(OUT / "plans" / str(args.plans))]
    server, url = serve(db)
    try:
        result = {
            "plans": args.plans,
            "tasks": KnowledgeBase(db).count_tasks(),
            "questions": len(questions),
            "engine": timed_engine(db, questions, args.repeat),
            "in_process": asyncio.run(timed_in_process(db, questions, args.repeat)),
            "page": timed_pages(url, questions, args.repeat, "text/html"),
            "json": timed_pages(url, questions, args.repeat, "application/json"),
            "concurrent": asyncio.run(at_once(url, questions, args.concurrent, one_address=False)),
            "one_address": asyncio.run(at_once(url, questions, args.concurrent, one_address=True)),
        }
    finally:
        server.terminate()
        server.join()
    e, i, p, j = result["engine"], result["in_process"], result["page"], result["json"]
    c, o = result["concurrent"], result["one_address"]
    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{len(os.sched_getaffinity(0))} CPUs; {result['plans']} plans, {result['tasks']} "
        f"tasks, {len(questions)} questions x {args.repeat}\n"
    )
    print("| | median ms | p99 ms | errors |\n| --- | ---: | ---: | ---: |")
    print(f"| engine alone (baseline) | {e['median_ms']:.2f} | {e['p99_ms']:.2f} | |")
    print(f"| search page, in-process ASGI | {i['median_ms']:.2f} | {i['p99_ms']:.2f} | |")
    print(f"| search page, HTML | {p['median_ms']:.2f} | {p['p99_ms']:.2f} | {p['errors']} |")
    print(f"| search page, JSON | {j['median_ms']:.2f} | {j['p99_ms']:.2f} | {j['errors']} |")
    print(
        f"\nweb overhead (page median - engine median): "
        f"{p['median_ms'] - e['median_ms']:.2f} ms\n"
        f"{c['n']} requests at once from {c['n']} addresses: {c['statuses']} in "
        f"{c['wall_s']:.2f} s (slowest {c['slowest_ms']:.0f} ms)\n"
        f"{o['n']} requests at once from one address (burst {BURST}): {o['statuses']}"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
