"""What a filter's tasks are about: the words after "về", and the tasks that hold them."""

from __future__ import annotations

import itertools
import re

from ..field_cues import FIELD_CUES
from ..refs import group_forms
from ..store import Task
from ..topics import MIN_COVERAGE
from ..words import STOPWORDS
from .common import SEVERAL, words_of

# ("trong việc / trong vụ sắp xếp …": on what it does its part)
ABOUT = re.compile(r"\b(?:ve|lien quan(?: den| toi)?|about|on|trong (?:viec|vu|cai vu|khau))\b")
# Where the words after "về" end: "về hội nhập quốc tế thì …", or a comma that opens the
# question's own clause ("Trong các nhiệm vụ về hội nhập quốc tế, nhiệm vụ nào do …").
_ABOUT_ENDS = re.compile(
    r"\bthi\b|,\s*(?=(?:thi |con |vay )?(?:(?:cac|nhung) )?(?:nhiem vu|nv|viec|cong viec)\b)"
)

# The kind of task named before "nào": "nv hội nhập quốc tế nào do … chủ trì".
_KIND_OF_TASK = re.compile(
    r"\b(?:nhiem vu|nv|viec|cong viec) ((?:(?!nao\b)\w+ ){1,6}?)nao\b"
    # "những nhiệm vụ thanh tra, kiểm tra do Sở KH&CN chủ trì": named before whose they are
    r"|\b(?:nhiem vu|nv|viec|cong viec) ((?:(?!(?:nao|do|cua)\b)\w+ ){1,6}?)(?:do|cua)\b"
)
# The topic said first, then the tasks asked of it: "hội nhập quốc tế nv nào UBND huyện chủ trì"
_TOPIC_FIRST = re.compile(
    r"^((?:(?!(?:nhiem|nv|viec|cong|nhung|cac|co)\b)\w+ ){1,6}?)"
    r"(?:co )?(?:(?:nhung|cac) )?(?:nhiem vu|nv|viec|cong viec) nao\b"
)
# Topics joined: "chuyển đổi số và dữ liệu bảo hiểm y tế".
_JOINED = re.compile(r"\b(?:va|hoac|and|or)\b")
_WORDS = re.compile(r"\w+")
_FAR_LESS = 0.5  # of the best coverage: an agency's tasks this far below are on no such topic


class FilterTopicsMixin:
    """The topic words of an agency's or a period's tasks, read by ``FiltersMixin``."""

    def _about_others(self, about: list[str], tasks: list[Task]) -> bool:
        """Whether other tasks are about the words, and those given far less: what an agency
        is asked to have a task on is another's."""
        own, _ = self.held_hits(about, tasks)
        best, _ = self.held_hits(about, None)
        return best >= MIN_COVERAGE and own < best * _FAR_LESS

    def _on_topics(self, about: list[str], tasks: list[Task]) -> set[int]:
        """The ids of ``tasks`` on the words after "về"; of each topic they join with "và"
        or "hoặc" ("về chuyển đổi số và dữ liệu bảo hiểm y tế"), each a compound or more."""
        held = set(self.held_hits(about, tasks)[1])
        m = ABOUT.search(self.q.plain)
        topics = [
            self.engine.lexicon.segment(part.split())
            for part in _JOINED.split(self.q.plain[m.end() :] if m else "")
        ]
        if len(topics) > 1 and all(any(w in about and "_" in w for w in t) for t in topics):
            for words in topics:
                held |= set(self.held_hits(words, tasks)[1])
        if SEVERAL.search(self.q.folded):
            held |= self._under_a_title_about(about, tasks)
        return held

    def _under_a_title_about(self, about: list[str], tasks: list[Task]) -> set[int]:
        """ "UBND tỉnh chủ trì những việc gì về tuyên truyền phòng chống thiên tai": where
        several are asked for, the tasks that hold enough of the words with their group's
        title read as part of their text (under "Tuyên truyền, phổ biến … thiên tai")."""
        if not self.scope or len(self.scope) != 1:
            return set()
        titles = self.engine.group_words(self.scope[0])
        segment = self.engine.lexicon.segment
        weights = {w: self.kb.idf(w) for w in about}
        total = sum(weights.values()) or 1.0
        held = set()
        for task in tasks:
            text = set(segment(words_of(task.content))) | titles.get(task.group or "", set())
            if sum(v for w, v in weights.items() if w in text) / total >= MIN_COVERAGE:
                held.add(task.id)
        return held

    def _title_of_group_holds(self, group: str, words: list[str]) -> bool:
        """Whether the title of the group (in a plan in scope) holds every word."""
        codes = group_forms(group)
        return any(
            set(words) <= titled
            for plan_id in self.scope or ()
            for code, titled in self.engine.group_words(plan_id).items()
            if code in codes
        )

    def _about_words(self) -> list[str]:
        """The words after "về", "liên quan đến", "about": what the tasks asked for are on."""
        m = ABOUT.search(self.q.plain)
        if not m:
            # "nv hội nhập quốc tế nào do Sở KH&CN chủ trì": the kind of task, named before "nào"
            kind = _KIND_OF_TASK.search(self.q.plain)
            if kind is None and (first := _TOPIC_FIRST.match(self.q.plain)):
                # (words of no name and no column: "Sở X chủ trì nv nào" names no topic)
                said = first[1]
                named = self.engine.matcher.name_spans(said)
                if not named and not any(cue.search(said) for cue in FIELD_CUES.values()):
                    return [
                        w
                        for w in self.engine.lexicon.segment(said.split())
                        if w not in STOPWORDS and self.kb.known(w)
                    ]
            words = self.engine.lexicon.segment((kind[1] or kind[2]).split()) if kind else []
            return [w for w in words if w not in STOPWORDS and self.kb.known(w)]
        # (up to an agency's name: "về thanh tra, kiểm tra, Sở KH&CN chủ trì những việc nào")
        names = [a for a, _ in self.engine.matcher.name_spans(self.q.plain) if a >= m.end()]
        about = self.q.plain[m.end() : min(names, default=None)].split()
        # (the comma is only in the folded text; ``plain`` has dropped the period cues)
        said = ABOUT.search(self.q.folded)
        if said:
            ends = set(_WORDS.findall(_ABOUT_ENDS.split(self.q.folded[said.end() :])[0]))
            about = list(itertools.takewhile(lambda w: w in ends, about))
        words = self.engine.lexicon.segment(about)
        return [w for w in words if w not in STOPWORDS and self.kb.known(w)]
