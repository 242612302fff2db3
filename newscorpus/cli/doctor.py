"""`newscorpus doctor`: exit 1 and name the site rule and field whose fill rate dropped (for cron mail)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, fatal_errors, require_database


def doctor(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object (for machines).")] = False,
) -> None:
    """Check every site rule for template drift: a field filled on far fewer recent pages than before.

    Exit 0 with one "ok" line, or exit 1 with one line per rule and field that dropped.
    """
    from newscorpus.doctor import diagnose
    from newscorpus.stats import fill_rates
    from newscorpus.store import Store

    with fatal_errors():
        require_database(db)
        with Store(db) as store:
            fill = fill_rates(store.db)
    drifts = diagnose(fill)
    judged = sum(1 for r in fill if min(r.recent.pages, r.history.pages) >= settings.DOCTOR_MIN_PAGES)
    if as_json:
        typer.echo(json.dumps({"ok": not drifts, "rules_checked": judged, "drifts": [d.to_json() for d in drifts]}))
    elif drifts:
        for drift in drifts:
            typer.echo(drift.describe())
    else:
        typer.echo(
            f"ok: {judged} of {len(fill)} site rules checked, no field dropped"
            f" by {settings.DOCTOR_DROP:.0%} or more (rules need {settings.DOCTOR_MIN_PAGES}+ pages per window)"
        )
    if drifts:
        raise typer.Exit(exit_codes.SOME_FAILED)
