"""The answer engine: a question and its chat context in, an :class:`Answer` out.

It is pure: it reads the knowledge base and returns data, and keeps no chat state of its
own; the caller passes the context in and stores the one that comes back.

>>> from indexer.build import build
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
>>> _ = build(["knowledge/plans/1169-QD-UBND.txt"], path)
>>> engine = Engine(KnowledgeBase(path))
>>> a = engine.answer("ai chu tri nhiem vu II.3", today=date(2026, 5, 1))
>>> a.status.value, a.task_ids, a.items
('found', ['II.3'], ('Cơ quan chủ trì: Sở Khoa học và Công nghệ',))
>>> engine.answer("Thời hạn khi nào?", a.context, today=date(2026, 5, 1)).task_ids
['II.3']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from functools import cached_property

from . import render, topics
from .agency_match import AgencyMatch, AgencyMatcher
from .agency_names import agency_tokens, head_of
from .amounts import budget_cells, holds, number_text, said, task_budget
from .answer import Answer, Context, Intent, Status, Suggestion, TaskRef
from .examples import examples
from .fields import AGENCY_ROLES, TASK_COLUMNS, Role
from .normalize import fold, number_key
from .periods import Kind, Period, quarter, quarter_of
from .question import (
    ASKS_WHO,
    COUNT_CUE,
    DUE_WORD,
    FIELD_CUES,
    FULL_CUE,
    GROUP_WORD,
    OVERDUE_CUE,
    PENDING_CUE,
    SCHEDULE_ONLY,
    TASK_WORD,
    UPCOMING_CUE,
    Query,
    read,
    ref_forms,
)
from .store import Document, KnowledgeBase, Plan, Section, Task
from .words import STOPWORDS, Lexicon, translate_english

DIALOGUE = "doi_thoai"  # the indexed word of the tasks about dialogue with businesses
REPLY_WORDS = 7  # a reply that picks a plan is short: "của thành phố Đông Hải"
_ROLE_INTENT = {
    Role.LEAD: Intent.LEAD,
    Role.COORD: Intent.COORD,
    Role.DIRECTOR: Intent.DIRECTOR,
    Role.DEADLINE: Intent.DEADLINE,
    Role.CONTENT: Intent.CONTENT,
    Role.NOTE: Intent.NOTE,
}
_ROLE_NAMES = {
    "vi": {"lead": "chủ trì", "coord": "phối hợp", "director": "chỉ đạo"},
    "en": {"lead": "leads", "coord": "coordinates", "director": "directs"},
}
# Words that frame a question rather than name its topic. Budget, product and note words
# stay: "kinh phí" is what a question about funding is about.
# Every column's cue words: what is left of a follow-up without them names something new.
_FIELD_WORDS = re.compile(
    "|".join(p.pattern for p in (*FIELD_CUES.values(), FULL_CUE, TASK_WORD, ASKS_WHO, GROUP_WORD))
)
_STATUS_WORDS = re.compile(
    "|".join(p.pattern for p in (OVERDUE_CUE, PENDING_CUE, UPCOMING_CUE, DUE_WORD))
)
# "Phụ lục gồm những nhóm nào?", "có mấy nhóm": the groups themselves.
_WHICH_GROUPS = re.compile(r"\b(?:nhung|cac|may|bao nhieu) nhom\b|\bnhom nao\b|\bwhich groups\b")
# A day: "15/11", "06/02/2025".
_DAY = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*((?:19|20)\d\d))?(?![\d/])")
# "Luật Tổ chức chính quyền địa phương": a law is named by its words, not a number.
_NAMED_LAW = re.compile(r"\bluat(?: [a-z]+){2,}")
# Cells that give a task to every department at once.
_SHARED = re.compile(r"\bcac so\b|\bcac (?:co quan|don vi) (?:co )?lien quan\b")
# Words that point back at what was just shown: "hạn của nó", "who leads them?".
_POINTING = frozenset(
    "no chung them they those these ones one both nhiem_vu_do viec_do ca_hai hai kia con_lai 2"
    " ho ca".split()
)
_TAKES_EFFECT = re.compile(r"hieu luc|ke tu ngay")
# A document number: digits, then "/" or "-" and letters somewhere ("87/kh-ubnd", "5-kh/tu").
_NUMBER_LIKE = re.compile(r"(?<![\w/])\d{1,5}[/-][0-9a-z/.-]*[a-z][0-9a-z/.-]*")
# Words every plan's title has, which tell no plan from another.
_TITLE_COMMON = frozenset("ke hoach quyet dinh thuc hien trien khai ban hanh tinh tren dia".split())
_TOPIC_NOISE = [
    *(FIELD_CUES[r] for r in (Role.LEAD, Role.COORD, Role.DIRECTOR, Role.DEADLINE, Role.CONTENT)),
    ASKS_WHO,
    COUNT_CUE,
    FULL_CUE,
    GROUP_WORD,
    OVERDUE_CUE,
    PENDING_CUE,
    SCHEDULE_ONLY,
    TASK_WORD,
]


class Engine:
    """Answers questions from one knowledge base. Safe to share between chats."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._examples: dict[tuple[str, date], list[str]] = {}

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon(self.kb.vocabulary)

    @cached_property
    def matcher(self) -> AgencyMatcher:
        return AgencyMatcher(self.kb.aliases)

    @cached_property
    def plan_index(self) -> PlanIndex:
        return PlanIndex(self.kb.plans())

    @cached_property
    def title_words(self) -> dict[int, frozenset[str]]:
        """Each plan's title, folded into words once rather than at every question."""
        return {p.id: frozenset(_words(p.title)) for p in self.kb.plans()}

    def examples(self, lang: str, today: date) -> list[str]:
        """Example questions from the loaded plans, built once per language and day."""
        if (lang, today) not in self._examples:
            self._examples[lang, today] = examples(self.kb, lang, today)
        return self._examples[lang, today]

    # ------------------------------------------------------------------ entry

    def answer(
        self,
        question: str,
        context: Context | None = None,
        today: date | None = None,
        *,
        lang: str | None = None,
    ) -> Answer:
        """Answer a question. Never raises for any text; "not found" is a status.

        ``lang`` ("vi" or "en") overrides the language read from the question, for menus
        whose words are the caller's ("help" from a Vietnamese user).
        """
        today = today or date.today()
        q = read(question, today=today)
        if lang:
            q.lang = lang
        return _Turn(self, q, context or Context(), today).run()

    def answer_in(self, plan: Plan, question: str, context: Context, today: date) -> Answer:
        """Answer a question about one plan, chosen by the user or the engine."""
        return _Turn(self, read(question, today=today), context, today, forced=plan).run()


class PlanIndex:
    """Plans by number ("87/kh-ubnd", "5-kh/tu"), by its leading digits ("87") and by place,
    so naming a plan costs a lookup however many plans are loaded."""

    def __init__(self, plans: list[Plan]) -> None:
        self.by_number: dict[str, list[int]] = {}
        self.by_digits: dict[str, list[int]] = {}
        self.by_place: dict[str, list[int]] = {}
        for plan in plans:
            self.by_number.setdefault(plan.key, []).append(plan.id)
            digits = re.match(r"\d+", plan.key)
            if digits:
                self.by_digits.setdefault(digits[0], []).append(plan.id)
            for place in plan.places:
                self.by_place.setdefault(place, []).append(plan.id)

    def numbers_in(self, folded: str) -> set[int]:
        """The plans whose whole number a folded question writes, however it is spaced."""
        text = re.sub(r"\s*([/-])\s*", r"\1", folded)
        return {
            i
            for candidate in _NUMBER_LIKE.findall(text)
            for i in self.by_number.get(number_key(candidate), ())
        }


