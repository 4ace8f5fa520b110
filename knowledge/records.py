"""The records a knowledge base holds: plans, tasks and their extra cells, body sections,
documents to review, events, and full-text hits. :mod:`knowledge.store` reads them.

>>> period("quarter", "2026-04-01", "2026-06-30").label()
'Quý II/2026'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from .fields import TASK_COLUMNS, Role
from .normalize import number_key
from .periods import Kind, Period


@dataclass(frozen=True)
class Plan:
    id: int
    number: str
    doc_type: str
    issuer: str
    place: str
    date: date | None
    title: str
    signer: str
    signer_title: str
    task_count: int
    bases: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    source: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return number_key(self.number)

    @property
    def name(self) -> str:
        """ "Quyết định 1169/QĐ-UBND" """
        return f"{self.doc_type} {self.number}".strip()


@dataclass(frozen=True)
class Attr:
    role: Role
    name: str  # the column header as the plan writes it
    value: str


@dataclass(frozen=True)
class Task:
    id: int
    plan_id: int
    ref: str
    group: str | None
    content: str
    lead: str
    coord: str
    director: str
    deadline: str
    note: str
    period: Period | None
    attrs: tuple[Attr, ...] = ()

    def field(self, role: Role) -> str:
        """The cell of a role: a task column or an extra attribute."""
        if role in TASK_COLUMNS:
            return getattr(self, role.value)
        return "; ".join(a.value for a in self.attrs if a.role is role)


@dataclass(frozen=True)
class Section:
    plan_id: int
    ref: str
    kind: str
    parent: str | None
    title: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.body}".strip()


@dataclass(frozen=True)
class Document:
    plan_id: int
    number: str
    title: str
    lead: str
    coord: str
    deadline: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    id: int
    plan_number: str | None
    task_ref: str | None
    starts_at: datetime
    title: str
    place: str


@dataclass
class Hit:
    """A full-text match: a task or a section, with its BM25 rank (lower is better)."""

    kind: str  # task | section
    id: int
    plan_id: int
    rank: float
    text: str  # the indexed words, in order

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.text.split())


def period(kind: str | None, start: str | None, end: str | None) -> Period | None:
    if not kind:
        return None
    return Period(Kind(kind), date.fromisoformat(start), date.fromisoformat(end))
