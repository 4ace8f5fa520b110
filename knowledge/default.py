"""The default knowledge base: built from the bundled plans on first use, rebuilt when they change.

Nothing binary is committed; the first question on a fresh machine builds the base (about
a second, most of it loading pyvi) and later runs reuse it while the plan files' hashes
match the ones recorded in it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

BUNDLED = Path(__file__).parent / "plans"
PLAN_SUFFIXES = (".txt", ".docx")


# The code that decides what a knowledge base holds: a base built by other code is rebuilt.
_BUILDER = (
    *sorted((Path(__file__).parent.parent / "indexer").glob("*.py")),
    *(
        Path(__file__).parent / f"{m}.py"
        for m in ("agency_names", "fields", "normalize", "periods", "schema")
    ),
)


def builder_fingerprint() -> str:
    """A hash of the indexing code, recorded in every base it builds."""
    digest = hashlib.sha256()
    for path in _BUILDER:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def bundled_plans(folder: Path = BUNDLED) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in PLAN_SUFFIXES)


def default_path() -> Path:
    """``$PLANBOT_DB``, or a file in the user's cache directory."""
    if os.environ.get("PLANBOT_DB"):
        return Path(os.environ["PLANBOT_DB"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "planbot" / "kb.db"


def recorded_sources(db_path: Path) -> dict[str, str] | None:
    """The {file name: sha256} a base was built from, if the code that built it is this one;
    None otherwise, or if it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("select key, value from meta"))
        finally:
            conn.close()
        if meta.get("builder") != builder_fingerprint():
            return None
        return json.loads(meta["sources"])
    except (sqlite3.Error, TypeError, ValueError, KeyError):
        return None


def sources_of(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def ensure(db_path: Path, plans: list[Path]) -> bool:
    """Build ``db_path`` from ``plans`` unless it already holds exactly them. True if built."""
    if db_path.is_file() and recorded_sources(db_path) == sources_of(plans):
        return False
    from indexer.build import build  # the indexer (and pyvi) load only when a build is due

    build(plans, db_path)
    return True
