"""Plain dataclasses passed between the pipeline stages: fetch -> decode -> parse -> store -> export."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # A later page of a multi-page story could not be fetched or read: the body is the pages before it.
    incomplete: bool = False

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not self.paragraphs

    def to_record(self) -> dict[str, object]:
        """The stable JSON contract shared by `parse --jsonl` and `export --jsonl`."""
        return {
            "url": self.url,
            "site": self.site,
            "parser": self.parser,
            "title": self.title,
            "author": self.author,
            "source": self.source,
            "editor": self.editor,
            "published_at": self.published_at,
            "body": self.body,
            "related": [{"title": item.title, "url": item.url, "snippet": item.snippet} for item in self.related],
            "incomplete": self.incomplete,
        }
