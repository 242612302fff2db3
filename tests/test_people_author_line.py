"""people.cn's 2021- opinion template prints the writer in its own element between the headline and the
time bar (blind14 and blind16, two writers, both missed): the rule's author selectors read it."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：近日，多地出台政策鼓励年轻人返乡创业，从直播带货到民宿经营，越来越多的年轻人把目光投向了乡村。</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(("shown", "want"), [("黄 帅", "黄帅"), ("钟华论", "钟华论"), ("李 拯", "李拯")])
def test_the_writer_element_over_the_time_bar_is_the_author(shown: str, want: str) -> None:
    html = (
        "<html><head><title>让年轻人在乡村大有可为--观点--人民网</title></head><body><div class='layout rm_txt cf'>"
        "<div class='col col-1 fl'><div class='rm_txt_con cf'><h1>让年轻人在乡村大有可为</h1>"
        f"<div class='author cf'>{shown}</div><div class='col-1-1 fl'>2022年08月16日16:49 | 来源："
        "<a href='http://opinion.people.com.cn/'>人民网－观点频道</a></div>"
        f"<div class='rm_txt_con cf'>{_STORY}</div></div></div></div></body></html>"
    )
    article = parse_html(html, "http://opinion.people.com.cn/n1/2022/0816/c1003-32503901.html", Registry.load())
    assert (article.author, article.source) == (want, "人民网－观点频道")
