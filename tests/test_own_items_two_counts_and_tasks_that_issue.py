"""Classes of questions round 60 (asked of c885a20) showed were read wrong, each tried with
sentences of its own, on the bundled plan, the forestry plan of tests/forest.py, a plan
written here and real gazette plans:

- an agency that leads an item of a task it only partners in: the item is its part, not the
  task above it;
- "When is that supposed to be finished/done?": by when, of the task in hand;
- "X có được gửi quyết định này không?": the plan's recipients;
- "có bao nhiêu nhiệm vụ và mấy nhiệm vụ có …": both counts, the whole and the narrowed;
- "<what a task issues> do ai ban hành?": the task's lead, not the plan's issuer;
- a plan with no documents to review gives way: "which rules have to be revised, by when?"
  is about its tasks.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 6)

SCHOOLS_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 64/KH-UBND
Đông Lâm, ngày 9 tháng 3 năm 2026
KẾ HOẠCH
Sắp xếp các cơ sở giáo dục và y tế tỉnh Đông Lâm năm 2026
I. MỤC ĐÍCH
Sắp xếp lại mạng lưới trường học và trạm y tế.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Sắp xếp
1
Sắp xếp các đơn vị sự nghiệp công lập thuộc tỉnh.
Sở Nội vụ
Sở Giáo dục và Đào tạo, Sở Y tế
Quý III/2026
a)
Sắp xếp lại các trường học, cơ sở giáo dục công lập theo quy hoạch mạng lưới trường lớp của tỉnh.
Sở Giáo dục và Đào tạo
Ủy ban nhân dân cấp xã
Quý II/2026
b)
Sắp xếp lại các trạm y tế, cơ sở y tế công lập theo quy hoạch mạng lưới y tế cơ sở của tỉnh.
Sở Y tế
Ủy ban nhân dân cấp xã
Quý IV/2026
2
Tổng kết việc sắp xếp.
Sở Nội vụ
Sở Tài chính
Năm 2027
"""


@pytest.fixture(scope="module")
def schools(written_engine):
    return written_engine("64", SCHOOLS_PLAN)


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("64", "Sở Giáo dục và Đào tạo được giao làm gì trong việc sắp xếp trường học?", ["I.1.a"]),
        ("64", "sở y tế phải làm những việc gì", ["I.1.b"]),
        (
            "nq-105-NQ-CP",
            "Bộ Y tế được giao làm gì trong việc sắp xếp lại các cơ sở y tế?",
            ["III.2.4"],
        ),
    ],
)
def test_an_agency_leading_an_item_has_the_item_as_its_part(
    schools, real, stem, question, expected
):
    engine = schools if stem == "64" else real(stem)
    assert expected == ask(engine, question, DAY).task_ids


def test_the_item_stays_in_hand_for_the_next_turns(real):
    turns = (
        "Bộ Giáo dục và Đào tạo được giao làm gì trong việc sắp xếp lại các cơ sở giáo dục?",
        "việc đó hạn khi nào?",
        "còn Bộ Y tế thì sao?",
    )
    answers = chat(real("nq-105-NQ-CP"), *turns, today=DAY)
    assert [a.task_ids for a in answers] == [["III.2.3"], ["III.2.3"], ["III.2.4", "IV.7"]]


@pytest.mark.parametrize(
    ("stem", "turns", "expected", "said"),
    [
        ("forest", ("II.3 ai chủ trì", "When is that supposed to be done?"), ["II.3"], "2027"),
        (
            "seed",
            ("Anything about barcodes in the plan?", "When is that supposed to be finished?"),
            ["II.4"],
            "Quý III/2025",
        ),
    ],
)
def test_when_that_is_to_be_finished_is_of_the_task_in_hand(
    forest, seed_engine, stem, turns, expected, said
):
    engine = forest if stem == "forest" else seed_engine
    answer = chat(engine, *turns, today=DAY)[-1]
    assert (answer.task_ids, said in answer.text) == (expected, True)


