"""Classes of questions round 40 showed were read wrong, each tried with sentences of its own
on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- "xin hỏi ai …", "cho em hỏi ai …" is a courtesy before the question, not "whom to ask";
- "ok thanks" before a Vietnamese question leaves it Vietnamese;
- an agency named beside a task ("nv III.2 thì Sở KH&CN làm gì", "… thì BTP chủ trì đúng
  ko") gets its part in that task;
- "có thời hạn ban hành khi nào? … đã quá hạn chưa?" of a decree a task issues: that task;
- a cue taken out of a question leaves a break, not a compound ("có … ban hành" is no "cơ
  bản");
- "kéo dài lâu nhất" asks the latest deadline; "làm một lần hay định kỳ?" filters nothing;
- "trong đó cái nào phải trình …" narrows the list in hand by a column's value;
- "hạn đúng năm nay", "chỉ ghi là năm 2026": the deadlines written as that period.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import ask

LATE = date(2026, 12, 6)


@pytest.mark.parametrize(
    "question", ["Xin hỏi ai là người ký kế hoạch này?", "cho em hoi ai ky kh nay a"]
)
def test_a_courtesy_before_who(forest, question):
    answer = ask(forest, question)
    assert ("số điện thoại" in answer.text, answer.found) == (False, True)


def test_a_chat_courtesy_in_english_before_vietnamese(forest):
    assert ask(forest, "ok thanks. nhom II co may nv").lang == "vi"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("nv II.1 thi cong an tinh lam gi", "Công an tỉnh: phối hợp"),
        ("II.3 so tai chinh chu tri dung ko", "Sở Tài chính: chủ trì"),
    ],
)
def test_an_agencys_part_in_a_task_named(forest, question, said):
    assert said in ask(forest, question).text


def test_a_decree_a_task_issues_asked_by_its_deadline(real):
    question = (
        "Nghị định về tổ chức hoạt động của thôn, tổ dân phố có thời hạn ban hành khi nào, "
        "đã quá hạn chưa?"
    )
    answer = ask(real("nq-105-NQ-CP"), question, LATE)
    assert (answer.task_ids, "đã qua hạn" in answer.text) == (["III.8"], True)


def test_the_longest_running_task(real):
    assert ask(real("qd-893-QD-TTg"), "việc nào kéo dài lâu nhất", LATE).task_ids == ["5"]


def test_once_or_recurring_filters_nothing(forest):
    answer = ask(forest, "việc tập huấn phòng cháy cho kiểm lâm làm một lần hay định kỳ?")
    assert (answer.task_ids, "Hằng năm" in answer.text) == (["II.2"], True)


def test_those_in_hand_by_a_columns_value(real):
    *_, last = chat(
        real("nq-105-NQ-CP"),
        "Bộ Nội vụ chủ trì những việc gì?",
        "trong đó cái nào trình Bộ Chính trị?",
        today=LATE,
    )
    assert set(last.task_ids) == {"III.9", "IV.9"}


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("nv nào có hạn đúng năm 2027 thôi", ["II.3"]),
        ("những việc hạn chỉ ghi là quý IV/2026", ["II.1"]),
    ],
)
def test_deadlines_written_as_the_period(forest, question, ids):
    assert ask(forest, question).task_ids == ids


def test_what_the_plan_is_trying_to_do(forest):
    answer = ask(forest, "In plain words, what is this plan trying to do?")
    assert (answer.found, "rừng" in answer.text) == (True, True)


def test_when_typed_as_bh_at_the_end(forest):
    assert ask(forest, "camera canh bao chay rung han bh").task_ids == ["II.1"]


def test_which_quarter_of_the_task_in_hand(forest):
    *_, last = chat(forest, "nhiệm vụ I.1 ai chủ trì", "han cu the quy may", today=LATE)
    assert (last.task_ids, "Quý III/2026" in last.text) == (["I.1"], True)
