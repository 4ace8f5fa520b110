"""/tiendo [plan] (/progress): a plan's timeline picture, the one its web page shows.

>>> from knowledge.store import Plan
>>> plans = [Plan(1, "1169/QĐ-UBND", "", "", "", None, "", "", "", 0),
...          Plan(2, "87/KH-UBND", "", "", "", None, "", "", "", 0)]
>>> [[p.id for p in pick_plans(plans, text)] for text in ("", "87", "kế hoạch 1169/qd-ubnd", "9")]
[[1, 2], [2], [1], []]
"""

from __future__ import annotations

import asyncio
import re

from telegram import Update

from knowledge.normalize import fold, number_key
from knowledge.store import Plan

from .message_text import argument, command
from .replies import reply_notice, within_quota
from .shared import BotContext
from .texts import language, notice
from .web.timeline import render, timeline
from .web.urls import plan_path

MAX_CHOICES = 20  # plans named in a reply that asks which one; more are "…"
_KIND = re.compile(r"^(?:ke hoach|quyet dinh|plan)\s+")


def pick_plans(plans: list[Plan], text: str) -> list[Plan]:
    """The plans ``text`` names: by number ("87/KH-UBND", "87/kh-ubnd") or by its digits
    ("87"); every plan when it names none."""
    key = number_key(_KIND.sub("", fold(text)))
    if not key:
        return plans
    exact = [p for p in plans if p.key == key]
    if exact:
        return exact
    return [p for p in plans if p.key.startswith(key if "/" in key else f"{key}/")]


async def progress(update: Update, context: BotContext) -> None:
    """/tiendo [plan]: the plan's tasks by quarter as a picture, overdue ones in red."""
    message = update.effective_message
    data = context.bot_data
    lang = language(update)
    if not await within_quota(update, context):
        return
    kb = data.engine.kb
    given = argument(message)
    plans = pick_plans(kb.plans(), given)
    if len(plans) != 1:
        shown = [f"/{command(message)} {p.number}" for p in (plans or kb.plans())[:MAX_CHOICES]]
        choices = ", ".join(shown) + (" …" if len(plans or kb.plans()) > MAX_CHOICES else "")
        if plans:
            await reply_notice(update, context, "which_plan", n=str(len(plans)), choices=choices)
        else:
            await reply_notice(update, context, "no_such_plan", plan=given, choices=choices)
        return
    [plan] = plans
    line = timeline(plan.number, kb.tasks(plan_ids=[plan.id]), data.now().date())
    picture = await asyncio.to_thread(render, line, "png", lang)
    due = sum(len(q.due) for q in line.quarters)
    caption = notice(
        "progress",
        lang,
        plan=plan.number,
        overdue=str(len(line.overdue)),
        due=str(due),
        undated=str(line.undated),
    )
    if data.public_url:
        caption += "\n" + data.public_url.rstrip("/") + plan_path(plan.number)
    await context.bot.send_photo(update.effective_chat.id, picture, caption=caption)
