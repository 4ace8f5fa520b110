"""Tasks by several agencies at once: each in the role written after its name ("Sở KH&CN
chỉ đạo nhưng các sở chủ trì"), all in every role named ("Sở KH&CN và UBND huyện cùng chủ
trì"), or a body and the one working for it ("UBND tỉnh (Sở KH&CN)")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..agency_match import AgencyMatch
from ..cues import NEGATION_CUE
from ..field_cues import FIELD_CUES
from ..fields import Role

# What sets aside the agency named right after it: "chứ không phải", "mà không do",
# "rather than", "not"; and "không có", "without", which set it aside in any role.
_SET_ASIDE = re.compile(
    r"\b(?:(?:khong|ko|k)(?: phai)?(?: la| do| thuoc)?|not(?: by)?|rather than|instead of"
    r"|other than|except|(?P<absent>(?:khong|ko|k) co|without))$"
)


# A clause before the question proper that sets aside what it names: "Ngoài Chủ tịch UBND
# tỉnh, …", "cho hỏi trừ Sở Tài chính ra, …", "Apart from the ministry, …".
_ASIDE_CLAUSE = re.compile(
    r"(?:\w+ ){0,5}?(?:ngoai|tru|khong (?:tinh|ke)|besides|apart from|except(?: for)?"
    r"|other than|excluding|aside from) [^,]+?(?: ra)? ?,"
)

# "… hay chỉ Bộ KH&CN", "or only the ministry": the agency named as the alternative to the
# one asked about, asked of nothing.
_ALTERNATIVE = re.compile(r"\b(?:hay|hoac|or) (?:la )?(?:chi|only|just)(?: co)?$")


def _in_every(found: Iterable[dict[int, set[str]]]) -> dict[int, set[str]]:
    """The tasks in every one of the agencies' tasks ``found``, with the roles played."""
    held: dict[int, set[str]] | None = None
    for tasks in found:
        held = tasks if held is None else {t: held[t] | r for t, r in tasks.items() if t in held}
    return held or {}


class AgencyPairsMixin:
    def _held_by_all(
        self, agencies: list[AgencyMatch], roles: list[Role], scope: list[int] | None
    ) -> dict[int, set[str]]:
        """Tasks in which every agency named plays every role named: "Sở KH&CN và UBND
        huyện cùng chủ trì", "Sở KH&CN vừa chủ trì vừa chỉ đạo"."""
        wanted = {r.value for r in roles}
        return _in_every(
            {
                task: played
                for task, played in self.kb.agency_tasks(match.agencies, roles, scope).items()
                if wanted <= played
            }
            for match in agencies
        )

    def _held_in_pairs(
        self, paired: list[tuple[AgencyMatch, Role]], scope: list[int] | None
    ) -> dict[int, set[str]]:
        """The tasks in which each agency plays the role paired with it."""
        return _in_every(self.kb.agency_tasks(m.agencies, [role], scope) for m, role in paired)

    def _set_aside(self, agencies: list[AgencyMatch]) -> tuple[list[AgencyMatch], bool]:
        """ "UBND tỉnh chứ không phải Chủ tịch UBND tỉnh chỉ đạo", "Sở Tài chính chủ trì mà
        không có Sở KH&CN": the agencies named after a negation, when those named first have
        none, and whether they are set aside in every role ("không có") or in the one asked.
        The question asks the first ones' tasks, without these ones'. A clause before the
        question sets aside the one it names: "Ngoài Sở Tài chính, Sở KH&CN chủ trì gì?"."""
        spans = self._name_spans_of(agencies)
        folded = self.q.folded
        clause = _ASIDE_CLAUSE.match(folded)
        if clause and spans:
            # "Ngoài X, Y chỉ đạo nhiệm vụ nào?": X in the role asked
            named = sorted(agencies, key=lambda m: m.start)
            inside = [m for m, (_, end) in zip(named, spans, strict=True) if end <= clause.end()]
            return (inside, False) if len(inside) < len(named) else ([], False)
        found = [_SET_ASIDE.search(folded[:a].rstrip(" ,")) for a, _ in spans]
        aside = [i for i, m in enumerate(found) if m]
        if not aside or aside[0] == 0 or aside != list(range(aside[0], len(spans))):
            return [], False
        absent = any(m["absent"] for m in found if m)
        return sorted(agencies, key=lambda m: m.start)[aside[0] :], absent

    def _aside_unknown(self, agencies: list[AgencyMatch]) -> bool:
        """ "Ngoài Sở Tài chính, Sở KH&CN chủ trì gì?" where no plan names Sở Tài chính: the
        clause sets aside nothing known, and the question proper has no negation."""
        clause = _ASIDE_CLAUSE.match(self.q.folded)
        spans = self.engine.matcher.name_spans(self.q.folded)
        return (
            clause is not None
            and bool(agencies)
            and all(a >= clause.end() for a, _ in spans)
            and not NEGATION_CUE.search(self.q.folded, clause.end())
        )

    def _alternatives(self, agencies: list[AgencyMatch]) -> list[AgencyMatch]:
        """ "Bộ Y tế có được giao gì không hay chỉ Bộ KH&CN?": the agencies named last, as
        the alternative to the ones asked about."""
        spans = self._name_spans_of(agencies)
        folded = self.q.folded
        if len(spans) < 2 or not _ALTERNATIVE.search(folded[: spans[-1][0]].rstrip(" ,")):
            return []
        return sorted(agencies, key=lambda m: m.start)[-1:]

    def _name_spans_of(self, agencies: list[AgencyMatch]) -> list[tuple[int, int]]:
        """Where the question names the agencies, in order; empty unless one span each."""
        spans = sorted(self.engine.matcher.name_spans(self.q.folded))
        return spans if len(spans) == len(agencies) else []

    def _each_in_its_role(
        self, agencies: list[AgencyMatch], roles: list[Role], spans: list[tuple[int, int]]
    ) -> list[tuple[AgencyMatch, Role]]:
        """ "nv nào Sở KH&CN chỉ đạo nhưng các sở, ban, ngành chủ trì", "do Bộ Tài chính
        chủ trì, Bộ Y tế phối hợp": each agency with the one role written after its name
        (``spans``: where the question names them); empty unless each has a role of its own."""
        if len(agencies) < 2 or len(roles) < 2 or not spans:
            return []
        folded = self.q.folded
        ends = [a for a, _ in spans[1:]] + [len(folded)]
        paired = []
        for (_, end), until, match in zip(
            spans, ends, sorted(agencies, key=lambda m: m.start), strict=True
        ):
            said = [r for r in roles if FIELD_CUES[r].search(folded[end:until])]
            if len(said) != 1:
                return []
            paired.append((match, said[0]))
        return paired if len({r for _, r in paired}) == len(paired) else []

    def _nested(self, spans: list[tuple[int, int]]) -> bool:
        """ "UBND tỉnh (Sở KH&CN) chủ trì": a body and the one working for it, written as
        the cells write them; a task of both, not of either."""
        return len(spans) == 2 and self.q.folded[spans[0][1] : spans[1][0]].strip() == "("
