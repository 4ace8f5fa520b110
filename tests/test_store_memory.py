"""The store's reads from memory (tasks, extra cells, agency links) give what the tables
hold, in plan order, checked against SQL on the same base; and questions across plans that
use them count every task while showing the first ones."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.build import build
from knowledge.engine import Engine
from knowledge.engine.task_lists import SHOWN_ACROSS
from knowledge.fields import Role
from knowledge.periods import RECURRING, Kind
from knowledge.store import KnowledgeBase
from tests.conftest import TODAY

RECURRING_SQL = ",".join(f"'{k.value}'" for k in RECURRING)


def _ids(kb, sql: str, params=()) -> list[int]:
    return [r[0] for r in kb.conn.execute(sql, params).fetchall()]


@pytest.mark.parametrize(
    ("first", "last"),
    [(date(2026, 1, 1), date(2026, 6, 30)), (date.min, TODAY), (date(2027, 1, 1), date.max)],
)
def test_tasks_ending_in_a_span_are_the_rows_sql_finds(both_engine, first, last):
    kb = both_engine.kb
    span = [first.isoformat(), last.isoformat()]
    expected = _ids(
        kb,
        "select id from tasks where (period_end between ? and ? and period_kind not in "
        f"({RECURRING_SQL})) or (period_kind = 'after' and period_start between ? and ?) "
        "order by plan_id, position",
        span + span,
    )
    assert expected == [t.id for t in kb.tasks(ending=(first, last), with_attrs=False)]


@pytest.mark.parametrize("kind", [Kind.ANNUAL, Kind.CONTINUOUS, Kind.QUARTER])
def test_tasks_of_a_kind_in_one_plan_are_the_rows_sql_finds(both_engine, kind):
    kb = both_engine.kb
    plan = kb.plans()[-1]
    expected = _ids(
        kb,
        "select id from tasks where period_kind = ? and plan_id = ? order by position",
        (kind.value, plan.id),
    )
    found = kb.tasks(plan_ids=[plan.id], kinds=[kind], with_attrs=False)
    assert expected == [t.id for t in found]


def test_tasks_keep_their_extra_cells_only_when_asked(both_engine):
    kb = both_engine.kb
    with_cells = [t for t in kb.tasks() if t.attrs]
    expected = _ids(kb, "select distinct task_id from task_attrs order by task_id")
    assert expected == sorted(t.id for t in with_cells)
    assert [] == [t for t in kb.tasks(with_attrs=False) if t.attrs]
    ids = [with_cells[-1].id, with_cells[0].id, -1]
    assert [with_cells[-1], with_cells[0]] == kb.tasks_by_ids(ids)


def test_extra_cells_hold_only_the_columns_asked_in_plan_order(both_engine):
    kb = both_engine.kb
    cells = kb.extra_cells([Role.PRODUCT])
    expected = _ids(
        kb,
        "select distinct a.task_id from task_attrs a join tasks t on t.id = a.task_id "
        "where a.role = 'product' order by t.plan_id, t.position",
    )
    assert expected == list(cells)
    assert {Role.PRODUCT} == {a.role for found in cells.values() for a in found}
    plan = kb.plans()[0]
    in_plan = kb.extra_cells([Role.PRODUCT], plan_ids=[plan.id])
    assert [i for i in cells if kb.tasks_by_ids([i])[0].plan_id == plan.id] == list(in_plan)


def test_agency_tasks_are_the_links_sql_finds_in_plan_order(both_engine):
    kb = both_engine.kb
    agency_id, links = kb.conn.execute(
        "select agency_id, count(*) from task_agencies group by agency_id "
        "order by count(*) desc limit 1"
    ).fetchone()
    expected = _ids(
        kb,
        "select distinct t.id from task_agencies ta join tasks t on t.id = ta.task_id "
        "where ta.agency_id = ? and ta.role = 'lead' order by t.plan_id, t.position",
        (agency_id,),
    )
    found = kb.agency_tasks([agency_id], [Role.LEAD])
    assert expected == list(found)
    assert {frozenset({"lead"})} == set(found.values())
    assert links >= len(kb.agency_tasks([agency_id]))


@pytest.mark.parametrize(
    ("roles", "plans"), [((), None), ((Role.COORD,), None), ((Role.LEAD, Role.COORD), [1])]
)
def test_agency_roles_in_any_plan_are_the_links_sql_finds(both_engine, roles, plans):
    kb = both_engine.kb
    agencies = _ids(kb, "select agency_id from task_agencies group by agency_id limit 40")
    wanted = [r.value for r in roles] or ["lead", "coord", "director"]
    expected: dict[int, set[str]] = {}
    rows = kb.conn.execute(
        "select t.id, t.plan_id, ta.role from task_agencies ta join tasks t on t.id = ta.task_id "
        f"where ta.agency_id in ({','.join('?' * len(agencies))}) "
        "order by t.plan_id, t.position",
        agencies,
    ).fetchall()
    for task_id, plan_id, role in rows:
        if role in wanted and (plans is None or plan_id in plans):
            expected.setdefault(task_id, set()).add(role)
    found = kb.agency_tasks(agencies, roles, plans)
    assert list(expected.items()) == [(i, set(r)) for i, r in found.items()]


@pytest.mark.parametrize(
    ("first", "last", "within"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), False),
        (date(2026, 1, 1), date(2026, 12, 31), True),
        (date(2025, 4, 1), date(2025, 6, 30), False),
    ],
)
def test_tasks_reaching_a_span_are_the_rows_sql_finds(both_engine, first, last, within):
    kb = both_engine.kb
    a, b = first.isoformat(), last.isoformat()
    test = (
        "period_start >= ? and period_end <= ?"
        if within
        else "period_start <= ? and period_end >= ?"
    )
    expected = _ids(
        kb,
        f"select id from tasks where coalesce(period_kind, '') not in ('', {RECURRING_SQL}) "
        f"and {test} order by plan_id, position",
        (a, b) if within else (b, a),
    )
    assert expected == [t.id for t in kb.tasks_reaching(first, last, within=within)]
    assert expected  # (the span holds some)


def test_tasks_over_several_years_are_the_rows_sql_finds(real):
    kb = real("nq-116-NQ-CP").kb
    expected = _ids(
        kb,
        f"select id from tasks where coalesce(period_kind, '') not in ('', {RECURRING_SQL}) "
        "and substr(period_start, 1, 4) < substr(period_end, 1, 4) "
        "and period_end < '9999' order by plan_id, position",
    )
    assert expected and expected == [t.id for t in kb.multi_year_tasks()]


def test_a_column_value_across_plans_counts_every_task_without_it(both_engine):
    kb = both_engine.kb
    without = _ids(kb, "select id from tasks where coalesce(note, '') = ''")
    answer = both_engine.answer("Nhiệm vụ nào không có ghi chú?", today=TODAY)
    assert f"Có {len(without)} nhiệm vụ (không có Ghi chú) trong 2 kế hoạch" in answer.title
    assert len(answer.tasks) == min(len(without), SHOWN_ACROSS)


def test_a_count_across_plans_is_told_plan_by_plan(both_engine):
    kb = both_engine.kb
    due = _ids(
        kb,
        f"select id from tasks where coalesce(period_kind, '') not in ('', {RECURRING_SQL}) "
        "and period_end < ?",
        (TODAY.isoformat(),),
    )
    answer = both_engine.answer("Có mấy nhiệm vụ đã quá hạn?", today=TODAY)
    counts = [int(item.rsplit(": ", 1)[1]) for item in answer.items]
    assert (f"Có {len(due)} nhiệm vụ", 2, len(due)) == (
        answer.title[: len(f"Có {len(due)} nhiệm vụ")],
        len(answer.items),
        sum(counts),
    )
    assert counts == sorted(counts, reverse=True)


def test_warm_reads_every_kept_table_once(seed_engine):
    kb = seed_engine.kb
    kb.warm()
    assert {"_all_tasks", "_attrs", "_agency_links", "_columns"} <= set(vars(kb))


@pytest.mark.parametrize("refs", [["I.1"], ["i.1", "II.3"], ["IX.9"], ["III.2.4", "1"]])
@pytest.mark.parametrize("plans", [None, [1], [2], [1, 2]])
def test_plans_with_a_task_id_are_the_plans_sql_finds(both_engine, refs, plans):
    kb = both_engine.kb
    marks = ",".join("?" * len(refs))
    sql = f"select distinct plan_id from tasks where ref_key in ({marks})"
    expected = [p for p in _ids(kb, sql + " order by plan_id", [r.upper() for r in refs])]
    if plans is not None:
        expected = [p for p in expected if p in plans]
    assert expected == kb.plans_with_ref(refs, plan_ids=plans)


@pytest.mark.parametrize(
    "kinds", [[Kind.ANNUAL], [Kind.CONTINUOUS, Kind.ANNUAL], [Kind.QUARTER, Kind.YEAR]]
)
def test_tasks_of_kinds_across_plans_are_the_rows_sql_finds_in_plan_order(both_engine, kinds):
    kb = both_engine.kb
    marks = ",".join("?" * len(kinds))
    sql = f"select distinct task_id from task_periods where kind in ({marks})"
    expected = kb.in_plan_order(_ids(kb, sql, [k.value for k in kinds]))
    assert expected == [t.id for t in kb.tasks(kinds=kinds, with_attrs=False)]


@pytest.mark.parametrize("before", [True, False])
@pytest.mark.parametrize("day", [date(2025, 7, 1), date(2026, 12, 7)])
def test_dated_tasks_before_or_from_a_day_are_the_rows_sql_finds(both_engine, day, before):
    kb = both_engine.kb
    test = "period_end < ?" if before else "period_end >= ?"
    expected = _ids(
        kb,
        f"select id from tasks where coalesce(period_kind, '') not in ('', {RECURRING_SQL}) "
        f"and {test} order by plan_id, position",
        (day.isoformat(),),
    )
    assert expected == [t.id for t in kb.dated_tasks(day, before=before)]
    plan = kb.plans()[-1].id
    assert [t.id for t in kb.tasks(plan_ids=[plan]) if t.id in set(expected)] == [
        t.id for t in kb.dated_tasks(day, before=before, plan_ids=[plan])
    ]


def test_item_ids_are_the_items_sql_finds(real):
    kb = real("nq-116-NQ-CP").kb
    found = {(t.plan_id, t.ref): [i.id for i in kb.items(t.plan_id, t.ref)] for t in kb.tasks()}
    assert any(found.values())
    assert found == {key: kb.item_ids(*key) for key in found}


_ONE_TASK_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH {place}
Số: {number}/KH-UBND
{place}, ngày 5 tháng 1 năm 2026
KẾ HOẠCH
Chuyển đổi số trong quản lý đê điều năm 2026
PHỤ LỤC
STT
Nội dung
Cơ quan chủ trì
Thời hạn
1
Xây dựng cơ sở dữ liệu số về hệ thống đê điều, hồ đập, trạm bơm và các công trình thủy lợi \
trên địa bàn tỉnh, kết nối với hệ thống giám sát thiên tai của quốc gia và cập nhật hằng tháng.
Sở Nông nghiệp và Môi trường
Quý II/2026
"""


def test_one_task_of_each_of_many_plans_is_a_line(tmp_path):
    plans = []
    for number, place in [(11, "Hà Bắc"), (12, "Hà Đông"), (13, "Hà Tây"), (14, "Hà Nam")]:
        plans.append(tmp_path / f"{number}.txt")
        plans[-1].write_text(_ONE_TASK_PLAN.format(number=number, place=place))
    build(plans, tmp_path / "kb.db")
    answer = Engine(KnowledgeBase(tmp_path / "kb.db")).answer(
        "Nhiệm vụ nào đến hạn quý 2/2026?", today=TODAY
    )
    lines = [item for item in answer.items if item.startswith("•")]
    assert (4, True) == (len(lines), all("…" in line and "cập nhật" not in line for line in lines))
