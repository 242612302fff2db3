"""Classes session 44 found in blind99n's pages (flipped to tune at the session's start) and the tune
batches before it: a related heading joining a topic to its stories (相关专题及文章), either way round, in
either script; a forum's filter link standing where a thread starter's name would (楼主 只看该作者 发表于 …);
self-media platforms under their earlier or sister names (网易订阅号, 凤凰号, 大鱼号, 快传号, 车家号, 易车号); a
checker's or a signer's role standing after a reporter's or an editor's names with no separator (记者
X 校对 Y, 编辑/X 签发/Y). Written as other outlets, stories, names and wordings than the batch's, with
controls: a topic hub's box alone, a hot topics box and a plain heading read as before; a starter's
real handle; the platforms' current names; an outlet named as the source; two reporters; the
signer's word in prose.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields

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


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("楼主 只看该作者 发表于 2009-4-12 21:05", None),
        ("樓主 只看該作者 發表於 2011-7-3 08:16", None),
        ("楼主 只看楼主 发表于 2012-11-30 22:47:10", None),
        # controls: the starter's own handle stays his
        ("楼主 襄江夜钓客 发表于 2009-4-12 21:05", "襄江夜钓客"),
        ("樓主 淡水河畔阿明 發表於 2011-7-3 08:16", "淡水河畔阿明"),
    ],
)
def test_a_thread_filter_where_the_starters_name_stands_names_nobody(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("本文来自网易订阅号“车评老马”，仅代表作者观点，不代表网易立场。", ("车评老马", None, None)),
        ("来源：凤凰号 胡同里的老周", ("胡同里的老周", None, None)),
        ("大鱼号：育儿小百科", ("育儿小百科", None, None)),
        ("快传号 财经观察员 2018-06-02 10:31", ("财经观察员", None, None)),
        ("來源：鳳凰號 台北散步者", ("台北散步者", None, None)),
        ("车家号 / 越野老炮 / 2021-09-14", ("越野老炮", None, None)),
        ("易车号：二手车观察", ("二手车观察", None, None)),
        # controls: the platforms' current names read as before, and an outlet stays a source
        ("来源：大风号 胡同里的老周", ("胡同里的老周", None, None)),
        ("来源：凤凰网", (None, "凤凰网", None)),
    ],
)
def test_a_platforms_earlier_or_sister_name_tags_its_account(line: str, fields: tuple[str | None, ...]) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("◎ 北京青年报记者 韩思远 校对 李婷", ("韩思远", None, None)),
        ("記者 蔡宗翰 校對 林芳儀", ("蔡宗翰", None, None)),
        ("记者 梁晨 何一鸣 审核 唐杰", ("梁晨 何一鸣", None, None)),
        ("记者/周凯 编辑/陶然 签发/孟庆", ("周凯", None, "陶然")),
        ("编辑 陶然 签发 孟庆", (None, None, "陶然")),
        # controls: two reporters, and the signer's word in a sentence
        ("记者 梁晨 何一鸣", ("梁晨 何一鸣", None, None)),
        ("市政府签发了防汛紧急通知", (None, None, None)),
    ],
)
def test_a_checkers_or_signers_role_ends_the_names_before_it(line: str, fields: tuple[str | None, ...]) -> None:
    assert line_fields(line) == fields
