"""`bench/reliability.py --short`: the SIGKILL, concurrency, property and mutation runs that
docs/reliability.md reports, small enough for CI (about 25 s)."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT


def test_the_short_reliability_run_passes(tmp_path):
    out = tmp_path / "reliability.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "reliability.py"), "--short", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert 0 == result.returncode, result.stdout[-3000:] + result.stderr[-3000:]
    report = out.read_text()
    assert report in result.stdout
    assert "FAIL" not in report
    assert "| SIGKILL during `planbot index` replacing a base | 5/5 old or complete new" in report
    assert "integrity_check ok 5/5; an Engine answered 5/5" in report
    assert "; 0 after the next build |" in report
    swaps = re.search(r"(\d+) answers .* 0 from neither, 0 errors, 0 hung", report)
    assert swaps and int(swaps[1]) > 0
    assert re.search(r"\| \d+ tried: \d+ parsed, \d+ refused with a PlanError, 0 other", report)
