"""Admins' side of the bot: uploads, reload/rollback/removal, events, what users asked;
and everyone else refused, with nothing changed."""

from __future__ import annotations

import time

from bot.admin import INTENT_NAMES
from knowledge.answer import Intent
from knowledge.store import KnowledgeBase
from tests.botkit import (
    ADMIN,
    BOT,
    USER,
    exchange,
    plan_docx,
    running,
    visible,
)

QUESTION_87 = "Ai chủ trì nhiệm vụ I.1 của 87/KH-UBND?"
EVENT = "2026-12-15 08:30 | Đối thoại doanh nghiệp quý IV | Hội trường Sở KH&CN | I.3"


async def upload(api, content: bytes, name: str, *, user_id: int = ADMIN, **kw):
    """Send a document; the bot's reply to it."""
    before = len([m for m in api.sent_messages if m.chat_id == kw.get("chat_id", user_id)])
    api.push_document(content, name, user_id=user_id, **kw)
    sent = await api.wait_for_messages(before + 1, chat_id=kw.get("chat_id", user_id))
    return sent[before]


async def test_admin_uploads_a_plan_and_a_broken_file(api, kb):
    async with running(api, kb):
        [before] = await exchange(api, "/kehoach")
        added = await upload(api, plan_docx(), "ke-hoach-87.docx")
        [after] = await exchange(api, QUESTION_87)
        broken = await upload(api, b"PK\x03\x04 not really a docx", "hong.docx")
        [still] = await exchange(api, QUESTION_87)
        not_a_plan = await upload(api, b"PK\x03\x04 a spreadsheet", "ke-hoach.xlsx")
        revised = await upload(api, plan_docx(lead="Sở Thông tin và Truyền thông"), "87-v2.docx")
        [changed] = await exchange(api, QUESTION_87)
        [removed] = await exchange(api, "/xoakehoach 87/KH-UBND", user_id=ADMIN)
        [gone] = await exchange(api, "/kehoach")
        [rolled_back] = await exchange(api, "/rollback", user_id=ADMIN)
        [back] = await exchange(api, QUESTION_87)
        [reloaded] = await exchange(api, "/reload", user_id=ADMIN)

    assert "Có 1 kế hoạch" in visible(before.text)
    assert "Đã nạp ke-hoach-87.docx: 87/KH-UBND" in visible(added.text)
    assert "87/KH-UBND: kế hoạch mới." in visible(added.text)
    assert "Cơ quan chủ trì: Công an tỉnh" in visible(after.text)
    assert visible(broken.text).startswith("Không nạp được hong.docx:")
    assert "Cơ sở tri thức cũ vẫn đang được dùng." in visible(broken.text)
    assert "Cơ quan chủ trì: Công an tỉnh" in visible(still.text)
    assert "chỉ nhận kế hoạch dạng .txt, .docx hoặc .pdf" in visible(not_a_plan.text)
    assert "sửa I.1, Chủ trì: «Công an tỉnh» → «Sở Thông tin và Truyền thông»" in visible(
        revised.text
    )
    assert "Cơ quan chủ trì: Sở Thông tin và Truyền thông" in visible(changed.text)
    assert "Đã xoá kế hoạch 87/KH-UBND." in visible(removed.text)
    assert "Có 1 kế hoạch" in visible(gone.text)
    assert "Đã quay lại phiên bản trước" in visible(rolled_back.text)
    assert "Cơ quan chủ trì: Sở Thông tin và Truyền thông" in visible(back.text)
    assert "Đã nạp lại toàn bộ kế hoạch." in visible(reloaded.text)
    assert [p.number for p in KnowledgeBase(kb).plans()] == ["1169/QĐ-UBND", "87/KH-UBND"]


