"""What reading and processing one archive record can give: a parsed page, or a counted rejection."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newscorpus.dedup import Sketch
from newscorpus.models import Article, DecodedPage, FetchedPage


class RejectReason(StrEnum):
    NOT_RESPONSE = "not-response"  # warcinfo, request, metadata, revisit records
    MISSING_TARGET_URI = "missing-target-uri"
    MISSING_HTTP_HEADERS = "missing-http-headers"
    HTTP_STATUS = "http-status"  # redirects, errors: no article in the payload
    NOT_HTML = "not-html"
    HOST_FILTERED = "host-filtered"  # not under one of --host-suffix
    EMPTY_PAYLOAD = "empty-payload"
    NOT_ARTICLE = "not-article"  # a home or list page: no story on it (the same verdict `fetch` makes)
    TRUNCATED = "truncated"  # the record ends before its declared length (cut gzip member or file)
    CORRUPT = "corrupt"  # the archive cannot be read past this point
    TOO_LARGE = "too-large"  # payload (raw or inflated) over settings.WARC_MAX_RECORD_BYTES: skipped unread
    BAD_ENCODING = "bad-content-encoding"  # the payload's Content-Encoding does not inflate
    OVER_PARSE_BUDGET = "over-parse-budget"  # too many tags or nested too deep to parse (newscorpus.budget)


@dataclass(frozen=True)
class Rejected:
    offset: int
    reason: RejectReason
    detail: str = ""


@dataclass(frozen=True)
class Parsed:
    """A record ready for the writer, with the dedup sketch of its body computed where it was parsed."""

    page: FetchedPage
    decoded: DecodedPage
    article: Article
    sketch: Sketch | None = None

    @property
    def offset(self) -> int:
        return self.page.warc_offset or 0


@dataclass(frozen=True)
class Failed:
    """A page that broke a parser: stored raw with its error and no article, so `reparse` retries it."""

    page: FetchedPage
    error: str

    @property
    def offset(self) -> int:
        return self.page.warc_offset or 0


Outcome = Parsed | Rejected | Failed
