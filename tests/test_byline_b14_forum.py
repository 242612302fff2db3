"""A forum thread's poster, shown in the first post's user card (a family learnt from blind14, tune material
for byline-b14), as hand-written variants of other engines, eras and handles: Discuz X's card under the subject
(its stats printed as the number over the word), Discuz 7 and phpwind cards beside the post, dvbbs, phpBB and
vBulletin member pages, and handles that mix Han with Latin letters or digits (a licence plate's ``皖A``, ``老K``).
A card is read only with its stats and its profile link; nothing else names the poster.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_POST = (
    "上个月带家里老人去了一趟黄山，三天两夜，把住宿、索道和吃饭的花费都记了下来，给准备去的朋友参考一下。"
    "我们住在汤口镇，离换乘中心走路十分钟，价格比山上便宜一半还多，早上六点坐第一班车上山正好看日出。"
)
_REPLY = "谢谢楼主分享，下个月正打算带爸妈去，请问索道排队要多久？"
_TITLE = "黄山三日游，带老人怎么走不累（附花费）"


def _parse(html: str, url: str) -> Article:
    return parse_html(html, url, Registry.load())


def _discuz_x(handle: str, href: str, stats: str) -> str:
    """Discuz X: the subject once over every floor, each floor a table row of the card and the post."""
    return f"""<html><head><title>{_TITLE} - 自驾旅游 - 某某论坛</title></head><body>
<div id="pt"><a href="./">某某论坛</a> &rsaquo; <a href="forum-47-1.html">自驾旅游</a></div>
<div id="postlist"><table><tr>
<td class="pls"><span>查看:</span> <span>3871</span> | <span>回复:</span> <span>27</span></td>
<td class="plc"><h1 class="ts"><span id="thread_subject">{_TITLE}</span></h1>
<span><a href="thread-1-1-1.html">[复制链接]</a></span></td></tr></table>
<div id="post_1"><table class="plhin"><tr>
<td class="pls"><div class="authi"><a href="{href}" class="xw1">{handle}</a></div>
<div class="avatar"><a href="{href}"><img src="/uc/avatar/1.jpg"></a></div>{stats}</td>
<td class="plc"><strong><a href="thread-1-1-1.html">楼主</a></strong><div class="authi"><em>发表于 2016-5-3 09:26</em>
<a href="thread-1-1-1.html?authorid=1" rel="nofollow">只看该作者</a></div>
<div class="pcb"><table><tr><td class="t_f">{_POST}</td></tr></table></div></td></tr></table></div>
<div id="post_2"><table class="plhin"><tr>
<td class="pls"><div class="authi"><a href="space-uid-9.html">过路客</a></div></td>
<td class="plc"><div class="authi"><em>发表于 2016-5-3 10:15</em></div>
<div class="pcb"><table><tr><td class="t_f">{_REPLY}</td></tr></table></div></td></tr></table></div>
</div></body></html>"""


def _card_beside(handle: str, href: str, stats: str) -> str:
    """Discuz 7, phpwind, dvbbs: the card in the left cell, the subject and the post in the right one."""
    return f"""<html><head><title>{_TITLE} - 旅游论坛</title></head><body>
<div class="nav"><a href="/">旅游论坛</a> &raquo; <a href="/list.asp?b=3">自驾游</a></div>
<table class="t_row"><tr><td class="t_user"><a href="{href}"><b>{handle}</b></a><br>
<img src="/images/avatar/12.gif" alt=""><br>{stats}</td>
<td class="t_msg"><h1>{_TITLE}</h1><div class="tipad">楼主 发表于 2009-10-02 21:08</div>
<div class="t_msgfont">{_POST}</div></td></tr></table>
<table class="t_row"><tr><td class="t_user"><a href="/u.php?uid=88">过路客</a></td>
<td class="t_msg"><div class="tipad">发表于 2009-10-02 22:10</div>
<div class="t_msgfont">{_REPLY}</div></td></tr></table>
</body></html>"""


def _div_card(handle: str, href: str, stats: str) -> str:
    """phpBB and vBulletin: the subject over the first post, the card a box of its own beside the text."""
    return f"""<html><head><title>{_TITLE} - 车友社区</title></head><body>
