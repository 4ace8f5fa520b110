"""Classes of questions round 91 (asked of 32bf4f0) showed were read wrong, each tried with
sentences of its own, on the bundled plan, a plan written here and real plans:

- "Ngoài Chủ tịch UBND tỉnh, UBND tỉnh chỉ đạo việc nào?": a clause before the question
  sets aside the agency it names; one no plan names sets aside nothing, and the question
  after it has no negation;
- of two passages that hold the question's topic alike, the one holding more of its other
  words ("đơn vị chủ trì … bố trí kinh phí" is the paragraph on the units that lead);
- "trg": chat shorthand for "trường";
- "signed when and by whom?", "has that deadline passed?" in English;
- "A hoặc B", "A or B": topics asked as alternatives, the tasks of each;
- a task found by its topic is shown with the agency cells that write the question's words
  ("Will the local newspaper and radio help …?": its partners);
- "có bắt buộc phải …": whether one must, no topic;
- "bao nhiêu phần trăm": a unit, not a thing counted that the plan must write;
- "… ra văn bản gì": what the work issues, asked, no topic.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)

PORT_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH HẢI NAM
Số: 52/KH-UBND
Hải Nam, ngày 10 tháng 2 năm 2026
KẾ HOẠCH
Phát triển cảng biển và dịch vụ hậu cần tỉnh Hải Nam năm 2026
I. MỤC TIÊU
Nâng năng lực thông quan hàng hóa tại cảng biển thêm 30% so với năm 2025.
II. TỔ CHỨC THỰC HIỆN
1. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách tỉnh và nguồn xã hội hóa.
2. Các cơ quan, đơn vị chủ trì nhiệm vụ chủ động bố trí kinh phí trong dự toán được giao \
để thực hiện.
3. Sở Xây dựng theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Cơ quan chỉ đạo
Thời hạn
1
Xây dựng đề án nạo vét luồng hàng hải vào cảng.
Sở Xây dựng
Sở Tài chính
UBND tỉnh
Quý II/2026
2
Tổ chức hội nghị xúc tiến đầu tư dịch vụ hậu cần cảng biển.
Sở Công Thương
Đài Phát thanh và Truyền hình Hải Nam, Báo Hải Nam
Chủ tịch UBND tỉnh
Quý III/2026
3
Ứng dụng số hóa thủ tục hải quan tại cảng.
Sở Tài chính
Sở Xây dựng
Chủ tịch UBND tỉnh
Tháng 3/2026
4
Đào tạo nhân lực hậu cần cho doanh nghiệp cảng biển.
Trường Cao đẳng Kỹ thuật Hải Nam
Sở Giáo dục và Đào tạo
UBND tỉnh
Năm 2026
"""


@pytest.fixture(scope="module")
def port(written_engine):
    return written_engine("52-KH-UBND", PORT_PLAN)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Ngoài Chủ tịch UBND tỉnh, UBND tỉnh chỉ đạo những việc nào?", ["1", "4"]),
        ("trừ chủ tịch ubnd tỉnh ra, ubnd tỉnh chỉ đạo nv nào", ["1", "4"]),
        ("Ngoài Sở Tài chính, Sở Xây dựng phối hợp nhiệm vụ nào?", ["3"]),
        # a body no plan names: nothing set aside, and no negation left
        ("Ngoài Bộ Quốc phòng, Sở Xây dựng chủ trì việc gì?", ["1"]),
        # the one agency named is the one set aside: every other's tasks
        ("Ngoài Sở Xây dựng, cơ quan nào chủ trì nhiệm vụ?", ["2", "3", "4"]),
    ],
)
def test_a_clause_that_sets_an_agency_aside(port, question, expected):
    assert expected == ask(port, question, DAY).task_ids


def test_a_clause_that_sets_aside_the_chairman_in_the_bundled_plan(seed_engine):
    question = "Ngoài Chủ tịch UBND tỉnh ra, còn nhiệm vụ nào do UBND tỉnh chỉ đạo?"
    assert ["II.2"] == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Đơn vị chủ trì phải tự bố trí kinh phí thế nào?", "dự toán được giao"),
        ("Kinh phí của kế hoạch lấy từ nguồn nào?", "xã hội hóa"),
    ],
)
def test_of_two_passages_on_money_the_one_holding_the_questions_other_words(
    port, question, written
):
    assert written in ask(port, question, DAY).text


