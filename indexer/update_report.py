"""What a change to the library did, as the admin reads it: the tasks each plan gained,
lost or changed against the base before, and the events the change left without their
plan or their task.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils

from knowledge.normalize import fold

from .build import PlanSummary

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


def snapshot(db_path: Path) -> dict[str, dict[str, dict[str, str]]]:
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


def check_events(db: sqlite_utils.Database, events: list[dict]) -> EventCheck:
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
