"""Classes of questions round 31 showed were read wrong, each tried with sentences of its
own on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- what an agency "phải thực hiện nội dung gì", "cần triển khai những việc gì", "phải nộp
  báo cáo gì": its tasks;
- "Nhiệm vụ X có do Y chủ trì không?", "X do Y chỉ đạo à?": a claim to confirm;
- a question a group's title covers as well as the task of that group that fits it best
  ("làm gì để bảo vệ rừng") is about the group; a role verb no one is asked for
  ("will the province cooperate …") asks for no single task's column;
- "Sở NN&MT" that no plan lists as an agency is its words, not two runs of initials;
- "phải hoàn thành trong năm nay": not a task that starts then and runs on;
- an agency's tasks "mà sản phẩm là nghị định": those whose product cell says it;
- a figure quoted ("hỗ trợ 200% chi phí") names the task that writes it; "…, tối đa bao
  nhiêu tiền" after the task whose cells state the sum asks nothing new;
- businesses at large with a role ("chosen to lead smaller firms") are words of a task when
  no task has them in that role;
- "nhiệm vụ sau cùng" is the last of the list; compared tasks show the words that tell
  them apart, however late in their text;
- the glossary: a single window, welfare, initiatives, flagship firms, smaller firms.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.agency_names import spelled_out
from knowledge.render import shorten_near
from tests.dialogues import chat
from tests.forest import ask


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Sở Tài chính phải thực hiện nội dung gì?", ["I.2", "II.3"]),
        ("Công an tỉnh cần triển khai những việc gì?", ["II.1", "II.2"]),
        ("so tai chinh phai nop bao cao gi", ["I.2", "II.3"]),
    ],
)
def test_what_an_agency_does_or_hands_in(forest, question, ids):
    assert ask(forest, question).task_ids == ids


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Nhiệm vụ II.2 có do Sở Tài chính chủ trì không?", "Không đúng."),
        ("II.1 do Sở KH&CN chủ trì à?", "Đúng."),
        ("nv I.1 co do so nn&mt chu tri ko", "Đúng."),
    ],
)
def test_a_claim_asked_with_co_do(forest, question, verdict):
    answer = ask(forest, question)
    assert answer.title.startswith(verdict)


@pytest.mark.parametrize(
    "question",
    ["Tỉnh làm gì để bảo vệ rừng?", "What will the province do to protect the forests?"],
)
def test_a_group_title_as_good_as_its_best_task(forest, question):
    assert ask(forest, question).task_ids == ["II.1", "II.2", "II.3", "II.4"]


def test_a_role_verb_asks_no_column_of_one_task(seed_engine):
    answer = ask(
        seed_engine,
        "Is the province going to cooperate internationally on measurement and quality?",
    )
    assert answer.task_ids == ["VI.1", "VI.2", "VI.3"]


def test_joined_initials_of_an_agency_no_plan_lists():
    assert spelled_out("so gd&dt va so kh&cn") == {
        "gd dt": "giao duc dao tao",
        "kh cn": "khoa hoc cong nghe",
    }


def test_joined_initials_are_words_of_the_body(real):
    answer = ask(real("nq-105-NQ-CP"), "bên Sở NN&MT thì tối đa mấy đơn vị sự nghiệp công lập?")
    assert "07 đơn vị" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Việc nào phải xong trong năm 2026?", "Which tasks must be completed in 2026?"],
)
def test_finished_in_a_year_is_not_running_on(real, question):
    assert ask(real("nq-116-NQ-CP"), question).task_ids == ["I.7"]


def test_due_in_a_year_still_holds_what_starts_then(real):
    assert len(ask(real("nq-116-NQ-CP"), "Nhiệm vụ nào có hạn năm 2026?").task_ids) > 1


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Bộ Y tế chủ trì những việc nào có kết quả là nghị định?", ["8"]),
        ("Bộ Tài chính chủ trì những nhiệm vụ nào mà sản phẩm là quyết định?", ["5"]),
    ],
)
def test_an_agencys_tasks_by_their_product(real, question, ids):
    assert ask(real("qd-844-QD-TTg"), question).task_ids == ids


def test_a_figure_quoted_names_its_task(real):
    assert ask(real("qd-982-QD-TTg"), "Việc hỗ trợ 200% chi phí do ai chủ trì?").task_ids == ["1.6"]


def test_a_sum_asked_after_the_task_that_states_it(real):
    answer = ask(
        real("qd-982-QD-TTg"),
        "hỗ trợ 50% chi phí khi mở rộng thị trường ra nước ngoài, tối đa được bao nhiêu?",
    )
    assert (answer.task_ids, "2 tỷ đồng" in answer.text) == (["1.7"], True)


def test_businesses_led_are_no_agency_filter(real):
    answer = ask(real("qd-982-QD-TTg"), "How many flagship companies will be picked, and by when?")
    assert (answer.task_ids, "Quý IV/2026" in answer.text) == (["5.1"], True)


def test_the_last_of_the_list_said_sau_cung(forest):
    _, last = chat(
        forest,
        "Sở Tài chính chủ trì những nhiệm vụ nào?",
        "nhiệm vụ sau cùng hạn khi nào?",
        today=date(2026, 10, 20),
    )
    assert last.task_ids == ["II.3"]


def test_compared_tasks_show_the_words_that_tell_them_apart(real):
    answer = ask(
        real("qd-844-QD-TTg"), "Nghị định tăng mức đóng và nghị quyết DRG, việc nào xong trước?"
    )
    assert (answer.task_ids, "DRG" in answer.text) == (["8", "18"], True)


def test_a_word_the_cut_hides_is_shown_after_it():
    text = "Xây dựng đề án thí điểm cơ chế quản lý rừng theo chuỗi giá trị gỗ lớn (FSC)"
    assert (
        shorten_near(text, 30, ["fsc"]) == "Xây dựng đề án thí điểm cơ… chuỗi giá trị gỗ lớn (FSC)"
    )
    assert shorten_near(text, 30, ["xay_dung"]) == "Xây dựng đề án thí điểm cơ…"


@pytest.mark.parametrize(
    ("stem", "question", "ids"),
    [
        (
            "nq-105-NQ-CP",
            "Who is in charge of the single window that links residence and land records?",
            ["III.5"],
        ),
        (
            "nq-116-NQ-CP",
            "Which ministry deals with joining global initiatives on climate adaptation?",
            ["VI.2"],
        ),
    ],
)
def test_glossary_words_of_round_31(real, stem, question, ids):
    assert ask(real(stem), question, date(2026, 6, 1)).task_ids == ids
