"""How a list of tasks reads: within one plan, or across plans grouped by plan."""

from __future__ import annotations

import re
from operator import attrgetter

import numpy as np

from .. import render
from ..answer import Answer, Context, Intent, Status, TaskRef
from ..fields import Role
from ..store import Task
from .common import ROLE_NAMES

SHOWN_ACROSS = 50  # tasks listed when an answer spans several plans (7 pages in Telegram)
_COUNTED_PLANS = 20  # plans whose counts a count across plans shows
_FEW_WHOLE = 3  # tasks in a list short enough to show each whole
_WHOLE = 400  # characters of a task shown whole
# "phải làm những việc cụ thể gì", "cụ thể phải làm gì": each of a few tasks in full
_IN_FULL = re.compile(r"\bcu the\b")


def by_plan(
    tasks: list[Task], limit: int = SHOWN_ACROSS
) -> tuple[list[Task], list[tuple[int, int]]]:
    """The first ``limit`` of ``tasks`` grouped by plan, the plan with most of them first,
    each plan's in the order given; and every plan they are in with its count, in that order.

    A filter over 1,000 plans may hold 10,000 tasks: their plans are counted and the tasks
    of the plans shown picked out as arrays, with one Python pass (reading each plan id).

    >>> from types import SimpleNamespace as T
    >>> shown, plans = by_plan([T(plan_id=p, ref=r) for p, r in [(2, "a"), (1, "b"), (2, "c")]])
    >>> [t.ref for t in shown], plans
    (['a', 'c', 'b'], [(2, 2), (1, 1)])
    """
    plan_of = np.fromiter(map(attrgetter("plan_id"), tasks), np.int64, len(tasks))
    plans, counts = np.unique(plan_of, return_counts=True)
    order = np.lexsort((plans, -counts))  # most tasks first, then the plan's id
    # the plans whose tasks fill the first ``limit``
    kept = order[: int(np.searchsorted(np.cumsum(counts[order]), limit)) + 1]
    rows = np.concatenate([np.flatnonzero(plan_of == p) for p in plans[kept]] or [[]])
    shown = [tasks[i] for i in rows[:limit].astype(int).tolist()]
    return shown, list(zip(plans[order].tolist(), counts[order].tolist(), strict=True))


