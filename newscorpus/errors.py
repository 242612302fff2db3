"""Every error newscorpus raises on purpose.

Library code raises these, always carrying the URL or path it was working on; only ``cli/`` turns them
into a one-line message and an exit code (see ``cli/exit_codes.py``).

NewscorpusError
 ├── InputError ............... one input could not be used; the run goes on with the others
 │    ├── InvalidURLError ..... not an absolute http(s) URL
 │    ├── BlockedURLError ..... refused by policy (private address, robots.txt, scope)
 │    ├── FetchError .......... the network did not give us a usable page
 │    │    ├── UnreachableError  DNS failure, refused connection, timeout
 │    │    │    └── DeadlineError  the whole request outlasted settings.REQUEST_DEADLINE_S (not retried in the run)
 │    │    ├── HTTPStatusError . a 4xx/5xx answer after retries
 │    │    ├── NotHTMLError .... the answer is not an HTML page
 │    │    └── TooLargeError ... the body exceeded settings.MAX_BODY_BYTES
 │    ├── ParseError .......... a page broke a parser (its raw page is kept for `reparse`)
 │    │    └── ParseBudgetError  a page over the parse budget (too many tags, nested too deep)
 │    ├── ReadError ........... a local file could not be read
 │    ├── WriteError .......... an output file could not be written
 │    └── ArchiveError ........ a WARC/ARC file cannot be opened or is not an archive
 ├── UsageError ............... the command cannot run as asked (exit 2)
 │    ├── UnknownSiteError .... no site rule of that name
 │    ├── MissingExtraError ... an optional feature's package is not installed (e.g. pyarrow, ray)
 │    ├── ConfigError ......... newscorpus.toml or a --proxy/--header value is invalid
 │    └── QueryError .......... a search query the index cannot answer (a single character)
 └── DatabaseError ............ corpus.db is locked, corrupt or unwritable: fatal for the run
      ├── LockedError ......... another run holds the database lock
      └── StaleDedupError ..... dedup parameters changed since the clusters were built
"""

from __future__ import annotations


class NewscorpusError(Exception):
    """Base class; ``where`` is the URL or path the error is about."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(NewscorpusError):
    pass


class InvalidURLError(InputError):
    pass


class BlockedURLError(InputError):
    pass


class FetchError(InputError):
    pass


class UnreachableError(FetchError):
    pass


class DeadlineError(UnreachableError):
    pass


class HeldBackError(UnreachableError):
    """The host asked (Retry-After) for a longer pause than a run waits: the URL is tried on a later run."""

    def __init__(self, message: str, where: str = "", retry_after: float = 0.0) -> None:
        super().__init__(message, where)
        self.retry_after = retry_after


class EmptyAnswerError(UnreachableError):
    """A 200 with nothing in it (an overloaded CMS, a crashed template): tried again on a later run."""


class RedirectLoopError(FetchError):
    """More than settings.MAX_REDIRECTS hops: a loop or a chain that never lands."""


class OffScopeRedirectError(FetchError):
    """A redirect leading outside the crawl's scope: recorded with its target, never followed or stored."""


class HTTPStatusError(FetchError):
    def __init__(self, message: str, where: str = "", status: int = 0) -> None:
        super().__init__(message, where)
        self.status = status


class NotHTMLError(FetchError):
    pass


class TooLargeError(FetchError):
    pass


class ParseError(InputError):
    """Any exception raised while parsing one page, caught at the page boundary so the run goes on."""


class ParseBudgetError(ParseError):
    """Refused before any DOM is built: the page is too big or too deep to parse in bounded time."""


class ReadError(InputError):
    pass


class WriteError(InputError):
    pass


class ArchiveError(InputError):
    pass


class UsageError(NewscorpusError):
    pass


class UnknownSiteError(UsageError):
    pass


class MissingExtraError(UsageError):
    """``where`` names the extra to install, e.g. ``newscorpus[parquet]``."""


class ConfigError(UsageError):
    """The run cannot start as configured; the CLI exits 2, like any usage error."""


class DatabaseError(NewscorpusError):
    pass


class LockedError(DatabaseError):
    pass


class StaleDedupError(DatabaseError):
    """The stored signatures were made with other dedup parameters; `newscorpus dedup` rebuilds them."""


class QueryError(UsageError):
    """A search query the index cannot answer as asked (e.g. a single character)."""
