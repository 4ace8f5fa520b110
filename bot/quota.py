"""How many questions each user may ask: 20 a minute, counted over a sliding window.

This limits what users send; :class:`telegram.ext.AIORateLimiter` limits what the bot
sends. A user over the limit is told to wait once per window, so a flood of messages is
not echoed by a flood of wait messages.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum

QUESTIONS_PER_MINUTE = 20
WINDOW = timedelta(minutes=1)


class Verdict(Enum):
    ASK = "ask"  # within the limit: answer it
    WAIT = "wait"  # over the limit: say so, once per window
    DROP = "drop"  # over the limit and already told


class Quota:
    """A sliding-window counter per user, on the bot's clock."""

    def __init__(
        self, clock: Callable[[], datetime], per_minute: int = QUESTIONS_PER_MINUTE
    ) -> None:
        self.clock = clock
        self.per_minute = per_minute
        self._asked: dict[int, deque[datetime]] = {}
        self._told: dict[int, datetime] = {}

    def check(self, user_id: int) -> Verdict:
        """Count a question from ``user_id`` if it is within the limit."""
        now = self.clock()
        asked = self._asked.setdefault(user_id, deque())
        while asked and now - asked[0] >= WINDOW:
            asked.popleft()
        if len(asked) < self.per_minute:
            asked.append(now)
            return Verdict.ASK
        told = self._told.get(user_id)
        if told is not None and now - told < WINDOW:
            return Verdict.DROP
        self._told[user_id] = now
        return Verdict.WAIT

    def forget_idle(self) -> None:
        """Drop users with nothing in the window, so the table does not grow forever."""
        now = self.clock()
        for user_id in [u for u, q in self._asked.items() if not q or now - q[-1] >= WINDOW]:
            del self._asked[user_id]
            self._told.pop(user_id, None)
