"""The pipeline: fetch -> decode -> parse -> store for many URLs, and re-parse of stored pages.

One URL failing never stops the run: its error is recorded in the report and in fetch_log. Only a
DatabaseError (the corpus itself is in trouble) escapes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newscorpus.decode import decode_html
from newscorpus.errors import HTTPStatusError, InputError
from newscorpus.fetch import Fetcher
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.store import SaveOutcome, Store


@dataclass
class Failure:
    url: str
    error: str


@dataclass
class RunReport:
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    outcomes: dict[str, int] = field(default_factory=lambda: {o.value: 0 for o in SaveOutcome})
    failures: list[Failure] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return sum(self.outcomes.values()) + len(self.failures)

    def summary(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.outcomes.items())
        return f"{self.attempted} URLs: {counts}, {len(self.failures)} failed"


OnResult = Callable[[str, str], None]


def fetch_and_store(
    urls: Iterable[str], store: Store, fetcher: Fetcher, registry: Registry, on_result: OnResult | None = None
) -> RunReport:
    report = RunReport()
    for url in urls:
        try:
            page = fetcher.fetch(url)
            decoded = decode_html(page.content, page.charset)
            article = parse_html(decoded.text, page.url, registry)
            outcome = store.save(page, decoded, article).value
            store.log(report.run_id, url, outcome, page.status)
            report.outcomes[outcome] += 1
        except InputError as exc:
            status = exc.status if isinstance(exc, HTTPStatusError) else None
            store.log(report.run_id, url, "failed", status, str(exc))
            report.failures.append(Failure(url, str(exc)))
            outcome = "failed"
        if on_result is not None:
            on_result(url, outcome)
    return report


@dataclass
class ReparseReport:
    examined: int = 0
    reparsed: int = 0
    changed: int = 0


def reparse(store: Store, registry: Registry, site: str | None = None, force: bool = False) -> ReparseReport:
    """Re-run current parsers over stored pages whose parser is older (or different) than today's."""
    report = ReparseReport()
    for page in store.iter_pages(site):
        report.examined += 1
        rule = registry.for_url(page.url)
        parser, version = (rule.name, rule.version) if rule else ("generic", None)
        if not force and page.parser == parser and (version is None or (page.parser_version or 0) >= version):
            continue
        decoded = decode_html(page.html, page.encoding)
        article = parse_html(decoded.text, page.url, registry)
        report.reparsed += 1
        if store.update_article(page.page_id, page.url, article) is not SaveOutcome.UNCHANGED:
            report.changed += 1
    return report
