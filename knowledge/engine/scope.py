"""Which plans a question is about, and the answer forms every route shares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from .. import render
from ..agency_match import AgencyMatch
from ..agency_names import FOR_US
from ..answer import Answer, Context, Intent, Status, Suggestion, TaskRef
from ..english import phrases
from ..field_cues import ONCE_OR_AGAIN
from ..fields import AGENCY_ROLES, Role
from ..normalize import fold, number_key
from ..periods import Kind, Period
from ..question import Query
from ..store import Plan, Task
from ..words import STOPWORDS
from .common import (
    NUMBER_LIKE,
    THROUGH,
    TITLE_COMMON,
    words_of,
)
from .filters import common_body

SEEN = 12  # tasks a chat remembers for "quay lại việc … lúc nãy"

if TYPE_CHECKING:
    from . import Engine


class PlanIndex:
    """Plans by number ("87/kh-ubnd", "5-kh/tu"), by its leading digits ("87") and by place,
    so naming a plan costs a lookup however many plans are loaded."""

    def __init__(self, plans: list[Plan]) -> None:
        self.by_number: dict[str, list[int]] = {}
        self.by_digits: dict[str, list[int]] = {}
        self.by_place: dict[str, list[int]] = {}
        self.by_signer: dict[str, list[int]] = {}
        for plan in plans:
            signer = " ".join(re.findall(r"[0-9a-z]+", fold(plan.signer)))
            if len(signer.split()) >= 2:
                self.by_signer.setdefault(signer, []).append(plan.id)
            self.by_number.setdefault(plan.key, []).append(plan.id)
            digits = re.match(r"\d+", plan.key)
            if digits:
                self.by_digits.setdefault(digits[0], []).append(plan.id)
            for place in plan.places:
                self.by_place.setdefault(place, []).append(plan.id)

    def signed_by(self, folded: str) -> set[int]:
        """The plans whose signer the question names ("ông Võ Văn Minh ký với chức danh gì"),
        looked up by the question's runs of two to four words."""
        words = re.findall(r"[0-9a-z]+", folded)
        return {
            i
            for n in (2, 3, 4)
            for k in range(len(words) - n + 1)
            for i in self.by_signer.get(" ".join(words[k : k + n]), ())
        }

    def numbers_in(self, folded: str) -> set[int]:
        """The plans whose whole number a folded question writes, however it is spaced."""
        text = re.sub(r"\s*([/-])\s*", r"\1", folded)
        return {
            i
            for candidate in NUMBER_LIKE.findall(text)
            for i in self.by_number.get(number_key(candidate), ())
        }


# "Is the local TV station involved?", "does … have anything to do with this plan?"
_TAKES_PART = re.compile(
    r"\b(?:involved|tak(?:e|es|ing) part|(?:have|has) (?:anything|something) to do with"
    r"|(?:play|plays|have|has) (?:a|any) (?:part|role)|part of (?:this|it|the plan))\b"
)
# "Kế hoạch hành động thực hiện Chỉ thị 52-CT/TW": a plan named by the paper it carries out.
_CARRIES_OUT = re.compile(
    r"\b(?:ke hoach|chuong trinh|de an)(?: hanh dong)? (?:thuc hien|trien khai)"
    r"(?: thuc hien)? (?:\w+ ){0,2}(?:so )?(?P<digits>\d{1,5})\b"
)
# A kind of body standing for the one in hand: "Sở", "Bộ này", "cơ quan đó".
_KIND_IN_HAND = re.compile(
    r"\b(?:so|bo)(?= (?:khong|co|chu tri|phoi hop|chi dao|lam|con)\b)"
    r"|(?<!trong )\b(?:so|bo|co quan|don vi)(?: nay| do| ay| tren)\b"
)
# "những báo cáo nào", "các văn bản gì", "what needs to be done", "what … get done": things
# a plan's tasks make or do, asked for as a list; not "những cơ quan nào", who is asked.
_THINGS_ASKED = re.compile(
    r"\b(?:nhung|cac) (?!(?:co quan|don vi|to chuc|bo|so|nganh|ben)\b)(?:\w+ ){1,8}(?:nao|gi)\b"
    r"|\bwhat (?:\w+ ){0,6}(?:due|(?:get|be|been|is|are) (?:done|finished|completed))\b"
)
_THAT_GROUP = re.compile(
    r"\bnhom (?:nhiem vu |nv )?(?:do|nay|ay|tren|vua roi|vua neu)\b"
    r"|\b(?:that|this|the same) group\b"
)
_ONCE_OR_AGAIN = re.compile(ONCE_OR_AGAIN)
# Words that set aside the period after them: "thay vì hằng năm", "rather than every year".
_INSTEAD_OF = re.compile(
    r"\b(?:thay vi|thay cho|chu khong phai|chu ko phai|rather than|instead of)(?: \w+){0,3}\W*$"
)
NARROW_PLANS = 5  # plans in scope up to which reads go into each task's words
# Words up to which an item only names a part of its task ("Công trình giao thông.").
_PART_NAMED = 12


