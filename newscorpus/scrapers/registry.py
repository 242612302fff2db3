"""Which parser handles a page: the site rule with the longest matching host suffix, else generic.

Site rules live one per module in ``newscorpus.scrapers.sites``; each module defines ``RULE``.
Adding a site means adding a module there and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.errors import UnknownSiteError
from newscorpus.scrapers import sites
from newscorpus.scrapers.fingerprints import Fingerprints
from newscorpus.scrapers.rule import SiteRule


@dataclass(frozen=True)
class Registry:
    rules: tuple[SiteRule, ...]
    # Host suffix -> rule, built once: every parse looks its URL up here.
    by_host: dict[str, SiteRule] = field(init=False, repr=False, compare=False)
    # The rules' fingerprints, grouped for fewer passes over a page (``fingerprints``), built once.
    marks: Fingerprints = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_host: dict[str, SiteRule] = {}
        for rule in self.rules:
            for host in rule.hosts:
                by_host.setdefault(host, rule)
        object.__setattr__(self, "by_host", by_host)
        object.__setattr__(self, "marks", Fingerprints.of(self.rules))

    @classmethod
    def load(cls) -> Registry:
        """Import every module of the ``sites`` package and collect its RULE."""
        rules = []
        for module_info in sorted(pkgutil.iter_modules(sites.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{sites.__name__}.{module_info.name}")
            rules.append(module.RULE)
        return cls(tuple(rules))

    def names(self) -> list[str]:
        return [rule.name for rule in self.rules]

    def by_name(self, name: str) -> SiteRule | None:
        return next((rule for rule in self.rules if rule.name == name), None)

    def require(self, name: str) -> SiteRule:
        """The rule called ``name``; an unknown name is a usage error wherever a command takes --site."""
        rule = self.by_name(name)
        if rule is None:
            raise UnknownSiteError(f"unknown site {name!r}; known: {', '.join(self.names())}")
        return rule

    def for_url(self, url: str | None) -> SiteRule | None:
        """The rule whose host suffix is the longest match for the URL's host."""
        labels = (urlsplit(url or "").hostname or "").rstrip(".").split(".")
        # Suffixes from the whole host down: the first one found is the longest match.
        return next((rule for i in range(len(labels)) if (rule := self.by_host.get(".".join(labels[i:])))), None)

    def detect(self, tree: LexborHTMLParser, html: str) -> tuple[SiteRule | None, str | None]:
        """Site and URL of a saved page without a known URL.

        Canonical link, og:url, the ``<!--URL-->`` comment crawlers and browsers write before <html>, the
        mobile-agent meta (its host names the site; the mobile URL itself is not the article URL), then
        fingerprints.
        """
        for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
            node = tree.css_first(selector)
            url = node.attributes.get(attr) if node is not None else None
            if url and url.startswith(("http://", "https://", "//")):
                url = "https:" + url if url.startswith("//") else url
                return self.for_url(url), url
        if (url := _saved_from(html)) and (rule := self.for_url(url)) is not None:
            return rule, url
        if (rule := self.for_url(_mobile_agent_url(tree))) is not None:
            return rule, None
        return self.marks.first_rule(html), None


_SAVED_FROM = re.compile(r"\s*<!--\s*(?:saved from url=\(\d+\))?\s*(https?://[^\s>]+?)\s*-->")


def _saved_from(html: str) -> str | None:
    match = _SAVED_FROM.match(html[: settings.SAVED_URL_SCAN_CHARS].lstrip("\ufeff"))
    return match.group(1) if match else None


def _mobile_agent_url(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('meta[name="mobile-agent"]')
    content = (node.attributes.get("content") or "") if node is not None else ""
    _, found, url = content.partition("url=")
    return url.strip() if found else None
