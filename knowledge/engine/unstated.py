"""What the plans do not state, told as such: a sum, a share, a number, the names of bodies
they only count, the place of what they only plan, contacts and people.

Each check finds the tasks and passages the question's words describe and looks there for
what is asked; where none of them holds it, the answer is "not stated" with the closest
task, rather than a passage that is merely near.
"""

from __future__ import annotations

import re

from .. import passages, render
from .. import topics as ranking
from ..answer import Answer, Intent, Status
from ..fields import Role
from ..normalize import fold
from ..store import Section
from ..unheld_cues import PLACES_ASKED, SPECIFIC_KIND
from ..words import SYNONYMS
from .common import THIS_PLAN, cells_text, words_of


class UnstatedMixin:
    def not_in_plans(self) -> Answer:
        """Contact details, people's names, salaries: what plans do not hold."""
        title = (
            "The plans do not give that (contacts, names of officials, salaries, fines or how"
            " to apply)."
            if self.lang == "en"
            else "Kế hoạch không có thông tin này (liên hệ, tên cán bộ, lương, mức phạt, thủ tục"
            " đăng ký)."
        )
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title)

    def amount_not_stated(self) -> Answer | None:
        """ "Tổng kinh phí là bao nhiêu tỷ đồng?" of plans that state no sum, neither in a
        budget column nor in their text: not found, with what they say of funding. None
        where a sum is stated, for the other routes to find."""
        if not self.narrow:
            return None  # across many plans, the totals of their budget columns answer
        funding: list[tuple[int, Section]] = []
        for plan_id in self.scope:
            if Role.BUDGET in self.kb.columns(plan_id):
                return None
            key = ("funding", plan_id)
            if key not in self.engine.marked:  # each plan's text read once
                self.engine.marked[key] = _funding(self.kb.sections(plan_id))
            states_sum, said = self.engine.marked[key]
            # "Tổng kinh phí đề án này là bao nhiêu?": a total of the plan's own, which its
            # sums of other things (a cap per business, a revenue target) are not.
            if states_sum and not (self.q.has("total") and THIS_PLAN.search(self.q.folded)):
                # The plan states sums, but maybe not of this: "mỗi phiếu hỗ trợ (voucher)
                # trị giá bao nhiêu tiền?" where the passages on vouchers state none.
                return self._not_stated(
                    SUM,
                    "Kế hoạch không nêu số tiền cụ thể cho việc này.",
                    "The plan states no sum for this.",
                )
            funding += [(plan_id, section) for section in said]
        en = self.lang == "en"
        title = "The plan states no sum of money." if en else "Kế hoạch không nêu số tiền cụ thể."
        items: list[str] = []
        if funding:
            plan_id, section = funding[0]
            said = "On funding it says:" if en else "Về kinh phí, kế hoạch ghi:"
            items = [said, f"{section.ref}. {section.text}"]
            items.append(render.source(self.plan(plan_id), self.lang, section=section.ref))
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def share_not_stated(self) -> Answer | None:
        """ "Mức đóng bảo hiểm y tế năm 2027 tăng bao nhiêu phần trăm?" where neither the
        tasks nor the passages its words describe give a percentage: not found, with the
        task closest to it. None where one does, for the other routes to quote."""
        return self._not_stated(
            PERCENT, "Kế hoạch không nêu tỷ lệ cụ thể.", "The plan gives no percentage for this."
        )

    def number_not_stated(self) -> Answer | None:
        """ "Tổng biên chế được giao là bao nhiêu người?", "chỉ tiêu bao nhiêu doanh nghiệp
        áp dụng?" where neither the tasks nor the passages its words describe write a
        number: not found, with the task closest to it. None where one does ("chọn 5
        doanh nghiệp"), for the topic to quote. So too when what is counted is a thing
        the plans never write ("bao nhiêu kỹ sư"): no number of it can be there."""
        if self.narrow and self.lang == "vi" and (counted := _COUNTED.search(self.q.folded)):
            thing = f" {counted[1]} "
            written = any(
                thing in f" {' '.join(words_of(text))} "
                for plan_id in self.scope
                for text in [
                    *(s.text for s in self.kb.sections(plan_id)),
                    *(cells_text(t) for t in self.kb.tasks(plan_ids=[plan_id])),
                ]
            )
            if not written:
                title = "Kế hoạch không nêu con số cụ thể cho việc này."
                return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, [])
        # "bao nhiêu người": a number written of them ("120 người", "05 doanh nghiệp"), not
        # any number near the words ("phương châm 4 tại chỗ")
        of = _PEOPLE_OR_BODIES.search(self.q.folded) if self.lang == "vi" else None
        counted = of[1].split()[0] if of else ""
        figure = (
            re.compile(rf"{STATED_NUMBER.pattern}(?: \w+){{0,2}} {counted}\b")
            if counted
            else STATED_NUMBER
        )
        return self._not_stated(
            figure,
            "Kế hoạch không nêu con số cụ thể cho việc này.",
            "The plan gives no figure for this.",
        )

    def names_not_stated(self) -> Answer | None:
        """ "Đề án có nêu tên 5 doanh nghiệp chủ lực là những doanh nghiệp nào không?",
        "Which five companies have been picked?": the plan counts them and names none: not
        found, with the task that counts them. None where the task the words describe best
        counts no bodies, for the other routes to read."""
        # ("tên cụ thể": how they are asked for, not what they are)
        words = [w for w in self.topic_words if w not in _NAMING_WORDS]
        if not self.narrow or not words:
            return None
        scored = ranking.tasks_covering(self.kb, words, scope=self.scope)
        near = [h.id for s, h in scored if s >= scored[0][0] - ranking.TIE] if scored else []
        near_tasks = self.kb.tasks_by_ids(near)
        counting = [t for t in near_tasks if _BODIES_COUNTED.search(fold(cells_text(t)))]
        if PLACES_ASKED.search(self.q.folded):
            # "Tỉnh nào được ưu tiên đầu tư dự án lấn biển?" of a task that says "tại một số
            # địa phương": which ones, it does not say
            unnamed = [t for t in near_tasks if _PLACES_UNNAMED.search(fold(t.content))]
            if unnamed:
                title = (
                    "The plan does not name the places."
                    if self.lang == "en"
                    else "Kế hoạch không nêu tên cụ thể các địa phương."
                )
                items = [render.task_line(t, None, {}, self.today, self.lang) for t in unnamed[:1]]
                return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)
        if not counting:
            return self._instances_unnamed()
        title = (
            "The plan says how many, not which: it names none of them."
            if self.lang == "en"
            else "Kế hoạch chỉ nêu số lượng, không nêu tên cụ thể."
        )
        items = [render.task_line(t, None, {}, self.today, self.lang) for t in counting[:1]]
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def _instances_unnamed(self) -> Answer | None:
        """ "Những bệnh viện cụ thể nào … sẽ được chuyển về tỉnh?" of a plan that names no
        hospital ("Bệnh viện" then a name in capitals) anywhere: not found. None where it
        names one, for the other routes to read."""
        kind = re.search(rf"\b{SPECIFIC_KIND}\b", self.q.folded)
        if not kind:
            return None
        said = kind[1].strip()
        for plan_id in self.scope or [p.id for p in self.kb.plans()]:
            texts = [f"{s.title} {s.body}" for s in self.kb.sections(plan_id)]
            texts += [t.content for t in self.kb.tasks(plan_ids=[plan_id], with_attrs=False)]
            for text in texts:
                folded = fold(text)
                for at in (m.end() for m in re.finditer(rf"\b{re.escape(said)} ", folded)):
                    if text[at : at + 1].isupper():
                        return None  # "Bệnh viện Bạch Mai": one is named
        written = self.q.text[kind.start(1) : kind.end(1)].strip()
        title = (
            "The plan names none of them."
            if self.lang == "en"
            else f"Kế hoạch không nêu tên cụ thể các {written}."
        )
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, [])

    def _not_stated(self, figure: re.Pattern[str], vi: str, en: str) -> Answer | None:
        """Not found, with the closest task, when neither the tasks nor the passages the
        question's words describe write a ``figure``; None when one does."""
        if not self.narrow:
            return None
        words = [w for w in self.own_topic_words if w not in _FIGURE_WORDS]
        if not words:
            return None
        unknown = [w for w in words if "_" in w and not self._known_or_alike(w)]
        # (in English, two or more and most of them: the glossary may give a compound for a
        # thing the plans say otherwise, "trường nghề" for their "cơ sở giáo dục nghề nghiệp")
        if unknown and (self.lang == "vi" or 2 <= len(unknown) and len(unknown) * 2 > len(words)):
            # "mức phụ cấp … là bao nhiêu phần trăm lương?" of a plan that never writes
            # "phụ cấp": no figure of it can be there, whatever other figure is near; nor
            # "how many scholarships for foreign students" of one that writes neither
            return self._answer(
                Status.NOT_FOUND, Intent.UNKNOWN, en if self.lang == "en" else vi, []
            )
        tasks = ranking.tasks_covering(self.kb, words, scope=self.scope)
        # What the question's words describe best: the closest tasks, and the sentences of
        # the text that hold most of them.
        near = [h for s, h in tasks if s >= tasks[0][0] - ranking.TIE]
        texts = [h.text for h in near]
        # (and their other cells: "Sản phẩm: … mức tối đa 2 tỷ đồng")
        texts += [fold(a.value) for t in self.kb.tasks_by_ids(h.id for h in near) for a in t.attrs]
        pieces = [
            (section.ref, section.title, section.body)
            for plan_id in self.scope or [p.id for p in self.kb.plans()]
            for section in self.kb.sections(plan_id)
        ]
        said = self._scored(pieces, words)
        top = max((score for score, _, _ in said), default=0.0)
        if top >= passages.SHARE:
            texts += [fold(sentence) for score, _, sentence in said if score >= top - ranking.TIE]
        elif not near:
            return None  # nothing says what the figure would be of: the other routes read it
        if any(figure.search(text.replace("_", " ")) for text in texts):
            contents = [fold(cells_text(t)) for t in self.kb.tasks_by_ids(h.id for h in near)]
            if not self._of_other_years(figure, contents + texts):
                return None
        closest = self.kb.tasks(ids=[h.id for _, h in tasks[:1]]) if tasks else []
        items = [render.task_line(t, None, {}, self.today, self.lang) for t in closest]
        title = en if self.lang == "en" else vi
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def _of_other_years(self, figure: re.Pattern[str], texts: list[str]) -> bool:
        """ "Tỷ lệ bao phủ năm 2028 là bao nhiêu phần trăm?" of a text whose every figure is
        set for a year ("tới năm 2026 … đạt trên 95,5%, đến năm 2030 …"), none of them the
        year asked: the figure of that year is not stated."""
        years = set(_YEAR_ASKED.findall(self.q.folded))
        if not years:
            return False
        clauses = [c for text in texts for c in _CLAUSE.split(text) if figure.search(c)]
        dated = [c for c in clauses if _YEAR.search(c)]
        return (
            bool(dated)
            and len(dated) == len(clauses)
            and not any(y in c for c in dated for y in years)
        )

    def another_papers_facts(self) -> Answer:
        """ "Nghị định … đã được ban hành chưa, số hiệu là gì?": a paper the plan only plans
        or cites; it does not give that paper's number or date, nor whether it is out yet.
        Not found, with the task its words describe best, if one does."""
        words = [w for w in self.own_topic_words if w not in _ASKED_OF_A_PAPER]
        tasks = ranking.tasks_covering(self.kb, words, scope=self.scope) if words else []
        closest = [h.id for s, h in tasks[:1] if s >= ranking.MIN_COVERAGE]
        items = [
            render.task_line(t, None, {}, self.today, self.lang) for t in self.kb.tasks(ids=closest)
        ]
        title = (
            "The plan does not give this paper's number or date, nor whether it is issued yet."
            if self.lang == "en"
            else "Kế hoạch không ghi số hiệu, ngày ban hành của văn bản này, cũng không cho biết"
            " văn bản đã được ban hành hay chưa."
        )
        return self._answer(Status.NOT_FOUND, Intent.UNKNOWN, title, items)

    def _known_or_alike(self, word: str) -> bool:
        """Whether the plans write the word, or a word they use for the same thing."""
        return any(self.kb.known(w) for w in (word, *SYNONYMS.get(word, ())))


