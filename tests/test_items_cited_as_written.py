"""Items under a task, cited as the plan writes them. A row numbered "a)" or "2.1" under
task 2 has an id of its own; a row the plan marks only with "-" or "+" has none, so the
answer's ``tasks`` cite it as its task ("I.4" for what the base holds as "I.4.2"), while the
text still shows each item and "I.4.2" can still be asked for."""

from __future__ import annotations

import sqlite3

import pytest

from indexer.build import build
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase
from tests.forest import ask
from tests.realplans import FORMATS, source

ITEMS_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐÔNG LÂM
Số: 52/KH-UBND
Đông Lâm, ngày 3 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống sạt lở bờ sông tỉnh Đông Lâm năm 2026
I. MỤC ĐÍCH
Giảm thiệt hại do sạt lở bờ sông.
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn
I
Công trình
1
Gia cố bờ sông tại các điểm sạt lở nguy hiểm.
Sở Xây dựng
Sở Tài chính
Quý III/2026
2
Lắp đặt trạm quan trắc mực nước, gồm:
-
Trạm trên sông Đồng Nai.
Sở Nông nghiệp và Môi trường
Đài Khí tượng thủy văn tỉnh
Quý II/2026
-
Trạm trên sông Bé.
Sở Khoa học và Công nghệ
Đài Khí tượng thủy văn tỉnh
Quý IV/2026
II
Tuyên truyền
1
Phổ biến kỹ năng ứng phó sạt lở, gồm:
a)
Tài liệu hướng dẫn cho hộ dân ven sông.
Sở Văn hóa, Thể thao và Du lịch
Ủy ban nhân dân cấp xã
Quý II/2026
b)
Diễn tập sơ tán dân cư vùng sạt lở.
Bộ Chỉ huy Quân sự tỉnh
Công an tỉnh
Quý III/2026
"""


def _cited(engine: Engine, question: str) -> list[str]:
    return ask(engine, question).to_json()["tasks"]


@pytest.fixture(scope="module")
def items_plan(written_engine) -> Engine:
    return written_engine("52", ITEMS_PLAN)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("trạm quan trắc sông Bé ai chủ trì", ["I.2"]),
        ("tram tren song dong nai thi so nao lo", ["I.2"]),
        ("Sở Khoa học và Công nghệ chủ trì việc gì", ["I.2"]),
        ("nhiệm vụ I.2 gồm những gì", ["I.2"]),
        ("gia cố bờ sông ai chủ trì", ["I.1"]),
    ],
)
def test_an_item_marked_only_with_a_dash_is_cited_as_its_task(items_plan, question, expected):
    assert expected == _cited(items_plan, question)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("diễn tập sơ tán ai chủ trì", "II.1.b"),
        ("tài liệu hướng dẫn hộ dân ven sông do ai làm", "II.1.a"),
    ],
)
def test_an_item_numbered_with_a_letter_keeps_its_own_id(items_plan, question, item):
    assert item in _cited(items_plan, question)


def test_the_text_still_names_each_dash_item_and_its_own_id_answers(items_plan):
    listed = ask(items_plan, "nhiệm vụ I.2 gồm những gì")
    one = ask(items_plan, "ai chủ trì I.2.2")
    shown = ("Trạm trên sông Đồng Nai" in listed.text, "Trạm trên sông Bé" in listed.text)
    assert shown == (True, True)
    assert ("I.2.2" in one.task_ids, "Sở Khoa học và Công nghệ" in one.text) == (True, True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_dash_items_of_a_real_plan_are_marked_in_every_format(tmp_path, fmt):
    path = source("nq-116-NQ-CP", fmt)
    if not path.is_file():
        pytest.skip(f"no {path}")
    db = tmp_path / "kb.db"
    build([path], db)
    with sqlite3.connect(db) as conn:
        marked = conn.execute("select ref from tasks where marked order by position").fetchall()
    engine = Engine(KnowledgeBase(db))
    question = "tiêu chuẩn cho công trình hạ tầng năng lượng thì bộ nào phụ trách"
    assert (["I.4.1", "I.4.2", "I.4.3", "I.4.4"], ["I.4"]) == (
        [r for (r,) in marked],
        _cited(engine, question),
    )


def test_numbered_items_of_a_real_plan_keep_their_own_ids(real):
    answer = ask(real("nq-105-NQ-CP"), "nhiệm vụ III.2 gồm những việc gì")
    assert {"III.2.1", "III.2.4"} <= set(answer.to_json()["tasks"])
