"""The site's Starlette application: pages for people, JSON and a calendar for programs.

Served by ``planbot web``; in a program::

    uvicorn.run(create_app("kb.db"), host="127.0.0.1", port=8080, proxy_headers=True)
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.shared import vietnam_now
from knowledge import render
from knowledge.engine import Engine
from knowledge.events import to_ics
from knowledge.fields import Role
from knowledge.store import KnowledgeBaseError

from . import timeline
from .guard import HEADERS, Guard, TokenBuckets
from .site import BadFilter, Site, event_when, task_table
from .texts import LANGUAGES, choose_language, word
from .urls import plan_path, task_path

logger = logging.getLogger(__name__)

MAX_QUERY = 500  # characters of a question; the bot allows more, but a page is no essay
RATE = 5.0  # requests a second per address, after a burst of
BURST = 30
UPCOMING_SHOWN = 5
CARD_ROLES = (Role.LEAD, Role.COORD, Role.DIRECTOR, Role.DEADLINE, Role.NOTE)


class PageError(Exception):
    """A request the site answers with an error page: the status and the reason to show."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def create_app(
    source: str | Path | Engine,
    *,
    clock: Callable[[], datetime] = vietnam_now,
    rate: float | None = RATE,
    burst: int = BURST,
) -> Starlette:
    """The site over a knowledge base file (re-read when it is replaced) or an engine.

    ``clock`` gives the time the site answers by; ``rate`` and ``burst`` are each client
    address's token bucket (``rate=None`` turns the limit off).
    """
    site = Site(source, clock=clock)
    views = _Views(site)
    routes = [
        Route("/", views.home),
        Route("/hoi", views.ask),
        Route("/lich", views.schedule),
        Route("/lich.ics", views.calendar),
        Route("/healthz", views.health),
        Route("/kehoach/{slug}", views.plan),
        Route("/kehoach/{slug}/tiendo.{fmt}", views.picture),
        Route("/kehoach/{slug}/nhiemvu/{ref}", views.task),
        Mount("/static", StaticFiles(packages=[("bot.web", "static")]), name="static"),
    ]
    handlers = {
        PageError: views.error,
        HTTPException: views.http_error,
        KnowledgeBaseError: views.unavailable,
        Exception: views.failure,
    }
    app = Starlette(routes=routes, exception_handlers=handlers)
    buckets = TokenBuckets(rate, burst) if rate else None
    app.add_middleware(Guard, buckets=buckets, limited=views.limited)
    app.state.site = site
    return app


