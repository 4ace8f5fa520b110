"""Classes of questions round 32 showed were read wrong, each tried with sentences of its
own on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- "X có chủ trì nhiệm vụ nào về Y không?" where Y is another's task: no, and X's tasks;
- "trường trung cấp" of "Các Trường Đại học, Cao đẳng, Trung cấp" is that body;
- a claim about an agency no plan lists ("do Sở Giáo dục và Đào tạo chủ trì") is not so;
- two months with the year written once ("t4 và t5/2026", "tháng 8 với tháng 9/2026");
- "lo phần nào" asks what an agency is given to do;
- a deadline asked with a period is the period's, not another column of a task described;
- "and which one is due last?" after the first of a list was picked is of that list;
- "cột ghi chú của nhiệm vụ này": the word for a column names nothing;
- "Can you give me a phone number?" is no topic, and the number is not in the plan;
- "nêu tên cụ thể … những doanh nghiệp nào" of a plan that only counts them: not stated;
- a section named as where something is said ("nêu tại mục II"): the passage saying it;
- a paper's number with a deadline asked: the task citing it, unless a passage states one;
- a task of items found by its words shows its items' leads;
- the asker's guess ("…, thủ tướng hay ai?") is no second question;
- the glossary: talks, donors, rescue equipment, "signed … and when", "implementing".
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.agencies import list_aliases
from knowledge.periods import find_periods
from tests.dialogues import chat
from tests.forest import TODAY, ask


def test_no_task_of_the_agency_on_anothers_topic(forest):
    answer = ask(forest, "Công an tỉnh có chủ trì nhiệm vụ nào về trồng rừng gỗ lớn không?")
    assert (answer.title.startswith("Không:"), answer.task_ids) == (True, ["II.2"])


def test_a_kind_of_body_in_a_listed_name():
    assert sorted(list_aliases("Các Trường Cao đẳng, Trung cấp")) == [
        "truong cao dang",
        "truong trung",  # "cấp" goes from every key, as in "UBND cấp tỉnh"
    ]


def test_a_kind_of_body_asked_for(seed_engine):
    answer = ask(seed_engine, "trường trung cấp phối hợp những nhiệm vụ nào?")
    assert answer.task_ids == ["I.4", "III.1"]


def test_a_claim_about_an_agency_no_plan_lists(forest):
    answer = ask(
        forest, "Việc tập huấn phòng cháy có phải do Sở Giáo dục và Đào tạo chủ trì không?"
    )
    assert (answer.title.startswith("Không đúng."), answer.task_ids) == (True, ["II.2"])


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("nv han t4 va t5/2026", ["01/04/2026–31/05/2026"]),
        ("han thang 8 voi thang 9 nam 2026", ["01/08/2026–30/09/2026"]),
        ("thang 3 va thang 9/2026", ["Tháng 9/2026"]),
    ],
)
def test_two_months_with_one_year(text, labels):
    assert [p.label() for p in find_periods(text)] == labels


def test_two_months_filter(forest):
    assert ask(forest, "nhiệm vụ nào hạn t4 và t5/2026?").task_ids == ["I.2"]


def test_what_an_agency_takes_care_of(forest):
    assert ask(forest, "Chi cục Kiểm lâm lo phần nào?").task_ids == ["II.2"]


def test_a_deadline_asked_with_a_period_is_the_periods(forest):
    answer = ask(forest, "từ nay đến cuối năm Sở KH&CN còn những việc nào phải xong")
    assert answer.task_ids == ["II.1"]


def test_the_last_of_the_list_the_first_was_picked_from(forest):
    # The five dated tasks; the first is I.2 (May 2026), the last II.3 (2027).
    *_, last = chat(
        forest,
        "Which tasks have a deadline in a quarter?",
        "Which of those is due first?",
        "And which one is due last?",
        today=TODAY,
    )
    assert last.task_ids == ["II.3"]


def test_the_word_for_a_column_names_nothing(forest):
    _, cell = chat(
        forest,
        "Ai chủ trì nhiệm vụ II.3?",
        "Cột cơ quan phối hợp của nhiệm vụ này ghi gì?",
        today=TODAY,
    )
    assert (cell.task_ids, "Ngân hàng Nhà nước" in cell.text) == (["II.3"], True)


def test_a_phone_number_asked_is_not_in_the_plan(seed_engine):
    answer = ask(
        seed_engine,
        "Who can we call about the dialogue with businesses? What is their phone number?",
    )
    assert (answer.found, "I.3: Sở Khoa học và Công nghệ" in answer.text) == (False, True)


def test_names_a_plan_only_counts(real):
    answer = ask(
        real("qd-982-QD-TTg"), "Kế hoạch có nêu tên các doanh nghiệp chủ lực được chọn không?"
    )
    assert (answer.found, "5.1" in answer.text) == (False, True)


def test_the_passage_saying_what_a_section_named_holds(real):
    answer = ask(
        real("qd-844-QD-TTg"),
        "Hoạt động nêu tại mục II nhưng không có trong phụ lục làm theo văn bản nào?",
    )
    assert "282/NQ-CP" in answer.text


def test_a_papers_task_when_no_passage_states_a_deadline(real):
    answer = ask(
        real("nq-105-NQ-CP"), "Việc thực hiện Nghị quyết 190/2025/QH15 phải xong trước ngày nào?"
    )
    assert (answer.task_ids, "01/3/2027" in answer.text) == (["II.2"], True)


def test_a_task_of_items_found_by_its_words(real):
    answer = ask(
        real("nq-116-NQ-CP"),
        "Việc hoàn thiện quy chuẩn kỹ thuật cho hạ tầng chống chịu thiên tai do những bộ nào làm?",
    )
    assert ("I.4" in answer.task_ids, "Bộ Công Thương" in answer.text) == (True, True)


def test_the_askers_guess_is_no_second_question(real):
    answer = ask(real("nq-105-NQ-CP"), "vị trí việc làm do cấp nào phê duyệt, bộ trưởng hay ai?")
    assert answer.task_ids == ["IV.2"]


@pytest.mark.parametrize(
    ("stem", "question", "said"),
    [
        ("qd-893-QD-TTg", "Can international donors help pay for this programme?", "tài trợ"),
        ("nq-116-NQ-CP", "Who buys rescue equipment for disasters?", "Bộ Quốc phòng"),
    ],
)
def test_glossary_words_of_round_32(real, stem, question, said):
    assert said in ask(real(stem), question, date(2026, 6, 1)).text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who signed the plan, and when?", "28/04/2025"),
        ("Which documents is this decision implementing?", "1703/QĐ-TTg"),
        ("How often do the talks with businesses happen?", "I.3"),
    ],
)
def test_english_signing_bases_and_talks(seed_engine, question, said):
    assert said in ask(seed_engine, question).text
