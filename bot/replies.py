"""Sending: every message as HTML, without link previews, quoting the question in groups."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

import httpx
from telegram import Bot, LinkPreviewOptions, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, NetworkError

from knowledge.answer import Answer, Status

from . import format
from .format import Message
from .quota import Verdict
from .shared import BotContext, BotData
from .texts import language, notice
from .web.urls import task_url

logger = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
SEND_ATTEMPTS = 4
RETRY_PAUSE = 0.5  # seconds, growing with each attempt
# The httpx errors (the cause of PTB's TimedOut or NetworkError) of a request Telegram never
# got whole: no connection was made or free, or the body was not all written. Resending it
# cannot make a duplicate.
UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteTimeout)


async def send(
    bot: Bot, chat_id: int, messages: Sequence[Message], *, quote: int | None = None
) -> list[int]:
    """Send the messages in order; the first quotes message ``quote`` if given. Returns the
    ids of the messages Telegram confirmed.

    The Bot API has no idempotency key, so a message is resent only when the request surely
    never reached Telegram. When it was sent but no reply came (a read timeout, a dropped
    connection), Telegram may well have delivered it: it is not resent, since a duplicate
    is certain harm and a loss only possible, and the other messages still go.
    """
    sent: list[int] = []
    for i, message in enumerate(messages):
        for attempt in range(SEND_ATTEMPTS):
            try:
                shown = await bot.send_message(
                    chat_id,
                    message.html,
                    parse_mode=ParseMode.HTML,
                    reply_markup=message.markup,
                    link_preview_options=NO_PREVIEW,
                    reply_parameters=(
                        ReplyParameters(quote, allow_sending_without_reply=True)
                        if quote is not None and i == 0
                        else None
                    ),
                )
                sent.append(shown.message_id)
                break
            except BadRequest:
                raise  # Telegram's own answer, though PTB files it under NetworkError
            except NetworkError as e:  # TimedOut included
                # The rate limiter retries Telegram's "too many requests"; this, requests
                # that never arrived.
                if not isinstance(e.__cause__, UNSENT):
                    logger.warning(
                        "message %d/%d to chat %s may not have been delivered (%s); not resent",
                        i + 1,
                        len(messages),
                        chat_id,
                        e.__cause__.__class__.__name__ if e.__cause__ else e,
                    )
                    break
                if attempt == SEND_ATTEMPTS - 1:
                    raise
                await asyncio.sleep(RETRY_PAUSE * (attempt + 1))
    return sent


async def within_quota(update: Update, context: BotContext) -> bool:
    """Whether the bot may reply to this update: it counts against the user's quota (once,
    however many replies it gets). The first update over the limit is told to wait."""
    user, chat = update.effective_user, update.effective_chat
    verdict = context.bot_data.quota.check(user.id if user else chat.id, update.update_id)
    if verdict is Verdict.WAIT:
        wait = format.text_messages(notice("wait", language(update)))
        await send(context.bot, chat.id, format.with_markup(wait, None), quote=_quote(update))
    return verdict is Verdict.ASK


async def reply(update: Update, context: BotContext, messages: Sequence[Message]) -> list[int]:
    """Answer in the update's chat, within the user's quota; in a group, quoting the message
    answered. Returns the ids of the messages sent."""
    if not await within_quota(update, context):
        return []
    return await send(context.bot, update.effective_chat.id, messages, quote=_quote(update))


def _quote(update: Update) -> int | None:
    message = update.effective_message
    private = update.effective_chat.type == ChatType.PRIVATE
    return message.message_id if message and not private else None


async def reply_text(update: Update, context: BotContext, text: str, style: str = "") -> None:
    """Plain text (escaped here), split if long."""
    await reply(update, context, format.with_markup(format.text_messages(text, style), None))


async def reply_notice(update: Update, context: BotContext, key: str, **values: str) -> None:
    await reply_text(update, context, notice(key, language(update), **values))


def answer_messages(data: BotData, answer: Answer, *, intro: Sequence[str] = ()) -> list[Message]:
    """The messages of an answer, with a task card's "Nhiệm vụ cùng hạn" button if it has one."""
    page_url = None
    if data.public_url and answer.status is Status.FOUND and len(answer.tasks) == 1:
        page_url = task_url(data.public_url, answer.tasks[0].plan, answer.tasks[0].ref)
    return format.answer_messages(
        answer,
        data.keep,
        same_deadline=_deadline_label(data, answer),
        intro=intro,
        page_url=page_url,
    )


def _deadline_label(data: BotData, answer: Answer) -> str | None:
    """The deadline of a one-task answer, as a period label ("Quý II/2026")."""
    if len(answer.tasks) != 1:
        return None
    ref = answer.tasks[0]
    kb = data.engine.kb
    plan = kb.plan_by_number(ref.plan)
    tasks = kb.tasks_by_ref(ref.ref, plan_ids=[plan.id]) if plan else []
    period = tasks[0].period if tasks else None
    return period.label(answer.lang) if period else None
