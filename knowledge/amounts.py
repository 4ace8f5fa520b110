"""Amounts of money in budget cells and questions, as Vietnamese writes them: "1.200"
is twelve hundred, "2,5" two and a half, "trên 1 tỷ đồng" a comparison.

>>> budget_amount("1.200; 45"), number_text(1245.5)
(1200.0, '1.245,5')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .fields import Role
from .normalize import fold
from .store import Task


@dataclass(frozen=True)
class Amount:
    """An amount a question compares budgets with: "trên 1 tỷ đồng" is (">", 1.0, "ty")."""

    compare: str  # ">", ">=", "<", "<=" or "" (none)
    value: float
    unit: str  # "ty", "trieu", "dong", ... or "" when the question gives none

    def in_dong(self) -> float:
        return self.value * _UNITS.get(self.unit, 1)


_UNITS = {"ty": 1e9, "billion": 1e9, "trieu": 1e6, "million": 1e6, "nghin": 1e3, "ngan": 1e3}


def value_of(number: str) -> float:
    """ "1.200" → 1200, "2,5" → 2.5: Vietnamese thousands and decimals."""
    return float(number.replace(".", "").replace(",", "."))


def budget_cells(task: Task) -> list[tuple[str, float]]:
    """The amounts in the task's budget columns, each with its column's header."""
    return [
        (x.name, a)
        for x in task.attrs
        if x.role is Role.BUDGET and (a := budget_amount(x.value)) is not None
    ]


def task_budget(task: Task) -> float | None:
    """The task's budget in đồng where its headers give a unit ("(triệu đồng)", "(tỷ
    đồng)"), else as written; its budget columns added up; None if it has none.

    A plan may keep budgets in triệu in one table and in tỷ in another: only đồng adds up.
    """
    cells = budget_cells(task)
    return sum(value * unit_scale(header) for header, value in cells) if cells else None


def unit_scale(header: str) -> float:
    """What one unit of a budget column is in đồng, from its header: "(triệu đồng)" is a
    million; 1 when the header names no unit (or "đồng")."""
    folded = fold(header)
    return next((s for unit, s in _UNITS.items() if re.search(rf"\b{unit}\b", folded)), 1.0)


def said(amount: Amount, lang: str) -> str:
    """ "kinh phí trên 1 tỷ đồng", "budget over 1 billion VND"."""
    en = lang == "en"
    words = {">": ("over", "trên"), ">=": ("at least", "từ"), "<": ("under", "dưới")}
    compare = words.get(amount.compare, ("at most", "tối đa"))[not en]
    units = {"ty": ("billion VND", "tỷ đồng"), "trieu": ("million VND", "triệu đồng")}
    unit = units.get(amount.unit, ("VND", "đồng") if amount.unit else ("", ""))[not en]
    said = f"{compare} {number_text(amount.value)} {unit}".strip()
    return f"budget {said}" if en else f"kinh phí {said}"


def holds(value: float, compare: str, limit: float) -> bool:
    return {">": value > limit, ">=": value >= limit, "<": value < limit, "<=": value <= limit}[
        compare
    ]


def budget_amount(cell: str) -> float | None:
    """The first amount in a budget cell, as Vietnamese writes numbers.

    >>> budget_amount("1.200"), budget_amount("350,5 triệu"), budget_amount("Lồng ghép")
    (1200.0, 350.5, None)
    """
    m = re.search(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", cell)
    return float(m[0].replace(".", "").replace(",", ".")) if m else None


def number_text(value: float) -> str:
    """ "1.245,5": thousands with dots, decimals with a comma.

    >>> number_text(1245.5), number_text(12000.0)
    ('1.245,5', '12.000')
    """
    whole, _, part = f"{value:,.2f}".rstrip("0").rstrip(".").partition(".")
    return whole.replace(",", ".") + (f",{part}" if part else "")


# An amount of money: "trên 1 tỷ đồng", "dưới 500 triệu", "1.200 triệu đồng".
_AMOUNT = re.compile(
    r"(?:\b(?P<cmp>tren|hon|lon hon|nhieu hon|vuot|tu|duoi|it hon|nho hon|khong qua|toi da|over"
    r"|above|more than|under|below|less than|at least|at most)\s+)?"
    r"(?<![\d.,/])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])"
    r"(?:\s*(?P<unit>ty|trieu|nghin|ngan|dong|billion|million|vnd)\b)?"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMPARE = {
    **dict.fromkeys(["tren", "hon", "lon hon", "nhieu hon", "vuot", "over", "above"], ">"),
    **dict.fromkeys(["more than", "tu", "at least"], ">="),
    **dict.fromkeys(["duoi", "it hon", "nho hon", "under", "below", "less than"], "<"),
    **dict.fromkeys(["khong qua", "toi da", "at most"], "<="),
}


def amounts_in(folded: str) -> Iterator[tuple[Amount, tuple[int, int]]]:
    """The amounts of money a folded question writes, with their spans. A bare number is
    none ("nhiệm vụ 3"); one with a unit or thousands dots is ("1.200").

    >>> [(a.compare, a.value, a.unit) for a, _ in amounts_in("tren 1 ty dong, nhiem vu 3")]
    [('>', 1.0, 'ty')]
    """
    for m in _AMOUNT.finditer(folded):
        if m["unit"] or _THOUSANDS.fullmatch(m["num"]):
            compare = _COMPARE.get(m["cmp"] or "", "")
            yield Amount(compare, value_of(m["num"]), m["unit"] or ""), m.span()


# A sum written with a scale word: "01 tỷ USD", "1.5 billion", "500 triệu đồng".
_SCALED = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)*) ?(ty|billion|trieu|million)\b(?: ?(usd|dong|vnd))?"
)


def scaled_sums(folded: str, *, english: bool = False) -> set[tuple[float, str]]:
    """Sums written with a scale word, as (amount, currency or ""): "01 tỷ USD" and "1 billion
    USD" are both (1e9, "usd"); a currency the text leaves out matches any. ``english``: "."
    is the decimal point, as English writes it.

    >>> sorted(scaled_sums("dat toi thieu 01 ty usd/nam"))
    [(1000000000.0, ''), (1000000000.0, 'usd')]
    >>> sorted(scaled_sums("1.5 billion", english=True))
    [(1500000000.0, '')]
    """
    found = set()
    for number, scale, currency in _SCALED.findall(folded):
        value = float(number.replace(",", "")) if english else value_of(number)
        found.add((value * _UNITS[scale], currency.replace("vnd", "dong")))
    return found | {(value, "") for value, _ in found}
