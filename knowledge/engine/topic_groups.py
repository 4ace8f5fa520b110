"""The group of the plan in scope a question's topic names: "các nhiệm vụ về hội nhập quốc
tế" asks for every task under a group so titled, and "hợp tác quốc tế về thiên tai thì bộ
nào làm?" asks a column of each of them."""

from __future__ import annotations

import re

from .. import topics as ranking
from ..store import Hit
from ..words import STOPWORDS, SYNONYMS
from .common import SEVERAL, words_of

A_PART = re.compile(
    r"^(?:\w+ ){0,3}?(phan|mang|linh vuc|muc) (?!(?:nao|gi|nay|do|[ivxl]+|\d+)\b)\w+"
)

# Words a task's text may open with before the work it names: "Tăng cường công tác thanh
# tra …" is named "thanh tra".
_LEAD_IN = frozenset("tang_cuong day_manh cong_tac tiep_tuc chu_dong tich_cuc".split())


class TopicGroupsMixin:
    def _group_about(self, words: list[str], scored: list[tuple[float, Hit]]) -> str | None:
        """The group of the plan in scope whose title covers the question's words as well
        as any one task or section does."""
        best = scored[0][0] if scored else 0.0
        if not self.scope or len(self.scope) != 1:
            return None
        # "Phần quản lý cán bộ, công chức … gồm bao nhiêu nhiệm vụ?": a part named by its
        # title, whose tasks are all about it
        part = A_PART.search(self.q.folded)
        if part:
            words = [w for w in words if w != part[1]]
        kb = self.kb
        unknown = kb.idf("") / 2
        weights = {w: kb.idf(w) if kb.known(w) else unknown for w in words}
        total = sum(weights.values()) or 1.0
        found = []
        own_words = self.engine.group_words(self.scope[0])
        for code, title in kb.group_titles(self.scope[0]).items():
            flat = f" {' '.join(words_of(title))} "
            # A lone syllable only as a word of the title's own: not the "chuẩn" of "tiêu
            # chuẩn" ("reference standards for measurement" is "chuẩn đo lường").
            own = own_words[code]
            covered = sum(
                v
                for w, v in weights.items()
                if (w in own if "_" not in w else f" {w.replace('_', ' ')} " in flat)
            )
            found.append((covered / total, code))
        if not found:
            return None
        score, code = max(found)
        # Better than any task; or as well, when several tasks are asked for ("các nhiệm vụ
        # về hội nhập quốc tế"): the group's other tasks are about it too.
        # So when they are counted ("có bao nhiêu nhiệm vụ về tuyên truyền …").
        counted = self.q.has("count") and self.q.has("task_word")
        several = bool(SEVERAL.search(self.q.folded) or part or counted)
        # And when the one task that fits best is of the group, whose title holds every word
        # as a word of its own ("cooperate with other provinces or foreign partners on
        # standards" of "hội nhập quốc tế và hợp tác với các địa phương về … tiêu chuẩn"):
        # the title names what its tasks share, and that task repeats it. (Not the "chuẩn"
        # of "tiêu chuẩn"; and several tasks that fit as well are the answer themselves.)
        tied = [h.id for s, h in scored if h.kind == "task" and s >= best - ranking.TIE]
        if len(tied) == 1 and not several:
            (task,) = self.kb.tasks_by_ids(tied)
            several = task.group == code and set(words) <= own_words[code]
        elif len(tied) > 1 and not several:
            # "hội nhập quốc tế có nv nào": several of the group's tasks fit best alike, and
            # none of another's: what they share is what the title names.
            several = {t.group for t in self.kb.tasks_by_ids(tied)} == {code}
        enough = score >= best - ranking.TIE if several else score > best + ranking.TIE
        return code if score >= ranking.MIN_COVERAGE and enough else None

    def _group_named(self, words: list[str], scored: list[tuple[float, Hit]]) -> str | None:
        """The group whose title is the topic a column is asked of: "hợp tác quốc tế về
        thiên tai thì bộ nào làm?" of a plan on disasters whose group VI is "Đẩy mạnh …
        hợp tác quốc tế" asks of each of its tasks, not only the one whose text repeats
        the title. Every word the question says of the topic is a word of that title and of
        no other group's, but words no plan writes and those most group titles share: the
        plan's subject ("thiên tai"), which tells no group apart. And the task that fits
        best is one of the group's."""
        if not self.scope or len(self.scope) != 1:
            return None
        plan_id = self.scope[0]
        titles = self.engine.group_words(plan_id)
        said = {
            w
            for w in words
            if self.kb.known(w)
            and w not in STOPWORDS
            and w not in self.engine.subject_words(plan_id)
        }
        tasks = [(s, h) for s, h in scored if h.kind == "task"]
        top = tasks[0][1] if tasks else None
        if len(said) < 2 or top is None:
            return None
        named = [code for code, own in titles.items() if said <= own]
        if len(named) != 1:
            return None
        # (a syllable of its opening words will do: "nv chọn 5 dn …" of "Lựa chọn 05 …")
        opening = {s for w in top.text.split()[:2] for s in w.split("_")}
        if set(words[0].split("_")) <= opening or words[0] == opening_word(top.text):
            # "nv tăng cường đầu tư ngân sách …": the task that opens so is named; unless
            # several of the group's tasks fit best alike, none named by how it opens
            tied = [h.id for s, h in tasks if s >= tasks[0][0] - ranking.TIE]
            if len(tied) < 2 or {t.group for t in self.kb.tasks_by_ids(tied)} != {named[0]}:
                return None
        (task,) = self.kb.tasks_by_ids([top.id])
        grouped = (
            self.kb.tasks(plan_ids=[plan_id], group=named[0], with_attrs=False)
            if task.group == named[0]
            else []
        )
        return named[0] if len(grouped) > 1 else None

    def _group_shared(self, words: list[str], scored: list[tuple[float, Hit]]) -> str | None:
        """The group whose title says some of the topic and whose every task says the rest:
        "đào tạo nhân lực có những nv nào" of a group "Phát triển nguồn nhân lực …" whose
        tasks each train ("đào tạo", or its "bồi dưỡng", "tập huấn"). Asked of several
        tasks, when the task that fits best is one of the group's; the title's part must
        tell the group apart (a word most titles share, the plan's subject, does not)."""
        if not self.scope or len(self.scope) != 1 or not SEVERAL.search(self.q.folded):
            return None
        top = next((h for _, h in scored if h.kind == "task"), None)
        if top is None:
            return None
        (task,) = self.kb.tasks_by_ids([top.id], with_attrs=False)
        titles = self.engine.group_words(self.scope[0])
        own = titles.get(task.group or "", frozenset())
        # (a word of a title alone is known too: "nhân lực" no task writes)
        said = [w for w in words if (self.kb.known(w) or w in own) and w not in STOPWORDS]
        titled = [w for w in said if w in own]
        rest = [w for w in said if w not in own]
        telling = [w for w in titled if w not in self.engine.subject_words(self.scope[0])]
        if not (telling and rest):
            return None
        grouped = self.kb.tasks(plan_ids=self.scope, group=task.group, with_attrs=False)
        segment = self.engine.lexicon.segment
        every = len(grouped) > 1 and all(
            all({w, *SYNONYMS.get(w, ())} & set(segment(words_of(t.content))) for w in rest)
            for t in grouped
        )
        return task.group if every else None


def opening_word(text: str) -> str:
    """The first word of a task's text after its lead-in words.

    >>> opening_word("tang_cuong cong_tac thanh_tra kiem_tra giam_sat")
    'thanh_tra'
    """
    return next((w for w in text.split() if w not in _LEAD_IN), "")
