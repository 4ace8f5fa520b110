"""The web site in-process: every route, escaping, the JSON answer, the calendar, the
timeline's data, the rate limit, languages, and bad input, which gets a page, never a
traceback."""

from __future__ import annotations

import os
import re
import shutil
import tomllib
from datetime import date, datetime
from fnmatch import fnmatch
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

import pytest
from icalendar import Calendar

from bot.web import timeline
from bot.web.app import MAX_QUERY, create_app
from bot.web.guard import CSP
from indexer.build import build
from knowledge.engine import Engine
from knowledge.periods import RECURRING, Kind
from knowledge.store import KnowledgeBase

from .conftest import SEED, TAY_AN
from .webkit import NOW, SESSIONS, client_for

SEED_PLAN = "/kehoach/1169-qd-ubnd"
TAY_AN_PLAN = "/kehoach/87-kh-ubnd"
TODAY = NOW.date()


def text_of(html: str) -> str:
    """What a reader sees: the text, tags out, entities read."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', html)]


def due_refs(kb: KnowledgeBase, plan_number: str, first: date, last: date) -> set[str]:
    """Tasks whose single last day falls in [first, last], read from the store directly."""
    plan = kb.plan_by_number(plan_number)
    return {
        t.ref
        for t in kb.tasks(plan_ids=[plan.id])
        if t.period
        and t.period.kind not in RECURRING | {Kind.AFTER}
        and first <= t.period.end <= last
    }


@pytest.mark.parametrize(
    ("expected_type", "path"),
    [
        ("text/html", "/"),
        ("text/html", "/hoi?q=Ai+chủ+trì+nhiệm+vụ+II.3"),
        ("text/html", SEED_PLAN),
        ("text/html", f"{SEED_PLAN}?han=2026-q2"),
        ("text/html", f"{SEED_PLAN}/nhiemvu/II.3"),
        ("text/html", "/lich"),
        ("text/calendar", "/lich.ics"),
        ("image/png", f"{SEED_PLAN}/tiendo.png"),
        ("image/svg+xml", f"{SEED_PLAN}/tiendo.svg"),
        ("application/json", "/healthz"),
        ("text/css", "/static/site.css"),
    ],
)
async def test_every_route_answers_with_its_type_and_the_security_headers(web, expected_type, path):
    response = await web.get(path)
    assert 200 == response.status_code
    assert expected_type == response.headers["content-type"].split(";")[0]
    assert CSP == response.headers["content-security-policy"]
    assert "nosniff" == response.headers["x-content-type-options"]
    if expected_type == "text/html":
        assert '<html lang="vi">' in response.text
        assert "<script" not in response.text  # no page needs JavaScript


async def test_home_lists_the_plans_the_next_sessions_and_a_search_box(web):
    page = (await web.get("/")).text
    shown = text_of(page)
    assert "Quyết định 1169/QĐ-UBND" in shown and "87/KH-UBND" in shown
    assert {SEED_PLAN, TAY_AN_PLAN} <= set(links(page))
    assert "Đối thoại doanh nghiệp quý IV" in shown
    assert "Đối thoại quý I " not in shown  # held in March: past, not next
    assert '<form class="search" action="/hoi" method="get"' in page
    assert f"{SEED_PLAN}/nhiemvu/I.3" in links(page)  # the session's task


async def test_the_answer_page_shows_the_answer_its_source_and_links_to_its_tasks(web, web_library):
    question = "Ai chủ trì nhiệm vụ II.3 kế hoạch 1169?"
    page = await web.get("/hoi", params={"q": question})
    answer = Engine(KnowledgeBase(web_library)).answer(question, today=TODAY)
    shown = text_of(page.text)
    assert answer.title in shown and answer.footer in shown
    assert answer.footer.startswith("Nguồn:")
    link = f"{SEED_PLAN}/nhiemvu/II.3"
    assert link in links(page.text)
    task = await web.get(link)
    assert 200 == task.status_code
    assert "Sở Khoa học và Công nghệ" in text_of(task.text)
    for suggestion in answer.suggestions:
        assert "/hoi?" + urlencode({"q": suggestion.query}) in links(page.text)


async def test_with_accept_json_the_answer_is_the_engines_json(web, web_library):
    question = "Nhiệm vụ nào đến hạn Quý II/2026 trong kế hoạch 87/KH-UBND?"
    response = await web.get("/hoi", params={"q": question}, headers={"Accept": "application/json"})
    expected = Engine(KnowledgeBase(web_library)).answer(question, today=TODAY).to_json()
    body = response.json()
    assert "application/json" == response.headers["content-type"]
    assert expected == {k: v for k, v in body.items() if k != "links"}
    assert {f"87/KH-UBND {r}": f"{TAY_AN_PLAN}/nhiemvu/{r}" for r in expected["tasks"]} == body[
        "links"
    ]
    assert expected["tasks"]


async def test_user_text_is_escaped_everywhere(web):
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    page = await web.get("/hoi", params={"q": attack})
    assert 200 == page.status_code
    assert "<script>" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;" in page.text
    for path in (
        f"{SEED_PLAN}?nhom={attack}",
        f"/kehoach/{attack}",
        f"{SEED_PLAN}/nhiemvu/{attack}",
    ):
        response = await web.get(path)
        assert response.status_code in (400, 404)
        assert "<script>" not in response.text and "<img src=x" not in response.text
    schedule = (await web.get("/lich")).text  # an admin's event title holds markup
    assert "Gặp gỡ &lt;b&gt;doanh nghiệp&lt;/b&gt; &amp; hợp tác xã" in schedule


@pytest.mark.parametrize(
    "question", ["\x00\x01\x02", "\ufffe\ud7ff" + "💥" * 100, "%00%FF", "' OR 1=1 --", '"II.3']
)
async def test_odd_questions_get_an_answer_page(web, question):
    response = await web.get("/hoi", params={"q": question})
    assert 200 == response.status_code
    assert '<article class="answer' in response.text


@pytest.mark.parametrize(
    ("status", "path", "message"),
    [
        (400, "/hoi?q=" + "a" * (MAX_QUERY + 1), f"tối đa {MAX_QUERY} ký tự"),
        (400, "/hoi?q=" + "x" * 50_000, "Câu hỏi quá dài"),
        (400, "/hoi?q=%20%20", "Hãy nhập một câu hỏi"),
        (400, "/hoi", "Hãy nhập một câu hỏi"),
        (404, "/kehoach/9999-kh-ubnd", "Không có kế hoạch «9999-kh-ubnd»"),
        (404, f"{SEED_PLAN}/nhiemvu/IX.9", "Kế hoạch 1169/QĐ-UBND không có nhiệm vụ «IX.9»"),
        (404, f"{SEED_PLAN}/tiendo.gif", "Không tìm thấy trang này"),
        (404, "/khong-co", "Không tìm thấy trang này"),
        (400, f"{SEED_PLAN}?han=2026-q5", "«2026-q5» không hợp lệ cho «han»"),
        (400, f"{SEED_PLAN}?han=sắp tới", "không hợp lệ cho «han»"),
        (400, f"{SEED_PLAN}?nhom=IX", "«IX» không hợp lệ cho «nhom»"),
        (400, f"{SEED_PLAN}?coquan=Sở Không Có", "không hợp lệ cho «coquan»"),
        (400, f"{TAY_AN_PLAN}?coquan=Báo Bình Dương", "không hợp lệ cho «coquan»"),
    ],
)
async def test_bad_input_gets_an_error_page_that_says_why(web, status, path, message):
    response = await web.get(path)
    assert status == response.status_code
    assert message in text_of(response.text)
    assert "Traceback" not in response.text and CSP == response.headers["content-security-policy"]


async def test_errors_come_as_json_to_json_clients(web):
    response = await web.get("/hoi", params={"q": ""}, headers={"Accept": "application/json"})
    assert (400, {"error": "Hãy nhập một câu hỏi."}) == (response.status_code, response.json())


async def test_the_site_is_read_only(web, web_library):
    before = web_library.stat().st_mtime_ns, web_library.read_bytes()
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        for path in ("/", "/hoi?q=x", SEED_PLAN, "/lich.ics"):
            assert 405 == (await web.request(method, path)).status_code
    for path in ("/", "/hoi?q=Lịch+đối+thoại", SEED_PLAN, "/lich", "/lich.ics", "/healthz"):
        await web.get(path)
    assert before == (web_library.stat().st_mtime_ns, web_library.read_bytes())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # A deadline by quarter, by year, overdue; a group; and the three together.
        (
            "han=2026-q2",
            lambda kb: due_refs(kb, "1169/QĐ-UBND", date(2026, 4, 1), date(2026, 6, 30)),
        ),
        ("han=2026", lambda kb: due_refs(kb, "1169/QĐ-UBND", date(2026, 1, 1), date(2026, 12, 31))),
        ("han=qua-han", lambda kb: due_refs(kb, "1169/QĐ-UBND", date.min, date(2026, 11, 23))),
        ("nhom=II", lambda kb: {t.ref for t in kb.tasks(group="II", plan_ids=[1])}),
        (
            "nhom=II&han=2026&coquan=Sở Khoa học và Công nghệ",
            lambda kb: (
                due_refs(kb, "1169/QĐ-UBND", date(2026, 1, 1), date(2026, 12, 31))
                & {t.ref for t in kb.tasks(group="II", plan_ids=[1])}
            ),
        ),
    ],
)
async def test_the_plan_table_filters_by_shareable_query_parameters(
    web, web_library, query, expected
):
    page = (await web.get(f"{SEED_PLAN}?{query}")).text
    shown = set(re.findall(r'<td data-label="Nhiệm vụ"><a href="[^"]+">([^<]+)</a>', page))
    assert expected(KnowledgeBase(web_library)) == shown
    assert shown, "each filter here matches some tasks"
    for name, value in (pair.split("=") for pair in query.split("&")):
        assert re.search(f'<option value="{re.escape(value)}" selected>', page), name


async def test_an_agency_filter_keeps_the_tasks_that_name_it_in_any_role(web, web_library):
    page = (await web.get(TAY_AN_PLAN, params={"coquan": "Công an tỉnh"})).text
    shown = set(re.findall(r'<td data-label="Nhiệm vụ"><a href="[^"]+">([^<]+)</a>', page))
    kb = KnowledgeBase(web_library)
    tasks = kb.tasks(plan_ids=[kb.plan_by_number("87/KH-UBND").id])
    naming = {t.ref for t in tasks if "Công an tỉnh" in f"{t.lead} {t.coord} {t.director}"}
    assert naming == shown
    assert 0 < len(shown) < len(tasks)
    assert f"Hiện {len(shown)}/{len(tasks)} nhiệm vụ" in text_of(page)


async def test_a_period_in_which_nothing_is_due_is_an_empty_table(web):
    page = await web.get(SEED_PLAN, params={"han": "2031-q1"})
    assert 200 == page.status_code
    assert "Không có nhiệm vụ nào khớp bộ lọc." in text_of(page.text)


async def test_a_task_page_is_its_card_with_the_plans_headers(web):
    page = (await web.get(f"{TAY_AN_PLAN}/nhiemvu/II.2")).text
    shown = text_of(page)
    assert "Nhiệm vụ II.2" in shown
    assert "(đã qua hạn 30/06/2026)" in shown
    assert "Nguồn: Kế hoạch 87/KH-UBND, Phụ lục, nhiệm vụ II.2" in shown  # as answers cite
    assert f"{TAY_AN_PLAN}?nhom=II" in links(page)
    lowered = (await web.get(f"{TAY_AN_PLAN}/nhiemvu/ii.2")).text
    assert text_of(lowered) == shown  # the id as the plan writes it, or in any case
    session = text_of((await web.get(f"{SEED_PLAN}/nhiemvu/I.3")).text)
    assert "15/12/2026 08:30 Đối thoại doanh nghiệp quý IV" in session


async def test_the_schedule_splits_upcoming_and_past_sessions(web):
    page = text_of((await web.get("/lich")).text)
    upcoming, _, past = page.partition("Phiên đã diễn ra")
    assert "Đối thoại doanh nghiệp quý IV" in upcoming and "Gặp gỡ" in upcoming
    assert "10/03/2026 14:00 Đối thoại quý I" in past
    assert upcoming.index("15/12/2026") < upcoming.index("20/01/2027")
    assert "http://testserver/lich.ics" in page


async def test_the_calendar_feed_round_trips_through_icalendar(web, web_library):
    first = (await web.get("/lich.ics")).content
    calendar = Calendar.from_ical(first)
    [zone] = calendar.walk("VTIMEZONE")
    assert "Asia/Ho_Chi_Minh" == str(zone["tzid"])
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert {s[1] for s in SESSIONS} == set(events)
    dialogue = events["Đối thoại doanh nghiệp quý IV"]
    start = dialogue.decoded("dtstart")
    assert (datetime(2026, 12, 15, 8, 30), "Asia/Ho_Chi_Minh") == (
        start.replace(tzinfo=None),
        str(start.tzinfo),
    )
    assert 7 * 3600 == start.utcoffset().total_seconds()
    assert "Sở KH&CN" == str(dialogue["location"])
    assert "Nhiệm vụ I.3 (1169/QĐ-UBND)" == str(dialogue["description"])
    again = Calendar.from_ical((await web.get("/lich.ics")).content)
    assert [str(e["uid"]) for e in calendar.walk("VEVENT")] == [
        str(e["uid"]) for e in again.walk("VEVENT")
    ]


async def test_the_calendar_follows_events_added_and_removed(web_library, tmp_path):
    from indexer.library import Library

    shutil.copytree(web_library.parent, tmp_path / "lib")
    kb = tmp_path / "lib" / "kb.db"
    library = Library(kb)
    async with client_for(create_app(kb, clock=lambda: NOW)) as web:
        before = Calendar.from_ical((await web.get("/lich.ics")).content).walk("VEVENT")
        new = library.add_event(starts_at=datetime(2027, 2, 1, 8, 0), title="Phiên mới")
        library.delete_event(1)
        after = Calendar.from_ical((await web.get("/lich.ics")).content).walk("VEVENT")
    uids = {str(e["uid"]) for e in after}
    assert f"planbot-event-{new}@planbot" in uids and "planbot-event-1@planbot" not in uids
    assert {str(e["uid"]) for e in before} - {"planbot-event-1@planbot"} < uids


async def test_the_timeline_shows_the_plans_quarters_and_its_overdue_tasks(web, web_library):
    kb = KnowledgeBase(web_library)
    plan = kb.plan_by_number("87/KH-UBND")
    tasks = kb.tasks(plan_ids=[plan.id])
    line = timeline.timeline(plan.number, tasks, TODAY)
    dated = {t.ref: t.period.end for t in tasks if timeline.due_date(t)}
    quarters = [(q.year, q.number) for q in line.quarters]
    ends = sorted(dated.values())
    assert timeline.quarter_of(ends[0]) == quarters[0]
    assert timeline.quarter_of(ends[-1]) == quarters[-1]
    assert len(quarters) == len(set(quarters))  # every quarter once, in order
    assert quarters == sorted(quarters)
    assert {r for r, end in dated.items() if end < TODAY} == set(line.overdue)
    assert {r for r, end in dated.items() if end >= TODAY} == {
        r for q in line.quarters for r in q.due
    }
    assert len(tasks) - len(dated) == line.undated
    today_index = quarters.index(timeline.quarter_of(TODAY))
    assert today_index <= line.today_at < today_index + 1
    png = await web.get(f"{TAY_AN_PLAN}/tiendo.png")
    assert timeline.render(line, "png", "vi") == png.content
    assert png.content.startswith(b"\x89PNG")
    svg = (await web.get(f"{TAY_AN_PLAN}/tiendo.svg", params={"lang": "en"})).text
    assert "<svg" in svg and "Q2/2026" in svg
    assert (
        f'<img class="timeline" src="{TAY_AN_PLAN}/tiendo.svg"' in (await web.get(TAY_AN_PLAN)).text
    )


@pytest.mark.parametrize(
    ("expected", "params", "accept"),
    [
        ("vi", {}, ""),
        ("en", {"lang": "en"}, ""),
        ("en", {}, "en-GB,en;q=0.9"),
        ("vi", {}, "vi-VN,vi;q=0.9,en;q=0.8"),
        ("vi", {"lang": "vi"}, "en"),
        ("vi", {"lang": "xx"}, ""),
    ],
)
async def test_language_from_the_address_or_the_browser(web, expected, params, accept):
    page = (await web.get("/", params=params, headers={"Accept-Language": accept})).text
    assert f'<html lang="{expected}">' in page
    assert ("Upcoming sessions" in page) == (expected == "en")


async def test_a_language_chosen_in_the_address_stays_in_its_links(web):
    page = (await web.get("/", params={"lang": "en"})).text
    assert f"{SEED_PLAN}?lang=en" in links(page) and "/lich?lang=en" in links(page)
    assert '<input type="hidden" name="lang" value="en">' in page
    assert "/?lang=vi" in links(page)  # the switch back


async def test_each_address_has_its_own_rate_limit(web_library):
    app = create_app(web_library, clock=lambda: NOW, rate=0.01, burst=3)
    async with client_for(app, "10.0.0.1") as first, client_for(app, "10.0.0.2") as second:
        statuses = [(await first.get("/lich")).status_code for _ in range(5)]
        limited = await first.get("/")
        assert [200, 200, 200, 429, 429] == statuses
        assert 429 == limited.status_code and int(limited.headers["retry-after"]) >= 1
        assert "Quá nhiều yêu cầu" in text_of(limited.text)
        assert 200 == (await first.get("/healthz")).status_code  # monitors are not limited
        assert 200 == (await second.get("/lich")).status_code


async def test_health_reports_the_base(web):
    assert {"status": "ok", "plans": 2, "tasks": 36} == (await web.get("/healthz")).json()


async def test_a_new_base_swapped_in_is_served(tmp_path):
    kb = tmp_path / "kb.db"
    build([SEED], kb)
    async with client_for(create_app(kb, clock=lambda: NOW)) as web:
        assert 404 == (await web.get(TAY_AN_PLAN)).status_code
        build([SEED, TAY_AN], tmp_path / "next.db")
        os.replace(tmp_path / "next.db", kb)
        assert 200 == (await web.get(TAY_AN_PLAN)).status_code


async def test_a_broken_base_is_an_apology_never_a_traceback(tmp_path):
    kb = tmp_path / "kb.db"
    kb.write_bytes(b"not a database")
    async with client_for(create_app(kb, clock=lambda: NOW)) as web:
        for path in ("/", "/hoi?q=x", "/healthz"):
            response = await web.get(path)
            assert 503 == response.status_code
            assert "Traceback" not in response.text and "sqlite" not in response.text.lower()


async def test_a_failure_no_one_foresaw_is_a_page_with_no_detail(tmp_path):
    kb = tmp_path / "kb.db"
    build([SEED], kb)
    app = create_app(kb, clock=lambda: NOW)
    async with client_for(app, raise_app_exceptions=False) as web:
        assert 200 == (await web.get("/")).status_code
        with open(kb, "r+b") as f:  # damaged in place: the same file, unreadable pages
            f.write(b"\0" * 4096 * 8)
        response = await web.get(f"{SEED_PLAN}?han=2026")
    assert 500 == response.status_code
    assert "Máy chủ gặp lỗi" in text_of(response.text)
    assert "Traceback" not in response.text and "sqlite" not in response.text.lower()
    assert CSP == response.headers["content-security-policy"]


def test_a_plain_install_ships_every_template_and_stylesheet():
    """``pip install .`` (not editable) copies only the package data pyproject names."""
    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "bot.web" in config["packages"]
    patterns = config["package-data"]["bot.web"]
    folder = root / "bot" / "web"
    files = [p.relative_to(folder).as_posix() for p in folder.glob("*/*") if p.is_file()]
    shipped = [f for f in files if f.startswith(("templates/", "static/"))]
    assert shipped and all(any(fnmatch(f, p) for p in patterns) for f in shipped)
