"""Dates the body sets outside the table: "Báo cáo tình hình thực hiện gửi trước ngày nào?"
is answered by "trước ngày 15/11 hàng năm, hoàn thành báo cáo tình hình thực hiện …" in the
part on implementation, not by a task due that year."""

from __future__ import annotations

import re
from datetime import date

from .. import passages, render
from .. import topics as ranking
from ..answer import Answer, Intent, Status
from ..fields import Role
from ..normalize import fold
from ..periods import find_periods
from ..store import Plan, Section
from .common import words_of
from .section_lookups import under

# A date as the body writes one it sets: "trước ngày 15/11", "ngày 30 tháng 11", "trong quý
# II năm 2026", "tháng 6/2026".
_DAY = re.compile(
    r"\bngay \d{1,2}(?: ?/ ?| thang )\d{1,2}\b|\b\d{1,2}/\d{1,2}(?!/?\d)"
    r"|\b(?:quy [ivx1-4]+|thang \d{1,2})(?:/| nam )\d{4}\b"
)
# "qua chưa", "trễ chưa", "hết hạn rồi à": whether the date has passed, asked.
PASSED_ASKED = re.compile(
    r"\b(?:qua|tre|muon|het han|het)(?: han)? (?:chua|roi)\b|\bpassed\b|\bover\b"
)
# A paper's number and the day it was issued ("Chỉ thị số 38-CT/TW ngày 30/7/2024"): the
# paper's date, not one the plan sets.
_PAPER_DATE = re.compile(
    r"\d+(?:[/-][0-9a-z.]+)+\s*,?\s*ngay\s+\d{1,2}(?:\s*/\s*|\s+thang\s+)\d{1,2}"
    r"(?:\s*/\s*|\s+nam\s+)\d{4}"
)


def _sets_a_day(sentence: str) -> bool:
    """ "trước ngày 15/11 hằng năm" sets a day; "Chỉ thị số 38-CT/TW ngày 30/7/2024" names
    a paper."""
    return bool(_DAY.search(_PAPER_DATE.sub(" ", fold(sentence))))


# A sentence answers when it holds this share of the question's words, and more of them
# than any task does.
_SAYS = 0.7
_NEAR = 0.85  # a second sentence this close to the best is quoted too
# "phối hợp (với) các bộ, ngành, địa phương liên quan": the partners of a sentence's agency,
# to the verb of what they do together.
_PARTNERS = re.compile(
    r"\bphoi hop(?: voi)?(?: (?!(?:lien quan|to chuc|thuc hien|trien khai|xay dung|danh gia"
    r"|tong hop|theo doi|de|trong)\b)[\w,]+){1,10}"
)


def _without_partners(ref: str, heading: str, sentence: str) -> tuple[str, str, str]:
    """A dated sentence and its headings, folded, without the partners they name."""
    return ref, _PARTNERS.sub(" ", fold(heading)), _PARTNERS.sub(" ", fold(sentence))


_SENDING = frozenset({"gui", "nop", "gui_ve", "send", "submit"})


