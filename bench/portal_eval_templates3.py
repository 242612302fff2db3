"""Seed 3's site templates: a second held-out portal, written before the fixes that seed 2's misses led to
(so seed 2 became tune material) and never looked at while fixing. Markup unlike seeds 1 and 2: byline
spans with an <em> outlet, a sidebar 热门排行 list beside the story (never related), a government-style
information bar with 信息来源/撰文, a mobile-style author card with colon-less labels; pagers
``art_12_N_2.html``, ``?pn=2``, ``_2.html`` with only 上一页/下一页; related lists with headings inside
links, in a table, or as picture cards.
"""

from __future__ import annotations

from html import escape

from bench.portal_eval_templates import ListView, Template, View, _doc, _list_items, _nav, _numbers, _p


def _info_article(v: View) -> str:
    spans = f"<span>{v.date[:4]}年{v.date[5:7]}月{v.date[8:10]}日 {v.date[11:]}</span>"
    spans += f"<span>来源：<em>{escape(v.source)}</em></span>" if v.source else ""
    spans += f"<span>作者：{escape(v.author)}</span>" if v.author else ""
    pages = "".join(
        f"<li class='active'><span>{i + 1}</span></li>" if i == v.part else f"<li><a href='{u}'>{i + 1}</a></li>"
        for i, u in enumerate(v.part_urls)
    )
    nxt = f"<li><a href='{v.part_urls[v.part + 1]}'>下一页</a></li>" if v.part + 1 < len(v.part_urls) else ""
    pager = f"<ul class='pagination'>{pages}{nxt}</ul>" if len(v.part_urls) > 1 else ""
    editor = f"<div class='article-editor'>责任编辑：{escape(v.editor)}</div>" if v.editor else ""
    related = ""
    if v.related:
        items = "".join(
            f"<li><a href='{u}'><h4>{escape(t)}</h4></a><p>{escape(t)}。记者从有关方面获悉。</p></li>"
            for t, u in v.related
        )
        related = f"<div class='hot-read'><div class='title'>相关阅读</div><ul>{items}</ul></div>"
    body = (
        f"{_nav(v)}<div class='container'><h1 class='article-title'>{escape(v.title)}</h1>"
        f"<div class='article-info'>{spans}</div><div class='article-body'>{_p(v.paragraphs)}</div>{pager}{editor}"
        f"{related}</div><div class='copyright'>{escape(v.outlet)} 版权所有</div>"
    )
    return _doc(v.title, v.outlet, body)


def _info_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<div class='container'><ul>{_list_items(v)}</ul>{pager}</div>")


def _sidebar_article(v: View) -> str:
    """Story on the left, a 热门排行 ranking on the right (links to other stories: not related)."""
    bits = [f"来源：{escape(v.source)}"] if v.source else []
    bits += [f"作者：{escape(v.author)}"] if v.author else []
    bits.append(v.date)
    editor = f"<p>【编辑：{escape(v.editor)}】</p>" if v.editor else ""
    pager = f"<div class='pagebox'>{_numbers(v.part_urls, v.part)}</div>" if len(v.part_urls) > 1 else ""
    related = ""
    if v.related:
        items = "".join(f"<li><a href='{u}'>{escape(t)}</a></li>" for t, u in v.related)
        related = f"<div class='xgtj'><h3>相关推荐</h3><ul>{items}</ul></div>"
    ranking = "".join(f"<li><i>{n + 1}</i><a href='{u}'>{escape(t)}</a></li>" for n, (t, u) in enumerate(v.ranking))
    body = (
        f"{_nav(v)}<div class='w1000'><div class='left'><h1>{escape(v.title)}</h1>"
        f"<p class='info'>{'&nbsp;&nbsp;'.join(bits)}</p><div class='text'>{_p(v.paragraphs)}{editor}</div>{pager}"
        f"{related}</div><div class='right'><div class='rank'><h3>热门排行</h3><ol>{ranking}</ol></div></div></div>"
        f"<div class='footer'>{escape(v.outlet)}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _sidebar_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<div class='w1000'><ul class='l'>{_list_items(v)}</ul>{pager}</div>")


