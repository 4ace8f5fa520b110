"""The site's stable addresses, shared with the Telegram bot, which links to task pages.

A plan's address is its number, folded (``1169/QĐ-UBND`` → ``1169-qd-ubnd``), so it
survives every rebuild of the knowledge base; a task's adds its id as the plan writes it.

>>> task_path("1169/QĐ-UBND", "II.3")
'/kehoach/1169-qd-ubnd/nhiemvu/II.3'
>>> task_path("87/KH-UBND", "PL II: I.1")
'/kehoach/87-kh-ubnd/nhiemvu/PL%20II%3A%20I.1'
>>> task_url("https://kehoach.example.gov.vn/", "87/KH-UBND", "I.1")
'https://kehoach.example.gov.vn/kehoach/87-kh-ubnd/nhiemvu/I.1'
"""

from __future__ import annotations

import re
from urllib.parse import quote

from knowledge.normalize import number_key


def plan_slug(number: str) -> str:
    """ "1169/QĐ-UBND" → "1169-qd-ubnd" """
    return re.sub(r"[^0-9a-z]+", "-", number_key(number)).strip("-") or "-"


def plan_path(number: str) -> str:
    return f"/kehoach/{plan_slug(number)}"


def task_path(number: str, ref: str) -> str:
    return f"{plan_path(number)}/nhiemvu/{quote(ref, safe='')}"


def task_url(public_url: str, number: str, ref: str) -> str:
    """The task page's full address under the site's public root."""
    return public_url.rstrip("/") + task_path(number, ref)
