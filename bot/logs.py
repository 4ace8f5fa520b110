"""Logging for ``planbot serve``, with the bot token kept out of every line.

The Bot API puts the token in every URL (``https://api.telegram.org/bot<token>/getMe``),
and httpx logs each request URL at INFO. httpx is set to WARNING, as python-telegram-bot's
examples do, and a filter on the handlers masks the token in whatever still gets through,
tracebacks included.
"""

from __future__ import annotations

import logging

from telegram.error import TelegramError

MASK = "<token>"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# PTB's description of the start-up calls (getMe, deleteWebhook) in its retry loop's logs.
BOOTSTRAP = "Network Retry Loop (Bootstrap"


def mask(text: str, token: str) -> str:
    """``text`` with the secret part of ``token`` (after the colon) replaced by MASK."""
    secret = token.split(":", 1)[-1]
    return text.replace(secret, MASK) if secret else text


class TokenFilter(logging.Filter):
    """Masks the secret part of a bot token (after the colon) in messages and tracebacks."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        self.secret = token.split(":", 1)[-1]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = mask(message, self.token), ()
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text once it is set, so the masked text is what they print.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.secret in record.exc_text:
            record.exc_text = mask(record.exc_text, self.token)
        return True


class StartupFailureFilter(logging.Filter):
    """Drops PTB's traceback of a failed start-up (a rejected token, an unreachable Bot API):
    the exception escapes ``run_polling`` and ``planbot serve`` reports it in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not (isinstance(error, TelegramError) and record.getMessage().startswith(BOOTSTRAP))


def configure(token: str, level: int = logging.INFO) -> None:
    """Log to stderr at ``level``, never showing ``token``."""
    logging.basicConfig(format=FORMAT, level=level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(StartupFailureFilter())
        handler.addFilter(TokenFilter(token))
