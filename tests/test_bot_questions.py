"""Everyone's side of the bot: questions, buttons, paging, commands, odd messages."""

from __future__ import annotations

import json
import logging
from datetime import date

from knowledge.engine import Engine
from knowledge.store import KnowledgeBase
from tests.botkit import (
    ADMIN,
    BOT,
    USER,
    all_callback_data,
    at,
    button_data,
    buttons,
    exchange,
    exchange_edit,
    press,
    running,
    visible,
)


async def test_a_question_gets_an_html_answer_citing_its_source(api, kb):
    async with running(api, kb):
        [reply] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")

    assert reply.parse_mode == "HTML"
    text = visible(reply.text)
    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in text
    assert "Nguồn: Quyết định 1169/QĐ-UBND, Phụ lục, nhiệm vụ II.3" in text
    assert buttons(reply) == [
        ["Chủ trì", "Phối hợp", "Thời hạn"],
        ["Toàn văn", "Nhiệm vụ cùng hạn"],
    ]
    assert all(len(data.encode()) <= 64 for data in all_callback_data([reply]))


async def test_task_card_buttons_ask_their_follow_up(api, kb):
    async with running(api, kb):
        [card] = await exchange(api, "/nhiemvu II.3")
        [same] = await press(api, card, "Nhiệm vụ cùng hạn")
        [coord] = await press(api, card, "Phối hợp")
        [full] = await press(api, card, "Toàn văn")

    assert "Thời gian: Quý II/2026" in visible(card.text)
    assert "Có 2 nhiệm vụ (có hạn trong Quý II/2026)" in visible(same.text)
    assert "• II.3:" in same.text and "• II.5:" in same.text
    assert "Cơ quan phối hợp: Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia" in visible(coord.text)
    assert "minh bạch hoá toàn bộ hoạt động tiêu chuẩn" in visible(full.text)
    assert [c.text for c in api.answered_callbacks] == [None, None, None]  # every press answered
    assert all(m.method == "sendMessage" for m in (same, coord, full))  # follow-ups are new


async def test_english_card_buttons_are_answered_in_english(api, kb):
    async with running(api, kb):
        [card] = await exchange(api, "Who leads task II.3?")
        [same] = await press(api, card, "Same deadline")
        [full] = await press(api, card, "Full text")

    assert "2 tasks (due in Q2/2026) in 1169/QĐ-UBND" in visible(same.text)
    assert visible(full.text).startswith("Task II.3 (1169/QĐ-UBND)")
    assert "Source: " in visible(full.text)


async def test_follow_up_context_survives_a_restart(api, kb):
    async with running(api, kb):
        await exchange(api, "Ai chủ trì nhiệm vụ II.3?")
    async with running(api, kb):
        [reply] = await exchange(api, "Thời hạn khi nào?")

    text = visible(reply.text)
    assert text.startswith("Nhiệm vụ II.3 (1169/QĐ-UBND)")
    assert "Thời gian: Quý II/2026 (hạn chót 30/06/2026" in text


async def test_a_long_list_is_paged_with_previous_and_next(api, kb):
    async with running(api, kb):
        [first] = await exchange(api, "/coquan Sở KH&CN")
        [second] = await press(api, first, "Sau ›")
        [third] = await press(api, second, "Sau ›")
        [back] = await press(api, third, "‹ Trước")

    def tasks(message):
        return [line.split(":")[0] for line in visible(message.text).splitlines() if "• " in line]

    assert "Có 19 nhiệm vụ (Sở Khoa học và Công nghệ)" in visible(first.text)
    assert tasks(first) == [
        "• I.2",
        "• I.3",
        "• I.4",
        "• II.1",
        "• II.2",
        "• II.3",
        "• II.4",
        "• II.5",
    ]
    assert "Trang 1/3" in first.text and buttons(first) == [["Sau ›"]]
    assert (second.method, second.message_id) == ("editMessageText", first.message_id)
    assert tasks(second)[0] == "• II.6" and "Trang 2/3" in second.text
    assert buttons(second) == [["‹ Trước", "Sau ›"]]
    assert tasks(third) == ["• V.3", "• V.4", "• VI.3"] and buttons(third) == [["‹ Trước"]]
    assert tasks(back) == tasks(second)
    assert "Nguồn: Quyết định 1169/QĐ-UBND" in visible(third.text)


async def test_old_or_forged_buttons_say_they_expired(api, kb):
    async with running(api, kb):
        [card] = await exchange(api, "/nhiemvu II.3")
        key = button_data(card, "Phối hợp").split(":")[1]
        for data in (f"p:{key}:0", "a:0000000000000000", f"x:{key}", f"p:{key}:-1"):
            api.push_callback(data, user_id=USER, message=card)
        await api.wait_for(lambda: len(api.answered_callbacks) == 4, what="4 answered presses")

    expired = "Nút này đã hết hạn; hãy hỏi lại."
    assert [(expired, True)] * 4 == [(c.text, c.show_alert) for c in api.answered_callbacks]
    assert [card] == api.sent_messages  # no apology, no other message


