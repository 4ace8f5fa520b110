"""Tasks about each topic a question lists, or whose subject is one of its words: "Những
nhiệm vụ nào về tuyên truyền, phổ biến?", "nv nào về đào tạo bồi dưỡng"; and topics asked as
alternatives ("A hoặc B"). The topic route's list of several tasks (see
``TopicsMixin._topic``)."""

from __future__ import annotations

import math
import re

from .. import topics as ranking
from ..store import Hit
from ..words import translate_english
from .common import words_of
from .topic_groups import opening_word

# Where a question lists several topics: "tuyên truyền, phổ biến", "A và B", "A or B".
_LISTED = re.compile(r",|;|\b(?:va|hoac|hay|and|or)\b")
_LISTED_SHOWN = 10
_SUBJECT = math.log(2)  # the idf of a word half the texts write
_OPENING = 16  # syllables of a task's text its opening word is read in (lead-in words first)
# "A or B", "A hoặc B": topics asked as alternatives
_EITHER = re.compile(r"\b(?:or|hoac)\b")
_NEAR = 0.8  # of the least coverage, what each alternative must find alone
# "Is there anything about …?", "any help with …": the tasks about it, not every one that
# lists it among others
ANYTHING_ABOUT = re.compile(
    r"\b(?:anything|something|any tasks?|an? tasks?|an? item)(?: \w+){0,3}"
    r" (?:about|on|regarding|for)\b"
    # "Is there any help with barcodes …?"
    r"|\b(?:any|some) (?:help|support|assistance|work|plans?) (?:with|on|for|about)\b"
)


class TopicListsMixin:
    def about_each(self, hits: list) -> list:
        """The tasks about any of the topics a question lists ("tuyên truyền, phổ biến",
        "đào tạo và phát triển nguồn nhân lực"), after those about all of them."""
        # The question as typed, commas kept (its words alone have none).
        text = translate_english(self.q.folded) if self.lang == "en" else self.q.folded
        parts = [p for p in _LISTED.split(text) if p.strip()]
        found = list(hits) + self.opening_with_a_word(hits)
        for part in parts if len(parts) > 1 else ():
            words = self._words_of_topic(part)
            # (not the plans' subject, which half their texts or more write: the "đo lường"
            # of "bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng")
            if not words or all(self.kb.idf(w) < _SUBJECT for w in words):
                continue
            tasks = ranking.rank(
                self.kb,
                words,
                scope=self.scope,
                phrase=part.strip(),
                asks_when=False,
                kinds=("task",),
            )
            best = tasks[0][0] if tasks else 0.0
            tasks = [(s, h) for s, h in tasks if s >= max(ranking.MIN_COVERAGE, best * 0.8)]
            if ANYTHING_ABOUT.search(self.q.folded):  # (the tasks about it, as above)
                tasks = ranking.most_focused(tasks, words)
            found += [h for _, h in tasks]
        return list({h.id: h for h in found}.values())[:_LISTED_SHOWN]

    def opening_with_a_word(self, hits: list) -> list:
        """Tasks whose subject, their opening word, is one of the two words a question asks
        tasks about ("nv nào về đào tạo bồi dưỡng": "Bồi dưỡng, cập nhật kiến thức …" too,
        though it writes no "đào tạo"); not the plans' own subject. Only of two words, each
        a kind of work: of a longer topic, a word that opens tasks ("xây dựng", "tổ chức") is
        how they begin, not what they are about."""
        words = {w for w in self.topic_words if "_" in w and self.kb.idf(w) >= _SUBJECT}
        if len(self.topic_words) != 2 or len(words) != 2 or not hits:
            return []
        plans = {h.plan_id for h in hits}
        segment = self.engine.lexicon.segment
        # (only a task's opening is read: segmenting every task's whole text at each question
        # cost more than the rest of the answer)
        return [
            Hit("task", t.id, t.plan_id, 0.0, " ".join(segment(words_of(t.content))))
            for t in self.kb.tasks(plan_ids=sorted(plans), with_attrs=False)
            if opening_word(" ".join(segment(words_of(t.content)[:_OPENING]))) in words
        ]

    def either(
        self, words: list[str], scored: list[tuple[float, Hit]], options: dict
    ) -> list[tuple[float, Hit]] | None:
        """ "nhiệm vụ nào về nạo vét luồng hoặc số hóa thủ tục hải quan?", "anything about
        international agreements or trade commitments?": about either, read so when the
        words together find nothing, or when what they find best holds none of one
        alternative's words while that one alone finds what it is about; else None. (Not
        "Can companies sponsor or contribute …?", whose passage holds both.)"""
        parts = [p for p in _EITHER.split(self._topic_text) if p.strip()]
        if len(parts) != 2:
            return None
        said = [[w for w in words if f" {w.replace('_', ' ')} " in f" {p} "] for p in parts]
        if not all(said):
            return None
        each = [ranking.rank(self.kb, part, **options) for part in said]
        floor = ranking.MIN_COVERAGE
        either = ranking.merged(each)
        if not either or either[0][0] < floor:
            return None
        if not scored or scored[0][0] < floor:
            # (each alternative must find something of its own: "local newspapers or TV" of
            # a plan whose tasks never write "truyền hình" is the partners' names' reading)
            return either if all(found and found[0][0] >= floor * _NEAR for found in each) else None
        top = scored[0][1]
        held = [{(h.kind, h.id) for s, h in found if s > 0} for found in each]
        misses = any((top.kind, top.id) not in found for found in held)
        return either if misses and all(found[0][0] >= floor for found in each) else None
