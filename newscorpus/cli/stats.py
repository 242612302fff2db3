"""`newscorpus stats`: what corpus.db holds, what failed, and each site rule's field fill rates."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from newscorpus.cli.common import DEFAULT_DB, DbOption, fatal_errors, require_database
from newscorpus.templates import template_mix

if TYPE_CHECKING:  # typing only: the command imports newscorpus.stats when it runs
    from newscorpus.stats import RuleFill, Stats, Window

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

    with fatal_errors():
        require_database(db)
        with Store(db) as store:
            result = collect(store.db)
    typer.echo(json.dumps(result.to_json(), ensure_ascii=False) if as_json else "\n".join(_text(result)))


def _text(result: Stats) -> list[str]:
    lines = [f"{result.articles} articles, {result.duplicates} duplicates dropped from export", ""]
    lines += ["articles per site and day (stored):"]
    lines += [f"  {day}  {site:14} {n}" for site, day, n in result.per_site_day] or ["  none"]
    lines += ["", "failures by reason:"]
    lines += [f"  {n:6}  {reason}" for reason, n in result.failures.items()] or ["  none"]
    lines += ["", "recent runs:"]
    lines += [_run_line(run) for run in result.runs] or ["  none"]
    return [*lines, "", *_fill_lines(result.fill)]


def _run_line(run: dict) -> str:
    status = run["exit_status"] if run["ended_at"] else "none (running, or killed)"
    counts = ", ".join(f"{k} {v}" for k, v in run["counts"].items())
    return f"  {run['started_at']}  {run['command']:12} exit {status}  {counts}"


def _fill_lines(fill: list[RuleFill]) -> list[str]:
    lines = ["fill rate per site rule, recent pages / history (%):"]
    # Names centred over their recent/history columns (right-aligned, they stood over the history half).
    lines += ["  " + f"{'rule':12} {'pages':^9}  " + "  ".join(f"{_SHORT[f]:^9}" for f in _SHORT)]
    for rule in fill:
        rates = "  ".join(f"{_pct(rule.recent, f):>4}/{_pct(rule.history, f):<4}" for f in _SHORT)
        lines.append(f"  {rule.rule:12} {rule.recent.pages:>4}/{rule.history.pages:<4}  {rates}")
        recent, history = (template_mix(rule.templates.get(w, {})) for w in ("recent", "history"))
        lines.append(f"  {'':12} templates: recent {recent}; history {history}")
    return lines


def _pct(window: Window, name: str) -> str:
    return f"{window.rate(name) * 100:.0f}" if window.pages else "-"