class TaskListsMixin:
    counted_across = 0  # tasks found across plans, when more were found than shown
    plans_across: list[tuple[int, int]] = []  # their plans with the count of each, most first

    def _across(
        self,
        tasks: list[Task],
        intent: Intent,
        describe: str,
        context: Context,
        roles: tuple[Role, ...],
        roles_of: dict[int, set[str]] | None,
        cells_of: dict[int, list[str]] | None,
    ) -> Answer:
        """Tasks of several plans, grouped by plan: "Sở X phải làm gì quý này?" asked of
        every plan loaded. The first :data:`SHOWN_ACROSS` are shown; the title counts all."""
        en = self.lang == "en"
        n = max(self.counted_across, len(tasks))
        tasks, plans = by_plan(tasks)
        plans = self.plans_across if len(self.plans_across) > len(plans) else plans
        k = len(plans)
        groups: dict[int, list[Task]] = {}
        for task in tasks:
            groups.setdefault(task.plan_id, []).append(task)
        if intent is Intent.COUNT:
            # A count across plans is told plan by plan, the most first; the tasks are
            # listed when one plan is named.
            title = (
                f"{render.count(n, 'task')} ({describe}) in {k} plans:"
                if en
                else f"Có {n} nhiệm vụ ({describe}) trong {k} kế hoạch:"
            )
            items = [f"{self._plan_label(p)}: {c}" for p, c in plans[:_COUNTED_PLANS]]
            if k > _COUNTED_PLANS:
                more = k - _COUNTED_PLANS
                items.append(
                    f"… and {more} more plans: name a plan to see its tasks."
                    if en
                    else f"… và {more} kế hoạch nữa: hãy nêu tên kế hoạch để xem các nhiệm vụ."
                )
        else:
            title = (
                f"{render.count(n, 'task')} ({describe}) in {k} plans:"
                if en
                else f"Có {n} nhiệm vụ ({describe}) trong {k} kế hoạch:"
            )
            items = []
            for plan_id, group in groups.items():
                items.append(f"{self._plan_label(plan_id)}: {len(group)}")
                items += self._lines(group, roles, roles_of, cells_of, among=len(tasks))
            if n > len(tasks):
                more = n - len(tasks)
                items.append(
                    f"… and {more} more: name a plan to see them."
                    if en
                    else f"… và {more} nhiệm vụ nữa: hãy nêu tên kế hoạch để xem."
                )
        refs = tuple(TaskRef(self.plan(t.plan_id).number, t.ref) for t in tasks)
        return self._answer(
            Status.FOUND,
            intent,
            title,
            items,
            self._source(tasks),
            tasks,
            context=context.with_(tasks=refs, plan=None, pending=None),
        )

    def _plan_label(self, plan_id: int) -> str:
        plan = self.plan(plan_id)
        return f"{plan.name}{f' ({plan.place})' if plan.place else ''}"

    def _lines(
        self,
        tasks: list[Task],
        roles: tuple[Role, ...],
        roles_of: dict[int, set[str]] | None,
        cells_of: dict[int, list[str]] | None,
        *,
        among: int | None = None,
    ) -> list[str]:
        """One line a task of one plan, with the roles an agency plays in it, if given;
        ``among``: how many the whole list shows, when it spans plans (a plan's one task
        among fifty is a line, not the task whole)."""
        headers = self.kb.columns(tasks[0].plan_id) if tasks else {}
        # Two or three tasks are shown whole: what they are about may come late in them.
        # (one alone whole, whatever its length: what it lists may be what was asked)
        n = among or len(tasks)
        limit = render.text_limit(1) if n == 1 else _WHOLE if n <= _FEW_WHOLE else 110
        if n <= _FEW_WHOLE and (self.q.full or _IN_FULL.search(self.q.folded)):
            limit = 10_000
        lines = []
        for t in tasks:
            cells = (cells_of or {}).get(t.id, ())
            line = render.task_line(
                t, None, headers, self.today, self.lang, roles, cells=cells, limit=limit
            )
            if roles_of and roles_of.get(t.id):
                played = ", ".join(ROLE_NAMES[self.lang][r] for r in sorted(roles_of[t.id]))
                line += f" [{played}]"
            lines.append(line)
        return lines

    def task_list(
        self,
        tasks: list[Task],
        intent: Intent,
        describe: str,
        context: Context,
        *,
        roles: tuple[Role, ...] = (Role.LEAD, Role.DEADLINE),
        roles_of: dict[int, set[str]] | None = None,
        cells_of: dict[int, list[str]] | None = None,
    ) -> Answer:
        """A list of tasks; ``roles_of`` marks the roles an agency plays in each, and
        ``cells_of`` gives the cells to show before ``roles``."""
        en = self.lang == "en"
        if self.q.has("besides") and self.context.tasks:
            # "Bộ Tư pháp còn phối hợp ở nhiệm vụ nào khác nữa không?": besides the one in hand
            held = set(self.context.tasks)
            others = [t for t in tasks if TaskRef(self.plan(t.plan_id).number, t.ref) not in held]
            if len(others) < len(tasks):
                refs = ", ".join(r.ref for r in self.context.tasks)
                describe += f"; other than {refs}" if en else f"; ngoài nhiệm vụ {refs}"
                tasks = others
        if not tasks:
            title = f"No task found ({describe})." if en else f"Không có nhiệm vụ nào ({describe})."
            return self._answer(Status.NOT_FOUND, intent, title, context=context)
        if any(t.plan_id != tasks[0].plan_id for t in tasks):
            return self._across(tasks, intent, describe, context, roles, roles_of, cells_of)
        plan = self.plan(tasks[0].plan_id)
        # An item listed with its task ("I.4.1" under "I.4") is a part of it, not one more.
        listed = {t.ref for t in tasks}
        parents = self.kb.parents(t.id for t in tasks) if len(tasks) <= 200 else {}
        n = sum(1 for t in tasks if parents.get(t.id) not in listed)
        if intent is Intent.COUNT:
            title = (
                f"{plan.number} has {render.count(n, 'task')} ({describe})."
                if en
                else f"{plan.name} có {n} nhiệm vụ ({describe})."
            )
        else:
            title = (
                f"{render.count(n, 'task')} ({describe}) in {plan.number}:"
                if en
                else f"Có {n} nhiệm vụ ({describe}) trong {plan.name}:"
            )
        items = self._lines(tasks, roles, roles_of, cells_of)
        return self._answer(
            Status.FOUND,
            intent,
            title,
            items,
            self._source(tasks),
            tasks,
            context=context.with_(
                tasks=tuple(TaskRef(plan.number, t.ref) for t in tasks),
                plan=plan.number,
                pending=None,
            ),
        )
