"""Classes of questions round 56 (asked of 60b9d72) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of tests/forest.py and real
gazette plans:

- "trễ chưa" asked "as of today", "tính đến nay": of the task in hand, not a new list;
- "hạn chỉ là năm 2026 thôi", "không kéo sang năm sau": a deadline inside the year, and
  "năm sau" is no period asked;
- "chủ trì chung với": both agencies in the role;
- a sum asked ("hỗ trợ ở mức nào", "tính chi phí như thế nào") is the cell that writes it;
- "A có được giao gì không hay chỉ B": A is asked, B is the other answer it might be;
- an agency's passages of the text: those that say what is asked first;
- "phần … có bao nhiêu mục": that part's items; "kh có mấy phần chính, kể tên": the parts;
- "What is this plan mainly for": its summary;
- chat: "bh" before a doing is "bao giờ", "xd" is "xây dựng", "gđ sở" its director;
- an agency's tasks in a year, when none is due in it: those it does every year;
- one task in a list is shown whole.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import TODAY, ask

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "follow_up", ["So is it overdue as of today?", "vậy tính tới hôm nay là trễ hạn chưa"]
)
def test_a_status_asked_as_of_today_is_of_the_task_in_hand(forest, follow_up):
    answer = chat(forest, "Who leads task I.1?", follow_up, today=TODAY)[-1]
    assert answer.task_ids == ["I.1"]


@pytest.mark.parametrize(
    "question",
    [
        "nv nào có thời hạn chỉ là năm 2026 thôi",
        "nv nao co han dung nam nay thoi, ko keo sang nam sau",
    ],
)
def test_a_deadline_inside_the_year_only(real, question):
    assert ask(real("nq-116-NQ-CP"), question, DAY).task_ids == ["I.7"]


def test_two_agencies_leading_together(forest):
    answer = ask(forest, "việc nào Sở Tài chính làm chung với Sở Nông nghiệp và Môi trường")
    assert answer.task_ids == ["I.2"]


@pytest.mark.parametrize(
    ("question", "expected", "figures"),
    [
        (
            "Chính sách hỗ trợ tài chính khi doanh nghiệp công nghệ số mở rộng sang thị trường"
            " nước ngoài dự kiến hỗ trợ ở mức nào?",
            "1.7",
            ("50%", "2 tỷ"),
        ),
        (
            "chi phi mo rong thi truong quoc te duoc tinh vao thue tndn ntn, bo nao lam",
            "1.6",
            ("200%", "3 tỷ"),
        ),
    ],
)
def test_a_sum_asked_is_the_cell_that_writes_it(real, question, expected, figures):
    answer = ask(real("qd-982-QD-TTg"), question, DAY)
    assert expected in answer.task_ids
    assert all(f in answer.text for f in figures)


def test_the_agency_named_as_the_alternative_is_not_asked(real):
    answer = ask(real("qd-893-QD-TTg"), "Bộ Y tế có được giao gì không hay chỉ Bộ KH&CN", DAY)
    assert (answer.task_ids, "Bộ Y tế Chủ trì xây dựng" in answer.text) == ([], True)


def test_the_alternative_in_the_forestry_plan(forest):
    answer = ask(forest, "Công an tỉnh có chủ trì việc gì không hay chỉ Sở Tài chính")
    assert answer.task_ids == ["II.2"]


def test_an_agencys_passages_that_say_what_is_asked_come_first(real):
    question = "Bộ Nội vụ có vai trò gì trong việc theo dõi, đôn đốc việc thực hiện chương trình"
    answer = ask(real("nq-105-NQ-CP"), question, DAY)
    assert "Bộ Nội vụ theo dõi, đôn đốc các bộ" in answer.text


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("seed", "phần tổ chức thực hiện có mấy mục", "có 6 mục"),
        ("nq-105-NQ-CP", "Phần Tổ chức thực hiện của chương trình gồm bao nhiêu mục?", "có 2 mục"),
        ("seed", "kh gom may phan lon the, liet ke giup minh", "có 3 phần"),
    ],
)
def test_a_parts_items_and_the_parts_named(seed_engine, real, stem, question, expected):
    engine = seed_engine if stem == "seed" else real(stem)
    assert expected in ask(engine, question, DAY).text


def test_what_a_plan_is_mainly_for(seed_engine):
    answer = ask(seed_engine, "What's this plan really for?", DAY)
    assert (answer.found, "38-CT/TW" in answer.text) == (True, True)


def test_when_and_build_as_people_chat_them(seed_engine):
    answer = ask(seed_engine, "chuẩn đo lường chính bh mới xd xong", DAY)
    assert (answer.task_ids, "Quý IV/2026" in answer.text) == (["II.7"], True)


def test_the_director_of_a_department_today_is_not_in_the_plan(seed_engine):
    answer = ask(seed_engine, "gđ sở khcn hiện giờ là ai", DAY)
    assert (answer.found, "không có thông tin" in answer.text) == (False, True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Công an tỉnh năm 2027 phải làm gì", ["II.2"]),
        # one due in the year stays the answer
        ("Sở Tài chính năm 2026 phải làm gì", ["I.2"]),
    ],
)
def test_an_agencys_yearly_tasks_when_none_is_due_in_the_year(forest, question, expected):
    assert ask(forest, question).task_ids == expected


def test_one_task_of_a_list_is_shown_whole(real):
    question = "Bộ Y tế phải làm gì về sắp xếp bệnh viện, trạm y tế xã"
    answer = ask(real("nq-105-NQ-CP"), question, DAY)
    assert (answer.task_ids, "bệnh viện" in answer.text) == (["III.2.4"], True)