_TEMPLATES = Environment(
    loader=PackageLoader("bot.web", "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _language(request: Request) -> tuple[str, bool]:
    """The page's language, and whether the address chose it (links then keep it)."""
    asked = request.query_params.get("lang")
    return choose_language(asked, request.headers.get("accept-language", "")), asked in LANGUAGES


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


class _Views:
    """The request handlers, over one :class:`Site`."""

    def __init__(self, site: Site) -> None:
        self.site = site

    # ------------------------------------------------------------ rendering

    def page(self, request: Request, name: str, status: int = 200, **values) -> HTMLResponse:
        lang, chosen = _language(request)

        def href(path: str, **params: str) -> str:
            params = {k: v for k, v in params.items() if v}
            if chosen:
                params["lang"] = lang
            return f"{path}?{urlencode(params)}" if params else path

        switch = dict(request.query_params) | {"lang": "en" if lang == "vi" else "vi"}
        html = _TEMPLATES.get_template(name).render(
            lang=lang,
            t=lambda key, **kw: word(key, lang, **kw),
            href=href,
            switch=f"{request.url.path}?{urlencode(switch)}",
            **values,
        )
        return HTMLResponse(html, status, headers={"vary": "Accept-Language"})

    # ------------------------------------------------------------ pages

    async def home(self, request: Request) -> Response:
        site = self.site
        plans = [(p, plan_path(p.number), render.sentence_case(p.title)) for p in site.kb.plans()]
        upcoming = site.upcoming()[:UPCOMING_SHOWN]
        return self.page(request, "home.html", plans=plans, upcoming=self._events(upcoming))

    async def ask(self, request: Request) -> Response:
        lang, _ = _language(request)
        question = request.query_params.get("q", "")
        if len(question) > MAX_QUERY:
            raise PageError(400, word("too_long", lang, n=MAX_QUERY))
        question = " ".join(question.split())
        if not question:
            raise PageError(400, word("empty", lang))
        answer = self.site.engine.answer(question, today=self.site.today())
        links = [(ref, self.site.task_link(ref)) for ref in answer.tasks]
        if _wants_json(request):
            found = {f"{ref.plan} {ref.ref}": link for ref, link in links if link}
            return JSONResponse(answer.to_json() | {"links": found})
        return self.page(request, "answer.html", question=question, answer=answer, links=links)

    async def plan(self, request: Request) -> Response:
        lang, _ = _language(request)
        site = self.site
        plan = self._plan(request, lang)
        try:
            table = task_table(site.kb, plan, request.query_params, site.today(), lang)
        except BadFilter as e:
            raise PageError(400, word("bad_filter", lang, what=e.value, name=e.name)) from None
        today, headers = site.today(), site.kb.columns(plan.id)
        rows = [
            (t, task_path(plan.number, t.ref), render.deadline(t, today, lang)) for t in table.tasks
        ]
        return self.page(
            request,
            "plan.html",
            plan=plan,
            title=render.sentence_case(plan.title),
            path=plan_path(plan.number),
            table=table,
            rows=rows,
            lead_label=render.label(Role.LEAD, headers, lang),
            deadline_label=render.label(Role.DEADLINE, headers, lang),
        )

    async def task(self, request: Request) -> Response:
        lang, _ = _language(request)
        site = self.site
        plan = self._plan(request, lang)
        ref = request.path_params["ref"]
        task = site.task(plan, ref)
        if task is None:
            raise PageError(404, word("no_task", lang, plan=plan.number, what=ref))
        today, headers = site.today(), site.kb.columns(plan.id)
        cells = [
            (render.label(role, headers, lang, task=task), render.value(task, role, today, lang))
            for role in CARD_ROLES
            if task.field(role)
        ]
        cells += [(render.label(a.role, headers, lang, a.name), a.value) for a in task.attrs]
        path = task_path(plan.number, task.ref)
        sessions = [e for e in site.events() if site.event_link(e) == path]
        return self.page(
            request,
            "task.html",
            plan=plan,
            task=task,
            plan_link=plan_path(plan.number),
            group=site.kb.group_titles(plan.id).get(task.group or ""),
            cells=cells,
            source=render.source(plan, lang, refs=[task.ref]),
            sessions=self._events(sessions),
        )

    async def picture(self, request: Request) -> Response:
        lang, _ = _language(request)
        fmt = request.path_params["fmt"]
        if fmt not in timeline.FORMATS:
            raise PageError(404, word("not_found", lang))
        site = self.site
        plan = self._plan(request, lang)
        line = timeline.timeline(plan.number, site.kb.tasks(plan_ids=[plan.id]), site.today())
        # Drawing takes tens of milliseconds: off the event loop, once per plan and day.
        body = await asyncio.to_thread(timeline.render, line, fmt, lang)
        return Response(
            body, media_type=timeline.FORMATS[fmt], headers={"cache-control": "max-age=300"}
        )

    async def schedule(self, request: Request) -> Response:
        site = self.site
        start = site.upcoming()
        ids = {e.id for e in start}
        past = [e for e in reversed(site.events()) if e.id not in ids]
        ics = str(request.url.replace(path="/lich.ics", query=""))
        return self.page(
            request,
            "schedule.html",
            upcoming=self._events(start),
            past=self._events(past),
            ics=ics,
        )

    async def calendar(self, request: Request) -> Response:
        body = to_ics(self.site.events(), now=self.site.now())
        return Response(
            body,
            media_type="text/calendar; charset=utf-8",
            headers={"content-disposition": 'inline; filename="lich-doi-thoai.ics"'},
        )

    async def health(self, request: Request) -> Response:
        kb = self.site.kb
        return JSONResponse({"status": "ok", "plans": len(kb.plans()), "tasks": kb.count_tasks()})

    def _plan(self, request: Request, lang: str):
        slug = request.path_params["slug"]
        plan = self.site.plan(slug)
        if plan is None:
            raise PageError(404, word("no_plan", lang, what=slug))
        return plan

    def _events(self, events):
        return [(e, event_when(e), self.site.event_link(e)) for e in events]

    # ------------------------------------------------------------ errors

    async def error(self, request: Request, exc: Exception) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": exc.message}, exc.status)
        return self.page(request, "error.html", exc.status, message=exc.message)

    async def http_error(self, request: Request, exc: Exception) -> Response:
        lang, _ = _language(request)
        message = word("not_found", lang) if exc.status_code == 404 else exc.detail
        return await self.error(request, PageError(exc.status_code, message))

    async def limited(self, request: Request, wait: float) -> Response:
        lang, _ = _language(request)
        response = await self.error(request, PageError(429, word("too_many", lang)))
        response.headers["retry-after"] = str(math.ceil(wait))
        return response

    async def unavailable(self, request: Request, exc: Exception) -> Response:
        logger.error("knowledge base unavailable: %s", exc)
        lang, _ = _language(request)
        return await self.error(request, PageError(503, word("failed", lang)))

    async def failure(self, request: Request, exc: Exception) -> Response:
        """Anything unforeseen: logged with its traceback, shown as an apology. This
        response leaves before the middleware's headers are added, so it adds them."""
        logger.error("error while serving %s", request.url.path, exc_info=exc)
        lang, _ = _language(request)
        response = await self.error(request, PageError(500, word("failed", lang)))
        response.headers.update(HEADERS)
        return response
