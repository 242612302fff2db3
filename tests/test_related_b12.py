"""Classes learnt from blind12, each pinned by variants in other wording and markup than the batch's pages:
short names (an entry, a poem, a dish) filed beside the page, a heading's list of such names read as a list
and not a tag bar, profile and front-page links in cards, answer/play counts as card metadata, and a card's
summary linked to its story after the headline."""

from __future__ import annotations

import pytest

from newscorpus.models import RelatedItem
from newscorpus.scrapers.linkshape import never_story
from newscorpus.scrapers.relateditems import unique_items
from newscorpus.scrapers.relatedsiblings import page_sibling
from newscorpus.scrapers.relatedtext import summary

from .helpers import related_after

_STORY = (
    "<div class='content'><h1>标题</h1><p>" + "正文内容，讲述这一条目的来龙去脉和各地的不同说法。" * 12 + "</p></div>"
)


def _related(after_story: str, url: str, story: str = _STORY) -> list[RelatedItem]:
    return related_after(story, after_story, url)


# --- short names filed beside the page ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "item"),
    [
        ("https://wiki.example.org/wiki/%E9%9D%92%E5%9B%A2", "https://wiki.example.org/wiki/%E8%89%BE%E8%8D%89"),
        ("https://poems.example.cn/tang/libai/jingyesi.html", "https://poems.example.cn/tang/libai/qiupuge.html"),
        ("http://blog.example.cn/s/blog_a1b2c3d4.html", "http://blog.example.cn/s/blog_e5f6a7b8.html"),
        ("https://food.example.cn/2016/08/mian.html", "https://food.example.cn/2015/03/fen.html"),
        ("https://ency.example.cn/item/%E8%8E%BC/102", "https://ency.example.cn/item/%E8%8D%B7/7"),
    ],
)
def test_a_page_filed_as_this_one_is_its_sibling(page: str, item: str) -> None:
    assert page_sibling(item, page)


@pytest.mark.parametrize(
    ("page", "item"),
    [
        ("https://wiki.example.org/wiki/A", "https://other.example.org/wiki/B"),  # another host
        ("https://poems.example.cn/tang/libai/a.html", "https://poems.example.cn/tang/dufu/b.html"),  # another poet
        ("https://poems.example.cn/tang/libai/a.html", "https://poems.example.cn/tang/libai/b.aspx"),  # other kind
        ("https://news.example.cn/a/1001_22.html", "https://news.example.cn/a/1002_33.html#comment_area"),
        ("https://news.example.cn/a/1001.html", "https://news.example.cn/a/1001.html"),  # the page itself
        ("https://news.example.cn/a/1001.html", "https://news.example.cn/channel/a/1002.html"),  # deeper
    ],
)
def test_other_pages_are_no_siblings(page: str, item: str) -> None:
    assert not page_sibling(item, page)


def test_a_wikis_short_related_entries_are_its_list() -> None:
    # A side box of a heading and 2-3 character entries: a list, not a tag bar to step past.
    names = ["糍粑", "米糕", "年糕", "发糕"]
    entries = "".join(
        f"<li><a href='https://wiki.example.org/wiki/%E7%B3%8D{n:02X}'>{name}</a></li>" for n, name in enumerate(names)
    )
    feed = "".join(
        f"<li><a href='https://wiki.example.org/wiki/%E6%B1%A4{n:02X}'>{name}</a></li>"
        for n, name in enumerate(["汤圆", "元宵", "麻团"])
    )
    html = (
        f"<div class='col'><div class='box'><h3>相关词条</h3><ul class='xg'>{entries}</ul></div>"
        f"<div class='box'><h3>猜你喜欢</h3><ul>{feed}</ul></div></div>"
    )
    got = _related(html, "https://wiki.example.org/wiki/%E9%9D%92%E5%9B%A2")
    assert [item.title for item in got] == names


def test_a_poets_other_short_poems_are_items() -> None:
    poems = [("静夜思", "jingyesi"), ("秋浦歌", "qiupuge"), ("将进酒：君不见黄河之水天上来", "qiangjinjiu")]
    rows = "".join(f"<p><a href='/shi/tang/libai/{slug}.htm'>{title}</a></p>" for title, slug in poems)
    got = _related(
        f"<div class='more'><h2>延伸阅读</h2><div>{rows}</div></div>", "https://shi.example.cn/shi/tang/libai/a.htm"
    )
    assert [item.title for item in got] == [title for title, _slug in poems]


def test_a_short_title_elsewhere_on_the_site_stays_out() -> None:
    # 专题 and 图集 link other folders: labels, not items, however short the list's other titles.
    rows = (
        "<li><a href='/news/2024/03/0011.html'>市区三条公交线路下月起调整走向</a></li>"
        "<li><a href='/topic/2024/0012.html'>专题</a></li>"
        "<li><a href='/news/2024/03/0013.html'>老旧小区加装电梯补贴标准公布</a></li>"
    )
    got = _related(
        f"<div class='rel'><h3>相关新闻</h3><ul>{rows}</ul></div>", "https://www.example-news.cn/news/2024/03/0010.html"
    )
    assert [item.title for item in got] == ["市区三条公交线路下月起调整走向", "老旧小区加装电梯补贴标准公布"]


