"""Tasks by their ids, and the columns asked of them."""

from __future__ import annotations

import re
from functools import cache, cached_property

from .. import render
from ..answer import Answer, Intent, Status, Suggestion
from ..field_cues import FIELD_CUES
from ..fields import AGENCY_ROLES, TASK_COLUMNS, Role
from ..normalize import fold
from ..periods import find_periods
from ..refs import ref_forms
from ..store import Task
from ..words import translate_english
from .common import (
    IT,
    PART_ASKED,
    ROLE_INTENT,
    YES_NO,
    header_words,
    words_of,
)

# Everyday words for what column headers call otherwise (not "dựa vào", which folds as
# "đưa vào" does).
_GROUP_CODE = re.compile(r"[IVXL]+")
# What a task is, not its text asked by name ("nội dung … là gì", "làm gì")
_WHAT_IT_IS = re.compile(
    r"^(?!.*\b(?:noi dung|content|lam gi|mo ta|describe)\b).*"
    r"\b(?:la gi|la (?:nhiem vu|nv|viec|cong viec) gi|what is)\b"
)
# "những mốc thời gian nào", "chia thành mấy giai đoạn", "what are the milestones": every stage
_EVERY_STAGE = re.compile(
    r"\b(?:nhung|cac|tung) moc\b|\b(?:nhung|cac|may|tung) (?:giai doan|buoc|dot)\b"
    r"|\bchia (?:thanh|lam|ra)\b"
    r"|\b(?:milestones|stages|phases)\b"
)
_HEADER_SAID = (
    ("dua tren", "can cu"),
    ("based on", "can cu"),
    # "ai phê duyệt?": the level a task's paper goes to for approval ("Cấp trình")
    ("ai phe duyet", "trinh"),
    ("ai duyet", "trinh"),
)


def without_header_sayings(text: str) -> str:
    """The text without the everyday words for a header it holds ("dựa trên" for "căn cứ").

    >>> without_header_sayings(" viec do dua tren van ban nao ")
    ' viec do van ban nao '
    """
    for words, _ in _HEADER_SAID:
        text = text.replace(f" {words} ", " ")
    return text


_ONE_TASK_TEXT = 400  # characters of a task shown alone: most tasks whole, not a page


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
            if q.group and not exact:
                # "Nhóm III có nhiệm vụ số 5 không?": the group's fifth, which may be missing
                keys = shown = [f"{q.group}.{n}" for n in q.bare_numbers]
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
            named = self._named_by_words(tasks)
            return self.task_fields(named, intent) if named else self._pick_task(tasks, intent)
        return self.task_fields(tasks, intent)

    def _named_by_words(self, tasks: list[Task]) -> list[Task]:
        """Of several tasks with the number asked, the one whose text alone holds every word
        the question adds ("nv 4 tại chỗ ai chủ trì": the task on "4 tại chỗ", not every
        group's fourth); none if no other word is asked, or several hold them."""
        words = [w.replace("_", " ") for w in self.topic_words]
        if not words:
            return []
        texts = [f" {' '.join(words_of(t.content))} " for t in tasks]
        # The number as a word of the phrase first ("4 tại chỗ"): folded, "tai cho" is
        # also the "thiên tai cho" of other tasks.
        numbered = [f" {n} {words[0]} " for n in self.q.bare_numbers]
        pairs = list(zip(tasks, texts, strict=True))
        for held in (
            [t for t, text in pairs if any(p in text for p in numbered)],
            [t for t, text in pairs if all(f" {w} " in text for w in words)],
        ):
            if len(held) == 1:
                return held
        return []

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
            # "Nhiệm vụ … dựa trên văn bản căn cứ nào?": of a task, a header by its head; or
            # of the one in hand ("báo cáo đó còn căn cứ vào văn bản nào nữa?")
            or (
                (self.q.has("task_word") or (len(self.context.tasks) == 1 and IT.search(plain)))
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
        if fields == [Role.CONTENT] and self.q.refs and _WHAT_IT_IS.search(self.q.folded):
            # "II.6 là gì", "what is task 3?": the task as a whole, as its number alone asks
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
            and (
                not self.q.has("asks_who")
                or YES_NO.search(self.q.folded)
                or PART_ASKED.search(self.q.folded)
            )
        ):
            lines += self.part_asked(tasks[0])
        if len(tasks) == 1 and self.q.relative == "overdue" and YES_NO.search(self.q.folded):
            # "hạn khi nào? tới giờ trễ chưa?": yes or not yet, before the columns that say why
            lines.insert(1, render.overdue_verdict(tasks[0], self.today, lang))
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
        if (
            Role.LEAD not in roles
            and any(r in (Role.COORD, Role.DIRECTOR) for r in roles)
            and not any(task.field(r) for r in roles if r in (Role.COORD, Role.DIRECTOR))
        ):
            # "III.2 có cơ quan phối hợp không?" of a task that names none: who does it, then
            roles = [Role.LEAD, *roles]
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


# Header words every column may have: "Cấp trình" is named by "trình".
_GENERIC_HEADER = frozenset("cap co quan don vi thuc hien nhiem vu noi dung".split())


@cache
def own_words(header: str) -> str | None:
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
