"""Classes of questions round 37 showed were read wrong, each tried with sentences of its own
on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- a task described by its words and "trễ hạn chưa?", "sắp đến hạn chưa?": that task's
  deadline against today, not the list of every overdue task;
- an item that says a whole piece of work ("III.2.3: … sắp xếp … cơ sở giáo dục") is the
  answer alone; one that only names a part ("Công trình giao thông.") names its task too;
- "dự trữ", "lưu trữ" are no "trừ" (except); "không nêu/ghi cơ quan phối hợp" is a blank
  partner column;
- "mấy năm thì xong" asks how long, not how many; "mấy báo cáo đó" points back;
- chat: "ko bt" is "không biết", "tw" Trung ương, "cp" Chính phủ;
- "ai duyệt?" names the column "Cấp phê duyệt"; "cho ra văn bản gì" asks the product;
- a column filter ("có kết quả là báo cáo") narrows by the period asked too;
- a reform of pay is a task's topic, not a salary the plan does not give;
- "Phụ lục II" of text is found by its number;
- "bộ nào đề nghị lên Chính phủ" asks who proposed the plan;
- English: a greeting before the sentence that says who asks; "which agencies will …" asks
  the lead; "reform" is also "cải cách"; "…, and when are their reports due?" is of the task
  the first part found.
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.build import Source, parse_source
from tests.dialogues import chat
from tests.forest import TODAY, ask
from tests.realplans import REAL

LATE = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        ("Việc sửa đổi quy định quản lý rừng phòng hộ đầu nguồn đã trễ hạn chưa?", ["I.1"], "qua"),
        ("lap dat camera canh bao chay rung sap den han chua", ["II.1"], "Quý IV/2026"),
    ],
)
def test_a_described_tasks_state_against_today(forest, question, ids, said):
    answer = ask(forest, question)
    assert (answer.task_ids, said in answer.text) == (ids, True)


def test_an_item_that_says_a_whole_piece_of_work_stands_alone(real):
    answer = ask(
        real("nq-105-NQ-CP"), "Phần sắp xếp lại các cơ sở giáo dục do bộ nào chủ trì?", LATE
    )
    assert (answer.task_ids, "Giáo dục và Đào tạo" in answer.text) == (["III.2.3"], True)


def test_the_items_listed_name_their_task_after_them(real):
    listed, second = chat(
        real("nq-105-NQ-CP"),
        "Việc sắp xếp đơn vị sự nghiệp công lập, cơ sở y tế chia thành những phần nào?",
        "phần thứ 4 ai làm",
        today=LATE,
    )
    assert (listed.task_ids[-1], second.task_ids) == ("III.2", ["III.2.4"])


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Bộ nào chủ trì sửa quy hoạch kho dự trữ quốc gia?", ["I.5"]),
        ("kho du tru quoc gia thi ai phoi hop", ["I.5"]),
    ],
)
def test_a_store_is_no_exception(real, question, ids):
    assert ask(real("nq-116-NQ-CP"), question, LATE).task_ids == ids


def test_a_partner_column_not_stated(real):
    answer = ask(real("nq-116-NQ-CP"), "Có những nhiệm vụ nào không nêu cơ quan phối hợp?", LATE)
    assert {"II.6", "III.1", "V.1"} <= set(answer.task_ids)


def test_how_many_years_asks_how_long(forest):
    answer = ask(forest, "Việc huy động ngân hàng đầu tư trồng rừng gỗ lớn mấy năm thì xong?")
    assert (answer.task_ids, answer.intent.value != "count", "2027" in answer.text) == (
        ["II.3"],
        True,
        True,
    )


def test_those_reports_point_back_at_the_task_in_hand(real):
    *_, last = chat(
        real("nq-97-NQ-CP"),
        "Nhiệm vụ thể chế hóa định hướng phát triển kinh tế có vốn đầu tư nước ngoài ai chủ trì?",
        "mấy báo cáo đó phải nộp khi nào",
        today=LATE,
    )
    assert (last.task_ids, "5/2026" in last.text, "11/2026" in last.text) == (["15"], True, True)


@pytest.mark.parametrize(
    ("plan", "question", "ids"),
    [
        ("forest", "ko bt camera chay rung ai lam", ["II.1"]),
        ("seed", "de an hoi nhap cua tw thi ai chu tri", ["VI.3"]),
        (
            "nq-116-NQ-CP",
            "phan dinh trach nhiem cua cp voi chinh quyen dia phuong ai chu tri",
            ["II.3"],
        ),
    ],
)
def test_chat_shorthand(forest, seed_engine, real, plan, question, ids):
    engine = {"forest": forest, "seed": seed_engine}.get(plan) or real(plan)
    assert ask(engine, question, LATE).task_ids == ids


def test_who_approves_names_the_approval_column(real):
    answer = ask(
        real("qd-893-QD-TTg"),
        "dao tao chuyen sau can bo tham dinh nha may dien hat nhan ai duyet",
        LATE,
    )
    assert (answer.task_ids, "Cấp phê duyệt: Bộ trưởng" in answer.text) == (["5"], True)


def test_what_paper_a_task_yields(real):
    question = (
        "Việc giao chỉ tiêu phát triển người tham gia bảo hiểm y tế đến năm 2030 cho ra văn bản gì?"
    )
    answer = ask(real("qd-844-QD-TTg"), question, LATE)
    assert (answer.task_ids, "Quyết định của Thủ tướng" in answer.text) == (["21"], True)


def test_a_column_filter_narrowed_by_a_period(real):
    answer = ask(
        real("nq-97-NQ-CP"), "Nhiệm vụ nào có kết quả là báo cáo, hạn vào tháng 5/2026?", LATE
    )
    assert ("15" in answer.task_ids, "21" in answer.task_ids) == (True, False)


@pytest.mark.parametrize(
    "question",
    [
        "Who is working on reforming public sector pay, and by when?",
        "Bộ nào lo đề án cải cách chế độ tiền lương?",
    ],
)
def test_a_pay_reform_is_a_task(real, question):
    answer = ask(real("nq-105-NQ-CP"), question, LATE)
    assert (answer.found, answer.task_ids) == (True, ["IV.9"])


def test_an_appendix_of_text_by_its_number(real):
    answer = ask(real("nq-105-NQ-CP"), "Phụ lục II của nghị quyết gồm những gì?", LATE)
    assert (answer.found, "ĐỊNH HƯỚNG SẮP XẾP" in answer.text) == (True, True)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_an_appendix_of_text_keeps_its_number_and_parts(fmt):
    path = REAL / f"nq-105-NQ-CP.{fmt}"
    plan = parse_source(Source(path.name, path.read_bytes()))
    appendices = [(s.ref, s.parent) for s in plan.sections if s.kind == "appendix"]
    assert appendices == [("Phụ lục II", None), ("Phụ lục II.1", "Phụ lục II")]


def test_who_proposed_the_plan(real):
    answer = ask(real("qd-844-QD-TTg"), "quyet dinh nay la bo nao de nghi len thu tuong vay", LATE)
    assert "Bộ trưởng Bộ Y tế" in answer.text


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        (
            "Hello, we run a furniture workshop in Di An. Who is organizing the regular "
            "dialogues with companies?",
            ["I.3"],
            "Lead",
        ),
        (
            "Hi there, I manage a small electronics plant. Which tasks deal with barcodes?",
            ["II.4"],
            "",
        ),
        ("Which agencies will organize the dialogues with businesses?", ["I.3"], "Lead"),
    ],
)
def test_english_askers_and_agencies_asked(seed_engine, question, ids, said):
    answer = ask(seed_engine, question, LATE)
    assert (answer.task_ids, said in answer.text) == (ids, True)


def test_english_second_part_of_the_task_found(real):
    question = (
        "We invest from abroad. Who handles the rules on foreign direct investment in this "
        "plan, and when are their reports due?"
    )
    answer = ask(real("nq-97-NQ-CP"), question, LATE)
    assert answer.task_ids == ["15"]


def test_how_the_task_in_hand_differs_from_one_named(forest):
    *_, last = chat(forest, "II.1 là việc gì?", "thế khác gì II.2", today=TODAY)
    assert (set(last.task_ids), "Tập huấn phòng cháy" in last.text) == ({"II.1", "II.2"}, True)


@pytest.mark.parametrize(
    ("today", "state"),
    [(date(2026, 12, 6), "đã qua hạn 15/11/2026"), (date(2026, 10, 1), "chưa đến hạn 15/11/2026")],
)
def test_whether_a_date_the_body_sets_has_passed(seed_engine, today, state):
    answer = ask(seed_engine, "hạn gửi báo cáo tình hình thực hiện năm nay qua chưa", today)
    assert state in answer.text