async def test_non_admins_are_refused_and_nothing_changes(api, kb):
    original = kb.read_bytes()
    group = dict(chat_id=-700, chat_type="group")
    admin_user = {"id": ADMIN, "is_bot": False, "first_name": "Admin"}
    async with running(api, kb):
        for command in (
            "/reload",
            "/rollback",
            "/xoakehoach 1169/QĐ-UBND",
            f"/sukien_them {EVENT}",
        ):
            await exchange(api, command)
        await exchange(api, "/thongke")
        await upload(api, plan_docx(), "87.docx", user_id=USER)
        await exchange(api, f"/reload@{BOT}", **group)
        await upload(api, plan_docx(), "87.docx", user_id=USER, caption=f"@{BOT}", **group)
        # A non-admin forwarding an admin's command: the one who forwards is the one asking.
        forwarded = api.make_message(
            user_id=USER,
            text="/xoakehoach 1169/QĐ-UBND",
            entities=[{"type": "bot_command", "offset": 0, "length": 11}],
            forward_origin={"type": "user", "sender_user": admin_user, "date": int(time.time())},
        )
        api.push_update({"message": forwarded})
        await api.wait_for_messages(7, chat_id=USER)
        # An admin's edited command would replay a change: it is not run either.
        edited = api.make_message(
            user_id=ADMIN,
            text="/reload",
            entities=[{"type": "bot_command", "offset": 0, "length": 7}],
            edit_date=int(time.time()),
        )
        api.push_update({"edited_message": edited})
        [not_run] = await api.wait_for_messages(1, chat_id=ADMIN)

    refusals = [m for m in api.sent_messages if m.chat_id in (USER, -700)]
    assert len(refusals) == 9
    assert all(visible(m.text).startswith("Xin lỗi, chỉ quản trị viên") for m in refusals)
    assert "gửi lại thành tin mới" in visible(not_run.text)
    assert kb.read_bytes() == original  # no rebuild, no event, no removal
    assert not (kb.parent / "uploads").exists() and not api.calls_to("getFile")
    assert KnowledgeBase(kb).events() == []


async def test_events_are_added_listed_shown_as_a_calendar_and_removed(api, kb):
    async with running(api, kb):
        [added] = await exchange(api, f"/sukien_them {EVENT}", user_id=ADMIN)
        [past] = await exchange(api, "/sukien_them 2026-01-10 09:00 | Đối thoại", user_id=ADMIN)
        [no_time] = await exchange(api, "/sukien_them 2026-12-20 | Đối thoại", user_id=ADMIN)
        await exchange(api, "/sukien_them 2026-03-02 07:00 | Đối thoại sáng nay", user_id=ADMIN)
        [bad_date] = await exchange(api, "/sukien_them 2026-13-45 | Họp", user_id=ADMIN)
        [bad_task] = await exchange(
            api, "/sukien_them 2026-12-20 09:00 | Họp | | IX.9", user_id=ADMIN
        )
        [schedule] = await exchange(api, "/lichdoithoai")
        [free_text] = await exchange(api, "Lịch đối thoại doanh nghiệp")
        [english] = await exchange(api, "When is the business dialogue?")
        api.push_text("/lichdoithoai ics", user_id=USER)
        calendar = await api.wait_for(lambda: api.sent_documents, what="the .ics file")
        [listed] = await exchange(api, "/sukien", user_id=ADMIN)
        [deleted] = await exchange(api, "/sukien_xoa 1", user_id=ADMIN)
        [missing] = await exchange(api, "/sukien_xoa 1", user_id=ADMIN)
        await exchange(api, "/sukien_xoa 2", user_id=ADMIN)
        [empty] = await exchange(api, "/lichdoithoai")
        [no_file] = await exchange(api, "/schedule ics")

    assert "Đã thêm sự kiện #1: 15/12/2026 08:30 — Đối thoại doanh nghiệp quý IV" in added.text
    assert "không hợp lệ" in visible(bad_date.text)
    assert visible(past.text).startswith("Ngày 10/01/2026 đã qua (hôm nay là 02/03/2026)")
    assert visible(no_time.text).startswith("Thiếu giờ bắt đầu: viết như 2026-12-20 08:30")
    assert "Không có nhiệm vụ IX.9" in visible(bad_task.text)
    shown = visible(schedule.text)
    assert "I.3: Tổ chức định kỳ đối thoại với doanh nghiệp" in shown
    assert "Cơ quan chủ trì: Sở Khoa học và Công nghệ" in shown
    assert (
        "• 15/12/2026 08:30 — Đối thoại doanh nghiệp quý IV tại Hội trường Sở KH&CN (nhiệm vụ I.3)"
        in shown
    )
    assert "02/03/2026 07:00 — Đối thoại sáng nay" in shown  # today's events are still shown
    assert visible(free_text.text) == shown
    assert "Upcoming sessions:" in visible(english.text)
    [ics] = calendar
    assert ics.filename == "lich-doi-thoai.ics"
    body = ics.content.decode()
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20261215T083000" in body
    assert "SUMMARY:Đối thoại doanh nghiệp quý IV" in body
    assert body.count("BEGIN:VEVENT") == 2
    assert "#1 — 15/12/2026 08:30" in listed.text and "#2 — 02/03/2026 07:00" in listed.text
    assert deleted.text == "Đã xóa sự kiện #1." and missing.text == "Không có sự kiện #1."
    assert "Chưa có lịch đối thoại cụ thể sắp tới." in visible(empty.text)
    assert "no calendar to send" in no_file.text or "chưa có tệp lịch" in no_file.text


