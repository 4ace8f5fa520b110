"""Running the real bot against :class:`tests.fakebotapi.FakeBotAPI`, for the bot tests.

Only Telegram is faked: the engine, the library and the bot's state are the real ones,
over a copy of a knowledge base built once per test session.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import io
import re
import shutil
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import docx
import pytest
from telegram.ext import Application, ApplicationBuilder

from bot.app import build_application
from bot.shared import VIETNAM
from indexer.build import build
from indexer.library import Library
from tests.fakebotapi import FakeBotAPI, SentMessage

from .conftest import SEED, TAY_AN

TOKEN = "123456:TEST-token"
ADMIN = 1000
USER = 42
BOT = "planbot_test_bot"


class Clock:
    """The bot's clock, set by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, *args: int) -> None:
        self.now = dt.datetime(*args, tzinfo=VIETNAM)


def at(*args: int) -> Clock:
    """A clock standing at a local (Vietnam) time: at(2026, 3, 2, 9)."""
    return Clock(dt.datetime(*args, tzinfo=VIETNAM))


@pytest.fixture(scope="session")
def seed_base(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("botseed") / "kb.db"
    build([SEED], path)
    return path


@pytest.fixture(scope="session")
def two_plan_library(tmp_path_factory) -> Path:
    """A library folder: the bundled plan plus 87/KH-UBND uploaded (kb.db, uploads/)."""
    folder = tmp_path_factory.mktemp("bottwo")
    Library(folder / "kb.db").ensure()
    Library(folder / "kb.db").add(TAY_AN.name, TAY_AN.read_bytes())
    return folder


@pytest.fixture
def two_plan_kb(two_plan_library, tmp_path) -> Path:
    """A fresh copy of the two-plan library; the path of its knowledge base."""
    shutil.copytree(two_plan_library, tmp_path / "two")
    return tmp_path / "two" / "kb.db"


@pytest.fixture
def kb(seed_base, tmp_path) -> Path:
    """A fresh copy of the 1169/QĐ-UBND base in this test's directory."""
    path = tmp_path / "kb.db"
    shutil.copy(seed_base, path)
    return path


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(bot_username=BOT) as fake:
        yield fake


@contextlib.asynccontextmanager
async def running(
    api: FakeBotAPI,
    kb: Path,
    *,
    clock: Clock | None = None,
    admins: Iterable[int] = (ADMIN,),
    builder: ApplicationBuilder | None = None,
    rate_limiter: bool = True,
    public_url: str | None = None,
) -> AsyncIterator[Application]:
    """The bot, started as ``planbot serve`` starts it, polling the fake.

    Handler errors reach the bot's own error handler (which logs and apologises); the
    test fails if there was any.
    """
    app = build_application(
        TOKEN,
        base_url=api.base_url,
        admin_ids=admins,
        db_path=kb,
        clock=clock or at(2026, 3, 2, 9, 0),
        builder=builder,
        rate_limiter=rate_limiter,
        public_url=public_url,
    )
    errors: list[BaseException] = []

    async def collect(update: object, context) -> None:
        errors.append(context.error)

    app.add_error_handler(collect)
    # run_polling() calls post_init after initialize(); driving the parts by hand, so do we.
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=dt.timedelta(seconds=1))
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)
    assert errors == [], f"handler errors: {errors!r}"


def plan_docx(
    lead: str = "Công an tỉnh",
    deadlines: tuple[str, str] = ("Quý III/2026", "Quý IV/2026"),
    content: str = "Xây dựng trung tâm dữ liệu tỉnh",
) -> bytes:
    """A small plan (87/KH-UBND) as officers write them: header lines, PHỤ LỤC, and a task
    table of two tasks, the first led by ``lead``, with ``content``."""
    document = docx.Document()
    for line in (
        "ỦY BAN NHÂN DÂN",
        "TỈNH TÂY AN",
        "Số: 87/KH-UBND",
        "Tây An, ngày 5 tháng 3 năm 2025",
        "KẾ HOẠCH",
        "THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2025",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "a) Nâng cao hiệu quả quản lý nhà nước.",
        "PHỤ LỤC",
        "DANH MỤC NHIỆM VỤ",
        "(Kèm theo Kế hoạch số 87/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Tây An)",
    ):
        document.add_paragraph(line)
    first, second = deadlines
    rows = [
        ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        ("I", "Hạ tầng số", "", "", ""),
        ("1.", content, lead, "Sở Tài chính", first),
        ("2.", "Triển khai chữ ký số cho cán bộ", "Sở Nội vụ", "Các sở, ngành", second),
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


async def exchange(api: FakeBotAPI, text: str, *, user_id: int = USER, n: int = 1, **kw):
    """Send a message and wait for the ``n`` messages the bot sends back to that chat."""
    chat_id = kw.get("chat_id", user_id)
    before = len([m for m in api.sent_messages if m.chat_id == chat_id])
    api.push_text(text, user_id=user_id, **kw)
    sent = await api.wait_for_messages(before + n, chat_id=chat_id)
    return sent[before:]


async def exchange_edit(api, update, text: str, n: int = 1):
    """Edit a message pushed earlier; the ``n`` messages the bot sends back."""
    chat_id = update["message"]["chat"]["id"]
    before = len([m for m in api.sent_messages if m.chat_id == chat_id])
    api.push_edit(update, text)
    return (await api.wait_for_messages(before + n, chat_id=chat_id))[before:]


async def press(api: FakeBotAPI, message: SentMessage, label: str, *, user_id: int = USER, n=1):
    """Press the button labelled ``label`` under ``message``; the ``n`` messages that follow."""
    before = len([m for m in api.sent_messages if m.chat_id == message.chat_id])
    api.push_callback(button_data(message, label), user_id=user_id, message=message)
    sent = await api.wait_for_messages(before + n, chat_id=message.chat_id)
    return sent[before:]


def buttons(message: SentMessage) -> list[list[str]]:
    """The button labels under a message, row by row."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return [[b["text"] for b in row] for row in rows]


def button_data(message: SentMessage, label: str) -> str:
    for row in (message.reply_markup or {}).get("inline_keyboard", []):
        for b in row:
            if b["text"] == label:
                return b["callback_data"]
    raise AssertionError(f"no button {label!r} under {message.text!r}: {buttons(message)}")


def all_callback_data(messages: Iterable[SentMessage]) -> list[str]:
    return [
        b["callback_data"]
        for m in messages
        for row in (m.reply_markup or {}).get("inline_keyboard", [])
        for b in row
    ]


def visible(text: str) -> str:
    """What Telegram shows for an HTML message: only the tags the bot writes, then the text.

    Fails if the message holds any other tag, i.e. if user or document text got through
    unescaped.
    """
    tags = re.findall(r"<[^>]*>", text)
    unexpected = [t for t in tags if t not in ("<b>", "</b>", "<i>", "</i>")]
    assert unexpected == [], f"unescaped markup {unexpected} in {text!r}"
    return html.unescape(re.sub(r"</?[bi]>", "", text))
