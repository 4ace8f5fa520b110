"""Many users at once, and Telegram saying "too many requests"."""

from __future__ import annotations

import re
import time
from collections import Counter

import httpx
import pytest
from telegram.error import NetworkError
from telegram.ext import AIORateLimiter, ApplicationBuilder
from telegram.request import HTTPXRequest

from knowledge.store import KnowledgeBase
from tests.botkit import (
    USER,
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


async def test_the_production_configuration_answers_each_question_once(kb):
    """The transport, concurrency and AIORateLimiter ``planbot serve`` uses, at a small load."""
    async with FakeBotAPI(latency=0.01) as api, running(api, kb) as app:
        assert isinstance(app.bot.rate_limiter, AIORateLimiter)
        for user_id in range(4000, 4015):
            for ref in ("I.3", "II.3"):
                api.push_text(f"Ai chủ trì nhiệm vụ {ref}?", user_id=user_id)
        await api.wait_for_messages(30, timeout=20)

    answered = Counter(
        (m.chat_id, re.match(r"Nhiệm vụ (\S+) \(", visible(m.text))[1]) for m in api.sent_messages
    )
    assert answered == Counter((u, ref) for u in range(4000, 4015) for ref in ("I.3", "II.3"))
    assert api.max_in_flight >= 3  # concurrent, through the limiter


class RefusedOnce(HTTPXRequest):
    """A transport whose first sendMessage cannot connect, as when the network blinks."""

    refused = False

    async def do_request(self, url, method, request_data=None, *args, **kwargs):
        if url.endswith("/sendMessage") and not self.refused:
            self.refused = True
            cause = httpx.ConnectError("All connection attempts failed")
            raise NetworkError(f"httpx.ConnectError: {cause}") from cause
        return await super().do_request(url, method, request_data, *args, **kwargs)


async def test_a_message_that_never_reached_telegram_is_sent_again(api, kb):
    transport = RefusedOnce()
    async with running(api, kb, builder=ApplicationBuilder().request(transport)):
        [reply] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")

    assert transport.refused and len(api.calls_to("sendMessage")) == 1  # the retry got through
    assert "Sở Khoa học và Công nghệ" in visible(reply.text)


@pytest.mark.parametrize("kind", ["lost_reply", "timeout"])
async def test_a_message_sent_but_unanswered_is_not_sent_again(kb, kind, caplog):
    """Telegram may have delivered it ("lost_reply": it did; "timeout": it did not): the bot
    cannot tell, and resends neither, so a user never gets an answer twice."""
    async with FakeBotAPI(timeout_delay=5) as api:
        api.fail_next("sendMessage", kind=kind)
        builder = ApplicationBuilder().read_timeout(0.5).write_timeout(0.5)
        async with running(api, kb, builder=builder):
            api.push_text("Ai chủ trì nhiệm vụ II.3?", user_id=USER)
            await api.wait_for(lambda: api.faults, what="the fault")
            [later] = await exchange(api, "Ai chủ trì nhiệm vụ I.3?")  # the bot carries on

    assert len(api.calls_to("sendMessage")) == 2  # one each: nothing resent, no apology
    delivered = [visible(m.text).split(" (")[0] for m in api.sent_messages]
    assert delivered == (
        ["Nhiệm vụ II.3", "Nhiệm vụ I.3"] if kind == "lost_reply" else ["Nhiệm vụ I.3"]
    )
    assert "may not have been delivered (ReadTimeout); not resent" in caplog.text


async def test_timeouts_and_429s_at_a_10_percent_rate_lose_and_double_nothing(kb):
    """Every question is answered exactly once while a tenth of the Bot API calls fail: 429s,
    polls that time out, and answers delivered whose reply is lost."""
    base = KnowledgeBase(kb)
    refs = base.task_refs([base.plans()[0].id])
    asked = [(user_id, refs[(user_id + i) % len(refs)]) for i in range(5) for user_id in range(20)]
    async with FakeBotAPI(timeout_delay=5) as api:
        faults = {"sendMessage": ("429", "lost_reply"), "getUpdates": ("429", "timeout")}
        for method, kinds in faults.items():
            api.fault_rate(method, rate=0.1, kinds=kinds, seed=7, retry_after=0.1)
        api.fail_next("getUpdates", kind="timeout")  # polls are few: make sure one times out
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
    assert kinds["429"] > 0 and kinds["timeout"] > 0 and kinds["lost_reply"] > 0
