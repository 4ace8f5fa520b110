"""Classes of questions round 71 (asked of 6589573) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- "nó", "của nó", "từng cái": the task in hand, as "cái này" says it;
- a plan's own extra column named after one task ("còn căn cứ bổ sung thì sao?") is that
  task's cell, not the plan's legal bases, and it alone is shown;
- a follow-up whose words only the task's own text holds ("nhiệm vụ này dành cho những
  lực lượng nào?"): that task's content;
- "the second?" closing an English question: a place in the list just shown;
- "sent a copy of the decision": its recipients; the date it was issued, in English, also as
  the plan writes it;
- "lq" is "liên quan"; "bên công an": an agency named without its head word after "bên";
- "phối hợp với những đài nào": with whom an agency works, whatever kind of body is asked;
- a place asked for ("tại tỉnh, thành phố nào", "những tỉnh nào được chọn") that the task
  does not name: not stated, with the task; a paper cited "tại Kết luận số …" is no place;
- everyday English of national plans: a "pilot", "diversified", "packages", "component";
- "việc thuộc mục II mà không có trong phụ lục": the passage that speaks of section II, not
  the section.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from knowledge.chat_words import expand_chat
from knowledge.engine import Engine
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kết quả của nó là gì", "kết quả của cái này là gì"),
        ("nó do ai chủ trì", "cái này do ai chủ trì"),
        ("han cua tung cai ra sao", "han cua cái này ra sao"),
        ("mỗi cái hạn khi nào", "cái này hạn khi nào"),
        ("xu ly no dong bhxh", "xu ly no dong bảo hiểm xã hội"),  # "nợ", not "nó"
        ("so tc co lq gi ko", "so tc co liên quan gi không"),
    ],
)
def test_chat_words(text, expected):
    assert expected == expand_chat(text)


def test_its_column_after_a_task(real):
    answer = chat(
        real("nq-97-NQ-CP"), "nhiệm vụ 9 do ai chủ trì?", "kết quả của nó là gì?", today=DAY
    )[-1]
    assert (["9"], Intent.COLUMN) == (answer.task_ids, answer.intent)


def test_the_deadline_of_each_of_its_stages(real):
    answers = chat(
        real("nq-97-NQ-CP"),
        "Bộ Y tế chủ trì nhiệm vụ 21 đúng không?",
        "hạn của từng cái ra sao?",
        today=DAY,
    )
    answer = answers[-1]
    shown = ("Tháng 4/2026" in answer.text, "Tháng 10/2026" in answer.text)
    assert (["21"], (True, True)) == (answer.task_ids, shown)


@pytest.mark.parametrize(
    ("stem", "first", "then", "header", "not_shown"),
    [
        (
            "nq-97-NQ-CP",
            "Ai chủ trì nhiệm vụ 12?",
            "còn căn cứ bổ sung thì sao?",
            "Căn cứ bổ sung",
            "Cơ quan chủ trì",
        ),
        (
            "nq-97-NQ-CP",
            "nhiệm vụ 15 hạn khi nào",
            "căn cứ bổ sung của nó",
            "Căn cứ bổ sung",
            "Thời gian hoàn thành",
        ),
        ("nq-105-NQ-CP", "Thời hạn nhiệm vụ II.1?", "thế còn cấp trình?", "Cấp trình", "Thời hạn"),
    ],
)
def test_a_plans_own_column_of_the_task_in_hand(real, stem, first, then, header, not_shown):
    first_answer, answer = chat(real(stem), first, then, today=DAY)
    shown = (header in answer.text, not_shown in answer.text)
    assert (first_answer.task_ids, (True, False)) == (answer.task_ids, shown)


def test_words_only_the_tasks_text_holds(real):
    answer = chat(
        real("nq-116-NQ-CP"),
        "Ai chủ trì nhiệm vụ II.5?",
        "nhiệm vụ này dành cho những lực lượng nào?",
        today=DAY,
    )[-1]
    assert (["II.5"], True) == (answer.task_ids, "Dân quân tự vệ" in answer.text)


def test_the_second_closing_an_english_question(seed_engine: Engine):
    answers = chat(
        seed_engine,
        "Which tasks mention universities?",
        "Who is in charge of the first one?",
        "And who coordinates the second?",
        today=DAY,
    )
    assert (answers[0].task_ids[1:2], Intent.COORD) == (answers[-1].task_ids, answers[-1].intent)


def test_a_copy_sent(seed_engine):
    answer = ask(seed_engine, "Did the provincial statistics office receive a copy?", DAY)
    assert (Intent.META, True) == (answer.intent, "Cục Thống kê" in answer.text)


def test_the_date_in_english_as_the_plan_writes_it(seed_engine):
    answer = ask(seed_engine, "On what date was this decision issued?", DAY)
    assert ("28 April 2025" in answer.text, "28 tháng 4 năm 2025" in answer.text) == (True, True)


def test_related_in_chat(seed_engine):
    typed = ask(seed_engine, "so tc co lq j ko", DAY)
    written = ask(seed_engine, "Sở Tài chính có liên quan gì không?", DAY)
    assert (written.task_ids, Intent.AGENCY) == (typed.task_ids, typed.intent)


@pytest.mark.parametrize(
    ("stem", "typed", "written"),
    [
        ("qd-893-QD-TTg", "ben ngoai giao phai lam gi", "Bộ Ngoại giao phải làm gì?"),
        ("qd-893-QD-TTg", "ben cong an duoc giao viec gi", "Bộ Công an được giao việc gì?"),
    ],
)
def test_an_agency_without_its_head_word(real, stem, typed, written):
    typed_answer, written_answer = ask(real(stem), typed, DAY), ask(real(stem), written, DAY)
    assert (written_answer.task_ids, written_answer.text) == (
        typed_answer.task_ids,
        typed_answer.text,
    )


def test_a_topic_alone_is_no_agency(real):
    answer = ask(real("qd-893-QD-TTg"), "công an phải làm gì", DAY)
    assert not answer.frame.agencies


def test_with_which_bodies(real):
    answer = ask(
        real("nq-97-NQ-CP"),
        "Với chuyên mục Tiêu điểm chính sách, Bộ Tư pháp kết hợp với những đài nào?",
        DAY,
    )
    assert (["23"], True) == (answer.task_ids, "Đài Tiếng nói Việt Nam" in answer.text)


@pytest.mark.parametrize(
    ("stem", "question", "task"),
    [
        ("nq-97-NQ-CP", "Diễn đàn pháp luật ASEAN năm 2026 diễn ra ở tỉnh, thành phố nào?", "29"),
        ("nq-97-NQ-CP", "Where will the ASEAN law forum take place?", "29"),
        ("nq-116-NQ-CP", "các tỉnh nào được chọn để làm dự án lấn biển?", None),
    ],
)
def test_a_place_the_plan_does_not_name(real, stem, question, task):
    answer = ask(real(stem), question, DAY)
    assert (Status.NOT_FOUND, True) == (answer.status, task is None or task in answer.text)


def test_a_paper_cited_is_no_place(real):
    answer = ask(
        real("nq-105-NQ-CP"),
        "Việc sắp xếp lại các cơ sở y tế thực hiện tại tỉnh nào?",
        DAY,
    )
    assert Status.NOT_FOUND == answer.status


@pytest.mark.parametrize(
    ("question", "task"),
    [
        ("Who drafts the resolution piloting diversified insurance packages?", "7"),
        ("Which ministry prepares the pilot on supplementary health insurance packages?", "7"),
        ("Who approves new service prices with a management cost component?", "14"),
    ],
)
def test_english_of_a_national_plan(real, question, task):
    assert task in ask(real("qd-844-QD-TTg"), question, DAY).task_ids


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("việc thuộc mục II mà không có trong phụ lục thì làm theo nghị quyết nào", True),
        ("mục II gồm những gì", False),
    ],
)
def test_what_a_section_holds_and_the_appendix_lacks(real, question, passage):
    answer = ask(real("qd-844-QD-TTg"), question, DAY)
    assert passage == ("282/NQ-CP" in answer.text)
