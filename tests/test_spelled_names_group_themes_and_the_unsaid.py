"""Classes of questions round 75 (asked of 7e9d59b) showed were read wrong, each tried with
sentences of its own, on the bundled plan, a plan written here and real gazette plans:

- chat shorthand: "vc" where a work is asked or counted is "việc"; "lo gì" asks what an
  agency sees to;
- an agency's name typed as words and runs of initials ("bcd ptds qg");
- several tasks of one group that fit a topic alike: the group its title names;
- the day a listed document was issued, which its title gives;
- what the plans leave unsaid: an official's name, where a session is held or how to sign
  up, places given priority, a count of things no plan writes;
- English: the plan's overseer asked as "the overall implementation", a name the plan
  writes in English ("Green Lane"), businesses named only as who asks.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from indexer.library import Library
from knowledge.answer import Intent, Status
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase
from tests.forest import ask

DAY = date(2026, 12, 7)

# A plan whose group titles name what their tasks share, and a name written in English.
RIVERS = """\
ỦY BAN NHÂN DÂN
TỈNH SÔNG MÂY
Số: 52/KH-UBND
Sông Mây, ngày 3 tháng 3 năm 2026
KẾ HOẠCH
Bảo vệ nguồn nước tỉnh Sông Mây
I. MỤC ĐÍCH
Giữ sạch các dòng sông.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Quan trắc chất lượng nước
1
Lắp trạm quan trắc chất lượng nước tự động trên sông Mây.
Sở Nông nghiệp và Môi trường
Sở Tài chính
Quý II/2026
2
Công bố kết quả quan trắc chất lượng nước hằng tháng.
Sở Nông nghiệp và Môi trường
Sở Văn hóa, Thể thao và Du lịch
Hằng năm
3
Đánh giá chất lượng nước mặt các hồ chứa.
Trung tâm Quan trắc tài nguyên và môi trường
Sở Nông nghiệp và Môi trường
Năm 2027
II
Xử lý nước thải
1
Xây dựng cơ chế cấp phép xả thải nhanh "Cửa xanh" (Blue Gate) cho doanh nghiệp.
Ban Quản lý các khu công nghiệp tỉnh
Sở Nông nghiệp và Môi trường
Quý IV/2026
2
Kiểm tra hệ thống xử lý nước thải của các khu công nghiệp.
Ban Quản lý các khu công nghiệp tỉnh
Công an tỉnh
Hằng năm
"""


@pytest.fixture(scope="module")
def rivers(written_engine) -> Engine:
    return written_engine("52", RIVERS)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cong an tinh co vc gi ko", ["III.3"]),  # (the plan's "vc" is "viên chức")
        ("bên công an tỉnh có mấy vc", ["III.3"]),
    ],
)
def test_vc_where_a_work_is_asked(seed_engine, question, expected):
    assert expected == ask(seed_engine, question, DAY).task_ids


@pytest.mark.parametrize(
    ("engine", "question", "expected"),
    [
        ("rivers", "ban ql cac kcn lo nhung gi", ["II.1", "II.2"]),
        ("rivers", "trung tam quan trac tn va mt lam gi", ["I.3"]),
        ("real", "bcd ptds qg chu tri viec gi", ["II.1"]),
    ],
)
def test_a_name_typed_as_words_and_initials(rivers, real, engine, question, expected):
    target = rivers if engine == "rivers" else real("nq-116-NQ-CP")
    answer = ask(target, question, DAY)
    assert (Intent.AGENCY, expected) == (answer.intent, answer.task_ids)


def test_lo_gi_asks_what_an_agency_sees_to(real):
    answer = ask(real("qd-893-QD-TTg"), "bo tai chinh lo gi trong de an", DAY)
    assert "Cân đối nguồn ngân sách" in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("quan trac chat luong nuoc co nv nao", ["I.1", "I.2", "I.3"]),
        ("việc xử lý nước thải gồm những nhiệm vụ gì", ["II.1", "II.2"]),
    ],
)
def test_tasks_of_a_group_its_title_names(rivers, question, expected):
    assert expected == ask(rivers, question, DAY).task_ids


def test_one_task_that_fits_best_stays_alone(rivers):
    # (the other tasks of its group hold none of the words)
    assert ["II.1"] == ask(rivers, "nv nao ve cap phep xa thai", DAY).task_ids


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("Kế hoạch 3338 được ban hành ngày nào?", "14/7/2020"),
        ("what date was plan 3338 issued?", "14/7/2020"),
    ],
)
def test_the_day_a_listed_document_was_issued(seed_engine, question, day):
    answer = ask(seed_engine, question, DAY)
    assert (Status.FOUND, True) == (answer.status, day in answer.text)


def test_a_review_deadline_of_a_listed_document_is_still_blank(seed_engine):
    answer = ask(seed_engine, "Kế hoạch 3338 phải rà soát xong khi nào?", DAY)
    assert Status.NOT_FOUND == answer.status


@pytest.mark.parametrize(
    "question",
    [
        "What's the name of the official responsible at the Department of Finance?",
        "Could you share the names of the staff members handling task II.3?",
        "Where will the dialogue with businesses be held this year?",
        "How can we sign up for the next business dialogue?",
        "How many apprenticeships for young workers does the plan fund?",
    ],
)
def test_what_the_plan_leaves_unsaid(seed_engine, question):
    assert Status.NOT_FOUND == ask(seed_engine, question, DAY).status


def test_places_given_priority_the_plan_does_not_name(real):
    question = "những địa phương nào được ưu tiên bố trí lại dân cư vùng sạt lở?"
    assert Status.NOT_FOUND == ask(real("nq-116-NQ-CP"), question, DAY).status


def test_a_figure_of_a_thing_the_plan_says_otherwise_is_still_read(real):
    # ("vocational schools" is the glossary's "trường nghề"; the plan says it otherwise)
    question = (
        "Our group runs vocational training centres. How many vocational schools is each"
        " province allowed to keep?"
    )
    assert Status.FOUND == ask(real("nq-105-NQ-CP"), question, DAY).status


def test_where_a_dated_session_is_held(tmp_path):
    library = Library(tmp_path / "kb.db")
    library.ensure()
    library.add_event(
        starts_at=datetime(2026, 12, 18, 8, 30),
        title="Đối thoại doanh nghiệp",
        place="Hội trường Sở KH&CN",
        task_ref="I.3",
    )
    engine = Engine(KnowledgeBase(library.db_path))
    answer = ask(engine, "Where is the business dialogue held?", DAY)
    assert (Status.FOUND, True) == (answer.status, "Hội trường Sở KH&CN" in answer.text)


def test_the_overall_implementation_of_the_plan(seed_engine):
    question = "Which agency is responsible for the overall implementation of this plan?"
    answer = ask(seed_engine, question, DAY)
    assert "Sở Khoa học và Công nghệ" in answer.text


def test_a_name_the_plan_writes_in_english(rivers):
    answer = ask(rivers, "Who runs the Blue Gate permits and by when?", DAY)
    assert ["II.1"] == answer.task_ids


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Our company sells water filters. Is the plan checking factory wastewater, and who"
            " does it?",
            ["II.2"],
        ),
        ("Our business is near the river. What does the plan ask of companies like us?", ["II.1"]),
    ],
)
def test_businesses_named_as_who_asks(rivers, question, expected):
    assert expected == ask(rivers, question, DAY).task_ids


def test_a_company_that_says_who_asks_is_no_filter(seed_engine):
    # (III.1 names businesses among its partners; II.4 is about what the company does)
    question = (
        "Our company wants to apply digital tools and barcodes to trace products. Is there"
        " anything in the plan about that, and who leads it?"
    )
    assert ["II.4"] == ask(seed_engine, question, DAY).task_ids


def test_a_tax_deduction_in_everyday_english(real):
    question = "Is there any tax deduction planned for companies expanding abroad?"
    assert ["1.6"] == ask(real("qd-982-QD-TTg"), question, DAY).task_ids
