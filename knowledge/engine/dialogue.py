"""Follow-ups: what a short question takes from the chat before it, and small talk."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..answer import Answer, Intent, Status, Suggestion, TaskRef
from ..store import Plan
from ..words import STOPWORDS
from .common import (
    FIELD_WORDS,
    POINTING,
    REPLY_WORDS,
    STATUS_WORDS,
    header_words,
)


class DialogueMixin:
    def _reply_to_pending(self) -> Plan | None:
        """The plan a short reply picks after "Bạn hỏi kế hoạch nào?": its number ("87",
        "kế hoạch 87"), its province ("của thành phố Đông Hải") or its title's words."""
        q = self.q
        if not self.context.pending or q.refs or q.fields or q.periods or q.relative:
            return None
        if len(q.plain.split()) > REPLY_WORDS:
            return None
        if self.named_plans and len(self.named_plans) == 1:
            return self.named_plans[0]
        digits = re.fullmatch(r"\s*(\d{1,5})\s*", q.folded)
        if digits:
            ids = self.engine.plan_index.by_digits.get(digits[1], [])
            return self.plan(ids[0]) if len(ids) == 1 else None
        return self._plan_by_title(self.kb.plans(), words_needed=2)

    def _asks_a_column_only(self) -> bool:
        """ "Thời hạn?", "Ai chủ trì?": a column, and nothing else to say which task."""
        q = self.q
        if not q.fields or q.refs or q.bare_numbers or self.periods or q.relative:
            return False
        words = FIELD_WORDS.sub(" ", f" {q.plain} ")
        return not [w for w in self.engine.lexicon.segment(words.split()) if w not in STOPWORDS]

    def _switches_plan(self) -> bool:
        """ "Còn kế hoạch 87 thì sao?": the last question, asked of another plan."""
        named = self.named_plans
        return bool(
            self.context.asked
            and named
            and len(named) == 1
            and named[0].number != self.context.plan
            and self.q.has("still")
            and not self._content_words()
        )

    def _is_follow_up(self) -> bool:
        """A column asked with nothing else named: "Thời hạn khi nào?", "When is it due?",
        "còn phối hợp với ai?", "Sản phẩm là gì?" after a task or a list of tasks."""
        q = self.q
        # "Đã quá hạn chưa?" asks about the task in hand; "nhiệm vụ nào quá hạn?" lists anew,
        # and after a long list it narrows the list instead.
        status_asked = (
            bool(q.relative)
            and not q.has("task_word")
            and not q.has("still")  # "thế còn đã quá hạn?" lists anew
            and len(self.context.tasks) <= 3
        )
        asked = q.fields or q.has("group_word") or self.named_headers or status_asked
        if not asked or not self.context.tasks:
            return False
        if self.periods or (q.relative and not status_asked) or q.group or self.named_plans:
            return False
        if self._agency_filter() and not q.has("asks_who"):
            return False
        if self._other_role_of_last_agency:
            return False
        words = f" {q.plain} "
        for header in self.named_headers:
            words = words.replace(f" {header_words(header)} ", " ")
        if status_asked:
            words = STATUS_WORDS.sub(" ", words)
        words = FIELD_WORDS.sub(" ", words)
        return not [
            w
            for w in self.engine.lexicon.segment(words.split())
            if w not in STOPWORDS and w not in POINTING
        ]

    def list_place(self, place: int, listed: Sequence[TaskRef]) -> Answer:
        """ "Cái thứ 2 ai chủ trì?": the task at that place in the list just shown."""
        if not 1 <= place <= len(listed) and place != -1:
            en = self.lang == "en"
            title = (
                f"The list has {len(listed)} tasks."
                if en
                else f"Danh sách vừa rồi chỉ có {len(listed)} nhiệm vụ."
            )
            return self._answer(Status.NOT_FOUND, Intent.TASK, title)
        ref = listed[place - 1 if place > 0 else -1]
        plan = self.kb.plan_by_number(ref.plan)
        tasks = self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id]) if plan else []
        if not tasks:
            return self.help(Status.NOT_FOUND)
        intent = self._field_intent()
        if self.q.relative and not self.q.fields:
            intent = Intent.DEADLINE
        return self.task_fields(tasks, intent)

    def follow_up(self) -> Answer:
        """ "Thời hạn khi nào?" after a task: the same tasks, the newly asked column."""
        tasks = []
        for ref in self.context.tasks:
            plan = self.kb.plan_by_number(ref.plan)
            if plan:
                tasks += self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id])
        if not tasks:
            return self.help(Status.NOT_FOUND)
        intent = self._field_intent()
        if self.q.relative and not self.q.fields:
            intent = Intent.DEADLINE
        return self.task_fields(tasks[:25], intent)

    def courtesy(self) -> Answer:
        """ "Cảm ơn", "ok", "tạm biệt": a short reply; the chat keeps its context."""
        title = (
            "You're welcome. Ask me anything else about the plans."
            if self.lang == "en"
            else "Rất vui được giúp bạn. Bạn cứ hỏi thêm về kế hoạch nhé."
        )
        return self._answer(Status.FOUND, Intent.HELP, title, context=self.context)

    def help(self, status: Status) -> Answer:
        """What the bot can answer, with examples drawn from the loaded plans."""
        en = self.lang == "en"
        examples = self.engine.examples(self.lang, self.today)
        if status is Status.FOUND:
            title = (
                "I answer questions about the loaded plans. For example:"
                if en
                else "Tôi trả lời câu hỏi về các kế hoạch đã nạp. Ví dụ:"
            )
        else:
            title = (
                "I could not find an answer to that in the plans. You can ask, for example:"
                if en
                else "Tôi chưa tìm thấy câu trả lời trong kế hoạch. Bạn có thể hỏi, ví dụ:"
            )
        return self._answer(
            status,
            Intent.HELP if status is Status.FOUND else Intent.UNKNOWN,
            title,
            [f"• {e}" for e in examples],
            suggestions=tuple(Suggestion(e, e) for e in examples),
            context=self.context,
        )
