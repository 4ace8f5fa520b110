"""Papers a plan names besides itself: the documents it lists for review, the bases it
cites, and papers a task's cells or the text name by number ("Nghị quyết 68")."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter

from .. import render
from .. import topics as ranking
from ..answer import Answer, Intent, Status
from ..fields import AGENCY_ROLES, Role
from ..normalize import fold, number_key
from ..periods import Kind, find_periods
from ..plan_fact_cues import META_CUES
from ..store import Document
from ..words import STOPWORDS, translate_english
from .common import NAMED_LAW, NUMBER_LIKE, REVISING, without_items_of_others, words_of

# "Quyết định số 874/QĐ-UBND ngày 12/4/2022 …": the day a paper's title says it was issued.
_ISSUED_ON = re.compile(r"\bngày (\d{1,2}/\d{1,2}/\d{4})\b")
_DUE_KINDS = frozenset({Kind.QUARTER, Kind.MONTH, Kind.HALF_YEAR, Kind.BEFORE})
SCAN_PLANS = 50  # plans whose cells are read for a paper's number, when none is in scope
_FEW_NAMING = 3  # tasks naming a paper shown with the columns asked; more is no answer here

# A title the question names: most of its own syllables, past the kind of paper it is.
# (Nor the words that list it for review: "văn bản cần rà soát".)
_PAPER_SYLLABLES = frozenset(
    "van ban ke hoach quyet dinh nghi quyet so ra soat sua doi bo sung can danh muc sach".split()
)
_TITLE_SYLLABLES = 4
# What an agency has to do with the plan, asked as a whole: "liên quan gì", "vai trò".
_INVOLVEMENT = re.compile(
    r"\b(?:lien quan|vai tro|tham gia|co phan|trach nhiem|involved|role|part in)\b"
)
_TITLE_COVER = 0.8
_TIED_COVER = 0.05  # papers whose titles cover the words about as well are both meant
# Documents whose titles hold this share of the best one's weight of the question's words
_NEAR_BEST = 0.9
# The share of the question's words a title must hold to pick documents by it
_TITLE_SHARE = 0.5
# What the English names of a kind of paper ("rules", "policies") stand for: no title's words
_PAPER_KINDS = frozenset({"quy_dinh", "chinh_sach", "van_ban"})
# A kind of paper a programme is, named with what it is on: "kế hoạch truy xuất nguồn gốc",
# "a programme helping companies …", "a scheme about measurement"
_KIND_NAMED = re.compile(
    r"\b(?:ke hoach|chuong trinh|de an|plan|programme|program|scheme|project)\b"
    r"(?! (?:nay\b|\d))"  # (not the plan itself: "kế hoạch này", "kế hoạch 87")
)
_KIND_WORDS = frozenset({"ke_hoach", "chuong_trinh", "de_an", "nam"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class PapersMixin:
    """Route answers about the papers a plan names."""

    def number_in_cells(self) -> Answer | None:
        """ "Nhiệm vụ nào có ghi chú văn bản 51-KHPH/BTGTU?", "các báo cáo theo Nghị quyết
        68-NQ/TW": a paper's number that is no plan's, written in a task's content, its
        note or another of its cells."""
        numbers = [number_key(n) for n in NUMBER_LIKE.findall(self.q.folded)]
        if not numbers:
            return None
        scope = self.scope or [p.id for p in self.kb.plans()][:SCAN_PLANS]

        # a task's words too, in the few plans in scope; over many, its cells only
        words = self.narrow
        keyed = self.engine.keyed_cells  # each task's cells keyed once, not at every question

        def cells_of(task) -> str:
            if (task.id, words) not in keyed:
                cells = f"{task.note} {' '.join(a.value for a in task.attrs)}"
                keyed[task.id, words] = number_key(f"{task.content} {cells}" if words else cells)
            return keyed[task.id, words]

        # A number no cell of these plans writes is looked for once, in their cells joined,
        # not in each task's: "Kế hoạch 99999" of a base of 1,000 plans.
        tasks = self.kb.tasks(plan_ids=scope)
        joined = ("joined", tuple(scope), words)
        if joined not in keyed:
            keyed[joined] = "\n".join(map(cells_of, tasks))
        if not any(n in keyed[joined] for n in numbers):
            return None
        found = without_items_of_others(
            [t for t in tasks if any(n in cells_of(t) for n in numbers)]
        )
        if not found:
            return None
        asked = [f for f in self.q.fields if f is not Role.CONTENT]
        if (asked or self.named_headers) and len(found) <= 3:
            # "việc sắp xếp … theo Công văn 59-CV/BCĐ thì bộ nào phối hợp?": that column
            return self.task_fields(found, self._field_intent())
        en = self.lang == "en"
        # As the user wrote it ("09/2026/NĐ-CP"), where folding kept every position.
        same = len(self.q.text) == len(self.q.folded)
        shown = ", ".join(
            self.q.text[m.start() : m.end()] if same else m[0].upper()
            for m in NUMBER_LIKE.finditer(self.q.folded)
        )
        title = f"Tasks whose cells cite {shown}:" if en else f"Các nhiệm vụ ghi {shown}:"
        headers = self.kb.columns(found[0].plan_id)
        lines = []
        # One or two are shown whole: what the paper is about follows its number.
        limit = render.text_limit(len(found))
        for t in found[:10]:
            lines.append(render.task_line(t, None, headers, self.today, self.lang, limit=limit))
            if t.note:
                lines.append(f"  {render.label(Role.NOTE, headers, self.lang)}: {t.note}")
        return self._answer(Status.FOUND, Intent.NOTE, title, lines, self._source(found), found)

    def number_in_tasks_or_text(self) -> Answer | None:
        """ "Nhiệm vụ nào bổ sung căn cứ Nghị định 09/2026/NĐ-CP?": the tasks that cite the
        paper; but "Nghị quyết này điều chỉnh nhiệm vụ nào trong Nghị quyết 140/NQ-CP?" is
        answered by the passage that names the paper and the question's other words best."""
        numbers = [number_key(n) for n in NUMBER_LIKE.findall(self.q.folded)]
        titles = [number_key(self.plan(p).title) for p in self.scope or ()]
        if self.q.has("count") and numbers and all(any(n in t for t in titles) for n in numbers):
            # "Phụ lục … thực hiện Kết luận 213-KL/TW có bao nhiêu nhiệm vụ?": the paper the
            # plan carries out names the plan; its tasks are counted.
            return None
        words = [w for w in self.topic_words if not any(c.isdigit() for c in w)]
        # A deadline asked ("… theo Nghị quyết 190/2025/QH15 trước thời điểm nào?") is the
        # passage's only when it states one; else the task's that cites the paper.
        when = Role.DEADLINE in self.q.fields and not self.q.meta  # (not an issue date)
        if words and numbers and self.narrow:
            scored = ranking.rank(self.kb, words, scope=self.scope, phrase="", asks_when=False)
            top = scored[0] if scored else None
            if top and top[1].kind == "section" and top[0] >= ranking.MIN_COVERAGE:
                ((_, section),) = self.kb.section_ids([top[1].id])
                # (a day or a year is most often a cited paper's: "Nghị quyết số 190/2025/QH15
                # ngày 19 tháng 02 năm 2025"; a quarter or a month is a deadline)
                dated = not when or any(p.kind in _DUE_KINDS for p in find_periods(section.text))
                if dated and any(n in number_key(section.text) for n in numbers):
                    return self.section_answer(section.plan_id, section)
        return self.number_in_cells()

    def tasks_naming(self, digits: Sequence[str]) -> Answer | None:
        """ "nv tuyên truyền qđ 1703 hạn?": the tasks whose text names a paper by its kind
        and number, those that hold the question's other words if any do; their columns
        asked."""
        scope = self.scope or [p.id for p in self.kb.plans()][:SCAN_PLANS]
        tasks = without_items_of_others(
            [
                t
                for t in self.kb.tasks(plan_ids=scope)
                if any(names_paper(f"{t.content} {t.note}", d) for d in digits)
            ]
        )
        words = [w.replace("_", " ") for w in self.topic_words if not any(c.isdigit() for c in w)]
        about = [
            t for t in tasks if all(f" {w} " in f" {' '.join(words_of(t.content))} " for w in words)
        ]
        tasks = about or tasks
        if not tasks or len(tasks) > _FEW_NAMING:
            return None
        return self.task_fields(tasks, self._field_intent())

    def paper_in_plans(self, digits: Sequence[str]) -> bool:
        """Whether a task or a passage of the plans in scope names a paper numbered one of
        ``digits`` ("Nghị quyết số 68-NQ/TW" for "Nghị quyết 68")."""
        scope = self.scope or [p.id for p in self.kb.plans()][:SCAN_PLANS]
        texts = [f"{t.content} {t.note}" for t in self.kb.tasks(plan_ids=scope)]
        texts += [s.text for plan_id in scope for s in self.kb.sections(plan_id)]
        return any(names_paper(text, d) for text in texts for d in digits)

    def cited_document(self, digits: Sequence[str] | None = None) -> Answer | None:
        """A document the plan cites as a legal basis ("Quyết định 1703/QĐ-TTg ngày nào?",
        "Luật Tổ chức chính quyền địa phương"): the basis that names it."""
        q = self.q
        digits = set(digits if digits is not None else [*q.cited_digits, *q.plan_digits])
        law = NAMED_LAW.search(q.plain)
        # "Luật Tổ chức chính quyền địa phương ngày nào": the law's name, then other words.
        law_names = [" ".join(law[0].split()[:n]) for n in range(6, 2, -1)] if law else []
        plans = [self.plan(p) for p in self.scope] if self.scope else self.kb.plans()[:50]
        for plan in plans:
            own = re.match(r"\d+", plan.key)
            wanted = digits - {own[0] if own else ""}
            found = [
                b
                for b in plan.bases
                if any(d in b and names_paper(b, d) for d in wanted)
                or (not wanted and any(name in fold(b) for name in law_names))
            ]
            if found:
                return self._about_plan(plan, Intent.META, found[0], found[1:])
        return None

    def revised_paper(self) -> Answer | None:
        """ "Tỉnh có sửa đổi chương trình hỗ trợ doanh nghiệp nâng cao năng suất không?": a
        paper the plan lists for review, named by its title's words with a word of
        revising, before any task its words also fit."""
        if not self.kb.documents(self.scope):
            return None
        return self.document_titled()

    def document_titled(self) -> Answer | None:
        """ "Kế hoạch tổng thể nâng cao năng suất … là văn bản số mấy?": a document the plan
        lists for review or cites as a basis, named by the words of its title, not the plan."""
        text = translate_english(self.q.plain) if self.lang == "en" else self.q.plain
        for pattern in META_CUES.values():  # "số hiệu", "ban hành ngày nào": what is asked
            text = pattern.sub(" ", text)
        text = REVISING.sub(" ", text)  # "… going to be updated?": whether, not which
        if self.lang == "en":
            # the glossary's words only: "being", "new" are no title's
            text = " ".join(w.replace("_", " ") for w in self.topic_words)
        syllables = {s for s in text.split() if s not in STOPWORDS and not s.isdigit()}
        syllables -= _PAPER_SYLLABLES
        # "Who has the power to issue it?": a column of the table asked, no word of a title
        listed = self.kb.documents(self.scope)
        syllables -= {w for d in listed for header in d.attrs for w in words_of(header)}
        if len(syllables) < _TITLE_SYLLABLES:
            return None

        def cover(title: str) -> float:
            return len(syllables & set(words_of(title))) / len(syllables)

        plans = [self.plan(p) for p in self.scope]
        enough = max(_TITLE_COVER, max((cover(p.title) for p in plans), default=0.0) + 1e-9)
        # The best of each kind, the last of those tied; it names the paper if it covers
        # the words well, and better than the plan's own title does.
        docs = [(cover(d.title), d) for d in listed]
        bases = [(cover(b), (p, b)) for p in plans for b in p.bases]
        doc = max(reversed(docs), key=itemgetter(0), default=(0.0, None))
        basis = max(reversed(bases), key=itemgetter(0), default=(0.0, None))
        if doc[0] >= enough and doc[0] >= basis[0]:
            # (Two papers on one programme, its plan and its spending rules: both.)
            return self.documents([d for c, d in docs if c >= doc[0] - _TIED_COVER])
        if basis[0] >= enough:
            plan, text = basis[1]
            return self._about_plan(plan, Intent.META, text, [])
        return None

    def documents(self, docs: list[Document] | None = None) -> Answer:
        """The documents a plan lists for review; those an agency named in the question has
        a part in, or the given ones."""
        en = self.lang == "en"
        if docs is None:
            plans = sorted({d.plan_id for d in self.kb.documents(self.scope)})
            if not plans:
                return self._answer(
                    Status.NOT_FOUND,
                    Intent.DOCUMENTS,
                    "The plan lists no documents to review."
                    if en
                    else "Kế hoạch không có danh mục văn bản cần rà soát.",
                )
            if len(plans) > 1:
                what = "The list of documents to review" if en else "Danh mục văn bản cần rà soát"
                return self._ambiguous(Intent.DOCUMENTS, what, [self.plan(p) for p in plans])
            docs = self.kb.documents(plans)
            names = [
                fold(n)
                for n in self.kb.agency_names({i for m in self.agencies for i in m.agencies})
            ]
            involved = [
                d for d in docs if any(n in fold(v) for n in names for v in d.attrs.values())
            ]
            docs = self._titled_so(involved or docs)
        plan = self.plan(docs[0].plan_id)
        title = (
            f"{render.count(len(docs), 'document')} to review:"
            if en
            else f"Có {len(docs)} văn bản cần rà soát, sửa đổi, bổ sung:"
        )
        items = []
        # "Hạn rà soát QĐ 874 là khi nào?" of a table whose time column is blank: say so.
        undated = Role.DEADLINE in self.q.fields
        for d in docs:
            extra = "; ".join(
                f"{k}: {v}" for k, v in d.attrs.items() if v not in (d.title, d.lead, d.coord)
            )
            if undated and not d.deadline:
                none = "no deadline given" if en else "không ghi thời hạn"
                extra = f"{extra}; {none}" if extra else none
            if Role.COORD in self.q.fields and d.coord:  # "còn phối hợp?"
                coord = f"{'Coordinating' if en else 'Phối hợp'}: {d.coord}"
                extra = f"{coord}; {extra}" if extra else coord
            items.append(
                f"{d.number}. {d.title} — {'Lead' if en else 'Chủ trì'}: {d.lead}"
                + (f"; {extra}" if extra else "")
            )
        listing = ("documents", [d.number for d in docs])
        if self.q.fields == [Role.DEADLINE] and not any(d.deadline for d in docs):
            # What was asked is not in the plan; the documents show what is.
            title = (
                "The plan gives no deadline for reviewing "
                + ("this document:" if len(docs) == 1 else "these documents:")
                if en
                else "Kế hoạch không ghi thời hạn rà soát "
                + ("văn bản này:" if len(docs) == 1 else "các văn bản này:")
            )
            return self._about_plan(
                plan, Intent.DOCUMENTS, title, items, listing, status=Status.NOT_FOUND
            )
        return self._about_plan(plan, Intent.DOCUMENTS, title, items, listing)

    def _titled_so(self, docs: list[Document]) -> list[Document]:
        """Those of ``docs`` whose titles hold the question's words that tell titles apart:
        "văn bản quy định mức chi hỗ trợ doanh nghiệp … cần rà soát" is the one about "mức
        chi", not every one about "doanh nghiệp". All of them when the question says little
        of their titles. A question written with marks is read with them ("nằm" is no
        "năm"); words that name the list, a kind of paper ("rules") or another column's
        value ("thuộc thẩm quyền của UBND tỉnh") are no title's.
        """
        if len(docs) < 2:
            return docs
        # (Most syllables marked: "vb" written out as "văn bản" marks no chat message.)
        syllables_of = self.q.text.lower().split()
        marked = self.lang == "vi" and 2 * sum(s != fold(s) for s in syllables_of) >= len(
            syllables_of
        )

        def syllables(text: str) -> set[str]:
            return set(re.findall(r"\w+", text.lower())) if marked else set(words_of(text))

        other = set().union(
            *(syllables(f"{k} {v}") for d in docs for k, v in d.attrs.items() if v != d.title)
        )
        titles = [syllables(d.title) for d in docs]
        if self.lang == "en":
            # the glossary's words whole: "older" is no "nâng cao"
            asked = {w for w in self.topic_words if w not in _PAPER_KINDS}
            flat = [f" {' '.join(words_of(d.title))} " for d in docs]
            titles = [{w for w in asked if f" {w.replace('_', ' ')} " in f} for f in flat]
        else:
            asked = {
                s
                for s in syllables(self.q.text) - other
                if fold(s) not in STOPWORDS | _PAPER_SYLLABLES and not (s.isdigit() and len(s) < 4)
            }
        held = [s for s in asked if any(s in t for t in titles)]
        if not held:
            return docs
        # A syllable in fewer titles tells them apart better; one in all, not at all.
        weights = {s: math.log((len(docs) + 1) / sum(s in t for t in titles)) for s in held}
        scores = [sum(v for s, v in weights.items() if s in t) for t in titles]
        best = max(scores)
        covered = max(len(set(held) & t) for t in titles)
        if not best or covered < _TITLE_SHARE * len(asked):
            return docs
        return [d for d, score in zip(docs, scores, strict=True) if score >= best * _NEAR_BEST]

    def with_documents_naming(self, answer: Answer) -> Answer:
        """ "HĐND tỉnh liên quan gì trong kế hoạch này?": after the agency's tasks, the
        documents to review that name it (its authority to issue one), when what it does is
        asked, in no one role."""
        asked = _INVOLVEMENT.search(self.q.plain)
        if not asked or any(r in self.q.fields for r in AGENCY_ROLES) or not self.agencies:
            return answer
        names = [
            fold(n) for n in self.kb.agency_names({i for m in self.agencies for i in m.agencies})
        ]
        docs = [
            d
            for d in self.kb.documents(self.scope)
            if any(n in fold(v) for n in names for v in d.attrs.values())
        ]
        if not docs:
            return answer
        en = self.lang == "en"
        head = (
            "Documents to review that name it:" if en else "Văn bản cần rà soát có ghi cơ quan này:"
        )
        lines = [
            f"{d.number}. {render.shorten(d.title, 90)} — "
            + "; ".join(f"{k}: {v}" for k, v in d.attrs.items() if v not in (d.title, d.coord))
            for d in docs
        ]
        return replace(answer, items=(*answer.items, head, *lines))

    def with_listed_papers(self, answer: Answer | None) -> Answer | None:
        """ "The province had a traceability plan from 2020. What happens to it now?", "Có
        chương trình nào hỗ trợ doanh nghiệp nâng cao năng suất không?": a kind of paper
        named with its subject. Beside the tasks on it, the documents listed for review
        whose titles hold every word of that subject (a year named, the one of that year);
        those alone when no task is on it."""
        if not _KIND_NAMED.search(self.q.folded):
            return answer
        words = [w for w in self.topic_words if w not in _KIND_WORDS and not w.isdigit()]
        listed = self.kb.documents(self.scope) if words else []
        years = set(_YEAR.findall(self.q.folded))

        def holds(doc: Document) -> bool:
            flat = f" {' '.join(words_of(doc.title))} "
            of_year = not years or bool(years & set(_YEAR.findall(doc.title)))
            return of_year and all(f" {w.replace('_', ' ')} " in flat for w in words)

        docs = [d for d in listed if holds(d)]
        if not docs:
            return answer
        if answer is None or not answer.found:
            return self.documents(docs)
        en = self.lang == "en"
        head = "Documents listed for review on it:" if en else "Văn bản cần rà soát liên quan:"
        lines = [f"{d.number}. {render.shorten(d.title, 160)}" for d in docs]
        return replace(answer, items=(*answer.items, head, *lines))

    def named_document(self) -> Answer | None:
        """A number that is no plan's may be a document the plan lists for review
        ("Kế hoạch 3338/KH-UBND có cần rà soát không?")."""
        wanted = (
            [n.split("/")[0] for n in self.q.plan_numbers]
            or self.q.plan_digits
            or self.q.cited_digits
        )
        for doc in self.kb.documents():
            if any(names_paper(doc.title, d) for d in wanted):
                issued = _ISSUED_ON.search(doc.title)
                # ("qđ 2109 ngày nào": a paper's day is when it was issued; "hạn rà soát
                # ngày nào" asks the review's)
                day = "date" in self.q.meta or (
                    _WHICH_DAY.search(self.q.folded) and not _REVIEW_ASKED.search(self.q.folded)
                )
                if day and issued:
                    return self._issued_on(doc, issued[1])
                return self.documents([doc])
        return None

    def _issued_on(self, doc: Document, day: str) -> Answer:
        """ "qđ 874 ban hành ngày nào": the day the listed document's own title gives, not a
        review deadline (which the table may leave blank)."""
        en = self.lang == "en"
        title = (
            f"Issued on {day}, as the plan's list of documents to review names it:"
            if en
            else f"Văn bản này ban hành ngày {day}, theo tên trong danh mục văn bản cần rà soát:"
        )
        listing = ("documents", [doc.number])
        plan = self.plan(doc.plan_id)
        return self._about_plan(
            plan, Intent.DOCUMENTS, title, [f"{doc.number}. {doc.title}"], listing
        )


_WHICH_DAY = re.compile(r"\bngay (?:nao|may|bao nhieu)\b|\b(?:what|which) (?:date|day)\b")
_REVIEW_ASKED = re.compile(r"\b(?:han|thoi han|ra soat|sua doi|deadline|review|due)\b")


def names_paper(text: str, digits: str) -> bool:
    """Whether ``text`` names a document numbered ``digits``: "số 12/2022/NQ-HĐND",
    "38-CT/TW", not the date "12/4/2022".

    >>> names_paper("Nghị quyết số 12/2022/NQ-HĐND", "12"), names_paper("ngày 12/4/2022", "12")
    (True, False)
    """
    return bool(
        re.search(rf"(?<![\d/.-]){digits}\s*[/-]\s*(?:(?:19|20)\d\d\s*/\s*)?[^\W\d_]", text)
    )
