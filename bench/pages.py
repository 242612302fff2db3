"""Every labelled page, loaded once, for the accuracy benchmarks (body, byline, related, dates).

Three sets: ``portal`` (shared pages a site rule covers), ``longtail`` (shared pages of sites without a
rule) and ``dev`` (``../shared/dev/pages``: the benchmark's main-content text as truth). Each page carries
its split from ``bench.splits`` so every number can be reported for tune and held-out side by side.
Dev publish times come from a labeller's golden file (``tests/golden/dev/NAME.json`` in this tree, or the
labels worktree while it is not merged yet), read by path when present.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.splits import DEV_PAGES, ROOT, SHARED_PAGES, site_of, split_of
from newscorpus.decode import decode_html

GOLDEN_DIR = ROOT / "tests" / "golden"
# Dev-page labels: merged into this tree, or still in the labeller's worktree.
DEV_LABEL_DIRS = (GOLDEN_DIR / "dev", ROOT.parent / "labels" / "tests" / "golden" / "dev")
SETS = ("portal", "longtail", "dev")
SPLITS = ("tune", "heldout")


@dataclass(frozen=True)
class LabelledPage:
    name: str  # path relative to ../shared, e.g. "pages/163/1.html"
    site: str
    set: str  # one of SETS
    split: str  # one of SPLITS
    url: str | None
    html: str
    body: str  # the expected story text, lines joined by "\n"
    title: str | None
    published_at: str | None
    has_date_label: bool  # False when nobody labelled the publish time (dev pages without a golden file)
    golden: dict[str, Any]  # the raw label, for benchmarks reading other fields (byline, related)


def load_pages() -> list[LabelledPage]:
    """Every labelled page that exists, decoded once, in a stable order."""
    return _shared_pages() + _dev_pages()


def shared_labels(golden_dir: Path = GOLDEN_DIR, pages_dir: Path = SHARED_PAGES) -> Iterator[tuple[dict, Path]]:
    """(golden label, saved page) for every shared page that has both; `_encodings` copies and the dev
    labels (no paragraphs of their own) are left out. Every accuracy benchmark walks the labels this way."""
    for label in sorted(golden_dir.glob("*/*.json")):
        if label.parent.name.startswith("_") or label.parent.name == "dev":
            continue
        data = json.loads(label.read_text(encoding="utf-8"))
        source = pages_dir / data["page"]
        if source.is_file():
            yield data, source


def _shared_pages() -> list[LabelledPage]:
    pages: list[LabelledPage] = []
    for data, source in shared_labels():
        pages.append(
            LabelledPage(
                name=f"pages/{data['page']}",
                site=site_of(source),
                set="longtail" if data["site"] == "generic" else "portal",
                split=split_of(source),
                url=data.get("url"),
                html=decode_html(source.read_bytes()).text,
                body="\n".join(data["paragraphs"]),
                title=data.get("title"),
                published_at=data.get("published_at"),
                has_date_label=True,
                golden=data,
            )
        )
    return pages


def _dev_pages() -> list[LabelledPage]:
    if not DEV_PAGES.is_dir():
        return []
    pages: list[LabelledPage] = []
    for source in sorted(DEV_PAGES.glob("*.html")):
        truth = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
        label = _dev_label(source.stem)
        pages.append(
            LabelledPage(
                name=f"dev/pages/{source.name}",
                site=site_of(source),
                set="dev",
                split=split_of(source),
                url=truth.get("url"),
                html=decode_html(source.read_bytes()).text,
                body=truth.get("content") or "",
                title=(label or {}).get("title"),
                published_at=(label or {}).get("published_at"),
                has_date_label=label is not None and "published_at" in label,
                golden={**truth, **(label or {})},
            )
        )
    return pages


def _dev_label(stem: str) -> dict[str, Any] | None:
    for folder in DEV_LABEL_DIRS:
        path = folder / f"{stem}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return None


def manifest_pages(folder: Path, manifest: str, suffix: str = "") -> list[tuple[dict[str, Any], str]]:
    """(row, page text) for every row of a hand-written folder's JSONL manifest, in file order; empty when the
    manifest is absent. A row names its page as ``page`` (plus ``suffix``); pages decode as the crawler does."""
    path = folder / manifest
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row, decode_html((folder / f"{row['page']}{suffix}").read_bytes()).text) for row in rows]
