"""Related items a page renders from the JSON state in a ``<script>`` (``window.__INITIAL_STATE__ = {…}``,
Next.js ``__NEXT_DATA__``): the related box in the HTML is empty (加载中…) or missing, and the list a reader
sees is an array of ``{title, url}`` objects under a key naming it related (``relatedNews``,
``recommend.list``).

Read only when the page's HTML gave no list: the state also holds hot lists, feeds and navigation, and only
a key that names the array related (and no hot list) says which one is the page's list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.linkshape import is_absolute, is_article_url, is_promo, same_page
from newscorpus.scrapers.pagedata import state_values
from newscorpus.scrapers.relateditems import MIN_TITLE_CHARS, unique_items
from newscorpus.scrapers.relatedlazy import textarea_items
from newscorpus.scrapers.relatedmarks import shared_pieces
from newscorpus.scrapers.text import absolute, clean

# A value a script assigns (``= [`` or ``= {``), where a box's script keeps the list it renders.
_ASSIGNED = re.compile(r"([A-Za-z_$][\w$]*)?\s*(?<![=!<>])=\s*(?=[\[{])")
_RELATED_KEY = re.compile(settings.RELATED_BLOCK_ATTRS, re.IGNORECASE)
_REJECTED_KEY = re.compile(settings.RELATED_STATE_REJECT_KEYS, re.IGNORECASE)
# Where a state object starts in a script: the assignment of a __NAME__ global (window.__INITIAL_STATE__=).
_STATE_ASSIGNMENT = re.compile(r"__[A-Z][A-Z0-9_]*__\s*=\s*")
# A script variable named as a related list (var relatedNews = [...], window.recommendList = {...}): its
# name is the key the state would have filed the array under.
_NAMED_ASSIGNMENT = re.compile(r"(?:\b(?:var|let|const)\s+|\bwindow\.)([A-Za-z_$][\w$]*)\s*=\s*(?=[\[{])")
# A word saying related, not merely recommended (a key holding none: recommend, recommendList, tuijian).
_STRICT_WORD = re.compile(settings.RELATED_STRICT_WORDS, re.IGNORECASE)
_TITLE_KEY = re.compile(r"title|headline", re.IGNORECASE)
# A story object without a title key names its headline "name" (thepaper's contents, schema.org lists).
_NAME_KEY = re.compile(r"^name$", re.IGNORECASE)
_URL_KEY = re.compile(r"url|link|href", re.IGNORECASE)
_ENCODED_OPENINGS = ("%7B", "%7b", "%5B", "%5b")
# Every word of RELATED_BLOCK_ATTRS holds one of these (lower case): the cheap test before a state is read.
_KEY_PIECES = tuple(shared_pieces(settings.RELATED_BLOCK_ATTRS.split("|")))
_STRICT_PIECES = tuple(shared_pieces(settings.RELATED_STRICT_WORDS.split("|")))
# Letters re.IGNORECASE matches to ASCII ones that str.lower does not turn into them (long s, dotted and
# dotless i, Kelvin sign).
_ASCII_FOLDING = "\u017f\u0130\u0131\u212a"
_PICTURE = re.compile(r"\.(jpe?g|png|gif|webp|svg)(\?|$)", re.IGNORECASE)


def state_related(
    tree: LexborHTMLParser, base: str | None, page_url: str | None, variables: bool = False
) -> list[RelatedItem]:
    """Items of the first array of story objects the page's script state files under a related key, else
    under a related (not merely "recommended") key of a data object a script assigns (``_data_objects``).
    ``variables``: a script variable named related (``var relatedNews = [...]``) counts too; asked when a
    heading or a rule's box says the page has a list (each inline script is then searched for one)."""
    keys: dict[str, tuple[bool, bool]] = {}  # each key's two tests, asked once: arrays repeat their keys
    for state in _states(tree, variables):
        if items := _first_list(state, base, page_url, keys):
            return items
    # A page's data object under a name of its own (ifeng's var allData, qq's window.DATA) holding the list
    # under a key that says related (relatedRecommend, relateNews): a key saying only "recommended" there is
    # as often the site's feed (DATA.recommend), so only the related words count.
    strict: dict[str, tuple[bool, bool]] = {}
    for state in _data_objects(tree):
        if items := _first_list(state, base, page_url, strict, strict_keys=True):
            return items
    return []


