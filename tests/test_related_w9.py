"""related-w9: three list shapes the detector read wrong, each pinned on hand-written variants of other
platforms, years, wordings and markup (not the blind pages they were learnt from).

- a related heading over a tab bar of its own (<h3>相关文章</h3><ul class=tabs>同类文章 | 快充专题</ul>): every
  pane is the list, except a tab naming a hot list, a feed or hot picks;
- a site rule's selector matching several boxes of one build: a box the page labels with another name
  beside one it labels related is not the list;
- a lazy-loaded list shipped as markup inside a <textarea> of the heading's (or rule's) box.
"""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedlists import find_related

PAGE_URL = "https://www.example-news.test/a/2021/06/10/100999.html"
PROSE = "".join(
    f"<p>第{n}段：新区轨道交通三期工程今日开工，沿线居民出行将更加便利，相关部门表示年内完成主体结构。</p>"
    for n in range(6)
)


def _urls(prefix: str, count: int, start: int = 0) -> list[str]:
    return [f"https://www.example-news.test/a/2021/06/0{1 + n % 9}/{prefix}{start + n:04d}.html" for n in range(count)]


def _lis(urls: list[str], word: str = "轨道交通") -> str:
    return "".join(f'<li><a href="{url}">第{n}篇：{word}建设新进展与沿线规划</a></li>' for n, url in enumerate(urls))


def _page(after_story: str) -> str:
    return (
        "<html><head><meta charset=utf-8><title>新区轨道交通三期工程开工</title></head><body>"
        '<div class=nav><a href="/">首页</a></div><div class=main><h1>新区轨道交通三期工程开工</h1>'
        f"<div class=info>2021-06-10 08:00 来源：示例日报</div><div class=article>{PROSE}</div>"
        f"{after_story}</div><div class=foot>©2021 示例日报 京ICP备000000号</div></body></html>"
    )


def _related(html: str, registry: Registry) -> list[str]:
    return [item.url for item in parse_html(html, PAGE_URL, registry).related]


A, B, C = _urls("1", 10), _urls("2", 8), _urls("3", 6)

# (name, markup after the story, the URLs expected in order)
SUBTABS = [
    (
        "qq_2020_hd_tabs_hidden_pane",
        "<div class=qq_relative><div class=hd><h3>相关文章</h3><ul class=tabs><li class=cur>同类文章</li>"
        f"<li>快充专题</li></ul></div><div class=bd><ul class=list>{_lis(A)}</ul>"
        f'<ul class=list style="display:none">{_lis(B)}</ul></div></div>',
        A + B,
    ),
    (
        "portal_2016_span_heading_js_tabs",
        "<div class=xgxw><div class=tit><span class=name>相关新闻</span><div class=tab>"
        '<a href="javascript:;" class=on>本站</a><a href="javascript:;">地方</a></div></div>'
        f"<div class=con><div class=pane>{'<ul>' + _lis(A) + '</ul>'}</div>"
        f"<div class=pane style='display:none'>{'<ul>' + _lis(B) + '</ul>'}</div></div></div>",
        A + B,
    ),
    (
        "three_tabs_one_hot",
        "<div class=box><div class=box-hd><h2>相关阅读</h2><ul class=tab-nav><li>延伸报道</li><li>热门排行</li>"
        f"<li>背景资料</li></ul></div><div class=box-bd><ul class=p>{_lis(A)}</ul><ul class=p>{_lis(B)}</ul>"
        f"<ul class=p>{_lis(C)}</ul></div></div>",
        A + C,
    ),
    (
        "traditional_2019",
        "<div class=related><div class=head><h3>相關新聞</h3><ul class=switch><li>同類報導</li><li>專題追蹤</li></ul>"
        f"</div><div class=body><ol class=lst>{_lis(A, '軌道交通')}"
        f"</ol><ol class=lst>{_lis(C, '軌道交通')}</ol></div></div>",
        A + C,
    ),
    (
        "latest_tab_split_off",
        "<section class=mod><header class=mod-title><h3>相关推荐</h3><nav class=tabs><span>同类</span><span>最新</span>"
        f"</nav></header><div class=mod-body><ul class=feed>{_lis(A)}"
        f"</ul><ul class=feed>{_lis(B)}</ul></div></section>",
        A,
    ),
    (
        "fewer_panes_than_tabs",
        "<div class=box><div class=hd><h3>相关新闻</h3><ul class=tabs><li>本地</li><li>国内</li><li>国际</li></ul>"
        f"</div><div class=bd><ul class=l>{_lis(A)}</ul></div></div>",
        A,
    ),
]


