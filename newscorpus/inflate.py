"""Content-Encoding decoding with a cap on the decoded size that holds across every layer.

httpx (and warcio) inflate a whole chunk through each layer before anyone looks at the size: a 3 KB body
sent as ``gzip, gzip`` becomes gigabytes in one call. Here each layer inflates at most
``settings.INFLATE_STEP_BYTES`` per step and hands that to the next one, so memory stays at the cap plus
one step per layer, and the cap is checked after every step.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from newscorpus import settings
from newscorpus.errors import FetchError, TooLargeError

_GZIP_WBITS = 16 + zlib.MAX_WBITS
_GZIP_MAGIC = b"\x1f\x8b"
_IDENTITY = ("", "identity")
ENCODINGS = ("gzip", "x-gzip", "deflate")
ACCEPT_ENCODING = "gzip, deflate"


def encodings(header: str | None) -> list[str]:
    """The layers a Content-Encoding header names, in the order they were applied."""
    names = [part.strip().lower() for part in (header or "").split(",")]
    return [name for name in names if name not in _IDENTITY]


class _Layer:
    def __init__(self, name: str) -> None:
        self.name = name
        self._inflater = zlib.decompressobj(_GZIP_WBITS if name != "deflate" else zlib.MAX_WBITS)
        self._started = False

    def steps(self, data: bytes) -> Iterable[bytes]:
        """Inflate ``data`` in pieces of at most INFLATE_STEP_BYTES; a full piece may leave output pending
        inside zlib even when all input was taken, so stepping goes on until a piece comes out short."""
        step = settings.INFLATE_STEP_BYTES
        while not self._inflater.eof:
            piece = self._decompress(data, step)
            data = self._inflater.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < step:
                return
        # bytes after the end of the stream are ignored, as browsers do

    def _decompress(self, data: bytes, step: int) -> bytes:
        try:
            piece = self._inflater.decompress(data, step)
        except zlib.error:
            if self.name != "deflate" or self._started:
                raise
            # "deflate" is raw DEFLATE on some servers, zlib-wrapped on others (as httpx handles it).
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            piece = self._inflater.decompress(data, step)
        self._started = True
        return piece


class Inflater:
    """Feed encoded chunks, get the decoded bytes; TooLargeError as soon as they pass ``max_bytes``."""

    def __init__(self, header: str | None, max_bytes: int, where: str) -> None:
        names = encodings(header)
        self.where = where
        self.max_bytes = max_bytes
        unknown = [name for name in names if name not in ENCODINGS]
        if unknown:
            raise FetchError(f"unsupported Content-Encoding {', '.join(unknown)}", where)
        if len(names) > settings.MAX_CONTENT_ENCODINGS:
            limit = settings.MAX_CONTENT_ENCODINGS
            raise FetchError(f"{len(names)} stacked Content-Encodings (at most {limit})", where)
        self._layers = [_Layer(name) for name in reversed(names)]  # the last applied is undone first
        self._chunks: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes) -> None:
        try:
            self._push(0, chunk)
        except zlib.error as exc:
            raise FetchError(f"corrupt Content-Encoding ({exc})", self.where) from exc

    def _push(self, index: int, data: bytes) -> None:
        if index == len(self._layers):
            self._size += len(data)
            if self._size > self.max_bytes:
                raise TooLargeError(f"decoded body exceeds {self.max_bytes} bytes", self.where)
            self._chunks.append(data)
            return
        for piece in self._layers[index].steps(data):
            self._push(index + 1, piece)

    def result(self) -> bytes:
        return b"".join(self._chunks)


def inflate(content: bytes, header: str | None, max_bytes: int, where: str) -> bytes:
    """Decode a whole encoded body at once (archive records), with the same cap."""
    inflater = Inflater(header, max_bytes, where)
    inflater.feed(content)
    return inflater.result()


def unwrap_gzip(content: bytes, max_bytes: int, where: str) -> bytes:
    """A body that is still gzip once its Content-Encoding is undone, under the same cap: servers send
    pre-compressed ``.html.gz`` files or gzip twice while naming one layer, and a browser shows the page
    where we read gzip bytes as an empty list page. No HTML, XML or text starts with the gzip magic."""
    for _ in range(settings.MAX_CONTENT_ENCODINGS):
        if not content.startswith(_GZIP_MAGIC):
            break
        content = inflate(content, "gzip", max_bytes, where)
    return content
