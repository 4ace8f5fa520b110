"""Command arguments: each command understands its argument or says what it could not read,
in the user's language."""

from __future__ import annotations

from datetime import date

import pytest

from bot.command_args import DEADLINE_FORMS
from knowledge.engine import Engine
from knowledge.store import KnowledgeBase
from tests.botkit import USER, buttons, exchange, press, running, visible

TODAY = date(2026, 3, 2)  # the clock of botkit.running
VI_FORMS = (
    "/han Q2/2026 · /han quý 2 · /han tháng 7/2026 · /han năm 2026 · /han trước 30/6/2026 · "
    "/han quý này · /han 3 tháng tới · /han sắp đến hạn · /han quá hạn"
)
EN_FORMS = (
    "/due Q2/2026 · /due quarter 2 · /due July 2026 · /due 2026 · /due by 30/6/2026 · "
    "/due this quarter · /due next 3 months · /due upcoming · /due overdue"
)


VI_REFUSAL = "Tôi không đọc được thời hạn «{}». Hãy viết thời hạn như: " + VI_FORMS
EN_REFUSAL = "I could not read the deadline “{}”. Write it like: " + EN_FORMS


@pytest.mark.parametrize(
    ("typed", "telegram_lang", "expected"),
    [
        ("/han hôm qua", "", VI_REFUSAL.format("hôm qua")),
        ("/han Q5/2026", "", VI_REFUSAL.format("Q5/2026")),
        ("/han tháng 13/2026", "", VI_REFUSAL.format("tháng 13/2026")),
        ("/han quý 5", "", VI_REFUSAL.format("quý 5")),
        ("/han abc", "", VI_REFUSAL.format("abc")),
        ("/han Sở KH&CN tháng 13", "", VI_REFUSAL.format("Sở KH&CN tháng 13")),
        ("/due yesterday", "", EN_REFUSAL.format("yesterday")),
        ("/due Q5/2026", "", EN_REFUSAL.format("Q5/2026")),
        ("/due month 13/2026", "", EN_REFUSAL.format("month 13/2026")),
        ("/han hôm qua", "en", EN_REFUSAL.replace("/due ", "/han ").format("hôm qua")),
    ],
)
async def test_han_says_which_deadline_it_could_not_read(api, kb, typed, telegram_lang, expected):
    if telegram_lang:
        api.set_language(USER, telegram_lang)
    async with running(api, kb):
        [reply] = await exchange(api, typed)

    assert expected == visible(reply.text)


@pytest.mark.parametrize(
    ("command", "form", "lang"),
    [("han", vi, "vi") for vi, _ in DEADLINE_FORMS]
    + [("due", en, "en") for _, en in DEADLINE_FORMS],
)
async def test_every_deadline_form_han_shows_is_answered(api, kb, command, form, lang):
    """The forms the refusal lists are read by the engine: the reply is its answer."""
    form = form.format(y=TODAY.year)
    asked = {"han": "Nhiệm vụ nào đến hạn {}?", "due": "Which tasks are due {}?"}[command]
    expected = Engine(KnowledgeBase(kb)).answer(asked.format(form), today=TODAY, lang=lang).text
    async with running(api, kb):
        [reply] = await exchange(api, f"/{command} {form}")

    assert expected == visible(reply.text)


@pytest.mark.parametrize(
    ("typed", "asked", "lang"),
    [
        ("/han Q2/2026", "Nhiệm vụ nào đến hạn Q2/2026?", "vi"),
        ("/han 2026", "Nhiệm vụ nào đến hạn năm 2026?", "vi"),
        ("/due 2026", "Which tasks are due in 2026?", "en"),
        ("/han Sở KH&CN", "Sở KH&CN có nhiệm vụ nào sắp đến hạn?", "vi"),
        ("/due Sở KH&CN", "Which tasks of Sở KH&CN are due next?", "en"),
        ("/han 1169/QĐ-UBND", "Nhiệm vụ nào sắp đến hạn?", "vi"),
        ("/han Sở KH&CN quý 2/2026", "Sở KH&CN có nhiệm vụ nào đến hạn quý 2/2026?", "vi"),
        ("/coquan Cong an tinhh", "Nhiệm vụ của Công an tỉnh", "vi"),
        ("/coquan Sở KH&CN quý 2/2026", "Nhiệm vụ của Sở KH&CN quý 2/2026", "vi"),
        ("/agency Sở KH&CN", "Tasks of Sở KH&CN", "en"),
    ],
)
async def test_an_argument_the_command_reads_gets_the_engines_answer(api, kb, typed, asked, lang):
    expected = Engine(KnowledgeBase(kb)).answer(asked, today=TODAY, lang=lang)
    async with running(api, kb):
        [reply] = await exchange(api, typed)

    assert expected.status.value == "found"
    assert expected.title == visible(reply.text).splitlines()[0]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "/coquan Sở Du lịch",
            "Không thấy cơ quan «Sở Du lịch» trong các kế hoạch. Viết tên như trong kế hoạch, "
            "vd. /coquan Sở Khoa học và Công nghệ.",
        ),
        (
            "/coquan tuyên truyền",  # a topic of the plan, but no agency
            "Không thấy cơ quan «tuyên truyền» trong các kế hoạch. Viết tên như trong kế hoạch, "
            "vd. /coquan Sở Khoa học và Công nghệ.",
        ),
        (
            "/agency Department of Tourism",
            "No agency “Department of Tourism” in the plans. Write its name as the plan does, "
            "e.g. /agency Sở Khoa học và Công nghệ.",
        ),
    ],
)
async def test_coquan_says_when_no_plan_names_the_agency(api, kb, typed, expected):
    async with running(api, kb):
        [reply] = await exchange(api, typed)

    assert expected == visible(reply.text).splitlines()[0]


