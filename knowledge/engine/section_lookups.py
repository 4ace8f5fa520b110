"""Body sections by their numbers, and the sentences of a section that answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from .. import passages, render
from .. import topics as ranking
from ..amounts import scaled_sums
from ..answer import Answer, Intent, Status
from ..cues import APPENDIX_WORD
from ..english import ALTERNATES
from ..normalize import fold, fold_in_place
from ..passages import LONG
from ..store import Section
from ..words import STOPWORDS, SYNONYMS
from .common import words_of
from .outline import ARTICLES

_WITHIN = re.compile(r"\d{1,2}\.\d{1,2}")  # "mục 2.4" of a part named apart ("phần III")
_HEADING_WORDS = 12  # a heading is a title this short; a longer one is a paragraph's sentence
# Whom something goes to, asked: "Sở KH&CN báo cáo lên đâu?", "gửi cho ai", "report to whom".
_RECIPIENT_ASKED = re.compile(
    r"\b(?:bao cao|gui|nop|trinh|chuyen)(?: \w+){0,3} (?:len |ve |cho |toi |den )?"
    r"(?:dau|ai|co quan nao|cap nao|noi nao|ben nao)\b"
    r"|\b(?:report|send|submit)\w*(?: \w+){0,3} to (?:whom|who|which)\b"
)
_HANDED = re.compile(r"\b(?:bao cao|gui|nop|trinh)\b")
_RECIPIENT_AFTER = 16  # characters after the verb a recipient's name starts within
_PART = re.compile(r"[IVXL]+")
# "mấy hình thức", "bao nhiêu nhóm đối tượng": the two words a count is of.
_COUNTED = re.compile(r"\b(?:may|bao nhieu)\s+(?P<n>[a-z]+\s+[a-z]+)")


class SectionLookupsMixin:
    def section_lookup(self) -> Answer:
        if self.names_the_documents_part:
            return self.documents()
        if mentioning := self._passage_mentioning_the_section():
            return mentioning
        if within := self._task_within_part():
            return within
        plans = self.kb.plans_with_section(self.q.section_refs, plan_ids=self.scope)
        if len(plans) > 1:
            return self._ambiguous(
                Intent.SECTION, self.q.section_refs[0], [self.plan(p) for p in plans]
            )
        found = self.kb.sections_numbered(self.q.section_refs, plan_ids=plans)
        if not found and self.context.kind == "sections":
            # "Khoản 2 nói gì?" after a section: its item 2; the section's list stays shown.
            items = self._item_of_shown_section()
            if items:
                picked = self.section_answer(items[0].plan_id, items[0])
                kept = picked.context.with_(kind="sections", items=self.context.items)
                return replace(picked, context=kept)
        if not found:
            en = self.lang == "en"
            refs = ", ".join(self.q.section_refs)
            missing = f"No section {refs}." if en else f"Không có mục {refs}."
            if all(r.startswith("Điều") for r in self.q.section_refs):
                # "Quyết định có Điều 3 không?": no, and the articles it has.
                articles = self.articles()
                if isinstance(articles, Answer) and articles.found:
                    missing = (
                        f"No {refs.replace('Điều', 'Article')}." if en else f"Không có {refs}."
                    )
                    title = f"{missing} {articles.title}"
                    return replace(articles, status=Status.NOT_FOUND, title=title)
            return self._answer(
                Status.NOT_FOUND,
                Intent.SECTION,
                f"No section {refs}." if en else f"Không có mục {refs}.",
            )
        answer = self.section_answer(plans[0], found[0])
        if found[0].kind == "article" and ARTICLES.search(self.q.folded):
            # "Quyết định gồm mấy điều, và Điều 2 quy định gì?": the count, then the article
            counted = self.articles()
            if isinstance(counted, Answer) and counted.found:
                answer = replace(answer, title=f"{counted.title.rstrip(':')}. {answer.title}")
        return answer

    def section_in_hand(self) -> Section | None:
        """The part of the text shown last, when one was ("By what date?" is of it)."""
        plan = self.kb.plan_by_number(self.context.plan or "")
        sections = self.kb.sections(plan.id) if plan and self.context.item else []
        return next((s for s in sections if s.ref == self.context.item), None)

    def who_of_the_part_in_hand(self) -> Answer | None:
        """ "gửi cho ai?", "rồi sở đó báo cáo tiếp lên đâu?" after a part of the text: that
        part again, by the sentences that say it."""
        section = self.section_in_hand()
        return self.section_answer(section.plan_id, section, focus=True) if section else None

    def _task_within_part(self) -> Answer | None:
        """ "mục 2.4 trong phần III" where the body has no III.2.4 and the appendix does:
        that task (item 4 of task III.2), not part III of the body."""
        within = [r for r in self.q.section_refs if _WITHIN.fullmatch(r)]
        parts = [r for r in self.q.section_refs if _PART.fullmatch(r)]
        if len(within) != 1 or len(parts) != 1:
            return None
        ref = f"{parts[0]}.{within[0]}"
        if self.kb.sections_numbered([ref], plan_ids=self.scope):
            return None
        if not self.kb.plans_with_ref([ref], plan_ids=self.scope):
            return None
        self.q.refs = [tuple(within[0].split("."))]  # read with the part, as task_lookup does
        return self.task_lookup()

    def _item_of_shown_section(self) -> list[Section]:
        plan = self.kb.plan_by_number(self.context.plan) if self.context.plan else None
        if plan is None:
            return []
        wanted = {r.lower() for r in self.q.section_refs}
        items = [i for i in self.context.items if i.rsplit(".", 1)[-1].lower() in wanted]
        return self.kb.sections_numbered(items, plan_ids=[plan.id]) if items else []

    def _counted_noun(self, section: Section) -> str:
        """What "có mấy hình thức đào tạo?" counts, as the section writes it: "hình thức";
        "mục" where it does not write the words asked."""
        m = _COUNTED.search(self.q.folded)
        written = f"{section.title} {section.body}"
        folded = fold_in_place(written)
        at = folded.find(m["n"]) if m else -1
        if at < 0 or len(folded) != len(written):
            return "mục"
        return written[at : at + len(m["n"])].lower()

    def section_answer(self, plan_id: int, section: Section, focus: bool = False) -> Answer:
        """The section with what is under it; with ``focus``, for a section found by the
        question's words, a long one is quoted by the sentences that answer."""
        sections = self.kb.sections(plan_id)
        by_ref = {s.ref: s for s in sections}
        lines = [f"{section.ref}. {section.text}"]
        children, items = [], 0
        # A heading's answer is in its items: "Mục đích" lists a), b), c).
        for child in sections:
            if child.parent == section.ref or (child.parent or "").startswith(section.ref + "."):
                children.append(child.ref)
                items += child.parent == section.ref
                lines.append(
                    f"{child.ref.split('.')[-1]}) {child.text}"
                    if child.kind == "item"
                    else f"{child.ref}. {child.text}"
                )
        plan = self.plan(plan_id)
        en = self.lang == "en"
        # A column asked ("thời gian hoàn thành") is no topic word: which sentence gives it
        # is unknown, so the section is shown whole.
        long = focus and len("".join(lines)) > LONG and not self.q.fields
        quoted = self._answering_sentences(section, self._pieces(section)) if long else None
        if quoted:
            # "Có bao nhiêu nhóm nghiên cứu …?": the sentences that say, not two pages.
            refs = list(dict.fromkeys(ref for ref, _ in quoted))
            if len(refs) == 1:
                section = by_ref[refs[0]]
            head = ("Quoted from section " if en else "Trích mục ") + ", ".join(refs)
            # A heading with text under it names the passage ("Mục tiêu đến năm 2035").
            named = (
                f" ({section.title})"
                if section.body and len(section.title) <= _SHORT_HEADING
                else under(section, by_ref)
            )
            lines = [f"{head}{named}:", *(s for _, s in quoted)]
        elif self.q.has("count") and items:
            # "Có mấy hình thức đào tạo?": the items of the section that lists them, counted.
            counted = f"({items} items)" if en else f"(gồm {items} {self._counted_noun(section)})"
            lines[0] = f"{lines[0]} {counted}"
        elif section.kind == "item" and (above := under(section, by_ref)):
            # "k) Định kỳ hằng năm tổng hợp …" is Bộ Khoa học và Công nghệ's, as its heading says.
            lines[0] = f"{section.ref}{above}: {section.text}"
        return self._answer(
            Status.FOUND,
            Intent.SECTION,
            lines[0],
            lines[1:],
            render.source(plan, self.lang, section=section.ref),
            sections=(section.ref,),
            plan=plan.number,
            context=self.context.with_(plan=plan.number, pending=None),
            listing=("sections", children),
        )

    def _pieces(self, section: Section) -> list[tuple[str, str, str]]:
        """The section and the sections under it, each with the headings above it, as
        :mod:`knowledge.passages` reads them."""
        return self.passages_of(
            section.plan_id,
            lambda s: s.ref == section.ref or (s.parent or "").startswith(section.ref),
        )

    def passages_of(
        self, plan_id: int, keep: Callable[[Section], bool] = lambda s: True
    ) -> list[tuple[str, str, str]]:
        """The plan's body sections that ``keep`` keeps, each with the headings above it."""
        every = self.kb.sections(plan_id)
        by_ref = {s.ref: s for s in every}

        def heading(s: Section) -> str:
            # "c) Báo cáo định kỳ … trước ngày 15/12" under "Các bộ, địa phương": the
            # headings above a sentence say whose it is.
            titles = [s.title]
            while s.parent in by_ref and len(titles) < 4:
                s = by_ref[s.parent]
                titles.append(s.title)
            return "\n".join(reversed(titles))

        return [(s.ref, heading(s), s.body) for s in every if keep(s)]

    def scattered(self, section: Section) -> bool:
        """A section that holds the question's words only scattered over its sentences
        ("học bổng du học" in two pages on training) does not answer it."""
        pieces = self._pieces(section)
        if sum(len(passages.sentences(b) or [t]) for _, t, b in pieces) < 2:
            return False
        return self._answering_sentences(section, pieces) == []

    def best_said(self, sections: list[Section]) -> Section:
        """Of sections that hold the question's words about as well, the one with a sentence
        that holds most of them: "mục tiêu đến 2030 … bao nhiêu phần trăm" is said in one
        line under "Mục tiêu cụ thể đến năm 2030"."""
        words = self.topic_words
        # Under a heading that is all the question's words ("V. KINH PHÍ THỰC HIỆN" of
        # "kinh phí thực hiện Đề án … từ những nguồn nào?"): the part of the text on it.
        sections = self._headed_by(sections, set(words)) or sections
        if _RECIPIENT_ASKED.search(self.q.folded):
            # "… báo cáo lên đâu?": a passage that names whom it goes to
            sections = [s for s in sections if self._names_a_recipient(s)] or sections
        said = [
            round(max((sc for sc, _, _ in self._scored(self._pieces(s), words)), default=0), 6)
            for s in sections
        ]
        best = [s for s, score in zip(sections, said, strict=True) if score == max(said)]
        # A section holds its subsections' sentences: of two that say it as well, the
        # narrower one ("III.3 Hình thức đào tạo", not all of part III).
        first = best[0]
        narrower = [s for s in best if s.ref.startswith(first.ref + ".")]
        deepest = max(narrower, key=lambda s: s.ref.count("."), default=first)
        # Of others that say it as well, the one holding most of the question's other words
        # (its cue words too, whole: "chủ trì", not a syllable such as "kể" of "kế hoạch"):
        # "Các đơn vị chủ trì phải tự bố trí kinh phí thế nào?" is the paragraph on what the
        # units that lead do about money, not the one on where the plan's money comes from.
        others = [s for s in best if not any(o.ref.startswith(s.ref + ".") for o in best)]
        segment = self.engine.lexicon.segment
        asked = {w for w in segment(words_of(self.q.plain)) if "_" in w} - STOPWORDS - set(words)
        if len(others) < 2 or not asked:
            return deepest
        held = [len(asked & set(segment(words_of(s.text)))) for s in others]
        if held.count(max(held)) == len(held):
            return deepest
        return others[held.index(max(held))]

    def _names_a_recipient(self, section: Section) -> bool:
        """Whether the section has an agency's name just after "báo cáo", "gửi", "nộp" or
        "trình": whom something goes to ("… báo cáo UBND tỉnh và Bộ KH&CN")."""
        text = fold(section.body or section.title)
        for m in _HANDED.finditer(text):
            after = text[m.end() : m.end() + _RECIPIENT_AFTER + 40]
            spans = self.engine.matcher.name_spans(after)
            if spans and spans[0][0] <= _RECIPIENT_AFTER:
                return True
        return False

    def _headed_by(self, sections: list[Section], words: set[str]) -> list[Section]:
        """Those of the sections that have, or are under, a heading whose own words (a
        compound at least) are all among ``words``."""
        by_ref = {s.ref: s for p in {s.plan_id for s in sections} for s in self.kb.sections(p)}

        def names_it(ref: str | None) -> bool:
            heading = by_ref.get(ref or "")
            # (a numbered paragraph's sentence is no heading: a heading is short)
            if heading is None or len(heading.title.split()) > _HEADING_WORDS:
                return False
            own = [
                w
                for w in self.engine.lexicon.segment(words_of(heading.title))
                if "_" in w and w not in STOPWORDS
            ]
            return bool(own) and set(own) <= words

        return [s for s in sections if names_it(s.ref) or names_it(s.parent)]

    def _answering_sentences(
        self, section: Section, pieces: list[tuple[str, str, str]]
    ) -> list[tuple[str, str]] | None:
        """The sentences of a long section that hold the question's words beyond its title;
        None when the question has no such words (the title is all it asks about)."""
        title = set(words_of(section.title))
        words = [
            w
            for w in self.topic_words
            if not any(set(f.split("_")) <= title for f in (w, *SYNONYMS.get(w, ())))
        ]
        if not words:
            return None
        found = self._scored(pieces, words)
        top = max((score for score, _, _ in found), default=0.0)
        if top < passages.SHARE:
            return []
        # "… vocational secondary schools (trường trung cấp nghề)?": the plan's own words,
        # quoted in an English question, name the sentence that writes them
        quoted = [(key, s) for _, key, s in found for v in self._vietnamese_quoted if v in fold(s)]
        if quoted:
            return list(dict.fromkeys(quoted))[: passages.QUOTED]
        # "… should reach at least 1 billion USD a year …?": the sentence that writes the sum
        # the question quotes ("01 tỷ USD/năm"), among those that say enough of the rest
        if sums := scaled_sums(self.q.folded, english=self.lang == "en"):
            writing = [
                (key, s)
                for score, key, s in found
                if score >= top * _HALF and sums <= scaled_sums(fold(s))
            ]
            if writing:
                return writing[: passages.QUOTED]
        return [(key, s) for score, key, s in found if score >= top - 1e-9][: passages.QUOTED]

    @cached_property
    def _vietnamese_quoted(self) -> list[str]:
        """The plan's words an English question quotes in brackets or quotation marks, folded:
        "(trường trung cấp nghề)" is "truong trung cap nghe"."""
        if self.lang != "en":
            return []
        quoted = re.findall(r"[(\"“«]([^()\"“”«»]{3,80})[)\"”»]", self.q.text)
        return [" ".join(fold(q).split()) for q in quoted if fold(q) != q.lower()]

    @cached_property
    def names_the_documents_part(self) -> bool:
        """ "các văn bản trong mục II của phụ lục": whether the appendix's part so numbered
        is the table of documents to review ("II. CÁC VĂN BẢN CẦN ĐƯỢC RÀ SOÁT …"), not the
        body's section II; what that table leaves blank is the answer."""
        if len(self.q.section_refs) != 1 or not APPENDIX_WORD.search(self.q.folded):
            return False
        opening = f"{fold(self.q.section_refs[0])}."
        plans = {d.plan_id for d in self.kb.documents(self.scope)}
        titled = [t for p in plans for t in self.kb.table_titles(p, "documents")]
        return any(fold(t).startswith(opening) for t in titled)

    def _passage_mentioning_the_section(self) -> Answer | None:
        """ "Những hoạt động nêu ở mục II nhưng không có trong Phụ lục thì thực hiện theo văn
        bản nào?": the section named as where something is said, and the passage that speaks
        of it and holds most of the question's other words, not the section itself."""
        if not (self.narrow and _MENTIONED.search(self.q.folded)):
            return None
        mentions = [re.compile(rf"\bmuc {re.escape(fold(r))}\b") for r in self.q.section_refs]
        asked = set(words_of(self.q.plain)) - STOPWORDS
        best: tuple[int, Section] | None = None
        for plan_id in self.scope:
            for section in self.kb.sections(plan_id):
                text = fold(section.text)
                if section.ref in self.q.section_refs or not any(m.search(text) for m in mentions):
                    continue
                held = len(asked & set(words_of(text)))
                if best is None or held > best[0]:
                    best = (held, section)
        return self.section_answer(best[1].plan_id, best[1]) if best else None

    def _scored(
        self, pieces: list[tuple[str, str, str]], words: list[str]
    ) -> list[tuple[float, str, str]]:
        kb = self.kb
        unknown = kb.idf("") / 2
        forms = {w: (*SYNONYMS.get(w, ()), *_BODY_FORMS.get(w, ())) for w in words}
        if self.lang == "en":
            # the glossary's other words for an English one, as the ranking met them
            # ("private companies": "doanh nghiệp tư nhân", or "khu vực ngoài nhà nước")
            for w, others in ranking.alternate_forms(words, ALTERNATES).items():
                forms[w] = (*forms[w], *others)
        return passages.scored(
            pieces, words, lambda w: kb.idf(w) if kb.known(w) else unknown, forms
        )


