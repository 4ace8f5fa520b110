"""Agencies in the plans' text rather than their tables: the tasks every department leads,
the passages that name an agency the tables do not, or that no agency by that name is in
the plans; and an agency's part in the text, after its tasks."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cached_property

from .. import render
from ..agency_names import agency_tokens
from ..answer import Answer, Intent, Status, TaskRef
from ..fields import AGENCY_ROLES
from ..normalize import fold
from ..store import Section
from .common import ROLE_NAMES, SHARED, WHICH_TASKS, YES_NO, cells_text, words_of
from .task_lists import SHOWN_ACROSS

# The kinds of body that start an agency's name in a question ("sở", "bộ", "cục"); not
# "ban" or "hội", which are also "bạn" and "hỏi".
_NAMING_HEADS = [
    tuple(h.split())
    for h in (
        *("so", "bo", "cuc", "chi cuc", "tong cuc", "vien", "trung tam", "cong an"),
        "uy ban nhan dan",
    )
]
# After "cơ quan", "phối hợp" or "chủ trì" name the column ("có ghi cơ quan phối hợp không").
_COLUMN_NAMED = re.compile(
    r"\b(?:co quan|don vi)(?: duoc giao| duoc phan cong)? (?:chu tri|phoi hop|chi dao)\b"
)
# Words after a head that make it another word, not a body's name: "số mấy", "số lượng",
# "số liệu" are no "Sở"; "viên chức" (typed without marks) is no "Viện".
_NOT_A_NAME = frozenset("may nao bao gi la nay do luong lieu thu hieu phoi chu nguoi chuc".split())


# The share of a task's words that makes a question about it, not about an agency it names
_DESCRIBES_ONE = 0.6
# The marked spellings of the one-syllable heads, and the words they fold together with.
_HEAD_AS = {"so": {"sở"}, "bo": {"bộ"}, "cuc": {"cục"}}
_NOT_HEADS = frozenset("số sổ sơ sợ sớ bổ bố bỏ bộc bó bò cực cúc".split())


class UnnamedMixin:
    def _asks_for_an_unknown_agency(self) -> bool:
        """ "BQL Khu kinh tế chủ trì nhiệm vụ nào?" with no such agency in the plans."""
        q = self.q
        # English role words also describe topics ("which task supports export?").
        # "có ghi cơ quan phối hợp không" names the column, not an agency that plays it.
        roles_named = (
            any(r in q.fields for r in AGENCY_ROLES)
            and not q.has("asks_who")
            and not _COLUMN_NAMED.search(q.folded)
        )
        # "Sở Tài chính phải làm gì?", "bên mình là sở nn thì …": an agency's name near the
        # start, after any padding.
        tokens = agency_tokens(q.rest_text)
        inside = _inside_words(self.engine.lexicon.segment(tokens, respell=False))
        # Written with marks, "số" (in "chuyển đổi số") is no "sở", "bổ" no "bộ".
        written = set(re.findall(r"\w+", q.text.lower()))
        names_agency = any(
            tuple(tokens[i : i + len(head)]) == head
            and len(tokens) > i + len(head)
            and not (
                written & _NOT_HEADS and head[0] in _HEAD_AS and not _HEAD_AS[head[0]] & written
            )
            and tokens[i + len(head)] not in _NOT_A_NAME  # "số mấy" is no "Sở"
            # nor inside a word of the plans ("cơ sở"), nor the "số" of digital things
            # ("chuyển đổi số", "kinh tế số", "chữ ký số")
            and i not in inside
            and not (head == ("so",) and i and tokens[i - 1] in _DIGITAL_BEFORE)
            and not (i and tokens[i - 1] in ("ve", "about"))  # "nhiệm vụ về Trung tâm …"
            for i in range(min(6, len(tokens)))
            for head in _NAMING_HEADS
        )
        return (
            self.lang == "vi"
            and not q.has("asks_who")  # "Sở nào chủ trì …?" names no agency
            and (roles_named or names_agency)
            and q.has("task_word")
            and not self.agencies
            and bool(self.topic_words)
            # "Nhiệm vụ bồi dưỡng … có huy động các trường học phối hợp không?": a role
            # asked of a task its words describe, not of an agency they name; their words
            # other than the task's (the kind of body asked about) lower the bar.
            and (names_agency or not self.described(None, _DESCRIBES_ONE))
        )

    @cached_property
    def task_described(self) -> bool:
        """Whether the question's words, an agency's name among them, describe a task;
        their words other than the task's (a kind of body asked about) lower the bar."""
        words = [w for w in self.topic_words if "_" in w and self.kb.known(w)]
        return len(words) >= 2 and self.held_hits(words, None)[0] >= _DESCRIBES_ONE

    def _in_the_body(self) -> Answer | None:
        """ "Bộ Tài chính có trách nhiệm gì?" of a plan that names it only in its text: the
        passages that name it. The name is the question's words from the head word on, as
        many as a passage holds (at least three)."""
        if not self.scope or len(self.scope) != 1:
            return None
        words = words_of(self.q.plain)
        starts = _head_starts(words)
        if not starts:
            return None
        # (read without "các": "UBND tỉnh" is named in "Ủy ban nhân dân các tỉnh, thành phố")
        texts = [
            (s, f" {' '.join(w for w in words_of(s.text) if w != 'cac')} ")
            for s in self.kb.sections(self.scope[0])
            if s.kind != "part"
        ]
        first = starts[0]
        for size in range(5, 2, -1):
            name = " ".join(words[first : first + size])
            if len(name.split()) < size:
                continue
            # Not inside another word ("cơ sở dữ liệu"); the passage about it first.
            found = [s for s, text in texts if f" {name} " in text and f" co {name}" not in text]
            found.sort(key=lambda s: not f" {' '.join(words_of(s.text))}".startswith(f" {name}"))
            if found:
                answer = self.section_answer(found[0].plan_id, found[0])
                more = [f"{s.ref}. {render.shorten(s.text, 200)}" for s in found[1:4]]
                return replace(answer, items=(*answer.items, *more))
        return None

    def with_duties_in_the_body(self, answer: Answer) -> Answer:
        """ "Chi cục X có vai trò gì?": its tasks, and the passages of the text that give
        it a part ("Giao Chi cục X làm đầu mối theo dõi …"), in the one plan answered."""
        read = self._duties_passages(answer)
        if read is None:
            return answer
        name, lines, instead = read
        if instead is not None:
            return instead
        if not answer.found and answer.items:
            # Tasks name it in other roles ("Bộ GD&ĐT phối hợp: 3"): those, then the text
            # that gives it the part asked ("Bộ GD&ĐT chỉ đạo các cơ sở đào tạo …")
            return replace(answer, status=Status.FOUND, items=(*answer.items, *lines))
        if not answer.found:
            # No task names it: the passages are the answer.
            title = (
                f"No task in the plan's table names {name}."
                if self.lang == "en"
                else f"{name} không có nhiệm vụ nào trong bảng nhiệm vụ."
            )
            return replace(answer, status=Status.FOUND, title=title, items=(*answer.items, *lines))
        return replace(answer, items=(*answer.items, *lines))

    def said_in_the_body_instead(self, answer: Answer) -> Answer:
        """An agency's tasks, or the passages of the text when only they hold what is asked
        of it ("Bộ Công Thương bố trí kinh phí từ chương trình nào?")."""
        read = self._duties_passages(answer)
        return read[2] if read is not None and read[2] is not None else answer

    def _duties_passages(self, answer: Answer) -> tuple[str, list[str], Answer | None] | None:
        """The agency's name, the lines of the passages that give it a part, and the answer
        they make alone when they hold what is asked of it and its tasks do not; None when
        the text gives it no part, or the answer spans plans."""
        plans = {t.plan for t in answer.tasks}
        # (The agency named, or the one in hand: "ngoài việc đó, bộ này còn làm gì?")
        agencies = self.agencies or self._agency_filter()
        if not agencies or len(plans) > 1 or (answer.found and not plans):
            return None
        if plans:
            plan = self.kb.plan_by_number(plans.pop())
        else:
            # "Bộ Tài chính có vai trò gì?" of an agency the text alone gives duties to.
            scope = self.scope or [p.id for p in self.kb.plans()]
            plan = self.plan(scope[0]) if len(scope) == 1 else None
        if plan is None:
            return None
        ids = frozenset().union(*(m.agencies for m in agencies))
        names = [f" {' '.join(words_of(n))} " for n in self.kb.agency_names(ids) if n]
        # The passages that say what is asked ("vai trò gì trong việc theo dõi, đôn đốc …"),
        # then those that open with it ("Sở X chủ trì …") before those that mention it.
        # The name alone, not inside a longer one ("Sở KH&CN (Chi cục …)" names both).
        asked = {w.replace("_", " ") for w in self.topic_words if "_" in w}
        at: list[tuple[int, int, Section]] = []
        for section in self.kb.sections(plan.id):
            text = f" {' '.join(words_of(section.text))} "
            where = [text.find(n) for n in names if n in text]
            if section.kind != "part" and where:
                at.append((-sum(f" {w} " in text for w in asked), min(where), section))
        found = [s for *_, s in sorted(at, key=lambda ws: ws[:2])][:_DUTIES_SHOWN]
        if not found:
            return None
        said = "In the text of the plan:" if self.lang == "en" else "Trong nội dung kế hoạch:"
        lines = [said]
        every = self.kb.sections(plan.id)
        for section in found:
            lines.append(f"{section.ref}. {render.shorten(section.text, 300)}")
            if f" {' '.join(words_of(section.title))} " in names:
                # "7. Bộ Công an" heads the duties listed under it: those are its part.
                lines += [
                    f"{c.ref.rsplit('.', 1)[-1]}) {render.shorten(c.text, 300)}"
                    for c in every
                    if c.parent == section.ref
                ][:_DUTIES_SHOWN]
        instead = None
        if answer.found and self._said_in_the_body_only(answer, names, " ".join(lines)):
            # "Bộ Công Thương được giao bố trí kinh phí từ những chương trình nào?": what is
            # asked of it is in the text, none of its tasks: the passages are the answer.
            footer = render.source(plan, self.lang, section=found[0].ref)
            instead = self._answer(Status.FOUND, Intent.AGENCY, said, lines[1:], footer)
        return self.kb.agency_names(ids)[0], lines, instead

    def _said_in_the_body_only(self, answer: Answer, names: list[str], passages: str) -> bool:
        """Whether the question's own words, beyond the agency's name and the plan's title,
        are in the passages, all of them or all but one ("có trách nhiệm …" may be how it
        asks), and none of those in the agency's tasks shown."""
        # (the name as the plan writes it and as the question does: "UBND", "ủy ban nhân dân")
        named = {w for n in [*names, *(m.alias for m in self.agencies)] for w in n.split()}
        asked = {
            w.replace("_", " ")
            for w in self.topic_beyond_title
            if "_" in w and not set(w.split("_")) <= named
        }
        text = f" {' '.join(words_of(passages))} "
        held = [w for w in asked if f" {w} " in text]
        if len(held) < max(2, len(asked) - 1):
            return False
        tasks = self.tasks_of(answer.tasks)
        return not any(
            f" {w} " in f" {' '.join(words_of(cells_text(t)))} " for t in tasks for w in held
        )

    def _named_in_a_task(self) -> Answer | None:
        """ "Nhiệm vụ Trung tâm kỹ thuật … hạn quý mấy", "nv bộ chỉ số pháp luật …": words
        that read like an agency's name but are the words of a task ("Bộ chỉ số" is a set
        of indicators): those tasks, with the columns asked."""
        words = words_of(self.q.plain)
        starts = _head_starts(words)
        if not starts or not self.narrow:
            return None
        first = starts[0]
        tasks = self.kb.tasks(plan_ids=self.scope, with_attrs=False)
        texts = [(t, f" {' '.join(words_of(t.content))} ") for t in tasks]
        for size in range(5, 2, -1):
            name = f" {' '.join(words[first : first + size])} "
            if len(name.split()) < size:
                continue
            found = [t for t, text in texts if name in text]
            if found and len({t.plan_id for t in found}) == 1:
                found = self.kb.tasks_by_ids(t.id for t in found[:5])
                return self.task_fields(found, self._field_intent())
        return None

    def with_other_roles(self, answer: Answer) -> Answer:
        """ "Báo X chủ trì nhiệm vụ nào?" of an agency that leads none: what it does do
        ("Báo X phối hợp: I.2")."""
        if answer.found or not self.agencies or self.periods:
            return answer
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        held = self.kb.agency_tasks(ids, (), self.scope)
        if not held:
            return answer
        by_role: dict[str, list[int]] = {}
        for task_id, roles in held.items():
            for role in roles:
                by_role.setdefault(role, []).append(task_id)
        name = ", ".join(self.kb.agency_names(ids)[:2])
        lines, cited = [], []
        for role, words in ROLE_NAMES[self.lang].items():
            if by_role.get(role):
                tasks = self.kb.tasks_by_ids(by_role[role][:12], with_attrs=False)
                lines.append(f"{name} {words}: {', '.join(t.ref for t in tasks)}")
                cited += [TaskRef(self.plan(t.plan_id).number, t.ref) for t in tasks]
        # Asked yes or no ("Báo X có chủ trì nhiệm vụ nào không?"), the answer turns to the
        # tasks it does have a part in, and is about them: "hạn khi nào?" next asks of them.
        # A list asked for in the role ("… chủ trì những nhiệm vụ nào?") is empty.
        if not (WHICH_TASKS.search(self.q.folded) and YES_NO.search(self.q.folded)):
            return replace(answer, items=(*answer.items, *lines))
        refs = tuple(dict.fromkeys(cited))
        context = answer.context.with_(tasks=refs, pending=None)
        if len(refs) > 1:
            context = context.with_(listed=refs)
        return replace(answer, items=(*answer.items, *lines), tasks=refs, context=context)

    def _unknown_agency(self) -> Answer:
        in_body = self._named_in_a_task() or self._in_the_body()
        if in_body is not None:
            return in_body
        scope = self.scope or [p.id for p in self.kb.plans()]
        leads = Counter(t.lead for t in self.kb.tasks(plan_ids=scope[:5]) if t.lead)
        en = self.lang == "en"
        title = (
            "No agency by that name leads or supports a task in the plans. Leads include:"
            if en
            else "Không thấy cơ quan này trong các kế hoạch. Các cơ quan chủ trì gồm:"
        )
        items = [f"• {name}" for name, _ in leads.most_common(8)]
        # Tasks given to "các sở, ban, ngành" as a whole are still this agency's: those they
        # lead are the answer, those they support are counted.
        tasks = self.kb.tasks(plan_ids=scope[:5], with_attrs=False)
        # (A ministry is not among "các sở"; "các bộ" are ministries only.)
        words = words_of(self.q.plain)
        head = next((w for w in words if (w,) in _NAMING_HEADS), None)
        shared_kind = _SHARED_OF_KIND.get(head or "", SHARED)
        shared = [t for t in tasks if shared_kind.search(fold(t.lead))]
        supported = [t.ref for t in tasks if t not in shared and shared_kind.search(fold(t.coord))]
        if not shared:
            return self._answer(Status.NOT_FOUND, Intent.AGENCY, title, items)
        if _ITS_OWN.search(self.q.folded):
            # "Sở Y tế có được giao nhiệm vụ riêng nào không?": none by name; the shared
            # ones are named, not given as its own.
            refs = ", ".join(t.ref for t in shared[:30])
            title = (
                f"No task is given to that agency by name. Every department leads: {refs}."
                if en
                else "Không có nhiệm vụ nào giao riêng cho cơ quan này. Các nhiệm vụ giao chung"
                f" cho các sở, ban, ngành: {refs}."
            )
            return self._answer(Status.NOT_FOUND, Intent.AGENCY, title)
        if self.q.has("claim") and (described := set(self.described(shared))):
            # "sở em có phải chủ trì nv thanh tra … không": of the shared ones, the task
            # its words describe
            shared = [t for t in shared if t.id in described]
            supported = []
        # Tasks given to every department are this one's too: they are the answer.
        title = (
            "No agency by that name is in the plans. Tasks every department leads include it:"
            if en
            else "Không thấy cơ quan này trong các kế hoạch. Các nhiệm vụ giao chung cho các"
            " sở, ban, ngành chủ trì gồm cả cơ quan này:"
        )
        shown = shared[:SHOWN_ACROSS]
        headers = {t.plan_id: self.kb.columns(t.plan_id) for t in shown}
        lines = [
            render.task_line(t, None, headers[t.plan_id], self.today, self.lang) for t in shown
        ]
        if supported:
            refs = ", ".join(supported[:30])
            lines.append(
                f"Every department also supports {len(supported)} tasks: {refs}."
                if en
                else f"Các sở, ban, ngành cùng phối hợp {len(supported)} nhiệm vụ: {refs}."
            )
        return self._answer(Status.FOUND, Intent.AGENCY, title, lines, self._source(shown), shown)


