"""Classes of questions round 93 (asked of a9f8e97) showed were read wrong, each tried with
sentences of its own on real plans and the bundled plan:

- "Các hoạt động ở mục II của Kế hoạch mà không nêu trong Phụ lục …": the passage that
  speaks of the section named, also with the plan named after it;
- initials with a vowel ("atbx": "an toàn bức xạ"), when they are no syllable of the plans;
- "key training centres": the glossary's "cơ sở đào tạo trọng điểm";
- a sum an English question quotes ("1 billion USD") names the sentence that writes it
  ("01 tỷ USD/năm");
- alternatives one of which no task or passage writes ("local newspapers or TV") are read
  as the partners' names; "local media"; "what exactly is that task?".
"""

from __future__ import annotations

from datetime import date

from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


def test_a_section_named_with_its_plan_as_where_something_is_said(real):
    question = (
        "Những hoạt động ở mục II của kế hoạch này mà không có trong Phụ lục thì căn cứ văn bản"
        " nào?"
    )
    assert "282/NQ-CP" in ask(real("qd-844-QD-TTg"), question, DAY).text


def test_initials_with_a_vowel_are_the_plans_words(real):
    lexicon = real("qd-893-QD-TTg").lexicon
    assert (["an_toan", "buc_xa"], ["anh"]) == (lexicon.segment(["atbx"]), lexicon.segment(["anh"]))


def test_key_training_centres(real):
    answer = ask(
        real("qd-893-QD-TTg"), "Which universities are named as key training centres?", DAY
    )
    assert "Bách Khoa" in answer.text


def test_a_sum_quoted_in_english_names_its_sentence(real):
    question = (
        "By 2030, how many Vietnamese tech firms should make at least 1 billion USD a year from"
        " foreign markets?"
    )
    text = ask(real("qd-982-QD-TTg"), question, DAY).text
    assert ("05 doanh nghiệp" in text, "5.000 doanh nghiệp" in text) == (True, False)


def test_alternatives_one_of_which_no_task_writes(seed_engine):
    # "truyền hình" is in no task's text, only in partners' names: their reading answers
    answer = ask(seed_engine, "Will local newspapers or television take part in this plan?", DAY)
    assert (["I.2"], True) == (answer.task_ids, "Báo Bình Dương" in answer.text)


def test_local_media_are_the_papers_and_broadcasters(seed_engine):
    answer = ask(seed_engine, "Which local media are involved in the awareness work?", DAY)
    assert "Báo Bình Dương" in answer.text


def test_what_exactly_is_that_task(seed_engine):
    last = chat(seed_engine, "When is task V.2 due?", "What exactly is that task?", today=DAY)[-1]
    assert (["V.2"], "content") == (last.task_ids, last.intent.value)
