"""Tasks named by the agencies they involve: "nv nào liên quan báo chí, truyền hình", "Will
there be TV or newspaper campaigns …?" ask of the tasks whose agency cells write words no
task's text holds. The topic route's last reading (see ``TopicsMixin.topic``); and the
agency cells a task found by its topic is shown with, when they write the question's words."""

from __future__ import annotations

from .. import render
from ..answer import Answer, Intent, Status
from ..english import ALTERNATES
from ..fields import AGENCY_ROLES, Role
from ..store import Task
from .common import words_of

_SHOWN = 10  # more tasks than this named so are no answer


class AgencyCellsMixin:
    def named_in_agency_cells(self) -> Answer | None:
        """The tasks of one plan whose lead, partner or directing cells write the words of
        the topic no task's text holds ("truyền hình" of "Đài Phát thanh và Truyền hình"),
        and whose text holds the rest, each a word of two syllables or more ("TV or newspaper
        campaigns about quality standards": the campaign the broadcaster and the newspaper
        work on); None over many plans, or when none or too many do."""
        words = self.topic_words
        # (a lone syllable, "dõi" of "theo dõi", is too little to name anyone by)
        if not (self.narrow and sum(len(w.split("_")) for w in words) >= 2):
            return None
        others = ALTERNATES if self.lang == "en" else {}

        def holds(text: str, word: str) -> bool:
            return any(f" {w.replace('_', ' ')} " in text for w in (word, *others.get(word, ())))

        def named(t: Task) -> bool:
            cells = f" {' '.join(words_of(' '.join(t.field(r) for r in AGENCY_ROLES)))} "
            text = f" {' '.join(words_of(t.content))} "
            by_name = [w for w in words if holds(cells, w)]
            return bool(by_name) and all(
                "_" in w and holds(text, w) for w in words if w not in by_name
            )

        tasks = [t for t in self.kb.tasks(plan_ids=self.scope) if named(t)]
        if not tasks or len(tasks) > _SHOWN:
            return None
        plan = self.plan(tasks[0].plan_id)
        headers = self.kb.columns(plan.id)
        en = self.lang == "en"
        title = (
            f"Tasks whose agencies are named so in {plan.number}:"
            if en
            else f"Các nhiệm vụ có cơ quan mang tên này trong {plan.name}:"
        )
        # (the cells that name them shown: the lead, and the partners a topic often names)
        roles = (Role.LEAD, Role.COORD, Role.DIRECTOR, Role.DEADLINE)
        items = [render.task_line(t, None, headers, self.today, self.lang, roles) for t in tasks]
        return self._answer(Status.FOUND, Intent.AGENCY, title, items, self._source(tasks), tasks)

    def roles_writing_the_words(self, task: Task) -> tuple[Role, ...]:
        """The lead and the deadline, and the partner or directing cells of the task that
        write a word of the topic its text does not: "Will local newspapers and TV help
        raise awareness …?" is answered by the campaign task with its partners, the
        province's paper and broadcaster."""
        others = ALTERNATES if self.lang == "en" else {}
        text = set(words_of(task.content))
        unsaid = [w for w in self.topic_words if w not in text]
        extra = [
            role
            for role in (Role.COORD, Role.DIRECTOR)
            if (cell := set(words_of(task.field(role))))
            and any(w in cell or cell & set(others.get(w, ())) for w in unsaid)
        ]
        return (Role.LEAD, *extra, Role.DEADLINE)
