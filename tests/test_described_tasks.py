"""A task named by its words instead of its id, and a column asked of it: "Ai chủ trì việc
tổ chức định kỳ hội nghị giao ban?". The words may hold a period ("định kỳ", "từ năm
2027") that describes the task and filters nothing, and "cơ quan nào" asks for an agency
even where a cell lists "cơ quan" among kinds of bodies.

Tried on a plan written here, on the bundled plan and on a real gazette plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context
from knowledge.engine import Engine

from .realplans import real_engine

TODAY = date(2026, 6, 1)

ROADS_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: 14/KH-UBND
Nam Sơn, ngày 9 tháng 2 năm 2026
KẾ HOẠCH
Phát triển giao thông nông thôn giai đoạn 2026 - 2028
I. MỤC ĐÍCH
1. Hoàn thiện mạng lưới đường giao thông nông thôn của tỉnh.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Quy hoạch và chính sách
1
Rà soát quy hoạch mạng lưới đường huyện đến năm 2030.
Sở Xây dựng
Các sở, cơ quan, UBND các huyện
Quý III/2026
2
Tổ chức định kỳ hội nghị giao ban với các nhà thầu thi công.
Sở Xây dựng
Cơ quan, đơn vị liên quan
Hằng năm
3
Điều chỉnh mức thu phí sử dụng đường bộ từ năm 2027.
Sở Tài chính
Sở Xây dựng, cơ quan, UBND các huyện
Quý IV/2026
II
Bảo trì
1
Kiểm tra, bảo trì cầu yếu trên các tuyến đường huyện.
UBND các huyện
Sở Xây dựng
Năm 2027
2
Kiểm tra tải trọng xe trên các tuyến đường huyện.
Công an tỉnh
Sở Xây dựng
Quý II/2027
"""


@pytest.fixture(scope="module")
def roads(written_engine) -> Engine:
    return written_engine("14", ROADS_PLAN)


def ask(engine: Engine, question: str):
    return engine.answer(question, Context(), TODAY)


@pytest.mark.parametrize(
    ("question", "ids", "shown"),
    [
        ("Ai chủ trì việc tổ chức định kỳ hội nghị giao ban với nhà thầu?", ["I.2"], "Sở Xây dựng"),
        ("Điều chỉnh mức thu phí đường bộ từ năm 2027 hạn khi nào?", ["I.3"], "Quý IV/2026"),
        ("rà soát quy hoạch đường huyện đến năm 2030 thì ai phối hợp", ["I.1"], "UBND các huyện"),
        ("Cơ quan nào phối hợp kiểm tra tải trọng xe?", ["II.2"], "Sở Xây dựng"),
        ("bảo trì cầu yếu do cơ quan nào chủ trì", ["II.1"], "UBND các huyện"),
        ("việc kiểm tra tải trọng xe trên đường huyện hạn bao giờ", ["II.2"], "Quý II/2027"),
    ],
)
def test_a_column_of_a_task_described_by_its_words(roads, question, ids, shown):
    answer = ask(roads, question)
    assert (ids, True) == (answer.task_ids, shown in answer.text)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # The tasks are asked for: the period filters, whatever a task's words say.
        ("nhiệm vụ nào hạn năm 2027", ["II.1", "II.2"]),
        ("có bao nhiêu việc hạn năm 2027", ["II.1", "II.2"]),
        ("những việc nào hằng năm", ["I.2"]),
    ],
)
def test_a_period_still_filters_when_tasks_are_asked_for(roads, question, ids):
    assert ids == ask(roads, question).task_ids


def test_a_kind_alone_in_a_cell_is_no_agency(roads):
    """ "Cơ quan, đơn vị liên quan" is one group of bodies; "cơ quan" alone names no one."""
    names = roads.kb.agency_names(frozenset(range(1, 100)))
    assert ("Cơ quan" in names, "cơ quan" in names) == (False, False)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Ai chủ trì việc tổ chức đối thoại định kỳ với doanh nghiệp?", ["I.3"]),
        ("Tăng cường đầu tư ngân sách, hiện đại hóa đơn vị thử nghiệm thì ai phối hợp?", ["IV.2"]),
    ],
)
def test_described_tasks_on_the_bundled_plan(seed_engine, question, ids):
    assert ids == ask(seed_engine, question).task_ids


@pytest.fixture(scope="module")
def real_844(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "qd-844-QD-TTg")


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Nghị định tăng mức đóng bảo hiểm y tế từ năm 2027 phải xong khi nào?", ["8"]),
        ("Cơ quan nào phối hợp xây dựng Nghị định tăng mức đóng bảo hiểm y tế?", ["8"]),
        ("Giao chỉ tiêu phát triển người tham gia BHYT đến năm 2030 thì kết quả là gì?", ["21"]),
    ],
)
def test_described_tasks_on_a_real_plan(real_844, question, ids):
    assert ids == ask(real_844, question).task_ids


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("việc kiểm tra tải trọng xe hay việc bảo trì cầu yếu đến hạn trước?", "II.2"),
        ("so sánh thời hạn nhiệm vụ rà soát quy hoạch đường huyện và nhiệm vụ thu phí", "I.1"),
    ],
)
def test_two_described_tasks_compared(roads, question, first):
    answer = ask(roads, question)
    assert (2, f"Nhiệm vụ {first} đến hạn trước:") == (len(answer.task_ids), answer.title)


def test_the_earliest_of_a_list_is_the_answer(seed_engine):
    context = seed_engine.answer("nhiệm vụ nào hạn năm 2026", Context(), date(2026, 1, 10)).context
    answer = seed_engine.answer("trong số đó cái nào hạn sớm nhất", context, date(2026, 1, 10))
    assert ["II.3", "II.5"] == answer.task_ids


