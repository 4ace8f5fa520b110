"""Comparisons: which of two tasks is due first, how two agencies' shares of the plan differ.

"Nhiệm vụ II.1 hay II.3 đến hạn trước?" answers with both deadlines and which comes first;
"Sở KH&CN so với UBND huyện" answers with the tasks each leads, coordinates and directs.
"""

from __future__ import annotations

import re
from functools import cached_property
from itertools import islice

from .. import render
from .. import topics as ranking
from ..answer import Answer, Intent, Status
from ..fields import AGENCY_ROLES, Role
from ..normalize import fold
from ..store import Task
from ..words import STOPWORDS, translate_english
from .common import FIELD_WORDS, IT, ROLE_NAMES
from .task_lists import SHOWN_ACROSS

# Words that compare two things: "hay … trước", "so với", "cái nào sớm hơn", "which first".
_COMPARE = re.compile(
    r"\b(?:so voi|so sanh|(?:nhieu|it|hon) hon|khac nhau|giong nhau|bang nhau|nhu nhau"
    r"|khac (?:gi|the nao|cho nao)|different from"
    r"|cung (?:thoi han|han|luc|thoi diem|tien do|thoi gian)"
    r"|(?:cai|viec|nhiem vu|ben|so|bo|co quan|don vi|ai) nao(?: \w+){0,2} (?:nhieu|it)"
    r"|(?:nhieu|it)(?: \w+){1,3} hon"
    r"|compared?(?: to| with)?|versus|vs|same|different"
    # "more than", not "Should we expect more quality checks?"
    r"|(?:more|fewer|less)(?=.*\bthan\b))\b"
)
# "nhiệm vụ A và nhiệm vụ B": where each of two described tasks starts (not the "việc" of
# "vị trí việc làm").
_TASK_WORDS = re.compile(r"\b(?:nhiem vu|viec(?! lam\b)|cong viec|nv|task)\b")
_AND = re.compile(r"\b(?:va|hay|voi|and|or)\b")
# Words of a comparing question that name neither task.
_ASKING = frozenset("giua xong phai hai cung".split())
# "việc nào xong trước", "which is due first": one of the two asked for; not "phải xong
# trước thời điểm nào" (by when) nor "muốn" (want), which folds to "muộn" (late).
_WHICH_OF_TWO = re.compile(
    r"\b(?:cai|viec|nhiem vu|nv|ben|de an|bao cao|nghi dinh|nghi quyet|thong tu|van ban) nao\b"
    r"(?: \w+){0,7} (?:truoc|sau|som|muon|tre|hon)\b"
    r"(?! (?:ngay )?(?:hom nay|bay gio|\d))"  # (a day: "trước hôm nay", "trước ngày 30/6")
    r"|\bwhich (?:one |task )?(?:is |comes )?(?:due )?(?:first|earlier|later|sooner)\b"
    r"|\b(?:hay|or)\b.*\b(?:truoc|sau|first|later)\b"  # "A hay B đến hạn trước"
)
_WHICH_FIRST = re.compile(
    r"^\W*which (?:one |task )?(?:is |comes |will be )?(?:due |finished |done )?"
    r"(?:first|earlier|later|sooner)\b"
)
_SAME_ASKED = re.compile(
    r"\bcung (?:thoi han|han|luc|thoi diem)\b.*\b(?:khong|ko|k|chu|ha)\b"
    r"|\b(?:same (?:deadline|time|due date)|at the same time)\b"
)
_PART_COVERS = 0.45  # of a part's words, what the task it names covers, when well ahead
_MOST_OF = 30  # tasks in hand the earliest or latest is picked from
_MOST = re.compile(r"\bnhat\b|\b(?:first|earliest|latest) of\b")  # "cái nào hạn sớm nhất"
# "And which one is due last?" after the first of a list was picked: of that list.
_OF_THE_LIST = re.compile(r"\b(?:due|ends?|finish(?:es)?) (?:first|last)\b|\b(?:earliest|latest)\b")
_AMONG = re.compile(r"\btrong so (?:do|nay|cac)\b|\bamong (?:them|those)\b")
# "cái nào sớm hơn", "việc nào trước": one of two, the two last talked about.
_THE_TWO = re.compile(r"\b(?:cai|viec|nhiem vu|nv|which) nao\b.*\bhon\b|\bwhich one\b")
_LATER = re.compile(r"\b(?:sau|muon|tre|later|latest|last|keo dai|lau hon|dai hon|longer)\b")
# Words that order two deadlines: "trước", "sớm hơn", "first", "later".
# "khác nhau chỗ nào", "giống nhau không", "what is the difference": the tasks as a whole.
_HOW_THEY_DIFFER = re.compile(
    r"\b(?:khac|giong) (?:nhau|gi|cho nao|the nao)\b|\bdifferen\w*\b|\bcompare\b"
    r"|\bso sanh\b(?! (?:thoi han|han))"
)
# "cùng hạn đó", "share that deadline": the deadline of the task in hand.
# Bare after "nào" ("nhóm VI có nv nào cùng hạn ko") when no period follows, which would be
# the deadline asked ("cùng hạn quý 2"); not "việc … có cùng hạn không?", two tasks compared.
SAME_DEADLINE = re.compile(
    # "cùng hạn đó", "cùng thời hạn hoàn thành với nó", "cùng hạn với việc vừa hỏi"
    r"\bcung (?:thoi )?han(?: hoan thanh| thuc hien| chot)? (?:do|nay|ay|voi (?:no|(?:nhiem vu|nv"
    r"|viec|cai)(?: \w+)? (?:do|nay|ay|tren|vua hoi)))\b"
    # "cũng có hạn vào đúng quý đó", "cùng hạn trong tháng này", "cũng đến hạn trong quý đó"
    r"|\b(?:cung|cung co)(?: den)? (?:thoi )?han (?:vao |trong )?(?:dung )?"
    r"(?:quy|thang|nam|ngay|thoi diem|dot) (?:do|nay|ay)\b"
    r"|\bnao (?:\w+ )?cung (?:thoi )?han(?! (?:\w+ )?(?:quy|q|thang|nam|ngay|\d+|voi)\b)(?!\w)"
    r"|\b(?:share|shares|with|has|have) (?:that|the same|this) (?:deadline|due date)\b"
    r"|\bdue at the same time\b"
)
# ("giống nhau", "same" order nothing: "Cơ quan chỉ đạo của II.1 và II.2 có giống nhau
# không?" shows that column of each.)
# "bộ nào chủ trì nhiều nhiệm vụ hơn", "which has fewer tasks"
_MORE = re.compile(r"\bnhieu(?: \w+){0,3} hon\b|\bmore\b")
_FEWER = re.compile(r"\bit(?: \w+){0,3} hon\b|\b(?:fewer|less)\b")
# A comparison with no subject of its own: of the task in hand.
_OPENS_COMPARING = re.compile(
    r"\W*(?:(?:the |vay |con )?(?:khac|giong) (?:gi|nhau|the nao|cho nao)|so (?:voi|vs)"
    r"|how (?:is|does) (?:it|this|that)(?: one)? (?:differ|compare)|(?:is it |and )?(?:different"
    r" from|compared? (?:to|with)))\b"
)
_TWO_TASKS = re.compile(r"\b(?:hai|2) (?:nhiem vu|nv|viec)\b|\b(?:the )?(?:two|both) tasks\b")
# (not the "sâu" of "chuyên sâu", in depth)
# "thế cái hạn sớm hơn thì ai phối hợp?": the one first (or last), then a column of it
_THE_ONE_THEN = re.compile(
    r"\b(?:cai|viec|nhiem vu|nv)(?: \w+){0,3} (?:som|muon|tre|truoc|sau)(?: hon| nhat)? thi\b"
)
_ORDER = re.compile(
    r"\b(?:truoc|(?<!chuyen )sau|som|muon|tre|first|later|sooner|earlier|last|earliest|latest"
    r"|soonest)\b"
    r"(?! (?:ngay )?(?:hom nay|bay gio|\d))"  # (a day: "trước hôm nay", "trước ngày 30/6")
)


