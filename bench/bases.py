"""Knowledge bases for the benchmarks: generated plans, and copies of the real plans.

    python bench/bases.py [--plans 1,1000] [--rebuild]

Bases are built once into ``bench/out/bases/`` (git-ignored) and reused until ``--rebuild``:

- ``gen-N``: the first N plans of ``bench/genplans`` (seed 7);
- ``real-N``: N copies of the six real plans in ``../shared/real-plans/``, taken in turn, each
  copy renumbered ("97/NQ-CP" becomes "30001/NQ-CP" wherever the plan writes its own number)
  so that every number differs. The copies are held in memory, never written to the project.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.genplans import generate  # noqa: E402
from indexer.build import Source, build  # noqa: E402

OUT = ROOT / "bench" / "out"
REAL_PLANS = ROOT.parent / "shared" / "real-plans"
FIRST_COPY = 30001  # copies get five-digit numbers, which no real plan cites
_OWN_NUMBER = re.compile(r"^Số:\s*(\d+)(/\S+)", re.MULTILINE)


def real_plan_files() -> list[Path]:
    """The real plans as clean text (one table cell a line), not the raw gazette text."""
    if not REAL_PLANS.is_dir():
        raise SystemExit(f"no real plans at {REAL_PLANS}")
    return sorted(p for p in REAL_PLANS.glob("*.txt") if not p.name.endswith("-raw.txt"))


def renumbered(text: str, number: int) -> str:
    """The plan with its own number replaced wherever it is written.

    >>> renumbered("Số: 97/NQ-CP\\n(Kèm theo Nghị quyết số 97/NQ-CP; 197/NQ-CP)", 30001)
    'Số: 30001/NQ-CP\\n(Kèm theo Nghị quyết số 30001/NQ-CP; 197/NQ-CP)'
    """
    own = _OWN_NUMBER.search(text)
    if own is None:
        raise ValueError("no 'Số: N/...' line")
    digits, suffix = own.groups()
    return re.sub(rf"(?<!\d){digits}{re.escape(suffix)}", f"{number}{suffix}", text)


def real_copies(n: int) -> list[Source]:
    """``n`` copies of the real plans, in turn, each with its own number."""
    files = real_plan_files()
    texts = [f.read_text(encoding="utf-8") for f in files]
    return [
        Source(
            f"copy-{FIRST_COPY + i}-{files[i % len(files)].name}",
            renumbered(texts[i % len(files)], FIRST_COPY + i).encode(),
        )
        for i in range(n)
    ]


def generated(n: int) -> list[Path]:
    plans_dir = OUT / "plans" / str(n)
    if not (plans_dir / "cases.jsonl").is_file():
        generate(n, plans_dir)
    return sorted(p for p in plans_dir.iterdir() if p.suffix in (".txt", ".docx"))


def base(kind: str, n: int, *, rebuild: bool = False) -> Path:
    """The path of base ``kind-n`` (``gen`` or ``real``), built if missing."""
    db = OUT / "bases" / f"{kind}-{n}.db"
    if rebuild or not db.is_file():
        sources = generated(n) if kind == "gen" else real_copies(n)
        start = time.perf_counter()
        build(sources, db)
        took = time.perf_counter() - start
        print(f"built {db.name}: {n} plans in {took:.1f} s", file=sys.stderr)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", default="1,1000")
    parser.add_argument("--kinds", default="gen,real")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    for kind in args.kinds.split(","):
        for n in args.plans.split(","):
            print(base(kind, int(n), rebuild=args.rebuild))


if __name__ == "__main__":
    main()
