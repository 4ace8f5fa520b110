"""Cell accuracy of the indexer on the real gazette plans, per plan and format.

    .venv/bin/python bench/cells.py [--wrong]

Prints a Markdown table: the share of cells read right (lead, coordinators, deadline,
other columns, content) against tests/truth/, for the clean text, the Word file, the PDF
and the raw gazette text. A format the indexer refuses (PDF before it has a reader) shows
its refusal. ``--wrong`` lists the cells read wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from indexer.errors import PlanError  # noqa: E402
from tests.realplans import FORMATS, REAL, STEMS, score, source  # noqa: E402


def main(argv: list[str]) -> int:
    if not REAL.is_dir():
        print(f"no real plans at {REAL}")
        return 1
    print("| plan | " + " | ".join(FORMATS) + " |")
    print("| --- |" + " ---: |" * len(FORMATS))
    wrong: list[str] = []
    for stem in STEMS:
        cells = []
        for fmt in FORMATS:
            if not source(stem, fmt).is_file():
                cells.append("—")
                continue
            try:
                result = score(stem, fmt)
            except PlanError as e:
                cells.append(f"refused ({str(e)[:30]}…)")
                continue
            cells.append(f"{100 * result.share:.1f}% ({result.right}/{result.total})")
            wrong += [f"{stem} {fmt} {w}" for w in result.wrong]
        print(f"| {stem} | " + " | ".join(cells) + " |")
    if "--wrong" in argv:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
