"""Where plans and the knowledge base live by default.

Nothing binary is committed: the first question on a fresh machine builds the base from the
bundled plans (``indexer.library.Library.ensure``), and later runs reuse it.
"""

from __future__ import annotations

import os
from pathlib import Path

BUNDLED = Path(__file__).parent / "plans"
PLAN_SUFFIXES = (".txt", ".docx", ".pdf")


def bundled_plans(folder: Path = BUNDLED) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in PLAN_SUFFIXES)


def default_path() -> Path:
    """``$PLANBOT_DB``, or a file in the user's cache directory."""
    if os.environ.get("PLANBOT_DB"):
        return Path(os.environ["PLANBOT_DB"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "planbot" / "kb.db"
