"""Classes of questions round 92 (asked of 561ec96) showed were read wrong, each tried with
sentences of its own, on the bundled plan, a plan written here and real plans:

- "Tỉnh nào được ưu tiên …?", "which localities …" of a task that says "tại một số địa
  phương": the plan does not name them (while "Địa phương nào chủ trì …" asks the lead);
- "Which agency will monitor and report on the implementation of this plan?", "Which
  department heads this plan?": the agency the body puts in charge of the plan;
- "Which task matches foreign investors with Vietnamese firms, and who leads it?": who is
  asked, and the firms are words of the task, not an agency to filter by;
- the plan's words quoted in an English question ("(trường trung cấp nghề)") name the
  sentence that writes them;
- how to register or apply is not in the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Status
from tests.forest import ask

DAY = date(2026, 12, 7)

RIVER_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH HẢI NAM
Số: 61/KH-UBND
Hải Nam, ngày 20 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống sạt lở bờ sông và phát triển logistics đường thủy tỉnh Hải Nam giai đoạn 2026 - 2028
I. MỤC TIÊU
Giảm thiệt hại do sạt lở bờ sông; phát triển dịch vụ logistics đường thủy nội địa.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc \
triển khai thực hiện Kế hoạch này, định kỳ hằng năm báo cáo UBND tỉnh.
2. Các sở, ngành, UBND cấp xã tổ chức thực hiện các nhiệm vụ được giao.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
1
Đầu tư xây dựng kè chống sạt lở bờ sông tại một số địa phương ven sông Hồng.
Sở Nông nghiệp và Môi trường
UBND cấp xã
Năm 2027
2
Tổ chức kết nối giữa doanh nghiệp logistics trong tỉnh và nhà đầu tư nước ngoài.
Sở Công Thương
Hiệp hội, doanh nghiệp liên quan
Quý III/2026
3
Xây dựng bản đồ cảnh báo nguy cơ sạt lở bờ sông.
Sở Nông nghiệp và Môi trường
Sở Xây dựng, doanh nghiệp liên quan
Năm 2026
"""


@pytest.fixture(scope="module")
def river(written_engine):
    return written_engine("61-KH-UBND", RIVER_PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "Những tỉnh nào được đầu tư kè chống sạt lở?",
        "Which localities get the riverbank embankments?",
    ],
)
def test_places_a_task_leaves_unnamed(river, question):
    assert Status.NOT_FOUND == ask(river, question, DAY).status


def test_which_locality_leads_is_still_the_lead(river):
    answer = ask(river, "Địa phương nào chủ trì việc đầu tư kè?", DAY)
    assert (["1"], True) == (answer.task_ids, "Sở Nông nghiệp và Môi trường" in answer.text)


def test_places_unnamed_in_a_real_plan(real):
    question = "Những tỉnh nào sẽ có dự án lấn biển kết hợp phòng, chống thiên tai?"
    assert Status.NOT_FOUND == ask(real("nq-116-NQ-CP"), question, DAY).status


@pytest.mark.parametrize(
    ("engine", "question", "agency"),
    [
        (
            "river",
            "Which department will monitor and report on the implementation of this plan?",
            "Sở Nông nghiệp và Môi trường",
        ),
        ("seed", "Which department heads this plan?", "Sở Khoa học và Công nghệ"),
    ],
)
def test_the_agency_in_charge_of_the_plan_in_english(river, seed_engine, engine, question, agency):
    answer = ask(river if engine == "river" else seed_engine, question, DAY)
    assert ([], True) == (answer.task_ids, agency in answer.text)


def test_businesses_in_a_task_whose_lead_is_asked(real):
    question = (
        "We invest in software startups. Which task matches foreign investors with Vietnamese"
        " firms, and who is responsible for it?"
    )
    answer = ask(real("qd-982-QD-TTg"), question, DAY)
    assert (["4.5"], True) == (answer.task_ids, "Bộ Khoa học và Công nghệ" in answer.text)


def test_the_plans_words_quoted_in_english(real):
    question = (
        "Our firm invests in training. Under the plan, what will become of vocational secondary"
        " schools (trường trung cấp nghề)?"
    )
    assert "sáp nhập với trường cao đẳng" in ask(real("nq-105-NQ-CP"), question, DAY).text


@pytest.mark.parametrize(
    "question",
    [
        "How can our company sign up for the investor meetings?",
        "cách đăng ký tham gia kết nối nhà đầu tư",
    ],
)
def test_how_to_register_is_not_in_the_plan(river, question):
    assert Status.NOT_FOUND == ask(river, question, DAY).status


def test_a_task_on_connecting_investors_is_still_found(river):
    answer = ask(river, "Có nhiệm vụ nào về kết nối nhà đầu tư nước ngoài không?", DAY)
    assert ["2"] == answer.task_ids


def test_a_ministry_leading_a_tasks_own_paper_is_the_tasks_lead(real):
    question = (
        "Which ministry leads the resolution piloting insurance payment for regular health"
        " check-ups?"
    )
    answer = ask(real("qd-844-QD-TTg"), question, DAY)
    assert (["23"], True) == (answer.task_ids, "Bộ Y tế" in answer.text)
