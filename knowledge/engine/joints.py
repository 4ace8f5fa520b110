"""Two questions in one: "Ai ký quyết định và kế hoạch có bao nhiêu nhiệm vụ?", "ai chủ trì,
hạn khi nào?". The part after the last joint is answered too when it asks something of its
own; never a joint inside a name, a list ("…, đo lường, chất lượng có hạn khi nào?") or a
qualifier ("…, không tính việc hằng năm")."""

from __future__ import annotations

import re
from dataclasses import replace

from ..answer import Answer, Intent, Status
from ..fields import Role
from ..normalize import fold
from ..words import STOPWORDS, translate_english
from .common import FIELD_WORDS, WHICH_TASKS, cells_text, words_of
from .topic_words import GUESS
from .unstated import PERCENT, SUM


class JointsMixin:
    def both_questions(self, answer: Answer) -> Answer:
        """ "Ai ký quyết định và kế hoạch có bao nhiêu nhiệm vụ?": a second question after
        the first, answered too when the first answer did not cover it."""
        second = self._second_question()
        if second is None or answer.status is not Status.FOUND:
            return answer
        asked = self.engine.read(second, self.today)
        first_text = self.q.text[: len(self.q.text) - len(second)]
        first = self.engine.read(first_text, self.today)
        if first.has("count") and asked.has("count") and answer.tasks:
            # "Nhóm II có bao nhiêu nhiệm vụ và mấy nhiệm vụ có thời hạn theo quý?": the
            # whole count, then the one the second part narrows it to (the answer's)
            whole = self.engine.answer(first_text, self.context, self.today, lang=self.lang)
            if whole.found and whole.title not in answer.text:
                return replace(answer, title=f"{whole.title} {answer.title}")
        names = self.engine.matcher.name_spans(asked.folded)
        first_asks = bool(first.fields or first.meta or first.flags & _ASKING or first.refs)
        new = asked.refs or asked.bare_numbers or asked.meta or asked.flags - first.flags or names
        # "là gì" ends any question ("… vừa và nhỏ là gì?"): it asks nothing new.
        more = set(asked.fields) - set(first.fields) - {Role.CONTENT}
        if not first_asks or (not more and not new):
            # "Nhiệm vụ về …, đo lường, chất lượng có hạn khi nào?": the words after a comma
            # of a list are the rest of the one question, or ask nothing new.
            return answer
        # (not "Sở X giữ vai trò gì ở nhiệm vụ này?", which names someone new; but "Ở nhiệm
        # vụ III.2, Sở KH&CN giữ vai trò gì?" asks its part in the task named first)
        its_part = (
            bool(names)
            and not (asked.refs or WHICH_TASKS.search(asked.folded))
            and bool(_ITS_PART.search(asked.folded))
        )
        of_it = not new or bool(_OF_IT.search(asked.folded) and not names)
        if (
            len(answer.tasks) > 1
            and _EACH.search(asked.folded)
            and set(asked.fields) <= {Role.LEAD, Role.DEADLINE}
        ):
            # "… có mấy việc con, ai chủ trì từng việc": the list shows each one's lead and
            # deadline already
            return answer
        if len(answer.tasks) == 1 and its_part and (found := self.tasks_of(answer.tasks)):
            part = [line for line in self._part(found[0]) if line not in answer.text]
            return replace(answer, items=(*answer.items, *part))
        if len(answer.tasks) == 1 and of_it and set(asked.fields) <= set(self.q.fields):
            # "Nhiệm vụ V.1 về rà soát thanh tra, kiểm tra có thời hạn cụ thể không?", "nv
            # phân định thẩm quyền … ai làm, mấy năm xong": the task named or described, with
            # the columns the whole question asks; the rest describes it.
            return answer
        if not (answer.tasks or new or self._names(asked)):
            # "Đề án … sau khi điều chỉnh có thời hạn khi nào và kết quả là gì?" after a
            # passage: a column of no task, which would list every task that has one.
            return answer
        if answer.intent is Intent.DOCUMENTS and not (asked.refs or asked.meta or names):
            # "Quyết định 874 nói về gì và giao ai chủ trì?": the document's row shows it.
            return answer
        if (
            len(answer.tasks) == 1
            and not (more - set(self.q.fields) or asked.refs or asked.meta)
            and self._in_task(answer, asked)
        ):
            # "Nhiệm vụ chọn doanh nghiệp chủ lực cho ra sản phẩm gì, và chọn bao nhiêu doanh
            # nghiệp?": the task shown says it, in its own words; or "…, and when is the final
            # results report due?" of a task whose result is that report, its date shown.
            return answer
        if (asked.has("amount") and SUM.search(fold(answer.text))) or (
            asked.has("share") and PERCENT.search(answer.text)
        ):
            # "…, tối đa được bao nhiêu tiền?" after the task whose cells state the sum
            return answer
        if len(answer.tasks) > 1 and not _NARROWS.search(second):
            # "Nhóm VI có bao nhiêu nhiệm vụ, việc nào có hạn theo quý?": of those tasks.
            second = f"trong số đó {second}"
        other = self.engine.answer(second, answer.context, self.today, lang=self.lang)
        # (a line of its own, not only its title: "Theo Quyết định 982:" heads both)
        new = [line for line in other.items if line not in answer.text]
        if other.status is not Status.FOUND or not new:
            return answer
        if other.title not in answer.text:
            new.insert(0, other.title)
        tasks = tuple(dict.fromkeys((*answer.tasks, *other.tasks)))
        footer = "\n".join(dict.fromkeys(f for f in (answer.footer, other.footer) if f))
        return replace(
            answer,
            items=(*answer.items, *new),
            footer=footer,
            tasks=tasks,
            sections=tuple(dict.fromkeys((*answer.sections, *other.sections))),
            context=other.context,
        )

    def _names(self, asked) -> bool:
        """Whether a part of the question has words of its own beyond the columns it asks."""
        words = self.engine.lexicon.segment(FIELD_WORDS.sub(" ", f" {asked.plain} ").split())
        return any(w not in STOPWORDS for w in words)

    def _in_task(self, answer: Answer, asked) -> bool:
        """Whether the words a part of the question asks about are all the shown task's, in
        its text or its other cells ("Kết quả: Báo cáo …"). In English, the words the
        glossary gives the plans' Vietnamese for; the rest are the asker's own."""
        (task,) = self.tasks_of(answer.tasks) or (None,)
        plain = translate_english(asked.plain) if asked.lang == "en" else asked.plain
        words = [w for w in self.engine.lexicon.segment(plain.split()) if w not in STOPWORDS]
        if asked.lang == "en":
            words = [w for w in words if "_" in w and self.kb.known(w)]
        if task is None or not words:
            return False
        text = f" {' '.join(self.engine.lexicon.segment(words_of(cells_text(task))))} "
        return all(f" {w} " in text for w in words if not FIELD_WORDS.fullmatch(w))

    def _second_question(self) -> str | None:
        """The part of the question after its last joint ("và", ",", "?") that opens with a
        question word of its own; never a joint inside a name ("Sở Khoa học và Công nghệ")."""
        folded = self.q.folded
        if len(folded) > 300 or GUESS.search(folded):
            return None
        if len(self.q.text) != len(folded):
            return None
        # "…, không tính việc hằng năm" qualifies the first question; it asks nothing.
        joints = [
            j
            for j in reversed(list(_JOINT.finditer(folded)))
            if not _QUALIFIER.match(folded, j.end()) and len(folded[j.end() :].split()) > 1
        ]
        if not joints:
            return None
        # (and "…, còn các bộ, địa phương gửi báo cáo trước ngày nào?": "còn" opens a question
        # whose own question word closes it)
        asking = [
            j
            for j in joints
            if _ASKS.match(folded, j.end())
            or (j.group().strip() == "con" and _ASKS_LAST.search(folded, j.end()))
        ]
        if not asking:
            # "… gồm bao nhiêu điều và hiệu lực thi hành được quy định thế nào?": a fact of
            # the plan, whose question word closes it
            asking = [
                j
                for j in joints
                if _ASKS_LAST.search(folded, j.end())
                and self.engine.read(self.q.text[j.end() :], self.today).meta
            ]
        names = self.engine.matcher.name_spans(folded)
        if not asking:
            # "…, còn Sở Khoa học và Công nghệ giữ vai trò gì?": a name opens the second
            # question, whose words come after it
            named_at = {a: b for a, b in names}
            asking = [
                j
                for j in joints
                if j.end() in named_at and _ASKS.match(folded, named_at[j.end()] + 1)
            ]
        joints = asking
        if not joints:
            return None  # most questions: no name needs reading again
        for joint in joints:
            if not any(a <= joint.start() < b for a, b in names):
                # ("còn …" stays: "còn Sở X giữ vai trò gì?" is of what the first found)
                kept = joint.group().strip() == "con"
                return self.q.text[joint.start() if kept else joint.end() :].strip()
        return None