async def test_an_ambiguous_question_gets_one_button_per_plan(api, two_plan_kb):
    async with running(api, two_plan_kb):
        [choice] = await exchange(api, "Ai chủ trì nhiệm vụ I.1?")
        [picked] = await press(api, choice, "87/KH-UBND")

    assert "có trong 2 kế hoạch" in visible(choice.text)
    assert buttons(choice) == [["1169/QĐ-UBND"], ["87/KH-UBND"]]
    assert visible(picked.text).startswith("Nhiệm vụ I.1 (87/KH-UBND)")


async def test_commands_become_questions(api, kb):
    async with running(api, kb):
        [due] = await exchange(api, "/han Q2/2026")
        [due_en] = await exchange(api, "/due Q2/2026")
        [found] = await exchange(api, "/timkiem truy xuất nguồn gốc")
        [plans] = await exchange(api, "/kehoach")
        [usage] = await exchange(api, "/nhiemvu")
        [upcoming] = await exchange(api, "/han")

    assert "Có 2 nhiệm vụ (có hạn trong Quý II/2026)" in visible(due.text)
    assert "2 tasks (due in Q2/2026) in 1169/QĐ-UBND" in visible(due_en.text)
    assert "• II.4:" in found.text
    assert "• Quyết định 1169/QĐ-UBND, 28/04/2025 — 25 nhiệm vụ" in visible(plans.text)
    assert usage.text == "Cú pháp: /nhiemvu II.3"
    assert "sắp đến hạn, đến hết 30/06/2026" in visible(upcoming.text)


async def test_start_offers_example_questions_and_menus_are_set(api, kb):
    async with running(api, kb):
        welcome, commands = await exchange(api, "/start", n=2)
        [example] = await press(api, welcome, "Ai chủ trì nhiệm vụ I.3?")

    assert visible(welcome.text).startswith("Xin chào!")
    listed = [line[2:] for line in visible(welcome.text).splitlines() if line.startswith("• ")]
    assert len(listed) == 6 and buttons(welcome) == [[example] for example in listed]
    assert "/nhiemvu II.3" in commands.text
    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in visible(example.text)
    menus = {
        (call.get("language_code", ""), json.dumps(call.get("scope"), sort_keys=True)): [
            c["command"] for c in call["commands"]
        ]
        for call in api.calls_to("setMyCommands")
    }
    admin = json.dumps({"chat_id": ADMIN, "type": "chat"})
    assert "han" in menus["", "null"] and "reload" not in menus["", "null"]
    assert "due" in menus["en", "null"]
    assert "reload" in menus["", admin]


async def test_html_in_a_question_is_echoed_escaped(api, kb):
    attack = '<b>zz</b> <a href="http://x">qq</a> & <script>alert(1)</script>'
    async with running(api, kb):
        [refusal] = await exchange(api, f"/dangky {attack}")
        await exchange(api, f"{attack} ở đâu?")
        [log] = await exchange(api, "/chuatraloi", user_id=ADMIN)

    assert f"Không thấy cơ quan «{attack}»" in visible(refusal.text)
    assert f"{attack} ở đâu?" in visible(log.text)


async def test_a_long_answer_is_split_at_line_boundaries(api, kb):
    async with running(api, kb):
        parts = await exchange(api, "Mục II", n=2)

    whole = Engine(KnowledgeBase(kb)).answer("Mục II", today=date(2026, 3, 2)).text
    assert len(whole) > 4096 and len(parts) == 2
    assert all(len(visible(p.text)) <= 4096 for p in parts)
    # Every line whole and in order: the split fell between two lines.
    assert [line for p in parts for line in visible(p.text).splitlines()] == whole.splitlines()


async def test_too_long_odd_and_unknown_messages_get_short_replies(api, kb):
    async with running(api, kb):
        [too_long] = await exchange(api, "Ai chủ trì " + "rất " * 600)
        api.push_sticker(USER)
        *_, hint = await api.wait_for_messages(2, chat_id=USER)
        [unknown] = await exchange(api, "/bay")

    assert "quá dài" in too_long.text
    assert "Tôi chỉ đọc tin nhắn chữ" in visible(hint.text)
    assert "«Ai chủ trì nhiệm vụ I.3?»" in visible(hint.text)
    assert "/help" in unknown.text


