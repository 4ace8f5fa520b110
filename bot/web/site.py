"""What the site reads: the knowledge base as it is on disk now, the schedule, a plan by
its address, a plan's task table with its filters."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from bot.shared import VIETNAM, vietnam_now
from knowledge.answer import TaskRef
from knowledge.engine import Engine
from knowledge.periods import dmy
from knowledge.store import Event, KnowledgeBase, KnowledgeBaseError, Plan, Task

from .timeline import due_date, quarter_of
from .urls import plan_slug, task_path

logger = logging.getLogger(__name__)

OVERDUE = "qua-han"  # the deadline filter's value for tasks whose last day has passed
_PERIOD = re.compile(r"(?P<year>\d{4})(?:-q(?P<quarter>[1-4]))?")


class Site:
    """The knowledge base the site serves. Given a path, it notices when an upload or
    ``planbot index`` swaps a new file in (a stat per request) and serves that one; a new
    file that cannot be opened leaves the old one serving. Given an engine, it serves it."""

    def __init__(
        self, source: str | Path | Engine, *, clock: Callable[[], datetime] = vietnam_now
    ) -> None:
        self.clock = clock
        self.path = None if isinstance(source, Engine) else Path(source)
        self._engine = source if isinstance(source, Engine) else None
        self._served: tuple[int, int] | None = None
        self._slugs: dict[str, Plan] = {}
        self._numbers: dict[str, Plan] = {}
        self._indexed: Engine | None = None  # the engine whose plans the two hold

    @property
    def engine(self) -> Engine:
        if self.path is not None:
            identity = _identity(self.path)
            if self._engine is None or identity != self._served:
                self._swap(identity)
        return self._engine

    def _swap(self, identity: tuple[int, int] | None) -> None:
        try:
            engine = Engine(KnowledgeBase(self.path))
        except KnowledgeBaseError:
            if self._engine is None:
                raise
            logger.warning("kept serving the previous knowledge base", exc_info=True)
            return
        self._engine, self._served = engine, identity

    @property
    def kb(self) -> KnowledgeBase:
        return self.engine.kb

    def now(self) -> datetime:
        """Vietnam's time, naive, as events are stored."""
        return self.clock().astimezone(VIETNAM).replace(tzinfo=None)

    def today(self) -> date:
        return self.now().date()

    def events(self, since: datetime | None = None) -> list[Event]:
        """The dialogue sessions: the one place the site reads them."""
        return self.kb.events(since=since)

    def upcoming(self) -> list[Event]:
        """Sessions from the start of today on, as the bot lists them."""
        return self.events(since=datetime.combine(self.today(), time.min))

    def _index_plans(self) -> None:
        """Plans by address and by number, once per knowledge base: a page of an answer
        links to up to dozens of tasks, and there may be thousands of plans."""
        engine = self.engine
        if self._indexed is not engine:
            self._slugs, self._numbers = {}, {}
            for plan in engine.kb.plans():
                self._slugs.setdefault(plan_slug(plan.number), plan)  # the first keeps a shared one
                self._numbers.setdefault(plan.number, plan)
            self._indexed = engine

    def plan(self, slug: str) -> Plan | None:
        """The plan at ``/kehoach/<slug>``."""
        self._index_plans()
        return self._slugs.get(slug)

    def plan_numbered(self, number: str) -> Plan | None:
        self._index_plans()
        return self._numbers.get(number)

    def task(self, plan: Plan, ref: str) -> Task | None:
        found = self.kb.tasks_by_ref(ref, plan_ids=[plan.id])
        return found[0] if found else None

    def task_link(self, ref: TaskRef) -> str | None:
        """The page of a task an answer names, if its plan is loaded."""
        return task_path(ref.plan, ref.ref) if self.plan_numbered(ref.plan) else None

    def event_link(self, event: Event) -> str | None:
        """The page of the task a session is about: in its plan, or in the only plan."""
        if not event.task_ref:
            return None
        plans = self.kb.plans()
        plan = self.plan_numbered(event.plan_number) if event.plan_number else None
        if plan is None and not event.plan_number and len(plans) == 1:
            plan = plans[0]
        if plan is None or self.task(plan, event.task_ref) is None:
            return None
        return task_path(plan.number, event.task_ref)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


class BadFilter(ValueError):
    """A filter value the plan's table has no use for."""

    def __init__(self, name: str, value: str) -> None:
        super().__init__(f"{name}={value!r}")
        self.name, self.value = name, value


@dataclass(frozen=True)
class TaskTable:
    """A plan's tasks as the filters leave them, with each filter's choices."""

    tasks: list[Task]
    total: int
    agencies: list[str]
    periods: list[tuple[str, str]]  # (value, label)
    groups: dict[str, str]
    chosen: dict[str, str]


FILTERS = ("coquan", "han", "nhom")  # agency, deadline, group: the query parameters


def task_table(
    kb: KnowledgeBase, plan: Plan, params: Mapping[str, str], today: date, lang: str
) -> TaskTable:
    """The plan's task table filtered by ``coquan`` (an agency's name), ``han`` (a year
    "2026", a quarter "2026-q2", or "qua-han" for overdue) and ``nhom`` (a group code).
    A value the plan has no use for raises :class:`BadFilter`; a well-formed period in
    which nothing is due is an empty table."""
    tasks = kb.tasks(plan_ids=[plan.id])
    agencies = kb.plan_agencies(plan.id)
    groups = kb.group_titles(plan.id)
    chosen = {name: params.get(name, "").strip() for name in FILTERS}
    if chosen["han"] not in ("", OVERDUE) and not _PERIOD.fullmatch(chosen["han"]):
        raise BadFilter("han", chosen["han"])
    shown = tasks
    if agency := chosen["coquan"]:
        if agency not in agencies:
            raise BadFilter("coquan", agency)
        shown = [t for t in shown if t.id in agencies[agency]]
    if period := chosen["han"]:
        shown = [t for t in shown if _in_period(t, period, today)]
    if group := chosen["nhom"]:
        if group not in groups:
            raise BadFilter("nhom", group)
        shown = [t for t in shown if t.group == group]
    return TaskTable(shown, len(tasks), sorted(agencies), _periods(tasks, lang), groups, chosen)


def _in_period(task: Task, period: str, today: date) -> bool:
    day = due_date(task)
    if period == OVERDUE:
        return day is not None and day < today
    m = _PERIOD.fullmatch(period)
    if day is None:
        return False
    if m["quarter"]:
        return quarter_of(day) == (int(m["year"]), int(m["quarter"]))
    return day.year == int(m["year"])


def _periods(tasks: list[Task], lang: str) -> list[tuple[str, str]]:
    """The years and quarters in which the plan's tasks are due, then "overdue"."""
    quarters = sorted({quarter_of(d) for t in tasks if (d := due_date(t))})
    romans = ("I", "II", "III", "IV")
    options: list[tuple[str, str]] = []
    for year in sorted({y for y, _ in quarters}):
        options.append((str(year), str(year) if lang == "en" else f"Năm {year}"))
        options += [
            (f"{year}-q{q}", f"Q{q}/{year}" if lang == "en" else f"Quý {romans[q - 1]}/{year}")
            for y, q in quarters
            if y == year
        ]
    options.append((OVERDUE, "Overdue" if lang == "en" else "Đã quá hạn"))
    return options


def event_when(event: Event) -> str:
    """ "15/12/2026 08:30" """
    return f"{dmy(event.starts_at.date())} {event.starts_at:%H:%M}"
