"""Classes learnt from blind11, each pinned by variants in other wording and markup than the batch's pages:
card metadata in snippets (a bracketed date, reader counts, a bracketed writer), a forum's 相关主题 thread
list (and a news site's 相关主题 topic row, no list), a footer's legal line after an empty related box,
an opinion channel filed by date under comments/, and a personal feed in a side column."""

from __future__ import annotations

import pytest

from newscorpus.models import RelatedItem
from newscorpus.scrapers.linkshape import is_article_url, never_story
from newscorpus.scrapers.relatedtext import summary

from .helpers import related_after

_URL = "https://www.example-news.cn/a/20240301/000001.html"
_STORY = "<div class='content'><h1>标题</h1><p>" + "正文内容，讲述本地新闻的来龙去脉和各方回应。" * 12 + "</p></div>"
_TITLES = ["市区三条公交线路下月起调整走向", "老旧小区加装电梯补贴标准公布", "全市中小学秋季开学时间确定"]


def _related(after_story: str, story: str = _STORY, url: str = _URL) -> list[RelatedItem]:
    return related_after(story, after_story, url)


def _items(template: str, href: str = "/a/2024030{n}/10000{n}.html") -> str:
    return "".join(template.format(title=t, n=i, href=href.format(n=i)) for i, t in enumerate(_TITLES, 1))


# --- snippets: card metadata is no summary --------------------------------------------------------------

_SUMMARY = "记者走访发现，多数居民对调整方案表示理解。"


@pytest.mark.parametrize(
    "shown",
    [
        f"{_SUMMARY} 阅读 2,876",  # a count after the summary
        f"{_SUMMARY} 1.2万阅读 · 3小时前",  # count before the number's word, then a time
        f"{_SUMMARY} 浏览：356 评论：12",  # two counts with colons
        f"{_SUMMARY} 閱讀 88 讚 5",  # traditional words
    ],
)
def test_a_reader_count_at_the_end_is_no_summary(shown: str) -> None:
    assert summary(shown) == _SUMMARY


@pytest.mark.parametrize("shown", ["[ 6-20 ]", "（ 2014-06-20 ）", "【 3月5日 】", "（梧桐树下的老周）", "(城南旧事)"])
def test_only_a_bracketed_date_or_name_is_no_snippet(shown: str) -> None:
    assert summary(shown) is None


@pytest.mark.parametrize(
    "shown",
    [
        "他说阅读 3 本书就够了，这是一段很长的摘要文字",  # a count word inside the sentence
        "苹果发布 iPhone 15 之后的市场评论很多",  # a number that is no count
        "（本报记者走访发现，多数居民表示理解。）",  # a bracketed sentence, not a name
    ],
)
def test_a_summary_keeps_its_words(shown: str) -> None:
    assert summary(shown) == shown


def test_a_list_with_font_dates_and_counts_has_no_metadata_snippets() -> None:
    box = (
        "<div class='xg'><h3>相关文章</h3><ul>"
        + _items("<li><a href='{href}'>{title}</a>[<font color='#999'>3-0{n}</font>]</li>")
        + "</ul></div>"
    )
    items = _related(box)
    assert [item.title for item in items] == _TITLES
    assert [item.snippet for item in items] == [None, None, None]


# --- 相关主题: a forum's thread list, a news site's topic row ----------------------------------------------

_THREAD_URL = "https://bbs.example-forum.cn/read.php?tid=403571"


@pytest.mark.parametrize(
    "box",
    [
        "<div class='read_t'><h3>相关主题</h3><ul>{items}</ul></div>",
        "<table><tr><td class='h'><b>相關主題</b></td></tr><tr><td><ul>{items}</ul></td></tr></table>",
        "<div class='rel'><div class='hd'>相关主题：</div><div class='bd'>{items}</div></div>",
    ],
)
def test_a_forums_related_threads_are_its_list(box: str) -> None:
    items = _items("<li><a href='{href}'>{title}</a></li>", href="read.php?tid=39{n}812")
    got = _related(box.format(items=items), url=_THREAD_URL)
    assert [item.title for item in got] == _TITLES
    assert got[0].url == "https://bbs.example-forum.cn/read.php?tid=391812"


def test_a_topic_row_under_the_same_words_gives_no_list() -> None:
    # Topic links beside the words, then another box with its own label: neither is a list of stories.
    row = (
        "<div class='subject'><span>相关主题</span>"
        "<a href='/subject/1105'>光伏</a><a href='/subject/1347'>电力</a></div>"
        "<div class='stock'><span>相关股票</span>"
        "<a href='/stock?code=sh601012'>隆基绿能 +2.31%</a>"
        "<a href='/stock?code=sz300274'>阳光电源 +1.87%</a>"
        "<a href='/stock?code=sh600438'>通威股份 -0.42%</a></div>"
    )
    assert _related(row) == []


# --- a footer's legal line is never a list -----------------------------------------------------------------


