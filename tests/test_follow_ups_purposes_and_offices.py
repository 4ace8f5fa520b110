"""Classes of questions round 38 showed were read wrong, each tried with sentences of its own
on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- follow-ups on the task in hand: "có mốc cụ thể không?", "hai nv này quá hạn chưa?", "So is
  it already late?", "giờ còn kịp không?";
- a yes or no closed by a chat particle ("quá hạn chưa ạ");
- "Ban Chỉ đạo Trung ương" is a body's name, not the directing role;
- "để làm gì", "nhằm mục đích gì" of a task is its content, not the part titled "Mục đích";
- "…, còn Công an tỉnh giữ vai trò gì?" is that agency's part in the task just found;
- who holds an office today is not in the plan;
- "là nhiệm vụ số mấy", "thuộc nhóm nào" of a task described;
- "kế hoạch này ban hành để làm gì" is what the plan is for;
- "nhiệm vụ … ở mục II" is a task of group II, not body section II;
- "được bổ sung căn cứ vào văn bản nào" is a column of the task, not the documents to review;
- an item named after an item and its task were shown picks that task's other item.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import TODAY, ask

LATE = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("questions", "ids", "said"),
    [
        (("II.2 ai chủ trì", "thời hạn thế nào, có mốc cụ thể không?"), ["II.2"], "Hằng năm"),
        (("Who leads task II.1?", "So is it already late?"), ["II.1"], "Quý IV/2026"),
        (("II.1 ai làm", "hạn khi nào? giờ còn kịp không?"), ["II.1"], "Quý IV/2026"),
    ],
)
def test_the_state_of_the_task_in_hand(forest, questions, ids, said):
    last = chat(forest, *questions, today=TODAY)[-1]
    assert (last.task_ids, said in last.text) == (ids, True)


def test_those_two_tasks_past_their_deadline(forest):
    *_, last = chat(
        forest, "Sở Tài chính chủ trì việc nào?", "hai việc này trễ hạn chưa", today=TODAY
    )
    assert set(last.task_ids) == {"I.2", "II.3"}


def test_a_yes_or_no_closed_by_a_particle(forest):
    answer = ask(forest, "việc sửa đổi quy định quản lý rừng phòng hộ đầu nguồn quá hạn chưa ạ")
    assert answer.task_ids == ["I.1"]


def test_a_steering_committee_is_no_directing_role(real):
    question = "Bộ Tư pháp phải trình những báo cáo nào lên Ban Chỉ đạo Trung ương?"
    answer = ask(real("nq-97-NQ-CP"), question, LATE)
    assert (answer.found, len(answer.task_ids) >= 2, "chỉ đạo)" in answer.text) == (
        True,
        True,
        False,
    )


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        ("Nhiệm vụ V.3 để làm gì, cơ quan nào chủ trì?", ["V.3"], "tại địa phương"),
        (
            "Nhiệm vụ tổ chức đối thoại định kỳ với doanh nghiệp nhằm mục đích gì?",
            ["I.3"],
            "người dân",
        ),
    ],
)
def test_what_a_task_is_for(seed_engine, question, ids, said):
    answer = ask(seed_engine, question, LATE)
    assert (answer.task_ids, said in answer.text) == (ids, True)


def test_an_agencys_part_in_the_task_just_found(forest):
    question = "Việc lắp camera cảnh báo cháy rừng do ai chủ trì, còn Công an tỉnh giữ vai trò gì?"
    answer = ask(forest, question)
    assert (answer.task_ids, "Công an tỉnh: phối hợp" in answer.text) == (["II.1"], True)


@pytest.mark.parametrize(
    "question",
    [
        "hiện nay ai là chủ tịch ubnd tỉnh",
        "Who is the current director of the science department?",
        "ông ấy bây giờ còn làm chủ tịch không",
    ],
)
def test_who_holds_an_office_today(seed_engine, question):
    answer = ask(seed_engine, question, LATE)
    assert (answer.found, answer.task_ids) == (False, [])


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("camera cảnh báo cháy rừng là nhiệm vụ số mấy?", ["II.1"]),
        ("việc tập huấn phòng cháy cho kiểm lâm thuộc nhóm nào", ["II.2"]),
    ],
)
def test_where_a_described_task_stands(forest, question, ids):
    assert ask(forest, question).task_ids == ids


def test_what_the_plan_is_for(forest):
    answer = ask(forest, "kế hoạch này ban hành để làm gì")
    assert "Bảo vệ và phát triển rừng" in answer.text


def test_a_task_of_a_group_named_as_a_section(real):
    question = "Nhiệm vụ xây dựng và diễn tập kịch bản ứng phó thiên tai ở mục II do ai làm?"
    assert ask(real("nq-116-NQ-CP"), question, LATE).task_ids == ["II.6"]


def test_a_column_named_as_a_paper(real):
    question = (
        "Nhiệm vụ về bộ chỉ số pháp luật kinh doanh cấp tỉnh được bổ sung căn cứ vào văn bản nào?"
    )
    answer = ask(real("nq-97-NQ-CP"), question, LATE)
    assert (answer.task_ids, "Căn cứ bổ sung" in answer.text) == (["26"], True)


def test_another_item_after_an_item_shown_with_its_task(real):
    *_, last = chat(
        real("nq-116-NQ-CP"),
        "I.4.1 ai chủ trì",
        "phần công trình thông tin liên lạc thì bộ nào?",
        today=LATE,
    )
    assert (last.task_ids, "Khoa học và Công nghệ" in last.text) == (["I.4.4", "I.4"], True)


def test_a_task_of_items_described_by_its_own_words(real):
    question = (
        "Ai chủ trì hoàn thiện quy chuẩn kỹ thuật cơ sở hạ tầng chống chịu thiên tai cực đoan?"
    )
    assert ask(real("nq-116-NQ-CP"), question, LATE).task_ids == ["I.4"]


def test_the_clause_that_sets_when_the_plan_takes_effect(real):
    answer = ask(real("qd-982-QD-TTg"), "quyết định này bắt đầu có hiệu lực khi nào", LATE)
    assert "kể từ ngày ký" in answer.text


def test_a_task_described_among_those_due_in_a_period(seed_engine):
    question = "việc xây dựng kế hoạch tuyên truyền hằng năm thì ai chủ trì"
    assert ask(seed_engine, question, LATE).task_ids == ["I.2"]


def test_whether_a_described_task_has_a_dated_deadline(real):
    question = "Việc tổng rà soát hệ thống văn bản quy phạm pháp luật có thời hạn cụ thể không?"
    answer = ask(real("nq-97-NQ-CP"), question, LATE)
    assert (answer.task_ids, "Ủy ban Thường vụ Quốc hội" in answer.text) == (["10"], True)


def test_how_a_described_task_is_done(forest):
    answer = ask(
        forest, "Việc huy động ngân hàng đầu tư trồng rừng gỗ lớn giao ai, làm bằng cách nào?"
    )
    assert (answer.task_ids, "doanh nghiệp tư nhân" in answer.text) == (["II.3"], True)


def test_a_deadline_written_as_a_day_is_the_tasks_that_write_it(real):
    answer = ask(real("nq-105-NQ-CP"), "nhiệm vụ nào hạn trước ngày 1/3/2027", LATE)
    assert "II.2" in answer.task_ids and "II.3" not in answer.task_ids


def test_those_two_items_point_back(real):
    *_, last = chat(
        real("nq-105-NQ-CP"),
        "Bộ nào lo sắp xếp lại các cơ sở y tế?",
        "còn phần cơ sở giáo dục thì sao?",
        "hai việc đó hạn khi nào",
        today=LATE,
    )
    assert set(last.task_ids) == {"III.2.3", "III.2.4"}
