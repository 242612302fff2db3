"""The total time one request may take, over all its redirect hops and its body (--deadline)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from newscorpus.errors import DeadlineError


class Deadline:
    """The network time one request may still use, over all its hops (politeness waits excluded)."""

    def __init__(self, seconds: float, url: str) -> None:
        self.left = seconds
        self.total = seconds
        self.url = url

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        started = time.monotonic()
        try:
            async with asyncio.timeout(max(self.left, 0.0)):
                yield
        except TimeoutError:
            raise DeadlineError(f"no complete answer within {self.total:g} s (total deadline)", self.url) from None
        finally:
            self.left -= time.monotonic() - started
