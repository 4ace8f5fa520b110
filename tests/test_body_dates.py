"""What the body says outside the table: a date it sets for reports ("trước ngày 20/12 hằng
năm"), a part named by its title with other words around it, and the plan in short as
against one of its parts.

Tried on a plan written here, on the bundled plan and on a real gazette plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context, Status
from knowledge.engine import Engine
from tests.realplans import real_engine

TODAY = date(2026, 6, 1)

WATER_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 52/KH-UBND
Đông Lâm, ngày 2 tháng 2 năm 2026
KẾ HOẠCH
Bảo đảm nước sạch nông thôn tỉnh Đông Lâm năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Nâng tỷ lệ hộ dân nông thôn dùng nước sạch.
b) Xác định rõ trách nhiệm của từng cơ quan, địa phương.
2. Yêu cầu
a) Bám sát chỉ tiêu của tỉnh, bảo đảm khả thi và đúng tiến độ.
b) Quá trình triển khai phải công khai, có kiểm tra, giám sát.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
a) Tổng hợp kết quả thực hiện, trước ngày 20/12 hằng năm báo cáo Ủy ban nhân dân tỉnh.
b) Hướng dẫn kỹ thuật xử lý nước cho các xã.
2. Ủy ban nhân dân các huyện
a) Chỉ đạo các xã rà soát công trình cấp nước.
b) Gửi báo cáo sơ kết sáu tháng về Sở Nông nghiệp và Môi trường trước ngày 15 tháng 6.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Công trình
1
Sửa chữa các công trình cấp nước tập trung xuống cấp.
Sở Nông nghiệp và Môi trường
Ủy ban nhân dân các huyện
Quý III/2026
2
Lắp đặt thiết bị đo chất lượng nước tại các trạm cấp nước.
Sở Xây dựng
Sở Khoa học và Công nghệ
Quý IV/2026
II
Truyền thông
1
Tuyên truyền người dân sử dụng nước sạch tiết kiệm.
Sở Văn hóa, Thể thao và Du lịch
Ủy ban nhân dân các huyện
Hằng năm
"""


@pytest.fixture(scope="module")
def water(written_engine) -> Engine:
    return written_engine("52", WATER_PLAN)


def ask(engine: Engine, question: str, context: Context | None = None):
    return engine.answer(question, context or Context(), TODAY)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("Báo cáo kết quả thực hiện hằng năm gửi UBND tỉnh trước ngày nào?", "20/12", "15 tháng 6"),
        ("bc so ket 6 thang cua huyen nop truoc ngay nao vay", "15 tháng 6", "20/12"),
        ("When are the district reports for the first six months due?", "15 tháng 6", "20/12"),
    ],
)
def test_a_date_the_body_sets_is_quoted_from_its_sentence(water, question, said, not_said):
    answer = ask(water, question)
    assert (answer.status, answer.task_ids, said in answer.text, not_said in answer.text) == (
        Status.FOUND,
        [],
        True,
        False,
    )


def test_whose_date_it_is_comes_with_it(water):
    answer = ask(water, "Hạn báo cáo kết quả thực hiện hằng năm là ngày nào?")
    assert "Sở Nông nghiệp và Môi trường" in answer.text


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # A task's own words still answer with the task's deadline.
        ("Sửa chữa công trình cấp nước xuống cấp hạn khi nào?", ["I.1"]),
        ("Nhiệm vụ lắp đặt thiết bị đo chất lượng nước có thời hạn nào?", ["I.2"]),
    ],
)
def test_a_task_described_keeps_its_own_deadline(water, question, ids):
    assert ask(water, question).task_ids == ids


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The title "Yêu cầu" with words its section holds ("triển khai").
        ("Kế hoạch đặt ra những yêu cầu gì đối với quá trình triển khai?", "công khai"),
        # Of two titles, the one a question word follows.
        ("Những yêu cầu gì đặt ra cho việc tổ chức thực hiện?", "Bám sát"),
        # "nội dung chính", "tóm tắt" of a part named: that part, not the plan in short.
        ("Mục đích của kế hoạch gồm những nội dung chính nào?", "Nâng tỷ lệ"),
        ("muc dich cua kh la gi, tom tat giup minh", "trách nhiệm"),
        # The plan named by its own title around the part's title.
        ("Mục đích của Kế hoạch bảo đảm nước sạch nông thôn năm 2026 là gì?", "Nâng tỷ lệ"),
    ],
)
def test_a_part_named_by_its_title_among_other_words(water, question, said):
    answer = ask(water, question)
    assert (answer.status, said in answer.text) == (Status.FOUND, True)


def test_words_the_part_does_not_hold_are_no_title_question(water):
    # "Yêu cầu" is named, but "nước ngầm" is in no part of it: not that section whole.
    answer = ask(water, "Yêu cầu về khai thác nước ngầm là gì?")
    assert "Bám sát" not in answer.text


def test_the_plan_in_short_still_answers_when_no_part_is_named(water):
    answer = ask(water, "Kế hoạch này nói về gì, tóm tắt giúp tôi")
    assert "nước sạch nông thôn" in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Hạn nộp báo cáo tình hình thực hiện hằng năm là ngày nào?", "15/11"),
        ("bc tinh hinh thuc hien kh gui truoc ngay nao nhi, sap cuoi nam r", "15/11"),
    ],
)
def test_the_bundled_plans_report_date(seed_engine, question, said):
    answer = ask(seed_engine, question)
    assert (answer.task_ids, said in answer.text) == ([], True)


def test_a_real_plans_report_date(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-116-NQ-CP")
    question = "Is there a deadline for the annual reports from ministries and provinces?"
    answer = ask(engine, question)
    assert ("30 tháng 11" in answer.text, answer.task_ids) == (True, [])


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Báo cáo kết quả thực hiện gửi UBND tỉnh trước ngày 20/12 hằng năm, đúng không?", "Đúng"),
        ("bc so ket 6 thang cua huyen nop truoc 30/6 phai k", "Không đúng"),
    ],
)
def test_a_date_claimed_of_the_body_is_checked(water, question, verdict):
    assert ask(water, question).text.split(".")[0] == verdict


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("Trong phần tổ chức thực hiện, UBND các huyện được giao việc gì?", "rà soát", "20/12"),
        ("Phần tổ chức thực hiện giao Sở Nông nghiệp và Môi trường trách nhiệm gì?", "20/12", "15"),
    ],
)
def test_what_a_part_named_says_of_an_agency(water, question, said, not_said):
    answer = ask(water, question)
    assert (answer.task_ids, said in answer.text, not_said in answer.text) == ([], True, False)


def test_a_percentage_asked_is_no_part_of_the_text(tmp_path_factory):
    # "phần trăm" is no "phần" (part), "mục tiêu" no "mục": the figure, not part I whole.
    engine = real_engine(tmp_path_factory, "qd-844-QD-TTg")
    answer = ask(engine, "Mục tiêu tỷ lệ bao phủ bảo hiểm y tế năm 2026 là bao nhiêu phần trăm?")
    assert "95,5%" in answer.text


def test_a_list_of_tasks_is_no_part_of_the_text(water):
    # "danh mục" holds no "mục" (part): the agency's tasks, not a part about it.
    answer = ask(water, "Sở Nông nghiệp và Môi trường chủ trì những nhiệm vụ nào trong danh mục?")
    assert answer.task_ids == ["I.1"]