# A sum written out: "12,5 tỷ đồng", "500 triệu", "20.000 USD".
SUM = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:ty\b(?! le)|trieu\b)|\d(?:[\d.,]*\d)?\s*(?:nghin|ngan) dong\b"
    r"|\d(?:[\d.,]*\d)?\s*(?:vnd|usd)\b|\d{1,3}(?:[.,]\d{3})+\s*dong\b"
)
_FUNDING = re.compile(r"\bkinh phi\b|\bngan sach\b|\bnguon von\b")


# A clause of a text, and a year written in it ("tới năm 2026 … đạt trên 95,5%").
_CLAUSE = re.compile(r"[,;]\s|\.\s")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_ASKED = re.compile(r"\b(?:nam|in|by|for) ((?:19|20)\d\d)\b")
# A percentage as plans write it: "50%", "50 phần trăm", "phan_tram" in the indexed words.
PERCENT = re.compile(r"%|\bphan[ _]tram\b")
# A number counted in the plans' words: not a year, a date, a paper's number or an id.
STATED_NUMBER = re.compile(
    r"(?<![\d/.,-])(?<!so )(?<!ngay )(?<!thang )(?<!nam )(?<!quy )"
    r"\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\b(?![/.-]?\w)"
)
# What a question asks of a paper, not what the paper is about.
_ASKED_OF_A_PAPER = frozenset("so_hieu so hieu ky ngay chua da duoc".split())
# ("tên cụ thể": how names are asked for, not what they are of)
_NAMING_WORDS = frozenset({"ten", "cu_the", "danh_sach", "names", "name"})
# Places the plan leaves unnamed: "tại một số địa phương", "ở một số tỉnh".
_PLACES_UNNAMED = re.compile(r"\bmot so (?:dia phuong|tinh|khu vuc|vung|do thi)\b")
# Bodies counted, not named: "Lựa chọn 05 doanh nghiệp", "10 trường đại học".
_BODIES_COUNTED = re.compile(
    r"\b\d+ (?:doanh nghiep|cong ty|tap doan|to chuc|truong|benh vien|co so|don vi|dia phuong)"
)
# "có nêu số biên chế cụ thể giao cho từng bộ không": a figure asked for by name.
FIGURE_NAMED = re.compile(
    r"\b(?:neu|ghi|dua ra|quy dinh|xac dinh)(?: ro)? (?:con so|so luong|so) (?!(?:hieu|dien"
    r"|tien|thu tu|ky hieu|hoa)\b)\w+(?: \w+){0,3} cu the\b"
)
# "bao nhiêu người", "how many companies": a number of people, bodies or things in the
# world, as the asker spells it ("bn" is also "bệnh nhân"); not of what the plans' tables
# list (tasks, groups, agencies, papers), of kinds or fields, nor a time or a sum; nor
# "tờ trình số bao nhiêu", a paper's number.
HEADCOUNT = re.compile(
    r"(?<!so )\b(?:bao nhieu|how many) (?!(?:nhiem vu|nv|viec|dau viec|cong viec|hoat dong|tasks?"
    r"|items?|muc|noi dung|nhom|groups?|ke hoach|plans?|lan|bo|so|co quan|don vi|ban"
    r"|agenc\w+|ministr\w+|departments?|van ban|documents?|papers?|ngay|thang|nam|quy"
    r"|days?|months?|years?|quarters?|dieu|articles?|phan|giai doan|tien|ty|trieu|dong|von"
    r"|phan tram|times?|cai|thu|loai|kieu|dang|hinh thuc|linh vuc|chi tieu|buoc|kinds?"
    r"|types?|forms?|ones?|steps?|stages?|fields?|areas?|cua|la|vay|nhi|the|ha|roi|nua|do"
    r"|of|key|main)\b)"  # ("how many of the key tasks …": tasks)
    r"[a-z]{2,}"
)
# People or bodies counted ("bao nhiêu người", "bao nhiêu doanh nghiệp"): a number of them
# is written with their word, not a sum or a share ("bao nhiêu chi phí": "50%")
_PEOPLE_OR_BODIES = re.compile(
    r"\bbao nhieu (nguoi|ca nhan|can bo|cong chuc|vien chuc|lao dong|hoc vien|sinh vien"
    r"|chuyen gia|doanh nghiep|hop tac xa|truong|benh vien|co so|don vi)\b"
)
# What "bao nhiêu" counts, in two syllables: "bao nhiêu kỹ sư điện …" counts "kỹ sư".
# (not a unit the figure is written in, "bao nhiêu phần trăm", "bao nhiêu tỷ đồng": a plan
# writes "200%", "3 tỷ"; nor "bao nhiêu một năm", a sum each year)
_COUNTED = re.compile(
    r"\bbao nhieu ((?!nguoi|doanh nghiep|co so|to chuc|phan tram|ty\b|trieu|tien|dong|nghin"
    r"|ngan\b|usd|vnd|lan\b|ngay|thang|nam\b|quy\b|gio\b|mot\b|moi\b)[a-z]+ [a-z]+)\b"
)
# The words that ask for the figure, not what it is of
_FIGURE_WORDS = frozenset(
    "phan_tram ty_le tien so_tien tri_gia ty trieu dong kinh_phi muc_tran toi_da toi_thieu"
    " muc_toi_da muc_toi_thieu gioi_han".split()
)


def _funding(sections: list[Section]) -> tuple[bool, tuple[Section, ...]]:
    """Whether a plan's text states a sum anywhere, and its passages on funding, the one
    that opens on it ("Kinh phí thực hiện …") first."""
    found = []
    states_sum = False
    for section in sections:
        text = fold(section.text)
        states_sum = states_sum or bool(SUM.search(text))
        if (m := _FUNDING.search(text)) and not section.text.isupper():  # not a bare heading
            found.append((m.start(), section))
    return states_sum, tuple(section for _, section in sorted(found, key=lambda ps: ps[0]))
