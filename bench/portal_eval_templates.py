"""Site templates of the evaluation portal: each site its own markup for title, byline, body, pager, related.

Written before the portal was first crawled (seed 1's four for the blind measurement, seed 2's four as the
held-out set), deliberately unlike the shared pages and unlike each other. A template only renders; what a
page shows (which byline fields, which part carries the editor or the related list) is decided by the
generator in bench/portal_eval_gen.py and recorded there as the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class View:
    """One article page as a template sees it (one part of a paginated story)."""

    title: str
    date: str  # "2024-03-15 10:20"
    author: str | None
    source: str | None
    editor: str | None  # shown on this part (the generator puts it on the last part only)
    paragraphs: tuple[str, ...]
    part: int  # 0-based
    part_urls: tuple[str, ...]  # every part's path, in order
    related: tuple[tuple[str, str], ...]  # (title, path) shown on this part
    outlet: str  # the portal's own name (header, footer)
    channels: tuple[tuple[str, str], ...]  # (name, path) for the navigation
    ranking: tuple[tuple[str, str], ...] = ()  # (title, path) of the site's latest stories, for sidebars


@dataclass(frozen=True)
class ListView:
    title: str
    items: tuple[tuple[str, str, str], ...]  # (title, path, date)
    page: int  # 0-based
    page_urls: tuple[str, ...]
    outlet: str
    channels: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Template:
    name: str
    article_path: Callable[[int, int], str]  # (story number, 0-based part) -> path
    list_path: Callable[[str, int], str]  # (channel slug, 0-based page) -> path
    article: Callable[[View], str]
    listing: Callable[[ListView], str]


def _p(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _doc(title: str, outlet: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}_{escape(outlet)}</title></head>"
        f"<body>{body}</body></html>"
    )


def _nav(view: View | ListView, tag: str = "div", cls: str = "nav") -> str:
    links = "".join(f"<a href='{path}'>{escape(name)}</a>" for name, path in view.channels)
    return f"<{tag} class='{cls}'><a href='/'>首页</a>{links}<a href='/about.html'>关于我们</a></{tag}>"


def _numbers(urls: tuple[str, ...], current: int, prev: str = "上一页", nxt: str = "下一页") -> str:
    """A pager of page numbers with 上一页/下一页, the current page unlinked."""
    back = f"<a href='{urls[current - 1]}'>{prev}</a>" if current > 0 else ""
    nums = "".join(
        f"<span class='cur'>{i + 1}</span>" if i == current else f"<a href='{u}'>{i + 1}</a>"
        for i, u in enumerate(urls)
    )
    more = f"<a href='{urls[current + 1]}'>{nxt}</a>" if current + 1 < len(urls) else ""
    return back + nums + more


def _list_items(view: ListView, li: str = "li") -> str:
    return "".join(
        f"<{li}><a href='{path}'>{escape(title)}</a><span class='t'>{date}</span></{li}>"
        for title, path, date in view.items
    )


# ---- seed 1 -------------------------------------------------------------------------------------------


def _bar_article(v: View) -> str:
    """One meta bar (time, 来源, 作者); editor in brackets closing the last part; 相关阅读 under the story."""
    bits = [v.date]
    if v.source:
        bits.append(f"来源：{escape(v.source)}")
    if v.author:
        bits.append(f"作者：{escape(v.author)}")
    editor = f"<p class='bj'>（责任编辑：{escape(v.editor)}）</p>" if v.editor else ""
    pager = f"<div class='page_nav'>{_numbers(v.part_urls, v.part)}</div>" if len(v.part_urls) > 1 else ""
    related = ""
    if v.related:
        items = "".join(f"<li><a href='{u}'>{escape(t)}</a></li>" for t, u in v.related)
        related = f"<div class='box'><h3>相关阅读</h3><ul>{items}</ul></div>"
    body = (
        f"<div class='header'>{escape(v.outlet)}</div>{_nav(v)}<div class='main'><h1>{escape(v.title)}</h1>"
        f"<div class='info'>{'　'.join(bits)}</div><div class='article'>{_p(v.paragraphs)}{editor}</div>"
        f"{pager}{related}</div><div class='footer'>Copyright {escape(v.outlet)} 版权所有</div>"
    )
    return _doc(v.title, v.outlet, body)


def _bar_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    body = f"{_nav(v)}<h2>{escape(v.title)}</h2><ul class='list'>{_list_items(v)}</ul><div class='pages'>{pager}</div>"
    return _doc(v.title, v.outlet, body)


def _spans_article(v: View) -> str:
    """Byline as separate spans; 责编 after the text of the last part; pager ?page=N; 相关推荐 with snippets."""
    spans = f"<span class='date'>{v.date}</span>"
    if v.source:
        spans += f"<span class='src'>来源：<a href='/'>{escape(v.source)}</a></span>"
    if v.author:
        spans += f"<span class='auth'>记者 {escape(v.author)}</span>"
    editor = f"<div class='edit'>责编：{escape(v.editor)}</div>" if v.editor else ""
    pager = ""
    if len(v.part_urls) > 1:
        pager = f"<div class='paging'>{_numbers(v.part_urls, v.part)}</div>"
    related = ""
    if v.related:
        items = "".join(
            f"<div class='item'><a href='{u}' class='tt'>{escape(t)}</a>"
            f"<p class='sn'>{escape(t)}，详情请点击阅读全文。</p></div>"
            for t, u in v.related
        )
        related = f"<section class='recommend'><div class='hd'>相关推荐</div>{items}</section>"
    body = (
        f"{_nav(v, 'ul', 'menu')}<article><header><h1 class='art-title'>{escape(v.title)}</h1>"
        f"<div class='meta'>{spans}</div></header><div class='content'>{_p(v.paragraphs)}</div>{editor}{pager}"
        f"</article>{related}<footer>{escape(v.outlet)} 联系我们 广告服务</footer>"
    )
    return _doc(v.title, v.outlet, body)


def _spans_list(v: ListView) -> str:
    items = "".join(
        f"<div class='news'><h3><a href='{p}'>{escape(t)}</a></h3><em>{d}</em></div>" for t, p, d in v.items
    )
    pager = _numbers(v.page_urls, v.page)
    return _doc(
        v.title, v.outlet, f"{_nav(v, 'ul', 'menu')}<div class='col'>{items}</div><div class='paging'>{pager}</div>"
    )


def _table_article(v: View) -> str:
    """Byline as a table row of label and value cells; index_N.html parts; 延伸阅读 as a definition list."""
    cells = f"<td>发布时间：</td><td>{v.date}</td>"
    if v.author:
        cells += f"<td>作者：</td><td>{escape(v.author)}</td>"
    if v.source:
        cells += f"<td>来源：</td><td>{escape(v.source)}</td>"
    if v.editor:
        cells += f"<td>责任编辑：</td><td>{escape(v.editor)}</td>"
    pager = ""
    if len(v.part_urls) > 1:
        pager = f"<center><div id='pagination'>{_numbers(v.part_urls, v.part)}</div></center>"
    related = ""
    if v.related:
        items = "".join(f"<dd><a href='{u}'>{escape(t)}</a></dd>" for t, u in v.related)
        related = f"<dl class='more'><dt>延伸阅读</dt>{items}</dl>"
    body = (
        f"<table width='100%'><tr><td>{_nav(v)}</td></tr></table><div id='zoom'><h2 class='bt'>{escape(v.title)}</h2>"
        f"<table class='xx'><tr>{cells}</tr></table><div id='text'>{_p(v.paragraphs)}</div>{pager}</div>"
        f"{related}<div class='bottom'>主办：{escape(v.outlet)}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _table_list(v: ListView) -> str:
    rows = "".join(f"<tr><td><a href='{p}'>{escape(t)}</a></td><td>{d}</td></tr>" for t, p, d in v.items)
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<table class='lb'>{rows}</table><div class='fy'>{pager}</div>")


def _credits_article(v: View) -> str:
    """Only the time under the headline; credits (文/, 来源, 责任编辑) at the end of the last part; a
    class-marked related list without a heading, on the last part only (the generator decides)."""
    credits = []
    if v.author:
        credits.append(f"文/{escape(v.author)}")
    if v.source:
        credits.append(f"来源：{escape(v.source)}")
    if v.editor:
        credits.append(f"责任编辑：{escape(v.editor)}")
    tail = f"<div class='credits'>{'　'.join(credits)}</div>" if credits else ""
    pager = f"<div id='pages'>{_numbers(v.part_urls, v.part)}</div>" if len(v.part_urls) > 1 else ""
    related = ""
    if v.related:
        items = "".join(f"<li><a href='{u}'>{escape(t)}</a></li>" for t, u in v.related)
        related = f"<div class='related-news'><ul>{items}</ul></div>"
    body = (
        f"{_nav(v)}<div class='wrap'><div class='title'><h1>{escape(v.title)}</h1><div class='time'>{v.date}</div>"
        f"</div><div class='story'>{_p(v.paragraphs)}{tail}</div>{pager}{related}</div>"
        f"<div class='foot'>{escape(v.outlet)} 版权所有 未经授权禁止转载</div>"
    )
    return _doc(v.title, v.outlet, body)


def _credits_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    body = f"{_nav(v)}<div class='wrap'><ul class='newslist'>{_list_items(v)}</ul><div id='pages'>{pager}</div></div>"
    return _doc(v.title, v.outlet, body)


def _dated(prefix: str, ext: str) -> Callable[[int, int], str]:
    def path(story: int, part: int) -> str:
        return f"{prefix}{story}{'' if part == 0 else f'_{part + 1}'}.{ext}"

    return path


def _indexed_list(channel: str, page: int) -> str:
    return f"/{channel}/" if page == 0 else f"/{channel}/index_{page}.html"


SEED1 = (
    Template("bar", _dated("/news/2024/0315/", "html"), _indexed_list, _bar_article, _bar_list),
    Template(
        "spans",
        lambda s, p: f"/a/20240315/{s}.html" + ("" if p == 0 else f"?page={p + 1}"),
        lambda c, p: f"/{c}/list.html" + ("" if p == 0 else f"?page={p + 1}"),
        _spans_article,
        _spans_list,
    ),
    Template(
        "table",
        lambda s, p: f"/content/2024-03/15/c_{s}/index{'' if p == 0 else f'_{p}'}.html",
        lambda c, p: f"/{c}/index{'' if p == 0 else f'_{p}'}.html",
        _table_article,
        _table_list,
    ),
    Template(
        "credits", _dated("/p/", "shtml"), lambda c, p: f"/{c}/list_{p + 1}.shtml", _credits_article, _credits_list
    ),
)
