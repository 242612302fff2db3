"""Seed 4's site templates: held out for the byline-bar fix (issue 13's bars built from separate elements),
written before that fix and never looked at while making it. Bars in shapes seeds 1-3 do not use: one
``<li>`` per field, a ``<dl>`` of ``<dt>`` labels and ``<dd>`` values, labels in ``<i>``/``<label>`` with
the value in the next element and no text between, icons with a ``title=`` attribute instead of a label
(the author and outlet then stand bare beside the time); pagers ``_p2.html``, ``?page=2``, ``/2/``.
"""

from __future__ import annotations

from html import escape

from bench.portal_eval_templates import ListView, Template, View, _doc, _list_items, _nav, _numbers, _p


def _related_list(v: View, heading: str, cls: str) -> str:
    if not v.related:
        return ""
    items = "".join(f"<li><a href='{u}'>{escape(t)}</a></li>" for t, u in v.related)
    return f"<div class='{cls}'><h3>{heading}</h3><ul>{items}</ul></div>"


def _pager(v: View, cls: str) -> str:
    return f"<div class='{cls}'>{_numbers(v.part_urls, v.part)}</div>" if len(v.part_urls) > 1 else ""


def _li_article(v: View) -> str:
    """One <li> per byline field, labels with a full-width colon, no text between the items."""
    items = f"<li class='time'>{v.date}</li>"
    items += f"<li class='source'>来源：{escape(v.source)}</li>" if v.source else ""
    items += f"<li class='author'>作者：{escape(v.author)}</li>" if v.author else ""
    editor = f"<ul class='meta-foot'><li>责任编辑：{escape(v.editor)}</li></ul>" if v.editor else ""
    body = (
        f"{_nav(v)}<div class='main'><h1>{escape(v.title)}</h1><ul class='meta'>{items}</ul>"
        f"<div class='content'>{_p(v.paragraphs)}</div>{editor}{_pager(v, 'pages')}"
        f"{_related_list(v, '相关新闻', 'relnews')}</div><div class='footer'>{escape(v.outlet)}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _dl_article(v: View) -> str:
    """A definition list: <dt>来源</dt><dd>..</dd> with no colon; the editor in a closing <dl> too."""
    rows = f"<dt>时间</dt><dd>{v.date}</dd>"
    rows += f"<dt>来源</dt><dd>{escape(v.source)}</dd>" if v.source else ""
    rows += f"<dt>作者</dt><dd>{escape(v.author)}</dd>" if v.author else ""
    editor = f"<dl class='edit'><dt>责任编辑</dt><dd>{escape(v.editor)}</dd></dl>" if v.editor else ""
    body = (
        f"{_nav(v)}<div class='detail'><h1 class='tit'>{escape(v.title)}</h1><dl class='attr'>{rows}</dl>"
        f"<div class='txt'>{_p(v.paragraphs)}</div>{editor}{_pager(v, 'pg')}"
        f"{_related_list(v, '相关阅读', 'xgyd')}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _label_article(v: View) -> str:
    """Labels in <i> and <label>, each value in the next element; 编辑 label in <label> at the end."""
    bar = f"<i class='ico-time'></i><span>{v.date}</span>"
    bar += f"<label>来源：</label><span class='src'>{escape(v.source)}</span>" if v.source else ""
    bar += f"<i>作者：</i><b>{escape(v.author)}</b>" if v.author else ""
    editor = f"<div class='zrbj'><label>责任编辑：</label><span>{escape(v.editor)}</span></div>" if v.editor else ""
    body = (
        f"{_nav(v)}<div class='art'><h1>{escape(v.title)}</h1><div class='art-meta'>{bar}</div>"
        f"<div class='art-body'>{_p(v.paragraphs)}</div>{editor}{_pager(v, 'art-page')}"
        f"{_related_list(v, '相关推荐', 'tuijian')}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _icon_article(v: View) -> str:
    """Icons with a title= attribute instead of labels: the author and outlet stand bare beside the time."""
    bar = f"<span class='t'><i class='icon-clock' title='发布时间'></i>{v.date}</span>"
    bar += f"<span class='s'><i class='icon-home' title='来源'></i>{escape(v.source)}</span>" if v.source else ""
    bar += f"<span class='a'><i class='icon-user' title='作者'></i>{escape(v.author)}</span>" if v.author else ""
    editor = (
        f"<div class='bj'><i class='icon-pen' title='编辑'></i>责任编辑 {escape(v.editor)}</div>" if v.editor else ""
    )
    body = (
        f"{_nav(v)}<div class='wrap'><h1>{escape(v.title)}</h1><div class='icons'>{bar}</div>"
        f"<article>{_p(v.paragraphs)}</article>{editor}{_pager(v, 'pn')}"
        f"{_related_list(v, '延伸阅读', 'more')}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<div class='list'><ul>{_list_items(v)}</ul>{pager}</div>")


SEED4 = (
    Template(
        "li",
        lambda s, p: f"/a/{s}{'' if p == 0 else f'_p{p + 1}'}.html",
        lambda c, p: f"/{c}/" + ("" if p == 0 else f"list_p{p + 1}.html"),
        _li_article,
        _list,
    ),
    Template(
        "dl",
        lambda s, p: f"/detail/{s}.shtml" + ("" if p == 0 else f"?page={p + 1}"),
        lambda c, p: f"/{c}/index.shtml" + ("" if p == 0 else f"?page={p + 1}"),
        _dl_article,
        _list,
    ),
    Template(
        "label",
        lambda s, p: f"/story/{s}/" + ("" if p == 0 else f"{p + 1}/"),
        lambda c, p: f"/ch/{c}/" + ("" if p == 0 else f"{p + 1}/"),
        _label_article,
        _list,
    ),
    Template(
        "icon",
        lambda s, p: f"/n/2024/0315/c{s}{'' if p == 0 else f'-{p + 1}'}.html",
        lambda c, p: f"/n/{c}/index{'' if p == 0 else p + 1}.html",
        _icon_article,
        _list,
    ),
)