# Where a second question may start, and the words that open one.
_JOINT = re.compile(r"\s*(?:[,;?]|\bva\b|\band\b|\bcon\b)\s*")
_ASKS = re.compile(
    r"(?:\w+ ){0,3}(?:ai|bao nhieu|may|khi nao|bao gio|han|thoi han|ngay nao|la gi|gi|o dau"
    r"|who|when|how many|how much|what|which|where)\b"
)
_ASKS_LAST = re.compile(
    r"\b(?:ai|bao nhieu|khi nao|bao gio|(?:ngay|thang|nam|quy) nao|la gi|o dau|ra sao"
    r"|the nao)\W*$"
)
# Flags by which a part of a question asks something of its own.
_ASKING = frozenset({"count", "asks_who", "all", "duties", "done", "amount", "documents"})
_QUALIFIER = re.compile(r"(?:khong|tru|ngoai tru|chi|nhung|but|except|not|excluding)\b")
# "…, and when are their reports due?": the second part is of the task the first found
_EACH = re.compile(r"\b(?:tung|moi) (?:viec|cai|nhiem vu|nv|muc)\b|\beach (?:one|of them|task)\b")
_ITS_PART = re.compile(r"\b(?:vai tro|lam gi|nhiem vu gi|what (?:role|part)|role)\b")
_OF_IT = re.compile(r"\b(?:its|their|them|it|no|do|nay|ay)\b")
_NARROWS = re.compile(r"(?i)trong (?:số|so) (?:đó|do)|among them")
