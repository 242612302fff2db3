"""Timestamps as stored in corpus.db: UTC, ISO 8601, seconds precision."""

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