async def test_a_command_argument_is_measured_as_typed(api, kb):
    words = ("truy xuất nguồn gốc " * 100)[:2000].strip()  # at the limit, as the user typed it
    async with running(api, kb):
        [found] = await exchange(api, f"/timkiem {words}")
        [too_long] = await exchange(api, f"/timkiem {words} thêm")

    assert "quá dài" not in visible(found.text)
    assert "quá dài" in visible(too_long.text)


async def test_in_a_group_only_messages_for_the_bot_are_answered(api, kb):
    group = dict(chat_id=-500, chat_type="group")
    async with running(api, kb):
        api.push_text("Trưa nay ăn gì?", user_id=USER, **group)
        [mention] = await exchange(api, f"@{BOT} Ai chủ trì nhiệm vụ II.3?", **group)
        [command] = await exchange(api, f"/han@{BOT} Q2/2026", **group)

    assert "Sở Khoa học và Công nghệ" in visible(mention.text)
    assert "Có 2 nhiệm vụ" in visible(command.text)
    assert len([m for m in api.sent_messages if m.chat_id == -500]) == 2  # chatter ignored
    quoted = api.calls_to("sendMessage")[-1]["reply_parameters"]
    assert quoted["message_id"] > 0  # a group answer quotes its question


async def test_each_user_may_ask_20_questions_a_minute(api, kb):
    clock = at(2026, 3, 2, 9, 0)
    async with running(api, kb, clock=clock):
        replies = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")
        for _ in range(21):
            api.push_text("Ai chủ trì nhiệm vụ II.3?", user_id=USER)
        replies += await api.wait_for_messages(21, chat_id=USER)
        [other] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?", user_id=77)
        [stats] = await exchange(api, "/thongke", user_id=ADMIN)
        clock.set(2026, 3, 2, 9, 1, 1)
        [later] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")

    texts = [visible(m.text) for m in api.sent_messages if m.chat_id == USER]
    waits = [t for t in texts if "chờ một phút" in t]
    assert len(waits) == 1  # told once, not once per extra message
    assert len(texts) == 20 + 1 + 1  # 20 answers, the wait, the answer a minute later
    assert "Sở Khoa học và Công nghệ" in visible(other.text)  # other users are not held up
    assert "02/03/2026: 21 câu, trả lời được 100%" in visible(stats.text)  # 20 + user 77's
    assert "Sở Khoa học và Công nghệ" in visible(later.text)


async def test_every_update_that_gets_a_reply_counts_against_the_quota(api, kb):
    """/help, commands with arguments, stickers, buttons, too-long texts: 20 a minute in all,
    then one wait message, then silence."""
    clock = at(2026, 3, 2, 9, 0)
    async with running(api, kb, clock=clock) as app:
        [card] = await exchange(api, "/nhiemvu II.3")
        for _ in range(19):
            api.push_text("/help", user_id=USER)
        await api.wait_for_messages(1 + 19 * 2, chat_id=USER)  # two messages each
        for text in ("/help", "/dangky Sở KH&CN", "/han Q2/2026", "/kehoach", "x" * 3000):
            api.push_text(text, user_id=USER)
        api.push_sticker(USER)
        api.push_callback(button_data(card, "Phối hợp"), user_id=USER, message=card)
        wait = (await api.wait_for_messages(40, chat_id=USER))[39]
        await api.wait_for(lambda: len(api.answered_callbacks) == 1, what="the press answered")
        await exchange(api, "/kehoach", user_id=77)  # by now the others were all handled
        subscriptions = app.bot_data.state.subscriptions()
        clock.set(2026, 3, 2, 9, 1, 1)
        welcome, commands = await exchange(api, "/start", n=2)

    mine = [visible(m.text) for m in api.sent_messages if m.chat_id == USER]
    assert "chờ một phút" in visible(wait.text)
    assert len(mine) == 1 + 19 * 2 + 1 + 2  # nothing after the wait until the window moved
    assert subscriptions == []  # a command over the limit does nothing
    assert visible(welcome.text).startswith("Xin chào!") and "/nhiemvu" in commands.text


async def test_a_failing_handler_apologises_without_details(api, kb, caplog):
    async with running(api, kb) as app:
        app.bot_data.state.conn.close()  # the bot's state file becomes unusable
        errors = app.error_handlers
        collect = list(errors)[-1]  # the harness's collector: expected to see this error
        del errors[collect]
        with caplog.at_level(logging.ERROR, logger="bot.app"):
            [apology] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")

    assert apology.text.startswith("Xin lỗi, đã có lỗi")
    assert "Traceback" not in apology.text and "sqlite" not in apology.text.lower()
    [record] = [r for r in caplog.records if r.name == "bot.app"]
    assert record.exc_info is not None  # the log has the details instead


