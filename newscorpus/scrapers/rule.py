"""A site rule: the declarative description of one portal's article (and list) templates.

This module is data only: `newscorpus sites` and the registry read rules without importing the parse
machinery (generic extractor, byline grammar, related-list detector: most of the start-up time). The
parsing lives in ``ruleparse``, imported the first time a rule parses a page.

Every selector field is a tuple tried in order, so a rule can keep an old template's selectors as
fallbacks when a portal redesigns. The body selectors are grouped into named, dated ``Template``s (one
per page layout); each article records the name of the template whose body selector matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newscorpus import settings

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

    from newscorpus.models import Article

Selectors = tuple[str, ...]

# "2019" or "2019-09": the month is optional, a layout is rarely dated more precisely than that.
_SINCE = re.compile(r"(19|20)\d{2}(-(0[1-9]|1[0-2]))?")
# A template name is recorded as "rule:name" and grouped on by stats and doctor: no separators in it.
_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Template:
    """One page layout of a portal: its name, since when pages of it are on record, its body selectors.

    ``since`` is the month ("YYYY-MM") or year since when the portal is known to serve this layout (its
    oldest page on record, saved page or fixture, or the year the site module's notes give), so a reader
    knows which era a selector belongs to; None when nothing dates it. ``until`` is when the portal
    replaced it, when known. Fundus keys parser versions by date (``VALID_UNTIL``) and picks one by crawl
    date; here pages are matched by selector, not by date, so an archive page of an old layout fetched
    today is still parsed with its own template.
    """

    name: str
    since: str | None
    body: Selectors
    until: str | None = None

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"template name {self.name!r}: lower-case letters, digits and _ only")
        for when in (self.since, self.until):
            if when is not None and not _SINCE.fullmatch(when):
                raise ValueError(f"template {self.name!r}: date {when!r} is not YYYY or YYYY-MM")
        if not self.body:
            raise ValueError(f"template {self.name!r} has no body selector")


@dataclass
class RulePage:
    """What a rule's ``postprocess`` hook gets besides the article: the tree and what the rule found in it.

    Hooks read the body through this instead of finding it again: every selector lookup scans the page.
    """

    tree: LexborHTMLParser
    url: str | None
    body: LexborNode | None  # the node the rule's body selectors picked (drop list already removed)
    body_lines: list[str]  # the body's lines before the story filter; empty when the body was not read
    author: str | None = None  # what the rule's author selectors found, before any generic guess
    # The byline lines the parse read (the rule's bars, else the lines under the headline): a hook that
    # trusts only its own credits still takes a labelled writer there (another template's ``作者：X``).
    header: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SiteRule:
    name: str
    hosts: tuple[str, ...]  # host suffixes: "163.com" matches "www.163.com" and "news.163.com"
    version: int
    title: Selectors = ()
    published: Selectors = ()  # element text, or the content/datetime attribute of meta/time
    author: Selectors = ()
    source: Selectors = ()
    editor: Selectors = ()
    byline: Selectors = ()  # info bars parsed for author/source/editor/time when the fields above miss
    # Named page layouts, current or most common first; their body selectors are tried in this order,
    # before ``body``. After construction ``body`` holds every body selector, flattened in that order.
    templates: tuple[Template, ...] = ()
    body: Selectors = ()  # undated fallbacks, recorded by selector: layouts no page on record shows
    drop: Selectors = ()  # removed inside the body before paragraphs are read (captions, ads, share bars)
    related: Selectors = ()  # related-list containers; headings like 相关阅读 are found regardless
    # How far above the body a related heading is looked for when no container is found.
    related_levels: int = settings.RELATED_SEARCH_LEVELS
    next_page: Selectors = ()  # the 下一页 link of multi-page articles
    list_links: Selectors = ()  # article links on home/channel pages
    fingerprints: tuple[str, ...] = ()  # substrings that identify the site in a saved page
    # Runs first, on the untouched tree (meta and <script> still there, e.g. JSON page data); fields it
    # sets are kept unless a selector above finds the field.
    prepare: Callable[[Article, LexborHTMLParser], None] | None = field(default=None, compare=False)
    postprocess: Callable[[Article, RulePage], None] | None = field(default=None, compare=False)
    # Body selector -> the name of its template, built once from ``templates``.
    template_names: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names: dict[str, str] = {}
        for template in self.templates:
            if template.name in names.values():
                raise ValueError(f"rule {self.name!r}: two templates named {template.name!r}")
            for selector in template.body:
                if names.setdefault(selector, template.name) != template.name:
                    raise ValueError(f"rule {self.name!r}: selector {selector!r} is in two templates")
        object.__setattr__(self, "template_names", names)
        named = tuple(selector for template in self.templates for selector in template.body)
        object.__setattr__(self, "body", named + tuple(s for s in self.body if s not in names))

    def template_of(self, selector: str | None) -> str:
        """What an article records as its template: ``163:post_main``; an undated fallback by its selector."""
        name = self.template_names.get(selector, selector) if selector else "no-body-selector"
        return f"{self.name}:{name}"

    def parse(self, tree: LexborHTMLParser, url: str | None, related: bool = True) -> Article:
        """Selectors only, no walk over the whole page unless the rule's own selectors miss (speed matters).
        ``related`` False: the related list is left empty (its blocks still leave the body)."""
        from newscorpus.scrapers import ruleparse  # on first parse: listing rules must not import the parser

        return ruleparse.parse(self, tree, url, related)

    def links(self, tree: LexborHTMLParser, base_url: str | None) -> list[str]:
        """Article links on a list page, in page order, without repeats."""
        from newscorpus.scrapers import ruleparse  # on first use, as parse

        return ruleparse.links(self, tree, base_url)