class TurnBase:
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
        self.filter_missed = False  # the filters found nothing to filter by
        self.group_of_topic = False  # the group is the one the topic's words name
        self.topic_best = 0.0  # the best coverage the topic's words found, once read
        self.items_shown: list[Task] = []  # the items listed under the one task shown
        if not q.group and _THAT_GROUP.search(q.folded) and context.tasks:
            # "Trong nhóm đó, nhiệm vụ nào …": the group the tasks just shown are in
            groups = {t.group for t in self.tasks_of(context.tasks)}
            q.group = groups.pop() if len(groups) == 1 else None

    @cached_property
    def named_plans(self) -> list[Plan] | None:
        """Plans the question names; None if it names none, [] if it names a missing one."""
        if self.forced is not None:
            return [self.forced]
        index = self.engine.plan_index
        # "Nghị quyết 105 do ai ký?": a paper's kind and a loaded plan's digits are that plan.
        own = {i for d in self.q.cited_digits for i in index.by_digits.get(d.lstrip("0"), ())}
        if not (self.q.plan_numbers or self.q.plan_digits or own) and not index.numbers_in(
            self.q.folded
        ):
            return self._plans_by_place()
        ids = index.numbers_in(self.q.folded) | own
        ids |= {i for d in self.q.plan_digits for i in index.by_digits.get(d.lstrip("0"), ())}
        found = [self.plan(i) for i in sorted(ids)] or self.carrying_out
        # A number that is no plan's may be another document's ("Nghị quyết 12/2022/NQ-HĐND"),
        # unless the question calls it a plan or asks for a task in it.
        return found if found or self.q.plan_named or self.q.refs else None

    @cached_property
    def carrying_out(self) -> list[Plan]:
        """ "Mục tiêu của Kế hoạch hành động thực hiện Chỉ thị 52-CT/TW": the plans whose
        title says they carry out the paper named, which the question names them by."""
        m = _CARRIES_OUT.search(self.q.folded)
        if m is None:
            return []
        titles = self.engine.title_words
        return [self.plan(i) for i in sorted(titles) if m["digits"] in titles[i]]

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

    @property
    def narrow(self) -> bool:
        """True when the answer draws on a few plans: the reads a task's words take (a
        paper's number in them, a period they name) are made there, not across 1,000."""
        if len(self.kb.plans()) <= NARROW_PLANS:
            return True
        return bool(self.scope) and len(self.scope) <= NARROW_PLANS

    def plan(self, plan_id: int) -> Plan:
        return self.kb.plan(plan_id)

    @cached_property
    def periods(self) -> list[Period]:
        """The periods that filter tasks: when tasks are asked for ("nhiệm vụ nào ... quý 2")
        or a deadline ("đến hạn Q2/2026"). Otherwise a period belongs to a question about the
        text: "tổng kinh phí năm 2025", "hằng năm báo cáo trước ngày nào"."""
        q = self.q
        if not q.periods or _ONCE_OR_AGAIN.search(q.folded):
            return []  # ("làm một lần hay định kỳ?" filters nothing)
        # ("… theo quý, thay vì thực hiện hằng năm": the period set aside filters nothing)
        kept = _in_the_year_named(
            [p for p in q.periods if not _INSTEAD_OF.search(q.folded[: p.span[0]])], q.folded
        )
        if not kept:
            return []
        deadline = Role.DEADLINE in q.fields and not kept[0].recurring
        # A period alone ("Q2/2026", "quý 3/2026 có gì?") asks for its tasks.
        alone = not [w for w in q.plain.split() if w not in STOPWORDS]
        # "Tháng này có những báo cáo nào phải trình?": things of the tasks asked for.
        things = bool(_THINGS_ASKED.search(q.plain)) and not kept[0].recurring
        listed = q.has("task_word") or things
        return kept if listed or deadline or q.relative or q.group or alone else []

    @cached_property
    def agencies(self) -> list[AgencyMatch]:
        found = self.engine.matcher.find(self.q.rest_text)
        # "Our company uses barcodes …. Anything about that?": businesses named only as who
        # asks are no agency asked about
        asker = self.about_us if self.lang == "en" else ""
        if found and asker:
            asked = self.engine.matcher.find(self.q.text[len(asker) :])
            found = [
                m
                for m in found
                if not common_body(m.alias) or any(a.agencies == m.agencies for a in asked)
            ]
        if len(found) > 1 and (aside := THROUGH.search(self.q.folded)):
            # "Chi cục TĐC được giao chủ trì (qua Sở KH&CN) …": the body it works through,
            # said in an aside, is no second agency asked about
            through = {m.agencies for m in self.engine.matcher.find(aside[1])}
            found = [m for m in found if m.agencies not in through] or found
        if not found and self.lang == "en" and FOR_US.search(self.q.folded[len(asker) :]):
            found = self.engine.matcher.find("doanh nghiệp")
        if not found and self.lang == "en" and _TAKES_PART.search(self.q.folded):
            # "Is the local TV station involved?": an agency in everyday words, which the
            # glossary renders as the start of its name ("đài truyền hình")
            rendered = [v for v in phrases(self.q.folded) if len(v.split()) > 1]
            found = [m for v in rendered for m in self.engine.matcher.find(v)]
        if not found and _KIND_IN_HAND.search(self.q.folded):
            # "việc nào Sở không trực tiếp chủ trì?", "cơ quan này còn làm gì?": the agency
            # the last answer was about; or, after one task's cells, "Bộ đó còn chủ trì
            # những việc nào?": the agency in the role last asked of it, or its lead.
            ids = frozenset(self.context.agencies or self._agencies_of_the_task_in_hand())
            found = [AgencyMatch(ids, "", 0, 0, True)] if ids else []
        # Initials that fit several agencies, then one of them named in full (a reply to
        # "which one?"): the one named.
        found = [
            m
            for m in found
            if not (m.by_initials and any(o is not m and o.agencies < m.agencies for o in found))
        ]
        # ("Bộ Y tế có được giao gì không hay chỉ Bộ KH&CN?": not the one named as the other
        # answer it might be)
        alternative = self._alternatives(found) if len(found) > 1 else []
        return [m for m in found if m not in alternative]

    def _agencies_of_the_task_in_hand(self) -> list[int]:
        if len(self.context.tasks) != 1:
            return []
        tasks = self.tasks_of(self.context.tasks)
        asked = [r for r in AGENCY_ROLES if r.value in self.context.columns]
        return self.kb.task_agencies(tasks[0].id, (asked or [Role.LEAD])[0]) if tasks else []

    def tasks_not_items(self, plan_id: int) -> tuple[list[Task], dict[int, str]]:
        """A plan's tasks without the items under them ("I.4.1" is a part of I.4, not a
        task of its own), and those items with their task's id."""
        tasks = self.kb.tasks(plan_ids=[plan_id], with_attrs=False)
        items = self.kb.parents(t.id for t in tasks)
        return [t for t in tasks if t.id not in items], items

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
        refs = self._with_parents(refs, tasks)
        plans = {r.plan for r in refs}
        plan = extra.pop("plan", None) or (plans.pop() if len(plans) == 1 else None)
        context = extra.pop("context", None)
        if context is None:
            context = self.context
            if refs:
                context = context.with_(tasks=refs, plan=plan or context.plan, pending=None)
        narrowed = self.q.has("narrow") and set(refs) <= set(self.context.listed)
        if len(refs) > 1 and not narrowed:
            # A list narrowed "trong số đó" leaves the list it came from, for "cái còn lại".
            context = context.with_(listed=refs)
        elif len(tasks) == 1 and self._items_of(tasks[0]):
            # One task shown with its items listed: "cái thứ 2" is the second item.
            number = refs[0].plan
            context = context.with_(listed=tuple(TaskRef(number, i.ref) for i in self.items_shown))
        listing = extra.pop("listing", None)
        if status is not Status.NOT_FOUND:
            context = self._remembered(context, refs, listing)
            if not refs and not (listing and listing[1]) and len(extra.get("sections", ())) == 1:
                # one part of the text shown: the one in hand ("By what date?")
                context = context.with_(kind="sections", item=extra["sections"][0])
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

    def _items_of(self, task: Task) -> bool:
        """Whether the items listed in this turn are the task's."""
        return bool(self.items_shown) and all(
            i.plan_id == task.plan_id and i.ref.startswith(f"{task.ref}.") for i in self.items_shown
        )

    def _with_parents(
        self, refs: tuple[TaskRef, ...], tasks: Sequence[Task]
    ) -> tuple[TaskRef, ...]:
        """An item that only names a part of its task ("I.4.3: Công trình hạ tầng năng
        lượng.") means something with that task: the answer names the task too. An item
        that says a whole piece of work ("III.2.4: Thực hiện các nhiệm vụ … sắp xếp … cơ sở
        y tế …") is the answer on its own."""
        if len(tasks) > 50:
            return refs
        parents = self.kb.parents(t.id for t in tasks)
        if not parents:
            return refs
        out: list[TaskRef] = []
        for ref, task in zip(refs, tasks, strict=True):
            out.append(ref)
            if task.id in parents and len(task.content.split()) <= _PART_NAMED:
                out.append(TaskRef(ref.plan, parents[task.id]))
        return tuple(dict.fromkeys(out))

    def _remembered(
        self,
        context: Context,
        refs: tuple[TaskRef, ...],
        listing: tuple[str, Sequence[str]] | None,
    ) -> Context:
        """The context after an answer: its kind and items, the columns asked, the tasks
        talked about so far."""
        if listing:
            context = context.with_(kind=listing[0], items=tuple(listing[1]))
        elif refs:
            context = context.with_(kind="tasks", items=())
        if refs:
            seen = tuple(r for r in context.seen if r not in refs) + refs
            context = context.with_(seen=seen[-SEEN:])
        asked = tuple(r.value for r in self.q.fields)
        return context.with_(columns=asked) if asked else context

    def _source(self, tasks: Sequence[Task]) -> str:
        """Where the tasks are written, plan by plan."""
        by_plan: dict[int, list[str]] = {}
        for task in tasks:
            by_plan.setdefault(task.plan_id, []).append(task.ref)
        return render.sources([(self.plan(pid), refs) for pid, refs in by_plan.items()], self.lang)

    def _about_plan(
        self,
        plan: Plan,
        intent: Intent,
        title: str,
        items: Sequence[str],
        listing: tuple[str, Sequence[str]] | None = None,
        status: Status = Status.FOUND,
    ) -> Answer:
        """An answer about a plan as a whole; the plan becomes the chat's focus."""
        return self._answer(
            status,
            intent,
            title,
            items,
            render.source(plan, self.lang),
            plan=plan.number,
            context=self.context.with_(plan=plan.number),
            listing=listing,
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

    def _plan_by_title(self, plans: list[Plan], words_needed: int = 2) -> Plan | None:
        """The one plan whose title holds the most of the question's words, at least two
        ("trong kế hoạch chuyển đổi số, ai chủ trì II.2?"); None if no plan stands out."""
        words = set(words_of(self.q.plain)) - STOPWORDS - TITLE_COMMON
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

    def _one_plan(self, intent: Intent, what: str) -> Plan | Answer:
        scope = self.scope or [p.id for p in self.kb.plans()]
        if len(scope) > 1:
            return self._ambiguous(intent, what, [self.plan(p) for p in scope])
        return self.plan(scope[0])

    def _content_words(self) -> list[str]:
        """The question's words that are neither function words nor a plan's own words."""
        words = self.engine.lexicon.segment(self.q.plain.split())
        return [w for w in words if w not in STOPWORDS and w not in TITLE_COMMON]


_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")
# A quarter or month by its number ("quý 3", "q2", "tháng 5"), not "cuối năm nay"
_NUMBERED_PART = re.compile(r"(?:quy|q|thang|quarter|month)\s*(?:\d|[ivx]+\b)")


def _in_the_year_named(periods: list[Period], folded: str) -> list[Period]:
    """A year and a quarter or month named apart ("năm 2026 có nv nào hết hạn trong quý
    3", "năm nay … hạn quý 2"): the quarter or month of that year, not the whole year too.

    >>> year = Period(Kind.YEAR, date(2025, 1, 1), date(2025, 12, 31), (0, 8))
    >>> q3 = Period(Kind.QUARTER, date(2026, 7, 1), date(2026, 9, 30), (13, 18))
    >>> [(p.kind.value, p.start) for p in _in_the_year_named([year, q3], "nam 2025 ... quy 3")]
    [('quarter', datetime.date(2025, 7, 1))]
    """
    years = [p for p in periods if p.kind is Kind.YEAR]
    parts = [
        p
        for p in periods
        if p.kind in (Kind.QUARTER, Kind.MONTH)
        and _NUMBERED_PART.match(folded[p.span[0] : p.span[1]])
    ]
    if not years or not parts or len(periods) != len(years) + len(parts):
        return periods
    # ("quý III (các năm 2025 và 2026)": that quarter of each year)
    each = [_moved(parts, year.start.year, folded) for year in years]
    return periods if None in each else [p for moved in each for p in moved]


def _moved(parts: list[Period], year: int, folded: str) -> list[Period] | None:
    """The parts in ``year``, those whose own year is written kept; None if one is of
    another year."""
    moved = [
        p
        if _YEAR_WRITTEN.search(folded[p.span[0] : p.span[1]])
        else replace(p, start=p.start.replace(year=year), end=p.end.replace(year=year))
        for p in parts
    ]
    return moved if all(p.start.year == year for p in moved) else None
