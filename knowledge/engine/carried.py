"""The task that carries out a passage of the body: real plans describe a task at length in
their text and give it a terse row in the appendix ("Tổ chức truyền thông quốc tế (bài
viết, chiến dịch số …)"). A question that asks who leads it, or when it is due, is
answered by the row, though its words fit the passage better."""

from __future__ import annotations

from ..fields import AGENCY_ROLES, Role
from ..records import Hit
from ..words import STOPWORDS
from .common import words_of

_COVERS = 0.4  # a task covering this share of the question's words may carry out the passage
_IN_PASSAGE = 0.3  # if this share of its own words, by weight, is in the passage
_TOGETHER = 0.6  # tasks whose share is this part of the best's carry it out together
_SHOWN = 3


class CarriedMixin:
    def tasks_carrying_out(self, passage: Hit, scored: list[tuple[float, Hit]]) -> list[Hit]:
        """The tasks of the passage's plan whose words, weighed by rarity, are most in the
        passage, of those that cover enough of the question; none when only agencies are
        asked and the passage names the one that leads one of them, for then it says who
        (not when, which the task's cells say)."""
        said = passage.words - STOPWORDS
        shares = []
        for score, hit in scored:
            own = hit.words - STOPWORDS
            if hit.kind != "task" or hit.plan_id != passage.plan_id or score < _COVERS or not own:
                continue
            # (summed in one order: a float sum in set order varies with the hash seed)
            weight = sum(self.kb.idf(w) for w in sorted(own))
            shares.append((sum(self.kb.idf(w) for w in sorted(own & said)) / weight, hit))
        shares.sort(key=lambda sh: -sh[0])
        if not shares or shares[0][0] < _IN_PASSAGE:
            return []
        found = [hit for share, hit in shares[:_SHOWN] if share >= shares[0][0] * _TOGETHER]
        if any(f not in AGENCY_ROLES for f in self.q.fields):
            return found
        flat = f" {passage.text.replace('_', ' ')} "
        for hit in found:
            leads = self.kb.agency_names(self.kb.task_agencies(hit.id, Role.LEAD))
            if any(f" {' '.join(words_of(name))} " in flat for name in leads):
                return []
        return found