@pytest.fixture(scope="module")
def real_97(tmp_path_factory) -> Engine:
    return real_engine(tmp_path_factory, "nq-97-NQ-CP")


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Những nhiệm vụ nào triển khai theo Nghị quyết 68-NQ/TW, hạn khi nào?", ["16"]),
        ("nhiệm vụ nào bổ sung căn cứ Nghị định 09/2026/NĐ-CP", ["13", "14"]),
        # "Bộ chỉ số" reads like a ministry; it is the words of task 26.
        ("nv bo chi so phap luat kinh doanh cap tinh han khi nao", ["26"]),
    ],
)
def test_numbers_and_names_in_a_tasks_words(real_97, question, ids):
    assert ids == ask(real_97, question).task_ids


@pytest.mark.parametrize(
    ("question", "ids", "title"),
    [
        (
            "Giữa việc kiểm tra tải trọng xe và việc bảo trì cầu yếu, việc nào xong trước?",
            ["II.1", "II.2"],
            "Nhiệm vụ II.2 đến hạn trước:",
        ),
        (
            "Tổ chức giao ban với nhà thầu và rà soát quy hoạch đường huyện, hai việc này có "
            "cùng thời hạn không?",
            ["I.1", "I.2"],
            "Không phải nhiệm vụ nào cũng có thời hạn cụ thể:",
        ),
    ],
)
def test_two_tasks_named_without_a_task_word_each(roads, question, ids, title):
    answer = ask(roads, question)
    assert (ids, title) == (sorted(answer.task_ids), answer.title)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("việc phân bổ tài chính công", []),  # "bổ" written so is no "Bộ"
        ("bo tai chinh chu tri nv nao ko", ["Bộ Tài chính"]),  # unmarked: may be
        ("Bộ Tài chính chủ trì nhiệm vụ nào", ["Bộ Tài chính"]),
    ],
)
def test_a_head_word_read_with_its_marks(real_97, text, names):
    found = real_97.matcher.find(text)
    assert names == [n for m in found for n in real_97.kb.agency_names(m.agencies)]


def test_which_of_the_last_two_tasks_talked_about(roads):
    context, answer = Context(), None
    for question in ("Ai chủ trì nhiệm vụ II.1?", "còn II.2 thì sao", "cái nào hạn sớm hơn"):
        answer = roads.answer(question, context, TODAY)
        context = answer.context
    # (the one picked is the answer's task; both deadlines are shown. Stop 28 changed this:
    # it listed both.)
    assert (["II.2"], "Nhiệm vụ II.2 đến hạn trước:", True) == (
        answer.task_ids,
        answer.title,
        "II.1:" in answer.text,
    )


@pytest.mark.parametrize(
    ("question", "ids", "verdict", "line"),
    [
        (
            "Sở Xây dựng chủ trì việc kiểm tra tải trọng xe trên đường huyện, đúng không?",
            ["II.2"],
            "Không đúng.",
            "Sở Xây dựng: phối hợp",
        ),
        ("UBND các huyện chủ trì việc bảo trì cầu yếu phải không", ["II.1"], "Đúng.", ""),
        ("việc thu phí đường bộ hạn trong năm 2026, đúng không?", ["I.3"], "Đúng.", ""),
    ],
)
def test_a_claim_about_a_task_is_checked(roads, question, ids, verdict, line):
    answer = ask(roads, question)
    assert (ids, True, True) == (
        answer.task_ids,
        answer.title.startswith(verdict),
        line in answer.text,
    )


def test_a_sum_asked_of_a_task_no_cell_states(roads):
    answer = ask(roads, "nhiệm vụ I.3 được bố trí bao nhiêu tỷ đồng?")
    assert (False, True) == (answer.found, "không nêu số tiền" in answer.title)


def test_a_column_of_one_task_whatever_group_title_its_words_fit(roads):
    """Group II is "Bảo trì"; the words describe its task II.1, whose column is asked."""
    answer = ask(roads, "việc bảo trì cầu yếu trên các tuyến đường huyện hạn khi nào?")
    assert (["II.1"], True) == (answer.task_ids, "Năm 2027" in answer.text)


def test_a_place_no_column_gives(roads):
    answer = ask(roads, "Hội nghị giao ban với các nhà thầu được tổ chức ở đâu?")
    assert (False, True) == (answer.found, "I.2" in answer.text)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("Nhóm nhiệm vụ II có mấy nhiệm vụ?", ["II.1", "II.2", "II.3", "II.4"]),
        # a paper the task names, with the task's other words: the task's deadline
        (
            "Thời hạn tổ chức nghiên cứu, quán triệt, tuyên truyền Chỉ thị 38-CT/TW là khi nào?",
            ["I.1"],
        ),
        # "phải ban hành" is a task's obligation, not the plan's date of issue
        ("Hệ thống chuẩn đo lường chính của tỉnh phải xây dựng xong khi nào?", ["II.7"]),
    ],
)
def test_more_tasks_named_by_their_words_on_the_bundled_plan(seed_engine, question, ids):
    assert ids == ask(seed_engine, question).task_ids[: len(ids)]


def test_a_task_obliged_to_issue_a_paper_is_asked_its_deadline(real_97):
    answer = ask(real_97, "Đề án văn hóa tuân thủ pháp luật phải ban hành khi nào?")
    assert (["25"], True) == (answer.task_ids, "Tháng 8/2026" in answer.text)
