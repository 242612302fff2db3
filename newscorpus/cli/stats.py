"""`newscorpus stats`: what corpus.db holds, what failed, and each site rule's field fill rates."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from newscorpus.cli.common import DEFAULT_DB, DbOption, fatal_errors, require_db

if TYPE_CHECKING:  # typing only: the command imports newscorpus.stats when it runs
    from newscorpus.stats import Stats

_SHORT = {
    "title": "title",
    "published_at": "time",
    "body": "body",
    "author": "author",
    "source": "source",
    "editor": "editor",
    "related": "related",
}


def stats(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object (for machines).")] = False,
) -> None:
    """Articles per site and day, failures by reason, duplicates dropped, recent runs, and per site rule
    the fill rate of each field on its recent pages against its history."""
    from newscorpus.stats import collect
    from newscorpus.store import Store

    require_db(db)
    with fatal_errors(), Store(db) as store:
        result = collect(store.db)
    typer.echo(json.dumps(result.to_json(), ensure_ascii=False) if as_json else "\n".join(_text(result)))


def _text(result: Stats) -> list[str]:
    lines = [f"{result.articles} articles, {result.duplicates} duplicates dropped from export", ""]
    lines += ["articles per site and day (stored):"]
    lines += [f"  {day}  {site:14} {n}" for site, day, n in result.per_site_day] or ["  none"]
    lines += ["", "failures by reason:"]
    lines += [f"  {n:6}  {reason}" for reason, n in result.failures.items()] or ["  none"]
    lines += ["", "recent runs:"]
    lines += [
        f"  {r['started_at']}  {r['command']:12} exit {r['exit_status'] if r['ended_at'] else 'running/killed'}"
        f"  {', '.join(f'{k} {v}' for k, v in r['counts'].items())}"
        for r in result.runs
    ] or ["  none"]
    lines += ["", "fill rate per site rule, recent pages / history (%):"]
    lines += ["  " + f"{'rule':12} {'pages':>9}  " + "  ".join(f"{_SHORT[f]:>9}" for f in _SHORT)]
    for rule in result.fill:
        rates = "  ".join(
            f"{rule.recent.rate(f) * 100:>4.0f}/{rule.history.rate(f) * 100:<4.0f}"
            if rule.history.pages
            else f"{rule.recent.rate(f) * 100:>4.0f}/-   "
            for f in _SHORT
        )
        lines.append(f"  {rule.rule:12} {rule.recent.pages:>4}/{rule.history.pages:<4}  {rates}")
    return lines
