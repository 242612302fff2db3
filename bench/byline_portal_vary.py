"""Portal bylines rewritten the ways the same portal's other templates print them (issue 13, session 9).

Every portal page we get right (shared tune pages a rule covers, the portal pages of the blind batches that are
tune material, the portal fixtures of ``tests/fixtures/bylines/pages`` and ``pages3``) has its byline region
rewritten, keeping the expected author, source and editor: the bar's classes and ids renamed (a rule's selectors
miss), the bar rebuilt (one ``<p>``, spans per field, a ``<dl>``, a ``<table>``, source and time over the story
with the writer under it), other labels (稿源/出处/转自, 记者/文, 责编/值班编辑) and unlabelled parts (an outlet
beside the time, a name before 记者), the site's furniture added around the bar (its brand, a channel link,
counters, share and font tools: no source), and the editor moved under the story's last paragraph. Each variant
is parsed and scored on the fields the original page got right: author and source shown, source null where
none is shown, editor shown. Seeded and deterministic.

Run: ``python -m bench.byline_portal_vary`` (``--show FAMILY`` prints that family's lost fields, ``--seed N``;
``--set longtail`` rewrites the long-tail pages' info bars the same ways instead, session 31).
Never reads a blind batch that is still held out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bench.blind import TUNE_BATCHES
from bench.byline_portal_families import FAMILIES, Base, Located
from bench.pages import load_pages
from bench.splits import ROOT
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

FIXTURES = ROOT / "tests" / "fixtures"
MANIFEST_FOLDERS = (FIXTURES / "bylines" / "pages", FIXTURES / "bylines" / "pages3")
FIELDS = ("author", "source", "editor")
# The bar's whole text stays short: a longer element holds the story or a column, not the byline.
BAR_MAX_CHARS = 240
VALUE_NODE_MAX_CHARS = 160
VARIANTS_PER_FAMILY = 3
# A parent of the located bar is still the bar while its text stays this short and it holds no headline,
# paragraph, picture or list.
WHOLE_BAR_MAX_CHARS = 120
# The editor's own element is a short credit; a longer one is the story's last paragraph closing with it.
EDITOR_MAX_CHARS = 40
_NOT_BAR = frozenset({"body", "html", "article", "main", "section"})
# The blind batches' folder names for the two kinds of page the bench rewrites.
PORTALS, LONGTAIL = "portals", "longtail"


def bases(kind: str = PORTALS) -> Iterator[Base]:
    """Every labelled page of the tune material of one kind (portals, or the long tail), in a stable order."""
    for page in load_pages():
        if page.set == ("portal" if kind == PORTALS else "longtail") and page.split == "tune":
            yield Base(page.name, page.url, page.html, _want(page.golden), page.published_at)
    for batch in sorted(FIXTURES.glob("blind*")):
        if batch.name not in TUNE_BATCHES:
            continue  # still held out: never read
        for label in sorted((batch / kind).glob("*.json")):
            if (html := label.with_suffix(".html")).is_file():
                data = json.loads(label.read_text(encoding="utf-8"))
                text = decode_html(html.read_bytes()).text
                yield Base(f"{batch.name}/{label.stem}", data.get("url"), text, _want(data), data.get("published_at"))
    if kind != PORTALS:
        return  # the byline fixture manifests are portal templates
    for folder in MANIFEST_FOLDERS:
        for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line)) and (html := folder / f"{row['page']}.html").is_file():
                text = decode_html(html.read_bytes()).text
                yield Base(f"{folder.name}/{row['page']}", row.get("url"), text, _want(row), row.get("published_at"))


def _want(data: dict) -> dict[str, str | None]:
    return {name: data.get(name) or None for name in FIELDS}


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def got(html: str, url: str | None, registry: Registry) -> dict[str, str | None]:
    article = parse_html(html, url, registry)
    return {"author": article.author, "source": article.source, "editor": article.editor}


def right_fields(want: dict[str, str | None], have: dict[str, str | None]) -> list[str]:
    """The scored fields a parse gets right: author/source/editor shown, source null where none."""
    out = [name for name in FIELDS if want[name] and _norm(want[name]) == _norm(have[name])]
    if want["source"] is None and have["source"] is None:
        out.append("source-null")
    return out


# ---------------------------------------------------------------- locating the byline on a page


def _smallest_holding(root: LexborNode, needle: str, limit: int) -> LexborNode | None:
    """The first, deepest element whose text holds ``needle`` and stays short."""
    best: LexborNode | None = None
    for node in root.traverse():
        if node.tag in ("-text", "script", "style", "title", "head", "meta", "-comment"):
            continue
        text = node.text(deep=True)
        if needle in text and len(text) <= limit:
            if best is None or _is_inside(node, best):
                best = node
            elif not _is_inside(best, node):
                break  # a later, unrelated element: the first holder is the byline's
    return best


def _is_inside(node: LexborNode, outer: LexborNode) -> bool:
    parent: LexborNode | None = node
    while parent is not None:
        if parent.mem_id == outer.mem_id:
            return True
        parent = parent.parent
    return False


def _common(nodes: list[LexborNode]) -> LexborNode | None:
    first = nodes[0]
    candidate: LexborNode | None = first
    while candidate is not None:
        if all(_is_inside(node, candidate) for node in nodes):
            return candidate
        candidate = candidate.parent
    return None


def _whole_bar(bar: LexborNode, title: str) -> LexborNode:
    """The bar's outermost short element: a name's own span sits in the meta bar the template prints."""
    while (parent := bar.parent) is not None and parent.tag not in _NOT_BAR:
        text = parent.text(deep=True).strip()
        if len(text) > WHOLE_BAR_MAX_CHARS or (title and title[:12] in text):
            break
        if parent.css_first("h1, p, li, ul, table") is not None:
            break
        bar = parent
    return bar


def _time_text(published_at: str | None) -> str:
    if not published_at:
        return ""
    match = re.match(r"(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?", published_at)
    return f"{match.group(1)} {match.group(2) or ''}".strip() if match else ""


def locate(base: Base, title: str | None, paragraphs: list[str]) -> Located | None:
    """The bar and the editor's element of a page, or None when the byline is not one short element."""
    tree = LexborHTMLParser(base.html)
    body = tree.body
    if body is None:
        return None
    holders = []
    for name in ("author", "source"):
        value = base.want[name]
        if value:
            node = _smallest_holding(body, value.split()[0], VALUE_NODE_MAX_CHARS)
            if node is None:
                return None
            holders.append(node)
    if not holders:
        return None
    bar = _common(holders)
    if bar is None or bar.tag in ("body", "html") or len(bar.text(deep=True)) > BAR_MAX_CHARS:
        return None
    if "。" in bar.text(deep=True):
        return None  # a sentence: the story's dateline or a caption, not a bar
    bar = _whole_bar(bar, title or "")
    if bar.css_first("h1") is not None or (title and title[:12] in bar.text(deep=True)):
        return None  # the headline shares the element: rewriting it would drop the headline
    editor = None
    if base.want["editor"]:
        node = _smallest_holding(body, base.want["editor"], VALUE_NODE_MAX_CHARS)
        short = node is not None and len(node.text(deep=True)) <= EDITOR_MAX_CHARS  # not a paragraph ending so
        if node is not None and short and not _is_inside(node, bar) and not _is_inside(bar, node):
            editor = node.html
    last = None
    if paragraphs:
        node = _smallest_holding(body, paragraphs[-1][:20], 100_000)
        if node is not None and node.tag not in ("textarea", "script") and not _is_inside(node, bar):
            last = node.html
    html = tree.html or ""
    if bar.html is None or bar.html not in html:
        return None
    start = html.find("<body")
    if paragraphs and not 0 <= html.find(bar.html, start) < html.find(paragraphs[0][:12], start):
        return None  # a credit inside or under the story (a closing bracket) is no bar to rewrite
    return Located(html, bar.html, editor, last, _time_text(base.published_at))


