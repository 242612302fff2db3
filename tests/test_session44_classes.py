"""Classes session 44 found in blind99n's pages (flipped to tune at the session's start) and the tune batches
before it: a related heading joining a topic to its stories (相关专题及文章), either way round, in either script.
Written as other outlets, stories and wordings than the batch's, with controls: a topic hub's box alone, a hot
topics box and a plain heading read as before.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = (
    "<p>本届电影节共收到来自四十多个国家和地区的报名影片一千二百余部，入围主竞赛单元的影片有十五部。</p>"
    "<p>组委会介绍，今年新设的青年导演单元吸引了大量首次执导长片的创作者，入围作品题材涵盖乡村、城市与科幻。</p>"
    "<p>闭幕式暨颁奖典礼将于下周六晚在市文化中心大剧院举行，届时将揭晓各单元奖项。</p>"
)
_ITEMS = (
    "<li><a href='/a/20191012/004512.htm'>青年导演单元入围名单公布</a></li>"
    "<li><a href='/a/20191008/003327.htm'>评委会主席谈今年的评选标准</a></li>"
    "<li><a href='/a/20191003/001894.htm'>往届获奖影片回顾</a></li>"
)
_HUB = "<li><a href='http://ent.example.com/zt2019/filmfest/'>专题：第十届海滨国际电影节</a></li>"
_URL = "http://ent.example.com/a/20191015/005631.htm"


def _page(heading: str, items: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>海滨国际电影节入围片单揭晓_娱乐频道</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/movie/'>电影</a><a href='/tv/'>电视</a></div>"
        "<div class='main'><h1>海滨国际电影节入围片单揭晓</h1>"
        "<div class='info'>2019年10月15日 09:12 来源：娱乐频道</div>"
        f"<div id='Cnt-Main-Article'>{_STORY}</div><div class='rel'><h3>{heading}</h3><ul>{items}</ul></div></div>"
        "<div class='footer'>Copyright &copy; 2019 娱乐频道 版权所有</div></body></html>"
    )


def _titles(heading: str, items: str) -> list[str]:
    return [item.title for item in parse_html(_page(heading, items), _URL, Registry.load()).related]


@pytest.mark.parametrize(
    "heading",
    ["相关专题及文章", "相关专题与新闻", "相关新闻和专题", "相關專題與報導", "相關新聞及專題", "相关专题、报道"],
)
def test_a_topic_joined_to_its_stories_heads_a_related_list(heading: str) -> None:
    titles = _titles(heading, _ITEMS + _HUB)
    assert titles[:3] == ["青年导演单元入围名单公布", "评委会主席谈今年的评选标准", "往届获奖影片回顾"]


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        # controls: a topic's box alone, and hot topics, head no related list
        ("相关专题", _HUB),
        ("热门专题", _ITEMS),
    ],
)
def test_a_topic_box_alone_is_still_no_related_list(heading: str, items: str) -> None:
    assert _titles(heading, items) == []


def test_a_plain_related_heading_reads_as_before() -> None:
    assert len(_titles("相关文章", _ITEMS)) == 3
