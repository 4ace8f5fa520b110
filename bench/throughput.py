"""Telegram throughput and cold start, against the fake Bot API the bot's tests use.

    python bench/throughput.py [--messages 1000] [--users 100] [--latency 0.02] [--runs 3]

- throughput: the real ``Application`` (rate limiter off) answers ``--messages`` questions
  from ``--users`` users. The fake Bot API runs in its own process, as Telegram would, and
  answers every request after ``--latency`` seconds (a round trip); it counts from the
  getUpdates that hands the bot its first update to the last answer it receives. The bot
  as ``planbot serve`` builds it is compared, in the same run, with PTB's default
  transport (one connection pool) at several numbers of updates in flight;
- cold start: from starting ``planbot serve`` (a new process) to its first getUpdates.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram.ext import Application  # noqa: E402

from bot.app import build_application  # noqa: E402
from indexer.build import build  # noqa: E402
from tests.fakebotapi import FakeBotAPI  # noqa: E402

TOKEN = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9"  # shaped like a real one: serve checks
SEED = ROOT / "knowledge" / "plans" / "1169-QD-UBND.txt"
QUESTIONS = [
    json.loads(line)["q"]
    for line in (ROOT / "tests" / "eval" / "dev.jsonl").read_text().splitlines()
    if line.strip()
]


def _fake_process(messages: int, users: int, latency: float, ports, results, finished) -> None:
    """The fake Bot API in a process of its own: queue the messages, time the answers."""

    async def serve() -> None:
        async with FakeBotAPI(latency=latency) as api:
            for i in range(messages):
                api.push_text(QUESTIONS[i % len(QUESTIONS)], user_id=10_000 + i % users)
            ports.put(api.base_url)
            await api.wait_for(lambda: api.calls_to("getUpdates"), timeout=120)
            start = time.perf_counter()
            await api.wait_for(lambda: len(api.sent_messages) >= messages, timeout=600)
            results.put(messages / (time.perf_counter() - start))
            # Keep serving until the bot has stopped: it confirms its last updates on the way.
            await asyncio.get_running_loop().run_in_executor(None, finished.wait, 60)

    asyncio.run(serve())


async def _run_bot(base_url: str, db: Path, concurrency: int | None, done) -> None:
    """The bot as `planbot serve` builds it; with ``concurrency``, that many updates in
    flight over PTB's default transport (one HTTP pool as large) instead."""
    builder = None
    if concurrency:
        builder = Application.builder().concurrent_updates(concurrency)
        builder.connection_pool_size(concurrency)
    app = build_application(
        TOKEN, base_url=base_url, db_path=db, rate_limiter=False, builder=builder
    )
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=dt.timedelta(seconds=1))
    try:
        while done.empty():
            await asyncio.sleep(0.05)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)


def throughput(
    db: Path, messages: int, users: int, latency: float, concurrency: int | None
) -> float:
    """Messages answered per second by one bot process."""
    context = multiprocessing.get_context("spawn")
    ports, results, finished = context.Queue(), context.Queue(), context.Event()
    fake = context.Process(
        target=_fake_process, args=(messages, users, latency, ports, results, finished)
    )
    fake.start()
    try:
        base_url = ports.get(timeout=60)
        asyncio.run(_run_bot(base_url, db, concurrency, results))
        rate = results.get(timeout=5)
        finished.set()
        return rate
    finally:
        finished.set()
        fake.join(timeout=10)
        fake.kill()


async def cold_start(db: Path) -> float:
    """Seconds from launching ``planbot serve`` to its first getUpdates."""
    async with FakeBotAPI() as api:
        start = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "serve",
            cwd=ROOT,
            env={
                **os.environ,
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "PLANBOT_DB": str(db),
                "TELEGRAM_API_BASE_URL": api.base_url,
            },
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            # api.calls records a request when it arrives; getUpdates then waits (long poll).
            while not api.calls_to("getUpdates"):
                if time.perf_counter() - start > 60:
                    raise TimeoutError("planbot serve never polled")
                await asyncio.sleep(0.005)
            return time.perf_counter() - start
        finally:
            process.terminate()
            await process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument(
        "--baselines",
        default="8,64,128",
        help="updates in flight over PTB's default single pool, to compare",
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.messages / args.users > 20:
        parser.error("each user may ask 20 questions a minute: use more users")
    print(
        f"{args.messages} messages from {args.users} users, Bot API round trip "
        f"{args.latency * 1e3:.0f} ms, {args.runs} runs, {len(os.sched_getaffinity(0))} CPUs"
    )
    figures: dict = {"messages_per_s": {}}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kb.db"
        build([SEED], db)
        setups = [("planbot serve", None)] + [
            (f"{n} in flight, one pool", n)
            for n in map(int, args.baselines.split(",") if args.baselines else [])
        ]
        for name, concurrency in setups:
            rates = [
                throughput(db, args.messages, args.users, args.latency, concurrency)
                for _ in range(args.runs)
            ]
            figures["messages_per_s"][name] = statistics.median(rates)
            print(
                f"  {name:<24} median {statistics.median(rates):4.0f} messages/s "
                f"(runs: {', '.join(f'{r:.0f}' for r in rates)})"
            )
        starts = [asyncio.run(cold_start(db)) for _ in range(args.runs)]
    figures["serve_cold_start_s"] = statistics.median(starts)
    print(
        f"  cold start of planbot serve to its first getUpdates: median "
        f"{figures['serve_cold_start_s']:.2f} s"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
