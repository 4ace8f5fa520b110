"""Other columns: extremes and totals of a column, and tasks by what a column says."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from .. import render
from ..amounts import budget_cells, holds, number_text, said, task_budget
from ..answer import Answer, Intent, Status
from ..field_cues import FIELD_CUES
from ..fields import AGENCY_ROLES, Role
from ..normalize import fold
from ..periods import Kind
from ..refs import group_forms
from ..store import Attr, Plan, Task
from ..words import STOPWORDS
from .common import (
    FIELD_WORDS,
    IT,
    WHICH_TASKS,
    as_written,
    asks_header,
    header_words,
    words_of,
)
from .task_lists import by_plan

# "Không có hạn cụ thể", "no fixed deadline": the negation is of the dated deadline itself,
# not of something else the question says ("có hạn cụ thể, không phải hằng năm").
_UNDATED = re.compile(
    r"\b(?:khong|chua)\s+(?:co\s+)?(?:thoi han|han|thoi gian|moc(?: thoi gian)?)\s+"
    r"(?:cu the|ro rang|xac dinh)"
    r"|\b(?:no|without)\s+(?:a\s+)?(?:specific|fixed|set)\s+(?:deadlines?|dates?)"
)

# "hạn là một quý cụ thể", "a specific month": dated by that kind of period only.
_DATED_KIND = re.compile(
    r"\b(?:(?P<q>quy|quarters?|quarterly)|(?P<m>thang|months?|monthly))\b(?: \w+){0,2} ?"
    r"(?:cu the|ro rang|xac dinh|deadlines?)\b"
    r"|\b(?:specific|fixed|set|particular|exact) (?:(?P<q2>quarters?)|(?P<m2>months?))\b"
)


class ColumnsMixin:
    def ranked(self) -> Answer | None:
        """Tasks by the extremes of a column: "thời hạn muộn nhất", "có thời hạn cụ thể",
        "kinh phí lớn nhất", "kinh phí trên 1 tỷ đồng"; or the column's total: "tổng kinh
        phí", of the plan or of a group's or an agency's tasks."""
        q = self.q
        extreme = (
            "nearest"
            if q.has("nearest")
            else "most"
            if q.has("most")
            else "least"
            if q.has("least")
            else None
        )
        compared = q.amount if q.amount and q.amount.compare else None
        budget = Role.BUDGET in q.fields and (extreme or q.has("total") or compared)
        # A period or "quá hạn" with "có thời hạn cụ thể" is a filter of its own.
        deadline = (Role.DEADLINE in q.fields and extreme) or (
            q.has("dated") and not (self.periods or q.relative)
        )
        if not (budget or deadline) or q.refs:
            return None
        if deadline and not (extreme or WHICH_TASKS.search(q.folded)) and self.described(None):
            # "Nhiệm vụ tăng tỉ lệ … được chia thành những mốc thời gian cụ thể nào?": the
            # dates of the task its words describe, not every dated task
            return None
        if (
            self.context.tasks
            and IT.search(q.plain)
            and not (extreme or q.has("total"))
            and not (q.has("narrow") and len(self.context.tasks) > 1)
        ):
            # "Nhiệm vụ đó có mấy mốc thời hạn, cụ thể là khi nào?": the task in hand's
            # (not "trong mấy cái đó cái nào có hạn cụ thể", which of the list in hand).
            return None
        plan = self._one_plan(Intent.DUE, f"«{q.text}»")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        tasks, describe = self._narrowed(self.kb.tasks(plan_ids=[plan.id]), plan)
        if deadline:
            dated = [t for t in tasks if t.period and not t.period.recurring]
            if _UNDATED.search(q.folded) and not extreme:  # "không có hạn cụ thể"
                undated = [t for t in tasks if t not in dated]
                what = "no dated deadline" if en else "không có thời hạn cụ thể"
                return self.task_list(undated, Intent.DUE, describe(what), self.context)
            if (kind := _DATED_KIND.search(q.folded)) and not extreme:
                wanted = Kind.QUARTER if kind["q"] or kind["q2"] else Kind.MONTH
                dated = [t for t in dated if t.period.kind is wanted]
            if extreme == "nearest":
                dated = [t for t in dated if t.period.end >= self.today]
            if extreme and dated:
                end = (max if extreme == "most" else min)(t.period.end for t in dated)
                dated = [t for t in dated if t.period.end == end]
            what, vi = {
                "most": ("latest deadline", "thời hạn muộn nhất"),
                "least": ("earliest deadline", "thời hạn sớm nhất"),
                "nearest": ("next deadline", "hạn gần nhất"),
                None: ("a dated deadline", "có thời hạn cụ thể"),
            }[extreme]
            return self.task_list(dated, Intent.DUE, describe(what if en else vi), self.context)
        amounts = {t.id: a for t in tasks if (a := task_budget(t)) is not None}
        if not amounts:
            return None
        shown = (Role.BUDGET, Role.LEAD)
        if compared:
            # Budgets are in đồng where their headers give a unit; so is the limit.
            limit = compared.in_dong() if compared.unit else compared.value
            chosen = [
                t
                for t in tasks
                if t.id in amounts and holds(amounts[t.id], compared.compare, limit)
            ]
            return self.task_list(
                chosen,
                Intent.COLUMN,
                describe(said(compared, self.lang)),
                self.context,
                roles=shown,
            )
        if extreme in ("most", "least"):
            best = (max if extreme == "most" else min)(amounts.values())
            chosen = [t for t in tasks if amounts.get(t.id) == best]
            vi = "kinh phí lớn nhất" if extreme == "most" else "kinh phí nhỏ nhất"
            what = "largest budget" if extreme == "most" else "smallest budget"
            return self.task_list(
                chosen, Intent.COLUMN, describe(what if en else vi), self.context, roles=shown
            )
        # One total per column: "(đồng)" and "(tỷ đồng)" are added up each in its unit.
        totals: dict[str, float] = {}
        for task in tasks:
            for header, value in budget_cells(task):
                totals[header] = totals.get(header, 0.0) + value
        of, n = describe(""), len(amounts)
        if len(totals) == 1:
            ((header, total),) = totals.items()
            value = number_text(total)
            title = (
                f"Total {header} of {n} tasks{of} in {plan.number}: {value}"
                if en
                else f"Tổng {header} của {n} nhiệm vụ{of} trong {plan.name}: {value}"
            )
            heads = []
        else:
            title = (
                f"Totals of {n} tasks{of} in {plan.number}:"
                if en
                else f"Tổng kinh phí của {n} nhiệm vụ{of} trong {plan.name}:"
            )
            heads = [f"{header}: {number_text(total)}" for header, total in totals.items()]
        listed = [t for t in tasks if t.id in amounts]
        items = heads + [f"• {t.ref}: {t.field(Role.BUDGET)}" for t in listed]
        return self._answer(Status.FOUND, Intent.COLUMN, title, items, self._source(listed), listed)

    def _narrowed(self, tasks: list[Task], plan: Plan) -> tuple[list[Task], Callable[[str], str]]:
        """The tasks of the group, the agency or the period the question names, or of the list
        just shown ("trong số đó"), and a function that adds them to a description: "kinh
        phí lớn nhất" → "kinh phí lớn nhất; nhóm C"."""
        q = self.q
        parts: list[str] = []
        if q.group:
            codes = group_forms(q.group)
            tasks = [t for t in tasks if t.group in codes]
            parts.append(f"{render.word('group', self.lang).lower()} {q.group}")
        agencies = self._agency_filter()
        if agencies:
            ids = frozenset().union(*(m.agencies for m in agencies))
            roles = [r for r in q.fields if r in AGENCY_ROLES]
            held = self.kb.agency_tasks(ids, roles, [plan.id])
            tasks = [t for t in tasks if t.id in held]
            parts.append(", ".join(self.kb.agency_names(ids)[:3]))
        period_tasks, period_text = self._period_tasks([plan.id])
        if period_tasks is not None:
            # "Trong năm 2025, nhiệm vụ nào có hạn cụ thể?": that period's tasks; "…, không
            # phải hằng năm": all but them.
            held = {t.id for t in period_tasks}
            negated = q.has("negated") and any(p.recurring for p in self.periods)
            tasks = [t for t in tasks if (t.id in held) != negated]
            parts.append(f"không phải {period_text}" if negated else period_text)
        if q.has("narrow") and (self.context.listed or self.context.tasks):
            # "Trong số đó việc nào có hạn cụ thể?": the list just shown.
            listed = {r.ref for r in self.context.listed or self.context.tasks}
            tasks = [t for t in tasks if t.ref in listed]
            parts.append("trong số đó" if self.lang == "vi" else "among them")

        def describe(what: str) -> str:
            if not what:  # "Tổng kinh phí của 3 nhiệm vụ (nhóm C)"
                return f" ({'; '.join(parts)})" if parts else ""
            return "; ".join([what, *parts])

        return tasks, describe

    def without_a_partner(self) -> Answer | None:
        """ "Nhiệm vụ nào không có cơ quan phối hợp?": tasks whose partner or directing
        cell is blank. A task whose items fill it has it, in its items."""
        roles = [r for r in self.q.fields if r in (Role.COORD, Role.DIRECTOR)]
        if len(roles) != 1:
            return None
        key = ("blank", roles[0])
        if key not in self.engine.marked:
            every = self.kb.tasks(with_attrs=False)
            parents = self.kb.parents(t.id for t in every if "." in t.ref)
            filled = {
                (t.plan_id, parents[t.id]) for t in every if t.id in parents and t.field(roles[0])
            }
            self.engine.marked[key] = frozenset(
                t.id
                for t in every
                if not t.field(roles[0]).strip() and (t.plan_id, t.ref) not in filled
            )
        ids = self.engine.marked[key]
        blank = self._of_scope(ids)
        headers = self.kb.columns(blank[0].plan_id) if blank else {}
        label = render.label(roles[0], headers, self.lang).lower()
        describe = f"without {label}" if self.lang == "en" else f"không có {label}"
        return self.task_list(blank, Intent.COLUMN, describe, self.context, roles=(Role.LEAD,))

    def _of_scope(self, ids: frozenset[int]) -> list[Task]:
        """The tasks of ``ids`` in the plans in scope, in plan order."""
        if self.scope is None:
            return self.kb.tasks_by_ids(sorted(ids), with_attrs=False)
        return [t for t in self.kb.tasks(plan_ids=self.scope, with_attrs=False) if t.id in ids]

    def done_tasks(self) -> Answer | None:
        """ "Nhiệm vụ nào đã hoàn thành?": the tasks the plan itself marks as done in their
        time column ("Đã hoàn thành"); a plan marks none done, it says so."""
        if ("done",) not in self.engine.marked:
            self.engine.marked["done",] = frozenset(
                t.id for t in self.kb.tasks(with_attrs=False) if _DONE.search(fold(t.deadline))
            )
        tasks = self._of_scope(self.engine.marked["done",])
        en = self.lang == "en"
        if not tasks:
            title = (
                "The plans mark no task as done: they set deadlines and do not track progress."
                if en
                else "Kế hoạch không ghi nhiệm vụ nào là đã hoàn thành: kế hoạch chỉ nêu thời "
                "hạn, không theo dõi tiến độ thực hiện."
            )
            return self._answer(Status.NOT_FOUND, Intent.DUE, title)
        return self.task_list(tasks, Intent.DUE, _DONE_SAID[self.lang], self.context)

    def done_of_the_list(self) -> Answer | None:
        """ "Còn cái đã hoàn thành rồi là về nội dung gì?" after a list: those of the list the
        plan marks as done, with what is asked of them; None when it marks none."""
        done = [t for t in self.tasks_of(self.context.listed) if _DONE.search(fold(t.deadline))]
        if not done:
            return None
        if self.q.fields:
            return self.task_fields(done, self._field_intent())
        return self.task_list(done, Intent.DUE, _DONE_SAID[self.lang], self.context)

    def multi_year_tasks(self) -> Answer | None:
        """ "Nhiệm vụ nào trải dài qua nhiều năm?": those whose deadline is a span of years
        ("2026 - 2030"), an agency's if one is named; a yearly task has no span to give."""
        held = self._agency_filter()
        ids = frozenset().union(*(m.agencies for m in held)) if held else frozenset()
        tasks = self.kb.multi_year_tasks(self.scope)
        if ids:
            mine = self.kb.agency_tasks(ids, [], self.scope)
            tasks = [t for t in tasks if t.id in mine]
        if not tasks:
            return None
        describe = "over several years" if self.lang == "en" else "kéo dài nhiều năm"
        return self.task_list(tasks, Intent.DUE, describe, self.context)

    def column_filter(self) -> Answer | None:
        """ "Những nhiệm vụ nào dùng kinh phí lồng ghép?": tasks by what an extra column
        (product, budget, note, or one named by its header) says. Only the question's words
        that some cell of that column uses count: "dùng" is nobody's budget."""
        q = self.q
        roles = [r for r in q.fields if r not in (*AGENCY_ROLES, Role.DEADLINE, Role.CONTENT)]
        # ("trong đó cái nào phải trình Bộ Chính trị?": of the list in hand, with no task word)
        of_the_list = q.has("narrow") and bool(self.context.listed or self.context.tasks)
        if not ((q.has("task_word") or of_the_list) and (roles or self.named_headers)):
            return None
        if not (WHICH_TASKS.search(q.folded) or q.has("count") or q.has("negated") or of_the_list):
            return None  # "Kết quả của nhiệm vụ lựa chọn … là gì?" asks the column's value
        if q.has("if_so"):
            return None  # "Có nhiệm vụ nào …? Nếu có thì kết quả là gì?": the topic's task
        # The column's own cue words stay: "ngân sách" names the column and is a value too.
        if any(asks_header(q.plain, header) for header in self.named_headers):
            return None  # "Ai chủ trì và trình cấp nào?" asks the column of a task
        words = f" {q.plain} "
        for header in self.named_headers:
            words = words.replace(f" {header_words(header)} ", " ")
        column = self._column(roles)
        cells = column.cells
        # "sản phẩm là báo cáo" of a column headed "Kết quả": the cue names the column, and
        # its halves are no value ("phẩm" of "thực phẩm"); kept where a cell says it, or
        # says its last word with the words after it ("nguồn vốn đầu tư công": "vốn đầu tư").

        def cue_or_value(m: re.Match[str]) -> str:
            said = m[0].split()
            after = words[m.end() :].split()[:1]
            held = f" {' '.join(said)} " in column.joined or (
                after and f" {said[-1]} {after[0]} " in column.joined
            )
            return m[0] if held else " "

        for role in roles:
            words = FIELD_CUES[role].sub(cue_or_value, words)
        if valued := self._valued(roles, words):
            ids, describe = valued
            if q.has("negated"):
                # "Nhiệm vụ nào không do Bộ trưởng Bộ KH&CN phê duyệt?": every other task
                held = set(ids)
                scope = self.kb.tasks(plan_ids=self.scope, with_attrs=False)
                ids = [t.id for t in scope if t.id not in held]
                describe = f"not {describe}" if self.lang == "en" else f"không phải {describe}"
        else:
            # "Nhiệm vụ nào có ghi chú?": no words but the column's, any cell in it.
            rest = self.engine.lexicon.segment(FIELD_WORDS.sub(" ", words).split())
            ids = list(cells)
            if not ids or [w for w in rest if w not in STOPWORDS]:
                return None
            (first,) = self.kb.tasks_by_ids(ids[:1], with_attrs=False)
            header = self._labelled(first, cells[first.id][:1])[0][0]
            describe = f"with {header}" if self.lang == "en" else f"có {header}"
            if q.has("negated"):  # "Nhiệm vụ nào không có kinh phí?"
                scope = self.kb.tasks(plan_ids=self.scope, with_attrs=False)
                ids = [t.id for t in scope if t.id not in cells]
                describe = f"without {header}" if self.lang == "en" else f"không có {header}"
        # Across plans, only the tasks shown are read with their columns; all are counted.
        tasks = self.kb.tasks_by_ids(ids, with_attrs=False)
        if self.periods or q.relative:
            # "… có hạn trình báo cáo kết quả vào tháng 11/2026?": those due then
            due, said = self._period_tasks(self.scope)
            held = {t.id for t in due or ()}
            tasks = [t for t in tasks if t.id in held]
            describe = f"{describe}; {said}"
        in_hand = self.context.listed or self.context.tasks
        if q.has("narrow") and in_hand:
            # "Trong số đó việc nào phải trình Bộ Chính trị?": of the list just shown
            shown = {(r.plan, r.ref) for r in in_hand}
            tasks = [t for t in tasks if (self.plan(t.plan_id).number, t.ref) in shown]
        self.counted_across = len(tasks)
        shown, self.plans_across = by_plan(tasks)
        if len(self.plans_across) > 1:
            tasks = shown
        tasks = self.kb.tasks_by_ids(t.id for t in tasks)
        return self.task_list(
            tasks,
            Intent.COLUMN,
            describe,
            self.context,
            roles=(Role.LEAD,),
            cells_of={
                t.id: [f"{name}: {value}" for name, value in self._labelled(t, cells.get(t.id, []))]
                for t in tasks
            },
        )

    def column_values_held(self) -> tuple[set[int], str] | None:
        """The tasks whose product, budget or note cell holds what the question says of it,
        and those words as written ("sản phẩm là nghị quyết của Chính phủ"); None when it
        says nothing of such a column. For a filter by agency or period to narrow."""
        roles = [r for r in self.q.fields if r in (Role.PRODUCT, Role.BUDGET, Role.NOTE)]
        said = _VALUE_SAID.search(self.q.folded)
        if not roles or not said:
            return None
        # Only the words after the cue, to the clause's end: the agency named before it is
        # no product's word, though a product may name it ("Thông tư của Bộ Y tế").
        value = _CLAUSE_END.split(self.q.folded[said.end() :])[0]
        valued = self._valued(roles, " ".join(words_of(value)), keep=_PAPER_KINDS)
        return (set(valued[0]), valued[1]) if valued else None

    def _valued(
        self, roles: list[Role], words: str, keep: frozenset[str] = frozenset()
    ) -> tuple[list[int], str] | None:
        """The tasks whose cells in the columns asked hold every word of ``words`` that some
        cell there uses, in plan order, and those words as written; None if no cell uses any
        ("dùng" is nobody's budget). ``keep``: stopwords that count here."""
        asked = [
            f" {w.replace('_', ' ')} "
            for w in self.engine.lexicon.segment(words.split())
            if w not in STOPWORDS or w in keep
        ]
        column = self._column(roles)
        used = [w for w in asked if w in column.joined]
        if not used:
            return None
        held = column.holding(used[0])
        for w in used[1:]:  # a word at a time: the first leaves few cells for the next
            held = [(i, cell) for i, cell in held if w in cell]
        return [i for i, _ in held], as_written(self.q.text, used[0].strip(), used[-1].strip())

    def _column(self, roles: list[Role]) -> _Column:
        """The cells of the columns asked (see :meth:`_cells`), each task's folded to its
        words. Kept for questions across every plan, which would otherwise fold the column
        of a thousand plans at each question."""
        key = (tuple(roles), tuple(self.named_headers))
        kept = self.engine.columns_read.get(key) if self.scope is None else None
        if kept is None:
            kept = _Column(self._cells(roles))
            if self.scope is None:
                self.engine.columns_read[key] = kept
        return kept

    def _cells(self, roles: list[Role]) -> dict[int, list[Attr]]:
        """Each task's cells in the columns a question names by role or by header, for the
        tasks in scope that have any, in plan order (the note as an :class:`Attr` too). With
        no budget column, a "Nguồn kinh phí" is the column whose header the cue names."""
        cued = {
            h for h in self.kb.extra_headers if any(FIELD_CUES[r].search(fold(h)) for r in roles)
        }
        named = set(self.named_headers)
        found = {
            task_id: wanted
            for task_id, attrs in self.kb.extra_cells(roles, named | cued, self.scope).items()
            if (
                wanted := [
                    a
                    for a in attrs
                    if a.role in roles
                    or a.name in named
                    or (a.role is Role.OTHER and a.name in cued)
                ]
            )
        }
        if Role.NOTE in roles:
            for task in self.kb.tasks(plan_ids=self.scope, with_attrs=False):
                if task.note:
                    found.setdefault(task.id, []).append(Attr(Role.NOTE, "", task.note))
            found = {i: found[i] for i in self.kb.in_plan_order(found)}
        return found

    def _labelled(self, task: Task, cells: list[Attr]) -> list[tuple[str, str]]:
        """(header, value) of cells, each header as the task's plan writes it."""
        headers = self.kb.columns(task.plan_id)
        return [(render.label(a.role, headers, self.lang, a.name or None), a.value) for a in cells]