# "nhiệm vụ riêng", "a task of its own": given to the agency by name, not to all of a kind.
_ITS_OWN = re.compile(r"\b(?:rieng|danh rieng|specifically|by name|(?:of )?its own)\b")
_DUTIES_SHOWN = 2  # passages of the text shown after an agency's tasks
# The agencies given a task at once that hold an unnamed agency of a kind: a department is
# among "các sở" and "các cơ quan liên quan"; a ministry the plan never names has no task in
# it, whatever "các bộ" lead (readers take an unnamed ministry to have none).
_SHARED_OF_KIND = {"bo": re.compile(r"(?!)")}


# The last syllables of words that "số" (digital) follows: "chuyển đổi số", "kinh tế số",
# "chính phủ số", "chữ ký số", "hạ tầng số", "nền tảng số", "công nghệ số", "dữ liệu số".
_DIGITAL_BEFORE = frozenset("doi te phu ky tang nghe lieu hoi thuat do hoa".split())


def _inside_words(words: list[str]) -> set[int]:
    """The places of syllables that go on a word begun before them ("sở" of "cơ_sở"); a
    word that a head opens ("trung_tâm") is the head's."""
    inside: set[int] = set()
    at = 0
    for word in words:
        size = word.count("_") + 1
        inside.update(range(at + 1, at + size))
        at += size
    return inside


def _head_starts(words: list[str]) -> list[int]:
    """Where, among the first words, a kind of body opens a name ("sở", "trung tâm")."""
    return [
        i
        for i in range(min(8, len(words)))
        if any(tuple(words[i : i + len(h)]) == h for h in _NAMING_HEADS)
    ]
