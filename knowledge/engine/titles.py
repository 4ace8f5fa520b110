"""The body section a question names by its title: "Phần Tổ chức thực hiện gồm những gì?"."""

from __future__ import annotations

import re
from functools import cached_property

from .. import passages, render
from ..answer import Answer, Intent, Status
from ..normalize import fold
from ..store import Section
from .common import words_of
from .section_lookups import under

# "phần", "mục": the question says it asks for a part of the text.
# (Not the "mục" of "mục tiêu", "mục đích", "danh mục", nor the "phần" of "phần trăm".)
_SECTION_WORD = re.compile(
    r"\b(?:phan(?! tram)|(?<!danh )muc(?! tieu| dich| do)|khoan|noi dung|section|part)\b"
)
_PART_OF_TASKS = re.compile(r"\b(?:phan|muc) nhiem vu(?:,| va)? giai phap\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "những yêu cầu gì đối với việc tổ chức thực hiện": the title a question word follows is the
# one asked about; the other is what it is asked of.
_ASKED_AFTER = re.compile(r" (?:gi|nao|la gi|gom|bao gom|what|which)\b")


_OPENING = 4  # words of a title's opening that name its part ("phần … phát triển nguồn nhân lực")
# Words any part of a plan is about, which single out no sentence of one.
# (and those it is addressed to at large: "đối với các sở, ngành")
_FRAME_WORDS = frozenset(
    "trien_khai thuc_hien to_chuc ke_hoach so nganh ban dia_phuong co_quan don_vi".split()
)


class TitlesMixin:
    @cached_property
    def titled_section(self) -> Section | None:
        """The body section whose title the question writes: the title a question word
        follows, else the longest; None when the question's other words are not the
        section's."""
        if not self.scope or len(self.scope) != 1:
            return None
        # In English, the section's title is matched in the plans' words: "objective" is
        # "mục tiêu".
        asked = self._topic_text if self.lang == "en" else self.q.plain
        text = f" {' '.join(words_of(asked))} "
        found: list[tuple[bool, int, Section]] = []
        named_as_part = bool(_SECTION_WORD.search(self.q.plain))
        for section in self.kb.sections(self.scope[0]):
            title = " ".join(words_of(section.title))
            if section.kind == "item" or len(title.split()) < 2 or len(title) > 80:
                continue
            if named_as_part and f" {title} " not in text:
                # "Phần … về phát triển nguồn nhân lực": a part named by its title's opening
                title = _opening_said(title, text)
            at = text.find(f" {title} ") if title else -1
            # "1. Sở Nông nghiệp và Môi trường" names the agency, not a part of the text.
            if at >= 0 and not self._an_agencys_heading(section):
                followed = bool(_ASKED_AFTER.match(text, at + len(title) + 1))
                found.append((followed, len(title), section))
        if not found:
            return None
        followed, _, best = max(found, key=lambda f: f[:2])
        titled = " ".join(words_of(best.title))
        groups = self.kb.group_titles(self.scope[0]).values()
        same_group = any(" ".join(words_of(g)) == titled for g in groups)
        tasks_asked = self.q.has("task_word") and not _PART_OF_TASKS.search(self.q.folded)
        if tasks_asked and same_group:
            # "Các nhiệm vụ về tăng cường đầu tư ngân sách …": the group of tasks the body's
            # section of the same title lists; but "phần nhiệm vụ, giải pháp về …" names
            # the part of the body, whose "nhiệm vụ" asks for no tasks.
            return None
        # A title a question word follows is asked whatever words come after it ("Những
        # yêu cầu gì đặt ra cho việc …"), and so is one named with "phần" or "mục". Else the
        # question's other words must be the section's own, the plan's own title words aside
        # ("Mục tiêu của Kế hoạch hành động thực hiện Chỉ thị 52") and a year counting ("mục
        # tiêu 2030"); of the section and the headings under it, the narrowest that holds
        # them ("Hình thức đào tạo, bồi dưỡng gồm:" under "Hình thức đào tạo").
        if not (followed or _SECTION_WORD.search(self.q.plain)):
            title = set(self.engine.lexicon.segment(words_of(best.title)))
            title |= set(self.engine.lexicon.segment(words_of(self.plan(best.plan_id).title)))
            rest = [
                w.replace("_", " ")
                for w in self.topic_words
                if w not in title and ("_" in w or _YEAR.fullmatch(w))
            ]
            if rest:
                below = [
                    s
                    for s in self.kb.sections(best.plan_id)
                    if s.kind != "item" and _within(s, best)
                ]
                holding = [s for s in below if all(f" {w} " in self._section_text(s) for w in rest)]
                if not holding:
                    return None
                best = max(holding, key=lambda s: s.ref.count("."))
        return best

    def _section_text(self, section: Section) -> str:
        """The folded words of a section and everything under it."""
        texts = [section.text] + [
            s.text
            for s in self.kb.sections(section.plan_id)
            if s.parent == section.ref or (s.parent or "").startswith(section.ref + ".")
        ]
        return f" {' '.join(words_of(fold(' '.join(texts))))} "

    def section_by_title(self) -> Answer | None:
        """ "Phần Tổ chức thực hiện gồm những gì?": the body section the question names by
        its title."""
        best = self.titled_section
        if not best:
            return None
        if self.q.has("task_word") and self.described(None):
            # "Nhiệm vụ nâng cao hiệu quả thông tin truyền thông … nhằm mục đích gì?": the
            # purpose of the task described, not the part titled "Mục đích"
            return None
        # "Kế hoạch đặt ra những yêu cầu gì đối với việc triển khai?": words beside the
        # title that every plan is about ("triển khai", "thực hiện") pick no sentences of
        # it; the part is shown whole.
        title = set(self.engine.lexicon.segment(words_of(best.title)))
        rest = {w for w in self.topic_words if w not in title}
        focus = not rest or not rest <= _FRAME_WORDS
        return self.section_answer(best.plan_id, best, focus=focus)

    @property
    def names_a_part(self) -> bool:
        """The question names a part of the text by its title, with "phần", "mục" or the
        like: "Trong phần tổ chức thực hiện, …"."""
        return bool(_SECTION_WORD.search(self.q.plain)) and self.titled_section is not None

    def _an_agencys_heading(self, section: Section) -> bool:
        """A heading that is an agency's name ("3. Bộ Tài chính") names the agency, not a
        part of the text."""
        folded = fold(section.title).strip(" :.")
        named = sum(b - a for a, b in self.engine.matcher.name_spans(folded))
        return named >= _NAMED_SHARE * len(folded)

    def agency_in_section(self) -> Answer | None:
        """ "Phần tổ chức thực hiện giao Sở KH&CN những trách nhiệm gì?": what the part named
        says of the agency, by its headings and its sentences."""
        section = self.titled_section
        if section is None or not self.agencies:
            return None
        ids = frozenset().union(*(m.agencies for m in self.agencies))
        names = {fold(n) for n in self.kb.agency_names(ids) if n} | {
            m.alias for m in self.agencies if len(m.alias) > _SHORT_ALIAS
        }
        # Under a heading that names it ("1. Sở Nông nghiệp và Môi trường"), else the
        # sentences that name it; an item's own sentence is no heading ("b) Gửi báo cáo về
        # Sở Nông nghiệp và Môi trường …").
        every = self.kb.sections(section.plan_id)
        by_ref = {s.ref: s for s in every}
        headed: list[tuple[str, str]] = []
        naming: list[tuple[str, str]] = []
        for part in every:
            if not _within(part, section):
                continue
            # A paragraph read as a numbered heading with nothing under it ("2. Sở … chủ
            # trì, …") is sentences, not a heading.
            paragraph = not part.body and len(part.title) > _PARAGRAPH
            own = part.kind != "item" and not paragraph
            above, up = [], part if own else by_ref.get(part.parent or "")
            while up is not None and _within(up, section):
                above.append(fold(up.title))
                up = by_ref.get(up.parent or "")
            heads = any(n in line for line in above for n in names)
            said = passages.sentences(part.body) or (
                passages.sentences(part.title)
                if paragraph
                else (part.title,)
                if part.kind == "item"
                else ()
            )
            for sentence in said:
                if heads:
                    headed.append((part.ref, sentence))
                elif any(n in fold(sentence) for n in names):
                    naming.append((part.ref, sentence))
        quoted = headed or naming
        if not quoted:
            return None
        plan = self.plan(section.plan_id)
        title = f"{section.ref}. {render.sentence_case(section.title)}:"
        lines = [f"{ref}{under(by_ref[ref], by_ref)}: {s}" for ref, s in quoted[:_QUOTED]]
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            title,
            lines,
            render.source(plan, self.lang, section=section.ref),
            sections=tuple(dict.fromkeys(ref for ref, _ in quoted[:_QUOTED])),
            plan=plan.number,
            context=self.context.with_(plan=plan.number, pending=None),
        )


_NAMED_SHARE = 0.8  # of a heading an agency's name fills, for the heading to be that name
_SHORT_ALIAS = 4  # characters: an alias this short ("bnv") may sit inside other words
_PARAGRAPH = 120  # characters: a heading this long is a paragraph ("2. Sở … chủ trì, …")
_QUOTED = 8  # sentences about an agency quoted from a part at most


def _within(section: Section, part: Section) -> bool:
    """The section is the part or under it ("II.1.a" is within "II", "III.1" is not)."""
    return section.ref == part.ref or section.ref.startswith(part.ref + ".")


def _opening_said(title: str, text: str) -> str:
    """The longest opening of a title, of at least :data:`_OPENING` words, that the text
    writes; "" if none.

    >>> _opening_said("phat trien nguon nhan luc trong linh vuc", " ve phat trien nguon nhan luc ")
    'phat trien nguon nhan luc'
    """
    words = title.split()
    for n in range(len(words) - 1, _OPENING - 1, -1):
        if f" {' '.join(words[:n])} " in text:
            return " ".join(words[:n])
    return ""
