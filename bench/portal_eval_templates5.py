"""Seed 5's site templates: held out for the general pager fix (issue 14), written before that fix and run
once on main's code before any change. Pager shapes and placements seeds 1-4 do not use: ``?p=2`` and
``&pn=2`` query keys, ``_2.shtml``, ``-p2.html``, ``/2.html`` in a story folder whose first page is the
folder itself, ``index_2.htm``; a pager above the story as well as below it; page numbers with no 下一页; a
``<select>`` page jump beside 下一页 and a 单页阅读 link; ``rel=next`` in <head> only, with a body pager
of ``javascript:`` links carrying ``data-page``; and a comment pager under the story (a negative).
"""

from __future__ import annotations

from html import escape

from bench.portal_eval_templates import ListView, Template, View, _list_items, _nav, _numbers, _p


def _doc(v: View, body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(v.title)}_{escape(v.outlet)}</title>"
        f"{head}</head><body>{body}</body></html>"
    )


def _related(v: View, heading: str) -> str:
    if not v.related:
        return ""
    items = "".join(f"<li><a href='{u}'>{escape(t)}</a></li>" for t, u in v.related)
    return f"<div class='rel'><h3>{heading}</h3><ul>{items}</ul></div>"


def _meta(v: View) -> str:
    bits = [v.date]
    bits += [f"来源：{escape(v.source)}"] if v.source else []
    bits += [f"作者：{escape(v.author)}"] if v.author else []
    return f"<div class='meta'>{'　'.join(bits)}</div>"


def _plain_numbers(v: View) -> str:
    """Page numbers only: no 上一页/下一页, the current page in <strong>."""
    return "".join(
        f"<strong>{i + 1}</strong>" if i == v.part else f"<a href='{u}'>{i + 1}</a>" for i, u in enumerate(v.part_urls)
    )


def _above_article(v: View) -> str:
    """A numbers-only pager above the story and again below it (``?p=2``)."""
    pager = f"<div class='pagetop'>{_plain_numbers(v)}</div>" if len(v.part_urls) > 1 else ""
    bottom = pager.replace("pagetop", "pagebot")
    editor = f"<p class='editor'>【责任编辑：{escape(v.editor)}】</p>" if v.editor else ""
    body = (
        f"{_nav(v)}<div class='box'><h1>{escape(v.title)}</h1>{_meta(v)}{pager}"
        f"<div class='con'>{_p(v.paragraphs)}{editor}</div>{bottom}{_related(v, '相关阅读')}</div>"
    )
    return _doc(v, body)


def _select_article(v: View) -> str:
    """A <select> page jump beside 下一页, and a 单页阅读 link to a one-page view the site does not serve."""
    pager = ""
    if len(v.part_urls) > 1:
        options = "".join(
            f"<option value='{u}'{' selected' if i == v.part else ''}>第{i + 1}页</option>"
            for i, u in enumerate(v.part_urls)
        )
        nxt = f"<a href='{v.part_urls[v.part + 1]}'>下一页</a>" if v.part + 1 < len(v.part_urls) else ""
        prev = f"<a href='{v.part_urls[v.part - 1]}'>上一页</a>" if v.part > 0 else ""
        whole = f"{v.part_urls[0]}&all=1"
        pager = (
            f"<div class='fy'>{prev}<select onchange='location.href=this.value'>{options}</select>{nxt}"
            f"<a href='{whole}' class='all'>单页阅读</a></div>"
        )
    editor = f"<div class='zb'>责任编辑：{escape(v.editor)}</div>" if v.editor else ""
    body = (
        f"{_nav(v)}<div class='article'><h1>{escape(v.title)}</h1>{_meta(v)}"
        f"<div class='text'>{_p(v.paragraphs)}</div>{pager}{editor}{_related(v, '相关新闻')}</div>"
    )
    return _doc(v, body)


