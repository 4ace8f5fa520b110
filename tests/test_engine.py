"""The answer engine on questions phrased in other ways than the samples."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context, Intent, Status

from .conftest import TODAY


def ask(engine, question, context=None, today=TODAY):
    return engine.answer(question, context, today)


@pytest.mark.parametrize(
    ("question", "ids", "intent"),
    [
        ("Ai chủ trì nhiệm vụ II.3?", ["II.3"], Intent.LEAD),
        ("ai chu tri nhiem vu ii.3", ["II.3"], Intent.LEAD),
        ("Ai chủ trì nhiệm vụ 2.3?", ["II.3"], Intent.LEAD),
        ("nhiệm vụ 3 nhóm II do ai chủ trì", ["II.3"], Intent.LEAD),
        ("task II.3 who leads it", ["II.3"], Intent.LEAD),
        ("II.3 phối hợp với ai", ["II.3"], Intent.COORD),
        ("Cơ quan chỉ đạo của nhiệm vụ III.3", ["III.3"], Intent.DIRECTOR),
        ("ghi chú nhiệm vụ I.1", ["I.1"], Intent.NOTE),
        ("Toàn văn nhiệm vụ IV.3", ["IV.3"], Intent.TASK),
        ("II.3", ["II.3"], Intent.TASK),
    ],
)
def test_task_lookup_by_id(seed_engine, question, ids, intent):
    answer = ask(seed_engine, question)
    assert (Status.FOUND, ids, intent) == (answer.status, answer.task_ids, answer.intent)
    assert "1169/QĐ-UBND" in answer.text  # every answer cites its source


def test_deadline_answers_say_whether_it_passed(seed_engine):
    passed = ask(seed_engine, "Thời hạn nhiệm vụ II.3?", today=date(2026, 11, 24))
    open_ = ask(seed_engine, "Thời hạn nhiệm vụ II.3?", today=date(2026, 5, 1))
    assert "đã qua hạn 30/06/2026" in passed.text
    assert "còn 60 ngày" in open_.text


def test_unknown_id_suggests_the_nearest(seed_engine):
    answer = ask(seed_engine, "Ai chủ trì nhiệm vụ II.9?")
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)
    assert "II.8" == answer.suggestions[0].label
    assert "Ai chủ trì nhiệm vụ II.8?" == answer.suggestions[0].query


def test_other_columns_by_their_header(tmp_path):
    from indexer.build import build
    from knowledge.engine import Engine
    from knowledge.store import KnowledgeBase

    from .test_parser import OTHER_PLAN

    plan = tmp_path / "42.txt"
    plan.write_text(OTHER_PLAN)
    build([plan], tmp_path / "kb.db")
    engine = Engine(KnowledgeBase(tmp_path / "kb.db"))
    budget = ask(engine, "Kinh phí của nhiệm vụ I.1 là bao nhiêu?")
    assert "Kinh phí (triệu đồng): 1.200" in budget.text
    product = ask(engine, "nhiệm vụ IV.1 có sản phẩm gì")
    assert "Sản phẩm dự kiến: Báo cáo" in product.text
    assert ["IV.1"] == ask(engine, "Nhiệm vụ nào thực hiện 2025 - 2027?").task_ids
    # "trước 30/9/2027" is every deadline up to that day, not only the one written so.
    before = ask(engine, "nhiệm vụ nào có hạn trước 30/9/2027", today=date(2027, 1, 1))
    assert ["I.1", "I.2", "IV.3"] == before.task_ids
    assert ["I.1"] == ask(engine, "Nhiệm vụ nào đến hạn tháng 6/2025?").task_ids
    # Totals and extremes of the budget column, in the plan's own number format.
    assert "1.630" in ask(engine, "Tổng kinh phí của kế hoạch là bao nhiêu?").text
    assert ["I.1"] == ask(engine, "Nhiệm vụ nào có kinh phí lớn nhất?").task_ids
    assert ["IV.3"] == ask(engine, "nhiem vu nao kinh phi thap nhat").task_ids
    assert ["IV.1", "IV.2"] == ask(engine, "Nhiệm vụ nào không có kinh phí?").task_ids
    # Amounts compared in đồng, the column's unit read from its header.
    assert ["I.1"] == ask(engine, "nhiệm vụ nào có kinh phí trên 1 tỷ đồng").task_ids
    assert ["I.2", "IV.3"] == ask(engine, "kinh phí dưới 500 triệu đồng là nhiệm vụ nào").task_ids
    assert ["I.1"] == ask(engine, "kinh phí trên 1.000 triệu").task_ids  # not task "1.0"
    # Totals of a group's or an agency's tasks.
    assert "1.550" in ask(engine, "Tổng kinh phí nhóm I?").text
    assert ": 350" in ask(engine, "Tổng kinh phí các nhiệm vụ do Sở Công Thương chủ trì").text


@pytest.mark.parametrize(
    ("question", "today", "ids"),
    [
        ("Nhiệm vụ nào đến hạn quý 2 năm 2026?", TODAY, ["II.3", "II.5"]),
        ("nhiem vu nao het han Q2/2026", TODAY, ["II.3", "II.5"]),
        ("Nhiệm vụ nào thực hiện trong năm 2026?", TODAY, ["II.3", "II.5", "II.7", "IV.1", "VI.3"]),
        ("Nhiệm vụ nào đến hạn quý này?", date(2026, 8, 1), ["IV.1", "VI.3"]),
        ("Nhiệm vụ nào sắp đến hạn?", date(2026, 7, 1), ["IV.1", "VI.3"]),
        ("Nhiệm vụ nào đã quá hạn?", date(2025, 12, 31), ["I.1", "II.4"]),
        ("overdue tasks", date(2025, 12, 31), ["I.1", "II.4"]),
        ("Sở KH&CN có nhiệm vụ nào đến hạn quý 3/2026?", TODAY, ["IV.1", "VI.3"]),
        ("Nhóm IV có những nhiệm vụ nào?", TODAY, ["IV.1", "IV.2", "IV.3"]),
        (
            "Nhóm phát triển nguồn nhân lực gồm những nhiệm vụ nào?",
            TODAY,
            ["III.1", "III.2", "III.3"],
        ),
        ("nhóm thanh tra kiểm tra có những nhiệm vụ gì", TODAY, ["V.1", "V.2", "V.3", "V.4"]),
        # Bounds and spans: a period after "trước", "đến hết", "sau", "từ ... đến".
        ("nhiệm vụ nào trước tháng 7/2026", TODAY, ["I.1", "II.3", "II.4", "II.5"]),
        ("what tasks must be done before July 2026?", TODAY, ["I.1", "II.3", "II.4", "II.5"]),
        ("nhiệm vụ có hạn trước năm 2026", TODAY, ["I.1", "II.4"]),
        ("việc nào phải xong đến hết quý 2/2026", TODAY, ["I.1", "II.3", "II.4", "II.5"]),
        (
            "từ quý 2/2026 đến quý 4/2026 có nhiệm vụ nào",
            TODAY,
            ["II.3", "II.5", "II.7", "IV.1", "VI.3"],
        ),
        ("nhiệm vụ có hạn sau quý 2/2026", TODAY, ["II.7", "IV.1", "VI.3"]),
        ("nhiệm vụ từ tháng 3 đến tháng 6/2026", TODAY, ["II.3", "II.5"]),
        ("nhiệm vụ 6 tháng đầu năm 2026", TODAY, ["II.3", "II.5"]),
        ("cuối năm 2026 hạn những nhiệm vụ nào", TODAY, ["II.7"]),
        # Relative to today: a quarter of next year, the coming months, last year.
        ("nhiệm vụ quý 2 năm sau", date(2025, 6, 1), ["II.3", "II.5"]),
        ("nhiệm vụ nào trong 3 tháng tới", date(2026, 11, 1), ["II.7"]),
        ("nhiệm vụ năm ngoái", date(2026, 12, 1), ["I.1", "II.4"]),
        # Extremes of the deadline column, and the dated deadlines.
        ("nhiệm vụ có thời hạn muộn nhất", TODAY, ["II.7"]),
        ("Which task has the earliest deadline?", TODAY, ["I.1"]),
        (
            "những việc nào có thời hạn cụ thể",
            TODAY,
            ["I.1", "II.3", "II.4", "II.5", "II.7", "IV.1", "VI.3"],
        ),
        ("nhiệm vụ II.1 đến II.4", TODAY, ["II.1", "II.2", "II.3", "II.4"]),
        # A period alone asks for its tasks.
        ("Q2/2026", TODAY, ["II.3", "II.5"]),
        ("quý 3/2026 có gì?", TODAY, ["IV.1", "VI.3"]),
    ],
)
def test_deadline_and_group_filters(seed_engine, question, today, ids):
    answer = ask(seed_engine, question, today=today)
    assert ids == answer.task_ids, answer.text


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Công an tỉnh có nhiệm vụ gì?", ["III.3"]),
        ("cong an tinh chu tri nhiem vu nao", ["III.3"]),
        ("Bộ CHQS tỉnh chủ trì nhiệm vụ nào", ["IV.3"]),
        ("Đài PTTH phối hợp những nhiệm vụ nào?", ["I.2"]),
        ("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia phối hợp nhiệm vụ nào", ["II.3"]),
        ("Hội đồng nhân dân tỉnh chỉ đạo nhiệm vụ nào?", ["II.1"]),
        ("Bao Binh Duong phoi hop nhiem vu nao", ["I.2"]),
        ("Sở Khoa hoc Cong nghe chủ trì nhiệm vụ nào đến hạn quý 2/2026", ["II.3", "II.5"]),
    ],
)
def test_agency_filters(seed_engine, question, ids):
    answer = ask(seed_engine, question)
    assert ids == answer.task_ids, answer.text


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        (
            "nhiệm vụ nào không do Sở KHCN chủ trì",
            ["I.1", "III.2", "III.3", "IV.2", "IV.3", "V.2", "VI.1", "VI.2"],
        ),
        ("nhiệm vụ nào Sở KHCN vừa chủ trì vừa chỉ đạo", ["I.3", "I.4", "II.3", "II.4", "II.6"]),
        ("Sở KHCN và UBND huyện cùng chủ trì nhiệm vụ nào", ["I.2"]),
    ],
)
def test_agencies_negated_and_combined(seed_engine, question, ids):
    assert ids == ask(seed_engine, question).task_ids


@pytest.mark.parametrize(
    ("first", "then", "ids"),
    [
        # Among the tasks just listed.
        (
            "Nhiệm vụ nào đã quá hạn?",
            "cái nào do sở KHCN chủ trì",
            ["II.3", "II.4", "II.5", "IV.1", "VI.3"],
        ),
        # The same agency in another role.
        ("Sở KHCN chủ trì những việc nào", "còn phối hợp?", ["III.2", "IV.2"]),
        (
            "Sở KHCN chủ trì những việc nào",
            "chỉ đạo thì sao",
            ["I.3", "I.4", "II.3", "II.4", "II.6", "III.2"],
        ),
    ],
)
def test_after_a_list(seed_engine, first, then, ids):
    answer = ask(seed_engine, then, ask(seed_engine, first).context)
    assert ids == answer.task_ids, answer.text


@pytest.mark.parametrize(
    ("question", "today", "ids"),
    [
        # "sở nào / bên nào" asks who, with the topic after it.
        # The task that applies traceability, not the training whose list ends with it.
        ("sở nào chủ trì việc truy xuất nguồn gốc", TODAY, ["II.4"]),
        ("bên nào làm chuyển đổi số", TODAY, ["II.4"]),
        (
            "anh ơi cho em hỏi là nhiệm vụ về truy xuất nguồn gốc thì sở nào chủ trì vậy ạ",
            TODAY,
            ["II.4"],
        ),
        ("xây dựng hệ thống chuẩn đo lường là việc của ai ạ", TODAY, ["II.7"]),
        # Negated periods and deadlines, in both languages.
        (
            "nhiệm vụ nào không phải hàng năm",
            TODAY,
            ["I.1", "II.3", "II.4", "II.5", "II.7", "IV.1", "VI.3"],
        ),
        (
            "nhiem vu nao khong co han cu the",
            TODAY,
            [
                "I.2",
                "I.3",
                "I.4",
                "II.1",
                "II.2",
                "II.6",
                "II.8",
                "III.1",
                "III.2",
                "III.3",
                "IV.2",
                "IV.3",
                "V.1",
                "V.2",
                "V.3",
                "V.4",
                "VI.1",
                "VI.2",
            ],
        ),
        (
            "Which tasks isn't the Department of Science and Technology leading?",
            TODAY,
            ["I.1", "III.2", "III.3", "IV.2", "IV.3", "V.2", "VI.1", "VI.2"],
        ),
        # Relative years, halves and the next deadline.
        ("cuối năm sau có nhiệm vụ nào hết hạn", date(2025, 3, 1), ["II.7"]),
        (
            "sang năm có nhiệm vụ nào hết hạn",
            date(2025, 3, 1),
            ["II.3", "II.5", "II.7", "IV.1", "VI.3"],
        ),
        ("6 tháng cuối năm nay có nhiệm vụ nào", date(2026, 5, 20), ["II.7", "IV.1", "VI.3"]),
        ("hạn gần nhất là khi nào", date(2025, 3, 1), ["I.1"]),
        ("cuối năm có nv nao", date(2025, 3, 1), []),
        # A place in the plan's own list, with none shown.
        ("nhiệm vụ cuối cùng trong phụ lục", TODAY, ["VI.3"]),
        ("nhiem vu dau tien cua phu luc", TODAY, ["I.1"]),
        ("nhiệm vụ quán triệt chỉ thị 38 thì cơ quan nào chủ trì", TODAY, ["I.1"]),
    ],
)
def test_phrasings_from_the_second_qa_round(seed_engine, question, today, ids):
    assert ids == ask(seed_engine, question, today=today).task_ids


@pytest.mark.parametrize(
    ("question", "status", "words"),
    [
        ("Chỉ thị 38 do ai ban hành", Status.FOUND, "Ban Bí thư Trung ương Đảng"),
        ("chỉ thị 40 nói gì", Status.NOT_FOUND, "Kế hoạch không nhắc đến chỉ thị 40."),
        # A day the plan writes, wherever it writes it.
        ("ngay 15/11 phai lam gi", Status.FOUND, "trước ngày 15/11 hàng năm"),
        ("ngày 06/02/2025 là gì", Status.FOUND, "51-KHPH/BTGTU"),
        ("ngay 11/4/2025", Status.FOUND, "Tờ trình số 28/TTr-SKHCN"),
        ("ngày 11/4 là gì", Status.FOUND, "Tờ trình số 28/TTr-SKHCN"),  # any year
        ("1169", Status.FOUND, "25 nhiệm vụ trong 6 nhóm"),
        # What plans do not hold.
        ("so dien thoai so khcn", Status.NOT_FOUND, "Kế hoạch không có thông tin này"),
        ("giam doc so khcn la ai", Status.NOT_FOUND, "Kế hoạch không có thông tin này"),
        ("phạt bao nhiêu tiền nếu vi phạm đo lường", Status.NOT_FOUND, "không có thông tin"),
    ],
)
def test_a_cited_document_by_its_number_alone(seed_engine, question, status, words):
    answer = ask(seed_engine, question)
    assert (status, True) == (answer.status, words in answer.text), answer.text


@pytest.mark.parametrize(
    ("first", "then", "ids"),
    [
        ("nhiệm vụ nào hết hạn quý 2/2026", "ai chu tri 2 nv do", ["II.3", "II.5"]),
        ("nhiệm vụ nào hết hạn quý 2/2026", "ai chủ trì cả hai", ["II.3", "II.5"]),
        ("Ai chủ trì nhiệm vụ II.3?", "ai phối hợp với họ", ["II.3"]),
        (
            "nhiệm vụ nào hết hạn quý 2/2026",
            "thế còn đã quá hạn",
            ["I.1", "II.3", "II.4", "II.5", "IV.1", "VI.3"],
        ),
    ],
)
def test_pointing_back_and_listing_anew(seed_engine, first, then, ids):
    assert ids == ask(seed_engine, then, ask(seed_engine, first).context).task_ids


def test_among_them_means_the_list_even_after_one_was_picked(seed_engine):
    listed = ask(seed_engine, "Sở KHCN chủ trì những nhiệm vụ nào?")
    picked = ask(seed_engine, "cái thứ 2 là gì", listed.context)
    among = ask(seed_engine, "nhiệm vụ nào trong số đó hết hạn năm 2026", picked.context)
    assert ["II.3", "II.5", "II.7", "IV.1", "VI.3"] == among.task_ids


def test_sub_unit_in_parentheses_counts_for_its_agency(seed_engine):
    answer = ask(seed_engine, "Chi cục TCĐLCL chủ trì nhiệm vụ nào?")
    assert ["I.4", "II.8"] == answer.task_ids


@pytest.mark.parametrize(
    ("question", "section", "words"),
    [
        ("Kinh phí thực hiện kế hoạch lấy từ đâu?", "III.4", "ngân sách nhà nước"),
        ("Hằng năm phải báo cáo trước ngày nào?", "III.1", "15/11"),
        ("Cơ quan đầu mối theo dõi kế hoạch là ai?", "III.2", "cơ quan đầu mối"),
        ("Gặp khó khăn vướng mắc thì báo cáo về đâu?", "III.6", "Sở Khoa học và Công nghệ"),
        ("mục II.1 nói gì", "II.1", "đối thoại với doanh nghiệp"),
        ("Điều 2 quy định gì?", "Điều 2", "chịu trách nhiệm thi hành"),
    ],
)
def test_sections_of_the_body(seed_engine, question, section, words):
    answer = ask(seed_engine, question)
    assert (Status.FOUND, (section,)) == (answer.status, answer.sections), answer.text
    assert words in answer.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Quyết định ban hành ngày nào?", "28/04/2025"),
        ("Người ký là ai?", "Võ Văn Minh"),
        ("Cơ quan ban hành?", "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"),
        ("Nhóm II có bao nhiêu nhiệm vụ?", "8 nhiệm vụ"),
        ("How many tasks does the plan have?", "25 tasks"),
        ("Căn cứ pháp lý của quyết định?", "Luật Tổ chức chính quyền địa phương"),
        ("Văn bản nào cần được rà soát?", "2684/QĐ-UBND"),
    ],
)
def test_metadata_counts_and_documents(seed_engine, question, words):
    answer = ask(seed_engine, question)
    assert Status.FOUND == answer.status and words in answer.text, answer.text


def test_follow_ups_refer_to_the_last_tasks(seed_engine):
    first = ask(seed_engine, "Ai chủ trì nhiệm vụ II.5?")
    deadline = ask(seed_engine, "Thời hạn khi nào?", first.context)
    coord = ask(seed_engine, "còn phối hợp với ai?", deadline.context)
    assert (["II.5"], ["II.5"]) == (deadline.task_ids, coord.task_ids)
    assert "Quý II/2026" in deadline.text and "Các sở, ban ngành" in coord.text
    listed = ask(seed_engine, "Nhiệm vụ nào đến hạn Quý III/2026?")
    leads = ask(seed_engine, "ai chủ trì?", listed.context)
    assert ["IV.1", "VI.3"] == leads.task_ids


def test_a_fresh_chat_has_nothing_to_follow(seed_engine):
    assert Status.NOT_FOUND == ask(seed_engine, "Thời hạn khi nào?", Context()).status


def test_context_survives_json(seed_engine):
    first = ask(seed_engine, "Ai chủ trì nhiệm vụ II.5?")
    restored = Context.from_dict(first.context.to_dict())
    assert ["II.5"] == ask(seed_engine, "Thời hạn?", restored).task_ids


def test_an_id_in_two_plans_is_ambiguous_until_a_plan_is_named(both_engine):
    answer = ask(both_engine, "Ai chủ trì nhiệm vụ I.1?")
    assert (Status.AMBIGUOUS, []) == (answer.status, answer.task_ids)
    assert {"1169/QĐ-UBND", "87/KH-UBND"} == {s.label for s in answer.suggestions}
    named = ask(both_engine, "Ai chủ trì nhiệm vụ I.1 kế hoạch 87/KH-UBND?")
    assert (["I.1"], "87/KH-UBND") == (named.task_ids, named.plan)
    assert "Sở Khoa học và Công nghệ" in named.text
    by_digits = ask(both_engine, "ai chu tri nhiem vu I.1 quyet dinh 1169")
    assert "1169/QĐ-UBND" == by_digits.plan
    # Answering the clarifying question with just the plan re-asks the pending question.
    picked = ask(both_engine, "kế hoạch 87", answer.context)
    assert (["I.1"], "87/KH-UBND") == (picked.task_ids, picked.plan)


def test_a_chosen_plan_stays_in_focus(both_engine):
    named = ask(both_engine, "Ai chủ trì nhiệm vụ II.2 kế hoạch 87/KH-UBND?")
    follow = ask(both_engine, "Nhiệm vụ I.3 thời hạn khi nào?", named.context)
    assert ("87/KH-UBND", ["I.3"]) == (follow.plan, follow.task_ids)
    assert "Hằng năm" in follow.text


def test_the_last_question_asked_of_another_plan(both_engine):
    first = ask(both_engine, "Ai chủ trì nhiệm vụ II.1 trong kế hoạch 87/KH-UBND?")
    other = ask(both_engine, "Còn kế hoạch 1169 thì sao?", first.context)
    deadline = ask(both_engine, "thời hạn?", other.context)
    assert ("1169/QĐ-UBND", ["II.1"], Intent.LEAD) == (other.plan, other.task_ids, other.intent)
    assert ("1169/QĐ-UBND", Intent.DEADLINE) == (deadline.plan, deadline.intent)


def test_another_plan_is_asked_the_last_column_asked(both_engine):
    first = ask(both_engine, "Ai chủ trì nhiệm vụ I.1 kế hoạch 87/KH-UBND?")
    deadline = ask(both_engine, "thời hạn?", first.context)
    other = ask(both_engine, "còn của quyết định 1169 thì sao?", deadline.context)
    assert ("1169/QĐ-UBND", ["I.1"], Intent.DEADLINE) == (other.plan, other.task_ids, other.intent)


def test_a_column_asked_while_the_plan_is_unclear_keeps_the_question(both_engine):
    unclear = ask(both_engine, "Nhiệm vụ I.3 là gì?")
    again = ask(both_engine, "Khi nào xong?", unclear.context)
    assert (Status.AMBIGUOUS, Intent.DEADLINE) == (again.status, again.intent)
    picked = ask(both_engine, again.suggestions[1].query, again.context)
    assert (["I.3"], "87/KH-UBND", "Hằng năm") == (
        picked.task_ids,
        picked.plan,
        "Hằng năm" if "Hằng năm" in picked.text else picked.text,
    )


def test_every_task_but_some_is_asked_of_one_plan(both_engine):
    answer = ask(both_engine, "nhiệm vụ nào không phải hằng năm")
    assert (Status.AMBIGUOUS, 2) == (answer.status, len(answer.suggestions))
    picked = ask(both_engine, answer.suggestions[1].query, answer.context)
    assert ("87/KH-UBND", Status.FOUND) == (picked.plan, picked.status)


def test_a_plan_number_no_plan_has_is_not_another_paper_with_that_number(both_engine):
    answer = ask(both_engine, "kế hoạch 28 có bao nhiêu nhiệm vụ?")  # "Tờ trình số 28/TTr"
    assert (Status.NOT_FOUND, True) == (answer.status, "Không có kế hoạch số 28" in answer.text)


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Kinh phí nhiệm vụ 1.2.1 bao nhiêu?", [("1.2", "1")]),
        ("ai chủ trì ii.1.2", [("II.1", "2")]),
        ("kinh phí trên 1.000 triệu", []),
        ("nhiệm vụ B.3", [("B", "3")]),
        ("nhiệm vụ b.3", []),  # a lowercase letter is too common to be a group
    ],
)
def test_task_ids_read_from_questions(question, refs):
    from knowledge.question import read

    assert refs == read(question, today=TODAY).refs


def test_unknown_plan_number(both_engine):
    answer = ask(both_engine, "Kế hoạch 999/KH-UBND có bao nhiêu nhiệm vụ?")
    assert Status.NOT_FOUND == answer.status and "999" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Công an tỉnh chủ trì nhiệm vụ nào?",
        "Sở KH&CN phải làm gì trong năm 2026?",
        "nhiệm vụ nào đến hạn quý 2/2026",
        "which tasks does the Department of Science and Technology lead?",
    ],
)
def test_agency_and_period_filters_answer_across_plans_grouped_by_plan(both_engine, question):
    answer = ask(both_engine, question)
    plans = {t.plan for t in answer.tasks}
    headings = [i for i in answer.items if i.startswith(("Quyết định 1169", "Kế hoạch 87"))]
    assert (Status.FOUND, {"1169/QĐ-UBND", "87/KH-UBND"}) == (answer.status, plans)
    assert 2 == len(headings)
    # Each plan's tasks follow its heading: the list is grouped, not interleaved.
    order = [t.plan for t in answer.tasks]
    assert order == sorted(order, key=order.index)


def test_naming_a_plan_still_narrows_a_filter(both_engine):
    answer = ask(both_engine, "Sở KH&CN chủ trì nhiệm vụ nào trong kế hoạch 87/KH-UBND?")
    assert {"87/KH-UBND"} == {t.plan for t in answer.tasks}


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who leads task II.3?", "Lead: Sở Khoa học và Công nghệ"),
        ("When is task II.5 due?", "Deadline: Quý II/2026 (passed on 30/06/2026)"),
        ("Which tasks are due in the second quarter of 2026?", "2 tasks"),
        ("When is the business dialogue?", "Dialogue with businesses"),
    ],
)
def test_english_questions_get_english_labels(seed_engine, question, words):
    answer = ask(seed_engine, question)
    assert ("en", True) == (answer.lang, words in answer.text), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Thời tiết Bình Dương hôm nay thế nào?",
        "giá vàng hôm nay",
        "asdf qwer zxcv",
        "???",
        "Ai vô địch World Cup 2022?",
        "nấu phở bò như thế nào",
        "🙂🙂🙂",
    ],
)
def test_out_of_scope_is_not_found_with_help(seed_engine, question):
    answer = ask(seed_engine, question)
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids), answer.text
    assert answer.items  # examples of what can be asked


@pytest.mark.parametrize(
    ("question", "intent", "count"),
    [
        ("tất cả nhiệm vụ", Intent.GROUP, 25),  # "tất cả" is no agency
        ("nhiệm vụ về nuôi cá", Intent.UNKNOWN, 0),  # a topic the plan does not have
        # An agency it does not name: the tasks every department leads.
        ("Sở Du lịch chủ trì nhiệm vụ nào?", Intent.AGENCY, 6),
    ],
)
def test_what_is_not_an_agency_or_not_in_the_plan(seed_engine, question, intent, count):
    answer = ask(seed_engine, question)
    assert (intent, count) == (answer.intent, len(answer.task_ids)), answer.text


def test_topic_questions_answer_with_tasks(seed_engine):
    answer = ask(seed_engine, "nhiệm vụ về hội nhập quốc tế")
    assert "VI.1" in answer.task_ids
    typo = ask(seed_engine, "truy xuat ngon goc")
    assert "II.4" in typo.task_ids


def test_examples_come_from_the_plan(tay_an_engine):
    examples = tay_an_engine.answer("help", lang="vi").items
    assert any("Sở Khoa học và Công nghệ chủ trì" in e for e in examples)


def test_bare_task_number_asks_which_group(seed_engine):
    answer = ask(seed_engine, "nhiệm vụ 4 do ai chủ trì?")
    assert Status.AMBIGUOUS == answer.status
    assert ["I.4", "II.4", "V.4"] == [s.label for s in answer.suggestions]
    assert "nhiệm vụ II.4 do ai chủ trì?" == answer.suggestions[1].query


def test_a_task_in_a_plan_that_is_not_loaded(seed_engine):
    answer = ask(seed_engine, "Ai chủ trì nhiệm vụ I.1 của 87/KH-UBND?")
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)
    assert "87/kh-ubnd" in answer.text.lower()


def test_an_empty_filter_does_not_fall_back_to_a_topic(seed_engine):
    answer = ask(seed_engine, "Nhiệm vụ của Công an tỉnh đến hạn quý 2/2026?")
    assert (Status.NOT_FOUND, []) == (answer.status, answer.task_ids)


def test_english_question_naming_a_plan_number_with_diacritics(seed_engine):
    answer = ask(seed_engine, "Who leads task I.1 in plan 1169/QĐ-UBND?")
    assert ("en", ["I.1"]) == (answer.lang, answer.task_ids)
    assert "Lead:" in answer.text


@pytest.fixture(scope="module")
def arabic_engine(tmp_path_factory):
    """A plan numbered 1.1, 1.2 under Arabic groups, with extra columns named its own way."""
    from indexer.build import build
    from knowledge.engine import Engine
    from knowledge.store import KnowledgeBase

    from .test_parser import ARABIC_APPENDIX, OTHER_PLAN

    appendix = (
        ARABIC_APPENDIX.replace(
            "Thời hạn hoàn thành\n", "Thời hạn hoàn thành\nChỉ tiêu\nNguồn kinh phí\n"
        )
        .replace("Quý IV/2025\n", "Quý IV/2025\n01 quy chế\nNgân sách tỉnh\n")
        .replace("Tháng 9/2025\n", "Tháng 9/2025\n20 thủ tục\nNgân sách tỉnh\n")
        .replace("2025 - 2026\n", "2025 - 2026\n01 phòng thử nghiệm\nVốn đầu tư công\n")
    )
    path = tmp_path_factory.mktemp("arabic") / "plan.txt"
    path.write_text(OTHER_PLAN[: OTHER_PLAN.index("PHỤ LỤC")] + appendix)
    db = path.with_suffix(".db")
    build([path], db)
    return Engine(KnowledgeBase(db))


@pytest.mark.parametrize(
    ("question", "ids", "words"),
    [
        ("Ai chủ trì nhiệm vụ 1.2?", ["1.2"], "Sở Khoa học và Công nghệ"),
        ("Thời hạn nhiệm vụ I.2?", ["1.2"], "Tháng 9/2025"),  # Roman for an Arabic group
        ("Chỉ tiêu của nhiệm vụ 2.1 là gì?", ["2.1"], "01 phòng thử nghiệm"),
        ("Nhiệm vụ 2.1 lấy kinh phí từ đâu?", ["2.1"], "Vốn đầu tư công"),
        ("Nhóm 1 có những nhiệm vụ nào?", ["1.1", "1.2"], "Quý IV/2025"),
        # Tasks by what an extra column says, the column named by role or by header.
        ("Những nhiệm vụ nào dùng nguồn vốn đầu tư công?", ["2.1"], "(vốn đầu tư công)"),
        ("Nhiệm vụ nào có nguồn kinh phí ngân sách tỉnh?", ["1.1", "1.2"], "Ngân sách tỉnh"),
        ("nhiem vu nao co chi tieu 20 thu tuc", ["1.2"], "Chỉ tiêu: 20 thủ tục"),
    ],
)
def test_arabic_groups_and_named_columns(arabic_engine, question, ids, words):
    answer = ask(arabic_engine, question)
    assert (ids, True) == (answer.task_ids, words in answer.text), answer.text


def test_follow_ups_ask_for_columns_by_their_header(arabic_engine):
    first = ask(arabic_engine, "Nhiệm vụ 1.1 là gì?")
    target = ask(arabic_engine, "Chỉ tiêu là bao nhiêu?", first.context)
    source = ask(arabic_engine, "Nguồn kinh phí?", target.context)
    assert (["1.1"], ["1.1"]) == (target.task_ids, source.task_ids)
    assert "Chỉ tiêu: 01 quy chế" in target.text and "Nguồn kinh phí: Ngân sách tỉnh" in source.text


@pytest.mark.parametrize(
    ("first", "then", "ids", "words"),
    [
        ("Who leads task I.1?", "And when is it due?", ["I.1"], "Quý II/2025"),
        ("Công an tỉnh chủ trì nhiệm vụ nào?", "When is it due?", ["III.3"], "Hàng năm"),
        ("nhiệm vụ về chuẩn đo lường chính", "đơn vị nào phối hợp?", ["II.7"], "Các sở, ban"),
        ("Ai chủ trì nhiệm vụ VI.3?", "thuộc nhóm nào?", ["VI.3"], "Nhóm VI"),
        ("Ai chủ trì nhiệm vụ II.3?", "còn đơn vị phối hợp?", ["II.3"], "Ủy ban Tiêu chuẩn"),
        ("Ai chủ trì nhiệm vụ II.3?", "Đã quá hạn chưa?", ["II.3"], "Quý II/2026 (đã qua hạn"),
        ("Who leads task I.1?", "Is it overdue?", ["I.1"], "Quý II/2025 (passed"),
    ],
)
def test_follow_ups_keep_their_task(seed_engine, first, then, ids, words):
    answer = ask(seed_engine, then, ask(seed_engine, first).context)
    assert (ids, True) == (answer.task_ids, words in answer.text), answer.text


@pytest.mark.parametrize(
    ("then", "ids", "intent"),
    [
        ("cái thứ 2 ai chủ trì?", ["II.5"], Intent.LEAD),
        ("còn cái thứ ba?", ["II.7"], Intent.TASK),
        ("nhiệm vụ thứ 2", ["II.5"], Intent.TASK),
        ("cái cuối cùng là gì", ["VI.3"], Intent.CONTENT),
        ("and who directs the second one?", ["II.5"], Intent.DIRECTOR),
        ("who leads them?", ["II.3", "II.5", "II.7", "IV.1", "VI.3"], Intent.LEAD),
        ("cái thứ 9", [], Intent.TASK),  # the list has 5
    ],
)
def test_a_place_in_the_list_just_shown(seed_engine, then, ids, intent):
    listed = ask(seed_engine, "Nhiệm vụ nào có hạn năm 2026?")
    answer = ask(seed_engine, then, listed.context)
    assert (ids, intent) == (answer.task_ids, answer.intent), answer.text


def test_a_place_keeps_the_list_for_the_next_one(seed_engine):
    listed = ask(seed_engine, "Nhiệm vụ nào có hạn năm 2026?")
    second = ask(seed_engine, "cái thứ 2 ai chủ trì?", listed.context)
    deadline = ask(seed_engine, "thời hạn của nó?", second.context)
    third = ask(seed_engine, "còn cái thứ 3?", deadline.context)
    assert (["II.5"], ["II.7"]) == (deadline.task_ids, third.task_ids)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("xin chào", "Tôi trả lời câu hỏi"),
        ("chao ban", "Tôi trả lời câu hỏi"),
        ("cảm ơn nhé", "Rất vui được giúp bạn"),
        ("thanks!", "You're welcome"),
    ],
)
def test_small_talk_is_answered_and_keeps_the_context(seed_engine, question, words):
    before = ask(seed_engine, "Ai chủ trì nhiệm vụ II.3?")
    answer = ask(seed_engine, question, before.context)
    assert (Status.FOUND, True) == (answer.status, words in answer.text), answer.text
    assert before.context == answer.context


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("UBND cấp huyện chủ trì nhiệm vụ nào?", ["I.1", "I.2", "III.2", "V.2", "VI.1", "VI.2"]),
        ("CA tỉnh chủ trì nhiệm vụ nào?", ["III.3"]),
        ("Sở KH và CN chủ trì nhiệm vụ nào đến hạn quý 3/2026?", ["IV.1", "VI.3"]),
        ("ai chủ trì nhiệm vụ II-3", ["II.3"]),
        ("nhiệm vụ II3 do ai chủ trì", ["II.3"]),
        ("nhiệm vụ số 4 thuộc mục I", ["I.4"]),
        ("nv2.3 thời hạn", ["II.3"]),
        ("mục 3 nhóm II trong phụ lục", ["II.3"]),
        ("Vai trò của Đài PTTH Bình Dương", ["I.2"]),
        ("Which task deals with product quality along the supply chain?", ["II.8"]),
        ("muc II.3 phu luc ai chu tri", ["II.3"]),
        ("nhóm II, nhiệm vụ 3 ai chủ trì", ["II.3"]),
        ("nhóm 2 nv 3", ["II.3"]),
        ("nhiệm vụ số 3 thuộc nhóm thứ hai là gì", ["II.3"]),
        ("CT UBND tỉnh chỉ đạo nhiệm vụ nào năm 2026", ["II.5", "II.7", "IV.1", "VI.3"]),
        ("BCH quân sự tỉnh lo việc gì", ["IV.3"]),
        ("quân sự tỉnh có nhiệm vụ gì", ["IV.3"]),
        ("dai truyen hinh binh duong phoi hop nhiem vu nao", ["I.2"]),
    ],
)
def test_other_ways_to_name_agencies_and_tasks(seed_engine, question, ids):
    assert ids == ask(seed_engine, question).task_ids


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("BQL Khu kinh tế tỉnh chủ trì nhiệm vụ nào?", "Không thấy cơ quan này"),
        ("Sở Tài chính phải làm gì theo kế hoạch?", "giao chung cho các sở, ban, ngành"),
        ("ai kí quyết định", "Võ Văn Minh"),
        # Documents the plan cites, found in its legal bases.
        ("Quyết định 1703/QĐ-TTg ngày nào?", "1703/QĐ-TTg ngày 31/12/2024 của Thủ tướng"),
        ("Chỉ thị 38-CT/TW ban hành ngày nào", "Chỉ thị số 38-CT/TW ngày 30/7/2024"),
        ("Luật Tổ chức chính quyền địa phương ngày nào", "ngày 19/02/2025"),
        ("Nghị quyết 12/2022/NQ-HĐND thẩm quyền ban hành", "HĐND tỉnh"),
        ("văn bản 874/QĐ-UBND", "Quyết định số 874/QĐ-UBND"),
        # The plan as a whole.
        ("Kế hoạch này nói về gì?", "25 nhiệm vụ trong 6 nhóm"),
        ("Quyết định 1169/QĐ-UBND", "Người ký: Võ Văn Minh"),
        ("Kế hoạch số bao nhiêu?", "Số hiệu: 1169/QĐ-UBND"),
        ("Kế hoạch số mấy, ngày nào?", "Bình Dương, 28/04/2025"),
        ("Số và ngày của quyết định?", "Số hiệu: 1169/QĐ-UBND"),
        ("kế hoạch này thực hiện chỉ thị nào", "Chỉ thị số 38-CT/TW"),
        # Reports go to an agency the body names; the decision goes to its recipients.
        ("báo cáo tình hình thực hiện gửi cho ai", "gửi Sở Khoa học và Công nghệ"),
        ("quyết định gửi cho những cơ quan nào", "Cục Thống kê tỉnh"),
        ("Kế hoạch 3338/KH-UBND có cần rà soát không?", "Có 1 văn bản cần rà soát"),
        ("Theo đề nghị của ai?", "Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ"),
        ("Quyết định có hiệu lực từ khi nào?", "kể từ ngày ký"),
        ("Phụ lục có bao nhiêu nhóm nhiệm vụ?", "25 nhiệm vụ trong 6 nhóm"),
        ("Danh mục gồm những nhóm nào?", "• Nhóm VI: 3"),
        ("Which documents need to be reviewed or amended?", "5 documents to review"),
    ],
)
def test_answers_found_by_adversarial_questions(seed_engine, question, words):
    assert words in ask(seed_engine, question).text


@pytest.mark.parametrize("question", ["chữ ký số", "Nhiệm vụ nào làm với Lào?"])
def test_a_word_next_to_an_unknown_one_is_not_a_match(seed_engine, question):
    assert Status.NOT_FOUND == ask(seed_engine, question).status


def test_a_plan_named_by_the_words_of_its_title(both_engine):
    """Two plans hold an I.2; "truy xuất nguồn gốc" is in only one title."""
    answer = ask(both_engine, "Trong kế hoạch truy xuất nguồn gốc, ai chủ trì nhiệm vụ I.2?")
    assert ("87/KH-UBND", ["I.2"]) == (answer.plan, answer.task_ids)
    assert Status.AMBIGUOUS == ask(both_engine, "Ai chủ trì nhiệm vụ I.2?").status


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Hằng quý", "periodic"), ("Định kỳ 6 tháng", "periodic"), ("định kỳ hằng năm", "annual")],
)
def test_periodic_deadlines(text, kind):
    from knowledge.periods import parse_period

    assert kind == parse_period(text).kind.value


@pytest.fixture(scope="module")
def odd_number_engine(tmp_path_factory):
    """The seed beside a plan whose number has another shape: "05-KH/TU"."""
    from indexer.build import build
    from knowledge.engine import Engine
    from knowledge.store import KnowledgeBase

    from .conftest import SEED
    from .test_parser import OTHER_PLAN

    folder = tmp_path_factory.mktemp("odd")
    (folder / "tu.txt").write_text(OTHER_PLAN.replace("Số: 42/KH-UBND", "Số: 05-KH/TU"))
    build([SEED, folder / "tu.txt"], folder / "kb.db")
    return Engine(KnowledgeBase(folder / "kb.db"))


def test_any_plan_number_can_be_named(odd_number_engine):
    named = ask(odd_number_engine, "Ai chủ trì nhiệm vụ I.1 kế hoạch 05-KH/TU?")
    assert ("05-KH/TU", ["I.1"]) == (named.plan, named.task_ids)
    ambiguous = ask(odd_number_engine, "Ai chủ trì nhiệm vụ I.1?")
    assert Status.AMBIGUOUS == ambiguous.status
    picked = [ask(odd_number_engine, s.query) for s in ambiguous.suggestions]
    assert {"1169/QĐ-UBND", "05-KH/TU"} == {a.plan for a in picked}
    # The words of a title pick a plan without asking, and never loop.
    titled = ask(odd_number_engine, "trong kế hoạch nâng cao năng suất, ai chủ trì nhiệm vụ I.1?")
    assert "05-KH/TU" == titled.plan


def test_sources_name_each_tasks_own_plan(both_engine):
    from knowledge.answer import TaskRef

    listed = Context(tasks=(TaskRef("1169/QĐ-UBND", "I.3"), TaskRef("87/KH-UBND", "I.1")))
    answer = ask(both_engine, "Thời hạn khi nào?", listed)
    assert ["I.3", "I.1"] == answer.task_ids
    assert answer.footer == (
        "Nguồn: Quyết định 1169/QĐ-UBND, Phụ lục, nhiệm vụ I.3; "
        "Kế hoạch 87/KH-UBND, Phụ lục, nhiệm vụ I.1"
    )


TWO_TABLES = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM SƠN
Số: 31/KH-UBND
Hà Nam Sơn, ngày 3 tháng 3 năm 2026
KẾ HOẠCH
ỨNG PHÓ BIẾN ĐỔI KHÍ HẬU
I. MỤC ĐÍCH
1. Chủ động ứng phó.
PHỤ LỤC I
STT
Nhiệm vụ
Cơ quan chủ trì
Thời gian thực hiện
Kinh phí (triệu đồng)
I
Quy hoạch
1.
Cập nhật kế hoạch hành động ứng phó biến đổi khí hậu.
Sở Nông nghiệp và Môi trường
2026 và các năm tiếp theo
1.500
2.
Tổng hợp báo cáo kiểm kê khí nhà kính.
Sở Công Thương
Quý I hằng năm
300
PHỤ LỤC II
STT
Tên dự án
Chủ đầu tư
Tổng mức đầu tư (tỷ đồng)
Thời gian thực hiện
I
Công trình
1.
Kè chống sạt lở bờ sông Lam.
Ban Quản lý dự án đầu tư xây dựng tỉnh
125,5
2025 - 2027
"""