async def test_admins_see_unanswered_questions_and_daily_statistics(api, kb):
    async with running(api, kb):
        await exchange(api, "Ai chủ trì nhiệm vụ II.3?")
        await exchange(api, "Nhiệm vụ nào đến hạn Q2/2026?")
        await exchange(api, "Ai chủ trì nhiệm vụ I.3?", user_id=77)
        await exchange(api, "Giá vàng hôm nay bao nhiêu?")
        [unanswered] = await exchange(api, "/chuatraloi", user_id=ADMIN)
        [stats] = await exchange(api, "/thongke", user_id=ADMIN)

    assert "02/03 09:00 — Giá vàng hôm nay bao nhiêu?" in visible(unanswered.text)
    assert "Ai chủ trì" not in unanswered.text
    text = visible(stats.text)
    assert "02/03/2026: 4 câu, trả lời được 75%" in text
    assert (
        "Loại câu hỏi nhiều nhất: ai chủ trì (2), nhiệm vụ theo hạn (1), không hiểu câu hỏi (1)"
        in text
    )


def test_every_intent_has_a_name_in_the_statistics():
    assert set(INTENT_NAMES) == set(Intent)


async def test_english_users_are_refused_in_english(api, kb):
    api.set_language(USER, "en")
    async with running(api, kb):
        [refused] = await exchange(api, "/reload")
        refused_upload = await upload(api, plan_docx(), "87.docx", user_id=USER)
        [unsubscribed] = await exchange(api, "/huydangky")

    assert refused.text == "Sorry, only administrators can use this command."
    assert refused_upload.text == "Sorry, only administrators can load plans."
    assert unsubscribed.text == "This chat is not subscribed to reminders."


async def test_what_the_indexer_says_about_a_bad_file_reaches_the_admin_escaped(api, kb):
    name = '<a href="http://x">hỏng</a>.docx'
    async with running(api, kb):
        broken = await upload(api, b"PK\x03\x04 <b>not</b> a docx", name)

    text = visible(broken.text)  # fails on any tag the bot did not write
    assert text.startswith(f"Không nạp được {name}:")


async def test_events_and_unanswered_questions_survive_a_restart(api, kb):
    async with running(api, kb):
        await exchange(api, f"/sukien_them {EVENT}", user_id=ADMIN)
        await exchange(api, "Giá vàng hôm nay bao nhiêu?")
    async with running(api, kb):
        [events] = await exchange(api, "/sukien", user_id=ADMIN)
        [unanswered] = await exchange(api, "/chuatraloi", user_id=ADMIN)

    assert "Đối thoại doanh nghiệp quý IV" in visible(events.text)
    assert "Giá vàng hôm nay bao nhiêu?" in visible(unanswered.text)


async def test_an_event_goes_with_its_plan_everywhere_and_comes_back_with_it(api, two_plan_kb):
    event = "2026-12-15 08:30 | Đối thoại Tây An | Hội trường | 87/KH-UBND II.2"
    async with running(api, two_plan_kb):
        await exchange(api, f"/sukien_them {event}", user_id=ADMIN)
        [listed] = await exchange(api, "/sukien", user_id=ADMIN)
        [removed] = await exchange(api, "/xoakehoach 87/KH-UBND", user_id=ADMIN)
        [none_listed] = await exchange(api, "/sukien", user_id=ADMIN)
        [no_schedule] = await exchange(api, "/lichdoithoai")
        [no_file] = await exchange(api, "/lichdoithoai ics")
        await exchange(api, "/rollback", user_id=ADMIN)
        [back] = await exchange(api, "/sukien", user_id=ADMIN)

    assert "#1 — 15/12/2026 08:30 — Đối thoại Tây An — Hội trường — nhiệm vụ II.2 (87/KH-UBND)" in (
        visible(listed.text)
    )
    assert "Đã xoá 1 sự kiện của kế hoạch không còn nạp:" in visible(removed.text)
    assert visible(none_listed.text) == "Chưa có sự kiện nào."
    assert "Đối thoại Tây An" not in visible(no_schedule.text)
    assert "chưa có tệp lịch" in visible(no_file.text) and api.sent_documents == []
    assert "Đối thoại Tây An" in visible(back.text)


async def test_a_refused_upload_names_its_file_once(api, kb):
    async with running(api, kb):
        empty = await upload(api, b"", "empty.txt")
        binary = await upload(api, b"\x00\x01\x02" * 100, "anh.txt")

    assert "Không nạp được empty.txt: tệp trống\nCơ sở tri thức cũ vẫn đang được dùng." == (
        visible(empty.text)
    )
    assert visible(binary.text).startswith("Không nạp được anh.txt: ")
    assert 1 == visible(binary.text).count("anh.txt")
