"""Classes learnt from blind14, each pinned by variants in other wording, markup and era than the batch's
pages: the links to the site's previous and next story (上一篇：<a>…</a>) under a related list, a box named
in Japanese (新着ニュース, アクセスランキング) over a feed of cards, and a heading whose own box is empty (filled
by script, or emptied by a rule's selector) reaching out into the next box, which names itself otherwise."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import RelatedItem
from newscorpus.scrapers.related import is_related_label
from newscorpus.scrapers.relatedleads import names_box
from newscorpus.scrapers.relatedlists import find_related
from newscorpus.scrapers.relatedtitles import neighbour_link

from .helpers import related_after

_STORY = (
    "<div class='content'><h1>标题</h1><p>" + "正文内容，讲述这一次活动的经过和各方的看法与安排。" * 12 + "</p></div>"
)
_SITE = "http://www.example-county.gov.cn"
_RELATED = [
    ("/news/2018/0611/2198.html", "我院开展急救技能进社区活动"),
    ("/news/2018/0612/2210.html", "护理部举办年度护理技能比赛"),
]
_BEFORE = ("/news/2018/0609/2190.html", "县委召开全县安全生产工作会议")
_AFTER = ("/news/2018/0615/2235.html", "我县召开上半年经济运行分析会")


def _related(after_story: str, url: str, story: str = _STORY) -> list[RelatedItem]:
    return related_after(story, after_story, url)


def _link(pair: tuple[str, str]) -> str:
    return f"<a href='{_SITE}{pair[0]}'>{pair[1]}</a>"


def _rows() -> str:
    return "".join(f"<li>{_link(pair)}</li>" for pair in _RELATED)


# --- the site's previous and next story -----------------------------------------------------------------

_NEIGHBOURS = {
    # A 2000s table layout: both in one cell, apart by <br>.
    "table_cell": (
        "<table><tr><td class='tt'>相关新闻</td></tr>"
        + "".join(f"<tr><td>· {_link(pair)}</td></tr>" for pair in _RELATED)
        + f"<tr><td>上一篇：{_link(_BEFORE)}<br>下一篇：{_link(_AFTER)}</td></tr></table>"
    ),
    # Items of the heading's own list, each label in a <span> beside the link.
    "list_items": (
        "<div class='xgyd'><h3>相关阅读</h3><ul>"
        + _rows()
        + f"<li><span>上一篇：</span>{_link(_BEFORE)}</li><li><span>下一篇：</span>{_link(_AFTER)}</li></ul></div>"
    ),
    # The label inside the link's own text, in brackets.
    "in_link_text": (
        "<div class='xgyd'><h3>相关阅读</h3><ul>"
        + _rows()
        + f"</ul><p><a href='{_SITE}{_BEFORE[0]}'>【上一篇】{_BEFORE[1]}</a></p>"
        + f"<p><a href='{_SITE}{_AFTER[0]}'>下一篇：{_AFTER[1]}</a></p></div>"
    ),
    # The label two levels up: <span>上一条</span><span><em><a>…</a></em></span>.
    "wrapped_twice": (
        "<div class='box'><h4>延伸阅读</h4><ul>"
        + _rows()
        + f"</ul><div class='pn'><span>上一条</span><span><em>{_link(_BEFORE)}</em></span></div>"
        + f"<div class='pn'><span>下一条</span><span><em>{_link(_AFTER)}</em></span></div></div>"
    ),
    # Traditional characters, a Taiwanese school site.
    "traditional": (
        "<div class='box'><h3>相關新聞</h3><ul>"
        + _rows()
        + f"</ul><div>上一則：{_link(_BEFORE)}</div><div>下一則：{_link(_AFTER)}</div></div>"
    ),
    # 前一篇 / 后一篇 with a chevron before the link.
    "chevron": (
        "<div class='box'><h3>相关文章</h3><ul>"
        + _rows()
        + f"</ul><p>前一篇 &gt; {_link(_BEFORE)}</p><p>后一篇 &gt; {_link(_AFTER)}</p></div>"
    ),
    # An English blog theme: Previous post / Next post.
    "english": (
        "<div class='box'><h3>相关推荐</h3><ul>"
        + _rows()
        + f"</ul><div class='post-links'><div>Previous post: {_link(_BEFORE)}</div>"
        + f"<div>Next post: {_link(_AFTER)}</div></div></div>"
    ),
    # A table's two cells: the label in one, the link in the next.
    "label_cell": (
        "<table><tr><td>相关信息</td></tr>"
        + "".join(f"<tr><td colspan='2'>{_link(pair)}</td></tr>" for pair in _RELATED)
        + f"<tr><td>上一篇</td><td>{_link(_BEFORE)}</td></tr><tr><td>下一篇</td><td>{_link(_AFTER)}</td></tr></table>"
    ),
}


@pytest.mark.parametrize("layout", sorted(_NEIGHBOURS))
def test_the_previous_and_next_story_are_no_related_items(layout: str) -> None:
    got = _related(_NEIGHBOURS[layout], f"{_SITE}/news/2018/0613/2233.html")
    assert [item.title for item in got] == [title for _path, title in _RELATED]


@pytest.mark.parametrize(
    "html",
    [
        # A headline that opens with the words and no label mark: 下一篇章, 下一步.
        f"<p><span>2018-06-11</span><a href='{_SITE}/a/1.html'>下一篇章：乡村振兴的新路径</a></p>",
        f"<p>下一步 <a href='{_SITE}/a/1.html'>我县将推进老旧小区改造工程</a></p>",
        # A previous item's link right before it: one item of a run, no label.
        f"<p><a href='{_SITE}/a/0.html'>上一篇</a> <a href='{_SITE}/a/1.html'>我县召开上半年经济运行分析会</a></p>",
        f"<p>Next-generation <a href='{_SITE}/a/1.html'>chips arrive in county schools</a></p>",
    ],
)
def test_a_headline_or_a_run_of_links_is_no_neighbour(html: str) -> None:
    tree = LexborHTMLParser(html)
    link = tree.css("a")[-1]
    assert not neighbour_link(link, link.text())


# --- a box named in Japanese ------------------------------------------------------------------------------

_JP_STORY = (
    "<article><h1>知床で観光船の運航再開へ</h1><p>"
    + "運航会社は安全対策を強化したうえで、来月から観光船の運航を再開する方針を明らかにしました。" * 6
    + "</p></article>"
)
_JP_CARDS = "".join(
    f"<li class='item'><a href='https://news.example.jp/articles/2023/06/12/{n:06d}.html'>"
    f"<em>{title}</em><time>12時{n}分</time></a></li>"
    for n, title in enumerate(
        [
            "少子化対策の財源めぐり調整",
            "円相場 1ドル＝139円台",
            "大雨で土砂災害警戒情報",
            "経済効果の試算公表",
            "新幹線の運転見合わせ解除",
        ]
    )
)


@pytest.mark.parametrize(
    "box",
    [
        f"<section class='newslist'><h2>新着ニュース</h2><ul>{_JP_CARDS}</ul></section>",
        f"<div class='box'><div class='box-title'>アクセスランキング</div><ol>{_JP_CARDS}</ol></div>",
        f"<section><h3>人気の記事</h3><ul>{_JP_CARDS}</ul></section>",
        f"<div><p class='label'>注目のトピック</p><ul>{_JP_CARDS}</ul></div>",
        # Named related by its class, labelled as the latest news: the label wins.
        f"<section class='related-news'><h2>新着記事</h2><ul>{_JP_CARDS}</ul></section>",
    ],
)
def test_a_feed_under_a_japanese_box_name_is_not_the_related_list(box: str) -> None:
    assert _related(box, "https://news.example.jp/articles/2023/06/12/000999.html", story=_JP_STORY) == []


def test_a_japanese_related_box_over_the_same_feed_is_still_taken() -> None:
    got = _related(
        f"<section class='box'><h2>関連ニュース</h2><ul>{_JP_CARDS}</ul></section>",
        "https://news.example.jp/articles/2023/06/12/000999.html",
        story=_JP_STORY,
    )
    assert len(got) == 5


@pytest.mark.parametrize("label", ["新着ニュース", "アクセスランキング", "特集", "おすすめ記事", "图片新闻"])
def test_japanese_box_names_name_a_box(label: str) -> None:
    assert names_box(label)


@pytest.mark.parametrize("label", ["12時0分", "責任編集：山田", "2023年6月12日"])
def test_times_and_bylines_name_no_box(label: str) -> None:
    assert not names_box(label)


# --- a heading's empty box, then a box named otherwise ----------------------------------------------------

_PICTURES = "".join(
    f"<div class='pic'><a href='http://pic.example.com.cn/n1/2021/0609/c1016-3212{n}789.html'>"
    f"<img src='/t{n}.jpg'><span>{title}</span></a></div>"
    for n, title in enumerate(["航拍：夏日稻田美如画", "端午临近 粽香四溢", "城市夜景璀璨"])
)


@pytest.mark.parametrize(
    "html",
    [
        # The heading's list is filled by script; the next box opens with its own heading tag.
        "<div class='box'><h2>相关新闻</h2><div id='rel-list'></div></div>"
        f"<div class='box2'><h2>精彩图片</h2>{_PICTURES}</div>",
        # A heading bar, an empty list, then an editors' pick box labelled by a <div>.
        "<div class='rel'><div class='hd'><span>相关阅读</span></div><div class='bd'></div></div>"
        f"<div class='tj'><div class='tit'>编辑推荐</div>{_PICTURES}</div>",
        # 2012-style: a <td> heading, an empty cell, then a table whose first row names it.
        f"<table><tr><td>延伸阅读</td></tr><tr><td></td></tr></table><div class='box'><p>图片新闻</p>{_PICTURES}</div>",
        # An English label on the next box.
        "<section><h3>相关推荐</h3><div class='feed' data-src='/api/rec'></div></section>"
        f"<section><h3>Most Read</h3>{_PICTURES}</section>",
    ],
)
def test_a_headings_empty_box_does_not_take_the_next_named_box(html: str) -> None:
    assert _related(html, "http://opinion.example.com.cn/n1/2021/0610/c1003-32123456.html") == []


def test_a_heading_over_its_list_in_the_next_unnamed_box_is_still_taken() -> None:
    html = f"<div class='hd'><h2>相关新闻</h2></div><div class='bd'>{_PICTURES}</div>"
    got = _related(html, "http://opinion.example.com.cn/n1/2021/0610/c1003-32123456.html")
    assert len(got) == 3


# --- a rule's selector matching an empty box while a heading after the story introduces the list ----------

_RULE_PAGE = "https://www.example-daily.com.cn/news/2022/0915/c1001-32523456.html"
_RULE_ITEMS = [
    (f"https://www.example-daily.com.cn/news/2022/0914/c1001-3252{n}001.html", title)
    for n, title in enumerate(["轨道交通四号线开通试运营", "城东新区公交线网优化调整", "地铁沿线站点周边交通组织方案"])
]


def _rule_related(after_story: str, empty_box: str = "<div class='rel-box'></div>") -> list[RelatedItem]:
    """A rule's page: its selector (div.rel-box) matches a box this template leaves empty; the list is in
    ``after_story`` further down."""
    story = "<div class='story'><p>" + "记者从市轨道交通集团获悉，多条线路同步推进建设。" * 10 + "</p></div>"
    tree = LexborHTMLParser(f"<html><body><div class='col'>{story}{empty_box}</div>{after_story}</body></html>")
    return find_related(
        tree,
        _RULE_PAGE,
        story=tree.css_first("div.story"),
        column=tree.css_first("div.col"),
        containers=tree.css("div.rel-box"),
    )


def _rule_rows(tag: str = "li") -> str:
    return "".join(f"<{tag}><a href='{url}'>{title}</a></{tag}>" for url, title in _RULE_ITEMS)


_ELSEWHERE = {
    "h3_ul": f"<div class='box'><h3>相关阅读</h3><ul>{_rule_rows()}</ul></div>",
    "div_cards": f"<section><h2>相关新闻</h2><div class='cards'>{_rule_rows('div')}</div></section>",
    "image_title": f"<div><img src='/img/t.gif' alt='延伸阅读'><ul>{_rule_rows()}</ul></div>",
    "traditional": f"<div class='more'><h4>延伸閱讀</h4><ul>{_rule_rows()}</ul></div>",
    "english": f"<div class='more'><h4>Related Stories</h4><ul>{_rule_rows()}</ul></div>",
    "after_comments": (
        "<div class='cmt'><h3>网友评论</h3><p>还没有评论，快来抢沙发吧。</p><a href='/comment/post'>发表评论</a></div>"
        f"<div class='box'><h3>相关推荐</h3><ul>{_rule_rows()}</ul></div>"
    ),
    "table_rows": (
        "<table><tr><td class='title'>相关文章</td></tr>"
        + "".join(f"<tr><td><a href='{url}'>{title}</a></td><td>09-14</td></tr>" for url, title in _RULE_ITEMS)
        + "</table>"
    ),
    "tab_pane": (
        "<div class='tabs'><div class='hd'><span>相关推荐</span><span>热点</span></div>"
        f"<div class='pane'><ul>{_rule_rows()}</ul></div><div class='pane'><ul><li>"
        "<a href='https://www.example-daily.com.cn/news/2022/0915/c1002-32529999.html'>今日热点新闻汇总一览</a>"
        "</li></ul></div></div>"
    ),
}


@pytest.mark.parametrize("layout", sorted(_ELSEWHERE))
def test_a_rules_empty_box_does_not_hide_a_headed_list_after_the_story(layout: str) -> None:
    got = _rule_related(_ELSEWHERE[layout])
    assert [item.title for item in got] == [title for _url, title in _RULE_ITEMS]


@pytest.mark.parametrize(
    "after_story",
    [
        # No heading: an unheaded list past a rule's selector is no guess worth making.
        f"<div class='box'><ul>{_rule_rows()}</ul></div>",
        # A hot list after the story.
        f"<div class='box'><h3>热门排行</h3><ul>{_rule_rows()}</ul></div>",
    ],
)
def test_a_rules_empty_box_still_stops_a_guess(after_story: str) -> None:
    assert _rule_related(after_story) == []


def test_a_heading_before_the_story_is_not_the_list() -> None:
    before = f"<div class='top'><h3>相关阅读</h3><ul>{_rule_rows()}</ul></div>"
    story = "<div class='story'><p>" + "记者从市轨道交通集团获悉，多条线路同步推进建设。" * 10 + "</p></div>"
    tree = LexborHTMLParser(
        f"<html><body>{before}<div class='col'>{story}<div class='rel-box'></div></div></body></html>"
    )
    got = find_related(
        tree,
        _RULE_PAGE,
        story=tree.css_first("div.story"),
        column=tree.css_first("div.col"),
        containers=tree.css("div.rel-box"),
    )
    assert got == []


# --- headings saying "similar" or "further reading" -------------------------------------------------------

_BLOG = "https://blog.example-dev.cn/posts/2021/08/rust-async-runtime-4821.html"
_POSTS = [
    (f"https://blog.example-dev.cn/posts/2021/0{n}/post-48{n}0.html", title)
    for n, title in enumerate(["从零实现一个简单的线程池", "Go 调度器原理浅析笔记", "数据库连接池参数怎么调"], start=3)
]


def _post_rows(tag: str = "li") -> str:
    return "".join(f"<{tag}><a href='{url}'>{title}</a></{tag}>" for url, title in _POSTS)


_SIMILAR = {
    "wp_plugin": f"<div class='similar-posts'><h3>相似文章</h3><ul>{_post_rows()}</ul></div>",
    "dedecms_dl": f"<dl class='tbox'><dt><strong>类似文章</strong></dt><dd><ul>{_post_rows()}</ul></dd></dl>",
    "tw_table": "<table><tr><th>類似新聞</th></tr>"
    + _post_rows("tr").replace("<tr><a", "<tr><td><a").replace("</a></tr>", "</a></td></tr>")
    + "</table>",
    "simplified_baodao": f"<div class='box'><h4>相关报导</h4><ul>{_post_rows()}</ul></div>",
    "further_reading": f"<section><h2>进一步阅读</h2><ol>{_post_rows()}</ol></section>",
    "reference_reading": f"<div><p><strong>参考阅读：</strong></p>{_post_rows('p')}</div>",
    "similar_cards": (
        "<div class='mod'><div class='mod-hd'>相似资讯</div><div class='mod-bd'>"
        + "".join(
            f"<div class='card'><a href='{url}'><img src='/c.jpg'><span>{title}</span></a></div>"
            for url, title in _POSTS
        )
        + "</div></div>"
    ),
    "traditional_similar": f"<div class='box'><h3>類似文章</h3><ul>{_post_rows()}</ul></div>",
}


@pytest.mark.parametrize("layout", sorted(_SIMILAR))
def test_similar_and_further_reading_headings_introduce_the_list(layout: str) -> None:
    got = _related(_SIMILAR[layout], _BLOG)
    assert [item.title for item in got] == [title for _url, title in _POSTS]


@pytest.mark.parametrize("label", ["相似度", "类似情况", "类似的问题还有很多", "相似之处"])
def test_similar_in_other_words_names_no_list(label: str) -> None:
    assert not is_related_label(label)


# --- the story's own footer, named by its class ------------------------------------------------------------

_FOOT_PAGE = "https://blog.example-notes.cn/archives/2021/08/post-4900.html"
_FOOT_ITEMS = [
    (f"https://blog.example-notes.cn/archives/2021/0{n}/post-48{n}0.html", title)
    for n, title in enumerate(["周末去郊外骑行的一些准备", "读完三体之后的几点感想", "家里阳台种番茄的记录"], start=3)
]
_FOOT_ROWS = "".join(f"<li><a href='{url}'>{title}</a></li>" for url, title in _FOOT_ITEMS)


@pytest.mark.parametrize(
    "footer",
    [
        f"<div class='entry-footer'><div class='related-posts'><ul>{_FOOT_ROWS}</ul></div></div>",  # WordPress
        f"<div class='post-footer'><section class='post-related'><ul>{_FOOT_ROWS}</ul></section></div>",  # Ghost
        f"<div class='article-footer clearfix'><div class='xgwz'><ul>{_FOOT_ROWS}</ul></div></div>",  # a portal
        f"<div id='articleFoot'><div class='relate-list'><ul>{_FOOT_ROWS}</ul></div></div>",  # camelCase id
        f"<div class='story_footer'><div class='relatedNews'><ul>{_FOOT_ROWS}</ul></div></div>",
        f"<div class='post-foot'><div class='tags'><a href='/tag/life'>生活</a></div>"
        f"<div class='related'><ul>{_FOOT_ROWS}</ul></div></div>",  # Typecho: tags then related posts
        f"<footer class='entry-footer'><div class='yarpp-related'><ul>{_FOOT_ROWS}</ul></div></footer>",
        f"<div class='entry-footer'><div class='entry-footer-inner'><div class='jp-relatedposts'><ul>{_FOOT_ROWS}"
        "</ul></div></div></div>",  # nested own footers
    ],
)
def test_a_related_box_in_the_storys_own_footer_is_taken(footer: str) -> None:
    story = (
        "<div class='entry-content'><h1>标题</h1><p>" + "今天记录一下周末的生活和读书的一些想法。" * 12 + "</p></div>"
    )
    page = f"<html><body><article>{story}{footer}</article></body></html>"
    got = find_related(LexborHTMLParser(page), _FOOT_PAGE)
    assert [item.title for item in got] == [title for _url, title in _FOOT_ITEMS]


@pytest.mark.parametrize("name", ["footer", "site-footer", "page-footer", "g-footer", "content-footer"])
def test_a_box_in_the_sites_footer_is_still_vetoed(name: str) -> None:
    story = (
        "<div class='entry-content'><h1>标题</h1><p>" + "今天记录一下周末的生活和读书的一些想法。" * 12 + "</p></div>"
    )
    footer = f"<div class='{name}'><div class='related'><ul>{_FOOT_ROWS}</ul></div></div>"
    page = f"<html><body><article>{story}</article>{footer}</body></html>"
    assert find_related(LexborHTMLParser(page), _FOOT_PAGE) == []
