"""Classes of questions round 88 (asked of 5da1246) showed were read wrong, each tried with
sentences of its own, on the bundled plan, a plan written here and a real plan:

- "which of them …", "how many of them …" in English narrow the list in hand;
- "phối hợp nv nào, không tính (việc) chủ trì", "excluding the ones it leads": one role
  without the other;
- "đào tạo nhân lực có những nv nào": the group whose title says part of the topic and
  whose every task says the rest, by its word or a synonym of it;
- "Which agency is in charge of <the plan's subject> under this plan?", "ai phụ trách chung
  kế hoạch này": the agency the body puts in charge of the plan as a whole;
- "… ? We export a lot.": a sentence after the question saying why one asks is no topic;
- where an office is, or its hours: not in any plan; nor whether the dialogue with businesses
  is held online or in person, unless a session or the plan says;
- "bo ct lấy kinh phí từ đâu": an agency written by its initials is about its name's words,
  as it is written in full; and where an agency's money comes from, of a plan whose tasks
  have no budget column, is the body's passage on it, not the agency's tasks;
- "mốc sau …" of a task in hand done in two stages asks of that task;
- in English, the glossary's other words for a phrase ("private firms": "khu vực ngoài nhà
  nước"; "health facilities": "cơ sở y tế") find the sentence, and the item of a task, that
  write them.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Status
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)

TRADE_PLAN = """\
CHÍNH PHỦ
Số: 41/NQ-CP
Hà Nội, ngày 3 tháng 3 năm 2026
NGHỊ QUYẾT
Ban hành Chương trình hành động phát triển thương mại điện tử đến năm 2030
I. MỤC TIÊU
Thương mại điện tử chiếm 20% tổng mức bán lẻ hàng hóa vào năm 2030.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Công Thương chủ trì, theo dõi, đôn đốc, kiểm tra, tổng hợp tình hình thực hiện \
Chương trình hành động này, báo cáo Thủ tướng Chính phủ.
2. Bộ Công Thương bố trí kinh phí từ Chương trình xúc tiến thương mại quốc gia để thực \
hiện các nhiệm vụ được giao.
3. Ủy ban nhân dân các tỉnh, thành phố bố trí ngân sách địa phương để thực hiện các nhiệm \
vụ do địa phương thực hiện.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Hoàn thiện thể chế về thương mại điện tử
1
Xây dựng nghị định về thương mại điện tử xuyên biên giới.
Bộ Công Thương
Bộ Tài chính
Quý II/2026
2
Sửa đổi quy định về thuế đối với hộ kinh doanh trên sàn giao dịch.
Bộ Tài chính
Bộ Công Thương
Quý IV/2026
II
Phát triển nguồn nhân lực thương mại điện tử
1
Tổ chức đào tạo kỹ năng bán hàng trực tuyến cho doanh nghiệp nhỏ và vừa.
Bộ Công Thương
Bộ Giáo dục và Đào tạo
Hằng năm
2
Bồi dưỡng cán bộ quản lý nhà nước về thương mại điện tử.
Bộ Nội vụ
Bộ Công Thương
Năm 2027
3
Tập huấn cho hợp tác xã về bán hàng qua mạng xã hội.
Bộ Nông nghiệp và Môi trường
Ủy ban nhân dân các tỉnh, thành phố
Năm 2026
III
Hạ tầng thương mại điện tử
1
Phát triển hạ tầng thanh toán điện tử tại vùng nông thôn.
Ngân hàng Nhà nước Việt Nam
Bộ Công Thương
Năm 2028
"""


@pytest.fixture(scope="module")
def trade(written_engine):
    return written_engine("41-NQ-CP", TRADE_PLAN)


def test_how_many_of_them_narrows_the_list_in_hand(seed_engine):
    turns = (
        "Which tasks are about international integration?",
        "Which of them are due on a set date?",
    )
    assert ["VI.3"] == chat(seed_engine, *turns, today=DAY)[-1].task_ids


def test_of_them_in_another_conversation(trade):
    turns = ("Bộ Công Thương phối hợp những nhiệm vụ nào?", "Which of them is due in 2026?")
    assert ["I.2"] == chat(trade, *turns, today=DAY)[-1].task_ids


@pytest.mark.parametrize(
    "question",
    [
        "so kh&cn phoi hop nhung viec nao, khong ke viec chu tri",
        "Sở KH&CN phối hợp ở các nhiệm vụ nào, trừ những việc chủ trì?",
        "Which tasks does the science department support, excluding those it leads?",
    ],
)
def test_a_role_left_out_by_not_counting_it(seed_engine, question):
    assert ["III.2", "IV.2"] == ask(seed_engine, question, DAY).task_ids


def test_a_role_not_left_out_keeps_both(seed_engine):
    found = ask(seed_engine, "Sở KH&CN chủ trì và phối hợp những nhiệm vụ nào?", DAY).task_ids
    assert {"III.2", "IV.2", "II.3"} <= set(found)


@pytest.mark.parametrize(
    "question",
    ["dao tao nhan luc thuong mai dien tu co nhung nv nao", "các nhiệm vụ về đào tạo nhân lực"],
)
def test_a_group_whose_title_and_tasks_together_say_the_topic(trade, question):
    assert ["II.1", "II.2", "II.3"] == ask(trade, question, DAY).task_ids


def test_a_topic_one_task_alone_says_is_that_task(trade):
    assert ["II.1"] == ask(
        trade, "nhiệm vụ đào tạo kỹ năng bán hàng trực tuyến do ai chủ trì?", DAY
    ).task_ids


@pytest.mark.parametrize(
    "question",
    [
        "Which ministry is in charge of e-commerce under this programme?",
        "Cơ quan nào phụ trách chung về thương mại điện tử?",
        "ai phu trach chinh chuong trinh hanh dong nay",
    ],
)
def test_the_agency_in_charge_of_the_plans_subject(trade, question):
    answer = ask(trade, question, DAY)
    assert ([], True) == (answer.task_ids, "theo dõi, đôn đốc" in answer.text)


def test_the_agency_in_charge_of_the_bundled_plan(seed_engine):
    answer = ask(
        seed_engine, "Who is responsible for standards, metrology and quality under this plan?", DAY
    )
    assert ("III.2", True) == (
        answer.title.split("(")[-1][:5],
        "Sở Khoa học và Công nghệ" in answer.text,
    )


def test_a_task_on_a_narrower_subject_is_still_a_task(trade):
    assert ["III.1"] == ask(
        trade, "Who is in charge of electronic payment infrastructure?", DAY
    ).task_ids


@pytest.mark.parametrize(
    ("question", "tasks"),
    [
        ("Is anything planned on online sales training? We sell on Shopee.", ["II.1"]),
        (
            "Which tasks are about international integration? I work for an exporter.",
            ["VI.1", "VI.2", "VI.3"],
        ),
    ],
)
def test_a_sentence_after_the_question_saying_why_is_no_topic(seed_engine, trade, question, tasks):
    engine = trade if tasks == ["II.1"] else seed_engine
    assert tasks == ask(engine, question, DAY).task_ids


@pytest.mark.parametrize(
    "question",
    [
        "What are the office hours of the Ministry of Industry and Trade?",
        "Where is the standards office located?",
        "văn phòng Sở KH&CN nằm ở đâu vậy",
    ],
)
def test_where_an_office_is_or_when_it_opens(seed_engine, question):
    assert Status.NOT_FOUND == ask(seed_engine, question, DAY).status


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("bo ct lay kinh phi tu dau", "xúc tiến thương mại quốc gia"),
        ("Bộ Công Thương lấy kinh phí ở đâu?", "xúc tiến thương mại quốc gia"),
        (
            "UBND các tỉnh lấy kinh phí từ đâu để làm phần việc của địa phương?",
            "ngân sách địa phương",
        ),
    ],
)
def test_where_an_agencys_money_comes_from(trade, question, said):
    answer = ask(trade, question, DAY)
    assert ([], True) == (answer.task_ids, said in answer.text)


def test_an_agencys_tasks_are_still_its_tasks(trade):
    assert ["I.1", "II.1"] == ask(trade, "bo ct chu tri nhung nv nao", DAY).task_ids


def test_a_stage_of_the_task_in_hand_in_a_real_plan(real):
    turns = ("nhiệm vụ 21 ai chủ trì", "giai đoạn sau có căn cứ bổ sung là văn bản nào?")
    last = chat(real("nq-97-NQ-CP"), *turns, today=DAY)[-1]
    assert (["21"], True) == (last.task_ids, "119/2026/UBTVQH15" in last.text)


@pytest.mark.parametrize(
    "question",
    [
        "Will the dialogue with companies be virtual or face to face?",
        "buổi đối thoại với doanh nghiệp tổ chức theo hình thức nào?",
    ],
)
def test_how_the_dialogue_is_held_is_not_said(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (Status.NOT_FOUND, ["I.3"]) == (answer.status, answer.task_ids)


def test_when_the_dialogue_is_held_is_still_answered(seed_engine):
    answer = ask(seed_engine, "Đối thoại với doanh nghiệp diễn ra khi nào?", DAY)
    assert (Status.FOUND, ["I.3"]) == (answer.status, answer.task_ids)


def test_the_glossarys_other_words_find_the_sentence_that_says_it(real):
    # "private firms" is the plans' "doanh nghiệp tư nhân", or "khu vực ngoài nhà nước"
    question = "Does the scheme let private firms take part in training nuclear staff?"
    answer = ask(real("qd-893-QD-TTg"), question, DAY)
    assert (Status.FOUND, True) == (answer.status, "ngoài nhà nước" in answer.text)


def test_the_item_english_words_pick_among_tasks_that_fit_alike(real):
    question = "Any task about reorganising health facilities? Who leads it?"
    assert ["III.2.4"] == ask(real("nq-105-NQ-CP"), question, DAY).task_ids
