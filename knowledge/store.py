"""Read a knowledge base: the query API that the answer engine and the bot share.

>>> from indexer.build import build
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
>>> _ = build(["knowledge/plans/1169-QD-UBND.txt"], path)
>>> kb = KnowledgeBase(path)
>>> [p.number for p in kb.plans()], kb.tasks_by_ref("II.3")[0].lead
(['1169/QĐ-UBND'], 'Sở Khoa học và Công nghệ')
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import cached_property, lru_cache
from pathlib import Path

from .fields import TASK_COLUMNS, Role
from .periods import FAR_END, RECURRING, Kind
from .records import Attr, Document, Event, Hit, Plan, Section, Task, period
from .schema import SCHEMA_VERSION

# The records are read from here too ("from knowledge.store import Task").
__all__ = [
    "Attr",
    "Document",
    "Event",
    "Hit",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Plan",
    "Section",
    "Task",
]

_TASK_ROLES = frozenset({Role.NUMBER, *TASK_COLUMNS})
SCAN_PLANS = 5  # up to this many plans in scope, search reads their rows instead of FTS


class KnowledgeBaseError(Exception):
    """The knowledge base file is missing, damaged or of another version."""


_TASK_SELECT = (
    "select id, plan_id, ref, group_code, content, lead, coord, director, deadline, note, "
    "period_kind, period_start, period_end from tasks"
)


class KnowledgeBase:
    """A read-only view of a knowledge base file. Cheap to open; caches what it reads often."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise KnowledgeBaseError(f"no knowledge base at {self.path}")
        try:
            self.conn = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
            )
            meta = dict(self.conn.execute("select key, value from meta"))
        except sqlite3.DatabaseError as e:
            raise KnowledgeBaseError(f"{self.path} is not a knowledge base ({e})") from None
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise KnowledgeBaseError(
                f"{self.path} was built by another version of planbot; index the plans again"
            )

    def close(self) -> None:
        self.conn.close()

    def warm(self) -> None:
        """Read what answers across plans keep in memory (every task, its extra cells and
        agencies, the headers), so that no user's question waits for it: about 0.5 s and
        30 MB for 1,000 generated plans. Call it when a base is opened to serve."""
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
        ):
            getattr(self, kept)

    def _rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    # ------------------------------------------------------------ plans

    @cached_property
    def _plans(self) -> dict[int, Plan]:
        plans = {}
        for row in self._rows(
            "select id, number, doc_type, issuer, place, date, title, signer, signer_title, "
            "task_count, bases, recipients, places, source, warnings from plans order by id"
        ):
            (
                pid,
                number,
                doc_type,
                issuer,
                place,
                day,
                title,
                signer,
                signer_title,
                count,
                bases,
                recipients,
                places,
                source,
                warnings,
            ) = row
            plans[pid] = Plan(
                pid,
                number,
                doc_type or "",
                issuer or "",
                place or "",
                date.fromisoformat(day) if day else None,
                title or "",
                signer or "",
                signer_title or "",
                count,
                tuple(json.loads(bases)),
                tuple(json.loads(recipients)),
                tuple(json.loads(places)),
                source or "",
                tuple(json.loads(warnings)),
            )
        return plans

    def plans(self) -> list[Plan]:
        return list(self._plans.values())

    def plan(self, plan_id: int) -> Plan:
        return self._plans[plan_id]

    def plan_by_number(self, number: str) -> Plan | None:
        return next((p for p in self._plans.values() if p.number == number), None)

    def columns(self, plan_id: int) -> dict[Role, str]:
        """The header each role has in the plan's task tables ("Đơn vị chủ trì")."""
        return dict(self._columns.get(plan_id, {}))

    @cached_property
    def _columns(self) -> dict[int, dict[Role, str]]:
        # Read once: a list across plans asks for the headers of every plan it shows.
        headers: dict[int, dict[Role, str]] = {}
        for plan_id, columns in self._rows(
            "select plan_id, columns from tables where kind = 'tasks' order by plan_id, number"
        ):
            for header, role in json.loads(columns):
                headers.setdefault(plan_id, {}).setdefault(Role(role), header)
        return headers

    @cached_property
    def extra_headers(self) -> frozenset[str]:
        """Every header of a column beyond the task's own (product, budget, any other)."""
        found = set()
        for (columns,) in self._rows("select columns from tables where kind = 'tasks'"):
            found |= {h for h, role in json.loads(columns) if Role(role) not in _TASK_ROLES}
        return frozenset(found)

    def group_titles(self, plan_id: int) -> dict[str, str]:
        return dict(
            self._rows(
                "select code, title from groups where plan_id = ? order by position", (plan_id,)
            )
        )

    # ------------------------------------------------------------ tasks

    def _tasks(
        self,
        where: str,
        params: Sequence = (),
        order: str = "plan_id, position",
        *,
        with_attrs: bool = True,
    ) -> list[Task]:
        rows = self._rows(f"{_TASK_SELECT} where {where} order by {order}", params)
        tasks = [Task(*r[:10], period(r[10], r[11], r[12])) for r in rows]
        return self._with_attrs(tasks) if with_attrs else tasks

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
        """The tasks with their extra columns."""
        attrs = self._attrs
        return [replace(t, attrs=attrs[t.id]) if t.id in attrs else t for t in tasks]

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

    def in_plan_order(self, ids: Iterable[int]) -> list[int]:
        """Task ids sorted as the plans list their tasks (by plan, then place in it)."""
        order = self._order
        return sorted(ids) if order is None else sorted(ids, key=order.__getitem__)

    def tasks_by_ids(self, ids: Iterable[int], *, with_attrs: bool = True) -> list[Task]:
        """Tasks by their row ids, in the order given; unknown ids are left out."""
        every = self._all_tasks
        found = [every[i] for i in ids if i in every]
        return self._with_attrs(found) if with_attrs else found

    def tasks_by_ref(self, *refs: str, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Tasks whose id is one of ``refs`` ("II.3"), in every plan or in ``plan_ids``."""
        where = f"ref_key in ({','.join('?' * len(refs))})"
        return self._tasks(
            where + _in("plan_id", plan_ids), [r.upper() for r in refs] + list(plan_ids or ())
        )

    def plans_with_ref(
        self, refs: Sequence[str], *, plan_ids: Sequence[int] | None = None
    ) -> list[int]:
        """The plans that have a task with one of these ids."""
        sql = f"select distinct plan_id from tasks where ref_key in ({','.join('?' * len(refs))})"
        params = [r.upper() for r in refs] + list(plan_ids or ())
        return [
            p for (p,) in self._rows(sql + _in("plan_id", plan_ids) + " order by plan_id", params)
        ]

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
        if plan_ids is None and ending:
            pool: Iterable[Task] = self._ending_in(*ending)
        elif plan_ids is None and kinds:
            of_kind = [t for kind in set(kinds) for t in self._by_kind.get(kind, ())]
            pool = sorted(of_kind, key=lambda t: self._place(t.id))
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
        if ending and plan_ids is not None:  # over every plan, _ending_in picked them
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
        if kinds:
            pool = [t for t in pool if t.period and t.period.kind in kinds]
        found = list(pool)
        return self._with_attrs(found) if with_attrs else found

    @cached_property
    def _by_end(self) -> tuple[list[date], list[Task], list[Task]]:
        """Dated tasks sorted by the end of their deadline (with the ends, to bisect), and
        the tasks due from a day on: a span of days picks its tasks without a scan."""
        dated = sorted(
            (t for t in self._all_tasks.values() if t.period and t.period.kind not in RECURRING),
            key=lambda t: t.period.end,
        )
        after = [t for t in self._all_tasks.values() if t.period and t.period.kind is Kind.AFTER]
        return [t.period.end for t in dated], dated, after

    @cached_property
    def _by_kind(self) -> dict[Kind, list[Task]]:
        """Tasks by the kind of their deadline ("hằng năm", "thường xuyên"), in plan order."""
        by_kind: dict[Kind, list[Task]] = {}
        for task in self._all_tasks.values():
            if task.period:
                by_kind.setdefault(task.period.kind, []).append(task)
        return by_kind

    def _place(self, task_id: int) -> int:
        return task_id if self._order is None else self._order[task_id]

    def _ending_in(self, first: date, last: date) -> list[Task]:
        """Tasks whose deadline ends in the span or starts in it and runs on, in plan order
        (the filter :meth:`tasks` applies, over every plan)."""
        ends, dated, after = self._by_end
        found = dated[bisect_left(ends, first) : bisect_right(ends, last)]
        found += [t for t in after if first <= t.period.start <= last]
        # An "after" deadline is dated too when its far end falls in the span.
        unique = {t.id: t for t in found}
        return [unique[i] for i in self.in_plan_order(unique)]

    def yearly_on_a_day(self, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Yearly tasks due by a day of each year ("Quý I hằng năm", "Trước 15/12 hằng
        năm"), whose period ends on that day of the far year; not plain "Hằng năm"."""
        return [
            t
            for t in self.tasks(plan_ids=plan_ids, kinds=[Kind.ANNUAL], with_attrs=False)
            if t.period.end != FAR_END
        ]

    def count_tasks(self, plan_ids: Sequence[int] | None = None, group: str | None = None) -> int:
        sql = "select count(*) from tasks where 1" + _in("plan_id", plan_ids)
        params = list(plan_ids or ())
        if group:
            sql += " and group_code = ?"
            params.append(group)
        return self._rows(sql, params)[0][0]

    def refs_numbered(
        self, numbers: Sequence[str], *, plan_ids: Sequence[int] | None = None
    ) -> list[str]:
        """The task ids with these numbers in their group ("3" → I.3, II.3, ...)."""
        plans = None if plan_ids is None else set(plan_ids)
        return sorted(
            {
                ref
                for number in set(numbers)
                for plan_id, ref in self._task_numbers.get(number, ())
                if plans is None or plan_id in plans
            }
        )

    @cached_property
    def _task_numbers(self) -> dict[str, list[tuple[int, str]]]:
        """(plan, task id) by the task's number in its group, read once (no index has it)."""
        numbers: dict[str, list[tuple[int, str]]] = {}
        for number, plan_id, ref in self._rows("select number, plan_id, ref from tasks"):
            numbers.setdefault(number, []).append((plan_id, ref))
        return numbers

    def task_refs(self, plan_ids: Sequence[int] | None = None) -> list[str]:
        """The task ids ("II.3") used in ``plan_ids`` or in every plan, each once."""
        rows = self._rows(
            f"select ref from tasks where 1{_in('plan_id', plan_ids)} "
            "group by ref order by min(position), ref",
            list(plan_ids or ()),
        )
        return [r for (r,) in rows]

    # ------------------------------------------------------------ agencies

    @cached_property
    def aliases(self) -> dict[str, frozenset[int]]:
        """Every alias key and the agencies it names."""
        found: dict[str, set[int]] = {}
        for alias, agency_id in self._rows("select alias, agency_id from aliases"):
            found.setdefault(alias, set()).add(agency_id)
        return {a: frozenset(ids) for a, ids in found.items()}

    def agency_names(self, ids: Iterable[int]) -> list[str]:
        ids = list(ids)
        return [
            n
            for (n,) in self._rows(
                f"select name from agencies where id in ({','.join('?' * len(ids))}) order by id",
                ids,
            )
        ]

    def most_common_lead(self, plan_id: int) -> str | None:
        """The agency that leads most tasks of a plan, by its name."""
        row = self._rows(
            "select a.name from task_agencies ta join tasks t on t.id = ta.task_id "
            "join agencies a on a.id = ta.agency_id where t.plan_id = ? and ta.role = 'lead' "
            "and ta.sub = 0 group by a.id order by count(*) desc, a.id limit 1",
            (plan_id,),
        )
        return row[0][0] if row else None

    def agency_tasks(
        self,
        agency_ids: Iterable[int],
        roles: Sequence[Role] = (),
        plan_ids: Sequence[int] | None = None,
    ) -> dict[int, frozenset[str]]:
        """Task ids linked to the agencies, each with the roles the agency plays in it, in
        plan order."""
        wanted_roles = {r.value for r in roles}
        plans = None if plan_ids is None else set(plan_ids)
        every = self._all_tasks
        links = self._agency_links
        found: dict[int, frozenset[str]] = {}
        for agency_id in set(agency_ids):
            for task_id, role in links.get(agency_id, ()):
                if wanted_roles and role not in wanted_roles:
                    continue
                if plans is not None and every[task_id].plan_id not in plans:
                    continue
                # Shared role sets: thousands of fresh sets would wake the garbage collector.
                found[task_id] = _role_set(found.get(task_id, frozenset()), role)
        return {task_id: found[task_id] for task_id in self.in_plan_order(found)}

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

    # ------------------------------------------------------------ text

    def sections(self, plan_id: int) -> list[Section]:
        return [
            Section(plan_id, *r)
            for r in self._rows(
                "select ref, kind, parent, title, body from sections where plan_id = ? "
                "order by position",
                (plan_id,),
            )
        ]

    def sections_numbered(
        self, refs: Sequence[str], *, plan_ids: Sequence[int] | None = None
    ) -> list[Section]:
        """Sections numbered one of ``refs`` ("II.1", "ii.1"), in every plan or in ``plan_ids``."""
        # SQLite's upper() changes ASCII letters only ("Điều 2" is "ĐIềU 2"): so does this.
        keys = {re.sub("[a-z]+", lambda m: m[0].upper(), r) for r in refs}
        ids = [i for key in keys for i in self._section_numbers.get(key, ())]
        if not ids:
            return []
        rows = self._rows(
            "select plan_id, ref, kind, parent, title, body from sections "
            f"where id in ({','.join('?' * len(ids))}){_in('plan_id', plan_ids)} "
            "order by plan_id, position",
            ids + list(plan_ids or ()),
        )
        return [Section(*r) for r in rows]

    @cached_property
    def _section_numbers(self) -> dict[str, list[int]]:
        """Section ids by their number, upper-cased as SQLite's upper() does, read once: the
        index on the number cannot serve upper(ref), and a scan reads every body."""
        numbers: dict[str, list[int]] = {}
        for section_id, key in self._rows("select id, upper(ref) from sections"):
            numbers.setdefault(key, []).append(section_id)
        return numbers

    def section_ids(self, ids: Iterable[int]) -> list[tuple[int, Section]]:
        ids = list(ids)
        return [
            (r[0], Section(*r[1:]))
            for r in self._rows(
                "select id, plan_id, ref, kind, parent, title, body from sections "
                f"where id in ({','.join('?' * len(ids))})",
                ids,
            )
        ]

    def documents(self, plan_ids: Sequence[int] | None = None) -> list[Document]:
        """The documents to review listed in ``plan_ids`` or in every plan."""
        return [
            Document(plan_id, n, t, lead, coord, dl, json.loads(attrs))
            for plan_id, n, t, lead, coord, dl, attrs in self._rows(
                "select plan_id, number, title, lead, coord, deadline, attrs from documents "
                f"where 1{_in('plan_id', plan_ids)} order by plan_id, position",
                list(plan_ids or ()),
            )
        ]

    @cached_property
    def vocabulary(self) -> dict[str, int]:
        """Document frequency of every indexed word ("truy_xuat")."""
        return dict(self._rows("select word, df from vocab"))

    @cached_property
    def document_count(self) -> int:
        return self._rows("select (select count(*) from tasks) + (select count(*) from sections)")[
            0
        ][0]

    def known(self, word: str) -> bool:
        return word in self.vocabulary

    def idf(self, word: str) -> float:
        """Inverse document frequency; an unknown word weighs the most."""
        n = self.document_count
        return math.log((n + 1) / (self.vocabulary.get(word, 0) + 0.5))

    def search(
        self, words: Sequence[str], *, plan_ids: Sequence[int] | None = None, limit: int = 40
    ) -> list[Hit]:
        """Tasks and sections holding any of the words, best BM25 first.

        Words are quoted, so user text never reaches FTS5 as syntax.
        """
        if not words:
            return []
        if plan_ids is not None and len(plan_ids) <= SCAN_PLANS:
            return self._scan(words, plan_ids)
        # FTS5 reads a query up to its first NUL, which would leave a phrase unterminated.
        match = " OR ".join('"' + w.replace("\x00", "").replace('"', '""') + '"' for w in words)
        hits = []
        for kind, table in (("task", "tasks"), ("section", "sections")):
            sql = (
                f"select t.id, t.plan_id, {table}_fts.rank, t.search from {table}_fts "
                f"join {table} t on t.id = {table}_fts.rowid where {table}_fts match ?"
                + _in("t.plan_id", plan_ids)
                + f" order by {table}_fts.rank limit {int(limit)}"
            )
            for row_id, plan_id, rank, text in self._rows(sql, [match, *(plan_ids or ())]):
                hits.append(Hit(kind, row_id, plan_id, rank, text))
        return hits

    def _scan(self, words: Sequence[str], plan_ids: Sequence[int]) -> list[Hit]:
        """Search a few plans by reading their rows: cheaper than an FTS match over every
        plan's rows that share a common word."""
        wanted = set(words)
        hits = []
        for kind, table in (("task", "tasks"), ("section", "sections")):
            for row_id, plan_id, text in self._rows(
                f"select id, plan_id, search from {table} where 1" + _in("plan_id", plan_ids),
                plan_ids,
            ):
                if wanted & set(text.split()):
                    hits.append(Hit(kind, row_id, plan_id, 0.0, text))
        return hits

    # ------------------------------------------------------------ events

    def events(self, *, since: datetime | None = None) -> list[Event]:
        sql = "select id, plan_number, task_ref, starts_at, title, place from events"
        params: list = []
        if since:
            sql += " where starts_at >= ?"
            params.append(since.isoformat(timespec="minutes"))
        return [
            Event(i, p, t, datetime.fromisoformat(s), title, place or "")
            for i, p, t, s, title, place in self._rows(sql + " order by starts_at, id", params)
        ]


@lru_cache(maxsize=256)
def _role_set(roles: frozenset[str], role: str) -> frozenset[str]:
    return roles | {role}


def _in(column: str, values: Sequence | None) -> str:
    return "" if values is None else f" and {column} in ({','.join('?' * len(values))})"
