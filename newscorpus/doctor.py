"""Template drift: which site rule's fields went empty on its recent pages (see newscorpus/stats.py)."""

from __future__ import annotations

from dataclasses import dataclass

from newscorpus import settings
from newscorpus.stats import FIELDS, RuleFill
from newscorpus.templates import template_mix


@dataclass(frozen=True)
class Drift:
    rule: str
    field: str
    history_rate: float
    recent_rate: float
    recent_pages: int
    history_pages: int
    templates: dict[str, dict[str, int]]  # window -> template -> pages, to see which template went missing

    def describe(self) -> str:
        return (
            f"{self.rule}: {self.field} filled on {self.recent_rate:.0%} of the last {self.recent_pages} pages,"
            f" {self.history_rate:.0%} of the {self.history_pages} before"
            f" (templates now {template_mix(self.templates.get('recent', {}))};"
            f" before {template_mix(self.templates.get('history', {}))})"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "field": self.field,
            "recent_rate": round(self.recent_rate, 3),
            "history_rate": round(self.history_rate, 3),
            "recent_pages": self.recent_pages,
            "history_pages": self.history_pages,
            "templates": self.templates,
        }


def diagnose(fill: list[RuleFill], min_pages: int | None = None, drop: float | None = None) -> list[Drift]:
    """Every (rule, field) whose recent fill rate fell at least ``drop`` below its history's.

    Rules with fewer than ``min_pages`` pages in either window are not judged: too few to tell drift
    from a handful of odd pages.
    """
    min_pages = settings.DOCTOR_MIN_PAGES if min_pages is None else min_pages
    drop = settings.DOCTOR_DROP if drop is None else drop
    drifts = []
    for rule in fill:
        if rule.recent.pages < min_pages or rule.history.pages < min_pages:
            continue
        for name in FIELDS:
            before, now = rule.history.rate(name), rule.recent.rate(name)
            if before - now >= drop:
                pages = (rule.recent.pages, rule.history.pages)
                drifts.append(Drift(rule.rule, name, before, now, *pages, rule.templates))
    return drifts
