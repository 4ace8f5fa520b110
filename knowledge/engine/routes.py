"""The routes from a read question to its answer, in one table.

Each :class:`Route` says when it applies and how it answers. The routes are tried in the
table's order; the first that finds something wins. One that finds nothing gives way to the
next route that applies ("mục II.3" with no body section II.3 is the appendix's task II.3),
and its "not found" is the answer only if no later route finds anything, or if the route is
``final`` for the question (a period the user asked for that holds no task).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..answer import Answer, Status
from ..fields import Role
from .claims import WHERE_ASKED
from .common import HAD, IT, NUMBER_LIKE, OFFICE_ASKED, REVISING, WHICH_TASKS
from .compare import SAME_DEADLINE
from .conditions import (
    a_cited_paper_asked,
    a_column_of_a_task,
    a_date_of_the_part_in_hand,
    a_number_not_stated_asked,
    a_period_checked_in_hand,
    a_period_in_a_tasks_words,
    a_task_state_asked,
    an_agencys_part_in_hand,
    asks_who_of_the_part_in_hand,
    day_asked,
    done_of_the_list_asked,
    every_task_claimed_asked,
    explicit_filter,
    of_a_task,
    of_the_papers_in_hand,
    of_the_plan,
    plan_digits_only,
    schedule_asked,
    small_talk_only,
    tasks_marked_done_asked,
)
from .funding import agency_funding_asked
from .items import CONSISTS_OF, SIMILAR, WHICH_NUMBER
from .outline import ARTICLES, PARTS
from .overseer import asks_who_is_in_charge, office_duties_asked
from .paper_conditions import (
    a_bare_when,
    a_plan_named_and_when,
    another_papers_facts_asked,
    issued_by_a_task,
    who_carries_it_out,
)
from .plan_facts import DETAILS_ASKED
from .schedule import asks_the_unsaid
from .turn import Answering

# "cái số 6", "việc thứ 7": a thing by its number, not "mục 3", a part of the text.
_THING_NUMBERED = re.compile(r"\b(?:cai|viec) (?:so|thu) \d{1,2}\b")


class Turn(Answering):
    """A turn answered by the route table below."""

    def dispatch(self) -> Answer:
        """The first route that finds something; else the first "not found" met."""
        missed: Answer | None = None
        for route in ROUTES:
            if not route.when(self):
                continue
            answer = route.answer(self)
            if answer is None:
                continue
            if route.follow_up:
                self.self_contained = False
            if answer.status is not Status.NOT_FOUND:
                return answer
            missed = missed or answer
            if route.final(self):
                return missed
        return missed or self.help(Status.FOUND if self.q.has("help") else Status.NOT_FOUND)


_TASK_LIKE = re.compile(r"[IVXL\d]+(?:\.\d+)?")


def _numbered_and_titled(turn: Turn) -> bool:
    """Whether the body section a question numbers is also named by its title."""
    section = turn.titled_section
    return section is not None and section.ref in turn.q.section_refs


def _always(turn: Turn) -> bool:
    return True


def _never(turn: Turn) -> bool:
    return False


@dataclass(frozen=True)
class Route:
    """When a route applies, how it answers, and whether its "not found" is final."""

    name: str
    when: Callable[[Turn], bool]
    answer: Callable[[Turn], Answer | None]
    follow_up: bool = False  # the question leans on the chat before it
    final: Callable[[Turn], bool] = _never


ROUTES: tuple[Route, ...] = (
    Route("unknown plan", lambda t: t.named_plans == [], Turn.unknown_plan, final=_always),
    Route("plan picked", lambda t: bool(t.context.pending), Turn.picked_plan, follow_up=True),
    Route(
        "column of the pending question",
        lambda t: bool(t.context.pending) and t._asks_a_column_only(),
        Turn.column_of_pending,
        follow_up=True,
    ),
    Route("same question, other plan", Turn._switches_plan, Turn.last_question_in_plan, True),
    Route("same question, other group", Turn._switches_group, Turn.last_question_in_group, True),
    Route(
        "small talk",
        small_talk_only,
        Turn.small_talk,
        follow_up=True,
    ),
    Route(
        "place in the last list of other things",
        lambda t: bool(
            t.q.place and not t.q.refs and t.context.kind not in (None, "tasks") and t.context.items
        ),
        Turn.place_in_items,
        follow_up=True,
        final=_always,
    ),
    Route(
        "place in the last list",
        # The list shown last: after "trong số đó …" narrowed a list, "the second one" is of
        # the narrowed list (which "cái còn lại" leaves for the list it came from).
        lambda t: bool(t.q.place and len(t.context.listed) > 1 and not t.q.refs),
        lambda t: t.list_place(
            t.q.place, t.context.tasks if len(t.context.tasks) > 1 else t.context.listed
        ),
        follow_up=True,
        final=_always,
    ),
    Route(
        "an item of the task in hand by its number",
        lambda t: bool(t.context.tasks and (t.q.section_refs or t.q.refs)),
        Turn.item_numbered_in_hand,
        follow_up=True,
    ),
    Route(
        "place in the plan",
        # (or "còn cái số 6?" with no list in hand: the plan's own list)
        lambda t: bool(
            t.q.place
            and (
                t.q.has("task_word")
                or (
                    _THING_NUMBERED.search(t.q.folded) and not (t.context.listed or t.context.items)
                )
            )
            and not (t.q.refs or t.q.bare_numbers)
        ),
        Turn.place_in_plan,
    ),
    Route(
        "the documents to review in hand",
        of_the_papers_in_hand,
        Turn.documents_in_hand,
        follow_up=True,
        # (their time column left blank is the answer, not a task's that says "rà soát")
        final=lambda t: Role.DEADLINE in t.q.fields,
    ),
    Route(
        "the others of the last list",
        lambda t: t.q.has("other") and not t.q.refs and bool(t.context.listed or t.context.tasks),
        Turn.the_others,
        follow_up=True,
    ),
    Route(
        "the ones of the last list marked done",
        done_of_the_list_asked,
        Turn.done_of_the_list,
        follow_up=True,
    ),
    Route(
        "the next or previous task",
        lambda t: (
            (t.q.has("next") or t.q.has("previous")) and not t.q.refs and bool(t.context.tasks)
        ),
        Turn.neighbour,
        follow_up=True,
    ),
    Route(
        "back to an earlier task",
        lambda t: t.q.has("back") and not t.q.refs and bool(t.context.seen),
        Turn.back_to,
        follow_up=True,
    ),
    Route(
        "document to review by its number",
        lambda t: bool(t.q.plan_digits or t.q.cited_digits),
        Turn.named_document,
        # (found, with the column asked left blank: "Thời gian" of a paper to review)
        final=_always,
    ),
    Route(
        "a paper's number in tasks' cells",
        # (not one the asker has already: "Ngoài Chương trình 12-CTr/BCĐ, việc đó còn …")
        lambda t: (
            bool(NUMBER_LIKE.search(HAD.sub(" ", t.q.folded, count=1)) or t.q.cited_digits)
            and of_a_task(t)
        ),
        Turn.number_in_tasks_or_text,
    ),
    Route(
        "tasks due with the task in hand",
        lambda t: bool(SAME_DEADLINE.search(t.q.folded) and t.context.tasks and not t.q.refs),
        Turn.sharing_the_deadline,
        follow_up=True,
    ),
    Route(
        "a period checked of the task in hand",
        a_period_checked_in_hand,
        Turn.period_checked_in_hand,
        follow_up=True,
    ),
    Route("compare", lambda t: t.compares, Turn.compare),
    Route(
        "same columns, other task",
        Turn.same_columns,
        lambda t: t.with_columns_of_context().task_lookup(),
        follow_up=True,
        final=_always,
    ),
    Route(
        "a task like the one in hand",
        lambda t: bool(SIMILAR.search(t.q.folded) and t.context.tasks and not t.q.refs),
        Turn.task_like_in_hand,
        follow_up=True,
    ),
    Route(
        "another item of the task in hand",
        lambda t: t.q.has("still") and bool(t.context.tasks) and not (t.q.refs or t.agencies),
        Turn.sibling_item,
        follow_up=True,
    ),
    Route(
        "an item of the task in hand by its words",
        # (one task, or an item shown with its task)
        # (not "2 việc đó hạn khi nào", which points back at what is in hand)
        lambda t: (
            1 <= len(t.context.tasks) <= 2
            and not (t.q.refs or t.q.section_refs or t.agencies or t.periods)
            and not IT.search(t.q.plain)
        ),
        Turn.item_in_hand,
        follow_up=True,
    ),
    Route(
        "an agency's part in the task in hand",
        an_agencys_part_in_hand,
        Turn.part_in_hand,
        follow_up=True,
    ),
    Route(
        "a listed task by an agency of it",
        # "For the army one, who is the directing authority?" after a list: of that list
        lambda t: bool(
            t.agencies
            and t.q.has("narrow")
            and t.q.has("asks_who")
            and len(t.context.listed or t.context.tasks) > 1
        ),
        Turn.listed_task_of_agency,
        follow_up=True,
    ),
    Route(
        "which agency",
        lambda t: any(m.by_initials and len(m.agencies) > 1 for m in t.agencies),
        Turn.which_agency,
    ),
    Route(
        "a sum asked of a task the plans fund with no sum",
        lambda t: t.q.has("amount") and bool(t.q.refs),
        Turn.amount_not_stated,
        final=_always,
    ),
    Route(
        "a claim about every task",
        every_task_claimed_asked,
        Turn.every_task_claimed,
    ),
    Route(
        "a claim about a task named by id",
        # "skhcn có chủ trì nv III.2 không", "II.5 có hạn quý III/2026 phải không?": yes or
        # no, then the task's cells
        lambda t: t.q.has("claim") and bool(t.q.refs and (t.agencies or t.q.periods)),
        Turn.claim_checked,
    ),
    Route(
        "contact details of a task named",
        # "cho xin sđt đầu mối bên Bộ Tư pháp phụ trách nv 29": not in the plan; its agencies
        lambda t: bool(
            (t.q.refs or t.q.bare_numbers)
            and t.q.has("out_of_scope")
            and DETAILS_ASKED.search(t.q.text)
        ),
        Turn.contact,
        final=_always,
    ),
    Route(
        "the items of a task named",
        lambda t: bool(CONSISTS_OF.search(t.q.folded) and (t.q.refs or t.q.section_refs)),
        Turn.items_in_hand,
    ),
    Route(
        "task by id",
        lambda t: bool(t.q.refs or t.q.bare_numbers),
        Turn.task_lookup,
        # ("sửa nhiệm vụ số 5 mục IV của NQ 140": an id the plan lacks may be the cited
        # paper's, which the text tells of)
        final=lambda t: not t.q.cited_digits,
    ),
    Route(
        "section by number",
        # "Mục III có bao nhiêu nhiệm vụ?" counts group III's tasks.
        # (nor "Nhiệm vụ về xây dựng cơ sở dữ liệu … tại mục III …?": a task of group III)
        # (but "Mục II Nhiệm vụ và giải pháp gồm mấy nhóm?" names the section by its title)
        lambda t: (
            bool(t.q.section_refs)
            and (not (t.q.has("count") and t.q.has("task_word")) or _numbered_and_titled(t))
            and not (t.q.has("task_word") and t.described(None))
        ),
        Turn.section_lookup,
        # "Điều 3" that the text lacks is no task: only "mục 2.1" or "mục 3" may be one.
        final=lambda t: (
            not any(_TASK_LIKE.fullmatch(r) for r in t.q.section_refs) or t.names_the_documents_part
        ),
    ),
    Route(
        "section number as a task",
        lambda t: bool(t.q.section_refs),
        Turn.section_as_task,
        final=_always,
    ),
    Route(
        "an appendix of text by its number",
        lambda t: bool(t.q.appendix) and not (t.q.refs or t.q.bare_numbers or t.agencies),
        Turn.appendix_by_number,
    ),
    Route("plans", lambda t: t.q.has("plans"), Turn.list_plans),
    Route("a day", day_asked, Turn.mentions_of_day),
    Route(
        "contact",
        lambda t: t.q.has("contact") and not t.q.refs,
        Turn.contact,
        final=_always,
    ),
    Route(
        "not in the plans",
        lambda t: t.q.has("out_of_scope") and not t.q.refs,
        Turn.not_in_plans,
        final=_always,
    ),
    Route(
        "a sum the plans do not state",
        lambda t: t.q.has("amount") and not t.q.refs,
        Turn.amount_not_stated,
        final=_always,
    ),
    Route(
        "a percentage the plans do not state",
        lambda t: t.q.has("share") and not t.q.refs,
        Turn.share_not_stated,
        final=_always,
    ),
    Route(
        "a number the plans do not state",
        a_number_not_stated_asked,
        Turn.number_not_stated,
        final=_always,
    ),
    Route(
        "names the plans do not state",
        lambda t: t.q.has("names_asked") and not t.q.refs,
        Turn.names_not_stated,
        final=_always,
    ),
    Route("plan by its digits", plan_digits_only, Turn.plan_by_digits),
    Route("the decision's articles", lambda t: bool(ARTICLES.search(t.q.folded)), Turn.articles),
    Route(
        "the plan's parts",
        # (not "Việc sắp xếp đơn vị sự nghiệp … chia thành những phần nào?", a task's items)
        lambda t: (
            bool(PARTS.search(t.q.folded))
            and not (t.q.section_refs or t.q.refs)
            and not t.described(None)
        ),
        Turn.parts,
    ),
    Route(
        "cited document",
        a_cited_paper_asked,
        Turn.cited,
        final=_always,
    ),
    Route(
        "the signer's office",
        # "Who signed the decision?" … "And what position does he hold?"
        lambda t: t.context.kind == "signer" and bool(OFFICE_ASKED.search(t.q.folded)),
        # (and what else it asks of the plan: "… vào ngày nào?")
        lambda t: t.metadata(["signer", *(k for k in t.q.meta if k != "signer")]),
        follow_up=True,
    ),
    Route(
        "to whom or where, of the part of the text in hand",
        asks_who_of_the_part_in_hand,
        Turn.who_of_the_part_in_hand,
        follow_up=True,
    ),
    Route(
        "who issues what a task yields",
        lambda t: t.q.meta in (["signer"], ["issuer"]) and issued_by_a_task(t),
        Turn.issued_by_the_task,
    ),
    Route(
        "another paper's number or date",
        another_papers_facts_asked,
        Turn.another_papers_facts,
        final=_always,  # (the paper the plan plans or cites is not the plan)
    ),
    Route(
        "plan facts",
        of_the_plan,
        Turn.metadata,
    ),
    Route(
        "a plan named, and when",
        a_plan_named_and_when,
        lambda t: t.metadata(["date"]),
    ),
    Route(
        "when, after a fact of the plan",
        # "Who signed the decision?" … "and when?": the day it was signed
        # (not "Thời gian thực hiện của nó …?" of a task in hand)
        lambda t: t.context.answered == "facts" and not t.context.tasks and a_bare_when(t),
        lambda t: t.metadata(["date"]),
        follow_up=True,
    ),
    Route(
        "who carries it out, after a fact of the plan",
        who_carries_it_out,
        lambda t: t.metadata(["executors"]),
        follow_up=True,
    ),
    Route(
        "the signer by name",
        lambda t: bool(t.engine.plan_index.signed_by(t.q.folded)),
        lambda t: t.signer_named(),
    ),
    Route(
        "plan named alone",
        lambda t: bool(t.named_plans and not (t.q.fields or t.q.flags or t._content_words())),
        lambda t: t.metadata(["summary"]),
    ),
    Route(
        "documents to review",
        # (not "Nhiệm vụ … được bổ sung căn cứ vào văn bản nào?", a column of a task)
        lambda t: t.q.has("documents") and not a_column_of_a_task(t),
        Turn.documents,
        # "Các văn bản cần rà soát phải xong khi nào?" of a table with no dates: no date. A
        # plan with no such table gives way ("When should the rules be revised?" of a task).
        final=lambda t: Role.DEADLINE in t.q.fields and bool(t.kb.documents(t.scope)),
    ),
    Route(
        "a described task's number",
        lambda t: bool(WHICH_NUMBER.search(t.q.folded)) and not (t.q.refs or t.q.bare_numbers),
        Turn.described_task_number,
    ),
    Route("schedule", schedule_asked, Turn.schedule, final=lambda t: asks_the_unsaid(t.q.folded)),
    Route(
        "the items of the task in hand",
        lambda t: bool(CONSISTS_OF.search(t.q.folded)) and not (t.q.refs or t.agencies),
        Turn.items_in_hand,
        follow_up=True,
    ),
    Route("follow-up", Turn._is_follow_up, Turn.follow_up, follow_up=True),
    Route(
        "groups",
        lambda t: (
            t.q.has("group_word")
            and not (t.q.refs or t.q.group)
            and not t._names_a_group_of_its_own
        ),
        Turn.groups,
    ),
    Route(
        "an agency in a part named",
        # "Trong phần tổ chức thực hiện, Bộ Tài chính được giao trách nhiệm gì?"
        lambda t: bool(t.agencies) and not t.q.refs and t.names_a_part,
        Turn.agency_in_section,
    ),
    Route(
        "a date of the part of the text in hand",
        a_date_of_the_part_in_hand,
        Turn.date_in_section_in_hand,
        follow_up=True,
    ),
    Route(
        "a date the body sets",
        lambda t: (
            (Role.DEADLINE in t.q.fields or t.q.has("claim"))
            and not (t.q.refs or t.q.has("task_word"))
        ),
        Turn.body_date,
    ),
    Route(
        "a task described with a period in its words",
        a_period_in_a_tasks_words,
        Turn.described_with_a_period,
    ),
    Route(
        "a claim about a task to confirm",
        # not "Bộ X có được giao chủ trì nhiệm vụ nào về … không?", which asks for a list
        lambda t: (
            t.q.has("claim") and not t.q.refs and t.narrow and not WHICH_TASKS.search(t.q.folded)
        ),
        Turn.claim_checked,
    ),
    Route(
        "a place the plans do not give",
        # "Kinh phí lấy ở đâu?" asks where the money comes from, not a place.
        lambda t: bool(
            t.narrow
            and WHERE_ASKED.search(t.q.folded)
            and not t.q.refs
            and Role.BUDGET not in t.q.fields
        ),
        Turn.place_not_given,
        final=_always,
    ),
    Route(
        "a partner column left blank",
        lambda t: t.q.has("task_word") and t.q.has("negated") and not t.agencies,
        Turn.without_a_partner,
    ),
    Route(
        "tasks marked done",
        tasks_marked_done_asked,
        Turn.done_tasks,
    ),
    Route("the plan's overseer", asks_who_is_in_charge, Turn.plan_overseer),
    Route("an office holder's duties in the decision", office_duties_asked, Turn.office_duties),
    Route(
        "tasks over several years",
        lambda t: t.q.has("multi_year") and not t.q.refs and not t.periods,
        Turn.multi_year_tasks,
    ),
    Route(
        "a paper to review by its title",
        lambda t: bool(t.scope and REVISING.search(t.q.folded)) and not t.q.refs,
        Turn.revised_paper,
    ),
    Route("a described task, overdue or not", a_task_state_asked, Turn.described_task_due),
    Route("extremes and totals", _always, Turn.ranked, final=_always),
    Route(
        "column named, by its value",
        lambda t: bool(t.named_headers) and (t.q.has("task_word") or t.q.has("narrow")),
        Turn.column_filter,
    ),
    Route("an agency's funding, as the body says it", agency_funding_asked, Turn.topic),
    Route("filters", _always, Turn.filtered_first, final=explicit_filter),
    Route("column value", lambda t: t.filter_missed, Turn.column_filter),
    Route(
        "unknown agency",
        lambda t: t.filter_missed and t._asks_for_an_unknown_agency(),
        Turn._unknown_agency,
        final=_always,
    ),
    Route("section by its title", _always, Turn.section_by_title),
    Route("topic", _always, Turn.topic),
)
