"""How a plan is laid out: the decision's articles, the plan's parts and appendices, and the
groups of its tasks ("gồm những nhóm nào?", "nhóm cải cách chế độ công vụ").

"Quyết định có mấy điều?" counts the articles; "Kế hoạch gồm mấy phần?", "kh co may phan lon",
"What are the main sections of the plan?" list the parts (I, II, III …), the appendices and
the table of tasks."""

from __future__ import annotations

import re

from .. import render
from ..answer import Answer, Intent, Status
from ..cues import CLOSE
from .common import WHICH_GROUPS

# "Quyết định có mấy điều?", "how many articles": not "điều kiện", "điều chỉnh", "điều phối".
ARTICLES = re.compile(
    r"\b(?:may|bao nhieu|nhung|cac|gom) dieu\b(?! (?:kien|chinh|hanh|phoi|tra|dong|khoan|le|uoc))"
    r"|\bhow many articles\b|\bwhich articles\b"
)
# "Kế hoạch có mấy phần (lớn)?", "gồm những phần nào", "bố cục", "cấu trúc của kế hoạch";
# not "mấy phần trăm", nor "các phần việc" of a task.
PARTS = re.compile(
    r"\b(?:may|bao nhieu|nhung|cac|gom) (?:phan|muc) ?(?:lon|chinh)?(?: nao| gi)?\W*"
    + CLOSE
    + r"|\bbo cuc\b|\bcau truc (?:cua )?(?:ke hoach|quyet dinh|van ban|de an|nghi quyet)\b"
    r"|\bhow many (?:main )?(?:parts|sections)\b|\b(?:main|major) (?:parts|sections)\b"
    r"|\b(?:outline|structure) of (?:the|this) (?:plan|decision|document|resolution)\b"
)


class OutlineMixin:
    def articles(self) -> Answer | None:
        """ "Quyết định có mấy điều?": the decision's articles, counted, with their titles."""
        plan = self._one_plan(Intent.SECTION, f"«{self.q.text}»")
        if isinstance(plan, Answer):
            return plan
        found = [s for s in self.kb.sections(plan.id) if s.kind == "article"]
        if not found:
            return None
        en = self.lang == "en"
        title = (
            f"{plan.number} has {render.count(len(found), 'article')}:"
            if en
            else f"{plan.name} có {len(found)} điều:"
        )
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            title,
            [f"{s.ref}. {render.shorten(s.title, 160)}" for s in found],
            render.source(plan, self.lang),
            plan=plan.number,
            listing=("sections", [s.ref for s in found]),
        )

    def parts(self) -> Answer | None:
        """ "Kế hoạch gồm mấy phần?": the plan's top parts, its appendices, and its table of
        tasks, each with its title."""
        plan = self._one_plan(Intent.SECTION, f"«{self.q.text}»")
        if isinstance(plan, Answer):
            return plan
        found = [s for s in self.kb.sections(plan.id) if s.parent is None and s.kind != "article"]
        if not found:
            return None
        en = self.lang == "en"
        parts = [s for s in found if s.kind != "appendix"]
        title = (
            f"{plan.number} has {render.count(len(parts), 'part')}:"
            if en
            else f"{plan.name} có {len(parts)} phần:"
        )
        items = [f"{s.ref}. {render.shorten(s.title, 160)}" for s in found]
        tasks = self.kb.count_tasks([plan.id])
        if tasks:
            table = (
                f"Appendix: {render.count(tasks, 'task')}"
                if en
                else f"Phụ lục: danh mục {tasks} nhiệm vụ"
            )
            items.append(table)
        if docs := len(self.kb.documents([plan.id])):
            items.append(
                f"Appendix: {render.count(docs, 'document')} to review"
                if en
                else f"Phụ lục: danh mục {docs} văn bản cần rà soát"
            )
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            title,
            items,
            render.source(plan, self.lang),
            plan=plan.number,
            listing=("sections", [s.ref for s in found]),
        )

    def groups(self) -> Answer | None:
        """ "Nhóm cải cách chế độ công vụ" is that group's tasks (the filters take it from
        here); "gồm những nhóm nào?" is the groups, with their tasks."""
        named = self._group_by_title(words_needed=1)
        if named:
            self.q.group = named
            return None
        if not WHICH_GROUPS.search(self.q.plain):
            return None
        # "Đối tượng được đào tạo gồm những nhóm nào?": the groups a section of the text
        # lists; "chia nhiệm vụ thành mấy nhóm?" asks for the groups of tasks.
        listed = None if self.q.has("task_word") else self.section_by_title()
        return listed or self.count_all(of_groups=True)
