"""Classes learnt in session 22 from blind61 (tune material once blind62 was written), as hand-written variants
in other wordings, markup and sites: never a copy of a blind page.

Bylines: a label the grammar does not know (审核专家：, 主讲人：) holds the words after it up to the next time, so a
reviewer's name there is no writer standing alone beside the time; a name that is the page's source, read
into a run of writers' names (a WeChat meta list: date, writer, account, account), is no writer, with its
title glued on or not (丁香医生 read as 丁香 + 医生); Taiwan's filing tag after the writers' names
(趙婉淳、陳人傑／台北報導) leaves the names standing alone beside the time; WordPress Kubrick's half-translated
entry meta (这篇文章由 X 发表于 2008年3月2日 星期日 at 10:21 下午，分类于 Y。) names its poster, is no story line,
and ends a related list it follows; a Hong Kong pupil's class code before each name (4C 李卓謙、4D 麥嘉琪);
the qq app's share page names its account in a bare a.media-name.
Dates: an English "at" between date and clock; a forum card's 注册： date is never the post's; a WordPress
theme's reply count heading (3 条评论 to “X”) opens the readers' section.
Related lists: 相關消息 / 相關訊息 (Hong Kong and Taiwan schools and offices) and 相关日记 (a diary site) head
related lists.
Bodies (from blind57's gallery, tune since session 21): a photo story with no text but its captions, each a
sentence before its credit, is told by them; beside a story they stay out of it.
URLs: a profile named by its kind and a number as the path's last part (DW's /zh/<name>/person-39123456) is
a writer's page, no story.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line, without_source
from newscorpus.scrapers.datelines import comments_heading
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry
from newscorpus.urlshape import is_article_url

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # An unread label's value: a reviewer, a speaker, however the words after it read.
        ("2021-03-09 14:20 审核专家：心内科 主任医师 周文斌 阅读：3562", None, None),
        ("2019年5月6日 08:30 审稿专家：北京某医院 副主任医师 韩雪", None, None),
        ("2020-11-02 10:00 主讲人：市图书馆 馆员 郑秋", None, None),
        ("2021-03-09 14:20 周文斌", "周文斌", None),  # a name alone beside the time still is the writer
        # Taiwan's filing tag after the writers' names, the paper's name before them.
        ("2018年03月12日 05:30 聯合報 林秀美、陳宛茜／台北報導", "林秀美 陳宛茜", "聯合報"),
        ("2016/09/01 04:10 中國時報 王家俊／新竹報導", "王家俊", "中國時報"),
        ("2020年7月3日 12:00 張凱婷、李宗翰／綜合報導", "張凱婷 李宗翰", None),
        # A Hong Kong pupil's class code before each name, spaced or glued.
        ("（撰文：5A 陳曉彤、5B 何子軒）", "陳曉彤 何子軒", None),
        ("撰文：3C林嘉欣、3D黃偉業", "林嘉欣 黃偉業", None),
        # Kubrick's entry meta, simplified and traditional.
        ("这篇文章由 老周 发表于 2009年5月4日 星期一 at 8:15 上午，分类于 生活。", "老周", None),
        ("這篇文章由 小安 發表於 2010年1月2日 星期六 at 9:00 下午，分類於 旅行。", "小安", None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("author", "source", "kept"),
    [
        ("陈静 丁香医生", "丁香医生", "陈静"),
        ("陈静 丁香", "丁香医生", "陈静"),  # the account read as a name with a doctor's title
        ("陈静 新华社", "新华社", "陈静"),
        ("丁香医生", "丁香医生", "丁香医生"),  # one name alone: own_post's to judge
        ("陈静 丁香", "健康时报", "陈静 丁香"),
        (None, "丁香医生", None),
    ],
)
def test_a_sources_name_is_no_writer_beside_others(author: str | None, source: str, kept: str | None) -> None:
    assert without_source(author, source) == kept


def _wechat_2016(writer: str, account: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>换季护肤的几个小建议</title></head><body>"
        "<div id='img-content' class='rich_media_area_primary'>"
        "<h2 class='rich_media_title' id='activity-name'>换季护肤的几个小建议</h2>"
        "<div class='rich_media_meta_list'><em id='post-date' class='rich_media_meta rich_media_meta_text'>"
        f"2017-03-20</em><em class='rich_media_meta rich_media_meta_text'>{writer}</em>"
        "<a class='rich_media_meta rich_media_meta_link rich_media_meta_nickname' href='##' id='post-user'>"
        f"{account}</a><span class='rich_media_meta rich_media_meta_text rich_media_meta_nickname'>{account}"
        f"</span></div><div class='rich_media_content' id='js_content'>{STORY_PROSE}</div></div></body></html>"
    )


def test_a_wechat_meta_lists_account_is_no_second_writer(registry: Registry) -> None:
    article = parse_html(_wechat_2016("陈静", "白鹭医生"), "https://mp.weixin.qq.com/s/AbCdEf123", registry)
    assert article.author == "陈静"


def _inews_share(account: str, tag: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>春耕时节农机忙</title></head><body><div class='article'>"
        "<h1 class='title'>春耕时节农机忙</h1><div class='media-info'>"
        "<a class='media-avatar' href='https://view.inews.qq.com/media/8800123'><img src='a.png'></a>"
        f"<div class='media-meta'><a class='media-name' href='https://view.inews.qq.com/media/8800123'>{account}</a>"
        f"<span class='media-tag'>{tag}</span><div class='sub-line'><span class='time'>2024-04-02 09:15</span>"
        f"</div></div></div><div class='content-article'>{STORY_PROSE}<p>（记者 孙晓）</p></div>"
        "<p class='statement'>本文为企鹅号作者发布，不代表腾讯新闻立场</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("account", "tag", "author", "source"),
    [("农民日报", "农民日报官方账号", "孙晓", "农民日报"), ("田间小王", "三农领域创作者", "孙晓", None)],
)
def test_the_qq_share_pages_account_card(
    registry: Registry, account: str, tag: str, author: str, source: str | None
) -> None:
    article = parse_html(_inews_share(account, tag), "https://view.inews.qq.com/a/20240402A01XYZ00", registry)
    assert (article.author, article.source) == (author, source)


def _kubrick_post(comments: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>小周的博客 &raquo; Blog Archive &raquo; 周末去爬了香山</title></head>"
        "<body><div id='page'><div id='header'><h1><a href='http://xiaozhou.example.test/'>小周的博客</a></h1></div>"
        "<div id='content' class='widecolumn'><div class='post' id='post-88'>"
        "<h2><a href='http://xiaozhou.example.test/2009/10/xiangshan/' rel='bookmark'>周末去爬了香山</a></h2>"
        f"<div class='entry'>{STORY_PROSE}<h3>相关日志</h3><ul>"
        "<li><a href='http://xiaozhou.example.test/2009/09/badaling/'>国庆人挤人的八达岭</a></li>"
        "<li><a href='http://xiaozhou.example.test/2009/08/beihai/'>北海公园划船记</a></li></ul>"
        "<p class='postmetadata alt'><small>这篇文章由 小周 发表于 2009年10月18日 星期日 at 9:40 下午，分类于 "
        "<a href='http://xiaozhou.example.test/category/life/' rel='category tag'>生活</a>。你可以通过 "
        "<a href='http://xiaozhou.example.test/2009/10/xiangshan/feed/'>RSS 2.0</a> 订阅本文的评论。</small></p>"
        f"</div></div>{comments}</div></div></body></html>"
    )


_COMMENTS = (
    "<h3 id='comments'>2 条评论 to &#8220;周末去爬了香山&#8221;</h3><ol class='commentlist'>"
    "<li><cite>阿强</cite> Says:<br><small class='commentmetadata'><a href='#c1'>2009年10月19日 at 8:05 上午</a>"
    "</small><p>红叶好看吗？</p></li></ol>"
)


@pytest.mark.parametrize("comments", ["", _COMMENTS], ids=["alone", "with comments"])
def test_kubricks_entry_meta_under_a_related_list(registry: Registry, comments: str) -> None:
    article = parse_html(_kubrick_post(comments), "http://xiaozhou.example.test/2009/10/xiangshan/", registry)
    assert (article.author, article.published_at) == ("小周", "2009-10-18T21:40:00+08:00")
    assert [item.title for item in article.related] == ["国庆人挤人的八达岭", "北海公园划船记"]
    assert not any("发表于" in paragraph for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2009年10月18日 星期日 at 9:40 下午", "2009-10-18T21:40:00+08:00"),
        ("2011-06-05 at 10:02 am", "2011-06-05T10:02:00+08:00"),
        ("2011-06-05 @ 14:30", "2011-06-05T14:30:00+08:00"),
    ],
)
def test_an_english_at_between_date_and_clock(text: str, when: str) -> None:
    assert parse_datetime(text) == when


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("5 条评论 to “周末去爬了香山”", True),
        ("3 則留言", True),
        ("12 Responses to “Hello world”", True),
        ("One Response to “Hello world”", True),
        ("共有3条评论，点击查看", False),  # a sentence about comments, no heading of them
    ],
)
def test_a_themes_reply_count_heading(line: str, heading: bool) -> None:
    assert comments_heading(line) is heading


def _dvbbs_thread(card_date: str) -> str:
    return (
        "<html><head><meta charset='gb2312'><title>毕业季，说说心里话 - 青石论坛</title></head><body>"
        "<table><tr><th>作者信息</th><th>主题：毕业季，说说心里话</th></tr>"
        f"<tr><td><b>青石</b><br>文章：208<br>{card_date}</td>"
        f"<td>{STORY_PROSE}</td></tr><tr><td></td><td><img src='posttime.gif'> 2010-6-30 22:08:15</td></tr>"
        "</table></body></html>"
    )


@pytest.mark.parametrize("card_date", ["注册：2004年3月9日", "註冊：2004-3-9", "注册 : 2004/3/9"])
def test_a_forum_cards_registration_date_is_never_the_posts(registry: Registry, card_date: str) -> None:
    article = parse_html(_dvbbs_thread(card_date), "http://bbs.qingshi.example.test/dispbbs.asp?id=51", registry)
    assert article.published_at == "2010-06-30T22:08:15+08:00"


def _school_news(heading: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>本校同學奪得數學比賽一等獎</title></head><body><main><article>"
        f"<h1>本校同學奪得數學比賽一等獎</h1><p class='date'>2018年5月3日</p>{STORY_PROSE}</article>"
        f"<section class='morenews'><h2>{heading}</h2><ul>"
        "<li><a href='/news/2018/sports-day'>本校舉行第三十屆陸運會</a></li>"
        "<li><a href='/news/2018/choir'>合唱團於校際音樂節獲冠軍</a></li></ul></section></main></body></html>"
    )


@pytest.mark.parametrize("heading", ["相關消息", "相關訊息", "相关消息", "相关日记"])
def test_more_related_heading_nouns(registry: Registry, heading: str) -> None:
    article = parse_html(_school_news(heading), "http://www.school.example.test/news/2018/maths", registry)
    assert [item.title for item in article.related] == ["本校舉行第三十屆陸運會", "合唱團於校際音樂節獲冠軍"]


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://www.dw.com/zh/李明/person-52345678", False),
        ("https://www.dw.com/zh-hant/陳美玲/person-61234567", False),
        ("https://news.example.test/zh/王芳/author-20231234", False),
        ("https://www.dw.com/zh/德国大选结果出炉/a-60123456", True),  # the same site's story
    ],
)
def test_a_profile_named_by_its_kind_and_a_number(url: str, article: bool) -> None:
    assert is_article_url(url) is article


_CAPTIONS = (
    "3月5日，游客在杭州西湖边赏花拍照。当日气温回升，各地迎来踏青高峰。新华社记者 徐昱 摄",
    "3月5日，市民在南京玄武湖公园放风筝。新华社记者 李博 摄",
    "3月5日，小朋友在成都人民公园观赏郁金香。新华社记者 沈伯韩 摄",
)


def _gallery(prose: str, host: str) -> str:
    shots = "".join(f"<p><img src='/p/{n}.jpg'></p><p>{caption}</p>" for n, caption in enumerate(_CAPTIONS))
    return (
        "<html><head><meta charset='utf-8'><title>春暖花开踏青忙</title></head><body>"
        f"<div class='header'><h1>春暖花开踏青忙</h1><div class='info'>2024-03-05 16:20 来源：{host}</div></div>"
        f"<div id='detail'>{prose}{shots}</div><div class='foot'>Copyright © 2024 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    "url", ["http://www.news.cn/photo/2024-03/05/c_1130088123.htm", "https://photo.example.test/2024/0305/88123.html"]
)
def test_a_gallery_told_by_its_captions_alone(registry: Registry, url: str) -> None:
    article = parse_html(_gallery("", "新华网"), url, registry)
    assert article.paragraphs == list(_CAPTIONS)


def test_captions_beside_a_story_stay_out_of_it(registry: Registry) -> None:
    article = parse_html(
        _gallery(STORY_PROSE, "新华网"), "http://www.news.cn/photo/2024-03/05/c_1130088123.htm", registry
    )
    assert article.paragraphs and not set(_CAPTIONS) & set(article.paragraphs)