@pytest.mark.parametrize(("name", "markup", "want"), SUBTABS, ids=[row[0] for row in SUBTABS])
def test_every_pane_of_a_related_headings_own_tabs(name: str, markup: str, want: list[str], registry: Registry) -> None:
    assert _related(_page(markup), registry) == want


def test_a_tab_bar_beside_a_related_tab_still_gives_its_pane_only(registry: Registry) -> None:
    """A related label that is itself one tab of the bar (相关推荐 | 热点推荐) is no heading over the bar."""
    markup = (
        "<div class=mod><div class=tabs><span class=on>相关推荐</span><span>热点推荐</span></div>"
        f"<div class=panes><ul class=p>{_lis(A)}</ul><ul class=p>{_lis(B)}</ul></div></div>"
    )
    assert _related(_page(markup), registry) == A


def _containers(html: str, selector: str) -> list[str]:
    tree = LexborHTMLParser(html)
    story = tree.css_first("div.article")
    return [item.url for item in find_related(tree, PAGE_URL, story=story, containers=tree.css(selector))]


# (name, boxes a rule's one selector matches, the selector, the URLs expected)
RULE_BOXES = [
    (
        "people_2018_h2_before_list",
        f"<div class=box_news><h2>相关新闻</h2><ul>{_lis(A)}</ul></div>"
        f"<div class='p2j_list box_news'><h2>两会热点</h2><ul>{_lis(B)}</ul></div>",
        "div.box_news ul",
        A,
    ),
    (
        "box_opening_with_its_title",
        f"<div class=xglb><div class=t>图片报道</div>{_lis(B)}</div>"
        f"<div class=xglb><div class=t>相关阅读</div>{_lis(A)}</div>",
        "div.xglb",
        A,
    ),
    (
        "english_most_read_beside_related",
        f"<div class=stories><h3>Related Stories</h3><ul>{_lis(A)}</ul></div>"
        f"<div class=stories><h3>Editors Picks</h3><ul>{_lis(C)}</ul></div>",
        "div.stories ul",
        A,
    ),
    (
        "traditional_focus_box",
        f"<div class=news><h3>相關新聞</h3><ul>{_lis(A)}</ul></div>"
        f"<div class=news><h3>兩會焦點</h3><ul>{_lis(B)}</ul></div>",
        "div.news ul",
        A,
    ),
    (
        "unlabelled_second_half_kept",
        f"<div class=box_news><h2>相关新闻</h2><ul>{_lis(A)}</ul></div><div class=box_news><ul>{_lis(C)}</ul></div>",
        "div.box_news ul",
        A + C,
    ),
    (
        "no_box_labelled_related_keeps_all",
        f"<div class=lst><h3>编辑精选</h3><ul>{_lis(A)}</ul></div>"
        f"<div class=lst><h3>专家解读</h3><ul>{_lis(C)}</ul></div>",
        "div.lst ul",
        A + C,
    ),
]


@pytest.mark.parametrize(("name", "markup", "selector", "want"), RULE_BOXES, ids=[row[0] for row in RULE_BOXES])
def test_a_rule_box_named_apart_from_the_related_one_is_dropped(
    name: str, markup: str, selector: str, want: list[str]
) -> None:
    assert _containers(_page(markup), selector) == want


