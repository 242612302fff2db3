"""Plain dataclasses passed between the pipeline stages: fetch -> decode -> parse -> store -> export."""

from __future__ import annotations

from dataclasses import dataclass, field

from newscorpus.record import article_record


@dataclass(frozen=True)
class FetchedPage:
    """What the network gave us, before any decoding."""

    requested_url: str
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str = ""
    charset: str | None = None  # from the Content-Type header
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str = ""
    # Where the page came from when it was read out of an archive instead of fetched (see ingest-warc).
    warc_file: str | None = None
    warc_offset: int | None = None


@dataclass(frozen=True)
class DecodedPage:
    text: str
    encoding: str  # the codec actually used, e.g. "utf-8", "gb18030"
    declared: str | None  # what the HTTP header or <meta> claimed, if anything


@dataclass(frozen=True)
class RelatedItem:
    title: str
    url: str | None
    snippet: str | None = None
    published_at: str | None = None  # ISO 8601, when the list shows the item's time; not in the JSONL contract


@dataclass
class Article:
    """One parsed article page: the story on one side, the related-content list on the other."""

    url: str | None
    site: str
    parser: str
    parser_version: int
    title: str | None = None
    author: str | None = None
    source: str | None = None
    editor: str | None = None
    published_at: str | None = None  # ISO 8601 with offset
    paragraphs: list[str] = field(default_factory=list)
    related: list[RelatedItem] = field(default_factory=list)
    next_page_url: str | None = None
    fell_back: bool = False  # a site rule found nothing and the generic extractor did the work
    # How much the body looks like a story (0..1, see scrapers/plausible.py): filter low ones out.
    confidence: float = 1.0
    template: str | None = None  # "rule:name" of the template whose body selector matched (stats/doctor)
    # A later page of a multi-page story could not be fetched or read: the body is the pages before it.
    incomplete: bool = False

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not self.paragraphs

    def to_record(self) -> dict[str, object]:
        """The stable JSON contract shared by `parse --jsonl` and `export --jsonl` (see record.py)."""
        return article_record(self)
