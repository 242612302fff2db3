"""Related lists the detector gets right, rewritten the ways other sites and years print them (issue 17).

Every labelled related list of the tune material (tune golden pages, fixtures, the tune blind batches)
that the generic path finds whole is located in its page (the nearest element holding its links, and the
heading above it), and its box is replaced by the same items printed another way: other heading words, a
tab strip, JSON in a script, other URL forms, split and paginated lists, cards; and, for precision, by boxes
that are no related list (a channel menu, an app box, a hot rank, tags, the previous and next story, share
buttons) in the same place. Each variant is parsed again and scored by URL: recall of the list's items for
the families that keep a list, and for the rest whether any link of the box came back (it must not).

Deterministic: the choice of markup per page is seeded by the page's name. Held-out pages are never read.
``python -m bench.related_vary [--min N] [--family F] [--show] [--rules]`` prints the family table (``--show``: each
lost variant).
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bench import blind, extract_related
from bench.extract_related import url_key
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.related import _all_headings
from newscorpus.scrapers.text import absolute, clean

SEED = 17
FIXTURES = Path("tests/fixtures")
# A list counts as found on the unmutated page (and kept by a variant) at this share of its items.
FOUND_SHARE = 0.8
# How far above the list's own element its box may widen over wrappers holding little else.
BOX_SLACK_CHARS = 30
# A box holding more text than this (its items' snippets, times and sources beside the titles) holds more
# than the list: such pages are left out.
BOX_TEXT_PER_TITLE = 6
BOX_TEXT_SLACK = 600

# Heading words and whether README's convention makes the list under them related (True) or not.
HEADING_WORDS: dict[str, bool] = {
    "相关阅读": True,  # control: a word the grammar holds, in the same rebuilt box
    "相关报道": True,
    "相关链接": True,
    "更多阅读": True,
    "更多相关": True,
    "同类文章": True,
    "本文相关": True,
    "你可能感兴趣的": True,
    "往期回顾": True,
    "延伸閱讀": True,
    "相關新聞": True,
    "関連記事": True,
    "関連ニュース": True,
    "Related": True,
    "More on this story": True,
    "猜你喜欢": True,  # a personal feed alone after the story: README keeps it as the page's list
    "为您推荐": False,  # site-wide feed (163, ifeng, stcn labels)
    "看了又看": False,  # readers' also-viewed feed, like 大家都在看
    "相关专题": False,  # topic hubs, not stories
    "精彩推荐": False,  # site-wide picks (the grammar's note)
}
HEADING_SHAPES = (
    "<h3>{w}</h3>",
    '<div class="tit"><span>{w}</span></div>',
    '<h2 class="title">{w}<i class="line"></i></h2>',
    '<div class="hd"><strong>{w}</strong></div>',
)
HOT_TITLES = (
    "多地发布寒潮预警 气温将创入冬以来新低",
    "央行宣布降准0.5个百分点 释放长期资金约1万亿元",
    "国足世预赛名单公布 三名归化球员入选",
    "春运火车票今日开售 这些时间节点请收好",
    "国内油价迎来年内第十次下调 加满一箱少花7元",
    "多家银行下调存款利率 三年期跌破2.5%",
)


@dataclass(frozen=True)
class Located:
    name: str
    url: str
    page: str  # the page as serialised by lexbor (the fragments below are substrings of it)
    box: str  # the box holding heading and list
    heading: str  # the heading's html when it is outside ``box`` ("" when inside or none)
    items: tuple[tuple[str, str], ...]  # (absolute url, title) in page order
    expected: frozenset[str]
    elsewhere: frozenset[str] = frozenset()  # items the page links outside the box too (an in-story 相关新闻)


@dataclass(frozen=True)
class Variant:
    family: str
    name: str
    html: str
    keep: bool  # whether the list's items should come back
    injected: frozenset[str] = frozenset()  # for boxes that are no list: their links' keys
    expected: frozenset[str] | None = None  # the list's items when the variant grows it (else the page's)


def cases() -> Iterator[tuple[str, Path, str | None, frozenset[str]]]:
    for case in extract_related.all_cases():
        if case.split != "heldout" and not blind.held_out(case.path):
            yield case.name, case.path, case.url, case.expected
    for batch in sorted(blind.TUNE_BATCHES):
        for folder in blind.folders(FIXTURES / batch):
            for data, page in blind.labelled(folder):
                if isinstance(data.get("related"), list) and data.get("url"):
                    yield str(page), page, data["url"], extract_related.expected(data["related"])


def returned(html: str, url: str, registry: Registry) -> tuple[set[str], str]:
    article = parse_html(html, url, registry)
    return {url_key(item.url) for item in article.related if item.url}, article.site


def _chain(node: LexborNode) -> list[LexborNode]:
    out = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out[::-1]


def locate(name: str, html: str, url: str, expected: frozenset[str]) -> Located | None:
    tree = LexborHTMLParser(html)
    if tree.body is None:
        return None
    links = [a for a in tree.body.css("a[href]") if url_key(absolute(a.attributes.get("href"), url)) in expected]
    if len(links) < 2:
        return None
    lca = _holder(links, url)
    if lca is None or lca.tag in ("body", "html"):
        return None
    links = [a for a in links if any(p.mem_id == lca.mem_id for p in _chain(a))]
    order = {n.mem_id: i for i, n in enumerate(tree.body.traverse())}
    first = min(order[a.mem_id] for a in links)
    up = lca
    for _ in range(3):
        if up.parent is not None and up.parent.tag not in ("body", "html"):
            up = up.parent
    heads = [h for h, inline in _all_headings(tree.body) if order.get(h.mem_id, 1 << 30) < first and not inline]
    heads = [h for h in heads if any(p.mem_id == up.mem_id for p in _chain(h))]
    head = heads[-1] if heads else None
    items: dict[str, tuple[str, str]] = {}
    for a in links:
        target = absolute(a.attributes.get("href"), url) or ""
        title = clean(a.text(deep=True)) or clean(a.attributes.get("title") or "")
        key = url_key(target)
        if key not in items or len(title) > len(items[key][1]):
            items[key] = (target, title)
    items = {k: v for k, v in items.items() if v[1]}
    if len(items) < 2:
        return None
    most = BOX_TEXT_PER_TITLE * sum(len(title) for _url, title in items.values()) + BOX_TEXT_SLACK
    box = _box(lca, head)
    if len(box.text()) > most:
        box = _box(lca, None)  # the heading sits in another box (a tab bar above): removed on its own
    if len(box.text()) > most:
        return None  # the box holds the story too: replacing it would test something else
    inside = head is not None and any(p.mem_id == box.mem_id for p in _chain(head))
    page = tree.html or ""
    heading = "" if head is None or inside else (head.html or "")
    if (box.html or "") not in page or (heading and heading not in page):
        return None
    rest = LexborHTMLParser(page.replace(box.html or "", "", 1)).css("a[href]")
    elsewhere = frozenset(key for a in rest if (key := url_key(absolute(a.attributes.get("href"), url))) in items)
    return Located(name, url, page, box.html or "", heading, tuple(items.values()), frozenset(items), elsewhere)


def _holder(links: list[LexborNode], url: str) -> LexborNode | None:
    """The deepest element holding FOUND_SHARE of the list's distinct links (a story linked twice, in a
    picture strip above and in the list, does not widen it to the page)."""
    keys = {url_key(absolute(a.attributes.get("href"), url)) for a in links}
    under: dict[int, set[str]] = defaultdict(set)
    nodes: dict[int, tuple[int, LexborNode]] = {}
    for a in links:
        key = url_key(absolute(a.attributes.get("href"), url))
        for depth, node in enumerate(_chain(a)[:-1]):
            under[node.mem_id].add(key)
            nodes[node.mem_id] = (depth, node)
    held = [nodes[i] for i, found in under.items() if len(found) >= FOUND_SHARE * len(keys)]
    return max(held, key=lambda pair: pair[0])[1] if held else None


def _box(lca: LexborNode, head: LexborNode | None) -> LexborNode:
    """The box holding heading and list: their common ancestor, widened over wrappers holding nothing else."""
    box = lca
    if head is not None:
        ids = {n.mem_id for n in _chain(head)}
        while box.mem_id not in ids and box.parent is not None:
            box = box.parent
    size = len(box.text())
    while box.parent is not None and box.parent.tag not in ("body", "html"):
        if len(box.parent.text()) > size + BOX_SLACK_CHARS:
            break
        box = box.parent
    return box


def replaced(loc: Located, new_box: str, head: str = "") -> str:
    """The page with the located box (and its heading) replaced by ``new_box``; ``head`` goes into <head>."""
    page = loc.page.replace(loc.heading, "", 1) if loc.heading else loc.page
    page = page.replace(loc.box, new_box, 1)
    return page.replace("</head>", head + "</head>", 1) if head else page


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def plain_list(items: tuple[tuple[str, str], ...], href: Callable[[str], str] = lambda u: u) -> str:
    return (
        "<ul>" + "".join(f'<li><a href="{esc(href(u))}" target="_blank">{esc(t)}</a></li>' for u, t in items) + "</ul>"
    )


def headed(word: str, body: str, rng: random.Random, cls: str = "box") -> str:
    return f'<div class="{cls}">{rng.choice(HEADING_SHAPES).format(w=esc(word))}{body}</div>'


def hot_items(loc: Located) -> tuple[tuple[str, str], ...]:
    parts = urlsplit(loc.url)
    return tuple(
        (f"{parts.scheme}://{parts.netloc}/hot/2024/0{n + 1}1{n}/{880000 + 37 * n}.html", title)
        for n, title in enumerate(HOT_TITLES)
    )


AD_URL = "https://c.adnet-x.test/click?id=88"
LONG_LIST = 45  # a 2024 portal's 相关推荐 tab or feed: dozens of items


def long_items(loc: Located) -> tuple[tuple[str, str], ...]:
    """The list grown to LONG_LIST items: each further one another story filed as the list's are (its URL's
    last digit run changed), titled as one (the title with a part number)."""
    grown = list(loc.items)
    round_ = 0
    while len(grown) < LONG_LIST:
        round_ += 1
        for url, title in loc.items:
            digits = list(re.finditer(r"\d+", urlsplit(url).path))
            if not digits or len(grown) >= LONG_LIST:
                continue
            last = digits[-1]
            start = url.index(urlsplit(url).path) + last.start()
            number = str(int(last.group()) + 7919 * round_).zfill(len(last.group()))
            grown.append((url[:start] + number + url[start + len(last.group()) :], f"{title}（{round_ + 1}）"))
        if round_ > LONG_LIST:
            break
    return tuple(grown)


def heading_words(loc: Located, rng: random.Random) -> Iterator[Variant]:
    for word, keep in HEADING_WORDS.items():
        yield Variant(
            "1 heading words", word, replaced(loc, headed(word, plain_list(loc.items), rng)), keep, loc.expected
        )


def tab_strip(loc: Located, rng: random.Random) -> Iterator[Variant]:
    hot = hot_items(loc)
    hot_keys = frozenset(url_key(u) for u, _ in hot)
    ranked = (
        "<ol>"
        + "".join(f'<li><em>{i}</em><a href="{esc(u)}">{esc(t)}</a></li>' for i, (u, t) in enumerate(hot, 1))
        + "</ol>"
    )
    own = plain_list(loc.items)
    for first, label in ((True, "相关推荐"), (False, "相关推荐"), (True, "相关阅读"), (False, "延伸阅读")):
        tabs = (
            [f'<li class="on">{label}</li>', "<li>热门</li>"]
            if first
            else ["<li>热门</li>", f'<li class="on">{label}</li>']
        )
        panes = [f'<div class="tab-pane">{own}</div>', f'<div class="tab-pane" style="display:none">{ranked}</div>']
        if not first:
            panes.reverse()
        box = f'<div class="tabbox"><ul class="tabs">{"".join(tabs)}</ul>{"".join(panes)}</div>'
        where = "first" if first else "second"
        yield Variant("2 tab strip", f"{label} {where}", replaced(loc, box), True, hot_keys)
    grown = long_items(loc)
    long_loc = Located(
        loc.name, loc.url, loc.page, loc.box, loc.heading, grown, frozenset(url_key(u) for u, _ in grown)
    )
    tabs = '<ul class="tabs"><li class="on">相关推荐</li><li>热门</li></ul>'
    panes = f'<div class="tab-pane">{plain_list(grown)}</div><div class="tab-pane" style="display:none">{ranked}</div>'
    box = f'<div class="tabbox">{tabs}{panes}</div>'
    yield Variant(
        "2 tab strip", f"相关推荐 first, {LONG_LIST} items", replaced(loc, box), True, hot_keys, long_loc.expected
    )


def script_json(loc: Located, rng: random.Random) -> Iterator[Variant]:
    objects = [{"title": t, "url": u, "pic": "/img/a.jpg"} for u, t in loc.items]
    data = json.dumps(objects, ensure_ascii=False)
    empty = headed("相关阅读", '<ul class="list"><li class="loading">加载中...</li></ul>', rng)
    state = json.dumps({"article": {"id": 1, "relatedNews": objects}, "hotList": []}, ensure_ascii=False)
    yield Variant(
        "3 script/lazy",
        "__INITIAL_STATE__",
        replaced(loc, empty + f"<script>window.__INITIAL_STATE__={state};</script>"),
        True,
    )
    yield Variant(
        "3 script/lazy", "var relatedNews", replaced(loc, empty + f"<script>var relatedNews = {data};</script>"), True
    )
    attr = esc(data)
    box = headed("相关阅读", f'<div class="news-list" data-list="{attr}"></div>', rng)
    yield Variant("3 script/lazy", "data-list attribute", replaced(loc, box), True)
    tpl = '<template id="tpl-rel"><li><a href="{{url}}">{{title}}</a></li></template>'
    json_script = f'<script type="application/json" id="related-data">{data}</script>'
    yield Variant(
        "3 script/lazy",
        "template + JSON script",
        replaced(loc, headed("相关阅读", '<ul id="rel"></ul>' + tpl + json_script, rng)),
        True,
    )
    lazy = headed("相关阅读", '<div class="lazy-cards" data-src="/api/related?id=1024&amp;n=8"></div>', rng)
    yield Variant("3 script/lazy", "data-src lazy (no list)", replaced(loc, lazy), False, loc.expected)


def url_forms(loc: Located, rng: random.Random) -> Iterator[Variant]:
    host = urlsplit(loc.url).netloc

    def path_only(u: str) -> str:
        p = urlsplit(u)
        return p.path + (f"?{p.query}" if p.query else "") if p.netloc == host else u

    def proto(u: str) -> str:
        return "//" + u.split("://", 1)[1] if "://" in u else u

    def wrapped(u: str) -> str:
        return "/link?url=" + quote(u, safe="")

    def tracked(u: str) -> str:
        return u + ("&" if "?" in u else "?") + "utm_source=related&utm_medium=pc&spm=c.1.2"

    forms: tuple[tuple[str, Callable[[str], str]], ...] = (
        ("root-relative", path_only),
        ("protocol-relative", proto),
        ("redirect wrapper", wrapped),
        ("tracking params", tracked),
    )
    for label, form in forms:
        yield Variant("4 url forms", label, replaced(loc, headed("相关阅读", plain_list(loc.items, form), rng)), True)
    # <base href> naming the site's root while the page lies deeper: hrefs relative to the base.
    parts = urlsplit(loc.url)
    base = f'<base href="{parts.scheme}://{parts.netloc}/">'
    same = all(urlsplit(u).netloc == host for u, _ in loc.items)
    if same:
        rel = plain_list(loc.items, lambda u: path_only(u).lstrip("/"))
        yield Variant("4 url forms", "base href", replaced(loc, headed("相关阅读", rel, rng), head=base), True)


def split_lists(loc: Located, rng: random.Random) -> Iterator[Variant]:
    half = (len(loc.items) + 1) // 2
    left, right = loc.items[:half], loc.items[half:]
    grid = f'<div class="col-l">{plain_list(left)}</div><div class="col-r">{plain_list(right)}</div>'
    yield Variant("5 split/paged", "two columns", replaced(loc, headed("相关阅读", grid, rng)), True)
    yield Variant(
        "5 split/paged", "two <ul>", replaced(loc, headed("相关新闻", plain_list(left) + plain_list(right), rng)), True
    )
    rows = "".join(
        "<tr>" + "".join(f'<td><a href="{esc(u)}">{esc(t)}</a></td>' for u, t in loc.items[i : i + 2]) + "</tr>"
        for i in range(0, len(loc.items), 2)
    )
    yield Variant("5 split/paged", "table grid", replaced(loc, headed("相关阅读", f"<table>{rows}</table>", rng)), True)
    change = '<a href="javascript:;" class="change">换一批</a>'
    paged = f'<ul class="page on">{plain_list(left)[4:]}<ul class="page" style="display:none">{plain_list(right)[4:]}'
    yield Variant("5 split/paged", "换一批 pages", replaced(loc, headed("相关推荐", change + paged, rng)), True)


def cards(loc: Located, rng: random.Random) -> Iterator[Variant]:
    grown = long_items(loc)
    shapes = (("h3", loc.items), ("h4", loc.items), ("p", loc.items), ("span", loc.items), ("h3", grown))
    for tag, items in shapes:
        body = "".join(
            f'<div class="card"><a href="{esc(u)}" class="pic"><img src="/img/{n}.jpg" alt=""></a>'
            f'<div class="info"><{tag} class="t"><a href="{esc(u)}">{esc(t)}</a></{tag}>'
            f'<p class="desc">{esc(t)}。记者从有关部门获悉，相关工作正在有序推进中。</p>'
            f'<div class="meta"><span class="src">新华社</span>'
            f'<span class="time">2024-03-0{n % 9 + 1} 10:2{n % 10}</span>'
            f'<span class="cmt">{12 + n}评论</span></div></div></div>'
            for n, (u, t) in enumerate(items)
        )
        name = f"image first, title in {tag}" + (f", {LONG_LIST} items" if items is grown else "")
        box = headed("相关推荐", f'<div class="list">{body}</div>', rng)
        yield Variant("6 cards", name, replaced(loc, box), True, expected=frozenset(url_key(u) for u, _ in items))


def not_lists(loc: Located, rng: random.Random) -> Iterator[Variant]:
    parts = urlsplit(loc.url)
    root = f"{parts.scheme}://{parts.netloc}"
    channels = ("国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产")
    menu = (
        '<ul class="menu">'
        + "".join(f'<li><a href="{root}/{n}/">{c}</a></li>' for n, c in enumerate(channels))
        + "</ul>"
    )
    app = (
        '<div class="app-box"><img src="/img/qr.png" alt="二维码"><p>打开客户端 阅读全文</p>'
        f'<a href="{root}/app/download.html">下载客户端</a>'
        '<a href="https://apps.apple.com/cn/app/id1234567">App Store</a></div>'
    )
    ranked = "".join(f'<li><em>{i}</em><a href="{esc(u)}">{esc(t)}</a></li>' for i, (u, t) in enumerate(loc.items, 1))
    tags = (
        '<div class="tags">标签：'
        + "".join(f'<a href="{root}/tag/{n}.html">{c}</a>' for n, c in enumerate(channels[:5]))
        + "</div>"
    )
    (u1, t1), (u2, t2) = loc.items[0], loc.items[1]
    prev_next = (
        f'<div class="pn"><p>上一篇：<a href="{esc(u1)}">{esc(t1)}</a></p>'
        f'<p>下一篇：<a href="{esc(u2)}">{esc(t2)}</a></p></div>'
    )
    share = (
        '<div class="share">分享到：<a href="https://service.weibo.com/share/share.php?url=x">微博</a>'
        '<a href="javascript:;" class="wx">微信</a><a href="https://connect.qq.com/widget/shareqq/index.html?url=x">QQ</a></div>'
    )
    boxes = (
        ("channel menu", menu),
        ("app download", app),
        ("热门排行", headed("热门排行", f"<ol>{ranked}</ol>", rng)),
        ("24小时热榜", headed("24小时热榜", f'<ul class="list">{ranked}</ul>', rng)),
        ("tag cloud", tags),
        ("上一篇/下一篇", prev_next),
        ("share buttons", share),
    )
    for label, box in boxes:
        keys = frozenset(url_key(absolute(h, loc.url)) for h in re.findall(r'href="([^"]+)"', htmlmod.unescape(box)))
        yield Variant("7 not a list", label, replaced(loc, box), False, frozenset(k for k in keys if k))


def furniture_inside(loc: Located, rng: random.Random) -> Iterator[Variant]:
    """The list kept, with what a portal prints among or after its items: none of it is an item."""
    parts = urlsplit(loc.url)
    root = f"{parts.scheme}://{parts.netloc}"
    rows = [f'<li><a href="{esc(u)}" target="_blank">{esc(t)}</a></li>' for u, t in loc.items]
    middle = len(rows) // 2
    inserts = (
        (
            "app promo item",
            f'<li class="app-item"><a href="{root}/app/download?from=rel">打开APP，查看更多精彩推荐</a></li>',
        ),
        (
            "app deep link",
            '<li><a href="newsapp://article/2024031209?from=related">打开客户端 阅读更多相关新闻</a></li>',
        ),
        (
            "advert item",
            f'<li class="ad-item"><a href="{AD_URL}">春季特惠 新款家电限时五折抢购中</a><span>广告</span></li>',
        ),
    )
    for label, row in inserts:
        listed = "<ul>" + "".join([*rows[:middle], row, *rows[middle:]]) + "</ul>"
        keys = frozenset(url_key(absolute(h, loc.url)) for h in re.findall(r'href="([^"]+)"', htmlmod.unescape(row)))
        yield Variant("8 furniture in the list", label, replaced(loc, headed("相关推荐", listed, rng)), True, keys)
    channels = (("国内", "china"), ("国际", "world"), ("财经", "finance"), ("科技", "tech"))
    nav = '<div class="more">更多：' + "".join(f'<a href="{root}/{p}/">{c}</a>' for c, p in channels) + "</div>"
    more = f'<div class="more"><a href="{root}/news/list_1203.html">查看更多相关新闻 &gt;&gt;</a></div>'
    tagged = (
        "<ul>"
        + "".join(
            f'<li><a href="{esc(u)}">{esc(t)}</a>'
            f'<a class="tag" href="{root}/{channels[n % 4][1]}/">{channels[n % 4][0]}</a></li>'
            for n, (u, t) in enumerate(loc.items)
        )
        + "</ul>"
    )
    after = (("channel row after", plain_list(loc.items) + nav), ("more link after", plain_list(loc.items) + more))
    for label, body in (*after, ("channel tag per item", tagged)):
        keys = frozenset(
            url_key(absolute(h, loc.url)) for h in re.findall(r'href="([^"]+)"', htmlmod.unescape(nav + more))
        )
        yield Variant("8 furniture in the list", label, replaced(loc, headed("相关阅读", body, rng)), True, keys)


FAMILIES = (heading_words, tab_strip, script_json, url_forms, split_lists, cards, not_lists, furniture_inside)


@dataclass
class Tally:
    lists: int = 0
    kept: int = 0  # recall >= FOUND_SHARE and no foreign item (positives); nothing of the box (negatives)
    recall: float = 0.0
    extras: int = 0


def score(variant: Variant, loc: Located, got: set[str], before: set[str]) -> tuple[bool, float, int]:
    """Whether the variant survived, its recall (positives) and how many foreign items came back."""
    new = got - before  # items the unmutated page gave outside this list are no news of the variant
    if variant.keep:
        expected = variant.expected or loc.expected
        recall = len(got & expected) / len(expected)
        extras = len((new - expected) & variant.injected) if variant.injected else 0
        return recall >= FOUND_SHARE and not extras, recall, extras
    wrong = len((got & variant.injected) - loc.elsewhere)
    return wrong == 0, 0.0, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=3, help="lists of at least this many labelled items")
    parser.add_argument("--family", default="", help="only families whose name holds this")
    parser.add_argument("--show", action="store_true", help="print each lost variant")
    parser.add_argument("--rules", action="store_true", help="the pages a site rule parses instead of generic ones")
    args = parser.parse_args()
    registry = Registry.load()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    pages = 0
    for name, path, url, expected in cases():
        if not url or len(expected) < args.min:
            continue
        html = decode_html(path.read_bytes()).text
        got, site = returned(html, url, registry)
        if (site == "generic") == args.rules or len(got & expected) < FOUND_SHARE * len(expected):
            continue
        loc = locate(name, html, url, expected)
        if loc is None:
            continue
        before = got - loc.expected
        pages += 1
        rng = random.Random(f"{SEED}:{name}")
        for family in FAMILIES:
            for variant in family(loc, rng):
                if args.family and args.family not in variant.family:
                    continue
                now, _ = returned(variant.html, url, registry)
                ok, recall, extras = score(variant, loc, now, before)
                tally = tallies[(variant.family, variant.name)]
                tally.lists += 1
                tally.kept += ok
                tally.recall += recall
                tally.extras += extras
                if args.show and not ok:
                    print(f"LOST {variant.family} / {variant.name}: {name} recall {recall:.2f} extras {extras}")
    path = "site rules" if args.rules else "generic path"
    print(f"{pages} lists ({path}, >= {args.min} items, found whole on the page as saved)\n")
    print("| family | variant | expect | kept / lists | mean recall | foreign items |")
    print("|---|---|---|---|---|---|")
    for (family, variant), tally in sorted(tallies.items()):
        positive = variant not in {v for v, keep in HEADING_WORDS.items() if not keep} and not family.startswith("7")
        positive = positive and "no list" not in variant
        mean = f"{tally.recall / tally.lists:.2f}" if positive else "-"
        expect = "items" if positive else "nothing"
        print(f"| {family} | {variant} | {expect} | {tally.kept} / {tally.lists} | {mean} | {tally.extras} |")


if __name__ == "__main__":
    main()
