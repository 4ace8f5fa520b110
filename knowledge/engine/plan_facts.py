"""What a plan says of itself: its number, date, signer and recipients; whom to contact; how
many tasks it has."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .. import render
from ..answer import Answer, Intent, Status, TaskRef
from ..fields import Role
from ..normalize import fold
from ..records import Section
from ..unheld_cues import CONTACT_CUE
from .common import (
    DAY,
    TAKES_EFFECT,
)

_FROM_SIGNING = re.compile(r"\bke tu ngay ky\b")
_PUTS_IN_FORCE = re.compile(r"\bthi hanh (?:quyet dinh|nghi quyet)\b")
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
            "The plan gives no officials' names, phone number or e-mail."
            if en
            else "Kế hoạch không ghi tên cán bộ, số điện thoại hay email."
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

    def _folded_sections(self, plan_id: int) -> list[tuple[Section, str]]:
        """A plan's body sections with their text folded, folded once for the base (a base
        never changes under its reader): an article is found by its words."""
        key = ("folded sections", plan_id)
        if key not in self.engine.marked:
            self.engine.marked[key] = [(s, fold(s.text)) for s in self.kb.sections(plan_id)]
        return self.engine.marked[key]

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
                if d:  # as the plan writes it, "ngày 04 tháng 6 năm 2026", which is quoted
                    # in English too, after the date as its reader writes it ("29 April 2026")
                    own = f"ngày {d.day:02d} tháng {d.month} năm {d.year}"
                    said = f"{d.day} {_MONTHS[d.month - 1]} {d.year}; {own}" if en else own
                    when += f" ({said})"
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
            elif kind == "executors":
                # "Điều 2. Chánh Văn phòng …, Thủ trưởng các sở … chịu trách nhiệm thi hành
                # Quyết định này"
                saying = [
                    s for s, text in self._folded_sections(plan.id) if _PUTS_IN_FORCE.search(text)
                ]
                lines += [f"{s.ref}. {s.text}" for s in saying[:1]] or [not_listed]
            elif kind == "recipients":
                lines += [f"• {r}" for r in plan.recipients] or [not_listed]
            elif kind == "effective":
                # An article says it; or a clause under one ("1. Quyết định này có hiệu
                # lực kể từ ngày ký ban hành.")
                saying = [
                    s for s, text in self._folded_sections(plan.id) if TAKES_EFFECT.search(text)
                ]
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
# A sentence or clause asking for contact details: "Can you give me a phone number?"
DETAILS_ASKED = re.compile(
    r"(?i)(?:^|(?<=[.?!,;]))[^.?!,;]*\b(?:phone|e-?mail|hotline|số điện thoại|so dien thoai|sđt"
    r"|sdt|điện thoại|dien thoai"
    # (or the people: "the names of the staff handling task II.3", "tên cán bộ phụ trách")
    r"|names? of (?:the )?(?:staff|officials?|officers?|people|persons?)|tên cán bộ|ten can bo"
    r"|họ tên|ho ten)\b[^.?!,;]*[.?!]?"
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
