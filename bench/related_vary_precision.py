"""Boxes that are no related list in the list's place, and furniture inside a kept list (``bench.related_vary``'s
families 7 and 8): none of their links may come back as an item."""

from __future__ import annotations

import html as htmlmod
import random
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from bench.extract_related import url_key
from bench.related_vary_families import AD_URL, esc, headed, plain_list
from bench.related_vary_locate import Located, Variant, replaced
from newscorpus.scrapers.text import absolute


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
