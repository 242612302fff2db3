"""Values that portals keep only in inline <script> page data (JS variables, JSON.parse literals).

Read with regular expressions on the script text: the data is a handful of known variables, and running
or fully parsing JavaScript would be far slower than the rest of the parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings


def script_texts(tree: LexborHTMLParser, marker: str) -> list[str]:
    """Texts of the inline scripts that mention ``marker``."""
    return [text for node in tree.css("script:not([src])") if marker in (text := node.text())]


def js_value(script: str, name: str) -> str | None:
    """A quoted value assigned as ``var name = "..."``, ``name: '...'`` or ``name = '...'``."""
    match = _assignment(script, name, r"""\s*[:=]\s*(["'])(.*?)(?<!\\)\1""")
    return match.group(2) if match else None


def json_parse_literal(script: str, name: str) -> object | None:
    """The object behind ``name: JSON.parse("...")``: a JS string literal holding JSON."""
    match = _assignment(script, name, r'\s*[:=]\s*JSON\.parse\((?=")')
    if match is None:
        return None
    try:
        # A double-quoted JS string uses JSON's escapes (\" \\ \uXXXX), so JSON's C scanner reads it
        # where it starts, far faster than a regex finding where it ends.
        literal, _ = json.JSONDecoder().raw_decode(script, match.end())
        return json.loads(literal) if isinstance(literal, str) else None
    except ValueError:
        return None


def _assignment(script: str, name: str, value: str) -> re.Match[str] | None:
    """The first ``name`` + ``value`` match where ``name`` is a whole identifier.

    The pattern starts with the name itself, not a word boundary, so the regex engine can jump from one
    occurrence of the name to the next; a leading ``\\b`` made it try every position of 30 KB scripts.
    """
    for match in re.finditer(re.escape(name) + value, script, re.DOTALL):
        before = script[match.start() - 1] if match.start() else ""
        if not (before.isalnum() or before == "_"):
            return match
    return None


# Vue's server state writes JavaScript's undefined as a value; as null it is JSON.
_UNDEFINED = re.compile(r"([:,\[]\s*)undefined\b")


def state_values(text: str, start: int) -> Iterator[object]:
    """The JSON object or array a script holds from ``start`` (after blanks), if it is one: a page's state
    (``__NEXT_DATA__``, ``window.__INITIAL_STATE__ = {…}``). A state nested deeper than Python's stack
    (``[[[[…``, hostile or broken) or one that is no JSON is no state: nothing is yielded, nothing raised."""
    at = start
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text) or text[at] not in "{[":
        return
    try:
        value, _end = json.JSONDecoder().raw_decode(text, at)
    except RecursionError:
        return
    except ValueError:
        try:
            value, _end = json.JSONDecoder().raw_decode(_UNDEFINED.sub(r"\1null", text[at:]))
        except (ValueError, RecursionError):
            return
    yield value


def epoch_to_iso(value: str | None) -> str | None:
    """Unix seconds (as page scripts store them) to ISO 8601 in the portals' local offset."""
    if not value or not value.isdigit():
        return None
    hours, minutes = settings.DEFAULT_TZ_OFFSET[1:].split(":")
    sign = -1 if settings.DEFAULT_TZ_OFFSET.startswith("-") else 1
    tz = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return datetime.fromtimestamp(int(value), tz).isoformat()
