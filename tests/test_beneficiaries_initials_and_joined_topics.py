"""Classes of questions round 47 (asked of 1f84fab) showed were read wrong, each tried with
sentences of its own, on the bundled plan and real gazette plans:

- two words no other task holds together name a task beside an agency ("phương châm bốn
  tại chỗ là nv nào, có phải UBND các tỉnh chủ trì không?");
- businesses a task serves ("hỗ trợ doanh nghiệp vay vốn") are words of the topic, not an
  agency whose tasks are asked, unless their role is;
- one task is shown with its whole text, where what was asked may stand past the first line;
- chat shorthand "ktra", "qlnn", "đh", "cđ"; a department typed with its initials run
  together ("sokhcn");
- "định kỳ nào/gì" asks how often; "Nếu có thì kết quả là gì?" asks the column of the task
  the first sentence describes; "trình lên ai" asks the result, which names the level;
- "ai hiện đang giữ chức …" asks who holds an office, which no plan says;
- "nó có việc con nào không": the items of the task in hand, or that it has none;
- "kết quả của nhiệm vụ … là văn bản gì" asks the product, whose cue words are no topic;
- "những nhiệm vụ nào liên quan đến A hoặc B": the tasks on either;
- "2 việc đó đều …" after two tasks asked one at a time: both;
- "tới 2027 mới hết hạn" is due in 2027; "tới 2027" alone is by then;
- "nv II.1 ai chủ trì, có công an tỉnh k": the lead, and that agency's part;
- "in charge of this whole effort" asks who oversees the plan;
- "who has the authority to issue it?" of the document to review picked from a list;
- a date the body sets, asked with an agency's initials ("BYT") and a sending verb, or of
  agencies a sentence names only as partners; "về tình hình thực hiện" is read as the plans
  write it, not as "vệ tinh" + "hình thức";
- "huyện tui" is the asker's district's People's Committee;
- a period inside the topic of a yes or no ("có việc nào về … đến năm 2030 không") is the
  task's words, not a filter;
- "cuối" is no typo of the plans' "chuỗi";
- "hạn trong năm nay thôi", "gói gọn trong năm 2026": deadlines inside the year, not those
  that run on; "bây giờ đã là tháng 12" says what today is;
- "hiện giờ ông ấy còn làm chủ tịch ko": who holds an office now.
"""

from __future__ import annotations

from datetime import date

from tests.dialogues import chat
from tests.forest import TODAY, ask


def test_two_words_no_other_task_holds_name_one_beside_an_agency(real):
    question = "việc theo phương châm bốn tại chỗ là nv nào, có phải UBND các tỉnh chủ trì không?"
    assert ask(real("nq-116-NQ-CP"), question).task_ids == ["II.4"]


def test_two_words_of_a_group_still_count_several(real):
    answer = ask(real("nq-116-NQ-CP"), "bo ngoai giao co tham gia may nv hop tac quoc te ko")
    assert len(answer.task_ids) > 1


def test_businesses_served_are_words_of_the_topic(seed_engine):
    answer = ask(seed_engine, "Có việc nào hỗ trợ doanh nghiệp vay vốn ngân hàng không?")
    assert (answer.found, answer.task_ids) == (False, [])


def test_businesses_in_a_role_asked_are_an_agency(seed_engine):
    answer = ask(seed_engine, "có nv nào cho doanh nghiệp tham gia phối hợp không")
    assert answer.task_ids == ["I.4", "III.1"]


def test_one_task_is_shown_whole(seed_engine):
    answer = ask(seed_engine, "trung tâm kỹ thuật tđc do đơn vị nào quản lý")
    assert (answer.task_ids, "trực thuộc Chi cục" in answer.text) == (["IV.1"], True)


def test_chat_shorthand_for_checking_and_state_management(seed_engine):
    assert ask(seed_engine, "ai lam ktra hoat dong qlnn tai dia phuong").task_ids == ["V.3"]


def test_universities_and_colleges_in_shorthand(seed_engine):
    assert ask(seed_engine, "đh cđ có tham gia việc nào ko").task_ids == ["I.4", "III.1"]


def test_initials_run_together_name_a_department(seed_engine):
    answer = ask(seed_engine, "sokhcn chu tri nhung nv nao")
    assert {"II.3", "V.3"} <= set(answer.task_ids)


def test_which_recurrence_asks_how_often(real):
    answer = ask(
        real("nq-97-NQ-CP"), "việc cơ cấu lãnh đạo có chuyên môn pháp luật thì báo cáo định kỳ gì"
    )
    assert (answer.task_ids, "hằng năm" in answer.text) == (["1"], True)


def test_if_so_asks_the_column_of_the_task_described(real):
    question = (
        "Có nhiệm vụ nào yêu cầu các bộ cơ cấu lãnh đạo có chuyên môn pháp luật không?"
        " Nếu có thì kết quả là gì?"
    )
    answer = ask(real("nq-97-NQ-CP"), question)
    assert (answer.task_ids, "Báo cáo hằng năm" in answer.text) == (["1"], True)


def test_submitted_to_whom_is_the_result(real):
    answer = ask(real("nq-97-NQ-CP"), "đề án chấm điểm KPI xây dựng pháp luật phải trình lên ai")
    assert (answer.task_ids, "Thủ tướng" in answer.text) == (["7"], True)


def test_who_holds_an_office_now_is_not_in_the_plan(real):
    assert not ask(real("nq-105-NQ-CP"), "Ai hiện đang giữ chức Bộ trưởng Bộ Y tế vậy?").found


