"""Speed and memory of reading PDF plans, and how fast a bad PDF is refused.

    python bench/pdf.py [--repeat 5]

For each shared gazette plan (``../shared/real-plans/*.pdf``, LibreOffice exports of the
.docx): its pages, the median time to read it (``read_plan``: pdfminer, pdfplumber's table
finder and the layout), to parse it (read + :func:`parse_items`), the same parse of its .docx,
the peak of Python memory while parsing it (tracemalloc), and the median wall and CPU time of a
whole ``planbot index X.pdf`` in a new process (start-up and pyvi's load included). In-process
times are CPU time: on a machine shared with other work, wall time measures the others too.
Then a 30-page plan drawn with fpdf2, and the bad PDFs the tests refuse: the median time to
refuse each.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.build import Source, parse_source  # noqa: E402
from indexer.errors import PlanError  # noqa: E402
from indexer.pdf import MAX_PAGES  # noqa: E402
from indexer.readers import read_plan  # noqa: E402
from tests import pdfkit  # noqa: E402

REAL = ROOT.parent / "shared" / "real-plans"


def _median(fn, repeat: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _pages(data: bytes) -> int:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def _index(path: Path, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``planbot index`` in a new process."""

    def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [sys.executable, "-m", "bot", "index", str(path), "--db", f"{tmp}/kb.db"],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )

    return _median(run, repeat), _median(run, repeat, clock=_children_cpu)


def long_plan_pdf(pages: int = 30) -> bytes:
    """The generated plan with its tasks repeated, renumbered, until it runs to ``pages``."""
    plan = pdfkit.generated_plan()
    copies = 1
    while True:
        groups = [
            dataclasses.replace(
                g,
                tasks=[
                    dataclasses.replace(t, num=i) for i, t in enumerate(g.tasks * copies, start=1)
                ],
            )
            for g in plan.groups
        ]
        data = pdfkit.plan_pdf(dataclasses.replace(plan, groups=groups, body_lists_tasks=False))
        if _pages(data) >= pages:
            return data
        copies += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(
        "| plan | pages | read ms (CPU) | parse ms (CPU) | .docx parse ms (CPU) | peak MB "
        "| planbot index s, wall / CPU |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    plans = [(p.stem, p.read_bytes(), p) for p in sorted(REAL.glob("*.pdf"))]
    with tempfile.TemporaryDirectory() as tmp:
        long = Path(tmp) / "generated-30-pages.pdf"
        long.write_bytes(long_plan_pdf())
        plans.append((long.stem, long.read_bytes(), long))
        for name, data, path in plans:
            docx = path.with_suffix(".docx")
            cpu = time.process_time  # other processes on the machine do not count
            read = _median(lambda d=data, n=name: read_plan(f"{n}.pdf", d), args.repeat, cpu)
            parse = _median(
                lambda d=data, n=name: parse_source(Source(f"{n}.pdf", d)), args.repeat, cpu
            )
            word = ""
            if docx.is_file():
                took = _median(lambda x=docx: parse_source(Source.from_path(x)), args.repeat, cpu)
                word = f"{1000 * took:.0f}"
            peak = _peak_mb(lambda d=data, n=name: parse_source(Source(f"{n}.pdf", d)))
            wall, used = _index(path, max(1, args.repeat // 2))
            print(
                f"| {name} | {_pages(data)} | {1000 * read:.0f} | {1000 * parse:.0f} | {word} "
                f"| {peak:.1f} | {wall:.2f} / {used:.2f} |"
            )
    print()
    print("| bad PDF | size KB | refused in ms (wall, median) | peak MB | message |")
    print("| --- | ---: | ---: | ---: | --- |")
    bad = [
        ("scan, 2 pages", pdfkit.scan_pdf()),
        ("encrypted", pdfkit.encrypted_pdf(pdfkit.generated_plan())),
        (f"{MAX_PAGES + 1} pages", pdfkit.many_pages(MAX_PAGES + 1)),
        ("10,000 pages", pdfkit.many_pages(10_000)),
        ("/Count 10^9 declared", pdfkit.declared_pages(10**9)),
        ("1 GB inflating stream", pdfkit.inflation_bomb()),
        ("30 MB of drawing commands in 90 KB", pdfkit.drawing_bomb()),
        ("arrays nested 100,000 deep", pdfkit.nested_bomb()),
    ]
    for label, data in bad:
        message = ""

        def refuse(d=data, label=label) -> None:
            nonlocal message
            try:
                read_plan("bad.pdf", d)
            except PlanError as e:
                message = str(e).split(": ", 1)[1]
            else:
                raise SystemExit(f"{label}: not refused")

        took = _median(refuse, max(1, args.repeat // 2))
        peak = _peak_mb(refuse)
        print(
            f"| {label} | {len(data) // 1024} | {1000 * took:.0f} | {peak:.1f} | {message[:60]} |"
        )


if __name__ == "__main__":
    main()
