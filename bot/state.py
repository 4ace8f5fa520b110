"""The bot's own memory, in its own SQLite file beside the knowledge base.

The knowledge base is replaced wholesale on every upload, so nothing about chats can live
in it. This file holds what must survive a restart: each user's follow-up context in each
chat, the context each recent answer was sent with (a reply to that answer goes on from it),
the reminder subscriptions and the reminders already sent, the payloads behind inline buttons
(Telegram allows only 64 bytes of callback data), and the counts admins read in /thongke
and /chuatraloi. User ids are not stored with questions: admins see what was asked, not who.

Every call runs on the event loop's thread and is a few milliseconds at most.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from knowledge.answer import Context

UNANSWERED_KEPT = 200
BUTTONS_KEPT = 20_000
# A reply to an answer older than these goes on from the user's current context instead.
MESSAGES_KEPT = 100  # per chat, the most recent answer messages
MESSAGE_BYTES_KEPT = 256_000  # per chat: a list across many plans holds thousands of tasks
MESSAGE_DAYS = 60

_SCHEMA = """
create table if not exists user_contexts (
    chat_id integer not null, user_id integer not null, context text not null,
    updated_at text not null, primary key (chat_id, user_id));
create table if not exists message_contexts (
    chat_id integer not null, message_id integer not null, sent_at text not null,
    bytes integer not null, context text not null, primary key (chat_id, message_id));
create table if not exists subscriptions (
    chat_id integer primary key, agency text, created_at text not null,
    lang text not null default 'vi');
create table if not exists reminders_sent (
    chat_id integer not null, key text not null, sent_at text not null,
    primary key (chat_id, key));
create table if not exists buttons (
    key text primary key, payload text not null, created_at text not null);
create table if not exists questions (
    day text not null, intent text not null, status text not null, n integer not null,
    primary key (day, intent, status));
create table if not exists unanswered (
    id integer primary key autoincrement, asked_at text not null, question text not null);
