"""How `stats` and `doctor` name the templates a window of pages was parsed with."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscorpus.scrapers.registry import Registry


def template_mix(templates: dict[str, int]) -> str:
    """``{"163:post_main": 40, "generic": 2}`` -> ``"163:post_main 40, generic 2"``, most pages first."""
    return ", ".join(f"{name} {n}" for name, n in sorted(templates.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


def current_name(template: str, registry: Registry) -> str:
    """A stored template as its rule names it today: ``163:#endText`` -> ``163:post_content_main``.

    Articles stored before a rule named its templates recorded the body selector that matched; mapping
    it to its template's name lets the doctor compare those pages with newer ones, layout for layout,
    until `reparse` rewrites them. Anything else (``generic``, a fallback selector, a rule gone since)
    is kept as stored.
    """
    site, colon, selector = template.partition(":")
    rule = registry.by_name(site) if colon else None
    return rule.template_of(selector) if rule is not None and selector in rule.template_names else template