class BodyDatesMixin:
    def _dated_sentences(self, plan_id: int) -> list[tuple[str, str, str]]:
        """The plan's body sentences that set a date, each with the headings above it."""
        found = self.engine.dated_sentences.get(plan_id)
        if found is None:
            found = [
                (ref, heading, sentence)
                for ref, heading, body in self.passages_of(plan_id)
                for sentence in passages.sentences(body) or tuple(heading.splitlines()[-1:])
                if _sets_a_day(sentence)
            ]
            self.engine.dated_sentences[plan_id] = found
        return found

    def body_date(self) -> Answer | None:
        """The sentence of the body that sets the date asked about, when it says the
        question's words better than any task."""
        q = self.q
        claimed = _days(q.folded) if q.has("claim") else set()
        if q.refs or not self.scope or len(self.scope) != 1:
            return None
        if Role.DEADLINE not in q.fields and not claimed:
            return None
        own, named = self._body_words(self.topic_words)
        # (A day claimed is evidence of its own: "hạn báo cáo là 15/12 đúng không".)
        if len(own) < 2 and not (claimed and own):
            return None
        words = own + [w for w in named if w not in own]
        plan_id = self.scope[0]
        # (Unless partners are asked, an agency a sentence names after "phối hợp" is not
        # whose date it sets: "Bộ KH&CN phối hợp các bộ, ngành … báo cáo trước ngày 25/12".)
        partners = Role.COORD in q.fields
        # (a passage may read as several sentences: those that set a day, each scored once,
        # keyed by its place so the sentence quoted is the one as written)
        setting = [p for p in self._dated_sentences(plan_id) if _sets_a_day(p[2])]
        pieces = [
            (str(at), heading, sentence)
            if partners
            else _without_partners(str(at), heading, sentence)
            for at, (_, heading, sentence) in enumerate(setting)
        ]
        first: dict[int, float] = {}
        for score, at, _ in self._scored(pieces, words):
            first.setdefault(int(at), score)
        dated = [
            (first[at], ref, sentence)
            for at, (ref, _, sentence) in enumerate(setting)
            if at in first
        ]
        best = max((score for score, _, _ in dated), default=0.0)
        if best < _SAYS:
            return None
        phrase = " ".join(self._topic_text.split())
        scored = ranking.rank(self.kb, words, scope=self.scope, phrase=phrase, asks_when=True)
        # A day claimed is the body's to confirm unless a task says the words better: no
        # task's time column writes a day of the year.
        task_best = max((s for s, h in scored if h.kind == "task"), default=0.0)
        if task_best > best or (task_best == best and not claimed):
            return None
        # Two sentences that say it nearly as well are both quoted, each with the heading it
        # sits under: whose date it is may be in the heading ("Các bộ, …: c) Báo cáo …").
        dated.sort(key=lambda d: -d[0])
        quoted = [(ref, s) for score, ref, s in dated if score >= best * _NEAR][:2]
        verdict = ""
        if claimed:
            # "… trước ngày 15/12 hằng năm, đúng không?": the day said against the day claimed.
            yes = claimed <= set().union(*(_days(fold(s)) for _, s in quoted))
            en = self.lang == "en"
            verdict = ("Yes." if yes else "No.") if en else ("Đúng." if yes else "Không đúng.")
        return self._sentences_quoted(self.plan(plan_id), quoted, verdict)

    def _body_words(self, words: list[str]) -> tuple[list[str], list[str]]:
        """The question's own words, without the agency it names or a verb of sending
        ("gửi", "nộp"), which "báo cáo … về Bộ Y tế trước ngày 31 tháng 12" leaves out; and
        that agency's name as the body writes it, though asked by initials ("byt")."""
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        name = words_of(" ".join(self.kb.agency_names(ids)[:1]))
        said = {x for m in self.agencies for x in m.alias.split()} | set(name)
        own = [w for w in words if w not in _SENDING and not set(w.split("_")) <= said]
        return own, self.engine.lexicon.segment(name)

    def date_in_section_in_hand(self) -> Answer | None:
        """ "By what date?", "Has this year's date already passed?" after a part of the text:
        the sentences of that part that set a day, against today when that is asked."""
        section = self.section_in_hand()
        if section is None:
            return None
        quoted = [(section.ref, s) for s in passages.sentences(section.text) if _sets_a_day(s)]
        return self._sentences_quoted(self.plan(section.plan_id), quoted[:2]) if quoted else None

    def _sentences_quoted(
        self, plan: Plan, quoted: list[tuple[str, str]], verdict: str = ""
    ) -> Answer:
        """The sentences that set a date, each under the heading it sits in, after whether
        the first one's day has passed when that is asked ("năm nay qua chưa?") and the
        verdict on a day claimed."""
        by_ref: dict[str, Section] = {s.ref: s for s in self.kb.sections(plan.id)}
        refs = list(dict.fromkeys(ref for ref, _ in quoted))
        head = f"According to {plan.number}:" if self.lang == "en" else f"Theo {plan.name}:"
        passed = None
        if self.q.relative == "overdue" or PASSED_ASKED.search(self.q.folded):
            passed = self._passed(quoted[0][1])
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            " ".join(filter(None, [passed, verdict, head])),
            [f"{ref}{under(by_ref[ref], by_ref)}: {s}" for ref, s in quoted],
            render.source(plan, self.lang, section=refs[0]),
            sections=tuple(refs),
            plan=plan.number,
            context=self.context.with_(plan=plan.number, pending=None),
        )

    def _passed(self, sentence: str) -> str | None:
        """Whether the day a sentence sets has passed today; a day of each year ("trước ngày
        15/11 hằng năm") is this year's."""
        spans = [p for p in find_periods(f" {' '.join(words_of(sentence))} ") if not p.recurring]
        if spans:
            end = spans[0].end
        elif days := sorted(_days(fold(sentence)), key=lambda dm: (dm[1], dm[0])):
            day, month = days[0]
            end = date(self.today.year, month, min(day, 28 if month == 2 else day))
        else:
            return None
        today, end_said = render.dmy(self.today), render.dmy(end)
        if self.lang == "en":
            state = "passed" if end < self.today else "not yet"
            return f"As of {today}: {state} ({end_said})."
        state = "đã qua" if end < self.today else "chưa đến"
        return f"Tính đến {today}: {state} hạn {end_said}."


_DAY_MONTH = re.compile(r"\b(\d{1,2}) ?(?:/|thang) ?(\d{1,2})\b(?!/\d)")


def _days(folded: str) -> set[tuple[int, int]]:
    """The days of a month a text names: "15/11", "ngày 30 tháng 11".

    >>> sorted(_days("truoc ngay 15/11 hang nam va ngay 30 thang 11"))
    [(15, 11), (30, 11)]
    """
    return {(int(d), int(m)) for d, m in _DAY_MONTH.findall(folded) if 0 < int(m) <= 12}
