from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscorpus.cli import app
from newscorpus.scrapers.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEMO_SITE = FIXTURES / "demo"
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
