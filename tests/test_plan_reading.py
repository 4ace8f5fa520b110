"""How the body of a plan and its decision are read, asked as people ask: an agency that only
the text gives duties to, the clauses of a later article, a plan named by the paper it
carries out, the articles counted, a figure the plan does not give, and periods "or later".

Tried on a plan written here, on the bundled plan and on real gazette plans.
"""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.answer import Context, Status
from knowledge.engine import Engine
from tests.realplans import real_engine

TODAY = date(2026, 6, 1)

SCHEME = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 77/QĐ-TTg
Hà Nội, ngày 5 tháng 5 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án phát triển du lịch cộng đồng đến năm 2035
Căn cứ Chỉ thị số 08-CT/TW ngày 2 tháng 1 năm 2026 của Ban Bí thư về du lịch cộng đồng;
Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng đến năm 2035 với những nội dung sau:
I. MỤC TIÊU
1. Đến năm 2030 có 200 điểm du lịch cộng đồng được công nhận.
2. Đến năm 2035 doanh thu du lịch cộng đồng chiếm 10% tổng thu từ du lịch.
II. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Đề án từ ngân sách nhà nước và nguồn xã hội hóa.
Điều 2. Tổ chức thực hiện
1. Bộ Văn hóa, Thể thao và Du lịch
a) Chủ trì, hướng dẫn công nhận điểm du lịch cộng đồng.
b) Tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 12 hằng năm.
2. Bộ Tài chính Cân đối, bố trí kinh phí thực hiện Đề án theo quy định.
3. Ủy ban nhân dân các tỉnh báo cáo kết quả trước ngày 10 tháng 12 hằng năm.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
1
Xây dựng bộ tiêu chí điểm du lịch cộng đồng.
Bộ Văn hóa, Thể thao và Du lịch
Các bộ, ngành
2026 - 2027
2
Đào tạo người dân làm du lịch cộng đồng.
Ủy ban nhân dân các tỉnh
Bộ Văn hóa, Thể thao và Du lịch
2026 - 2035
3
Quảng bá điểm du lịch cộng đồng ra nước ngoài.
Bộ Ngoại giao
Bộ Văn hóa, Thể thao và Du lịch
Năm 2030
"""


def ask(engine: Engine, question: str, context: Context | None = None, today: date = TODAY):
    return engine.answer(question, context or Context(), today)


@pytest.fixture(scope="module")
def scheme(written_engine) -> Engine:
    return written_engine("77", SCHEME)


@pytest.mark.parametrize(
    "question",
    ["Bộ Tài chính có vai trò gì trong đề án?", "What does the Ministry of Finance have to do?"],
)
def test_an_agency_only_the_text_gives_duties_to(scheme, question):
    answer = ask(scheme, question)
    assert (answer.status, "bố trí kinh phí" in answer.text) == (Status.FOUND, True)


def test_a_later_articles_clauses_are_its_own(scheme):
    # Under "Điều 2", not more sections of part II of the scheme in Điều 1.
    answer = ask(scheme, "Ủy ban nhân dân các tỉnh báo cáo kết quả trước ngày nào?")
    assert ("10 tháng 12" in answer.text, "20 tháng 12" in answer.text) == (True, False)
    parents = {s.ref: s.parent for s in scheme.kb.sections(1)}
    assert parents.get("Điều 2.1") == "Điều 2"


def test_a_heading_names_the_item_under_it(scheme):
    answer = ask(scheme, "ai tong hop bao cao thu tuong truoc ngay 20 thang 12")
    assert "Bộ Văn hóa, Thể thao và Du lịch" in answer.text


def test_the_articles_counted(scheme):
    answer = ask(scheme, "qd co may dieu vay")
    assert (answer.status, "có 3 điều" in answer.text) == (Status.FOUND, True)


def test_a_plan_named_by_the_paper_it_carries_out(seed_engine):
    answer = ask(seed_engine, "Mục đích của Kế hoạch triển khai thực hiện Quyết định 1703 là gì?")
    assert (answer.status, answer.sections) == (Status.FOUND, ("I.1",))


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Đến năm 2035 doanh thu du lịch cộng đồng chiếm bao nhiêu phần trăm?", True),
        ("Đề án hỗ trợ bao nhiêu phần trăm chi phí quảng bá cho người dân?", False),
    ],
)
def test_a_percentage_is_quoted_or_not_found(scheme, question, found):
    answer = ask(scheme, question)
    assert (answer.found, "10%" in answer.text) == (found, found)


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("nhiệm vụ nào kéo dài tới năm 2030 hoặc sau đó", ["2", "3"]),
        ("Which tasks run until 2030 or later?", ["2", "3"]),
    ],
)
def test_a_period_or_later(scheme, question, ids):
    assert sorted(ask(scheme, question).task_ids) == ids


def test_foreign_affairs_is_no_except(scheme):
    answer = ask(scheme, "bo nao chu tri quang ba ngoai nuoc, ngoai giao ho tro khong")
    assert "Bộ Ngoại giao" in answer.text


def test_the_end_of_a_span_is_overdue_by_another_wording(scheme):
    answer = ask(scheme, "Đến nay nhiệm vụ nào đã hết thời gian thực hiện?", today=date(2028, 2, 1))
    assert answer.task_ids == ["1"]


def test_the_extremes_of_a_list_after_one_was_picked(seed_engine):
    context = ask(seed_engine, "Những nhiệm vụ nào có thời hạn trong năm 2026?").context
    first = ask(seed_engine, "Trong số đó việc nào hạn sớm nhất?", context)
    last = ask(seed_engine, "Còn việc nào hạn muộn nhất?", first.context)
    assert (first.task_ids, last.task_ids) == (["II.3", "II.5"], ["II.7"])


def test_budget_asked_of_a_plan_without_a_budget_column(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-105-NQ-CP")
    answer = ask(engine, "Kinh phí để làm các nhiệm vụ của Chương trình lấy từ đâu?")
    assert (answer.tasks, "theo quy định của pháp luật" in answer.text) == ((), True)


def test_ai_in_capitals_is_artificial_intelligence(tmp_path_factory):
    engine = real_engine(tmp_path_factory, "nq-116-NQ-CP")
    answer = ask(
        engine, "Who is in charge of applying AI and satellite images to disaster monitoring?"
    )
    assert answer.task_ids[:1] == ["III.4"]
