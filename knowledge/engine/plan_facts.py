"""What a plan says of itself: its number, date, signer and recipients; whom to contact; the
sums and shares it does or does not state."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .. import passages, render
from .. import topics as ranking
from ..answer import Answer, Intent, Status, TaskRef
from ..fields import Role
from ..normalize import fold
from ..store import Section
from ..unheld_cues import CONTACT_CUE
from ..words import SYNONYMS
from .common import (
    DAY,
    TAKES_EFFECT,
    THIS_PLAN,
    cells_text,
)

_FROM_SIGNING = re.compile(r"\bke tu ngay ky\b")
# "đến năm 2030", "tầm nhìn đến năm 2045", "giai đoạn 2026 - 2030", as written.
_HORIZON = re.compile(
    r"(?:tầm nhìn )?(?:đến|tới) năm \d{4}(?: và những năm tiếp theo)?"
    r"|giai đoạn \d{4}\s*[-–]\s*\d{4}",
    re.IGNORECASE,
)


class PlanFactsMixin:
    def list_plans(self) -> Answer:
        en = self.lang == "en"
        plans = self.kb.plans()
        items = [
            f"• {p.name}, {render.dmy(p.date) if p.date else '?'} — {p.task_count} "
            f"{'tasks' if en else 'nhiệm vụ'}" + (f" ({p.place})" if p.place else "")
            for p in plans
        ]
        title = f"{len(plans)} plans loaded:" if en else f"Có {len(plans)} kế hoạch:"
        listing = ("plans", [p.number for p in plans])
        return self._answer(Status.FOUND, Intent.PLANS, title, items, listing=listing)

    def mentions_of_day(self) -> Answer | None:
        """ "Ngày 15/11 phải làm gì?", "ngày 06/02/2025 là gì": the passages and task notes
        of the plan in scope that write that day."""
        if not self.scope or len(self.scope) != 1:
            return None
        # A day asked without a year ("15/11") is that day of any year the text writes.
        wanted = {(int(d), int(m), int(y) if y else None) for d, m, y in DAY.findall(self.q.folded)}

        def writes(text: str) -> bool:
            return any(
                (int(d), int(m), None) in wanted
                or (int(d), int(m), int(y) if y else None) in wanted
                for d, m, y in DAY.findall(text)
            )

        plan = self.plan(self.scope[0])
        bases = [b for b in plan.bases if writes(b)]
        if bases:
            return self._about_plan(plan, Intent.META, bases[0], bases[1:])
        sections = [
            x for x in self.kb.sections(plan.id) if x.kind != "part" and writes(x.body or x.title)
        ]
        if sections:
            return self.section_answer(plan.id, sections[0])
        tasks = [t for t in self.kb.tasks(plan_ids=[plan.id]) if writes(t.note)]
        if not tasks:
            return None
        headers = self.kb.columns(plan.id)
        lines = []
        for task in tasks:
            lines.append(render.task_head(task, plan, self.lang))
            lines.append(f"{render.label(Role.NOTE, headers, self.lang)}: {task.note}")
        return self._answer(
            Status.FOUND, Intent.NOTE, lines[0], lines[1:], self._source(tasks), tasks
        )

    def contact(self) -> Answer:
        """ "Who should we contact?": the agency in charge of what the question is about (its
        topic, else the task in hand, else the plan's main lead), and that the plan gives no
        phone number or e-mail."""
        en = self.lang == "en"
        # The sentence that asks for a phone number names no topic ("Who should we call about
        # the business dialogue? Can you give me a phone number?"): the rest is read alone.
        rest = DETAILS_ASKED.sub(" ", self.q.text)
        named_ids = self.q.refs or self.q.bare_numbers
        about = self._contact_topic(rest) if not named_ids else None
        if en and (about is None or not about.found) and not named_ids:
            # Nor, when its words find nothing, does the asking ("Who should I contact if my
            # company wants to …"), whose "contact" the glossary reads as "đầu mối".
            about = self._contact_topic(CONTACT_CUE.sub(" ", fold(rest)))
        named = [
            TaskRef(self.plan(t.plan_id).number, t.ref)
            for t in (self.tasks_named() or [] if named_ids else [])
        ]
        refs = named or (about.tasks if about and about.found else self.context.tasks)
        # Asked for the number itself: it is not in the plan, whoever is in charge.
        status = Status.NOT_FOUND if self.q.has("out_of_scope") else Status.FOUND
        tasks = [
            t
            for ref in refs[:5]
            if (plan := self.kb.plan_by_number(ref.plan))
            for t in self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id])
        ]
        none = (
            "The plan gives no phone number or e-mail."
            if en
            else "Kế hoạch không ghi số điện thoại hay email."
        )
        if tasks:
            items = [
                f"• {t.ref}: {t.lead or render.word('none', self.lang)}"
                + (f" ({'with' if en else 'phối hợp'}: {t.coord})" if t.coord else "")
                for t in tasks
            ]
            title = (
                f"{none} The agencies in charge, by task:"
                if en
                else f"{none} Cơ quan phụ trách theo từng nhiệm vụ:"
            )
            # (Not found: the tasks are shown, not answered, as for a figure not stated.)
            answered = tasks if status is Status.FOUND else []
            return self._answer(status, Intent.LEAD, title, items, self._source(tasks), answered)
        plan = self._one_plan(Intent.LEAD, "This" if en else "Câu hỏi này")
        if isinstance(plan, Answer):
            return plan
        if (overseer := self.plan_overseer()) is not None:
            # "Which office is the main contact point following this plan?": the agency the
            # body puts in charge of it as a whole ("… là cơ quan đầu mối theo dõi")
            return replace(overseer, title=f"{none} {overseer.title}", status=status)
        lead = self.kb.most_common_lead(plan.id)
        if not lead:
            return self.not_in_plans()
        title = (
            f"{none} The agency that leads most of its tasks is {lead}."
            if en
            else f"{none} Cơ quan chủ trì nhiều nhiệm vụ nhất là {lead}."
        )
        return self._about_plan(plan, Intent.LEAD, title, [], status=status)

    def not_in_plans(self) -> Answer:
        """Contact details, people's names, salaries: what plans do not hold."""
        title = (
            "The plans do not give that (contacts, names of officials, salaries or fines)."
            if self.lang == "en"
            else "Kế hoạch không có thông tin này (liên hệ, tên cán bộ, lương, mức phạt)."
        )
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title)

    def amount_not_stated(self) -> Answer | None:
        """ "Tổng kinh phí là bao nhiêu tỷ đồng?" of plans that state no sum, neither in a
        budget column nor in their text: not found, with what they say of funding. None
        where a sum is stated, for the other routes to find."""
        if not self.narrow:
            return None  # across many plans, the totals of their budget columns answer
        funding: list[tuple[int, Section]] = []
        for plan_id in self.scope:
            if Role.BUDGET in self.kb.columns(plan_id):
                return None
            key = ("funding", plan_id)
            if key not in self.engine.marked:  # each plan's text read once
                self.engine.marked[key] = _funding(self.kb.sections(plan_id))
            states_sum, said = self.engine.marked[key]
            # "Tổng kinh phí đề án này là bao nhiêu?": a total of the plan's own, which its
            # sums of other things (a cap per business, a revenue target) are not.
            if states_sum and not (self.q.has("total") and THIS_PLAN.search(self.q.folded)):
                # The plan states sums, but maybe not of this: "mỗi phiếu hỗ trợ (voucher)
                # trị giá bao nhiêu tiền?" where the passages on vouchers state none.
                return self._not_stated(
                    SUM,
                    "Kế hoạch không nêu số tiền cụ thể cho việc này.",
                    "The plan states no sum for this.",
                )
            funding += [(plan_id, section) for section in said]
        en = self.lang == "en"
        title = "The plan states no sum of money." if en else "Kế hoạch không nêu số tiền cụ thể."
        items: list[str] = []
        if funding:
            plan_id, section = funding[0]
            said = "On funding it says:" if en else "Về kinh phí, kế hoạch ghi:"
            items = [said, f"{section.ref}. {section.text}"]
            items.append(render.source(self.plan(plan_id), self.lang, section=section.ref))
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def share_not_stated(self) -> Answer | None:
        """ "Mức đóng bảo hiểm y tế năm 2027 tăng bao nhiêu phần trăm?" where neither the
        tasks nor the passages its words describe give a percentage: not found, with the
        task closest to it. None where one does, for the other routes to quote."""
        return self._not_stated(
            PERCENT, "Kế hoạch không nêu tỷ lệ cụ thể.", "The plan gives no percentage for this."
        )

    def _contact_topic(self, rest: str) -> Answer | None:
        """The topic of a question about whom to contact, read in ``rest``."""
        if not CONTACT_CUE.sub(" ", fold(rest)).strip(" ?.!,"):
            return None  # nothing asked but whom to contact ("Who should we contact?")
        turn = self
        if rest != self.q.text:
            turn = type(self)(
                self.engine, self.engine.read(rest, self.today), self.context, self.today
            )
        return turn.topic() if turn.topic_words else None

    def number_not_stated(self) -> Answer | None:
        """ "Tổng biên chế được giao là bao nhiêu người?", "chỉ tiêu bao nhiêu doanh nghiệp
        áp dụng?" where neither the tasks nor the passages its words describe write a
        number: not found, with the task closest to it. None where one does ("chọn 5
        doanh nghiệp"), for the topic to quote."""
        return self._not_stated(
            STATED_NUMBER,
            "Kế hoạch không nêu con số cụ thể cho việc này.",
            "The plan gives no figure for this.",
        )

    def names_not_stated(self) -> Answer | None:
        """ "Đề án có nêu tên 5 doanh nghiệp chủ lực là những doanh nghiệp nào không?",
        "Which five companies have been picked?": the plan counts them and names none: not
        found, with the task that counts them. None where the task the words describe best
        counts no bodies, for the other routes to read."""
        # ("tên cụ thể": how they are asked for, not what they are)
        words = [w for w in self.topic_words if w not in _NAMING_WORDS]
        if not self.narrow or not words:
            return None
        scored = ranking.tasks_covering(self.kb, words, scope=self.scope)
        near = [h.id for s, h in scored if s >= scored[0][0] - ranking.TIE] if scored else []
        counting = [
            t for t in self.kb.tasks_by_ids(near) if _BODIES_COUNTED.search(fold(cells_text(t)))
        ]
        if not counting:
            return None
        title = (
            "The plan says how many, not which: it names none of them."
            if self.lang == "en"
            else "Kế hoạch chỉ nêu số lượng, không nêu tên cụ thể."
        )
        items = [render.task_line(t, None, {}, self.today, self.lang) for t in counting[:1]]
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def _not_stated(self, figure: re.Pattern[str], vi: str, en: str) -> Answer | None:
        """Not found, with the closest task, when neither the tasks nor the passages the
        question's words describe write a ``figure``; None when one does."""
        if not self.narrow:
            return None
        words = [w for w in self.own_topic_words if w not in _FIGURE_WORDS]
        if not words:
            return None
        unknown = [w for w in words if "_" in w and not self._known_or_alike(w)]
        if self.lang == "vi" and unknown:
            # "mức phụ cấp … là bao nhiêu phần trăm lương?" of a plan that never writes
            # "phụ cấp": no figure of it can be there, whatever other figure is near
            return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, vi, [])
        tasks = ranking.tasks_covering(self.kb, words, scope=self.scope)
        # What the question's words describe best: the closest tasks, and the sentences of
        # the text that hold most of them.
        near = [h for s, h in tasks if s >= tasks[0][0] - ranking.TIE]
        texts = [h.text for h in near]
        # (and their other cells: "Sản phẩm: … mức tối đa 2 tỷ đồng")
        texts += [fold(a.value) for t in self.kb.tasks_by_ids(h.id for h in near) for a in t.attrs]
        pieces = [
            (section.ref, section.title, section.body)
            for plan_id in self.scope or [p.id for p in self.kb.plans()]
            for section in self.kb.sections(plan_id)
        ]
        said = self._scored(pieces, words)
        top = max((score for score, _, _ in said), default=0.0)
        if top >= passages.SHARE:
            texts += [fold(sentence) for score, _, sentence in said if score >= top - ranking.TIE]
        elif not near:
            return None  # nothing says what the figure would be of: the other routes read it
        if any(figure.search(text.replace("_", " ")) for text in texts):
            return None
        closest = self.kb.tasks(ids=[h.id for _, h in tasks[:1]]) if tasks else []
        items = [render.task_line(t, None, {}, self.today, self.lang) for t in closest]
        title = en if self.lang == "en" else vi
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def _known_or_alike(self, word: str) -> bool:
        """Whether the plans write the word, or a word they use for the same thing."""
        return any(self.kb.known(w) for w in (word, *SYNONYMS.get(word, ())))

    def metadata(self, kinds: Sequence[str] = ()) -> Answer:
        # (not the number and date of the submission it was made on: "tờ trình số mấy")
        meta = set(self.q.meta)
        titled = not kinds and "proposal" not in meta and {"number", "date", "issuer"} & meta
        if titled and (document := self.document_titled()):
            return document
        plan = self._one_plan(Intent.META, "This" if self.lang == "en" else "Câu hỏi này")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        lines = []
        not_listed = "The plan does not list them." if en else "Văn bản không ghi nội dung này."
        for kind in kinds or self.q.meta:
            if kind == "signer":
                if plan.signer:
                    lines.append(
                        f"{'Signed by' if en else 'Người ký'}: {plan.signer} ({plan.signer_title})"
                    )
                else:
                    lines.append("No signer is given." if en else "Văn bản không ghi người ký.")
            elif kind == "number":
                lines.append(f"{'Number' if en else 'Số hiệu'}: {plan.number}")
            elif kind == "date":
                when = f"{plan.place}, {render.dmy(plan.date)}" if plan.date else "?"
                d = plan.date
                if d and not en:  # as the plan writes it: "ngày 04 tháng 6 năm 2026"
                    when += f" (ngày {d.day:02d} tháng {d.month} năm {d.year})"
                elif d:  # and as an English reader writes it: "29 April 2026"
                    when += f" ({d.day} {_MONTHS[d.month - 1]} {d.year})"
                lines.append(f"{'Issued' if en else 'Ban hành'}: {when}")
            elif kind == "issuer":
                lines.append(f"{'Issued by' if en else 'Cơ quan ban hành'}: {plan.issuer}")
            elif kind == "title":
                lines.append(f"{plan.doc_type} {plan.number}: {plan.title}")
            elif kind == "summary":
                when = render.dmy(plan.date) if plan.date else "?"
                lines.append(f"{plan.name} ({when}): {render.sentence_case(plan.title)}")
                by = f"{plan.signer} ({plan.signer_title})" if plan.signer else plan.issuer
                lines.append(f"{'Signed by' if en else 'Người ký'}: {by}")
                groups = self.kb.group_titles(plan.id)
                tasks, in_groups = plan.task_count, len(groups)
                if not groups:
                    lines.append(f"{render.count(tasks, 'task')}." if en else f"{tasks} nhiệm vụ.")
                else:
                    lines.append(
                        f"{render.count(tasks, 'task')} in {render.count(in_groups, 'group')}:"
                        if en
                        else f"{tasks} nhiệm vụ trong {in_groups} nhóm:"
                    )
                lines += [
                    f"• {code}: {render.shorten(title, 100)}" for code, title in groups.items()
                ]
            elif kind == "horizon":
                # "… đến năm 2030, tầm nhìn đến năm 2045": what the title looks to, or the
                # body's first sentence that says so
                said = _HORIZON.findall(plan.title) or next(
                    (
                        found
                        for section in self.kb.sections(plan.id)
                        if (found := _HORIZON.findall(section.text))
                    ),
                    [],
                )
                lines.append(f"{plan.doc_type} {plan.number}: {plan.title}")
                if said:
                    lines.append(("Years: " if en else "Mốc: ") + "; ".join(said))
            elif kind == "bases":
                lines += [f"• {b}" for b in plan.bases] or [not_listed]
            elif kind == "proposal":
                proposals = [b for b in plan.bases if not fold(b).startswith("can cu")]
                lines += [f"• {b}" for b in proposals] or [not_listed]
            elif kind == "recipients":
                lines += [f"• {r}" for r in plan.recipients] or [not_listed]
            elif kind == "effective":
                # An article says it; or a clause under one ("1. Quyết định này có hiệu
                # lực kể từ ngày ký ban hành.")
                saying = [s for s in self.kb.sections(plan.id) if TAKES_EFFECT.search(fold(s.text))]
                article = next((s for s in saying if s.kind == "article"), None) or next(
                    iter(saying), None
                )
                if article and plan.date and _FROM_SIGNING.search(fold(article.text)):
                    # "… có hiệu lực kể từ ngày ký": which day that was
                    day = render.dmy(plan.date)
                    lines.append(f"Signed on {day}." if en else f"Ngày ký: {day}.")
                lines.append(
                    f"{article.ref}: {article.text}"
                    if article
                    else (
                        "The plan does not say."
                        if en
                        else "Văn bản không ghi thời điểm có hiệu lực."
                    )
                )
        # "Who signed it?" then "what position does he hold?": the signer is the one in hand.
        signer = ("signer", [plan.signer]) if list(kinds or self.q.meta) == ["signer"] else None
        return self._about_plan(plan, Intent.META, lines[0], lines[1:], signer)

    def count_all(self, of_groups: bool = False) -> Answer:
        """How many tasks the plan has, in how many groups; ``of_groups``: the groups were
        asked ("chia thành mấy nhóm?"), and the answer is about them, not the tasks."""
        plan = self._one_plan(Intent.COUNT, "Số nhiệm vụ")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        tasks, parts = self.tasks_not_items(plan.id)
        groups = self.kb.group_titles(plan.id)
        per_group = Counter(t.group for t in tasks)
        items = [
            f"• {render.word('group', self.lang)} {code}: {per_group[code]} — "
            f"{render.shorten(title, 90)}"
            for code, title in groups.items()
        ]
        n = len(tasks)
        title = (
            f"{plan.number} has {render.count(n, 'task')}" if en else f"{plan.name} có {n} nhiệm vụ"
        )
        if groups:
            title += (
                f" in {render.count(len(groups), 'group')}" if en else f" trong {len(groups)} nhóm"
            )
        if parts:
            title += f" ({len(parts)} items under them)" if en else f" (và {len(parts)} mục con)"
        if groups and (extreme := _MOST_TASKS.search(self.q.folded)):
            # "Nhóm nào có nhiều nhiệm vụ nhất?": that group, named with its count.
            fewest = bool({"it", "fewest", "least"} & set(extreme.groups()))
            n_of = (min if fewest else max)(per_group[c] for c in groups)
            codes = ", ".join(c for c in groups if per_group[c] == n_of)
            said = ("fewest" if fewest else "most") if en else ("ít" if fewest else "nhiều")
            title += (
                f". The {said} tasks: group {codes} ({render.count(n_of, 'task')})"
                if en
                else f". Nhóm có {said} nhiệm vụ nhất: nhóm {codes} ({n_of} nhiệm vụ)"
            )
        # The answer is about the plan, not any task of it; yet the tasks counted are the
        # list in hand: "cái thứ 2" picks from them.
        counted = () if of_groups and groups else tuple(TaskRef(plan.number, t.ref) for t in tasks)
        context = self.context.with_(plan=plan.number, listed=counted, kind="tasks", items=())
        return self._answer(
            Status.FOUND,
            Intent.COUNT,
            title + ".",
            items,
            render.source(plan, self.lang),
            plan=plan.number,
            context=context,
        )


