"""A thing by its place in a list: "cái thứ 2" of the tasks just shown, "nhiệm vụ đầu tiên"
of the plan's own list, "văn bản thứ hai" of a list of documents, sections, plans or
sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..answer import Answer, Intent, Status, TaskRef
from .schedule import event_line


class PlacesMixin:
    """The routes that pick a place in a list, for the dialogue."""

    def _outside(self, n: int, nouns: tuple[str, str]) -> Answer:
        """ "Cái thứ 7" of a list of 5."""
        title = (
            f"The list has {n} {nouns[0]}."
            if self.lang == "en"
            else f"Danh sách vừa rồi chỉ có {n} {nouns[1]}."
        )
        return self._answer(Status.NOT_FOUND, Intent.TASK, title)

    def place_in_plan(self) -> Answer:
        """ "Nhiệm vụ đầu tiên trong phụ lục": a place in the plan's own list."""
        plan = self._one_plan(Intent.TASK, f"«{self.q.text}»")
        if isinstance(plan, Answer):
            return plan
        refs = tuple(TaskRef(plan.number, r) for r in self.kb.task_refs([plan.id]))
        if self.q.group:  # "nhiệm vụ đầu tiên nhóm IV": the group's own list
            group = self.q.group
            refs = tuple(
                r
                for r in refs
                if r.ref.startswith(f"{group}.") and "." not in r.ref[len(group) + 1 :]
            )
        return self.list_place(self.q.place, refs)

    def list_place(self, place: int, listed: Sequence[TaskRef]) -> Answer:
        """ "Cái thứ 2 ai chủ trì?": the task at that place in the list just shown."""
        if not 1 <= place <= len(listed) and place != -1:
            return self._outside(len(listed), ("tasks", "nhiệm vụ"))
        ref = listed[place - 1 if place > 0 else -1]
        plan = self.kb.plan_by_number(ref.plan)
        tasks = self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id]) if plan else []
        if not tasks:
            return self.help(Status.NOT_FOUND)
        intent = self._field_intent()
        if self.q.relative and not self.q.fields:
            intent = Intent.DEADLINE
        return self.task_fields(tasks, intent)

    def place_in_items(self) -> Answer:
        """ "Văn bản thứ hai", "the second one" after a list that is not of tasks: that
        document, section, plan or session."""
        kind, items = self.context.kind, self.context.items
        place = self.q.place
        if not 1 <= place <= len(items) and place != -1:
            return self._outside(len(items), ("items", "mục"))
        item = items[place - 1 if place > 0 else -1]
        plan = self.kb.plan_by_number(self.context.plan) if self.context.plan else None
        scope = [plan.id] if plan else self.scope
        if kind == "documents":
            docs = [d for d in self.kb.documents(scope) if d.number == item]
            if not docs:
                return self.help(Status.NOT_FOUND)
            # The list stays the one shown: "còn văn bản cuối cùng?" after the second.
            picked = self.documents(docs[:1])
            return replace(picked, context=picked.context.with_(kind=kind, items=items, item=item))
        if kind == "sections":
            found = self.kb.sections_numbered([item], plan_ids=scope)
            if not found:
                return self.help(Status.NOT_FOUND)
            picked = self.section_answer(found[0].plan_id, found[0])
            return replace(picked, context=picked.context.with_(kind=kind, items=items))
        if kind == "plans":
            chosen = self.kb.plan_by_number(item)
            if chosen is None:
                return self.help(Status.NOT_FOUND)
            context = self.context.with_(plan=chosen.number)
            return type(self)(self.engine, self.q, context, self.today, chosen).metadata(
                ["summary"]
            )
        events = [e for e in self.kb.events() if str(e.id) == item]
        if not events:
            return self.help(Status.NOT_FOUND)
        line = event_line(events[0], self.lang, with_plan=len(self.kb.plans()) > 1)
        return self._answer(Status.FOUND, Intent.SCHEDULE, line.lstrip("• "))
