"""The bot's per-answer contexts (a reply to an answer goes on from its context): their size,
the cost of keeping one, and the state file at the bound.

    python bench/message_contexts.py [--chats 1000] [--rounds 2000]

- size: the JSON of the context every question of tests/eval/dev.jsonl leaves, asked in
  order as one conversation on the bundled plan, and of the widest list (every task);
- one save (insert and trimming the chat to ``MESSAGES_KEPT``) into a chat already at the
  bound, and one read: median and p99;
- the state file with ``--chats`` chats each holding ``MESSAGES_KEPT`` answers of the
  conversation's contexts in turn: its size on disk.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.shared import VIETNAM  # noqa: E402
from bot.state import MESSAGES_KEPT, BotState  # noqa: E402
from indexer.build import build  # noqa: E402
from knowledge.answer import Context  # noqa: E402
from knowledge.engine import Engine  # noqa: E402
from knowledge.store import KnowledgeBase  # noqa: E402

SEED = ROOT / "knowledge" / "plans" / "1169-QD-UBND.txt"
TODAY = date(2026, 3, 2)
QUESTIONS = [
    json.loads(line)["q"]
    for line in (ROOT / "tests" / "eval" / "dev.jsonl").read_text().splitlines()
    if line.strip()
]


def conversation(engine: Engine) -> list[Context]:
    """The context after each question, asked in order as one chat."""
    contexts, context = [], Context()
    for question in QUESTIONS:
        context = engine.answer(question, context, TODAY).context
        contexts.append(context)
    return contexts


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    now = datetime(2026, 3, 2, 9, tzinfo=VIETNAM)
    with tempfile.TemporaryDirectory() as folder:
        kb = Path(folder) / "kb.db"
        build([SEED], kb)
        engine = Engine(KnowledgeBase(kb))
        contexts = conversation(engine)
        widest = engine.answer("Liệt kê tất cả nhiệm vụ", today=TODAY).context
        sizes = [len(json.dumps(c.to_dict(), ensure_ascii=False).encode()) for c in contexts]
        widest_size = len(json.dumps(widest.to_dict(), ensure_ascii=False).encode())

        state = BotState(Path(folder) / "bot-state.db")
        for chat in range(1, args.chats + 1):
            for i in range(1, MESSAGES_KEPT + 1):
                state.save_message_context(chat, [i], contexts[i % len(contexts)], now)
        state.conn.execute("pragma wal_checkpoint(truncate)")
        file_size = (Path(folder) / "bot-state.db").stat().st_size

        saves, reads = [], []
        for i in range(args.rounds):
            context = contexts[i % len(contexts)]
            start = time.perf_counter()
            state.save_message_context(1, [MESSAGES_KEPT + 1 + i], context, now)
            saves.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            state.message_context(1, MESSAGES_KEPT + 1 + i - MESSAGES_KEPT // 2)
            reads.append((time.perf_counter() - start) * 1000)
        kept = state.conn.execute(
            "select count(*) from message_contexts where chat_id = 1"
        ).fetchone()[0]
        state.close()

    print(f"{platform.machine()}, Python {platform.python_version()}")
    print(f"contexts of {len(QUESTIONS)} questions (bytes of JSON):")
    print(f"  median {statistics.median(sizes):.0f}, p99 {percentile(sizes, 0.99)}, ", end="")
    print(f"max {max(sizes)}; every task listed: {widest_size}")
    print(f"one save at the bound of {MESSAGES_KEPT} per chat (kept after: {kept}): ", end="")
    print(f"median {statistics.median(saves):.3f} ms, p99 {percentile(saves, 0.99):.3f} ms")
    print(f"one read: median {statistics.median(reads):.3f} ms, p99 {percentile(reads, 0.99):.3f}")
    print(f"state file with {args.chats} chats x {MESSAGES_KEPT} answers: {file_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