class _Turn:
    """One question being answered: the query, the context, and the plans in scope."""

    def __init__(
        self, engine: Engine, q: Query, context: Context, today: date, forced: Plan | None = None
    ) -> None:
        self.engine, self.kb, self.q, self.context, self.today = (
            engine,
            engine.kb,
            q,
            context,
            today,
        )
        self.lang = q.lang
        self.forced = forced  # the plan to answer in, whatever the question names
        self.self_contained = True  # not a follow-up of what the chat said before

    # ------------------------------------------------------------ scope

    @cached_property
    def named_plans(self) -> list[Plan] | None:
        """Plans the question names; None if it names none, [] if it names a missing one."""
        if self.forced is not None:
            return [self.forced]
        if not (
            self.q.plan_numbers or self.q.plan_digits
        ) and not self.engine.plan_index.numbers_in(self.q.folded):
            return self._plans_by_place()
        index = self.engine.plan_index
        ids = index.numbers_in(self.q.folded)
        ids |= {i for d in self.q.plan_digits for i in index.by_digits.get(d.lstrip("0"), ())}
        found = [self.plan(i) for i in sorted(ids)]
        # A number that is no plan's may be another document's ("Nghị quyết 12/2022/NQ-HĐND"),
        # unless the question calls it a plan or asks for a task in it.
        return found if found or self.q.plan_named or self.q.refs else None

    def _plans_by_place(self) -> list[Plan] | None:
        """Plans of the province the question names ("kế hoạch của tỉnh Tây An")."""
        by_place = self.engine.plan_index.by_place
        if len(by_place) < 2:
            return None
        text = f" {' '.join(re.findall(r'[0-9a-z]+', self.q.folded))} "
        ids = {i for place, ids in by_place.items() if f" {place} " in text for i in ids}
        return [self.plan(i) for i in sorted(ids)] or None

    @cached_property
    def scope(self) -> list[int] | None:
        """The plan ids the answer may draw on; None for all."""
        if self.named_plans is not None:
            return [p.id for p in self.named_plans]
        if self.context.plan:
            plan = self.kb.plan_by_number(self.context.plan)
            if plan:
                return [plan.id]
        if len(self.kb.plans()) == 1:
            return [self.kb.plans()[0].id]
        return None

    def plan(self, plan_id: int) -> Plan:
        return self.kb.plan(plan_id)

    @cached_property
    def periods(self) -> list[Period]:
        """The periods that filter tasks: when tasks are asked for ("nhiệm vụ nào ... quý 2")
        or a deadline ("đến hạn Q2/2026"). Otherwise a period belongs to a question about the
        text: "tổng kinh phí năm 2025", "hằng năm báo cáo trước ngày nào"."""
        q = self.q
        if not q.periods:
            return []
        deadline = Role.DEADLINE in q.fields and not q.periods[0].recurring
        # A period alone ("Q2/2026", "quý 3/2026 có gì?") asks for its tasks.
        alone = not [w for w in q.plain.split() if w not in STOPWORDS]
        return q.periods if q.has("task_word") or deadline or q.relative or q.group or alone else []

    @cached_property
    def agencies(self) -> list[AgencyMatch]:
        return self.engine.matcher.find(self.q.rest_text)

    def _reply_to_pending(self) -> Plan | None:
        """The plan a short reply picks after "Bạn hỏi kế hoạch nào?": its number ("87",
        "kế hoạch 87"), its province ("của thành phố Đông Hải") or its title's words."""
        q = self.q
        if not self.context.pending or q.refs or q.fields or q.periods or q.relative:
            return None
        if len(q.plain.split()) > REPLY_WORDS:
            return None
        if self.named_plans and len(self.named_plans) == 1:
            return self.named_plans[0]
        digits = re.fullmatch(r"\s*(\d{1,5})\s*", q.folded)
        if digits:
            ids = self.engine.plan_index.by_digits.get(digits[1], [])
            return self.plan(ids[0]) if len(ids) == 1 else None
        return self._plan_by_title(self.kb.plans(), words_needed=2)

    # ------------------------------------------------------------ dispatch

    def run(self) -> Answer:
        answer = self._dispatch()
        # The question, for "còn kế hoạch 87 thì sao?": one that stands on its own, or a
        # follow-up made into one ("thời hạn?" about I.1 is "thời hạn nhiệm vụ I.1").
        asked = self.q.text if self.self_contained else None
        if not self.self_contained and self.q.fields and answer.tasks and len(answer.tasks) <= 3:
            refs = ", ".join(t.ref for t in answer.tasks)
            asked = f"{self.q.text.rstrip(' ?.')} nhiệm vụ {refs}"
        if asked and answer.status is not Status.NOT_FOUND:
            answer = replace(answer, context=answer.context.with_(asked=asked))
        return answer

    def _dispatch(self) -> Answer:
        q = self.q
        if self.named_plans == []:
            # "Kế hoạch 45" that no plan is may be a document the plan lists or cites by its
            # whole number ("191-KH/TU"), not any paper numbered 45 ("Tờ trình số 45/TTr").
            cited = self.cited_document(self.q.cited_digits) if self.q.cited_digits else None
            return self.named_document() or cited or self._no_such_plan()
        chosen = self._reply_to_pending()
        if chosen is not None:
            context = self.context.with_(pending=None, plan=chosen.number)
            return self.engine.answer_in(chosen, self.context.pending, context, self.today)
        if self.context.pending and self._asks_a_column_only():
            # "Thời hạn?" after "Bạn hỏi kế hoạch nào?": the same tasks, this column, and
            # still the question of which plan.
            self.self_contained = False
            pending = read(self.context.pending, today=self.today)
            refs = ", ".join(ref_forms(g, n)[0] for g, n in pending.refs)
            what = f"nhiệm vụ {refs}" if refs else _FIELD_WORDS.sub(" ", pending.folded)
            merged = f"{q.text.rstrip(' ?')} {what}"
            return self.engine.answer(merged, self.context.with_(pending=None), self.today)
        if self._switches_plan():
            self.self_contained = False
            plan = self.named_plans[0]
            context = self.context.with_(plan=plan.number, tasks=(), listed=())
            return self.engine.answer_in(plan, self.context.asked, context, self.today)
        if (q.has("thanks") or q.has("greeting")) and not q.refs:
            self.self_contained = False
            return self.courtesy() if q.has("thanks") else self.help(Status.FOUND)
        if q.place and len(self.context.listed) > 1 and not q.refs:
            self.self_contained = False
            return self.list_place(q.place, self.context.listed)
        if q.place and q.has("task_word") and not (q.refs or q.bare_numbers):
            # "Nhiệm vụ đầu tiên trong phụ lục": a place in the plan's own list.
            plan = self._one_plan(Intent.TASK, f"«{q.text}»")
            if isinstance(plan, Answer):
                return plan
            refs = tuple(TaskRef(plan.number, r) for r in self.kb.task_refs([plan.id]))
            return self.list_place(q.place, refs)
        if q.refs or q.bare_numbers:
            return self.task_lookup()
        if q.section_refs:
            return self.section_lookup()
        if q.has("plans"):
            return self.list_plans()
        # "Ngày 15/11 phải làm gì?" is about that day; "đến hạn 30/6/2026" filters by it.
        if _DAY.search(q.folded) and not (
            q.refs or self.agencies or q.relative or Role.DEADLINE in q.fields
        ):
            mentioned = self.mentions_of_day()
            if mentioned:
                return mentioned
        if q.has("out_of_scope") and not q.refs:
            return self.not_in_plans()
        if (
            re.fullmatch(r"\s*\d{1,5}\s*", q.folded)
            and q.folded.strip() in self.engine.plan_index.by_digits
        ):
            # "1169": the plan by the digits of its number.
            plan_ids = self.engine.plan_index.by_digits[q.folded.strip()]
            if len(plan_ids) == 1:
                plan = self.plan(plan_ids[0])
                return _Turn(self.engine, q, self.context, self.today, plan).metadata(["summary"])
        about_tasks = q.has("task_word") or any(r in q.fields for r in AGENCY_ROLES)
        if (q.cited_digits or _NAMED_LAW.search(q.plain)) and not about_tasks:
            cited = self.named_document() or self.cited_document()
            if cited:
                return cited
            if q.cited_shown and not q.refs and not self.named_plans:
                # "Chỉ thị 40 nói gì?": a document no plan cites is no task's topic either.
                title = (
                    f"The plans do not cite {q.cited_shown}."
                    if self.lang == "en"
                    else f"Kế hoạch không nhắc đến {q.cited_shown}."
                )
                return self._answer(Status.NOT_FOUND, Intent.META, title)
        if q.meta:
            return self.metadata()
        if self.named_plans and not (q.fields or q.flags or self._content_words()):
            # "Kế hoạch 45/KH-UBND" and nothing else: what that plan is.
            return self.metadata(["summary"])
        if q.has("documents"):
            return self.documents()
        if q.has("schedule") and (
            q.has("schedule_only") or not q.fields or q.fields == [Role.DEADLINE]
        ):
            return self.schedule()
        if self._is_follow_up():
            self.self_contained = False
            return self.follow_up()
        if q.has("group_word") and not (q.refs or q.group or self.agencies or self.periods):
            named = self._group_by_title()
            if named:
                q.group = named  # "nhóm cải cách chế độ công vụ": that group's tasks
            elif _WHICH_GROUPS.search(q.plain):
                return self.count_all()  # "gồm những nhóm nào?": the groups, with their tasks
        ranked = self.ranked()
        if ranked:
            return ranked
        filtered = self.filtered()
        # An agency that leads nothing may still be a topic word ("... với doanh nghiệp");
        # a period or a group the question asks for is not.
        explicit = bool(self.periods or q.relative or q.group)
        if filtered and (
            filtered.status is not Status.NOT_FOUND or explicit or not self.topic_words
        ):
            return filtered
        if filtered is None and (by_column := self.column_filter()):
            return by_column
        if filtered is None and self._asks_for_an_unknown_agency():
            return self._unknown_agency()
        topic = self.topic()
        if topic or filtered:
            return topic or filtered
        return self.help(Status.FOUND if q.has("help") else Status.NOT_FOUND)

    def _asks_a_column_only(self) -> bool:
        """ "Thời hạn?", "Ai chủ trì?": a column, and nothing else to say which task."""
        q = self.q
        if not q.fields or q.refs or q.bare_numbers or self.periods or q.relative:
            return False
        words = _FIELD_WORDS.sub(" ", f" {q.plain} ")
        return not [w for w in self.engine.lexicon.segment(words.split()) if w not in STOPWORDS]

    def _switches_plan(self) -> bool:
        """ "Còn kế hoạch 87 thì sao?": the last question, asked of another plan."""
        named = self.named_plans
        return bool(
            self.context.asked
            and named
            and len(named) == 1
            and named[0].number != self.context.plan
            and self.q.has("still")
            and not self._content_words()
        )

    def _is_follow_up(self) -> bool:
        """A column asked with nothing else named: "Thời hạn khi nào?", "When is it due?",
        "còn phối hợp với ai?", "Sản phẩm là gì?" after a task or a list of tasks."""
        q = self.q
        # "Đã quá hạn chưa?" asks about the task in hand; "nhiệm vụ nào quá hạn?" lists anew,
        # and after a long list it narrows the list instead.
        status_asked = (
            bool(q.relative)
            and not q.has("task_word")
            and not q.has("still")  # "thế còn đã quá hạn?" lists anew
            and len(self.context.tasks) <= 3
        )
        asked = q.fields or q.has("group_word") or self.named_headers or status_asked
        if not asked or not self.context.tasks:
            return False
        if self.periods or (q.relative and not status_asked) or q.group or self.named_plans:
            return False
        if self._agency_filter() and not q.has("asks_who"):
            return False
        if self._other_role_of_last_agency:
            return False
        words = f" {q.plain} "
        for header in self.named_headers:
            words = words.replace(f" {_header_words(header)} ", " ")
        if status_asked:
            words = _STATUS_WORDS.sub(" ", words)
        words = _FIELD_WORDS.sub(" ", words)
        return not [
            w
            for w in self.engine.lexicon.segment(words.split())
            if w not in STOPWORDS and w not in _POINTING
        ]

    # ------------------------------------------------------------ answers

    def _answer(
        self,
        status: Status,
        intent: Intent,
        title: str,
        items: Sequence[str] = (),
        footer: str = "",
        tasks: Sequence[Task] = (),
        **extra,
    ) -> Answer:
        refs = tuple(TaskRef(self.plan(t.plan_id).number, t.ref) for t in tasks)
        plans = {r.plan for r in refs}
        plan = extra.pop("plan", None) or (plans.pop() if len(plans) == 1 else None)
        context = extra.pop("context", None)
        if context is None:
            context = self.context
            if refs:
                context = context.with_(tasks=refs, plan=plan or context.plan, pending=None)
        if len(refs) > 1:
            context = context.with_(listed=refs)
        return Answer(
            status=status,
            intent=intent,
            title=title,
            items=tuple(items),
            footer=footer,
            tasks=refs,
            plan=plan,
            lang=self.lang,
            context=context,
            **extra,
        )

    def _source(self, tasks: Sequence[Task]) -> str:
        """Where the tasks are written, plan by plan."""
        by_plan: dict[int, list[str]] = {}
        for task in tasks:
            by_plan.setdefault(task.plan_id, []).append(task.ref)
        return render.sources([(self.plan(pid), refs) for pid, refs in by_plan.items()], self.lang)

    def _about_plan(self, plan: Plan, intent: Intent, title: str, items: Sequence[str]) -> Answer:
        """An answer about a plan as a whole; the plan becomes the chat's focus."""
        return self._answer(
            Status.FOUND,
            intent,
            title,
            items,
            render.source(plan, self.lang),
            plan=plan.number,
            context=self.context.with_(plan=plan.number),
        )

    def _ambiguous(
        self, intent: Intent, what: str, plans: list[Plan], counts: dict[int, int] | None = None
    ) -> Answer:
        """Ask which plan; one suggestion per plan, each the question with the plan named.
        A question whose words name one of the plans by its title needs no asking."""
        titled = self._plan_by_title(plans)
        if titled is not None:
            return self.engine.answer_in(titled, self.q.text, self.context, self.today)
        en = self.lang == "en"
        title = (
            f"{what} is in {len(plans)} plans. Which one do you mean?"
            if en
            else f"{what} có trong {len(plans)} kế hoạch. Bạn hỏi kế hoạch nào?"
        )
        items = []
        for p in plans[:10]:
            extra = f" — {counts[p.id]}" if counts else ""
            items.append(f"• {p.name}{f' ({p.place})' if p.place else ''}{extra}")
        suggestions = tuple(Suggestion(p.number, f"{self.q.text} ({p.number})") for p in plans[:10])
        return self._answer(
            Status.AMBIGUOUS,
            intent,
            title,
            items,
            suggestions=suggestions,
            context=self.context.with_(pending=self.q.text),
        )

    def named_document(self) -> Answer | None:
        """A number that is no plan's may be a document the plan lists for review
        ("Kế hoạch 3338/KH-UBND có cần rà soát không?")."""
        wanted = (
            [n.split("/")[0] for n in self.q.plan_numbers]
            or self.q.plan_digits
            or self.q.cited_digits
        )
        for doc in self.kb.documents():
            if any(_cites(doc.title, d) for d in wanted):
                return self.documents([doc])
        return None

    def _plan_by_title(self, plans: list[Plan], words_needed: int = 2) -> Plan | None:
        """The one plan whose title holds the most of the question's words, at least two
        ("trong kế hoạch chuyển đổi số, ai chủ trì II.2?"); None if no plan stands out."""
        words = set(_words(self.q.plain)) - STOPWORDS - _TITLE_COMMON
        if self.named_plans is not None or len(words) < words_needed:
            return None
        counts = sorted(
            ((len(words & self.engine.title_words[p.id]), p) for p in plans),
            key=lambda cp: -cp[0],
        )
        best = counts[0][0]
        if best >= 2 and (len(counts) == 1 or counts[1][0] < best):
            return counts[0][1]
        return None

    def _no_such_plan(self) -> Answer:
        named = ", ".join(self.q.plans_shown or self.q.plan_digits)
        loaded = [f"• {p.name}" for p in self.kb.plans()[:20]]
        title = (
            f"No plan numbered {named} is loaded. Loaded plans:"
            if self.lang == "en"
            else f"Không có kế hoạch số {named}. Các kế hoạch đang có:"
        )
        return self._answer(Status.NOT_FOUND, Intent.PLANS, title, loaded)

    # ------------------------------------------------------------ tasks by id

    def task_lookup(self) -> Answer:
        q = self.q
        shown = [ref_forms(g, n)[0] for g, n in q.refs]
        keys = [form for g, n in q.refs for form in ref_forms(g, n)]
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

    @cached_property
    def named_headers(self) -> list[str]:
        """Extra columns the question names by their header ("Chỉ tiêu", "Nguồn kinh phí")."""
        plain = f" {translate_english(self.q.plain) if self.lang == 'en' else self.q.plain} "
        return [h for h in self.kb.extra_headers if f" {_header_words(h)} " in plain]

    def _field_intent(self) -> Intent:
        fields = self.q.fields
        generic = {Role.BUDGET, Role.PRODUCT, Role.CONTENT}  # "kinh phí", "là gì"
        if not self.q.full and self.named_headers and not set(fields) - generic:
            return Intent.COLUMN
        if self.q.full or not fields:
            return Intent.TASK
        if len(fields) == 1:
            return _ROLE_INTENT.get(fields[0], Intent.COLUMN)
        return Intent.TASK if Role.CONTENT in fields else _ROLE_INTENT.get(fields[0], Intent.COLUMN)

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

    def task_fields(self, tasks: list[Task], intent: Intent) -> Answer:
        """The asked columns of one or a few tasks, under each task's id and content."""
        lang = self.lang
        whole = intent in (Intent.TASK, Intent.CONTENT) and len(tasks) == 1
        roles = [r for r in self.q.fields if r is not Role.CONTENT]
        if intent is Intent.DEADLINE and not roles:  # "Đã quá hạn chưa?"
            roles = [Role.DEADLINE]
        lines: list[str] = []
        for task in tasks:
            plan = self.plan(task.plan_id)
            headers = self.kb.columns(plan.id)
            lines.append(render.task_head(task, plan, lang, limit=10_000 if whole else 110))
            if intent is Intent.TASK:
                lines += render.card(task, headers, self.today, lang)
            elif intent is not Intent.CONTENT:
                lines += self._columns_asked(task, roles, headers)
            if self.q.has("group_word") and task.group:
                title = self.kb.group_titles(plan.id).get(task.group, "")
                lines.append(f"{render.word('group', lang)} {task.group}: {title}".rstrip(": "))
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

    def list_place(self, place: int, listed: Sequence[TaskRef]) -> Answer:
        """ "Cái thứ 2 ai chủ trì?": the task at that place in the list just shown."""
        if not 1 <= place <= len(listed) and place != -1:
            en = self.lang == "en"
            title = (
                f"The list has {len(listed)} tasks."
                if en
                else f"Danh sách vừa rồi chỉ có {len(listed)} nhiệm vụ."
            )
            return self._answer(Status.NOT_FOUND, Intent.TASK, title)
        ref = listed[place - 1 if place > 0 else -1]
        plan = self.kb.plan_by_number(ref.plan)
        tasks = self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id]) if plan else []
        if not tasks:
            return self.help(Status.NOT_FOUND)
        intent = self._field_intent()
        if self.q.relative and not self.q.fields:
            intent = Intent.DEADLINE
        return self.task_fields(tasks, intent)

    def follow_up(self) -> Answer:
        """ "Thời hạn khi nào?" after a task: the same tasks, the newly asked column."""
        tasks = []
        for ref in self.context.tasks:
            plan = self.kb.plan_by_number(ref.plan)
            if plan:
                tasks += self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id])
        if not tasks:
            return self.help(Status.NOT_FOUND)
        intent = self._field_intent()
        if self.q.relative and not self.q.fields:
            intent = Intent.DEADLINE
        return self.task_fields(tasks[:25], intent)

    # ------------------------------------------------------------ sections

    def section_lookup(self) -> Answer:
        found = self.kb.sections_numbered(self.q.section_refs, plan_ids=self.scope)
        if not found:
            en = self.lang == "en"
            refs = ", ".join(self.q.section_refs)
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

    def section_answer(self, plan_id: int, section: Section) -> Answer:
        sections = self.kb.sections(plan_id)
        lines = [f"{section.ref}. {section.text}"]
        # A heading's answer is in its items: "Mục đích" lists a), b), c).
        for child in sections:
            if child.parent == section.ref or (child.parent or "").startswith(section.ref + "."):
                lines.append(
                    f"{child.ref.split('.')[-1]}) {child.text}"
                    if child.kind == "item"
                    else f"{child.ref}. {child.text}"
                )
        plan = self.plan(plan_id)
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            lines[0],
            lines[1:],
            render.source(plan, self.lang, section=section.ref),
            sections=(section.ref,),
            plan=plan.number,
            context=self.context.with_(plan=plan.number, pending=None),
        )

    # ------------------------------------------------------------ plan facts

    def _one_plan(self, intent: Intent, what: str) -> Plan | Answer:
        scope = self.scope or [p.id for p in self.kb.plans()]
        if len(scope) > 1:
            return self._ambiguous(intent, what, [self.plan(p) for p in scope])
        return self.plan(scope[0])

    def list_plans(self) -> Answer:
        en = self.lang == "en"
        plans = self.kb.plans()
        items = [
            f"• {p.name}, {render.dmy(p.date) if p.date else '?'} — {p.task_count} "
            f"{'tasks' if en else 'nhiệm vụ'}" + (f" ({p.place})" if p.place else "")
            for p in plans
        ]
        title = f"{len(plans)} plans loaded:" if en else f"Có {len(plans)} kế hoạch:"
        return self._answer(Status.FOUND, Intent.PLANS, title, items)

    def _content_words(self) -> list[str]:
        """The question's words that are neither function words nor a plan's own words."""
        words = self.engine.lexicon.segment(self.q.plain.split())
        return [w for w in words if w not in STOPWORDS and w not in _TITLE_COMMON]

    def mentions_of_day(self) -> Answer | None:
        """ "Ngày 15/11 phải làm gì?", "ngày 06/02/2025 là gì": the passages and task notes
        of the plan in scope that write that day."""
        if not self.scope or len(self.scope) != 1:
            return None
        # A day asked without a year ("15/11") is that day of any year the text writes.
        wanted = {
            (int(d), int(m), int(y) if y else None) for d, m, y in _DAY.findall(self.q.folded)
        }

        def writes(text: str) -> bool:
            return any(
                (int(d), int(m), None) in wanted
                or (int(d), int(m), int(y) if y else None) in wanted
                for d, m, y in _DAY.findall(text)
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

    def not_in_plans(self) -> Answer:
        """Contact details, people's names, salaries: what plans do not hold."""
        title = (
            "The plans do not give that (contacts, names of officials, salaries or fines)."
            if self.lang == "en"
            else "Kế hoạch không có thông tin này (liên hệ, tên cán bộ, lương, mức phạt)."
        )
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title)

    def cited_document(self, digits: Sequence[str] | None = None) -> Answer | None:
        """A document the plan cites as a legal basis ("Quyết định 1703/QĐ-TTg ngày nào?",
        "Luật Tổ chức chính quyền địa phương"): the basis that names it."""
        q = self.q
        digits = set(digits if digits is not None else [*q.cited_digits, *q.plan_digits])
        law = _NAMED_LAW.search(q.plain)
        # "Luật Tổ chức chính quyền địa phương ngày nào": the law's name, then other words.
        law_names = [" ".join(law[0].split()[:n]) for n in range(6, 2, -1)] if law else []
        plans = [self.plan(p) for p in self.scope] if self.scope else self.kb.plans()[:50]
        for plan in plans:
            own = re.match(r"\d+", plan.key)
            wanted = digits - {own[0] if own else ""}
            found = [
                b
                for b in plan.bases
                if any(_cites(b, d) for d in wanted)
                or (not wanted and any(name in fold(b) for name in law_names))
            ]
            if found:
                return self._about_plan(plan, Intent.META, found[0], found[1:])
        return None

    def metadata(self, kinds: Sequence[str] = ()) -> Answer:
        plan = self._one_plan(Intent.META, "This" if self.lang == "en" else "Câu hỏi này")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        lines = []
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
            elif kind == "bases":
                lines += [f"• {b}" for b in plan.bases] or ["—"]
            elif kind == "proposal":
                proposals = [b for b in plan.bases if not fold(b).startswith("can cu")]
                lines += [f"• {b}" for b in proposals] or ["—"]
            elif kind == "recipients":
                lines += [f"• {r}" for r in plan.recipients] or ["—"]
            elif kind == "effective":
                article = next(
                    (
                        s
                        for s in self.kb.sections(plan.id)
                        if s.kind == "article" and _TAKES_EFFECT.search(fold(s.text))
                    ),
                    None,
                )
                lines.append(
                    f"{article.ref}: {article.text}"
                    if article
                    else (
                        "The plan does not say."
                        if en
                        else "Văn bản không ghi thời điểm có hiệu lực."
                    )
                )
        return self._about_plan(plan, Intent.META, lines[0], lines[1:])

    def documents(self, docs: list[Document] | None = None) -> Answer:
        """The documents a plan lists for review; those an agency named in the question has
        a part in, or the given ones."""
        en = self.lang == "en"
        if docs is None:
            plans = sorted({d.plan_id for d in self.kb.documents(self.scope)})
            if not plans:
                return self._answer(
                    Status.NOT_FOUND,
                    Intent.DOCUMENTS,
                    "The plan lists no documents to review."
                    if en
                    else "Kế hoạch không có danh mục văn bản cần rà soát.",
                )
            if len(plans) > 1:
                what = "The list of documents to review" if en else "Danh mục văn bản cần rà soát"
                return self._ambiguous(Intent.DOCUMENTS, what, [self.plan(p) for p in plans])
            docs = self.kb.documents(plans)
            names = [
                fold(n)
                for n in self.kb.agency_names({i for m in self.agencies for i in m.agencies})
            ]
            involved = [
                d for d in docs if any(n in fold(v) for n in names for v in d.attrs.values())
            ]
            docs = involved or docs
        plan = self.plan(docs[0].plan_id)
        title = (
            f"{render.count(len(docs), 'document')} to review:"
            if en
            else f"Có {len(docs)} văn bản cần rà soát, sửa đổi, bổ sung:"
        )
        items = []
        for d in docs:
            extra = "; ".join(
                f"{k}: {v}" for k, v in d.attrs.items() if v not in (d.title, d.lead, d.coord)
            )
            items.append(
                f"{d.number}. {d.title} — {'Lead' if en else 'Chủ trì'}: {d.lead}"
                + (f"; {extra}" if extra else "")
            )
        return self._about_plan(plan, Intent.DOCUMENTS, title, items)

    # ------------------------------------------------------------ filters

    def _agency_filter(self) -> list[AgencyMatch]:
        """Agencies the question filters by: named with a role, or asking for tasks."""
        q = self.q
        if not self.agencies:
            return []
        roles_named = any(r in q.fields for r in AGENCY_ROLES) and not q.has("asks_who")
        covers = sum(m.end - m.start for m in self.agencies) >= 0.6 * max(
            1, len(self.q.plain.split())
        )
        if roles_named or q.has("task_word") or covers:
            return self.agencies
        return []

    def _group_by_title(self) -> str | None:
        """The group whose title holds the most of the question's words, at least two:
        "Nhóm cải cách chế độ công vụ gồm những nhiệm vụ nào?" is that group's code."""
        if not self.scope or len(self.scope) != 1:
            return None
        words = set(self._content_words()) - {"nhom", "group"}
        if len(words) < 2:
            return None
        titles = self.kb.group_titles(self.scope[0])
        scored = sorted(
            (
                (len(words & set(self.engine.lexicon.segment(_words(t)))), code)
                for code, t in titles.items()
            ),
            reverse=True,
        )
        if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return scored[0][1]
        return None

    def _held_by_all(
        self, agencies: list[AgencyMatch], roles: list[Role], scope: list[int] | None
    ) -> dict[int, set[str]]:
        """Tasks in which every agency named plays every role named: "Sở KH&CN và UBND
        huyện cùng chủ trì", "Sở KH&CN vừa chủ trì vừa chỉ đạo"."""
        wanted = {r.value for r in roles}
        held: dict[int, set[str]] | None = None
        for match in agencies:
            found = {
                task: played
                for task, played in self.kb.agency_tasks(match.agencies, roles, scope).items()
                if wanted <= played
            }
            held = (
                found if held is None else {t: held[t] | r for t, r in found.items() if t in held}
            )
        return held or {}

    @cached_property
    def _other_role_of_last_agency(self) -> bool:
        """ "Còn phối hợp những nhiệm vụ nào?", "còn chỉ đạo?" after an agency's tasks: that
        agency in another role, not the other agencies of those tasks."""
        q = self.q
        return bool(
            self.context.agencies
            and any(r in q.fields for r in AGENCY_ROLES)
            and (q.has("task_word") or (q.has("still") and not q.has("asks_who")))
            and not self.periods
            and not q.relative
            and not q.refs
        )

    def _asks_for_an_unknown_agency(self) -> bool:
        """ "BQL Khu kinh tế chủ trì nhiệm vụ nào?" with no such agency in the plans."""
        q = self.q
        # English role words also describe topics ("which task supports export?").
        roles_named = any(r in q.fields for r in AGENCY_ROLES) and not q.has("asks_who")
        # "Sở Tài chính phải làm gì?": a question that opens with an agency's name.
        tokens = agency_tokens(q.rest_text)
        opens_with_agency = tokens[:1] in (["so"], ["bo"], ["cuc"]) or (
            head_of(tokens) > 1 and tokens[: head_of(tokens)] != ["co", "quan"]
        )
        return (
            self.lang == "vi"
            and not q.has("asks_who")  # "Sở nào chủ trì …?" names no agency
            and (roles_named or (opens_with_agency and len(tokens) > head_of(tokens)))
            and q.has("task_word")
            and not self.agencies
            and bool(self.topic_words)
        )

    def _unknown_agency(self) -> Answer:
        scope = self.scope or [p.id for p in self.kb.plans()]
        leads = Counter(t.lead for t in self.kb.tasks(plan_ids=scope[:5]) if t.lead)
        en = self.lang == "en"
        title = (
            "No agency by that name leads or supports a task in the plans. Leads include:"
            if en
            else "Không thấy cơ quan này trong các kế hoạch. Các cơ quan chủ trì gồm:"
        )
        items = [f"• {name}" for name, _ in leads.most_common(8)]
        # Tasks given to "các sở, ban, ngành" as a whole may still be this agency's.
        shared = [
            t
            for t in self.kb.tasks(plan_ids=scope[:5], with_attrs=False)
            if _SHARED.search(fold(f"{t.lead} {t.coord}"))
        ]
        if shared:
            refs = ", ".join(t.ref for t in shared[:12])
            items.append(
                f"Tasks given to every department may include it: {refs}."
                if en
                else f"Nhiệm vụ giao chung cho các sở, ban, ngành có thể gồm cơ quan này: {refs}."
            )
        return self._answer(Status.NOT_FOUND, Intent.AGENCY, title, items)

    def filtered(self) -> Answer | None:
        """Tasks filtered by agency and role, deadline, and group; or their count."""
        q = self.q
        agencies = self._agency_filter()
        if not agencies and self._other_role_of_last_agency:
            agencies = [AgencyMatch(frozenset(self.context.agencies), "", 0, 0, True)]
        if not (agencies or self.periods or q.relative or q.group or q.has("all")):
            return self.count_all() if q.has("count") and q.has("task_word") else None
        scope = self.scope
        if q.has("negated") and scope is None and len(self.kb.plans()) > 1:
            # "Every task but …" is a question about one plan: which, before reading them all.
            intent = Intent.AGENCY if agencies else Intent.DUE
            return self._ambiguous(intent, f"«{q.text}»", self.kb.plans())
        tasks: list[Task] | None = None
        roles_of: dict[int, set[str]] = {}
        describe: list[str] = []
        roles = [r for r in q.fields if r in AGENCY_ROLES]
        if agencies:
            ids = frozenset().union(*(m.agencies for m in agencies))
            if q.has("all_of") and (len(agencies) > 1 or len(roles) > 1):
                roles_of = self._held_by_all(agencies, roles, scope)
            else:
                roles_of = self.kb.agency_tasks(ids, roles, scope)
            tasks = self.kb.tasks_by_ids(roles_of)
            names = ", ".join(self.kb.agency_names(ids)[:3])
            role_words = _ROLE_NAMES[self.lang]
            joiner = " & " if q.has("all_of") else "/"
            described = f"{names} {joiner.join(role_words[r.value] for r in roles)}".strip()
            if q.has("negated"):
                # "không do Sở KH&CN chủ trì": every other task in scope.
                tasks = [
                    t
                    for t in self.kb.tasks(plan_ids=scope, with_attrs=False)
                    if t.id not in roles_of
                ]
                roles_of = {}
                described = f"not {described}" if self.lang == "en" else f"không phải {described}"
            describe.append(described)
        period_tasks, period_text = self._period_tasks(scope)
        if period_tasks is not None and q.has("negated") and not (agencies or q.relative):
            # "Nhiệm vụ nào không phải hằng năm?": every other task.
            held = {t.id for t in period_tasks}
            period_tasks = [
                t for t in self.kb.tasks(plan_ids=scope, with_attrs=False) if t.id not in held
            ]
            period_text = f"not {period_text}" if self.lang == "en" else f"không phải {period_text}"
        if period_tasks is not None:
            ids = {t.id for t in period_tasks}
            tasks = period_tasks if tasks is None else [t for t in tasks if t.id in ids]
            describe.append(period_text)
        if q.group:
            codes = {form.split(".")[0] for form in ref_forms(q.group, "0")}  # II or 2
            in_group = [
                t
                for code in sorted(codes)
                for t in self.kb.tasks(plan_ids=scope, group=code, with_attrs=False)
            ]
            tasks = in_group if tasks is None else [t for t in tasks if t.group in codes]
            describe.append(f"{render.word('group', self.lang).lower()} {q.group}")
        if tasks is None and q.has("all"):
            tasks = self.kb.tasks(plan_ids=scope, with_attrs=False)
            describe.append("all" if self.lang == "en" else "tất cả")
        if q.has("narrow") and self.context.tasks and tasks is not None:
            # "trong số đó": the list shown, even after one of it was picked ("cái thứ 2").
            listed = set(self.context.listed or self.context.tasks)
            tasks = [t for t in tasks if TaskRef(self.plan(t.plan_id).number, t.ref) in listed]
        tasks = tasks or []
        intent = (
            Intent.COUNT
            if q.has("count") and q.has("task_word")
            else Intent.AGENCY
            if agencies
            else Intent.DUE
            if period_tasks is not None
            else Intent.GROUP
        )
        counts = Counter(t.plan_id for t in tasks)
        plans = sorted(counts, key=lambda p: -counts[p])
        if len(plans) > 1:
            what = (
                f"Tasks ({'; '.join(describe)})"
                if self.lang == "en"
                else f"Nhiệm vụ ({'; '.join(describe)})"
            )
            return self._ambiguous(intent, what, [self.plan(p) for p in plans], counts)
        tasks = self.kb.tasks_by_ids(t.id for t in tasks)  # one plan's: with their extra columns
        context = self.context.with_(
            agencies=tuple(sorted(frozenset().union(*(m.agencies for m in agencies))))
            if agencies
            else self.context.agencies
        )
        shown = tuple(r for r in q.fields if r in AGENCY_ROLES) or (Role.LEAD,)
        return self.task_list(
            tasks,
            intent,
            "; ".join(d for d in describe if d),
            context,
            roles=(*shown, Role.DEADLINE),
            roles_of=roles_of if agencies and not roles else {},
        )

    def ranked(self) -> Answer | None:
        """Tasks by the extremes of a column: "thời hạn muộn nhất", "có thời hạn cụ thể",
        "kinh phí lớn nhất", "kinh phí trên 1 tỷ đồng"; or the column's total: "tổng kinh
        phí", of the plan or of a group's or an agency's tasks."""
        q = self.q
        extreme = (
            "nearest"
            if q.has("nearest")
            else "most"
            if q.has("most")
            else "least"
            if q.has("least")
            else None
        )
        compared = q.amount if q.amount and q.amount.compare else None
        budget = Role.BUDGET in q.fields and (extreme or q.has("total") or compared)
        deadline = (Role.DEADLINE in q.fields and extreme) or q.has("dated")
        if not (budget or deadline) or q.refs:
            return None
        plan = self._one_plan(Intent.DUE, f"«{q.text}»")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        tasks, describe = self._narrowed(self.kb.tasks(plan_ids=[plan.id]), plan)
        if deadline:
            dated = [t for t in tasks if t.period and not t.period.recurring]
            if q.has("negated") and not extreme:  # "không có hạn cụ thể"
                undated = [t for t in tasks if t not in dated]
                what = "no dated deadline" if en else "không có thời hạn cụ thể"
                return self.task_list(undated, Intent.DUE, describe(what), self.context)
            if extreme == "nearest":
                dated = [t for t in dated if t.period.end >= self.today]
            if extreme and dated:
                end = (max if extreme == "most" else min)(t.period.end for t in dated)
                dated = [t for t in dated if t.period.end == end]
            what, vi = {
                "most": ("latest deadline", "thời hạn muộn nhất"),
                "least": ("earliest deadline", "thời hạn sớm nhất"),
                "nearest": ("next deadline", "hạn gần nhất"),
                None: ("a dated deadline", "có thời hạn cụ thể"),
            }[extreme]
            return self.task_list(dated, Intent.DUE, describe(what if en else vi), self.context)
        amounts = {t.id: a for t in tasks if (a := task_budget(t)) is not None}
        if not amounts:
            return None
        shown = (Role.BUDGET, Role.LEAD)
        if compared:
            # Budgets are in đồng where their headers give a unit; so is the limit.
            limit = compared.in_dong() if compared.unit else compared.value
            chosen = [
                t
                for t in tasks
                if t.id in amounts and holds(amounts[t.id], compared.compare, limit)
            ]
            return self.task_list(
                chosen,
                Intent.COLUMN,
                describe(said(compared, self.lang)),
                self.context,
                roles=shown,
            )
        if extreme in ("most", "least"):
            best = (max if extreme == "most" else min)(amounts.values())
            chosen = [t for t in tasks if amounts.get(t.id) == best]
            vi = "kinh phí lớn nhất" if extreme == "most" else "kinh phí nhỏ nhất"
            what = "largest budget" if extreme == "most" else "smallest budget"
            return self.task_list(
                chosen, Intent.COLUMN, describe(what if en else vi), self.context, roles=shown
            )
        # One total per column: "(đồng)" and "(tỷ đồng)" are added up each in its unit.
        totals: dict[str, float] = {}
        for task in tasks:
            for header, value in budget_cells(task):
                totals[header] = totals.get(header, 0.0) + value
        of, n = describe(""), len(amounts)
        if len(totals) == 1:
            ((header, total),) = totals.items()
            value = number_text(total)
            title = (
                f"Total {header} of {n} tasks{of} in {plan.number}: {value}"
                if en
                else f"Tổng {header} của {n} nhiệm vụ{of} trong {plan.name}: {value}"
            )
            heads = []
        else:
            title = (
                f"Totals of {n} tasks{of} in {plan.number}:"
                if en
                else f"Tổng kinh phí của {n} nhiệm vụ{of} trong {plan.name}:"
            )
            heads = [f"{header}: {number_text(total)}" for header, total in totals.items()]
        listed = [t for t in tasks if t.id in amounts]
        items = heads + [f"• {t.ref}: {t.field(Role.BUDGET)}" for t in listed]
        return self._answer(Status.FOUND, Intent.COLUMN, title, items, self._source(listed), listed)

    def _narrowed(self, tasks: list[Task], plan: Plan) -> tuple[list[Task], Callable[[str], str]]:
        """The tasks of the group or the agency the question names, and a function that adds
        them to a description: "kinh phí lớn nhất" → "kinh phí lớn nhất; nhóm C"."""
        q = self.q
        parts: list[str] = []
        if q.group:
            codes = {form.split(".")[0] for form in ref_forms(q.group, "0")}
            tasks = [t for t in tasks if t.group in codes]
            parts.append(f"{render.word('group', self.lang).lower()} {q.group}")
        agencies = self._agency_filter()
        if agencies:
            ids = frozenset().union(*(m.agencies for m in agencies))
            roles = [r for r in q.fields if r in AGENCY_ROLES]
            held = self.kb.agency_tasks(ids, roles, [plan.id])
            tasks = [t for t in tasks if t.id in held]
            parts.append(", ".join(self.kb.agency_names(ids)[:3]))

        def describe(what: str) -> str:
            if not what:  # "Tổng kinh phí của 3 nhiệm vụ (nhóm C)"
                return f" ({'; '.join(parts)})" if parts else ""
            return "; ".join([what, *parts])

        return tasks, describe

    def column_filter(self) -> Answer | None:
        """ "Những nhiệm vụ nào dùng kinh phí lồng ghép?": tasks by what an extra column
        (product, budget, note, or one named by its header) says. Only the question's words
        that some cell of that column uses count: "dùng" is nobody's budget."""
        q = self.q
        roles = [r for r in q.fields if r not in (*AGENCY_ROLES, Role.DEADLINE, Role.CONTENT)]
        if not (q.has("task_word") and (roles or self.named_headers)):
            return None
        # The column's own cue words stay: "ngân sách" names the column and is a value too.
        words = f" {q.plain} "
        for header in self.named_headers:
            words = words.replace(f" {_header_words(header)} ", " ")
        asked = [
            f" {w.replace('_', ' ')} "
            for w in self.engine.lexicon.segment(words.split())
            if w not in STOPWORDS
        ]
        cells = {t.id: self._cells(t, roles) for t in self.kb.tasks(plan_ids=self.scope)}
        folded = {i: f" {' '.join(_words(' '.join(v for _, v in c)))} " for i, c in cells.items()}
        used = [w for w in asked if any(w in cell for cell in folded.values())]
        if used:
            ids = [i for i, cell in folded.items() if all(w in cell for w in used)]
            describe = _as_written(q.text, used[0].strip(), used[-1].strip())
        else:
            # "Nhiệm vụ nào có ghi chú?": no words but the column's, any cell in it.
            rest = self.engine.lexicon.segment(_FIELD_WORDS.sub(" ", words).split())
            ids = [i for i, c in cells.items() if c]
            if not ids or [w for w in rest if w not in STOPWORDS]:
                return None
            header = cells[ids[0]][0][0]
            describe = f"with {header}" if self.lang == "en" else f"có {header}"
            if q.has("negated"):  # "Nhiệm vụ nào không có kinh phí?"
                ids = [i for i, c in cells.items() if not c]
                describe = f"without {header}" if self.lang == "en" else f"không có {header}"
        tasks = self.kb.tasks_by_ids(ids)
        if len({t.plan_id for t in tasks}) > 1:
            counts = Counter(t.plan_id for t in tasks)
            plans = [self.plan(p) for p in sorted(counts, key=lambda p: -counts[p])]
            return self._ambiguous(Intent.COLUMN, f"«{q.text}»", plans, counts)
        return self.task_list(
            tasks,
            Intent.COLUMN,
            describe,
            self.context,
            roles=(Role.LEAD,),
            cells_of={i: [f"{name}: {value}" for name, value in cells[i]] for i in ids},
        )

    def _cells(self, task: Task, roles: list[Role]) -> list[tuple[str, str]]:
        """(header, value) of the task's cells in the columns a question names by role or by
        header. With no budget column, a "Nguồn kinh phí" is the column whose header the cue
        names."""
        headers = self.kb.columns(task.plan_id)
        found = [
            (render.label(a.role, headers, self.lang, a.name), a.value)
            for a in task.attrs
            if a.role in roles
            or a.name in self.named_headers
            or (a.role is Role.OTHER and any(FIELD_CUES[r].search(fold(a.name)) for r in roles))
        ]
        if Role.NOTE in roles and task.note:
            found.append((render.label(Role.NOTE, headers, self.lang), task.note))
        return found

    def _yearly_on_a_day_in(self, period: Period, scope: list[int] | None) -> list[Task]:
        """Yearly tasks due by a day of the year that falls in ``period`` ("Quý I hằng năm",
        "Trước 15/12 hằng năm"), for a period shorter than a year."""
        # Not for a year or more: every year holds every yearly task.
        if period.kind in (Kind.BEFORE, Kind.AFTER) or (period.end - period.start).days >= 364:
            return []
        found = []
        for task in self.kb.yearly_on_a_day(scope):
            end = task.period.end
            for year in {period.start.year, period.end.year}:
                day = date(year, end.month, min(end.day, 28 if end.month == 2 else end.day))
                if period.start <= day <= period.end:
                    found.append(task)
                    break
        return found

    def _period_tasks(self, scope: list[int] | None) -> tuple[list[Task] | None, str]:
        """Tasks by the period the question names, then by "sắp đến hạn" or "quá hạn"."""
        q, en = self.q, self.lang == "en"
        if not (self.periods or q.relative):
            return None, ""
        words: list[str] = []
        if self.periods:
            period = self.periods[0]
            label = period.label(self.lang)
            if period.recurring:
                tasks = self.kb.tasks(plan_ids=scope, kinds=[period.kind], with_attrs=False)
                words.append(label)
            else:
                tasks = self.kb.tasks(
                    plan_ids=scope, ending=(period.start, period.end), with_attrs=False
                )
                # "2025 - 2027" asks for that span when a deadline is written so, not for
                # every deadline inside it.
                same = [t for t in tasks if t.period == period]
                if period.kind is Kind.RANGE and same:
                    tasks = same
                tasks += self._yearly_on_a_day_in(period, scope)
                if period.kind is Kind.BEFORE:
                    by = render.dmy(period.end)
                    words.append(f"due by {by}" if en else f"có hạn đến hết {by}")
                elif period.kind is Kind.AFTER:
                    since = render.dmy(period.start)
                    words.append(f"due from {since}" if en else f"có hạn từ {since} trở đi")
                else:
                    words.append(period.due_words(self.lang))
        else:
            tasks = self.kb.tasks(plan_ids=scope, ending=(date.min, date.max), with_attrs=False)
        if q.relative == "upcoming":
            # The deadlines of the current quarter still ahead; if none, the next deadline.
            due = [
                t for t in tasks if t.period.end >= self.today and t.period.kind is not Kind.AFTER
            ]
            horizon = quarter(self.today.year, quarter_of(self.today))[1]
            current = [t for t in due if t.period.end <= horizon]
            ends = sorted({t.period.end for t in due})
            tasks = current or [t for t in due if t.period.end == ends[0]]
            if tasks:
                by = render.dmy(horizon if current else ends[0])
                words.append(f"due next, by {by}" if en else f"sắp đến hạn, đến hết {by}")
            else:
                words.append("upcoming" if en else "sắp đến hạn")
        elif q.relative == "overdue":
            tasks = [t for t in tasks if not t.period.recurring and t.period.end < self.today]
            words.append(
                f"past their deadline as of {render.dmy(self.today)}"
                if en
                else f"đã qua hạn tính đến {render.dmy(self.today)}"
            )
        elif q.relative == "pending":
            tasks = [t for t in tasks if not t.period.recurring and t.period.end >= self.today]
            words.append(
                f"not yet due on {render.dmy(self.today)}"
                if en
                else f"chưa đến hạn tính đến {render.dmy(self.today)}"
            )
        return tasks, "; ".join(words)

    def task_list(
        self,
        tasks: list[Task],
        intent: Intent,
        describe: str,
        context: Context,
        *,
        roles: tuple[Role, ...] = (Role.LEAD, Role.DEADLINE),
        roles_of: dict[int, set[str]] | None = None,
        cells_of: dict[int, list[str]] | None = None,
    ) -> Answer:
        """A list of tasks; ``roles_of`` marks the roles an agency plays in each, and
        ``cells_of`` gives the cells to show before ``roles``."""
        en = self.lang == "en"
        if not tasks:
            title = f"No task found ({describe})." if en else f"Không có nhiệm vụ nào ({describe})."
            return self._answer(Status.NOT_FOUND, intent, title, context=context)
        plan = self.plan(tasks[0].plan_id)
        headers = self.kb.columns(plan.id)
        n = len(tasks)
        if intent is Intent.COUNT:
            title = (
                f"{plan.number} has {render.count(n, 'task')} ({describe})."
                if en
                else f"{plan.name} có {n} nhiệm vụ ({describe})."
            )
        else:
            title = (
                f"{render.count(n, 'task')} ({describe}) in {plan.number}:"
                if en
                else f"Có {n} nhiệm vụ ({describe}) trong {plan.name}:"
            )
        items = []
        for t in tasks:
            line = render.task_line(
                t, None, headers, self.today, self.lang, roles, cells=(cells_of or {}).get(t.id, ())
            )
            if roles_of and roles_of.get(t.id):
                line += (
                    " ["
                    + ", ".join(_ROLE_NAMES[self.lang][r] for r in sorted(roles_of[t.id]))
                    + "]"
                )
            items.append(line)
        return self._answer(
            Status.FOUND,
            intent,
            title,
            items,
            self._source(tasks),
            tasks,
            context=context.with_(
                tasks=tuple(TaskRef(plan.number, t.ref) for t in tasks),
                plan=plan.number,
                pending=None,
            ),
        )

    # ------------------------------------------------------------ counts, schedule

    def count_all(self) -> Answer:
        plan = self._one_plan(Intent.COUNT, "Số nhiệm vụ")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        groups = self.kb.group_titles(plan.id)
        items = [
            f"• {render.word('group', self.lang)} {code}: "
            f"{self.kb.count_tasks([plan.id], code)} — {render.shorten(title, 90)}"
            for code, title in groups.items()
        ]
        title = (
            f"{plan.number} has {render.count(plan.task_count, 'task')}"
            if en
            else f"{plan.name} có {plan.task_count} nhiệm vụ"
        )
        if groups:
            title += (
                f" in {render.count(len(groups), 'group')}" if en else f" trong {len(groups)} nhóm"
            )
        return self._about_plan(plan, Intent.COUNT, title + ".", items)

    def schedule(self) -> Answer:
        """When the dialogue with businesses happens: upcoming dated events first, then what
        the plans say about it (the tasks that mention "đối thoại")."""
        en = self.lang == "en"
        events = self.kb.events(since=datetime.combine(self.today, time.min))
        if self.scope is not None:
            numbers = {self.plan(p).number for p in self.scope}
            events = [e for e in events if e.plan_number in numbers or not e.plan_number]
        hits = [h for h in self.kb.search([DIALOGUE], plan_ids=self.scope) if h.kind == "task"]
        tasks = self.kb.tasks_by_ids([h.id for h in hits])[:5]
        if not tasks and not events:
            return self.help(Status.NOT_FOUND)
        if events:
            lines = ["Upcoming sessions:" if en else "Lịch sắp tới:"]
            several = len(self.kb.plans()) > 1
            lines += [_event_line(e, self.lang, with_plan=several) for e in events[:10]]
        else:
            lines = [
                "No dated session is scheduled yet."
                if en
                else "Chưa có lịch đối thoại cụ thể sắp tới."
            ]
        if tasks:
            lines.append("According to the plan:" if en else "Theo kế hoạch:")
            many = len(self.kb.plans()) > 1
            for t in tasks:
                plan = self.plan(t.plan_id)
                lines.append(
                    render.task_line(
                        t, plan if many else None, self.kb.columns(plan.id), self.today, self.lang
                    )
                )
        title = "Dialogue with businesses:" if en else "Đối thoại với doanh nghiệp:"
        footer = self._source(tasks) if tasks else ""
        return self._answer(Status.FOUND, Intent.SCHEDULE, title, lines, footer, tasks)

    # ------------------------------------------------------------ topics

    @cached_property
    def _topic_text(self) -> str:
        """The question's words, in the plans' Vietnamese when asked in English."""
        return translate_english(self.q.words) if self.lang == "en" else self.q.words

    @cached_property
    def topic_words(self) -> list[str]:
        # Periods stay in: a question that did not filter by "hằng năm" is about the words.
        text = self._topic_text
        for pattern in _TOPIC_NOISE:
            text = pattern.sub(" ", text)
        words = self.engine.lexicon.segment(text.split(), respell=self.lang != "en")
        # Numbers count only when the plans use them as words ("ISO 9001"), not as dates.
        return [
            w
            for w in _join_unknown(words, self.kb)
            if w not in STOPWORDS and not (w.isdigit() and (len(w) < 3 or not self.kb.known(w)))
        ]

    def topic(self) -> Answer | None:
        """The tasks or the body section that best match the question's words."""
        words = self.topic_words
        if not words:
            return None
        kb = self.kb
        scored = topics.rank(
            kb,
            words,
            scope=self.scope,
            phrase=" ".join(self._topic_text.split()),
            asks_when=Role.DEADLINE in self.q.fields,
        )
        if not scored:
            return None
        best, top = scored[0]
        if best < topics.MIN_COVERAGE:
            return None
        # Several plans answer about as well, and none was named: ask which.
        near = sorted({h.plan_id for s, h in scored if s >= best - topics.TIE})
        if self.scope is None and len(near) > 1:
            return self._ambiguous(Intent.TOPIC, f"«{self.q.text}»", [self.plan(p) for p in near])
        tasks_hits = [
            h for s, h in scored if h.kind == "task" and s >= max(topics.MIN_COVERAGE, best * 0.8)
        ]
        if top.kind == "section" and not (self.q.has("task_word") and tasks_hits):
            ((_, section),) = kb.section_ids([top.id])
            return self.section_answer(section.plan_id, section)
        tasks = kb.tasks_by_ids([h.id for h in tasks_hits[:5]])
        plans = sorted({t.plan_id for t in tasks})
        if len(plans) > 1:
            return self._ambiguous(
                Intent.TOPIC,
                f"«{self.q.text}»",
                [self.plan(p) for p in plans],
            )
        # One task, and a column it has: "Ai chủ trì việc truy xuất nguồn gốc?". A column
        # the plan lacks ("product quality" with no product column) is a topic word.
        columns = set(TASK_COLUMNS) | set(kb.columns(tasks[0].plan_id))
        asked = [f for f in self.q.fields if f is not Role.CONTENT]
        if len(tasks) == 1 and asked and set(asked) <= columns:
            return self.task_fields(tasks, self._field_intent())
        plan = self.plan(tasks[0].plan_id)
        headers = kb.columns(plan.id)
        en = self.lang == "en"
        title = (
            f"Tasks about this in {plan.number}:"
            if en
            else f"Các nhiệm vụ liên quan trong {plan.name}:"
        )
        items = [render.task_line(t, None, headers, self.today, self.lang) for t in tasks]
        return self._answer(
            Status.FOUND,
            Intent.TOPIC,
            title,
            items,
            self._source(tasks),
            tasks,
        )

    # ------------------------------------------------------------ help

    def courtesy(self) -> Answer:
        """ "Cảm ơn", "ok", "tạm biệt": a short reply; the chat keeps its context."""
        title = (
            "You're welcome. Ask me anything else about the plans."
            if self.lang == "en"
            else "Rất vui được giúp bạn. Bạn cứ hỏi thêm về kế hoạch nhé."
        )
        return self._answer(Status.FOUND, Intent.HELP, title, context=self.context)

    def help(self, status: Status) -> Answer:
        """What the bot can answer, with examples drawn from the loaded plans."""
        en = self.lang == "en"
        examples = self.engine.examples(self.lang, self.today)
        if status is Status.FOUND:
            title = (
                "I answer questions about the loaded plans. For example:"
                if en
                else "Tôi trả lời câu hỏi về các kế hoạch đã nạp. Ví dụ:"
            )
        else:
            title = (
                "I could not find an answer to that in the plans. You can ask, for example:"
                if en
                else "Tôi chưa tìm thấy câu trả lời trong kế hoạch. Bạn có thể hỏi, ví dụ:"
            )
        return self._answer(
            status,
            Intent.HELP if status is Status.FOUND else Intent.UNKNOWN,
            title,
            [f"• {e}" for e in examples],
            suggestions=tuple(Suggestion(e, e) for e in examples),
            context=self.context,
        )


