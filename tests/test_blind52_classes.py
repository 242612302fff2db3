"""Classes learnt from blind52 (tune material from session 19), as hand-written variants in other wordings,
markup and sites: never a copy of a blind page.

Bylines: a follow button's plus sign; an outlet's reporter credit opening the story with the place it was filed
from; a 澎湃号 post whose labelled 来源 sits after the account's name; posts before names (社工); labels padded
in a table cell (撰 稿 人) or named for the sending unit (来源单位); a content farm's 本文来源于 notice; a credits
list the reading window cut; a thread's floor beside 楼主; a headline's table holding 資料來源; a WeChat writer
without an id; Hong Kong and Taiwan spellings of common surnames; offices named 室.
Titles: the deck under a headline, a paper's <founder-title>, a table's title cell, a home trail.
Dates: an e-paper's issue links beside the issue's date.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE

PARAGRAPHS = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        # A follow button with its plus sign names nobody, however the plus is written.
        ("作者：城市漫游指南 ＋关注", "城市漫游指南", None, None),
        ("作者：林间晚风 +订阅", "林间晚风", None, None),
        # The reporter's credit opening the story, the place it was filed from before the first words.
        (
            "每日经济新闻记者 边晓岚 成都报道 随着暑期到来，各地文旅市场持续升温，多个景区客流创下新高。",
            "边晓岚",
            None,
            None,
        ),
        # A social worker's post before the name, in either spelling of its surname.
        ("撰文：社工 麥嘉欣", "麥嘉欣", None, None),
        ("文字：社工師 賴怡君", "賴怡君", None, None),
        # The unit that sent the story in, named for itself.
        ("来源单位：综合办公室 撰稿：孙可", "孙可", "综合办公室", None),
        # A content farm's notice names the outlet up to its comma; prose saying 来源于 names nothing.
        ("本文来源于寻医问药网，版权归原作者所有，如有侵权请联系删除。", None, "寻医问药网", None),
        ("这首歌的灵感来源于生活，也高于生活。", None, None, None),
        # A thread's floor is no name.
        ("[楼主] 第3楼 | 只看该作者 | 举报", None, None, None),
        # An institution's office named 室 is one source with it.
        ("來源：國立中正大學 公關事務室", None, "國立中正大學 公關事務室", None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize(
    "lines",
    [
        # A padded label alone in its cell, the name in the next.
        ["撰 稿 人", "鄭雅文", "發佈日期", "108-05-02"],
        # A credits list whose first cells the reading window cut off: the label after the next names a list.
        ["摄影", "陈默", "编辑", "鄭雅文", "审核", "吴刚"],
    ],
)
def test_label_cells(lines: list[str]) -> None:
    found = parse_byline(lines)
    assert "鄭雅文" in (found.author, found.editor)


def test_an_edit_button_alone_is_no_list_cell() -> None:
    assert parse_byline(["编辑", "引用", "回复"]).editor is None


def _page(body: str, title: str = "首页", url: str = "https://www.county-site.test/news/2019/0502/31.html") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_deck_under_the_headline_is_not_taken_for_it(registry: Registry) -> None:
    html = _page(
        "<div class='nav'><a href='/'>首页</a> <a href='/local/'>本地</a></div>"
        "<div class='date'>2012年4月9日 星期一</div>"
        "<h1>旧城改造首批居民回迁新居</h1><h2>涉及住户一千二百户，年底前全部入住</h2>"
        f"<div id='content'>{PARAGRAPHS}</div>",
        title="某某日报 - 每日新闻 daily news",
    )
    assert parse_html(html, None, registry).title == "旧城改造首批居民回迁新居"


def test_a_papers_headline_element_and_its_issue_date(registry: Registry) -> None:
    html = _page(
        "<table><tr><td>某某日报 | 某某晚报 2011年03月08日 星期二 <a href='../07/node_1.htm'>上一期</a> "
        "<a href='../09/node_1.htm'>下一期</a></td></tr></table>"
        "<table><tr><td><b>本版新闻</b></td></tr><tr><td><div>·<a href='content_7.htm'>城南新建三所幼儿园</a><br>"
        "·<a href='content_8.htm'>公交线路调整</a><br>·<a href='content_9.htm'>春季植树</a></div></td></tr></table>"
        "<table><tr><td><founder-introtitle>新增学位一千个</founder-introtitle></td></tr>"
        "<tr><td><strong><founder-title>城南新建三所幼儿园</founder-title></strong></td></tr>"
        f"<tr><td><founder-content>{PARAGRAPHS}</founder-content></td></tr></table>",
        title="某某日报",
    )
    article = parse_html(html, None, registry)
    assert article.title == "城南新建三所幼儿园"
    assert article.published_at == "2011-03-08T00:00:00+08:00"


def test_a_headline_in_a_tables_title_cell_and_its_source_row(registry: Registry) -> None:
    html = _page(
        "<div class='crumb'>首頁 &gt; 最新消息</div><table>"
        "<tr><th>發佈日期</th><td>2015年3月2日</td></tr><tr><th>類別</th><td>社區活動</td></tr>"
        "<tr><th>資料來源</th><td>長者服務部</td></tr>"
        "<tr><th>標　　題</th><td><b>長者中心春節團拜 三百位街坊同賀新歲</b></td></tr></table>"
        f"<div class='content'>{PARAGRAPHS}</div>",
        title="某某協會-最新消息",
    )
    article = parse_html(html, None, registry)
    assert article.title == "長者中心春節團拜 三百位街坊同賀新歲"
    assert article.source == "長者服務部"


def test_a_home_trail_over_a_lower_heading_is_no_headline(registry: Registry) -> None:
    html = _page(
        "<div class='crumb'><h3>首页 - 学会动态</h3></div><div class='main'>"
        f"<h5>第十届青年学者论坛在武汉举行</h5><div class='text'>{PARAGRAPHS}</div></div>",
        title="学会动态--某某学会官网",
    )
    assert parse_html(html, None, registry).title == "第十届青年学者论坛在武汉举行"


def test_a_wechat_writer_shown_without_an_id(registry: Registry) -> None:
    meta = (
        "<div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_text'>"
        "周晓岚</span><span class='rich_media_meta rich_media_meta_nickname' id='profileBt'>"
        "<a href='javascript:void(0);' id='js_name'>某某发布</a></span>"
        "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2019-07-02</em>"
        "<em id='js_ip_wording_wrp' class='rich_media_meta rich_media_meta_text'>"
        "<span id='js_ip_wording'>浙江</span></em>"
        "</div>"
    )
    html = (
        "<html><head><script src='https://res.wx.qq.com/mmbizwap/zh_CN/htmledition/js/a.js'></script></head><body>"
        f"<h2 class='rich_media_title' id='activity-name'>夏日傍晚的老街</h2>{meta}"
        f"<div class='rich_media_content' id='js_content'>{PARAGRAPHS}</div></body></html>"
    )
    article = parse_html(html, "https://mp.weixin.qq.com/s/AbCdEf123456", registry)
    assert article.author == "周晓岚"


def test_a_pengpai_post_whose_labelled_source_follows_the_account(registry: Registry) -> None:
    # The account's name is the about line's first <span>; the labelled 来源 is a later <span> beside the time.
    html = (
        "<html><head><title>城市更新里的老厂房_澎湃号·政务_澎湃新闻-The Paper</title></head><body>"
        "<div class='newscontent'><h1 class='news_title'>城市更新里的老厂房</h1><div class='news_about'>"
        "<p><a href='https://www.thepaper.cn/gov_88211'>"
        "<img class='news_about_img' src='//image.thepaper.cn/a.png'></a>"
        "<span class='news_about_name'><a href='https://www.thepaper.cn/gov_88211'>上海杨浦</a></span></p>"
        "<p>2022-09-14 16:20<span>来源：澎湃新闻·澎湃号·政务</span></p></div>"
        f"<div class='news_txt'>{STORY_PROSE}<br/><br/>{STORY_PROSE}</div>"
        "<p class='paike_notice'>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点。</p>"
        "</div></body></html>"
    )
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_19876543", registry)
    assert (article.author, article.source) == ("上海杨浦", "澎湃新闻·澎湃号·政务")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # A German edition's dotted day-first date; a version number is dotted too, but not zero-padded.
        ("日期 03.11.2016", "2016-11-03T00:00:00+08:00"),
        ("版本 2.1.2016", None),
        # A French edition's universal time.
        ("发表时间 02/03/2010 18:05 TU", "2010-03-03T02:05:00+08:00"),
        # Drupal's long format in a Chinese locale: the month's name, day, comma, year, dash, time.
        ("由 webmaster 於 星期五, 三月 4, 2011 - 09:40 發表", "2011-03-04T09:40:00+08:00"),
        ("十二月 31, 2014", "2014-12-31T00:00:00+08:00"),
    ],
)
def test_date_forms(text: str, when: str | None) -> None:
    from newscorpus.scrapers.dates import parse_datetime

    assert parse_datetime(text) == when


def test_a_labelled_date_alone_takes_the_time_of_its_stamp_under_the_headline(registry: Registry) -> None:
    html = _page(
        "<h1 class='title'>秋季探訪獨居長者</h1>"
        "<div class='submitted'>由 admin 於 星期六, 十月 8, 2016 - 10:05 發表</div>"
        "<div class='field'>發佈日期: 2016-10-08</div>"
        f"<div class='content'>{PARAGRAPHS}<p>[ 此帖被管理員在2016-10-08 22:18重新編輯 ]</p></div>",
        title="秋季探訪獨居長者 | 某某教會",
    )
    assert parse_html(html, None, registry).published_at == "2016-10-08T10:05:00+08:00"


def test_an_edit_note_never_completes_a_date_shown_alone(registry: Registry) -> None:
    html = _page(
        "<h1>阳台种草莓的一点心得</h1><div class='tipad'>发表于: 2010-05-02</div>"
        f"<div class='tpc'>{PARAGRAPHS}<br>[ 此帖被花友小林在2010-05-02 22:18重新编辑 ]</div>",
        title="阳台种草莓的一点心得 - 园艺论坛",
    )
    assert parse_html(html, None, registry).published_at == "2010-05-02T00:00:00+08:00"


@pytest.mark.parametrize(
    ("url", "article"),
    [
        # A paper's reporter page by an opaque token, and one section's page of a day's paper.
        ("https://udn.com/news/reporter/QkxxUmVwb3J0ZXIxMjM0NQ==", False),
        ("https://www.example-daily.test/pns/%E8%A6%81%E8%81%9E/section/20191104/s00001", False),
        ("https://www.example-daily.test/20120615/gbindex.htm", False),
        # A story filed under a numbered section folder, and a dated story, stay stories.
        ("https://www.example-daily.test/section-news/section/4/233015/Harbour-ferry-fares-to-rise", True),
        ("https://www.example-daily.test/news/20191104/a1234567.html", True),
    ],
)
def test_url_shapes(url: str, article: bool) -> None:
    from newscorpus.urlshape import is_article_url

    assert is_article_url(url) is article
