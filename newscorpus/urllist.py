"""The URL list of `fetch --urls-file`: ``URL [KIND]`` per line, ``#`` comments."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from newscorpus import settings
from newscorpus.errors import ReadError, UsageError
from newscorpus.kinds import PageKind
from newscorpus.localread import read_regular_file

_LINE_KINDS = (PageKind.ARTICLE, PageKind.SITEMAP, PageKind.FEED)


def read_url_list(path: Path, default: PageKind) -> list[tuple[str, PageKind]]:
    """``URL [KIND]`` per line (KIND: article, sitemap or feed; URLs hold no spaces); ``#`` comments."""
    try:
        content = read_regular_file(path, settings.MAX_LOCAL_FILE_BYTES)  # not /dev/zero, not a FIFO
    except ReadError as exc:
        raise ReadError(f"cannot read URL list ({exc.message})", str(path)) from exc
    return parse_url_list(content, str(path), default)


def read_url_stream(stream: BinaryIO, name: str, default: PageKind) -> list[tuple[str, PageKind]]:
    """The same list from a stream (``--urls-file -``: a cron job's pipe), read up to the same bound."""
    try:
        content = stream.read(settings.MAX_LOCAL_FILE_BYTES + 1)
    except OSError as exc:
        raise ReadError(f"cannot read URL list ({exc.strerror or exc})", name) from exc
    if len(content) > settings.MAX_LOCAL_FILE_BYTES:
        raise ReadError(f"cannot read URL list (over {settings.MAX_LOCAL_FILE_BYTES} bytes)", name)
    return parse_url_list(content, name, default)


def parse_url_list(content: bytes, name: str, default: PageKind) -> list[tuple[str, PageKind]]:
    try:
        # utf-8-sig: an editor's byte-order mark would otherwise glue itself, invisible, to the first URL.
        lines = content.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise ReadError(f"cannot read URL list ({exc})", name) from exc
    entries = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        words = text.split(" #", 1)[0].split()  # a '#' inside a URL is its fragment, not a comment
        if len(words) > 2 or (len(words) == 2 and words[1] not in _LINE_KINDS):
            raise UsageError(f"{name}:{number}: expected 'URL' or 'URL KIND' (KIND: {', '.join(_LINE_KINDS)})")
        entries.append((words[0], PageKind(words[1]) if len(words) == 2 else default))
    return entries
