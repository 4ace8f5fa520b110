"""The schedule's own store: events outside the knowledge base that every upload rebuilds."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest
from click.testing import CliRunner

from bot.cli import cli
from indexer.library import Library
from knowledge.schedule import Schedule, path_for
from knowledge.store import KnowledgeBase

from .conftest import SEED, TAY_AN

WHEN = datetime(2026, 12, 15, 8, 30)
# The events table of the knowledge bases built before the schedule had its own file.
OLD_TABLE = (
    "create table events (id integer primary key, plan_number text, task_ref text, "
    "starts_at text, title text, place text, created_by integer, created_at text)"
)


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "kb.db")
    lib.ensure()
    return lib


def _shown(db_path) -> dict[int, str]:
    return {e.id: e.title for e in KnowledgeBase(db_path).events()}


def _tables(db_path) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        return {name for (name,) in conn.execute("select name from sqlite_master")}


def _old_base(tmp_path, rows: list[tuple]):
    """A knowledge base as planbot wrote it before: its events inside."""
    db = tmp_path / "kb.db"
    assert 0 == CliRunner().invoke(cli, ["index", str(SEED), "--db", str(db)]).exit_code
    with sqlite3.connect(db) as conn:
        conn.execute(OLD_TABLE)
        conn.executemany(
            "insert into events (id, plan_number, task_ref, starts_at, title) values (?,?,?,?,?)",
            rows,
        )
    return db


def test_a_rebuild_neither_copies_nor_rewrites_the_events(library):
    first = library.add_event(starts_at=WHEN, title="Đối thoại", task_ref="I.3")
    store = path_for(library.db_path)
    written = (store.stat().st_ino, store.read_bytes())

    library.add("tay-an.txt", TAY_AN.read_bytes())
    library.reload()

    assert "events" not in _tables(library.db_path)
    assert written == (store.stat().st_ino, store.read_bytes())
    assert {first: "Đối thoại"} == _shown(library.db_path)


def test_the_schedule_is_written_only_once_an_event_is_added(library):
    assert not path_for(library.db_path).exists()
    assert [] == KnowledgeBase(library.db_path).events()
    library.add_event(starts_at=WHEN, title="Đối thoại")
    assert path_for(library.db_path).is_file()


def test_a_removed_plan_takes_its_events_for_good_after_the_next_change(library):
    library.add("a.txt", TAY_AN.read_bytes())
    gone = library.add_event(
        starts_at=WHEN, title="Tây An", task_ref="II.2", plan_number="87/KH-UBND"
    )
    library.remove("87/KH-UBND")
    hidden = _shown(library.db_path)
    library.add("a.txt", TAY_AN.read_bytes())  # the plan comes back, by a new upload

    assert {} == hidden == _shown(library.db_path)
    assert not library.delete_event(gone)  # no longer an event at all


def test_a_rollback_brings_back_the_dropped_events_with_their_ids_and_keeps_new_ones(library):
    library.add("a.txt", TAY_AN.read_bytes())
    gone = library.add_event(
        starts_at=WHEN, title="Tây An", task_ref="II.2", plan_number="87/KH-UBND"
    )
    library.remove("87/KH-UBND")
    added = library.add_event(starts_at=WHEN, title="Sau khi xoá")
    library.rollback()

    assert {gone: "Tây An", added: "Sau khi xoá"} == _shown(library.db_path)
    assert library.delete_event(gone)


def test_ids_are_never_reused(library):
    first = library.add_event(starts_at=WHEN, title="Một")
    library.delete_event(first)
    library.reload()
    second = library.add_event(starts_at=WHEN, title="Hai")
    assert second > first  # a calendar that knew the first by its UID must not see it change


def test_an_event_of_a_plan_the_base_does_not_hold_is_not_shown(library):
    """However the plan left (planbot index, a crash between the swap and the schedule's
    write), its events are not shown beside plans that are."""
    schedule = Schedule.beside(library.db_path)
    loose = schedule.add(starts_at="2026-12-15T08:30", title="Chung")
    schedule.add(starts_at="2026-12-15T08:30", title="Tây An", plan_number="87/KH-UBND")
    tied = schedule.add(starts_at="2026-12-16T08:30", title="1169", plan_number="1169/qđ-ubnd")
    assert {loose: "Chung", tied: "1169"} == _shown(library.db_path)


def test_events_in_an_old_base_are_read_then_moved_out_once_with_their_ids(tmp_path):
    db = _old_base(
        tmp_path,
        [
            (7, "1169/QĐ-UBND", "II.3", "2026-12-01T09:00", "Họp"),
            (9, None, None, "2026-12-02T09:00", "Hai"),
        ],
    )
    before = _shown(db)  # no schedule file yet: read from the old base
    library = Library(db)
    assert library.delete_event(9)  # the first write moves the events out, then deletes
    library.reload()
    after = _shown(db)
    new = library.add_event(starts_at=WHEN, title="Mới")

    assert {7: "Họp", 9: "Hai"} == before
    assert {7: "Họp"} == after  # the old base's copy of 9 did not come back
    assert "events" not in _tables(db)
    assert new == 10


def test_planbot_index_moves_an_old_bases_events_out_before_replacing_it(tmp_path):
    db = _old_base(tmp_path, [(7, "1169/QĐ-UBND", "II.3", "2026-12-01T09:00", "Họp")])
    result = CliRunner().invoke(cli, ["index", str(SEED), "--db", str(db)])
    assert 0 == result.exit_code
    assert "events" not in _tables(db)
    assert [(7, "II.3", "Họp")] == [(e.id, e.task_ref, e.title) for e in KnowledgeBase(db).events()]


def test_readers_see_events_while_they_are_written(library):
    """A reader opened before the schedule existed sees what is added after, and reads
    while another thread writes."""
    kb = KnowledgeBase(library.db_path)
    seen: list[int] = []
    errors: list[Exception] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                seen.append(len(kb.events()))
            except Exception as e:  # noqa: BLE001 (any error fails the test below)
                errors.append(e)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(30):
            library.add_event(starts_at=WHEN, title=f"Phiên {i}")
    finally:
        done.set()
        reader.join()
    assert [] == errors
    assert seen == sorted(seen)  # each read sees a whole write or none of it
    assert 30 == len(kb.events())
