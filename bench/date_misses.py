"""Every publish time a labelled page folder gets wrong: expected vs got, with the lines around each date
shown on the page (issue 18). For TUNE material only: the folders a brief names as tune.

Run: ``python -m bench.date_misses tests/fixtures/blind7/longtail`` (``NAME.html`` + ``NAME.json`` in the
golden format). A blind batch that is still held out (any ``blind*`` but the tune ones) is refused: its
misses must never be printed.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bench.blind import held_out
from bench.extract import same_day, same_time
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_CONTEXT = 50
_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}")


def _dates_in_text(html: str) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(html).body
    text = re.sub(r"\s+", " ", body.text(separator=" ") if body is not None else "")
    return [text[max(0, m.start() - _CONTEXT) : m.end() + _CONTEXT] for m in _DATE.finditer(text)][:6]


def page_misses(folder: Path) -> list[str]:
    registry = Registry.load()
    out: list[str] = []
    for label in sorted(folder.glob("*.json")):
        page = label.with_suffix(".html")
        data = json.loads(label.read_text(encoding="utf-8"))
        if not page.is_file() or "published_at" not in data:
            continue
        html = decode_html(page.read_bytes()).text
        got = parse_html(html, data.get("url"), registry).published_at
        want = data["published_at"]
        if same_time(got, want):
            continue
        day = "same day" if same_day(got, want) else "other day"
        out.append(f"{folder.name}/{label.stem} ({day}): want {want} got {got}  url={data.get('url')}")
        out += [f"    … {snippet}" for snippet in _dates_in_text(html)]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.date_misses", description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if held_out(folder):
            print(f"{folder}: a held-out blind batch, refused")
            return 2
        print("\n".join(page_misses(folder)) or f"{folder}: no misses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
