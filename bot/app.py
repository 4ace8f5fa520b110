"""The Telegram application: configuration, handlers, start-up, and the error handler."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

from telegram import BotCommandScopeChat, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from indexer.library import Library
from knowledge.default import BUNDLED, default_path

from . import admin, handlers, progress, reminders, texts
from .quota import Quota
from .shared import BotContext, BotData, vietnam_now
from .state import BotState
from .transport import ShardedRequest

logger = logging.getLogger(__name__)

STATE_FILE = "bot-state.db"  # beside the knowledge base, which uploads replace wholesale
# Measured by bench/throughput.py: more updates in flight hide the Bot API's round trip,
# until the event loop and the HTTP pools become the cost.
CONCURRENT_UPDATES = 64
REMINDER_INTERVAL = timedelta(hours=1)
HOUSEKEEPING_INTERVAL = timedelta(days=1)
ADMIN_HANDLERS = (
    ("reload", admin.reload),
    ("rollback", admin.rollback),
    ("xoakehoach", admin.remove_plan),
    ("sukien_them", admin.add_event),
    ("sukien", admin.list_events),
    ("sukien_xoa", admin.delete_event),
    ("chuatraloi", admin.unanswered),
    ("thongke", admin.stats),
)


def build_application(
    token: str | None = None,
    *,
    admin_ids: Iterable[int] = (),
    db_path: str | Path | None = None,
    base_url: str | None = None,
    builder: ApplicationBuilder | None = None,
    request: BaseRequest | None = None,
    clock: Callable[[], datetime] = vietnam_now,
    bundled: Path = BUNDLED,
    rate_limiter: bool = True,
    public_url: str | None = None,
) -> Application:
    """The configured bot; nothing is opened or contacted until it is initialised.

    ``builder`` or ``request`` choose the transport (tests inject one; by default up to
    ``CONCURRENT_UPDATES`` updates are handled at once, over several small HTTP pools).
    ``base_url`` is a Bot API server's ``.../bot`` URL, the file URL is derived from it.
    ``db_path`` is the knowledge base (default ``$PLANBOT_DB`` or the user's cache); the
    bot's own state lives beside it. ``clock`` gives the time the bot answers, rate-limits
    and reminds by. ``public_url`` is the web site's root (``PLANBOT_PUBLIC_URL``): a task
    card then links to the task's page.
    """
    if builder is None:
        builder = Application.builder().concurrent_updates(CONCURRENT_UPDATES)
        if request is None:
            request = ShardedRequest()
    if token:
        builder.token(token)
    if base_url:
        builder.base_url(base_url).base_file_url(file_url(base_url))
    if request is not None:
        builder.request(request)
    if rate_limiter:
        builder.rate_limiter(AIORateLimiter(max_retries=3))
    app = (
        builder.context_types(ContextTypes(bot_data=BotData))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    data: BotData = app.bot_data
    data.db_path = Path(db_path) if db_path else default_path()
    data.state_path = data.db_path.parent / STATE_FILE
    data.bundled = bundled
    data.admins = frozenset(admin_ids)
    data.public_url = public_url
    data.clock = clock
    data.quota = Quota(clock)
    _add_handlers(app)
    return app


def file_url(base_url: str) -> str:
    """The file download URL of a Bot API server: ".../bot" → ".../file/bot"."""
    head, sep, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{head}/file/bot" if sep else base_url


def _add_handlers(app: Application) -> None:
    """The handlers. An edit is a correction of a question, so edited questions (free text,
    and the commands that ask one) are answered again; a command that changes something is
    never re-run from an edit, and the rest of edits are ignored."""
    new, edited = filters.UpdateType.MESSAGE, filters.UpdateType.EDITED_MESSAGE
    app.add_handler(CommandHandler("start", handlers.start, filters=new))
    app.add_handler(CommandHandler("help", handlers.help_command, filters=new))
    app.add_handler(CommandHandler(list(handlers.COMMAND_QUESTIONS), handlers.command_question))
    app.add_handler(CommandHandler(["lichdoithoai", "schedule"], handlers.schedule))
    app.add_handler(CommandHandler(["tiendo", "progress"], progress.progress))
    changes = [
        (("dangky", "subscribe"), reminders.subscribe),
        (("huydangky", "unsubscribe"), reminders.unsubscribe),
        *(((name,), callback) for name, callback in ADMIN_HANDLERS),
    ]
    for names, callback in changes:
        app.add_handler(CommandHandler(names, callback, filters=new))
    changing = [name for names, _ in changes for name in names]
    app.add_handler(CommandHandler(changing, handlers.edited_command, filters=edited))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(MessageHandler(new & filters.Document.ALL, admin.upload))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.question))
    private = new & filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.COMMAND, handlers.unknown_command))
    app.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.not_text)
    )
    app.add_error_handler(on_error)


async def _post_init(app: Application) -> None:
    """Open the knowledge base (building it if due), the bot's state, menus and jobs."""
    data: BotData = app.bot_data
    data.library = Library(data.db_path, bundled=data.bundled)
    if await asyncio.to_thread(data.library.ensure):
        logger.info("built the knowledge base %s", data.db_path)
    data.swap_engine()
    data.state = BotState(data.state_path)
    await app.bot.set_my_commands(texts.vietnamese_menu())
    await app.bot.set_my_commands(texts.english_menu(), language_code="en")
    for admin_id in data.admins:
        try:
            await app.bot.set_my_commands(texts.admin_menu(), scope=BotCommandScopeChat(admin_id))
        except TelegramError as e:  # an admin who never opened the bot has no chat yet
            logger.info("no admin menu for %s: %s", admin_id, e)
    if app.job_queue is None:
        logger.warning("no JobQueue (install python-telegram-bot[job-queue]): no reminders")
        return
    app.job_queue.run_repeating(
        reminders.send_reminders, REMINDER_INTERVAL, first=60, name=reminders.JOB_NAME
    )
    app.job_queue.run_repeating(_housekeeping, HOUSEKEEPING_INTERVAL, first=HOUSEKEEPING_INTERVAL)


async def _post_shutdown(app: Application) -> None:
    """Close the bot's state file."""
    if app.bot_data.state is not None:
        app.bot_data.state.close()


async def _housekeeping(context: BotContext) -> None:
    """Daily: forget long-unused button payloads, old answers' contexts and idle users'
    question counts."""
    context.bot_data.state.forget_old_buttons()
    context.bot_data.state.forget_old_messages(context.bot_data.now())
    context.bot_data.quota.forget_idle()


async def on_error(update: object, context: BotContext) -> None:
    """Log the exception and apologise to the chat; no detail ever reaches a chat."""
    if isinstance(context.error, Forbidden):
        # The user blocked the bot, or a group removed it: nothing is wrong, nothing to send.
        chat = update.effective_chat if isinstance(update, Update) else None
        logger.info("chat %s does not take messages: %s", chat and chat.id, context.error)
        return
    logger.error(
        "error while handling update %s", getattr(update, "update_id", None), exc_info=context.error
    )
    if isinstance(update, Update) and update.callback_query:
        # The handler may have failed before answering: the button would spin for seconds.
        # If it did answer, Telegram refuses a second answer, which changes nothing.
        with contextlib.suppress(TelegramError):
            await handlers.answer_query(update)
    if isinstance(update, Update) and update.effective_chat:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(
                update.effective_chat.id, texts.notice("apology", texts.language(update))
            )
