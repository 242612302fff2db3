"""Seed 2's site templates: the held-out portal, written before it was first crawled and after the fixes
that seed 1's failures led to, so no fix could be shaped by them. Markup differs from seed 1's on purpose:
a piped byline line, a byline list, a lead credit inside the first paragraph, an unlabelled meta bar;
pagers ``-N.html``, ``?p=N`` with 尾页, ``/N.html`` folders; related lists headed 推荐阅读 / 相关新闻 or
marked ``tuijian``.
"""

from __future__ import annotations

from html import escape

from bench.portal_eval_templates import ListView, Template, View, _doc, _list_items, _nav, _numbers, _p


def _pipe_article(v: View) -> str:
    parts = [f"作者：{escape(v.author)}"] if v.author else []
    parts += [f"来源：{escape(v.source)}"] if v.source else []
    parts.append(v.date)
    editor = f"<p class='fr'>(编辑：{escape(v.editor)})</p>" if v.editor else ""
    pager = (
        f"<div class='pg'>{_numbers(v.part_urls, v.part, '<<上一页', '下一页>>')}</div>" if len(v.part_urls) > 1 else ""
    )
    related = ""
    if v.related:
        items = "".join(f"<li>·<a href='{u}' target='_blank'>{escape(t)}</a></li>" for t, u in v.related)
        related = f"<div class='side-box'><div class='bt'>推荐阅读</div><ul>{items}</ul></div>"
    body = (
        f"{_nav(v)}<div class='con'><div class='l'><div class='hd'><h1>{escape(v.title)}</h1>"
        f"<p class='source'>{' | '.join(parts)}</p></div><div class='bd'>{_p(v.paragraphs)}{editor}</div>{pager}"
        f"{related}</div></div><div class='ft'>{escape(v.outlet)} 举报电话 违法和不良信息举报</div>"
    )
    return _doc(v.title, v.outlet, body)


def _pipe_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"{_nav(v)}<ul class='lst'>{_list_items(v)}</ul><div class='pg'>{pager}</div>")


def _attrs_article(v: View) -> str:
    """A list of labelled byline items under the headline; 编辑 after the pager of the last part; 尾页 links."""
    items = [f"<li class='time'>{v.date}</li>"]
    items += [f"<li>来源：{escape(v.source)}</li>"] if v.source else []
    items += [f"<li>作者：{escape(v.author)}</li>"] if v.author else []
    editor = f"<div class='zb'>编辑：{escape(v.editor)}</div>" if v.editor else ""
    pager = ""
    if len(v.part_urls) > 1:
        last = f"<a href='{v.part_urls[-1]}'>尾页</a>" if v.part + 1 < len(v.part_urls) else ""
        pager = f"<div class='pagelist'><a href='{v.part_urls[0]}'>首页</a>{_numbers(v.part_urls, v.part)}{last}</div>"
    related = ""
    if v.related:
        items_r = "".join(f"<li><a href='{u}'>{escape(t)}</a><span>03-15</span></li>" for t, u in v.related)
        related = f"<div class='xgxw'><div class='title'><span>相关新闻</span></div><ul>{items_r}</ul></div>"
    body = (
        f"<div id='top'>{_nav(v)}</div><div id='main'><h1 id='title'>{escape(v.title)}</h1>"
        f"<ul class='attr'>{''.join(items)}</ul><div id='content'>{_p(v.paragraphs)}</div>{pager}{editor}</div>"
        f"{related}<div id='bottom'>{escape(v.outlet)} 网站地图</div>"
    )
    return _doc(v.title, v.outlet, body)


def _attrs_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(v.title, v.outlet, f"<div id='top'>{_nav(v)}</div><ul class='news'>{_list_items(v)}</ul><p>{pager}</p>")


