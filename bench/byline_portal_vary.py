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

Run: ``python -m bench.byline_portal_vary`` (``--show FAMILY`` prints that family's lost fields, ``--seed N``).
Never reads a blind batch that is still held out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bench.blind import TUNE_BATCHES
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


@dataclass(frozen=True)
class Base:
    name: str
    url: str | None
    html: str
    want: dict[str, str | None]
    published_at: str | None


@dataclass
class Located:
    """Where the byline sits on one page: the bar holding author/source, the editor's element, the story's
    last paragraph element (to put credits under it), and the text of the page's time."""

    html: str
    bar: str
    editor: str | None
    last: str | None
    time: str


def bases() -> Iterator[Base]:
    """Every labelled portal page of the tune material, in a stable order."""
    for page in load_pages():
        if page.set == "portal" and page.split == "tune":
            yield Base(page.name, page.url, page.html, _want(page.golden), page.published_at)
    for batch in sorted(FIXTURES.glob("blind*")):
        if batch.name not in TUNE_BATCHES:
            continue  # still held out: never read
        for label in sorted((batch / "portals").glob("*.json")):
            if (html := label.with_suffix(".html")).is_file():
                data = json.loads(label.read_text(encoding="utf-8"))
                text = decode_html(html.read_bytes()).text
                yield Base(f"{batch.name}/{label.stem}", data.get("url"), text, _want(data), data.get("published_at"))
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


# ---------------------------------------------------------------- the families

_CLASS = re.compile(r'\s(class|id)="([^"]*)"')
_NAMES = ("meta", "info", "pub", "byline", "attr", "detail", "sub", "row", "line", "bar", "tit", "desc")


def _renamed(html: str, rng: random.Random) -> str:
    def rename(match: re.Match[str]) -> str:
        return f' {match.group(1)}="{rng.choice(_NAMES)}-{rng.choice(_NAMES)}{rng.randint(1, 99)}"'

    return _CLASS.sub(rename, html)


SOURCE_LABELS = ("来源：", "来源:", "稿源：", "出处：", "转自：", "来源 ")
AUTHOR_LABELS = ("作者：", "作者:", "记者 ", "文/", "文｜", "本报记者 ")
EDITOR_LABELS = ("责任编辑：", "责编：", "编辑：", "值班编辑：", "责任编辑 ")
# Outlets the README lets stand unlabelled beside the time: a Han name ending like an outlet.
_OUTLET_END = re.compile(r"(?:网|报|社|新闻|客户端|电视台|时报|周刊|日报|晚报)$")


def _parts(base: Base, where: Located, rng: random.Random, *, labelled: bool = True) -> list[str]:
    """The bar's parts in a shuffled realistic order: the time first or last, then the labelled fields."""
    want = base.want
    fields = []
    if want["source"]:
        fields.append(f"{rng.choice(SOURCE_LABELS) if labelled else '来源：'}{want['source']}")
    if want["author"]:
        # 记者/文 credit people; an account (a longer name) only ever stands after 作者.
        person = all(len(name) <= 4 for name in want["author"].split())
        fields.append(f"{rng.choice(AUTHOR_LABELS) if labelled and person else '作者：'}{want['author']}")
    if want["editor"] and where.editor is None:
        fields.append(f"{rng.choice(EDITOR_LABELS) if labelled else '责任编辑：'}{want['editor']}")
    if rng.random() < 0.5:
        fields.reverse()
    return [where.time, *fields] if where.time and rng.random() < 0.7 else [*fields, where.time]


def _tag(rng: random.Random) -> str:
    return f'class="{rng.choice(_NAMES)}-{rng.choice(_NAMES)}"'


def fam_rename(base: Base, where: Located, rng: random.Random) -> str | None:
    return where.html.replace(where.bar, _renamed(where.bar, rng), 1)


def fam_restructure(base: Base, where: Located, rng: random.Random) -> str | None:
    parts = [part for part in _parts(base, where, rng, labelled=False) if part]
    shape = rng.choice(("p", "spans", "dl", "table", "split"))
    if shape == "p":
        bar = f"<p {_tag(rng)}>{'　'.join(parts)}</p>"
    elif shape == "spans":
        bar = f"<div {_tag(rng)}>" + "".join(f"<span>{part}</span>" for part in parts) + "</div>"
    elif shape in ("dl", "table"):
        rows = [(part.split("：", 1) if "：" in part else ("时间", part)) for part in parts]
        if shape == "dl":
            bar = f"<dl {_tag(rng)}>" + "".join(f"<dt>{k}：</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"
        else:
            cells = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in rows)
            bar = f"<table {_tag(rng)}><tbody>{cells}</tbody></table>"
    else:
        return _split(base, where, rng)
    return where.html.replace(where.bar, bar, 1)


def _split(base: Base, where: Located, rng: random.Random) -> str | None:
    """Source and time over the story, the writer (and editor) under its last paragraph."""
    if where.last is None or not base.want["author"]:
        return None
    top = "　".join(p for p in (where.time, f"来源：{base.want['source']}" if base.want["source"] else "") if p)
    under = [f"作者：{base.want['author']}"]
    if base.want["editor"] and where.editor is None:
        under.append(f"责任编辑：{base.want['editor']}")
    tail = f"<div {_tag(rng)}>" + "".join(f"<p>{line}</p>" for line in under) + "</div>"
    html = where.html.replace(where.bar, f"<div {_tag(rng)}>{top}</div>", 1)
    return html.replace(where.last, where.last + tail, 1)


def _own_name(html: str, source: str) -> bool:
    """The source shares its first characters with the site's own name (<title>, og:site_name): unlabelled
    beside the time it is the site's brand (README), so a variant may not drop its label."""
    title = re.search(r"<title[^>]*>([^<]*)", html)
    names = (title.group(1) if title else "") + (_brand(html) or "")
    return source[:2] in names


def fam_labels(base: Base, where: Located, rng: random.Random) -> str | None:
    parts = [part for part in _parts(base, where, rng) if part]
    source = base.want["source"]
    if (
        source
        and where.time
        and _OUTLET_END.search(source)
        and not _own_name(where.html, source)
        and rng.random() < 0.4
    ):
        # The outlet alone beside the time, no label (the README's unlabelled bar).
        parts = [where.time, source] + [p for p in parts if p != where.time and source not in p]
    elif base.want["author"] and len(base.want["author"]) <= 4 and rng.random() < 0.3:
        parts = [f"{base.want['author']} 记者" if base.want["author"] in p else p for p in parts]
    return where.html.replace(
        where.bar, f"<div {_tag(rng)}>" + "".join(f"<span>{p}</span>" for p in parts) + "</div>", 1
    )


_FURNITURE = (
    '<span class="views">阅读 {n}</span>',
    '<span class="cmt"><a href="#comment">评论 {m}</a></span>',
    '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>',
    '<span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span>',
    '<a class="print" href="javascript:window.print()">打印</a>',
    '<span class="chan"><a href="/{chan}/">{cname}</a></span>',
    '<a class="follow" href="#">+关注</a>',
)
_CHANNELS = (("finance", "财经频道"), ("news", "新闻中心"), ("tech", "科技"), ("sports", "体育"), ("ent", "娱乐"))


def _children(bar: str) -> int:
    body = LexborHTMLParser(bar).body
    top = body.child if body is not None else None
    return sum(1 for node in (top.iter() if top is not None else []) if node.tag != "-text")


def _brand(html: str) -> str | None:
    """The site's own name as its page declares it (og:site_name), so that a brand added is recognisable."""
    match = re.search(r'<meta[^>]+property="og:site_name"[^>]+content="([^"]+)"', html)
    return match.group(1) if match else None


def fam_furniture(base: Base, where: Located, rng: random.Random) -> str | None:
    if _children(where.bar) < 2:
        return None  # a name's own element: tools stand in the meta bar around it, not inside the name
    chan, cname = rng.choice(_CHANNELS)
    bits = [
        f.format(n=f"{rng.randint(2, 99)}.{rng.randint(1, 9)}万", m=rng.randint(0, 999), chan=chan, cname=cname)
        for f in rng.sample(_FURNITURE, 3)
    ]
    if (brand := _brand(where.html)) and rng.random() < 0.5:
        bits.append(f'<a href="/" class="logo">{brand}</a>')
    before, after = "".join(bits[: len(bits) // 2]), "".join(bits[len(bits) // 2 :])
    # Inside the bar, at its two ends: the template prints its tools in the same meta bar.
    opening = where.bar.index(">") + 1
    closing = where.bar.rindex("</") if where.bar.endswith(">") and "</" in where.bar else len(where.bar)
    bar = where.bar[:opening] + before + where.bar[opening:closing] + after + where.bar[closing:]
    return where.html.replace(where.bar, bar, 1)


_ENDINGS = (
    "<p>（责任编辑：{e}）</p>",
    "<p>[责编：{e}]</p>",
    "<p>编辑 {e}</p>",
    '<p class="editor">责任编辑：{e}</p>',
    "<div>(编辑：{e})</div>",
)


def fam_editor_end(base: Base, where: Located, rng: random.Random) -> str | None:
    editor = base.want["editor"]
    if not editor or where.last is None:
        return None
    html = where.html
    if where.editor is not None:
        html = html.replace(where.editor, "", 1)
    elif editor in where.bar:
        return None  # the editor shares the bar's element: not separable without rebuilding it
    return html.replace(where.last, where.last + rng.choice(_ENDINGS).format(e=editor), 1)


FAMILIES: dict[str, Callable[[Base, Located, random.Random], str | None]] = {
    "rename": fam_rename,
    "restructure": fam_restructure,
    "labels": fam_labels,
    "furniture": fam_furniture,
    "editor-end": fam_editor_end,
}


def run(seed: int, show: str | None) -> dict[str, Counter]:
    registry = Registry.load()
    table: dict[str, Counter] = defaultdict(Counter)
    for base in bases():
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
    args = parser.parse_args(argv)
    table = run(args.seed, args.show)
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
