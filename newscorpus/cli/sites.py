"""`newscorpus sites`: the site rules the registry knows."""

from __future__ import annotations

import typer

from newscorpus.scrapers.registry import Registry


def sites() -> None:
    """List site rules with their version and hosts (pages from other hosts use the generic extractor)."""
    for rule in Registry.load().rules:
        typer.echo(f"{rule.name:12} v{rule.version:<3} {', '.join(rule.hosts) or '(detected by page template)'}")
