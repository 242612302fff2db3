"""`newscorpus sites`: the site rules the registry knows, and with --templates the page layouts of each."""

from __future__ import annotations

from typing import Annotated

import typer

from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule


def sites(
    templates: Annotated[
        bool, typer.Option("--templates", help="Under each rule, its named page layouts: name, dates, body selectors.")
    ] = False,
) -> None:
    """List site rules with their version and hosts (pages from other hosts use the generic extractor)."""
    for rule in Registry.load().rules:
        typer.echo(f"{rule.name:12} v{rule.version:<3} {', '.join(rule.hosts) or '(detected by page template)'}")
        if templates:
            for line in template_lines(rule):
                typer.echo(f"  {line}")


def template_lines(rule: SiteRule) -> list[str]:
    """One line per template in the order they are tried, then the undated fallback selectors."""
    lines = []
    for template in rule.templates:
        dates = f"{template.since or 'undated'}{f' to {template.until}' if template.until else ''}"
        lines.append(f"{template.name:18} {dates:18} {', '.join(template.body)}")
    fallbacks = [selector for selector in rule.body if selector not in rule.template_names]
    if fallbacks:
        # Rules without named templates list their body selectors here: each is recorded as itself.
        lines.append(f"{'(by selector)':18} {'':18} {', '.join(fallbacks)}")
    return lines
