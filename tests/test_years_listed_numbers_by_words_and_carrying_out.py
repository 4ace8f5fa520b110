"""Classes of questions round 85 (asked of 862e19f) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of the tests and the real plans:

- one quarter or month with several years ("quý II các năm 2025, 2026"): that part of
  each year;
- a task number several groups share, with words only one of them writes ("nv 2 tập
  huấn"): that task, not a question back;
- "X là gì" of a task by its number: the task as a whole, as the number alone asks (its
  content alone when "nội dung" is asked);
- "who has to carry it out?" after a fact of the plan: the plan's own executors;
- "our factory staff", "my sales team": a business's own people, the plans' người lao động;
- a coordinators' cell whose "Và" is written large ("Bộ Ngoại giao Và các cơ quan"): the
  ministry, not a name "Bộ Ngoại giao Và các";
- (found beside them) "sản phẩm là báo cáo" of a product column headed "Kết quả": the cue
  names the column, and its "phẩm" is no value.
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.agencies import split_agencies
from knowledge.answer import Intent, Status
from knowledge.english import translate
from knowledge.fields import Role
from knowledge.periods import find_periods
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("han quy 2 nam 2025 va 2026", ["Quý II/2025", "Quý II/2026"]),
        ("thang 5/2026, 2027", ["Tháng 5/2026", "Tháng 5/2027"]),
        ("cac nam 2025, 2026 hoac 2027", ["Năm 2025", "Năm 2026", "Năm 2027"]),
        ("ca nam 2025 lan 2026", ["Năm 2025", "Năm 2026"]),
        ("giai doan 2025 - 2027", ["2025–2027"]),  # a span stays one
    ],
)
def test_a_part_of_several_years(text, labels):
    assert labels == [p.label() for p in find_periods(text)]


@pytest.mark.parametrize(
    ("question", "tasks"),
    [
        ("việc nào hạn quý 2 các năm 2025, 2026", ["I.1", "II.3", "II.5"]),
        ("nhiệm vụ có hạn quý IV (cả năm 2025 lẫn 2026)", ["II.7"]),
        ("đếm giúp các việc hạn quý 3 năm 2025 hoặc 2026", ["II.4", "IV.1", "VI.3"]),
    ],
)
def test_tasks_due_in_a_part_of_several_years(seed_engine, question, tasks):
    assert tasks == ask(seed_engine, question, DAY).task_ids


def test_a_month_of_two_years_in_a_plan_of_the_tests(forest):
    assert ["I.2"] == ask(forest, "những nhiệm vụ hạn tháng 5 năm 2026 hoặc 2027").task_ids


@pytest.mark.parametrize(
    ("question", "task"),
    [
        ("nhiệm vụ 2 tập huấn kiểm lâm ai chủ trì", "II.2"),
        ("nv 1 camera cảnh báo cháy hạn khi nào", "II.1"),
    ],
)
def test_a_shared_number_with_words_only_one_task_writes(forest, question, task):
    answer = ask(forest, question)
    assert (Status.FOUND, [task]) == (answer.status, answer.task_ids)


def test_a_shared_number_alone_is_still_asked_back(forest):
    assert Status.AMBIGUOUS == ask(forest, "nhiệm vụ 2 ai chủ trì").status


def test_the_number_as_a_word_of_a_phrase(real):
    # folded, "tại chỗ" is also the "thiên tai cho" of other tasks: "4 tại chỗ" is one
    answer = ask(real("nq-116-NQ-CP"), "nv 4 tại chỗ phối hợp với ai", DAY)
    assert ["II.4"] == answer.task_ids


@pytest.mark.parametrize("question", ["I.2 là gì", "what is task I.2?", "nv I.2 la viec gi"])
def test_what_a_task_is_shows_it_whole(forest, question):
    answer = ask(forest, question)
    assert (Intent.TASK, True) == (answer.intent, "Sở Tài chính" in answer.text)


def test_its_content_asked_by_name_is_the_content(forest):
    answer = ask(forest, "nội dung nhiệm vụ I.2 là gì")
    assert (Intent.CONTENT, False) == (answer.intent, "Sở Tài chính" in answer.text)


@pytest.mark.parametrize(
    "turns",
    [
        ("Who signed this decision?", "who must implement it?"),
        ("When was the decision issued?", "Which offices have to carry it out?"),
        ("quyết định ký ngày nào", "thế ai thi hành nó?"),
    ],
)
def test_who_carries_out_the_plan_after_a_fact_of_it(seed_engine, turns):
    answer = chat(seed_engine, *turns, today=DAY)[-1]
    assert (Status.FOUND, True) == (answer.status, "Chánh Văn phòng" in answer.text)


def test_after_a_task_it_is_still_the_task(seed_engine):
    answer = chat(seed_engine, "Ai chủ trì nhiệm vụ II.3?", "Who has to carry it out?", today=DAY)[
        -1
    ]
    assert ["II.3"] == answer.task_ids


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("courses for our warehouse workers", "nguoi lao dong"),
        ("training for my sales team", "nguoi lao dong"),
        ("our health workers", "nhan vien y te"),  # a phrase of the glossary stays one
    ],
)
def test_a_business_s_own_people(english, vietnamese):
    assert vietnamese in translate(english)


def test_a_large_written_and_after_a_ministry():
    assert ["Bộ Ngoại giao", "các cơ quan, tổ chức", "doanh nghiệp liên quan"] == [
        name
        for name, _ in split_agencies(
            "Bộ Ngoại giao Và các cơ quan, tổ chức, doanh nghiệp liên quan"
        )
    ]
    assert ["Bộ Tài chính", "Bộ Công Thương"] == [
        name for name, _ in split_agencies("Bộ Tài chính và Bộ Công Thương")
    ]


def test_the_ministry_of_a_large_written_and_is_found(real):
    answer = ask(real("qd-982-QD-TTg"), "bo ngoai giao phoi hop nhung viec nao", DAY)
    assert (Status.FOUND, True) == (answer.status, "4.6" in answer.task_ids)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("những nv có sản phẩm là đề án", "đề án"),
        ("nhiệm vụ nào có sản phẩm là báo cáo", "báo cáo"),
    ],
)
def test_the_cue_of_a_column_headed_otherwise_is_no_value(real, question, value):
    # 97's product column is headed "Kết quả": "sản phẩm" names it, and its "phẩm" is not
    # the "thực phẩm" or "quy phạm" of the cells
    engine = real("nq-97-NQ-CP")
    holding = [
        t.ref
        for t in engine.kb.tasks(plan_ids=[engine.kb.plans()[0].id])
        if value in t.field(Role.PRODUCT).lower()
    ]
    assert holding and holding == ask(engine, question, DAY).task_ids
