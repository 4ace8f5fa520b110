"""`planbot serve`: configuration errors, long polling and the webhook, run as a process
against the fake Bot API; and the token kept out of the logs."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.logs import MASK, TokenFilter
from tests.botkit import visible
from tests.fakebotapi import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent
# The shape of a real token, so that serve accepts it; the fake takes any.
TOKEN = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9"
SECRET = TOKEN.split(":")[1]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "123:abc"}, "TELEGRAM_BOT_TOKEN is malformed"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "PLANBOT_ADMIN_IDS": "12,ana"}, "PLANBOT_ADMIN_IDS must"),
    ],
)
def test_bad_configuration_is_one_line_and_exit_code_2(env, expected):
    clean = {"TELEGRAM_BOT_TOKEN": None, "PLANBOT_ADMIN_IDS": None}
    result = CliRunner().invoke(cli, ["serve"], env={**clean, **env})

    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and expected in result.output
    assert "abc" not in result.output  # not even a malformed token is echoed


def test_the_token_filter_masks_messages_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenFilter(TOKEN))
    logger = logging.getLogger("test_bot_serve.masked")
    logger.addHandler(handler)
    try:
        logger.warning("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getUpdates")
        except RuntimeError:
            logger.exception("polling failed")
    finally:
        logger.removeHandler(handler)

    logged = stream.getvalue()
    assert SECRET not in logged
    assert (
        f"/bot7123456789:{MASK}/getMe" in logged and f"/bot7123456789:{MASK}/getUpdates" in logged
    )


async def _serve(base_url: str, kb: Path, *args: str, **env: str) -> asyncio.subprocess.Process:
    """Start ``python -m bot serve ARGS`` against ``base_url``, its output piped."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "serve",
        *args,
        cwd=ROOT,
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": base_url,
            "PLANBOT_DB": str(kb),
            "PLANBOT_ADMIN_IDS": "1000",
            **env,
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


@contextlib.asynccontextmanager
async def serving(api, kb: Path, *args: str, **env: str) -> AsyncIterator[list[str]]:
    """``python -m bot serve ARGS`` against the fake; yields its stderr lines once it exits."""
    process = await _serve(api.base_url, kb, *args, **env)
    lines: list[str] = []
    try:
        yield lines
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGINT)  # how an operator stops it: a clean shutdown
        try:
            output, _ = await asyncio.wait_for(process.communicate(), timeout=10)
        except TimeoutError:
            process.kill()
            output, _ = await process.communicate()
        lines += output.decode().splitlines()


async def serve_until_it_exits(base_url: str, kb: Path) -> tuple[int, list[str]]:
    """``python -m bot serve`` against ``base_url``; its exit code and output lines."""
    process = await _serve(base_url, kb)
    output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    return process.returncode, output.decode().splitlines()


async def test_a_token_telegram_rejects_is_one_line_and_exit_code_2(kb):
    async with FakeBotAPI(tokens=()) as api:  # every token is "Unauthorized", as a revoked one
        code, lines = await serve_until_it_exits(api.base_url, kb)

    assert api.calls_to("getMe")  # it did ask Telegram
    assert code == 2
    assert lines == [
        "error: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): it was revoked or "
        "mistyped; get the current token from @BotFather"
    ]


async def test_an_unreachable_bot_api_at_start_is_one_line(kb):
    with socket.socket() as probe:  # a port nothing listens on once the probe is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, lines = await serve_until_it_exits(f"http://127.0.0.1:{port}/bot", kb)

    assert code == 1
    [line] = lines
    assert line.startswith(f"error: cannot reach the Bot API at 127.0.0.1:{port} (")
    assert "check the network" in line and SECRET not in line


async def test_serve_polls_and_never_logs_the_token(api, kb):
    async with serving(api, kb) as log:
        await api.wait_for(lambda: api.calls_to("setMyCommands"), timeout=20, what="start-up")
        api.push_text("Ai chủ trì nhiệm vụ II.3?", user_id=42)
        [reply] = await api.wait_for_messages(1, chat_id=42, timeout=10)

    assert "Sở Khoa học và Công nghệ" in visible(reply.text)
    assert any("Application started" in line for line in log), log
    assert not any(SECRET in line for line in log)
    assert not any("HTTP Request" in line for line in log)  # httpx's per-request lines


async def test_webhook_accepts_only_requests_with_the_secret(api, kb):
    with socket.socket() as probe:  # a free port for the webhook server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/planbot/hook"
    update = {"update_id": 9001, "message": api.make_message(user_id=42, text="/nhiemvu II.3")}
    update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 8}]
    async with serving(
        api, kb, "--webhook", url, "--port", str(port), PLANBOT_WEBHOOK_SECRET="s3cr3t-Value"
    ):
        await api.wait_for(lambda: api.calls_to("setWebhook"), timeout=20, what="setWebhook")
        async with httpx.AsyncClient() as client:
            forged = await client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
            )
            missing = await client.post(url, json=update)
            genuine = await client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cr3t-Value"}
            )
        [reply] = await api.wait_for_messages(1, chat_id=42, timeout=10)

    [registered] = api.calls_to("setWebhook")
    assert (registered["url"], registered["secret_token"]) == (url, "s3cr3t-Value")
    assert (forged.status_code, missing.status_code, genuine.status_code) == (403, 403, 200)
    assert visible(reply.text).startswith("Nhiệm vụ II.3 (1169/QĐ-UBND)")
    assert len(api.sent_messages) == 1  # the forged updates were not handled
