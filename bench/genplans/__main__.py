"""The command line, ``python -m bench.genplans``: writes each set and prints what it holds."""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import bench.genplans as genplans


def main(argv: list[str] | None = None) -> int:
    # Run as a package, argparse would name the program "__main__.py".
    ap = argparse.ArgumentParser(
        prog="python -m bench.genplans", description=genplans.__doc__.split("\n\n")[0]
    )
    ap.add_argument("--plans", default="1,10,100,1000", help="comma-separated set sizes")
    ap.add_argument("--out", type=Path, default=Path("bench/out/plans"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--docx-share", type=float, default=0.1)
    ap.add_argument("--cases", type=int, default=300, help="cases per set (about)")
    args = ap.parse_args(argv)
    for n in (int(s) for s in args.plans.split(",")):
        start = time.perf_counter()
        paths = genplans.generate(
            n, args.out / str(n), seed=args.seed, docx_share=args.docx_share, n_cases=args.cases
        )
        took = time.perf_counter() - start
        cases = genplans.load_cases(args.out / str(n))
        tags = defaultdict(int)
        for case in cases:
            tags[case["tag"]] += 1
        docx_count = sum(p.suffix == ".docx" for p in paths)
        print(
            f"N={n}: {len(paths)} plans ({docx_count} docx), {len(cases)} cases in {took:.2f}s"
            f" -> {args.out / str(n)}"
        )
        print("    " + ", ".join(f"{tag} {count}" for tag, count in sorted(tags.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
