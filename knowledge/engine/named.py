"""Answers to what a question names outright: a plan by its number or digits, the plan a
reply picks, a paper a plan cites, a signer, an agency whose initials fit several, and a
"mục" that is a task or a group rather than a body section."""

from __future__ import annotations

import re

from ..answer import Answer, Intent, Status, Suggestion
from ..normalize import fold
from ..question import read
from ..refs import ref_forms
from .common import FIELD_WORDS
from .conditions import of_a_task

# "nhóm V", "nhóm nhiệm vụ 2", "group III" as a question writes it.
_GROUP_WRITTEN = re.compile(
    r"\b(?:nhóm|nhom|group)\s+(?:(?:nhiệm vụ|nhiem vu|nv)\s+)?(?:[IVXLivxl]{1,4}|\d{1,2})\b"
)
_PLAN_CITED = re.compile(r"\bke hoach (?:so )?(\d+)\b")
# Kinds of paper that a number may name besides a plan ("kế hoạch 28" is a plan, unless a
# plan cites a plan of that number).
_PAPER_KIND = r"\b(?:quyet dinh|qd|decision|chi thi|nghi quyet|nq|thong tu|nghi dinh|luat)"


class NamedMixin:
    """Route answers for plans, papers, signers and ambiguous initials named in a question."""

    def unknown_plan(self) -> Answer:
        # "Kế hoạch 45" that no plan is may be a document the plan lists or cites by its
        # whole number ("191-KH/TU"), not any paper numbered 45 ("Tờ trình số 45/TTr").
        q = self.q
        # "Quyết định 1703 ban hành ngày nào?": a decision, not a plan, may be a cited one.
        decisions = [
            d for d in q.plan_digits if re.search(rf"{_PAPER_KIND}\s*(?:so\s*)?{d}\b", q.folded)
        ]
        # "kh 191 của tỉnh ủy": a plan no plan loaded is, that one cites as a plan
        # ("Kế hoạch số 191-KH/TU"); not another kind of paper of that number.
        cited_plans = [
            d
            for d in q.plan_digits
            if re.search(rf"\b(?:ke hoach|kh)\s*(?:so\s*)?{d}\b", q.folded)
            and any(d in self._plans_cited(p.id) for p in self.kb.plans()[:50])
        ]
        digits = [*q.cited_digits, *decisions, *cited_plans]
        # (but "Kế hoạch 191-KH/TU do cơ quan nào ban hành, ngày nào?" asks of the paper)
        of_paper = bool(digits) and bool({"issuer", "date"} & set(q.meta))
        of_task = of_a_task(self) and self.narrow and not of_paper
        if of_task and (found := self.number_in_tasks_or_text()) and found.tasks:
            # "Tuyên truyền Chỉ thị 38-CT/TW và Quyết định 1703 thì ai chủ trì?": the task
            # that names the papers.
            return found
        if of_task and decisions and (found := self.tasks_naming(decisions)):
            # "nv tuyên truyền qđ 1703 hạn?": a paper named by its kind and number alone
            return found
        named = self.named_document()
        if named is not None:
            return named
        plans = self.kb.plans()
        words = [w for w in self.topic_words if not any(c.isdigit() for c in w)]
        if of_task and len(words) >= 2 and len(plans) == 1:
            # "Việc quán triệt Chỉ thị 38 và Kế hoạch 191 phải làm trong thời gian nào?": a
            # number no plan has, beside words that describe a task of the one plan there is.
            found = type(self)(self.engine, self.q, self.context, self.today, plans[0]).topic()
            if found is not None and found.tasks:
                return found
        cited = self.cited_document(digits) if digits else None
        return cited or self.number_in_cells() or self._no_such_plan()

    def _plans_cited(self, plan_id: int) -> frozenset[str]:
        """The numbers of the plans a plan cites as its bases ("191" of "Kế hoạch số
        191-KH/TU"), read once per plan."""
        key = ("plans cited", plan_id)
        if key not in self.engine.marked:
            bases = " ".join(fold(b) for b in self.plan(plan_id).bases)
            self.engine.marked[key] = frozenset(_PLAN_CITED.findall(bases))
        return self.engine.marked[key]

    def picked_plan(self) -> Answer | None:
        """The question waiting for a plan, in the plan the reply picks."""
        chosen = self._reply_to_pending()
        if chosen is None:
            return None
        context = self.context.with_(pending=None, plan=chosen.number)
        return self.engine.answer_in(chosen, self.context.pending, context, self.today)

    def column_of_pending(self) -> Answer:
        """ "Thời hạn?" after "Bạn hỏi kế hoạch nào?": the same tasks, this column, and
        still the question of which plan."""
        pending = read(self.context.pending, today=self.today)
        refs = ", ".join(ref_forms(g, n)[0] for g, n in pending.refs)
        what = f"nhiệm vụ {refs}" if refs else FIELD_WORDS.sub(" ", pending.folded)
        merged = f"{self.q.text.rstrip(' ?')} {what}"
        return self.engine.answer(merged, self.context.with_(pending=None), self.today)

    def _switches_group(self) -> bool:
        """ "Còn nhóm VI?" after "Sở KH&CN chủ trì những nhiệm vụ nào trong nhóm V?": the
        last question, of another group."""
        q = self.q
        return bool(
            self.context.asked
            and q.group
            and q.has("still")
            and not (q.refs or q.fields or self.agencies or self.periods or q.relative)
            and not self._content_words()
        )

    def last_question_in_group(self) -> Answer:
        asked = self.context.asked or ""
        group = f"nhóm {self.q.group}"
        again, n = _GROUP_WRITTEN.subn(group, asked, count=1)
        if not n:
            again = f"{asked.rstrip(' ?')} trong {group}"
        return self.engine.answer(again, self.context, self.today, lang=self.lang)

    def last_question_in_plan(self) -> Answer:
        """ "Còn kế hoạch 87 thì sao?": the last question, asked of that plan."""
        plan = self.named_plans[0]
        context = self.context.with_(plan=plan.number, tasks=(), listed=())
        return self.engine.answer_in(plan, self.context.asked, context, self.today)

    def plan_by_digits(self) -> Answer | None:
        """ "1169": the plan by the digits of its number."""
        plan_ids = self.engine.plan_index.by_digits[self.q.folded.strip()]
        if len(plan_ids) != 1:
            return None
        plan = self.plan(plan_ids[0])
        return type(self)(self.engine, self.q, self.context, self.today, plan).metadata(["summary"])

    def cited(self) -> Answer | None:
        q = self.q
        # A paper no basis cites may be one a task's words or cells name.
        found = self.named_document() or self.cited_document() or self.number_in_cells()
        if found or not (q.cited_shown and not q.refs and not self.named_plans):
            return found
        if self.paper_in_plans(q.cited_digits):
            # "Về … theo Nghị quyết 68, Bộ Tài chính phải nộp báo cáo nào?": a paper a task
            # or a passage names; the question's other words say which.
            return None
        # "Chỉ thị 40 nói gì?": a document no plan cites is no task's topic either.
        title = (
            f"The plans do not cite {q.cited_shown}."
            if self.lang == "en"
            else f"Kế hoạch không nhắc đến {q.cited_shown}."
        )
        return self._answer(Status.NOT_FOUND, Intent.META, title)

    def signer_named(self) -> Answer:
        """ "Ông Võ Văn Minh ký với chức danh gì?": who signed which plan, as what."""
        ids = sorted(self.engine.plan_index.signed_by(self.q.folded))
        plan = self.plan(ids[0])
        return type(self)(self.engine, self.q, self.context, self.today, plan).metadata(
            ["signer", "date"]
        )

    def which_agency(self) -> Answer:
        """ "Sở nv" fits Sở Nội vụ and Sở Ngoại vụ: ask which."""
        match = next(m for m in self.agencies if m.by_initials and len(m.agencies) > 1)
        names = self.kb.agency_names(match.agencies)[:8]
        en = self.lang == "en"
        title = (
            f"«{match.alias}» may be several agencies. Which one?"
            if en
            else f"«{match.alias}» có thể là nhiều cơ quan. Bạn hỏi cơ quan nào?"
        )
        typed = self.q.text
        suggestions = tuple(Suggestion(n, f"{typed} ({n})") for n in names)
        return self._answer(
            Status.AMBIGUOUS,
            Intent.AGENCY,
            title,
            [f"• {n}" for n in names],
            suggestions=suggestions,
        )

    def section_as_task(self) -> Answer | None:
        """ "Mục II.3" with no body section II.3: the appendix's task II.3; "mục 3" with no
        section 3: group 3."""
        refs = [r for r in self.q.section_refs if re.fullmatch(r"[IVXL\d]+\.\d+", r)]
        if refs:
            self.q.refs = [tuple(r.lower().split(".")) for r in refs]
            self.q.refs = [(g.upper() if not g.isdigit() else g, n) for g, n in self.q.refs]
            return self.task_lookup()
        numbers = [r for r in self.q.section_refs if re.fullmatch(r"[IVXL]+|\d{1,2}", r)]
        if numbers and not self.q.group:
            self.q.group = numbers[0]
            return self.filtered()
        return None
