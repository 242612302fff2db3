"""From the command line and newscorpus.toml to the crawls `fetch` runs.

Precedence, per setting: given on the command line (or its environment variable) > the portal's own
value > the config's [fetch] value > the built-in default. Portals whose settings come out the same
are crawled together in one run; each other group is crawled after it, under the same lock.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from urllib.parse import urlsplit

from newscorpus.config import Config, SiteSettings
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.errors import ConfigError
from newscorpus.fetch import FetchOptions

Entries = tuple[tuple[str, str], ...]  # (url, kind: auto | sitemap | feed)
PROXY_FROM_ENV = "env"
_PROXY_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class CrawlGroup:
    entries: Entries
    options: CrawlOptions


def fetch_options(
    base: FetchOptions, explicit: set[str], config: Config, headers: Iterable[tuple[str, str]], proxy: str | None
) -> FetchOptions:
    """The FetchOptions of this run: command-line values, else [fetch], plus headers and the proxy."""
    settings = {key: config.fetch[key] for key in ("user_agent", "attempts") if key in config.fetch}
    options = replace(base, **{k: v for k, v in settings.items() if k not in explicit})
    merged = dict(config.headers)
    merged.update(headers)  # a header given on the command line replaces the config's of that name
    chosen = proxy if proxy is not None else config.fetch.get("proxy")
    if chosen is None:
        return replace(options, headers=tuple(merged.items()))
    if chosen == PROXY_FROM_ENV:
        return replace(options, headers=tuple(merged.items()), trust_env=True)
    return replace(options, headers=tuple(merged.items()), proxy=check_proxy(chosen))


def check_proxy(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in _PROXY_SCHEMES or not parts.hostname:
        raise ConfigError(f"proxy {url!r}: expected http://HOST:PORT, https://HOST:PORT or 'env'")
    return url


def plan(base: CrawlOptions, explicit: set[str], config: Config, entries: Entries) -> list[CrawlGroup]:
    """Entry points from the command line are crawled with the [fetch] settings; without any, the
    config's portals are, each with its own settings. ``explicit`` names the options the user gave."""
    defaults = _with(base, _site_values(config.fetch), explicit)
    if entries:
        return [CrawlGroup(entries, defaults)]
    groups: dict[CrawlOptions, list[tuple[str, str]]] = {}
    for portal in config.portals:
        options = _with(defaults, _site_values(vars(portal.settings)), explicit)
        extra = tuple(d for d in portal.settings.allow_domains if d not in options.allow_domains)
        options = replace(options, allow_domains=options.allow_domains + extra)
        groups.setdefault(options, []).extend((url, "auto") for url in portal.urls)
    return [CrawlGroup(tuple(group), options) for options, group in groups.items()]


def _site_values(source: dict[str, object]) -> dict[str, object]:
    known = {f.name for f in fields(SiteSettings)} | {"concurrency"}
    return {k: v for k, v in source.items() if k in known and k != "allow_domains" and v is not None}


def _with(options: CrawlOptions, values: dict[str, object], explicit: set[str]) -> CrawlOptions:
    chosen = {k: v for k, v in values.items() if k not in explicit}
    if "depth" in chosen:
        # A depth asked for in the config counts as asked for: article entry points are followed too.
        chosen["follow_entry_articles"] = True
    return replace(options, **chosen)


def budgeted(groups: list[CrawlGroup], total: int | None, done: list[CrawlReport]) -> Iterator[CrawlGroup]:
    """The groups in turn, each limited to what is left of ``total`` fetches (--max-pages is for the
    whole run) after the reports in ``done``, which the caller appends to as each group finishes."""
    for group in groups:
        if total is None:
            yield group
            continue
        left = total - sum(report.attempted for report in done)
        if left <= 0:
            return
        yield CrawlGroup(group.entries, replace(group.options, max_pages=min(left, group.options.max_pages)))


def describe(group: CrawlGroup, fetch: FetchOptions) -> str:
    """One line for `fetch -v`: what this crawl will do, header values left out (they may hold tokens)."""
    o = group.options
    proxy = "environment" if fetch.trust_env else fetch.proxy or "none"
    names = ", ".join(name for name, _ in fetch.headers) or "none"
    domains = ", ".join(o.allow_domains) or "entry sites only"
    return (
        f"crawl {len(group.entries)} entry points: depth {o.depth}, delay {o.delay}s, per host {o.per_host},"
        f" concurrency {o.concurrency}, max pages {o.max_pages}, domains {domains}; proxy {proxy}; headers {names}"
    )


def combine(reports: list[CrawlReport]) -> CrawlReport:
    """One report for the whole fetch: counts summed, failures kept in order, the first run's id."""
    total = CrawlReport(run_id=reports[0].run_id) if reports else CrawlReport()
    for report in reports:
        for name, count in report.outcomes.items():
            total.outcomes[name] = total.outcomes.get(name, 0) + count
        total.not_modified += report.not_modified
        total.lists += report.lists
        total.discovered += report.discovered
        total.left += report.left
        total.articles_left += report.articles_left
        total.articles_tried += report.articles_tried
        total.failures.extend(report.failures)
        total.parse_errors += report.parse_errors
    return total
