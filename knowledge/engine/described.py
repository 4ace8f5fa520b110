"""Which task a question's words describe: "Trong nhiệm vụ tăng cường đầu tư …, Sở KH&CN
giữ vai trò gì?" names no id, but its words cover one task of the plan nearly whole."""

from __future__ import annotations

import copy

from .. import topics as ranking
from ..answer import Answer
from ..fields import Role
from ..normalize import fold
from ..periods import find_periods
from ..refs import group_forms
from ..store import Task
from .common import SEVERAL, words_of

DESCRIBED = 0.8  # a task covering this share of the question's words is the one it describes
_DESCRIBING_WORDS = 3  # compound words it takes to describe a task beside naming an agency


class DescribedMixin:
    def described_with_a_period(self) -> Answer | None:
        """ "Ai chủ trì việc tổ chức đối thoại định kỳ …", "Thời gian hoàn thành Nghị định
        về tăng mức đóng từ năm 2027?": a period written in a task's own words describes
        that task; it filters nothing. The topic's tasks that have each period's words in
        their content answer."""
        said = [self.q.folded[a:b].strip() for a, b in (p.span for p in self.q.periods)]
        if not said or not all(said):
            return None
        turn = copy.copy(self)
        turn.q = copy.deepcopy(self.q)
        answer = turn.topic()
        if answer is None or not answer.found or not answer.tasks:
            return None
        numbers = {ref.plan for ref in answer.tasks}
        plan_ids = [p.id for p in self.kb.plans() if p.number in numbers]
        tasks = self.kb.tasks_by_ref(*(ref.ref for ref in answer.tasks), plan_ids=plan_ids)
        said = [f" {' '.join(words_of(w))} " for w in said]

        def names_them(task: Task) -> bool:
            # as written ("định kỳ"), or the same period in other words ("đến 2030" for
            # "đến năm 2030")
            text = f" {' '.join(words_of(task.content))} "
            own = {(p.kind, p.start, p.end) for p in find_periods(text)}
            return all(
                w in text or (p.kind, p.start, p.end) in own
                for w, p in zip(said, self.q.periods, strict=True)
            )

        kept = [t for t in tasks if names_them(t)]
        if not kept:
            return None
        if len(kept) == len(tasks):
            return answer
        return turn.task_fields(kept, turn._field_intent())

    def held_hits(self, words: list[str], tasks: list[Task] | None) -> tuple[float, list[int]]:
        """The best share of ``words`` one of ``tasks`` (None: any task in scope) holds, and
        those of them near it (at least the minimum coverage and 0.8 of the best), best
        first."""
        held = None if tasks is None else {t.id for t in tasks}
        scored = ranking.rank(
            self.kb, words, scope=self.scope, phrase="", asks_when=False, kinds=("task",)
        )
        scored = [(s, h) for s, h in scored if held is None or h.id in held]
        best = scored[0][0] if scored else 0.0
        return best, [h.id for s, h in scored if s >= max(ranking.MIN_COVERAGE, best * 0.8)]

    def only_described(
        self, tasks: list[Task] | None, leave_out: frozenset[str] = frozenset(), least: int = 1
    ) -> int | None:
        """The one of ``tasks`` (None: any in scope) that holds nearly all the question's
        words the plans use, but those ``leave_out`` names; None unless one alone does, or
        the question has fewer than ``least`` such words."""
        words = [w for w in self.topic_words if self.kb.known(w) and w not in leave_out]
        if not words or len(words) < least:
            return None
        best, hits = self.held_hits(words, tasks)
        return hits[0] if best >= DESCRIBED and len(hits) == 1 else None

    def described(self, tasks: list[Task] | None, enough: float = DESCRIBED) -> list[int]:
        """The ids of ``tasks`` (None: any in scope) the question's words describe ("Trong
        nhiệm vụ tăng cường đầu tư …, Sở KH&CN giữ vai trò gì?"), best first; none unless
        one covers them well."""
        # The words of the agencies named are not the task's: "Sở Khoa học và Công nghệ",
        # also when named by initials ("bộ gd đt").
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        named = {
            syllable
            for name in [*(m.alias for m in self.agencies), *self.kb.agency_names(ids)]
            for syllable in fold(name).split()
        }
        # Nor the words of the group named ("trong nhóm tăng cường thanh tra …"); within a
        # group, fewer words tell its few tasks apart.
        group = self._group_title_words()
        words = [
            w
            for w in self.topic_words
            if ranking.written(self.kb, w) and not set(w.split("_")) <= named and w not in group
        ]
        # (English counts every word: the glossary renders "main measurement standards" as
        # "chuẩn đo_lường chính", three words of the plans, one of them a compound)
        said = len(words) if self.lang == "en" else sum("_" in w for w in words)
        least = _DESCRIBING_WORDS - bool(self.q.group)
        # Two words do when no other task of the plan holds them together ("phương châm 4
        # tại chỗ thuộc nv nào, ubnd tỉnh chủ trì à"): a name, not a common topic. Not where
        # several are asked for ("tham gia mấy nv hợp tác quốc tế"), nor across plans, where
        # some other plan's task holds most pairs (and reading them all costs).
        two_do = (
            bool(self.scope)
            and len(self.scope) == 1
            and not (self.q.has("count") or SEVERAL.search(self.q.folded))
        )
        if said < least - two_do:
            return []
        best, hits = self.held_hits(words, tasks)
        if said < least:
            alone, anywhere = (best, hits) if tasks is None else self.held_hits(words, None)
            if not (alone >= enough and len(anywhere) == 1 and anywhere == hits[:1]):
                return []
        return hits if best >= enough else []

    def _group_title_words(self) -> set[str]:
        """The words of the title of the group the question names, if any."""
        if not (self.q.group and self.scope and len(self.scope) == 1):
            return set()
        titles = self.engine.group_words(self.scope[0])
        codes = group_forms(self.q.group)
        return {w for code in codes for w in titles.get(code, ())}

    def issued_by_the_task(self) -> Answer | None:
        """ "Đề án đổi mới truyền thông BHYT … ai ký ban hành?": not the plan's signer; the
        task the words describe, whose result names the paper and who issues it
        ("Quyết định của Bộ trưởng ban hành Đề án"), with the columns asked beside."""
        turn = copy.copy(self)
        turn.q = copy.deepcopy(self.q)
        turn.q.meta = []
        turn.q.fields = [*(f for f in turn.q.fields if f is not Role.PRODUCT), Role.PRODUCT]
        return turn.topic()
