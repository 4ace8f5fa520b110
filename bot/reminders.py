"""Deadline reminders: /dangky, /huydangky, and the JobQueue job that sends them.

A subscribed chat hears about a deadline 14 days before it ends (if the deadline holds
tasks for the chat's agency), and on the first day of each quarter about that quarter's
tasks. Recurring tasks have no date of their own in the plan, so they are reminded by their
cycle: a yearly task ("Hằng năm") 14 days before the end of each year, a periodic one
("Hằng quý", "Định kỳ 6 tháng": the cycle is not parsed) 14 days before the end of each
quarter, and a continuous one ("Thường xuyên"), which has no deadline, in the quarter's
first message. The job runs every hour and sends what is due and not yet sent: a reminder
missed while the bot was down goes out at the next run (a quarter's within its first week),
and none goes out twice. The text of each reminder is the engine's answer to a question.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from telegram import Update
from telegram.error import Forbidden, TelegramError

from knowledge.answer import Answer, Intent, Status
from knowledge.engine import Engine
from knowledge.periods import FAR_END, Kind, Period, quarter, quarter_of
from knowledge.render import dmy
from knowledge.store import KnowledgeBase, Task

from .format import text_messages, with_markup
from .message_text import argument
from .replies import answer_messages, reply_text, send, within_quota
from .shared import BotContext
from .texts import language, notice

logger = logging.getLogger(__name__)

DAYS_BEFORE = 14
QUARTER_GRACE = 7  # days into a quarter in which its reminder may still go out
SENDING_HOURS = range(8, 20)  # local time: no reminder at night
JOB_NAME = "reminders"
_LISTS = (Intent.AGENCY, Intent.DUE)
_RECURRING = {kind: Period(kind, date.min, FAR_END) for kind in (Kind.ANNUAL, Kind.PERIODIC)}
_CONTINUOUS = Period(Kind.CONTINUOUS, date.min, FAR_END)
_QUESTIONS = {
    "vi": (
        "Nhiệm vụ của {agency} đến hạn {when} ({plan})?",
        "Nhiệm vụ nào đến hạn {when} ({plan})?",
    ),
    "en": (
        "Which tasks of {agency} are due {when} ({plan})?",
        "Which tasks are due {when} ({plan})?",
    ),
}


@dataclass(frozen=True)
class Reminder:
    """One reminder a chat may get: a key (to send it once), the day it is about (a deadline,
    or a quarter's first day) and, for each plan, the periods to ask about."""

    key: str
    day: date
    asks: tuple[tuple[str, Period], ...]  # (plan number, period)

    @property
    def quarterly(self) -> bool:
        return self.key.startswith("quarter:")

    def questions(self, agency: str | None, lang: str) -> list[tuple[Kind, str]]:
        """The questions whose answers are the reminder, with the kind of period each asks."""
        of_agency, of_all = _QUESTIONS[lang]
        form = of_agency if agency else of_all
        return [
            (period.kind, form.format(agency=agency, when=period.label(lang), plan=plan))
            for plan, period in self.asks
        ]

    def heading(self, today: date, lang: str, kinds: Iterable[Kind]) -> str:
        """The line before the answers; a quarter's says which kinds of task follow."""
        if self.quarterly:
            label = Period(Kind.QUARTER, *quarter(self.day.year, quarter_of(self.day))).label(lang)
            kinds = set(kinds)
            if kinds == {Kind.CONTINUOUS}:
                return notice("quarter_continuous", lang, quarter=label)
            if Kind.CONTINUOUS in kinds:
                return notice("quarter_both", lang, quarter=label)
            return notice("quarter_due", lang, quarter=label)
        days = (self.day - today).days
        if days == 0:
            return notice("deadline_today", lang, day=dmy(self.day))
        return notice("deadline_in", lang, days=str(days), day=dmy(self.day))


def due_reminders(kb: KnowledgeBase, today: date) -> list[Reminder]:
    """The reminders due today: each deadline ending within 14 days (a yearly task's at the
    end of the year, a periodic one's at the end of each quarter), and on a quarter's first
    days that quarter. One question per plan and period, so that no answer asks "which
    plan?"."""
    reminders = []
    soon = kb.tasks(ending=(today, today + timedelta(days=DAYS_BEFORE)), with_attrs=False)
    ends = {t.period.end for t in soon}
    quarter_end = quarter(today.year, quarter_of(today))[1]
    recurring = {
        kind: _plans_of(kb, kb.tasks(kinds=[kind], with_attrs=False)) for kind in _RECURRING
    }
    if (quarter_end - today).days <= DAYS_BEFORE and (
        recurring[Kind.PERIODIC] or (quarter_end.month == 12 and recurring[Kind.ANNUAL])
    ):
        ends.add(quarter_end)
    for end in sorted(ends):
        dated = _plans_of(kb, [t for t in soon if t.period.end == end])
        asks = [(plan, Period(Kind.DATE, end, end)) for plan in dated]
        if end == quarter_end:
            if end.month == 12:
                asks += [(plan, _RECURRING[Kind.ANNUAL]) for plan in recurring[Kind.ANNUAL]]
            asks += [(plan, _RECURRING[Kind.PERIODIC]) for plan in recurring[Kind.PERIODIC]]
        reminders.append(Reminder(f"end:{end.isoformat()}", end, tuple(asks)))
    number = quarter_of(today)
    start, end = quarter(today.year, number)
    if (today - start).days < QUARTER_GRACE:
        period = Period(Kind.QUARTER, start, end)
        asks = [(plan, period) for plan in _plans_of(kb, kb.tasks(ending=(start, end)))]
        continuous = kb.tasks(kinds=[Kind.CONTINUOUS], with_attrs=False)
        asks += [(plan, _CONTINUOUS) for plan in _plans_of(kb, continuous)]
        if asks:
            reminders.append(Reminder(f"quarter:{today.year}-Q{number}", start, tuple(asks)))
    return reminders


def _plans_of(kb: KnowledgeBase, tasks: list[Task]) -> list[str]:
    return [kb.plan(pid).number for pid in dict.fromkeys(t.plan_id for t in tasks)]


async def send_reminders(context: BotContext) -> None:
    """The hourly job: send each subscribed chat the reminders due and not yet sent."""
    data = context.bot_data
    now = data.now()
    if now.hour not in SENDING_HOURS:
        return
    engine = data.engine
    due = await asyncio.to_thread(due_reminders, engine.kb, now.date())
    for subscription in data.state.subscriptions() if due else ():
        chat_id, lang = subscription.chat_id, subscription.lang
        for reminder in due:
            if not data.state.claim_reminder(chat_id, reminder.key, now):
                continue
            done = False  # a claim whose sending did not finish is released for the next run
            try:
                # In a thread, as questions are: reminders never hold up the chats.
                asked = [
                    (kind, await asyncio.to_thread(engine.answer, q, today=now.date()))
                    for kind, q in reminder.questions(subscription.agency, lang)
                ]
                # Only a list of the tasks due counts: when nothing is due for the agency, the
                # engine may still find a task by the words of its name, which is no reminder.
                found = [
                    (kind, a)
                    for kind, a in asked
                    if a.status is Status.FOUND and a.intent in _LISTS
                ]
                if found:
                    heading = reminder.heading(now.date(), lang, (kind for kind, _ in found))
                    await send(context.bot, chat_id, with_markup(text_messages(heading, "b"), None))
                    for _, answer in found:
                        sent = await send(context.bot, chat_id, answer_messages(data, answer))
                        # A reply to a reminder goes on from it, as from any answer.
                        data.state.save_message_context(chat_id, sent, answer.context, now)
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
    if not await within_quota(update, context):
        return  # before subscribing: the reply saying so could not be sent
    lang = language(update)
    agency = argument(update.effective_message) or None
    today = data.now().date()
    if agency:
        check = data.engine.answer(f"Nhiệm vụ của {agency}", today=today)
        named = check.frame is not None and check.frame.agencies
        if check.intent is not Intent.AGENCY or check.status is Status.NOT_FOUND or not named:
            await reply_text(update, context, notice("unknown_agency", lang, agency=agency))
            return
        tasks = _agency_tasks(data.engine, check, today)
    else:
        tasks = data.engine.kb.tasks(with_attrs=False)
    data.state.subscribe(update.effective_chat.id, agency, data.now(), lang)
    await reply_text(update, context, _coverage(tasks, agency, today, lang))


def _agency_tasks(engine: Engine, check: Answer, today: date) -> list[Task]:
    """The tasks of the agency the engine found; with several plans it asked "which plan?",
    and each option's answer holds that plan's tasks."""
    answers = [check] + [engine.answer(s.query, today=today) for s in check.suggestions]
    kb = engine.kb
    tasks: dict[int, Task] = {}
    for answer in answers:
        for ref in answer.tasks:
            plan = kb.plan_by_number(ref.plan)
            for task in kb.tasks_by_ref(ref.ref, plan_ids=[plan.id]) if plan else ():
                tasks[task.id] = task
    return list(tasks.values())


def _coverage(tasks: list[Task], agency: str | None, today: date, lang: str) -> str:
    """What the subscription will bring, by kind of deadline, and what it will not."""
    counts = {"dated": 0, "past": 0, "annual": 0, "periodic": 0, "continuous": 0}
    for task in tasks:
        period = task.period
        if period is None:
            continue  # no deadline the indexer could read: nothing to remind
        if period.kind in (Kind.ANNUAL, Kind.PERIODIC, Kind.CONTINUOUS):
            counts[period.kind.value] += 1
        else:
            counts["dated" if period.end >= today else "past"] += 1
    whom = agency or notice("every_agency", lang)
    lines = [notice("subscribed", lang, whom=whom, days=str(DAYS_BEFORE))]
    lines += [
        notice(f"will_{kind}", lang, n=str(n), days=str(DAYS_BEFORE))
        for kind, n in counts.items()
        if n and kind != "past"
    ]
    if not counts["dated"]:
        lines.append(notice("no_dated", lang, whom=whom))
    if counts["past"]:
        lines.append(notice("past", lang, n=str(counts["past"])))
    lines.append(notice("how_to_stop", lang))
    return "\n".join(lines)


async def unsubscribe(update: Update, context: BotContext) -> None:
    """/huydangky: no more reminders for this chat."""
    if not await within_quota(update, context):
        return
    lang = language(update)
    if context.bot_data.state.unsubscribe(update.effective_chat.id):
        await reply_text(update, context, notice("unsubscribed", lang))
    else:
        await reply_text(update, context, notice("not_subscribed", lang))