@pytest.mark.parametrize(
    ("typed", "expected", "offered"),
    [
        (
            "/nhiemvu XYZ",
            "Không có nhiệm vụ «XYZ» trong các kế hoạch. Mã nhiệm vụ viết như: I.1, I.2, I.3, I.4",
            ["I.1", "I.2", "I.3", "I.4"],
        ),
        (
            "/nhiemvu II,3",
            "Không có nhiệm vụ «II,3» trong các kế hoạch. Các nhiệm vụ gần nhất: "
            "II.3, III.3, I.3, II.1",
            ["II.3", "III.3", "I.3", "II.1"],
        ),
        (
            "/task XYZ",
            "There is no task “XYZ” in the plans. Task ids look like: I.1, I.2, I.3, I.4",
            ["I.1", "I.2", "I.3", "I.4"],
        ),
        (
            "/nhiemvu II.9",  # an id the engine reads: its own answer, with the nearest ids
            "Không có nhiệm vụ II.9 trong Quyết định 1169/QĐ-UBND. Các nhiệm vụ gần nhất: "
            "II.8, II.7, II.6, II.5",
            ["II.8", "II.7", "II.6", "II.5"],
        ),
        (
            "/task II.9",
            "There is no task II.9 in Quyết định 1169/QĐ-UBND. Nearest: II.8, II.7, II.6, II.5",
            ["II.8", "II.7", "II.6", "II.5"],
        ),
    ],
)
async def test_nhiemvu_says_there_is_no_such_task(api, kb, typed, expected, offered):
    async with running(api, kb):
        [reply] = await exchange(api, typed)

    assert (expected, [[ref] for ref in offered]) == (visible(reply.text), buttons(reply))


async def test_a_suggested_task_button_shows_that_task(api, kb):
    async with running(api, kb):
        [reply] = await exchange(api, "/task XYZ")
        [card] = await press(api, reply, "I.2")

    assert visible(card.text).startswith("Task I.2 (1169/QĐ-UBND)")


@pytest.mark.parametrize(
    ("typed", "telegram_lang", "asked", "lang"),
    [
        ("/search truy xuất nguồn gốc", "", "Tasks about truy xuất nguồn gốc", "en"),
        ("/timkiem truy xuất nguồn gốc", "", "Nhiệm vụ về truy xuất nguồn gốc", "vi"),
        ("/timkiem truy xuất nguồn gốc", "en", "Nhiệm vụ về truy xuất nguồn gốc", "en"),
        ("/agency Công an tỉnh", "", "Tasks of Công an tỉnh", "en"),
        ("/coquan Công an tỉnh", "", "Nhiệm vụ của Công an tỉnh", "vi"),
        ("/coquan Công an tỉnh", "en", "Nhiệm vụ của Công an tỉnh", "en"),
        ("/task II.3", "", "Task II.3", "en"),
        ("/plans", "", "Which plans are loaded?", "en"),
        ("/kehoach", "", "Các kế hoạch đang có", "vi"),
    ],
)
async def test_commands_answer_in_the_users_language(api, kb, typed, telegram_lang, asked, lang):
    """An English command, or a user whose Telegram is in English, gets English."""
    engine = Engine(KnowledgeBase(kb))
    expected = engine.answer(asked, today=TODAY, lang=lang).text
    other = engine.answer(asked, today=TODAY, lang="vi" if lang == "en" else "en").text
    if telegram_lang:
        api.set_language(USER, telegram_lang)
    async with running(api, kb):
        [reply] = await exchange(api, typed)

    assert expected != other  # the two languages' answers differ, so the test can tell
    assert expected == visible(reply.text)
