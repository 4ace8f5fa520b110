"""Answers as Telegram messages: HTML with every piece of text escaped, split to fit, with
inline buttons whose callback data fits Telegram's 64 bytes.

Buttons carry a short key, never the question itself: a question with diacritics and a
plan number passes 64 bytes quickly. ``keep`` (the bot state's ``button_key``) turns a
payload into its key, and the button handler turns the key back into the payload.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from knowledge.answer import Answer, Status, TaskRef

MAX_MESSAGE = 4096  # Telegram's limit, in UTF-16 code units
PAGE_SIZE = 8  # tasks per page of a long list
MAX_BUTTONS = 100  # Telegram's limit for one inline keyboard
_LIST_LINE = 200  # longer items are passages of text, not lines of a list
ASK = "a"  # callback data "a:KEY": ask the question stored under KEY
PAGE = "p"  # callback data "p:KEY:N": show page N of the list stored under KEY

Keep = Callable[[str], str]

# (style, text): style "b" bold, "i" italic, "" plain.
Line = tuple[str, str]

_CARD = {
    "vi": (
        ("Chủ trì", "Ai chủ trì nhiệm vụ {ref} ({plan})?"),
        ("Phối hợp", "Cơ quan nào phối hợp nhiệm vụ {ref} ({plan})?"),
        ("Thời hạn", "Thời hạn nhiệm vụ {ref} ({plan})?"),
        ("Toàn văn", "Toàn văn nhiệm vụ {ref} ({plan})"),
    ),
    "en": (
        ("Lead", "Who leads task {ref} ({plan})?"),
        ("Coordinating", "Which agencies coordinate task {ref} ({plan})?"),
        ("Deadline", "When is task {ref} due ({plan})?"),
        ("Full text", "Full text of task {ref} ({plan})"),
    ),
}
_SAME_DEADLINE = {
    "vi": ("Nhiệm vụ cùng hạn", "Nhiệm vụ nào đến hạn {period} ({plan})?"),
    "en": ("Same deadline", "Which tasks are due {period} ({plan})?"),
}
_WEB = {"vi": "Xem trên trang web", "en": "Open on the web"}
_NAV = {
    "vi": ("‹ Trước", "Sau ›", "Trang {n}/{total}"),
    "en": ("‹ Previous", "Next ›", "Page {n}/{total}"),
}


@dataclass(frozen=True)
class Message:
    html: str
    markup: InlineKeyboardMarkup | None = None


@dataclass(frozen=True)
class Paged:
    """A long list kept server-side, so that Trước/Sau can show any page of it later."""

    title: str
    items: tuple[str, ...]
    footer: str
    lang: str

    @classmethod
    def of(cls, answer: Answer) -> Paged:
        return cls(answer.title, answer.items, answer.footer, answer.lang)

    def to_json(self) -> str:
        return json.dumps(
            {"title": self.title, "items": self.items, "footer": self.footer, "lang": self.lang},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, payload: str) -> Paged | None:
        """The list stored as ``payload``; None if it holds something else."""
        try:
            data = json.loads(payload)
            return cls(data["title"], tuple(data["items"]), data["footer"], data["lang"])
        except (ValueError, TypeError, KeyError):
            return None

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.items) / PAGE_SIZE))


# ------------------------------------------------------------------ answers


def answer_messages(
    answer: Answer,
    keep: Keep,
    *,
    same_deadline: str | None = None,
    intro: Sequence[str] = (),
    page_url: str | None = None,
) -> list[Message]:
    """The messages that show an answer; buttons go under the last one.

    ``same_deadline`` is the task's deadline as a period label ("Quý II/2026"), for the
    "Nhiệm vụ cùng hạn" button of a task card; ``page_url`` the card's task page on the web
    site; ``intro`` lines go before the answer.
    """
    lines: list[Line] = [("b", line) for line in intro]
    if _pageable(answer):
        paged = Paged.of(answer)
        key = keep(paged.to_json())
        return [_page(paged, 0, key, intro=lines, extra=_suggestion_rows(answer, keep))]
    lines += _answer_lines(answer.title, answer.items, answer.footer)
    if answer.status is Status.FOUND and len(answer.tasks) == 1:
        rows = _card_rows(answer.tasks[0], answer.lang, same_deadline, keep)
        if page_url:
            rows.append([InlineKeyboardButton(_WEB.get(answer.lang, _WEB["vi"]), url=page_url)])
    else:
        rows = _suggestion_rows(answer, keep)
    return with_markup(html_messages(lines), keyboard(rows))


def _pageable(answer: Answer) -> bool:
    """A long list of tasks, plans or events goes in pages, each of which must fit in one
    message (an edit holds one); passages of text are split into messages instead."""
    items = answer.items
    listed = len(answer.tasks) > PAGE_SIZE or all(len(i) <= _LIST_LINE for i in items)
    if len(items) <= PAGE_SIZE or not listed:
        return False
    return all(
        len(html_messages(_answer_lines(answer.title, items[i : i + PAGE_SIZE], answer.footer)))
        == 1
        for i in range(0, len(items), PAGE_SIZE)
    )


def page_message(paged: Paged, number: int, key: str) -> Message:
    """Page ``number`` of a stored list, for editing the message in place."""
    return _page(paged, min(max(number, 0), paged.pages - 1), key)


def _page(
    paged: Paged,
    number: int,
    key: str,
    *,
    intro: Sequence[Line] = (),
    extra: Sequence[list[InlineKeyboardButton]] = (),
) -> Message:
    earlier, later, counter = _NAV.get(paged.lang, _NAV["vi"])
    items = paged.items[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
    lines = [*intro, *_answer_lines(paged.title, items, paged.footer)]
    lines.append(("i", counter.format(n=number + 1, total=paged.pages)))
    nav = []
    if number > 0:
        nav.append(InlineKeyboardButton(earlier, callback_data=f"{PAGE}:{key}:{number - 1}"))
    if number < paged.pages - 1:
        nav.append(InlineKeyboardButton(later, callback_data=f"{PAGE}:{key}:{number + 1}"))
    # A page is a handful of shortened task lines, far below the limit; an edit can only
    # hold one message, so anything beyond the first part would be dropped.
    return Message(html_messages(lines)[0], keyboard([nav, *extra]))


def _answer_lines(title: str, items: Iterable[str], footer: str) -> list[Line]:
    """Title in bold, the items, and the source in italics."""
    lines: list[Line] = [("b", title)] if title else []
    lines += [("", item) for item in items]
    if footer:
        lines.append(("i", footer))
    return lines


def _card_rows(
    task: TaskRef, lang: str, same_deadline: str | None, keep: Keep
) -> list[list[InlineKeyboardButton]]:
    """Chủ trì / Phối hợp / Thời hạn, then Toàn văn / Nhiệm vụ cùng hạn.

    Each button re-asks a question that names the plan, so it still means the same task
    when pressed later, whatever the chat talked about since.
    """
    lang = lang if lang in _CARD else "vi"
    plan = task.plan
    buttons = [
        ask_button(label, query.format(ref=task.ref, plan=plan), keep)
        for label, query in _CARD[lang]
    ]
    if same_deadline:
        label, query = _SAME_DEADLINE[lang]
        buttons.append(ask_button(label, query.format(period=same_deadline, plan=plan), keep))
    return [buttons[:3], buttons[3:]]


def _suggestion_rows(answer: Answer, keep: Keep) -> list[list[InlineKeyboardButton]]:
    """One button a row for each suggestion: the options of an ambiguous question."""
    return [[ask_button(s.label, s.query, keep)] for s in answer.suggestions]


def ask_button(label: str, question: str, keep: Keep) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=f"{ASK}:{keep(question)}")


def keyboard(rows: Iterable[Sequence[InlineKeyboardButton]]) -> InlineKeyboardMarkup | None:
    rows = [list(row) for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


def with_markup(texts: list[str], markup: InlineKeyboardMarkup | None) -> list[Message]:
    """Messages for the texts, with the buttons under the last one."""
    return [Message(t, markup if i == len(texts) - 1 else None) for i, t in enumerate(texts)]


# ------------------------------------------------------------------ HTML and splitting


def text_messages(text: str, style: str = "") -> list[str]:
    """Plain text (an admin report, a notice) as escaped HTML messages."""
    return html_messages([(style, line) for line in text.splitlines()])


def html_messages(lines: Sequence[Line], limit: int = MAX_MESSAGE) -> list[str]:
    """Escape and style the lines, and pack them into messages of at most ``limit``.

    Messages break between lines; a line too long for one message breaks between words.
    Lengths are counted on the HTML source in UTF-16 units, which is never less than what
    Telegram counts after parsing the tags.
    """
    messages: list[str] = []
    current = ""
    for style, text in lines:
        for piece in _pieces(text, style, limit):
            joined = f"{current}\n{piece}" if current else piece
            if _length(joined) <= limit:
                current = joined
                continue
            messages.append(current)
            current = piece
    if current.strip():
        messages.append(current)
    return [m for m in messages if m.strip()]


def _pieces(text: str, style: str, limit: int) -> list[str]:
    """The styled HTML of a line, in as many pieces as it takes to fit ``limit`` each."""
    whole = _styled(text, style)
    if _length(whole) <= limit:
        return [whole]
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if _length(_styled(candidate, style)) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(_styled(current, style))
        # A "word" longer than a message (a run without spaces) is cut where it must be.
        while _length(_styled(word, style)) > limit:
            cut = _fitting_prefix(word, style, limit)
            pieces.append(_styled(word[:cut], style))
            word = word[cut:]
        current = word
    if current:
        pieces.append(_styled(current, style))
    return pieces


def _fitting_prefix(word: str, style: str, limit: int) -> int:
    low, high = 1, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if _length(_styled(word[:mid], style)) <= limit:
            low = mid
        else:
            high = mid - 1
    return low


def _styled(text: str, style: str) -> str:
    escaped = html.escape(text)
    return f"<{style}>{escaped}</{style}>" if style else escaped


def _length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
