"""Shared fixtures: knowledge bases built once per test session from real plan files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from indexer.build import build
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase
from tests.forest import FOREST_PLAN
from tests.realplans import real_engine

# The Telegram tests' fixtures (a fake Bot API, bases to serve) live in tests/botkit.py.
pytest_plugins = ["tests.botkit", "tests.webkit"]

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge" / "plans" / "1169-QD-UBND.txt"
TAY_AN = ROOT / "tests" / "eval" / "tay-an-87-KH-UBND.txt"
TODAY = date(2026, 11, 24)


def _engine(tmp_path_factory, name: str, *plans: Path) -> Engine:
    path = tmp_path_factory.mktemp(name) / "kb.db"
    build(list(plans), path)
    return Engine(KnowledgeBase(path))


@pytest.fixture(scope="session")
def written_engine(tmp_path_factory):
    """Builds an engine over a plan a test writes out as text: ``written_engine("41", PLAN)``
    indexes it as ``41.txt``, alone."""

    def engine(number: str, text: str) -> Engine:
        plan = tmp_path_factory.mktemp(f"plan{number}") / f"{number}.txt"
        plan.write_text(text)
        return _engine(tmp_path_factory, f"kb{number}", plan)

    return engine


@pytest.fixture(scope="session")
def forest(written_engine) -> Engine:
    """The forestry plan of tests/forest.py, 73/KH-UBND, alone."""
    return written_engine("73", FOREST_PLAN)


@pytest.fixture(scope="session")
def seed_engine(tmp_path_factory) -> Engine:
    """The bundled plan 1169/QĐ-UBND alone."""
    return _engine(tmp_path_factory, "seed", SEED)


@pytest.fixture(scope="session")
def tay_an_engine(tmp_path_factory) -> Engine:
    """The second sample plan, 87/KH-UBND, alone."""
    return _engine(tmp_path_factory, "tayan", TAY_AN)


@pytest.fixture(scope="session")
def both_engine(tmp_path_factory) -> Engine:
    """Both sample plans in one base: task ids such as I.1 exist twice."""
    return _engine(tmp_path_factory, "both", SEED, TAY_AN)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """Real plans by stem, each indexed once for the module."""
    engines = {}

    def engine(stem: str):
        if stem not in engines:
            engines[stem] = real_engine(tmp_path_factory, stem)
        return engines[stem]

    return engine
