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
import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from . import schedule
from .fields import TASK_COLUMNS, Role
from .memory import KeptInMemory
from .normalize import fold
from .periods import Period
from .records import Attr, Document, Event, Hit, Plan, Section, Task, period
from .schema import SCHEMA_VERSION
from .text_search import KINDS, TextSearch, in_clause

# The records are read from here too ("from knowledge.store import Task").
__all__ = [
    "KINDS",
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


class KnowledgeBaseError(Exception):
    """The knowledge base file is missing, damaged or of another version."""


_TASK_SELECT = (
    "select id, plan_id, ref, group_code, content, lead, coord, director, deadline, note, "
    "period_kind, period_start, period_end from tasks"
)


class KnowledgeBase(TextSearch, KeptInMemory):
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
        self._schedule: sqlite3.Connection | None = None  # opened once the file exists

    def close(self) -> None:
        self.conn.close()
        if self._schedule is not None:
            self._schedule.close()

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

    def table_titles(self, plan_id: int, kind: str = "tasks") -> list[str]:
        """The titles of the plan's task tables ("NHIỆM VỤ TRỌNG TÂM THỰC HIỆN …"), or of
        its tables of another ``kind`` ("documents")."""
        return list(self._table_titles.get((plan_id, kind), []))

    @cached_property
    def _table_titles(self) -> dict[tuple[int, str], list[str]]:
        titles: dict[tuple[int, str], list[str]] = {}
        for plan_id, kind, title in self._rows(
            "select plan_id, kind, title from tables order by plan_id, number"
        ):
            if title:
                titles.setdefault((plan_id, kind), []).append(title)
        return titles

    @cached_property
    def extra_headers(self) -> tuple[str, ...]:
        """Every header of a column beyond the task's own (product, budget, any other), in
        the order the tables give them (a set's order would change with the hash seed, and
        with it the order columns are named in)."""
        found: dict[str, None] = {}
        for (columns,) in self._rows(
            "select columns from tables where kind = 'tasks' order by rowid"
        ):
            found |= {h: None for h, role in json.loads(columns) if Role(role) not in _TASK_ROLES}
        return tuple(found)

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

    def tasks_by_ref(self, *refs: str, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Tasks whose id is one of ``refs`` ("II.3"), in every plan or in ``plan_ids``."""
        where = f"ref_key in ({','.join('?' * len(refs))})"
        return self._tasks(
            where + in_clause("plan_id", plan_ids), [r.upper() for r in refs] + list(plan_ids or ())
        )

    def items(self, plan_id: int, ref: str) -> list[Task]:
        """The items under a task ("I.4" has I.4.1-I.4.4, each with its own lead and
        deadline), in the plan's order; empty for a task without items."""
        return self._tasks("plan_id = ? and upper(parent) = ?", (plan_id, ref.upper()))

    def parents(self, ids: Iterable[int]) -> dict[int, str]:
        """The task each of these tasks is an item of, by id: {id of I.4.1: "I.4"}."""
        ids = list(ids)
        sql = f"select id, parent from tasks where parent is not null and id in ({_marks(ids)})"
        return dict(self._rows(sql, ids)) if ids else {}

    def periods(self, ids: Iterable[int]) -> dict[int, list[Period]]:
        """Every period each task is due in: two for a task in two stages ("Tháng 5/2026;
        Tháng 11/2026"), one for most; a period question should match any of them."""
        ids = list(ids)
        out: dict[int, list[Period]] = {}
        sql = (
            f"select task_id, kind, start, end from task_periods where task_id in ({_marks(ids)}) "
            "order by rowid"
        )
        for task_id, kind, start, end in self._rows(sql, ids) if ids else []:
            due = period(kind, start, end)
            if due is not None:
                out.setdefault(task_id, []).append(due)
        return out

    @cached_property
    def staged(self) -> dict[int, tuple[int, list[Period]]]:
        """Tasks in two stages or more: {task id: (plan id, every period)}. Few in any base,
        so a period question checks their later stages here rather than in SQL."""
        rows = self._rows(
            "select p.task_id, t.plan_id, p.kind, p.start, p.end from task_periods p "
            "join tasks t on t.id = p.task_id where p.task_id in (select task_id from "
            "task_periods group by task_id having count(*) > 1) order by p.rowid"
        )
        out: dict[int, tuple[int, list[Period]]] = {}
        for task_id, plan_id, kind, start, end in rows:
            due = period(kind, start, end)
            if due is not None:
                out.setdefault(task_id, (plan_id, []))[1].append(due)
        return out

    def tasks_due(
        self, start: date, end: date, *, plan_ids: Sequence[int] | None = None
    ) -> list[Task]:
        """Tasks with any period ending from ``start`` to ``end``, a later stage included."""
        where = "id in (select task_id from task_periods where end between ? and ?)" + in_clause(
            "plan_id", plan_ids
        )
        return self._tasks(where, [start.isoformat(), end.isoformat(), *(plan_ids or ())])

    def count_tasks(self, plan_ids: Sequence[int] | None = None, group: str | None = None) -> int:
        sql = "select count(*) from tasks where 1" + in_clause("plan_id", plan_ids)
        params = list(plan_ids or ())
        if group:
            sql += " and group_code = ?"
            params.append(group)
        return self._rows(sql, params)[0][0]

    def refs_numbered(
        self, numbers: Sequence[str], *, plan_ids: Sequence[int] | None = None
    ) -> list[str]:
        """The task ids with these numbers in their group ("3" → I.3, II.3, ...)."""
        by_plan = [self._task_numbers.get(n, {}) for n in set(numbers)]
        if plan_ids is None:
            return sorted({r for plans in by_plan for refs in plans.values() for r in refs})
        # (the plans asked of, not every plan that numbers a task so)
        return sorted({r for plans in by_plan for p in set(plan_ids) for r in plans.get(p, ())})

    @cached_property
    def _task_numbers(self) -> dict[str, dict[int, list[str]]]:
        """Task ids by the task's number in its group, then by plan, read once (no index
        has the number)."""
        numbers: dict[str, dict[int, list[str]]] = {}
        for number, plan_id, ref in self._rows("select number, plan_id, ref from tasks"):
            numbers.setdefault(number, {}).setdefault(plan_id, []).append(ref)
        return numbers

    @cached_property
    def marked_items(self) -> frozenset[tuple[str, str]]:
        """(plan number, id) of the items a plan numbers only "-" or "+": the ids "I.4.1",
        "I.4.2" are ours, and the plan cites them as their task, "I.4"."""
        sql = "select p.number, t.ref from tasks t join plans p on p.id = t.plan_id where marked"
        return frozenset(self._rows(sql))

    def task_refs(self, plan_ids: Sequence[int] | None = None) -> list[str]:
        """The task ids ("II.3") used in ``plan_ids`` or in every plan, each once."""
        rows = self._rows(
            f"select ref from tasks where 1{in_clause('plan_id', plan_ids)} "
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

    def plan_agencies(self, plan_id: int) -> dict[str, set[int]]:
        """Every agency a plan's tasks name, in any role, and the ids of those tasks: the
        agency filter of the web page's task table."""
        found: dict[str, set[int]] = {}
        for name, task_id in self._rows(
            "select a.name, ta.task_id from tasks t cross join task_agencies ta "
            "on ta.task_id = t.id join agencies a on a.id = ta.agency_id where t.plan_id = ?",
            (plan_id,),
        ):
            found.setdefault(name, set()).add(task_id)
        return found

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
        ids = [i for i, _ in self._numbered(refs, plan_ids)]
        if not ids:
            return []
        rows = self._rows(
            "select plan_id, ref, kind, parent, title, body from sections "
            f"where id in ({','.join('?' * len(ids))}) order by plan_id, position",
            ids,
        )
        return [Section(*r) for r in rows]

    def plans_with_section(
        self, refs: Sequence[str], *, plan_ids: Sequence[int] | None = None
    ) -> list[int]:
        """The plans with a section numbered one of ``refs``, without reading the sections:
        "Điều 2 nói gì?" of a thousand plans asks which plan first."""
        return sorted({plan_id for _, plan_id in self._numbered(refs, plan_ids)})

    def _numbered(
        self, refs: Sequence[str], plan_ids: Sequence[int] | None
    ) -> list[tuple[int, int]]:
        # SQLite's upper() changes ASCII letters only ("Điều 2" is "ĐIềU 2"): so does this.
        keys = {re.sub("[a-z]+", lambda m: m[0].upper(), r) for r in refs}
        found = [pair for key in keys for pair in self._section_numbers.get(key, ())]
        if plan_ids is not None:
            plans = set(plan_ids)
            found = [(i, p) for i, p in found if p in plans]
        return found

    @cached_property
    def _section_numbers(self) -> dict[str, list[tuple[int, int]]]:
        """(section id, plan id) by the section's number, upper-cased as SQLite's upper()
        does, read once: the index on the number cannot serve upper(ref), and a scan reads
        every body."""
        numbers: dict[str, list[tuple[int, int]]] = {}
        for section_id, plan_id, key in self._rows("select id, plan_id, upper(ref) from sections"):
            numbers.setdefault(key, []).append((section_id, plan_id))
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
                f"where 1{in_clause('plan_id', plan_ids)} order by plan_id, position",
                list(plan_ids or ()),
            )
        ]

    # ------------------------------------------------------------ events

    def events(self, *, since: datetime | None = None) -> list[Event]:
        """The events of the schedule beside this base (:mod:`knowledge.schedule`), read
        afresh on every call, except those tied to a plan this base does not hold."""
        sql = "select id, plan_number, task_ref, starts_at, title, place from events"
        where, params = ["not dropped"], []
        if since:
            where.append("starts_at >= ?")
            params.append(since.isoformat(timespec="minutes"))
        if self._schedule is None:
            self._schedule = schedule.connect_reader(schedule.path_for(self.path))
        if self._schedule is not None:
            read = self._schedule.execute
        elif self._holds_events:
            read, where = self.conn.execute, where[1:]  # from before the schedule's own file
        else:
            return []
        rows = read(
            f"{sql} where {' and '.join(where) or 1} order by starts_at, id", params
        ).fetchall()
        served = {fold(p.number) for p in self._plans.values()}
        shown = {n: fold(n) in served for n in {row[1] for row in rows if row[1]}}
        return [
            Event(i, p, t, datetime.fromisoformat(s), title, place or "")
            for i, p, t, s, title, place in rows
            if not p or shown[p]
        ]

    @cached_property
    def _holds_events(self) -> bool:
        return bool(self._rows("select 1 from sqlite_master where name = 'events'"))


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))
