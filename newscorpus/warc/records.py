"""One archive record -> a parsed article, a failed page or a rejection with its reason, through the same page
pipeline as `fetch`. Runs in workers, pure CPU."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from newscorpus import pipeline, settings
from newscorpus.dedup import Sketcher
from newscorpus.errors import ParseBudgetError, ParseError
from newscorpus.kinds import PageKind
from newscorpus.models import DecodedPage, FetchedPage
from newscorpus.scrapers.registry import Registry
from newscorpus.warc.outcome import Failed, Outcome, Parsed, Rejected, RejectReason
from newscorpus.warc.reader import WarcRecord

_HTML_MARKS = (b"<html", b"<!doctype html", b"<head", b"<body")


@dataclass(frozen=True)
class RecordOptions:
    """What every worker needs to know about the records it reads (picklable, for Ray tasks)."""

    host_suffixes: tuple[str, ...] = ()  # keep only these hosts
    site: str | None = None  # force a site rule (an archive of a mirror)


def process(
    record: WarcRecord, warc_file: str, registry: Registry, sketcher: Sketcher, options: RecordOptions
) -> Outcome:
    rejected = _reject(record, options.host_suffixes)
    if rejected is not None:
        return rejected
    content_type = record.header("Content-Type") or ""
    page = FetchedPage(
        requested_url=record.target_uri or "",
        url=record.target_uri or "",
        status=record.http_status or 0,
        content=record.payload,
        content_type=content_type.split(";")[0].strip().lower(),
        charset=_charset(content_type),
        etag=record.header("ETag"),
        last_modified=record.header("Last-Modified"),
        # The crawl time, not ours: the same archive gives the same rows on every run and engine.
        fetched_at=_iso(record.date),
        warc_file=warc_file,
        warc_offset=record.offset,
    )
    try:
        result = pipeline.process(page, registry, pipeline.PageOptions(site=options.site))
    except ParseBudgetError as exc:  # one record over the parse budget is skipped, not the rest of its file
        return Rejected(record.offset, RejectReason.OVER_PARSE_BUDGET, str(exc))
    except ParseError as exc:
        return Failed(page, str(exc))
    if result.kind is not PageKind.ARTICLE:
        return Rejected(record.offset, RejectReason.NOT_ARTICLE, record.target_uri or "")
    # The writer only keeps the raw bytes and the codec; shipping the decoded text back doubles transfer.
    slim = DecodedPage("", result.decoded.encoding, result.decoded.declared)
    # MinHash in the worker too: the single writer then only looks up LSH bands and clusters.
    return Parsed(result.page, slim, result.article, sketcher.sketch(result.article.body))


def _reject(record: WarcRecord, host_suffixes: Sequence[str]) -> Rejected | None:
    reason, detail = _why_not(record, host_suffixes)
    return Rejected(record.offset, reason, detail) if reason is not None else None


def _why_not(record: WarcRecord, host_suffixes: Sequence[str]) -> tuple[RejectReason | None, str]:
    if record.rec_type != "response":
        return RejectReason.NOT_RESPONSE, record.rec_type
    if not record.target_uri:
        return RejectReason.MISSING_TARGET_URI, ""
    if record.http_status is None:
        return RejectReason.MISSING_HTTP_HEADERS, record.target_uri
    if record.http_status != 200:
        return RejectReason.HTTP_STATUS, f"{record.http_status} {record.target_uri}"
    if host_suffixes and not _host_matches(record.target_uri, host_suffixes):
        return RejectReason.HOST_FILTERED, record.target_uri
    if not record.payload.strip():
        return RejectReason.EMPTY_PAYLOAD, record.target_uri
    if not _is_html(record):
        return RejectReason.NOT_HTML, f"{record.header('Content-Type') or 'no Content-Type'} {record.target_uri}"
    return None, ""


def _host_matches(url: str, suffixes: Sequence[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == s.lstrip(".") or host.endswith("." + s.lstrip(".")) for s in suffixes)


def _is_html(record: WarcRecord) -> bool:
    content_type = (record.header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type:
        return content_type in settings.HTML_CONTENT_TYPES
    head = record.payload[: settings.HTML_SNIFF_BYTES].lower()
    return any(mark in head for mark in _HTML_MARKS)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _iso(warc_date: str | None) -> str:
    # WARC-Date is already ISO 8601 UTC ("2023-11-01T08:00:00Z"); store it like clock.now_iso does.
    return warc_date.replace("Z", "+00:00") if warc_date else ""
