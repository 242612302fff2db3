"""How `stats` and `doctor` name the templates a window of pages was parsed with."""

from __future__ import annotations


def template_mix(templates: dict[str, int]) -> str:
    """``{"163:#endText": 40, "generic": 2}`` -> ``"163:#endText 40, generic 2"``, most pages first."""
    return ", ".join(f"{name} {n}" for name, n in sorted(templates.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
