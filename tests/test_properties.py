"""Properties of the answer engine over any text, found with hypothesis.

Any string up to 5,000 characters gets an Answer, quickly; gibberish is "not found"; the
NFC and NFD forms of a real question, and the question with invisible marks or emoji added,
get the same answer. The runs are deterministic (``derandomize``); ``bench/reliability.py``
calls the same checks, ``any_text_is_answered(engine, examples)`` and the others, with many
more examples.
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.answer import Answer, Status
from knowledge.engine import Engine

from .conftest import SEED, TAY_AN, TODAY

EVAL = Path(__file__).parent / "eval"
# A hang guard, not a speed figure: the slowest question takes well under 0.1 s.
BOUND_SECONDS = 5.0
MAX_CHARS = 5000
EXAMPLES = 150  # per property in CI; bench/reliability.py runs thousands

PLAN_WORDS = sorted({w for path in (SEED, TAY_AN) for w in path.read_text().split()})
QUESTIONS = [
    json.loads(line)["q"]
    for name in ("dev.jsonl", "dev-tay-an.jsonl")
    for line in (EVAL / name).read_text().splitlines()
    if line.strip()
]
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
DIRECTION = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Pictographs, with skin tones, flags and joined families. Not keycaps: "1️⃣" is a digit.
EMOJI = ["😀", "👍", "👍🏽", "🇻🇳", "👨\u200d👩\u200d👧", "❤️", "🙏", "✅", "📅", "🤔"]
# Letters that make no Vietnamese or English word, abbreviation or Roman numeral, symbols,
# and scripts the plans do not use.
GIBBERISH = "fjqwzFJQWZ!@#$%^&*~`|<>=+_;:[]{}…—°§¶†‡•ЖжЩщλΩ中文字ไทย"


def _settings(examples: int):
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,  # timed below, with a bound that only a hang can break
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@dataclass
class Slowest:
    """The slowest question met so far, and how long it took."""

    seconds: float = 0.0
    question: str = ""

    def answer(self, engine: Engine, question: str) -> Answer:
        start = time.perf_counter()
        answer = engine.answer(question, today=TODAY)
        took = time.perf_counter() - start
        if took > self.seconds:
            self.seconds, self.question = took, question
        assert took < BOUND_SECONDS, f"{took:.1f} s for {question[:80]!r}"
        return answer


# Any code point, lone surrogates included (JSON can carry them, UTF-8 cannot).
any_char = st.characters(exclude_categories=())
any_text = st.one_of(
    st.text(any_char, max_size=MAX_CHARS),
    st.text(any_char, min_size=MAX_CHARS - 1000, max_size=MAX_CHARS),
    st.lists(st.sampled_from(PLAN_WORDS) | st.text(any_char, max_size=4), max_size=900).map(
        lambda words: " ".join(words)[:MAX_CHARS]
    ),
)


def any_text_is_answered(engine: Engine, examples: int = EXAMPLES) -> Slowest:
    """Every text gets an Answer whose text can be sent (encoded as UTF-8), in bounded time."""
    slowest = Slowest()

    @_settings(examples)
    @given(any_text)
    def check(question: str) -> None:
        answer = slowest.answer(engine, question)
        assert isinstance(answer, Answer)
        answer.text.encode("utf-8")

    check()
    return slowest


def gibberish_is_not_found(engine: Engine, examples: int = EXAMPLES) -> None:
    @_settings(examples)
    @given(st.text(st.sampled_from(GIBBERISH), min_size=1, max_size=300))
    def check(question: str) -> None:
        answer = engine.answer(question, today=TODAY)
        assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids), question

    check()


@st.composite
def _marked(draw, question: str, marks: str) -> str:
    """The question with invisible marks put anywhere, inside words too."""
    chars = list(question)
    for _ in range(draw(st.integers(1, 8))):
        chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(marks)))
    return "".join(chars)


@st.composite
def _with_emoji(draw, question: str) -> str:
    """The question with emoji between words or at its ends, spaced or glued to a word."""
    words = question.split()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(words)))
        emoji = draw(st.sampled_from(EMOJI))
        if i and draw(st.booleans()):
            words[i - 1] += emoji
        else:
            words.insert(i, emoji)
    return " ".join(words)


def _gist(answer: Answer) -> tuple:
    """What an answer says. Suggested follow-ups repeat the question as typed, emoji and all."""
    return (
        answer.status,
        answer.intent,
        answer.text,
        answer.task_ids,
        answer.sections,
        answer.plan,
        [s.label for s in answer.suggestions],
    )


def variants_answer_the_same(engine: Engine, examples: int = EXAMPLES) -> None:
    """NFD, NFC, invisible marks and emoji do not change the answer to a real question."""

    @st.composite
    def pairs(draw) -> tuple[str, str]:
        question = draw(st.sampled_from(QUESTIONS))
        variant = draw(st.sampled_from(["nfd", "nfc-of-nfd", "zero-width", "direction", "emoji"]))
        if variant == "nfd":
            return question, unicodedata.normalize("NFD", question)
        if variant == "nfc-of-nfd":
            return unicodedata.normalize("NFD", question), unicodedata.normalize("NFC", question)
        if variant == "emoji":
            return question, draw(_with_emoji(question))
        marks = ZERO_WIDTH if variant == "zero-width" else DIRECTION
        return question, draw(_marked(question, marks))

    @_settings(examples)
    @given(pairs())
    def check(pair: tuple[str, str]) -> None:
        question, variant = pair
        expected = _gist(engine.answer(question, today=TODAY))
        actual = _gist(engine.answer(variant, today=TODAY))
        assert expected == actual, variant

    check()


def test_any_text_gets_an_answer_in_bounded_time(both_engine, record_property):
    slowest = any_text_is_answered(both_engine)
    record_property("slowest_seconds", round(slowest.seconds, 4))
    assert slowest.seconds < BOUND_SECONDS


def test_gibberish_is_not_found(both_engine):
    gibberish_is_not_found(both_engine)


def test_nfd_invisible_marks_and_emoji_do_not_change_the_answer(both_engine):
    variants_answer_the_same(both_engine)


def test_marks_are_dropped_inside_words(seed_engine):
    """One case spelled out: a right-to-left isolate inside "chủ" and a zero-width joiner
    inside the task id."""
    expected = seed_engine.answer("Ai chủ trì nhiệm vụ II.3?", today=TODAY)
    actual = seed_engine.answer("Ai ch\u2067ủ trì nhiệm vụ II.\u200d3?", today=TODAY)
    assert ["II.3"] == actual.task_ids
    assert expected == actual
