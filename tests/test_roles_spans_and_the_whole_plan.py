"""Classes of questions round 24 showed were read wrong, each tried with sentences of its
own on the forestry plan of tests/forest.py, the bundled plan and real gazette plans:

- one role held and the other not ("phối hợp chứ không chủ trì", "support without leading");
- who is in charge of the plan as a whole, from the body's sentence that charges an agency
  with it, and not for a task whose words name a focal agency;
- a tie between tasks goes to the one whose subject the words are, not the long task whose
  list ends with them;
- tasks spanning several years; a deadline of two recurring kinds ("Hằng năm, thường
  xuyên") found by either;
- what the plan does not state: an article it lacks, a review date its table leaves blank,
  a sign-up link;
- a task's bases asked of the task; "AI" read the same in the plan and the question;
- a yes/no about a task and who leads it also says when; a coordinator's tasks show whom
  it works with.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.dialogues import chat
from tests.forest import TODAY, ask


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Sở Nông nghiệp và Môi trường chỉ phối hợp, không chủ trì việc nào?", ["I.2"]),
        ("so nn&mt phoi hop ma ko chu tri nv nao", ["I.2"]),
        ("Which tasks does Sở Nông nghiệp và Môi trường support without leading?", ["I.2"]),
        # one role, negated: every other task, as before
        (
            "Nhiệm vụ nào không do Sở Nông nghiệp và Môi trường chủ trì?",
            ["I.2", "II.1", "II.2", "II.3"],
        ),
    ],
)
def test_a_role_held_but_not_the_other(forest, question, ids):
    assert ask(forest, question).task_ids == ids


def test_a_role_held_but_not_the_other_on_the_bundled_plan(seed_engine):
    answer = ask(seed_engine, "Sở KH&CN phối hợp nhưng không chủ trì những việc nào?")
    assert (answer.task_ids, "không chủ trì" in answer.title) == (["III.2", "IV.2"], True)


@pytest.mark.parametrize(
    ("stem", "question", "agency"),
    [
        (
            "nq-116-NQ-CP",
            "Ai theo dõi việc thực hiện kế hoạch này?",
            "Bộ Nông nghiệp và Môi trường",
        ),
        ("qd-844-QD-TTg", "Who is in charge of the programme as a whole?", "Bộ Y tế"),
        (
            "qd-893-QD-TTg",
            "co quan nao chiu trach nhiem chung ca de an",
            "Bộ Khoa học và Công nghệ",
        ),
        ("nq-105-NQ-CP", "Which ministry oversees the implementation?", "Bộ Nội vụ"),
    ],
)
def test_who_is_in_charge_of_the_plan_as_a_whole(real, stem, question, agency):
    answer = ask(real(stem), question)
    assert (answer.found, answer.task_ids, agency in answer.text) == (True, [], True)


def test_the_plan_as_a_whole_on_the_bundled_plan(seed_engine):
    answer = ask(seed_engine, "Who runs the plan as a whole?")
    assert ("Sở Khoa học và Công nghệ chủ trì" in answer.text, "đầu mối" in answer.text) == (
        True,
        True,
    )


def test_a_plan_that_charges_no_agency_with_itself_says_nothing_invented(real):
    assert ask(real("nq-97-NQ-CP"), "Ai theo dõi toàn bộ kế hoạch?").found is False


def test_a_task_about_a_focal_agency_is_that_task(seed_engine):
    answer = ask(
        seed_engine, "Việc kiện toàn cơ quan đầu mối về đo lường ở địa phương do ai chủ trì?"
    )
    assert answer.task_ids == ["II.5"]


@pytest.mark.parametrize(
    "question", ["Who leads the work on barcodes?", "viec ma so ma vach do ai chu tri"]
)
def test_a_tie_goes_to_the_task_whose_subject_the_words_are(seed_engine, question):
    assert ask(seed_engine, question).task_ids == ["II.4"]


@pytest.mark.parametrize(
    "question",
    ["Which tasks span several years?", "Những nhiệm vụ nào kéo dài nhiều năm?"],
)
def test_tasks_over_several_years(real, question):
    assert ask(real("qd-893-QD-TTg"), question).task_ids == ["3", "4", "5", "7"]


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Bộ Tài chính chủ trì nhiệm vụ thường xuyên nào?", True),
        ("Những nhiệm vụ nào làm hằng năm?", True),
        ("Những nhiệm vụ nào có thời hạn cụ thể?", False),
    ],
)
def test_a_deadline_of_two_recurring_kinds_is_found_by_either(real, question, held):
    # Task 22: "Hằng năm, thường xuyên"
    assert ("22" in ask(real("qd-844-QD-TTg"), question).task_ids) is held


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Quyết định có Điều 5 không?", "có 2 điều"),
        ("Does the decision have an Article 4?", "No Article 4"),
        ("Văn bản 2109 phải rà soát xong khi nào?", "không ghi thời hạn"),
        ("link đăng ký dự hội nghị ở đâu?", "không có thông tin"),
    ],
)
def test_what_the_plan_does_not_state(seed_engine, question, said):
    answer = ask(seed_engine, question)
    assert (answer.found, said in answer.text) == (False, True)


def test_a_review_asked_with_other_columns_still_answers_them(seed_engine):
    answer = ask(seed_engine, "Rà soát kế hoạch 3338 xong thì sản phẩm dự kiến là gì?")
    assert (answer.found, "Kế hoạch" in answer.text) == (True, True)


def test_a_part_read_from_paragraphs_names_the_agency(seed_engine):
    answer = ask(seed_engine, "Trong phần tổ chức thực hiện, Sở KH&CN phải làm gì?")
    assert ("III.2" in answer.text, answer.task_ids) == (True, [])


def test_a_tasks_bases_asked_of_the_task(seed_engine):
    answer = ask(seed_engine, "Nhiệm vụ về an ninh quốc phòng thực hiện theo nghị quyết nào?")
    assert ("IV.3" in answer.task_ids, "08-NQ/TW" in answer.text) == (True, True)


@pytest.mark.parametrize(
    "question", ["Bộ nào lo sandbox cho AI?", "sandbox cho fintech, AI thi ai lam vay"]
)
def test_ai_in_capitals_reads_as_the_plan_writes_it(real, question):
    assert ask(real("qd-982-QD-TTg"), question).task_ids == ["2.2"]


def test_a_yes_no_about_a_task_and_its_lead_says_when_too(real):
    question = (
        "Is there anything on overseas Vietnamese joining the nuclear sector, and who leads it?"
    )
    answer = ask(real("qd-893-QD-TTg"), question)
    assert (answer.task_ids, "Bộ Ngoại giao" in answer.text, "2026" in answer.text) == (
        ["6"],
        True,
        True,
    )


def test_a_coordinators_tasks_show_the_lead_it_works_with(real):
    answer = ask(real("qd-844-QD-TTg"), "Sở Nội vụ phối hợp những nhiệm vụ nào?")
    assert (answer.task_ids, "Ủy ban nhân dân cấp tỉnh" in answer.text) == (["16"], True)


# Round 25's classes.


def test_the_items_of_the_task_in_hand_are_a_list_to_pick_from(real):
    answers = chat(
        real("nq-105-NQ-CP"),
        "Nhiệm vụ sắp xếp trường học, cơ sở y tế ở mục III.2 hạn khi nào?",
        "Việc đó gồm những mục cụ thể nào?",
        "Mục thứ 3 do ai chủ trì?",
        today=TODAY,
    )
    assert answers[0].task_ids == ["III.2"]
    assert {"III.2.1", "III.2.2", "III.2.3", "III.2.4"} <= set(answers[1].task_ids)
    assert ("III.2.3" in answers[2].task_ids, "Giáo dục và Đào tạo" in answers[2].text) == (
        True,
        True,
    )


def test_besides_the_task_in_hand_is_no_agency_set_aside(real):
    answers = chat(
        real("nq-97-NQ-CP"),
        "Việc thể chế hóa chủ trương về an toàn thực phẩm do bộ nào chủ trì?",
        "Ngoài việc đó ra bộ này còn chủ trì việc nào khác?",
        today=TODAY,
    )
    assert "18" in answers[1].task_ids and "Bộ Y tế chủ trì" in answers[1].text


def test_besides_its_task_an_agencys_part_in_the_text(real):
    answers = chat(
        real("qd-893-QD-TTg"),
        "Bộ Nông nghiệp và Môi trường chủ trì nhiệm vụ nào?",
        "Ngoài nhiệm vụ đó, bộ này còn được giao gì nữa?",
        today=TODAY,
    )
    assert "cử cán bộ" in answers[1].text


def test_the_signer_in_hand_and_his_office(seed_engine):
    answers = chat(seed_engine, "Ai ký quyết định này?", "Ông ấy giữ chức vụ gì?", today=TODAY)
    assert "CHỦ TỊCH" in answers[1].text.upper()


def test_a_document_in_hand_asked_by_its_tables_column(seed_engine):
    answers = chat(
        seed_engine,
        "Văn bản nào về truy xuất nguồn gốc cần rà soát?",
        "Who has the authority to issue it?",
        today=TODAY,
    )
    assert (answers[1].task_ids, "Thẩm quyền ban hành: UBND tỉnh" in answers[1].text) == (
        [],
        True,
    )


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Nhiệm vụ nào về thanh toán theo nhóm chẩn đoán liên quan (DRG)?", ["18"]),
        (
            "Is the government going to pay hospitals per diagnosis group instead of per service?",
            ["18"],
        ),
        ("ad oi vu nguoi benh ra vien vao thu 7 cn ai chu tri", ["12"]),
    ],
)
def test_codes_weekdays_and_what_is_not_asked(real, question, ids):
    assert ask(real("qd-844-QD-TTg"), question).task_ids == ids


def test_the_dated_stage_of_a_task_in_stages(real):
    answer = ask(
        real("qd-844-QD-TTg"),
        "Nghị quyết thí điểm thanh toán bảo hiểm y tế cho quản lý bệnh mãn tính làm từ khi nào?",
    )
    assert ("23" in answer.task_ids, "Từ quý IV/2028" in answer.text) == (True, True)


def test_counted_tasks_on_a_groups_title_are_the_group(real):
    answer = ask(real("nq-116-NQ-CP"), "pl có mấy nv về tuyên truyền, phổ biến nâng cao nhận thức")
    assert answer.task_ids == ["V.1", "V.2", "V.3", "V.4"]


def test_a_percentage_the_plan_does_not_state(real):
    question = "Mỗi bộ phải tinh giản bao nhiêu phần trăm biên chế năm 2026?"
    assert ask(real("nq-105-NQ-CP"), question).found is False


def test_an_agency_no_plan_names_has_no_task_of_its_own(seed_engine):
    answer = ask(seed_engine, "Sở Y tế có nhiệm vụ riêng nào không?")
    assert (answer.found, answer.task_ids, "giao riêng" in answer.text) == (False, [], True)


def test_the_signers_office_and_the_date_asked_together(seed_engine):
    answers = chat(
        seed_engine,
        "Quyết định 1169 do ai ký?",
        "Ông ấy ký với chức danh gì, vào ngày nào?",
        today=TODAY,
    )
    assert ("CHỦ TỊCH" in answers[1].text, "28/04/2025" in answers[1].text) == (True, True)


@pytest.mark.parametrize(
    "question", ["What deadlines fall in this quarter?", "Any due dates this quarter?"]
)
def test_deadlines_in_the_plural_ask_the_period(seed_engine, question):
    assert ask(seed_engine, question, today=date(2026, 4, 2)).task_ids == ["II.3", "II.5"]


def test_a_code_the_plan_writes_finds_the_passage_naming_it(real):
    answer = ask(
        real("qd-893-QD-TTg"),
        "Does the programme involve working with the IAEA on training people?",
    )
    assert (answer.found, "IAEA" in answer.text) == (True, True)
    listing = ask(real("qd-893-QD-TTg"), "cho e xin ds hoc vien dc cu di IAEA nam 2026")
    assert listing.found is False
