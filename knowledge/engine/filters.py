"""Tasks filtered by agency and role, period and group."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from .. import render
from ..agency_match import AgencyMatch
from ..answer import Answer, Intent, TaskRef
from ..fields import AGENCY_ROLES, Role
from ..refs import group_forms
from ..role_negation import negated_roles
from ..store import Task
from .common import (
    ROLE_NAMES,
    SEVERAL,
    WHICH_TASKS,
    YES_NO,
    as_written,
    words_of,
)
from .due import DueMixin
from .filter_topics import ABOUT, FilterTopicsMixin
from .task_lists import TaskListsMixin, by_plan

ANY_ROLE = "any"  # the context's roles when an agency's tasks were asked in every role


_MENTIONS = re.compile(
    r"\b(?:anything|something|say|says|said|mentions?|mentioned) about\b"
    r"|\b(?:noi gi|nhac gi|nhac den|nhac toi|de cap den|de cap toi) (?:ve )?"
)
_WHOSE = re.compile(r"\bcua(?: \w+){0,3}\s*$")
# Whom a task serves: "hỗ trợ chi phí … cho doanh nghiệp", "giúp người dân" (not "giao cho").
_FOR_WHOM = re.compile(r"\b(?:(?<!giao )cho|ho tro|giup)(?: \w+)?\s*$")


# Bodies at large that a task's words name as often as its cells do.
_COMMON_BODIES = frozenset(
    "doanh nghiep nguoi dan hop tac xa nha dau tu to chuc ca nhan businesses business companies"
    " company firms enterprises manufacturers producers people citizens investors".split()
)


# "What does the plan ask of companies like us?": their part, whom the tasks involve
_ASKED_OF = re.compile(r"\b(?:asks?|expects?|requires?|wants?|needs?) (?:of|from)\b")


def common_body(alias: str) -> bool:
    """Whether an agency's name as asked is businesses or people at large."""
    words = alias.split()
    return bool(words) and set(words) <= _COMMON_BODIES


def _ends(words: list[str]) -> tuple[str, str]:
    """The first and last of the words, as spaced text, for :func:`_as_written`."""
    return words[0].replace("_", " "), words[-1].replace("_", " ")


