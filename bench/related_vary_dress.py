"""``bench.related_vary``'s family 9: a list's heading and items dressed as older and smaller sites print them.

Families 1-6 change what the box is (its words, a tab strip, a script, cards); these keep a plain list and change
the dress around the same words: a heading in brackets, behind arrows, with a colon, beside an English subtitle,
spelt out in an image's alt, or in a table cell of a 2005 layout; items as runs of links split by ``<br>``,
numbered, dated, credited to an outlet, or as a definition list with a snippet. Every variant keeps the list.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from bench.related_vary_families import esc, headed, plain_list
from bench.related_vary_locate import Located, Variant, replaced

FAMILY = "9 dress"
# Heading markup around the word 相关新闻/相关阅读 as sites of other years print it.
HEADINGS = (
    ("【】 in a <p><b>", '<p class="xg"><b>【相关阅读】</b></p>'),
    ("arrows", '<div class="xgxw_t">&gt;&gt; 相关新闻</div>'),
    ("trailing colon", "<p><strong>相关阅读：</strong></p>"),
    ("English subtitle", '<div class="hd"><h3>相关新闻<span class="en">RELATED NEWS</span></h3></div>'),
    ("dashes", '<div class="title">—— 相关推荐 ——</div>'),
    ("image alt", '<div class="xgxw"><img src="/images/xgxw_title.gif" alt="相关新闻" width="120" height="24"></div>'),
)


def _br_run(loc: Located) -> str:
    return "".join(f'·<a href="{esc(u)}" target="_blank">{esc(t)}</a><br>' for u, t in loc.items)


def _numbered(loc: Located) -> str:
    return "".join(f'<p>{n}. <a href="{esc(u)}">{esc(t)}</a></p>' for n, (u, t) in enumerate(loc.items, 1))


def _dated(loc: Located) -> str:
    rows = (
        f'<li><a href="{esc(u)}">{esc(t)}</a><span class="date">(2019-0{n % 9 + 1}-1{n % 10})</span></li>'
        for n, (u, t) in enumerate(loc.items)
    )
    return f'<ul class="list">{"".join(rows)}</ul>'


def _credited(loc: Located) -> str:
    rows = (
        f'<li><a href="{esc(u)}">{esc(t)}</a> <em>中国新闻网</em> <em>2016-1{n % 3}-0{n % 9 + 1} 08:3{n % 10}</em></li>'
        for n, (u, t) in enumerate(loc.items)
    )
    return f"<ul>{''.join(rows)}</ul>"


def _described(loc: Located) -> str:
    rows = (
        f'<dl><dt><a href="{esc(u)}">{esc(t)}</a></dt><dd>{esc(t)}。据了解，该项工作将于近期全面展开……</dd></dl>'
        for u, t in loc.items
    )
    return f'<div class="xgyd">{"".join(rows)}</div>'


ITEMS = (
    ("links split by <br>", _br_run),
    ("numbered <p>", _numbered),
    ("dated items", _dated),
    ("outlet and time after", _credited),
    ("<dl> with snippet", _described),
)


def dress(loc: Located, rng: random.Random) -> Iterator[Variant]:
    for label, heading in HEADINGS:
        yield Variant(FAMILY, f"heading: {label}", replaced(loc, f"<div>{heading}{plain_list(loc.items)}</div>"), True)
    for label, items in ITEMS:
        yield Variant(FAMILY, f"items: {label}", replaced(loc, headed("相关新闻", items(loc), rng)), True)
    cell = (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="title" height="28">'
        f'相关新闻</td></tr><tr><td class="lh22">{_br_run(loc)}</td></tr></table>'
    )
    yield Variant(FAMILY, "2005 table: heading cell, links split by <br>", replaced(loc, cell), True)
