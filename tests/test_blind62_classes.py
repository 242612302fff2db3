"""Classes learnt in session 22 from blind62 (tune material once blind63 was written), as hand-written variants in
other wordings, markup and sites: never a copy of a blind page.
Bylines: a Tibetan name has no surname, two given names of two characters (冯志军 南如卓玛, 次仁卓玛); an outlet in
brackets beside the time is the bar's source (【华商报】), while another bracketed part is a tool; the font switch
in one bracket with its label (【字号 大 中 小】) is a tool; a Hong Kong class code in Chinese (中四乙 顏子琪)
before each pupil's name; a Latin name posting in a translated 由 X 於 … 發佈; people a closing credit names
(文字：儿科 刘芳 孙婧) over the department a rule's author element gives (WeChat's bar: 健康宣教科).
A name beside its WeChat ID's label in a bar (旧物志 微信号：jiuwuzhi_2018) is the account posting: the author.
Titles: a forum thread's type tag linking its list (Discuz's <a>[自驾游记]</a>, or [<a>经验分享</a>]) is no part of
its title (from older tune batches: 4 of 5 labels); a column's label heading over the headline, joined to it in
<title> (李家骏 over 产业链…, titled 李家骏：产业链…), is the label, on a site rule's page.
Dates: a zone written out before the clock (星期四 - 格林尼治标准时间 10:20) is no list item's title.
Related lists: a story link wrapping its headline (<a href=…><h3>title</h3></a>) is a list item, not the next
section's heading.
URLs: a rolling news list (scroll_0415.htm, /gundong/) is no story; a story filed under /roll/ still is one.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.datelines import first_datetime
from newscorpus.scrapers.registry import Registry
from newscorpus.urlshape import is_article_url

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("新华社拉萨8月2日电（记者 白玛央金 王守宝）", "白玛央金 王守宝", "新华社"),
        ("（记者 刘洪明 次仁罗布）", "刘洪明 次仁罗布", None),
        ("2010年05月06日 08:15　【西安晚报】　【我要评论】", None, "西安晚报"),
        ("2009年11月03日 10:02 （北京青年报） 【字号 大 中 小】", None, "北京青年报"),
        ("2011年03月21日 09:40　【打印】　【关闭】", None, None),
        ("撰文：中三丙 林詠詩、中二甲 張家豪", "林詠詩 張家豪", None),
        ("由 Kevin Liu 於 2016年3月2日 21:05 發佈", "Kevin Liu", None),
        ("由 Mary Ann Wong 于 2018-01-09 10:00 发布", "Mary Ann Wong", None),
        # A name beside its WeChat ID's label in the bar: the account posting.
        ("2018-05-02 旧物志 微信号：jiuwuzhi_2018", "旧物志", None),
        ("2020-07-14 09:30 山城夜话 微信号：shancheng-yehua", "山城夜话", None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def _guancha_column(columnist: str, headline: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{columnist}：{headline}</title></head><body>"
        "<div class='content'><ul class='fix'><li class='left left-main'>"
        f"<h3>{columnist}</h3><h1>{headline}</h1>"
        "<div class='time fix'><span>2021-08-02 08:05:11</span><span>来源：观察者网</span></div>"
        f"<div class='content all-txt'>{STORY_PROSE}</div></li></ul></div></body></html>"
    )


def test_a_columns_label_joined_to_the_headline_in_the_title(registry: Registry) -> None:
    html = _guancha_column("周岳峰", "芯片供应链的下一站在哪里")
    article = parse_html(html, "https://www.guancha.cn/zhouyuefeng/2021_08_02_601234.shtml", registry)
    assert article.title == "芯片供应链的下一站在哪里"


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("更新时间 2013年 6月 4日, 星期二 - 格林尼治标准时间 14:05", "2013-06-04T22:05:00+08:00"),
        ("最后更新： 2014年 1月 9日, 格林尼治時間 08:30", "2014-01-09T16:30:00+08:00"),
    ],
)
def test_a_written_zone_before_the_clock_is_no_titles_text(line: str, when: str) -> None:
    assert first_datetime([line], None) == when


def _discuz_thread(subject: str) -> str:
    return (
        "<html><head><meta charset='gbk'><title>周末去千岛湖骑行，环湖一圈的感受 - 户外天地 - 湖城论坛</title>"
        "</head><body><div id='pt'><a href='forum.php'>湖城论坛</a> › <a href='forum-22-1.html'>户外天地</a></div>"
        f"<h1 class='ts'>{subject}</h1>"
        f"<div class='pct'><div class='t_fsz'><td class='t_f' id='postmessage_1'>{STORY_PROSE}</td></div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "subject",
    [
        "<a href='forum.php?mod=forumdisplay&fid=22&filter=typeid&typeid=7'>[骑行游记]</a> "
        "<a href='thread-5120-1-1.html' id='thread_subject'>周末去千岛湖骑行，环湖一圈的感受</a>",
        "[<a href='forum.php?mod=forumdisplay&fid=22&filter=typeid&typeid=7'>骑行游记</a>] "
        "<span id='thread_subject'>周末去千岛湖骑行，环湖一圈的感受</span>",
    ],
    ids=["tag link", "bracketed link"],
)
def test_a_forum_threads_type_tag_link_is_no_part_of_its_title(registry: Registry, subject: str) -> None:
    article = parse_html(_discuz_thread(subject), "http://bbs.hucheng.example.test/thread-5120-1-1.html", registry)
    assert article.title == "周末去千岛湖骑行，环湖一圈的感受"


def _hospital_post(closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>春季过敏高发，这份防护指南请收好</title></head><body>"
        "<div id='img-content'><h1 class='rich_media_title' id='activity-name'>春季过敏高发，这份防护指南请收好</h1>"
        "<div id='meta_content' class='rich_media_meta_list'>"
        "<span class='rich_media_meta rich_media_meta_text'>医务宣传科</span>"
        "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>江州市中医院</a></span>"
        "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2021-03-18 17:30</em></div>"
        f"<div class='rich_media_content' id='js_content'>{STORY_PROSE}<p>{closing}</p><p>编辑：方小雨</p></div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "author"),
    # A unit compiling it is no writer (session 27: a unit in the writer's slot neither): the account published it.
    [("文字：皮肤科 郑晓燕 韩磊", "郑晓燕 韩磊"), ("本期内容由医务宣传科整理", "江州市中医院")],
)
def test_people_a_closing_credit_names_over_the_bars_department(registry: Registry, closing: str, author: str) -> None:
    article = parse_html(_hospital_post(closing), "https://mp.weixin.qq.com/s/Zx81kLmN", registry)
    assert article.author == author


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("http://news.qq.com/l/201106/scroll_0620.htm", False),
        ("http://news.example.test/gundong/20190312.shtml", False),
        ("https://finance.sina.com.cn/roll/2023-05-01/doc-imyutxyz1234567.shtml", True),  # a story filed under it
    ],
)
def test_a_rolling_news_list_is_no_story(url: str, article: bool) -> None:
    assert is_article_url(url) is article


def _linked_headline_items(items: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>清明前后的青团怎么做</title></head><body><main>"
        f"<article><h1>清明前后的青团怎么做</h1>{STORY_PROSE}</article>"
        f"<section class='more'><h2>相关阅读</h2>{items}</section></main></body></html>"
    )


def test_a_story_link_wrapping_its_headline_is_an_item_not_a_heading(registry: Registry) -> None:
    items = "".join(
        f"<a href='https://food.example.test/2021/04/{n}.html'><h3>{title}</h3></a>"
        for n, title in enumerate(("青团的三种馅料，哪种最好吃", "艾草怎么处理才不苦", "糯米粉和澄粉的比例"), 101)
    )
    article = parse_html(_linked_headline_items(items), "https://food.example.test/2021/04/100.html", registry)
    assert [item.title for item in article.related] == [
        "青团的三种馅料，哪种最好吃",
        "艾草怎么处理才不苦",
        "糯米粉和澄粉的比例",
    ]
