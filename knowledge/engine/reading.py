"""The frame of a question: the parts the routes decided on, as data."""

from __future__ import annotations

from ..fields import AGENCY_ROLES
from ..frame import AgencyFilter, Asked, Frame
from ..refs import ref_forms
from .common import DAY, YES_NO


class ReadingMixin:
    def frame(self) -> Frame:
        """What the question asks, about what, filtered how: as the routes read it."""
        q = self.q
        roles = tuple(r.value for r in q.fields if r in AGENCY_ROLES)
        agencies = tuple(
            AgencyFilter(
                m.alias,
                tuple(sorted(m.agencies)),
                roles,
                q.has("negated"),
            )
            for m in self.agencies
        )
        return Frame(
            asked=self._asked(),
            columns=tuple(r.value for r in q.fields) + tuple(self.named_headers),
            task_ids=tuple(ref_forms(g, n)[0] for g, n in q.refs) + tuple(q.bare_numbers),
            sections=tuple(q.section_refs),
            group=q.group,
            documents=tuple(q.cited_digits),
            plans=tuple(p.number for p in self.named_plans or ()),
            agencies=agencies,
            periods=tuple(p.label(self.lang) for p in self.periods),
            relative=q.relative,
            topic=tuple(self.topic_words),
            follow_up=not self.self_contained,
            lang=self.lang,
        )

    def _asked(self) -> Asked:
        q = self.q
        if q.has("thanks") or q.has("greeting") or q.has("help"):
            return Asked.TALK
        if q.has("out_of_scope"):
            return Asked.NOT_IN_PLAN
        if self.compares:
            return Asked.COMPARE
        if YES_NO.search(q.folded):
            return Asked.YES_NO
        if q.meta or q.has("plans"):
            return Asked.FACTS
        if q.section_refs or q.has("documents") or q.cited_digits or DAY.search(q.folded):
            return Asked.TEXT
        if q.has("count"):
            return Asked.COUNT
        if q.refs or q.bare_numbers or (q.fields and self.context.tasks):
            return Asked.COLUMNS
        if q.has("most") or q.has("least") or q.has("nearest") or q.has("total"):
            return Asked.EXTREME
        if self.agencies or self.periods or q.relative or q.group or self.asks_all:
            return Asked.LIST
        return Asked.TOPIC
