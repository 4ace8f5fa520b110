"""Deadline reminders sent by PTB's JobQueue, on a clock the test controls."""

from __future__ import annotations

import asyncio
import datetime as dt
from datetime import date

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from telegram.ext import Application

from bot.reminders import JOB_NAME, due_reminders
from knowledge.periods import Kind
from knowledge.store import KnowledgeBase
from tests.botkit import (
    USER,
    at,
    exchange,
    plan_docx,
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
    assert mine[1].startswith("Có 2 nhiệm vụ (Sở Khoa học và Công nghệ; có hạn ngày 30/06/2026)")
    assert "• II.3:" in mine[1] and "• II.5:" in mine[1]
    assert mine[2] == "📅 Đầu Quý III/2026: các nhiệm vụ đến hạn trong quý."
    assert "• IV.1:" in mine[3] and "• VI.3:" in mine[3]
    assert len(mine) == 4  # each reminder once, though the job ran four times
    assert texts(api, POLICE)[1:] == []  # Công an tỉnh has no task due then
    everything = texts(api, EVERYTHING)[1:]
    assert everything[0] == mine[0] and "Có 2 nhiệm vụ (có hạn ngày 30/06/2026)" in everything[1]
    assert everything[2] == mine[2] and everything[-1].startswith("Đã hủy nhắc hạn")
    assert len(everything) == 5
    late = texts(api, LATE)[2:]  # subscribed after the first run: reminded at the next
    assert late[0] == mine[0] and late[2] == mine[2] and len(late) == 4


def test_due_reminders_follow_the_deadlines_of_the_plan(seed_base):
    kb = KnowledgeBase(seed_base)

    def keys(day: date) -> list[str]:
        return [r.key for r in due_reminders(kb, day)]

    assert keys(date(2026, 6, 15)) == []  # 15 days before: not yet
    assert keys(date(2026, 6, 16)) == ["end:2026-06-30"]
    assert keys(date(2026, 6, 30)) == ["end:2026-06-30"]  # missed days catch up until the end
    assert keys(date(2026, 7, 1)) == ["quarter:2026-Q3"]
    assert keys(date(2026, 7, 8)) == []  # a quarter's reminder is due in its first week only
    assert keys(date(2027, 1, 1)) == []  # a quarter with no deadline in it has none
    [reminder] = due_reminders(kb, date(2026, 9, 20))
    assert reminder.questions("Công an tỉnh", "vi") == [
        (Kind.DATE, "Nhiệm vụ của Công an tỉnh đến hạn 30/09/2026 (1169/QĐ-UBND)?")
    ]
    assert reminder.questions(None, "en") == [
        (Kind.DATE, "Which tasks are due 30/09/2026 (1169/QĐ-UBND)?")
    ]
    heading = reminder.heading(date(2026, 9, 20), "vi", [Kind.DATE])
    assert heading == "⏰ Nhắc hạn: còn 10 ngày đến hạn chót 30/09/2026."


def test_yearly_tasks_are_due_at_the_end_of_each_year(seed_base):
    """18 of the plan's 25 tasks are "Hàng năm": their deadline is the end of every year."""
    kb = KnowledgeBase(seed_base)

    assert [r.key for r in due_reminders(kb, date(2027, 12, 16))] == []
    [reminder] = due_reminders(kb, date(2027, 12, 17))  # no dated task ends then: yearly only
    assert reminder.key == "end:2027-12-31"
    assert reminder.questions("Công an tỉnh", "vi") == [
        (Kind.ANNUAL, "Nhiệm vụ của Công an tỉnh đến hạn Hằng năm (1169/QĐ-UBND)?")
    ]
    [reminder] = due_reminders(kb, date(2026, 12, 20))  # II.7 is due in Quý IV/2026 too
    assert [kind for kind, _ in reminder.questions(None, "vi")] == [Kind.DATE, Kind.ANNUAL]


async def test_an_agency_with_only_yearly_tasks_hears_about_them_at_the_end_of_the_year(api, kb):
    clock = at(2026, 12, 17, 9, 0)
    async with running(api, kb, clock=clock) as app:
        [subscribed] = await exchange(api, "/dangky Công an tỉnh", user_id=POLICE)
        await fire(app)

    assert visible(subscribed.text).splitlines() == [
        "Đã đăng ký nhắc hạn cho Công an tỉnh. Tin nhắn sẽ đến (8:00–20:00):",
        "• 1 nhiệm vụ hằng năm: 14 ngày trước ngày 31/12 mỗi năm.",
        "Công an tỉnh không có nhiệm vụ nào có hạn cụ thể sắp tới, nên sẽ không có tin nhắc "
        "hạn chót.",
        "Gõ /huydangky để hủy.",
    ]
    heading, tasks = texts(api, POLICE)[1:]
    assert heading == "⏰ Nhắc hạn: còn 14 ngày đến hạn chót 31/12/2026."
    assert tasks.startswith("Có 1 nhiệm vụ (Công an tỉnh; Hằng năm) trong Quyết định 1169/QĐ-UBND")
    assert "• III.3:" in tasks


async def test_periodic_tasks_each_quarter_and_ongoing_ones_at_its_start(api, two_plan_kb):
    """Công an tỉnh leads an ongoing task of 87/KH-UBND, then a quarterly one once the plan
    is revised; neither has a date of its own."""
    clock = at(2026, 12, 20, 9, 0)
    async with running(api, two_plan_kb, clock=clock) as app:
        [subscribed] = await exchange(api, "/subscribe Công an tỉnh", user_id=POLICE)
        clock.set(2027, 1, 2, 9, 0)
        await fire(app)
        library = app.bot_data.library
        library.add("87.docx", plan_docx(deadlines=("Hằng quý", "Thường xuyên")))
        app.bot_data.swap_engine()
        clock.set(2027, 3, 17, 10, 0)
        await fire(app)

    assert visible(subscribed.text).splitlines()[1:3] == [
        "• Yearly tasks (2): 14 days before 31/12 each year.",
        "• Ongoing tasks (1, no deadline): listed on the first day of each quarter.",
    ]
    start, ongoing, heading, periodic = texts(api, POLICE)[1:]
    assert start == "📅 Start of Q1/2027: the ongoing tasks."
    assert ongoing.startswith("1 task (Công an tỉnh; ongoing) in 87/KH-UBND:")
    assert heading == "⏰ Reminder: 14 days to the deadline 31/03/2027."
    assert periodic.startswith("1 task (Công an tỉnh; periodically) in 87/KH-UBND:")
    assert "Hằng quý" in periodic


async def test_a_deadline_on_a_day_reads_as_a_day(api, kb):
    api.set_language(EVERYTHING, "en")
    clock = at(2026, 6, 16, 9, 0)  # 14 days before 30/06/2026
    async with running(api, kb, clock=clock) as app:
        await exchange(api, "/dangky")
        await exchange(api, "/dangky", user_id=EVERYTHING)
        await fire(app)

    [vi] = [t for t in texts(api, USER) if t.startswith("Có 2 nhiệm vụ")]
    [en] = [t for t in texts(api, EVERYTHING) if t.startswith("2 tasks")]
    assert vi.startswith("Có 2 nhiệm vụ (có hạn ngày 30/06/2026) trong")
    assert en.startswith("2 tasks (due on 30/06/2026) in")
