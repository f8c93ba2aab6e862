"""Per-host politeness: at most ``per_host`` requests in flight to one host, and starts at
least ``delay`` seconds apart (or the host's robots.txt Crawl-delay, when it asks for more)."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator


class HostGate:
    def __init__(self, per_host: int, delay: float):
        self.slots = asyncio.Semaphore(per_host)
        self.delay = delay
        self.next_start = 0.0
        self.lock = asyncio.Lock()

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        async with self.slots:
            async with self.lock:  # one waiter at a time claims the next start time
                loop = asyncio.get_running_loop()
                wait = self.next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                self.next_start = loop.time() + self.delay
            yield


class Politeness:
    """One gate per host (host:port), created on first use."""

    def __init__(self, per_host: int, delay: float):
        self.per_host = per_host
        self.delay = delay
        self.gates: dict[str, HostGate] = {}

    def gate(self, host: str) -> HostGate:
        if host not in self.gates:
            self.gates[host] = HostGate(self.per_host, self.delay)
        return self.gates[host]

    def slow_down(self, host: str, delay: float) -> None:
        """A host asked (Crawl-delay) for more time between requests than the default."""
        gate = self.gate(host)
        gate.delay = max(gate.delay, delay)
