"""Which member of a cluster stands for it in the default export.

The rule, in order: a complete copy (not flagged incomplete: a multi-page story missing a page), the
original (a member published by the outlet that some member names as its 来源),
then the earliest published (members without a date last), then the longest body, then the lowest id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from newscorpus import settings


@dataclass(frozen=True)
class Member:
    article_id: int
    site: str | None
    source: str | None
    published_at: str | None
    body_chars: int
    incomplete: bool = False  # a multi-page story missing a page: never the one exported


def choose_representative(
    members: Sequence[Member], outlets: Mapping[str, tuple[str, ...]], cited: Iterable[str] | None = None
) -> int:
    """The representative's article id. ``cited`` are the 来源 names of the whole cluster when ``members``
    is only part of it (the current representative and a newcomer); by default the members' own."""
    if not members:
        raise ValueError("a cluster has at least one member")
    sources = list(cited) if cited is not None else [m.source for m in members if m.source]

    def is_original(member: Member) -> bool:
        names = outlets.get(member.site or "", ())
        return any(name in source for name in names for source in sources)

    def rank(member: Member) -> tuple[bool, bool, bool, datetime, int, int]:
        published = _instant(member.published_at)
        late = published or _LATEST
        return (
            bool(member.incomplete),
            not is_original(member),
            published is None,
            late,
            -member.body_chars,
            member.article_id,
        )

    return min(members, key=rank).article_id


_LATEST = datetime.max.replace(tzinfo=UTC)


def _instant(value: str | None) -> datetime | None:
    """The publication instant; an unreadable date ranks like a missing one rather than failing the write."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_default_zone())
    return parsed


def _default_zone() -> timezone:
    sign = -1 if settings.DEFAULT_TZ_OFFSET.startswith("-") else 1
    hours, minutes = settings.DEFAULT_TZ_OFFSET.lstrip("+-").split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
