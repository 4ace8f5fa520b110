"""Each mechanism of reading and answering, tried with sentences that are not in the samples:
on the bundled plan, on a plan written here, and on the real gazette plans.

The plan written here has agencies whose names hold cue words ("Cục Hàng không", "Ban Chỉ
đạo", "Sở Ngoại vụ"), two agencies with the same initials ("Sở NN"), groups numbered 1, 2, 3
with one titled "Hiện đại hóa hạ tầng", and a body without a section 2.1.
"""

from __future__ import annotations

from datetime import date

import pytest

from indexer.build import build
from knowledge.answer import Context, Intent, Status
from knowledge.engine import Engine
from knowledge.frame import Asked
from knowledge.store import KnowledgeBase
from tests import dialogues

from .conftest import TODAY
from .realplans import real_engine

HARBOUR_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH HẢI BẮC
Số: 61/KH-UBND
Hải Bắc, ngày 3 tháng 3 năm 2026
KẾ HOẠCH
PHÁT TRIỂN CẢNG HÀNG KHÔNG VÀ LOGISTICS GIAI ĐOẠN 2026 - 2028
I. MỤC ĐÍCH
1. Phát triển hạ tầng cảng hàng không và dịch vụ logistics của tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
1
Hiện đại hóa hạ tầng
1.1
Mở rộng nhà ga hành khách.
Cục Hàng không Việt Nam
Sở Xây dựng
Quý II/2027
1.2
Nâng cấp đường băng và sân đỗ.
Sở Xây dựng
Cục Hàng không Việt Nam
Quý IV/2026
2
Kết nối và xúc tiến
2.1
Tổ chức hội nghị xúc tiến đầu tư với các hãng bay nước ngoài.
Sở Ngoại vụ
Sở Tài chính
Năm 2027
2.2
Đào tạo nhân lực logistics cho doanh nghiệp.
Sở Nội vụ
Sở Nông nghiệp và Môi trường
Quý III/2026
3
Điều phối
3.1
Theo dõi, đôn đốc và báo cáo kết quả thực hiện kế hoạch.
Ban Chỉ đạo phát triển logistics tỉnh
Các sở, ban, ngành
Hằng năm
"""


def ask(engine, question, context=None, today=TODAY):
    return engine.answer(question, context or Context(), today)


def chat(engine, *questions, today=TODAY):
    return dialogues.chat(engine, *questions, today=today)


@pytest.fixture(scope="module")
def harbour(written_engine) -> Engine:
    return written_engine("61", HARBOUR_PLAN)


# ------------------------------------------------------------ names before cue words


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # "không" in "Cục Hàng không" is no negation.
        ("Cục Hàng không chủ trì nhiệm vụ nào?", ["1.1"]),
        ("cuc hang khong viet nam phoi hop viec gi", ["1.2"]),
        # "ngoại" written "ngoai" is not "ngoài" (except).
        ("so ngoai vu chu tri nhiem vu nao", ["2.1"]),
        # "chỉ đạo" in "Ban Chỉ đạo" asks for no directing agency.
        ("Ban Chỉ đạo phát triển logistics tỉnh chủ trì gì?", ["3.1"]),
    ],
)
def test_names_the_base_knows_are_read_before_cue_words(harbour, question, ids):
    assert ids == ask(harbour, question).task_ids


# ------------------------------------------------------------ partial names


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("sở xd chủ trì nhiệm vụ nào", ["1.2"]),
        ("bên sở tc phối hợp việc gì", ["2.1"]),
        ("sở nnmt phối hợp nhiệm vụ nào", ["2.2"]),
    ],
)
def test_partial_names_that_fit_one_agency_resolve_to_it(harbour, question, ids):
    assert ids == ask(harbour, question).task_ids


def test_initials_that_fit_several_agencies_ask_which(harbour):
    answer = ask(harbour, "so nv chu tri gi")  # Sở Ngoại vụ or Sở Nội vụ
    assert Status.AMBIGUOUS == answer.status
    assert {"Sở Ngoại vụ", "Sở Nội vụ"} == {s.label for s in answer.suggestions}
    picked = ask(harbour, answer.suggestions[0].query)
    assert Status.FOUND == picked.status


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("sở kh cn chủ trì nhiệm vụ nào trong quý 2/2026", ["II.3", "II.5"]),
        ("skhcn quy 2/2026", []),
    ],
)
def test_partial_names_on_the_bundled_plan(seed_engine, question, ids):
    answer = ask(seed_engine, question)
    assert set(ids) <= set(answer.task_ids)


# ------------------------------------------------------------ fallbacks


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("mục 2.1 do ai chủ trì", ["2.1"]),  # no body section 2.1: the appendix's task
        ("nội dung mục 3", ["3.1"]),  # no body section 3: group 3
        ("nhóm 2 gồm những việc gì", ["2.1", "2.2"]),
    ],
)
def test_a_reading_that_finds_nothing_gives_way(harbour, question, ids):
    assert ids == ask(harbour, question).task_ids


def test_a_body_section_is_still_found_first(harbour):
    assert ("I.1",) == ask(harbour, "mục I.1 nói gì").sections


# ------------------------------------------------------------ topics


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("việc hiện đại hóa hạ tầng gồm những gì", ["1.1", "1.2"]),  # the group's title
        ("về đào tạo có mấy việc", ["2.2"]),
    ],
)
def test_topics_answer_with_task_ids(harbour, question, ids):
    assert ids == ask(harbour, question).task_ids


def test_a_count_of_a_topic_counts_that_topic(seed_engine):
    answer = ask(seed_engine, "về truy xuất nguồn gốc có bao nhiêu nhiệm vụ")
    assert Intent.COUNT == answer.intent
    assert f"Có {len(answer.tasks)} nhiệm vụ" in answer.title
    assert len(answer.tasks) < 25


# ------------------------------------------------------------ comparisons


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("nhiệm vụ 1.1 hay 1.2 đến hạn trước?", "Nhiệm vụ 1.2 đến hạn trước"),
        ("1.1 và 2.2 cái nào xong sau", "Nhiệm vụ 1.1 đến hạn sau"),
        ("which is due first, 2.1 or 2.2?", "2.2 is due first"),
    ],
)
def test_two_tasks_compared_by_deadline(harbour, question, first):
    answer = ask(harbour, question)
    assert first == answer.title.rstrip(":")
    assert 2 == len(answer.items)


def test_two_agencies_side_by_side(seed_engine):
    answer = ask(seed_engine, "Sở KH&CN so với UBND huyện chủ trì bao nhiêu nhiệm vụ?")
    assert 2 == len(answer.items)
    assert answer.items[0].startswith("• Sở Khoa học và Công nghệ: chủ trì ")


# ------------------------------------------------------------ periods from today


@pytest.mark.parametrize(
    ("question", "today", "ids"),
    [
        ("từ nay đến hết năm có việc gì phải xong", date(2026, 11, 1), ["1.2"]),
        ("nhiệm vụ từ giờ tới hết quý 2/2027", date(2026, 8, 1), ["1.1", "1.2", "2.2"]),
        ("what is due from now until the end of the year?", date(2026, 8, 1), ["1.2", "2.2"]),
    ],
)
def test_spans_from_today(harbour, question, today, ids):
    assert ids == sorted(ask(harbour, question, today=today).task_ids)


# ------------------------------------------------------------ padding and small talk


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("cho em hỏi xíu, bên sở xây dựng mình chủ trì việc gì ạ", ["1.2"]),
        ("hi bot, btw ai chủ trì nhiệm vụ 2.1 vậy", ["2.1"]),
        ("ad ơi, nv 1.1 hạn khi nào thế, cảm ơn ad nhiều", ["1.1"]),
    ],
)
def test_padding_never_hides_the_question(harbour, question, ids):
    assert ids == ask(harbour, question).task_ids


# ------------------------------------------------------------ not in the plan, contacts


@pytest.mark.parametrize(
    "question",
    [
        "Giám đốc Sở Xây dựng hiện nay là ai?",
        "who is the current director of the construction department?",
        "số điện thoại Cục Hàng không",
        "email của sở ngoại vụ là gì",
    ],
)
def test_what_the_plan_does_not_state(harbour, question):
    answer = ask(harbour, question)
    assert (Status.NOT_FOUND, Asked.NOT_IN_PLAN) == (answer.status, answer.frame.asked)


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("who should we contact about the passenger terminal?", "Cục Hàng không Việt Nam"),
        ("muốn hỏi về đào tạo nhân lực logistics thì liên hệ với ai", "Sở Nội vụ"),
    ],
)
def test_contacts_name_the_agency_in_charge_and_say_there_is_no_number(harbour, question, agency):
    answer = ask(harbour, question)
    assert agency in answer.text
    assert "phone" in answer.text or "điện thoại" in answer.text


# ------------------------------------------------------------ context is data


def test_follow_ups_on_the_documents_to_review(seed_engine):
    listed, second = chat(seed_engine, "Danh mục văn bản cần rà soát?", "văn bản thứ hai?")
    assert ("documents", 5) == (listed.context.kind, len(listed.context.items))
    assert second.items[0].startswith("2. ")
    english = chat(seed_engine, "documents to review", "the third document")[1]
    assert english.items[0].startswith("3. ")


def test_follow_ups_on_a_section_list(seed_engine):
    heading, item = chat(seed_engine, "Mục đích của kế hoạch?", "cái thứ 2")
    assert "sections" == heading.context.kind
    assert heading.context.items[1] == item.sections[0]


@pytest.mark.parametrize(
    ("turns", "ids", "words"),
    [
        (("Ai chủ trì nhiệm vụ 1.1?", "còn 2.1 thì sao?"), ["2.1"], "Sở Ngoại vụ"),
        (("Thời hạn nhiệm vụ 1.2?", "what about 2.2?"), ["2.2"], "Quý III/2026"),
        (("Ai chủ trì nhiệm vụ 1.1?", "who else?"), ["1.1"], "Sở Xây dựng"),
        (("nhóm 1 gồm những việc gì", "cái thứ nhất", "cái còn lại?"), ["1.2"], "đường băng"),
        (
            ("Ai chủ trì 2.2?", "nhiệm vụ 1.1 hạn khi nào", "quay lại việc đào tạo lúc nãy"),
            ["2.2"],
            "Sở Nông nghiệp và Môi trường",  # the whole task, its coordinators too
        ),
    ],
)
def test_follow_ups_take_their_fields_from_the_context(harbour, turns, ids, words):
    last = chat(harbour, *turns)[-1]
    assert (ids, True) == (last.task_ids, words in last.text)


def test_the_context_keeps_fields_not_text(harbour):
    first = ask(harbour, "Ai chủ trì nhiệm vụ 1.1 và 1.2?")
    assert (("lead",), "tasks") == (first.context.columns, first.context.kind)
    restored = Context.from_dict(first.context.to_dict())
    assert restored == first.context


# ------------------------------------------------------------ several plans


def test_a_question_about_an_agency_answers_across_plans(seed_engine, harbour, tmp_path):
    from .conftest import SEED

    (tmp_path / "61.txt").write_text(HARBOUR_PLAN)
    build([SEED, tmp_path / "61.txt"], tmp_path / "kb.db")
    both = Engine(KnowledgeBase(tmp_path / "kb.db"))
    answer = ask(both, "Sở Tài chính phải làm gì?")  # leads nothing; coordinates 2.1
    assert Status.FOUND == answer.status or "Sở Tài chính" in answer.text
    period = ask(both, "nhiệm vụ nào đến hạn quý 2/2026", today=date(2026, 1, 1))
    assert {"1169/QĐ-UBND"} == {t.plan for t in period.tasks}
    lead = ask(both, "Sở Xây dựng chủ trì nhiệm vụ nào?")
    assert [("61/KH-UBND", "1.2")] == [(t.plan, t.ref) for t in lead.tasks]


# ------------------------------------------------------------ the frame


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Ai chủ trì nhiệm vụ 1.1?", Asked.COLUMNS),
        ("Sở Xây dựng chủ trì những nhiệm vụ nào?", Asked.LIST),
        ("Sở Xây dựng chủ trì mấy nhiệm vụ?", Asked.COUNT),
        ("nhiệm vụ 1.1 hay 1.2 đến hạn trước", Asked.COMPARE),
        ("Ai ký kế hoạch?", Asked.FACTS),
        ("việc về đường băng", Asked.TOPIC),
        ("cảm ơn", Asked.TALK),
    ],
)
def test_every_answer_carries_its_frame(harbour, question, asked):
    assert asked == ask(harbour, question).frame.asked


# ------------------------------------------------------------ real plans


@pytest.fixture(scope="module")
def real_116(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "nq-116-NQ-CP")


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("bộ tc chủ trì những nhiệm vụ nào", ["I.5"]),
        ("nhiệm vụ I.2 hay I.5 đến hạn trước", ["I.2", "I.5"]),
        ("ai chủ trì nv I.6, còn phối hợp?", ["I.6"]),
    ],
)
def test_mechanisms_on_a_real_plan(real_116, question, ids):
    assert set(ids) <= set(ask(real_116, question).task_ids)


# ------------------------------------------------------------ two questions, neighbours


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Ai ký kế hoạch và kế hoạch có bao nhiêu nhiệm vụ?", ["người ký", "có 5 nhiệm vụ"]),
        ("nhiệm vụ 1.1 hạn khi nào? còn 1.2 thì sao?", ["Quý II/2027", "Quý IV/2026"]),
    ],
)
def test_two_questions_in_one_get_both_parts(harbour, question, words):
    text = ask(harbour, question).text
    assert [True] * len(words) == [w in text for w in words]


def test_a_qualifier_after_a_comma_is_no_second_question(harbour):
    answer = ask(harbour, "nhiệm vụ nào đến hạn năm 2027, không tính việc hằng năm")
    assert ["1.1", "2.1"] == answer.task_ids


@pytest.mark.parametrize(
    ("turns", "ids"),
    [
        (("Ai chủ trì nhiệm vụ 1.2?", "còn nhiệm vụ tiếp theo?"), ["2.1"]),
        (("Ai chủ trì nhiệm vụ 2.1?", "the previous task?"), ["1.2"]),
    ],
)
def test_the_task_after_or_before_the_one_in_hand(harbour, turns, ids):
    assert ids == chat(harbour, *turns)[-1].task_ids


def test_the_signer_named_is_the_plans_signer(seed_engine):
    assert "CHỦ TỊCH" in ask(seed_engine, "ông Võ Văn Minh ký với chức danh gì").text


def test_a_papers_number_in_a_tasks_note(seed_engine):
    answer = ask(seed_engine, "nhiệm vụ nào ghi văn bản 51-KHPH/BTGTU")
    assert ["I.1"] == answer.task_ids


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("nhiệm vụ nào đến hạn từ giờ tới hết tháng 9", date(2026, 6, 5), date(2026, 9, 30)),
        ("đến hết 2027 cần xong những việc gì", date.min, date(2027, 12, 31)),
    ],
)
def test_periods_people_write_without_a_year_or_a_word(question, start, end):
    from knowledge.question import read

    period = read(question, today=date(2026, 6, 5)).periods[0]
    assert (start, end) == (period.start, period.end)


# ------------------------------------------------------------ more real plans


@pytest.fixture(scope="module")
def real_105(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "nq-105-NQ-CP")


@pytest.fixture(scope="module")
def real_893(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "qd-893-QD-TTg")


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("nhiệm vụ nào có cấp trình là Bộ Chính trị", ["III.7", "III.9", "IV.9"]),
        ("mục III có bao nhiêu nhiệm vụ", None),  # group III, counted
    ],
)
def test_columns_and_groups_of_a_real_plan(real_105, question, ids):
    answer = ask(real_105, question)
    if ids is None:
        assert answer.task_ids and all(r.startswith("III.") for r in answer.task_ids)
    else:
        assert set(ids) <= set(answer.task_ids)


def test_the_plan_by_its_kind_and_digits(real_105):
    assert "Người ký" in ask(real_105, "Nghị quyết 105 do ai ký, ngày nào?").text


def test_an_agency_the_table_leaves_out_is_found_in_the_body(real_893):
    answer = ask(real_893, "Bộ Tài chính có trách nhiệm gì trong việc thực hiện Đề án?")
    assert (Status.FOUND, True) == (
        answer.status,
        answer.text.split("\n")[0].count("Bộ Tài chính") > 0,
    )


def test_two_tasks_numbered_without_groups_compared(real_893):
    answer = ask(real_893, "Nhiệm vụ 5 và nhiệm vụ 7 cái nào kết thúc muộn hơn?")
    assert "Nhiệm vụ 5 đến hạn sau" == answer.title.rstrip(":")


@pytest.fixture(scope="module")
def real_97(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "nq-97-NQ-CP")


def test_a_task_with_items_lists_them_with_their_leads(real_116):
    answer = ask(real_116, "Ai chủ trì nhiệm vụ I.4?")
    items = [i for i in answer.items if i.startswith("• I.4.")]
    assert (4, True) == (len(items), any("Bộ Xây dựng" in i for i in items))
    assert "I.4.3" in ask(real_116, "Bộ Công Thương chủ trì gì").task_ids


def test_a_later_stage_counts_in_period_questions(real_97):
    answer = ask(real_97, "nhiệm vụ nào đến hạn tháng 11/2026")
    assert {"15", "16", "17"} <= set(answer.task_ids)
    assert all("Tháng 11/2026" in line for line in answer.items if line.startswith("• 1"))
