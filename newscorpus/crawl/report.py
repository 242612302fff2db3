"""What a crawl run did, as one summary line or a JSON object for machines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from newscorpus.store import SaveOutcome


@dataclass(frozen=True)
class Failure:
    url: str
    error: str
    entry: bool  # an entry point given on the command line, not a discovered link
    parse: bool = False  # the page broke a parser (or a bug hit its URL): the run exits 1 for it


@dataclass
class CrawlReport:
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    outcomes: dict[str, int] = field(default_factory=lambda: {o.value: 0 for o in SaveOutcome})
    not_modified: int = 0
    lists: int = 0  # list pages, sitemaps and feeds read for links
    discovered: int = 0
    left: int = 0  # queued URLs still due when the run stopped (--max-pages), fetched by the next run
    articles_left: int = 0  # of which articles
    failures: list[Failure] = field(default_factory=list)
    parse_errors: int = 0  # pages that broke a parser: kept raw for `reparse`, and the run exits 1
    articles_tried: int = 0  # URLs queued as articles that this run fetched or failed on

    @property
    def succeeded(self) -> int:
        return sum(self.outcomes.values()) + self.not_modified + self.lists

    @property
    def attempted(self) -> int:
        return self.succeeded + len(self.failures)

    @property
    def did_its_job(self) -> bool:
        """Every entry point was read and, if anything was tried, something worked.

        A dead link found on a portal is reported but does not fail a cron run.
        """
        entry_failed = any(f.entry for f in self.failures)
        return (
            not entry_failed
            and not self.stalled
            and not self.parse_errors
            and (self.succeeded > 0 or self.attempted == 0)
        )

    @property
    def stalled(self) -> bool:
        """Articles wait in the queue, yet this run tried none: the run made no progress (issue 16). An
        article that was tried and failed (a dead link: 404, a redirect off the site) is progress."""
        read = sum(self.outcomes.values()) + self.not_modified
        return self.articles_left > 0 and read == 0 and self.articles_tried == 0

    def summary(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.outcomes.items())
        return (
            f"{self.attempted} URLs: {counts}, {len(self.failures)} failed ({self.parse_errors} parse errors),"
            f" {self.not_modified} not modified,"
            f" {self.lists} list pages, {self.discovered} discovered, {self.left} left in queue"
            + (f"; no article reached while {self.articles_left} wait in the queue" if self.stalled else "")
        )

    def to_json(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "attempted": self.attempted,
            **self.outcomes,
            "failed": len(self.failures),
            "parse_errors": self.parse_errors,
            "not_modified": self.not_modified,
            "list_pages": self.lists,
            "discovered": self.discovered,
            "left_in_queue": self.left,
            "articles_left_in_queue": self.articles_left,
            "stalled": self.stalled,
            "ok": self.did_its_job,
        }