"""


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    agency: str | None  # None: every task of every plan
    lang: str = "vi"  # of the one who subscribed: the reminders' headings and questions


@dataclass(frozen=True)
class DayStats:
    day: date
    asked: int
    answered: int  # found or ambiguous (the user got options); the rest found nothing


class BotState:
    """Follow-up contexts, subscriptions, button payloads and question statistics."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        # WAL with NORMAL sync: one small write per question must not cost an fsync.
        self.conn.execute("pragma journal_mode=wal")
        self.conn.execute("pragma synchronous=normal")
        self.conn.executescript(_SCHEMA)
        columns = {row[1] for row in self.conn.execute("pragma table_info(subscriptions)")}
        if "lang" not in columns:  # a state file from before reminders had a language
            self.conn.execute(
                "alter table subscriptions add column lang text not null default 'vi'"
            )
        self._migrate_chat_contexts()

    def _migrate_chat_contexts(self) -> None:
        """A state file from before contexts were kept per user: a private chat's context is
        its user's. A group's was whoever asked last, so it is no member's and is dropped."""
        self.conn.execute("begin immediate")  # workers starting together migrate once
        try:
            if self.conn.execute(
                "select 1 from sqlite_master where type = 'table' and name = 'contexts'"
            ).fetchone():
                self.conn.execute(
                    "insert or ignore into user_contexts select chat_id, chat_id, context, "
                    "updated_at from contexts where chat_id > 0"
                )
                self.conn.execute("drop table contexts")
            self.conn.execute("commit")
        except BaseException:
            self.conn.execute("rollback")
            raise

    def close(self) -> None:
        self.conn.close()

    # ------------------------------------------------------------ follow-up context

    def context(self, chat_id: int, user_id: int) -> Context:
        """What ``user_id`` last talked about in the chat (in a private chat, the chat's id)."""
        row = self.conn.execute(
            "select context from user_contexts where chat_id = ? and user_id = ?",
            (chat_id, user_id),
        ).fetchone()
        return _context(row[0]) if row else Context()

    def save_context(self, chat_id: int, user_id: int, context: Context, now: datetime) -> None:
        self.conn.execute(
            "insert or replace into user_contexts values (?, ?, ?, ?)",
            (chat_id, user_id, _json(context), now.isoformat()),
        )

    def message_context(self, chat_id: int, message_id: int) -> Context | None:
        """The context an answer was sent with; None for other messages and forgotten ones."""
        row = self.conn.execute(
            "select context from message_contexts where chat_id = ? and message_id = ?",
            (chat_id, message_id),
        ).fetchone()
        return _context(row[0]) if row else None

    def save_message_context(
        self, chat_id: int, message_ids: Iterable[int], context: Context, now: datetime
    ) -> None:
        """Remember the context of the messages of one answer, and forget the chat's older
        answers beyond the last :data:`MESSAGES_KEPT`, or beyond :data:`MESSAGE_BYTES_KEPT`
        of contexts (the newest is kept whatever its size). Telegram numbers a chat's
        messages in order."""
        stored = _json(context)
        row = (now.isoformat(), len(stored.encode()), stored)
        self.conn.executemany(
            "insert or replace into message_contexts values (?, ?, ?, ?, ?)",
            [(chat_id, message_id, *row) for message_id in message_ids],
        )
        # The size is stored before the context so that summing it reads no context.
        self.conn.execute(
            "delete from message_contexts where chat_id = ? and message_id < ("
            "select min(message_id) from (select message_id, row_number() over newest as n, "
            "sum(bytes) over newest as total from message_contexts where chat_id = ? "
            "window newest as (order by message_id desc)) "
            "where n = 1 or (n <= ? and total <= ?))",
            (chat_id, chat_id, MESSAGES_KEPT, MESSAGE_BYTES_KEPT),
        )

    def forget_old_messages(self, now: datetime) -> None:
        """Forget the contexts of answers sent more than :data:`MESSAGE_DAYS` ago."""
        since = (now - timedelta(days=MESSAGE_DAYS)).isoformat()
        self.conn.execute("delete from message_contexts where sent_at < ?", (since,))

    # ------------------------------------------------------------ subscriptions

    def subscribe(self, chat_id: int, agency: str | None, now: datetime, lang: str = "vi") -> None:
        self.conn.execute(
            "insert or replace into subscriptions (chat_id, agency, created_at, lang) "
            "values (?, ?, ?, ?)",
            (chat_id, agency, now.isoformat(), lang),
        )

    def unsubscribe(self, chat_id: int) -> bool:
        cursor = self.conn.execute("delete from subscriptions where chat_id = ?", (chat_id,))
        return cursor.rowcount > 0

    def subscriptions(self) -> list[Subscription]:
        rows = self.conn.execute("select chat_id, agency, lang from subscriptions order by chat_id")
        return [Subscription(chat_id, agency, lang) for chat_id, agency, lang in rows]

    def claim_reminder(self, chat_id: int, key: str, now: datetime) -> bool:
        """Record a reminder as sent before sending it; False if it already was. Workers that
        share this file run the same job, and only the one whose insert lands sends."""
        cursor = self.conn.execute(
            "insert or ignore into reminders_sent values (?, ?, ?)",
            (chat_id, key, now.isoformat()),
        )
        return cursor.rowcount == 1

    def release_reminder(self, chat_id: int, key: str) -> None:
        """Undo a claim whose sending failed, so the next run tries again."""
        self.conn.execute(
            "delete from reminders_sent where chat_id = ? and key = ?", (chat_id, key)
        )

    # ------------------------------------------------------------ button payloads

    def button_key(self, payload: str, now: datetime) -> str:
        """A short, stable key for a payload; the same payload always gets the same key."""
        key = hashlib.sha256(payload.encode()).hexdigest()[:16]
        self.conn.execute(
            "insert into buttons values (?, ?, ?) "
            "on conflict (key) do update set created_at = excluded.created_at",
            (key, payload, now.isoformat()),
        )
        return key

    def button_payload(self, key: str) -> str | None:
        row = self.conn.execute("select payload from buttons where key = ?", (key,)).fetchone()
        return row[0] if row else None

    def forget_old_buttons(self) -> None:
        """Keep the most recently used buttons; older ones answer "expired"."""
        self.conn.execute(
            "delete from buttons where key not in "
            "(select key from buttons order by created_at desc limit ?)",
            (BUTTONS_KEPT,),
        )

    # ------------------------------------------------------------ statistics

    def record_question(
        self, question: str, intent: str, status: str, now: datetime, *, answered: bool
    ) -> None:
        self.conn.execute(
            "insert into questions values (?, ?, ?, 1) "
            "on conflict (day, intent, status) do update set n = n + 1",
            (now.date().isoformat(), intent, status),
        )
        if not answered:
            self.conn.execute(
                "insert into unanswered (asked_at, question) values (?, ?)",
                (now.isoformat(timespec="minutes"), question),
            )
            self.conn.execute(
                "delete from unanswered where id <= (select max(id) from unanswered) - ?",
                (UNANSWERED_KEPT,),
            )

    def unanswered(self, limit: int = 20) -> list[tuple[datetime, str]]:
        """The most recent questions that found nothing, newest first."""
        rows = self.conn.execute(
            "select asked_at, question from unanswered order by id desc limit ?", (limit,)
        )
        return [(datetime.fromisoformat(at), question) for at, question in rows]

    def daily_stats(self, today: date, days: int) -> list[DayStats]:
        """Questions per day over the last ``days`` days, oldest first; empty days left out."""
        since = (today - timedelta(days=days - 1)).isoformat()
        rows = self.conn.execute(
            "select day, sum(n), sum(case when status != 'not_found' then n else 0 end) "
            "from questions where day >= ? group by day order by day",
            (since,),
        )
        return [DayStats(date.fromisoformat(day), asked, answered) for day, asked, answered in rows]

    def top_intents(self, today: date, days: int, limit: int = 5) -> list[tuple[str, int]]:
        since = (today - timedelta(days=days - 1)).isoformat()
        counts: Counter[str] = Counter()
        for intent, n in self.conn.execute(
            "select intent, sum(n) from questions where day >= ? group by intent", (since,)
        ):
            counts[intent] = n
        return counts.most_common(limit)


def _json(context: Context) -> str:
    return json.dumps(context.to_dict(), ensure_ascii=False)


def _context(stored: str) -> Context:
    return Context.from_dict(json.loads(stored))