@lru_cache(maxsize=1 << 16)
def _folded(value: str) -> str:
    """A cell's folded words, kept: the same cells are read by every question on them."""
    return " ".join(words_of(value))


_DONE_SAID = {"en": "marked done", "vi": "đã hoàn thành"}
_DONE = re.compile(r"\bda hoan thanh\b")
# A column's value said: "mà sản phẩm là nghị quyết", "có kinh phí từ ngân sách", "whose
# output is a decree".
_VALUE_SAID = re.compile(
    r"\b(?:san pham|ket qua|kinh phi|nguon von|ghi chu|output|product|funding|budget)"
    r"(?: (?:dau ra|cuoi cung|thuc hien))? (?:la|tu|bang|lay tu|is|are|from|of)\b"
)
# Kinds of paper that are stopwords elsewhere, but a product's value after "là".
_PAPER_KINDS = frozenset({"quyet_dinh", "ke_hoach"})
_CLAUSE_END = re.compile(r"[,.;?!]| (?:va|hoac|ma|and|or|but|do|which|that) ")


class _Column:
    """The cells of the columns a question asks, by task, each task's folded to its words
    (" bao cao ket qua "), and all of them in one string: a word is looked for in that
    string once, and its places say which tasks hold it, with no pass over every cell."""

    def __init__(self, cells: dict[int, list[Attr]]) -> None:
        self.cells = cells
        self.folded = {
            i: f" {' '.join(f for a in c if (f := _folded(a.value)))} " for i, c in cells.items()
        }
        self.joined = "\n".join(self.folded.values())
        self._ids = list(self.folded)
        lengths = np.fromiter((len(f) + 1 for f in self.folded.values()), np.int64)
        self._starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))

    def holding(self, word: str) -> list[tuple[int, str]]:
        """(task id, folded cells) of the tasks whose cells hold ``word``, in order."""
        at = [m.start() for m in re.finditer(re.escape(word), self.joined)]
        if not at:
            return []
        rows = np.unique(np.searchsorted(self._starts, at, side="right") - 1).tolist()
        ids, folded = self._ids, self.folded
        return [(ids[r], folded[ids[r]]) for r in rows]
