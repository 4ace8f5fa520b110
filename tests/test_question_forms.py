"""Forms of questions that the fresh rounds showed were read wrong, each tried with sentences
of its own on a plan written here, the bundled plan and a real gazette plan:

- chat shorthand: the initials of the plans' own compounds ("tc dl cl", "vtvl"), a
  department's initials ("sở kh"), a trailing "v", particles after a yes/no claim;
- a recurring period set aside ("trừ mấy cái hằng năm", "instead of yearly");
- words that describe one of an agency's tasks, and "phối hợp với cơ quan nào";
- English for taking part, helping, schedules, which ministry, and who proposed the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.agencies import split_agencies
from knowledge.answer import Context, Status
from knowledge.engine import Engine
from tests.dialogues import chat
from tests.realplans import real_engine

HARBOUR_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 61/KH-UBND
Đông Lâm, ngày 5 tháng 1 năm 2026
KẾ HOẠCH
Phát triển cảng cá và dịch vụ hậu cần nghề cá tỉnh Đông Lâm
Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 9/TTr-SNNMT.
I. MỤC ĐÍCH
Hiện đại hóa hệ thống cảng cá, giảm thất thoát sau thu hoạch.
II. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường theo dõi, tổng hợp kết quả thực hiện.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Hạ tầng
1
Nạo vét luồng vào cảng cá và khu neo đậu tránh trú bão.
Sở Nông nghiệp và Môi trường
Sở Tài chính, Báo Đông Lâm
Quý II/2026
2
Lắp đặt hệ thống giám sát hành trình tàu cá tại cảng.
Sở Khoa học và Công nghệ
Bộ đội Biên phòng tỉnh
Hằng năm
II
Thị trường
1
Xây dựng chuỗi liên kết tiêu thụ thủy sản với doanh nghiệp chế biến.
Sở Công Thương
Sở Nông nghiệp và Môi trường, doanh nghiệp
Quý IV/2026
2
Tổ chức hội chợ thủy sản hằng năm.
Sở Công Thương
Đài Phát thanh và Truyền hình Đông Lâm
Hằng năm
"""

TODAY = date(2026, 11, 10)


@pytest.fixture(scope="module")
def harbour(written_engine) -> Engine:
    return written_engine("61", HARBOUR_PLAN)


def ask(engine: Engine, question: str, today: date = TODAY):
    return engine.answer(question, Context(), today)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # "gs ht" are the initials of "giám sát hành trình", a compound of the plan.
        ("nv lap dat he thong gs ht tau ca ai chu tri", ["I.2"]),
        ("chuoi lk tieu thu thuy san voi dn che bien han khi nao v", ["II.1"]),
    ],
)
def test_initials_of_the_plans_compounds(harbour, question, ids):
    assert ask(harbour, question).task_ids == ids


def test_a_departments_initials_are_not_chat_shorthand(seed_engine):
    # "kh" alone is "kế hoạch"; after "sở" it is the start of the department's initials.
    answer = ask(seed_engine, "so kh chu tri nhung nv nao vay ad")
    assert ("Sở Khoa học và Công nghệ" in answer.text, "II.3" in answer.task_ids) == (True, True)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("I.2 so khcn chu tri phai ko nhi", "Đúng"),
        ("I.1 sở kh&cn chủ trì đúng không ad", "Không đúng"),
    ],
)
def test_a_claim_ending_in_chat_particles(harbour, question, verdict):
    assert ask(harbour, question).text.startswith(verdict)


@pytest.mark.parametrize(
    ("question", "today", "ids"),
    [
        ("qua han roi nhung nv nao (tru may cai hang nam nha)", TODAY, ["I.1"]),
        ("Ngoài các việc hằng năm, năm nay còn việc nào chưa đến hạn?", TODAY, ["II.1"]),
        ("Which tasks have a set quarter instead of just being yearly?", TODAY, ["I.1", "II.1"]),
        ("Nhiệm vụ nào có hạn cụ thể, không phải hằng năm?", TODAY, ["I.1", "II.1"]),
    ],
)
def test_a_recurring_period_set_aside(harbour, question, today, ids):
    assert ask(harbour, question, today).task_ids == ids


def test_tasks_that_should_have_been_finished(harbour):
    answer = ask(harbour, "Which tasks with a set deadline should already have been finished?")
    assert answer.task_ids == ["I.1"]


@pytest.mark.parametrize(
    ("question", "ids", "said"),
    [
        # The words describe one of the department's tasks: that task, with its part in it.
        (
            "Trong việc nạo vét luồng vào cảng cá, Sở Tài chính giữ vai trò gì?",
            ["I.1"],
            "phối hợp",
        ),
        (
            "Khi xây dựng chuỗi liên kết tiêu thụ thủy sản, Sở Công Thương phối hợp với cơ quan "
            "địa phương nào?",
            ["II.1"],
            "Sở Nông nghiệp và Môi trường",
        ),
    ],
)
def test_an_agencys_part_in_a_task_its_words_describe(harbour, question, ids, said):
    answer = ask(harbour, question)
    assert (answer.task_ids, said in answer.text) == (ids, True)


