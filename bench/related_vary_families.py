"""The ways other sites and years print a related list (``bench.related_vary``'s families 1-6): heading words,
a tab strip, the list in a script or for one, URL forms, split and paged lists, cards."""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
from collections.abc import Callable, Iterator
from urllib.parse import quote, urlsplit

from bench.extract_related import url_key
from bench.related_vary_locate import Located, Variant, replaced

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