class FiltersMixin(FilterTopicsMixin, DueMixin, TaskListsMixin):
    def _only_its_name(self) -> bool:
        """ "And the military command?": in English, the agency matched by a word of it ("the
        military"), whose topic words are its name as the glossary renders it."""
        if self.lang != "en" or not self.topic_words:
            return False
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        names = {w for name in self.kb.agency_names(ids) for w in words_of(name)}
        return all(set(w.split("_")) <= names for w in self.topic_words)

    def _agency_filter(self) -> list[AgencyMatch]:
        """Agencies the question filters by: named with a role, or asking for tasks."""
        q = self.q
        if not self.agencies:
            return []
        # "Sở X làm cơ quan chỉ đạo những nhiệm vụ nào?" asks for tasks, not for an agency.
        tasks_asked = bool(WHICH_TASKS.search(q.folded))
        if q.has("asks_who") and not (q.has("with_whom") or q.has("negated") or tasks_asked):
            # "Nhiệm vụ đối thoại doanh nghiệp do ai chủ trì?": the agency is the topic; but
            # "Ngoài Bộ X, những bộ nào chủ trì?" asks for the tasks X does not lead.
            return []
        if (
            q.has("asks_who")
            and q.has("negated")
            and not tasks_asked
            and (q.refs or self.task_described)
        ):
            # "Ngoài Sở KH&CN, việc đối thoại với doanh nghiệp còn cơ quan nào tham gia?",
            # "nv IV.3 ngoài btc ra còn ai làm": the others of the task named or described.
            return []
        # ("Bộ X đồng chủ trì với ai trong đề án?": X in that role, and who with)
        roles_named = q.has("involved") or (
            any(r in q.fields for r in AGENCY_ROLES)
            and (not q.has("asks_who") or tasks_asked or q.has("with_whom"))
        )
        # (Counted as written: "VTV" is one word, though it stands for five.)
        spans = self.engine.matcher.name_spans(q.folded)
        named = sum(len(q.folded[a:b].split()) for a, b in spans)
        covers = named >= 0.6 * max(1, len(self.q.plain.split())) or self._only_its_name()
        # "Trong số đó cái nào của Sở X?": the list just shown, by agency.
        narrows = q.has("narrow") and bool(self.context.listed or self.context.tasks)
        # ("Bộ Công an lo phần nào?": what it is given to do)
        # ("Does the plan say anything about the army?": what it gives that body)
        mentioned = bool(_MENTIONS.search(q.folded))
        asked = (
            roles_named or q.has("task_word") or q.has("duties") or covers or narrows or mentioned
        )
        if not (asked or self._another_agency):
            return []
        # (A deadline asked with a period is the period's: "từ nay đến cuối năm Bộ X còn
        # những nv nào phải xong")
        dated = bool(self.periods or q.relative)
        other_column = any(
            f not in (*AGENCY_ROLES, Role.CONTENT) and not (f is Role.DEADLINE and dated)
            for f in q.fields
        )
        if other_column and not (roles_named or covers or q.has("duties")) and self.task_described:
            # "Nhiệm vụ xây dựng chuyên mục … trên VTV, VOV có kết quả đầu ra là gì?": the
            # agencies are words of the task described, whose column is asked.
            return []
        claim = q.has("claim") and roles_named and not tasks_asked and self.narrow
        if claim and self.described(None):
            # "Công an tỉnh có phải là đơn vị chủ trì việc <a task's words> không?": a claim
            # about the task described, checked against its cells, not the agency's tasks
            return []
        asked_of = q.has("duties") or bool(_ASKED_OF.search(q.folded))
        common = all(common_body(m.alias) for m in self.agencies)
        # "có nv nào về tiếp nhận góp ý của dn ko, ai chủ trì": businesses named inside what
        # the task is about ("về …") are words of it, whatever role is asked
        # (or whose words they are: "tiếp nhận phản ánh, góp ý của doanh nghiệp")
        before = q.folded[: spans[0][0]] if spans else ""
        inside_topic = bool(spans) and bool(ABOUT.search(before) or _WHOSE.search(before))
        # ("hỗ trợ chi phí … cho doanh nghiệp": whom it serves, unless their role is asked,
        # "cho doanh nghiệp tham gia phối hợp")
        inside_topic |= bool(spans) and bool(_FOR_WHOM.search(before)) and not roles_named
        if common and inside_topic and not (covers or narrows):
            return []
        if common and q.has("asks_who") and not (covers or narrows or q.has("with_whom")):
            # "Which task organises matching between foreign investors and Vietnamese firms,
            # and who leads it?": who is asked; the firms are words of the task
            return []
        if common and not (roles_named or covers or asked_of):
            # "nhiệm vụ về tiếp nhận góp ý của doanh nghiệp", "nhiệm vụ lựa chọn các doanh
            # nghiệp công nghệ số": businesses or people at large, with no role, are words of
            # the task asked about.
            return []
        return self.agencies

    @property
    def _another_agency(self) -> bool:
        """ "Còn Bộ Y tế thì sao?" after a question about an agency's tasks: the same
        question, of this agency."""
        return bool(
            self.q.has("still")
            and self.agencies
            and self.context.agencies
            and self.context.kind == "tasks"
            and not self.q.refs
        )

    @cached_property
    def topic_beyond_title(self) -> list[str]:
        """The topic's words, less the plan's own title words ("đề án", "bổ sung"), which
        name no topic of its tasks."""
        title: set[str] = set()
        for plan_id in self.scope or ():
            title |= self.engine.title_words[plan_id]
        return [w for w in self.topic_words if not set(w.split("_")) <= title]

    @cached_property
    def asks_all(self) -> bool:
        """ "Danh sách các nhiệm vụ": every task; "danh sách các nhiệm vụ về phát triển nguồn
        nhân lực" asks those on a topic."""
        return self.q.has("all") and not self.topic_beyond_title

    @cached_property
    def _other_role_of_last_agency(self) -> bool:
        """ "Còn phối hợp những nhiệm vụ nào?", "còn chỉ đạo?" after an agency's tasks: that
        agency in another role, not the other agencies of those tasks."""
        q = self.q
        return bool(
            self.context.agencies
            # After "ai chủ trì?" of a task, "còn phối hợp?" is that task's column.
            and self.context.answered != "columns"
            and any(r in q.fields for r in AGENCY_ROLES)
            and (q.has("task_word") or (q.has("still") and not q.has("asks_who")))
            and not self.periods
            and not q.relative
            and not q.refs
            and not q.has("points_back")  # "2 việc đó ai chỉ đạo?" is about those tasks
            # (and not when it plays no part in that role while one task is in hand: then
            # "còn phối hợp?" is that task's column)
            and not (
                len(self.context.tasks) == 1
                and not q.has("task_word")
                and not self.kb.agency_tasks(
                    self.context.agencies, [r for r in q.fields if r in AGENCY_ROLES], self.scope
                )
            )
        )

    def filtered(self) -> Answer | None:
        """Tasks filtered by agency and role, deadline, and group; or their count."""
        q = self.q
        agencies = self._agency_filter()
        if not agencies and self._other_role_of_last_agency:
            agencies = [AgencyMatch(frozenset(self.context.agencies), "", 0, 0, True)]
        if not (agencies or self.periods or q.relative or q.group or self.asks_all):
            # "Về đào tạo có mấy việc?" counts the tasks on that topic, not the plan's.
            counts_all = q.has("count") and q.has("task_word") and not self.topic_beyond_title
            in_hand = self.context.listed or self.context.tasks
            if counts_all and q.has("narrow") and in_hand:
                # "trong số đó có bao nhiêu nhiệm vụ?": those of the list just shown
                what = "of the list just shown" if self.lang == "en" else "trong danh sách vừa rồi"
                return self.task_list(self.tasks_of(in_hand), Intent.TASK, what, self.context)
            return self.count_all() if counts_all else None
        scope = self.scope
        if q.has("negated") and scope is None and len(self.kb.plans()) > 1:
            # "Every task but …" is a question about one plan: which, before reading them all.
            intent = Intent.AGENCY if agencies else Intent.DUE
            return self._ambiguous(intent, f"«{q.text}»", self.kb.plans())
        tasks: list[Task] | None = None
        none_about = ""  # what the agency named has no task about, asked yes or no
        roles_of: dict[int, set[str]] = {}
        describe: list[str] = []
        roles = [r for r in q.fields if r in AGENCY_ROLES]
        if not roles and self._another_agency:
            # "Bộ Tài chính phối hợp việc nào?" / "còn Bộ Y tế thì sao?": the same role.
            # Of the last question about an agency's tasks, not of a column asked since
            # ("Công an tỉnh chủ trì gì?", "ai chỉ đạo việc đó?", "còn Bộ CHQS thì sao?").
            # ("any": the agency's tasks were asked in no role of their own.)
            asked = self.context.roles or self.context.columns
            roles = [Role(c) for c in asked if c != ANY_ROLE and Role(c) in AGENCY_ROLES]
        if agencies and q.has("with_whom") and roles:
            # "Bộ Chỉ huy quân sự tỉnh phối hợp với ai?": the agency's tasks, and who
            # plays the role asked in them.
            shown_roles, roles = tuple(roles), []
        else:
            shown_roles = ()
        aside, absent = (
            self._set_aside(agencies) if q.has("negated") and len(agencies) > 1 else ([], False)
        )
        if not aside and q.has("negated") and self._aside_unknown(agencies):
            q.flags.discard("negated")  # "Ngoài Sở Tài chính, …", a body no plan names
        aside_ids = frozenset().union(*(m.agencies for m in aside))
        if aside:
            # The negation is spent on the agencies it sets aside: the others' tasks are asked.
            agencies = [m for m in agencies if m not in aside]
            q.flags.discard("negated")
        if agencies:
            ids = frozenset().union(*(m.agencies for m in agencies))
            # "phối hợp chứ không chủ trì": the tasks of one role, without those of the other.
            held_not = negated_roles(q.folded, roles) if q.has("negated") else set()
            if held_not:
                roles = [r for r in roles if r not in held_not]
                without = self.kb.agency_tasks(ids, list(held_not), scope)
            spans = self._name_spans_of(agencies) if len(agencies) > 1 else []
            paired = [] if q.has("negated") else self._each_in_its_role(agencies, roles, spans)
            if paired:
                roles_of = self._held_in_pairs(paired, scope)
            elif (q.has("all_of") or self._nested(spans)) and (len(agencies) > 1 or len(roles) > 1):
                roles_of = self._held_by_all(agencies, roles, scope)
            else:
                roles_of = self.kb.agency_tasks(ids, roles, scope)
            if aside:
                without = self.kb.agency_tasks(aside_ids, [] if absent else roles, scope)
            if held_not or aside:
                roles_of = {i: r for i, r in roles_of.items() if i not in without}
            tasks = self.kb.tasks_by_ids(roles_of, with_attrs=False)
            names = ", ".join([n for n in self.kb.agency_names(ids) if n][:3])
            role_words = ROLE_NAMES[self.lang]
            joiner = " & " if q.has("all_of") else "/"
            described = f"{names} {joiner.join(role_words[r.value] for r in roles)}".strip()
            if paired:
                described = ", ".join(
                    f"{self.kb.agency_names(m.agencies)[0]} {role_words[r.value]}"
                    for m, r in paired
                )
            if aside:
                others = ", ".join(self.kb.agency_names(aside_ids))
                described += f", not {others}" if self.lang == "en" else f", không phải {others}"
            if held_not:
                not_words = "/".join(role_words[r.value] for r in held_not)
                described += f", not {not_words}" if self.lang == "en" else f", không {not_words}"
            elif q.has("negated"):
                # "không do Sở KH&CN chủ trì": every other task in scope.
                tasks = [
                    t
                    for t in self.kb.tasks(plan_ids=scope, with_attrs=False)
                    if t.id not in roles_of
                ]
                roles_of = {}
                described = f"not {described}" if self.lang == "en" else f"không phải {described}"
            describe.append(described)
            # Words that describe one of its tasks ("Khi kết nối hệ thống cơ sở dữ liệu …, Sở
            # KH&CN phối hợp với ai?"): the task shown says what they are about.
            # (but "những nhiệm vụ nào liên quan đến A và B": each of its tasks on them)
            about = self._about_words()
            if about and q.group and self._title_of_group_holds(q.group, about):
                about = []  # "trong nhóm nhiệm vụ về thanh tra, …": the group, by its title
            several_about = bool(about) and bool(SEVERAL.search(q.folded))
            on_topic = set(self.described(tasks)) if tasks and not several_about else set()
            if on_topic:
                about = []
            if about and tasks:
                # "BNNMT chủ trì nhiệm vụ nào về cơ sở dữ liệu thiên tai?": those of its tasks.
                on_topic = self._on_topics(about, tasks)
                if on_topic:
                    describe.append(as_written(q.text, *_ends(about)))
                elif YES_NO.search(q.folded) and self._about_others(about, tasks):
                    # "Công an tỉnh có chủ trì nhiệm vụ nào về đầu tư ngân sách … không?": no,
                    # that is another's task; its own say what it does instead
                    none_about = as_written(q.text, *_ends(about))
            if on_topic:
                # The items of a task described come with it: "Bộ GD&ĐT làm gì trong việc sắp
                # xếp trường học?" is also the item of it the ministry leads.
                # (read under each task described: the agency's tasks may be thousands)
                held = {t.id for t in tasks}
                on_topic |= {
                    i
                    for t in tasks
                    if t.id in on_topic
                    for i in self.kb.item_ids(t.plan_id, t.ref)
                    if i in held
                }
                tasks = [t for t in tasks if t.id in on_topic]
            if not roles:
                tasks = self._own_items_first(tasks, roles_of)
        period_tasks, period_text = self._period_tasks(scope)
        if period_tasks is not None and q.has("negated") and not (agencies or q.relative):
            # "Nhiệm vụ nào không phải hằng năm?": every other task.
            held = {t.id for t in period_tasks}
            period_tasks = [
                t for t in self.kb.tasks(plan_ids=scope, with_attrs=False) if t.id not in held
            ]
            period_text = f"not {period_text}" if self.lang == "en" else f"không phải {period_text}"
        if period_tasks is not None:
            unfiltered = tasks
            if tasks is None:
                tasks = period_tasks
            else:
                ids = {t.id for t in period_tasks}
                tasks = [t for t in tasks if t.id in ids]
            if unfiltered and not tasks and self._a_year_or_more():
                # "Trong năm 2026, Công an tỉnh phải làm gì?": none of its tasks is due in
                # the year, but those it does every year are done in it too
                tasks = [t for t in unfiltered if t.period and t.period.recurring]
                period_text = "recurring" if self.lang == "en" else "thực hiện định kỳ, hằng năm"
            describe.append(period_text)
            one = not (agencies or q.has("count") or WHICH_TASKS.search(q.folded))
            if one and len(tasks) > 1 and (described := self._described_among(tasks)):
                # "Nhiệm vụ xây dựng kế hoạch tuyên truyền hằng năm do ai chủ trì?": of the
                # tasks due so, the one the words describe
                tasks = [t for t in tasks if t.id == described]
        if q.group:
            codes = group_forms(q.group)  # II or 2
            in_group = [
                t
                for code in sorted(codes)
                for t in self.kb.tasks(plan_ids=scope, group=code, with_attrs=False)
            ]
            tasks = in_group if tasks is None else [t for t in tasks if t.group in codes]
            describe.append(f"{render.word('group', self.lang).lower()} {q.group}")
            # "nv bồi dưỡng cập nhật kiến thức (nhóm I) ai chỉ đạo": the one it describes;
            # not of a group its title's words named, whose tasks they all describe
            # ("international cooperation on disaster prevention", group VI of a plan on
            # disasters, whose subject a task repeats)
            described = not (agencies or self.group_of_topic) and len(tasks) > 1
            if described and (ids := self.described(tasks)):
                tasks = [t for t in tasks if t.id == ids[0]]
        if tasks is not None and (valued := self.column_values_held()):
            # "… do Bộ Y tế chủ trì mà sản phẩm là nghị quyết của Chính phủ": those of them
            held, said = valued
            tasks = [t for t in tasks if t.id in held]
            describe.append(said)
        if tasks is None and self.asks_all:
            tasks = self.kb.tasks(plan_ids=scope, with_attrs=False)
            describe.append("all" if self.lang == "en" else "tất cả")
        if q.has("narrow") and self.context.tasks and tasks is not None:
            # "trong số đó": the list shown, even after one of it was picked ("cái thứ 2").
            # ("trong hai nhiệm vụ đó": the last two talked about, though asked one by one)
            listed = set(self.counted_back(self.context.listed or self.context.tasks))
            # The plans of the list first: a filter across plans may hold thousands of tasks.
            numbers = {r.plan for r in listed}
            plan_ids = {p.id for p in self.kb.plans() if p.number in numbers}
            if len(listed) == 1:
                # "trong mấy việc con của nhiệm vụ đó": of one task, its items
                (one,) = listed
                listed |= {
                    TaskRef(one.plan, item.ref)
                    for plan_id in plan_ids
                    for item in self.kb.items(plan_id, one.ref)
                }
            narrowed = [
                t
                for t in tasks
                if t.plan_id in plan_ids and TaskRef(self.plan(t.plan_id).number, t.ref) in listed
            ]
            # "Còn cái nào sắp tới hạn?" after the overdue ones: what else, not which of them.
            tasks = narrowed if narrowed or not q.has("still") else tasks
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
        # With their extra columns; across plans, grouped by plan, the largest share first.
        self.counted_across = len(tasks)
        shown, self.plans_across = by_plan(tasks)
        if len(self.plans_across) > 1:
            tasks = shown
        tasks = self.kb.tasks_by_ids(t.id for t in tasks)
        context = self.context.with_(
            agencies=tuple(sorted(frozenset().union(*(m.agencies for m in agencies))))
            if agencies
            else self.context.agencies,
            roles=(tuple(r.value for r in roles) or (ANY_ROLE,))
            if agencies
            else self.context.roles,
        )
        shown = shown_roles or tuple(r for r in q.fields if r in AGENCY_ROLES) or (Role.LEAD,)
        if agencies and shown == (Role.COORD,):
            # "Sở Nội vụ phối hợp việc nào?": and with whom, the lead it works with.
            shown = (Role.LEAD, Role.COORD)
        answer = self.task_list(
            tasks,
            intent,
            "; ".join(d for d in describe if d),
            context,
            roles=(*shown, Role.DEADLINE),
            roles_of=roles_of if agencies and not roles else {},
            cells_of=self._other_cells_asked(tasks),
        )
        if none_about:
            whose = describe[0] if describe else ""
            no = (
                f"No: no task about {none_about} ({whose})."
                if self.lang == "en"
                else f"Không: không có nhiệm vụ nào về {none_about} ({whose})."
            )
            answer = replace(answer, title=f"{no} {answer.title}")
        return answer

    def _own_items_first(self, tasks: list[Task], roles_of: dict[int, set[str]]) -> list[Task]:
        """An agency's tasks without a task it only partners in when it leads an item of it
        that says all the question asks: Bộ GD&ĐT leads III.2.3, the schools' part of III.2,
        and is one of III.2's partners; its part is the item. (Not when the question asks
        more than the item says: "sắp xếp cơ sở y tế, trường học" of Bộ Y tế is III.2 too.)"""
        # (a list of hundreds, across plans, is of no one task and its items)
        items = self.kb.parents(t.id for t in tasks) if len(tasks) <= 200 else {}
        if not items:
            return tasks
        by_ref = {(t.plan_id, t.ref): t for t in tasks}
        by_id = {t.id: t for t in tasks}
        asked = set(self._about_words())

        def says(task: Task) -> set[str]:
            return set(self.engine.lexicon.segment(words_of(task.content)))

        umbrella = {
            parent.id
            for item, ref in items.items()
            if (parent := by_ref.get((by_id[item].plan_id, ref)))
            and "lead" in roles_of.get(item, ())
            and "lead" not in roles_of.get(parent.id, ())
            and not (asked & says(parent)) - says(by_id[item])
        }
        return [t for t in tasks if t.id not in umbrella]

    def _a_year_or_more(self) -> bool:
        """Whether the one period asked is a year or longer ("năm 2026", "2026–2027")."""
        return len(self.periods) == 1 and (self.periods[0].end - self.periods[0].start).days >= 364

    def _described_among(self, tasks: list[Task]) -> int | None:
        """The one of ``tasks`` the question's words describe, but the period's ("hằng
        năm" describes no task's text), of two words or more."""
        said = {w for p in self.periods for w in self.engine.lexicon.segment(words_of(p.label()))}
        return self.only_described(tasks, frozenset(said), least=2)

    def _other_cells_asked(self, tasks: list[Task]) -> dict[int, list[str]] | None:
        """The cells of the other columns asked of a filter's tasks, by header: "Nhiệm vụ của
        bộ đó do cấp nào phê duyệt?" shows each one's "Cấp phê duyệt"."""
        extra = [r for r in self.q.fields if r in (Role.PRODUCT, Role.BUDGET, Role.NOTE)]
        if not (extra or self.named_headers) or not tasks:
            return None
        cells = self._column(extra).cells
        return {
            t.id: [f"{name}: {value}" for name, value in self._labelled(t, cells.get(t.id, []))]
            for t in tasks
        }
