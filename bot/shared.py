"""What the handlers share through ``bot_data``: the engine, the library, the bot's state.

``build_application`` sets the configuration; ``post_init`` opens the library, the engine
and the state once. After every change to the knowledge base a new engine is swapped in;
the old one keeps answering until then.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from telegram.ext import CallbackContext, ExtBot

from indexer.library import Library
from knowledge.default import BUNDLED
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase

from .quota import Quota
from .state import BotState

VIETNAM = timezone(timedelta(hours=7), "ICT")  # no daylight saving time


def vietnam_now() -> datetime:
    return datetime.now(VIETNAM)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


MAX_SPEAKER_LOCKS = 1024


@dataclass
class BotData:
    """The application's ``bot_data``."""

    db_path: Path = field(default_factory=Path)
    state_path: Path = field(default_factory=Path)
    bundled: Path = BUNDLED
    admins: frozenset[int] = frozenset()
    public_url: str | None = None  # the web site's root: answers link to its task pages
    clock: Callable[[], datetime] = vietnam_now
    quota: Quota | None = None
    library: Library | None = None
    state: BotState | None = None
    _engine: Engine | None = None
    _served: tuple[int, int] | None = None  # the inode and mtime of the file it reads
    _speakers: dict[tuple[int, int], asyncio.Lock] = field(default_factory=dict)

    @property
    def engine(self) -> Engine:
        """The engine over the knowledge base as it is on disk now. Another worker process,
        or ``planbot index``, may have swapped a new file in; a stat per question notices."""
        if self._engine is None or _identity(self.db_path) != self._served:
            self.swap_engine()
        return self._engine

    def swap_engine(self) -> None:
        """Serve the knowledge base as it is now on disk."""
        self._served = _identity(self.db_path)
        self._engine = Engine(KnowledgeBase(self.db_path))

    def speaker_lock(self, chat_id: int, user_id: int) -> asyncio.Lock:
        """One speaker's questions go one at a time, each reading the context the last one
        saved; locks nobody holds are dropped once there are many."""
        if len(self._speakers) > MAX_SPEAKER_LOCKS:
            for key in [k for k, lock in self._speakers.items() if not lock.locked()]:
                del self._speakers[key]
        return self._speakers.setdefault((chat_id, user_id), asyncio.Lock())

    def now(self) -> datetime:
        """The bot's clock, in Vietnam's time."""
        return self.clock().astimezone(VIETNAM)

    def keep(self, payload: str) -> str:
        """The short key a button carries for ``payload``."""
        return self.state.button_key(payload, self.now())


BotContext = CallbackContext[ExtBot[None], dict, dict, BotData]
