"""The plan files a deployment serves, and every change admins make to its knowledge base.

A library is the bundled plans plus the plans admins uploaded, and the knowledge base built
from them. Every write (an upload, a removal, a reload, a rollback, an event) holds one
lock, builds into a temporary file and swaps it in atomically; a failed write leaves the
serving base untouched. The base before each change is kept for one /rollback. What a
change did, as the admin reads it, is in :mod:`indexer.update_report`.

>>> import tempfile, pathlib
>>> lib = Library(pathlib.Path(tempfile.mkdtemp()) / "kb.db")
>>> lib.ensure()
True
>>> print(lib.add("87.txt", open("tests/eval/tay-an-87-KH-UBND.txt", "rb").read()).text())
... # doctest: +ELLIPSIS
Đã nạp 87.txt: 87/KH-UBND — 15 mục, 11 nhiệm vụ, 1 bảng...
87/KH-UBND: kế hoạch mới.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Callable
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from knowledge.default import BUNDLED, PLAN_SUFFIXES
from knowledge.events import MAX_EVENTS, EventDraft, EventError
from knowledge.normalize import fold
from knowledge.schedule import Schedule

from .build import Source, build, parse_source
from .errors import PlanError, UnreadableFile
from .plan_files import STATE_FILE, is_current, plan_files, read_state, uploads_folder
from .update_report import EventCheck, UpdateReport, check_events, diff, snapshot

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ACCEPTED = (
    "chỉ nhận kế hoạch dạng .txt, .docx hoặc .pdf (tệp .doc, .odt hay .rtf: hãy lưu lại "
    "thành .docx hoặc xuất ra PDF)"
)
logger = logging.getLogger(__name__)


class Library:
    """Plan files (bundled and uploaded) and the knowledge base built from them."""

    def __init__(
        self, db_path: str | Path, *, bundled: Path = BUNDLED, uploads: Path | None = None
    ) -> None:
        self.db_path = Path(db_path)
        self.bundled = bundled
        self.uploads = uploads or uploads_folder(self.db_path)
        self.previous = self.db_path.with_name(self.db_path.name + ".prev")
        self._state_path = self.uploads / STATE_FILE
        self.schedule = Schedule.beside(self.db_path)
        self._thread_lock = threading.RLock()

    # ------------------------------------------------------------ state

    def _state(self) -> dict:
        return read_state(self.uploads)

    def _save_state(self, state: dict, previous: dict | None = None) -> None:
        """Write the list of plan files; the one it replaces is kept for /rollback."""
        self.uploads.mkdir(parents=True, exist_ok=True)
        if previous is not None:
            prev = self._state_path.with_suffix(".prev")
            prev.write_text(json.dumps(previous, ensure_ascii=False, indent=1))
        tmp = self._state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1))
        os.replace(tmp, self._state_path)
        self._collect_garbage()

    def _collect_garbage(self) -> None:
        """Delete uploads that neither the current plan list nor the one /rollback would
        restore refers to."""
        kept = {u["file"] for u in self._state()["uploads"]}
        previous = self._state_path.with_suffix(".prev")
        if previous.is_file():
            kept |= {u["file"] for u in json.loads(previous.read_text())["uploads"]}
        for path in self.uploads.iterdir():
            if path.suffix.lower() in PLAN_SUFFIXES and path.name not in kept:
                path.unlink(missing_ok=True)

    def _sources(self, state: dict) -> list[Source]:
        return [Source.from_path(path, name=name) for name, path in self._files(state)]

    def _files(self, state: dict) -> list[tuple[str, Path]]:
        return plan_files(state, self.bundled, self.uploads)

    @contextmanager
    def _locked(self):
        """One writer at a time, across threads and processes."""
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        with self._thread_lock, open(self.db_path.with_name(".planbot.lock"), "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # ------------------------------------------------------------ plans

    def ensure(self) -> bool:
        """Build the base if it is missing or its plan files changed. True if it was built."""
        with self._locked():
            state = self._state()
            if is_current(self.db_path, self._files(state)):
                return False
            files = self._files(state)
            checked: list[EventCheck] = []
            try:
                build(self._sources(state), self.db_path, prepare=self._checking_events(checked))
            except PlanError:
                # An upload this version of the indexer no longer reads must not stop the bot:
                # serve the rest and log which. A bundled plan that fails is a bug: raise.
                readable = [
                    (name, path)
                    for name, path in files
                    if path.parent == self.bundled or _readable(name, path)
                ]
                if len(readable) == len(files):
                    raise
                build(
                    [Source.from_path(p, name=n) for n, p in readable],
                    self.db_path,
                    prepare=self._checking_events(checked),
                )
            dropped = checked[-1].dropped  # a plan file left the folder: no /rollback for it
            self.schedule.forget(e["id"] for e in dropped)
            for event in dropped:
                logger.warning(
                    "deleted event %s: plan %s is gone", event["id"], event["plan_number"]
                )
            return True

    def _rebuild(self, state: dict, message: str = "") -> UpdateReport:
        before = snapshot(self.db_path)
        # The serving base becomes .prev only once the new one is in: copied first, renamed
        # after, so neither a crash nor a failed build leaves a torn or wrong .prev.
        copy = self.previous.with_name(self.previous.name + ".tmp")
        if self.db_path.is_file():
            shutil.copy2(self.db_path, copy)
        checked: list[EventCheck] = []
        try:
            summaries = build(
                self._sources(state), self.db_path, prepare=self._checking_events(checked)
            )
        except PlanError:
            copy.unlink(missing_ok=True)
            raise
        if copy.is_file():
            os.replace(copy, self.previous)
        events = checked[-1]
        # Until this runs, readers hide these events anyway: their plan is not in the base.
        self.schedule.drop(e["id"] for e in events.dropped)
        after = snapshot(self.db_path)
        changes = diff(before, after, [s.number for s in summaries])
        return UpdateReport(summaries, changes, message, events)

    def _change(self, state: dict, new_state: dict, message: str = "") -> UpdateReport:
        """Serve a new list of plan files. The list is written before the base is rebuilt,
        so a crash in between leaves a list that the next start builds (``ensure``); a build
        that fails puts the old list back."""
        previous = self._state_path.with_suffix(".prev")
        kept = previous.read_text() if previous.is_file() else None
        self._save_state(new_state, previous=state)
        try:
            return self._rebuild(new_state, message)
        except PlanError:
            self._save_state(state)
            if kept is None:
                previous.unlink(missing_ok=True)
            else:
                previous.write_text(kept)
            self._collect_garbage()
            raise

    def add(self, file_name: str, data: bytes) -> UpdateReport:
        """Index an uploaded plan; it replaces a plan with the same number."""
        name = safe_name(file_name)
        if Path(name).suffix.lower() not in PLAN_SUFFIXES:
            raise UnreadableFile(f"{name}: {ACCEPTED}")
        if len(data) > MAX_UPLOAD_BYTES:
            raise UnreadableFile(f"{name}: tệp lớn hơn {MAX_UPLOAD_BYTES // 2**20} MB")
        parsed = parse_source(Source(name, data))  # refuse a bad file before storing it
        with self._locked():
            state = self._state()
            stored = (
                f"{datetime.now(UTC):%Y%m%dT%H%M%S}-"
                f"{hashlib.sha256(data).hexdigest()[:12]}{Path(name).suffix.lower()}"
            )
            self.uploads.mkdir(parents=True, exist_ok=True)
            (self.uploads / stored).write_bytes(data)
            number = fold(parsed.number)
            old = [u for u in state["uploads"] if fold(u.get("number", "")) == number]
            new_state = {
                "uploads": [u for u in state["uploads"] if u not in old]
                + [{"file": stored, "name": name, "number": parsed.number}],
                "removed": state["removed"],
            }
            report = self._change(state, new_state)
            report.summaries = [s for s in report.summaries if fold(s.number) == number]
            report.diffs = [d for d in report.diffs if fold(d.number) == number]
            return report

    def remove(self, number: str) -> UpdateReport:
        """Stop serving a plan, bundled or uploaded: every file with that number."""
        wanted = _number_key(number)
        with self._locked():
            state = self._state()
            served = self._files(state)
            uploads = [
                u
                for u in state["uploads"]
                # Lists written before uploads recorded their number: read the file.
                if _number_key(u.get("number") or self._number_of(self.uploads / u["file"]))
                == wanted
            ]
            stored = {u["file"] for u in uploads}
            bundled = [
                name
                for name, path in served
                if path.parent == self.bundled and _number_key(self._number_of(path)) == wanted
            ]
            left = [
                path for _, path in served if path.name not in stored and path.name not in bundled
            ]
            if not uploads and not bundled:
                raise PlanError(f"không có kế hoạch số {number}")
            if not left:
                raise PlanError("không thể xoá kế hoạch cuối cùng")
            new_state = {
                "uploads": [u for u in state["uploads"] if u["file"] not in stored],
                "removed": state["removed"] + bundled,
            }
            report = self._change(state, new_state, f"Đã xoá kế hoạch {number}.")
            report.summaries, report.diffs = [], []
            return report

    @staticmethod
    def _number_of(path: Path) -> str:
        try:
            return parse_source(Source.from_path(path)).number
        except PlanError:
            return ""

    def reload(self) -> UpdateReport:
        """Re-index every plan file."""
        with self._locked():
            state = self._state()
            self._save_state(state, previous=state)  # /rollback then restores this same list
            return self._rebuild(state, "Đã nạp lại toàn bộ kế hoạch.")

    def rollback(self) -> UpdateReport:
        """Serve the base as it was before the last change."""
        with self._locked():
            if not self.previous.is_file():
                raise PlanError("không có phiên bản trước để quay lại")
            before = snapshot(self.db_path)
            # The events the last change dropped with their plan come back with it; readers
            # show them only once the plan is in, and events are not plan versions: those
            # added since the change stay.
            self.schedule.restore()
            os.replace(self.previous, self.db_path)
            prev_state = self._state_path.with_suffix(".prev")
            if prev_state.is_file():
                os.replace(prev_state, self._state_path)
            after = snapshot(self.db_path)
            changed = sorted(set(before) | set(after))
            return UpdateReport(
                [],
                [d for d in diff(before, after, changed) if not d.new_plan],
                "Đã quay lại phiên bản trước của cơ sở tri thức.",
            )

    # ------------------------------------------------------------ events

    def add_event(
        self,
        *,
        starts_at: datetime,
        title: str,
        place: str = "",
        task_ref: str | None = None,
        plan_number: str | None = None,
        created_by: int | None = None,
    ) -> int:
        """Store an event after checking its task exists; returns its id."""
        draft = EventDraft(starts_at, title, place, task_ref, plan_number)
        with self._locked():
            if self.schedule.count() >= MAX_EVENTS:
                raise EventError(f"Đã có {MAX_EVENTS} sự kiện; hãy xoá bớt sự kiện cũ.")
            db = sqlite_utils.Database(self.db_path)
            try:
                plan_number = self._check_task(db, draft)
            finally:
                db.close()
            return self.schedule.add(
                plan_number=plan_number,
                task_ref=draft.task_ref,
                starts_at=draft.starts_at.isoformat(timespec="minutes"),
                title=draft.title,
                place=draft.place,
                created_by=created_by,
            )

    @staticmethod
    def _check_task(db: sqlite_utils.Database, draft: EventDraft) -> str | None:
        if not draft.task_ref:
            return draft.plan_number
        rows = db.execute(
            "select p.number from tasks t join plans p on p.id = t.plan_id where t.ref_key = ?",
            [draft.task_ref.upper()],
        ).fetchall()
        numbers = [n for (n,) in rows]
        if draft.plan_number:
            wanted = fold(draft.plan_number)
            numbers = [n for n in numbers if fold(n) == wanted]
        if not numbers:
            raise EventError(
                f"Không có nhiệm vụ {draft.task_ref}"
                + (f" trong {draft.plan_number}." if draft.plan_number else ".")
            )
        if len(numbers) > 1:
            raise EventError(
                f"Nhiệm vụ {draft.task_ref} có trong nhiều kế hoạch; ghi rõ, vd. "
                f"«{numbers[0]} {draft.task_ref}»."
            )
        return numbers[0]

    def delete_event(self, event_id: int) -> bool:
        with self._locked():
            return self.schedule.delete(event_id)

    def _checking_events(
        self, checked: list[EventCheck]
    ) -> Callable[[sqlite_utils.Database], None]:
        """A ``build`` step that checks the events against the new base, before the swap,
        and keeps the result in ``checked``."""
        return lambda db: checked.append(check_events(db, self.schedule.rows()))


def _readable(name: str, path: Path) -> bool:
    try:
        parse_source(Source.from_path(path, name=name))
    except PlanError as e:
        logger.warning("skipping the uploaded plan %s: %s", name, e)
        return False
    return True


def _number_key(number: str) -> str:
    return fold(number).replace(" ", "")


def safe_name(file_name: str) -> str:
    """The base name only, without path parts or control characters ("../x.txt" → "x.txt")."""
    name = re.sub(r"[\x00-\x1f/\\]+", "_", Path(file_name.replace("\\", "/")).name).strip(". ")
    return name[:120] or "plan.txt"
