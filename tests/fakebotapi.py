"""A fake Telegram Bot API server for tests: the real python-telegram-bot runs against it offline.

Usage::

    import datetime

    from telegram.ext import ApplicationBuilder
    from tests.fakebotapi import FakeBotAPI

    async with FakeBotAPI() as api:
        app = (
            ApplicationBuilder()
            .token("123456:TEST-token")
            .base_url(api.base_url)
            .base_file_url(api.base_file_url)
            .read_timeout(0.5)  # only needed with kind="timeout" faults: the fault then
            .write_timeout(0.5)  # costs 0.5 s instead of PTB's default 5 s
            .build()
        )
        app.add_handler(...)
        await app.initialize()
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=datetime.timedelta(seconds=2))
        api.push_text("Xin chào", user_id=42)
        [reply] = await api.wait_for_messages(1, chat_id=42)
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

Semantics worth knowing:

* Wire format: PTB 22 (HTTPXRequest) POSTs ``application/x-www-form-urlencoded`` with ``str``
  values sent verbatim and every other value JSON-encoded (``chat_id=42``,
  ``reply_markup={"inline_keyboard": ...}``); it switches to ``multipart/form-data`` when a file
  is uploaded. So a form value is JSON-decoded unless its field is free text (see
  ``_TEXT_FIELDS``), which keeps a message text such as ``"123"`` a string. JSON bodies and query
  strings are accepted too.
* Updates stay queued until confirmed by a ``getUpdates`` offset, as on Telegram, so a long poll
  cancelled by the client loses nothing.
* Faults are injected before a method runs. ``"429"`` replies with ``retry_after``;
  ``"timeout"`` holds the request until the client hangs up (or ``timeout_delay`` passes, then
  drops the connection) and never applies it: a timed-out ``sendMessage`` is not delivered.
  ``"lost_reply"`` applies the request, then holds its reply the same way: the message is
  delivered but the client cannot know it (Telegram slow to answer, a reply lost on the way).
  The client's read timeout must be shorter than the delay to see ``telegram.error.TimedOut``.
* ``latency`` delays every reply; ``max_in_flight`` is the most requests ever served at once.
* ``tokens`` limits the tokens accepted; any other gets ``401 Unauthorized``, as a revoked token
  does on Telegram (PTB raises ``InvalidToken``).
* Message ids come from one counter shared by all chats. Telegram-like ``400`` errors are returned
  for empty or over-long texts, edits that change nothing, editing or answering something unknown.
* ``setWebhook`` is recorded (and makes ``getUpdates`` return 409 like Telegram) but the fake never
  POSTs updates to the webhook. ``allowed_updates`` is recorded but not applied.
"""

import asyncio
import copy
import html
import itertools
import json
import mimetypes
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import tornado.httpserver
import tornado.httputil
import tornado.netutil
import tornado.web

JSONDict = dict[str, Any]

FAULT_KINDS = ("429", "timeout", "lost_reply")
MAX_TEXT_LENGTH = 4096

# PTB sends str values verbatim, so these must never be JSON-decoded ("123", "true" stay text).
_TEXT_FIELDS = frozenset(
    {
        "action",
        "callback_query_id",
        "caption",
        "data",
        "description",
        "document",
        "emoji",
        "file_id",
        "inline_message_id",
        "language_code",
        "parse_mode",
        "query",
        "secret_token",
        "text",
        "title",
        "url",
    }
)


class Call(NamedTuple):
    """One request received by the fake: the Bot API method and its decoded parameters."""

    method: str
    params: JSONDict


@dataclass(frozen=True)
class Upload:
    """A file uploaded in a multipart request, as it appears in ``Call.params``."""

    filename: str
    content: bytes = field(repr=False)
    mime_type: str


@dataclass(frozen=True)
class SentMessage:
    """A text the bot sent (``sendMessage``) or rewrote (``editMessageText``)."""

    method: str
    chat_id: int | str
    message_id: int
    text: str
    parse_mode: str | None
    reply_markup: JSONDict | None


@dataclass(frozen=True)
class SentDocument:
    """A document the bot sent, with the uploaded (or re-sent) bytes."""

    chat_id: int | str
    message_id: int
    filename: str | None
    content: bytes = field(repr=False)
    caption: str | None


