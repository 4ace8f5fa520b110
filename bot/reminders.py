"""Deadline reminders: /dangky, /huydangky, and the JobQueue job that sends them.

A subscribed chat hears about a deadline 14 days before it ends (if the deadline holds
tasks for the chat's agency), and on the first day of each quarter about that quarter's
tasks. The job runs every hour and sends what is due and not yet sent: a reminder missed
while the bot was down goes out at the next run (a quarter's within its first week), and
none goes out twice. The text of each reminder is the engine's answer to a question.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from telegram import Update
from telegram.error import Forbidden, TelegramError

from knowledge.answer import Intent, Status
from knowledge.periods import Kind, Period, quarter, quarter_of
from knowledge.render import dmy
from knowledge.store import KnowledgeBase

from .format import text_messages, with_markup
from .message_text import argument
from .replies import answer_messages, reply_text, send
from .shared import BotContext

logger = logging.getLogger(__name__)

DAYS_BEFORE = 14
QUARTER_GRACE = 7  # days into a quarter in which its reminder may still go out
SENDING_HOURS = range(8, 20)  # local time: no reminder at night
JOB_NAME = "reminders"
_LISTS = (Intent.AGENCY, Intent.DUE)


@dataclass(frozen=True)
class Reminder:
    """One reminder a chat may get: a key (to send it once), a heading and its questions."""

    key: str
    heading: str
    questions: tuple[str, ...]


def due_reminders(kb: KnowledgeBase, agency: str | None, today: date) -> list[Reminder]:
    """The reminders due today: each deadline ending within 14 days, and on a quarter's
    first days that quarter. One question per plan, so that no answer asks "which plan?"."""
    reminders = []
    soon = kb.tasks(ending=(today, today + timedelta(days=DAYS_BEFORE)))
    for end in sorted({t.period.end for t in soon}):
        plans = _plan_numbers(kb, [t for t in soon if t.period.end == end])
        days = (end - today).days
        heading = (
            f"⏰ Nhắc hạn: hôm nay là hạn chót {dmy(end)}."
            if days == 0
            else f"⏰ Nhắc hạn: còn {days} ngày đến hạn chót {dmy(end)}."
        )
        questions = tuple(_question(agency, dmy(end), plan) for plan in plans)
        reminders.append(Reminder(f"end:{end.isoformat()}", heading, questions))
    number = quarter_of(today)
    start, end = quarter(today.year, number)
    if (today - start).days < QUARTER_GRACE:
        label = Period(Kind.QUARTER, start, end).label()
        plans = _plan_numbers(kb, kb.tasks(ending=(start, end)))
        if plans:
            questions = tuple(_question(agency, label, plan) for plan in plans)
            heading = f"📅 Đầu {label}: các nhiệm vụ đến hạn trong quý."
            reminders.append(Reminder(f"quarter:{today.year}-Q{number}", heading, questions))
    return reminders


def _plan_numbers(kb: KnowledgeBase, tasks: list) -> list[str]:
    return [kb.plan(pid).number for pid in dict.fromkeys(t.plan_id for t in tasks)]


def _question(agency: str | None, when: str, plan: str) -> str:
    if agency:
        return f"Nhiệm vụ của {agency} đến hạn {when} ({plan})?"
    return f"Nhiệm vụ nào đến hạn {when} ({plan})?"


async def send_reminders(context: BotContext) -> None:
    """The hourly job: send each subscribed chat the reminders due and not yet sent."""
    data = context.bot_data
    now = data.now()
    if now.hour not in SENDING_HOURS:
        return
    engine = data.engine
    for subscription in data.state.subscriptions():
        chat_id = subscription.chat_id
        for reminder in due_reminders(engine.kb, subscription.agency, now.date()):
            if not data.state.claim_reminder(chat_id, reminder.key, now):
                continue
            done = False  # a claim whose sending did not finish is released for the next run
            try:
                answers = [engine.answer(q, today=now.date()) for q in reminder.questions]
                # Only a list of the tasks due counts: when nothing is due for the agency, the
                # engine may still find a task by the words of its name, which is no reminder.
                found = [a for a in answers if a.status is Status.FOUND and a.intent in _LISTS]
                if found:
                    heading = with_markup(text_messages(reminder.heading, "b"), None)
                    await send(context.bot, chat_id, heading)
                    for answer in found:
                        await send(context.bot, chat_id, answer_messages(data, answer))
                done = True
            except Forbidden:
                # Blocked by the user or removed from the group: stop writing to this chat.
                logger.info("chat %s is gone; unsubscribed", chat_id)
                data.state.unsubscribe(chat_id)
                done = True
                break
            except TelegramError:
                logger.exception(
                    "reminder %s to chat %s failed; next run retries", reminder.key, chat_id
                )
            finally:
                if not done:
                    data.state.release_reminder(chat_id, reminder.key)


async def subscribe(update: Update, context: BotContext) -> None:
    """/dangky [cơ quan]: deadline reminders for this chat, for one agency or for all."""
    data = context.bot_data
    agency = argument(update.effective_message) or None
    if agency:
        check = data.engine.answer(f"Nhiệm vụ của {agency}", today=data.now().date())
        if check.intent is not Intent.AGENCY or check.status is Status.NOT_FOUND:
            await reply_text(
                update,
                context,
                f"Không thấy cơ quan «{agency}» trong các kế hoạch. "
                "Viết tên như trong kế hoạch, vd. /dangky Sở Khoa học và Công nghệ.",
            )
            return
    data.state.subscribe(update.effective_chat.id, agency, data.now())
    whom = f" cho {agency}" if agency else ""
    await reply_text(
        update,
        context,
        f"Đã đăng ký nhắc hạn{whom}: tin nhắn {DAYS_BEFORE} ngày trước mỗi hạn chót "
        "và vào ngày đầu mỗi quý. Gõ /huydangky để hủy.",
    )


async def unsubscribe(update: Update, context: BotContext) -> None:
    """/huydangky: no more reminders for this chat."""
    if context.bot_data.state.unsubscribe(update.effective_chat.id):
        await reply_text(update, context, "Đã hủy nhắc hạn cho cuộc trò chuyện này.")
    else:
        await reply_text(update, context, "Cuộc trò chuyện này chưa đăng ký nhắc hạn.")
