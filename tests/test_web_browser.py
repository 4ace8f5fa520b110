"""The site in a real browser: the Debian package chromium, driven by Playwright (never its
own downloaded browsers), against ``planbot web``'s server on a local port. JavaScript is
off: every page must work without it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from bot.web.app import create_app

from .webkit import NOW

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def site(web_library) -> Iterator[str]:
    """The site served by uvicorn on a free port of 127.0.0.1, as ``planbot web`` serves it."""
    # Protocol given, so asyncio sets TCP_NODELAY on its connections (else 40 ms a reply).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(web_library, clock=lambda: NOW), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def no_script_page(browser: Browser, viewport: dict, locale: str = "vi-VN") -> Page:
    context = browser.new_context(viewport=viewport, java_script_enabled=False, locale=locale)
    return context.new_page()


def box(page: Page, selector: str) -> dict:
    found = page.locator(selector).bounding_box()
    assert found, f"{selector} is not shown"
    return found


def test_a_visitor_searches_and_follows_the_answer_to_a_task(site, browser):
    page = no_script_page(browser, DESKTOP)
    page.goto(site + "/")
    assert "vi" == page.locator("html").get_attribute("lang")
    page.fill("#q", "Ai chủ trì nhiệm vụ II.3 kế hoạch 1169?")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/hoi?q=*")
    assert "Sở Khoa học và Công nghệ" in page.inner_text("article.answer")
    assert "Nguồn: Quyết định 1169/QĐ-UBND" in page.inner_text("article.answer .source")
    page.click("ul.task-links a")
    page.wait_for_url("**/kehoach/1169-qd-ubnd/nhiemvu/II.3")
    assert "Nhiệm vụ II.3" == page.inner_text("h1")
    assert "Sở Khoa học và Công nghệ" in page.inner_text("dl.card")
    page.click("p.crumbs a >> nth=0")  # back to the plan, then filter its table
    page.select_option("select[name=han]", "2026-q2")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/kehoach/1169-qd-ubnd?*han=2026-q2*")
    assert ["II.3", "II.5"] == page.locator("table.tasks td:first-child a").all_inner_texts()
    english = no_script_page(browser, DESKTOP, locale="en-US")
    english.goto(site + "/")
    assert "en" == english.locator("html").get_attribute("lang")
    assert "Upcoming sessions" in english.inner_text("main")
    # The stylesheet passed the Content-Security-Policy: the header has its colour.
    colour = page.eval_on_selector("header.top", "e => getComputedStyle(e).backgroundColor")
    assert "rgb(139, 26, 26)" == colour


def test_two_columns_on_a_desktop_one_on_a_phone(site, browser):
    desktop = no_script_page(browser, DESKTOP)
    desktop.goto(site + "/")
    plans, upcoming = box(desktop, "section.plans"), box(desktop, "section.upcoming")
    assert upcoming["x"] >= plans["x"] + plans["width"]  # side by side
    phone = no_script_page(browser, PHONE)
    for path in ("/", "/lich", "/kehoach/1169-qd-ubnd", "/kehoach/87-kh-ubnd/nhiemvu/II.2"):
        phone.goto(site + path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} scrolls sideways on a phone ({width}px)"
    phone.goto(site + "/")
    plans, upcoming = box(phone, "section.plans"), box(phone, "section.upcoming")
    assert plans["x"] == upcoming["x"] and upcoming["y"] >= plans["y"] + plans["height"]
    phone.goto(site + "/kehoach/1169-qd-ubnd")
    first, second = (box(phone, f"table.tasks tr >> nth={i} >> td >> nth=0") for i in (1, 2))
    assert first["x"] == second["x"] and second["y"] > first["y"]
    cells = [box(phone, f"table.tasks tr >> nth=1 >> td >> nth={i}") for i in range(4)]
    assert len({c["x"] for c in cells}) == 1  # a row's cells stack: one column
    assert phone.locator("table.tasks thead").is_hidden()
