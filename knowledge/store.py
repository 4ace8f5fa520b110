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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from .fields import TASK_COLUMNS, Role
from .normalize import number_key
from .periods import FAR_END, RECURRING, Kind, Period
from .schema import SCHEMA_VERSION

_TASK_ROLES = frozenset({Role.NUMBER, *TASK_COLUMNS})
SCAN_PLANS = 5  # up to this many plans in scope, search reads their rows instead of FTS


class KnowledgeBaseError(Exception):
    """The knowledge base file is missing, damaged or of another version."""


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


_TASK_SELECT = (
    "select id, plan_id, ref, group_code, content, lead, coord, director, deadline, note, "
    "period_kind, period_start, period_end from tasks"
)


def _period(kind: str | None, start: str | None, end: str | None) -> Period | None:
    if not kind:
        return None
    return Period(Kind(kind), date.fromisoformat(start), date.fromisoformat(end))


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
        headers: dict[Role, str] = {}
        for (columns,) in self._rows(
            "select columns from tables where plan_id = ? and kind = 'tasks' order by number",
            (plan_id,),
        ):
            for header, role in json.loads(columns):
                headers.setdefault(Role(role), header)
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
        if not rows:
            return []
        attrs: dict[int, list[Attr]] = {}
        if with_attrs:
            ids = [r[0] for r in rows]
            for task_id, role, name, value in self._rows(
                f"select task_id, role, name, value from task_attrs where task_id in "
                f"({','.join('?' * len(ids))}) order by rowid",
                ids,
            ):
                attrs.setdefault(task_id, []).append(Attr(Role(role), name, value))
        return [
            Task(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                _period(r[10], r[11], r[12]),
                tuple(attrs.get(r[0], ())),
            )
            for r in rows
        ]

    def tasks_by_ids(self, ids: Iterable[int]) -> list[Task]:
        ids = list(ids)
        if not ids:
            return []
        by_id = {t.id: t for t in self._tasks(f"id in ({','.join('?' * len(ids))})", ids)}
        return [by_id[i] for i in ids if i in by_id]

    def tasks_by_ref(self, *refs: str, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Tasks whose id is one of ``refs`` ("II.3"), in every plan or in ``plan_ids``."""
        where = f"ref_key in ({','.join('?' * len(refs))})"
        return self._tasks(
            where + _in("plan_id", plan_ids), [r.upper() for r in refs] + list(plan_ids or ())
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
            period = _period(kind, start, end)
            if period is not None:
                out.setdefault(task_id, []).append(period)
        return out

    def tasks_due(
        self, start: date, end: date, *, plan_ids: Sequence[int] | None = None
    ) -> list[Task]:
        """Tasks with any period ending from ``start`` to ``end``, a later stage included."""
        where = "id in (select task_id from task_periods where end between ? and ?)" + _in(
            "plan_id", plan_ids
        )
        return self._tasks(where, [start.isoformat(), end.isoformat(), *(plan_ids or ())])

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
        where, params = ["1"], []
        # With plans named, their index is the selective one: "+" keeps SQLite off the
        # period indexes, which would read every plan's yearly tasks.
        plus = "+" if plan_ids is not None else ""
        if plan_ids is not None:
            where.append(f"plan_id in ({','.join('?' * len(plan_ids))})")
            params += plan_ids
        if ids is not None:
            where.append(f"id in ({','.join('?' * len(ids))})")
            params += ids
        if group:
            where.append("group_code = ?")
            params.append(group)
        if ending:
            # A deadline ending in the span, or one that starts in it and runs on
            # ("2026 và các năm tiếp theo" is a task of 2026).
            recurring = ",".join(f"'{k.value}'" for k in RECURRING)
            where.append(
                f"(({plus}period_end between ? and ? and {plus}period_kind not in ({recurring}))"
                f" or ({plus}period_kind = 'after' and {plus}period_start between ? and ?))"
            )
            span = [ending[0].isoformat(), ending[1].isoformat()]
            params += span + span
        if kinds:
            where.append(f"{plus}period_kind in ({','.join('?' * len(kinds))})")
            params += [k.value for k in kinds]
        return self._tasks(" and ".join(where), params, with_attrs=with_attrs)

    def yearly_on_a_day(self, plan_ids: Sequence[int] | None = None) -> list[Task]:
        """Yearly tasks due by a day of each year ("Quý I hằng năm", "Trước 15/12 hằng
        năm"), whose period ends on that day of the far year; not plain "Hằng năm"."""
        plus = "+" if plan_ids is not None else ""
        where = f"{plus}period_kind = 'annual' and {plus}period_end != ?" + _in("plan_id", plan_ids)
        params = [FAR_END.isoformat(), *(plan_ids or ())]
        return self._tasks(where, params, with_attrs=False)

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
        sql = f"select distinct ref from tasks where number in ({','.join('?' * len(numbers))})"
        rows = self._rows(sql + _in("plan_id", plan_ids), [*numbers, *(plan_ids or ())])
        return sorted(r for (r,) in rows)

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
    ) -> dict[int, set[str]]:
        """Task ids linked to the agencies, each with the roles the agency plays in it."""
        agency_ids = list(agency_ids)
        # A common agency appears in every plan: with plans named, start from their tasks
        # (CROSS JOIN fixes SQLite's join order).
        join = (
            "tasks t cross join task_agencies ta"
            if plan_ids is not None
            else "task_agencies ta join tasks t"
        )
        sql = (
            f"select ta.task_id, ta.role from {join} on t.id = ta.task_id "
            f"where ta.agency_id in ({','.join('?' * len(agency_ids))})"
        )
        params: list = list(agency_ids)
        if roles:
            sql += f" and ta.role in ({','.join('?' * len(roles))})"
            params += [r.value for r in roles]
        sql += _in("t.plan_id", plan_ids)
        params += list(plan_ids or ())
        found: dict[int, set[str]] = {}
        for task_id, role in self._rows(sql + " order by t.plan_id, t.position", params):
            found.setdefault(task_id, set()).add(role)
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
        rows = self._rows(
            "select plan_id, ref, kind, parent, title, body from sections "
            f"where upper(ref) in ({','.join('?' * len(refs))}){_in('plan_id', plan_ids)} "
            "order by plan_id, position",
            # SQLite's upper() changes ASCII letters only ("Điều 2" is "ĐIềU 2"): match it.
            [re.sub("[a-z]+", lambda m: m[0].upper(), r) for r in refs] + list(plan_ids or ()),
        )
        return [Section(*r) for r in rows]

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


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


def _in(column: str, values: Sequence | None) -> str:
    return "" if values is None else f" and {column} in ({','.join('?' * len(values))})"
