"""Every task's plan, deadline and agency links as numpy columns, for the filters that run
over every plan loaded.

Over a thousand plans a question such as "nhiệm vụ nào kéo dài nhiều năm", "vẫn còn thực
hiện trong năm 2026" or "Bộ A so với Bộ B" tests 180,000 tasks or follows tens of thousands
of agency links: a test a task in Python costs 15–30 ms, the same test on columns well
under one. Only the tasks that pass are made into records.

>>> from datetime import date
>>> from knowledge.records import period
>>> tasks = [
...     Task(1, 1, "1", None, "", "", "", "", "", "", period("range", "2025-01-01", "2027-12-31")),
...     Task(2, 1, "2", None, "", "", "", "", "", "", period("year", "2026-01-01", "2026-12-31")),
...     Task(3, 2, "1", None, "", "", "", "", "", "", period("annual", "0001-01-01", "9999-12-31")),
... ]
>>> arrays = TaskArrays(tasks, {7: [(1, "lead"), (3, "coord")]})
>>> [t.id for t in arrays.tasks(arrays.multi_year())]
[1]
>>> [t.id for t in arrays.tasks(arrays.reaching(date(2026, 1, 1), date(2026, 12, 31)))]
[1, 2]
>>> arrays.agency_rows([7], ["coord"], None)
{3: frozenset({'coord'})}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from .periods import FAR_END
from .records import Task

_ROLES = ("lead", "coord", "director")  # the roles of task_agencies, each a bit
_FAR_YEAR = FAR_END.year


class TaskArrays:
    """Tasks in plan order as columns; see the module's docstring. ``links``: each agency's
    (task id, role) links."""

    def __init__(self, tasks: Sequence[Task], links: dict[int, list[tuple[int, str]]]) -> None:
        self.every = list(tasks)
        n = len(self.every)
        self.plan = np.fromiter((t.plan_id for t in self.every), np.int64, n)
        self.id = np.fromiter((t.id for t in self.every), np.int64, n)
        spans = [
            (t.period.start, t.period.end) if t.period and not t.period.recurring else None
            for t in self.every
        ]
        self.dated = np.array([s is not None for s in spans], dtype=bool)
        self.start = np.fromiter((s[0].toordinal() if s else 0 for s in spans), np.int64, n)
        self.end = np.fromiter((s[1].toordinal() if s else 0 for s in spans), np.int64, n)
        self.start_year = np.fromiter((s[0].year if s else 0 for s in spans), np.int64, n)
        self.end_year = np.fromiter((s[1].year if s else 0 for s in spans), np.int64, n)
        row_of = {t.id: i for i, t in enumerate(self.every)}
        agencies, rows, bits = [], [], []
        for agency_id, held in links.items():
            for task_id, role in held:
                if role in _ROLES and (row := row_of.get(task_id)) is not None:
                    agencies.append(agency_id)
                    rows.append(row)
                    bits.append(1 << _ROLES.index(role))
        order = np.lexsort((np.array(rows, np.int64), np.array(agencies, np.int64)))
        self.link_agency = np.array(agencies, np.int64)[order]
        self.link_row = np.array(rows, np.int64)[order]
        self.link_bits = np.array(bits, np.int64)[order]
        # Shared role sets: thousands of fresh sets would wake the garbage collector.
        self._role_sets = {
            bits: frozenset(r for i, r in enumerate(_ROLES) if bits & (1 << i))
            for bits in range(1, 1 << len(_ROLES))
        }

    def tasks(self, mask: np.ndarray) -> list[Task]:
        """The tasks a mask picks, in plan order."""
        every = self.every
        return [every[i] for i in np.flatnonzero(mask).tolist()]

    def in_plans(self, plan_ids: Iterable[int] | None) -> np.ndarray:
        """Every task of these plans; of every plan for None."""
        if plan_ids is None:
            return np.ones(len(self.every), dtype=bool)
        return np.isin(self.plan, np.fromiter(set(plan_ids), np.int64))

    def multi_year(self) -> np.ndarray:
        """Tasks whose deadline is a span over years ("2026 - 2030"), not a recurring one."""
        years = self.start_year < self.end_year
        return self.dated & years & (self.end_year < _FAR_YEAR)

    def reaching(self, first: date, last: date, *, within: bool = False) -> np.ndarray:
        """Dated tasks whose span reaches into ``first``–``last``; ``within``: that begin and
        end inside it."""
        a, b = first.toordinal(), last.toordinal()
        if within:
            return self.dated & (self.start >= a) & (self.end <= b)
        return self.dated & (self.start <= b) & (self.end >= a)

    def ending_before(self, day: date, *, before: bool = True) -> np.ndarray:
        """Dated tasks whose deadline ends before ``day``; on it or after, if not ``before``."""
        ends_before = self.end < day.toordinal()
        return self.dated & (ends_before if before else ~ends_before)

    def _links(
        self, agency_ids: Iterable[int], wanted: int, plans: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The rows the agencies are linked to in the roles of the bits ``wanted``, and the
        role bits of each link, in plan order (a row once a link)."""
        picks = [
            np.arange(*np.searchsorted(self.link_agency, [agency_id, agency_id + 1]))
            for agency_id in set(agency_ids)
        ]
        at = np.concatenate(picks) if picks else np.zeros(0, np.int64)
        at = at[(self.link_bits[at] & wanted) != 0]
        rows = self.link_row[at]
        if plans is not None:
            keep = plans[rows]
            at, rows = at[keep], rows[keep]
        order = np.argsort(rows, kind="stable")
        return rows[order], self.link_bits[at][order] & wanted

    def role_ids(
        self, agency_ids: Iterable[int], roles: Sequence[str], plans: np.ndarray | None
    ) -> tuple[list[int], dict[str, list[int]]]:
        """The ids of the tasks linked to the agencies in any of these roles, and of those
        linked in each, in plan order: a comparison of two ministries over a thousand plans
        counts thousands of tasks and shows a few of each role."""
        wanted = sum(1 << _ROLES.index(r) for r in roles if r in _ROLES)
        rows, bits = self._links(agency_ids, wanted, plans)
        by_role = {
            r: self.id[_once(rows[(bits & (1 << _ROLES.index(r))) != 0])].tolist()
            for r in roles
            if r in _ROLES
        }
        return self.id[_once(rows)].tolist(), by_role

    def agency_rows(
        self, agency_ids: Iterable[int], roles: Sequence[str], plans: np.ndarray | None
    ) -> dict[int, frozenset[str]]:
        """Task ids linked to the agencies in these roles (any role for none), each with the
        roles played, in plan order; only the tasks ``plans`` marks, if given."""
        wanted = sum(1 << _ROLES.index(r) for r in roles if r in _ROLES) if roles else -1
        if roles and not wanted:
            return {}
        rows, bits = self._links(agency_ids, wanted, plans)
        if not len(rows):
            return {}
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        played = np.bitwise_or.reduceat(bits, starts)
        # (built in C: an agency of every plan has thousands)
        ids, sets = self.id[rows[starts]].tolist(), self._role_sets
        return dict(zip(ids, map(sets.__getitem__, played.tolist()), strict=True))


def _once(rows: np.ndarray) -> np.ndarray:
    """Sorted rows without their repeats (np.unique would sort them again)."""
    return rows[np.r_[True, rows[1:] != rows[:-1]]] if len(rows) else rows
