"""Classes of questions round 69 (asked of 5e9ed24) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- money asked of what one task says better than any passage ("priority money for
  flood-prevention projects") is that task; a sum asked ("mức kinh phí cụ thể") is not;
- "các sở …, hạn ngày nào" asks a deadline the body sets, not the plan's date ("số … ngày");
- a price list: not stated; a paper to review named by its age ("the 2021 … plan");
- "làm trong giai đoạn nào?" after one task is its time, not the plan's;
- "hạn bao nhiêu" asks when, not how many;
- "UBND tỉnh" where the text names "Ủy ban nhân dân các tỉnh": the passage;
- "cơ quan báo chí nào", "đơn vị truyền thông nào": a kind of body, asked for;
- whom to contact about the plan as a whole: the agency the body puts in charge of it;
- the awareness campaign, the press, "people like me", dams, cutting procedures (English);
- "mấy phần lớn vậy (I, II, III)": an aside after the question;
- "báo cáo cho ai": the passage that names whom the report goes to;
- "… mấy điều và có hiệu lực từ bao giờ?": a fact of the plan after "và" answered too.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Status
from knowledge.engine import Engine
from tests.dialogues import chat
from tests.forest import ask

DAY = date(2026, 12, 7)


def test_money_asked_of_what_a_task_says(real):
    question = "Does the plan give priority money to flood-prevention projects in large cities?"
    assert ["IV.3"] == ask(real("nq-116-NQ-CP"), question, DAY).task_ids


def test_a_deadline_the_body_sets_after_naming_agencies(seed_engine: Engine):
    answer = ask(seed_engine, "các sở có phải gửi báo cáo không, hạn ngày nào", DAY)
    assert ("15/11" in answer.text, "28/04/2025" in answer.text) == (True, False)


@pytest.mark.parametrize(
    "question", ["Is there a price list for calibration?", "bảng giá dịch vụ thử nghiệm xem ở đâu"]
)
def test_a_price_list_is_not_stated(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)


def test_a_paper_to_review_named_by_its_age(seed_engine):
    answer = ask(seed_engine, "When will the 2021 productivity plan be reviewed?", DAY)
    assert ([], True) == (answer.task_ids, "2109/QĐ-UBND" in answer.text)


def test_the_time_of_the_task_in_hand(real):
    answer = chat(
        real("nq-116-NQ-CP"),
        "Nhiệm vụ điều chỉnh quy trình vận hành liên hồ chứa do ai chủ trì?",
        "làm trong giai đoạn nào?",
        today=DAY,
    )[-1]
    assert (["I.7"], True) == (answer.task_ids, "Năm 2026" in answer.text)


def test_how_much_of_a_deadline_asks_when(real):
    question = (
        "hệ thống thông tin quản lý, đo lường, đánh giá trực tuyến doanh nghiệp thì hạn bao nhiêu"
    )
    answer = ask(real("qd-982-QD-TTg"), question, DAY)
    assert (["8"], True) == (answer.task_ids, answer.text.startswith("Nhiệm vụ 8"))


def test_a_peoples_committee_named_in_the_text(real):
    answer = ask(real("qd-982-QD-TTg"), "UBND tỉnh được giao những gì trong đề án?", DAY)
    assert "Ủy ban nhân dân các tỉnh" in answer.text


def test_a_kind_of_body_asked_for_besides_one(seed_engine):
    question = (
        "Ngoài Báo Bình Dương, đơn vị truyền thông nào phối hợp xây dựng kế hoạch tuyên truyền?"
    )
    answer = ask(seed_engine, question, DAY)
    assert (["I.2"], True) == (answer.task_ids, "Đài Phát thanh" in answer.text)


@pytest.mark.parametrize(
    "question",
    ["Which office is the focal point for following this plan?", "Who should we contact?"],
)
def test_the_agency_in_charge_of_the_plan_as_a_whole(seed_engine, question):
    answer = ask(seed_engine, question, DAY)
    assert ([], True) == (answer.task_ids, "(III.2)" in answer.text)


@pytest.mark.parametrize(
    ("stem", "question", "ids"),
    [
        ("seed", "Can a local radio station take part in the awareness campaign?", ["I.2"]),
        (
            "nq-105-NQ-CP",
            "Will the government cut administrative procedures for small firms, and by when?",
            ["II.3"],
        ),
        (
            "qd-893-QD-TTg",
            "I'm an overseas Vietnamese nuclear engineer. Is there anything in this plan to"
            " attract people like me?",
            ["6"],
        ),
    ],
)
def test_everyday_english(seed_engine, real, stem, question, ids):
    engine = seed_engine if stem == "seed" else real(stem)
    assert ids == ask(engine, question, DAY).task_ids[:1]


def test_an_aside_after_asking_for_the_parts(seed_engine):
    answer = ask(seed_engine, "kh có mấy phần vậy (kiểu I, II, III)", DAY)
    assert "TỔ CHỨC THỰC HIỆN" in answer.text


def test_the_passage_that_names_whom_a_report_goes_to(seed_engine):
    answer = ask(seed_engine, "Sở Khoa học và Công nghệ tổng hợp rồi báo cáo cho ai?", DAY)
    assert "Bộ Khoa học và Công nghệ" in answer.text


def test_a_fact_of_the_plan_after_and(real):
    answer = ask(real("nq-97-NQ-CP"), "Nghị quyết có mấy điều và có hiệu lực từ bao giờ?", DAY)
    assert ("4 điều" in answer.text, "ngày ký" in answer.text) == (True, True)