def _cites(text: str, digits: str) -> bool:
    """Whether ``text`` names a document numbered ``digits``: "số 12/2022/NQ-HĐND",
    "38-CT/TW", not the date "12/4/2022".

    >>> _cites("Nghị quyết số 12/2022/NQ-HĐND", "12"), _cites("ngày 12/4/2022", "12")
    (True, False)
    """
    return bool(
        re.search(rf"(?<![\d/.-]){digits}\s*[/-]\s*(?:(?:19|20)\d\d\s*/\s*)?[^\W\d_]", text)
    )


def _join_unknown(words: list[str], kb: KnowledgeBase) -> list[str]:
    """A lone syllable next to one the plans never use is likely half of a word they never
    use ("chữ ký" beside the "ký" of "ngày ký"): the two count as one unknown word."""
    out: list[str] = []
    for word in words:
        previous = out[-1] if out else None
        unknown_pair = previous is not None and (
            (_unknown_syllable(word, kb) and "_" not in previous and kb.known(previous))
            or (_unknown_syllable(previous, kb) and "_" not in word and kb.known(word))
        )
        if unknown_pair and previous not in STOPWORDS and word not in STOPWORDS:
            out[-1] = f"{previous}_{word}"
        else:
            out.append(word)
    return out


def _as_written(text: str, first: str, last: str) -> str:
    """The words of ``text`` from those that fold to ``first`` to those that fold to
    ``last``, as the user wrote them.

    >>> _as_written("Nhiệm vụ nào dùng vốn đầu tư công?", "von", "cong")
    'vốn đầu tư công'
    """
    tokens = re.findall(r"\w+", text)
    folded = [fold(t) for t in tokens]

    def find(words: str, start: int = 0) -> tuple[int, int] | None:
        size = len(words.split())
        for i in range(start, len(tokens) - size + 1):
            if " ".join(folded[i : i + size]) == words:
                return i, i + size
        return None

    begin = find(first)
    end = find(last, begin[0]) if begin else None
    return " ".join(tokens[begin[0] : end[1]]) if begin and end else f"{first} … {last}"