@pytest.mark.parametrize(
    "legal",
    [
        "<p>&copy;2021 Example <a href='https://www.example-news.cn/duty/'>使用本站前必读</a> "
        "<a href='https://help.example-news.cn/'>意见反馈与帮助中心</a> 京ICP证030173号</p>",
        "<div class='ft'>Copyright 2019 <a href='/about/terms.html'>用户服务协议条款</a> "
        "<a href='/about/privacy2019.html'>隐私保护政策说明</a></div>",
        "<div>版权所有 <a href='/law/2020/01.html'>法律声明与免责条款</a> "
        "<a href='/law/2020/02.html'>网站地图与联系</a></div>",
    ],
)
def test_an_empty_related_box_does_not_take_the_footer(legal: str) -> None:
    empty = "<div id='bottom-recommend'><div class='t'>更多精彩</div><div class='loading'></div></div>"
    box = f"{empty}<script></script>{legal}"
    assert _related(box) == []


def test_a_list_before_a_legal_line_ends_there() -> None:
    box = (
        "<div class='rel'><h3>相关阅读</h3><ul>"
        + _items("<li><a href='{href}'>{title}</a></li>")
        + "</ul><p>© 2024 本站 <a href='/about/2024/terms.html'>服务条款与使用协议</a> 沪ICP备12345号</p></div>"
    )
    assert [item.title for item in _related(box)] == _TITLES


# --- an opinion channel filed by date under comments/ -------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example-news.cn/comments/2016-05/03/c_1118789654.htm",
        "https://www.example-news.cn/comments/2019/0412/8812.html",
        "https://www.example-news.cn/comments/20200301/77812.shtml",
    ],
)
def test_a_dated_page_under_comments_is_a_story(url: str) -> None:
    assert is_article_url(url) and not never_story(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://comment.example-news.cn/news_bbs/ABC123.html",
        "https://www.example-news.cn/comments/88123.html",
        "https://www.example-news.cn/comments/2016/thread-88123.html",
        "https://www.example-news.cn/comment/list?id=2016",
        "https://www.example-news.cn/comment/2024/0101/123456.html",  # singular: a thread's folder
    ],
)
def test_a_comment_thread_stays_no_story(url: str) -> None:
    assert never_story(url) and not is_article_url(url)


# --- a personal feed beside the story, not after it ----------------------------------------------------------

_FEED = "<div class='{cls}'><div class='box'><div class='title'>{label}</div>{items}</div></div>"
_FEED_ITEMS = _items("<div class='cont'><a href='{href}'>{title}</a></div>")


@pytest.mark.parametrize("cls", ["right", "sidebar", "col-side", "main-right fr", "blog_container_aside"])
@pytest.mark.parametrize("label", ["猜您喜欢", "猜你喜歡"])
def test_a_feed_in_a_side_column_is_the_sites(cls: str, label: str) -> None:
    assert _related(_FEED.format(cls=cls, label=label, items=_FEED_ITEMS)) == []


@pytest.mark.parametrize("cls", ["bottom", "copyright-wrap", "inside"])
def test_a_feed_after_the_story_is_still_its_list(cls: str) -> None:
    # README: 猜你喜欢 alone after the story is its list ("copyright", "inside" name no side column).
    got = _related(_FEED.format(cls=cls, label="猜你喜欢", items=_FEED_ITEMS))
    assert [item.title for item in got] == _TITLES


def test_a_related_heading_in_a_side_column_keeps_its_list() -> None:
    got = _related(_FEED.format(cls="right", label="相关阅读", items=_FEED_ITEMS))
    assert [item.title for item in got] == _TITLES


# --- blind7-10 again: the source after a recent time, dates spaced by their elements, the title again -------


@pytest.mark.parametrize(
    ("shown", "summary_text"),
    [
        ("物价总体平稳，详情请看报道。 2小时前 界面新闻", "物价总体平稳，详情请看报道。"),
        ("各地陆续公布高考分数线，持续更新 昨天 09:15 人民日报", "各地陆续公布高考分数线，持续更新"),
        ("商户吐槽平台抽佣比例过高 刚刚 本站", "商户吐槽平台抽佣比例过高"),
        (
            "系统自带的版本太旧，记录一下编译安装新版的过程…… 2020年4月",
            "系统自带的版本太旧，记录一下编译安装新版的过程……",
        ),
        (
            "新品发布会定于周五举行 3月5日 发布会",
            "新品发布会定于周五举行 3月5日 发布会",
        ),  # a calendar date: the summary's
    ],
)
def test_a_cards_time_and_source_at_the_end_are_cut(shown: str, summary_text: str) -> None:
    assert summary(shown) == summary_text


@pytest.mark.parametrize("shown", ["2018年 11月 10日", "2020年 3月", "3小时前 央视新闻", "昨天 18:20 本站"])
def test_only_a_spaced_date_or_a_time_and_source_is_no_snippet(shown: str) -> None:
    assert summary(shown) is None