# "nhóm nào có nhiều nhiệm vụ nhất", "which group has the fewest tasks"
_MOST_TASKS = re.compile(
    r"\b(nhieu|it) (?:nhiem vu|nv|viec) nhat\b|\b(?:the )?(most|fewest|least) tasks\b"
)
# A sum written out: "12,5 tỷ đồng", "500 triệu", "20.000 USD".
SUM = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:ty\b(?! le)|trieu\b)|\d(?:[\d.,]*\d)?\s*(?:nghin|ngan) dong\b"
    r"|\d(?:[\d.,]*\d)?\s*(?:vnd|usd)\b|\d{1,3}(?:[.,]\d{3})+\s*dong\b"
)
_FUNDING = re.compile(r"\bkinh phi\b|\bngan sach\b|\bnguon von\b")


# A percentage as plans write it: "50%", "50 phần trăm", "phan_tram" in the indexed words.
PERCENT = re.compile(r"%|\bphan[ _]tram\b")
# A number counted in the plans' words: not a year, a date, a paper's number or an id.
STATED_NUMBER = re.compile(
    r"(?<![\d/.,-])(?<!so )(?<!ngay )(?<!thang )(?<!nam )(?<!quy )"
    r"\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\b(?![/.-]?\w)"
)
# "bao nhiêu người", "how many companies": a number of people, bodies or things in the
# world, as the asker spells it ("bn" is also "bệnh nhân"); not of what the plans' tables
# list (tasks, groups, agencies, papers), of kinds or fields, nor a time or a sum; nor
# "tờ trình số bao nhiêu", a paper's number.
_NAMING_WORDS = frozenset({"ten", "cu_the", "danh_sach", "names", "name"})
# Bodies counted, not named: "Lựa chọn 05 doanh nghiệp", "10 trường đại học".
_BODIES_COUNTED = re.compile(
    r"\b\d+ (?:doanh nghiep|cong ty|tap doan|to chuc|truong|benh vien|co so|don vi|dia phuong)"
)
# "có nêu số biên chế cụ thể giao cho từng bộ không": a figure asked for by name.
FIGURE_NAMED = re.compile(
    r"\b(?:neu|ghi|dua ra|quy dinh|xac dinh)(?: ro)? (?:con so|so luong|so) (?!(?:hieu|dien"
    r"|tien|thu tu|ky hieu|hoa)\b)\w+(?: \w+){0,3} cu the\b"
)
HEADCOUNT = re.compile(
    r"(?<!so )\b(?:bao nhieu|how many) (?!(?:nhiem vu|nv|viec|dau viec|cong viec|hoat dong|tasks?"
    r"|items?|muc|noi dung|nhom|groups?|ke hoach|plans?|lan|bo|so|co quan|don vi|ban"
    r"|agenc\w+|ministr\w+|departments?|van ban|documents?|papers?|ngay|thang|nam|quy"
    r"|days?|months?|years?|quarters?|dieu|articles?|phan|giai doan|tien|ty|trieu|dong|von"
    r"|phan tram|times?|cai|thu|loai|kieu|dang|hinh thuc|linh vuc|chi tieu|buoc|kinds?"
    r"|types?|forms?|ones?|steps?|stages?|fields?|areas?|cua|la|vay|nhi|the|ha|roi|nua|do"
    r"|of|key|main)\b)"  # ("how many of the key tasks …": tasks)
    r"[a-z]{2,}"
)
# The words that ask for the figure, not what it is of
# A sentence or clause asking for contact details: "Can you give me a phone number?"
DETAILS_ASKED = re.compile(
    r"(?i)(?:^|(?<=[.?!,;]))[^.?!,;]*\b(?:phone|e-?mail|hotline|số điện thoại|so dien thoai|sđt"
    r"|sdt|điện thoại|dien thoai)\b[^.?!,;]*[.?!]?"
)
_FIGURE_WORDS = frozenset(
    "phan_tram ty_le tien so_tien tri_gia ty trieu dong kinh_phi muc_tran toi_da toi_thieu"
    " muc_toi_da muc_toi_thieu gioi_han".split()
)


def _funding(sections: list[Section]) -> tuple[bool, tuple[Section, ...]]:
    """Whether a plan's text states a sum anywhere, and its passages on funding, the one
    that opens on it ("Kinh phí thực hiện …") first."""
    found = []
    states_sum = False
    for section in sections:
        text = fold(section.text)
        states_sum = states_sum or bool(SUM.search(text))
        if (m := _FUNDING.search(text)) and not section.text.isupper():  # not a bare heading
            found.append((m.start(), section))
    return states_sum, tuple(section for _, section in sorted(found, key=lambda ps: ps[0]))


_MONTHS = (
    "January February March April May June July August September October November December"
).split()
