"""The ``planbot`` command line: index plans, ask questions, chat, show, serve on Telegram."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import click

from indexer.errors import PlanError
from indexer.plan_files import is_current, plan_files, read_state, uploads_folder
from knowledge import default
from knowledge.answer import Context
from knowledge.store import KnowledgeBase, KnowledgeBaseError


def _today(value: str | None) -> date:
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-11-24") from None


def kb_path(db: str | None) -> Path:
    """``db``, or the default base, built from the bundled plans if due."""
    if db:
        return Path(db)
    path = default.default_path()
    uploads = uploads_folder(path)
    try:
        # It may be the bot's base: built from the same list, its uploads are kept. The
        # indexer (sqlite-utils, pyvi) loads only when a build is due.
        if not is_current(path, plan_files(read_state(uploads), default.BUNDLED, uploads)):
            from indexer.library import Library

            Library(path).ensure()
    except PlanError as e:
        raise click.ClickException(f"cannot build the default knowledge base: {e}") from None
    return path


def open_engine(db: str | None):
    """The engine over ``db``, or over the default base, built from the bundled plans if due."""
    from knowledge.engine import Engine

    try:
        return Engine(KnowledgeBase(kb_path(db)))
    except KnowledgeBaseError as e:
        raise click.ClickException(str(e)) from None


DB_HELP = "Knowledge base (default: $PLANBOT_DB, else one built from the bundled plans)."


@click.group()
@click.version_option(package_name="planbot")
def cli() -> None:
    """Answer questions about government plans (Quyết định, Kế hoạch) from their appendix tables."""


@cli.command(short_help="Build a knowledge base from plan files (.txt, .docx, .pdf).")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--db",
    required=True,
    type=click.Path(path_type=Path),
    help="Knowledge base to write; replaced only once the new one is built and valid.",
)
def index(files: tuple[Path, ...], db: Path) -> None:
    """Build a knowledge base from plan files (.txt, .docx or .pdf with a text layer).

    \b
    Example, from the project folder:
      planbot index knowledge/plans/1169-QD-UBND.txt --db kb.db
    """
    from indexer.build import build

    existed = db.exists()
    try:
        summaries = build(list(files), db)
    except PlanError as e:
        click.echo(f"error: {e}", err=True)
        click.echo(f"{db} was left unchanged." if existed else f"{db} was not written.", err=True)
        sys.exit(2)
    for summary in summaries:
        click.echo(str(summary))
    click.echo(f"wrote {db}")


@cli.command()
@click.argument("question", required=False)
@click.option("--db", type=click.Path(path_type=Path), envvar="PLANBOT_DB", help=DB_HELP)
@click.option("--today", help="Answer as of this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='Read {"q", "chat"?, "today"?} lines on stdin, write one JSON answer a line.',
)
def ask(
    question: str | None, db: Path | None, today: str | None, as_json: bool, jsonl: bool
) -> None:
    """Answer one question, or a stream of them with --jsonl.

    Example: planbot ask "Ai chủ trì nhiệm vụ II.3?"
    """
    engine = open_engine(str(db) if db else None)
    if jsonl:
        _ask_stream(engine, _today(today))
        return
    if not question:
        question = sys.stdin.read()
    if not question.strip():
        raise click.UsageError(
            'give a question, e.g. planbot ask "Ai chủ trì nhiệm vụ II.3?", '
            "or a stream of them with --jsonl"
        )
    answer = engine.answer(question, today=_today(today))
    if as_json:
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(answer.text)


def _ask_stream(engine, today: date) -> None:
    contexts: dict[str, Context] = {}
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            question = str(request.get("q", ""))
            day = _today(request.get("today")) if request.get("today") else today
        except (ValueError, AttributeError, click.BadParameter) as e:
            click.echo(
                json.dumps(
                    {
                        "found": False,
                        "intent": "error",
                        "tasks": [],
                        "text": f"bad request line: {e}",
                    },
                    ensure_ascii=False,
                )
            )
            continue
        chat = request.get("chat")
        answer = engine.answer(question, contexts.get(chat) if chat else None, day)
        if chat:
            contexts[chat] = answer.context
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        sys.stdout.flush()


@cli.command(short_help="Ask questions one after another, with follow-ups.")
@click.option("--db", type=click.Path(path_type=Path), envvar="PLANBOT_DB", help=DB_HELP)
@click.option("--today", help="Answer as of this date (YYYY-MM-DD).")
def chat(db: Path | None, today: str | None) -> None:
    """Ask questions one after another; follow-ups refer to the previous answer."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and history for input())
    engine = open_engine(str(db) if db else None)
    day = _today(today)
    context, suggestions = Context(), ()
    plans = ", ".join(p.number for p in engine.kb.plans())
    click.echo(f"planbot — {plans}. Hỏi bằng tiếng Việt hoặc tiếng Anh; Ctrl-D để thoát.")
    for example in engine.answer("help", today=day, lang="vi").items[:3]:
        click.echo(f"  {example}")
    while True:
        try:
            question = input("> ")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not question.strip():
            continue
        if question.strip().isdigit() and 0 < int(question) <= len(suggestions):
            question = suggestions[int(question) - 1].query  # a number picks a suggestion
        answer = engine.answer(question, context, day)
        context, suggestions = answer.context, answer.suggestions
        click.echo(answer.text)
        for i, s in enumerate(suggestions, 1):
            click.echo(f"  [{i}] {s.label}: {s.query}")


