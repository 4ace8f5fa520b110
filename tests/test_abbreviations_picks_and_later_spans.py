"""Classes of questions round 33 showed were read wrong, each tried with sentences of its
own on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- "tđc", "khcn" written alone are the words they stand for, not unknown words;
- an English question names a paper to review by the glossary's words, not "being", "new";
- "For the army one, who directs it?" picks from the list in hand by the agency; "the
  finance department" is the Department of Finance;
- "Who else takes part besides the lead department?" asks the task in hand's partners;
- "whose proposal was it based on?" asks the plan's proposal;
- a column's value asked "trong số đó" is of the list in hand;
- an agency's tasks with another column asked ("do cấp nào phê duyệt") show that column;
- "kéo dài tới năm 2030 hoặc muộn hơn" is from 2030 on;
- "international cooperation on …" is a topic, not the partners' column;
- "How much could we get?" asks a sum, shown from the cells that state it;
- the glossary: public sector pay, cash support, the IAEA, sending experts.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.agency_names import spelled_out
from knowledge.periods import find_periods
from tests.dialogues import chat
from tests.forest import TODAY, ask


def test_an_abbreviation_alone_spelled_out():
    assert spelled_out("nhiem vu ve khcn va tdc") == {
        "khcn": "khoa hoc cong nghe",
        "tdc": "tieu chuan do luong chat luong",
    }


def test_an_abbreviation_alone_is_a_topic(seed_engine):
    assert ask(seed_engine, "nv nao ve thong tin truyen thong tdc").task_ids == ["II.6"]


def test_a_paper_to_review_named_in_english(seed_engine):
    answer = ask(
        seed_engine,
        "Is the regulation on spending levels for the productivity program going to be amended?",
    )
    assert "12/2022/NQ-HĐND" in answer.text


def test_the_one_of_the_list_by_its_agency(forest):
    _, picked = chat(
        forest,
        "Which tasks does the finance department lead?",
        "For the finance one due in 2027, who coordinates?",
        today=TODAY,
    )
    assert (picked.task_ids, "Ngân hàng Nhà nước" in picked.text) == (["II.3"], True)


def test_the_army_one_of_a_list(seed_engine):
    _, picked = chat(
        seed_engine,
        "Which tasks are led by the provincial police or the army?",
        "And the army one, who directs it?",
        today=TODAY,
    )
    assert (picked.task_ids, "Chủ tịch UBND tỉnh" in picked.text) == (["IV.3"], True)


def test_who_else_besides_the_lead(forest):
    _, others = chat(
        forest,
        "Who leads the training on forest fire fighting?",
        "Who else takes part besides the lead department?",
        today=TODAY,
    )
    assert (others.task_ids, "Chi cục Kiểm lâm" in others.text) == (["II.2"], True)


def test_whose_proposal(seed_engine):
    assert "28/TTr-SKHCN" in ask(seed_engine, "Whose proposal is the decision based on?").text


def test_a_columns_value_of_the_list_in_hand(real):
    _, narrowed = chat(
        real("nq-105-NQ-CP"),
        "Bộ Nội vụ chủ trì những nhiệm vụ nào?",
        "Trong số đó nhiệm vụ nào trình Bộ Chính trị?",
        today=date(2026, 6, 1),
    )
    assert narrowed.task_ids == ["III.9", "IV.9"]


def test_an_agencys_tasks_with_another_column(real):
    answer = ask(real("qd-893-QD-TTg"), "Bộ Ngoại giao chủ trì nhiệm vụ nào, cấp nào phê duyệt?")
    assert (answer.task_ids, "Bộ trưởng Bộ Ngoại giao" in answer.text) == (["6"], True)


def test_until_a_year_or_later():
    assert [p.label() for p in find_periods("keo dai den 2030 hoac lau hon")] == [
        "Từ ngày 01/01/2030"
    ]


def test_tasks_running_to_a_year_or_later(real):
    answer = ask(real("qd-893-QD-TTg"), "Việc nào kéo dài đến năm 2030 hoặc muộn hơn?")
    assert answer.task_ids == ["5", "7"]


def test_international_cooperation_is_a_topic(real):
    answer = ask(
        real("nq-116-NQ-CP"), "Who is in charge of international cooperation on disasters?"
    )
    assert ("VI.1" in answer.task_ids, "Bộ Ngoại giao" in answer.text) == (True, True)


def test_how_much_could_we_get(real):
    answer = ask(
        real("qd-982-QD-TTg"),
        "Is there cash support for tech firms expanding into foreign markets? How much can we get?",
    )
    assert ("1.7" in answer.task_ids, "2 tỷ" in answer.text) == (True, True)


@pytest.mark.parametrize(
    ("stem", "question", "said"),
    [
        ("nq-105-NQ-CP", "Which ministry handles public sector pay?", "IV.9"),
        ("qd-893-QD-TTg", "Will experts be sent to the IAEA?", "Năng lượng nguyên tử quốc tế"),
    ],
)
def test_glossary_words_of_round_33(real, stem, question, said):
    assert said in ask(real(stem), question, date(2026, 6, 1)).text
