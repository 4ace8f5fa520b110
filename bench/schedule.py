"""What the dialogue schedule costs an upload: the time of an upload, a /rollback and a
read of the schedule, with no event and with 1,000.

    python bench/schedule.py [--events 1000] [--repeat 7] [--code ../other-checkout]

Every figure is a median. An upload here is ``Library.add`` of the Tây An sample plan,
alternating two versions so that each is a real change and rebuild; the bundled plan is
served too. Half the events are tied to a task of the bundled plan (each is checked
against the new base before the swap), half to none. ``--code`` runs the same measurement
on another checkout of planbot, e.g. one from before the schedule had its own file, where
events lived inside the knowledge base and every rebuild copied them.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TAY_AN = ROOT / "tests" / "eval" / "tay-an-87-KH-UBND.txt"
COLUMNS = ("plan_number", "task_ref", "starts_at", "title", "place", "created_by", "created_at")


def _seed_events(db_path: Path, count: int, code: Path) -> str:
    """Write ``count`` events where this checkout keeps them, in one transaction (the
    admin's command allows 500; the point is the cost of many). Returns where."""
    with closing(sqlite3.connect(db_path)) as conn:
        refs = [r for (r,) in conn.execute("select ref from tasks order by id")]
        (number,) = conn.execute("select number from plans order by id").fetchone()
    start = datetime(2027, 1, 4, 8, 30)
    rows = [
        (
            number if i % 2 else None,
            refs[i % len(refs)] if i % 2 else None,
            (start + timedelta(days=i)).isoformat(timespec="minutes"),
            f"Đối thoại doanh nghiệp {i}",
            "Hội trường",
            1,
            "2026-12-01T00:00:00+00:00",
        )
        for i in range(count)
    ]
    # By file: an editable install of this checkout would answer for a module the other lacks.
    if (code / "knowledge" / "schedule.py").is_file():
        from knowledge.schedule import Schedule

        store = Schedule.beside(db_path)
        store.create()
        target, where = store.path, "own file"
    else:
        target, where = db_path, "inside kb.db"
    with closing(sqlite3.connect(target)) as conn, conn:
        conn.executemany(
            f"insert into events ({', '.join(COLUMNS)}) values ({', '.join('?' * len(COLUMNS))})",
            rows,
        )
    return where


def _ms(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(counts: list[int], repeat: int, code: Path) -> list[dict]:
    """One library per count of events; their uploads and rollbacks take turns, so that a
    disk busy with something else slows them alike."""
    from indexer.library import Library
    from knowledge.store import KnowledgeBase

    text = TAY_AN.read_text()
    versions = [text.encode(), text.replace("Quý II/2026", "Quý III/2026", 1).encode()]
    with tempfile.TemporaryDirectory() as folder:
        libraries, kept = {}, {}
        for count in counts:
            library = Library(Path(folder) / str(count) / "kb.db")
            library.ensure()  # pyvi loads here, not in an upload measured
            kept[count] = _seed_events(library.db_path, count, code) if count else "none"
            library.add("t.txt", versions[1])
            libraries[count] = library
        uploads: dict[int, list[float]] = {n: [] for n in counts}
        rollbacks: dict[int, list[float]] = {n: [] for n in counts}
        for i in range(repeat):
            data = versions[i % 2]
            for count, library in libraries.items():
                uploads[count].append(_ms(lambda lib=library, data=data: lib.add("t.txt", data)))
                rollbacks[count].append(_ms(library.rollback))
                library.add("t.txt", data)  # so that the next upload changes the plan again
        results = []
        for count, library in libraries.items():
            kb = KnowledgeBase(library.db_path)
            reads = [_ms(kb.events) for _ in range(repeat * 10)]
            results.append(
                {
                    "events": count,
                    "kept": kept[count],
                    "shown": len(kb.events()),
                    "upload_ms": statistics.median(uploads[count]),
                    "rollback_ms": statistics.median(rollbacks[count]),
                    "read_ms": statistics.median(reads),
                }
            )
            kb.close()
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    print(f"# {args.code.resolve()}, Python {platform.python_version()}, {platform.machine()}")
    print("| events | kept | shown | upload ms | rollback ms | read the schedule ms |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for r in measure([0, args.events], args.repeat, args.code.resolve()):
        print(
            f"| {r['events']} | {r['kept']} | {r['shown']} | {r['upload_ms']:.0f} "
            f"| {r['rollback_ms']:.1f} | {r['read_ms']:.2f} |"
        )


if __name__ == "__main__":
    main()
