"""Who is in charge of the plan as a whole: the agency its body charges with organising,
following and reporting on it ("Sở Khoa học và Công nghệ chủ trì … tổ chức thực hiện Kế
hoạch, định kỳ đôn đốc, kiểm tra …"), not the lead of one task. Officers ask it as "cơ quan
nào theo dõi việc thực hiện kế hoạch?"; businesses as "who is in charge of the plan
overall?".

>>> bool(WHOLE_PLAN.search("co quan nao dau moi theo doi toan bo ke hoach"))
True
>>> bool(FOLLOWS_PLAN.search("ai theo doi viec thuc hien ke hoach nay"))
True
>>> [bool(WHOLE_PLAN.search(q)) for q in ("who coordinates the whole plan", "who leads i.3")]
[True, False]
"""

from __future__ import annotations

import re

from .. import render
from ..answer import Answer, Intent, Status
from ..cues import THIS_PLAN, cue
from ..fields import Role
from ..normalize import fold
from ..records import Section
from ..words import STOPWORDS
from .common import words_of

_PLAN = r"(?:ke hoach|chuong trinh(?: hanh dong)?|nghi quyet|de an|quyet dinh)"
_EN_PLAN = r"(?:plan|programme|program|scheme|resolution|project|action plan)"
# The plan as a whole, said outright: no task's words outweigh it.
WHOLE_PLAN = cue(
    rf"(?:toan bo|ca|chung cua|tong the) {_PLAN}",
    rf"{_PLAN}(?: nay)? (?:noi )?chung",
    rf"(?:whole|entire|overall) {_EN_PLAN}",
    rf"{_EN_PLAN} (?:overall|as a whole)",
    # (not "in charge of the plan to attract …", a task's own plan)
    rf"in (?:overall )?charge of (?:the|this) {_EN_PLAN}(?! (?:to|for|on|about|of)\b)",
    # "the main agency in charge of carrying out this plan"
    rf"(?:main|lead|leading) (?:\w+ ){{0,2}}in charge of (?:carrying out|implementing|running)"
    rf" (?:the|this) {_EN_PLAN}",
    # "in charge of this whole thing overall": the plan, in everyday words
    r"(?:this|the) (?:whole|entire) (?:thing|effort|initiative|undertaking)",
    r"in charge(?: of)?(?: \w+){0,5} overall$",
    # "Which Vietnamese ministry leads this scheme and …?" (not "leads the plan to attract …"
    # nor "leads the resolution piloting …", a task's own paper)
    rf"(?:leads?|leading|runs|running|heads?|heading) (?:the |this ){_EN_PLAN}"
    r"(?=\s*(?:[?.,;!]|$|and\b|overall\b|as a whole\b))",
    # "Which ministry leads the overall implementation of this scheme?"
    rf"(?:overall|general) (?:implementation|execution|rollout|coordination) of (?:the|this)"
    rf" {_EN_PLAN}",
)
# Following this plan's implementation, said outright ("… đôn đốc và tổng hợp báo cáo kết
# quả thực hiện Chương trình hành động này"): whatever task shares the words.
_FOLLOWS_THIS_PLAN = cue(
    r"(?:theo doi|don doc|tong hop|dau moi)(?: \w+){0,8} (?:thuc hien|trien khai)"
    rf" {_PLAN} nay"
)
# Following the plan's implementation: unless the words describe a task ("giám sát việc
# thực hiện các đề án …" may be one).
FOLLOWS_PLAN = cue(
    # "ai theo dõi việc thực hiện kế hoạch này?", "đầu mối tổng hợp tình hình triển khai đề án"
    # (or a list of duties: "đôn đốc, kiểm tra, sơ kết, tổng kết việc thực hiện kế hoạch")
    r"(?:theo doi|don doc|dau moi|thuong truc|dieu phoi"
    r"|(?:phu trach|chiu trach nhiem) (?:chung|chinh))"
    rf"(?:,? \w+){{0,7}},? (?:thuc hien|trien khai) {_PLAN}",
    # "Ai phụ trách chung kế hoạch này?"
    rf"(?:phu trach|chiu trach nhiem) (?:chung|chinh)(?: (?:ca|toan bo|viec))? {_PLAN}",
    # "Chi cục TĐC là đầu mối theo dõi kế hoạch này đúng không?"
    rf"(?:dau moi|thuong truc)(?: \w+){{0,3}} {_PLAN} nay",
    rf"(?:oversees?|overseeing|supervises?|monitors?|monitoring|runs) (?:the |this )?"
    rf"(?:{_EN_PLAN}|implementation|progress)",
    # "… monitor and compile reports on the implementation of this plan?": duties, then the
    # plan's implementation
    r"(?:oversee|supervise|monitor|track|follow up|report|compile)\w*(?:,? (?:and )?\w+){0,6},?"
    rf" (?:the )?(?:implementation|progress|rollout|execution) of (?:the |this ){_EN_PLAN}",
    r"focal (?:point|agency)",
    # "the main contact point following up on this plan"
    rf"(?:follows?|following) (?:up )?(?:on )?(?:the |this )?{_EN_PLAN}",
    rf"contact (?:point|person|office|agency)(?: \w+){{0,4}} (?:the|this) {_EN_PLAN}",
    r"lead agency for (?:the|this)",
    # "Who keeps track of whether ministries … are carrying out this programme?"
    rf"(?:keeps?|keeping) (?:track|tabs) (?:of|on)(?: \w+){{0,8}} (?:this|the) {_EN_PLAN}",
)
# Being in charge of something, the plan's subject perhaps ("phụ trách chung về TĐC").
_IN_CHARGE = cue(
    r"in charge",
    r"responsible for",
    r"phu trach",
    r"chiu trach nhiem",
    r"dau moi",
    r"quan ly chung",
)
_CHARGE_WORDS = frozenset("chung phu_trach trach_nhiem chiu dau_moi quan_ly chinh".split())
# What the agency in charge is charged with, as the body writes it.
_OVERSEES = re.compile(
    r"\b(?:theo doi|don doc|dau moi|thuong truc|tong hop|to chuc (?:trien khai|thuc hien)"
    r"|trien khai thuc hien|huong dan|kiem tra|giam sat|chu tri|so ket|tong ket)\b"
)
# The plan itself, not "kế hoạch hằng năm đào tạo" of a task.
_THE_PLAN = re.compile(rf"\b{_PLAN}(?= nay\b| hanh dong\b|\s*[,.;:]|\s*$)")
_OPENING = 120  # characters of a sentence its opening agency is read from
_WHOLE = 700  # a paragraph up to this long is quoted whole, a longer one by its sentence
_LIST_MARK = re.compile(r"^\s*(?:[\da-zđ]{1,3}[.)]|[-+•])\s*")


