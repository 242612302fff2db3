"""The rewrites of ``bench/byline_portal_vary.py``: one portal page's byline region printed the ways the same
portal's other templates print it, the expected author, source and editor kept (README's conventions: an outlet
goes unlabelled only where it is no site's own name, 记者/文 credit people, an account stands after 作者 only).

Each family takes the page as located (its bar, the editor's element, the story's last paragraph, the time's
text) and a seeded random source, and returns the rewritten page or None when the page has nothing to rewrite.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser


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