@pytest.mark.parametrize(
    "question",
    [
        "Các hiệp hội doanh nghiệp có được gửi quyết định này không?",
        "cục thống kê tỉnh có dc gửi qđ ko",
    ],
)
def test_whether_someone_is_sent_the_plan_is_its_recipients(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert ("Cục Thống kê tỉnh" in answer.text, "Các Hiệp hội doanh nghiệp" in answer.text) == (
        True,
        True,
    )


@pytest.mark.parametrize(
    ("stem", "question", "counts"),
    [
        (
            "seed",
            "Nhóm II có bao nhiêu nhiệm vụ và mấy nhiệm vụ có thời hạn cụ thể theo quý?",
            ("có 8 nhiệm vụ", "Có 4 nhiệm vụ"),
        ),
        (
            "forest",
            "nhóm II có bao nhiêu việc và mấy việc có hạn trong năm 2026",
            ("có 4 nhiệm vụ", "có 2 nhiệm vụ"),
        ),
    ],
)
def test_a_count_and_the_count_it_narrows_to(forest, seed_engine, stem, question, counts):
    answer = ask(forest if stem == "forest" else seed_engine, question, DAY)
    assert [c in answer.text for c in counts] == [True, True]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Khung chương trình đào tạo cho nhân lực nghiên cứu - phát triển và hỗ trợ kỹ "
            "thuật do ai ban hành vậy?",
            ["4"],
        ),
        (
            "Khung chương trình đào tạo cho nhân lực quản lý nhà nước về năng lượng nguyên tử "
            "do ai ban hành?",
            ["3"],
        ),
    ],
)
def test_who_issues_what_a_task_is_to_issue_is_its_lead(real, question, expected):
    answer = ask(real("qd-893-QD-TTg"), question, DAY)
    assert (answer.task_ids, "Bộ Khoa học và Công nghệ" in answer.text) == (expected, True)


def test_who_issued_the_plan_is_still_its_issuer(real):
    answer = ask(real("qd-893-QD-TTg"), "Quyết định này do ai ban hành?", DAY)
    assert (answer.task_ids, "THỦ TƯỚNG" in answer.text.upper()) == ([], True)


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("forest", "Which rules have to be revised, and by when?", ["I.1"]),
        (
            "nq-105-NQ-CP",
            "Will there be a one-stop shop linking population, land and business data? When "
            "should the rules be revised?",
            ["III.5"],
        ),
    ],
)
def test_a_plan_with_no_documents_to_review_gives_way(forest, real, stem, question, expected):
    answer = ask(forest if stem == "forest" else real(stem), question, DAY)
    assert expected == answer.task_ids


@pytest.mark.parametrize(
    ("stem", "question", "expected"),
    [
        ("seed", "What is the army supposed to do under this plan?", ["IV.3"]),
        ("forest", "What is the police supposed to do under this plan?", ["II.1", "II.2"]),
        ("seed", "What will the provincial military command do?", ["IV.3"]),
    ],
)
def test_what_an_agency_is_supposed_to_do_is_its_tasks(
    forest, seed_engine, stem, question, expected
):
    answer = ask(forest if stem == "forest" else seed_engine, question, DAY)
    assert expected == answer.task_ids


def test_the_requirements_on_the_departments_are_the_whole_part(seed_engine):
    question = "Kế hoạch đặt ra những yêu cầu gì đối với các sở, ngành khi triển khai?"
    answer = ask(seed_engine, question, DAY)
    assert ("bám sát" in answer.text, "đúng tiến độ" in answer.text) == (True, True)


@pytest.mark.parametrize(
    ("stem", "question", "expected", "lead"),
    [
        (
            "forest",
            "tập huấn phòng cháy chữa cháy rừng thì công an tỉnh làm hay chi cục kiểm lâm làm?",
            ["II.2"],
            "Công an tỉnh",
        ),
        (
            "qd-844-QD-TTg",
            "phan luong nguoi benh giua cac cap kham chua benh thi bo y te lam hay so y te lam",
            ["11"],
            "Sở Y tế",
        ),
    ],
)
def test_which_of_two_agencies_does_it_is_the_lead(forest, real, stem, question, expected, lead):
    answer = ask(forest if stem == "forest" else real(stem), question, DAY)
    assert (answer.task_ids, lead in answer.text) == (expected, True)
