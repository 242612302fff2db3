"""A card's comment counter (``25评论 ⋅``) and its link to the story's comment area (``/group/1//#comment_area``)
are no related item: toutiao's gallery feed read by the generic path (a template its rule does not know) gave
twelve such "items" of a counter's title each."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "入秋以后，草原上的牧民开始为过冬做准备，打草、储草是这个季节最要紧的活。",
        "牧民巴特尔家今年打了三百多捆干草，他说今年雨水好，草长得高，够羊群吃到明年开春。",
        "当地畜牧部门也组织技术人员下乡，指导牧民科学储草，防止草料受潮发霉。",
    )
)


def _card(index: int, title_link: str) -> str:
    return (
        f'<li class="card">{title_link.format(i=index)}<div class="footer-bar">'
        f'<a href="/c/user/{index}/" class="source">牧区人家 ⋅</a>'
        f'<a href="/group/67305120218690{index:05d}//#comment_area" class="source">{index + 3}评论 ⋅</a>'
        "<span>刚刚</span></div></li>"
    )


@pytest.mark.parametrize(
    ("title_link", "want"),
    [
        ('<a href="/group/67305120218690{i:05d}/" class="title">草原上的第{i}个秋天：牧民打草储草忙过冬</a>', 5),
        ('<a href="/group/67305120218690{i:05d}/" class="img"><img src="/p/{i}.jpg"></a>', 0),  # no title shown
    ],
)
def test_comment_counters_are_no_items(title_link: str, want: int) -> None:
    cards = "".join(_card(index, title_link) for index in range(5))
    html = (
        '<html><head><meta charset="utf-8"><title>草原牧民打草储草忙过冬</title></head><body>'
        f'<h1>草原牧民打草储草忙过冬</h1><div>2019-09-08 11:42 牧区人家</div><div class="article">{_STORY}</div>'
        f'<div class="related"><h3>相关推荐</h3><ul>{cards}</ul></div></body></html>'
    )
    article = parse_html(html, "https://www.example-feed.cn/group/6730512021869099999/", Registry.load())
    assert not [item.title for item in article.related if "评论" in item.title]
    assert not [item.url for item in article.related if "comment" in item.url]
    assert len(article.related) == want


def _more_page(box_class: str) -> str:
    items = "".join(
        f'<li><a href="/group/67336050502637{index:05d}/">第{index}篇：看完这些老照片，你还记得小时候的街道吗</a></li>'
        for index in range(6)
    )
    return (
        '<html><head><meta charset="utf-8"><title>草原牧民打草储草忙过冬</title></head><body>'
        f'<h1>草原牧民打草储草忙过冬</h1><div>2019-09-08 11:42 牧区人家</div><div class="article">{_STORY}</div>'
        f'<div class="{box_class}"><h3>更多精彩</h3><ul>{items}</ul></div></body></html>'
    )


@pytest.mark.parametrize(("box_class", "want"), [("feed-infinite-wrapper", 0), ("more-box", 6)])
def test_more_highlights_is_a_feed_s_label_like_guess_you_like(box_class: str, want: int) -> None:
    # 更多精彩 ("more highlights") is picked for the reader, not for the story: the page's list only where nothing
    # else is, and never in a box its markup names the site's feed (an endless feed under it on toutiao).
    article = parse_html(
        _more_page(box_class), "https://www.example-feed.cn/group/6730512021869099999/", Registry.load()
    )
    assert len(article.related) == want


@pytest.mark.parametrize("more", ["【详细】", "[详细]", "详情>>", "阅读全文", "【查看详情】"])
def test_a_details_link_is_no_item_s_title(more: str) -> None:
    # A promo card's "read more" link (人民网's 推荐阅读: the headline in <strong>, then 【详细】 to the topic page).
    cards = "".join(
        f"<li><strong>专题{index}：城市更新里的老街区</strong> 老街区改造中的新故事。"
        f'<a href="https://www.example-feed.cn/GB/22226/42107{index}/index.html">{more}</a></li>'
        f'<li><a href="/n1/2019/0615/c1013-3115371{index}.html">老街区改造：留住烟火气的第{index}种办法</a></li>'
        for index in range(3)
    )
    html = (
        '<html><head><meta charset="utf-8"><title>草原牧民打草储草忙过冬</title></head><body>'
        f'<h1>草原牧民打草储草忙过冬</h1><div>2019-09-08 11:42 牧区人家</div><div class="article">{_STORY}</div>'
        f'<div class="box_read"><h2>推荐阅读</h2><ul>{cards}</ul></div></body></html>'
    )
    article = parse_html(html, "https://www.example-feed.cn/n1/2019/0908/c1013-31153719.html", Registry.load())
    assert [item.title[:4] for item in article.related] == ["老街区改"] * 3


@pytest.mark.parametrize("tool", ["我要反馈", "意见反馈", "举报", "纠错"])
def test_a_feedback_or_report_link_is_no_item(tool: str) -> None:
    # A video player's error box links its feedback page (qq's 我要反馈 to support.qq.com/products/N).
    items = "".join(
        f'<li><a href="/n1/2019/0909/c1013-3115372{index}.html">牧区冬储：第{index}个村的打草故事</a></li>'
        for index in range(3)
    )
    html = (
        '<html><head><meta charset="utf-8"><title>草原牧民打草储草忙过冬</title></head><body>'
        f'<h1>草原牧民打草储草忙过冬</h1><div>2019-09-08 11:42 牧区人家</div><div class="article">{_STORY}</div>'
        f'<div class="related"><h2>相关阅读</h2><ul>{items}'
        f'<li><a href="https://support.example-feed.cn/products/2208">{tool}</a></li></ul></div></body></html>'
    )
    article = parse_html(html, "https://www.example-feed.cn/n1/2019/0908/c1013-31153719.html", Registry.load())
    assert [item.title[:4] for item in article.related] == ["牧区冬储"] * 3
