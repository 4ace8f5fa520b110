"""How the bot talks to the Bot API: several small httpx connection pools instead of one.

httpcore's pool looks at every connection for every queued request, so one pool of 64
connections spends its time scanning under load (bench/throughput.py: 61 messages/s at
128 updates in flight, against 204 with eight pools of eight). Requests go to the pools in
turn; each keeps its connections alive as one pool would.
"""

from __future__ import annotations

import itertools

from telegram.request import BaseRequest, HTTPXRequest
from telegram.request._requestdata import RequestData


class ShardedRequest(BaseRequest):
    """A :class:`BaseRequest` that spreads requests over ``shards`` HTTPX pools."""

    def __init__(self, shards: int = 8, connections: int = 8, **httpx_options) -> None:
        self._pools = [
            HTTPXRequest(connection_pool_size=connections, **httpx_options) for _ in range(shards)
        ]
        self._turn = itertools.cycle(self._pools)

    @property
    def read_timeout(self) -> float | None:
        return self._pools[0].read_timeout

    async def initialize(self) -> None:
        for pool in self._pools:
            await pool.initialize()

    async def shutdown(self) -> None:
        for pool in self._pools:
            await pool.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout=BaseRequest.DEFAULT_NONE,
        write_timeout=BaseRequest.DEFAULT_NONE,
        connect_timeout=BaseRequest.DEFAULT_NONE,
        pool_timeout=BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        return await next(self._turn).do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
