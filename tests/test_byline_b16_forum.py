"""A forum thread's poster whose card stands under the thread's own buttons (``发帖`` ``回复`` read as lone stat
words with no name over them), on a page whose headline the title chooser took from the window title's last
part (``… - powered by phpwind.net``): a family learnt from blind16 (tune material for byline-b16), written as
variants of other engines, buttons, stats and window titles. The card still needs its stats and a profile link.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.bylineposter import thread_poster
from newscorpus.scrapers.registry import Registry

_SUBJECT = "阳台封窗用断桥铝还是塑钢？说说我家的选择"
_POST = (
    "去年冬天阳台太冷，今年决定封窗。跑了三家建材市场，最后在断桥铝和塑钢之间纠结了很久。<br>"
    "塑钢便宜一半，但是用久了容易变形发黄；断桥铝贵，隔音和保温都好不少，最后咬牙选了断桥铝，总共花了九千多。"
)
_REPLY = "断桥铝确实好，我家用了五年一点没变形，就是玻璃一定要选中空的。"


def _thread(window_title: str, buttons: str, card: str, *, subject_tag: str = "h1") -> Article:
    """A floor table: the thread's buttons and counters over it, the poster's card in the left cell."""
    html = f"""<html><head><title>{window_title}</title></head><body>
<div class="nav"><a href="/">论坛首页</a> <a href="/search.php">搜索</a></div>
<div class="crumb"><a href="/">家园论坛</a> &gt; <a href="/forum-12-1.html">装修日记</a></div>
<div class="bar">{buttons}</div>
<table class="floor"><tr><td class="left">{card}</td>
<td class="right"><div class="tip"><span>楼主</span><span>发表于: 2017-03-12 20:41</span></div>
<{subject_tag} class="subject">{_SUBJECT}</{subject_tag}><div class="content">{_POST}</div></td></tr></table>
<table class="floor"><tr><td class="left"><div class="name"><a href="/u.php?uid=99">路人甲乙</a></div></td>
<td class="right"><div class="tip"><span>1楼</span><span>发表于: 2017-03-12 21:02</span></div>
<div class="content">{_REPLY}</div></td></tr></table>
<div class="foot">Powered by Forum Engine &copy; 2003-2017</div></body></html>"""
    return parse_html(html, "http://bbs.example-home.cn/read.php?tid=558201", Registry.load())


_CARD = (
    '<div class="readName"><a href="/u.php?uid=20981">{name}</a></div><div>级别: 高级会员</div>'
    "<ul><li>发帖: 1204</li><li>威望: 88 点</li><li>注册时间: 2011-06-02</li></ul>"
)
_BUTTONS = '<a href="/post.php?fid=12">发帖</a> <a href="/post.php?action=reply">回复</a> 阅读：2210　回复：17'


@pytest.mark.parametrize(
    ("window_title", "buttons", "card", "name"),
    [
        (  # phpwind 8: the buttons over the card, the window title ending in the engine's credit
            f"{_SUBJECT} - 装修日记 - 家园论坛 - powered by phpwind.net",
            _BUTTONS,
            _CARD,
            "阳台晒太阳",
        ),
        (  # the buttons alone, the window title by underscores
            f"{_SUBJECT}_装修日记_家园论坛",
            '<div class="btn">发帖</div><div class="btn">回复</div>',
            _CARD,
            "老李爱折腾",
        ),
        (  # a Discuz-style card: 积分/帖子 stats, a space-uid profile; 帖子 alone as a counter title above
            f"{_SUBJECT} - 家园论坛 - Powered by Discuz!",
            '<div class="hm"><span>帖子</span></div><div>查看: 3302 | 回复: 25</div>',
            '<div class="authi"><a href="/space-uid-77120.html">小区三期业主</a></div>'
            "<dl><dt>积分</dt><dd>2860</dd><dt>帖子</dt><dd>412</dd><dt>注册时间</dt><dd>2014-8-1</dd></dl>",
            "小区三期业主",
        ),
        (  # the buttons as images' alternative text read as words, a pipe-set window title
            f"{_SUBJECT} | 装修日记 | 家园论坛",
            '<ul><li><a href="/post.php">发帖</a></li><li><a href="/reply.php">回复</a></li></ul>',
            _CARD,
            "北窗听雨",
        ),
        (  # a dvbbs-era card: 发贴/经验 stats, the profile on dispuser.asp
            f"{_SUBJECT}--家园论坛 - powered by dvbbs",
            _BUTTONS,
            '<div><a href="/dispuser.asp?id=3310">木工老周</a></div><div>头衔：论坛元老</div>'
            "<div>发贴：3821</div><div>经验：9920</div>",
            "木工老周",
        ),
    ],
)
def test_poster_card_under_the_threads_buttons(window_title: str, buttons: str, card: str, name: str) -> None:
    article = _thread(window_title, buttons, card.format(name=name) if "{name}" in card else card)
    assert article.author == name


def _lines(html: str) -> tuple[LexborHTMLParser, list[str]]:
    tree = LexborHTMLParser(html)
    body = tree.body
    text = body.text(separator="\n") if body is not None else ""
    return tree, [line.strip() for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "window_title",
    [
        f"{_SUBJECT} - 装修日记 - 家园论坛 - powered by phpwind.net",
        f"{_SUBJECT}_装修日记_家园论坛_Powered by Discuz!",
        f"{_SUBJECT} | 家园论坛",
    ],
)
def test_poster_found_under_the_subject_the_window_title_opens_with(window_title: str) -> None:
    """The headline handed over is another part of the window title: the card is still read under the subject."""
    tree, lines = _lines(
        f"<html><head><title>{window_title}</title></head><body>{_BUTTONS}"
        f"<table><tr><td>{_CARD.format(name='阳台晒太阳')}</td><td><span>楼主</span>"
        f"<div>{_SUBJECT}</div><div>{_POST}</div></td></tr></table></body></html>"
    )
    assert thread_poster(tree, lines, "powered by phpwind.net") == "阳台晒太阳"


def test_buttons_without_a_card_name_nobody() -> None:
    """Lone 发帖/回复 buttons and a card's stats without a profile link: no poster."""
    card = "<div>阳台晒太阳</div><div>级别: 高级会员</div><ul><li>发帖: 1204</li><li>威望: 88 点</li></ul>"
    article = _thread(f"{_SUBJECT} - 装修日记 - 家园论坛", _BUTTONS, card)
    assert article.author is None


def test_window_title_of_another_page_gives_no_subject() -> None:
    """A window title whose first part is not among the lines (a site's name) finds no subject to read under."""
    tree, lines = _lines(
        f"<html><head><title>家园论坛 - 首页</title></head><body><table><tr><td>{_CARD.format(name='阳台晒太阳')}"
        f"</td><td><div>{_SUBJECT}</div></td></tr></table></body></html>"
    )
    assert thread_poster(tree, lines, "powered by phpwind.net") is None