@cli.command(short_help="Show a plan (1169/QĐ-UBND) or a task (II.3).")
@click.argument("what")
@click.option("--db", type=click.Path(path_type=Path), envvar="PLANBOT_DB", help=DB_HELP)
def show(what: str, db: Path | None) -> None:
    """Show a plan (its number, e.g. 1169/QĐ-UBND) or a task (II.3, or "87/KH-UBND II.3")."""
    from knowledge import render
    from knowledge.normalize import fold

    engine = open_engine(str(db) if db else None)
    kb = engine.kb
    # Words that only say what kind of thing follows: "kế hoạch 58 nhiệm vụ I.1".
    parts = [p for p in re.sub(_KIND_WORDS, " ", what, flags=re.IGNORECASE).split()] or [what]
    # A plan: "1169/QĐ-UBND", "1169/qd" or just "1169"; a task: "II.3", "4", "87/KH-UBND II.3".
    leading = {re.match(r"\d*", fold(p.number))[0] for p in kb.plans()}
    names_plan = "/" in parts[0] or (parts[0].isdigit() and (len(parts) > 1 or parts[0] in leading))
    number = fold(parts[0]) if names_plan else None
    plans = [
        p
        for p in kb.plans()
        if number is None or fold(p.number).startswith(number if "/" in number else f"{number}/")
    ]
    if not plans:
        raise click.ClickException(f"no plan {parts[0]}")
    if len(parts) == 1 and number:
        plan = plans[0]
        click.echo(f"{plan.name} — {plan.issuer}, {plan.place} {plan.date or ''}")
        click.echo(plan.title)
        if plan.signer:
            click.echo(f"Ký: {plan.signer_title} {plan.signer}")
        for code, title in kb.group_titles(plan.id).items():
            click.echo(f"  {code} ({kb.count_tasks([plan.id], code)}): {render.shorten(title, 90)}")
        click.echo(f"{plan.task_count} nhiệm vụ; nguồn: {plan.source}")
        for warning in plan.warnings:
            click.echo(f"  warning: {warning}")
        return
    tasks = kb.tasks_by_ref(parts[-1], plan_ids=[p.id for p in plans])
    if not tasks:
        what = "plan or task" if parts[-1].isdigit() and len(parts) == 1 else "task"
        raise click.ClickException(f"no {what} {parts[-1]}")
    for task in tasks:
        plan = kb.plan(task.plan_id)
        click.echo(render.task_head(task, plan, "vi", limit=10_000))
        for line in render.card(task, kb.columns(plan.id), date.today(), "vi"):
            click.echo(f"  {line}")


_KIND_WORDS = r"\b(?:kế hoạch|quyết định|ke hoach|quyet dinh|nhiệm vụ|nhiem vu|task|plan)\b"


# ------------------------------------------------------------------ Telegram

TOKEN_FORMAT = re.compile(r"\d+:[A-Za-z0-9_-]{30,}")
SECRET_FORMAT = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram allows in secret_token
DEFAULT_BOT_API = "https://api.telegram.org/bot"


def _fail(message: str) -> NoReturn:
    """One line on stderr and exit code 2, the code click gives usage errors."""
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _stop(message: str) -> NoReturn:
    """One line on stderr and exit code 1: the configuration is fine, starting failed."""
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _admin_ids(value: str) -> list[int]:
    try:
        return [int(part) for part in value.replace(" ", "").split(",") if part]
    except ValueError:
        _fail(f"PLANBOT_ADMIN_IDS must be comma-separated Telegram user ids, not {value!r}")


