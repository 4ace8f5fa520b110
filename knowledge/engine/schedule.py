"""The dialogue with businesses: dated sessions and what the plan says of them."""

from __future__ import annotations

import re
from datetime import datetime, time

from .. import render
from ..answer import Answer, Intent, Status
from ..normalize import fold
from .claims import WHERE_ASKED
from .common import (
    DIALOGUE,
)

# "the exact date of the next session", "ngày nào": a day, which only a dated session gives
_DAY_ASKED = re.compile(r"\b(?:dates?|what day|which day|ngay (?:nao|may|cu the))\b")
# "online or in person", "trực tuyến hay trực tiếp", "hình thức nào": how a session is held
_FORM_ASKED = re.compile(
    r"\b(?:online|in person|in-person|virtual\w*|face to face|truc tuyen|truc tiep"
    r"|hinh thuc (?:nao|gi|to chuc))\b"
)
# "hạn đăng ký tham gia", "registration deadline": how to sign up, which plans do not say.
_SIGN_UP = re.compile(r"\b(?:dang ky|dk|regist(?:er|ration)\w*|sign(?:ing)? ?up|enrol\w*)\b")


def asks_the_unsaid(folded: str) -> bool:
    """Whether a question on the sessions asks where, on what day or how to sign up, which
    a plan may not say: its "not found" is the answer, not a task's column."""
    return bool(
        WHERE_ASKED.search(folded)
        or _SIGN_UP.search(folded)
        or _DAY_ASKED.search(folded)
        or _FORM_ASKED.search(folded)
    )


class ScheduleMixin:
    def schedule(self) -> Answer:
        """When the dialogue with businesses happens: upcoming dated events first, then what
        the plans say about it (the tasks that mention "đối thoại")."""
        en = self.lang == "en"
        events = self.kb.events(since=datetime.combine(self.today, time.min))
        if self.scope is not None:
            numbers = {self.plan(p).number for p in self.scope}
            events = [e for e in events if e.plan_number in numbers or not e.plan_number]
        hits = self.kb.search([DIALOGUE], plan_ids=self.scope, kinds=("task",))
        tasks = self.kb.tasks_by_ids([h.id for h in hits])[:5]
        if not tasks and not events:
            return self.help(Status.NOT_FOUND)
        # Where, of sessions none of which says where; the day, with no session dated; how
        # to sign up, which none says: not in the plan, with what it does say.
        unsaid = None
        if WHERE_ASKED.search(self.q.folded) and not any(e.place for e in events):
            unsaid = "The plan does not say where." if en else "Kế hoạch không nêu địa điểm."
        elif _DAY_ASKED.search(self.q.folded) and not events:
            unsaid = (
                "The plan sets no day for it, and no session is dated yet."
                if en
                else "Kế hoạch không nêu ngày cụ thể, và chưa có buổi nào được lên lịch."
            )
        elif _FORM_ASKED.search(self.q.folded) and not any(
            _FORM_ASKED.search(fold(text))
            for text in [*(t.content for t in tasks), *(e.place or "" for e in events)]
        ):
            unsaid = (
                "The plan does not say whether the sessions are held online or in person."
                if en
                else "Kế hoạch không nêu hình thức tổ chức (trực tuyến hay trực tiếp)."
            )
        elif _SIGN_UP.search(self.q.folded):
            unsaid = (
                "The plan says nothing of signing up or its deadline."
                if en
                else "Kế hoạch không nêu việc đăng ký tham gia hay hạn đăng ký."
            )
        if events:
            lines = ["Upcoming sessions:" if en else "Lịch sắp tới:"]
            several = len(self.kb.plans()) > 1
            lines += [event_line(e, self.lang, with_plan=several) for e in events[:10]]
        else:
            lines = [
                "No dated session is scheduled yet."
                if en
                else "Chưa có lịch đối thoại cụ thể sắp tới."
            ]
        if tasks:
            lines.append("According to the plan:" if en else "Theo kế hoạch:")
            many = len(self.kb.plans()) > 1
            for t in tasks:
                plan = self.plan(t.plan_id)
                lines.append(
                    render.task_line(
                        t, plan if many else None, self.kb.columns(plan.id), self.today, self.lang
                    )
                )
        title = "Dialogue with businesses:" if en else "Đối thoại với doanh nghiệp:"
        footer = self._source(tasks) if tasks else ""
        listing = ("events", [str(e.id) for e in events[:10]]) if events else None
        if unsaid:
            title = f"{unsaid} {title}"
        status = Status.NOT_FOUND if unsaid else Status.FOUND
        return self._answer(status, Intent.SCHEDULE, title, lines, footer, tasks, listing=listing)


def event_line(event, lang: str, *, with_plan: bool) -> str:
    """ "• 15/12/2026 08:30 — Đối thoại … tại … (nhiệm vụ I.3)", naming the task's plan
    when several are loaded."""
    when = event.starts_at.strftime("%d/%m/%Y %H:%M")
    parts = [f"• {when} — {event.title}"]
    if event.place:
        parts.append(f"{'at' if lang == 'en' else 'tại'} {event.place}")
    if event.task_ref:
        of = f", {event.plan_number}" if with_plan and event.plan_number else ""
        parts.append(f"({'task' if lang == 'en' else 'nhiệm vụ'} {event.task_ref}{of})")
    return " ".join(parts)