def test_a_headline_with_inline_markup_is_not_its_own_snippet() -> None:
    # The title reads joined (ChatGPT爆火…), the block spaced ("Chat GPT 爆火…"): the summary is the next block.
    box = (
        "<div class='rel'><h3>相关推荐</h3><ul>"
        + _items(
            "<li><a href='{href}'><em>Chat</em><em>GPT</em>{title}</a><p>这是第{n}篇的内容摘要，讲了来龙去脉。</p></li>"
        )
        + "</ul></div>"
    )
    items = _related(box)
    assert [item.title for item in items] == [f"ChatGPT{title}" for title in _TITLES]
    assert [item.snippet for item in items] == [f"这是第{n}篇的内容摘要，讲了来龙去脉。" for n in (1, 2, 3)]


# --- a source's name as the card's last element inside the link ------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        "<img src='/a.jpg'><span>{title}</span><em>北漂生活笔记</em>",
        "<span class='t'>{title}</span><span class='s'>光明网</span>",
        "<div class='headline'>{title}</div><p>法律小课堂</p>",
        "<b>{title}</b><i>澎湃新闻</i>",
    ],
)
def test_a_source_after_the_headline_is_no_part_of_the_title(card: str) -> None:
    box = "<div class='rel'><h3>相关新闻</h3><ul>" + _items(f"<li><a href='{{href}}'>{card}</a></li>") + "</ul></div>"
    assert [item.title for item in _related(box)] == _TITLES


@pytest.mark.parametrize(
    ("card", "joined"),
    [
        ("<em>{title}</em><em>直播中</em>", "{title}直播中"),  # the same markup twice: one headline
        ("<span>市区</span><em>公交线路调整</em>", "市区公交线路调整"),  # a short first line: words of one title
        ("<span>{title}</span><em>（附名单）</em>", "{title}（附名单）"),  # brackets: no name
    ],
)
def test_inline_markup_of_one_headline_stays_joined(card: str, joined: str) -> None:
    box = "<div class='rel'><h3>相关新闻</h3><ul>" + _items(f"<li><a href='{{href}}'>{card}</a></li>") + "</ul></div>"
    assert [item.title for item in _related(box)] == [joined.format(title=title) for title in _TITLES]


# --- 热点推荐: a hot pick is weak like a personal feed ----------------------------------------------------

_HOT = "<div class='{cls}'><div class='box'><h3>{label}</h3><ul>{items}</ul></div></div>"
_HOT_ITEMS = _items("<li><a href='{href}'>{title}</a></li>")
_OTHER_TITLES = ["本市发布今年第一号暴雨预警信号", "地铁五号线南延段今日开通运营", "市民热线上半年受理诉求超百万件"]


@pytest.mark.parametrize("label", ["热点推荐", "熱點推薦"])
def test_a_hot_pick_in_a_side_column_is_a_site_sidebar(label: str) -> None:
    assert _related(_HOT.format(cls="rbox-right", label=label, items=_HOT_ITEMS)) == []


def test_a_hot_pick_beside_a_related_list_is_no_part_of_it() -> None:
    related = "".join(
        f"<li><a href='/b/2024020{i}/20000{i}.html'>{title}</a></li>" for i, title in enumerate(_OTHER_TITLES, 1)
    )
    page = f"<div class='xgxw'><h3>相关稿件</h3><ul>{related}</ul></div>" + _HOT.format(
        cls="bottom", label="热点推荐", items=_HOT_ITEMS
    )
    assert [item.title for item in _related(page)] == _OTHER_TITLES


def test_a_hot_pick_alone_after_the_story_is_its_list() -> None:
    got = _related(_HOT.format(cls="bottom", label="热点推荐", items=_HOT_ITEMS))
    assert [item.title for item in got] == _TITLES


# --- a channel's index named by a list word and its number --------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-news.cn/list_25950",
        "https://www.example-news.cn/channel_12.html",
        "https://www.example-news.cn/sh/node_1234.htm",
        "https://www.example-news.cn/news/column-5.shtml",
    ],
)
def test_a_list_word_and_its_number_name_an_index(url: str) -> None:
    assert never_story(url) and not is_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-news.cn/newsDetail_forward_20456789",
        "https://www.example-news.cn/a/listing_123.html",
        "https://www.example-news.cn/news/20240301/node-story-123.html",
    ],
)
def test_a_story_holding_a_list_word_stays_one(url: str) -> None:
    assert is_article_url(url) and not never_story(url)


def test_a_long_source_label_linking_its_channel_is_no_item() -> None:
    cards = _items(
        "<div class='li'><h2><a href='{href}'>{title}</a></h2>"
        "<div class='src'><a href='/list_25950'>本市青少年活动中心官方号</a><span>2022-10-2{n}</span></div></div>"
    )
    got = _related(f"<div class='rel'><h3>相关推荐</h3>{cards}</div>")
    assert [item.title for item in got] == _TITLES
