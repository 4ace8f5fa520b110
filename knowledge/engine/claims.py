"""Questions about one task that its cells answer yes or no, or not at all.

A statement to confirm: "Sở KH&CN chủ trì việc đầu tư cho đơn vị thử nghiệm, đúng không?",
"Nhiệm vụ xây dựng chuẩn đo lường hạn cuối năm 2026, phải không?". The agency and the period
in it are the claim, not a filter: the task is found by its other words, its cells are
shown, and the answer says whether the claim holds. A place ("tổ chức tại thành phố nào")
no column gives: not found, with the task."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import render
from .. import topics as ranking
from ..answer import Answer, Intent, Status
from ..fields import AGENCY_ROLES, Role
from ..normalize import fold
from ..periods import Kind
from ..words import translate_english
from .common import IT, ROLE_NAMES, cells_text

# "… do Bộ Ngoại giao chủ trì": an agency named as the one who does it, by its head word;
# read only when no agency of the plans is named.
_UNKNOWN_DOER = re.compile(
    r"\bdo (?:bo|so|cuc|chi cuc|tong cuc|vien|trung tam|uy ban|ubnd|ban|dai|truong|hoi)"
    r"(?: \w+){1,5} (?:chu tri|phoi hop|chi dao|phu trach|thuc hien|dam nhiem)\b"
)


class ClaimsMixin:
    def claim_checked(self) -> Answer | None:
        """The task a statement describes, its cells, and whether the statement holds."""
        q = self.q
        # "Diễn đàn … có phải do Bộ Ngoại giao chủ trì không?" of a plan that never names
        # that ministry: not so, whatever the task.
        unknown = not (self.agencies or q.periods) and bool(_UNKNOWN_DOER.search(q.folded))
        dated = q.has("dated") and not q.periods  # "… có mốc thời hạn cụ thể không?"
        if not (self.agencies or q.periods or unknown or dated):
            # "Có đúng là đề xuất … bằng 200% chi phí không?": nothing here to check; the
            # topic quotes the cells that say it
            return None
        task = self._claimed_task()
        if task is None:
            return None
        named = self.agencies or unknown
        roles = [f for f in q.fields if f in AGENCY_ROLES] or ([Role.LEAD] if named else [])
        asked = [*roles, *([Role.DEADLINE] if q.periods or dated else [])]
        q.fields = asked or [f for f in q.fields if f is not Role.CONTENT] or [Role.LEAD]
        answer = self.task_fields([task], self._field_intent())
        verdict = self._verdict(task, roles) or (
            ("No." if self.lang == "en" else "Không đúng.") if unknown else ""
        )
        if dated and not verdict:
            yes = bool(task.period and not task.period.recurring)
            verdict = (
                ("Yes." if yes else "No.") if self.lang == "en" else ("Có." if yes else "Không.")
            )
        if not verdict:
            return answer
        return replace(
            answer,
            title=f"{verdict} {answer.title}",
            items=tuple(dict.fromkeys((*answer.items, *self._part(task)))),
        )

    def every_task_claimed(self) -> Answer | None:
        """ "Có phải tất cả các nhiệm vụ đều do Chủ tịch UBND tỉnh chỉ đạo không?": yes or
        no, and the tasks that are not so, with who does them instead."""
        plan = self._one_plan(Intent.AGENCY, f"«{self.q.text}»")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        roles = [f for f in self.q.fields if f in AGENCY_ROLES] or [Role.LEAD]
        tasks, _ = self.tasks_not_items(plan.id)
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        held = self.kb.agency_tasks(ids, roles, [plan.id])
        others = [t for t in tasks if t.id not in held]
        name = ", ".join(self.kb.agency_names(ids)[:2])
        role = "/".join(ROLE_NAMES[self.lang][r.value] for r in roles)
        n, total = len(tasks) - len(others), len(tasks)
        if not others:
            title = (
                f"Yes: all {total} tasks — {name} {role}."
                if en
                else f"Đúng: cả {total} nhiệm vụ — {name} {role}."
            )
        else:
            title = (
                f"No: {n} of {total} tasks — {name} {role}. The others:"
                if en
                else f"Không: {n}/{total} nhiệm vụ — {name} {role}. Các nhiệm vụ còn lại:"
            )
        headers = self.kb.columns(plan.id)
        lines = [
            render.task_line(t, None, headers, self.today, self.lang, tuple(roles)) for t in others
        ]
        return self._answer(
            Status.FOUND, Intent.AGENCY, title, lines, render.source(plan, self.lang), others
        )

    def _claimed_task(self):
        """The task a statement is about: the one it names by id ("skhcn có chủ trì nv III.2
        không"), or the one its words describe once the agency and period claimed are out."""
        q = self.q
        if q.refs:
            tasks = self.tasks_named()
            return tasks[0] if tasks and len(tasks) == 1 else None
        if (q.has("points_back") or IT.search(q.folded)) and len(self.context.tasks) == 1:
            # "Hạn của nhiệm vụ đó có rơi vào quý này không?": the task in hand
            in_hand = self.tasks_of(self.context.tasks)
            if len(in_hand) == 1:
                return in_hand[0]
        text = q.folded
        for a, b in [*self.engine.matcher.name_spans(text), *(p.span for p in q.periods)]:
            text = text[:a] + " " * (b - a) + text[b:]
        text = " ".join(_WORDS.findall(text))  # "đo lường, chất lượng": no commas
        if self.lang == "en":
            text = translate_english(text)
        words = self._words_of_topic(text)
        scored = ranking.tasks_covering(self.kb, words, scope=self.scope, phrase=text)
        if not scored:
            return None
        best = ranking.closest([sh for sh in scored if sh[0] >= scored[0][0] - ranking.TIE], words)
        if len(best) > 1:
            # (of tasks that hold the words alike, the one that opens as the statement does:
            # "… chủ trì việc tăng cường thanh tra …" of "Tăng cường công tác thanh tra …")
            best = [sh for sh in best if sh[1].text.split()[:1] == words[:1]] or best
        if len(best) != 1:
            return None
        (task,) = self.kb.tasks_by_ids([best[0][1].id])
        return task

    def part_in_hand(self) -> Answer | None:
        """ "Thế Bộ Tài chính đóng vai trò gì trong việc này?": what the agency named does in
        the task in hand, with the task's agency columns."""
        found = self.tasks_of(self.context.tasks[:1])
        if not found:
            return None
        self.q.fields = list(AGENCY_ROLES)
        answer = self.task_fields(found[:1], self._field_intent())
        return replace(answer, items=tuple(dict.fromkeys((*answer.items, *self._part(found[0])))))

    def _claimed(self, task) -> frozenset[int]:
        """The agencies the claim is about: of several, not those the task's own words name
        ("đối thoại với doanh nghiệp … do Chủ tịch UBND tỉnh chỉ đạo" claims nothing of
        businesses); one alone is claimed wherever it is ("tập huấn cho lực lượng kiểm lâm"
        led by the rangers?)."""
        claimed = self._named_apart(task) or self.agencies
        return frozenset().union(*(m.agencies for m in claimed))

    def _named_apart(self, task) -> list:
        """The agencies the question names that the task's own words do not."""
        content = f" {' '.join(_WORDS.findall(fold(task.content)))} "

        def named_in_content(match) -> bool:
            names = [match.alias, *map(fold, self.kb.agency_names(match.agencies))]
            return any(f" {' '.join(_WORDS.findall(n))} " in content for n in names)

        return [m for m in self.agencies if not named_in_content(m)]

    def part_asked(self, task) -> list[str]:
        """ "nv III.2 thì Sở KH&CN làm gì?", "… thì BTP chủ trì đúng ko": the part in the
        task of an agency the question names beside it; none for one the task itself names
        ("đối thoại với doanh nghiệp")."""
        return self._part(task) if self._named_apart(task) else []

    def _part(self, task) -> list[str]:
        """What the agency claimed does in the task: "Sở X: phối hợp"."""
        ids = self._claimed(task)
        if not ids:
            return []
        played = self.kb.agency_tasks(ids, (), [task.plan_id]).get(task.id, frozenset())
        name = ", ".join(self.kb.agency_names(ids)[:2])
        words = ROLE_NAMES[self.lang]
        roles = ", ".join(words[r] for r in ("lead", "coord", "director") if r in played)
        none = "no part in this task" if self.lang == "en" else "không có tên trong nhiệm vụ này"
        return [f"{name}: {roles or none}"]

    def _verdict(self, task, roles: list[Role]) -> str:
        """ "Đúng." or "Không đúng." for the claim's agency in its role and its period; empty
        when the claim names neither."""
        holds: list[bool] = []
        if (ids := self._claimed(task)) and roles:
            held = self.kb.agency_tasks(ids, roles, [task.plan_id])
            holds.append(task.id in held)
        claimed = self.q.periods[0] if self.q.periods else None
        if claimed and claimed.recurring and task.period:
            # "I.1 có phải là nhiệm vụ hàng năm không?": a task with a date is no yearly one.
            holds.append(task.period.recurring)
        elif claimed and task.period and not task.period.recurring:
            # Every stage counts: "2026; 2027 - 2030" is not done "chỉ trong năm 2026".
            stages = self.kb.staged.get(task.id, (0, [task.period]))[1]
            ends = [p.end for p in stages if not p.recurring] or [task.period.end]
            if self.q.has("within"):
                holds.append(all(claimed.start <= end <= claimed.end for end in ends))
            else:
                holds.append(claimed.start <= ends[0] <= claimed.end)
        if not holds:
            return ""
        yes = all(holds)
        if self.lang == "en":
            return "Yes." if yes else "No."
        return "Đúng." if yes else "Không đúng."

    def place_not_given(self) -> Answer | None:
        """ "Diễn đàn pháp luật ASEAN 2026 được tổ chức tại thành phố nào?": a place, which
        no column of the plan gives: not found, with the task the question describes."""
        headers = [h for p in (self.scope or []) for h in self.kb.columns(p).values()]
        if not self.narrow or any(_PLACE_COLUMN.search(fold(h)) for h in headers):
            return None  # a plan with a column for the place answers from it
        # (English is read through its topic words, which the glossary has put in Vietnamese)
        words = (
            self.topic_words
            if self.lang == "en"
            else self._words_of_topic(WHERE_ASKED.sub(" ", self.q.folded))
        )
        scored = ranking.tasks_covering(self.kb, words, scope=self.scope)
        if not scored:
            return None
        (task,) = self.kb.tasks_by_ids([scored[0][1].id])
        if _PLACE_NAMED.search(cells_text(task)):
            return None  # "… tại Thành phố Hồ Chí Minh": the task says where, as it shows
        headers = self.kb.columns(task.plan_id)
        en = self.lang == "en"
        not_said = "The plan does not say where." if en else "Kế hoạch không nêu địa điểm."
        if any(f is not Role.CONTENT for f in self.q.fields):
            # "… lên sóng ở đâu, bên nào làm cùng Bộ Tư pháp?": the rest is answered
            answer = self.task_fields([task], self._field_intent())
            answer = replace(answer, title=f"{not_said} {answer.title}")
            if self.q.fields == [Role.DEADLINE] and _DAY_ASKED.search(self.q.folded):
                # "… tổ chức ở đâu và vào ngày nào?" of a task due within a year or a
                # quarter: neither the place nor the day is stated, only the deadline
                dated = task.period is not None and task.period.kind in (Kind.DATE, Kind.BEFORE)
                if not dated:
                    neither = (
                        "The plan says neither where nor on what day."
                        if en
                        else "Kế hoạch không nêu địa điểm, cũng không nêu ngày cụ thể."
                    )
                    title = answer.title.replace(not_said, neither, 1)
                    return replace(answer, status=Status.NOT_FOUND, title=title)
            return answer
        title = f"{not_said} {'The task:' if en else 'Nhiệm vụ liên quan:'}"
        line = render.task_line(task, None, headers, self.today, self.lang)
        return self._answer(Status.NOT_FOUND, Intent.TOPIC, title, [line], self._source([task]))


_WORDS = re.compile(r"[0-9a-z]+")
# A day asked for, not a deadline: "vào ngày nào", "ngày mấy", "on what date".
_DAY_ASKED = re.compile(r"\bngay (?:nao|may|bao nhieu)\b|\b(?:on )?(?:what|which) (?:date|day)\b")
_PLACE_COLUMN = re.compile(r"dia (?:diem|ban)|noi (?:thuc hien|to chuc)")
# "ở đâu", "tại thành phố nào", "địa điểm", "where": a place asked for.
WHERE_ASKED = re.compile(
    r"\b(?:o|tai) (?:dau|thanh pho nao|tinh nao|dia phuong nao|noi nao)\b"
    # "tại tỉnh, thành phố nào", "ở những địa phương nào"
    r"|\b(?:o|tai) (?:(?:cac|nhung) )?(?:tinh|dia phuong|nuoc|quoc gia),? (?:thanh pho )?nao\b"
    # "những tỉnh nào được chọn để …", "which provinces were chosen": where, by the places
    r"|\b(?:nhung|cac) (?:tinh|thanh pho|dia phuong|tinh thanh),?(?: thanh pho)? nao"
    r" (?:duoc|se duoc) (?:chon|lua chon|uu tien)\b"
    r"|\bwhich (?:provinces?|cities|city|localities|locality|places?)(?: \w+){0,3}"
    r" (?:chosen|selected|picked|prioriti[sz]ed)\b"
    r"|\bdia diem\b(?: \w+)? (?:nao|o dau|la gi)|\bwhere (?:is|will|are|does)\b"
)
# A place named as written: a place word, then a name in capitals ("tại Hà Nội", "tỉnh Bình
# Dương"); "tại một số địa phương", "ở cơ sở" name none, nor "tại Kết luận số 210", a paper.
_PLACE_NAMED = re.compile(
    r"\b(?:tại|ở|tỉnh|thành phố|TP\.?|thủ đô|huyện|quốc gia|nước) (?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÓÒÚÙÍÌÝ])"
    r"(?!(?:Kết luận|Nghị quyết|Nghị định|Quyết định|Luật|Chỉ thị|Thông tư|Chương trình|Kế hoạch"
    r"|Điều|Khoản|Mục|Phụ lục|Tờ trình|Văn bản|Công văn|Quy định|Chiến lược|Đề án|Hội nghị)\b)"
)