async def test_a_base_swapped_in_by_another_process_is_served_at_once(api, kb):
    """Several workers share one knowledge-base file: an update by any of them (or by
    `planbot index`) is answered from by all, with no restart."""
    from indexer.build import build

    from .conftest import SEED, TAY_AN

    async with running(api, kb):
        [before] = await exchange(api, "Kế hoạch 87/KH-UBND có bao nhiêu nhiệm vụ?")
        build([SEED, TAY_AN], kb)  # as another process would: a new file, renamed over
        [after] = await exchange(api, "Kế hoạch 87/KH-UBND có bao nhiêu nhiệm vụ?")

    assert "Không có kế hoạch số 87" in visible(before.text)
    assert "87/KH-UBND có 11 nhiệm vụ" in visible(after.text)


async def test_a_button_pressed_while_the_bot_was_down_still_gets_its_reply(api, kb):
    async with running(api, kb):
        [card] = await exchange(api, "/nhiemvu II.3")
        key = button_data(card, "Phối hợp").split(":")[1]
    api.push_callback(button_data(card, "Phối hợp"), user_id=USER, message=card)
    api.push_callback(f"p:{key}:0", user_id=USER, message=card)  # a button no longer valid
    api.expire_callbacks()  # by the time the bot is back, Telegram takes no answer to them
    async with running(api, kb):
        replies = [visible(m.text) for m in (await api.wait_for_messages(3, chat_id=USER))[1:]]

    # Handled concurrently: in either order. The expired notice, too late for an alert, is
    # a message.
    assert sorted(replies, key=len) == [
        "Nút này đã hết hạn; hãy hỏi lại.",
        next(r for r in replies if "Cơ quan phối hợp: Ủy ban Tiêu chuẩn" in r),
    ]
    assert api.answered_callbacks == [] and len(api.calls_to("answerCallbackQuery")) == 2


async def test_a_button_whose_handler_fails_stops_spinning_and_apologises(api, kb):
    async with running(api, kb) as app:
        [card] = await exchange(api, "/nhiemvu II.3")
        app.bot_data.state.conn.close()  # the payload behind the button cannot be read
        collect = list(app.error_handlers)[-1]  # the harness's collector: this error is expected
        del app.error_handlers[collect]
        [apology] = await press(api, card, "Phối hợp")

    assert apology.text.startswith("Xin lỗi, đã có lỗi")
    assert [(c.text, c.show_alert) for c in api.answered_callbacks] == [(None, False)]


async def test_an_edited_question_is_answered_again_but_an_edited_change_is_not_run(api, kb):
    async with running(api, kb) as app:
        typo = api.push_text("Ai chủ trì nhiệm vụ II.9?", user_id=USER)
        command = api.push_text("/han Q2/2025", user_id=USER)
        await api.wait_for_messages(2, chat_id=USER)
        [corrected] = await exchange_edit(api, typo, "Ai chủ trì nhiệm vụ II.3?")
        [due] = await exchange_edit(api, command, "/han Q2/2026")
        subscribed = api.push_text("/dangky Sở KH&CN", user_id=USER)
        await api.wait_for_messages(5, chat_id=USER)
        [not_run] = await exchange_edit(api, subscribed, "/dangky Công an tỉnh")
        start = api.push_text("/start", user_id=USER)
        await api.wait_for_messages(8, chat_id=USER)
        api.push_edit(start, "/start lại")
        [after] = await exchange(api, "/kehoach")  # the edited /start got nothing
        [subscription] = app.bot_data.state.subscriptions()

    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in visible(corrected.text)
    assert "Có 2 nhiệm vụ (có hạn trong Quý II/2026)" in visible(due.text)
    assert visible(not_run.text).endswith("hãy gửi lại thành tin mới.")
    assert subscription.agency == "Sở KH&CN"
    assert "Có 1 kế hoạch" in visible(after.text)


async def test_a_user_who_blocked_the_bot_is_no_error(api, kb, caplog):
    api.block(USER)
    async with running(api, kb) as app:
        errors = app.error_handlers
        del errors[list(errors)[-1]]  # the harness's collector: the bot's handler decides
        with caplog.at_level(logging.INFO, logger="bot.app"):
            api.push_text("Ai chủ trì nhiệm vụ II.3?", user_id=USER)

            def logged() -> list[logging.LogRecord]:
                return [r for r in caplog.records if r.name == "bot.app"]

            [record] = await api.wait_for(logged, what="the bot's log line")

    assert (logging.INFO, None) == (record.levelno, record.exc_info)
    assert f"chat {USER} does not take messages" in record.getMessage()
    assert 1 == len(api.calls_to("sendMessage"))  # no apology to a chat that refuses all
