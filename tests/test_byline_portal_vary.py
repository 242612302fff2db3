"""Portal bylines on another year's template (session 9, byline-vp): the mechanisms that lost fields when
``bench/byline_portal_vary.py`` rewrote the bars of pages we get right. Each test is a realistic variant of a
template we read on one page, and a negative that must keep its reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "<p>记者从市交通部门获悉，今年全市将新开通公交线路二十条，优化调整线路三十余条，方便市民出行。</p>"
    "<p>据介绍，新开通的线路主要集中在新建小区和产业园区，调整的线路则以缩短绕行距离为主。</p>"
    "<p>交通部门表示，将根据客流变化继续优化线网，并在重点站点增设候车亭和实时到站信息屏。</p>"
)
_HEADLINE = "今年全市将新开通公交线路二十条"


def _page(url: str, head: str, bar: str, *, title: str = "", closing: str = "", body_class: str = "") -> Article:
    html = f"""<html><head><title>{title or _HEADLINE}</title>{head}</head><body>
<div class="wrap"><h1>{_HEADLINE}</h1>{bar}<div class="{body_class or "content"}">{_TEXT}</div>{closing}</div>
<div class="footer">版权所有</div></body></html>"""
    return parse_html(html, url, Registry.load())


# ---- a rule whose bar selector misses: its editor element alone hands over to the lines under the headline


_HUANQIU = "https://www.huanqiu.com/article/4Ab1Cd2Ef3G"


def _huanqiu(bar: str) -> Article:
    html = f"""<html><head><title>{_HEADLINE}_环球网</title></head><body>