@cli.command()
@click.option(
    "--webhook",
    "webhook_url",
    metavar="URL",
    help="Receive updates at this public HTTPS URL instead of long polling.",
)
@click.option(
    "--listen",
    default="127.0.0.1",
    show_default=True,
    help="Address the webhook server binds; the reverse proxy forwards to it.",
)
@click.option("--port", default=8443, show_default=True, help="Port of the webhook server.")
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    envvar="PLANBOT_DB",
    help="Knowledge base (default: built from the bundled plans in the user's cache).",
)
def serve(webhook_url: str | None, listen: str, port: int, db: Path | None) -> None:
    """Run the Telegram bot: long polling, or a webhook with --webhook.

    Configuration comes from the environment: TELEGRAM_BOT_TOKEN (from @BotFather),
    PLANBOT_ADMIN_IDS (comma-separated user ids), PLANBOT_DB, TELEGRAM_API_BASE_URL (a
    self-hosted Bot API server), PLANBOT_PUBLIC_URL (the web site's address, which task
    answers link to) and, with --webhook, PLANBOT_WEBHOOK_SECRET (generated if unset);
    Telegram sends it with every update and other requests are rejected.
    """
    from telegram import Update
    from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError

    from bot import logs
    from bot.app import build_application

    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        _fail("TELEGRAM_BOT_TOKEN is not set; create a bot with @BotFather and export its token")
    if not TOKEN_FORMAT.fullmatch(token):
        _fail("TELEGRAM_BOT_TOKEN is malformed; it looks like 123456789:AAE... (from @BotFather)")
    admins = _admin_ids(os.environ.get("PLANBOT_ADMIN_IDS", ""))
    secret = os.environ.get("PLANBOT_WEBHOOK_SECRET") or secrets.token_urlsafe(32)
    if not SECRET_FORMAT.fullmatch(secret):
        _fail("PLANBOT_WEBHOOK_SECRET may hold only letters, digits, _ and - (256 at most)")
    logs.configure(token)
    if not admins:
        logging.getLogger(__name__).warning("PLANBOT_ADMIN_IDS is empty: nobody can upload plans")
    base_url = os.environ.get("TELEGRAM_API_BASE_URL") or None
    public_url = os.environ.get("PLANBOT_PUBLIC_URL") or None
    app = build_application(
        token, admin_ids=admins, db_path=db, base_url=base_url, public_url=public_url
    )
    # Only start-up failures escape run_polling/run_webhook (later ones are retried inside);
    # PTB's messages may hold the token (InvalidToken's does), so each is one masked line.
    try:
        if webhook_url:
            app.run_webhook(
                listen=listen,
                port=port,
                url_path=urlsplit(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        _fail(
            "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): it was revoked or "
            "mistyped; get the current token from @BotFather"
        )
    except BadRequest as e:  # a subclass of NetworkError, but Telegram did answer
        _stop(f"the Bot API refused to start the bot: {logs.mask(str(e), token)}")
    except NetworkError as e:  # TimedOut included
        host = urlsplit(base_url or DEFAULT_BOT_API).netloc
        _stop(
            f"cannot reach the Bot API at {host} ({logs.mask(str(e), token)}); "
            "check the network, a proxy or TELEGRAM_API_BASE_URL, then start again"
        )
    except TelegramError as e:
        _stop(f"the Bot API refused to start the bot: {logs.mask(str(e), token)}")


# ------------------------------------------------------------------ the web site


@cli.command(short_help="Serve the public, read-only web site.")
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    envvar="PLANBOT_DB",
    help="Knowledge base (default: built from the bundled plans in the user's cache).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; a reverse proxy such as nginx forwards to it.",
)
@click.option("--port", default=8080, show_default=True, help="Port to listen on.")
def web(db: Path | None, host: str, port: int) -> None:
    """Serve the public, read-only web site: plans, tasks, the dialogue schedule and its
    calendar feed (/lich.ics). It serves the same knowledge base as the bot, and a new
    upload as soon as it is swapped in.

    Behind a proxy on this host, the client's address (for the rate limit) is read from
    X-Forwarded-For; set FORWARDED_ALLOW_IPS to the proxy's address if it is elsewhere.
    """
    import uvicorn

    from bot.web.app import create_app

    path = kb_path(str(db) if db else None)
    try:
        KnowledgeBase(path).close()  # a missing or foreign file fails here, in one line
    except KnowledgeBaseError as e:
        raise click.ClickException(str(e)) from None
    uvicorn.run(create_app(path), host=host, port=port, proxy_headers=True, server_header=False)