class CompareMixin:
    @cached_property
    def compares(self) -> bool:
        """Two tasks or two agencies, and a word that sets them side by side; or "cái nào
        xong sớm hơn?" about the tasks in hand."""
        q = self.q
        if len(self._described_pair) == 2:  # "A và B, hai việc này có cùng thời hạn không?"
            return bool(_COMPARE.search(q.plain) or _WHICH_OF_TWO.search(q.plain))
        if len(q.refs) + len(q.bare_numbers) >= 2 or self._with_the_one_in_hand:
            # ("nv 15 vs nv 19 khác nhau chỗ nào, cùng bộ tài chính hả": compared, both named)
            return bool(_COMPARE.search(q.plain) or _ORDER.search(q.plain))
        if q.has("all_of"):
            return False
        if len({m.agencies for m in self.agencies}) >= 2:  # "1 dn" twice is one agency
            # "Sở A chỉ đạo bao nhiêu nhiệm vụ, Sở B bao nhiêu?" counts them side by side.
            return q.has("count") or bool(_COMPARE.search(q.plain))
        in_hand = not (q.refs or self.agencies) and len(self._in_hand) >= 2
        # ("chỉ đạo 2 nv đó có giống nhau ko": a column of the tasks pointed at, side by side)
        pointed = bool(IT.search(q.plain)) and bool(_HOW_THEY_DIFFER.search(q.plain))
        return in_hand and bool(_ORDER.search(q.plain) or pointed)

    @property
    def _with_the_one_in_hand(self) -> bool:
        """ "Về cơ quan chỉ đạo thì nó khác gì nhiệm vụ III.1?": the task named, and the one
        in hand that "nó" points back to."""
        named = len(self.q.refs) + len(self.q.bare_numbers) == 1
        # ("khác gì V.2?", "so với V.2 thì sao?": the one in hand is the subject left unsaid)
        pointed = IT.search(self.q.plain) or _OPENS_COMPARING.match(self.q.plain)
        return named and len(self.context.tasks) == 1 and bool(pointed)

    @property
    def _in_hand(self) -> tuple:
        """The tasks a comparison without names is about: the list in hand; or, after one
        task and then another ("còn IV.1 thì sao?" → "cái nào hạn sớm hơn?"), those two."""
        tasks, listed = self.context.tasks, self.context.listed
        most = _MOST.search(self.q.plain) or _OF_THE_LIST.search(self.q.plain)
        if most and len(listed) > len(tasks) and set(tasks) <= set(listed):
            # "Trong số đó việc nào hạn sớm nhất?", then "còn việc nào muộn nhất?": of the
            # list the first was picked from, not of the one picked.
            return listed
        if len(tasks) >= 2:
            return tasks
        if _THE_TWO.search(self.q.plain) and len(self.context.seen) >= 2:
            return self.context.seen[-2:]
        return ()

    @cached_property
    def _described_pair(self) -> list[Task]:
        """ "So sánh thời hạn của nhiệm vụ ứng dụng chuyển đổi số và nhiệm vụ kiện toàn cơ
        quan đầu mối": two tasks, each named by its words after "nhiệm vụ"; the task each
        describes best, if both do and they differ."""
        if self.q.refs or self.q.bare_numbers or self.agencies:
            return []

        en = self.lang == "en"

        def words_of_part(part: str) -> list[str]:
            # its own words: not the comparing ones ("việc nào phải xong trước")
            part = FIELD_WORDS.sub(" ", _ORDER.sub(" ", _COMPARE.sub(" ", part)))
            if en:  # in the plans' words
                part = translate_english(part)
            segmented = self.engine.lexicon.segment(part.split())
            return [w for w in segmented if w not in STOPWORDS and w not in _ASKING]

        # "nhiệm vụ A và nhiệm vụ B", "giữa việc A và việc B, việc nào …": the parts after
        # a task word that name something; or "A và B, hai việc này …": one part, two names.
        # ("… việc nào kéo dài hơn": the part after the last task word that asks, "nào …".)
        # ("Which comes first: the X task, or Y?": the asking goes before the names.)
        plain = _WHICH_FIRST.sub(" ", self.q.plain) if en else self.q.plain
        parts = [
            p
            for p in _TASK_WORDS.split(plain)
            if words_of_part(p) and not p.lstrip().startswith(("nao ", "which "))
        ]
        if len(parts) == 1:
            parts = [p for p in _AND.split(parts[0], maxsplit=1) if words_of_part(p)]
        if len(parts) == 1 and _TWO_TASKS.search(plain):
            # "Hai nhiệm vụ ban hành khung chương trình đào tạo khác nhau thế nào?": one
            # description that two tasks, and only two, both answer as well
            scored = ranking.rank(
                self.kb,
                words_of_part(parts[0]),
                scope=self.scope,
                phrase="",
                asks_when=False,
                kinds=("task",),
            )
            tied = [h.id for s, h in scored if s >= scored[0][0] - ranking.TIE] if scored else []
            if len(tied) == 2 and scored[0][0] >= ranking.MIN_COVERAGE:
                tasks = self.kb.tasks_by_ids(tied)
                return tasks if len({t.plan_id for t in tasks}) == 1 else []
        if len(parts) != 2:
            return []
        found = []
        for part in parts:
            # Each part is a few words: one task well ahead of the rest is the one it means,
            # though it covers less of them than a whole question's words would need.
            scored = ranking.rank(
                self.kb,
                words_of_part(part),
                scope=self.scope,
                phrase=part,
                asks_when=False,
                kinds=("task",),
            )
            if not scored or scored[0][0] < _PART_COVERS:
                return []
            if scored[0][0] < ranking.MIN_COVERAGE and (
                len(scored) > 1 and scored[1][0] >= scored[0][0] - ranking.TIE
            ):
                return []
            found.append(scored[0][1].id)
        if found[0] == found[1]:
            return []
        tasks = self.kb.tasks_by_ids(found)
        return tasks if len({t.plan_id for t in tasks}) == 1 else []

    def sharing_the_deadline(self) -> Answer | None:
        """ "Có nhiệm vụ nào khác cùng hạn đó không?", "which other tasks share that
        deadline?": the other tasks of its plan due when the task in hand is."""
        (task,) = self.tasks_of(self.context.tasks[-1:]) or (None,)
        if task is None or not task.deadline:
            return None
        # "Còn nhiệm vụ bổ sung chức năng … thì có cùng thời hạn với nhiệm vụ đó không?":
        # the task the words describe, against the one in hand.
        other = [i for i in self.described(None) if i != task.id][:1]
        if other:
            return self._compare_tasks([task, *self.kb.tasks(ids=other)])
        every = self.kb.tasks(plan_ids=[task.plan_id], with_attrs=False)
        if task.period and not task.period.recurring:
            same = [t for t in every if t.period and t.period.end == task.period.end]
        else:  # "Hằng năm": the tasks whose cell says the same
            same = [t for t in every if fold(t.deadline) == fold(task.deadline)]
        others = [t for t in same if t.id != task.id]
        en = self.lang == "en"
        what = f"due as {task.ref} is" if en else f"cùng thời hạn với nhiệm vụ {task.ref}"
        if self.q.group:  # "nhóm VI có nv nào cùng hạn ko": of that group
            others = [t for t in others if t.group == self.q.group]
            what = f"{what}, {'group' if en else 'nhóm'} {self.q.group}"
        if self.agencies:
            # "… trong đó nhiệm vụ nào do Bộ Tài chính chủ trì?": those the agency has, in the
            # role asked
            ids = frozenset().union(*(m.agencies for m in self.agencies))
            roles = [r for r in self.q.fields if r in AGENCY_ROLES]
            held = self.kb.agency_tasks(ids, roles, [task.plan_id])
            others = [t for t in others if t.id in held]
            names = ", ".join(self.kb.agency_names(ids)[:2])
            what = f"{what}; {names}"
        return self.task_list(others, Intent.DUE, what, self.context)

    def compare(self) -> Answer | None:
        if len(self.q.refs) + len(self.q.bare_numbers) >= 2 or not self.agencies:
            return self._compare_tasks()
        return self._compare_agencies()

    @property
    def _named_or_described(self) -> bool:
        """Whether the question names or describes the tasks it compares (not those in
        hand): "Giữa II.3 và II.4, …", "Giữa việc A và việc B, việc nào kéo dài hơn?"."""
        return bool(self.q.refs or self.q.bare_numbers or self._described_pair)

    def _compared_tasks(self) -> list[Task] | None:
        """The tasks named, or those in hand; None unless all are in one plan."""
        if self._described_pair:
            return sorted(self._described_pair, key=lambda t: t.id)
        if not (self.q.refs or self.q.bare_numbers):
            # "trong số đó việc nào hạn sớm nhất?" is of the whole list in hand
            tasks = self.tasks_of(self._in_hand[: _MOST_OF if _MOST.search(self.q.plain) else 5])
            return tasks if len({t.plan_id for t in tasks}) == 1 else None
        # "Nhiệm vụ 5 và nhiệm vụ 7" in a plan numbered without groups.
        named = self.tasks_named()
        if named and self._with_the_one_in_hand:
            in_hand = [t for t in self.tasks_of(self.context.tasks) if t not in named]
            return in_hand + named if len({t.plan_id for t in in_hand + named}) == 1 else None
        return named

    def _compare_tasks(self, tasks: list[Task] | None = None) -> Answer | None:
        tasks = tasks or self._compared_tasks()
        if not tasks:
            return None
        asked = [r for r in self.q.fields if r is not Role.DEADLINE]
        if (asked or self.named_headers) and not _ORDER.search(self.q.plain):
            # "Cơ quan chỉ đạo của II.1 và II.2 khác nhau thế nào?": that column of each; "khác
            # nhau về nội dung": each content in full, where the difference is; "so sánh 8 và
            # 27 về kết quả và thời gian": the columns named, deadline too.
            whole = Role.CONTENT in asked and len(tasks) <= 3
            return self.task_fields(tasks, self._field_intent(), whole=whole)
        if not self.q.fields and _HOW_THEY_DIFFER.search(self.q.plain):
            # "IV.3 và III.3 khác nhau chỗ nào?": each one whole, side by side.
            self.q.fields = [Role.CONTENT, Role.LEAD, Role.COORD, Role.DEADLINE]
            return self.task_fields(tasks, Intent.TASK, whole=len(tasks) <= 3)
        en, plan = self.lang == "en", self.plan(tasks[0].plan_id)
        dated = [t for t in tasks if t.period and not t.period.recurring]
        later = bool(_LATER.search(self.q.plain))
        answered = tasks

        # The words that tell the tasks apart stay in sight ("… (DRG)"), however late.
        said = [*(w.lower() for w in self._codes()), *self.topic_words]

        # "… có cùng cơ quan chủ trì không, và nhiệm vụ nào xong sớm hơn?": the agencies asked
        # beside each deadline
        roles = [r for r in asked if r in AGENCY_ROLES]
        headers = self.kb.columns(plan.id)

        def line(t: Task) -> str:
            values = [
                (render.label(r, headers, self.lang), render.value(t, r, self.today, self.lang))
                for r in roles
            ]
            cells = "".join(f"; {label}: {value}" for label, value in values)
            return (
                f"{t.ref}: {render.deadline(t, self.today, self.lang)}{cells}"
                f" — {render.shorten_near(t.content, 90, said)}"
            )

        picks = len(tasks) > 2 or _AMONG.search(self.q.plain) or _MOST.search(self.q.plain)
        one_dated = len(dated) == 1 and picks
        shown = [*dated, *(t for t in tasks if t not in dated)] if one_dated else tasks
        lines = [line(t) for t in shown[:5]]
        if one_dated:
            # "trong số đó cái nào có hạn cụ thể sớm nhất": the one with a dated deadline
            answered, ref = dated, dated[0].ref
            title = (
                f"Only {ref} has a dated deadline:"
                if en
                else f"Chỉ nhiệm vụ {ref} có thời hạn cụ thể:"
            )
        elif len(dated) < 2:
            title = (
                "Not all of them have a dated deadline:"
                if en
                else "Không phải nhiệm vụ nào cũng có thời hạn cụ thể:"
            )
        else:
            ends = sorted({t.period.end for t in dated}, reverse=later)
            first = [t.ref for t in dated if t.period.end == ends[0]]
            one_then = bool(asked) and bool(_THE_ONE_THEN.search(self.q.plain))
            if (
                len(tasks) > 2
                or _AMONG.search(self.q.plain)
                or _MOST.search(self.q.plain)
                or (_THE_TWO.search(self.q.plain) and not self._named_or_described)
                or one_then
            ):
                # "trong số đó cái nào sớm nhất", "cái nào hạn sớm hơn?": the one picked, of
                # the list in hand, shown first (the two named in the question are both the
                # answer's: "Giữa II.3 và II.4, nhiệm vụ nào sớm hơn?")
                answered = [t for t in dated if t.period.end == ends[0]]
                if asked:
                    # "cái hạn muộn nhất thì ai chủ trì, ai phối hợp?": its columns asked
                    self.q.fields = [*asked, Role.DEADLINE]
                    return self.task_fields(answered, self._field_intent())
                shown = answered + [t for t in tasks if t not in answered]
                lines = [line(t) for t in shown[:5]]
            if len(ends) == 1:
                title = "They are due at the same time:" if en else "Các nhiệm vụ có cùng thời hạn:"
            elif en:
                title = f"{' and '.join(first)} is due {'later' if later else 'first'}:"
            else:
                title = f"Nhiệm vụ {', '.join(first)} đến hạn {'sau' if later else 'trước'}:"
            if _SAME_ASKED.search(self.q.folded):  # "… có cùng thời hạn không?": yes or no
                yes = len(ends) == 1
                title = f"{('Yes' if yes else 'No') if en else ('Có' if yes else 'Không')}. {title}"
        return self._answer(
            Status.FOUND,
            Intent.DEADLINE,
            title,
            lines,
            render.source(plan, self.lang),
            answered,
        )

    def _compare_agencies(self) -> Answer | None:
        en = self.lang == "en"
        asked = [r for r in self.q.fields if r in AGENCY_ROLES] or list(AGENCY_ROLES)
        lines, counts = [], []
        shown: dict[int, None] = {}  # the ids of the tasks shown, in order, once each
        scope = self.scope
        every: list[int] = []  # the ids of all their tasks
        for match in self.agencies[:4]:
            held, by_role = self.kb.agency_tasks_by_role(match.agencies, asked, scope)
            name = ", ".join(self.kb.agency_names(match.agencies)[:2])
            if not name:
                continue
            counts.append((len(held), name))
            parts = []
            for role in asked:
                ids = by_role[role]
                refs = [t.ref for t in self.kb.tasks_by_ids(ids[:12], with_attrs=False)]
                if refs:
                    word = ROLE_NAMES[self.lang][role.value]
                    parts.append(f"{word} {len(ids)} ({', '.join(refs)})")
            lines.append(f"• {name}: " + ("; ".join(parts) or ("none" if en else "không có")))
            # (a thousand plans may hold thousands of them: only the first are read)
            shown.update(dict.fromkeys(held[:SHOWN_ACROSS]))
            every += held
        if len(lines) < 2:
            return None
        title = self._which_more(counts) or ("Side by side:" if en else "So sánh:")
        first = self.kb.tasks_by_ids(islice(shown, SHOWN_ACROSS), with_attrs=False)
        plans = {t.plan_id for t in first}
        if len(plans) == 1 and len(set(every)) > len(first):
            plans |= {t.plan_id for t in self.kb.tasks_by_ids(every, with_attrs=False)}
        footer = render.source(self.plan(plans.pop()), self.lang) if len(plans) == 1 else ""
        # Across plans, the chat keeps the first tasks, as a list across plans shows them.
        return self._answer(Status.FOUND, Intent.AGENCY, title, lines, footer, first)

    def _which_more(self, counts: list[tuple[int, str]]) -> str | None:
        """ "Bộ nào chủ trì nhiều nhiệm vụ hơn?" of two agencies: which, or that they are
        level; None unless more or fewer is asked of two."""
        fewer = _FEWER.search(self.q.plain)
        if len(counts) != 2 or not (fewer or _MORE.search(self.q.plain)):
            return None
        en = self.lang == "en"
        if counts[0][0] == counts[1][0]:
            n = counts[0][0]
            return f"They are level: {n} tasks each." if en else f"Bằng nhau: mỗi bên {n} nhiệm vụ."
        (n, name), (m, _) = sorted(counts, reverse=not fewer)
        if en:
            return f"{name} has {'fewer' if fewer else 'more'}: {n} tasks against {m}."
        return f"{name} có {'ít' if fewer else 'nhiều'} hơn: {n} so với {m} nhiệm vụ."
