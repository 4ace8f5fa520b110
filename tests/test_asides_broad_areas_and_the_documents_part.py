"""Classes of questions round 76 (asked of 4c92ab5) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- "ai là người trình ban hành qđ này": who proposed the plan, asked at length and with the
  paper's initials;
- "the key themes of this plan", "các mảng chính": its groups;
- "mục II của phụ lục" where that part is the table of documents to review;
- listed topics that end on the plan's own subject ("…, đo lường, chất lượng"), which
  names no topic of its own;
- an aside naming the body an agency works through, "(trực thuộc Sở KH&CN)";
- a short name typed together after its head word ("bộ yte");
- "…, and when is the results report due?" of a task whose result is that report;
- "Ngoài Chương trình …, việc đó còn dựa trên căn cứ nào?": a column of the task in hand,
  besides what the asker has;
- "how much could be deducted" in everyday English.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "question", ["ai la nguoi trinh ban hanh qd nay", "đơn vị nào là cơ quan đề xuất kh này"]
)
def test_who_proposed_the_plan_asked_at_length(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (Intent.META, True) == (answer.intent, "Giám đốc Sở Khoa học" in answer.text)


@pytest.mark.parametrize(
    "question", ["What are the key themes of this plan?", "kế hoạch gồm các mảng chính nào"]
)
def test_the_plans_broad_areas_are_its_groups(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert "hội nhập quốc tế" in answer.text and "tuyên truyền" in answer.text


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("các văn bản ở mục II phụ lục phải xong lúc nào", Status.NOT_FOUND),
        ("mục II của phụ lục gồm những văn bản gì", Status.FOUND),
    ],
)
def test_the_appendix_part_that_lists_documents(seed_engine, question, status):
    answer = ask(seed_engine, question, DAY)
    assert (Intent.DOCUMENTS, status) == (answer.intent, answer.status)


def test_section_ii_of_the_body_is_still_itself(seed_engine):
    assert Intent.SECTION == ask(seed_engine, "Mục II nói gì?", DAY).intent


def test_listed_topics_ending_on_the_plans_subject(seed_engine):
    question = "những nhiệm vụ nào về tuyên truyền, phổ biến tiêu chuẩn, đo lường, chất lượng"
    assert ["I.1", "I.2"] == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    "question",
    [
        "Chi cục TĐC (trực thuộc Sở KH&CN) chủ trì những việc nào?",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng (qua Sở KH&CN) được giao chủ trì việc gì?",
    ],
)
def test_the_body_an_agency_works_through(seed_engine, question):
    assert ["I.4", "II.8"] == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    ("question", "expected"),
    [("bộ yte có nv gì", ["III.2.4", "IV.7"]), ("bo noivu chu tri nv nao", ["III.2.1", "III.6"])],
)
def test_a_short_name_typed_together_after_its_head(real, question, expected):
    answer = ask(real("nq-105-NQ-CP"), question, DAY)
    assert (Intent.AGENCY, expected) == (answer.intent, answer.task_ids[: len(expected)])


def test_the_results_report_of_the_task_shown(real):
    question = (
        "Who leads institutionalising the Party's policy on food safety, and when is the"
        " results report due?"
    )
    assert ["21"] == ask(real("nq-97-NQ-CP"), question, DAY).task_ids


def test_a_column_of_the_task_in_hand_besides_what_the_asker_has(real):
    *_, answer = chat(
        real("nq-97-NQ-CP"),
        "nv 22 ai chủ trì",
        "ngoài Chương trình số 12-CTr/BCĐ, việc đó còn dựa trên căn cứ nào?",
        today=DAY,
    )
    assert (["22"], True) == (answer.task_ids, "Căn cứ bổ sung" in answer.text)


def test_how_much_could_be_deducted(real):
    question = "How much of our marketing abroad could be deducted when we pay tax?"
    assert ["1.6"] == ask(real("qd-982-QD-TTg"), question, DAY).task_ids
