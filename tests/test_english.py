"""English questions, answered through the glossary of knowledge/english.py.

The expected tasks are read off the plans' text: "universities" is every task whose content
names "trường Đại học", "whistleblower" is V.4 ("bảo vệ người tố giác"), and so on.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest
import pyvi

from knowledge import english, wordnet, words
from knowledge.answer import Intent, Status
from knowledge.cues import ASKS_WHO, COUNT_CUE, FULL_CUE, GROUP_WORD, SCHEDULE_ONLY, TASK_WORD
from knowledge.deadline_cues import (
    OVERDUE_CUE,
    PENDING_CUE,
)
from knowledge.english import ENGLISH_TERMS, lemma, translate
from knowledge.field_cues import FIELD_CUES
from knowledge.fields import Role
from knowledge.normalize import fold
from knowledge.question import read

from .conftest import TODAY


def ask(engine, question):
    return engine.answer(question, None, TODAY)


# (question, tasks it must return, tasks it may also return), on 1169/QĐ-UBND.
SEED_QUESTIONS = [
    ("Which task is about training staff on standards?", {"III.1"}, {"I.4", "III.2", "VI.2"}),
    ("Is there a task on international cooperation?", {"VI.3"}, {"VI.1", "VI.2"}),
    ("Who handles measurement standards of the province?", {"II.7"}, {"IV.2"}),  # hiệu chuẩn
    ("maintaining the main measurement standards", {"II.7"}, set()),
    ("rewards for good quality performance", {"V.4"}, set()),
    ("whistleblower protection", {"V.4"}, set()),
    ("Is the identity of whistleblowers kept confidential?", {"V.4"}, set()),
    ("honoring organizations and individuals", {"V.4"}, set()),
    ("defense industry", {"IV.3"}, set()),
    ("resources for national defence and security", {"IV.3"}, {"II.1"}),
    ("Which task deals with product quality along the supply chain?", {"II.8"}, set()),
    ("goods bearing Vietnamese brands", {"II.8"}, set()),
    ("investment in testing and calibration labs", {"IV.2"}, set()),
    ("lab", {"IV.2"}, set()),
    ("laboratories", {"IV.2"}, set()),
    ("calibration", {"IV.2"}, set()),
    ("attracting private funding for standards", {"IV.2"}, set()),
    ("modernizing testing facilities", {"IV.2"}, set()),
    ("I want to know about quality inspection of imported goods", {"V.1", "V.2"}, set()),
    # The plan's answer: build the local focal agency (đầu mối) for standards.
    ("Which department should my company contact about standards?", {"II.5"}, set()),
    ("focal agency for standards management in the locality", {"II.5"}, set()),
    ("Which task is about studying and disseminating the directive?", {"I.1"}, set()),
    ("communication plan to raise awareness", {"I.2"}, set()),
    ("raising awareness among leaders of agencies and businesses", {"I.2"}, set()),
    ("regular dialogue with enterprises and citizens", {"I.3"}, set()),
    ("updating knowledge of standards for civil servants", {"I.4"}, {"III.1"}),
    ("concretizing the Party's guidelines and State policies", {"II.1"}, set()),
    (
        "Which task reviews and amends regulations in line with international commitments?",
        {"II.2"},
        set(),
    ),
    ("national database of standards and technical regulations", {"II.3"}, set()),
    ("digital transformation and traceability solutions", {"II.4"}, set()),
    ("barcodes", {"II.4"}, {"III.1"}),
    ("information and communication on standards policies and laws", {"II.6"}, set()),
    ("Where can businesses send feedback and proposals?", {"II.6"}, set()),
    ("training programs for students on standards", {"III.1"}, set()),
    ("linking training with scientific research", {"III.2"}, {"III.1", "VI.2"}),
    ("team of expert consultants", {"III.2"}, set()),
    ("high-quality human resources", {"III.2"}, set()),
    ("human resources for the police", {"III.3"}, set()),
    ("technical center for standards metrology and quality", {"IV.1"}, set()),
    ("master plan for technical centers", {"IV.1"}, set()),
    ("amending the law on inspection", {"V.1"}, set()),
    ("inspection of goods on the market", {"V.1", "V.2"}, set()),
    ("market surveillance", {"V.1", "V.2"}, {"V.3"}),
    ("inspection of state management activities in localities", {"V.3"}, set()),
    ("compliance with international treaties and agreements", {"VI.1"}, set()),
    ("attending seminars and training programs at home and abroad", {"VI.2"}, set()),
    ("exchange of experience", {"VI.2", "III.2"}, set()),
    ("the central government's project on international cooperation", {"VI.3"}, set()),
]

# The same on 87/KH-UBND, a plan with other columns.
TAY_AN_QUESTIONS = [
    ("conference for cooperatives on traceability", {"I.1"}, set()),
    ("traceability handbook for agricultural products", {"I.2"}, set()),
    ("writing a handbook", {"I.2"}, set()),
    ("training commune officials", {"I.3"}, set()),
    ("news reports on typical traceability models", {"I.4"}, set()),
    ("traceability platform connected to the national portal", {"II.1"}, set()),
    ("pilot model for durian exports", {"II.2"}, set()),
    ("wood furniture", {"II.3"}, set()),
    ("support businesses to get barcodes and traceability stamps", {"II.4"}, set()),
    ("checking the use of barcodes on goods in circulation", {"III.1"}, set()),
    ("counterfeit traceability stamps", {"III.2"}, set()),
    ("preliminary review of the plan", {"III.3"}, set()),
    ("mid-term review", {"III.3"}, set()),
]


def _found(answer, must, may):
    ids = set(answer.task_ids)
    assert (Status.FOUND, "en") == (answer.status, answer.lang), answer.text
    assert must <= ids <= must | may, (sorted(ids), answer.text)


@pytest.mark.parametrize(("question", "must", "may"), SEED_QUESTIONS)
def test_topics_asked_in_english(seed_engine, question, must, may):
    _found(ask(seed_engine, question), must, may)


@pytest.mark.parametrize(("question", "must", "may"), TAY_AN_QUESTIONS)
def test_topics_asked_in_english_on_another_plan(tay_an_engine, question, must, may):
    _found(ask(tay_an_engine, question), must, may)


def _tasks_naming(engine, text: str) -> set[str]:
    return {t.ref for t in engine.kb.tasks() if fold(text) in fold(t.content)}


@pytest.mark.parametrize(
    "question", ["Which tasks involve universities?", "tasks involving colleges and universities"]
)
def test_universities_are_the_tasks_naming_them(seed_engine, question):
    expected = _tasks_naming(seed_engine, "trường Đại học")
    assert expected == {"I.4", "III.1"}  # the plan's text, as read by the indexer
    assert expected == set(ask(seed_engine, question).task_ids)


def test_businesses_are_tasks_naming_them(seed_engine):
    answer = ask(seed_engine, "tasks involving businesses")
    assert answer.status is Status.FOUND
    assert answer.task_ids
    assert set(answer.task_ids) <= _tasks_naming(seed_engine, "doanh nghiệp")


def test_a_column_of_the_task_a_topic_names(seed_engine):
    answer = ask(seed_engine, "Who leads the task on the national standards database?")
    assert (Status.FOUND, ["II.3"], Intent.LEAD) == (
        answer.status,
        answer.task_ids,
        answer.intent,
    )
    assert "Sở Khoa học và Công nghệ" in answer.text


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("whistleblower protection", "bảo vệ người tố giác"),
        ("defense industry", "công nghiệp quốc phòng"),
        ("investment in testing and calibration labs", "đầu tư đơn vị thử nghiệm, hiệu chuẩn"),
        ("Which tasks involve universities?", "Nhiệm vụ nào có các trường đại học?"),
        ("international cooperation", "hợp tác quốc tế"),
    ],
)
def test_english_finds_what_the_vietnamese_finds(seed_engine, english, vietnamese):
    en, vi = ask(seed_engine, english), ask(seed_engine, vietnamese)
    assert vi.status is Status.FOUND
    assert sorted(en.task_ids) == sorted(vi.task_ids)


@pytest.mark.parametrize("question", ["football results", "What's the weather today?"])
def test_english_about_nothing_in_the_plan(seed_engine, question):
    answer = ask(seed_engine, question)
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)


# ------------------------------------------------------------------ the glossary


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("universities", "university"),
        ("involving", "involve"),
        ("labs", "lab"),
        ("coordinated", "coordinate"),
        ("laboratories", "laboratory"),
        ("businesses", "business"),
        ("taxes", "tax"),
        ("certified", "certify"),
        ("inspected", "inspect"),
        ("submitted", "submit"),
        ("supplying", "supply"),
        ("modernizing", "modernize"),
        # Not inflections of a glossary word: left alone.
        ("goods", "goods"),
        ("news", "news"),
        ("seed", "seed"),
        ("status", "status"),
        ("analysis", "analysis"),
        ("doanh", "doanh"),
        ("nghiep", "nghiep"),
    ],
)
def test_lemma(word, base):
    assert base == lemma(word)


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("supply chain", "chuoi cung ung"),  # the phrase, not "cung ung" + "chuoi"
        ("supply chains", "chuoi cung ung"),
        ("people's committee", "uy ban nhan dan"),
        ("provincial people's committee", "uy ban nhan dan tinh"),
        ("industrial parks", "khu cong nghiep"),
        ("e-commerce", "thuong mai dien tu"),
        ("r&d", "nghien cuu phat trien"),
        ("measuring instruments", "phuong tien do"),
        ("state budget", "ngan sach nha nuoc"),
        ("socialization", "xa hoi hoa"),
        ("online public services", "dich vu cong truc tuyen"),
        ("small and medium-sized enterprises", "doanh nghiep nho va vua"),
        ("whistleblowers", "nguoi to giac"),
        ("my phuoc industrial park", "my phuoc khu cong nghiep"),  # Mỹ Phước stays
        ("tasks related to ocop", "tasks ocop"),
        ("doanh nghiep", "doanh nghiep"),
    ],
)
def test_translate(english, vietnamese):
    assert vietnamese == translate(english)


def test_the_engine_still_finds_the_glossary_where_it_looked():
    assert words.ENGLISH_TERMS is english.ENGLISH_TERMS
    assert words.translate_english is english.translate
    assert len(ENGLISH_TERMS) > 1000
    assert len(set(ENGLISH_TERMS.values())) > 500


def test_the_glossary_reads_inflected_forms():
    assert "universities" in ENGLISH_TERMS and "university" in ENGLISH_TERMS
    assert "thu nghiem" == ENGLISH_TERMS["labs"]
    assert "nghiep" not in ENGLISH_TERMS and 3 not in ENGLISH_TERMS
    with pytest.raises(KeyError):
        ENGLISH_TERMS["nghiep"]
    assert "universities" not in list(ENGLISH_TERMS)  # only the forms the table lists


def test_a_form_given_two_meanings_is_refused():
    with pytest.raises(ValueError, match="twice"):
        english._read("lab = thu nghiem\nlab = phong thi nghiem")
    with pytest.raises(ValueError):
        english._read("no equals sign here")


def test_the_docstring_examples():
    result = doctest.testmod(english)
    assert result.attempted >= 8 and result.failed == 0


# ------------------------------------------------------------------ Vietnamese stays Vietnamese

_SHAPE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)


@pytest.fixture(scope="module")
def vietnamese_syllables() -> frozenset[str]:
    """Folded syllables of pyvi's dictionary that are shaped like Vietnamese ones (it lists
    loanwords too: "test", "radio", "model")."""
    text = (Path(pyvi.__file__).parent / "models" / "words.txt").read_text(encoding="utf-8")
    return frozenset(
        s for line in text.splitlines() for s in fold(line).split() if _SHAPE.fullmatch(s)
    )


def test_no_english_word_is_a_vietnamese_syllable(vietnamese_syllables):
    """Else "Mỹ", "bán", "tin" in a question would count as English, and be translated."""
    assert len(vietnamese_syllables) > 1000
    single = {k for k in ENGLISH_TERMS if " " not in k}
    assert not single & vietnamese_syllables


def test_renderings_are_vietnamese(vietnamese_syllables):
    """Every word of a rendering is a Vietnamese syllable, a number ("6 tháng"), or an
    acronym the plans write as it is ("ISO", "OCOP"), listed as itself."""
    as_written = {k for k, v in ENGLISH_TERMS.items() if k == v}
    words = {w for v in ENGLISH_TERMS.values() for w in v.split() if not w.isdigit()}
    odd = words - vietnamese_syllables
    assert odd <= as_written, sorted(odd - as_written)


@pytest.mark.parametrize(
    "question",
    [
        "Quý I có nhiệm vụ nào?",
        "quy i",
        "an toàn thực phẩm",
        "hàng hóa nhập khẩu từ Mỹ",
        "khu cong nghiep My Phuoc",
        "sau rieng xuat khau",
        "tin tức, phóng sự",
        "ban hành quy định",
    ],
)
def test_vietnamese_questions_are_read_as_vietnamese(question):
    assert "vi" == read(question, today=TODAY).lang


@pytest.mark.parametrize(
    "question", ["laboratories", "universities", "whistleblower protection", "defense industry"]
)
def test_english_topic_words_alone_are_read_as_english(question):
    assert "en" == read(question, today=TODAY).lang


# ------------------------------------------------------------------ the question reader's cues

# The cues the engine takes out of a question before it looks for the topic.
_CUES = {
    "lead": FIELD_CUES[Role.LEAD],
    "coord": FIELD_CUES[Role.COORD],
    "director": FIELD_CUES[Role.DIRECTOR],
    "deadline": FIELD_CUES[Role.DEADLINE],
    "content": FIELD_CUES[Role.CONTENT],
    "asks_who": ASKS_WHO,
    "count": COUNT_CUE,
    "full": FULL_CUE,
    "group": GROUP_WORD,
    "overdue": OVERDUE_CUE,
    "pending": PENDING_CUE,
    "schedule_only": SCHEDULE_ONLY,
    "task_word": TASK_WORD,
}
# English topic words that a cue takes for a frame word ("support" for "phối hợp",
# "directive" for "chỉ đạo"): translated all the same, the topic matters more.
_TOPICS_CUES_MISTAKE = {
    "support",
    "supporting industry",
    "directorate for standards metrology and quality",
    "supervision",
    "inspection and supervision",
}
# No rendering may lose a word to a Vietnamese cue: "giáo dục" to TASK_WORD's "giao",
# "phương tiện đo" to DEADLINE's "tiến độ", "nhà máy" to COUNT's "mấy", "du lịch" to
# SCHEDULE's "lịch", "Hàn Quốc" to "hạn".


def _cues(text: str) -> set[str]:
    return {name for name, cue in _CUES.items() if cue.search(text)}


def test_frame_words_stay_frame_words():
    """A word the reader takes out of the topic ("lead", "coordinate") becomes Vietnamese
    the same cue takes out ("chủ trì", "phối hợp"), or nothing."""
    wrong = {
        key: value
        for key, value in ENGLISH_TERMS.items()
        if _cues(key) and value and not _cues(key) <= _cues(value)
    }
    assert set(wrong) == _TOPICS_CUES_MISTAKE


# A kind of group the plans name keeps its "nhóm" (see FiltersMixin's
# _names_a_group_of_its_own): the group cue does not take it. "Vị trí việc làm" (job
# position) is the plans' term, whose "việc" only marks a task as a word of the question.
_KINDS_OF_GROUP = {"nhom nghien cuu"}
_TERMS_HOLDING_A_TASK_WORD = {"vi tri viec lam"}


def test_renderings_are_not_cut_by_cues():
    cut = {
        value for key, value in ENGLISH_TERMS.items() if value and not _cues(key) and _cues(value)
    }
    assert _KINDS_OF_GROUP | _TERMS_HOLDING_A_TASK_WORD == cut


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("What is the role of Binh Duong Radio and Television?", ["I.2"]),
        ("Which tasks does Binh Duong Newspaper support?", ["I.2"]),
        ("What does the provincial military command do?", ["IV.3"]),
    ],
)
def test_agencies_by_their_english_names(seed_engine, question, ids):
    assert ids == seed_engine.answer(question, today=TODAY).task_ids


@pytest.mark.skipif(not wordnet.available(), reason="WordNet (Debian wordnet-base) is absent")
@pytest.mark.parametrize(
    "english, vietnamese",
    [
        ("audits", "kiem tra"),  # audit → inspect
        ("workshops", "hoi thao"),
        ("penalties", "xu phat"),
        ("subsidies", "ho tro"),
    ],
)
def test_words_the_glossary_lacks_reach_it_through_wordnet(english, vietnamese):
    assert vietnamese == translate(english)


@pytest.mark.parametrize("word", ["does", "tasks", "mean", "runs", "xyzzy"])
def test_frame_words_and_unknown_words_are_not_sent_through_wordnet(word):
    assert word == translate(word)
