"""The fake Bot API works with a real python-telegram-bot Application (no network)."""

import asyncio
import contextlib
import datetime as dt
import time
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    InvalidToken,
    RetryAfter,
    TimedOut,
)
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
from telegram.request import HTTPXRequest

from tests.fakebotapi import AnsweredCallback, FakeBotAPI, Fault

TOKEN = "123456:TEST-token"

# PTB 22.8 trips its own deprecation warning whenever it builds a RetryAfter from a 429.
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning"
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


def builder(api: FakeBotAPI) -> ApplicationBuilder:
    return ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.base_file_url)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(update.message.text)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Xin chào!")


async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = [[InlineKeyboardButton("Kế hoạch 87", callback_data="plan:87")]]
    await update.message.reply_text("Chọn:", reply_markup=InlineKeyboardMarkup(keyboard))


async def picked(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer(f"ok {query.data}")
    await query.edit_message_text(f"Đã chọn {query.data}")


async def copy_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    document = update.message.document
    data = await (await document.get_file()).download_as_bytearray()
    await update.message.reply_text(f"{document.file_name}: {len(data)} bytes")
    await update.message.reply_document(bytes(data).upper(), filename="copy-" + document.file_name)


@contextlib.asynccontextmanager
async def running(app: Application) -> AsyncIterator[list[Exception]]:
    """Poll the fake; yields the list of errors raised by handlers."""
    errors: list[Exception] = []

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app.add_error_handler(on_error)
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=dt.timedelta(seconds=2))
    try:
        yield errors
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def echo_app(api: FakeBotAPI, build: ApplicationBuilder | None = None) -> Application:
    app = (build or builder(api)).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("menu", menu))
    app.add_handler(CallbackQueryHandler(picked))
    app.add_handler(MessageHandler(filters.Document.ALL, copy_document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


async def test_text_in_echo_out(api: FakeBotAPI) -> None:
    async with running(echo_app(api)) as errors:
        api.push_text("/start", user_id=42)
        api.push_text("Kế hoạch 87/KH-UBND là gì?", user_id=42, first_name="Lan")
        api.push_text("123", user_id=8, chat_id=-100, chat_type="group")
        api.push_sticker(42)  # no handler: must simply be skipped
        replies = await api.wait_for_messages(2, chat_id=42)
        [group_reply] = await api.wait_for_messages(1, chat_id=-100)

    assert errors == []
    assert [m.text for m in replies] == ["Xin chào!", "Kế hoạch 87/KH-UBND là gì?"]
    assert group_reply.text == "123"  # a digits-only text stays a string
    # PTB quotes the message it answers in groups: a JSON-valued form field.
    [*_, group_call] = api.calls_to("sendMessage")
    assert group_call["reply_parameters"]["message_id"] > 0
    assert {"getMe", "deleteWebhook", "getUpdates"} <= {call.method for call in api.calls}
    assert api.unknown_methods == []


async def test_callback_query_is_answered_and_message_edited(api: FakeBotAPI) -> None:
    async with running(echo_app(api)) as errors:
        api.push_text("/menu", user_id=7)
        [keyboard_message] = await api.wait_for_messages(1, chat_id=7)
        api.push_callback("plan:87", user_id=7, message=keyboard_message)
        await api.wait_for_messages(2, chat_id=7)

    assert errors == []
    button = keyboard_message.reply_markup["inline_keyboard"][0][0]
    assert button == {"text": "Kế hoạch 87", "callback_data": "plan:87"}
    assert api.answered_callbacks == [AnsweredCallback("1", "ok plan:87", False)]
    edit = api.sent_messages[-1]
    assert (edit.method, edit.message_id) == ("editMessageText", keyboard_message.message_id)
    assert edit.text == "Đã chọn plan:87"


async def test_document_is_downloaded_and_sent_back(api: FakeBotAPI) -> None:
    content = "Kế hoạch số 87\n".encode() * 100
    async with running(echo_app(api)) as errors:
        api.push_document(content, "kế-hoạch.txt", user_id=5, caption="xem giúp")
        await api.wait_for(lambda: api.sent_documents, what="a document")

    assert errors == []
    assert api.sent_messages[0].text == f"kế-hoạch.txt: {len(content)} bytes"
    [sent] = api.sent_documents
    assert (sent.chat_id, sent.filename, sent.content) == (5, "copy-kế-hoạch.txt", content.upper())
    assert [call.method for call in api.calls if call.method in ("getFile", "download")] == [
        "getFile",
        "download",
    ]


async def test_injected_429_is_retried_by_rate_limiter(api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", kind="429", retry_after=1)
    app = echo_app(api, builder(api).rate_limiter(AIORateLimiter(max_retries=2)))
    async with running(app) as errors:
        api.push_text("xin chào", user_id=3)
        await api.wait_for_messages(1, chat_id=3)

    assert errors == []
    assert api.faults == [Fault("sendMessage", "429")]
    assert len(api.calls_to("sendMessage")) == 2
    assert [m.text for m in api.sent_messages] == ["xin chào"]


async def test_timed_out_request_is_not_delivered(api: FakeBotAPI) -> None:
    async def echo_retrying_once(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            await update.message.reply_text(update.message.text)
        except TimedOut:
            await update.message.reply_text(update.message.text)

    api.fail_next("sendMessage", kind="timeout")
    # Short client timeouts keep the fault cheap: the fake holds the request until PTB gives up.
    app = builder(api).read_timeout(0.5).write_timeout(0.5).build()
    app.add_handler(MessageHandler(filters.TEXT, echo_retrying_once))
    started = time.monotonic()
    async with running(app) as errors:
        api.push_text("hello", user_id=9)
        await api.wait_for_messages(1, chat_id=9)

    assert errors == []
    assert time.monotonic() - started < 3
    assert api.faults == [Fault("sendMessage", "timeout")]
    assert [m.text for m in api.sent_messages] == ["hello"]


async def test_a_lost_reply_is_delivered_though_the_client_times_out(api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", kind="lost_reply")
    async with Bot(TOKEN, base_url=api.base_url, request=HTTPXRequest(read_timeout=0.3)) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(chat_id=5, text="đã gửi")

    assert api.faults == [Fault("sendMessage", "lost_reply")]
    assert [m.text for m in api.sent_messages] == ["đã gửi"]


async def test_fault_rate_is_seeded_and_counted(api: FakeBotAPI) -> None:
    api.fault_rate("sendMessage", rate=0.3, kinds=("429",), seed=1, retry_after=0.1)
    outcomes = []
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        for i in range(30):
            try:
                await bot.send_message(chat_id=1, text=f"m{i}")
                outcomes.append("ok")
            except RetryAfter:
                outcomes.append("429")

    assert outcomes.count("429") == len(api.faults) > 0
    assert len(api.sent_messages) == outcomes.count("ok") > 0


async def test_get_updates_long_polls_and_confirms_by_offset(api: FakeBotAPI) -> None:
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=0.3) == ()
        assert time.monotonic() - started >= 0.3

        poll = asyncio.create_task(bot.get_updates(timeout=5))
        await asyncio.sleep(0.05)
        first = api.push_text("một", user_id=1)["update_id"]
        api.push_text("hai", user_id=1)
        assert [u.message.text for u in await poll] == ["một", "hai"]

        # Unconfirmed updates are served again; an offset confirms everything before it.
        assert len(await bot.get_updates()) == 2
        [second] = await bot.get_updates(offset=first + 1)
        assert second.message.text == "hai"
        assert await bot.get_updates(offset=second.update_id + 1) == ()


async def test_400_messages_from_50_users_are_answered_exactly_once() -> None:
    texts = [
        (user_id, f"user {user_id} message {i}") for i in range(8) for user_id in range(1000, 1050)
    ]
    # A little latency per request keeps several sendMessage calls in flight at once.
    async with FakeBotAPI(latency=0.01) as api:
        app = echo_app(api, builder(api).concurrent_updates(64))
        started = time.monotonic()
        async with running(app) as errors:
            for user_id, text in texts:
                api.push_text(text, user_id=user_id)
            await api.wait_for_messages(len(texts), timeout=15)
        elapsed = time.monotonic() - started

    assert errors == []
    assert Counter((m.chat_id, m.text) for m in api.sent_messages) == Counter(texts)
    assert api.max_in_flight >= 5
    assert elapsed < 10, f"400 echoes took {elapsed:.1f}s"
    print(f"400 messages from 50 users echoed in {elapsed:.2f}s")


async def test_unknown_method_is_404_and_recorded(api: FakeBotAPI) -> None:
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendTeleportation", api_kwargs={"where": "Hà Nội"})

    assert api.unknown_methods == ["sendTeleportation"]
    assert api.calls[-1] == ("sendTeleportation", {"where": "Hà Nội"})


async def test_wait_for_timeout_shows_what_was_recorded(api: FakeBotAPI) -> None:
    async with Bot(TOKEN, base_url=api.base_url) as bot:
        await bot.send_message(chat_id=1, text="only one")

    with pytest.raises(AssertionError, match=r"2 message\(s\)[\s\S]*only one"):
        await api.wait_for_messages(2, timeout=0.1)


async def test_other_methods_behave_like_telegram(api: FakeBotAPI) -> None:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        assert (await bot.get_me()).username == "planbot_test_bot"
        await bot.set_my_commands([("hoi", "Hỏi về kế hoạch")])
        assert [c.command for c in await bot.get_my_commands()] == ["hoi"]
        assert await bot.send_chat_action(chat_id=1, action="typing")

        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
        sent = await bot.send_message(chat_id=1, text="<b>Kế hoạch</b>", parse_mode="HTML")
        edited = await bot.edit_message_reply_markup(1, sent.message_id, reply_markup=keyboard)
        assert edited.reply_markup == keyboard
        with pytest.raises(BadRequest, match="not modified"):
            await bot.edit_message_text(
                "<b>Kế hoạch</b>", 1, sent.message_id, reply_markup=keyboard
            )
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(chat_id=1, text="x" * 4097)

        pushed = api.push_document(b"%PDF-1.4", "kh.pdf", user_id=1)
        file_id = pushed["message"]["document"]["file_id"]
        resent = await bot.send_document(chat_id=1, document=file_id, caption="lại")
        assert resent.document.file_name == "kh.pdf"
        assert api.sent_documents[-1].content == b"%PDF-1.4"

        callback_update_id = api.push_callback("a", user_id=1, message=sent.message_id)["update_id"]
        api.push_sticker(1)
        update, sticker = await bot.get_updates(offset=callback_update_id)
        assert sticker.message.sticker.emoji == "👍"
        assert update.callback_query.message.reply_markup == keyboard
        assert await bot.answer_callback_query(update.callback_query.id)
        with pytest.raises(BadRequest, match="query id is invalid"):
            await bot.answer_callback_query(update.callback_query.id)

        await bot.set_webhook("https://example.invalid/hook")
        assert (await bot.get_webhook_info()).url == "https://example.invalid/hook"
        with pytest.raises(Conflict):
            await bot.get_updates()
        await bot.delete_webhook(drop_pending_updates=True)
        assert await bot.get_updates() == ()


async def test_a_token_not_accepted_is_unauthorized() -> None:
    async with FakeBotAPI(tokens=["42:accepted"]) as api:
        good = Bot("42:accepted", base_url=api.base_url)
        bad = Bot(TOKEN, base_url=api.base_url)
        async with good:
            assert (await good.get_me()).id == 42
        with pytest.raises(InvalidToken):
            await bad.initialize()
