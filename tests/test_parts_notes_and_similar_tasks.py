"""Classes of questions round 28 showed were read wrong, each tried with sentences of its
own on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- "có nhiệm vụ nào về … của doanh nghiệp" asks about a topic, not businesses' tasks; and
  agencies named inside the words of a task whose other column is asked are the task's;
- a part of the body named by its title's opening ("mục về phát triển nguồn nhân lực");
- a task's note ("ghi chú gì"), its words no topic;
- "là nhiệm vụ số mấy" asks an id, not a count; "which task is about …" the one task;
- an agency's English name that opens the plan's name ("district people's committees" for
  "UBND các huyện, thành phố");
- who follows "… việc thực hiện Chương trình hành động này": the plan's overseer;
- "tg" is "thời gian";
- English words the plans write as they are ("sandbox", "FinTech"); an English phrase after
  "the" that reaches further is read whole ("the public health insurance scheme");
- a task like the one in hand ("còn nhiệm vụ tương tự cho …");
- an English word that stands for several of the plans' words ("training": đào tạo, bồi
  dưỡng, tập huấn; "marketing": quảng bá, xúc tiến; "link": kết nối, liên kết).
"""

from __future__ import annotations

import pytest

from knowledge.english import ALTERNATES, phrases
from tests.dialogues import chat
from tests.forest import TODAY, ask


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Có việc nào về tiếp nhận góp ý của doanh nghiệp không?", ["II.6"]),
        ("Có nhiệm vụ nào về cung cấp thông tin pháp luật cho doanh nghiệp không?", ["II.6"]),
    ],
)
def test_businesses_inside_a_topic(seed_engine, question, ids):
    assert ask(seed_engine, question).task_ids == ids


def test_agencies_inside_a_described_task_whose_column_is_asked(real):
    answer = ask(
        real("nq-97-NQ-CP"),
        "Việc làm chuyên mục Tiêu điểm chính sách trên Đài Tiếng nói Việt Nam cho ra kết quả gì?",
    )
    assert (answer.task_ids, "phát sóng" in answer.text) == (["23"], True)


@pytest.mark.parametrize(
    "question",
    [
        "Mục về phát triển nguồn nhân lực gồm những gì?",
        "Phần nhiệm vụ, giải pháp về phát triển nguồn nhân lực có những nội dung chính nào?",
    ],
)
def test_a_part_named_by_its_titles_opening(seed_engine, question):
    answer = ask(seed_engine, question)
    assert ("Phát triển nguồn nhân lực" in answer.title, "công an" in answer.text) == (True, True)


def test_a_tasks_note(seed_engine):
    answer = ask(seed_engine, "Việc tuyên truyền Chỉ thị 38 có ghi chú những gì?")
    assert (answer.task_ids, "51-KHPH" in answer.text) == (["I.1"], True)


@pytest.mark.parametrize(
    ("engine", "question", "ids"),
    [
        ("forest", "Việc lắp camera cảnh báo cháy rừng là nhiệm vụ số mấy?", ["II.1"]),
        ("seed_engine", "nv ve he thong chuan do luong chinh cua tinh la nv so may", ["II.7"]),
        ("seed_engine", "Which task deals with barcodes and traceability?", ["II.4"]),
    ],
)
def test_one_task_asked_for_by_its_words(request, engine, question, ids):
    answer = ask(request.getfixturevalue(engine), question)
    assert (answer.task_ids, "có 8" in answer.text.lower()) == (ids, False)


def test_an_english_name_that_opens_the_plans_name(seed_engine):
    answer = ask(seed_engine, "What do the district people's committees lead?")
    assert answer.task_ids == ["I.1", "I.2", "III.2", "V.2", "VI.1", "VI.2"]


def test_who_follows_this_action_programme(real):
    answer = ask(
        real("nq-105-NQ-CP"),
        "Cơ quan nào theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chương trình hành động này?",
    )
    assert (answer.task_ids, "Bộ Nội vụ" in answer.text) == ([], True)


def test_tg_is_time(forest):
    answer = ask(forest, "nv II.3 ai lam, tg thuc hien?")
    assert ("Sở Tài chính" in answer.text, "Năm 2027" in answer.text) == (True, True)


@pytest.mark.parametrize(
    ("stem", "question", "ids"),
    [
        ("qd-982-QD-TTg", "Who handles the fintech sandbox?", ["2.2"]),
        (
            "qd-893-QD-TTg",
            "Which specialised course covers radioactivity monitoring at sea?",
            ["7"],
        ),
    ],
)
def test_english_words_the_plans_write_as_they_are(real, stem, question, ids):
    assert ask(real(stem), question).task_ids == ids


def test_a_phrase_after_the_that_reaches_further_is_read_whole():
    assert list(phrases("the public health insurance scheme")) == ["bao hiem y te"]


def test_a_task_like_the_one_in_hand(real, forest):
    _, like = chat(
        real("qd-893-QD-TTg"),
        "Nhiệm vụ ban hành khung chương trình đào tạo cho nhân lực nghiên cứu - phát triển"
        " do ai chủ trì?",
        "Còn nhiệm vụ tương tự cho nhân lực quản lý nhà nước thì thời hạn thế nào?",
        today=TODAY,
    )
    _, other = chat(
        forest,
        "Ai chủ trì việc lắp camera cảnh báo cháy rừng?",
        "Có việc nào tương tự về cơ sở dữ liệu không, ai làm?",
        today=TODAY,
    )
    assert (like.task_ids, "2027" in like.text, other.task_ids) == (["3"], True, ["II.4"])


def test_the_glossary_gives_the_other_words_an_english_word_stands_for():
    assert set(ALTERNATES["dao_tao"]) == {"boi_duong", "tap_huan"}


@pytest.mark.parametrize(
    ("stem", "question", "ids"),
    [
        (
            None,
            "Is there any training for company employees on standards and quality?",
            ["I.4", "III.1"],
        ),
        (
            "qd-982-QD-TTg",
            "We sell software abroad. Any tax incentive on what we spend on marketing overseas?",
            ["1.6"],
        ),
        (
            "qd-844-QD-TTg",
            "Will public health insurance be linked with the health cover private insurers sell?",
            ["7"],
        ),
    ],
)
def test_an_english_word_that_stands_for_several(real, seed_engine, stem, question, ids):
    engine = real(stem) if stem else seed_engine
    assert ask(engine, question).task_ids == ids
