"""Tasks and body sections by their ids, and the columns asked of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from .. import passages, render
from ..answer import Answer, Intent, Status, Suggestion
from ..cues import FIELD_CUES
from ..fields import AGENCY_ROLES, TASK_COLUMNS, Role
from ..normalize import fold, fold_in_place
from ..passages import LONG
from ..periods import find_periods
from ..refs import ref_forms
from ..store import Section, Task
from ..words import STOPWORDS, SYNONYMS, translate_english
from .common import (
    ROLE_INTENT,
    YES_NO,
    header_words,
    words_of,
)

# Everyday words for what column headers call otherwise (not "dựa vào", which folds as
# "đưa vào" does).
_GROUP_CODE = re.compile(r"[IVXL]+")
# "những mốc thời gian nào", "chia thành mấy giai đoạn", "what are the milestones": every stage
_EVERY_STAGE = re.compile(
    r"\b(?:nhung|cac|tung) moc\b|\b(?:nhung|cac|may|tung) (?:giai doan|buoc|dot)\b"
    r"|\bchia (?:thanh|lam|ra)\b"
    r"|\b(?:milestones|stages|phases)\b"
)
_HEADER_SAID = (("dua tren", "can cu"), ("based on", "can cu"))
_ONE_TASK_TEXT = 400  # characters of a task shown alone: most tasks whole, not a page
# "mấy hình thức", "bao nhiêu nhóm đối tượng": the two words a count is of.
_COUNTED = re.compile(r"\b(?:may|bao nhieu)\s+(?P<n>[a-z]+\s+[a-z]+)")


class LookupsMixin:
    def task_lookup(self) -> Answer:
        q = self.q
        shown = [ref_forms(g, n)[0] for g, n in q.refs]
        keys = [form for g, n in q.refs for form in ref_forms(g, n)]
        groups = [r for r in q.section_refs if _GROUP_CODE.fullmatch(r)]
        if groups and len(q.refs) == 1 and q.refs[0][0].isdigit():
            # "Nhiệm vụ 2.4 thuộc mục III": the item 2.4 of group III, written "III.2.4"
            within = [f"{groups[0]}.{form}" for form in ref_forms(*q.refs[0])[:1]]
            if self.kb.plans_with_ref(within, plan_ids=self.scope):
                keys = shown = within
        if q.bare_numbers and not keys:
            # "nhiệm vụ 3": every group's third task, or the one in a plan with no groups.
            keys = shown = self.kb.refs_numbered(q.bare_numbers, plan_ids=self.scope)
            # A plan numbered with no groups writes the task as "3": that one, if any.
            exact = [k for k in keys if k in q.bare_numbers]
            keys = shown = exact or keys
        intent = self._field_intent()
        if q.appendix and keys:
            # "I.1 phụ lục II": a later table's task, written "PL II: I.1"; the first table's
            # ids have no prefix.
            prefixed = [f"PL {q.appendix}: {k}" for k in keys]
            if self.kb.plans_with_ref(prefixed, plan_ids=self.scope):
                keys = shown = prefixed
        plans = self.kb.plans_with_ref(keys, plan_ids=self.scope) if keys else []
        if not plans:
            return self._unknown_task(shown or q.bare_numbers, intent)
        if len(plans) > 1:
            what = (
                f"Task {', '.join(shown)}" if self.lang == "en" else f"Nhiệm vụ {', '.join(shown)}"
            )
            return self._ambiguous(intent, what, [self.plan(p) for p in plans])
        tasks = self.kb.tasks_by_ref(*keys, plan_ids=plans)
        if q.bare_numbers and len(tasks) > 1:
            return self._pick_task(tasks, intent)
        return self.task_fields(tasks, intent)

    def tasks_named(self) -> list[Task] | None:
        """The tasks the question names by id ("II.3", "nhiệm vụ 5 và 7"), one per id, in one
        plan; None when the ids are in no plan, in several, or one of them is missing (the
        ids lookup then says which plan, or that one is missing)."""
        q = self.q
        keys = [ref_forms(g, n) for g, n in q.refs] + [[n] for n in q.bare_numbers]
        plans = self.kb.plans_with_ref([k for forms in keys for k in forms], plan_ids=self.scope)
        if len(plans) != 1:
            return None
        tasks: list[Task] = []
        for forms in keys:
            found = self.kb.tasks_by_ref(*forms, plan_ids=plans)
            if not found:
                return None
            tasks.append(found[0])
        return tasks

    @cached_property
    def named_headers(self) -> list[str]:
        """Extra columns the question names by their header ("Chỉ tiêu", "Nguồn kinh phí"),
        or by its own word without the generic ones ("trình Chính phủ" for "Cấp trình")."""
        plain = f" {translate_english(self.q.plain) if self.lang == 'en' else self.q.plain} "
        # "dựa trên văn bản nào" asks what the header calls "căn cứ"
        plain += "".join(f"{said} " for words, said in _HEADER_SAID if f" {words} " in plain)
        # Its own word as a word of the question: "trình" is not the end of "chương trình".
        words = f" {' '.join(self.engine.lexicon.segment(plain.split()))} ".replace("_", "+")
        said = set(plain.split())
        return [
            h
            for h in self.kb.extra_headers
            if f" {header_words(h)} " in plain
            # "được bổ sung căn cứ vào văn bản nào" names "Căn cứ bổ sung" in its own order
            or (len(header_words(h).split()) >= 3 and set(header_words(h).split()) <= said)
            # "Nhiệm vụ … dựa trên văn bản căn cứ nào?": of a task, a header by its head
            or (
                self.q.has("task_word")
                and len(header_words(h).split()) >= 3
                and f" {' '.join(header_words(h).split()[:2])} " in plain
            )
            or (
                (own := own_words(h)) is not None
                and (f" {own} " in words or f" {own.replace(' ', '+')} " in words)
            )
            # "ai duyệt?", "ai trình?": a header whose own word is a doing, asked who does it
            or (
                (own := own_words(h)) is not None
                and re.search(rf" ai (?:\w+ )?{own.split()[-1]} ", plain) is not None
            )
            # "cấp nào phê duyệt?": a header of several words asked by its head
            or (
                len(header_words(h).split()) >= 2
                and re.search(rf" {header_words(h).split()[0]} (?:nao|gi) ", plain) is not None
            )
        ]

    def _field_intent(self) -> Intent:
        fields = self.q.fields
        generic = {Role.BUDGET, Role.PRODUCT, Role.CONTENT}  # "kinh phí", "là gì"
        if not self.q.full and self.named_headers and not set(fields) - generic:
            return Intent.COLUMN
        if self.q.full or not fields:
            return Intent.TASK
        if len(fields) == 1:
            return ROLE_INTENT.get(fields[0], Intent.COLUMN)
        return Intent.TASK if Role.CONTENT in fields else ROLE_INTENT.get(fields[0], Intent.COLUMN)

    def _pick_task(self, tasks: list[Task], intent: Intent) -> Answer:
        en = self.lang == "en"
        plan = self.plan(tasks[0].plan_id)
        title = (
            "Several tasks have that number. Which one?"
            if en
            else "Có nhiều nhiệm vụ mang số này. Bạn hỏi nhiệm vụ nào?"
        )
        items = [f"• {t.ref}: {render.shorten(t.content, 100)}" for t in tasks]
        suggestions = tuple(Suggestion(t.ref, _replace_number(self.q.text, t.ref)) for t in tasks)
        return self._answer(
            Status.AMBIGUOUS,
            intent,
            title,
            items,
            render.source(plan, self.lang),
            suggestions=suggestions,
            plan=plan.number,
            context=self.context.with_(pending=None),
        )

    def _unknown_task(self, keys: list[str], intent: Intent) -> Answer:
        scope = self.scope
        wanted = keys[0] if keys else ""
        nearest = sorted(self.kb.task_refs(scope), key=lambda r: _ref_distance(wanted, r))[:4]
        en = self.lang == "en"
        where = f" in {self.plan(scope[0]).name}" if scope and len(scope) == 1 else ""
        title = (
            f"There is no task {', '.join(keys)}{where}."
            if en
            else f"Không có nhiệm vụ {', '.join(keys)}{where.replace(' in ', ' trong ')}."
        )
        if nearest:
            title += (" Nearest: " if en else " Các nhiệm vụ gần nhất: ") + ", ".join(nearest)
        suggestions = tuple(Suggestion(r, _replace_ref(self.q.text, wanted, r)) for r in nearest)
        return self._answer(Status.NOT_FOUND, intent, title, suggestions=suggestions)

    def task_fields(self, tasks: list[Task], intent: Intent, *, whole: bool = False) -> Answer:
        """The asked columns of one or a few tasks, under each task's id and content;
        ``whole``: each content in full (two tasks set side by side)."""
        lang = self.lang
        # "II.8 nội dung là gì, ai chủ trì": the content asked is shown whole
        whole = whole or (
            len(tasks) == 1
            and (intent in (Intent.TASK, Intent.CONTENT) or Role.CONTENT in self.q.fields)
        )
        roles = [r for r in self.q.fields if r is not Role.CONTENT]
        if intent is Intent.DEADLINE and not roles:  # "Đã quá hạn chưa?"
            roles = [Role.DEADLINE]
        if self.q.has("asks_who") and roles and not set(roles) & set(AGENCY_ROLES):
            # "Do ai tham mưu và thời hạn khi nào?": who does a task is its lead.
            roles = [Role.LEAD, *roles]
        if len(tasks) == 1 and (item := self.item_meant(tasks[0])):
            # "Trong nhiệm vụ … phần công trình năng lượng giao cho bộ nào?": that item.
            tasks = [item]
        lines: list[str] = []
        for task in tasks:
            plan = self.plan(task.plan_id)
            headers = self.kb.columns(plan.id)
            # (one task's text is short enough to read whole: what it says past the first
            # line may be what was asked, "trung tâm … thuộc đơn vị nào")
            limit = 10_000 if whole else _ONE_TASK_TEXT if len(tasks) == 1 else 110
            lines.append(render.task_head(task, plan, lang, limit=limit))
            if intent is Intent.TASK:
                lines += render.card(task, headers, self.today, lang)
            elif intent is not Intent.CONTENT:
                lines += self._columns_asked(task, roles, headers)
                if Role.DEADLINE in roles and len(tasks) == 1 and (part := self._dated_part(task)):
                    # "… dịch vụ dinh dưỡng được triển khai từ khi nào?" of a task in stages
                    # its text dates: the stage asked, as the text writes it
                    lines.append(f"{'Of it' if lang == 'en' else 'Trong đó'}: {part}")
            if self.q.has("group_word") and task.group:
                title = self.kb.group_titles(plan.id).get(task.group, "")
                lines.append(f"{render.word('group', lang)} {task.group}: {title}".rstrip(": "))
            lines += self.items_lines(task, headers)
        # (also beside a "who": "nv IV.2 ai chủ trì, có sở khcn k" asks its part too)
        if (
            len(tasks) == 1
            and self.agencies
            and not (self.q.has("asks_who") and not YES_NO.search(self.q.folded))
        ):
            lines += self.part_asked(tasks[0])
        footer = self._source(tasks)
        return self._answer(
            Status.FOUND,
            intent,
            lines[0],
            lines[1:],
            footer,
            tasks,
            suggestions=self._task_suggestions(tasks),
        )

    def _dated_part(self, task: Task) -> str | None:
        """The one sentence of a task's text, among several that state a date, that holds
        most of the question's words (at least half); None when none or several do."""
        dated = [p for p in re.split(r"(?<=[.;:])\s+", task.content) if find_periods(p)]
        words = [w.replace("_", " ") for w in self.topic_words]
        if len(dated) >= 2 and _EVERY_STAGE.search(self.q.folded):
            # "… được chia thành những mốc thời gian nào?": every dated stage it writes
            return " ".join(p.strip() for p in dated)
        if len(dated) < 2 or not words:
            return None
        held = [sum(f" {w} " in f" {' '.join(words_of(p))} " for w in words) for p in dated]
        best = max(held)
        if best < len(words) / 2 or held.count(best) > 1:
            return None
        return dated[held.index(best)].strip()

    def _columns_asked(self, task: Task, roles: list[Role], headers: dict[Role, str]) -> list[str]:
        """One line per asked column. Extra columns (product, budget, any other) show under
        the task's own headers, and a column the question names by its header shows too."""
        named = [a for a in task.attrs if a.name in self.named_headers]
        lines = []
        for role in roles:
            attrs = [a for a in task.attrs if a.role is role]
            # No budget column, but a "Nguồn kinh phí": the column whose header the cue names.
            attrs = attrs or [
                a
                for a in task.attrs
                if a.role is Role.OTHER
                and role in FIELD_CUES
                and FIELD_CUES[role].search(fold(a.name))
            ]
            if attrs:
                lines += [
                    f"{render.label(role, headers, self.lang, a.name)}: {a.value}" for a in attrs
                ]
            elif role in TASK_COLUMNS or not named:
                lines.append(
                    f"{render.label(role, headers, self.lang)}: "
                    f"{render.value(task, role, self.today, self.lang)}"
                )
        return lines + [f"{a.name}: {a.value}" for a in named if a.role not in roles]

    def _task_suggestions(self, tasks: list[Task]) -> tuple[Suggestion, ...]:
        if len(tasks) != 1:
            return ()
        ref = tasks[0].ref
        if self.lang == "en":
            offers = [
                (Role.LEAD, Suggestion("Lead", f"Who leads task {ref}?")),
                (Role.DEADLINE, Suggestion("Deadline", f"When is task {ref} due?")),
            ]
        else:
            offers = [
                (Role.LEAD, Suggestion("Chủ trì", f"Ai chủ trì nhiệm vụ {ref}?")),
                (Role.COORD, Suggestion("Phối hợp", f"Cơ quan nào phối hợp nhiệm vụ {ref}?")),
                (Role.DEADLINE, Suggestion("Thời hạn", f"Thời hạn nhiệm vụ {ref}?")),
            ]
        return tuple(s for role, s in offers if role not in self.q.fields)

    def section_lookup(self) -> Answer:
        if mentioning := self._passage_mentioning_the_section():
            return mentioning
        found = self.kb.sections_numbered(self.q.section_refs, plan_ids=self.scope)
        if not found and self.context.kind == "sections":
            # "Khoản 2 nói gì?" after a section: its item 2; the section's list stays shown.
            items = self._item_of_shown_section()
            if items:
                picked = self.section_answer(items[0].plan_id, items[0])
                kept = picked.context.with_(kind="sections", items=self.context.items)
                return replace(picked, context=kept)
        if not found:
            en = self.lang == "en"
            refs = ", ".join(self.q.section_refs)
            missing = f"No section {refs}." if en else f"Không có mục {refs}."
            if all(r.startswith("Điều") for r in self.q.section_refs):
                # "Quyết định có Điều 3 không?": no, and the articles it has.
                articles = self.articles()
                if isinstance(articles, Answer) and articles.found:
                    missing = (
                        f"No {refs.replace('Điều', 'Article')}." if en else f"Không có {refs}."
                    )
                    title = f"{missing} {articles.title}"
                    return replace(articles, status=Status.NOT_FOUND, title=title)
            return self._answer(
                Status.NOT_FOUND,
                Intent.SECTION,
                f"No section {refs}." if en else f"Không có mục {refs}.",
            )
        plans = sorted({s.plan_id for s in found})
        if len(plans) > 1:
            return self._ambiguous(
                Intent.SECTION, self.q.section_refs[0], [self.plan(p) for p in plans]
            )
        return self.section_answer(plans[0], found[0])

    def _item_of_shown_section(self) -> list[Section]:
        plan = self.kb.plan_by_number(self.context.plan) if self.context.plan else None
        if plan is None:
            return []
        wanted = {r.lower() for r in self.q.section_refs}
        items = [i for i in self.context.items if i.rsplit(".", 1)[-1].lower() in wanted]
        return self.kb.sections_numbered(items, plan_ids=[plan.id]) if items else []

    def _counted_noun(self, section: Section) -> str:
        """What "có mấy hình thức đào tạo?" counts, as the section writes it: "hình thức";
        "mục" where it does not write the words asked."""
        m = _COUNTED.search(self.q.folded)
        written = f"{section.title} {section.body}"
        folded = fold_in_place(written)
        at = folded.find(m["n"]) if m else -1
        if at < 0 or len(folded) != len(written):
            return "mục"
        return written[at : at + len(m["n"])].lower()

    def section_answer(self, plan_id: int, section: Section, focus: bool = False) -> Answer:
        """The section with what is under it; with ``focus``, for a section found by the
        question's words, a long one is quoted by the sentences that answer."""
        sections = self.kb.sections(plan_id)
        by_ref = {s.ref: s for s in sections}
        lines = [f"{section.ref}. {section.text}"]
        children, items = [], 0
        # A heading's answer is in its items: "Mục đích" lists a), b), c).
        for child in sections:
            if child.parent == section.ref or (child.parent or "").startswith(section.ref + "."):
                children.append(child.ref)
                items += child.parent == section.ref
                lines.append(
                    f"{child.ref.split('.')[-1]}) {child.text}"
                    if child.kind == "item"
                    else f"{child.ref}. {child.text}"
                )
        plan = self.plan(plan_id)
        en = self.lang == "en"
        # A column asked ("thời gian hoàn thành") is no topic word: which sentence gives it
        # is unknown, so the section is shown whole.
        long = focus and len("".join(lines)) > LONG and not self.q.fields
        quoted = self._answering_sentences(section, self._pieces(section)) if long else None
        if quoted:
            # "Có bao nhiêu nhóm nghiên cứu …?": the sentences that say, not two pages.
            refs = list(dict.fromkeys(ref for ref, _ in quoted))
            if len(refs) == 1:
                section = by_ref[refs[0]]
            head = ("Quoted from section " if en else "Trích mục ") + ", ".join(refs)
            # A heading with text under it names the passage ("Mục tiêu đến năm 2035").
            named = (
                f" ({section.title})"
                if section.body and len(section.title) <= _SHORT_HEADING
                else under(section, by_ref)
            )
            lines = [f"{head}{named}:", *(s for _, s in quoted)]
        elif self.q.has("count") and items:
            # "Có mấy hình thức đào tạo?": the items of the section that lists them, counted.
            counted = f"({items} items)" if en else f"(gồm {items} {self._counted_noun(section)})"
            lines[0] = f"{lines[0]} {counted}"
        elif section.kind == "item" and (above := under(section, by_ref)):
            # "k) Định kỳ hằng năm tổng hợp …" is Bộ Khoa học và Công nghệ's, as its heading says.
            lines[0] = f"{section.ref}{above}: {section.text}"
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            lines[0],
            lines[1:],
            render.source(plan, self.lang, section=section.ref),
            sections=(section.ref,),
            plan=plan.number,
            context=self.context.with_(plan=plan.number, pending=None),
            listing=("sections", children),
        )

    def _pieces(self, section: Section) -> list[tuple[str, str, str]]:
        """The section and the sections under it, each with the headings above it, as
        :mod:`knowledge.passages` reads them."""
        return self.passages_of(
            section.plan_id,
            lambda s: s.ref == section.ref or (s.parent or "").startswith(section.ref),
        )

    def passages_of(
        self, plan_id: int, keep: Callable[[Section], bool] = lambda s: True
    ) -> list[tuple[str, str, str]]:
        """The plan's body sections that ``keep`` keeps, each with the headings above it."""
        every = self.kb.sections(plan_id)
        by_ref = {s.ref: s for s in every}

        def heading(s: Section) -> str:
            # "c) Báo cáo định kỳ … trước ngày 15/12" under "Các bộ, địa phương": the
            # headings above a sentence say whose it is.
            titles = [s.title]
            while s.parent in by_ref and len(titles) < 4:
                s = by_ref[s.parent]
                titles.append(s.title)
            return "\n".join(reversed(titles))

        return [(s.ref, heading(s), s.body) for s in every if keep(s)]

    def scattered(self, section: Section) -> bool:
        """A section that holds the question's words only scattered over its sentences
        ("học bổng du học" in two pages on training) does not answer it."""
        pieces = self._pieces(section)
        if sum(len(passages.sentences(b) or [t]) for _, t, b in pieces) < 2:
            return False
        return self._answering_sentences(section, pieces) == []

    def best_said(self, sections: list[Section]) -> Section:
        """Of sections that hold the question's words about as well, the one with a sentence
        that holds most of them: "mục tiêu đến 2030 … bao nhiêu phần trăm" is said in one
        line under "Mục tiêu cụ thể đến năm 2030"."""
        words = self.topic_words
        said = [
            round(max((sc for sc, _, _ in self._scored(self._pieces(s), words)), default=0), 6)
            for s in sections
        ]
        best = [s for s, score in zip(sections, said, strict=True) if score == max(said)]
        # A section holds its subsections' sentences: of two that say it as well, the
        # narrower one ("III.3 Hình thức đào tạo", not all of part III).
        first = best[0]
        narrower = [s for s in best if s.ref.startswith(first.ref + ".")]
        return max(narrower, key=lambda s: s.ref.count("."), default=first)

    def _answering_sentences(
        self, section: Section, pieces: list[tuple[str, str, str]]
    ) -> list[tuple[str, str]] | None:
        """The sentences of a long section that hold the question's words beyond its title;
        None when the question has no such words (the title is all it asks about)."""
        title = set(words_of(section.title))
        words = [
            w
            for w in self.topic_words
            if not any(set(f.split("_")) <= title for f in (w, *SYNONYMS.get(w, ())))
        ]
        if not words:
            return None
        found = self._scored(pieces, words)
        top = max((score for score, _, _ in found), default=0.0)
        if top < passages.SHARE:
            return []
        return [(key, s) for score, key, s in found if score >= top - 1e-9][: passages.QUOTED]

    def _passage_mentioning_the_section(self) -> Answer | None:
        """ "Những hoạt động nêu ở mục II nhưng không có trong Phụ lục thì thực hiện theo văn
        bản nào?": the section named as where something is said, and the passage that speaks
        of it and holds most of the question's other words, not the section itself."""
        if not (self.narrow and _MENTIONED.search(self.q.folded)):
            return None
        mentions = [re.compile(rf"\bmuc {re.escape(fold(r))}\b") for r in self.q.section_refs]
        asked = set(words_of(self.q.plain)) - STOPWORDS
        best: tuple[int, Section] | None = None
        for plan_id in self.scope:
            for section in self.kb.sections(plan_id):
                text = fold(section.text)
                if section.ref in self.q.section_refs or not any(m.search(text) for m in mentions):
                    continue
                held = len(asked & set(words_of(text)))
                if best is None or held > best[0]:
                    best = (held, section)
        return self.section_answer(best[1].plan_id, best[1]) if best else None

    def _scored(
        self, pieces: list[tuple[str, str, str]], words: list[str]
    ) -> list[tuple[float, str, str]]:
        kb = self.kb
        unknown = kb.idf("") / 2
        forms = {w: (*SYNONYMS.get(w, ()), *_BODY_FORMS.get(w, ())) for w in words}
        return passages.scored(
            pieces, words, lambda w: kb.idf(w) if kb.known(w) else unknown, forms
        )


