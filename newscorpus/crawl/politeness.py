"""Politeness: per-host concurrency and spacing between requests, and robots.txt (cached per crawl)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from urllib.parse import urljoin, urlsplit

from protego import Protego

from newscorpus import settings
from newscorpus.errors import HeldBackError

# Fetches a robots.txt URL; returns its text, "" when there is none (4xx); raises when it cannot tell (5xx,
# unreachable), in which case RFC 9309 says to assume everything is disallowed for now.
RobotsFetcher = Callable[[str], Awaitable[str]]


class HostGate:
    """At most ``limit`` requests in flight to one host, request starts at least ``delay`` seconds apart."""

    def __init__(self, limit: int, delay: float) -> None:
        self.delay = delay
        self._slots = asyncio.Semaphore(limit)
        self._spacing = asyncio.Lock()
        self._next_start = 0.0

    @asynccontextmanager
    async def slot(self, url: str = "") -> AsyncIterator[None]:
        async with self._slots:
            async with self._spacing:
                wait = self._next_start - time.monotonic()
                if wait > settings.RETRY_BACKOFF_MAX_S:  # no run sleeps an hour for one host: later runs ask
                    raise HeldBackError(f"the host asked for {wait:.0f} s without requests (Retry-After)", url, wait)
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start = time.monotonic() + self.delay
            yield

    def pause(self, seconds: float) -> None:
        """Hold back every request to this host (a 429/503 with Retry-After is about the host, not one URL)."""
        self._next_start = max(self._next_start, time.monotonic() + seconds)

    @property
    def held_back(self) -> bool:
        """Paused for longer than a run waits: the host's queued URLs are left for a later run."""
        return self._next_start - time.monotonic() > settings.RETRY_BACKOFF_MAX_S


class Politeness:
    """One per crawl: gates and parsed robots.txt live as long as the run, never in module state."""

    def __init__(self, per_host: int, delay: float, user_agent: str, fetch_robots: RobotsFetcher) -> None:
        self.per_host = per_host
        self.delay = delay
        self.user_agent = user_agent
        self._fetch_robots = fetch_robots
        self._gates: dict[str, HostGate] = {}
        self._robots: dict[str, Protego] = {}
        self._robots_errors: dict[str, Exception] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    def gate(self, host: str) -> HostGate:
        if host not in self._gates:
            self._gates[host] = HostGate(self.per_host, self.delay)
        return self._gates[host]

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        # Once a host's robots.txt is parsed (never alongside an error), no lock is needed to read it.
        robots = self._robots.get(origin)
        if robots is None:
            robots = await self._robots_for(origin)
        return robots.can_fetch(url, self.user_agent)

    def sitemaps(self, url: str) -> list[str]:
        """The ``Sitemap:`` lines of the robots.txt read for ``url``'s origin (none when not read yet)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(origin)
        # Read against the origin: "Sitemap: /sitemap.xml" is not what RFC 9309 allows, but sites write it.
        return [urljoin(origin + "/", sitemap) for sitemap in robots.sitemaps] if robots is not None else []

    async def _robots_for(self, origin: str) -> Protego:
        lock = self._robots_locks.setdefault(origin, asyncio.Lock())
        async with lock:  # one robots.txt request per host, however many URLs wait for it
            if origin in self._robots_errors:
                raise self._robots_errors[origin]  # asked once per run: the host's other URLs wait for next run
            if origin not in self._robots:
                try:
                    text = await self._fetch_robots(origin + "/robots.txt")
                except Exception as exc:
                    self._robots_errors[origin] = exc
                    raise
                robots = Protego.parse(text)
                self._robots[origin] = robots
                crawl_delay = robots.crawl_delay(self.user_agent)
                if crawl_delay:
                    gate = self.gate(urlsplit(origin).netloc)
                    gate.delay = max(gate.delay, min(float(crawl_delay), settings.CRAWL_MAX_CRAWL_DELAY_S))
        return self._robots[origin]
