"""The fetcher's retry rule, on a mock transport: which failures are retried, how often, with which waits."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from tenacity import RetryCallState

from newscorpus.crawl.http import AsyncFetcher
from newscorpus.errors import HTTPStatusError, UnreachableError
from newscorpus.fetch import FetchOptions, RetryableStatus
from newscorpus.models import FetchedPage

URL = "http://127.0.0.1/a.html"  # answered by the mock transport: nothing connects anywhere
PAGE = httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<html><p>ok</p></html>")


def fetch_scripted(answers: list[httpx.Response | Exception], attempts: int) -> tuple[FetchedPage | Exception, list]:
    """Fetch URL once against answers served in order; returns the page or the error, and what happened:
    each request as "GET" and each wait as ("wait", attempt number, Retry-After of the failure)."""
    events: list = []
    script = iter(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        events.append("GET")
        answer = next(script)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def run() -> FetchedPage | Exception:
        fetcher = AsyncFetcher(FetchOptions(allow_private=True, attempts=attempts), 1, httpx.MockTransport(handler))

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            events.append(("wait", state.attempt_number, getattr(exc, "retry_after", None)))
            return 0.0

        fetcher._wait = wait  # type: ignore[method-assign]
        try:
            return await fetcher.fetch(URL)
        except Exception as exc:
            return exc
        finally:
            await fetcher.aclose()

    return asyncio.run(run()), events


def busy(retry_after: str | None = None) -> httpx.Response:
    return httpx.Response(503, headers={"Retry-After": retry_after} if retry_after else {}, content=b"busy")


def test_a_first_success_is_one_request_and_no_wait() -> None:
    page, events = fetch_scripted([PAGE], attempts=3)
    assert isinstance(page, FetchedPage) and page.content == PAGE.content
    assert events == ["GET"]


def test_transient_failures_are_retried_with_waits_numbered_from_the_first_attempt() -> None:
    page, events = fetch_scripted([busy("7"), httpx.ConnectError("refused"), PAGE], attempts=3)
    assert isinstance(page, FetchedPage)
    assert events == ["GET", ("wait", 1, 7.0), "GET", ("wait", 2, None), "GET"]


def test_the_last_attempts_failure_is_raised() -> None:
    error, events = fetch_scripted([busy(), busy(), httpx.ConnectError("refused")], attempts=3)
    assert isinstance(error, UnreachableError)
    # tenacity works out the wait before it checks the attempt count, so a last 503 still pauses its host.
    assert events == ["GET", ("wait", 1, None), "GET", ("wait", 2, None), "GET", ("wait", 3, None)]


@pytest.mark.parametrize("attempts", [1, 2])
def test_attempts_bound_the_requests(attempts: int) -> None:
    error, events = fetch_scripted([busy()] * attempts, attempts=attempts)
    assert isinstance(error, RetryableStatus) and error.status == 503
    assert events.count("GET") == attempts and len(events) == 2 * attempts


def test_a_permanent_failure_is_raised_at_once() -> None:
    error, events = fetch_scripted([httpx.Response(404, content=b"gone")], attempts=3)
    assert isinstance(error, HTTPStatusError) and not isinstance(error, RetryableStatus)
    assert events == ["GET"]


def test_a_permanent_failure_after_a_transient_one_ends_the_retries() -> None:
    error, events = fetch_scripted([busy(), httpx.Response(404, content=b"gone")], attempts=3)
    assert isinstance(error, HTTPStatusError) and error.status == 404
    assert events == ["GET", ("wait", 1, None), "GET"]