class OverseerMixin:
    def plan_overseer(self) -> Answer | None:
        """The body's sentence charging an agency with the plan as a whole: the one that
        names it first and says most of organising, following and reporting on the plan.
        None when the body has none, for the topic to answer."""
        plan = self._one_plan(Intent.LEAD, "This" if self.lang == "en" else "Câu hỏi này")
        if isinstance(plan, Answer):
            return plan
        sections = self.kb.sections(plan.id)
        by_ref = {s.ref: s for s in sections}
        key = ("overseer", plan.id)  # a base never changes under its reader: read once
        if key not in self.engine.marked:
            self.engine.marked[key] = self._overseer_sentence(sections, by_ref)
        if self.engine.marked[key] is None:
            return None
        section, sentence = self.engine.marked[key]
        # The paragraph whole, for what it adds ("… là cơ quan đầu mối theo dõi"), unless long.
        said = section.body or section.title
        sentence = said if len(said) <= _WHOLE else sentence
        above = by_ref.get(section.parent or "")
        # "a) Chủ trì … triển khai thực hiện Đề án" is its heading's, "1. Bộ Khoa học và Công nghệ".
        owner = f"{above.title}: " if section.kind == "item" and above else ""
        title = (
            "The plan puts this agency in charge of it as a whole"
            if self.lang == "en"
            else "Cơ quan được giao theo dõi, tổ chức thực hiện chung kế hoạch"
        )
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            f"{title} ({section.ref}):",
            [f"{owner}{_LIST_MARK.sub('', sentence)}"],
            render.source(plan, self.lang, section=section.ref),
        )

    def office_duties(self) -> Answer | None:
        """ "Chánh Văn phòng UBND tỉnh có trách nhiệm gì trong QĐ này?": the article of the
        decision that charges that office holder (its "chịu trách nhiệm thi hành"), not the
        tasks of the body the office heads."""
        office = _OFFICE.search(self.q.folded)
        plan = self._one_plan(Intent.META, "This" if self.lang == "en" else "Câu hỏi này")
        if office is None or isinstance(plan, Answer):
            return None
        # the office and the head word of the body after it, as the article writes them
        said = " ".join(fold(office[0]).replace(" vp ", " van phong ").split()[:3])
        for section in self.kb.sections(plan.id):
            if section.kind == "article" and said in " ".join(words_of(section.text)):
                return self.section_answer(plan.id, section)
        return None

    def _overseer_sentence(
        self, sections: list[Section], by_ref: dict[str, Section]
    ) -> tuple[Section, str] | None:
        """The section and sentence giving most duties over the plan to the agency it opens
        with; the first of those that tie."""
        best: tuple[int, Section, str] | None = None
        for section in sections:
            for sentence in re.split(r"(?<=[.;])\s+", section.body or section.title):
                duties = self._charged_with(sentence, section, by_ref)
                if duties and (best is None or duties > best[0]):
                    best = (duties, section, sentence.strip())
        return None if best is None else best[1:]

    def _charged_with(self, sentence: str, section: Section, by_ref: dict[str, Section]) -> int:
        """How many duties over the plan the sentence gives the agency it opens with (or its
        heading names); 0 when it opens with no agency or is not about the plan itself."""
        folded = _LIST_MARK.sub("", fold(sentence))
        duties = len(set(_OVERSEES.findall(folded))) if _THE_PLAN.search(folded) else 0
        if not duties:  # (the cheap tests first: names are matched on few sentences)
            return 0
        spans = self.engine.matcher.name_spans(folded[:_OPENING])
        opens = bool(spans) and spans[0][0] <= 6  # "Giao Sở …", "2. Sở …"
        heading = by_ref.get(section.parent or "") if section.kind == "item" else None
        headed = heading is not None and bool(self.engine.matcher.name_spans(fold(heading.title)))
        return duties if opens or headed else 0