@pytest.fixture(scope="module")
def two_tables_engine(tmp_path_factory):
    from indexer.build import build
    from knowledge.engine import Engine
    from knowledge.store import KnowledgeBase

    folder = tmp_path_factory.mktemp("two-tables")
    (folder / "31.txt").write_text(TWO_TABLES)
    build([folder / "31.txt"], folder / "kb.db")
    return Engine(KnowledgeBase(folder / "kb.db"))


@pytest.mark.parametrize(
    ("question", "ids", "words"),
    [
        # A later appendix's ids carry its number; the question names the appendix.
        ("Chủ đầu tư dự án I.1 phụ lục II?", ["PL II: I.1"], "Ban Quản lý dự án"),
        ("Ai chủ trì nhiệm vụ I.1?", ["I.1"], "Sở Nông nghiệp và Môi trường"),
        # "2026 và các năm tiếp theo" is a task of 2026; "Quý I hằng năm" of every first quarter.
        ("Nhiệm vụ nào thực hiện trong năm 2026?", ["I.1"], "2026 và các năm tiếp theo"),
        ("Nhiệm vụ nào đến hạn quý I/2027?", ["I.2"], "Quý I hằng năm"),
        # Amounts in triệu and in tỷ compare in đồng, and add up column by column.
        ("Nhiệm vụ nào có kinh phí trên 1 tỷ đồng?", ["I.1", "PL II: I.1"], "125,5"),
        ("Tổng kinh phí?", ["I.1", "I.2", "PL II: I.1"], "Kinh phí (triệu đồng): 1.800"),
    ],
)
def test_two_appendices_with_their_own_units(two_tables_engine, question, ids, words):
    answer = ask(two_tables_engine, question)
    assert (ids, True) == (answer.task_ids, words in answer.text), answer.text
