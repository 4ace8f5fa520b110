"""Generate families of fictional provincial plans and ground-truth questions about them.

The two sample plans (1169/QĐ-UBND of Bình Dương and 87/KH-UBND of the fictional Tây An)
are the seed: every generated plan has its own province, number, date, title, body and
column names, and an appendix table that recombines the seed tasks with new agencies,
deadlines, products, budgets and notes. Questions are derived from the generated model,
never written by hand, so they stay right whatever the seed.

Usage:
    python -m bench.genplans --plans 1,10,100,1000 --out bench/out/plans [--seed 7]
        [--docx-share 0.1] [--cases 300]

writes, for each N, ``OUT/N/`` holding N plan files (.txt, about a tenth .docx), a
``cases.jsonl`` in the format of ``/work/shared/eval/grade.py`` and a ``truth.jsonl``
with every generated task cell. From code::

    from bench.genplans import generate
    paths = generate(10, Path("bench/out/plans/10"), seed=7)

Plan ``i`` depends only on ``(seed, i)``, so the N=10 set is the first ten plans of the
N=100 set.

This module writes a set's directory; the rest of the package: ``seed`` (the sample plans'
groups and tasks), ``vocabulary`` (the word tables), ``model`` (the plan's dataclasses),
``deadlines``, ``build`` (drawing plans), ``render`` (.txt, .docx and truth records),
``questions`` (the cases) and ``__main__`` (the command line).
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.genplans.build import build_plans
from bench.genplans.questions import build_cases
from bench.genplans.render import truth_record, write_plan

MARKER = ".genplans"  # marks a directory this package owns and may clear


def prepare_dir(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    if not (out_dir / MARKER).exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty and was not written by genplans")
    # A previous, larger or differently seeded set would otherwise linger among the new one.
    for path in out_dir.iterdir():
        if path.suffix in {".txt", ".docx", ".jsonl"}:
            path.unlink()
    (out_dir / MARKER).touch()


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def load_cases(out_dir: Path) -> list[dict]:
    with (Path(out_dir) / "cases.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def generate(
    n: int, out_dir: Path, *, seed: int = 7, docx_share: float = 0.1, n_cases: int = 300
) -> list[Path]:
    """Write ``n`` plans, ``cases.jsonl`` and ``truth.jsonl`` into ``out_dir``.

    Returns the plan files in plan order; read the cases back with :func:`load_cases`.
    """
    out_dir = Path(out_dir)
    prepare_dir(out_dir)
    plans = build_plans(n, seed=seed, docx_share=docx_share)
    paths = [write_plan(plan, out_dir) for plan in plans]
    write_jsonl(out_dir / "truth.jsonl", [truth_record(plan) for plan in plans])
    write_jsonl(out_dir / "cases.jsonl", build_cases(plans, seed=seed, total=n_cases))
    return paths
