"""Many users at once, and Telegram saying "too many requests"."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from telegram.ext import ApplicationBuilder

from knowledge.store import KnowledgeBase
from tests.botkit import (
    exchange,
    running,
    visible,
)
from tests.fakebotapi import FakeBotAPI, Fault

# PTB 22.8 trips its own deprecation warning whenever it builds a RetryAfter from a 429.
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning"
)


async def test_50_users_sending_400_questions_get_each_answered_exactly_once(kb):
    base = KnowledgeBase(kb)
    refs = base.task_refs([base.plans()[0].id])
    asked = [
        (user_id, refs[(user_id + i) % len(refs)])
        for i in range(8)
        for user_id in range(2000, 2050)
    ]
    # A little latency per request keeps many sendMessage calls in flight at once.
    async with FakeBotAPI(latency=0.01) as api:
        started = time.monotonic()
        builder = ApplicationBuilder().concurrent_updates(64)
        async with running(api, kb, builder=builder, rate_limiter=False):
            for user_id, ref in asked:
                api.push_text(f"Ai chủ trì nhiệm vụ {ref}?", user_id=user_id)
            await api.wait_for_messages(len(asked), timeout=20)
        elapsed = time.monotonic() - started

    answered = Counter(
        (m.chat_id, re.match(r"Nhiệm vụ (\S+) \(", visible(m.text))[1]) for m in api.sent_messages
    )
    assert answered == Counter(asked)
    assert api.max_in_flight >= 5  # answers really went out concurrently
    assert elapsed < 15, f"400 questions took {elapsed:.1f}s"


async def test_an_answer_refused_with_429_is_retried_and_delivered(api, kb):
    api.fail_next("sendMessage", kind="429", retry_after=0.2)
    async with running(api, kb):
        [reply] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")

    assert api.faults == [Fault("sendMessage", "429")]
    assert len(api.calls_to("sendMessage")) == 2  # refused once, then sent
    assert "Sở Khoa học và Công nghệ" in visible(reply.text)


async def test_timeouts_and_429s_at_a_10_percent_rate_lose_and_double_nothing(kb):
    """Every question is answered exactly once while a tenth of the Bot API calls fail."""
    base = KnowledgeBase(kb)
    refs = base.task_refs([base.plans()[0].id])
    asked = [(user_id, refs[(user_id + i) % len(refs)]) for i in range(5) for user_id in range(20)]
    async with FakeBotAPI(timeout_delay=5) as api:
        for method in ("sendMessage", "getUpdates"):
            api.fault_rate(method, rate=0.1, kinds=("429", "timeout"), seed=7, retry_after=0.1)
        # Short client timeouts, so a request the fake holds is given up on quickly.
        builder = ApplicationBuilder().concurrent_updates(32).read_timeout(0.5).write_timeout(0.5)
        async with running(api, kb, builder=builder):
            for user_id, ref in asked:
                api.push_text(f"Ai chủ trì nhiệm vụ {ref}?", user_id=3000 + user_id)
            await api.wait_for_messages(len(asked), timeout=60)

    answered = Counter(
        (m.chat_id - 3000, re.match(r"Nhiệm vụ (\S+) \(", visible(m.text))[1])
        for m in api.sent_messages
    )
    assert answered == Counter(asked)
    kinds = Counter(f.kind for f in api.faults)
    assert kinds["429"] > 0 and kinds["timeout"] > 0
