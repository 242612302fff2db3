from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscorpus.cli import app
from newscorpus.scrapers.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEMO_SITE = ROOT / "newscorpus" / "demo_site"  # package data: `newscorpus demo` serves it after pip install
SHARED_PAGES = ROOT.parent / "shared" / "pages"


@pytest.fixture
def shared_pages() -> Path:
    if not SHARED_PAGES.is_dir():
        pytest.skip("../shared/pages is not present")
    return SHARED_PAGES


@pytest.fixture(scope="session")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture
def cli() -> Iterator[CliRunner]:
    yield CliRunner()


def run_cli(runner: CliRunner, *args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[None]:
    """One local Ray cluster with 2 CPUs for the whole session: starting Ray costs seconds."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    yield
    ray.shutdown()


@pytest.fixture(scope="session")
def warc_set(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A small generated WARC set: demo and shared-page templates, syndicated copies across 3 files."""
    from bench.make_warc import generate

    return generate(tmp_path_factory.mktemp("warcs"), records=150, files=3, seed=3)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say at the end whether the real saved pages were there (also under -q): the tests that read them
    skip, not fail, and a run that skipped them has not checked extraction on real pages."""
    if not SHARED_PAGES.is_dir():
        terminalreporter.write_line(f"real saved pages ABSENT ({SHARED_PAGES}): every test that reads them skipped")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any name lookup or connection attempt fails the test: the address-policy tests feed non-public and
    stand-in public addresses to the policy functions through a stub resolver, and this proves that no code
    path on the way resolves or connects to any of them."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network use in a stub-resolver test: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
