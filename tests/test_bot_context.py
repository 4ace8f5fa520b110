"""Whose context a follow-up reads: each group member's own, or the answer replied to."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from bot import state as bot_state
from bot.shared import VIETNAM
from bot.state import BotState
from knowledge.answer import Context, TaskRef
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase
from tests.botkit import BOT, USER, at, exchange, press, running, visible
from tests.test_bot_reminders import fire

OTHER = 77
GROUP = dict(chat_id=-500, chat_type="group")
PRIVATE: dict = {}
PLAN = "1169/QĐ-UBND"


def task_of(message) -> str:
    """ "Nhiệm vụ II.3 (1169/QĐ-UBND): …" → "II.3"; the first line otherwise."""
    first = visible(message.text).splitlines()[0]
    head = first.split(" (", 1)[0]
    return head.removeprefix("Nhiệm vụ ") if head.startswith("Nhiệm vụ ") else first


@pytest.mark.parametrize("mention", [f"@{BOT} ", ""], ids=["mention", "reply"])
async def test_group_members_follow_ups_do_not_mix(api, kb, mention):
    async with running(api, kb):
        [mine] = await exchange(api, f"@{BOT} Ai chủ trì nhiệm vụ II.3?", **GROUP)
        [theirs] = await exchange(api, f"@{BOT} Ai chủ trì nhiệm vụ I.2?", user_id=OTHER, **GROUP)
        # Without a mention, a member addresses the bot by replying to its own answer.
        [my_follow] = await exchange(
            api, f"{mention}Thời hạn khi nào?", reply_to=None if mention else mine, **GROUP
        )
        [their_follow] = await exchange(
            api,
            f"{mention}Thời hạn khi nào?",
            user_id=OTHER,
            reply_to=None if mention else theirs,
            **GROUP,
        )

    assert ("II.3", "I.2") == (task_of(mine), task_of(theirs))
    assert ("II.3", "I.2") == (task_of(my_follow), task_of(their_follow))
    assert "Thời gian: Quý II/2026" in visible(my_follow.text)
    assert "Thời gian: Hàng năm" in visible(their_follow.text)


@pytest.mark.parametrize("chat", [PRIVATE, GROUP], ids=["private", "group"])
async def test_a_reply_to_an_older_answer_goes_on_from_that_answer(api, kb, chat):
    ask = f"@{BOT} " if chat else ""
    async with running(api, kb):
        [first] = await exchange(api, f"{ask}Ai chủ trì nhiệm vụ II.3?", **chat)
        [second] = await exchange(api, f"{ask}Ai chủ trì nhiệm vụ I.2?", **chat)
        [to_first] = await exchange(api, "Thời hạn khi nào?", reply_to=first, **chat)
        # The reply's answer is now the user's context: the next follow-up goes on from it.
        [after] = await exchange(api, f"{ask}còn phối hợp với ai?", **chat)
        [to_second] = await exchange(api, "Thời hạn khi nào?", reply_to=second, **chat)

    assert ["II.3", "I.2", "II.3", "II.3", "I.2"] == [
        task_of(m) for m in (first, second, to_first, after, to_second)
    ]
    assert "Thời gian: Quý II/2026 (hạn chót 30/06/2026" in visible(to_first.text)
    assert "Cơ quan phối hợp:" in visible(after.text)


async def test_a_member_replying_to_anothers_answer_takes_that_answers_context(api, kb):
    async with running(api, kb):
        [theirs] = await exchange(api, f"@{BOT} Ai chủ trì nhiệm vụ II.3?", **GROUP)
        await exchange(api, f"@{BOT} Ai chủ trì nhiệm vụ I.2?", user_id=OTHER, **GROUP)
        [reply] = await exchange(api, "Thời hạn khi nào?", user_id=OTHER, reply_to=theirs, **GROUP)
        [own] = await exchange(api, f"@{BOT} cơ quan nào phối hợp?", user_id=OTHER, **GROUP)

    assert ("II.3", "II.3") == (task_of(reply), task_of(own))


async def test_a_reply_to_a_list_picks_from_that_list(api, kb):
    async with running(api, kb):
        [listed] = await exchange(api, "/coquan Sở KH&CN")
        [page] = await press(api, listed, "Sau ›")  # paging edits the message in place
        await exchange(api, "Nhiệm vụ nào đến hạn Quý II/2026?")  # another list: II.3, II.5
        [latest] = await exchange(api, "cái thứ 2 ai chủ trì?")
        [second] = await exchange(api, "cái thứ 2 ai chủ trì?", reply_to=page.message_id)

    assert ("I.3", "II.5") == (task_of(second), task_of(latest))
    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in visible(second.text)


async def test_an_old_plan_choice_answers_the_question_it_was_offered_for(api, two_plan_kb):
    async with running(api, two_plan_kb):
        [choice] = await exchange(api, "Ai chủ trì nhiệm vụ I.1?")
        await exchange(api, "Ai chủ trì nhiệm vụ II.3 của 1169/QĐ-UBND?")
        [picked] = await press(api, choice, "87/KH-UBND")

    assert visible(picked.text).startswith("Nhiệm vụ I.1 (87/KH-UBND)")


async def test_a_reply_to_a_message_without_a_kept_context_goes_on_from_the_users(api, kb):
    async with running(api, kb):
        welcome, _ = await exchange(api, "/start", n=2)
        await exchange(api, "Ai chủ trì nhiệm vụ II.3?")
        [reply] = await exchange(api, "Thời hạn khi nào?", reply_to=welcome)

    assert "II.3" == task_of(reply)


async def test_a_refused_command_keeps_the_users_context(api, kb):
    async with running(api, kb):
        await exchange(api, "Ai chủ trì nhiệm vụ II.3?")
        [refusal] = await exchange(api, "/han hôm qua")
        [follow] = await exchange(api, "Thời hạn khi nào?", reply_to=refusal)

    assert visible(refusal.text).startswith("Tôi không đọc được thời hạn «hôm qua»")
    assert "II.3" == task_of(follow)


async def test_a_reply_to_a_reminder_goes_on_from_its_list(api, kb):
    clock = at(2026, 6, 16, 9, 0)  # 14 days before the end of Quý II/2026: II.3 and II.5
    async with running(api, kb, clock=clock) as app:
        await exchange(api, "/dangky Sở KH&CN")
        await fire(app)
        *_, reminder = await api.wait_for_messages(3, chat_id=USER)
        await exchange(api, "Ai chủ trì nhiệm vụ I.2?")
        [second] = await exchange(api, "cái thứ 2 ai chủ trì?", reply_to=reminder)

    assert ["II.3", "II.5"] == [
        line[2:6] for line in visible(reminder.text).splitlines() if line.startswith("• ")
    ]
    assert "II.5" == task_of(second)


# ------------------------------------------------------------------ the store


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 9, tzinfo=VIETNAM)


def test_the_answers_kept_are_the_last_ones_of_each_chat(tmp_path, monkeypatch):
    monkeypatch.setattr(bot_state, "MESSAGES_KEPT", 5)
    state = BotState(tmp_path / "bot-state.db")
    for message_id in range(1, 9):
        context = Context(tasks=(TaskRef(PLAN, f"I.{message_id}"),))
        state.save_message_context(-500, [message_id], context, _at(1))
    state.save_message_context(42, [3, 4], Context(plan=PLAN), _at(1))

    kept = [state.message_context(-500, i) for i in range(1, 9)]
    assert [None, None, None] + [f"I.{i}" for i in range(4, 9)] == [
        c.tasks[0].ref if c else None for c in kept
    ]
    assert [PLAN, PLAN] == [state.message_context(42, i).plan for i in (3, 4)]


def test_the_answers_kept_fit_a_budget_of_bytes_and_the_newest_always(tmp_path, monkeypatch):
    state = BotState(tmp_path / "bot-state.db")
    wide = Context(listed=tuple(TaskRef(PLAN, f"I.{i}") for i in range(200)))
    size = len(json.dumps(wide.to_dict(), ensure_ascii=False).encode())
    monkeypatch.setattr(bot_state, "MESSAGE_BYTES_KEPT", 2 * size + 1)
    for message_id in range(1, 5):
        state.save_message_context(42, [message_id], wide, _at(1))
    kept = [i for i in range(1, 5) if state.message_context(42, i)]
    monkeypatch.setattr(bot_state, "MESSAGE_BYTES_KEPT", size // 2)
    state.save_message_context(42, [5], wide, _at(1))

    assert ([3, 4], [5]) == (kept, [i for i in range(1, 6) if state.message_context(42, i)])


def test_answers_older_than_the_age_limit_are_forgotten(tmp_path):
    state = BotState(tmp_path / "bot-state.db")
    state.save_message_context(42, [1], Context(plan=PLAN), _at(1))
    state.save_message_context(42, [2], Context(plan=PLAN), _at(20))
    state.forget_old_messages(_at(1) + timedelta(days=bot_state.MESSAGE_DAYS, hours=1))

    assert [None, PLAN] == [
        c.plan if c else None for c in (state.message_context(42, 1), state.message_context(42, 2))
    ]


async def test_contexts_stored_per_chat_before_become_the_private_users(api, kb):
    """A state file from before: a private chat's context is its user's; a group's, whoever
    asked last, is nobody's."""
    context = Engine(KnowledgeBase(kb)).answer("Ai chủ trì nhiệm vụ II.3?", today=date(2026, 3, 2))
    stored = json.dumps(context.context.to_dict(), ensure_ascii=False)
    with sqlite3.connect(kb.parent / "bot-state.db") as old:
        old.execute(
            "create table contexts (chat_id integer primary key, context text not null, "
            "updated_at text not null)"
        )
        old.executemany(
            "insert into contexts values (?, ?, '2026-03-01T09:00:00+07:00')",
            [(USER, stored), (-500, stored)],
        )
    async with running(api, kb):
        [private] = await exchange(api, "Thời hạn khi nào?")
        [group] = await exchange(api, f"@{BOT} Thời hạn khi nào?", **GROUP)

    assert "II.3" == task_of(private)
    assert "II.3" != task_of(group)
    with sqlite3.connect(kb.parent / "bot-state.db") as migrated:
        tables = {name for (name,) in migrated.execute("select name from sqlite_master")}
    assert "contexts" not in tables
