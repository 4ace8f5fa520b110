"""The web site's test fixtures: a two-plan library with dialogue sessions, a client."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from bot.shared import VIETNAM
from bot.web.app import create_app
from indexer.library import Library

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=VIETNAM)
SESSIONS = [
    # (starts at, title, place, task, plan): one past, two upcoming, one about a task
    (datetime(2026, 3, 10, 14, 0), "Đối thoại quý I", "Hội trường A", None, None),
    (datetime(2026, 12, 15, 8, 30), "Đối thoại doanh nghiệp quý IV", "Sở KH&CN", "I.3", None),
    (datetime(2027, 1, 20, 9, 0), "Gặp gỡ <b>doanh nghiệp</b> & hợp tác xã", "", None, None),
]


def add_sessions(kb: Path) -> None:
    library = Library(kb)
    for starts_at, title, place, ref, plan in SESSIONS:
        plan = plan or ("1169/QĐ-UBND" if ref else None)
        library.add_event(
            starts_at=starts_at, title=title, place=place, task_ref=ref, plan_number=plan
        )


@pytest.fixture(scope="session")
def web_library(two_plan_library, tmp_path_factory) -> Path:
    """The two-plan library with the sessions added; the path of its knowledge base."""
    folder = tmp_path_factory.mktemp("web") / "lib"
    shutil.copytree(two_plan_library, folder)
    add_sessions(folder / "kb.db")
    return folder / "kb.db"


def client_for(app, ip: str = "127.0.0.1", **kw) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000), **kw)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture
async def web(web_library) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the site over the two plans, at 24/11/2026 09:00 in Vietnam."""
    async with client_for(create_app(web_library, clock=lambda: NOW)) as client:
        yield client