def _first_list(
    state: object,
    base: str | None,
    page_url: str | None,
    keys: dict[str, tuple[bool, bool]],
    strict_keys: bool = False,
) -> list[RelatedItem]:
    for array in _related_arrays(state, related=False, depth=0, keys=keys, strict_keys=strict_keys):
        items = [item for entry in array if (item := _item(entry, base, page_url)) is not None]
        if len(items) >= settings.RELATED_STATE_MIN_ITEMS:
            return unique_items(items)[: settings.MAX_RELATED_ITEMS]
    return []


def _data_objects(tree: LexborHTMLParser) -> Iterator[object]:
    """The objects inline scripts assign to variables not named related (``var allData = {…}``), in scripts
    short enough to be data and holding a related word."""
    for script in tree.css("script"):
        text = "" if "src" in script.attributes else (script.text() or "")
        if not text or len(text) > settings.RELATED_STATE_VAR_MAX_CHARS or ("= {" not in text and "={" not in text):
            continue  # no object assigned: most inline scripts, passed over on two substring scans
        if not _may_name_strictly(text):
            continue
        for match in _NAMED_ASSIGNMENT.finditer(text):
            if not _RELATED_KEY.search(match[1]):
                yield from state_values(text, match.end())


def _states(tree: LexborHTMLParser, variables: bool) -> Iterator[object]:
    """The JSON values the page's inline scripts hold: a whole JSON script, or the object assigned to a
    ``__NAME__`` global. Scripts that are neither (code, trackers) are passed over; a value that is not
    JSON (a function call, ``undefined``) is no state."""
    for script in tree.css("script"):
        if "src" in script.attributes:
            continue
        text = script.text() or ""
        if not text or len(text) > settings.RELATED_STATE_MAX_CHARS:
            continue
        if _json_script(script):
            # ByteDance pages (toutiao's RENDER_DATA) URL-encode the JSON: %7B%22… is {"…
            decoded = unquote(text) if text.lstrip().startswith(_ENCODED_OPENINGS) else text
            # A data script the page names related (<script type=application/json id=related-data>): its
            # name is the key its array is filed under.
            name = f"{script.attributes.get('id') or ''} {script.attributes.get('class') or ''}"
            if _RELATED_KEY.search(name) and not _REJECTED_KEY.search(name):
                yield from ({name: value} for value in state_values(decoded, 0))
            elif may_name_related(decoded):
                yield from state_values(decoded, 0)
            continue
        named: bool | None = None  # may_name_related, asked only of a script that assigns a state
        for match in _STATE_ASSIGNMENT.finditer(text):
            if named is None:
                named = may_name_related(text)
            if not named:
                break
            yield from state_values(text, match.end())
        if not variables or len(text) > settings.RELATED_STATE_VAR_MAX_CHARS:
            continue  # a bundle of code, not a page's data script (the regex below is slow on long code)
        if not (named if named is not None else may_name_related(text)):
            continue  # no related word anywhere in it: no variable named so
        for match in _NAMED_ASSIGNMENT.finditer(text):  # the variable's own name says related, or nothing does
            if _RELATED_KEY.search(match[1]) and not _REJECTED_KEY.search(match[1]):
                yield from ({match[1]: value} for value in state_values(text, match.end()))


def attribute_related(heading: LexborNode, base: str | None, page_url: str | None) -> list[RelatedItem]:
    """Items the heading's empty box holds as JSON in a ``data-`` attribute (``<div data-list='[{"title":…,
    "url":…}]'>``, a script renders the cards): the elements after the heading, climbing while it is wrapped
    (a few levels) up to the first holding a link, are the heading's box, so an array of story objects there
    is its list, and so is a lazy-loaded list's markup in a ``<textarea>`` there (``relatedlazy``)."""
    node: LexborNode | None = heading
    for level in range(settings.RELATED_STATE_ATTR_LEVELS):
        if node is None or node.tag in ("body", "html"):
            break
        sibling = node.next
        while sibling is not None:
            if sibling.is_element_node:
                if any(not is_promo(link.text(), link.attributes.get("href") or "") for link in sibling.css("a[href]")):
                    return []  # a box with links: the heading's box ends before it, no empty one was seen
                if sibling.tag == "script" and level > 0:
                    pass  # a script beside the heading's box, not in it: read only under a related name
                elif items := _attribute_items(sibling, base, page_url) or textarea_items(sibling, base, page_url):
                    return items
            sibling = sibling.next
        node = node.parent
    return []