def _gov_article(v: View) -> str:
    """A government-style information bar (发布日期, 信息来源, 撰文); 责编 closing the last part; 延伸阅读 table."""
    cells = [f"<span>发布日期：{v.date[:10]}</span>"]
    cells += [f"<span>信息来源：{escape(v.source)}</span>"] if v.source else []
    cells += [f"<span>撰文：{escape(v.author)}</span>"] if v.author else []
    editor = f"<p class='zb'>（责编：{escape(v.editor)}）</p>" if v.editor else ""
    pager = f"<div class='page'>{_numbers(v.part_urls, v.part)}</div>" if len(v.part_urls) > 1 else ""
    related = ""
    if v.related:
        rows = "".join(f"<tr><td><a href='{u}'>{escape(t)}</a></td></tr>" for t, u in v.related)
        related = f"<table class='ywyd'><tr><th>延伸阅读</th></tr>{rows}</table>"
    body = (
        f"<div class='head'>{escape(v.outlet)}</div>{_nav(v)}"
        f"<div class='xl'><div class='xl-tit'>{escape(v.title)}</div>"
        f"<div class='xxgk'>{''.join(cells)}</div><div class='TRS_Editor'>{_p(v.paragraphs)}{editor}</div>{pager}</div>"
        f"{related}<div class='foot'>主办单位：{escape(v.outlet)}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _gov_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<ul class='gl'>{_list_items(v)}</ul><div class='page'>{pager}</div>")


def _card_article(v: View) -> str:
    """A mobile-style author card with colon-less labels; 上一页/下一页 only; picture-card related list."""
    card = (f"<span class='name'>作者 {escape(v.author)}</span>" if v.author else "") + (
        f"<span class='origin'>来源 {escape(v.source)}</span>" if v.source else ""
    )
    back = f"<a href='{v.part_urls[v.part - 1]}'>上一页</a>" if v.part > 0 else ""
    more = f"<a class='next' href='{v.part_urls[v.part + 1]}'>下一页</a>" if v.part + 1 < len(v.part_urls) else ""
    pager = f"<div class='page-box'>{back}{more}</div>" if len(v.part_urls) > 1 else ""
    editor = f"<p class='editor'>编辑 {escape(v.editor)}</p>" if v.editor else ""
    related = ""
    if v.related:
        items = "".join(
            f"<div class='card'><a href='{u}'><img src='/img/{n}.jpg'>"
            f"<div class='card-title'>{escape(t)}</div></a></div>"
            for n, (t, u) in enumerate(v.related)
        )
        related = f"<div class='recommend-list'>{items}</div>"
    body = (
        f"{_nav(v)}<div class='article-header'><h1>{escape(v.title)}</h1><div class='author-info'>{card}"
        f"<time>{v.date}</time></div></div><div class='article-content'>{_p(v.paragraphs)}{editor}</div>{pager}"
        f"{related}<div class='app'>打开APP阅读更多精彩内容</div>"
    )
    return _doc(v.title, v.outlet, body)


def _card_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<div class='feed'>{_list_items(v, 'p')}</div>{pager}")


SEED3 = (
    Template(
        "info",
        lambda s, p: f"/news/20240315/{s}{'' if p == 0 else f'_{p + 1}'}.html",
        lambda c, p: f"/{c}/" + ("" if p == 0 else f"index_{p + 1}.html"),
        _info_article,
        _info_list,
    ),
    Template(
        "sidebar",
        lambda s, p: f"/article/{s}.html" + ("" if p == 0 else f"?pn={p + 1}"),
        lambda c, p: f"/{c}/" + ("" if p == 0 else f"?pn={p + 1}"),
        _sidebar_article,
        _sidebar_list,
    ),
    Template(
        "gov",
        lambda s, p: f"/art/2024/3/15/art_12_{s}{'' if p == 0 else f'_{p + 1}'}.html",
        lambda c, p: f"/col/{c}/index{'' if p == 0 else f'_{p + 1}'}.html",
        _gov_article,
        _gov_list,
    ),
    Template(
        "card",
        lambda s, p: f"/m/{s}{'' if p == 0 else f'_{p + 1}'}.html",
        lambda c, p: f"/{c}/list{'' if p == 0 else f'_{p + 1}'}.html",
        _card_article,
        _card_list,
    ),
)
