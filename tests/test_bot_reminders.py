"""Deadline reminders sent by PTB's JobQueue, on a clock the test controls."""

from __future__ import annotations

import asyncio
import datetime as dt
from datetime import date

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from telegram.ext import Application

from bot.reminders import JOB_NAME, due_reminders
from knowledge.store import KnowledgeBase
from tests.botkit import (
    USER,
    at,
    exchange,
    running,
    visible,
)

POLICE, EVERYTHING, LATE = 66, 77, 88  # chats subscribed for one agency, for all, later


async def fire(app: Application) -> None:
    """Have the JobQueue's scheduler run the reminder job now, and wait until it has run."""
    [job] = app.job_queue.get_jobs_by_name(JOB_NAME)
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def finished(event) -> None:
        if event.job_id == job.job.id:
            loop.call_soon_threadsafe(done.set)

    app.job_queue.scheduler.add_listener(finished, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    try:
        job.job.modify(next_run_time=dt.datetime.now(dt.UTC))
        await asyncio.wait_for(done.wait(), timeout=5)
    finally:
        app.job_queue.scheduler.remove_listener(finished)


def texts(api, chat_id: int) -> list[str]:
    return [visible(m.text) for m in api.sent_messages if m.chat_id == chat_id]


async def test_subscribed_chats_are_reminded_once_and_after_a_restart(api, kb):
    clock = at(2026, 6, 16, 9, 0)  # 14 days before the end of Quý II/2026
    async with running(api, kb, clock=clock) as app:
        [job] = app.job_queue.get_jobs_by_name(JOB_NAME)
        assert job.job.trigger.interval == dt.timedelta(hours=1)
        [subscribed] = await exchange(api, "/dangky Sở KH&CN")
        await exchange(api, "/dangky Công an tỉnh", user_id=POLICE)
        await exchange(api, "/dangky", user_id=EVERYTHING)
        [unknown] = await exchange(api, "/dangky Bộ Ngoại thương hành tinh", user_id=LATE)
        await fire(app)
        await exchange(api, "/dangky", user_id=LATE)
        await fire(app)  # again the same day: nothing new, except for the new subscriber
    clock.set(2026, 7, 1, 9, 0)  # the first day of Quý III/2026
    async with running(api, kb, clock=clock) as app:  # subscriptions come back from SQLite
        await fire(app)
        await exchange(api, "/huydangky", user_id=EVERYTHING)
        clock.set(2026, 7, 1, 22, 0)
        await fire(app)  # at night: nothing

    assert "Đã đăng ký nhắc hạn cho Sở KH&CN" in visible(subscribed.text)
    assert "Không thấy cơ quan «Bộ Ngoại thương hành tinh»" in visible(unknown.text)
    mine = texts(api, USER)[1:]
    assert mine[0] == "⏰ Nhắc hạn: còn 14 ngày đến hạn chót 30/06/2026."
    assert mine[1].startswith("Có 2 nhiệm vụ (Sở Khoa học và Công nghệ; có hạn trong 30/06/2026)")
    assert "• II.3:" in mine[1] and "• II.5:" in mine[1]
    assert mine[2] == "📅 Đầu Quý III/2026: các nhiệm vụ đến hạn trong quý."
    assert "• IV.1:" in mine[3] and "• VI.3:" in mine[3]
    assert len(mine) == 4  # each reminder once, though the job ran four times
    assert texts(api, POLICE)[1:] == []  # Công an tỉnh has no task due then
    everything = texts(api, EVERYTHING)[1:]
    assert everything[0] == mine[0] and "Có 2 nhiệm vụ (có hạn trong 30/06/2026)" in everything[1]
    assert everything[2] == mine[2] and everything[-1].startswith("Đã hủy nhắc hạn")
    assert len(everything) == 5
    late = texts(api, LATE)[2:]  # subscribed after the first run: reminded at the next
    assert late[0] == mine[0] and late[2] == mine[2] and len(late) == 4


def test_due_reminders_follow_the_deadlines_of_the_plan(seed_base):
    kb = KnowledgeBase(seed_base)

    def keys(day: date, agency: str | None = None) -> list[str]:
        return [r.key for r in due_reminders(kb, agency, day)]

    assert keys(date(2026, 6, 15)) == []  # 15 days before: not yet
    assert keys(date(2026, 6, 16)) == ["end:2026-06-30"]
    assert keys(date(2026, 6, 30)) == ["end:2026-06-30"]  # missed days catch up until the end
    assert keys(date(2026, 7, 1)) == ["quarter:2026-Q3"]
    assert keys(date(2026, 7, 8)) == []  # a quarter's reminder is due in its first week only
    assert keys(date(2027, 1, 1)) == []  # a quarter with no deadline in it has none
    [reminder] = due_reminders(kb, "Công an tỉnh", date(2026, 9, 20))
    assert reminder.questions == ("Nhiệm vụ của Công an tỉnh đến hạn 30/09/2026 (1169/QĐ-UBND)?",)
    assert reminder.heading == "⏰ Nhắc hạn: còn 10 ngày đến hạn chót 30/09/2026."
