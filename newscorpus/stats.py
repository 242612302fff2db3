"""What is in corpus.db and how well each site rule is doing: the numbers behind `stats` and `doctor`.

Fill rates are measured per site rule over two windows of its own pages, ordered by fetch time: the
latest ``STATS_RECENT_PAGES`` (recent) and up to ``STATS_HISTORY_PAGES`` before them (history). A portal
that changes its template shows up as a field whose recent rate fell well below its history.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import sqlite_utils

from newscorpus import settings
from newscorpus.scrapers.registry import Registry
from newscorpus.templates import current_name

FIELDS = ("title", "published_at", "body", "author", "source", "editor", "related")
# Runs listed by `stats`.
_RECENT_RUNS = 10
# An error about another URL than the failed page's starts with that URL: `http://host/robots.txt: ...`.
_ABOUT_URL = re.compile(r"^https?://\S+: ")


@dataclass(frozen=True)
class Window:
    pages: int
    filled: dict[str, int]

    def rate(self, name: str) -> float:
        return self.filled[name] / self.pages if self.pages else 0.0

    def to_json(self) -> dict[str, object]:
        return {"pages": self.pages, "fill_rate": {f: round(self.rate(f), 3) for f in FIELDS}}


@dataclass(frozen=True)
class RuleFill:
    """One site rule's fill rates, recent against history, and which templates each window used."""

    rule: str
    recent: Window
    history: Window
    templates: dict[str, dict[str, int]] = field(default_factory=dict)  # window -> template -> pages

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "recent": self.recent.to_json(),
            "history": self.history.to_json(),
            "templates": self.templates,
        }


@dataclass(frozen=True)
class Stats:
    articles: int
    per_site_day: list[tuple[str, str, int]]  # (site, day stored, articles)
    failures: dict[str, int]  # reason -> failed fetches
    duplicates: int  # articles not exported because another member of their cluster represents it
    runs: list[dict[str, object]]
    fill: list[RuleFill]

    def to_json(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "per_site_day": [{"site": s, "day": d, "articles": n} for s, d, n in self.per_site_day],
            "failures": self.failures,
            "duplicates_dropped": self.duplicates,
            "runs": self.runs,
            "fill": [rule.to_json() for rule in self.fill],
        }


def collect(db: sqlite_utils.Database, days: int | None = None) -> Stats:
    return Stats(
        articles=db.execute("SELECT count(*) FROM articles").fetchone()[0],
        per_site_day=per_site_day(db, settings.STATS_DAYS if days is None else days),
        failures=failures_by_reason(db),
        duplicates=duplicates_dropped(db),
        runs=recent_runs(db),
        fill=fill_rates(db),
    )


def per_site_day(db: sqlite_utils.Database, days: int) -> list[tuple[str, str, int]]:
    """Articles stored per site and day over the last ``days`` days that have any (UTC day of storing)."""
    rows = db.execute(
        "WITH d AS (SELECT site, substr(created_at, 1, 10) AS day FROM articles),"
        " latest AS (SELECT DISTINCT day FROM d ORDER BY day DESC LIMIT ?)"
        " SELECT site, day, count(*) FROM d WHERE day IN latest GROUP BY site, day ORDER BY day DESC, site",
        [days],
    ).fetchall()
    return [(site, day, n) for site, day, n in rows]


