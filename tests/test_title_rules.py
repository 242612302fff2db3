"""The headline rules one by one: heading words, site furniture, <title> clues, and the title benchmark."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.extract_titles import exact, lenient, misses, squeeze, title_table
from bench.pages import LabelledPage
from newscorpus.parse import parse_html
from newscorpus.scrapers.headings import heading_words
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.sitenames import footer_text, is_furniture, site_names
from newscorpus.scrapers.titles import find_title, title_clues

_HEADLINE = "全市中小学秋季学期开学工作部署会召开"
_STORY = "<p>记者从市教育局获悉，全市中小学将于九月一日正式开学，各校已完成校舍安全检查和教师培训工作。</p>" * 3


def _h1(inner: str) -> str:
    tree = LexborHTMLParser(f"<html><body><h1>{inner}</h1></body></html>")
    return heading_words(tree.css_first("h1"))


@pytest.mark.parametrize(
    "inner",
    [
        f"<span class='tag'>原创</span>{_HEADLINE}",
        f"{_HEADLINE}<a href='#'>微信</a><a href='#'>微博</a>",
        f"{_HEADLINE}<span class='date'>2016-03-02</span>",
        f"{_HEADLINE}<span><a href='javascript:print()'>【打印】</a><a href='#'>【关闭】</a></span>",
        f"<a href='forum.php?typeid=3'>[原创]</a><span id='thread_subject'>{_HEADLINE}</span>",
        f"<span>{_HEADLINE}</span><span class='mw-editsection'>[<a href='?action=edit'>编辑</a>]</span>",
        f"{_HEADLINE}<!-- 标题 -->",
    ],
)
def test_heading_words_drop_badges_tool_links_and_dates(inner: str) -> None:
    assert _h1(inner) == _HEADLINE


@pytest.mark.parametrize(
    ("inner", "words"),
    [
        # A heading that IS a link keeps it: the link is the headline, not a tool beside it.
        (f"<a href='/a/1.html'>{_HEADLINE}</a>", _HEADLINE),
        # Inline parts glue as the page shows them; a book title in 《》 is part of the headline.
        ("<span>地铁三号线</span><span>二期完成轨道铺设</span>", "地铁三号线二期完成轨道铺设"),
        ("<span>《西部经济研究》</span>2019年第3期", "《西部经济研究》2019年第3期"),
        ("Council approves<br>new plan", "Council approves new plan"),
        # A badge word inside running text stays: only whole child elements are dropped.
        ("原创音乐剧在京首演", "原创音乐剧在京首演"),
    ],
)
def test_heading_words_keep_the_headline_itself(inner: str, words: str) -> None:
    assert _h1(inner) == words


def test_site_names_come_from_metas_logos_root_links_and_slogans() -> None:
    tree = LexborHTMLParser(
        "<html><head><meta property='og:site_name' content='东方快讯'><meta name='application-name' content='Ocean'>"
        "</head><body><a href='/'><img src='l.png' alt='南粤网'></a><a href='https://www.example.test/'>北方网</a>"
        "<div id='siteSub'>维基百科，自由的百科全书</div><div class='slogan'>广东新闻门户网站</div>"
        "<a href='/news/1.html'>不是站名的一条新闻标题</a><div class='logo-box'>"
        + "很长的" * 20
        + "</div></body></html>"
    )
    names = site_names(tree)
    assert {"东方快讯", "Ocean", "南粤网", "北方网", "维基百科，自由的百科全书", "广东新闻门户网站"} <= names
    assert "不是站名的一条新闻标题" not in names
    assert not any(name.startswith("很长的") for name in names), "a long block under a logo class is no name"


def test_furniture_is_a_whole_name_a_generic_word_or_in_the_copyright_footer() -> None:
    tree = LexborHTMLParser(
        "<body><div class='footer'><p>Copyright © 2012-2017 股市风向标 All Rights Reserved</p></div>"
        "<div class='foot-links'>明日股市预测</div></body>"
    )
    footer = footer_text(tree)
    names = frozenset({"中经网财经频道"})
    assert is_furniture("股市风向标", names, footer)
    assert is_furniture("中经网财经频道", names, footer)
    assert not is_furniture("中经网", names, footer), "part of a name is no name: 苏州 is not 苏州日报"
    assert is_furniture("首页", names, footer) and is_furniture("Home", names, footer)
    assert not is_furniture("明日股市预测", names, footer), "a footer without a copyright line names no site"


@pytest.mark.parametrize(
    ("head", "topic"),
    [
        ("<title>股市风向标--明日股市预测：三大指数有望延续反弹</title>", "明日股市预测：三大指数有望延续反弹"),
        (
            "<title>东都新闻：中小企业支援新制度</title><meta property='og:site_name' content='东都新闻'>",
            "中小企业支援新制度",
        ),
        ("<title>苏州 - 维基百科，自由的百科全书</title>", "苏州"),
        ("<title>City approves two-year plan - The Herald</title>", "City approves two-year plan"),
    ],
)
def test_the_topic_is_the_longest_segment_that_is_not_the_site(head: str, topic: str) -> None:
    body = (
        "<body><div id='siteSub'>维基百科，自由的百科全书</div><a href='/'>The Herald</a>"
        "<div class='copyright'>© 股市风向标</div></body>"
    )
    clues = title_clues(LexborHTMLParser(f"<html><head>{head}</head>{body}</html>"))
    assert clues.topic == topic
    assert not any(clues.is_site(segment) for segment in clues.segments)


def _page(title: str, top: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><a href='/'>临川市人民政府</a>{top}"
        f"<div class='content'>{_STORY}</div><div class='footer'>版权所有 临川市人民政府</div></body></html>"
    )


def test_a_section_heading_equal_to_a_short_channel_segment_is_not_the_headline() -> None:
    html = _page(f"{_HEADLINE}_通知公告_临川市人民政府", f"<h2>通知公告</h2><div class='title'>{_HEADLINE}</div>")
    assert find_title(LexborHTMLParser(html)) == _HEADLINE


def test_a_short_h1_is_the_headline_only_when_it_is_the_whole_topic() -> None:
    assert find_title(LexborHTMLParser(_page("苏州_临川市人民政府", "<h1>苏州</h1>"))) == "苏州"
    html = _page("新闻中心 - 临川市人民政府", f"<h2>新闻中心</h2><h1>{_HEADLINE}</h1>")
    assert find_title(LexborHTMLParser(html)) == _HEADLINE


def test_a_logo_heading_never_wins_over_the_real_one() -> None:
    html = _page(f"{_HEADLINE}-临川网", f"<h1 class='logo'>临川网</h1><h2>{_HEADLINE}</h2>")
    assert find_title(LexborHTMLParser(html)) == _HEADLINE


def _labelled(name: str, split: str, title: str | None) -> LabelledPage:
    return LabelledPage(name, "site", "dev", split, None, "", "", title, None, False, {})


def test_title_scores_ignore_whitespace_and_lenient_accepts_containment() -> None:
    assert squeeze(" 苏州 \u3000市 ") == "苏州市"
    assert exact("苏 州", "苏州") and not exact("苏州市", "苏州") and not exact(None, "")
    assert lenient("《学报》2022年第4期", "2022年第4期") and lenient("苏州", "苏州 - 维基百科")
    assert not lenient("", "苏州") and not lenient("无锡", "苏州")


def test_the_title_table_gives_aggregate_rows_per_split_only() -> None:
    pages = [
        _labelled("a", "tune", "甲标题"),
        _labelled("b", "tune", "乙标题"),
        _labelled("c", "heldout", "丙标题"),
        _labelled("d", "heldout", None),
    ]
    titles = {"a": "甲标题", "b": "乙标题_某网", "c": "丙标题"}
    table = "\n".join(title_table({"newscorpus": titles}, pages))
    assert "| tune | newscorpus | 2 | 0.50 (1/2) | 1.00 (2/2) |" in table
    assert "| heldout | newscorpus | 1 | 1.00 (1/1) | 1.00 (1/1) |" in table
    assert "丙标题" not in table, "no held-out title is ever printed"
    assert misses(titles, pages, "tune") == ["b: got '乙标题_某网' want '乙标题'"]
    with pytest.raises(ValueError):
        misses(titles, pages, "heldout")


@pytest.mark.parametrize("tail", ["<span>（二）</span>", "<span>（附全文）</span>", "<em>[图]</em>"])
def test_a_bracketed_child_stays_unless_it_is_a_badge_or_a_tool(tail: str) -> None:
    words = _h1(f"{_HEADLINE}{tail}")
    kept = "[图]" not in tail
    assert (words != _HEADLINE) is kept and words.startswith(_HEADLINE)


def test_a_blog_name_heading_linking_home_is_the_site_not_the_post(registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Notes on brewing green tea at home – Slow Leaves</title></head>"
        "<body><header><h1 class='site-title'><a href='https://slowleaves.example.test/'>Slow Leaves</a></h1></header>"
        "<article><h2 class='entry-title'>Notes on brewing green tea at home</h2>"
        "<p>Green tea wants cooler water than most people use, somewhere around seventy to eighty degrees.</p>"
        "<p>Steep it for a minute or two at most; longer draws out the bitter compounds that spoil the cup.</p>"
        "<p>A second infusion is often better than the first, so keep the leaves in the pot afterwards.</p>"
        "</article></body></html>"
    )
    assert parse_html(html, None, registry).title == "Notes on brewing green tea at home"


def test_a_heading_inside_a_logo_block_is_passed_over_even_when_it_repeats_the_title_whole() -> None:
    # The logo test runs on the headings that match <title>, not before: a match inside a logo block must
    # still give way to the next-best heading.
    title = f"{_HEADLINE}部署明年重点任务"
    html = _page(title, f"<div class='site-logo'><h1>{title}</h1></div><h2>{_HEADLINE}</h2>")
    assert find_title(LexborHTMLParser(html)) == _HEADLINE


_THREAD = (
    "<div class='pls'><a href='space-uid-1234.html'>老街坊</a></div><div class='t_f'>"
    "<p>小区东门外的停车位一直不够用，物业今天贴出通知说下个月要重新划线，还要收管理费，大家怎么看？</p>"
    "<p>我觉得划线可以，但是收费标准应该先在业主群里公示，听听大家的意见再定。</p></div>"
)


@pytest.mark.parametrize(
    ("page_title", "heading"),
    [
        ("东门停车位重新划线收费，大家怎么看 - 业主交流 - 幸福家园论坛 - powered by phpwind.net", ""),
        ("东门停车位重新划线收费，大家怎么看 - 幸福家园论坛 - Powered by Discuz!", ""),
        ("东门停车位重新划线收费，大家怎么看-幸福家园-Powered by PHPWind", ""),
        ("东门停车位重新划线收费，大家怎么看 | 老张的博客 | Proudly powered by WordPress", ""),
        ("东门停车位重新划线收费，大家怎么看_业主论坛 - Powered By Z-BlogPHP", ""),
        ("东门停车位重新划线收费，大家怎么看 -- Powered by DedeCMS", "<h2>东门停车位重新划线收费，大家怎么看</h2>"),
    ],
)
def test_a_forum_or_blog_engines_credit_in_the_title_is_never_the_headline(page_title: str, heading: str) -> None:
    # Engines append their credit to every <title>; it is longer than many headlines, so the longest
    # segment that is not the site's name must never be it (phpwind and Discuz threads on blind16).
    html = f"<html><head><title>{page_title}</title></head><body>{heading}{_THREAD}</body></html>"
    article = parse_html(html, "http://bbs.example.cn/read.php?tid=123456", Registry.load())
    assert article.title == "东门停车位重新划线收费，大家怎么看"


def test_an_engine_credit_is_furniture_and_a_headline_about_one_is_not() -> None:
    assert is_furniture("Powered by Discuz!", frozenset(), "")
    assert is_furniture("proudly powered by WordPress", frozenset(), "")
    assert not is_furniture("由Discuz驱动的社区如何运营", frozenset(), "")
