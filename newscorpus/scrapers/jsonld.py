"""The JSON-LD objects a page declares (``<script type="application/ld+json">``), read one way for every
field that looks at them: the byline's declared authors, creators and provider.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

LD_JSON_QUERY = 'script[type="application/ld+json"]'


def ld_objects(tree: LexborHTMLParser) -> list[dict]:
    """The top-level objects of every JSON-LD script, in page order: a script's list gives its objects, a
    script's object itself; a script that is no JSON (a CMS's broken template, often) gives none."""
    return [item for script in tree.css(LD_JSON_QUERY) for item in _objects(script.text())]


def _objects(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    items = data if isinstance(data, list) else [data]
    return [item for item in items if isinstance(item, dict)]
