"""Deadline cells: their kinds ("Quý II/2026", "Hàng năm", "2025 - 2027"...), the window each
covers, how an answer or a question may word it, and the draw of one for a task.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date

from bench.genplans.vocabulary import ANNUAL_WORDS, ROMAN


@dataclass(frozen=True)
class Deadline:
    """A deadline cell, the window in which it falls, and how answers/questions may word it."""

    text: str
    kind: str  # quarter, month, year, half, span, before, annual, ongoing
    start: date | None = None  # None for recurring deadlines
    end: date | None = None
    answers: tuple[str, ...] = ()  # acceptable wordings in an answer (text_any)
    asks: tuple[str, ...] = ()  # wordings for a "which tasks are due ..." question
    asks_en: tuple[str, ...] = ()

    @property
    def recurring(self) -> bool:
        return self.start is None


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def quarter(q: int, y: int) -> Deadline:
    r = ROMAN[q - 1]
    return Deadline(
        f"Quý {r}/{y}",
        "quarter",
        date(y, 3 * q - 2, 1),
        month_end(y, 3 * q),
        answers=(
            f"Quý {r}/{y}",
            f"quý {q}/{y}",
            f"quý {q} năm {y}",
            f"Q{q}/{y}",
            f"quý {r} năm {y}",
        ),
        asks=(f"Quý {r}/{y}", f"quý {q}/{y}", f"quý {q} năm {y}"),
        asks_en=(f"Quarter {r}/{y}", f"Q{q}/{y}", f"in Q{q} {y}"),
    )


def month(m: int, y: int) -> Deadline:
    return Deadline(
        f"Tháng {m}/{y}",
        "month",
        date(y, m, 1),
        month_end(y, m),
        answers=(f"{m}/{y}", f"{m:02d}/{y}", f"tháng {m} năm {y}"),
        asks=(f"tháng {m}/{y}", f"tháng {m} năm {y}"),
    )


def year(y: int) -> Deadline:
    return Deadline(
        f"Năm {y}",
        "year",
        date(y, 1, 1),
        date(y, 12, 31),
        answers=(f"năm {y}",),
        asks=(f"năm {y}",),
        asks_en=(f"in {y}",),
    )


def first_half(y: int) -> Deadline:
    return Deadline(
        f"6 tháng đầu năm {y}",
        "half",
        date(y, 1, 1),
        date(y, 6, 30),
        answers=(f"6 tháng đầu năm {y}", f"sáu tháng đầu năm {y}", f"6 tháng đầu {y}"),
        asks=(f"6 tháng đầu năm {y}",),
    )


def span(y1: int, y2: int, spaced: bool) -> Deadline:
    text = f"{y1} - {y2}" if spaced else f"{y1}-{y2}"
    return Deadline(
        text,
        "span",
        date(y1, 1, 1),
        date(y2, 12, 31),
        answers=(text, f"{y1} đến {y2}", f"{y1} đến năm {y2}"),
    )


def before(d: int, m: int, y: int) -> Deadline:
    day = date(y, m, d)
    return Deadline(
        f"Trước ngày {d}/{m}/{y}",
        "before",
        day,
        day,
        answers=(f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d} tháng {m} năm {y}"),
    )


def annual(word: str) -> Deadline:
    return Deadline(
        word, "annual", answers=ANNUAL_WORDS, asks=("hàng năm", "hằng năm"), asks_en=("every year",)
    )


def ongoing() -> Deadline:
    return Deadline(
        "Thường xuyên",
        "ongoing",
        answers=("Thường xuyên",),
        asks=("thường xuyên",),
        asks_en=("on an ongoing basis",),
    )


DEADLINE_WEIGHTS = {
    "annual": 30,
    "ongoing": 8,
    "quarter": 25,
    "month": 10,
    "year": 10,
    "half": 6,
    "span": 6,
    "before": 5,
}


def make_deadline(rng: random.Random, issued: date, annual_word: str) -> Deadline:
    kind = rng.choices(list(DEADLINE_WEIGHTS), weights=list(DEADLINE_WEIGHTS.values()))[0]
    # Deadlines fall after the plan is issued, up to two years later.
    y = rng.choice((issued.year, issued.year + 1, issued.year + 1, issued.year + 2))
    first_month = issued.month + 1 if y == issued.year else 1
    if first_month > 12:
        y, first_month = y + 1, 1
    m = rng.randint(first_month, 12)
    if kind == "annual":
        return annual(annual_word if rng.random() < 0.85 else rng.choice(ANNUAL_WORDS))
    if kind == "ongoing":
        return ongoing()
    if kind == "quarter":
        return quarter((m - 1) // 3 + 1, y)
    if kind == "month":
        return month(m, y)
    if kind == "year":
        return year(y)
    if kind == "half":
        return first_half(issued.year + 1)
    if kind == "span":
        return span(issued.year, issued.year + rng.randint(2, 5), rng.random() < 0.6)
    return before(rng.choice((15, 20, 28 if m == 2 else 30)), m, y)