# How a body names "các bộ, ngành, địa phương" in full: "các bộ, cơ quan ngang bộ, …, Ủy
# ban nhân dân các tỉnh, thành phố".
_BODY_FORMS = {
    "dia_phuong": ("uy_ban_nhan_dan_cac_tinh", "ubnd_cac_tinh"),
    "nganh": ("co_quan_ngang_bo",),
}


def under(section: Section, by_ref: dict[str, Section]) -> str:
    """ " (Bộ Khoa học và Công nghệ)": the short heading a section sits under, or ""."""
    parent = by_ref.get(section.parent or "")
    if parent is None or parent.kind == "article" or len(parent.title) > _SHORT_HEADING:
        return ""
    return f" ({parent.title.rstrip(' :')})"


# "nêu ở mục II", "quy định tại mục 3": a section named as where something is said.
_MENTIONED = re.compile(
    r"\b(?:neu|ghi|de ra|quy dinh|noi|de cap)\s+(?:o|tai|trong)\s+muc\b"
    # "Các hoạt động ở mục II không nêu trong Phụ lục …": what the section holds and
    # something else lacks, which a passage that speaks of the section says
    # (or "ở mục II của Kế hoạch mà không nêu trong Phụ lục")
    r"|\b(?:o|tai|trong|thuoc) muc \S+(?: \w+){0,4} (?:(?:ma|nhung) )?(?:khong|chua|nhung|ma)"
    r" (?:neu|co|ghi|nam)\b"
)
_SHORT_HEADING = 100  # characters: a heading longer than this is a passage, not a name
_HALF = 0.5  # of the best sentence's share, what one that writes the sum asked must hold
