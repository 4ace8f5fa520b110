"""Classes of questions round 51 (asked of 847b390) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of tests/forest.py and real
gazette plans:

- periods offered as alternatives ("tháng 8 hoặc tháng 9 năm 2026") filtered by the first;
- "nhóm VI có nv nào cùng hạn ko": the tasks of a group due with the one in hand;
- "sở ko chủ trì": a chat shorthand after "sở" was kept as if it were an agency's initials;
- "Sở KH&CN chỉ đạo nhưng các sở chủ trì": each agency in the role written after it;
- "mục III.2.2" read as section III.2, where the appendix has the item III.2.2;
- a hotline, which no plan gives; "phải trình những báo cáo nào": a task's result column;
- "có hạn chót trong năm nay": not a span that runs on past the year;
- a year opening the message ("2026 sở tài chính phải xong việc nào");
- initials of the one compound the plans write only once ("ô nhiễm kk");
- a passage that sets no date, asked for its date;
- a cited paper asked "nói về gì": the task that cites it, whole;
- the "chuẩn" of a group's "tiêu chuẩn" taken for the question's "chuẩn đo lường";
- "What national policy is the plan putting into practice?": its bases;
- "Đề án … ai ký ban hành?": who issues what a task yields, not the plan's signer.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.chat_words import expand_chat
from knowledge.words import Lexicon
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("việc nào hạn tháng 5/2026 hay quý IV/2026", ["I.2", "II.1"]),
        ("nv nao han quy 3/2026 hoac nam 2027", ["I.1", "II.3"]),
    ],
)
def test_periods_offered_as_alternatives(forest, question, expected):
    assert sorted(ask(forest, question).task_ids) == expected


def test_months_offered_as_alternatives_in_a_real_plan(real):
    answer = ask(real("nq-97-NQ-CP"), "nv nao co han thang 8 hoac thang 9 nam 2026", DAY)
    assert {"9", "24", "25", "27"} <= set(answer.task_ids)


def test_the_tasks_of_a_group_due_with_the_one_in_hand(seed_engine):
    _, answer = chat(
        seed_engine, "IV.1 hạn khi nào", "trong nhóm VI việc nào cùng thời hạn vậy", today=DAY
    )
    assert answer.task_ids == ["VI.3"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("việc nào sở ko chủ trì", "việc nào sở không chủ trì"),
        ("bo hok phoi hop a", "bo không phoi hop a"),
        ("so kh chu tri gi", "so kh chu tri gi"),  # initials: Sở KH&CN
    ],
)
def test_shorthand_after_an_agencys_head_word(typed, expected):
    assert expand_chat(typed) == expected


def test_the_agency_in_hand_not_leading(seed_engine):
    _, answer = chat(
        seed_engine,
        "Sở KH&CN chỉ đạo những nv nào",
        "trong số đó nv nào sở ko trực tiếp chủ trì",
        today=DAY,
    )
    assert answer.task_ids == ["III.2"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("việc nào Sở Tài chính chủ trì, Sở NN&MT phối hợp", ["I.2"]),
        ("nv nao so nn&mt chu tri ma so tu phap phoi hop", ["I.1"]),
    ],
)
def test_each_agency_in_its_own_role(forest, question, expected):
    assert ask(forest, question).task_ids == expected


def test_each_agency_in_its_own_role_on_the_bundled_plan(seed_engine):
    answer = ask(seed_engine, "nv nào ubnd huyện chủ trì còn sở khcn chỉ đạo", DAY)
    assert answer.task_ids == ["III.2"]


def test_a_deeper_number_after_muc_is_an_item(real):
    engine = real("nq-105-NQ-CP")
    assert ask(engine, "mục III.2.3 do ai chủ trì", DAY).task_ids == ["III.2.3"]
    # and a section by its number, after it, is still the section
    _, answer = chat(engine, "muc III.2.2 la gi", "mục III.2 nói gì", today=DAY)
    assert (answer.task_ids, answer.sections) == ([], ("III.2",))


@pytest.mark.parametrize(
    ("stem", "question"),
    [
        ("nq-105-NQ-CP", "dân muốn phản ánh về sắp xếp bộ máy thì gọi đường dây nóng nào"),
        ("qd-893-QD-TTg", "co duong day nong hoi ve dao tao nhan luc hat nhan ko"),
    ],
)
def test_a_hotline_is_not_in_the_plan(real, stem, question):
    answer = ask(real(stem), question, DAY)
    assert (answer.found, "không có thông tin này" in answer.text) == (False, True)


def test_the_reports_a_task_yields(real):
    question = "Bộ NN&MT phải trình những báo cáo gì về ô nhiễm không khí"
    answer = ask(real("nq-97-NQ-CP"), question, DAY)
    assert (answer.task_ids, "Báo cáo chuyên đề" in answer.text) == (["22"], True)


def test_a_final_deadline_within_the_year(real):
    answer = ask(real("nq-116-NQ-CP"), "việc nào có hạn chót trong năm 2026", DAY)
    assert answer.task_ids == ["I.7"]


def test_a_year_opening_the_message(forest):
    assert ask(forest, "2026 sở tài chính phải xong việc nào").task_ids == ["I.2"]


def test_initials_of_the_one_compound_written_once():
    lexicon = Lexicon({"o_nhiem": 1, "khong_khi": 1, "giao_dich": 1, "bo": 3})
    assert lexicon.segment("o nhiem kk".split()) == ["o_nhiem", "khong_khi"]
    # not after an agency's head word: "bộ gd" is a ministry's initials
    assert lexicon.segment("bo gd".split()) == ["bo", "gd"]


def test_initials_of_a_rare_compound_in_a_real_plan(real):
    assert ask(real("nq-97-NQ-CP"), "nv nào về ô nhiễm kk ở mấy tp lớn vậy", DAY).task_ids == ["22"]


def test_a_passage_that_sets_no_date(real):
    question = "báo cáo về tình hình cử cán bộ đi đào tạo gửi cho ai, hạn ngày nào"
    answer = ask(real("qd-893-QD-TTg"), question, DAY)
    assert ("Bộ Khoa học và Công nghệ" in answer.text, "không nêu ngày" in answer.text) == (
        True,
        True,
    )


def test_a_cited_paper_shown_with_what_it_is_about(seed_engine):
    answer = ask(seed_engine, "NQ 08-NQ/TW trong kế hoạch đề cập chuyện gì", DAY)
    assert (answer.task_ids, "công nghiệp quốc phòng" in answer.text) == (["IV.3"], True)


def test_a_lone_syllable_of_a_group_title(seed_engine):
    answer = ask(seed_engine, "Is there anything on reference standards for measurement?", DAY)
    assert "II.7" in answer.task_ids and "VI.1" not in answer.task_ids


def test_the_policy_a_plan_puts_into_practice(seed_engine):
    answer = ask(seed_engine, "Which national policy is the plan putting into practice?", DAY)
    assert (answer.task_ids, "38-CT/TW" in answer.text) == ([], True)


def test_who_issues_what_a_task_yields(real):
    question = "Đề án đổi mới công tác truyền thông về BHYT thì ai ký ban hành"
    answer = ask(real("qd-844-QD-TTg"), question, DAY)
    assert (answer.task_ids, "Bộ trưởng" in answer.text) == (["5"], True)
    # the plan's own signer is still the plan's
    assert "Phạm Thị Thanh Trà" in ask(real("qd-844-QD-TTg"), "quyết định này ai ký", DAY).text
