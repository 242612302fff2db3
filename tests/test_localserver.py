"""The test server's own bookkeeping: the crawler's limit tests are only as exact as its count."""

from __future__ import annotations

import time

import httpx
import pytest

from newscorpus.localserver import LocalSite, Route


def test_sequential_requests_never_overlap_in_the_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # One keep-alive connection, one request after the other: at no moment are two in flight. The count
    # used to end after the answer was written, so on a busy machine the client's next request could be
    # counted before the previous one left (peak 4 > 3 in the crawler's limits test). A slow server
    # thread is simulated by delaying the bookkeeping: the count must still never overlap.
    leave = LocalSite._leave

    def slow_leave(site: LocalSite) -> None:
        time.sleep(0.02)
        leave(site)

    monkeypatch.setattr(LocalSite, "_leave", slow_leave)
    with LocalSite({"/a": Route(b"x" * 100)}) as site, httpx.Client(trust_env=False) as client:
        for _ in range(20):
            assert client.get(site.url("/a")).status_code == 200
    assert site.peak == 1 and site.in_flight == 0 and site.hits["/a"] == 20


def test_requests_and_their_headers_are_recorded() -> None:
    with LocalSite({"/a": Route(b"x")}) as site, httpx.Client(trust_env=False) as client:
        client.get(site.url("/a?q=1"), headers={"X-Probe": "yes"})
    assert site.requests[0][0] == "/a?q=1" and site.requests[0][1]["X-Probe"] == "yes"
