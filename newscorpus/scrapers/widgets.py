"""Boxes a template names as widgets (login, payment, comment, sidebar): never the story, whatever their prose.

Moved out of ``plausible`` (session 12) to keep that module small; the story choice, the sibling join and the
lede reader ask it.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.blocks import Walk

# id/class words of boxes that are never the story; separated by space, - or _ from other words.
_WIDGET = re.compile(
    r"(?<![A-Za-z0-9])(?:pay|login|passport|modal|popup|dialog|comment|comments|aside|sidebar|footer|nps|survey)(?![A-Za-z0-9])",
    re.I,
)


def in_widget(page: Walk, index: int) -> bool:
    """Whether the candidate or an element just above it is named as a widget (login, payment, comment box).

    Templates name these boxes in id/class ("pay-code-content", "passport-login-tip"); a short notice in
    one can out-punctuate a short story. Whole words only (split at anything but letters and digits):
    "payment" is not "pay".
    """
    for _ in range(settings.WIDGET_NAME_LEVELS):
        if index < 0:
            return False
        attributes = page.nodes[index].attributes  # built anew on each read: read once
        words = f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
        if _WIDGET.search(words):
            return True
        index = page.parent[index]
    return False
