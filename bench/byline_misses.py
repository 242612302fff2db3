"""Every byline field a labelled page folder or strings file gets wrong: expected vs got, with the lines
under the headline (issue 13). For TUNE material only: the folders a brief names as tune.

Run: ``python -m bench.byline_misses tests/fixtures/bylines/pages4`` (``NAME.html`` + ``NAME.json`` in the
golden format, or a ``expected.jsonl``-less folder of goldens) or a ``strings.jsonl`` of byline strings.
A blind batch that is still held out (``blind9`` and later) is refused: its misses must never be printed.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bench.blind import held_out
from bench.extract_bylines import FIELDS
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

_CONTEXT_LINES = 8


def _collapse(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def page_misses(folder: Path) -> list[str]:
    registry = Registry.load()
    out: list[str] = []
    for label in sorted(folder.glob("*.json")):
        page = label.with_suffix(".html")
        if not page.is_file():
            continue
        data = json.loads(label.read_text(encoding="utf-8"))
        article = parse_html(decode_html(page.read_bytes()).text, data.get("url"), registry)
        got = {"author": article.author, "source": article.source, "editor": article.editor}
        bad = [name for name in FIELDS if _collapse(got[name]) != _collapse(data.get(name))]
        for name in bad:
            out.append(f"{folder.name}/{label.stem} {name}: want {data.get(name)!r} got {got[name]!r}")
        if bad:
            out.append("    under the headline: " + " ¦ ".join(_region(article.title, page)))
    return out


def _region(title: str | None, page: Path) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode_html(page.read_bytes()).text)
    body = tree.body
    text = body.text(separator="\n") if body is not None else ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = max((index for index, line in enumerate(lines) if title and title in line), default=0)
    return [line[:60] for line in lines[at : at + _CONTEXT_LINES]]


def string_misses(path: Path) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        found = parse_line(row["text"])
        got = {"author": found.author, "source": found.source, "editor": found.editor}
        out += [
            f"{row['text']!r}: {name} want {row.get(name)!r} got {got[name]!r}"
            for name in FIELDS
            if _collapse(got[name]) != _collapse(row.get(name))
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.byline_misses", description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+", help="page folders or strings .jsonl files (tune only)")
    args = parser.parse_args(argv)
    for path in args.paths:
        if held_out(path):
            print(f"{path}: a held-out blind batch; refused")
            return 2
        misses = string_misses(path) if path.suffix == ".jsonl" else page_misses(path)
        print("\n".join([*misses, f"{path}: {sum(not m.startswith('    ') for m in misses)} misses"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
