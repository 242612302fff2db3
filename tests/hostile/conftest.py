from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .server import gzip_bomb


@pytest.fixture(scope="session")
def bomb_2x() -> bytes:
    """256 MiB of zeros, gzipped twice: ~1 KB on the wire (the issue's 3.5 KB -> 4.16 GB RSS case, smaller).
    The inner layer inflates it all from one chunk: a cap checked per chunk would see 256 MiB at once."""
    return gzip_bomb(256 << 20, layers=2)


def frontier(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT url, state FROM frontier"))


def articles(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT url FROM articles ORDER BY url")]


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
