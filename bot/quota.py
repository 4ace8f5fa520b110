"""How often each user may make the bot reply: 20 updates a minute, over a sliding window.

Every update the bot replies to counts once, whatever it is: a question, a command, a
button, a sticker, a message too long to read. This limits what users send;
:class:`telegram.ext.AIORateLimiter` limits what the bot sends. A user over the limit is
told to wait once per window, so a flood of messages is not echoed by a flood of wait
messages.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum

UPDATES_PER_MINUTE = 20
WINDOW = timedelta(minutes=1)


class Verdict(Enum):
    ASK = "ask"  # within the limit: answer it
    WAIT = "wait"  # over the limit: say so, once per window
    DROP = "drop"  # over the limit and already told


class Quota:
    """A sliding-window counter per user, on the bot's clock."""

    def __init__(self, clock: Callable[[], datetime], per_minute: int = UPDATES_PER_MINUTE) -> None:
        self.clock = clock
        self.per_minute = per_minute
        self._asked: dict[int, deque[tuple[datetime, int | None]]] = {}
        self._told: dict[int, datetime] = {}

    def check(self, user_id: int, update_id: int | None = None) -> Verdict:
        """Count an update from ``user_id`` if it is within the limit. An update already
        counted (a reply in several parts asks again) is not counted twice."""
        now = self.clock()
        asked = self._asked.setdefault(user_id, deque())
        while asked and now - asked[0][0] >= WINDOW:
            asked.popleft()
        if update_id is not None and any(counted == update_id for _, counted in asked):
            return Verdict.ASK
        if len(asked) < self.per_minute:
            asked.append((now, update_id))
            return Verdict.ASK
        told = self._told.get(user_id)
        if told is not None and now - told < WINDOW:
            return Verdict.DROP
        self._told[user_id] = now
        return Verdict.WAIT

    def forget_idle(self) -> None:
        """Drop users with nothing in the window, so the table does not grow forever."""
        now = self.clock()
        for user_id in [u for u, q in self._asked.items() if not q or now - q[-1][0] >= WINDOW]:
            del self._asked[user_id]
            self._told.pop(user_id, None)