def failures_by_reason(db: sqlite_utils.Database) -> dict[str, int]:
    """Failed fetches by reason: the HTTP status, else the error message without its URL."""
    rows = db.execute("SELECT url, status, error FROM fetch_log WHERE outcome = 'failed'").fetchall()
    counts: dict[str, int] = {}
    for url, status, error in rows:
        reason = f"HTTP {status}" if status else _reason(url, error or "")
        counts[reason] = counts.get(reason, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _reason(url: str, error: str) -> str:
    """The message without the URL it is about: the page's, or another one's, such as its host's
    robots.txt or a redirect hop (with that URL kept, each unreachable host was a reason of its own)."""
    message = _ABOUT_URL.sub("", error.removeprefix(f"{url}: "), count=1)
    return message.split(" (", 1)[0] or "unknown"


def duplicates_dropped(db: sqlite_utils.Database) -> int:
    return db.execute(
        "SELECT count(*) FROM article_dedup d JOIN clusters c ON c.id = d.cluster_id"
        " WHERE c.representative_id != d.article_id"
    ).fetchone()[0]


def recent_runs(db: sqlite_utils.Database, limit: int = _RECENT_RUNS) -> list[dict[str, object]]:
    cursor = db.execute(
        "SELECT id, command, started_at, ended_at, exit_status, counts FROM runs ORDER BY started_at DESC LIMIT ?",
        [limit],
    )
    head = [c[0] for c in cursor.description]
    runs = [dict(zip(head, row, strict=True)) for row in cursor.fetchall()]
    for run in runs:
        run["counts"] = json.loads(run["counts"]) if run["counts"] else {}
    return runs


def fill_rates(
    db: sqlite_utils.Database,
    recent: int | None = None,
    history: int | None = None,
    registry: Registry | None = None,
) -> list[RuleFill]:
    """Per site rule, how many pages of each window have each field (one pass, window function).

    Window sizes default to the settings read at call time; templates are named as ``registry``'s rules
    (by default the installed ones) name them today.
    """
    registry = registry or Registry.load()
    recent = settings.STATS_RECENT_PAGES if recent is None else recent
    history = settings.STATS_HISTORY_PAGES if history is None else history
    filled = ", ".join(f"sum({_filled(name)})" for name in FIELDS)
    sql = (
        "WITH ranked AS (SELECT a.id, a.site, ROW_NUMBER() OVER"
        " (PARTITION BY a.site ORDER BY p.fetched_at DESC, a.id DESC) AS rn"
        " FROM articles a JOIN pages p ON p.id = a.page_id)"
        f" SELECT r.site, r.rn <= ? AS is_recent, {_TEMPLATE} AS template, count(*), {filled}"
        " FROM ranked r JOIN articles a ON a.id = r.id WHERE r.rn <= ?"
        " GROUP BY r.site, is_recent, template"
    )
    windows: dict[str, dict[str, dict]] = {}
    for site, is_recent, template, pages, *counts in db.execute(sql, [recent, recent + history]):
        window = windows.setdefault(site, {}).setdefault("recent" if is_recent else "history", {})
        templates = window.setdefault("templates", {})
        named = current_name(template, registry)  # a legacy selector and its template's name: one layout
        templates[named] = templates.get(named, 0) + pages
        totals = window.setdefault("filled", dict.fromkeys(FIELDS, 0))
        for name, n in zip(FIELDS, counts, strict=True):
            totals[name] += n
    return [_rule_fill(site, windows[site]) for site in sorted(windows)]


# The template an article was parsed with ("163:post_main"; the body selector that matched for a rule or
# an article older than named templates), else "generic" when the rule fell back to the generic
# extractor, else the parser (articles stored before templates).
_TEMPLATE = "coalesce(a.template, CASE WHEN a.fell_back THEN 'generic' ELSE a.parser END)"


def _filled(name: str) -> str:
    if name == "related":
        return "EXISTS (SELECT 1 FROM related x WHERE x.article_id = a.id)"
    return f"(a.{name} IS NOT NULL AND a.{name} != '')"


def _rule_fill(site: str, windows: dict[str, dict]) -> RuleFill:
    def window(name: str) -> Window:
        data = windows.get(name, {})
        return Window(sum(data.get("templates", {}).values()), data.get("filled", dict.fromkeys(FIELDS, 0)))

    templates = {name: dict(sorted(data["templates"].items())) for name, data in windows.items()}
    return RuleFill(site, window("recent"), window("history"), templates)
