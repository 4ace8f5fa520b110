"""How a plan is laid out: the decision's articles, the plan's parts and appendices, and the
groups of its tasks ("gồm những nhóm nào?", "nhóm cải cách chế độ công vụ").

"Quyết định có mấy điều?" counts the articles; "Kế hoạch gồm mấy phần?", "kh co may phan lon",
"What are the main sections of the plan?" list the parts (I, II, III …), the appendices and
the table of tasks."""

from __future__ import annotations

import re
from functools import cached_property

from .. import render
from ..answer import Answer, Intent, Status
from ..claim_cues import CLOSE
from ..records import Plan, Section
from .common import WHICH_GROUPS, words_of

# "Quyết định có mấy điều?", "how many articles": not "điều kiện", "điều chỉnh", "điều phối".
ARTICLES = re.compile(
    r"\b(?:may|bao nhieu|nhung|cac|gom) dieu\b(?! (?:kien|chinh|hanh|phoi|tra|dong|khoan|le|uoc))"
    r"|\bhow many articles\b|\bwhich articles\b"
)
# "Kế hoạch có mấy phần (lớn)?", "gồm những phần nào", "bố cục", "cấu trúc của kế hoạch";
# not "mấy phần trăm", nor "các phần việc" of a task.
PARTS = re.compile(
    r"\b(?:may|bao nhieu|nhung|cac|gom) (?:phan|muc) ?(?:lon|chinh)?(?: nao| gi)?"
    r"(?: (?:vay|the|a|nhi|ha|nhe))*\W*"
    # (and a request to name them: "…, kể tên giúp em")
    r"(?:(?:ke ten|ke ra|liet ke|neu ten|cho biet)(?: (?:ra|giup|dum|ho|cho|e|em|minh|toi|voi))*)?"
    r"(?:\s*\([^()]*\))?"  # (an aside after it: "… mấy phần lớn vậy (I II III)")
    + CLOSE
    + r"|\bbo cuc\b|\bcau truc (?:cua )?(?:ke hoach|quyet dinh|van ban|de an|nghi quyet)\b"
    r"|\bhow many (?:main )?(?:parts|sections)\b|\b(?:main|major) (?:parts|sections)\b"
    r"|\b(?:outline|structure) of (?:the|this) (?:plan|decision|document|resolution)\b"
)


# "nhóm nghiên cứu": "nhóm" and the two words after it
_GROUP_THEN = re.compile(r"\bnhom (\w+ \w+)")


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
        items = [f"{s.ref}. {render.shorten(s.title, 160)}" for s in found]
        return self._sections_listed(plan, title, items, found)

    def parts(self) -> Answer | None:
        """ "Kế hoạch gồm mấy phần?": the plan's top parts, its appendices, and its table of
        tasks, each with its title."""
        plan = self._one_plan(Intent.SECTION, f"«{self.q.text}»")
        if isinstance(plan, Answer):
            return plan
        en = self.lang == "en"
        part = self.titled_section
        within = [s for s in self.kb.sections(plan.id) if s.parent == part.ref] if part else []
        if within:
            # "Phần Tổ chức thực hiện có bao nhiêu mục?": that part's own items
            title = (
                f"{part.ref}. {part.title} has {render.count(len(within), 'item')}:"
                if en
                else f"{part.ref}. {part.title} có {len(within)} mục:"
            )
            items = [f"{s.ref}. {render.shorten(s.title or s.text, 160)}" for s in within]
            return self._sections_listed(plan, title, items, within)
        found = [s for s in self.kb.sections(plan.id) if s.parent is None and s.kind != "article"]
        if not found:
            return None
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
        return self._sections_listed(plan, title, items, found)

    def _sections_listed(
        self, plan: Plan, title: str, items: list[str], sections: list[Section]
    ) -> Answer:
        """The plan's sections listed, for "cái thứ 2" to pick from."""
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            title,
            items,
            render.source(plan, self.lang),
            plan=plan.number,
            listing=("sections", [s.ref for s in sections]),
        )

    def appendix_by_number(self) -> Answer | None:
        """ "Phụ lục II nói về gì?": an appendix of text, not of tasks, by its number, with
        its parts; None when no plan in scope has one so numbered (its table of tasks)."""
        ref = f"Phụ lục {self.q.appendix}"
        for plan_id in self.scope or ():
            for section in self.kb.sections(plan_id):
                if section.ref == ref:
                    return self.section_answer(plan_id, section)
        return None

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

    @cached_property
    def _names_a_group_of_its_own(self) -> bool:
        """ "Có bao nhiêu nhóm nghiên cứu?": a kind of group the plan's text names, not the
        groups of its task table. Read once a question: the topic's words ask it each time."""
        follows = _GROUP_THEN.search(self.q.folded)
        if not (follows and self.scope and len(self.scope) == 1):
            return False
        # The plan's text, its words folded, read once per plan, not at every question.
        key = ("text words", self.scope[0])
        if key not in self.engine.marked:
            sections = self.kb.sections(self.scope[0])
            self.engine.marked[key] = " ".join(
                f" {' '.join(words_of(f'{s.title} {s.body}'))} " for s in sections
            )
        return f" nhom {follows.group(1)} " in self.engine.marked[key]

    def _group_by_title(self, words_needed: int = 2) -> str | None:
        """The group whose title holds the most of the question's words, at least
        ``words_needed``, and more than any other title: "Nhóm cải cách chế độ công vụ gồm
        những nhiệm vụ nào?" is that group's code; "nhóm tuyên truyền" is one word's."""
        if not self.scope or len(self.scope) != 1:
            return None
        # The words that name it: after "nhóm", before "group" ("the human resources
        # group"); not the rest of a question whose "theo nhóm chẩn đoán" names no group.
        plain = self.q.plain
        after = re.search(r"\bnhom\b(.*)", plain)
        before = re.search(r"((?:\w+ ){1,4})groups?\b", plain)
        naming = f"{after[1] if after else ''} {before[1] if before else ''}"
        content = set(self._content_words())
        named = [w for w in self.engine.lexicon.segment(naming.split()) if w in content]
        words = set(named)
        if len(words) < words_needed:
            return None
        titles = {
            code: set(self.engine.lexicon.segment(words_of(t)))
            for code, t in self.kb.group_titles(self.scope[0]).items()
        }
        # The word right after "nhóm" is of the title: "nhóm khu rừng đặc dụng" names none.
        if after and named and not any(named[0] in t for t in titles.values()):
            return None
        scored = sorted(((len(words & t), code) for code, t in titles.items()), reverse=True)
        best = scored[0][0] if scored else 0
        if best >= words_needed and (len(scored) == 1 or scored[1][0] < best):
            return scored[0][1]
        return None