def _words(text: str) -> list[str]:
    return re.findall(r"[0-9a-z]+", fold(text))


def _unknown_syllable(word: str, kb: KnowledgeBase) -> bool:
    """A Vietnamese syllable the plans never use; an acronym ("THPT") has no vowel."""
    return not kb.known(word) and "_" not in word and bool(re.search(r"[aeiouy]", word))


def _header_words(header: str) -> str:
    """ "Kinh phí (triệu đồng)" is asked for as "kinh phi"."""
    return " ".join(re.findall(r"[0-9a-z]+", fold(re.sub(r"\(.*?\)", "", header))))


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


def _event_line(event, lang: str, *, with_plan: bool) -> str:
    """ "• 15/12/2026 08:30 — Đối thoại … tại … (nhiệm vụ I.3)", naming the task's plan
    when several are loaded."""
    when = event.starts_at.strftime("%d/%m/%Y %H:%M")
    parts = [f"• {when} — {event.title}"]
    if event.place:
        parts.append(f"{'at' if lang == 'en' else 'tại'} {event.place}")
    if event.task_ref:
        of = f", {event.plan_number}" if with_plan and event.plan_number else ""
        parts.append(f"({'task' if lang == 'en' else 'nhiệm vụ'} {event.task_ref}{of})")
    return " ".join(parts)
