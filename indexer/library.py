"""The plan files a deployment serves, and every change admins make to its knowledge base.

A library is the bundled plans plus the plans admins uploaded, and the knowledge base built
from them. Every write (an upload, a removal, a reload, a rollback, an event) holds one
lock, builds into a temporary file and swaps it in atomically; a failed write leaves the
serving base untouched. The base before each change is kept for one /rollback.

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
import sqlite3
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from knowledge.default import BUNDLED, PLAN_SUFFIXES
from knowledge.events import MAX_EVENTS, EventDraft, EventError
from knowledge.normalize import fold
from knowledge.schedule import Schedule

from .build import PlanSummary, Source, build, parse_source
from .errors import PlanError, UnreadableFile
from .plan_files import STATE_FILE, is_current, plan_files, read_state, uploads_folder

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ACCEPTED = (
    "chỉ nhận kế hoạch dạng .txt, .docx hoặc .pdf (tệp .doc, .odt hay .rtf: hãy lưu lại "
    "thành .docx hoặc xuất ra PDF)"
)
logger = logging.getLogger(__name__)
_FIELDS = ("content", "lead", "coord", "director", "deadline", "note")
_FIELD_NAMES = {
    "content": "Nội dung",
    "lead": "Chủ trì",
    "coord": "Phối hợp",
    "director": "Chỉ đạo",
    "deadline": "Thời hạn",
    "note": "Ghi chú",
}


@dataclass
class TaskChange:
    ref: str
    field: str
    old: str
    new: str


@dataclass
class PlanDiff:
    """What changed in one plan against the version the base held before."""

    number: str
    new_plan: bool = False
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[TaskChange] = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.new_plan:
            return [f"{self.number}: kế hoạch mới."]
        if not (self.added or self.removed or self.changed):
            return [f"{self.number}: không có thay đổi nào so với phiên bản trước."]
        out = [f"{self.number}: so với phiên bản trước —"]
        if self.added:
            out.append(f"  thêm {len(self.added)} nhiệm vụ: {', '.join(self.added)}")
        if self.removed:
            out.append(f"  bỏ {len(self.removed)} nhiệm vụ: {', '.join(self.removed)}")
        for c in self.changed:
            old, new = changed_parts(c.old, c.new)
            out.append(f"  sửa {c.ref}, {c.field}: «{old}» → «{new}»")
        return out


@dataclass
class UpdateReport:
    summaries: list[PlanSummary] = field(default_factory=list)
    diffs: list[PlanDiff] = field(default_factory=list)
    message: str = ""
    events: EventCheck = field(default_factory=lambda: EventCheck())

    def text(self) -> str:
        """The admin's reply: what was indexed and what changed, in Vietnamese."""
        lines = [self.message] if self.message else []
        for s in self.summaries:
            lines.append(
                f"Đã nạp {s.source}: {s.number} — {s.sections} mục, {s.tasks} nhiệm vụ, "
                f"{s.tables} bảng, {len(s.warnings)} cảnh báo"
            )
            lines += [f"  cảnh báo: {w}" for w in s.warnings]
        for d in self.diffs:
            lines += d.lines()
        return "\n".join(lines + self.events.lines())


@dataclass
class EventCheck:
    """The events a change left without their plan (deleted; /rollback brings them back) or
    without their task (kept: the session may still take place)."""

    dropped: list[dict] = field(default_factory=list)
    untied: list[dict] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        if self.dropped:
            out.append(f"Đã xoá {len(self.dropped)} sự kiện của kế hoạch không còn nạp:")
            out += [f"  {_event_line(e)}" for e in self.dropped]
        if self.untied:
            out.append(f"{len(self.untied)} sự kiện gắn với nhiệm vụ không còn trong kế hoạch:")
            out += [f"  {_event_line(e)}" for e in self.untied]
        return out


def _event_line(event: dict) -> str:
    when = datetime.fromisoformat(event["starts_at"]).strftime("%d/%m/%Y %H:%M")
    return (
        f"#{event['id']} {when} — {event['title']} (nhiệm vụ {event['task_ref']} "
        f"của {event['plan_number']})"
    )


