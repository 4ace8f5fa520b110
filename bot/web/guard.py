"""What every response of the site goes through: a per-address rate limit and security
headers.

>>> ticks = iter([0.0, 0.0, 0.0, 0.5])
>>> buckets = TokenBuckets(rate=2, burst=2, clock=lambda: next(ticks))
>>> [buckets.take("1.2.3.4") for _ in range(4)]
[0.0, 0.0, 0.5, 0.0]
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No script runs anywhere on the site; styles and pictures come only from the site itself.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}
MAX_CLIENTS = 50_000  # addresses remembered; the least recently seen are forgotten first


class TokenBuckets:
    """A token bucket per client address: ``burst`` requests at once, then ``rate`` a
    second. In memory, so each worker process counts on its own."""

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.rate, self.burst, self.clock, self.max_clients = rate, burst, clock, max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, client: str) -> float:
        """Take a token for ``client``: 0.0 if it had one, else the seconds until it will."""
        now = self.clock()
        tokens, then = self._buckets.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.rate)
        wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
        self._buckets[client] = (tokens - 1 if tokens >= 1 else tokens, now)
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return wait


class Guard:
    """ASGI middleware: refuses a client over its rate (``limited`` says so, in a page),
    and adds the security headers to every response."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        buckets: TokenBuckets | None,
        limited: Callable[[Request, float], Awaitable[Response]],
        exempt: tuple[str, ...] = ("/healthz", "/static/"),
    ) -> None:
        self.app, self.buckets, self.limited, self.exempt = app, buckets, limited, exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        if self.buckets is not None and not scope["path"].startswith(self.exempt):
            # Behind a proxy, uvicorn puts the X-Forwarded-For address here (--proxy-headers).
            client = scope["client"][0] if scope.get("client") else "unknown"
            wait = self.buckets.take(client)
            if wait:
                response = await self.limited(Request(scope, receive), wait)
                await response(scope, receive, send_with_headers)
                return
        await self.app(scope, receive, send_with_headers)
