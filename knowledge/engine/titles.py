"""The body section a question names by its title: "Phần Tổ chức thực hiện gồm những gì?"."""

from __future__ import annotations

import re
from functools import cached_property

from ..answer import Answer
from ..normalize import fold
from ..store import Section
from .common import words_of

# "phần", "mục": the question says it asks for a part of the text.
_SECTION_WORD = re.compile(r"\b(?:phan|muc|khoan|noi dung|section|part)\b")
# "những yêu cầu gì đối với việc tổ chức thực hiện": the title a question word follows is the
# one asked about; the other is what it is asked of.
_ASKED_AFTER = re.compile(r" (?:gi|nao|la gi|gom|bao gom|what|which)\b")


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
        for section in self.kb.sections(self.scope[0]):
            title = " ".join(words_of(section.title))
            if section.kind == "item" or len(title.split()) < 2 or len(title) > 80:
                continue
            if (at := text.find(f" {title} ")) >= 0:
                followed = bool(_ASKED_AFTER.match(text, at + len(title) + 1))
                found.append((followed, len(title), section))
        if not found:
            return None
        followed, _, best = max(found, key=lambda f: f[:2])
        titled = " ".join(words_of(best.title))
        groups = self.kb.group_titles(self.scope[0]).values()
        if self.q.has("task_word") and any(" ".join(words_of(g)) == titled for g in groups):
            # "Các nhiệm vụ về tăng cường đầu tư ngân sách …": the group of tasks the body's
            # section of the same title lists.
            return None
        # "Những yêu cầu gì đặt ra cho việc …": a title a question word follows is asked
        # for whatever words come after it.
        if not (followed or _SECTION_WORD.search(self.q.plain)):
            # "Yêu cầu đặt ra đối với việc triển khai gồm những gì?": no "phần" or "mục",
            # so the question's other words must be the section's own; of it and the
            # headings under it, the narrowest that holds them ("Hình thức đào tạo, bồi
            # dưỡng gồm:" under "Hình thức đào tạo").
            title = set(self.engine.lexicon.segment(words_of(best.title)))
            rest = [w.replace("_", " ") for w in self.topic_words if w not in title and "_" in w]
            if rest:
                under = [
                    s
                    for s in self.kb.sections(best.plan_id)
                    if s.kind != "item" and (s.ref == best.ref or s.ref.startswith(best.ref + "."))
                ]
                holding = [s for s in under if all(f" {w} " in self._section_text(s) for w in rest)]
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
        return best and self.section_answer(best.plan_id, best, focus=True)
