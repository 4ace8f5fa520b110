"""Where a plan's money comes from, when its body names the sources in several passages."""

from __future__ import annotations

import re

from .. import passages
from ..answer import Answer
from ..fields import Role
from ..normalize import fold
from ..store import Hit

# "bảo đảm kinh phí thực hiện kế hoạch": the funding of the plan itself, which its body gives.
PLANS_FUNDING = re.compile(
    r"\b(?:kinh phi|ngan sach|nguon von) (?:de )?(?:thuc hien|trien khai)(?: \w+){0,4}"
    r" (?:ke hoach|de an|chuong trinh|quyet dinh|nghi quyet)\b"
)
# "từ những nguồn nào", "lấy từ đâu", "which sources": where the money comes from
_SOURCES_ASKED = re.compile(
    r"\b(?:nhung|cac) nguon\b|\btu (?:nguon|dau)\b|\bnguon (?:nao|gi)\b|\bsources?\b"
    r"|\bfunded (?:by|from)\b"
)
# "lấy kinh phí ở đâu", "bố trí từ chương trình nào", "lấy nguồn kinh phí nào": where an
# agency's money comes from
_FROM_WHERE = re.compile(r"\b(?:o|tu) dau\b|\b(?:chuong trinh|nguon)(?: \w+){0,2} nao\b")
# A source of money as plans name it: "ngân sách trung ương", "vốn đầu tư công", "nguồn tài
# chính hợp pháp khác", "nguồn đóng góp, tài trợ".
_A_SOURCE = re.compile(
    r"\bngan sach (?:nha nuoc|trung uong|dia phuong|cac cap|duoc giao)"
    r"|\bvon (?:dau tu|ngan sach|vay|oda)\b|\bdau tu cong\b|\bnguon (?:tai chinh|von|kinh phi"
    r"|ngan sach|dong gop|tai tro|huy dong|xa hoi hoa)\b|\bxa hoi hoa\b"
)
# A passage that opens on the plan's funding: "Kinh phí thực hiện Kế hoạch này …"
_ON_FUNDING = re.compile(r"\W*(?:nguon )?(?:kinh phi|ngan sach|nguon von)\b")
_SIBLING = 0.4  # of the best passage's score, what one beside it needs to be read
SAID_AMONG = 8  # sections near the best whose sentences are read to pick the one that says it


class FundingMixin:
    """The sources of a plan's funding, quoted from the passages that name them."""

    def funding_sources(self, scored: list[tuple[float, Hit]]) -> Answer | None:
        """ "Kinh phí thực hiện Kế hoạch được bố trí từ những nguồn nào?" where the plan
        says it in several items of one part (the ministry's budget in one, the provinces'
        in the next): the sentences of the best passage and of its siblings near it that
        name a source, in the plan's order; None where the sources are not asked, or fewer
        than two passages name one."""
        if not (_SOURCES_ASKED.search(self.q.folded) or PLANS_FUNDING.search(self.q.folded)):
            return None
        best = scored[0][0]
        # (siblings that name a source count though they share fewer of the words)
        near = [
            h.id for s, h in scored[:SAID_AMONG] if h.kind == "section" and s >= best * _SIBLING
        ]
        found = dict(self.kb.section_ids(near))
        sections = [found[i] for i in near if i in found]
        if not sections:
            return None
        if on_funding := [s for s in sections if _ON_FUNDING.match(fold(s.text))]:
            # A passage on the plan's funding says it: the one of them that names a source
            # when the sources are asked ("What funding sources does the scheme rely on?",
            # not the passage on how the money is accounted for), else the best said.
            named = [s for s in on_funding if _A_SOURCE.search(fold(s.text))]
            if named and _SOURCES_ASKED.search(self.q.folded):
                return self.section_answer(named[0].plan_id, named[0], focus=True)
            return None
        kin = {i for i in near if i in found and found[i].parent == sections[0].parent}
        quoted = [
            (found[i].ref, sentence)
            for i in sorted(kin)
            for sentence in passages.sentences(found[i].body or found[i].title)
            if _A_SOURCE.search(fold(sentence))
        ]
        if len({ref for ref, _ in quoted}) < 2:
            return None
        return self._sentences_quoted(self.plan(sections[0].plan_id), quoted[:4])


def agency_funding_asked(turn) -> bool:
    """Where an agency named gets the money for its part ("UBND các tỉnh lấy kinh phí ở
    đâu?") of a plan whose tasks have no budget column: its body says, not its tasks."""
    q = turn.q
    if Role.BUDGET not in q.fields or q.refs or not turn.scope or not turn.agencies:
        return False
    if not (_SOURCES_ASKED.search(q.folded) or _FROM_WHERE.search(q.folded)):
        return False
    return all(Role.BUDGET not in turn.kb.columns(p) for p in turn.scope)
