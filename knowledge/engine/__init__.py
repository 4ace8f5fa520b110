"""The answer engine: a question and its chat context in, an :class:`Answer` out.

It is pure: it reads the knowledge base and returns data, and keeps no chat state of its
own; the caller passes the context in and stores the one that comes back.

>>> from indexer.build import build
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "kb.db"
>>> _ = build(["knowledge/plans/1169-QD-UBND.txt"], path)
>>> engine = Engine(KnowledgeBase(path))
>>> a = engine.answer("ai chu tri nhiem vu II.3", today=date(2026, 5, 1))
>>> a.status.value, a.task_ids, a.items
('found', ['II.3'], ('Cơ quan chủ trì: Sở Khoa học và Công nghệ',))
>>> engine.answer("Thời hạn khi nào?", a.context, today=date(2026, 5, 1)).task_ids
['II.3']
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, cached_property

from ..agency_match import AgencyMatcher
from ..agency_names import kind_aliases
from ..answer import Answer, Context
from ..examples import examples
from ..language import language_of
from ..normalize import fold, toned_apart
from ..question import Query, read
from ..slips import mend_slips
from ..store import KnowledgeBase, Plan
from ..words import Lexicon, is_syllable, run_together
from .common import words_of
from .routes import Turn
from .scope import PlanIndex

__all__ = ["Engine", "PlanIndex"]


# A token of plain letters long enough to be several syllables typed without spaces.
_UNSPACED = re.compile(r"\b[a-zA-Z]{6,}\b")
# A head word, then a short name typed together: "bộ yte" is "Bộ Y tế".
_HEADED_SHORT = re.compile(r"\b(b[oộ]|s[oở]|c[uụ]c|vi[eệ]n|ban) ([a-zA-Z]{3,5})\b", re.I)
# Short words people type onto the name after them: "dohdnd" is "do HĐND".
_GLUED = re.compile(r"(?:do|cua|voi|cho|va|la|thi|tai|boi)(?=[a-z]{3})")
_INITIALS = 5  # letters of the initials a name is typed with ("khcn")
# How a question names a plan's appendix and the plan itself: "phụ lục kèm theo nghị quyết".
_APPENDIX = "phu luc kem theo ban hanh nghi quyet quyet dinh chuong trinh de an ke hoach"


class Engine:
    """Answers questions from one knowledge base. Safe to share between chats."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._examples: dict[tuple[str, date], list[str]] = {}
        # The cells of a column asked across every plan, by the roles and headers asked.
        self.columns_read: dict[tuple, tuple] = {}
        # Tasks every plan's cells mark so (a blank partner column, "Đã hoàn thành"), read
        # once: over 1,000 plans a scan of every task is 10–150 ms.
        self.marked: dict[tuple, object] = {}
        # Tasks' cells as paper numbers are matched (number_key), by task and whether the
        # task's own words are in; and those of the plans scanned together, joined, by
        # ("joined", plans, words).
        self.keyed_cells: dict[tuple, str] = {}
        # Each plan's body sentences that set a date, with the headings above them, read
        # once: a question about a date scores only these.
        self.dated_sentences: dict[int, list[tuple[str, str, str]]] = {}
        # Each plan's group titles as the lexicon segments them, by group code.
        self._group_words: dict[int, dict[str, frozenset[str]]] = {}
        self._subject_words: dict[int, frozenset[str]] = {}

    @cached_property
    def lexicon(self) -> Lexicon:
        lexicon = Lexicon(self.kb.vocabulary)
        lexicon.written_before = self._written_before
        return lexicon

    def _written_before(self, word: str, then: str) -> bool:
        """Whether a task or passage writes ``word`` right before the words ``then``."""
        said = f" {word} {then} "
        hits = self.kb.search([word, *then.split()], limit=20)
        return any(said in f" {h.text} " for h in hits)

    @cached_property
    def matcher(self) -> AgencyMatcher:
        return AgencyMatcher({**self.kb.aliases, **kind_aliases(self.kb.aliases)})

    @cached_property
    def _name_syllables(self) -> frozenset[str]:
        """Every syllable of the agencies' names and aliases, and their initials ("khcn" of
        "sokhcn"), for names typed run together."""
        return frozenset(
            x
            for alias in self.kb.aliases
            for x in alias.split()
            if is_syllable(x) or (x.isalpha() and len(x) <= _INITIALS)
        )

    @cached_property
    def plan_index(self) -> PlanIndex:
        return PlanIndex(self.kb.plans())

    @cached_property
    def title_words(self) -> dict[int, frozenset[str]]:
        """Each plan's title and its task tables' ("Phụ lục nhiệm vụ trọng tâm …"), folded
        into words once rather than at every question."""
        return {
            p.id: frozenset(words_of(" ".join([p.title, _APPENDIX, *self.kb.table_titles(p.id)])))
            for p in self.kb.plans()
        }

    def group_words(self, plan_id: int) -> dict[str, frozenset[str]]:
        """A plan's group titles as words ("hội nhập quốc tế" as "hoi_nhap quoc_te"), by
        group code, segmented once rather than at every question about a group's topic."""
        if plan_id not in self._group_words:
            self._group_words[plan_id] = {
                code: frozenset(self.lexicon.segment(words_of(title)))
                for code, title in self.kb.group_titles(plan_id).items()
            }
        return self._group_words[plan_id]

    def subject_words(self, plan_id: int) -> frozenset[str]:
        """The words of a plan's subject: those more than half its group titles share ("tiêu
        chuẩn", "đo lường", "chất lượng"), which tell no group apart. Read once a plan."""
        if plan_id not in self._subject_words:
            titles = list(self.group_words(plan_id).values())
            self._subject_words[plan_id] = frozenset(
                w for own in titles for w in own if sum(w in t for t in titles) * 2 > len(titles)
            )
        return self._subject_words[plan_id]

    def examples(self, lang: str, today: date) -> list[str]:
        """Example questions from the loaded plans, built once per language and day."""
        if (lang, today) not in self._examples:
            self._examples[lang, today] = examples(self.kb, lang, today)
        return self._examples[lang, today]

    # ------------------------------------------------------------------ entry

    def answer(
        self,
        question: str,
        context: Context | None = None,
        today: date | None = None,
        *,
        lang: str | None = None,
    ) -> Answer:
        """Answer a question. Never raises for any text; "not found" is a status.

        ``lang`` ("vi" or "en") overrides the language read from the question, for menus
        whose words are the caller's ("help" from a Vietnamese user).
        """
        today = today or date.today()
        q = self.read(question, today)
        if lang:
            q.lang = lang
        return Turn(self, q, context or Context(), today).run()

    def read(self, question: str, today: date) -> Query:
        """Read a question with the names this knowledge base knows, words typed run
        together apart ("quáhạn", "sokhcn") and slips in its frame words mended ("hadn")."""
        spaced = self.words_spaced(self.names_spaced(toned_apart(question, self.lexicon.syllables)))
        folded = fold(spaced)

        @cache
        def spared() -> tuple[bool, frozenset[str]]:
            # (read once, and only for a token that may be a slip: most questions hold none)
            spans = self.matcher.name_spans(folded)
            named = frozenset(w for a, b in spans for w in folded[a:b].split())
            return language_of(spaced, folded) != "vi", named

        def keep(word: str) -> bool:
            """A word of the plans, a name the base holds, or any word of an English question."""
            english, named = spared()
            return word in self.lexicon.vocabulary or english or word in named

        spaced = mend_slips(spaced, keep)
        return read(spaced, today=today, names=self.matcher.name_spans)

    def names_spaced(self, question: str) -> str:
        """The question with an agency's name typed without spaces spaced out, so that it is
        read as that name: "bochihuyquansu tinh" is "bo chi huy quan su tinh". Only a token
        whose syllables are, from the first, the whole of a name the plans give.
        """

        def name(token: str) -> str | None:
            pieces = run_together(token, self._name_syllables) or [token]
            text = " ".join(pieces)
            spans = self.matcher.name_spans(text) if pieces else []
            return text if spans and spans[0] == (0, len(text)) else None

        def spaced(m: re.Match[str]) -> str:
            token = m[0].lower()
            if found := name(token):
                return found
            # "dohdnd": a word typed onto the name after it ("do HĐND")
            glued = _GLUED.match(token)
            return (
                f"{glued[0]} {found}" if glued and (found := name(token[glued.end() :])) else m[0]
            )

        def headed(m: re.Match[str]) -> str:
            # "bo yte": a short name typed together after its head word ("Bộ Y tế")
            pieces = run_together(m[2].lower(), self._name_syllables, shortest=3)
            text = f"{m[1]} {' '.join(pieces)}"
            spans = self.matcher.name_spans(fold(text).lower()) if pieces else []
            return text if spans and spans[0] == (0, len(text)) else m[0]

        return _HEADED_SHORT.sub(headed, _UNSPACED.sub(spaced, question))

    def words_spaced(self, question: str) -> str:
        """The question with a word of the plans typed without spaces spaced out, so that
        its cues read: "nhiemvu nao" is "nhiem vu nao", "thoihan" is "thoi han". Only a
        token that splits wholly into the plans' syllables and makes a word they write."""

        def spaced(m: re.Match[str]) -> str:
            words = self.lexicon.split_run(m[0].lower())
            return " ".join(w.replace("_", " ") for w in words) if words else m[0]

        return _UNSPACED.sub(spaced, question)

    def answer_in(self, plan: Plan, question: str, context: Context, today: date) -> Answer:
        """Answer a question about one plan, chosen by the user or the engine."""
        return Turn(self, self.read(question, today), context, today, forced=plan).run()