def test_the_units_that_lead_find_their_own_money_in_the_bundled_plan(seed_engine):
    answer = ask(seed_engine, "Cơ quan chủ trì nhiệm vụ phải tự bố trí kinh phí ra sao?", DAY)
    assert "trong nguồn ngân sách được giao" in answer.text


@pytest.mark.parametrize(
    ("engine", "question", "expected"),
    [
        ("port", "trg cao dang ky thuat chu tri viec gi", ["4"]),
        ("seed", "cac trg dai hoc phoi hop nhung nv nao", ["I.4", "III.1"]),
    ],
)
def test_trg_is_truong(port, seed_engine, engine, question, expected):
    assert expected == ask(port if engine == "port" else seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    "question", ["Signed when, and by whom?", "When was it signed and by whom?"]
)
def test_signed_when_and_by_whom(seed_engine, question):
    text = ask(seed_engine, question, DAY).text
    assert (True, True) == ("Võ Văn Minh" in text, "28/04/2025" in text)


def test_has_that_deadline_passed_of_the_task_in_hand(port):
    last = chat(port, "Who leads task 3?", "Has that deadline passed yet?", today=DAY)[-1]
    assert (["3"], True) == (last.task_ids, "Yes, overdue" in last.text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Có việc nào về nạo vét luồng hoặc số hóa thủ tục hải quan không?", ["1", "3"]),
        ("nạo vét luồng hoặc đào tạo nhân lực hậu cần do ai chủ trì", ["1", "4"]),
    ],
)
def test_topics_asked_as_alternatives(port, question, expected):
    assert expected == ask(port, question, DAY).task_ids


def test_topics_asked_as_alternatives_in_english(seed_engine):
    question = "Is there anything about international treaties or commitments to trade partners?"
    assert ["VI.1"] == ask(seed_engine, question, DAY).task_ids


def test_a_topic_asked_whole_is_still_one_task(port):
    assert ["3"] == ask(port, "Có việc nào về số hóa thủ tục hải quan không?", DAY).task_ids


@pytest.mark.parametrize(
    "question",
    [
        "Hội nghị xúc tiến đầu tư có báo, đài tham gia không?",
        "Will the local newspaper and radio help with the investment promotion conference?",
    ],
)
def test_the_partner_cells_that_write_the_questions_words(port, question):
    answer = ask(port, question, DAY)
    assert (["2"], True) == (answer.task_ids, "Báo Hải Nam" in answer.text)


def test_a_topic_with_no_agency_words_shows_no_partners(port):
    answer = ask(port, "Có nhiệm vụ nào về hội nghị xúc tiến đầu tư không?", DAY)
    assert (["2"], False) == (answer.task_ids, "Báo Hải Nam" in answer.text)


def test_whether_one_must_is_no_topic(real):
    question = (
        "bộ ngành có bắt buộc phải xây dựng kế hoạch riêng để thực hiện chương trình hành động"
        " không"
    )
    assert "lồng ghép việc thực hiện" in ask(real("nq-105-NQ-CP"), question, DAY).text


def test_a_compulsory_training_is_still_a_topic(real):
    answer = ask(real("nq-105-NQ-CP"), "nhiệm vụ đào tạo bắt buộc do ai chủ trì", DAY)
    assert ["IV.3"] == answer.task_ids


@pytest.mark.parametrize(
    "question",
    [
        "chi phí cho hoạt động tiếp cận thị trường quốc tế bằng bao nhiêu phần trăm chi phí thực"
        " tế và tối đa bao nhiêu khi tính thuế thu nhập doanh nghiệp?",
        "khi tính thuế tndn, chi phí mở rộng thị trường quốc tế bằng bao nhiêu phần trăm chi phí"
        " thực tế, tối đa bao nhiêu một năm",
    ],
)
def test_a_percentage_is_a_unit_not_a_thing_counted(real, question):
    answer = ask(real("qd-982-QD-TTg"), question, DAY)
    assert (["1.6"], True) == (answer.task_ids, "200%" in answer.text)


def test_what_the_work_issues_asked_is_no_topic(real):
    question = "tăng mức đóng bhyt từ 2027 thì ra văn bản gì vậy"
    answer = ask(real("qd-844-QD-TTg"), question, DAY)
    assert (["8"], True) == (answer.task_ids, "Nghị định" in answer.text)