@dataclass(frozen=True)
class SentPhoto:
    """A photo the bot sent, with the uploaded bytes."""

    chat_id: int | str
    message_id: int
    content: bytes = field(repr=False)
    caption: str | None
    parse_mode: str | None


@dataclass(frozen=True)
class AnsweredCallback:
    """An ``answerCallbackQuery`` call."""

    callback_query_id: str
    text: str | None
    show_alert: bool


@dataclass(frozen=True)
class Fault:
    """A fault injected into one request."""

    method: str
    kind: str


@dataclass(frozen=True)
class _FaultSpec:
    kind: str
    retry_after: float
    delay: float | None


@dataclass
class _FaultRate:
    rate: float
    kinds: tuple[str, ...]
    rng: random.Random
    retry_after: float
    delay: float | None


@dataclass(frozen=True)
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes = field(repr=False)
    file_name: str | None
    mime_type: str | None

    def as_json(self) -> JSONDict:
        """The fields shared by Document, Sticker, PhotoSize and friends."""
        fields = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_name": self.file_name,
            "mime_type": self.mime_type,
        }
        return {key: value for key, value in fields.items() if value is not None}


class _ApiError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code = code
        self.description = description


class FakeBotAPI:
    """An in-process Bot API server on 127.0.0.1 that records calls and serves queued updates."""

    def __init__(
        self,
        *,
        bot_username: str = "planbot_test_bot",
        latency: float = 0.0,
        timeout_delay: float = 30.0,
        tokens: Iterable[str] | None = None,
    ):
        self.bot_username = bot_username
        # None accepts any token; otherwise others get Telegram's 401 "Unauthorized".
        self.tokens = None if tokens is None else frozenset(tokens)
        self.latency = latency
        self.timeout_delay = timeout_delay
        self.max_in_flight = 0
        self.port: int | None = None
        self.calls: list[Call] = []
        self.sent_messages: list[SentMessage] = []
        self.sent_documents: list[SentDocument] = []
        self.sent_photos: list[SentPhoto] = []
        self.answered_callbacks: list[AnsweredCallback] = []
        self.unknown_methods: list[str] = []
        self.faults: list[Fault] = []
        self.webhook_url = ""
        self._bot_id = 1
        self._updates: list[JSONDict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._messages: dict[tuple[int | str, int], JSONDict] = {}
        self._chats: dict[int | str, JSONDict] = {}
        self._files: dict[str, _StoredFile] = {}
        self._file_paths: dict[str, _StoredFile] = {}
        self._open_callbacks: set[str] = set()
        self._languages: dict[int, str] = {}
        self._blocked: set[int | str] = set()
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._next_faults: dict[str, list[_FaultSpec]] = {}
        self._fault_rates: dict[str, _FaultRate] = {}
        # Broadcast events: set() wakes every current waiter, then a fresh event replaces it.
        self._pushed = asyncio.Event()
        self._recorded = asyncio.Event()
        self._stopping = asyncio.Event()
        self._inflight: set[asyncio.Task] = set()
        self._server: tornado.httpserver.HTTPServer | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> "FakeBotAPI":
        """Listen on an ephemeral port of 127.0.0.1 in the running event loop."""
        self._stopping = asyncio.Event()
        app = tornado.web.Application(
            [
                (r"/bot([^/]+)/([^/]+)", _ApiHandler, {"api": self}),
                (r"/file/bot([^/]+)/(.+)", _FileHandler, {"api": self}),
            ]
        )
        # A large backlog so hundreds of simultaneous connects are not refused.
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1", backlog=1024)
        self.port = sockets[0].getsockname()[1]
        self._server = tornado.httpserver.HTTPServer(app)
        self._server.add_sockets(sockets)
        return self

    async def stop(self) -> None:
        """Release held requests, stop listening and close all connections."""
        if self._server is None:
            return
        self._stopping.set()
        self._server.stop()
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=2)
        await self._server.close_all_connections()
        self._server = None

    async def __aenter__(self) -> "FakeBotAPI":
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The value for ``ApplicationBuilder().base_url(...)``."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """The value for ``ApplicationBuilder().base_file_url(...)``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def bot_user(self) -> JSONDict:
        """The bot's User object; its id is the numeric prefix of the token last seen."""
        return {
            "id": self._bot_id,
            "is_bot": True,
            "first_name": "PlanBot",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    # -- injecting updates -------------------------------------------------------------------

    def set_language(self, user_id: int, language_code: str) -> None:
        """Give the user's later updates this ``language_code``, as their Telegram app does."""
        self._languages[user_id] = language_code

    def block(self, chat_id: int | str) -> None:
        """The user blocks the bot (or the group removes it): Telegram then refuses every
        message to the chat with 403."""
        self._blocked.add(chat_id)

    def _user(self, user_id: int, first_name: str | None, username: str | None) -> JSONDict:
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or f"User{user_id}",
            "username": username or f"user{user_id}",
        }
        if user_id in self._languages:
            user["language_code"] = self._languages[user_id]
        return user

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw Update (an ``update_id`` is assigned if missing) and return it."""
        update = copy.deepcopy(update)
        update.setdefault("update_id", next(self._update_ids))
        self._updates.append(update)
        self._broadcast("_pushed")
        return update

    def make_message(
        self,
        *,
        user_id: int,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str | None = None,
        username: str | None = None,
        **fields: Any,
    ) -> JSONDict:
        """Build (and remember) a Message from a user, e.g. for ``push_update``."""
        if chat_type != "private" and chat_id is None:
            raise ValueError(f"a {chat_type} chat needs an explicit (negative) chat_id")
        user = self._user(user_id, first_name, username)
        chat_id = user_id if chat_id is None else chat_id
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private"}
            chat |= {"first_name": user["first_name"], "username": user["username"]}
        else:
            chat = {"id": chat_id, "type": chat_type, "title": f"Test {chat_type} {chat_id}"}
        self._chats[chat_id] = chat
        return self._store_message(chat, {"from": user, **fields})

    def push_text(
        self,
        text: str,
        *,
        user_id: int,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str | None = None,
        username: str | None = None,
        reply_to: SentMessage | int | None = None,
    ) -> JSONDict:
        """Queue a text message (private chat with the user unless chat_id/chat_type say else),
        replying to ``reply_to`` (a message of that chat, as a ``SentMessage`` or an id) if
        given, as Telegram sends a reply: with the whole message it answers."""
        replied = None
        if reply_to is not None:
            number = reply_to.message_id if isinstance(reply_to, SentMessage) else reply_to
            key = (user_id if chat_id is None else chat_id, number)
            if key not in self._messages:
                raise ValueError(f"no message {key[1]} in chat {key[0]} to reply to")
            replied = copy.deepcopy(self._messages[key])
            replied.pop("reply_to_message", None)  # Telegram nests one level only
        message = self.make_message(
            user_id=user_id,
            chat_id=chat_id,
            chat_type=chat_type,
            first_name=first_name,
            username=username,
            text=text,
            entities=_command_entities(text),
            reply_to_message=replied,
        )
        return self.push_update({"message": message})

    def push_edit(self, update: JSONDict, text: str) -> JSONDict:
        """Queue the user's edit of a text message pushed earlier (its update, as
        ``push_text`` returned it), as Telegram sends it: an ``edited_message``."""
        original = update["message"]
        key = (original["chat"]["id"], original["message_id"])
        message = self._messages[key]
        message.update(text=text, edit_date=int(time.time()))
        message.pop("entities", None)
        if entities := _command_entities(text):
            message["entities"] = entities
        return self.push_update({"edited_message": copy.deepcopy(message)})

    def push_callback(
        self,
        data: str,
        *,
        user_id: int,
        message: SentMessage | int,
        chat_id: int | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """Queue a button press on a bot message (a ``SentMessage`` or a message id)."""
        if isinstance(message, SentMessage):
            key = (message.chat_id, message.message_id)
        else:
            key = (user_id if chat_id is None else chat_id, message)
        if key not in self._messages:
            raise ValueError(f"no message {key[1]} in chat {key[0]} to attach buttons to")
        query_id = str(next(self._callback_ids))
        self._open_callbacks.add(query_id)
        query = {
            "id": query_id,
            "from": self._user(user_id, first_name, username),
            "chat_instance": f"instance-{key[0]}",
            "data": data,
            "message": self._messages[key],
        }
        return self.push_update({"callback_query": query})

    def expire_callbacks(self) -> None:
        """Make every press queued so far too old to answer, as Telegram does a few seconds
        after the press (a bot that was down when it was made)."""
        self._open_callbacks.clear()

    def push_document(
        self,
        content: bytes,
        file_name: str,
        *,
        user_id: int,
        mime_type: str | None = None,
        caption: str | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
    ) -> JSONDict:
        """Queue a document message whose file can be fetched with getFile and downloaded."""
        mime_type = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        document = self.store_file(content, file_name=file_name, mime_type=mime_type)
        message = self.make_message(
            user_id=user_id,
            chat_id=chat_id,
            chat_type=chat_type,
            document=document,
            caption=caption,
        )
        return self.push_update({"message": message})

    def push_sticker(
        self,
        user_id: int,
        *,
        emoji: str = "👍",
        chat_id: int | None = None,
        chat_type: str = "private",
    ) -> JSONDict:
        """Queue a sticker message."""
        sticker = {
            **self.store_file(b"RIFF\x00\x00\x00\x00WEBP"),
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        message = self.make_message(
            user_id=user_id, chat_id=chat_id, chat_type=chat_type, sticker=sticker
        )
        return self.push_update({"message": message})

    def store_file(
        self, content: bytes, *, file_name: str | None = None, mime_type: str | None = None
    ) -> JSONDict:
        """Store bytes for getFile and download; returns the file's JSON (file_id, size...)."""
        return self._store_file(content, file_name, mime_type).as_json()

    def _store_file(
        self, content: bytes, file_name: str | None, mime_type: str | None
    ) -> _StoredFile:
        number = next(self._file_ids)
        # Telegram keeps the extension in file_path; anything odd is left out of the URL.
        suffix = re.search(r"\.[A-Za-z0-9]{1,8}$", file_name or "")
        stored = _StoredFile(
            file_id=f"FILE{number:06d}",
            file_unique_id=f"U{number:06d}",
            file_path=f"documents/file_{number}{suffix[0] if suffix else ''}",
            content=bytes(content),
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._file_paths[stored.file_path] = stored
        return stored

    # -- fault injection ---------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        n: int = 1,
        kind: str = "429",
        retry_after: float = 1,
        delay: float | None = None,
    ) -> None:
        """Make the next ``n`` calls of ``method`` fail with ``kind`` (one of FAULT_KINDS)."""
        _check_kind(kind)
        spec = _FaultSpec(kind, retry_after, delay)
        self._next_faults.setdefault(method.lower(), []).extend([spec] * n)

    def fault_rate(
        self,
        method: str,
        rate: float = 0.1,
        kinds: Iterable[str] = FAULT_KINDS,
        seed: int | None = None,
        retry_after: float = 1,
        delay: float | None = None,
    ) -> None:
        """Fail each call of ``method`` with probability ``rate`` (0 switches it off)."""
        kinds = tuple(kinds)
        for kind in kinds:
            _check_kind(kind)
        if rate <= 0:
            self._fault_rates.pop(method.lower(), None)
            return
        rng = random.Random(seed)
        self._fault_rates[method.lower()] = _FaultRate(rate, kinds, rng, retry_after, delay)

    # -- inspecting --------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[JSONDict]:
        """The params of every received call of ``method``, faulted ones included."""
        return [call.params for call in self.calls if call.method == method]

    async def wait_for(
        self, predicate: Callable[[], Any], timeout: float = 5.0, *, what: str = ""
    ) -> Any:
        """Wait until ``predicate()`` is truthy and return it; AssertionError on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not (result := predicate()):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what or predicate!r}\n"
                    + self.summary()
                )
            await _wait_any([self._recorded], remaining)
        return result

    async def wait_for_messages(
        self, n: int, chat_id: int | str | None = None, timeout: float = 5.0
    ) -> list[SentMessage]:
        """Wait until ``sent_messages`` (edits count) holds ``n`` for ``chat_id``; return them."""

        def matching() -> list[SentMessage]:
            return [m for m in self.sent_messages if chat_id is None or m.chat_id == chat_id]

        where = "" if chat_id is None else f" to chat {chat_id}"
        await self.wait_for(lambda: len(matching()) >= n, timeout, what=f"{n} message(s){where}")
        return matching()

    def summary(self, limit: int = 30) -> str:
        """A readable digest of what was recorded, for assertion messages."""
        polls = sum(call.method == "getUpdates" for call in self.calls)
        calls = [call for call in self.calls if call.method != "getUpdates"]
        lines = [
            f"{len(self.calls)} call(s) recorded ({polls} getUpdates), "
            f"{len(self._updates)} update(s) not yet confirmed by the bot, "
            f"faults: {self.faults or 'none'}",
            f"last {min(limit, len(calls))} other call(s):",
            *(f"  {call.method} {call.params}" for call in calls[-limit:]),
        ]
        return "\n".join(lines)

    # -- request handling --------------------------------------------------------------------

    async def _handle(
        self, token: str, method: str, params: JSONDict, disconnected: asyncio.Event
    ) -> tuple[int, JSONDict] | None:
        """Run one API request; None means drop the connection without replying."""
        prefix = token.split(":", 1)[0]
        self._bot_id = int(prefix) if prefix.isdigit() else 1
        name = _METHODS.get(method.lower())
        self.calls.append(Call(name or method, params))
        try:
            if self.tokens is not None and token not in self.tokens:
                return 401, _error(401, "Unauthorized")
            if self.latency:  # a network round trip, so that concurrency pays off in load tests
                await asyncio.sleep(self.latency)
            if name is None:
                self.unknown_methods.append(method)
                return 404, _error(404, "Not Found: method not found")
            fault = self._take_fault(name)
            if fault and fault.kind == "429":
                self.faults.append(Fault(name, fault.kind))
                retry = f"{fault.retry_after:g}"
                body = _error(429, f"Too Many Requests: retry after {retry}")
                return 429, body | {"parameters": {"retry_after": fault.retry_after}}
            if fault and fault.kind == "lost_reply":
                await self._apply(name, params, disconnected)
            if fault:
                self.faults.append(Fault(name, fault.kind))
                delay = self.timeout_delay if fault.delay is None else fault.delay
                await _wait_any([disconnected, self._stopping], delay)
                return None
            return 200, {"ok": True, "result": await self._apply(name, params, disconnected)}
        except _ApiError as exc:
            return exc.code, _error(exc.code, exc.description)
        finally:
            self._broadcast("_recorded")

    async def _apply(self, name: str, params: JSONDict, disconnected: asyncio.Event) -> Any:
        if name == "getUpdates":
            return await self._api_getUpdates(params, disconnected)
        return getattr(self, f"_api_{name}")(params)

    def _take_fault(self, name: str) -> _FaultSpec | None:
        queued = self._next_faults.get(name.lower())
        if queued:
            return queued.pop(0)
        rate = self._fault_rates.get(name.lower())
        if rate and rate.rng.random() < rate.rate:
            return _FaultSpec(rate.rng.choice(rate.kinds), rate.retry_after, rate.delay)
        return None

    def _download(self, file_path: str) -> bytes | None:
        self.calls.append(Call("download", {"file_path": file_path}))
        self._broadcast("_recorded")
        stored = self._file_paths.get(file_path)
        return None if stored is None else stored.content

    def _broadcast(self, name: str) -> None:
        getattr(self, name).set()
        setattr(self, name, asyncio.Event())

    def _store_message(self, chat: JSONDict, fields: JSONDict) -> JSONDict:
        message = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat}
        message |= {key: value for key, value in fields.items() if value is not None}
        self._messages[(chat["id"], message["message_id"])] = message
        return copy.deepcopy(message)

    def _bot_message(self, params: JSONDict, **fields: Any) -> JSONDict:
        chat_id = _required(params, "chat_id")
        if chat_id in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        chat = self._chats.get(chat_id) or {
            "id": chat_id,
            "type": "private" if isinstance(chat_id, int) and chat_id > 0 else "group",
        }
        markup = _inline_markup(params.get("reply_markup"))
        return self._store_message(chat, {"from": self.bot_user, **fields, "reply_markup": markup})

    def _own_message(self, params: JSONDict) -> JSONDict:
        key = (params.get("chat_id"), params.get("message_id"))
        message = self._messages.get(key)
        if message is None:
            raise _ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != self._bot_id:
            raise _ApiError(400, "Bad Request: message can't be edited")
        return message

    async def _api_getUpdates(
        self, params: JSONDict, disconnected: asyncio.Event
    ) -> list[JSONDict]:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        if offset > 0:  # confirms every update before offset
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:  # keeps only the last -offset updates
            self._updates = self._updates[offset:]
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = float(params.get("timeout") or 0)
        if not self._updates and timeout > 0:
            await _wait_any([self._pushed, disconnected, self._stopping], timeout)
        return copy.deepcopy(self._updates[:limit])

    # -- Bot API methods (names after "_api_" are the Telegram method names) -------------------

    def _api_getMe(self, params: JSONDict) -> JSONDict:
        return self.bot_user

    def _api_deleteWebhook(self, params: JSONDict) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _api_setWebhook(self, params: JSONDict) -> bool:
        self.webhook_url = _required(params, "url")
        return True

    def _api_getWebhookInfo(self, params: JSONDict) -> JSONDict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _api_setMyCommands(self, params: JSONDict) -> bool:
        self._commands[_commands_key(params)] = _required(params, "commands")
        return True

    def _api_getMyCommands(self, params: JSONDict) -> list[JSONDict]:
        return self._commands.get(_commands_key(params), [])

    def _api_sendMessage(self, params: JSONDict) -> JSONDict:
        text = _checked_text(params)
        message = self._bot_message(params, text=text)
        self._record_text("sendMessage", params, message)
        return message

    def _api_editMessageText(self, params: JSONDict) -> JSONDict:
        message = self._own_message(params)
        text = _checked_text(params)
        markup = _inline_markup(params.get("reply_markup"))
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise _ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        message.update(text=text, edit_date=int(time.time()))
        _replace_markup(message, markup)
        self._record_text("editMessageText", params, message)
        return copy.deepcopy(message)

    def _api_editMessageReplyMarkup(self, params: JSONDict) -> JSONDict:
        message = self._own_message(params)
        markup = _inline_markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise _ApiError(400, "Bad Request: message is not modified")
        message["edit_date"] = int(time.time())
        _replace_markup(message, markup)
        return copy.deepcopy(message)

    def _api_answerCallbackQuery(self, params: JSONDict) -> bool:
        query_id = str(_required(params, "callback_query_id"))
        if query_id not in self._open_callbacks:
            # Telegram also rejects a second answer to the same query.
            raise _ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        self._open_callbacks.discard(query_id)
        text = params.get("text")
        self.answered_callbacks.append(
            AnsweredCallback(query_id, text, bool(params.get("show_alert")))
        )
        return True

    def _api_sendChatAction(self, params: JSONDict) -> bool:
        _required(params, "chat_id")
        _required(params, "action")
        return True

    def _api_sendDocument(self, params: JSONDict) -> JSONDict:
        document = _required(params, "document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = params.get(document.removeprefix("attach://"))
        if isinstance(document, Upload):
            stored = self._store_file(document.content, document.filename, document.mime_type)
        elif isinstance(document, str) and document in self._files:
            stored = self._files[document]  # re-sending a file_id, e.g. one a user sent
        else:
            raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        caption = params.get("caption")
        message = self._bot_message(params, document=stored.as_json(), caption=caption)
        self.sent_documents.append(
            SentDocument(
                chat_id=message["chat"]["id"],
                message_id=message["message_id"],
                filename=stored.file_name,
                content=stored.content,
                caption=caption,
            )
        )
        return message

    def _api_sendPhoto(self, params: JSONDict) -> JSONDict:
        photo = _required(params, "photo")
        if isinstance(photo, str) and photo.startswith("attach://"):
            photo = params.get(photo.removeprefix("attach://"))
        if not isinstance(photo, Upload):
            raise _ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        if not photo.content.startswith((b"\x89PNG", b"\xff\xd8")):
            raise _ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        caption = params.get("caption")
        if caption is not None and _utf16_len(str(caption)) > 1024:
            raise _ApiError(400, "Bad Request: message caption is too long")
        stored = self._store_file(photo.content, photo.filename, photo.mime_type)
        sizes = [stored.as_json() | {"width": 0, "height": 0}]
        message = self._bot_message(params, photo=sizes, caption=caption)
        self.sent_photos.append(
            SentPhoto(
                chat_id=message["chat"]["id"],
                message_id=message["message_id"],
                content=stored.content,
                caption=caption,
                parse_mode=params.get("parse_mode"),
            )
        )
        return message

    def _api_getFile(self, params: JSONDict) -> JSONDict:
        stored = self._files.get(str(_required(params, "file_id")))
        if stored is None:
            raise _ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
            "file_path": stored.file_path,
        }

    def _record_text(self, method: str, params: JSONDict, message: JSONDict) -> None:
        self.sent_messages.append(
            SentMessage(
                method=method,
                chat_id=message["chat"]["id"],
                message_id=message["message_id"],
                text=message["text"],
                parse_mode=params.get("parse_mode"),
                reply_markup=params.get("reply_markup"),
            )
        )


# Lower-cased method name -> Telegram's spelling; Telegram matches method names case-insensitively.
_METHODS = {
    name.removeprefix("_api_").lower(): name.removeprefix("_api_")
    for name in vars(FakeBotAPI)
    if name.startswith("_api_")
}


class _ApiHandler(tornado.web.RequestHandler):
    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api
        self.disconnected = asyncio.Event()

    def prepare(self) -> None:
        # Tracked so that stop() can let held requests finish before closing connections.
        task = asyncio.current_task()
        assert task is not None  # tornado runs every request in its own task
        self.api._inflight.add(task)
        task.add_done_callback(self.api._inflight.discard)
        self.api.max_in_flight = max(self.api.max_in_flight, len(self.api._inflight))

    def on_connection_close(self) -> None:
        self.disconnected.set()

    async def post(self, token: str, method: str) -> None:
        reply = await self.api._handle(
            token, method, _request_params(self.request), self.disconnected
        )
        if reply is None:
            self.request.connection.close()
            return
        status, body = reply
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))

    get = post  # the Bot API accepts GET with a query string as well


class _FileHandler(tornado.web.RequestHandler):
    def initialize(self, api: FakeBotAPI) -> None:
        self.api = api

    def get(self, token: str, file_path: str) -> None:
        content = self.api._download(file_path)
        if content is None:
            self.set_status(404)
            self.finish(_error(404, "Not Found"))
            return
        self.set_header("Content-Type", "application/octet-stream")
        self.finish(content)


def _request_params(request: tornado.httputil.HTTPServerRequest) -> JSONDict:
    params = {
        name: _decode_field(name, values[-1]) for name, values in request.query_arguments.items()
    }
    if request.headers.get("Content-Type", "").startswith("application/json"):
        params |= json.loads(request.body or b"{}")
    else:  # tornado has already parsed urlencoded and multipart bodies
        params |= {
            name: _decode_field(name, values[-1]) for name, values in request.body_arguments.items()
        }
    for name, files in request.files.items():
        # httpx escapes '"' in file names as %22 (HTML5 form rules); kept as received.
        params[name] = Upload(files[-1].filename, files[-1].body, files[-1].content_type)
    return params


def _decode_field(name: str, raw: bytes) -> Any:
    text = raw.decode("utf-8")
    if name in _TEXT_FIELDS:
        return text
    try:
        return json.loads(text)
    except ValueError:  # e.g. chat_id="@channel"
        return text


async def _wait_any(events: list[asyncio.Event], timeout: float) -> None:
    """Return when one of ``events`` is set or ``timeout`` seconds have passed."""
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()


def _error(code: int, description: str) -> JSONDict:
    return {"ok": False, "error_code": code, "description": description}


def _required(params: JSONDict, name: str) -> Any:
    value = params.get(name)
    if value is None or value == "":
        raise _ApiError(400, f"Bad Request: {name} is empty")
    return value


def _checked_text(params: JSONDict) -> str:
    text = str(params.get("text") or "")
    visible = text
    if params.get("parse_mode") == "HTML":  # the limit applies after markup is parsed
        visible = html.unescape(re.sub(r"<[^>]*>", "", text))
    if not visible.strip():
        raise _ApiError(400, "Bad Request: message text is empty")
    if len(visible) > MAX_TEXT_LENGTH:
        raise _ApiError(400, "Bad Request: message is too long")
    return text


def _inline_markup(markup: Any) -> JSONDict | None:
    # Telegram echoes only inline keyboards; PTB would fail to parse other markup in a Message.
    return markup if isinstance(markup, dict) and "inline_keyboard" in markup else None


def _replace_markup(message: JSONDict, markup: JSONDict | None) -> None:
    message.pop("reply_markup", None)
    if markup is not None:
        message["reply_markup"] = markup


def _commands_key(params: JSONDict) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), params.get("language_code") or ""


def _check_kind(kind: str) -> None:
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")


def _command_entities(text: str) -> list[JSONDict] | None:
    """Telegram marks a leading command; PTB's CommandHandler relies on that entity."""
    if not text.startswith("/"):
        return None
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": _utf16_len(command)}]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
