"""Classes of questions round 86 (asked of 5e19890) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of the tests and a real plan:

- "cùng thời hạn hoàn thành với nó", "cũng đến hạn trong quý đó": the tasks due with the
  one in hand;
- "Bộ X còn phối hợp ở nhiệm vụ nào khác nữa?": besides the task in hand;
- "ai chủ trừ", "phối hpo": a role's second syllable one key off;
- "<a task's words> sở nào": which body leads it;
- "Are business associations informed about this decision?": the decision's recipients;
- "trong số đó cái nào có hạn cụ thể sớm nhất" of a list where one task alone is dated;
- "Đến quý II/2026 thì …": the quarter the question is set in, not a bound;
- a kind of paper named with its subject ("a traceability plan from 2020", "chương trình
  hỗ trợ doanh nghiệp nâng cao năng suất"): the documents listed for review it is;
- "TV or newspaper campaigns about …": the task whose partners the media are, on that subject;
- initials that stand for several compounds ("dt"), read by the words after them ("dt với
  dn" is "đối thoại với doanh nghiệp");
- glossary words: "control", "legal framework", "health centres".
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Intent, Status
from knowledge.english import translate
from knowledge.periods import find_periods
from tests.dialogues import chat
from tests.forest import TODAY, ask

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("turns", "tasks"),
    [
        (
            ("Ai chủ trì nhiệm vụ II.3?", "còn việc nào có cùng thời hạn hoàn thành với nó không"),
            ["II.5"],
        ),
        (
            ("nhiệm vụ IV.1 hạn khi nào", "có việc nào khác cũng đến hạn trong quý đó không"),
            ["VI.3"],
        ),
    ],
)
def test_the_tasks_due_with_the_one_in_hand(seed_engine, turns, tasks):
    assert tasks == chat(seed_engine, *turns, today=DAY)[-1].task_ids


@pytest.mark.parametrize(
    "follow_up",
    ["Sở Tài chính còn chủ trì việc nào khác không?", "sở tài chính chủ trì nv nào nữa"],
)
def test_an_agency_s_other_tasks_leave_out_the_one_in_hand(forest, follow_up):
    answer = chat(forest, "Ai chủ trì nhiệm vụ I.2?", follow_up, today=TODAY)[-1]
    assert ["II.3"] == answer.task_ids


def test_without_a_task_in_hand_every_one_is_listed(forest):
    assert ["I.2", "II.3"] == ask(forest, "Sở Tài chính chủ trì những việc nào khác?").task_ids


@pytest.mark.parametrize(
    ("question", "intent", "task"),
    [
        ("nhiệm vụ I.2 ai chủ trừ", Intent.LEAD, "I.2"),
        ("ai phoi hpo nv II.1", Intent.COORD, "II.1"),
        ("camera cảnh báo cháy rừng sở nào", Intent.LEAD, "II.1"),
    ],
)
def test_a_role_slipped_or_asked_as_which_body(forest, question, intent, task):
    answer = ask(forest, question)
    assert (intent, [task]) == (answer.intent, answer.task_ids)


@pytest.mark.parametrize(
    "question",
    [
        "Is the provincial statistics office informed about this decision?",
        "Cục Thống kê có được thông báo về quyết định này không",
    ],
)
def test_who_is_told_of_the_decision(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (Status.FOUND, True) == (answer.status, "Cục Thống kê tỉnh" in answer.text)


def test_the_earliest_of_a_list_where_one_task_alone_is_dated(seed_engine):
    answers = chat(
        seed_engine,
        "Nhóm IV gồm những nhiệm vụ nào?",
        "trong số đó việc nào hạn sớm nhất",
        today=DAY,
    )
    assert (["IV.1", "IV.2", "IV.3"], ["IV.1"]) == (answers[0].task_ids, answers[1].task_ids)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("den quy iii/2026 thi co viec nao den han", "Quý III/2026"),
        ("toi thang 5/2026 thi phai xong gi", "Tháng 5/2026"),
        ("nhung viec den han den quy iii/2026", "Trước ngày 30/09/2026"),  # a bound still
    ],
)
def test_a_period_put_first_is_the_time_asked(text, label):
    assert [label] == [p.label() for p in find_periods(text)]


def test_tasks_due_when_a_quarter_put_first_comes(seed_engine):
    answer = ask(seed_engine, "Tới quý III/2026 thì có những việc nào đến hạn", DAY)
    assert ["IV.1", "VI.3"] == answer.task_ids


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Was there an earlier plan on traceability?", "3338/KH-UBND"),
        ("đề án đo lường hỗ trợ doanh nghiệp giờ ra sao", "874/QĐ-UBND"),
    ],
)
def test_a_programme_named_by_its_kind_and_subject_is_the_listed_document(
    seed_engine, question, number
):
    answer = ask(seed_engine, question, DAY)
    assert (Status.FOUND, True) == (answer.status, number in answer.text)


def test_a_subject_no_listed_title_holds_lists_no_document(seed_engine):
    answer = ask(seed_engine, "Có kế hoạch nào về khen thưởng không?", DAY)
    assert "rà soát" not in answer.text


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("export control", "kiem soat"),
        ("quality control", "kiem soat chat luong"),  # the longer phrase still first
        ("district health centers", "trung tam y te"),
    ],
)
def test_glossary_words(english, vietnamese):
    assert vietnamese in translate(english)


def test_a_legal_framework_is_the_plans_the_che(real):
    answer = ask(
        real("nq-97-NQ-CP"),
        "By when is the legal framework for controlling administrative procedures due?",
        DAY,
    )
    assert ["13"] == answer.task_ids


@pytest.mark.parametrize(
    "question",
    ["Are there radio campaigns on measurement?", "Will the TV run campaigns about quality?"],
)
def test_a_task_named_by_its_partners_and_its_subject(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (["I.2"], True) == (answer.task_ids, "Báo Bình Dương" in answer.text)


@pytest.mark.parametrize(
    ("question", "task"),
    [
        ("nv dt với dn thì ai phối hợp", "I.3"),  # "đối thoại với doanh nghiệp"
        ("dt cho cong chuc do ai lam", "III.1"),  # "cho" alone tells no compound apart
    ],
)
def test_initials_read_by_the_words_after_them(seed_engine, question, task):
    assert [task] == ask(seed_engine, question, DAY).task_ids


def test_two_runs_of_initials_in_a_real_plan(real):
    assert ["20"] == ask(real("nq-97-NQ-CP"), "vh vn theo nq80 thi bo nao chu tri", DAY).task_ids