# How a body names "các bộ, ngành, địa phương" in full: "các bộ, cơ quan ngang bộ, …, Ủy
# ban nhân dân các tỉnh, thành phố".
_BODY_FORMS = {
    "dia_phuong": ("uy_ban_nhan_dan_cac_tinh", "ubnd_cac_tinh"),
    "nganh": ("co_quan_ngang_bo",),
}


def under(section: Section, by_ref: dict[str, Section]) -> str:
    """ " (Bộ Khoa học và Công nghệ)": the short heading a section sits under, or ""."""
    parent = by_ref.get(section.parent or "")
    if parent is None or parent.kind == "article" or len(parent.title) > _SHORT_HEADING:
        return ""
    return f" ({parent.title.rstrip(' :')})"


# "nêu ở mục II", "quy định tại mục 3": a section named as where something is said.
_MENTIONED = re.compile(r"\b(?:neu|ghi|de ra|quy dinh|noi|de cap)\s+(?:o|tai|trong)\s+muc\b")
_SHORT_HEADING = 100  # characters: a heading longer than this is a passage, not a name

# Header words every column may have: "Cấp trình" is named by "trình".
_GENERIC_HEADER = frozenset("cap co quan don vi thuc hien nhiem vu noi dung".split())


def own_words(header: str) -> str:
    """ "Cấp phê duyệt" → "phe duyet"; None when nothing but generic words is left.

    >>> own_words("Cấp trình"), own_words("Cơ quan thực hiện")
    ('trinh', None)
    """
    words = [w for w in header_words(header).split() if w not in _GENERIC_HEADER]
    return " ".join(words) if words else None


def _ref_distance(wanted: str, ref: str) -> tuple[int, int]:
    """Order task ids by closeness to a missing one: same group first, then number."""
    wg, _, wn = wanted.rpartition(".")
    g, _, n = ref.rpartition(".")
    same_group = 0 if g == wg else 1
    try:
        return same_group, abs(int(n) - int(wn))
    except ValueError:
        return same_group, 99


def _replace_ref(text: str, old: str, new: str) -> str:
    pattern = re.compile(re.escape(old), re.IGNORECASE)
    return pattern.sub(new, text, count=1) if pattern.search(text) else f"{text} {new}"


def _replace_number(text: str, ref: str) -> str:
    return re.sub(r"(?i)(nhiệm vụ|nhiem vu|task)\s*(số\s*)?\d{1,2}", rf"\1 {ref}", text, count=1)