def asks_who_is_in_charge(turn) -> bool:
    """Who (which agency) is asked, of the plan as a whole."""
    asks = (
        turn.q.has("asks_who")
        or turn.q.has("claim")
        or any(r in turn.q.fields for r in (Role.LEAD, Role.COORD))
    )
    if not asks or turn.q.refs:
        return False
    folded = turn.q.folded
    return (
        bool(WHOLE_PLAN.search(folded) or _FOLLOWS_THIS_PLAN.search(folded))
        or (bool(FOLLOWS_PLAN.search(folded)) and not turn.task_described)
        or _in_charge_of_its_subject(turn)
    )


def _in_charge_of_its_subject(turn) -> bool:
    """ "Which agency is in charge of standards and quality under this plan?" of a plan
    about them: the topic asked is the plan's subject (words of its title, or of most of
    its group titles), which is the plan as a whole, not a task that repeats it."""
    folded = turn.q.folded
    if not _IN_CHARGE.search(folded) or not turn.scope or len(turn.scope) != 1:
        return False
    if turn.agencies:
        return False
    kb, plan_id = turn.kb, turn.scope[0]
    said = {w for w in turn.topic_words if kb.known(w) and w not in STOPWORDS | _CHARGE_WORDS}
    if not said:
        return False
    title = turn.engine.lexicon.segment(words_of(kb.plan(plan_id).title))
    return said <= turn.engine.subject_words(plan_id).union(title)


# An office holder of a body: "Chánh Văn phòng UBND tỉnh", "chủ tịch ubnd huyện", "thủ
# trưởng các sở".
_OFFICE = re.compile(
    r"\b(?:chanh (?:van phong|vp)|thu truong|giam doc|chu tich|pho chu tich|truong ban)"
    r"(?: \w+){1,4}"
)


# ("qđ này", "kh này": the plan itself, as chat writes it)
_THIS_PAPER = re.compile(r"\b(?:qd|kh|nq) nay\b")


def office_duties_asked(turn) -> bool:
    """What an office holder must do under the plan itself ("… có trách nhiệm gì trong
    quyết định này?"), of no task named."""
    q = turn.q
    this = THIS_PLAN.search(q.folded) or _THIS_PAPER.search(q.folded)
    return bool(q.has("duties") and _OFFICE.search(q.folded) and this)