def _lead_article(v: View) -> str:
    """The author credited in the lead (本报讯（记者 张三）), the source in a small bar, 【责任编辑】 at the end."""
    paragraphs = list(v.paragraphs)
    if v.author and v.part == 0 and paragraphs:
        paragraphs[0] = f"本报讯（记者 {v.author}）{paragraphs[0]}"
    bar = v.date + (f"　稿源：{escape(v.source)}" if v.source else "")
    editor = f"<p>【责任编辑：{escape(v.editor)}】</p>" if v.editor else ""
    pager = f"<div class='fenye'>{_numbers(v.part_urls, v.part)}</div>" if len(v.part_urls) > 1 else ""
    related = ""
    if v.related:
        items = "".join(f"<p><a href='{u}'>{escape(t)}</a></p>" for t, u in v.related)
        related = f"<div class='tuijian'>{items}</div>"
    body = (
        f"{_nav(v)}<div class='cont'><div class='tit'>{escape(v.title)}</div><div class='sj'>{bar}</div>"
        f"<div class='nr'>{_p(tuple(paragraphs))}{editor}</div>{pager}</div>{related}"
        f"<div class='db'>{escape(v.outlet)}</div>"
    )
    return _doc(v.title, v.outlet, body)


def _lead_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(
        v.title, v.outlet, f"{_nav(v)}<div class='list'>{_list_items(v, 'p')}</div><div class='fenye'>{pager}</div>"
    )


def _bare_article(v: View) -> str:
    """An unlabelled bar (time, outlet, name as separate <em>s); 本文编辑 on the last part; 延伸阅读."""
    ems = f"<em>{v.date}</em>" + (f"<em>{escape(v.source)}</em>" if v.source else "")
    ems += f"<em>{escape(v.author)}</em>" if v.author else ""
    editor = f"<div class='editor'>本文编辑：{escape(v.editor)}</div>" if v.editor else ""
    pager = f"<nav class='pages'>{_numbers(v.part_urls, v.part)}</nav>" if len(v.part_urls) > 1 else ""
    related = ""
    if v.related:
        items = "".join(f"<li><a href='{u}'>{escape(t)}</a></li>" for t, u in v.related)
        related = f"<aside class='related'><h2>延伸阅读</h2><ol>{items}</ol></aside>"
    body = (
        f"<header>{_nav(v, 'nav', 'top')}</header><main><h1>{escape(v.title)}</h1><div class='tip'>{ems}</div>"
        f"<div class='post'>{_p(v.paragraphs)}</div>{editor}{pager}{related}</main><footer>{escape(v.outlet)}</footer>"
    )
    return _doc(v.title, v.outlet, body)


def _bare_list(v: ListView) -> str:
    pager = _numbers(v.page_urls, v.page)
    return _doc(
        v.title, v.outlet, f"<header>{_nav(v, 'nav', 'top')}</header><main><ul>{_list_items(v)}</ul>{pager}</main>"
    )


SEED2 = (
    Template(
        "pipe",
        lambda s, p: f"/html/2024/03/15/{s}{'' if p == 0 else f'-{p + 1}'}.html",
        lambda c, p: f"/{c}/" + ("" if p == 0 else f"{p + 1}.html"),
        _pipe_article,
        _pipe_list,
    ),
    Template(
        "attrs",
        lambda s, p: f"/show.php?id={s}" + ("" if p == 0 else f"&p={p + 1}"),
        lambda c, p: f"/{c}.php" + ("" if p == 0 else f"?page={p + 1}"),
        _attrs_article,
        _attrs_list,
    ),
    Template(
        "lead",
        lambda s, p: f"/2024/0315/{s}/{p + 1}.html",
        lambda c, p: f"/{c}/index_{p + 1}.html" if p else f"/{c}/index.html",
        _lead_article,
        _lead_list,
    ),
    Template(
        "bare",
        lambda s, p: f"/news/{s}.htm" if p == 0 else f"/news/{s}_{p + 1}.htm",
        lambda c, p: f"/{c}/list{'' if p == 0 else f'_{p + 1}'}.htm",
        _bare_article,
        _bare_list,
    ),
)
