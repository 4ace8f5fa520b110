"""What admins can do: upload plans, reload, roll back, remove a plan, manage events, and
read what users asked. Everyone else is refused politely and nothing changes.

Every change goes through the :class:`~indexer.library.Library` (which serialises writes
and swaps the knowledge base atomically) in a worker thread, so the bot keeps answering
from the old base meanwhile; the new engine is swapped in only once the write succeeded.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from telegram import Update
from telegram.constants import ChatAction

from indexer.errors import PlanError
from indexer.library import ACCEPTED, MAX_UPLOAD_BYTES, safe_name
from knowledge.answer import Intent
from knowledge.default import PLAN_SUFFIXES
from knowledge.events import EventError, parse_event_command
from knowledge.render import dmy

from .message_text import addressed_text, argument
from .replies import reply_notice, reply_text, within_quota
from .shared import BotContext

logger = logging.getLogger(__name__)

T = TypeVar("T")
Handler = Callable[[Update, BotContext], Awaitable[None]]

KEPT = "Cơ sở tri thức cũ vẫn đang được dùng."
UNANSWERED_SHOWN = 20
STATS_DAYS = 7
# What /thongke calls the engine's intents; one missing shows under its code name.
INTENT_NAMES = {
    Intent.LEAD: "ai chủ trì",
    Intent.COORD: "cơ quan phối hợp",
    Intent.DIRECTOR: "người chỉ đạo",
    Intent.DEADLINE: "thời hạn",
    Intent.CONTENT: "nội dung nhiệm vụ",
    Intent.NOTE: "ghi chú",
    Intent.COLUMN: "cột khác của nhiệm vụ",
    Intent.TASK: "xem một nhiệm vụ",
    Intent.DUE: "nhiệm vụ theo hạn",
    Intent.AGENCY: "nhiệm vụ của cơ quan",
    Intent.GROUP: "nhóm nhiệm vụ",
    Intent.TOPIC: "tìm theo chủ đề",
    Intent.SECTION: "mục của văn bản",
    Intent.DOCUMENTS: "văn bản cần rà soát",
    Intent.META: "thông tin kế hoạch",
    Intent.COUNT: "số nhiệm vụ",
    Intent.SCHEDULE: "lịch đối thoại",
    Intent.PLANS: "các kế hoạch",
    Intent.HELP: "hướng dẫn",
    Intent.UNKNOWN: "không hiểu câu hỏi",
}


def admin_only(refusal: str = "refused") -> Callable[[Handler], Handler]:
    """Run the handler for admins only.

    Authority is the sender of the update (``effective_user``), never the author of a
    forwarded message. (Edited commands never get here: an edit would replay a change.)
    """

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: BotContext) -> None:
            if not await within_quota(update, context):
                return  # before any change: its report could not be sent
            user = update.effective_user
            if user is None or user.id not in context.bot_data.admins:
                logger.info("refused %s to user %s", handler.__name__, user and user.id)
                await reply_notice(update, context, refusal)
                return
            await handler(update, context)

        return guarded

    return decorate


async def _change(context: BotContext, write: Callable[[], T]) -> T:
    """Run a library write in a worker thread, then serve the base it left on disk."""
    result = await asyncio.to_thread(write)
    context.bot_data.swap_engine()
    return result


# ------------------------------------------------------------------ plans


async def upload(update: Update, context: BotContext) -> None:
    """A document: a plan to index, from an admin (in a group, only if addressed to the bot)."""
    message = update.effective_message
    if addressed_text(message, context.bot.username) is None:
        return  # a file shared between people in a group is not for the bot
    await _upload(update, context)


@admin_only("refused_upload")
async def _upload(update: Update, context: BotContext) -> None:
    """Index the document as a plan and report what changed; a bad file changes nothing."""
    document = update.effective_message.document
    name = document.file_name or "plan.txt"
    if Path(name).suffix.lower() not in PLAN_SUFFIXES:
        await reply_text(update, context, f"Không nạp được {name}: {ACCEPTED}.")
        return
    if (document.file_size or 0) > MAX_UPLOAD_BYTES:
        await reply_text(
            update,
            context,
            f"Không nạp được {name}: tệp lớn hơn {MAX_UPLOAD_BYTES // 2**20} MB. {KEPT}",
        )
        return
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    data = bytes(await (await document.get_file()).download_as_bytearray())
    library = context.bot_data.library
    try:
        report = await _change(context, lambda: library.add(name, data))
    except PlanError as e:
        await reply_text(update, context, f"{refusal(name, e)}\n{KEPT}")
        return
    logger.info("user %s uploaded %s", update.effective_user.id, name)
    await reply_text(update, context, report.text())


def refusal(name: str, error: PlanError) -> str:
    """Why an upload was refused, naming the file once: the indexer's messages start with the
    name it stored the file under, as ``planbot index`` prints them.

    >>> refusal("../empty.txt", PlanError("empty.txt: tệp trống"))
    'Không nạp được ../empty.txt: tệp trống'
    >>> refusal("a.txt", PlanError("b.txt: không đọc được tệp"))
    'Không nạp được a.txt: b.txt: không đọc được tệp'
    """
    reason = str(error).removeprefix(f"{safe_name(name)}: ")
    return f"Không nạp được {name}: {reason}"


@admin_only()
async def reload(update: Update, context: BotContext) -> None:
    """/reload: re-index the bundled and the uploaded plans."""
    await _report(update, context, context.bot_data.library.reload)


@admin_only()
async def rollback(update: Update, context: BotContext) -> None:
    """/rollback: serve the knowledge base as it was before the last change."""
    await _report(update, context, context.bot_data.library.rollback)


@admin_only()
async def remove_plan(update: Update, context: BotContext) -> None:
    """/xoakehoach SỐ: stop serving a plan."""
    number = argument(update.effective_message)
    if not number:
        plans = ", ".join(p.number for p in context.bot_data.engine.kb.plans())
        await reply_text(update, context, f"Cú pháp: /xoakehoach 87/KH-UBND\nĐang có: {plans}")
        return
    library = context.bot_data.library
    await _report(update, context, lambda: library.remove(number))


async def _report(update: Update, context: BotContext, write: Callable) -> None:
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    try:
        report = await _change(context, write)
    except PlanError as e:
        await reply_text(update, context, f"Không thực hiện được: {e}\n{KEPT}")
        return
    await reply_text(update, context, report.text())


# ------------------------------------------------------------------ events


@admin_only()
async def add_event(update: Update, context: BotContext) -> None:
    """/sukien_them 2026-12-15 08:30 | Tiêu đề | Địa điểm | I.3"""
    user_id = update.effective_user.id
    library = context.bot_data.library
    try:
        today = context.bot_data.now().date()
        draft = parse_event_command(argument(update.effective_message), today=today)
        event_id = await _change(
            context,
            lambda: library.add_event(
                starts_at=draft.starts_at,
                title=draft.title,
                place=draft.place,
                task_ref=draft.task_ref,
                plan_number=draft.plan_number,
                created_by=user_id,
            ),
        )
    except EventError as e:
        await reply_text(update, context, str(e))
        return
    when = draft.starts_at.strftime("%d/%m/%Y %H:%M")
    await reply_text(update, context, f"Đã thêm sự kiện #{event_id}: {when} — {draft.title}")


@admin_only()
async def list_events(update: Update, context: BotContext) -> None:
    """/sukien: every event with its id."""
    events = context.bot_data.engine.kb.events()
    if not events:
        await reply_text(update, context, "Chưa có sự kiện nào.")
        return
    lines = [f"Có {len(events)} sự kiện:"]
    for e in events:
        line = f"#{e.id} — {e.starts_at:%d/%m/%Y %H:%M} — {e.title}"
        line += f" — {e.place}" if e.place else ""
        line += f" — nhiệm vụ {e.task_ref} ({e.plan_number})" if e.task_ref else ""
        lines.append(line)
    await reply_text(update, context, "\n".join(lines))


@admin_only()
async def delete_event(update: Update, context: BotContext) -> None:
    """/sukien_xoa ID"""
    given = argument(update.effective_message).lstrip("#")
    if not given.isdigit():
        await reply_text(update, context, "Cú pháp: /sukien_xoa 3 (số của sự kiện trong /sukien)")
        return
    library = context.bot_data.library
    if await _change(context, lambda: library.delete_event(int(given))):
        await reply_text(update, context, f"Đã xóa sự kiện #{given}.")
    else:
        await reply_text(update, context, f"Không có sự kiện #{given}.")


# ------------------------------------------------------------------ what users asked


@admin_only()
async def unanswered(update: Update, context: BotContext) -> None:
    """/chuatraloi: the latest questions that found nothing."""
    asked = context.bot_data.state.unanswered(UNANSWERED_SHOWN)
    if not asked:
        await reply_text(update, context, "Chưa có câu hỏi nào không trả lời được.")
        return
    lines = [f"{len(asked)} câu hỏi gần nhất chưa trả lời được:"]
    lines += [f"{at:%d/%m %H:%M} — {text}" for at, text in asked]
    await reply_text(update, context, "\n".join(lines))


@admin_only()
async def stats(update: Update, context: BotContext) -> None:
    """/thongke: questions per day, the share answered, the top intents."""
    data = context.bot_data
    today = data.now().date()
    days = data.state.daily_stats(today, STATS_DAYS)
    if not days:
        await reply_text(update, context, f"Chưa có câu hỏi nào trong {STATS_DAYS} ngày qua.")
        return
    lines = [f"Câu hỏi {STATS_DAYS} ngày qua:"]
    for day in days:
        share = round(100 * day.answered / day.asked)
        lines.append(f"{dmy(day.day)}: {day.asked} câu, trả lời được {share}%")
    top = data.state.top_intents(today, STATS_DAYS)
    named = (f"{INTENT_NAMES.get(intent, intent)} ({n})" for intent, n in top)
    lines.append("Loại câu hỏi nhiều nhất: " + ", ".join(named))
    await reply_text(update, context, "\n".join(lines))
