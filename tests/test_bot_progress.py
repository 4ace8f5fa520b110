"""/tiendo sends a plan's timeline as a photo, the same picture as the web page; with
PLANBOT_PUBLIC_URL set, a task card links to the task's page on the site."""

from __future__ import annotations

import httpx

from bot.web.app import create_app
from bot.web.timeline import render, timeline
from knowledge.store import KnowledgeBase

from .botkit import USER, at, buttons, exchange, running, visible

CLOCK = (2026, 11, 24, 9, 0)
PUBLIC = "https://kehoach.example.gov.vn"


async def photo_after(api, text: str, *, user_id: int = USER):
    before = len(api.sent_photos)
    api.push_text(text, user_id=user_id)
    await api.wait_for(lambda: len(api.sent_photos) > before, what="a photo")
    return api.sent_photos[before]


async def test_the_timeline_comes_as_a_photo_identical_to_the_web_pages(api, two_plan_kb):
    async with running(api, two_plan_kb, clock=at(*CLOCK), public_url=PUBLIC):
        photo = await photo_after(api, "/tiendo 87")
        english = await photo_after(api, "/progress 87/kh-ubnd")
    kb = KnowledgeBase(two_plan_kb)
    plan = kb.plan_by_number("87/KH-UBND")
    line = timeline(plan.number, kb.tasks(plan_ids=[plan.id]), at(*CLOCK).now.date())
    assert render(line, "png", "vi") == photo.content
    app = create_app(two_plan_kb, clock=at(*CLOCK))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://site") as web:
        page_picture = (await web.get("/kehoach/87-kh-ubnd/tiendo.png")).content
    assert page_picture == photo.content
    due = sum(len(q.due) for q in line.quarters)
    assert (
        f"Tiến độ 87/KH-UBND: {len(line.overdue)} nhiệm vụ đã quá hạn, {due} nhiệm vụ còn hạn, "
        f"{line.undated} nhiệm vụ thường xuyên hoặc hằng năm.\n{PUBLIC}/kehoach/87-kh-ubnd"
    ) == photo.caption
    assert english.caption.startswith("87/KH-UBND: ")
    assert render(line, "png", "en") == english.content


async def test_tiendo_asks_which_plan_or_says_none_has_that_number(api, two_plan_kb):
    async with running(api, two_plan_kb, clock=at(*CLOCK)):
        [which] = await exchange(api, "/tiendo")
        [missing] = await exchange(api, "/tiendo 999")
    assert "Có 2 kế hoạch; chọn một: /tiendo 1169/QĐ-UBND, /tiendo 87/KH-UBND" == visible(
        which.text
    )
    assert visible(missing.text).startswith("Không có kế hoạch «999». Các kế hoạch: /tiendo 1169")
    assert [] == api.sent_photos


async def test_one_plan_needs_no_name(api, kb):
    async with running(api, kb, clock=at(*CLOCK)):
        photo = await photo_after(api, "/tiendo")
    assert photo.caption.startswith("Tiến độ 1169/QĐ-UBND: ")
    assert "http" not in photo.caption  # no site configured, no link


async def test_a_task_card_links_to_its_page_when_the_site_is_public(api, two_plan_kb):
    async with running(api, two_plan_kb, clock=at(*CLOCK), public_url=PUBLIC + "/"):
        [card] = await exchange(api, "Ai chủ trì nhiệm vụ II.3 kế hoạch 87/KH-UBND?")
        [listing] = await exchange(api, "Các nhiệm vụ nhóm II kế hoạch 87/KH-UBND")
    [web_button] = [b for row in card.reply_markup["inline_keyboard"] for b in row if "url" in b]
    assert ("Xem trên trang web", f"{PUBLIC}/kehoach/87-kh-ubnd/nhiemvu/II.3") == (
        web_button["text"],
        web_button["url"],
    )
    assert "Xem trên trang web" not in sum(buttons(listing), [])  # a list names many tasks
    app = create_app(two_plan_kb, clock=at(*CLOCK))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=PUBLIC) as web:
        page = await web.get(web_button["url"])
    assert 200 == page.status_code and "Nhiệm vụ II.3" in page.text


async def test_without_a_public_site_cards_have_no_link(api, kb):
    async with running(api, kb, clock=at(*CLOCK)):
        [card] = await exchange(api, "Ai chủ trì nhiệm vụ II.3?")
    assert all("url" not in b for row in card.reply_markup["inline_keyboard"] for b in row)