def _attribute_items(root: LexborNode, base: str | None, page_url: str | None) -> list[RelatedItem]:
    for node in (root, *root.iter()):
        for text, start in _box_values(node):
            for state in state_values(text, start):
                for array in _related_arrays(state, related=True, depth=0, keys={}):
                    items = [item for entry in array if (item := _item(entry, base, page_url)) is not None]
                    if len(items) >= settings.RELATED_STATE_MIN_ITEMS:
                        return unique_items(items)[: settings.MAX_RELATED_ITEMS]
    return []


def _box_values(node: LexborNode) -> Iterator[tuple[str, int]]:
    """Where JSON may start in an element of the heading's empty box: a ``data-`` attribute's value, or
    each value a script of the box assigns (``var data = [{…}]; render('#rel', data)``). A script inside
    the box a related heading names fills that box, whatever it calls its variable; a script elsewhere on
    the page is read only under a related name (``state_related``)."""
    if node.tag == "script":
        text = node.text(deep=True)
        for match in _ASSIGNED.finditer(text):
            if not _REJECTED_KEY.search(match.group(1) or ""):  # var hotNews = […]: a hot list's, by its name
                yield text, match.end()
        return
    for name, value in node.attributes.items():
        if name.startswith("data-") and value and value.lstrip()[:1] in ("[", "{"):
            yield value, 0


def _may_name_strictly(text: str) -> bool:
    """``may_name_related`` for the strict words: pieces first (a case-blind regex over a script is slow)."""
    lower = text.lower()
    return any(piece in lower for piece in _STRICT_PIECES) and _STRICT_WORD.search(text) is not None


def may_name_related(text: str) -> bool:
    """Whether a key in ``text`` may name a related list: a piece of every related word is in it, or the
    text may spell one so that a lower-cased search misses it (a JSON escape of an ASCII letter, a letter
    that folds to ASCII only case-blind). A state without one yields no array: it is neither decoded nor
    walked (a page's store holds thousands of keys, none of them related on most pages)."""
    if "\\u00" in text or (not text.isascii() and any(char in text for char in _ASCII_FOLDING)):
        return True
    lower = text.lower()
    return any(piece in lower for piece in _KEY_PIECES)


def _json_script(script: LexborNode) -> bool:
    return (script.attributes.get("type") or "").strip().lower() == "application/json"


def _related_arrays(
    value: object, related: bool, depth: int, keys: dict[str, tuple[bool, bool]], strict_keys: bool = False
) -> Iterator[list[object]]:
    """Arrays of objects found under a related key (``related`` once a key above said so), depth first in
    the state's order; nothing under a key naming a hot list, a rank or navigation. ``keys``: each key's
    (rejected, related) answers so far. ``strict_keys``: a key saying only "recommended" is no related one."""
    if depth > settings.RELATED_STATE_MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, inner in value.items():
            if not isinstance(key, str):
                continue
            if (known := keys.get(key)) is None:
                says = bool((_STRICT_WORD if strict_keys else _RELATED_KEY).search(key))
                known = keys[key] = (bool(_REJECTED_KEY.search(key)), says)
            if known[0]:
                continue
            yield from _related_arrays(inner, related or known[1], depth + 1, keys, strict_keys)
    elif isinstance(value, list):
        if related and any(isinstance(entry, dict) for entry in value):
            yield value
        for entry in value:
            if isinstance(entry, (dict, list)):
                yield from _related_arrays(entry, related, depth + 1, keys, strict_keys)


def _item(entry: object, base: str | None, page_url: str | None) -> RelatedItem | None:
    """A story object: a title and an article-shaped URL (``title``/``newsTitle``/``headline``, else
    ``name``; ``url``/``link``/``href``)."""
    if not isinstance(entry, dict):
        return None
    title = clean(_first_string(entry, _TITLE_KEY) or _first_string(entry, _NAME_KEY))
    url = absolute(_first_string(entry, _URL_KEY), base)
    if url is None or not is_absolute(url) or len(title) < MIN_TITLE_CHARS:
        return None
    if is_promo(title, url) or not is_article_url(url) or same_page(url, page_url):
        return None
    return RelatedItem(title=title, url=url, snippet=None)


def _first_string(entry: dict[str, object], key_pattern: re.Pattern[str]) -> str:
    """The first non-empty string value under a key the pattern finds (a picture's ``coverUrl`` after the
    story's ``url`` is never reached: keys are read in the object's order, and URL keys of pictures come
    later; a value that is no page, a picture file, is passed over)."""
    for key, value in entry.items():
        if isinstance(value, str) and value.strip() and key_pattern.search(key) and not _PICTURE.search(value):
            return value.strip()
    return ""