<div class="t-container"><div class="t-container-title"><h3>{_HEADLINE}</h3></div>{bar}
<div class="l-con"><article>{_TEXT}</article></div><div class="editor">责编：赵建东</div></div></body></html>"""
    return parse_html(html, _HUANQIU, Registry.load())


@pytest.mark.parametrize(
    "bar",
    [
        '<div class="meta-box"><p class="pub-time">2022-06-12 08:34</p><span class="src"><span>来源：</span>'
        '<a href="https://www.huanqiu.com">环球时报</a></span><span class="by">作者：青木</span></div>',
        '<div class="info"><span>2022-06-12 08:34</span><span>来源：环球时报</span><span>作者：青木</span></div>',
        '<p class="bar">2022-06-12 08:34　来源：环球时报　作者：青木</p>',
        "<dl><dt>来源：</dt><dd>环球时报</dd><dt>作者：</dt><dd>青木</dd><dt>时间：</dt><dd>2022-06-12 08:34</dd></dl>",
    ],
)
def test_an_editor_only_bar_hands_the_renamed_bar_to_the_region(bar: str) -> None:
    article = _huanqiu(bar)
    assert (article.author, article.source, article.editor) == ("青木", "环球时报", "赵建东")


def test_an_editor_only_bar_over_a_page_naming_nobody_keeps_nobody() -> None:
    article = _huanqiu('<div class="info"><span>2022-06-12 08:34</span></div>')
    assert (article.author, article.source, article.editor) == (None, None, "赵建东")


# ---- a rule's source element that is a tool or the site's channel


_DY = "https://www.163.com/dy/article/HF2K3L4M0527ABCD.html"
_ACCOUNT = '来源: <a href="https://www.163.com/dy/media/T1612345678901.html">车界观察</a>'


@pytest.mark.parametrize(
    "first",
    [
        '<a class="follow" href="#">+关注</a>',
        '<span class="chan"><a href="/auto/">汽车</a></span>',
        '<a href="/tech/">科技</a>',
        '<span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span>',
        "<a>大</a>",
    ],
)
def test_a_tool_or_channel_first_in_the_bar_is_no_account(first: str) -> None:
    bar = f'<div class="post_info">{first}2022-08-17 11:23:06　{_ACCOUNT}<a class="post_jubao">举报</a></div>'
    article = _page(_DY, "", bar, body_class="post_body")
    assert (article.author, article.source) == ("车界观察", None)


def test_an_outlet_linked_to_a_section_path_stays_the_source() -> None:
    bar = '<div class="post_info">2022-08-17 11:23:06　来源: <a href="/news/">新华网</a></div>'
    article = _page("https://www.163.com/news/article/HF2K3L4M0001ABCD.html", "", bar, body_class="post_body")
    assert article.source == "新华网"


# ---- the site's brand check reads the page's glued text: a labelled value opening with the source labels it


_BJNEWS = Path(__file__).parent / "fixtures" / "blind14" / "portals" / "bjnews_2019_news.html"  # tune material
_SOURCE_SPAN = '<span class="source">来源：新京报网</span>'


@pytest.mark.parametrize(
    "after",
    [
        '<span class="chan"><a href="/sports/">体育</a></span>',
        '<a class="print" href="javascript:window.print()">打印</a>',
        '<span class="chan"><a href="/finance/">财经频道</a></span>',
    ],
)
def test_a_labelled_source_glued_to_a_tool_is_no_brand(after: str) -> None:
    html = _BJNEWS.read_text(encoding="utf-8")
    assert _SOURCE_SPAN in html
    article = parse_html(
        html.replace(_SOURCE_SPAN, _SOURCE_SPAN + after),
        "http://www.bjnews.com.cn/news/2019/11/25/655012.html",
        Registry.load(),
    )
    assert (article.author, article.source, article.editor) == ("吴为", "新京报网", "刘梦婕")


def test_the_sites_name_unlabelled_beside_the_time_stays_its_brand() -> None:
    html = _BJNEWS.read_text(encoding="utf-8").replace(_SOURCE_SPAN, '<span class="source">新京报</span>')
    article = parse_html(html, "http://www.bjnews.com.cn/news/2019/11/25/655012.html", Registry.load())
    assert article.source is None


# ---- a bar's counters, font switch, share row and follow button are no parts of it


@pytest.mark.parametrize(
    "line",
    [
        "阅读 3.2万 周文慧 发布/2018年11月6日 5:30 AM",
        "字号：大 中 小 周文慧 发布/2018年11月6日 5:30 AM",
        "评论(23) 周文慧 发布/2018年11月6日 5:30 AM",
        "周文慧 发布/2018年11月6日 5:30 AM 阅读 3.2万",
        "+关注 周文慧 发布/2018年11月6日 5:30 AM",
        "0人参与 周文慧 发布/2018年11月6日 5:30 AM",
    ],
)
def test_tools_around_a_name_beside_the_time(line: str) -> None:
    assert parse_line(line).author == "周文慧"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("来源：观察者网评论 312", None, "观察者网"),  # a counter glued to the outlet: the grammar's, unchanged
        ("本报评论员 2019-01-01", None, None),  # 评论 inside a word is no counter
        ("分享到： 微信 微博 来源：新华社", None, "新华社"),
    ],
)
def test_tool_words_inside_values_stay(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    "tools", ['<span class="views">阅读 3.2万</span>', '<span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span>']
)
def test_a_profile_linked_name_after_a_counter_on_a_page(tools: str) -> None:
    bar = (
        f'<div class="article-byline">{tools}<span class="contributor"><a href="/byline/zhou-wen-hui">周文慧</a>'
        '</span> <span class="datestamp">发布/2018年11月6日 5:30 AM</span></div>'
    )
    article = _page("https://www.zaobao.com.sg/news/singapore/story20181106-906000", "", bar)
    assert article.author == "周文慧"


# ---- hooks trusting only their own credits take a labelled writer of the byline lines


@pytest.mark.parametrize(
    "bar",
    [
        '<div class="post_info">2021-03-02 10:11:12　作者：李明　来源: 新京报</div>',
        '<div class="meta"><span>2021-03-02 10:11</span><span>来源：新京报</span><span>记者 李明</span></div>',
        "<dl><dt>时间：</dt><dd>2021-03-02 10:11</dd><dt>作者：</dt><dd>李明</dd><dt>来源：</dt><dd>新京报</dd></dl>",
    ],
)
def test_a_163_template_labelling_its_writer(bar: str) -> None:
    article = _page("https://www.163.com/news/article/G3K4L5M60001ABCD.html", "", bar, body_class="post_body")
    assert (article.author, article.source) == ("李明", "新京报")


def test_a_breadcrumb_naming_the_platform_is_no_writer() -> None:
    crumb = '<div class="crumb"><a href="/">网易首页</a> &gt; <a href="/dy/">网易号</a> &gt; 正文</div>'
    bar = f'{crumb}<div class="x-meta"><span>2021-03-02 10:11</span></div>'
    article = _page(_DY, "", bar, body_class="post_body")
    assert article.author is None


def test_a_qq_headline_with_a_label_word_names_nobody() -> None:
    html = f"""<html><head><title>原作者女儿：父亲的书终于再版</title></head><body>
<div class="LEFT"><h1>原作者女儿：父亲的书终于再版</h1><div class="x"><span>2019-03-02 10:11</span></div>
<div class="content-article">{_TEXT}</div></div></body></html>"""
    article = parse_html(html, "https://new.qq.com/omn/20190302/20190302A0ABCD00.html", Registry.load())
    assert article.author is None


# ---- bars read apart when nested in the box after the headline, or opening the story's container


def test_a_bar_nested_in_the_box_after_the_headline() -> None:
    html = f"""<html><head><title>{_HEADLINE}_澎湃新闻-The Paper</title></head><body>
