"""A forum thread's poster whose card prints each stat's word and count in two inline elements with nothing
between (phpwind 9: ``<em>发帖</em><span>23</span>``, read as ``发帖23``), and whose profile sits behind the
site's front script (``index.php?m=space&uid=38821``): a family learnt from blind15 (tune material for
byline-b15), as hand-written variants of other stats, markup and engines. The card still needs its stats and
its profile link; a front script without a user's id is no profile.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.profiles import is_profile
from newscorpus.scrapers.registry import Registry

_TITLE = "求助：老房子卫生间渗水到楼下，防水怎么做才靠谱？"
_POST = (
    "我家是零几年的老房子，最近楼下邻居说卫生间顶上有水渍，物业看了说可能是我家防水层老化了。<br>"
    "现在有两个方案纠结：一是直接在瓷砖表面刷透明防水胶，二是全部砸掉重做，估计要七八千，还得半个月不能用。"
)
_REPLY = "建议砸掉重做，表面胶管不了几年，闭水试验至少做四十八小时。"


def _floor_table(handle: str, href: str, stats: str, *, level: str = "见习业主") -> Article:
    """phpwind 9: the card cell spans the subject's row and the post's row; the subject sits beside it."""
    html = f"""<html><head><title>{_TITLE}-装修问答-家居论坛</title></head><body>
<div class="bread_crumb"><a href="/">首页</a><em>&gt;</em><a href="/index.php?c=thread&fid=17">装修问答</a>
<em>&gt;</em><a href="/read.php?tid=226874">{_TITLE}</a></div>
<div class="pages"><strong>1</strong><a href="/read.php?tid=226874&page=2">2</a></div>
<table class="floor_table"><tr><td rowspan="2" class="floor_left"><div class="floor_info">
<a class="face" href="{href}"><img class="J_avatar" src="/avatar/38821_middle.jpg" alt="{handle}"></a>
<div class="name"><a href="{href}">{handle}</a></div>
<div class="level"><a href="/index.php?m=profile&c=level">{level}</a></div>
{stats}</div></td>
<td class="box_title"><h1>{_TITLE}</h1>
<div class="num"><span>阅读：<em>4218</em></span><span>回复：<em>31</em></span></div></td>
</tr><tr><td class="floor_right"><div class="tips"><span>楼主</span><span class="time">发布于：2016-02-19 21:36</span>
<a href="/read.php?tid=226874&uid=38821">只看楼主</a></div><div class="editor_content">{_POST}</div></td></tr></table>
<table class="floor_table"><tr><td class="floor_left">
<div class="name"><a href="/index.php?m=space&uid=9">过路客</a></div></td>
<td class="floor_right"><div class="tips"><span>沙发</span><span>发布于：2016-02-19 22:05</span></div>
<div class="editor_content">{_REPLY}</div></td></tr></table></body></html>"""
    return parse_html(html, "http://bbs.example-home.com/read.php?tid=226874", Registry.load())


@pytest.mark.parametrize(
    ("handle", "href", "stats"),
    [
        (  # phpwind 9's own card
            "小鱼儿不吃鱼",
            "/index.php?m=space&uid=38821",
            "<ul><li><em>发帖</em><span>23</span></li><li><em>威望</em><span>4</span></li>"
            "<li><em>注册时间</em><span>2015-11-30</span></li></ul>",
        ),
        (  # the counts in bold, another stat first
            "老宅改造记",
            "/index.php?m=space&uid=120455",
            "<p>积分<b>560</b></p><p>帖子<b>1,382</b></p>",
        ),
        (  # a card of spans, the profile at a classic address
            "水电工阿强",
            "/u.php?uid=2231",
            "<div><span>主题</span><span>12</span></div><div><span>精华</span><span>1</span></div>",
        ),
        (  # the user id first
            "装修小白2016",
            "/index.php?m=space&uid=77013",
            "<dl><dt>UID</dt><dd>77013</dd></dl><dl><dt>等级</dt><dd>3</dd></dl>",
        ),
        (  # a space host's profile (space.…/uid), the registration date glued to its word
            "江城木匠",
            "http://space.example-home.com/38821",
            "<ul><li><em>注册时间</em><span>2012-05-02</span></li><li><em>经验</em><span>3300</span></li></ul>",
        ),
        (  # the user id in a userid query
            "楼下的邻居",
            "/index.php?m=user&a=view&userid=5531",
            "<ul><li><em>發帖</em><span>88</span></li><li><em>聲望</em><span>12</span></li></ul>",
        ),
        (  # English stats glued the same way
            "防水老王",
            "/index.php?m=space&uid=4410",
            "<ul><li><em>Posts</em><span>1,204</span></li><li><em>Reputation</em><span>38</span></li></ul>",
        ),
        (  # 金钱 and 在线时间, no level line
            "阳台种菜的",
            "/index.php?m=space&uid=802",
            "<ul><li><em>金钱</em><span>1200</span></li><li><em>在线时间</em><span>310小时</span></li></ul>",
        ),
    ],
)
def test_a_card_with_glued_stats_names_the_poster(handle: str, href: str, stats: str) -> None:
    assert _floor_table(handle, href, stats).author == handle


def test_a_card_without_stats_names_nobody() -> None:
    # The word and a count glued is a stat; a button's words with no count ("发帖回复") are not.
    stats = '<ul><li><a href="/post.php?fid=17">发帖回复</a></li><li><a href="/fav.php">收藏</a></li></ul>'
    assert _floor_table("小鱼儿不吃鱼", "/index.php?m=space&uid=38821", stats).author is None


@pytest.mark.parametrize(
    ("href", "profile"),
    [
        ("http://bbs.example.com/index.php?m=space&uid=38821", True),
        ("/index.php?m=u&c=index&uid=120", True),
        ("http://bbs.example.com/index.php?m=u&c=login", False),  # the login page, no user named
        ("/index.php?uid=", False),  # no id
        ("/home/index.html", False),
        ("/u/index/", False),
    ],
)
def test_a_front_script_naming_a_user_id_is_a_profile(href: str, profile: bool) -> None:
    assert is_profile(href) is profile
