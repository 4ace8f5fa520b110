"""Follow-ups: what a short question takes from the chat before it, and small talk."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from ..answer import Answer, Intent, Status, Suggestion, TaskRef
from ..chat_cues import (
    STILL_CUE,
)
from ..claim_cues import CLAIM_WORDS
from ..cues import (
    ANSWER_KIND,
)
from ..deadline_cues import (
    DATED_CUE,
    FINISHED_CUE,
    LASTING_CUE,
)
from ..fields import TASK_COLUMNS, Role
from ..normalize import fold
from ..store import Plan, Task
from ..words import STOPWORDS
from .common import (
    BESIDES_IT,
    FIELD_WORDS,
    HAD,
    IT,
    POINTING,
    REPLY_WORDS,
    STATUS_WORDS,
    cells_text,
    header_words,
    words_of,
)
from .lookups import without_header_sayings

# Words for a stage of a task done in stages: "mốc sau", "giai đoạn 2", "đợt đầu".
_STAGE_WORDS = frozenset({"moc", "giai_doan", "giai", "doan", "dot", "lan"})

# "2 việc đó", "hai nhiệm vụ trên", "both": how many of the tasks talked about.
_A_LIST = re.compile(r"\bdanh sach\b|\blist\b|\b\d+ (?:viec|nhiem vu|nv|tasks)\b")
# "… theo nghị quyết nào?": the paper a task follows, asked
_PAPER_FOLLOWED = re.compile(
    r"\btheo (?:nghi quyet|van ban|quyet dinh|chi thi|ke hoach|luat|nghi dinh) (?:nao|gi|so may)\b"
)
# "Cột ghi chú của nhiệm vụ này ghi gì?": the word for a column names none.
_COLUMN_WORD = re.compile(r"\b(?:cot|columns?)\b")
_OF_IT = 3  # words of its own a follow-up pointing at the task in hand may add
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "both": 2}
_STAGES = re.compile(
    r"\b(?:tung|moi|cac|hai|2|theo) (?:giai doan|moc(?: thoi gian)?|dot)\b"
    r"|\b(?:each|every|both) (?:stage|phase)s?\b"
    # "hạn cụ thể quý mấy": which quarter, of the task in hand
    r"|\b(?:quy|thang|nam|ngay) (?:may|nao)\b"
)
# "nội dung cụ thể của nhiệm vụ đó": how fully, which names nothing
_IN_DETAIL = re.compile(r"\b(?:cu the|chi tiet|day du|ro hon|in (?:full|detail)|exactly)\b")
# "phải nộp báo cáo mấy lần": sending the task's report, which names nothing new either
_SENT = re.compile(r"\b(?:phai )?(?:nop|gui)(?= (?:bao cao|ho so|van ban)\b)")
# "So is it late as of today?", "tính đến nay trễ chưa": the day a status is told on, which
# today is anyway; no words of a task.
_AS_OF_NOW = re.compile(
    r"\b(?:as of (?:today|now)|so far|by now|right now"
    r"|(?:tinh )?(?:den|toi) (?:nay|gio|hom nay|thoi diem nay)|hien (?:tai|nay)|bay gio)\b"
)
# "2 báo cáo", "hai đề án", "both reports": a few things, which the task in hand may name
# (not "quý 2 năm 2026", "mục 2", "nhiệm vụ 2").
_SO_MANY_OF_IT = re.compile(
    r"(?<!quy )(?<!thang )(?<!muc )(?<!so )(?<!nhiem vu )(?<!nv )"
    r"\b(?:[2-5]|hai|ba|bon|both|two|three)\s+(?!thang|quy|nam\b|ngay|lan)[a-z]"
)
_COUNTED_BACK = re.compile(
    r"\b(\d|hai|ba|bon|nam)\s+(?:viec|nhiem vu|nv|cai)\s+(?:do|nay|tren|vua roi|kia)\b"
    r"|\b(both)\b|\bca (hai|2)\b"
)


# A column of a document's time: "Thời gian", "Thời hạn", "Tiến độ".
_TIME_HEADER = re.compile(r"\b(?:thoi gian|thoi han|tien do|han)\b")
# "cùng nhóm", "in the same group": the group of the task in hand.
_SAME_GROUP = re.compile(r"\bcung nhom\b|\bsame group\b")


class DialogueMixin:
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

    def _asks_a_column_only(self) -> bool:
        """ "Thời hạn?", "Ai chủ trì?": a column, and nothing else to say which task."""
        q = self.q
        if not q.fields or q.refs or q.bare_numbers or self.periods or q.relative:
            return False
        words = FIELD_WORDS.sub(" ", f" {q.plain} ")
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
            # ("hai nv này giờ quá hạn chưa": those, named by a task word)
            and (
                not q.has("task_word") or bool(IT.search(q.plain) or _COUNTED_BACK.search(q.folded))
            )
            and not q.has("still")  # "thế còn đã quá hạn?" lists anew
            and not q.has("narrow")  # "cái nào đã quá hạn?": which of them
            and len(self.context.tasks) <= 3
        )
        # "Is it a one-off or does it happen every year?", "việc đó có làm hằng năm không?":
        # the deadline of the task in hand, asked by a recurring period.
        recurring_of_it = (
            bool(q.periods)
            and all(p.recurring for p in q.periods)
            and len(self.context.tasks) == 1
            and bool(IT.search(q.folded))
        )
        asked = q.fields or recurring_of_it or q.has("group_word") or self.named_headers
        asked = asked or status_asked
        if (
            not asked
            and len(self.context.tasks) == 1
            and IT.search(q.plain)
            and _PAPER_FOLLOWED.search(q.plain)
        ):
            # "Nhiệm vụ đó thực hiện theo nghị quyết nào?": the paper its own words name
            q.fields.append(Role.CONTENT)
            asked = True
        if not asked and len(self.context.tasks) == 1 and IT.search(q.plain):
            # "báo cáo đó trình lên đâu?": the cells of the task in hand that say its words
            q.fields.extend(self._columns_saying(IT.sub(" ", q.plain)))
            asked = bool(q.fields)
        if not asked or not self.context.tasks or BESIDES_IT.search(q.folded):
            return False  # ("ngoài việc đó …": anything but the task in hand)
        if q.has("dated") and q.has("narrow") and len(self.context.tasks) > 1:
            return False  # "trong mấy cái đó cái nào có hạn cụ thể": which of them
        # ("Hạn là quý II/2026 đúng không?" of the task in hand: the period is what to check)
        claimed = q.has("claim") and len(self.context.tasks) == 1 and not q.has("task_word")
        if (self.periods and not (recurring_of_it or claimed)) or (q.relative and not status_asked):
            return False
        if q.group or self.named_plans:
            return False
        if self._agency_filter() and not q.has("asks_who"):
            return False
        if self._other_role_of_last_agency:
            return False
        # The cues first: "kết quả phải đạt" is one, before "Kết quả" goes as a header's
        # words; "đã quá hạn" is one before "hạn" goes as a column's.
        words = f" {q.plain} "
        if status_asked:
            words = _AS_OF_NOW.sub(" ", STATUS_WORDS.sub(" ", words))
        # (and "có mốc cụ thể không?" of it: whether its deadline is dated; "từng giai đoạn",
        # "quý mấy": the stages and dates its cells give)
        for pattern in (DATED_CUE, _STAGES):
            words = pattern.sub(" ", words)
        words = FIELD_WORDS.sub(" ", words)
        if claimed:
            # ("hạn là quý II/2026 đúng không": the period's words are the claim's)
            for a, b in (p.span for p in self.q.periods):
                words = words.replace(f" {' '.join(words_of(self.q.folded[a:b]))} ", " ")
        # "Sản phẩm cuối cùng là gì?", "Kéo dài đến năm nào?": words that ask, not name.
        # ("When is that supposed to be finished?": by when, of it)
        asking = (ANSWER_KIND, LASTING_CUE, FINISHED_CUE, CLAIM_WORDS, _COLUMN_WORD, _IN_DETAIL)
        for pattern in (*asking, _SENT):
            words = pattern.sub(" ", words)
        if had := HAD.search(q.folded):
            # "Ngoài Chương trình 12-CTr/BCĐ, … còn căn cứ vào văn bản nào nữa?": what the
            # asker has already is no word of what is asked
            for word in words_of(had[0]):
                words = words.replace(f" {word} ", " ", 1)
        for header in self.named_headers:
            # "Trình cấp nào?" names "Cấp trình" in its own order: each of its words goes;
            # so do everyday words for it ("dựa trên" for "Căn cứ …")
            for word in header_words(header).split():
                words = words.replace(f" {word} ", " ")
            words = without_header_sayings(words)
        left = [
            w
            for w in self.engine.lexicon.segment(words.split())
            if w not in STOPWORDS and w not in POINTING
        ]
        # "Hạn nộp các báo cáo của nó thế nào?": words of the one task "nó" points at
        # ("hạn nộp 2 báo cáo khi nào?": a count of things the task in hand names points too)
        # ("còn hạn nộp báo cáo thì sao?", "ưu tiên những đối tượng nào?": words its cells
        # all say, with nothing to point back but the task in hand's own words)
        pointed = bool(IT.search(q.plain) or _SO_MANY_OF_IT.search(q.folded))
        follows = not left or (
            len(self.context.tasks) == 1
            and len(left) <= _OF_IT
            and (any if pointed else all)(self._in_hand_says(w) for w in left)
        )
        if (
            follows
            and (recurring_of_it or _STAGES.search(q.plain))
            and Role.DEADLINE not in q.fields
        ):
            q.fields.append(Role.DEADLINE)  # the column the follow-up shows (its stages' dates)
        return follows

    def _columns_saying(self, plain: str) -> list[Role]:
        """The columns of the task in hand whose cells hold a word of ``plain`` that asks
        nothing: "trình" of "trình lên đâu?" is in its product, "được trình Ban Chỉ đạo"
        (compound words compared whole: not the "trình" of "chương trình")."""
        (task,) = self.tasks_of(self.context.tasks) or (None,)
        segment = self.engine.lexicon.segment
        words = {w for w in segment(plain.split()) if w not in STOPWORDS}
        if task is None or not words:
            return []
        roles = dict.fromkeys([*TASK_COLUMNS, *(a.role for a in task.attrs)])
        saying = [r for r in roles if words & set(segment(words_of(task.field(r))))]
        # The task's own words are shown anyway; asked for alone, they are the answer
        # ("nhiệm vụ đó hướng tới những lực lượng nào?" of a task that lists the forces).
        others = [r for r in saying if r is not Role.CONTENT]
        return others or saying

    def _in_hand_says(self, word: str) -> bool:
        """Whether the task in hand's cells hold the word ("báo cáo" of its product), or
        the word names one of its stages ("mốc sau" of "Tháng 4/2026; Tháng 10/2026")."""
        text = self._in_hand_text
        if word in _STAGE_WORDS:
            (task,) = self.tasks_of(self.context.tasks) or (None,)
            return task is not None and "; " in task.deadline
        return text is not None and f" {word.replace('_', ' ')} " in text

    @cached_property
    def _in_hand_text(self) -> str | None:
        """The words of the task in hand's cells, spaced, read once a turn (each word of a
        question is looked up in them)."""
        (task,) = self.tasks_of(self.context.tasks) or (None,)
        return None if task is None else f" {' '.join(words_of(cells_text(task)))} "

    def documents_in_hand(self) -> Answer | None:
        """ "Cái nào thuộc thẩm quyền HĐND tỉnh?", "ai chủ trì rà soát mấy văn bản đó?" after
        the list of documents to review: those of the list, by the agency named if any."""
        plan = self.kb.plan_by_number(self.context.plan) if self.context.plan else None
        scope = [plan.id] if plan else self.scope
        # "Sản phẩm dự kiến của nó?" after "cái thứ 3": the one picked; else the list.
        picked = (
            self.context.item if not (self.q.has("narrow") or self.q.has("points_back")) else None
        )
        wanted = (picked,) if picked else self.context.items
        docs = [d for d in self.kb.documents(scope) if d.number in wanted]
        if not docs:
            return None
        if self.agencies:
            names = self.kb.agency_names({i for m in self.agencies for i in m.agencies})
            folded = [fold(n) for n in names]
            docs = [d for d in docs if any(n in fold(v) for n in folded for v in d.attrs.values())]
            if not docs:
                return self._answer(
                    Status.NOT_FOUND,
                    Intent.DOCUMENTS,
                    f"None of them names {names[0]}."
                    if self.lang == "en"
                    else f"Không có văn bản nào trong danh mục ghi {names[0]}.",
                )
        shown = self.documents(docs)
        # (one left of the list, "the one issued by the council", is the one in hand now)
        one = docs[0].number if len(docs) == 1 else None
        context = shown.context.with_(
            kind="documents", items=self.context.items, item=picked or one
        )
        if Role.DEADLINE in self.q.fields and not any(
            value.strip() and _TIME_HEADER.search(fold(header))
            for d in docs
            for header, value in d.attrs.items()
        ):
            # "Thời hạn rà soát là khi nào?" of a list whose time column is blank
            title = (
                "The list gives no time for reviewing them."
                if self.lang == "en"
                else "Danh mục không ghi thời hạn rà soát các văn bản này."
            )
            shown = replace(shown, status=Status.NOT_FOUND, title=title)
        return replace(shown, context=context)

    def listed_task_of_agency(self) -> Answer | None:
        """The tasks of the list in hand the agency named has a part in, with the columns
        asked: "For the army one, who is the directing authority?"."""
        tasks = self.tasks_of(self.context.listed or self.context.tasks)
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        held = self.kb.agency_tasks(ids, (), sorted({t.plan_id for t in tasks}))
        picked = [t for t in tasks if t.id in held]
        if not picked or len(picked) == len(tasks):
            return None
        return self.task_fields(picked, self._field_intent())

    def counted_back(self, refs: Sequence[TaskRef]) -> Sequence[TaskRef]:
        """ "Hai việc đó": the last two tasks talked about, though shown one at a time;
        else ``refs``."""
        counted = _COUNTED_BACK.search(self.q.folded)
        if counted:
            word = counted[1] or counted[2] or counted[3]
            n = _NUMBER_WORDS.get(word) or int(word)
            if len(refs) < n <= len(self.context.seen):
                return self.context.seen[-n:]
        return refs

    def follow_up(self, refs: Sequence[TaskRef] | None = None, *, inherit: bool = True) -> Answer:
        """ "Thời hạn khi nào?" after a task: the same tasks (or ``refs``), the newly asked
        column, or (``inherit``) the columns asked last when this question names none."""
        if refs is None:
            refs = self.counted_back(self.context.tasks)
        tasks = self.tasks_of(refs)
        if not tasks:
            return self.help(Status.NOT_FOUND)
        asks_own = self.q.fields or self.q.relative or self.named_headers
        if inherit and not asks_own and self.context.columns:
            self.q.fields = [Role(c) for c in self.context.columns]
        intent = self._field_intent()
        if self.q.relative and not self.q.fields:
            intent = Intent.DEADLINE
        return self.task_fields(tasks[:25], intent)

    def tasks_of(self, refs: Sequence[TaskRef]) -> list[Task]:
        tasks = []
        for ref in refs:
            plan = self.kb.plan_by_number(ref.plan)
            if plan:
                tasks += self.kb.tasks_by_ref(ref.ref, plan_ids=[plan.id])
        return tasks

    def neighbour(self) -> Answer | None:
        """ "Thời hạn của nhiệm vụ tiếp theo?": the task after (or before) the one in hand,
        in its plan's order."""
        ref = self.context.tasks[-1]
        plan = self.kb.plan_by_number(ref.plan)
        if plan is None:
            return None
        refs = self.kb.task_refs([plan.id])
        if ref.ref not in refs:
            return None
        at = refs.index(ref.ref) + (-1 if self.q.has("previous") else 1)
        if not 0 <= at < len(refs):
            return None
        return self.follow_up([TaskRef(plan.number, refs[at])], inherit=False)

    def the_others(self) -> Answer | None:
        """ "Cái còn lại?", "the other one": the tasks of the last list not in hand; "còn
        nhiệm vụ kia cùng nhóm?" after one task: the others of its group."""
        if _SAME_GROUP.search(self.q.folded) and len(self.context.tasks) == 1:
            (task,) = self.tasks_of(self.context.tasks)[:1] or (None,)
            if task is None or not task.group:
                return None
            number = self.plan(task.plan_id).number
            mates = self.kb.tasks(plan_ids=[task.plan_id], group=task.group, with_attrs=False)
            depth = task.ref.count(".")  # (its peers, not their items)
            refs = [
                TaskRef(number, t.ref)
                for t in mates
                if t.ref != task.ref and t.ref.count(".") == depth
            ]
            return self.follow_up(refs) if refs else None
        others = [r for r in self.context.listed if r not in self.context.tasks]
        return self.follow_up(others) if others else None

    def back_to(self) -> Answer | None:
        """ "Quay lại việc tuyên truyền lúc nãy", "quay lại nhiệm vụ có Báo Bình Dương": the
        task talked about earlier whose words, or agencies, the question uses most; the
        latest on a tie."""
        words = [w.replace("_", " ") for w in self.topic_words]
        if not words or _A_LIST.search(self.q.plain):
            return None  # "quay lại danh sách 6 việc lúc nãy": the list, not one task
        scored = []
        for order, task in enumerate(self.tasks_of(self.context.seen)):
            cells = " ".join([task.content, task.lead, task.coord, task.director])
            text = f" {' '.join(words_of(cells))} "
            scored.append((sum(f" {w} " in text for w in words), order, task))
        best = max(scored, default=None, key=lambda s: s[:2])
        if not best or not best[0]:
            return None
        # Back to a task, the whole of it unless a column is asked.
        refs = [TaskRef(self.plan(best[2].plan_id).number, best[2].ref)]
        return self.follow_up(refs, inherit=False)

    def same_columns(self) -> bool:
        """ "Còn II.4 thì sao?", "what about I.2?" after a column was asked: that column."""
        q = self.q
        if not (q.refs and self.context.columns) or q.fields or q.full or q.relative:
            return False
        words = STILL_CUE.sub(" ", f" {q.plain} ")
        return not [
            w
            for w in self.engine.lexicon.segment(words.split())
            if w not in STOPWORDS and w not in POINTING
        ]

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