<div class="newscontent"><h1 class="news_title">{_HEADLINE}</h1><div class="news_about">
<div class="sub-pub"><span>来源：中国青年报</span><span>文｜石佳</span><span>2019-09-24 09:10</span></div></div>
<div class="news_txt">{_TEXT}</div></div></body></html>"""
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_4530000", Registry.load())
    assert (article.author, article.source) == ("石佳", "中国青年报")


@pytest.mark.parametrize(
    ("bar", "author", "source"),
    [
        ("<span>来源 聯合報</span><span>林政忠 记者</span><span>2018-07-11 08:45</span>", "林政忠", "聯合報"),
        ("<span>2018-07-11 08:45</span><span>出处：中国青年报</span><span>李晨赫 记者</span>", "李晨赫", "中国青年报"),
    ],
)
def test_a_bar_opening_the_story_container(bar: str, author: str, source: str) -> None:
    html = f"""<html><head><title>{_HEADLINE}</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="article"><h1>{_HEADLINE}</h1><div class="meta">{bar}</div>{_TEXT}</div></body></html>"""
    article = parse_html(html, "https://news.example.com/story/7312345", Registry.load())
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize("cls", ["post_info", "desc-tit78"])
def test_an_icon_between_the_account_and_its_ip_region_parts_them(cls: str) -> None:
    bar = (
        f'<div class="{cls}">2022-08-17 11:23:06　{_ACCOUNT}<img src="https://static.ws.126.net/ipLocation.svg">浙江'
        '<br><a href="#post_comment_area">举报</a></div>'
    )
    article = _page(_DY, "", bar, body_class="post_body")
    assert (article.author, article.source) == ("车界观察", None)


def test_a_toutiao_template_whose_classes_the_rule_misses_names_its_account_by_the_card() -> None:
    html = f"""<html><head><title>{_HEADLINE} - 今日头条</title></head><body>
<div class="article-box"><h1 class="article-title">{_HEADLINE}</h1><div class="meta-desc15">
<a href="/c/user/6294480027/" class="row-attr52"><img src="//p6.pstatp.com/large/ff82" alt=""> <span>去驴行</span></a>
<div class="sub-line31"><span>关注</span></div></div><div class="article-content">{_TEXT}</div></div>
<div class="side"><a href="/c/user/111/"><img src="//p3.pstatp.com/a.jpeg"></a>
<a href="/c/user/111/">旅行家小王</a></div>
</body></html>"""
    article = parse_html(html, "https://www.toutiao.com/a6543210987654321/", Registry.load())
    assert (article.author, article.source) == ("去驴行", None)


@pytest.mark.parametrize(
    "before", ['<span class="views">阅读 54.7万</span>', '<span class="chan"><a href="/finance/">財經</a></span>']
)
def test_a_bar_holding_blocks_reads_its_inline_run_apart(before: str) -> None:
    bar = (
        f'<div class="article-grid__byline">{before}<span data-testid="article-author"><a href="/author/鄭樂恒">鄭樂恒'
        '</a></span><div><span>發佈：</span><time datetime="2022-11-14T18:26:00+08:00">2022-11-14 18:26</time></div>'
        '<div class="share">分享到：<a>微信</a><a>微博</a></div></div>'
    )
    article = _page("https://www.hk01.com/社會新聞/835000/屯馬綫", "", bar)
    assert article.author == "鄭樂恒"


def test_a_related_items_outlet_with_a_short_headline_is_no_source() -> None:
    items = "".join(
        f'<li><a href="https://www.ifeng.com/c/83T1X{n}">{title}</a><span class="source-1qW2eR">{who}</span></li>'
        for n, (title, who) in enumerate((("舞龙舞狮的起源", "民俗那些事"), ("宋代文人的雅集", "读史有料")))
    )
    html = f"""<html><head><title>{_HEADLINE}_凤凰网</title></head><body><div class="main"><h1>{_HEADLINE}</h1>
<div class="meta-x"><span>2021-02-26 10:23:45</span></div><div class="main_content-x">{_TEXT}</div>
<div class="related-y"><ul>{items}</ul></div></div></body></html>"""
    article = parse_html(html, "https://www.ifeng.com/c/84Y0aBcDeFg", Registry.load())
    assert article.source is None


def test_a_source_listed_in_the_bar_as_an_item_stays() -> None:
    bar = '<ul class="meta"><li>2021-02-26 10:23</li><li><span class="source-1q">中国新闻网</span></li></ul>'
    html = f"""<html><head><title>{_HEADLINE}_凤凰网</title></head><body><div class="main"><h1>{_HEADLINE}</h1>
{bar}<div class="main_content-x">{_TEXT}</div></div></body></html>"""
    article = parse_html(html, "https://www.ifeng.com/c/84Y0aBcDeFg", Registry.load())
    assert article.source == "中国新闻网"


def _bjh(header: str) -> Article:
    html = f"""<html><head><title>{_HEADLINE}</title></head><body><div class="article" id="article">
<div class="article-title"><h2>{_HEADLINE}</h2></div>{header}<div class="article-content">{_TEXT}</div></div>
<div class="side"><a href="https://author.baidu.com/home?app_id=999">旅行家小王</a></div></body></html>"""
    return parse_html(html, "https://baijiahao.baidu.com/s?id=1682345678901234567", Registry.load())


def test_a_baijiahao_header_without_an_avatar_names_its_account_by_the_profile_link() -> None:
    header = (
        '<div class="row-detail40"><span><a href="https://author.baidu.com/home?from=bjh_article&amp;app_id=16112">'
        "家居设计小王</a></span><span>发布时间:2020-11-03</span><span>19:42</span><span>百家号</span></div>"
    )
    assert _bjh(header).author == "家居设计小王"


def test_a_profile_link_after_the_story_names_no_account() -> None:
    assert _bjh('<div class="row-detail40"><span>发布时间:2020-11-03 19:42</span></div>').author is None
