"""Classes learnt from blind13, each pinned by variants in other wording, markup and era than the batch's
pages: an index file whose query names one item (a CMS front controller's story page), review and guide
nouns under a related prefix (相关影评, 相关书评, 相关测评, 相关攻略), and a video card's picture link that
shows only the clip's length before the headline link to the same story."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import RelatedItem
from newscorpus.scrapers.linkshape import is_article_url, never_story
from newscorpus.scrapers.related import is_related_label
from newscorpus.scrapers.relatedsiblings import page_sibling
from newscorpus.scrapers.relatedtitles import link_title

from .helpers import related_after

_STORY = (
    "<div class='content'><h1>标题</h1><p>" + "正文内容，讲述这一次活动的经过和各方的看法与安排。" * 12 + "</p></div>"
)


def _related(after_story: str, url: str, story: str = _STORY) -> list[RelatedItem]:
    return related_after(story, after_story, url)


# --- an index file whose query names one item -----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example-school.cn/index.php?m=content&c=index&a=show&catid=12&id=20931",  # PHPCMS v9
        "http://www.example-school.cn/index.asp?newsid=20931",  # a 2000s ASP school site
        "https://www.example.gov.cn/default.aspx?ArticleID=104523",
        "https://www.example.gov.cn/xxgk/index.jsp?contentId=5512093&channel=zcjd",
        "http://www.example-hospital.cn/news/index.php?aid=88231",
    ],
)
def test_an_index_file_showing_one_item_is_a_story(url: str) -> None:
    assert is_article_url(url) and not never_story(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example-school.cn/index.php?m=content&c=index&a=lists&catid=3701",  # a category's list
        "http://www.example-school.cn/index.php?catid=1234&page=2",
        "http://www.example-school.cn/index.asp?classid=1020",
        "http://www.example-school.cn/index.php?siteid=1001&typeid=2002",
        "https://www.example.gov.cn/news/index.html",  # a channel's index, no query
        "https://www.example.gov.cn/news/index.php?id=12",  # an id too short to name an item
    ],
)
def test_an_index_file_listing_a_channel_stays_an_index(url: str) -> None:
    assert never_story(url)


def test_a_school_cms_list_by_query_ids_is_the_related_list() -> None:
    titles = ["我校举行秋季运动会开幕式", "高一年级开展国防教育主题班会", "校园艺术节书画作品展开幕"]
    rows = "".join(
        f"<tr><td><a href='/index.asp?newsid={2051 + n}' target='_blank'>{title}</a></td><td>2019-10-1{n}</td></tr>"
        for n, title in enumerate(titles)
    )
    html = f"<table class='xgxx'><tr><td class='tt'>相关新闻</td></tr>{rows}</table>"
    got = _related(html, "http://www.example-school.cn/index.asp?newsid=2049")
    assert [item.title for item in got] == titles
    assert got[0].url == "http://www.example-school.cn/index.asp?newsid=2051"


def test_a_gov_front_controllers_items_are_the_related_list() -> None:
    titles = ["关于进一步优化营商环境的若干措施", "我市出台稳就业十条政策措施", "《若干措施》政策解读问答"]
    rows = "".join(
        f"<li><a href='/xxgk/index.jsp?contentId={5512100 + n}&amp;channel=zcjd'>{title}</a></li>"
        for n, title in enumerate(titles)
    )
    html = f"<div class='related-box'><h4>相关文件：</h4><ul>{rows}</ul></div>"
    got = _related(html, "https://www.example.gov.cn/xxgk/index.jsp?contentId=5512093&channel=zcjd")
    assert [item.title for item in got] == titles


def test_category_links_by_query_are_still_no_items() -> None:
    # A heading over the site's category menu (catid names a list): nothing to take.
    rows = "".join(
        f"<li><a href='/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={3700 + n}'>{name}</a></li>"
        for n, name in enumerate(["学校新闻栏目全部文章列表", "教学教研栏目全部文章列表", "德育工作栏目全部文章列表"])
    )
    got = _related(f"<div class='rel'><h3>相关文章</h3><ul>{rows}</ul></div>", "http://www.example-school.cn/a.html")
    assert got == []


# --- review and guide nouns ------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["相关影评", "相关书评", "相关测评", "相關影評", "相关攻略 ······"])
def test_review_and_guide_nouns_name_a_related_list(label: str) -> None:
    assert is_related_label(label)


@pytest.mark.parametrize("label", ["相关评论", "相关股票", "相关标签", "相关部门", "相关的人", "与本文相关的评论"])
def test_comments_stocks_tags_and_offices_name_none(label: str) -> None:
    assert not is_related_label(label)


def test_a_book_sites_related_reviews_in_a_definition_list() -> None:
    reviews = [("/review/30021877/", "一本写给成年人的童话"), ("/review/30019902/", "慢下来，读一读汪曾祺的吃")]
    rows = "".join(
        f"<dt><a href='https://book.example.com{path}'>{title}</a></dt><dd>书评 · 42 有用</dd>"
        for path, title in reviews
    )
    got = _related(
        f"<div class='side-col'><h2>相关书评</h2><dl>{rows}</dl></div>", "https://book.example.com/review/30022001/"
    )
    assert [item.title for item in got] == [title for _path, title in reviews]


def test_a_gadget_sites_related_tests_as_cards() -> None:
    cards = [
        ("https://www.example-tech.cn/evaluating/2023/1107/2345.html", "千元机续航横评：五款机型实测对比"),
        ("https://www.example-tech.cn/evaluating/2023/1012/2290.html", "旗舰耳机降噪深度评测"),
        ("https://www.example-tech.cn/evaluating/2023/0921/2231.html", "2023年值得买的平板电脑盘点"),
    ]
    html = (
        "<section class='box'><div class='hd'><span>相关测评</span></div>"
        + "".join(
            f"<div class='card'><a href='{url}'><img src='/c.jpg'><p class='t'>{title}</p></a></div>"
            for url, title in cards
        )
        + "</section>"
    )
    got = _related(html, "https://www.example-tech.cn/evaluating/2023/1120/2401.html")
    assert [item.title for item in got] == [title for _url, title in cards]


def test_a_travel_forums_related_guides() -> None:
    rows = "".join(
        f"<p><a href='http://you.example.cn/gonglve/{n}.html'>{title}</a></p>"
        for n, title in [(5521, "成都三日游最全吃喝路线"), (5480, "川西自驾小环线避坑指南")]
    )
    got = _related(f"<div class='more'><b>相关攻略</b>{rows}</div>", "http://you.example.cn/gonglve/5530.html")
    assert [item.title for item in got] == ["成都三日游最全吃喝路线", "川西自驾小环线避坑指南"]


# --- a picture link showing only the clip's length --------------------------------------------------------


@pytest.mark.parametrize(
    "shown",
    ["<span class='sp'>00:02:31</span>", "<em>03:25</em>", "<i class='play'>▶</i><b>12:05</b>", "<span>1'45\"</span>"],
)
def test_a_link_showing_only_a_length_has_no_headline(shown: str) -> None:
    link = LexborHTMLParser(f"<a href='/v/1.shtml'><img src='/t.jpg'>{shown}</a>").css_first("a")
    assert link is not None and link_title(link) == ""


@pytest.mark.parametrize("shown", ["2024-05-12 会议纪要", "5G", "<span>03:25</span><p>暴雨中的城市排涝</p>"])
def test_a_link_with_words_keeps_them(shown: str) -> None:
    link = LexborHTMLParser(f"<a href='/v/1.shtml'>{shown}</a>").css_first("a")
    assert link is not None and link_title(link) != ""


def test_a_video_grid_names_each_clip_by_its_headline_link() -> None:
    clips = [
        ("https://v.example-tv.cn/2021/05/15/VIDE0001.shtml", "00:02:31", "[视频]探测器成功着陆 各方致贺"),
        ("https://v.example-tv.cn/2021/05/15/VIDE0002.shtml", "00:03:12", "[视频]揭秘着陆前的九分钟"),
        ("https://v.example-tv.cn/2021/05/14/VIDE0003.shtml", "04:05", "[视频]火星车将开展哪些探测"),
    ]
    rows = "".join(
        f"<li><div class='image'><a href='{url}'><img src='/t.jpg'><span class='sp'>{length}</span></a></div>"
        f"<div class='text'><a href='{url}'>{title}</a></div></li>"
        for url, length, title in clips
    )
    got = _related(
        f"<div class='vr'><div class='md_hd'><span>相关视频</span></div><ul>{rows}</ul></div>",
        "https://v.example-tv.cn/2021/05/15/VIDE0000.shtml",
    )
    assert [(item.title, item.snippet) for item in got] == [(title, None) for _url, _length, title in clips]


def test_a_length_badge_before_a_pictures_alt_gives_the_alt() -> None:
    # No headline link beside the cover: the picture's alt text is the headline the page gives it.
    cards = "".join(
        f"<div class='v'><a href='https://www.example-tv.cn/video/2019/0{n}/1{n}/v_{n}123.html'>"
        f"<img src='/t.jpg' alt='{title}'><span>0{n}:1{n}</span></a></div>"
        for n, title in enumerate(["台风过境后的海边小镇", "老街里的最后一家修表铺", "一碗面里的城市记忆"], start=1)
    )
    got = _related(
        f"<div class='box'><h3>相关视频</h3>{cards}</div>", "https://www.example-tv.cn/video/2019/05/20/v_9.html"
    )
    assert [item.title for item in got] == ["台风过境后的海边小镇", "老街里的最后一家修表铺", "一碗面里的城市记忆"]


# --- other wordings of the same headings ------------------------------------------------------------------


_ROWS = "".join(
    f"<li><a href='/news/2024/03/00{n}1.html'>{title}</a></li>"
    for n, title in enumerate(
        ["市区三条公交线路下月起调整走向", "老旧小区加装电梯补贴标准公布", "今年首批保障房项目集中开工"]
    )
)
_PAGE_URL = "https://www.example-news.cn/news/2024/03/0010.html"


@pytest.mark.parametrize(
    "heading",
    [
        "<h3>您可能感兴趣的文章：</h3>",  # DedeCMS's default template
        "<dt>你可能感兴趣的内容</dt>",
        "<div class='tit'><strong>可能感兴趣的新闻</strong></div>",
        "<h2>あわせて読みたい</h2>",
        "<h3>与本文相关的文章</h3>",  # a WordPress theme's wording
        "<div class='hd'>與本文相關的文章</div>",
        "<p><strong>相关的新闻：</strong></p>",
        "<h4>相关文档</h4>",  # a document-sharing site
    ],
)
def test_other_wordings_of_a_related_heading_head_the_list(heading: str) -> None:
    got = _related(f"<div class='box'>{heading}<ul>{_ROWS}</ul></div>", _PAGE_URL)
    assert len(got) == 3


# With the modal 会 too (blind45's Taiwan paper: 你可能也會喜歡 over cards closing the story).
@pytest.mark.parametrize("feed", ["你可能也喜欢", "您可能还喜欢", "可能也喜歡", "你可能也會喜歡", "你可能会喜欢"])
def test_a_feed_in_other_words_is_the_list_only_alone(feed: str) -> None:
    alone = _related(f"<div class='box'><h3>{feed}</h3><ul>{_ROWS}</ul></div>", _PAGE_URL)
    assert len(alone) == 3
    other = "".join(
        f"<li><a href='/life/2024/02/0{n}9.html'>{title}</a></li>"
        for n, title in enumerate(
            ["春季养生吃什么这三样菜别错过", "每天走一万步真的健康吗", "血压高的人早上醒来别做这几件事"]
        )
    )
    beside = _related(
        f"<div class='box'><h3>相关阅读</h3><ul>{_ROWS}</ul></div>"
        f"<div class='box'><h3>{feed}</h3><ul>{other}</ul></div>",
        _PAGE_URL,
    )
    assert [item.url for item in beside] == [item.url for item in alone]


# --- a card of the list whose class names its kind with a veto word -----------------------------------------


def _card(kind: str, n: int, title: str) -> str:
    url = f"https://www.example-dev.cn/post/2023/{n:04d}.html"
    return (
        f"<div class='rec-item type_{kind}'><a class='tit' href='{url}'><span>{title}</span></a>"
        f"<a href='{url}'><p class='desc'>03-0{n % 9}</p></a></div>"
    )


@pytest.mark.parametrize("kind", ["download", "comment", "share", "hot"])
def test_a_card_built_like_the_others_stays_in_the_list(kind: str) -> None:
    cards = (
        _card("blog", 1, "从零搭建一个前端监控平台")
        + _card("blog", 2, "浏览器渲染流程一文讲透")
        + _card(kind, 3, "前端性能优化实战手册资源包")
    )
    got = _related(f"<h3>相关推荐</h3>{cards}", "https://www.example-dev.cn/blog/2023/0100.html")
    assert [item.title for item in got] == [
        "从零搭建一个前端监控平台",
        "浏览器渲染流程一文讲透",
        "前端性能优化实战手册资源包",
    ]


def test_a_box_of_many_links_built_like_a_card_still_ends_the_list() -> None:
    hot = "".join(
        f"<a href='https://www.example-dev.cn/hot/2023/09{n}.html'>本周热门文章第{n}名的标题</a>" for n in range(5)
    )
    cards = _card("blog", 1, "从零搭建一个前端监控平台") + f"<div class='rec-item hot-list'>{hot}</div>"
    got = _related(f"<h3>相关推荐</h3>{cards}", "https://www.example-dev.cn/blog/2023/0100.html")
    assert [item.title for item in got] == ["从零搭建一个前端监控平台"]


def test_an_ad_built_like_a_card_is_still_no_item() -> None:
    ad = (
        "<div class='rec-item ad'><a href='https://www.example-dev.cn/promo/2023/0777.html'>"
        "<span>限时五折：全栈工程师训练营报名</span></a></div>"
    )
    cards = _card("blog", 1, "从零搭建一个前端监控平台") + _card("blog", 2, "浏览器渲染流程一文讲透") + ad
    got = _related(f"<h3>相关推荐</h3>{cards}", "https://www.example-dev.cn/blog/2023/0100.html")
    assert [item.title for item in got] == ["从零搭建一个前端监控平台", "浏览器渲染流程一文讲透"]


# --- a headline filed as the page is, whatever its id's length -----------------------------------------------


_SHORT_IDS = ["市区三条公交线路下月起调整走向", "老旧小区加装电梯补贴标准公布", "今年首批保障房项目集中开工"]


@pytest.mark.parametrize(
    ("page", "pattern", "box"),
    [
        ("https://blog.example.com/archives/456", "https://blog.example.com/archives/{}", "div class='yarpp-related'"),
        ("https://www.example.cn/news/detail/45", "/news/detail/{}", "ul class='relate-list'"),
        ("https://www.example-school.cn/p/88", "/p/{}", "section id='xgyd'"),
        ("https://blog.example.com/?p=456", "/?p={}", "div class='related_post_wrap'"),  # WordPress, plain links
        ("http://www.example-school.cn/show.asp?id=45", "show.asp?id={}", "div class='xgwz'"),
    ],
)
def test_a_marked_list_of_short_ids_filed_as_the_page_is_taken(page: str, pattern: str, box: str) -> None:
    tag = box.split()[0]
    rows = "".join(f"<li><a href='{pattern.format(10 + n)}'>{title}</a></li>" for n, title in enumerate(_SHORT_IDS))
    got = _related(f"<{box}>{rows}</{tag}>", page)
    assert [item.title for item in got] == _SHORT_IDS


def test_short_ids_filed_elsewhere_on_the_site_are_not() -> None:
    # The page is a detail page; a box of list pages (/news/list/2) is no list of stories.
    rows = "".join(f"<li><a href='/news/list/{n}'>{title}</a></li>" for n, title in enumerate(_SHORT_IDS, start=2))
    assert _related(f"<ul class='relate-list'>{rows}</ul>", "https://www.example.cn/news/detail/45") == []


@pytest.mark.parametrize(
    ("page", "item"),
    [
        ("https://blog.example.com/?p=456", "https://blog.example.com/?p=102"),
        (
            "http://www.example-school.cn/show.asp?id=45&classid=3",
            "http://www.example-school.cn/show.asp?id=12&classid=7",
        ),
        (
            "http://www.example.cn/index.php?m=content&c=index&a=show&catid=37&id=8812",
            "http://www.example.cn/index.php?m=content&c=index&a=show&catid=38&id=8751",
        ),
    ],
)
def test_a_dynamic_page_differing_only_in_ids_is_a_sibling(page: str, item: str) -> None:
    assert page_sibling(item, page)


@pytest.mark.parametrize(
    ("page", "item"),
    [
        ("https://blog.example.com/?p=456", "https://blog.example.com/?p=456"),  # the page itself
        ("https://blog.example.com/?p=456", "https://blog.example.com/?p=456&replytocom=12"),  # a view of it
        ("https://blog.example.com/?p=456", "https://blog.example.com/?cat=3"),  # a category
        ("https://www.example.cn/show.php?id=45&lang=zh", "https://www.example.cn/show.php?id=45&lang=en"),
        ("https://www.example.cn/show.php?id=45", "https://www.example.cn/list.php?id=45"),  # another script
        ("https://www.example.cn/news/45.html", "https://www.example.cn/news/46.html?from=rss"),
    ],
)
def test_other_views_and_scripts_are_no_siblings(page: str, item: str) -> None:
    assert not page_sibling(item, page)
