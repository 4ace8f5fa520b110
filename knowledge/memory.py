"""What a knowledge base keeps in memory once read: every task (without its extra cells),
the cells by column, the agency links, the deadlines sorted by their end. A question across
a thousand plans ("đã quá hạn", an agency in every plan, "không có kinh phí") picks from
these instead of reading thousands of rows each time. A base never changes under its reader
(a new one is swapped in as a new file), so nothing kept goes stale.

:class:`KeptInMemory` is a part of :class:`knowledge.store.KnowledgeBase`, whose ``_rows``
and ``_tasks`` read the tables.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from .fields import Role
from .periods import FAR_END, RECURRING, Kind
from .records import Attr, Task
from .task_arrays import TaskArrays


class KeptInMemory:
    """Reads answered from memory; see the module's docstring."""

    def warm(self) -> None:
        """Read what answers across plans keep in memory (every task, its extra cells and
        agencies, the headers), so that no user's question waits for it: 0.2–0.5 s of CPU
        and 40–60 MB for 1,000 plans. Call it when a base is opened to serve."""
        for kept in (
            "_all_tasks",
            "_tasks_of_plan",
            "_order",
            "_attrs",
            "_attr_columns",
            "_agency_links",
            "_columns",
            "extra_headers",
            "_section_numbers",
            "_task_numbers",
            "_by_end",
            "_by_kind",
            "_arrays",
            "_items",
        ):
            getattr(self, kept)

    @cached_property
    def _all_tasks(self) -> dict[int, Task]:
        """Every task without its extra columns, in plan order, read once. Filters across a
        thousand plans (a period, an agency, "đã quá hạn") pick from these in memory rather
        than read thousands of rows on every question; a base never changes under its reader
        (a new one is swapped in as a new file)."""
        return {t.id: t for t in self._tasks("1", with_attrs=False)}

    @cached_property
    def _tasks_of_plan(self) -> dict[int, list[Task]]:
        by_plan: dict[int, list[Task]] = {}
        for task in self._all_tasks.values():
            by_plan.setdefault(task.plan_id, []).append(task)
        return by_plan

    def _with_attrs(self, tasks: list[Task]) -> list[Task]:
        """The tasks with their extra columns, each made once: a list across plans shows
        fifty, and copying a record costs more than reading it."""
        attrs, made = self._attrs, self._made_whole
        whole = []
        for t in tasks:
            if (task := made.get(t.id)) is None:
                task = made[t.id] = replace(t, attrs=attrs[t.id]) if t.id in attrs else t
            whole.append(task)
        return whole

    @cached_property
    def _made_whole(self) -> dict[int, Task]:
        return {}

    @cached_property
    def _attrs(self) -> dict[int, tuple[Attr, ...]]:
        """Every task's extra cells, read once."""
        attrs: dict[int, list[Attr]] = {}
        for task_id, role, name, value in self._rows(
            "select task_id, role, name, value from task_attrs order by rowid"
        ):
            attrs.setdefault(task_id, []).append(Attr(Role(role), name, value))
        return {task_id: tuple(cells) for task_id, cells in attrs.items()}

    @cached_property
    def _attr_columns(self) -> dict[tuple[Role, str], set[int]]:
        """The tasks with a cell in each column, by its role and header."""
        columns: dict[tuple[Role, str], set[int]] = {}
        for task_id, attrs in self._attrs.items():
            for attr in attrs:
                columns.setdefault((attr.role, attr.name), set()).add(task_id)
        return columns

    def extra_cells(
        self,
        roles: Iterable[Role] = (),
        headers: Iterable[str] = (),
        plan_ids: Sequence[int] | None = None,
    ) -> dict[int, list[Attr]]:
        """The extra cells in these roles or under these headers, by task in plan order:
        a question on a column's value across every plan reads only that column.

        >>> from indexer.build import build
        >>> from knowledge.store import KnowledgeBase
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
        >>> _ = build(["tests/eval/tay-an-87-KH-UBND.txt"], path)
        >>> cells = KnowledgeBase(path).extra_cells([Role.PRODUCT])
        >>> len(cells), sorted({a.role.value for found in cells.values() for a in found})
        (11, ['product'])
        """
        roles, headers = set(roles), set(headers)
        ids: set[int] = set()
        for (role, name), tasks in self._attr_columns.items():
            if role in roles or name in headers:
                ids |= tasks
        if plan_ids is not None:
            plans, every = set(plan_ids), self._all_tasks
            ids = {i for i in ids if every[i].plan_id in plans}
        return {
            i: [a for a in self._attrs[i] if a.role in roles or a.name in headers]
            for i in self.in_plan_order(ids)
        }

    def plans_with_ref(
        self, refs: Sequence[str], *, plan_ids: Sequence[int] | None = None
    ) -> list[int]:
        """The plans that have a task with one of these ids (in any case), by plan id."""
        found = set().union(*(self._plans_by_ref.get(r.upper(), ()) for r in refs))
        return sorted(found if plan_ids is None else found & set(plan_ids))

    @cached_property
    def _plans_by_ref(self) -> dict[str, set[int]]:
        """The plans with a task of each id: "I.1" is in a thousand plans of a base, and
        asked of often."""
        plans: dict[str, set[int]] = {}
        for task in self._arrays.every:
            plans.setdefault(task.ref.upper(), set()).add(task.plan_id)
        return plans

    def in_plan_order(self, ids: Iterable[int]) -> list[int]:
        """Task ids sorted as the plans list their tasks (by plan, then place in it)."""
        order = self._order
        return sorted(ids) if order is None else sorted(ids, key=order.__getitem__)

    def tasks_by_ids(self, ids: Iterable[int], *, with_attrs: bool = True) -> list[Task]:
        """Tasks by their row ids, in the order given; unknown ids are left out."""
        found = [t for t in map(self._all_tasks.get, ids) if t is not None]
        return self._with_attrs(found) if with_attrs else found

    def tasks(
        self,
        *,
        plan_ids: Sequence[int] | None = None,
        group: str | None = None,
        ending: tuple[date, date] | None = None,
        kinds: Sequence[Kind] = (),
        ids: Sequence[int] | None = None,
        with_attrs: bool = True,
    ) -> list[Task]:
        """Tasks filtered by plan, group, the end of their deadline, or its kind; without
        their extra columns if ``with_attrs`` is false (a filter that reloads the few kept)."""
        by_end = by_kind = False  # the pool was picked by the end or kind of the deadlines
        if plan_ids is None and ids is not None:
            # (a few ids among 180,000 tasks: looked up, not scanned for)
            every = self._all_tasks
            pool: Iterable[Task] = [every[i] for i in self.in_plan_order(set(ids) & every.keys())]
            ids = None
        elif plan_ids is None and ending:
            pool, by_end = self._ending_in(*ending), True
        elif plan_ids is None and kinds:
            pool, by_kind = self._of_kinds(kinds), True
        elif plan_ids is None:
            pool = self._all_tasks.values()
        else:
            by_plan = self._tasks_of_plan
            pool = [t for p in sorted(set(plan_ids)) for t in by_plan.get(p, ())]
        if ids is not None:
            wanted = set(ids)
            pool = [t for t in pool if t.id in wanted]
        if group:
            pool = [t for t in pool if t.group == group]
        if ending and not by_end:
            # A deadline ending in the span, or one that starts in it and runs on
            # ("2026 và các năm tiếp theo" is a task of 2026).
            first, last = ending
            pool = [
                t
                for t in pool
                if t.period
                and (
                    (first <= t.period.end <= last and t.period.kind not in RECURRING)
                    or (t.period.kind is Kind.AFTER and first <= t.period.start <= last)
                )
            ]
        if kinds and not by_kind:
            pool = [t for t in pool if self._kinds(t) & set(kinds)]
        found = list(pool)
        return self._with_attrs(found) if with_attrs else found

    @cached_property
    def _by_end(self) -> _Spans:
        """Dated tasks by the end of their deadline, and the tasks due from a day on by that
        day, each beside its place in plan order: a span of days picks its tasks by
        bisecting, and puts them in plan order by sorting their places, with no scan."""
        every = self._arrays.every  # in plan order (one list kept for both)
        place = {t.id: i for i, t in enumerate(every)}
        dated = sorted(
            (t for t in every if t.period and t.period.kind not in RECURRING),
            key=lambda t: t.period.end,
        )
        after = sorted(
            (t for t in every if t.period and t.period.kind is Kind.AFTER),
            key=lambda t: t.period.start,
        )
        return _Spans(
            every,
            [t.period.end for t in dated],
            [place[t.id] for t in dated],
            [t.period.start for t in after],
            [place[t.id] for t in after],
        )

    @cached_property
    def _by_kind(self) -> dict[Kind, list[Task]]:
        """Tasks by the kind of their deadline ("hằng năm", "thường xuyên"), in plan order."""
        by_kind: dict[Kind, list[Task]] = {}
        for task in self._arrays.every:  # (in plan order)
            for kind in self._kinds(task):
                by_kind.setdefault(kind, []).append(task)
        return by_kind

    def _of_kinds(self, kinds: Sequence[Kind]) -> list[Task]:
        """The tasks with a deadline of any of the kinds, in plan order: one kind's as kept,
        several merged (a task of two kinds, "Hằng năm, thường xuyên", once)."""
        lists = [self._by_kind.get(kind, []) for kind in dict.fromkeys(kinds)]
        if len(lists) == 1:
            return list(lists[0])
        found = {t.id: t for found in lists for t in found}
        return sorted(found.values(), key=lambda t: self._place(t.id))

    def _kinds(self, task: Task) -> set[Kind]:
        """The kinds of a task's deadline: two for "Hằng năm, thường xuyên"."""
        if task.period is None:
            return set()
        return {task.period.kind} | {p.kind for p in self.staged.get(task.id, (0, []))[1]}

    def _place(self, task_id: int) -> int:
        return task_id if self._order is None else self._order[task_id]

    def _ending_in(self, first: date, last: date) -> list[Task]:
        """Tasks whose deadline ends in the span or starts in it and runs on, in plan order
        (the filter :meth:`tasks` applies, over every plan)."""
        spans = self._by_end
        places = spans.dated_at[bisect_left(spans.ends, first) : bisect_right(spans.ends, last)]
        places += spans.after_at[
            bisect_left(spans.starts, first) : bisect_right(spans.starts, last)
        ]
        # (an "after" deadline is dated too when its far end falls in the span: once)
        return list(map(spans.every.__getitem__, sorted(set(places))))

    def yearly_on_a_day(self, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Yearly tasks due by a day of each year ("Quý I hằng năm", "Trước 15/12 hằng
        năm"), whose period ends on that day of the far year; not plain "Hằng năm"."""
        if plan_ids is None:
            return self._yearly_on_days
        wanted = set(plan_ids)
        return [t for t in self._yearly_on_days if t.plan_id in wanted]

    def later_stages_ending(self, first: date, last: date) -> list[tuple[int, int]]:
        """(task id, plan id) of the tasks in stages a later stage of which ends in the span
        ("Tháng 5/2026; Tháng 11/2026" in November): found by bisecting, not by a scan."""
        ends, ids = self._later_stage_ends
        return ids[bisect_left(ends, first) : bisect_right(ends, last)]

    @cached_property
    def _later_stage_ends(self) -> tuple[list[date], list[tuple[int, int]]]:
        pairs = sorted(
            (stage.end, task_id, plan_id)
            for task_id, (plan_id, stages) in self.staged.items()
            for stage in stages[1:]
            if not stage.recurring
        )
        return [end for end, _, _ in pairs], [(t, p) for _, t, p in pairs]

    @cached_property
    def _yearly_on_days(self) -> list[Task]:
        """Over every plan, read once: a period question would pick them from every yearly
        task of 1,000 plans each time."""
        return [
            t for t in self.tasks(kinds=[Kind.ANNUAL], with_attrs=False) if t.period.end != FAR_END
        ]

    def agency_tasks(
        self,
        agency_ids: Iterable[int],
        roles: Sequence[Role] = (),
        plan_ids: Sequence[int] | None = None,
    ) -> dict[int, frozenset[str]]:
        """Task ids linked to the agencies, each with the roles the agency plays in it, in
        plan order."""
        arrays = self._arrays
        plans = None if plan_ids is None else arrays.in_plans(plan_ids)
        return arrays.agency_rows(agency_ids, [r.value for r in roles], plans)

    def item_ids(self, plan_id: int, ref: str) -> list[int]:
        """The ids of the items under a task, in plan order (see ``KnowledgeBase.items``):
        from memory, since a filter over a thousand plans asks it of hundreds of tasks."""
        return self._items.get((plan_id, ref.upper()), [])

    @cached_property
    def _items(self) -> dict[tuple[int, str], list[int]]:
        items: dict[tuple[int, str], list[int]] = {}
        for task_id, plan_id, parent in self._rows(
            "select id, plan_id, upper(parent) from tasks where parent is not null"
            " order by plan_id, position"
        ):
            items.setdefault((plan_id, parent), []).append(task_id)
        return items

    def agency_tasks_by_role(
        self,
        agency_ids: Iterable[int],
        roles: Sequence[Role],
        plan_ids: Sequence[int] | None = None,
    ) -> tuple[list[int], dict[Role, list[int]]]:
        """The ids of the tasks linked to the agencies in any of the roles, and of those
        linked in each role, in plan order."""
        arrays = self._arrays
        plans = None if plan_ids is None else arrays.in_plans(plan_ids)
        every, by_role = arrays.role_ids(agency_ids, [r.value for r in roles], plans)
        return every, {r: by_role.get(r.value, []) for r in roles}

    def multi_year_tasks(self, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Tasks whose deadline spans years ("2026 - 2030"), in plan order."""
        arrays = self._arrays
        return arrays.tasks(arrays.multi_year() & arrays.in_plans(plan_ids))

    def tasks_reaching(
        self,
        first: date,
        last: date,
        *,
        within: bool = False,
        plan_ids: Sequence[int] | None = None,
    ) -> list[Task]:
        """Dated tasks whose span reaches into the days ``first``–``last`` ("vẫn còn thực
        hiện trong năm 2026"); ``within``: that begin and end inside them ("chỉ trong")."""
        arrays = self._arrays
        return arrays.tasks(arrays.reaching(first, last, within=within) & arrays.in_plans(plan_ids))

    def dated_tasks(
        self, day: date, *, before: bool, plan_ids: Sequence[int] | None = None
    ) -> list[Task]:
        """Tasks with a dated deadline (not a recurring one) that ends before ``day``
        ("đã quá hạn"), or on it or after it ("chưa đến hạn"), in plan order."""
        arrays = self._arrays
        return arrays.tasks(arrays.ending_before(day, before=before) & arrays.in_plans(plan_ids))

    @cached_property
    def _arrays(self) -> TaskArrays:
        return TaskArrays(list(self._all_tasks.values()), self._agency_links)

    def task_agencies(self, task_id: int, role: Role) -> list[int]:
        """The agencies that play ``role`` in a task itself (not in its items), as its
        cell names them."""
        return [
            agency_id
            for (agency_id,) in self._rows(
                "select agency_id from task_agencies where task_id = ? and role = ? and sub = 0"
                " order by rowid",
                (task_id, role.value),
            )
        ]

    @cached_property
    def _agency_links(self) -> dict[int, list[tuple[int, str]]]:
        """Each agency's (task, role) links, read once: a common agency leads tasks in
        every plan, and reading them all on each question is what made it slow."""
        links: dict[int, list[tuple[int, str]]] = {}
        for agency_id, task_id, role in self._rows(
            "select agency_id, task_id, role from task_agencies order by rowid"
        ):
            links.setdefault(agency_id, []).append((task_id, role))
        return links

    @cached_property
    def _order(self) -> dict[int, int] | None:
        """Each task's place in plan order; None when the ids themselves follow it, as they
        do when the indexer writes plans and their tasks in order."""
        ids = list(self._all_tasks)
        return None if ids == sorted(ids) else {task_id: i for i, task_id in enumerate(ids)}


@dataclass(frozen=True)
class _Spans:
    """What :meth:`KeptInMemory._ending_in` bisects: see ``_by_end``."""

    every: list[Task]  # every task, in plan order
    ends: list[date]  # the ends of the dated tasks' deadlines, sorted
    dated_at: list[int]  # each of those tasks' place in ``every``
    starts: list[date]  # the first days of the deadlines that run on from a day, sorted
    after_at: list[int]
