"""What everyone can do: ask in free text or by command, press buttons, get the schedule.

Handlers stay thin: a command becomes a question for the engine, and the engine's answer
becomes messages. Nothing here knows how a question is understood.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from knowledge.answer import Answer, Context, Status, Suggestion
from knowledge.engine import Engine
from knowledge.events import to_ics

from . import command_args, format
from .message_text import addressed_text, argument, command
from .replies import answer_messages, reply, reply_notice, reply_text, within_quota
from .shared import BotContext
from .texts import ENGLISH_COMMANDS, language, notice

logger = logging.getLogger(__name__)

MAX_QUESTION = 2000
SCHEDULE_QUESTIONS = {"vi": "Lịch đối thoại doanh nghiệp", "en": "When is the business dialogue?"}
# command: (question with the argument, question without one; None: show the usage)
COMMAND_QUESTIONS = {
    "nhiemvu": ("Nhiệm vụ {}", None),
    "task": ("Task {}", None),
    "han": ("Nhiệm vụ nào đến hạn {}?", "Nhiệm vụ nào sắp đến hạn?"),
    "due": ("Which tasks are due {}?", "Which tasks are due next?"),
    "coquan": ("Nhiệm vụ của {}", None),
    "agency": ("Tasks of {}", None),
    "timkiem": ("Nhiệm vụ về {}", None),
    "search": ("Tasks about {}", None),
    "kehoach": ("Các kế hoạch đang có", "Các kế hoạch đang có"),
    "plans": ("Which plans are loaded?", "Which plans are loaded?"),
}
# The engine's answer to a command → the reply to show (bot/command_args.py).
Check = Callable[[Engine, Answer], Answer]
USAGE = {
    "nhiemvu": "Cú pháp: /nhiemvu II.3",
    "task": "Usage: /task II.3",
    "coquan": "Cú pháp: /coquan Sở KH&CN",
    "agency": "Usage: /agency Sở KH&CN",
    "timkiem": "Cú pháp: /timkiem từ khóa",
    "search": "Usage: /search keyword",
}


# ------------------------------------------------------------------ asking


async def ask(
    update: Update,
    context: BotContext,
    question: str,
    *,
    typed: str | None = None,
    lang: str | None = None,
    check: Check | None = None,
) -> None:
    """Answer one question for the user, within their quota, and keep its context.

    ``typed`` is what the user wrote when the question wraps it (/timkiem X asks "Nhiệm vụ
    về X"): the limit on length is the user's, so it is what is measured. ``lang`` is the
    language of a command's reply; ``check`` turns the engine's answer to a command into a
    reply saying what the argument did not name, which changes no context.
    """
    data = context.bot_data
    if not await within_quota(update, context):
        return  # before the engine: a flood costs no answers and no context
    if len(question if typed is None else typed) > MAX_QUESTION:
        await reply_notice(update, context, "too_long")
        return
    chat_id, user_id = _speaker(update)
    now = data.now()
    # The engine runs in a thread, so a slow question never holds up the other chats; one
    # speaker's questions still go one at a time, each reading the context the last saved.
    async with data.speaker_lock(chat_id, user_id):
        engine = data.engine
        answer = await asyncio.to_thread(
            engine.answer, question, _context(update, context), now.date(), lang=lang
        )
        shown = check(engine, answer) if check else answer
        if shown is answer:
            data.state.save_context(chat_id, user_id, answer.context, now)
    data.state.record_question(
        question,
        shown.intent.value,
        shown.status.value,
        now,
        answered=shown.status is not Status.NOT_FOUND,
    )
    sent = await reply(update, context, answer_messages(data, shown))
    if shown is answer:
        data.state.save_message_context(chat_id, sent, answer.context, now)


def _speaker(update: Update) -> tuple[int, int]:
    """The chat and the user whose context a question reads: each member of a group has
    their own. (A private chat's id is its user's; a channel post has no user.)"""
    chat, user = update.effective_chat, update.effective_user
    return chat.id, user.id if user else chat.id


def _context(update: Update, context: BotContext) -> Context:
    """The context of the bot's message that the user replied to or pressed a button of,
    whoever it answered; else the user's own in this chat."""
    state = context.bot_data.state
    chat_id, user_id = _speaker(update)
    if update.callback_query:
        answered = update.callback_query.message
    else:
        replied = update.effective_message.reply_to_message
        mine = replied and replied.from_user and replied.from_user.id == context.bot.id
        answered = replied if mine else None
    kept = state.message_context(chat_id, answered.message_id) if answered else None
    return kept if kept is not None else state.context(chat_id, user_id)


async def question(update: Update, context: BotContext) -> None:
    """Free text: a question for the engine (in groups, only when addressed to the bot)."""
    text = addressed_text(update.effective_message, context.bot.username)
    if text is not None:
        await ask(update, context, text)


async def command_question(update: Update, context: BotContext) -> None:
    """/nhiemvu, /han, /coquan, /timkiem, /kehoach and aliases: the argument as a question,
    answered in the user's language."""
    name = command(update.effective_message)
    given = argument(update.effective_message)
    with_argument, without = COMMAND_QUESTIONS[name]
    lang = language(update)
    if given:
        asked = with_argument.format(given)
        check = _argument_check(name, asked, given, lang, context.bot_data.now().date())
        await ask(update, context, asked, typed=given, lang=lang, check=check)
    elif without:
        await ask(update, context, without, lang=lang)
    else:
        await reply_text(update, context, USAGE[name])


def _argument_check(name: str, asked: str, given: str, lang: str, today: date) -> Check | None:
    """What the command's argument must name, as a check of the engine's answer."""
    if name in ("han", "due"):
        return lambda engine, answer: command_args.deadline_checked(
            engine, name, asked, given, answer, lang, today
        )
    if name in ("coquan", "agency"):
        return lambda engine, answer: command_args.agency_checked(engine, given, answer, lang)
    if name in ("nhiemvu", "task"):
        return lambda engine, answer: command_args.task_checked(engine, given, answer, lang)
    return None


async def schedule(update: Update, context: BotContext) -> None:
    """/lichdoithoai (/schedule): the dialogue schedule; with "ics", a calendar file."""
    message = update.effective_message
    lang = "en" if command(message) in ENGLISH_COMMANDS else "vi"
    if argument(message).lower() != "ics":
        await ask(update, context, SCHEDULE_QUESTIONS[lang])
        return
    data = context.bot_data
    if not await within_quota(update, context):
        return
    now = data.now().replace(tzinfo=None)  # events are stored in local time
    # From the start of today, as the engine's schedule answer lists them.
    events = data.engine.kb.events(since=datetime.combine(now.date(), time.min))
    if not events:
        await reply_notice(update, context, "no_events")
        return
    await context.bot.send_document(
        update.effective_chat.id,
        to_ics(events, now=now),
        filename="lich-doi-thoai.ics",
        caption=f"{len(events)} sự kiện sắp tới" if lang == "vi" else f"{len(events)} events",
    )


async def start(update: Update, context: BotContext) -> None:
    """/start: a welcome, with example questions as buttons."""
    await _help(update, context, intro=[notice("welcome", language(update))])


async def help_command(update: Update, context: BotContext) -> None:
    """/help: what to ask, with examples, and the commands."""
    await _help(update, context)


async def _help(update: Update, context: BotContext, intro: list[str] | None = None) -> None:
    data = context.bot_data
    lang, today = language(update), data.now().date()
    answer = data.engine.answer("help", today=today, lang=lang)
    # The engine offers the first few examples as buttons, as under a "not found" answer;
    # here every example it lists is one, within Telegram's limit on buttons.
    examples = data.engine.examples(lang, today)[: format.MAX_BUTTONS]
    answer = replace(answer, suggestions=tuple(Suggestion(e, e) for e in examples))
    messages = answer_messages(data, answer, intro=intro or ())
    await reply(update, context, messages)
    await reply_text(update, context, notice("commands", lang), "i")


# ------------------------------------------------------------------ buttons


async def button(update: Update, context: BotContext) -> None:
    """An inline button: ask its question anew, or turn the page of a list in place."""
    query = update.callback_query
    data = context.bot_data
    if not await within_quota(update, context):
        await answer_query(update)
        return
    kind, _, rest = (query.data or "").partition(":")
    key, _, page = rest.partition(":")
    payload = data.state.button_payload(key)
    paged = format.Paged.from_json(payload) if kind == format.PAGE and payload else None
    # Old buttons, and data no button of ours sends, get the same notice.
    if payload is None or not (kind == format.ASK or paged) or not (page or "0").isdigit():
        if not await answer_query(update, notice("expired", language(update)), show_alert=True):
            await reply_notice(update, context, "expired")  # the alert came too late to show
        return
    await answer_query(update)
    if kind == format.ASK:
        await ask(update, context, payload)
        return
    shown = format.page_message(paged, int(page or "0"), key)
    try:
        await query.edit_message_text(
            shown.html, parse_mode=ParseMode.HTML, reply_markup=shown.markup
        )
    except BadRequest as e:
        # Pressing the same page twice, quickly: the message already shows it.
        if "not modified" not in str(e):
            raise


async def answer_query(update: Update, text: str | None = None, *, show_alert=False) -> bool:
    """Stop the button's spinner; False if Telegram no longer takes the answer.

    A press waits for its answer only a few seconds: one made while the bot was down is
    "too old" by the time it is handled, and must still get its reply.
    """
    try:
        await update.callback_query.answer(text, show_alert=show_alert)
    except BadRequest as e:
        logger.info("callback query %s not answered: %s", update.callback_query.id, e)
        return False
    return True


# ------------------------------------------------------------------ anything else


async def not_text(update: Update, context: BotContext) -> None:
    """A sticker, a photo, a voice message: say what the bot can do."""
    data = context.bot_data
    lang = language(update)
    examples = data.engine.answer("help", today=data.now().date(), lang=lang).suggestions
    example = examples[0].query if examples else "/help"
    await reply_notice(update, context, "hint", example=example)


async def edited_command(update: Update, context: BotContext) -> None:
    """An edited command that changes something (/dangky, admin commands): not run again."""
    await reply_notice(update, context, "edited_command")


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot does not have."""
    await reply_notice(update, context, "unknown_command")
