"""A 澎湃号 post whose about block opens with the account's avatar, its about line (the account's name) the first
paragraph after it (blind16, tune material for byline-b16): the account is the author, a labelled
``来源：澎湃新闻·澎湃号·政务`` stays the source. The time line is never taken for the about line, and an account card
of its own beside a labelled 来源 keeps README's convention (no author).
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "<p>11月18日上午，区消防救援大队联合街道在辖区一所中学开展了消防安全进校园活动，全校一千二百余名师生参加。</p>"
    "<p>活动现场，消防员为同学们讲解了火场逃生的基本要领，并演示了灭火器和防烟面罩的使用方法，引来阵阵掌声。</p>"
    "<p>随后，学校组织了一次全员参与的应急疏散演练，从警报响起到全部撤离至操场，用时不到四分钟，秩序井然。</p>"
)


def _post(about: str) -> Article:
    html = f"""<html><head><title>消防安全进校园，千余名师生参加疏散演练_澎湃号·政务_澎湃新闻-The Paper</title></head>
<body><div class="newscontent"><h1 class="news_title">消防安全进校园，千余名师生参加疏散演练</h1>
<div class="news_about">{about}</div><div class="news_txt" data-size="standard">{_TEXT}</div></div></body></html>"""
    return parse_html(html, "https://www.thepaper.cn/newsDetail_forward_10098765", Registry.load())


_AVATAR = '<div class="news_about_left"><a href="https://www.thepaper.cn/gov_51234"><img src="/g.jpg"></a></div>'


@pytest.mark.parametrize(
    ("about", "author", "source"),
    [
        (  # the 政务 icon after the name, the labelled 来源 on the time line
            f'{_AVATAR}<p><a href="https://www.thepaper.cn/gov_51234">平安西湖</a> <img src="/icon_zw.png"></p>'
            "<p>2020-11-19 10:12 来源：澎湃新闻·澎湃号·政务</p>",
            "平安西湖",
            "澎湃新闻·澎湃号·政务",
        ),
        (  # a 湃客 account, its tag as text, no 来源
            '<div class="avatar"><img src="/u.jpg"></div><p><a href="https://www.thepaper.cn/user_40321">山野手记</a></p>'
            "<p>2019-06-02 08:30 澎湃号·湃客</p>",
            "山野手记",
            None,
        ),
        (  # a media account, the avatar a bare image
            '<img class="govimg" src="/m.jpg"><p><a href="https://www.thepaper.cn/media_7788">南方周末</a></p>'
            "<p>2020-08-14 17:05 来源：澎湃新闻·澎湃号·媒体</p>",
            "南方周末",
            "澎湃新闻·澎湃号·媒体",
        ),
    ],
)
def test_about_line_after_the_avatar_is_the_account(about: str, author: str, source: str | None) -> None:
    article = _post(about)
    assert (article.author, article.source) == (author, source)


def test_time_line_alone_is_no_about_line() -> None:
    """An avatar and only the time line: nothing in it names an account, so no author is read from it."""
    article = _post(f"{_AVATAR}<p>2020-11-19 10:12 来源：澎湃新闻·澎湃号·政务</p>")
    assert article.author is None
    assert article.source == "澎湃新闻·澎湃号·政务"


def test_account_card_beside_a_labelled_source_keeps_no_author() -> None:
    """README: a card of its own outside the about block (golden thepaper/2: beside the follow button) gives no
    author; inside the block (name over its description, blind18-20's labels; w6a) it names the account."""
    card = (
        '<div class="gov_card"><a href="https://www.thepaper.cn/gov_98235"><img src="/g.jpg"></a>'
        '<p><a href="https://www.thepaper.cn/gov_98235">健康西湖</a></p><p class="gov_desc">卫健局澎湃号</p></div>'
    )
    inside = _post(f"{card}<p><span>2021-11-23 16:40</span> 来源：澎湃新闻·澎湃号·政务</p>")
    assert (inside.author, inside.source) == ("健康西湖", "澎湃新闻·澎湃号·政务")
    outside = _post(
        '<p></p><p>2021-11-23 16:40<span>来源：澎湃新闻·澎湃号·政务</span></p></div><div class="news_paike_author">'
        '<a href="gov_98235"><div class="thum"><img src="/g.jpg"></div><div class="name">健康西湖</div></a>'
        '<div class="link">关注</div>'
    )
    assert (outside.author, outside.source) == (None, "澎湃新闻·澎湃号·政务")
