"""The plan files a knowledge base is built from, and whether a base is current.

A base records the hashes of its plan files and of the indexing code in its ``meta`` table;
one built from other files or by other code is rebuilt rather than served. This module
stays light (no sqlite-utils, no pyvi) so that a question can check its base quickly.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from knowledge.default import bundled_plans

STATE_FILE = "library.json"

_KNOWLEDGE = Path(__file__).parent.parent / "knowledge"
# The code that decides what a knowledge base holds.
_BUILDER = (
    *sorted(Path(__file__).parent.glob("*.py")),
    *(_KNOWLEDGE / f"{m}.py" for m in ("agency_names", "fields", "normalize", "periods", "schema")),
)


def builder_fingerprint() -> str:
    """A hash of the indexing code, recorded in every base it builds."""
    digest = hashlib.sha256()
    for path in _BUILDER:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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


def uploads_folder(db_path: Path) -> Path:
    """Where a base's uploaded plan files and their list are kept."""
    return db_path.parent / "uploads"


def read_state(uploads: Path) -> dict:
    """The list of uploads and of removed bundled plans; empty if none was written."""
    try:
        return json.loads((uploads / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {"uploads": [], "removed": []}


def plan_files(state: dict, bundled: Path, uploads: Path) -> list[tuple[str, Path]]:
    """(display name, path) of the plans to serve: bundled plans not removed, then uploads
    oldest first, so that a later plan with the same number replaces an earlier one."""
    removed = set(state["removed"])
    files = [(p.name, p) for p in bundled_plans(bundled) if p.name not in removed]
    for upload in state["uploads"]:
        path = uploads / upload["file"]
        if path.is_file():
            files.append((upload["name"], path))
    return files


def is_current(db_path: Path, files: list[tuple[str, Path]]) -> bool:
    """True if ``db_path`` was built by this code from exactly these files."""
    if not db_path.is_file():
        return False
    try:
        hashes = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files}
    except OSError:
        return False
    return recorded_sources(db_path) == hashes
