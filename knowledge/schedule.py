"""The dialogue schedule's own store: the events admins add, in a SQLite file beside the
knowledge base (``kb.db`` → ``kb.events.db``).

Every upload rebuilds the knowledge base; events are not plan content, so they live here and
no rebuild copies them. An event keeps its id for good (admins delete it by its id, and
calendars know it by its id): ids are never reused, not even those of deleted events. The
file is in WAL mode: every write is one transaction, and readers (the engine, the bot, the
web page) read while it is written.

An event tied to a plan that a change removed is *dropped*: hidden everywhere, and deleted
for good by the next change, unless /rollback brings the plan and the event back first.

>>> import tempfile, pathlib
>>> store = Schedule.beside(pathlib.Path(tempfile.mkdtemp()) / "kb.db")
>>> store.path.name
'kb.events.db'
>>> first = store.add(starts_at="2026-12-15T08:30", title="Đối thoại", plan_number="1169/QĐ-UBND")
>>> store.delete(first), store.add(starts_at="2026-12-16T08:30", title="Sơ kết") == first + 1
(True, True)
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

# The columns an event has, in the order the old knowledge bases held them.
FIELDS = (
    "id",
    "plan_number",
    "task_ref",
    "starts_at",
    "title",
    "place",
    "created_by",
    "created_at",
)
_SCHEMA = """
create table events (
    id integer primary key autoincrement,
    plan_number text,
    task_ref text,
    starts_at text not null,
    title text not null,
    place text,
    created_by integer,
    created_at text,
    dropped integer not null default 0
);
create index events_starts_at on events (starts_at);
"""
# How long a connection waits for another one's lock (a write is a few rows: milliseconds).
_TIMEOUT = 30


def path_for(db_path: str | Path) -> Path:
    """The schedule of a knowledge base: beside it, named after it.

    >>> path_for("/srv/planbot/kb.db").as_posix()
    '/srv/planbot/kb.events.db'
    """
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.events{db_path.suffix or '.db'}")


def connect_reader(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a schedule, or None if it was never written."""
    if not path.is_file():
        return None
    return sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, timeout=_TIMEOUT, check_same_thread=False
    )


class Schedule:
    """The writing side of a schedule file. Callers that can race (the bot's workers, an
    admin's command) hold the library's lock; each method is one transaction anyway."""

    def __init__(self, path: str | Path, *, legacy: str | Path | None = None) -> None:
        self.path = Path(path)
        self.legacy = legacy

    @classmethod
    def beside(cls, db_path: str | Path) -> Schedule:
        """The schedule of the knowledge base at ``db_path``, which may hold old events."""
        return cls(path_for(db_path), legacy=db_path)

    @contextmanager
    def _writing(self):
        """A connection inside one write transaction, committed on success."""
        self.create()
        with closing(sqlite3.connect(self.path, timeout=_TIMEOUT, isolation_level=None)) as conn:
            conn.execute("begin immediate")
            try:
                yield conn
            except BaseException:
                conn.execute("rollback")
                raise
            conn.execute("commit")

    def create(self) -> bool:
        """Create the file if it does not exist, with the events the old knowledge base at
        ``legacy`` held (bases before this store kept them inside). True if created.

        The file appears complete or not at all (built aside, then linked into place), so
        its existence means the old events were carried over: that happens once."""
        if self.path.is_file():
            return False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            with closing(sqlite3.connect(tmp)) as conn:
                conn.execute("pragma journal_mode=wal")
                conn.executescript(_SCHEMA)
                marks = ", ".join("?" * len(FIELDS))
                conn.executemany(
                    f"insert into events ({', '.join(FIELDS)}) values ({marks})",
                    _legacy_events(self.legacy),
                )
                conn.commit()
            try:
                os.link(tmp, self.path)  # never over a schedule another process created
            except FileExistsError:
                return False
            return True
        finally:
            tmp.unlink(missing_ok=True)

    def migrate(self) -> bool:
        """Create the file if the old knowledge base holds events; True if it was created."""
        return not self.path.is_file() and bool(_legacy_events(self.legacy)) and self.create()

    def count(self) -> int:
        """How many events are shown."""
        return len(self.rows())

    def add(
        self,
        *,
        starts_at: str,
        title: str,
        place: str = "",
        task_ref: str | None = None,
        plan_number: str | None = None,
        created_by: int | None = None,
    ) -> int:
        """Store an event; returns its new id."""
        with self._writing() as conn:
            return conn.execute(
                "insert into events (plan_number, task_ref, starts_at, title, place, created_by, "
                "created_at) values (?, ?, ?, ?, ?, ?, ?)",
                (
                    plan_number,
                    task_ref,
                    starts_at,
                    title,
                    place,
                    created_by,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            ).lastrowid

    def delete(self, event_id: int) -> bool:
        """Delete a shown event; False if there is none with this id."""
        with self._writing() as conn:
            return bool(
                conn.execute(
                    "delete from events where id = ? and not dropped", (event_id,)
                ).rowcount
            )

    def rows(self) -> list[dict]:
        """Every shown event, as a dict of its columns."""
        if not self.path.is_file():
            return [dict(zip(FIELDS, row, strict=True)) for row in _legacy_events(self.legacy)]
        with closing(sqlite3.connect(self.path, timeout=_TIMEOUT)) as conn:
            cursor = conn.execute(
                f"select {', '.join(FIELDS)} from events where not dropped order by id"
            )
            return [dict(zip(FIELDS, row, strict=True)) for row in cursor]

    def drop(self, ids: Iterable[int]) -> None:
        """A change removed these events' plan: hide them until /rollback (:meth:`restore`),
        and delete for good those an earlier change dropped, which no rollback can reach."""
        ids = list(ids)
        if not ids and not self.path.is_file():
            return  # nothing to drop, and nothing an earlier change dropped
        with self._writing() as conn:
            conn.execute("delete from events where dropped")
            conn.execute(
                f"update events set dropped = 1 where id in ({', '.join('?' * len(ids))})", ids
            )

    def forget(self, ids: Iterable[int]) -> None:
        """Delete these events for good."""
        ids = list(ids)
        if not ids:
            return
        with self._writing() as conn:
            conn.execute(f"delete from events where id in ({', '.join('?' * len(ids))})", ids)

    def restore(self) -> int:
        """Show again the events the last change dropped; returns how many."""
        with self._writing() as conn:
            return conn.execute("update events set dropped = 0 where dropped").rowcount


def _legacy_events(db_path: str | Path | None) -> list[tuple]:
    """The events table of a knowledge base built before the schedule had its own file."""
    if db_path is None or not Path(db_path).is_file():
        return []
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            return conn.execute(f"select {', '.join(FIELDS)} from events order by id").fetchall()
    except sqlite3.Error:
        return []  # a base without events (or a damaged one) has none to carry over
