"""Dated events admins add (dialogue sessions): the command form, and the .ics calendar.

>>> draft = parse_event_command("2026-12-15 08:30 | Đối thoại doanh nghiệp | Hội trường | I.3")
>>> draft.starts_at.isoformat(), draft.title, draft.place, draft.task_ref
('2026-12-15T08:30:00', 'Đối thoại doanh nghiệp', 'Hội trường', 'I.3')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone, TimezoneStandard
from icalendar import Event as ICalEvent

from .normalize import clean
from .store import Event

MAX_EVENTS = 500
MAX_TITLE = 200
MAX_PLACE = 200
EVENT_HOURS = 2  # the length a session is shown with in calendars
TIMEZONE = "Asia/Ho_Chi_Minh"
_VIETNAM = ZoneInfo(TIMEZONE)


class EventError(Exception):
    """An event that cannot be added; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class EventDraft:
    starts_at: datetime
    title: str
    place: str = ""
    task_ref: str | None = None
    plan_number: str | None = None


_FORMATS = ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%d-%m-%Y %H:%M")
# A session always has a starting time: a date alone would be shown, and put in calendars,
# as starting at midnight.
_DATE_ONLY = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
_TASK = re.compile(r"^(?:(?P<plan>\d+/\S+)\s+)?(?P<ref>[IVXLivxl]{1,4}\.\d{1,2}|\d{1,2}\.\d{1,2})$")


def parse_when(text: str) -> datetime:
    text = " ".join(text.split())
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    for fmt in _DATE_ONLY:
        try:
            day = datetime.strptime(text, fmt)
        except ValueError:
            continue
        raise EventError(
            f"Thiếu giờ bắt đầu: viết như {day:%Y-%m-%d} 08:30 (cả ngày thì ghi giờ khai mạc)."
        )
    raise EventError(
        f"Ngày giờ «{text}» không hợp lệ; viết như 2026-12-15 08:30 hoặc 15/12/2026 08:30."
    )


def parse_event_command(text: str, *, today: date | None = None) -> EventDraft:
    """Read "DATE TIME | title | place | task" (place and task are optional). A day before
    ``today`` is refused: the schedule shows only sessions from today on, so a past one
    (often a mistyped year) would be stored and never seen.

    >>> parse_event_command("2026-01-10 09:00 | Họp", today=date(2026, 3, 2))
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    knowledge.events.EventError: Ngày 10/01/2026 đã qua (hôm nay là 02/03/2026): lịch chỉ...
    """
    parts = [clean(p) for p in text.split("|")]
    if len(parts) < 2 or not parts[1]:
        raise EventError(
            "Cú pháp: /sukien_them 2026-12-15 08:30 | Tiêu đề | Địa điểm | Nhiệm vụ (vd. I.3)"
        )
    if len(parts) > 4:
        raise EventError("Có quá nhiều phần; dùng tối đa 4 phần ngăn bởi «|».")
    starts_at = parse_when(parts[0])
    if today is not None and starts_at.date() < today:
        raise EventError(
            f"Ngày {starts_at:%d/%m/%Y} đã qua (hôm nay là {today:%d/%m/%Y}): lịch chỉ hiện sự "
            "kiện từ hôm nay trở đi. Kiểm tra lại ngày và năm."
        )
    title, place = parts[1], parts[2] if len(parts) > 2 else ""
    if len(title) > MAX_TITLE or len(place) > MAX_PLACE:
        raise EventError(f"Tiêu đề và địa điểm tối đa {MAX_TITLE} ký tự.")
    task_ref = plan_number = None
    if len(parts) > 3 and parts[3]:
        m = _TASK.match(parts[3])
        if not m:
            raise EventError(
                f"Mã nhiệm vụ «{parts[3]}» không hợp lệ; viết như I.3 hoặc 87/KH-UBND I.3."
            )
        task_ref, plan_number = m["ref"].upper(), m["plan"]
    return EventDraft(starts_at, title, place, task_ref, plan_number)


def _vtimezone() -> Timezone:
    """Calendars that do not know the zone by name read its definition: UTC+7, no daylight
    saving, since 1975 (the sessions are all later)."""
    zone = Timezone()
    zone.add("tzid", TIMEZONE)
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1975, 6, 13))
    standard.add("tzoffsetfrom", timedelta(hours=7))
    standard.add("tzoffsetto", timedelta(hours=7))
    standard.add("tzname", "ICT")
    zone.add_component(standard)
    return zone


def to_ics(events: list[Event], *, now: datetime) -> bytes:
    """A calendar file with the events, in Vietnam's time zone. A naive ``now`` is taken to
    be Vietnam's time. UIDs come from the events' ids, so a calendar that subscribes sees
    an event changed or removed rather than a new one.

    >>> from icalendar import Calendar
    >>> event = Event(7, "87/KH-UBND", "I.3", datetime(2026, 12, 15, 8, 30), "Đối thoại", "")
    >>> parsed = Calendar.from_ical(to_ics([event], now=datetime(2026, 11, 24)))
    >>> [(str(e["uid"]), e.decoded("dtstart").isoformat()) for e in parsed.walk("VEVENT")]
    [('planbot-event-7@planbot', '2026-12-15T08:30:00+07:00')]
    """
    stamp = (now if now.tzinfo else now.replace(tzinfo=_VIETNAM)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//planbot//lich doi thoai//VI")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Lịch đối thoại doanh nghiệp")
    calendar.add("x-wr-timezone", TIMEZONE)
    calendar.add_component(_vtimezone())
    for e in events:
        start = e.starts_at.replace(tzinfo=_VIETNAM)  # stored in Vietnam's time
        event = ICalEvent()
        event.add("uid", f"planbot-event-{e.id}@planbot")
        event.add("dtstamp", stamp)  # RFC 5545: in UTC
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=EVENT_HOURS))
        event.add("summary", e.title)
        if e.place:
            event.add("location", e.place)
        if e.task_ref:
            plan = f" ({e.plan_number})" if e.plan_number else ""
            event.add("description", f"Nhiệm vụ {e.task_ref}{plan}")
        calendar.add_component(event)
    return calendar.to_ical()