def _head_article(v: View) -> str:
    """``rel=next`` in <head> only; the body pager is javascript: links carrying data-page."""
    head = f"<link rel='next' href='{v.part_urls[v.part + 1]}'>" if v.part + 1 < len(v.part_urls) else ""
    pager = ""
    if len(v.part_urls) > 1:
        links = "".join(
            f"<a href='javascript:void(0)' data-page='{i + 1}'{' class=on' if i == v.part else ''}>{i + 1}</a>"
            for i in range(len(v.part_urls))
        )
        pager = f"<div class='jspager'>{links}<a href='javascript:;' data-page='next'>下一页</a></div>"
    editor = f"<p class='bianji'>（编辑：{escape(v.editor)}）</p>" if v.editor else ""
    body = (
        f"{_nav(v)}<div class='main'><h1>{escape(v.title)}</h1>{_meta(v)}"
        f"<div class='zw'>{_p(v.paragraphs)}{editor}</div>{pager}{_related(v, '相关推荐')}</div>"
    )
    return _doc(v, body, head)


def _mixed_article(v: View) -> str:
    """A pager of javascript:/data-page links beside real hrefs; a comment list with its own pager below."""
    pager = ""
    if len(v.part_urls) > 1:
        real = "".join(
            f"<span>{i + 1}</span>" if i == v.part else f"<a href='{u}' data-page='{i + 1}'>{i + 1}</a>"
            for i, u in enumerate(v.part_urls)
        )
        pager = f"<div class='pagination'><a href='javascript:void(0)' data-page='1'>首页</a>{real}</div>"
    editor = f"<div class='editor'>责任编辑：{escape(v.editor)}</div>" if v.editor else ""
    comments = (
        "<div class='comment'><h3>网友评论</h3><ul><li>说得好</li><li>支持</li></ul><div class='cpage'>"
        f"<a href='{v.part_urls[0]}?comment=1&page=2'>2</a><a href='{v.part_urls[0]}?comment=1&page=2'>下一页</a>"
        "</div></div>"
    )
    body = (
        f"{_nav(v)}<div class='wrapper'><h1>{escape(v.title)}</h1>{_meta(v)}"
        f"<div class='article-content'>{_p(v.paragraphs)}</div>{editor}{pager}{comments}"
        f"{_related(v, '延伸阅读')}</div>"
    )
    return _doc(v, body)


def _list(v: ListView) -> str:
    body = f"{_nav(v)}<div class='lst'><ul>{_list_items(v)}</ul><div class='pg'>{_numbers(v.page_urls, v.page)}</div>"
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(v.title)}</title></head>"
        f"<body>{body}</div></body></html>"
    )


def _folder_path(s: int, p: int) -> str:
    """Even stories: ``/zx/N/index.htm``, ``index_2.htm``; odd: the folder ``/zt/N/`` itself, then ``2.html``."""
    if s % 2 == 0:
        return f"/zx/{s}/index{'' if p == 0 else f'_{p + 1}'}.htm"
    return f"/zt/{s}/" + ("" if p == 0 else f"{p + 1}.html")


def _mixed_path(s: int, p: int) -> str:
    """Even stories: ``/a/N.shtml``, ``N_2.shtml``; odd: ``/v/N.html``, ``N-p2.html``."""
    if s % 2 == 0:
        return f"/a/{s}{'' if p == 0 else f'_{p + 1}'}.shtml"
    return f"/v/{s}{'' if p == 0 else f'-p{p + 1}'}.html"


SEED5 = (
    Template(
        "above",
        lambda s, p: f"/content/{s}.html" + ("" if p == 0 else f"?p={p + 1}"),
        lambda c, p: f"/col/{c}/" + ("" if p == 0 else f"?p={p + 1}"),
        _above_article,
        _list,
    ),
    Template(
        "select",
        lambda s, p: f"/show.php?id={s}" + ("" if p == 0 else f"&pn={p + 1}"),
        lambda c, p: f"/list.php?c={c}" + ("" if p == 0 else f"&pn={p + 1}"),
        _select_article,
        _list,
    ),
    Template(
        "head",
        _folder_path,
        lambda c, p: f"/{c}/index{'' if p == 0 else f'_{p + 1}'}.htm",
        _head_article,
        _list,
    ),
    Template(
        "mixed",
        _mixed_path,
        lambda c, p: f"/{c}/list{'' if p == 0 else f'-p{p + 1}'}.html",
        _mixed_article,
        _list,
    ),
)
