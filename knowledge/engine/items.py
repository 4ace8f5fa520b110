"""A task's items: the rows under it with their own lead and deadline ("I.4" has I.4.1-I.4.4),
listed under it, or the one the question's words pick out ("phần công trình năng lượng")."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import render
from .. import topics as ranking
from ..answer import Answer, Intent, TaskRef
from ..english import ALTERNATES
from ..fields import Role
from ..store import Task
from ..words import STOPWORDS
from .common import words_of

# The share of an item's own words the question must hold to mean that item
_ITEM_SHARE = 0.5
# "Nhiệm vụ đó gồm những việc cụ thể nào?", "what does it include?": the items of a task.
# "là nv số mấy", "thuộc nhóm nào", "nằm ở mục nào": where a task stands in the table.
WHICH_NUMBER = re.compile(
    r"\b(?:la |thuoc )?(?:nhiem vu|nv|viec|muc|dong) so (?:may|bao nhieu|nao)\b"
    r"|\b(?:thuoc|nam o|o) (?:nhom|muc) (?:nao|may)\b|\bnhom may\b"
    r"|\bwhich (?:task )?number\b|\bwhat number\b"
)
CONSISTS_OF = re.compile(
    r"\b(?:gom|bao gom|chia thanh|co)(?: nhung| cac| may)? (?:viec|muc|noi dung|phan|nhiem vu"
    r"|hang muc|dau viec)(?: con| cu the| nho)*(?: nao| gi)\b"
    r"|\b(?:gom|bao gom) (?:nhung )?(?:gi|nao)\b"
    # "bên trong có mấy việc con?": its items, counted
    r"|\b(?:co )?(?:may|bao nhieu) (?:viec|muc|nhiem vu|dau viec|hang muc) (?:con|nho)\b"
    # "nó có nhiệm vụ con không", "có việc con nào": whether it has items, and which
    r"|\bco (?:viec|muc|nhiem vu|nv|dau viec|hang muc) con (?:khong|ko|k|nao|gi)\b"
    r"|\b(?:any|has it|have) (?:sub ?tasks|sub ?items)\b"
    r"|\bwhat (?:does it|do they) (?:include|involve|consist of|cover)\b"
    r"|\b(?:its|the) (?:items|parts|sub ?tasks|components)\b"
)

# Items asked for by name: "việc con", "mục nhỏ", "sub-tasks" (not "có nhiệm vụ nào").
_SUB_ASKED = re.compile(r"\b(?:viec|muc|nhiem vu|nv|dau viec|hang muc) (?:con|nho)\b|\bsub ?")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
# "Còn nhiệm vụ tương tự cho …", "a similar task for …": a task like the one in hand.
SIMILAR = re.compile(
    r"\b(?:tuong tu|giong (?:nhu )?(?:vay|the|nhiem vu do|viec do)|similar|the same kind)\b"
)


class ItemsMixin:
    def items_lines(self, task: Task, headers: dict[Role, str]) -> list[str]:
        """ "I.4" with items of its own, each with its lead and deadline: those lines."""
        items = self.kb.items(task.plan_id, task.ref)
        if not items:
            return []
        self.items_shown = items
        en = self.lang == "en"
        roles = [r for r in self.q.fields if r in (Role.LEAD, Role.COORD, Role.DEADLINE)]
        shown = tuple(roles) or (Role.LEAD, Role.DEADLINE)
        head = f"It has {len(items)} items:" if en else f"Gồm {len(items)} mục:"
        return [head] + [
            render.task_line(i, None, headers, self.today, self.lang, shown) for i in items
        ]

    def item_in_hand(self) -> Answer | None:
        """ "Phần công trình năng lượng do bộ nào chủ trì?" after a task of items: the item
        its words name, with the columns asked."""
        in_hand = self.context.tasks
        (task,) = self.tasks_of(in_hand[:1]) or (None,)
        parent = self.kb.parents([task.id]).get(task.id) if task else None
        if len(in_hand) == 2 and (parent is None or in_hand[1].ref != parent):
            return None  # two tasks in hand, not an item shown with its task
        if task is not None and parent:
            # an item in hand, shown with its task: the other items are of that task
            task = (self.kb.tasks_by_ref(parent, plan_ids=[task.plan_id]) or [task])[0]
        item = self.item_meant(task, among_items=bool(parent)) if task else None
        return self.task_fields([item], self._field_intent()) if item else None

    def item_numbered_in_hand(self) -> Answer | None:
        """ "còn tiểu mục 2.1 thì ai làm?" after III.2: a number the plan gives no task, which
        is one within the group or the task in hand (III.2.1)."""
        numbers = [r for r in self.q.section_refs if _DOTTED.fullmatch(r)]
        numbers += [f"{g}.{n}" for g, n in self.q.refs if g.isdigit()]
        in_hand = self.tasks_of(self.context.tasks[:1])
        if not (numbers and in_hand):
            return None
        task = in_hand[0]
        plan = [task.plan_id]
        if self.kb.tasks_by_ref(*numbers, plan_ids=plan) or self.kb.sections_numbered(
            numbers, plan_ids=plan
        ):
            return None  # the number is a task or a part of its own
        group = task.ref.split(".")[0]
        within = [f"{head}.{n}" for head in dict.fromkeys((group, task.ref)) for n in numbers]
        found = self.kb.tasks_by_ref(*within, plan_ids=plan)
        return self.task_fields(found[:1], self._field_intent()) if found else None

    def item_meant(self, task: Task, among_items: bool = False) -> Task | None:
        """The one item of ``task`` whose own words the question holds: the words no other
        item and not the task itself has ("năng lượng" of "Công trình hạ tầng năng lượng"
        under "Hoàn thiện … cơ sở hạ tầng"); None when none, or several, fit as well.

        ``among_items``: the question moves from one item to another ("còn phần cơ sở giáo
        dục?"), so words the task also writes, listing its items' subjects, tell them apart."""
        items = self.kb.items(task.plan_id, task.ref)
        if len(items) < 2:
            return None
        # Words, not syllables: "giao cho" holds no "giao thông", "năng lực" no "năng lượng".
        segment = self.engine.lexicon.segment
        asked = set(segment(words_of(self.q.text))) | set(self.topic_words)
        if self.lang == "en":
            # the glossary's other words for the English ones ("health facilities" is
            # also "cơ sở y tế", as an item may write it)
            others = ranking.alternate_forms(self.topic_words, ALTERNATES).values()
            asked |= {w for alt in others for a in alt for w in segment(a.split("_"))}
        parent = set() if among_items else set(segment(words_of(task.content)))
        own = [set(segment(words_of(i.content))) - STOPWORDS - parent for i in items]
        # Not the words every item has, nor, among items, any other item's.
        kept = [
            o - set().union(*(other for other in own if other is not o))
            if among_items
            else o - set.intersection(*own)
            for o in own
        ]
        if among_items:
            hits = [len(words & asked) for words in kept]
            best = max(hits)
            return items[hits.index(best)] if best and hits.count(best) == 1 else None
        shares = [len(words & asked) / len(words) if words else 0.0 for words in kept]
        best = max(shares)
        if best < _ITEM_SHARE or shares.count(best) > 1:
            # A task that lists its items' subjects ("sắp xếp … trường học, cơ sở giáo
            # dục, cơ sở y tế"): the words one item alone has ("giáo dục") pick it.
            # (one item alone: "công trình giao thông và công trình năng lượng" is two;
            # and one whose own text says most of what is asked, not "Công trình hạ tầng
            # năng lượng" for "hoàn thiện tiêu chuẩn … cơ sở hạ tầng … thiên tai")
            hits = [len(words & asked) for words in kept]
            item = self.item_meant(task, among_items=True) if sum(map(bool, hits)) <= 1 else None
            topic = set(self.topic_words)
            said = set(segment(words_of(item.content))) if item else set()
            # Nor where the question lists more of the task's subjects than the item's
            # ("sắp xếp đvsncl, trường học, cơ sở y tế, dnnn …" is the whole task).
            listed = (topic & parent) - said
            if len(listed) >= 2 and len(listed) > len(topic & said - parent):
                return None
            return (
                item if item and topic and len(topic & said) >= _ITEM_SHARE * len(topic) else None
            )
        return items[shares.index(best)]

    def items_in_hand(self) -> Answer | None:
        """ "Nhiệm vụ đó gồm những việc cụ thể nào?" of a task with items: those items, as
        a list that "việc thứ 3" picks from. So of the task the question's own words
        describe ("Nhiệm vụ sắp xếp đơn vị sự nghiệp … chia thành những đầu việc nào?")."""
        found = self.tasks_of(self.context.tasks[:1]) if len(self.context.tasks) == 1 else []
        if self.q.refs or self.q.section_refs:
            # "nhiệm vụ III.2 có mấy việc con?", "mục III.2 gồm những việc nào": the one named
            named = self.tasks_named() if self.q.refs else None
            found = (named or self.kb.tasks_by_ref(*self.q.section_refs, plan_ids=self.scope))[:1]
        elif described := self.described(None):
            found = self.kb.tasks(ids=described[:1])
        items = self.kb.items(found[0].plan_id, found[0].ref) if found else []
        en = self.lang == "en"
        in_hand = len(self.context.tasks) == 1 and not self.q.refs
        if found and not items and in_hand and _SUB_ASKED.search(self.q.folded):
            # "nó có nhiệm vụ con không?" of a task in hand with none: no, and the task
            answer = self.task_fields(found[:1], Intent.TASK)
            none = "has no items" if en else "không chia thành mục con"
            title = f"{render.word('task', self.lang)} {found[0].ref} {none}."
            return replace(answer, title=title, items=(answer.title, *answer.items))
        if not items:
            return None
        describe = f"items of {found[0].ref}" if en else f"mục của nhiệm vụ {found[0].ref}"
        answer = self.task_list(items, Intent.TASK, describe, self.context)
        # about the task too, after its items ("việc thứ 2" still picks the second item)
        whole = TaskRef(self.plan(found[0].plan_id).number, found[0].ref)
        return replace(answer, tasks=tuple(dict.fromkeys((*answer.tasks, whole))))

    def described_task_number(self) -> Answer | None:
        """ "Hệ thống chuẩn đo lường chính là nv số mấy, nhóm mấy?": the task the words
        describe, shown under its id."""
        described = self.only_described(None)
        return (
            self.task_fields(self.kb.tasks_by_ids([described]), Intent.TASK) if described else None
        )

    def sibling_item(self) -> Answer | None:
        """ "Còn phần sắp xếp cơ sở giáo dục thì sao?" after an item or its task: the item
        of that task the words pick, with the columns last asked."""
        found = self.tasks_of(self.context.tasks[:1])
        if not found:
            return None
        in_hand = found[0]
        parent_ref = self.kb.parents([in_hand.id]).get(in_hand.id)
        parents = (
            self.kb.tasks_by_ref(parent_ref, plan_ids=[in_hand.plan_id]) if parent_ref else found
        )
        item = self.item_meant(parents[0], among_items=True) if parents else None
        if item is None or item.ref == in_hand.ref:
            return None
        self.q.fields = [Role(c) for c in self.context.columns] or [Role.LEAD]
        return self.task_fields([item], self._field_intent())

    def task_like_in_hand(self) -> Answer | None:
        """ "Còn nhiệm vụ tương tự cho nhân lực quản lý nhà nước thì thời hạn thế nào?": the
        task of the same plan worded as the one in hand is, that holds the question's new
        words, with the columns asked, or its lead and those last asked."""
        found = self.tasks_of(self.context.tasks[:1]) if len(self.context.tasks) == 1 else []
        said = self._words_of_topic(SIMILAR.sub(" ", self._topic_text))
        new = [w for w in said if self.kb.known(w)]
        if not (found and new):
            return None
        in_hand = found[0]
        segment = self.engine.lexicon.segment
        own = [w for w in segment(words_of(in_hand.content)) if w not in STOPWORDS]
        scored = ranking.rank(
            self.kb,
            list(dict.fromkeys([*new, *own])),
            scope=[in_hand.plan_id],
            phrase="",
            asks_when=False,
            kinds=("task",),
        )
        like = [
            h
            for _, h in scored
            if h.id != in_hand.id
            and all(f" {w.replace('_', ' ')} " in f" {h.text.replace('_', ' ')} " for w in new)
        ]
        if not like:
            return None
        if not [f for f in self.q.fields if f is not Role.CONTENT]:
            # its lead, and what was last asked ("… thì sao?")
            columns = [Role.LEAD, *(Role(c) for c in self.context.columns)]
            self.q.fields = list(dict.fromkeys(columns))
        return self.task_fields(self.kb.tasks(ids=[like[0].id]), self._field_intent())