def changed_parts(old: str, new: str, limit: int = 80, context: int = 20) -> tuple[str, str]:
    """Two versions of a cell, cut to where they differ with a few words around it: a long
    cell changed after its first ``limit`` characters must not show two equal beginnings.

    >>> old = ("Xây dựng, kiện toàn tổ chức và hoạt động của cơ quan đầu mối quản lý nhà nước "
    ...        "về tiêu chuẩn, đo lường, chất lượng cấp tỉnh")
    >>> changed_parts(old, old.replace("cấp tỉnh", "cấp huyện"))
    ('…lường, chất lượng cấp tỉnh', '…lường, chất lượng cấp huyện')
    """
    if len(old) <= limit and len(new) <= limit:
        return old, new
    same_start = len(os.path.commonprefix([old, new]))
    tails = [old[same_start:][::-1], new[same_start:][::-1]]
    same_end = len(os.path.commonprefix(tails))
    # Both windows start at the same word, so what precedes the change reads the same.
    start = old.rfind(" ", 0, max(0, same_start - context)) + 1
    return (
        _window(old, start, len(old) - same_end, limit, context),
        _window(new, start, len(new) - same_end, limit, context),
    )


def _window(text: str, start: int, end: int, limit: int, context: int) -> str:
    """``text[start:end]`` and ``context`` more characters up to a word's end, at most
    ``limit`` characters, with "…" where it was cut."""
    stop = text.find(" ", min(len(text), end + context))
    stop = len(text) if stop < 0 else stop
    piece = text[start:stop]
    if len(piece) > limit:
        piece, stop = piece[: limit - 1], start + limit - 1
    return ("…" if start else "") + piece + ("…" if stop < len(text) else "")


def _snapshot(db_path: Path) -> dict[str, dict[str, dict[str, str]]]:
    """{plan number: {task ref: {field: value}}} of a base, for diffs."""
    if not db_path.is_file():
        return {}
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        plans = dict(conn.execute("select id, number from plans"))
        out: dict[str, dict[str, dict[str, str]]] = {n: {} for n in plans.values()}
        for row in conn.execute(f"select id, plan_id, ref, {', '.join(_FIELDS)} from tasks"):
            out[plans[row[1]]][row[2]] = dict(zip(_FIELDS, row[3:], strict=True))
        for task_id, name, value in conn.execute(
            "select a.task_id, a.name, a.value from task_attrs a"
        ):
            pid, ref = conn.execute(
                "select plan_id, ref from tasks where id = ?", (task_id,)
            ).fetchone()
            out[plans[pid]][ref][name] = value
        return out
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def diff(before: dict, after: dict, numbers: list[str]) -> list[PlanDiff]:
    diffs = []
    for number in numbers:
        if number not in before:
            diffs.append(PlanDiff(number, new_plan=True))
            continue
        old, new = before[number], after.get(number, {})
        d = PlanDiff(
            number, added=[r for r in new if r not in old], removed=[r for r in old if r not in new]
        )
        for ref in (r for r in new if r in old):
            for name in dict.fromkeys([*old[ref], *new[ref]]):
                a, b = old[ref].get(name) or "", new[ref].get(name) or ""
                if a != b:
                    d.changed.append(TaskChange(ref, _FIELD_NAMES.get(name, name), a, b))
        diffs.append(d)
    return diffs


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
        before = _snapshot(self.db_path)
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
        after = _snapshot(self.db_path)
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
            before = _snapshot(self.db_path)
            # The events the last change dropped with their plan come back with it; readers
            # show them only once the plan is in, and events are not plan versions: those
            # added since the change stay.
            self.schedule.restore()
            os.replace(self.previous, self.db_path)
            prev_state = self._state_path.with_suffix(".prev")
            if prev_state.is_file():
                os.replace(prev_state, self._state_path)
            after = _snapshot(self.db_path)
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
        return lambda db: checked.append(_check_events(db, self.schedule.rows()))


def _check_events(db: sqlite_utils.Database, events: list[dict]) -> EventCheck:
    """Find the events whose plan the base no longer has (the caller drops them), and those
    whose task it no longer has. An event and a plan must agree wherever events are shown
    (the schedule, /sukien, the .ics file), and a session about a plan no longer served is
    not upcoming."""
    plans = {fold(n): pid for pid, n in db.execute("select id, number from plans")}
    check = EventCheck()
    for event in events:
        if not event["plan_number"]:
            continue  # not tied to a plan
        plan_id = plans.get(fold(event["plan_number"]))
        if plan_id is None:
            check.dropped.append(event)
        elif not db.execute(
            "select 1 from tasks where plan_id = ? and ref_key = ?",
            [plan_id, (event["task_ref"] or "").upper()],
        ).fetchone():
            check.untied.append(event)
    return check


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