def test_a_group_named_by_its_words_is_not_a_description(seed_engine):
    answer = ask(
        seed_engine,
        "Sở Khoa học và Công nghệ chủ trì những nhiệm vụ nào trong nhóm tăng cường thanh tra, "
        "kiểm tra, giám sát?",
    )
    assert answer.task_ids == ["V.1", "V.3", "V.4"]


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Is the local newspaper involved in any of this?", ["I.1"]),
        ("Are businesses expected to take part in any of the work?", ["II.1"]),
    ],
)
def test_taking_part_asks_for_an_agencys_tasks(harbour, question, ids):
    assert ask(harbour, question).task_ids == ids


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who leads the dredging, and who helps out?", "Sở Tài chính"),
        ("Which ministry or department installs the vessel monitoring system?", "Khoa học"),
        ("On what schedule is the seafood fair held?", "Hằng năm"),
    ],
)
def test_english_asks_for_the_column(harbour, question, said):
    answer = ask(harbour, question)
    assert (answer.status, said in answer.text) == (Status.FOUND, True)


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch này do cơ quan nào đề nghị ban hành?",
        "ke hoach nay co phai do so nn&mt de nghi ko",
        "Which department proposed this plan?",
    ],
)
def test_who_proposed_the_plan(harbour, question):
    assert "Tờ trình số 9/TTr-SNNMT" in ask(harbour, question).text


def test_a_real_plans_proposer_in_english(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-116-NQ-CP")
    answer = ask(engine, "Which minister proposed this resolution to the Government?")
    assert "Nông nghiệp và Môi trường" in answer.text


def test_the_same_column_of_two_tasks_compared(seed_engine):
    answer = ask(seed_engine, "Cơ quan chỉ đạo của nhiệm vụ II.1 và II.2 có giống nhau không?")
    assert ("HĐND tỉnh" in answer.text, "UBND tỉnh" in answer.text) == (True, True)


def test_a_body_sentence_about_a_summary_report(seed_engine):
    # "tổng hợp" is no "tổng" (a total).
    answer = ask(seed_engine, "Báo cáo tình hình thực hiện được Sở KH&CN tổng hợp gửi lên đâu?")
    assert ("UBND tỉnh" in answer.text, answer.task_ids) == (True, [])


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A deadline claimed of a task by id.
        ("Nhiệm vụ I.1 có thời hạn là quý II/2026 phải không?", "Đúng"),
        ("II.1 han quy 3/2026 dung ko", "Không đúng"),
        # Commas in the statement do not hide the task it describes.
        ("Sở Công Thương chủ trì xây dựng chuỗi liên kết, tiêu thụ thủy sản, đúng ko?", "Đúng"),
    ],
)
def test_claims_about_a_task(harbour, question, verdict):
    assert ask(harbour, question).text.split(".")[0] == verdict


def test_of_tied_tasks_the_one_holding_the_questions_own_syllables(harbour):
    # "tổ chức" and "hội chợ" would tie with other tasks; "hội chợ" is this one's.
    answer = ask(harbour, "Việc tổ chức hội chợ thủy sản do ai chủ trì?")
    assert answer.task_ids == ["II.2"]


def test_an_english_date_is_written_in_english(harbour):
    answer = ask(harbour, "When was this plan signed?")
    assert "5 January 2026" in answer.text


@pytest.mark.parametrize(
    ("turns", "ids", "said"),
    [
        # Words that ask rather than name keep a follow-up on the task in hand.
        (
            (
                "Ai chủ trì việc lắp đặt hệ thống giám sát hành trình tàu cá?",
                "Kéo dài đến năm nào?",
            ),
            ["I.2"],
            "Hằng năm",
        ),
        (
            ("Ai chủ trì việc nạo vét luồng vào cảng cá?", "Còn hạn chót thì sao?"),
            ["I.1"],
            "Quý II/2026",
        ),
        (
            (
                "Ai chủ trì việc tổ chức hội chợ thủy sản?",
                "Is it a one-off or does it happen every year?",
            ),
            ["II.2"],
            "Hằng năm",
        ),
        # "the second one" of a list narrowed by "which of those".
        (
            (
                "Sở Công Thương chủ trì những nhiệm vụ nào?",
                "Which of those have a fixed deadline?",
                "Who leads the first one?",
            ),
            ["II.1"],
            "Sở Công Thương",
        ),
    ],
)
def test_follow_ups_in_other_words(harbour, turns, ids, said):
    answer = chat(harbour, *turns, today=TODAY)[-1]
    assert (answer.task_ids, said in answer.text) == (ids, True)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Does the province give public recognition to businesses for good quality?", ["V.4"]),
        ("Does the plan say anything about sticking to international agreements?", ["VI.1"]),
    ],
)
def test_everyday_english_on_the_bundled_plan(seed_engine, question, ids):
    assert ask(seed_engine, question).task_ids == ids


def test_a_kind_of_ministry_then_a_named_body_are_two_agencies():
    assert [n for n, _ in split_agencies("Các bộ, UBND các tỉnh, thành phố")] == [
        "Các bộ",
        "UBND các tỉnh, thành phố",
    ]
    assert [n for n, _ in split_agencies("Cơ quan, đơn vị liên quan")] == [
        "Cơ quan, đơn vị liên quan"
    ]