def _escaped(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# (name, markup after the story, the URLs expected)
TEXTAREAS = [
    (
        "raw_markup_under_h3",
        f"<div class=mod><h3>相关推荐</h3><textarea class=lazyload>{'<ul>' + _lis(A) + '</ul>'}</textarea></div>",
        A,
    ),
    (
        "escaped_markup_kissy_2014",
        "<div class=mod><h2>相关阅读</h2><textarea class='ks-datalazyload hidden'>"
        f"{_escaped('<ul>' + _lis(B) + '</ul>')}"
        "</textarea></div>",
        B,
    ),
    (
        "heading_bar_with_more_link",
        "<div class=mod><div class=hd><h3>相关新闻</h3><a class=more href='https://www.example-news.test/list/'>更多&gt;&gt;</a>"
        f"</div><div class=bd><textarea style='display:none'>{'<ul>' + _lis(A) + '</ul>'}</textarea></div></div>",
        A,
    ),
    (
        "traditional_dl_rows",
        "<div class=rel><div class=tt>相關閱讀</div><textarea class=lazy>"
        + "".join(
            f'<dl><dt><a href="{url}">第{n}則：軌道交通建設新進展</a></dt><dd>摘要</dd></dl>' for n, url in enumerate(C)
        )
        + "</textarea></div>",
        C,
    ),
    (
        "hot_list_in_textarea_stays_out",
        f"<div class=mod><h2>热门排行</h2><textarea class=lazyload>{_escaped(_lis(A))}</textarea></div>",
        [],
    ),
    (
        "comment_box_is_no_list",
        "<div class=mod><h2>相关推荐</h2><textarea name=comment placeholder='说点什么'>写下你的评论 href"
        "</textarea></div>",
        [],
    ),
]


@pytest.mark.parametrize(("name", "markup", "want"), TEXTAREAS, ids=[row[0] for row in TEXTAREAS])
def test_a_lazy_loaded_list_in_a_textarea_of_the_headings_box(
    name: str, markup: str, want: list[str], registry: Registry
) -> None:
    article = parse_html(_page(markup), PAGE_URL, registry)
    assert [item.url for item in article.related] == want
    assert article.paragraphs and not any("建设新进展" in paragraph for paragraph in article.paragraphs)


def test_a_rule_box_holding_only_a_textarea_gives_its_markup() -> None:
    markup = f"<div id=xgyd><textarea style='display:none'>{_escaped('<ul>' + _lis(A) + '</ul>')}</textarea></div>"
    assert _containers(_page(markup), "#xgyd") == A


def _json_list(prefix: str, count: int, title_key: str = "title", url_key: str = "url") -> str:
    entries = [
        {title_key: f"第{n}篇：轨道交通建设新进展与沿线规划", url_key: url}
        for n, url in enumerate(_urls(prefix, count))
    ]
    return json.dumps(entries, ensure_ascii=False)


# (name, markup after the story, the URLs expected): a script inside the related heading's empty box
SCRIPTED = [
    (
        "var_data_render",
        "<div class=box><h3>相关推荐</h3><ul id=rel></ul>"
        f"<script>var data = {_json_list('1', 10)}; render('#rel', data);</script></div>",
        _urls("1", 10),
    ),
    (
        "nested_under_body_pane_with_link_key",
        "<div class=mod><div class=hd><h3>相关新闻</h3></div><div class=bd><div id=xg></div>"
        '<script>window.list={"code":0,"data":{"items":'
        f"{_json_list('2', 8, url_key='link')}}}}}</script></div></div>",
        _urls("2", 8),
    ),
    (
        "traditional_let_articles",
        "<section><h2>相關閱讀</h2><div class=cards></div>"
        f"<script>let articles = {_json_list('3', 6, 'newsTitle')};</script></section>",
        _urls("3", 6),
    ),
    (
        "hot_named_variable_stays_out",
        f"<div class=box><h3>相关阅读</h3><ul></ul><script>var hotRank = {_json_list('1', 10)};</script></div>",
        [],
    ),
    (
        "script_beside_the_box_stays_out",
        "<div class=box><h3>相关阅读</h3><ul><li>加载中</li></ul></div>"
        f"<script>var items = {_json_list('2', 8)};</script>",
        [],
    ),
    (
        "one_share_object_is_no_list",
        '<div class=box><h3>相关推荐</h3><ul></ul><script>var share = {"title": "新区轨道交通三期工程开工",'
        f' "url": "{PAGE_URL}"}};</script></div>',
        [],
    ),
]


@pytest.mark.parametrize(("name", "markup", "want"), SCRIPTED, ids=[row[0] for row in SCRIPTED])
def test_a_script_in_the_related_headings_empty_box_is_its_list(
    name: str, markup: str, want: list[str], registry: Registry
) -> None:
    article = parse_html(_page(markup), PAGE_URL, registry)
    assert [item.url for item in article.related] == want
    assert article.paragraphs
