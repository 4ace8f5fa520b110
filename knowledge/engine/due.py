"""Tasks by the period a question names, or by "sắp đến hạn", "quá hạn", "đang thực hiện":
yearly tasks due on a day of the period, later stages of tasks done in stages, and spans
that reach into the period or stay inside it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .. import render
from .. import topics as ranking
from ..answer import Answer
from ..fields import Role
from ..periods import Kind, Period, quarter, quarter_of
from ..store import Task

_FEW = 3  # tasks described alike that are still one answer, not a list to filter
_NAMED = 0.65  # of the question's words, the share the task asked about holds
# "hạn đúng năm nay", "chỉ ghi là năm 2026": the deadline written as the period, no other.
# "hạn đúng năm nay", "chỉ ghi là năm 2026", "hạn 'năm 2026'" (quoted as written)
_WRITTEN_SO = re.compile(
    r"\b(?:dung|chi ghi(?: la)?|ghi la|ghi dung) (?:nam|quy|thang)\b"
    r"|[\"'“‘«]\s*(?:nam|quy|thang)\b"
)


# What joins periods offered as alternatives: "tháng 8 hoặc tháng 9", "quý 1, quý 3".
_EITHER = re.compile(r"\s*(?:,|;|va|hoac|hay|voi|and|or|&)\s*(?:(?:la|in|vao|trong)\s+)?")

_EITHER_KINDS = frozenset(
    {Kind.MONTH, Kind.QUARTER, Kind.HALF_YEAR, Kind.YEAR, Kind.DATE, Kind.RANGE}
)


class DueMixin:
    def described_task_due(self) -> Answer | None:
        """Whether the task the question describes is overdue or coming due: its deadline,
        marked against today, with the other columns asked ("ai làm, trễ hạn chưa")."""
        # (a task asked so is named by most of the words: its cue words "ban hành", "quá"
        # may stay among them)
        ids = self.described(None, _NAMED)
        if not ids or len(ids) > _FEW:
            return None
        if len(ids) > 1:
            # ("the barcode and traceability work": the task about them, not a training
            # whose long list of subjects ends with them)
            scored = ranking.rank(
                self.kb,
                self.topic_words,
                scope=self.scope,
                phrase="",
                asks_when=False,
                kinds=("task",),
            )
            held = [sh for sh in scored if sh[1].id in ids]
            ids = [h.id for _, h in ranking.most_focused(held, self.topic_words)] or ids
        if Role.DEADLINE not in self.q.fields:
            self.q.fields = [*self.q.fields, Role.DEADLINE]
        return self.task_fields(self.kb.tasks_by_ids(ids), self._field_intent())

    def period_checked_in_hand(self) -> Answer | None:
        """ "tức là quý này luôn hả" after a task's deadline: that deadline, marked against
        today, which says whether it falls in the period named."""
        tasks = self.tasks_of(self.context.tasks[:1])
        if not tasks:
            return None
        self.q.fields = [Role.DEADLINE]
        answer = self.task_fields(tasks, self._field_intent())
        period, due = self.q.periods[0], tasks[0].period
        if due is None or due.recurring:
            return answer  # (a yearly task falls in every period: its deadline says how)
        held = period.start <= due.end <= period.end
        verdict = (
            ("Yes." if held else "No.") if self.lang == "en" else ("Có." if held else "Không.")
        )
        return replace(answer, title=f"{verdict} {answer.title}")

    def _yearly_on_a_day_in(self, period: Period, scope: list[int] | None) -> list[Task]:
        """Yearly tasks due by a day of the year that falls in ``period`` ("Quý I hằng năm",
        "Trước 15/12 hằng năm"), for a period shorter than a year."""
        # Not for a year or more: every year holds every yearly task.
        if period.kind in (Kind.BEFORE, Kind.AFTER) or (period.end - period.start).days >= 364:
            return []
        found = []
        for task in self.kb.yearly_on_a_day(scope):
            end = task.period.end
            for year in {period.start.year, period.end.year}:
                day = date(year, end.month, min(end.day, 28 if end.month == 2 else end.day))
                if period.start <= day <= period.end:
                    found.append(task)
                    break
        return found

    def _later_stages_in(
        self, period: Period, scope: list[int] | None, found: list[Task]
    ) -> list[Task]:
        """Tasks in two stages whose later stage is due in the period ("Tháng 5/2026; Tháng
        11/2026" is due in November too), less those ``found`` already."""
        staged = self.kb.later_stages_ending(period.start, period.end)
        if not staged:
            return []  # (no set of the thousands found to build)
        held = {t.id for t in found}
        ids = list(
            dict.fromkeys(
                task_id
                for task_id, plan_id in staged
                if task_id not in held and (scope is None or plan_id in scope)
            )
        )
        return self.kb.tasks(ids=ids, with_attrs=False) if ids else []

    def _either_period(self) -> list[Period]:
        """The periods a question offers as alternatives ("tháng 8 hoặc tháng 9/2026",
        "quý 1, quý 3 năm 2026"), each bounded and joined by "và", "hoặc" or a comma; else
        the first period alone."""
        periods = sorted(self.periods, key=lambda p: p.span)
        joined = [periods[0]]
        for before, p in zip(periods, periods[1:], strict=False):
            between = self.q.folded[before.span[1] : p.span[0]]
            # (one span: "quý III (năm 2025 và 2026)" read as that quarter of each year)
            if not (
                p.kind in _EITHER_KINDS and (_EITHER.fullmatch(between) or p.span == before.span)
            ):
                break
            joined.append(p)
        return joined if joined[0].kind in _EITHER_KINDS else self.periods[:1]

    def _ending_in(self, period: Period, scope: list[int] | None) -> list[Task]:
        """The tasks due in one period the question names."""
        q = self.q
        tasks = self.kb.tasks(plan_ids=scope, ending=(period.start, period.end), with_attrs=False)
        # "2025 - 2027" asks for that span when a deadline is written so, not for
        # every deadline inside it.
        # (Read only for a span: comparing every deadline over 1,000 plans costs.)
        # So does "trước 1/3/2027", a day some deadline is written as.
        # And so "hạn đúng năm nay", "chỉ ghi là năm 2026".
        day = period.kind is Kind.BEFORE and (period.end + timedelta(days=1)).day != 1
        exact = bool(_WRITTEN_SO.search(q.folded))
        same = (
            [t for t in tasks if t.period == period]
            if period.kind is Kind.RANGE or day or exact
            else []
        )
        if same:
            tasks = same
        if q.has("finished"):
            # "phải hoàn thành trong năm nay": not one that runs on past it
            tasks = [t for t in tasks if t.period.kind is not Kind.AFTER]
        if not exact:
            tasks += self._yearly_on_a_day_in(period, scope)
            tasks += self._later_stages_in(period, scope, tasks)
        return tasks

    @property
    def _quarter_end(self) -> date:
        return quarter(self.today.year, quarter_of(self.today))[1]

    def _ahead(self, task: Task) -> bool:
        """A deadline still ahead, not one that runs on from a day ("từ 2027")."""
        return task.period.end >= self.today and task.period.kind is not Kind.AFTER

    def _period_tasks(self, scope: list[int] | None) -> tuple[list[Task] | None, str]:
        """Tasks by the period the question names, then by "sắp đến hạn" or "quá hạn"."""
        q, en = self.q, self.lang == "en"
        if not (self.periods or q.relative):
            return None, ""
        words: list[str] = []
        if self.periods:
            period = self.periods[0]
            if q.has("lasting") and period.kind is Kind.BEFORE:
                # "kéo dài tới năm 2035": deadlines in that year, not every one before it
                period = Period(Kind.YEAR, date(period.end.year, 1, 1), period.end)
            label = period.label(self.lang)
            if period.recurring:
                tasks = self.kb.tasks(plan_ids=scope, kinds=[period.kind], with_attrs=False)
                words.append(label)
            elif q.has("ongoing") or q.has("within"):
                # "vẫn còn thực hiện trong năm 2027": a span that reaches into it;
                # "chỉ trong năm 2026": one that begins and ends inside it.
                within = q.has("within")
                tasks = self.kb.tasks_reaching(
                    period.start, period.end, within=within, plan_ids=scope
                )
                words.append(f"{'chỉ trong' if within else 'thực hiện trong'} {label}")
            else:
                # "tháng 8 hoặc tháng 9 năm 2026", "quý 1 và quý 3": due in any of them
                either = self._either_period() if len(self.periods) > 1 else [period]
                if len(either) == 1:
                    tasks = self._ending_in(period, scope)
                else:
                    found = {t.id: t for p in either for t in self._ending_in(p, scope)}
                    tasks = list(found.values())
                joiner = "or" if en else "hoặc"
                more = "".join(f" {joiner} {p.label(self.lang)}" for p in either[1:])
                words.append(either[0].due_words(self.lang) + more)
        elif q.relative == "upcoming":
            # The current quarter's: those after it are read only when it has none left.
            first, last = self.today, self._quarter_end
            tasks = self.kb.tasks(plan_ids=scope, ending=(first, last), with_attrs=False)
            if not any(map(self._ahead, tasks)):
                tasks = self.kb.tasks(plan_ids=scope, ending=(first, date.max), with_attrs=False)
        else:
            # Only the deadlines on the side of today asked for, picked as arrays: over 1000
            # plans "đã quá hạn" is tens of thousands of tasks ("từ 2027 trở đi" never is).
            before = q.relative == "overdue"
            tasks = self.kb.dated_tasks(self.today, before=before, plan_ids=scope)
        if q.relative == "upcoming":
            # The deadlines of the current quarter still ahead; if none, the next deadline.
            due = [t for t in tasks if self._ahead(t)]
            horizon = self._quarter_end
            current = [t for t in due if t.period.end <= horizon]
            nearest = min((t.period.end for t in due), default=None) if not current else horizon
            tasks = current or [t for t in due if t.period.end == nearest]
            if tasks:
                by = render.dmy(nearest)
                words.append(f"due next, by {by}" if en else f"sắp đến hạn, đến hết {by}")
            else:
                words.append("upcoming" if en else "sắp đến hạn")
        elif q.relative == "overdue":
            if self.periods:
                tasks = [t for t in tasks if not t.period.recurring and t.period.end < self.today]
            words.append(
                f"past their deadline as of {render.dmy(self.today)}"
                if en
                else f"đã qua hạn tính đến {render.dmy(self.today)}"
            )
        elif q.relative == "pending":
            if self.periods:
                tasks = [t for t in tasks if not t.period.recurring and t.period.end >= self.today]
            words.append(
                f"not yet due on {render.dmy(self.today)}"
                if en
                else f"chưa đến hạn tính đến {render.dmy(self.today)}"
            )
        if q.has("dated") and not (self.periods and self.periods[0].recurring):
            tasks = [t for t in tasks if t.period and not t.period.recurring]
        return tasks, "; ".join(words)
