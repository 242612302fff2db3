"""Every tune blind page's and byline string's fields, dumped, and two dumps compared against the labels.

A session's check before each commit: dump the tune material on the start code once, dump it again after a change,
and read which fields the change fixed and which it broke, natural batches (``blindNNn``) apart from the README
ones. Only the batches ``bench.blind.TUNE_BATCHES`` names are read: a held-out batch is never dumped.

Run: ``python -m bench.tune_diff dump OUT.json`` (the code on the import path is the code dumped: run it from another
checkout to dump that checkout's code), then ``python -m bench.tune_diff diff START.json NOW.json``.
"""

from __future__ import annotations

import argparse
import json
import operator
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.blind import BLIND_DIR, TUNE_BATCHES
from bench.extract import same_time
from bench.metrics import bag_of_tokens
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

FIXTURES = BLIND_DIR.parent
# The fields a label holds and a dump compares; the body is compared by its F1 against the label's paragraphs.
FIELDS = ("author", "source", "editor", "published_at", "title")
_WORKERS = 2
# Dumps round F1 to three places: a smaller move is rounding.
_F1_EPSILON = 0.001


def dump_batch(batch: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """One batch's pages (``batch/folder/stem``: fields, body F1, related URLs) and strings (``batch#line``)."""
    registry = Registry.load()
    pages: dict[str, dict[str, Any]] = {}
    for label_path in sorted(batch.glob("*/*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        page = label_path.parent / Path(label.get("page") or f"{label_path.stem}.html").name
        if not page.is_file():
            continue
        article = parse_html(decode_html(page.read_bytes()).text, label.get("url"), registry)
        body = bag_of_tokens("\n".join(article.paragraphs), "\n".join(label.get("paragraphs") or []))
        pages[f"{batch.name}/{label_path.parent.name}/{label_path.stem}"] = {
            **{field: getattr(article, field) for field in FIELDS},
            "f1": round(body.f1, 3),
            "related": sorted(item.url or "" for item in article.related),
        }
    strings: dict[str, dict[str, Any]] = {}
    for index, row in _string_rows(batch):
        found = parse_line(row["text"])
        strings[f"{batch.name}#{index}"] = {"author": found.author, "source": found.source, "editor": found.editor}
    return {"pages": pages, "strings": strings}


def _string_rows(batch: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    path = batch / "strings.jsonl"
    if path.is_file():
        for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield index, json.loads(line)


def dump(root: Path = FIXTURES, batches: frozenset[str] = TUNE_BATCHES) -> dict[str, dict[str, dict[str, Any]]]:
    """Every tune batch under ``root``, two processes at a time."""
    folders = [root / name for name in sorted(batches) if (root / name).is_dir()]
    merged: dict[str, dict[str, dict[str, Any]]] = {"pages": {}, "strings": {}}
    with ProcessPoolExecutor(_WORKERS) as pool:
        for part in pool.map(dump_batch, folders):
            merged["pages"].update(part["pages"])
            merged["strings"].update(part["strings"])
    return merged


class _Labels:
    """The labels a diff compares against, each batch's strings file read once however many of its rows differ."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._strings: dict[str, dict[int, dict[str, Any]]] = {}

    def of(self, kind: str, key: str) -> dict[str, Any]:
        if kind == "pages":
            batch, folder, stem = key.split("/")
            return json.loads((self._root / batch / folder / f"{stem}.json").read_text(encoding="utf-8"))
        batch, index = key.split("#")
        if batch not in self._strings:
            self._strings[batch] = dict(_string_rows(self._root / batch))
        return self._strings[batch][int(index)]


def compare(start: dict, now: dict, root: Path = FIXTURES) -> tuple[list[str], int, int]:
    """The lines of every field that differs between two dumps (FIXED, BROKE or other, by the label; ``n`` a
    natural batch, ``r`` a README one) and body F1 moves; with the counts fixed and broken. A time is right at
    the label's instant, to the minute (the corpus writes China time, a label may keep the page's offset)."""
    lines: list[str] = []
    fixed = broken = 0
    labels = _Labels(root)
    for kind in ("pages", "strings"):
        # Only what both dumps hold: a batch flipped to tune since the start has no start to compare with.
        for key in sorted(set(start[kind]) & set(now[kind])):
            before, after = start[kind][key], now[kind][key]
            tag = "n" if key.split("/")[0].split("#")[0].endswith("n") else "r"
            if kind == "pages" and (move := _f1_move(before, after)):
                lines.append(f"F1 {move} {tag} {key}: {before['f1']} -> {after['f1']}")
            if kind == "pages" and (moved := _related_move(before, after, labels.of(kind, key))):
                lines.append(f"RELATED {moved} {tag} {key}")
            for field in FIELDS:
                if before.get(field) == after.get(field):
                    continue
                want = labels.of(kind, key).get(field)
                right = same_time if field == "published_at" else operator.eq
                now_right, was_right = right(after.get(field), want), right(before.get(field), want)
                if now_right and was_right:
                    continue  # the same instant, written in another offset
                mark = "FIXED" if now_right else "BROKE" if was_right else "other"
                fixed, broken = fixed + (mark == "FIXED"), broken + (mark == "BROKE")
                lines.append(f"{mark} {tag} {key} {field}: {before.get(field)!r} -> {after.get(field)!r} want {want!r}")
    return lines, fixed, broken


def _related_move(before: dict[str, Any], after: dict[str, Any], label: dict[str, Any]) -> str | None:
    """How a page's related URLs moved against its labelled list (``UP``/``DOWN``: labelled items found and
    others returned, before -> after), None when the list is the same or the page labels none."""
    if before.get("related") == after.get("related") or not isinstance(label.get("related"), list):
        return None
    want = {item.get("url") for item in label["related"]}

    def counts(found: list[str] | None) -> tuple[int, int]:
        urls = set(found or [])
        return len(urls & want), len(urls - want)

    (hit0, extra0), (hit1, extra1) = counts(before.get("related")), counts(after.get("related"))
    move = "UP" if (hit1, -extra1) > (hit0, -extra0) else "DOWN" if (hit1, -extra1) < (hit0, -extra0) else "moved"
    return f"{move}: found {hit0} -> {hit1} of {len(want)}, others {extra0} -> {extra1}"


def _f1_move(before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """UP or DOWN when a page's body F1 moved by more than rounding, else None."""
    if before.get("f1") is None or after.get("f1") is None or abs(before["f1"] - after["f1"]) <= _F1_EPSILON:
        return None
    return "UP" if after["f1"] > before["f1"] else "DOWN"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump", help="dump every tune page and string").add_argument("out", type=Path)
    compared = commands.add_parser("diff", help="what changed between two dumps, by the labels")
    compared.add_argument("start", type=Path)
    compared.add_argument("now", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        result = dump()
        args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        print(f"{len(result['pages'])} pages, {len(result['strings'])} strings")
        return 0
    lines, fixed, broken = compare(*(json.loads(path.read_text(encoding="utf-8")) for path in (args.start, args.now)))
    print("\n".join([*lines, f"fixed {fixed} broken {broken}"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
