"""Reading a message: the command, its argument, and whether it is meant for the bot."""

from __future__ import annotations

from telegram import Message
from telegram.constants import ChatType


def command(message: Message) -> str:
    """ "/Han@planbot_bot Q2/2026" → "han"."""
    return message.text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()


def argument(message: Message) -> str:
    """Everything after the command, as typed (``context.args`` would lose the spacing)."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def addressed_text(message: Message, bot_username: str) -> str | None:
    """The text (or a document's caption) of a message meant for the bot; None otherwise.

    In a private chat every message is for the bot. In a group, only a reply to the bot
    or a message that mentions it is, and the mention is taken out.
    """
    text = message.text or message.caption or ""
    if message.chat.type == ChatType.PRIVATE:
        return text
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.username == bot_username:
        return text
    mention = f"@{bot_username}".lower()
    start = text.lower().find(mention)
    if start < 0:
        return None
    return (text[:start] + text[start + len(mention) :]).strip()