@pytest.mark.parametrize("word", ["上一篇", "下一篇", "更多", "返回"])
def test_a_pager_word_linking_a_sibling_is_no_item(word: str) -> None:
    rows = (
        "<li><a href='/news/2024/03/0011.html'>市区三条公交线路下月起调整走向</a></li>"
        f"<li><a href='/news/2024/03/0009.html'>{word}</a></li>"
    )
    got = _related(
        f"<div class='rel'><h3>相关新闻</h3><ul>{rows}</ul></div>", "https://www.example-news.cn/news/2024/03/0010.html"
    )
    assert [item.title for item in got] == ["市区三条公交线路下月起调整走向"]


def test_a_seven_character_title_in_a_marked_list_is_an_item() -> None:
    # A plugin's related grid, found by its class (no heading): a short post title filed beside the page.
    titles = ["辣椒育苗要注意的三个关键点", "自己配营养土：泥炭、椰糠和珍珠岩", "阳台草莓越冬记"]
    slugs = ["2020/05/pepper/", "2020/03/soil/", "2019/10/berry/"]
    cards = "".join(
        f"<div class='relatedposts-post'><a href='https://garden.example.net/{slug}'>{title}</a></div>"
        for title, slug in zip(titles, slugs, strict=True)
    )
    got = _related(f"<div class='relatedposts'>{cards}</div>", "https://garden.example.net/2020/06/tomato/")
    assert [item.title for item in got] == titles


# --- profiles and front pages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://mp.example.com/profile?xpt=120053521",
        "https://bbs.example.cn/author.php?id=7",
        "https://www.example.cn/userinfo?uid=88",
        "http://liuyan.example.cn/",
        "https://www.example-news.cn",
    ],
)
def test_a_profile_or_a_front_page_is_never_a_story(url: str) -> None:
    assert never_story(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.cn/news/profile-of-a-founder-2024.html",  # a story about a profile
        "https://www.example.cn/?id=12345",  # a story by id on the site root
        "https://www.example.cn/authors-notes/2024/0101.html",
    ],
)
def test_stories_near_those_words_stay_stories(url: str) -> None:
    assert not never_story(url)


def test_a_cards_source_profile_link_is_no_item() -> None:
    cards = "".join(
        f"<div class='feed'><h4><a href='//www.example.com/a/32140{n}_46728'>{title}</a></h4>"
        f"<div class='other'><span class='name'><a href='//mp.example.com/profile?xpt=1200{n}'>{source}</a></span>"
        f"<span class='time'>06-19 20:05</span></div></div>"
        for n, (title, source) in enumerate(
            [
                ("新车上牌后这几件事一定要做", "汽车之友"),
                ("十万块预算买哪款国产SUV", "车主指南"),
                ("冬季保养的五个误区", "养车百科"),
            ]
        )
    )
    got = _related(f"<div class='rec'><h3>相关推荐</h3>{cards}</div>", "https://www.example.com/a/321000000_46728")
    assert all("/a/" in (item.url or "") for item in got) and len(got) == 3


# --- counts with a measure word -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "shown",
    ["1,204 个回答", "32,118 次播放 · 3小时前", "关注 1,024 · 昨天", "388 條回覆 · 2024-03-01", "1.5万人观看 | 18:20"],
)
def test_an_answer_or_play_count_is_no_snippet(shown: str) -> None:
    assert summary(shown) is None


def test_a_summary_before_a_count_keeps_its_words() -> None:
    text = "南方冬季湿度高，室内又没有暖气，体感温度更低。"
    assert summary(f"{text} 2,031 个回答") == text


# --- a summary linked after the headline ----------------------------------------------------------------


def test_a_linked_sentence_after_the_headline_is_the_snippet() -> None:
    url = "https://www.example.com/p/1784321098765437"
    items = [
        RelatedItem(title="「锅圈食汇」完成新一轮融资", url=url),
        RelatedItem(title="「锅圈食汇」完成新一轮融资", url=url),
        RelatedItem(title="门店数量突破8000家。", url=url),
    ]
    assert unique_items(items) == [
        RelatedItem(title="「锅圈食汇」完成新一轮融资", url=url, snippet="门店数量突破8000家。")
    ]


@pytest.mark.parametrize("later", ["阅读全文", "点击查看详细内容", "南方为什么不集中供暖？", "完成新一轮融资"])
def test_a_later_link_that_reads_as_no_sentence_is_no_snippet(later: str) -> None:
    url = "https://www.example.com/p/1784321098765437"
    items = [RelatedItem(title="「锅圈食汇」完成新一轮融资", url=url), RelatedItem(title=later, url=url)]
    assert unique_items(items)[0].snippet is None


def test_a_card_grid_with_linked_summaries_gives_each_its_snippet() -> None:
    cards = [
        ("/p/1786321098765440", "中餐标准化：一道绕不开的难题", "标准化与口味之间如何平衡。"),
        ("/p/1786321098765441", "新茶饮增速放缓，门店开始做减法", "部分品牌关停低效门店。"),
        ("/p/1786321098765442", "餐饮连锁化率提升，谁在为中央厨房买单", "中央厨房正在成为连锁餐饮扩张的基础设施。"),
    ]
    html = "".join(
        f"<div class='item'><a class='pic' href='{href}'><img src='/i.jpg' alt='{title}'></a>"
        f"<p class='title'><a href='{href}'>{title}</a></p><a class='desc' href='{href}'>{desc}</a>"
        f"<span class='time'>2022-06-14</span></div>"
        for href, title, desc in cards
    )
    got = _related(
        f"<div class='related'><div class='hd'>相关推荐</div><div>{html}</div></div>", "https://www.example.com/p/1"
    )
    assert [(item.title, item.snippet) for item in got] == [(title, desc) for _href, title, desc in cards]
