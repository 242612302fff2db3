"""related-w10: a personal feed (猜你喜欢) whose box its own markup names the site's feed is no related list.

README's convention reads a lone personal-feed heading after the story as the page's list (the labelled dev
pages). Pages labelled by others (blind9, blind21, blind24) show the same heading over a box named ``m-feed`` or
``feeds-…`` and, with a load-more control, labelled with no list: the box's markup says it is the site's
stream for every reader. Pinned on hand-written variants of other platforms, years, wordings and markup,
with guards for what must stay: a plain lone 猜你喜欢 box, a related heading in a feed-named box, a wrapper
named feed far above the box, a load-more control outside it.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

PAGE_URL = "https://www.example-daily.test/news/2023/05/12/300456.html"
PROSE = "".join(
    f"<p>第{n}段：全市夏粮收购工作全面启动，各收储企业延长收购时间，确保农民售粮方便快捷，颗粒归仓。</p>"
    for n in range(6)
)


def _urls(prefix: str, count: int) -> list[str]:
    return [f"https://www.example-daily.test/news/2023/05/1{n % 3}/{prefix}{n:04d}.html" for n in range(count)]


def _lis(urls: list[str]) -> str:
    return "".join(f'<li><a href="{url}">第{n}篇：夏粮收购进度与各地粮价走势</a></li>' for n, url in enumerate(urls))


def _cards(urls: list[str]) -> str:
    return "".join(
        f'<a class=card href="{url}"><img src="/i/{n}.jpg"><span class=t>第{n}篇：夏粮收购进度与各地粮价走势</span>'
        f"<em>示例日报 · {n + 1}小时前</em></a>"
        for n, url in enumerate(urls)
    )


def _page(after_story: str) -> str:
    return (
        "<html><head><meta charset=utf-8><title>全市夏粮收购全面启动</title></head><body>"
        '<div class=nav><a href="/">首页</a></div><div class=main><h1>全市夏粮收购全面启动</h1>'
        f"<div class=info>2023-05-12 09:30 来源：示例日报</div><div class=article>{PROSE}</div>"
        f"{after_story}</div><div class=foot>©2023 示例日报 京ICP备000000号</div></body></html>"
    )


def _related(html: str, registry: Registry) -> list[str]:
    return [item.url for item in parse_html(html, PAGE_URL, registry).related]


A, B = _urls("1", 8), _urls("2", 5)

# Markup after the story: a personal feed's heading over a box its markup names the site's feed.
FEEDS = [
    ("mobile_2022_m_feed_cards", f"<section class='m-hot m-feed'><h3>猜你喜欢</h3><div>{_cards(A)}</div></section>"),
    ("css_module_hash_2020", f"<div class=feeds-2iTlO0gN><h3 class=title-1q>猜你喜欢</h3><ul>{_lis(A)}</ul></div>"),
    (
        "wrapper_two_levels_up_2019",
        f"<div class=news_feed><div class=hd><span>猜您喜欢</span></div><div class=bd><ul>{_lis(A)}</ul></div></div>",
    ),
    ("id_only_2017", f"<div id=feedList class=box><h2>猜你喜欢</h2><ul>{_lis(A)}</ul></div>"),
    (
        "load_more_text_2021",
        f"<div class=like-box><h3>猜你喜欢</h3><ul>{_lis(A)}</ul>"
        "<div class=btn onclick='more()'>点击加载更多</div></div>",
    ),
    (
        "traditional_load_more_class_2018",
        f"<div class=lk><h3>猜你喜歡</h3><ul>{_lis(A)}</ul><a class=load-more href='javascript:;'>查看更多</a></div>",
    ),
    ("you_may_like_infinite_2024", f"<div class=infinite-feed><h3>你可能也喜欢</h3>{_cards(A)}</div>"),
]


@pytest.mark.parametrize(("name", "after"), FEEDS, ids=[name for name, _after in FEEDS])
def test_a_personal_feed_in_a_box_named_a_feed_is_no_related_list(name: str, after: str, registry: Registry) -> None:
    assert _related(_page(after), registry) == []


# What must stay: (name, markup after the story, URLs expected in order).
KEPT = [
    (
        "plain_lone_guess_box",  # README: a lone personal feed after the story is the page's nearest list
        f"<div class=row-article-like><div class=t><strong>猜你喜欢</strong></div><ul>{_lis(A)}</ul></div>",
        A,
    ),
    (
        "guess_cards_with_times_no_feed_word",
        f"<div class=guess><div class=guess-hd><h3>猜你喜欢</h3></div><div class=guess-bd>{_cards(B)}</div></div>",
        B,
    ),
    (
        "related_heading_in_a_feed_box",  # a related heading names its list wherever it sits
        f"<div class=feed-related><h3>相关阅读</h3><ul>{_lis(B)}</ul></div>",
        B,
    ),
    (
        "page_wrapper_named_feed_far_above",
        f"<div id=feed-page><div class=wrap><div class=bottom><div class=like-box><h3>猜你喜欢</h3><ul>{_lis(B)}"
        "</ul></div></div></div></div>",
        B,
    ),
    (
        "load_more_of_comments_outside_the_box",
        f"<div class=like-box><h3>猜你喜欢</h3><ul>{_lis(B)}</ul></div>"
        "<div class=comments><h3>网友评论</h3><div class=btn>加载更多评论</div></div>",
        B,
    ),
    (
        "feed_box_beside_a_related_list",  # the related list is read, the feed left as before
        f"<div class=xgyd><h3>相关新闻</h3><ul>{_lis(B)}</ul></div>"
        f"<div class=m-feed><h3>猜你喜欢</h3><ul>{_lis(A)}</ul></div>",
        B,
    ),
]


@pytest.mark.parametrize(("name", "after", "expected"), KEPT, ids=[name for name, _after, _expected in KEPT])
def test_what_the_feed_rule_leaves(name: str, after: str, expected: list[str], registry: Registry) -> None:
    assert _related(_page(after), registry) == expected
