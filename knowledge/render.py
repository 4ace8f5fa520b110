"""Plain-text pieces of answers, in Vietnamese or English. Names keep their diacritics."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from .fields import Role
from .normalize import fold_in_place
from .periods import Kind, Period, dmy, parse_period
from .store import Plan, Task

# Words of the answers; Vietnamese first, English second.
_WORDS = {
    "task": ("Nhiệm vụ", "Task"),
    "source": ("Nguồn", "Source"),
    "appendix": ("Phụ lục", "appendix"),
    "section": ("Mục", "Section"),
    "group": ("Nhóm", "Group"),
    "plan": ("Kế hoạch", "Plan"),
    "none": ("(không ghi)", "(not given)"),
}


_NEAR = 24  # characters of the text shown before a word the cut would hide


def word(key: str, lang: str) -> str:
    return _WORDS[key][lang == "en"]


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary, marking the cut.

    >>> shorten("Tổ chức  đối thoại với doanh nghiệp", 20), shorten("Tổ chức", 20)
    ('Tổ chức đối thoại…', 'Tổ chức')
    """
    # (a long text's spaces are evened out only as far as the cut: a list shows fifty)
    head = " ".join(text[: 2 * limit].split())
    if len(head) <= limit or len(text) <= 2 * limit:
        head = " ".join(text.split())
        if len(head) <= limit:
            return head
    return head[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def shorten_near(text: str, limit: int, words: Iterable[str]) -> str:
    """Cut as :func:`shorten` does; a word the asker used that the cut hides is shown after
    it, with a few words before it: what tells two tasks apart may come late in their text.

    >>> shorten_near("Xây dựng Nghị quyết về thí điểm thanh toán chi phí theo nhóm chẩn đoán "
    ...              "liên quan (DRG) tại các cơ sở", 40, ["drg"])
    'Xây dựng Nghị quyết về thí điểm thanh… chẩn đoán liên quan (DRG) tại các cơ sở'
    """
    short = shorten(text, limit)
    text = " ".join(text.split())
    if short == text:
        return short
    flat, kept = fold_in_place(text), len(short) - 1
    found = [
        [m.start() for m in re.finditer(rf"\b{re.escape(w.replace('_', ' '))}\b", flat)]
        for w in words
    ]
    hidden = [starts[0] for starts in found if starts and starts[0] >= kept]
    if not hidden:
        return short
    at = min(hidden)
    start = max(kept, text.find(" ", max(kept, at - _NEAR)) + 1)
    return f"{short} {shorten(text[start:], _NEAR * 3)}"


def sentence_case(text: str) -> str:
    """A title set in capitals, as a sentence; numbers such as "1703/QĐ-TTG" stay.

    >>> sentence_case("BAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1703/QĐ-TTG")
    'Ban hành kế hoạch thực hiện quyết định số 1703/QĐ-TTG'
    >>> sentence_case("Kế hoạch chuyển đổi số")
    'Kế hoạch chuyển đổi số'
    """
    if not text.isupper():
        return text
    words = [w if any(c.isdigit() for c in w) else w.lower() for w in text.split()]
    line = " ".join(words)
    return line[:1].upper() + line[1:]


def deadline_status(period: Period | None, today: date, lang: str) -> str:
    """Whether a deadline has passed, as of ``today``; empty for recurring or unknown ones."""
    if period is None or period.recurring or period.kind is Kind.AFTER:
        return ""  # "2026 và các năm tiếp theo" has no last day
    end = period.end
    if end < today:
        return f"passed on {dmy(end)}" if lang == "en" else f"đã qua hạn {dmy(end)}"
    days = (end - today).days
    if lang == "en":
        return f"due {dmy(end)}, {days} days left"
    return f"hạn chót {dmy(end)}, còn {days} ngày"


def overdue_verdict(task: Task, today: date, lang: str) -> str:
    """The answer to "đã quá hạn chưa?" of one task, as of ``today``: yes, not yet, or that
    it has no last day to miss. The plan records no progress, so it is told by the date."""
    period = _stage_in_hand(task, today)
    en = lang == "en"
    if period is None or period.recurring or period.kind is Kind.AFTER:
        if en:
            return f"It has no final deadline to miss: «{task.deadline or word('none', lang)}»."
        return f"Không có hạn chót để quá hạn: «{task.deadline or word('none', lang)}»."
    if period.end < today:
        if en:
            return f"Yes, overdue: its deadline, {dmy(period.end)}, has passed."
        return f"Đã quá hạn: hạn chót {dmy(period.end)} đã qua."
    days = (period.end - today).days
    if en:
        return f"Not overdue yet: due {dmy(period.end)}, {days} days left."
    return f"Chưa quá hạn: hạn chót {dmy(period.end)}, còn {days} ngày."


def count(n: int, noun: str) -> str:
    """ "1 task", "2 tasks" (English only: Vietnamese nouns do not change)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def deadline(task: Task, today: date, lang: str) -> str:
    """The deadline as written, with its status: "Quý II/2026 (đã qua hạn 30/06/2026)"; in
    English a recurring one says so: "Hằng năm (every year)"."""
    if not task.deadline:
        return word("none", lang)
    status = deadline_status(_stage_in_hand(task, today), today, lang)
    if not status and lang == "en" and task.period is not None:
        status = task.period.label("en")
    return f"{task.deadline} ({status})" if status else task.deadline


def _stage_in_hand(task: Task, today: date) -> Period | None:
    """The period a task's status is told by: in a task done in stages ("Tháng 5/2026;
    Tháng 11/2026"), the first stage not yet due, or the last one once all are past."""
    if "; " not in task.deadline:
        return task.period
    stages = _stages(task.deadline)
    if len(stages) < 2 or any(p.recurring for p in stages):
        return task.period
    return next((p for p in stages if p.end >= today), stages[-1])


@lru_cache(maxsize=4096)  # a list across 1,000 plans shows the same cells again and again
def _stages(deadline: str) -> tuple[Period, ...]:
    return tuple(p for p in map(parse_period, deadline.split("; ")) if p is not None)


def label(
    role: Role,
    headers: dict[Role, str],
    lang: str,
    name: str | None = None,
    task: Task | None = None,
) -> str:
    """A column's label: the plan's own header in Vietnamese, a fixed one in English. With
    ``task``, an extra column is named as the task's own table names it (a plan's tables
    may call their budgets "Kinh phí (đồng)" and "Tổng mức đầu tư (tỷ đồng)")."""
    if lang == "en":
        return role.label("en") if role is not Role.OTHER else (name or "Other")
    if task is not None and name is None:
        name = next((a.name for a in task.attrs if a.role is role), None)
    return name or headers.get(role) or role.label("vi")


def value(task: Task, role: Role, today: date, lang: str) -> str:
    if role is Role.DEADLINE:
        return deadline(task, today, lang)
    return task.field(role) or word("none", lang)


def task_head(task: Task, plan: Plan, lang: str, limit: int = 160) -> str:
    return f"{word('task', lang)} {task.ref} ({plan.number}): {shorten(task.content, limit)}"


def text_limit(count: int) -> int:
    """Characters of each task's text in a list of ``count`` found by their words: one shown
    whole (what it lists may come late in it), two nearly so, more cut to a line.

    >>> text_limit(1), text_limit(2), text_limit(5)
    (1500, 600, 110)
    """
    return 1500 if count == 1 else 600 if count == 2 else 110


def task_line(
    task: Task,
    plan: Plan | None,
    headers: dict[Role, str],
    today: date,
    lang: str,
    roles: tuple[Role, ...] = (Role.LEAD, Role.DEADLINE),
    *,
    cells: Sequence[str] = (),
    limit: int = 110,
) -> str:
    """One task in a list: "• II.3: Tổ chức … — Chủ trì: …; Thời gian: …", after the
    given ``cells`` ("Kinh phí: Lồng ghép")."""
    where = f" ({plan.number})" if plan else ""
    details = "; ".join(
        [*cells]
        + [
            f"{label(r, headers, lang, task=task)}: {value(task, r, today, lang).rstrip('.')}"
            for r in roles
        ]
    )
    return f"• {task.ref}{where}: {shorten(task.content, limit)} — {details}"


def card(task: Task, headers: dict[Role, str], today: date, lang: str) -> list[str]:
    """Every filled column of a task, one per line."""
    lines = []
    for role in (Role.LEAD, Role.COORD, Role.DIRECTOR, Role.DEADLINE, Role.NOTE):
        if task.field(role):
            lines.append(f"{label(role, headers, lang)}: {value(task, role, today, lang)}")
    lines += [f"{label(a.role, headers, lang, a.name)}: {a.value}" for a in task.attrs]
    return lines


def sources(cited: list[tuple[Plan, list[str]]], lang: str) -> str:
    """ "Nguồn: Kế hoạch 87/KH-UBND, Phụ lục, nhiệm vụ I.1; Quyết định 1169/QĐ-UBND, ..." """
    parts = [source(plan, lang, refs=refs) for plan, refs in cited]
    head = f"{word('source', lang)}: "
    return head + "; ".join(p.removeprefix(head) for p in parts)


def source(plan: Plan, lang: str, *, refs: list[str] = (), section: str | None = None) -> str:
    if section:
        where = section if section.startswith("Điều") else f"{word('section', lang)} {section}"
        return f"{word('source', lang)}: {plan.name}, {where}"
    if refs:
        what = (
            word("task", lang).lower()
            if len(refs) == 1
            else ("tasks" if lang == "en" else "nhiệm vụ")
        )
        return (
            f"{word('source', lang)}: {plan.name}, {word('appendix', lang)}, "
            f"{what} {', '.join(refs)}"
        )
    return f"{word('source', lang)}: {plan.name}"