<div class="navbar"><a href="/index.php">车友社区</a> › <a href="/forumdisplay.php?f=5">自驾</a></div>
<h2 class="topic-title">{_TITLE}</h2>
<div class="post" id="p1"><div class="postprofile"><a href="{href}" class="username">{handle}</a>
<div class="rank">高级会员</div>{stats}</div>
<div class="postbody"><p class="author">发表于: 2012-07-15 08:40</p><div class="content">{_POST}</div></div></div>
<div class="post" id="p2"><div class="postprofile"><a href="/memberlist.php?mode=viewprofile&amp;u=77">过路客</a></div>
<div class="postbody"><p class="author">发表于: 2012-07-15 09:02</p><div class="content">{_REPLY}</div></div></div>
</body></html>"""


_X_STATS = "<table><th><p><a>41</a></p>主题</th><th><p><a>1329</a></p>帖子</th><td><p><a>4862</a></p>积分</td></table>"
_COLON_STATS = "<div>级别: 中级会员</div><div>发帖: 356</div><div>注册时间: 2008-04-17</div>"
_DV_STATS = "<div>发贴：1204</div><div>积分：3310</div><div>注册：2006-3-2</div>"
_EN_STATS = "<dl><dd>Join Date: Mar 2010</dd><dd>Posts: 1,204</dd></dl>"
_BB_STATS = "<dl><dd><strong>帖子:</strong> 1234</dd><dd><strong>注册:</strong> 2010-03-02</dd></dl>"


@pytest.mark.parametrize(
    ("build", "handle", "href", "stats"),
    [
        (_discuz_x, "粤B车友阿明", "space-uid-663051.html", _X_STATS),  # a licence plate's 粤B
        (_discuz_x, "婺源老张", "home.php?mod=space&uid=51", _X_STATS),
        (_discuz_x, "Mini小熊", "space-uid-120.html", _X_STATS),
        (_card_beside, "蓝天2号机", "/u.php?uid=3321", _COLON_STATS),  # phpwind
        (_card_beside, "京A老司机", "/space.php?uid=889", _COLON_STATS),  # Discuz 7
        (_card_beside, "江南Style", "/dispuser.asp?id=1204", _DV_STATS),  # dvbbs
        (_card_beside, "黄山脚下", "/dispuser.asp?name=huangshan", _DV_STATS),
        (_div_card, "老K说车", "/member.php?u=5521", _EN_STATS),  # vBulletin
        (_div_card, "Z大调", "/memberlist.php?mode=viewprofile&amp;u=52", _BB_STATS),  # phpBB
        (_div_card, "川A胖哥", "/member.php?u=77120", _BB_STATS),
    ],
)
def test_the_first_posts_user_card_names_the_poster(build: object, handle: str, href: str, stats: str) -> None:
    html = build(handle, href, stats)  # type: ignore[operator]
    assert _parse(html, "http://bbs.example-forum.cn/thread-1-1-1.html").author == handle


@pytest.mark.parametrize(
    ("build", "handle", "href", "stats"),
    [
        (_discuz_x, "粤B车友阿明", "/forum-47-1.html", _X_STATS),  # the name links a board, no profile
        (_card_beside, "江南Style", "/dispuser.asp?id=1204", ""),  # no stats: a card like a sidebar's link
        (_div_card, "某某车友网", "/member.php?u=5521", _EN_STATS),  # an outlet-shaped name
    ],
)
def test_a_card_without_its_evidence_names_nobody(build: object, handle: str, href: str, stats: str) -> None:
    html = build(handle, href, stats)  # type: ignore[operator]
    assert _parse(html, "http://bbs.example-forum.cn/thread-1-1-1.html").author is None
