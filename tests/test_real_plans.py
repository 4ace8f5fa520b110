"""The six real gazette plans, read from each of their forms, against a truth written by
hand from the source documents (tests/truth/; the comparison is in tests/realplans.py).

From the clean text, the Word file and the PDF at least 99% of the cells must be right, and
from the raw gazette text at least 90%. The PDF is checked once the indexer reads PDFs; until
then it is skipped with the reader's refusal as the reason. ``bench/cells.py`` prints the same
figures as a table.
"""

from __future__ import annotations

import json

import pytest

from indexer.build import Source, parse_source
from indexer.errors import PlanError
from indexer.readers import read_plan

from .realplans import FORMATS, REAL, STEMS, TRUTH, score, source

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason=f"no real plans at {REAL}")

THRESHOLD = {"txt": 0.99, "docx": 0.99, "pdf": 0.99, "raw": 0.90}
CASES = [pytest.param(stem, fmt, id=f"{stem}-{fmt}") for stem in STEMS for fmt in FORMATS]


@pytest.mark.parametrize(("stem", "fmt"), CASES)
def test_cells_match_the_truth(stem, fmt, record_property):
    path = source(stem, fmt)
    if fmt == "pdf":
        try:
            read_plan(path)
        except PlanError as e:
            pytest.skip(f"the indexer does not read this PDF yet: {e}")
    result = score(stem, fmt)
    record_property("cells", f"{result.right}/{result.total}")
    print(f"{stem} {fmt}: {result.share:.1%} ({result.right}/{result.total})")
    wrong = "\n".join(result.wrong[:15])
    assert result.share >= THRESHOLD[fmt], f"{result.share:.1%} of cells right:\n{wrong}"


@pytest.mark.parametrize("stem", STEMS)
def test_gazette_furniture_is_never_a_header_or_a_cell(stem):
    """Page headers, page numbers and e-signature stamps of the raw text are read neither
    as a table's header nor as a cell."""
    plan = parse_source(Source.from_path(source(stem, "raw")))
    headers = [c.header for t in plan.tables for c in t.columns]
    cells = [c for r in plan.tasks for c in r.cells]
    for text in headers + cells:
        assert not any(m in text for m in ("Ký bởi", "Ngày ký", "CÔNG BÁO/Số")), text
    assert 1 == len(plan.tables), headers


@pytest.mark.parametrize("stem", STEMS)
def test_every_task_and_item_of_the_truth_is_read_from_the_word_file(stem):
    """The ids are the plan's own, items under their task, in the truth's order."""
    truth = json.loads((TRUTH / f"{stem}.json").read_text())
    plan = parse_source(Source.from_path(source(stem, "docx")))
    assert [t["id"] for t in truth["tasks"]] == [r.ref for r in plan.tasks]
    assert [t.get("parent") for t in truth["tasks"]] == [r.parent for r in plan.tasks]
