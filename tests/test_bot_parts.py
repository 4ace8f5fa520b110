"""The bot's parts that need no Telegram: message formatting, the state file, the quota."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot import format
from bot.quota import Quota, Verdict
from bot.shared import VIETNAM
from bot.state import BotState
from knowledge.answer import Answer, Intent, Status, Suggestion, TaskRef

NOW = datetime(2026, 3, 2, 9, tzinfo=VIETNAM)
# Lines of words, markup characters and emoji (two UTF-16 units each), some very long.
WORDS = st.text(alphabet=st.sampled_from("aàệ<>&\"'🙂/"), min_size=1, max_size=30)
LINES = st.lists(
    st.tuples(st.sampled_from(["", "b", "i"]), st.lists(WORDS, max_size=40).map(" ".join)),
    max_size=30,
)


def shown(message: str) -> str:
    return re.sub(r"</?[bi]>", "", message).replace("&lt;", "<").replace("&gt;", ">")


@given(LINES, st.integers(min_value=40, max_value=200))
def test_split_messages_fit_and_lose_nothing(lines, limit):
    messages = format.html_messages(lines, limit)

    assert all(0 < len(m.encode("utf-16-le")) // 2 <= limit for m in messages)
    assert all(m.strip() for m in messages)
    original = "".join(text for _, text in lines)
    unescaped = "".join(shown(m) for m in messages).replace("&quot;", '"').replace("&#x27;", "'")
    assert re.sub(r"\s", "", unescaped.replace("&amp;", "&")) == re.sub(r"\s", "", original)


@given(LINES)
def test_lines_that_fit_are_never_cut(lines):
    messages = format.html_messages(lines, 4096)

    for style, text in lines:
        if text.strip():
            piece = format._styled(text, style)
            assert any(piece in m.split("\n") for m in messages)


def test_callback_data_fits_64_bytes_whatever_the_question(tmp_path):
    state = BotState(tmp_path / "state.db")
    long_plan = "1234/QĐ-UBND-SKHĐT-VPUBND-ĐBSCL"
    question = "Ai chủ trì nhiệm vụ đối thoại doanh nghiệp về tiêu chuẩn đo lường chất lượng? " * 3
    answers = [
        Answer(
            Status.FOUND,
            Intent.TASK,
            "Nhiệm vụ XIV.12",
            tasks=(TaskRef(long_plan, "XIV.12"),),
            lang=lang,
        )
        for lang in ("vi", "en")
    ] + [
        Answer(
            Status.AMBIGUOUS,
            Intent.LEAD,
            "Bạn hỏi kế hoạch nào?",
            suggestions=tuple(Suggestion(long_plan, f"{question} ({long_plan})") for _ in range(3)),
        ),
        Answer(
            Status.FOUND,
            Intent.AGENCY,
            "Có 30 nhiệm vụ",
            items=tuple(f"• {i}: {question}" for i in range(30)),
            tasks=tuple(TaskRef(long_plan, str(i)) for i in range(30)),
        ),
    ]
    keep = lambda payload: state.button_key(payload, NOW)  # noqa: E731
    messages = [
        m
        for a in answers
        for m in format.answer_messages(a, keep, same_deadline="6 tháng đầu năm 2026")
    ]

    data = [
        b.callback_data
        for m in messages
        if m.markup
        for row in m.markup.inline_keyboard
        for b in row
    ]
    assert len(data) == 5 + 5 + 3 + 1
    assert all(len(d.encode()) <= 64 for d in data)
    kind, key = data[0].split(":")
    assert (kind, state.button_payload(key)) == (
        "a",
        "Ai chủ trì nhiệm vụ XIV.12 (1234/QĐ-UBND-SKHĐT-VPUBND-ĐBSCL)?",
    )


def test_pages_show_eight_items_and_the_right_buttons(tmp_path):
    state = BotState(tmp_path / "state.db")
    answer = Answer(
        Status.FOUND,
        Intent.DUE,
        "Có 17 <nhiệm vụ>:",
        items=tuple(f"• {i}" for i in range(17)),
        footer="Nguồn: Kế hoạch 87/KH-UBND",
        tasks=tuple(TaskRef("87/KH-UBND", str(i)) for i in range(17)),
    )
    [first] = format.answer_messages(answer, lambda p: state.button_key(p, NOW))
    [[after]] = first.markup.inline_keyboard
    _, key, number = after.callback_data.split(":")
    paged = format.Paged.from_json(state.button_payload(key))
    last = format.page_message(paged, 99, key)  # a page beyond the end shows the last one

    assert first.html.splitlines()[0] == "<b>Có 17 &lt;nhiệm vụ&gt;:</b>"
    assert first.html.count("• ") == 8 and "<i>Trang 1/3</i>" in first.html
    assert (after.text, number) == ("Sau ›", "1")
    assert paged == format.Paged.of(answer)
    assert last.html.count("• ") == 1 and "Trang 3/3" in last.html
    assert [b.text for b in last.markup.inline_keyboard[0]] == ["‹ Trước"]
    assert "<i>Nguồn: Kế hoạch 87/KH-UBND</i>" in last.html


def test_state_keeps_the_unanswered_log_bounded(tmp_path):
    state = BotState(tmp_path / "state.db")
    for i in range(230):
        state.record_question(f"câu {i}", "unknown", "not_found", NOW, answered=False)
    state.record_question("Ai chủ trì I.3?", "lead", "found", NOW, answered=True)

    assert [q for _, q in state.unanswered(3)] == ["câu 229", "câu 228", "câu 227"]
    assert state.conn.execute("select count(*) from unanswered").fetchone()[0] == 200
    [day] = state.daily_stats(date(2026, 3, 2), 7)
    assert (day.asked, day.answered) == (231, 1)


def test_the_quota_allows_20_a_minute_and_says_wait_once():
    now = [NOW]
    quota = Quota(lambda: now[0])
    verdicts = [quota.check(1) for _ in range(23)]
    other = quota.check(2)
    now[0] += timedelta(seconds=30)
    still_over = quota.check(1)
    now[0] += timedelta(seconds=31)
    again = quota.check(1)
    now[0] += timedelta(minutes=5)
    quota.forget_idle()

    assert verdicts == [Verdict.ASK] * 20 + [Verdict.WAIT, Verdict.DROP, Verdict.DROP]
    assert (other, still_over, again) == (Verdict.ASK, Verdict.DROP, Verdict.ASK)
    assert quota._asked == {} and quota._told == {}


def test_an_update_counts_once_however_many_replies_it_gets():
    quota = Quota(lambda: NOW, per_minute=2)
    first = [quota.check(1, update_id=10) for _ in range(3)]  # /help: two replies and more
    second = quota.check(1, update_id=11)
    third = [quota.check(1, update_id=12), quota.check(1, update_id=12)]

    assert first == [Verdict.ASK] * 3 and second is Verdict.ASK
    assert third == [Verdict.WAIT, Verdict.DROP]  # the update over the limit is told once


def test_a_reminder_is_claimed_once_across_workers_sharing_the_state(tmp_path):
    one, two = BotState(tmp_path / "state.db"), BotState(tmp_path / "state.db")
    assert [True, False] == [one.claim_reminder(7, "k", NOW), two.claim_reminder(7, "k", NOW)]
    two.release_reminder(7, "k")  # the sending failed: the next run tries again
    assert two.claim_reminder(7, "k", NOW)


def test_long_lists_go_in_pages_and_passages_in_messages():
    plans = Answer(
        Status.FOUND,
        Intent.PLANS,
        "Các kế hoạch đang có:",
        items=tuple(f"• Kế hoạch {n}/KH-UBND — 6 nhiệm vụ" for n in range(20)),
    )
    passages = Answer(
        Status.FOUND, Intent.SECTION, "II. NHIỆM VỤ", items=tuple("chữ " * 100 for _ in range(20))
    )
    keep = lambda payload: "k"  # noqa: E731

    [page] = format.answer_messages(plans, keep)
    assert "Trang 1/3" in page.html and "Kế hoạch 7/KH" in page.html
    assert "Kế hoạch 8/KH" not in page.html
    assert [["Sau ›"]] == [[b.text for b in row] for row in page.markup.inline_keyboard]
    assert 1 < len(format.answer_messages(passages, keep))
