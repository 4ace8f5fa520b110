"""A plan's timeline: its tasks by the quarter they are due, overdue ones apart, today marked.

:func:`timeline` is the picture's data, a pure function of the tasks and the day;
:func:`render` only draws it, so tests check what the picture shows through the data.

>>> from knowledge.periods import Kind, Period
>>> def task(ref, kind, start, end):
...     return Task(0, 1, ref, None, "", "", "", "", "", "", Period(kind, start, end))
>>> tasks = [
...     task("1", Kind.QUARTER, date(2026, 4, 1), date(2026, 6, 30)),
...     task("2", Kind.YEAR, date(2026, 1, 1), date(2026, 12, 31)),
...     task("3", Kind.CONTINUOUS, date.min, date.max),
... ]
>>> line = timeline("87/KH-UBND", tasks, date(2026, 8, 15))
>>> [(q.label("vi"), q.due, q.overdue) for q in line.quarters]
[('Quý II/2026', (), ('1',)), ('Quý III/2026', (), ()), ('Quý IV/2026', ('2',), ())]
>>> line.undated, round(line.today_at, 2)
(1, 1.49)
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")  # no display on a server; set before pyplot could ever be imported

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from knowledge.periods import Kind  # noqa: E402
from knowledge.store import Task  # noqa: E402

_ROMANS = ("I", "II", "III", "IV")
DUE_COLOUR = "#2e6da4"
OVERDUE_COLOUR = "#c0392b"
TODAY_COLOUR = "#1e8449"
FORMATS = {"png": "image/png", "svg": "image/svg+xml"}
# Agg and matplotlib's font cache are shared by every figure: one drawing at a time.
_DRAWING = threading.Lock()


def due_date(task: Task) -> date | None:
    """The single last day of a task; None when it has none (recurring, "from 2027 on",
    unreadable)."""
    period = task.period
    if period is None or period.recurring or period.kind is Kind.AFTER:
        return None
    return period.end


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int
    due: tuple[str, ...] = ()  # task ids due in the quarter, not yet overdue
    overdue: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        if lang == "en":
            return f"Q{self.number}/{self.year}"
        return f"Quý {_ROMANS[self.number - 1]}/{self.year}"


@dataclass(frozen=True)
class Timeline:
    plan: str
    today: date
    quarters: tuple[Quarter, ...]
    today_at: float  # on the quarter axis: 0.0 is the start of the first quarter shown
    undated: int  # tasks with no single last day

    @property
    def overdue(self) -> tuple[str, ...]:
        return tuple(ref for q in self.quarters for ref in q.overdue)


def timeline(plan: str, tasks: list[Task], today: date) -> Timeline:
    """The quarters from the first task's due date to the last one's, and today's quarter
    whichever side it falls; a task is overdue once its last day is before ``today``."""
    due: dict[tuple[int, int], list[Task]] = {}
    undated = 0
    for task in tasks:
        day = due_date(task)
        if day is None:
            undated += 1
        else:
            due.setdefault(quarter_of(day), []).append(task)
    now = quarter_of(today)
    first, last = min([*due, now]), max([*due, now])
    quarters = []
    year, number = first
    while (year, number) <= last:
        here = due.get((year, number), [])
        quarters.append(
            Quarter(
                year,
                number,
                tuple(t.ref for t in here if due_date(t) >= today),
                tuple(t.ref for t in here if due_date(t) < today),
            )
        )
        year, number = (year + 1, 1) if number == 4 else (year, number + 1)
    start = date(now[0], 3 * now[1] - 2, 1)
    end = date(now[0] + 1, 1, 1) if now[1] == 4 else date(now[0], 3 * now[1] + 1, 1)
    index = (now[0] - first[0]) * 4 + now[1] - first[1]
    at = index + (today - start).days / (end - start).days
    return Timeline(plan, today, tuple(quarters), at, undated)


_WORDS = {
    "vi": {
        "due": "Đến hạn",
        "overdue": "Đã quá hạn",
        "today": "Hôm nay",
        "tasks": "Số nhiệm vụ",
        "title": "Tiến độ {plan}: nhiệm vụ theo quý hết hạn",
        "undated": "{n} nhiệm vụ thường xuyên, hằng năm hoặc không có hạn cụ thể không vẽ",
    },
    "en": {
        "due": "Due",
        "overdue": "Overdue",
        "today": "Today",
        "tasks": "Tasks",
        "title": "{plan}: tasks by the quarter they are due",
        "undated": "{n} ongoing, yearly or undated tasks not shown",
    },
}


@lru_cache(maxsize=64)
def render(line: Timeline, fmt: str = "png", lang: str = "vi") -> bytes:
    """The picture, as PNG or SVG bytes; the same timeline always gives the same bytes."""
    words = _WORDS[lang]
    with _DRAWING:
        width = min(14.0, max(6.0, 0.7 * len(line.quarters) + 2))
        figure = Figure(figsize=(width, 3.6), dpi=100, layout="constrained")
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        xs = range(len(line.quarters))
        late = [len(q.overdue) for q in line.quarters]
        on_time = [len(q.due) for q in line.quarters]
        axes.bar(xs, late, color=OVERDUE_COLOUR, label=words["overdue"])
        axes.bar(xs, on_time, bottom=late, color=DUE_COLOUR, label=words["due"])
        # Bars stand at whole numbers; a quarter spans half a step each side of its bar.
        axes.axvline(line.today_at - 0.5, color=TODAY_COLOUR, linestyle="--", label=words["today"])
        axes.set_xticks(list(xs), [q.label(lang) for q in line.quarters], rotation=45, ha="right")
        axes.set_xlim(-0.6, len(line.quarters) - 0.4)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylabel(words["tasks"])
        axes.set_title(words["title"].format(plan=line.plan), fontsize=11)
        axes.margins(y=0.15)
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        if line.undated:
            axes.set_xlabel(words["undated"].format(n=line.undated), fontsize=8)
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {}  # the same picture, the same bytes
        figure.savefig(out, format=fmt, metadata=metadata)
    return out.getvalue()