def test_the_items_of_the_task_in_hand(real):
    _, answer = chat(
        real("nq-105-NQ-CP"),
        "Nhiệm vụ III.2 do ai chủ trì?",
        "nó có việc con nào không",
        today=TODAY,
    )
    assert {"III.2.1", "III.2.4"} <= set(answer.task_ids)


def test_a_task_in_hand_without_items_says_so(seed_engine):
    _, answer = chat(seed_engine, "Ai chủ trì II.3?", "nó có việc con nào không", today=TODAY)
    assert (answer.task_ids, "không chia thành mục con" in answer.text) == (["II.3"], True)


def test_a_task_asked_so_is_no_question_of_its_items(real):
    _, answer = chat(
        real("nq-97-NQ-CP"),
        "việc cơ cấu lãnh đạo có chuyên môn pháp luật thì báo cáo định kỳ gì",
        "Có nhiệm vụ nào về chấm điểm KPI xây dựng pháp luật không? Nếu có thì kết quả là gì?",
        today=TODAY,
    )
    assert answer.task_ids == ["7"]


def test_the_product_asked_is_no_topic(real):
    question = (
        "Kết quả của nhiệm vụ giao chỉ tiêu phát triển người tham gia BHYT đến năm 2030"
        " là văn bản gì, ai chủ trì?"
    )
    assert ask(real("qd-844-QD-TTg"), question).task_ids == ["21"]


def test_tasks_on_either_of_two_topics(real):
    question = (
        "UBND cấp tỉnh chủ trì những việc nào liên quan đến chuyển đổi số"
        " hoặc cơ sở dữ liệu quốc gia?"
    )
    assert ask(real("qd-844-QD-TTg"), question).task_ids == ["25", "26"]


def test_both_tasks_asked_one_at_a_time(forest):
    _, _, answer = chat(
        forest,
        "Ai chủ trì lắp camera cảnh báo cháy rừng?",
        "còn việc tập huấn phòng cháy thì sao?",
        "2 việc đó đều có cơ quan nào phối hợp?",
        today=TODAY,
    )
    assert answer.task_ids == ["II.1", "II.2"]


def test_not_until_a_year_is_in_it(forest):
    assert ask(forest, "nv nào tới 2027 mới hết hạn").task_ids == ["II.3"]


def test_by_a_year(forest):
    assert "II.3" in ask(forest, "những việc nào phải xong tới 2027").task_ids


def test_an_agencys_part_beside_the_lead_asked(forest):
    answer = ask(forest, "nv II.1 ai chủ trì, có công an tỉnh k")
    assert (answer.task_ids, "Công an tỉnh: phối hợp" in answer.text) == (["II.1"], True)


def test_the_whole_effort_is_the_plan(seed_engine):
    answer = ask(seed_engine, "Who's in charge of this whole effort?")
    assert "Sở Khoa học và Công nghệ" in answer.text


def test_the_main_reference_standards(seed_engine):
    assert ask(seed_engine, "What's the deadline for the main reference standards?").task_ids == [
        "II.7"
    ]


def test_the_issuer_of_the_document_picked(seed_engine):
    *_, answer = chat(
        seed_engine,
        "Which documents does the plan say need to be reviewed?",
        "who reviews the first one?",
        "who has the authority to issue it?",
        today=TODAY,
    )
    assert (answer.text.count("Thẩm quyền ban hành"), "3338" in answer.text) == (1, True)


def test_a_body_date_asked_with_initials_and_a_sending_verb(real):
    answer = ask(real("qd-844-QD-TTg"), "báo cáo kết quả hằng năm nộp về BYT hạn ngày nào")
    assert "31 tháng 12" in answer.text


def test_a_body_date_of_agencies_not_their_partners(real):
    question = (
        "Hằng năm các bộ, ngành, địa phương báo cáo tình hình thực hiện đề án trước ngày nào?"
    )
    assert "15 tháng 12" in ask(real("qd-982-QD-TTg"), question).text


def test_the_plans_words_outread_a_rarer_compound(real):
    lexicon = real("nq-116-NQ-CP").lexicon
    assert lexicon.segment("ve tinh hinh thuc hien".split()) == ["ve", "tinh_hinh", "thuc_hien"]


def test_the_askers_own_district(seed_engine):
    assert "III.2" in ask(seed_engine, "huyện tui phải làm những việc gì").task_ids


def test_a_period_inside_the_topic_of_a_yes_or_no(real):
    question = "có việc nào về giao chỉ tiêu bao phủ bảo hiểm y tế đến năm 2030 không"
    assert ask(real("qd-844-QD-TTg"), question, date(2026, 12, 6)).task_ids == ["21"]


def test_the_end_of_the_year_is_no_typo(seed_engine):
    answer = ask(seed_engine, "cuối năm các sở phải gửi báo cáo tình hình thực hiện trước ngày nào")
    assert "15/11" in answer.text


def test_deadlines_inside_the_year_only(real):
    answer = ask(
        real("nq-116-NQ-CP"), "nv nào hạn trong năm 2026 thôi, ko kéo dài", date(2026, 12, 6)
    )
    assert answer.task_ids == ["I.7"]


def test_today_said_is_no_period(real):
    question = "Bây giờ đã là tháng 12/2026, việc nào gói gọn trong năm 2026?"
    assert ask(real("nq-116-NQ-CP"), question, date(2026, 12, 6)).task_ids == ["I.7"]


def test_whether_he_still_holds_the_office(seed_engine):
    *_, answer = chat(
        seed_engine, "Ai ký quyết định?", "hien gio ong ay con lam chu tich ko", today=TODAY
    )
    assert not answer.found
