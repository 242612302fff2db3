"""Output that never fails on the stream's encoding (PYTHONIOENCODING=ascii, a C locale).

Kept out of ``cli/`` so that `newscorpus --help` can set the streams up without importing any command
module (start-up time, see bench/startup.py).
"""

from __future__ import annotations

import codecs
import io
import sys


def safe_streams() -> None:
    """PYTHONIOENCODING=ascii (or a C locale) must not turn a Chinese title into a traceback: characters the
    stream cannot encode are written as JSON escapes (``\\uXXXX``, surrogate pairs above the BMP), so a JSON
    line stays valid JSON with the same content and plain text stays readable."""
    codecs.register_error(_JSON_ESCAPE, _json_escape)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _unicode(stream):
            stream.reconfigure(errors=_JSON_ESCAPE)


_JSON_ESCAPE = "newscorpus-json-escape"


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    escaped = []
    for char in exc.object[exc.start : exc.end]:
        code = ord(char)
        if code > 0xFFFF:  # JSON has no escape above the BMP: a UTF-16 surrogate pair
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), exc.end


def json_ascii() -> bool:
    """Whether JSON for stdout must be written with ensure_ascii (a stream that cannot encode Unicode)."""
    return not _unicode(sys.stdout)


def _unicode(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return encoding.lower().replace("_", "-").startswith(("utf-8", "utf8", "utf-16", "utf-32"))
