"""Answers that sit in one sentence of a long passage of the body, asked as people ask them:
a figure among many targets, how many of something a section lists, a kind of group the text
names that is not a group of tasks, and things the passage only seems to be about.

Tried on a plan written here, on the bundled plan and on real gazette plans.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context, Status
from knowledge.engine import Engine
from tests.realplans import real_engine

TODAY = date(2026, 6, 1)

TRAINING_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 41/KH-UBND
Đông Lâm, ngày 9 tháng 3 năm 2026
KẾ HOẠCH
Phát triển nhân lực ngành y tế tỉnh Đông Lâm đến năm 2035
I. MỤC TIÊU
1. Mục tiêu đến năm 2030
- Nhân lực khám chữa bệnh:
+ Phấn đấu 80% bác sĩ tuyến huyện được đào tạo lại theo chuẩn năng lực mới.
+ Hình thành 03 nhóm chuyên gia về hồi sức cấp cứu tại bệnh viện đa khoa tỉnh.
- Nhân lực y tế dự phòng:
+ 100% cán bộ y tế xã được bồi dưỡng về phòng chống dịch bệnh truyền nhiễm.
+ Xây dựng đội ngũ điều dưỡng có kỹ năng chăm sóc người cao tuổi tại cộng đồng.
2. Mục tiêu đến năm 2035
- Nhân lực khám chữa bệnh:
+ Phấn đấu 95% bác sĩ tuyến huyện được đào tạo lại theo chuẩn năng lực mới.
+ Hình thành 06 nhóm chuyên gia về hồi sức cấp cứu và ghép tạng tại bệnh viện đa khoa tỉnh.
- Nhân lực y tế dự phòng:
+ Mỗi trung tâm y tế huyện có ít nhất 02 bác sĩ chuyên khoa dịch tễ học.
+ Hoàn thiện mạng lưới cộng tác viên dân số ở tất cả các thôn, ấp của tỉnh.
II. HÌNH THỨC ĐÀO TẠO
1. Hình thức đào tạo, bồi dưỡng gồm:
a) Bồi dưỡng ngắn hạn tại tỉnh.
b) Đào tạo chuyên khoa cấp I, cấp II.
c) Đào tạo theo địa chỉ sử dụng.
d) Chuyển giao kỹ thuật theo gói.
đ) Đào tạo trực tuyến.
III. KINH PHÍ
Kinh phí thực hiện từ ngân sách tỉnh và nguồn thu sự nghiệp của các cơ sở y tế.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Đào tạo
1
Cử bác sĩ đi đào tạo chuyên khoa cấp I, cấp II.
Sở Y tế
Sở Tài chính
Năm 2027
2
Mở lớp bồi dưỡng phòng chống dịch bệnh cho cán bộ y tế xã.
Trung tâm Kiểm soát bệnh tật tỉnh
Sở Y tế, cơ sở khám bệnh, chữa bệnh
Quý IV/2026
II
Thu hút nhân lực
1
Ban hành chính sách thu hút bác sĩ về tuyến huyện.
Sở Nội vụ
Sở Y tế
Quý II/2027
"""


def ask(engine: Engine, question: str):
    return engine.answer(question, Context(), TODAY)


@pytest.fixture(scope="module")
def training(written_engine) -> Engine:
    return written_engine("41", TRAINING_PLAN)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The year in the heading above the sentence tells the two targets apart.
        ("Đến năm 2035 có bao nhiêu nhóm chuyên gia hồi sức cấp cứu?", "06 nhóm", "03 nhóm"),
        ("muc tieu 2030 bao nhieu phan tram bac si tuyen huyen duoc dao tao lai", "80%", "95%"),
        # A short section is shown whole; a long one, by the sentences that answer.
        ("Mỗi trung tâm y tế huyện cần mấy bác sĩ dịch tễ học?", "02 bác sĩ", "80%"),
    ],
)
def test_a_figure_is_quoted_from_its_sentence(training, question, said, not_said):
    answer = ask(training, question)
    assert (Status.FOUND, True, False) == (
        answer.status,
        said in answer.text,
        not_said in answer.text,
    )


def test_a_count_of_what_a_section_lists_counts_its_items(training):
    answer = ask(training, "ke hoach co may hinh thuc dao tao boi duong z")
    assert (Status.FOUND, True, True) == (
        answer.status,
        "gồm 5 hình thức" in answer.text,
        "Đào tạo trực tuyến" in answer.text,
    )


def test_a_kind_of_group_the_text_names_is_not_the_task_groups(training):
    answer = ask(training, "Có bao nhiêu nhóm chuyên gia ghép tạng đến năm 2035?")
    assert ("06 nhóm" in answer.text, answer.task_ids) == (True, [])
    groups = ask(training, "Phụ lục có mấy nhóm nhiệm vụ?")
    # the groups themselves, not the tasks in them
    assert ("Thu hút nhân lực" in groups.text, len(groups.task_ids)) == (True, 0)


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch có cấp học bổng du học nước ngoài cho bác sĩ không?",
        "Bác sĩ được hỗ trợ mua nhà ở công vụ bao nhiêu tiền?",
    ],
)
def test_words_scattered_over_a_long_passage_are_not_an_answer(training, question):
    assert ask(training, question).status is Status.NOT_FOUND


def test_a_section_asked_by_its_number_is_shown_whole(training):
    answer = ask(training, "Mục I nói gì?")
    assert ("80%" in answer.text, "Hoàn thiện mạng lưới" in answer.text) == (True, True)


def test_an_agency_also_named_in_a_list_cell_is_no_question_of_which(training):
    answer = ask(training, "so y te chu tri viec gi")
    assert (answer.status, answer.task_ids) == (Status.FOUND, ["I.1"])


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Những việc nào liên quan đến bồi dưỡng phòng chống dịch bệnh?", ["I.2"]),
        ("Which tasks are related to attracting doctors?", ["II.1"]),
    ],
)
def test_related_to_only_frames_the_topic(training, question, ids):
    assert ask(training, question).task_ids == ids


def test_an_english_adverb_is_no_topic(seed_engine):
    answer = ask(seed_engine, "How many tasks does the plan have altogether?")
    assert (answer.status, "25 tasks" in answer.text) == (Status.FOUND, True)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Năm 2035 đề án đặt mục tiêu mấy nhóm nghiên cứu làm chủ công nghệ hạt nhân?", "04 - 05"),
        ("đề án gồm mấy hình thức đào tạo bồi dưỡng vậy", "gồm 8 hình thức"),
        ("Quyết định này phê duyệt đề án gì?", "năng lượng nguyên tử"),
    ],
)
def test_real_plan_passages(tmp_path_factory, question, said):
    engine = real_engine(tmp_path_factory, "qd-893-QD-TTg")
    answer = ask(engine, question)
    assert (answer.status, said in answer.text) == (Status.FOUND, True)