def run(seed: int, show: str | None, kind: str = PORTALS) -> dict[str, Counter]:
    registry = Registry.load()
    table: dict[str, Counter] = defaultdict(Counter)
    for base in bases(kind):
        article = parse_html(base.html, base.url, registry)
        have = {"author": article.author, "source": article.source, "editor": article.editor}
        right = right_fields(base.want, have)
        table["(pages)"]["seen"] += 1
        if not right:
            continue
        where = locate(base, article.title, article.paragraphs)
        if where is None:
            table["(pages)"]["unlocated"] += 1
            continue
        table["(pages)"]["located"] += 1
        for family, make in FAMILIES.items():
            for n in range(VARIANTS_PER_FAMILY):
                rng = random.Random(f"{seed}:{base.name}:{family}:{n}")
                html = make(base, where, rng)
                if html is None:
                    continue
                now = got(html, base.url, registry)
                kept = right_fields(base.want, now)
                for name in right:
                    table[family][f"{name} total"] += 1
                    table[family][f"{name} kept"] += name in kept
                    if name not in kept and show == family:
                        field = "source" if name == "source-null" else name
                        print(f"{base.name} [{family}#{n}] {name}: want {base.want[field]!r} got {now[field]!r}")
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.byline_portal_vary", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--show", choices=sorted(FAMILIES), help="print this family's lost fields")
    parser.add_argument("--set", choices=(PORTALS, LONGTAIL), default=PORTALS, help="which pages to rewrite")
    args = parser.parse_args(argv)
    table = run(args.seed, args.show, args.set)
    pages = table.pop("(pages)")
    print(f"pages seen {pages['seen']}, located {pages['located']}, unlocated {pages['unlocated']}")
    print("| family | author | source | source null | editor | all |")
    print("|---|---|---|---|---|---|")
    overall = Counter()
    for family in FAMILIES:
        row, counts = [], table[family]
        for name in ("author", "source", "source-null", "editor"):
            total, kept = counts[f"{name} total"], counts[f"{name} kept"]
            overall[f"{name} total"] += total
            overall[f"{name} kept"] += kept
            row.append(f"{kept}/{total}" if total else "-")
        total = sum(counts[f"{n} total"] for n in ("author", "source", "source-null", "editor"))
        kept = sum(counts[f"{n} kept"] for n in ("author", "source", "source-null", "editor"))
        print(f"| {family} | {' | '.join(row)} | {kept}/{total} ({kept / max(total, 1):.2f}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
