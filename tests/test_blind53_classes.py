"""Classes learnt from blind53 (tune material once blind54 was written, session 19), as hand-written variants
in other wordings, markup and sites: never a copy of a blind page.

Bylines: an outlet under 作者 before a person's 作者; an English bar's outlet after the comma; 本文来源 before an
outlet opening with 人; an institution's long office; an administrator's login (a writer's is nobody, an
editor's is shown); a copy notice's clause after the names; a heading's phrase of time; an editor's-note lead
before a reprint notice; a theme's 发布于 glued to the name; a pupil's class code; a court division's 供稿; a
padded e-paper paper line; a WeChat post's closing office source; a platform card whose links differ by
tracking only.
Titles: a Q&A status badge; a table CMS's bold opening segment. Related: a heading above the story whose
"section" is the rest of the page.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE

PARAGRAPHS = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("作者：南方周末 作者：罗青", "罗青", None, None),
        ("By Li Wen, Example Global", "Li Wen", None, None),
        ("本文来源人民日报海外版，版权归原作者所有，如有侵权请联系删除", None, "人民日报海外版", None),
        ("來源：國立臺灣大學 秘書室媒體公關組", None, "國立臺灣大學 秘書室媒體公關組", None),
        # An administrator's login names no writer.
        ("作者 yunshan_admin", None, None, None),
        ("作者：admin02", None, None, None),
        ("作者：badminton_li", "badminton_li", None, None),
        # An administrator's login names no editor either (since session 27: the natural batches' labels).
        ("责任编辑：yunshan_admin", None, None, None),
        ("作者：webmaster　责任编辑：admin", None, None, None),
        # A copy notice's clause after the names, a heading's phrase of time, a theme's glued "posted on".
        ("原创文章，作者：许晴，如若转载，请注明出处：https://www.example.test/p/123.html", "许晴", None, None),
        ("整理：每周一次的复盘", None, None, None),
        ("作者 阿棠发布于 2018年6月2日 分类 随笔", "阿棠", None, None),
        # A reprint notice after a site's own editor's-note label.
        ("界面注：本文来源于微信公众号城事研究（ID：csyj2019），作者：王一凡，经授权发布。", "王一凡", None, None),
        # A Hong Kong pupil's class code before the name, and a court division sending the story.
        ("撰文：5C 陳樂怡（學生記者）", "陳樂怡", None, None),
        ("（刑一庭供稿　撰稿：周敏　审核：许杰）", "周敏", "刑一庭", None),
        # People's Daily's e-paper line: padded title marks, the day and page in brackets.
        ("《 光明日报 》（ 2018年05月04日 06 版）", None, "光明日报", None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


def _page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_qa_status_badge_is_no_part_of_the_question(registry: Registry) -> None:
    html = _page(
        "<h1 class='q-title'><span class='ico-solved'>待解决</span>猫咪三天不吃东西怎么办？</h1>"
        f"<div class='answer best'>{PARAGRAPHS}</div>",
        title="猫咪三天不吃东西怎么办？_宠物问答",
    )
    assert parse_html(html, None, registry).title == "猫咪三天不吃东西怎么办？"


def test_a_table_cms_bold_headline_the_title_opens_with(registry: Registry) -> None:
    html = _page(
        "<table><tr><td>您现在的位置：<a href='/'>某某小学</a> &gt;&gt; 正文</td></tr>"
        "<tr><td align='center'><font color='#B30000'><b>春天的小路</b></font></td></tr>"
        f"<tr><td>{PARAGRAPHS}</td></tr></table>",
        title="春天的小路 - 学生作文 - 某某小学",
    )
    assert parse_html(html, None, registry).title == "春天的小路"


def test_a_heading_above_the_story_never_takes_it_as_its_list(registry: Registry) -> None:
    # An e-paper's 往期回顾 link by the issue date: the "section" after it is the rest of the page.
    nav = "".join(f"<li><a href='node_{n}.htm'>第0{n}版：要闻</a></li>" for n in range(1, 5))
    html = _page(
        "<div class='date_box'>2017年04月11日 星期二 <a href='../10/node_1.htm'>往期回顾</a> "
        "<a href='/db/'>数据库</a></div><div class='main'><div class='left'><h3>版面导航</h3>"
        f"<ul>{nav}</ul></div><div class='right'><h1>高校毕业生就业服务月启动</h1>"
        f"<div class='c'><founder-content>{PARAGRAPHS}</founder-content></div></div></div>"
        "<div class='footer'><p>关 于 我 们 | 联 系 我 们 | 网 站 声 明</p></div>",
        title="某某日报",
    )
    article = parse_html(html, "http://paper.example-daily.test/html/2017-04/11/content_1.htm", registry)
    assert "记者从有关部门获悉" in article.body
    assert "关 于 我 们" not in article.body


def test_a_wechat_posts_closing_source_may_be_an_office(registry: Registry) -> None:
    html = (
        "<html><head><script src='https://res.wx.qq.com/mmbizwap/zh_CN/htmledition/js/a.js'></script></head><body>"
        "<h1 class='rich_media_title' id='activity-name'>油菜花节开幕</h1>"
        "<div id='meta_content'><span class='rich_media_meta rich_media_meta_text'>周晓</span>"
        "<a id='js_name'>某县发布</a></div>"
        f"<div class='rich_media_content' id='js_content'>{PARAGRAPHS}<p>来源：某县农业农村局</p>"
        "<p>编辑：孙丽　审核：何平</p></div></body></html>"
    )
    article = parse_html(html, "https://mp.weixin.qq.com/s/XyZ0123456789", registry)
    assert (article.author, article.source, article.editor) == ("周晓", "某县农业农村局", "孙丽")


def test_a_platform_card_whose_links_differ_only_by_tracking(registry: Registry) -> None:
    profile = "https://mp.sohu.com/profile?xpt=YWJjZGVmZ2hpams="
    html = _page(
        "<div class='column left'><div class='user-info'>"
        f"<div class='user-pic'><a href='{profile}&spm=smpc.content.author.1.1'>"
        "<img src='//p.itc.cn/a.jpeg'></a></div>"
        f"<h4><a href='{profile}&spm=smpc.content.author.2.1'>家电评测小组</a></h4></div></div>"
        "<div class='column center'><h1>洗碗机值不值得买</h1>"
        "<div class='article-info'><span>2022-04-02 10:20</span></div>"
        f"<article class='article'>{PARAGRAPHS}<p>责任编辑：</p></article>"
        "<p class='statement'>声明：该文观点仅代表作者本人，搜狐号系信息发布平台，"
        "搜狐仅提供信息存储空间服务。</p></div>",
        title="洗碗机值不值得买_搜狐网",
    )
    assert parse_html(html, "https://www.sohu.com/a/512345678_121234567", registry).author == "家电评测小组"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # A blog's date badge in spans, year first; the same badge repeating the year before its time.
        ("2016Nov03Thu21:07", "2016-11-03T21:07:00+08:00"),
        ("2012 Feb 14 Tue 2012 08:15", "2012-02-14T08:15:00+08:00"),
    ],
)
def test_year_first_english_badges(text: str, when: str) -> None:
    from newscorpus.scrapers.dates import parse_datetime

    assert parse_datetime(text) == when


@pytest.mark.parametrize(
    ("url", "article"),
    [
        # A member's home by a bare number on a user host; a channel's numbered page; a programme's day page;
        # an e-paper's page layout.
        ("https://my.example-forum.test/30571288", False),
        ("https://i.example-cars.test/22018831", False),
        ("https://www.example-cars.test/news/4/", False),
        ("https://www.example-cars.test/news/5/#liststart", False),
        ("https://tv.example-tv.test/lm/zgxw/day/20190612.shtml", False),
        ("http://paper.people.com.cn/rmrb/html/2019-06-12/nbs.D110000renmrb_07.htm", False),
        # Their stories stay stories.
        ("http://paper.people.com.cn/rmrb/html/2019-06-12/nw.D110000renmrb_20190612_2-07.htm", True),
        ("https://www.example-cars.test/news/201906/948312.html", True),
        ("https://www.example-univ.test/chinese/features/20190612.html", True),
    ],
)
def test_url_shapes(url: str, article: bool) -> None:
    from newscorpus.urlshape import is_article_url

    assert is_article_url(url) is article


def test_a_blog_hosts_title_joined_by_at_and_double_colons(registry: Registry) -> None:
    # Pixnet's <title>: the post @ the blog :: the host ::; the blog's name heads the page, the post's an <h2>.
    html = _page(
        "<div id='banner'><h1><a href='https://amei.example-blog.test/blog'>阿美的旅行手帳</a></h1></div>"
        "<div class='article-head'><h2 class='title'><a href='https://amei.example-blog.test/blog/post/1234'>"
        "【花蓮】七星潭看日出 清晨五點出發也值得</a></h2></div>"
        f"<div class='article-content'>{PARAGRAPHS}</div>",
        title="【花蓮】七星潭看日出 清晨五點出發也值得 @ 阿美的旅行手帳 :: 痞客邦 ::",
    )
    assert parse_html(html, None, registry).title == "【花蓮】七星潭看日出 清晨五點出發也值得"


def test_a_themes_posted_on_by_line() -> None:
    assert parse_line("Posted on 2020-03-14 by Mark Chen").author == "Mark Chen"
