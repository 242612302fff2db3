"""A self-media post's account shown only in its card (a family learnt from blind14, tune material for
byline-b14), as hand-written variants: a platform's card pairs a picture and the account's name, both linked
to the account's profile, and need not call the picture an avatar (no ``avatar``/``head`` in its class, address
or alt text). Read only on a post a platform's notice marks, as before; a picture linking elsewhere is no card.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = (
    "<p>很多家长发现，孩子一到周末就赖床，周一早上怎么叫都起不来，其实这和作息被打乱有很大关系。</p>"
    "<p>专家建议，周末起床时间和平时相差不要超过一个小时，午睡也不要太长，晚上九点半前上床最好。</p>"
    "<p>如果孩子已经养成了晚睡的习惯，可以每天提前十五分钟，用一两周时间慢慢调整过来。</p>"
)
_NOTICES = {
    "sohu": "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
    "kandian": "本文为自媒体、作者等新浪看点账号在新浪看点上传并发布，仅代表作者观点，不代表新浪官方立场。",
    "settled": "本文由入驻企鹅号平台的作者撰写，除官方账号外，观点仅代表作者本人，不代表平台立场。",
    "none": "你家孩子周末赖床吗？欢迎在评论区分享你的经验。",
}


def _post(name: str, href: str, picture: str, notice: str, *, card_first: bool = True) -> Article:
    card = (
        f'<div class="user-box"><div class="pic"><a href="{href}"><img src="{picture}" alt=""></a></div>'
        f'<h4><a href="{href}">{name}</a></h4><ul><li>1,286 文章</li><li>40万 总阅读</li></ul>'
        '<a href="javascript:void(0)" class="btn">+ 关注</a></div>'
    )
    story = '<div class="text"><h1>孩子周末赖床怎么办？三招帮他调回来</h1><span class="time">2019-03-02 20:14</span>'
    story += f'<article class="article">{_STORY}</article><p class="statement">{_NOTICES[notice]}</p></div>'
    body = card + story if card_first else story + card
    html = f"""<html><head><title>孩子周末赖床怎么办？三招帮他调回来</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/baby/">母婴</a></div><div class="main">{body}</div></body></html>"""
    return parse_html(html, "http://www.example-media.com/a/254321987_100123456", Registry.load())


@pytest.mark.parametrize(
    ("name", "href", "picture", "notice"),
    [
        ("育儿妈妈说", "https://mp.example.com/profile?xpt=eXVlcm1hbWE=", "//p1.img.cn/mpbp/pro/a1b2c3.jpeg", "sohu"),
        ("厨房小当家", "https://mp.example.com/profile?xpt=Y2h1ZmFuZw==", "/upload/2018/0312/9f8e7d.png", "sohu"),
        ("科技老顽童", "/u/5521034", "//img.example.com/s/88_120.jpg", "kandian"),
        ("读史的老李", "https://author.example.com/home?app_id=1602334", "/pic/b7.jpeg", "kandian"),
        ("宝妈日记本", "/c/user/token/MS4wLjABAAAA", "/img/t1.webp", "settled"),
        ("小城故事多", "/media_5521/", "/static/m/5521.jpg", "settled"),
        ("老周聊育儿", "/profile/laozhou", "https://cdn.example.com/i/7cfa.jpg", "sohu"),
        ("旅行的阿布", "/people/abu-travel", "/i/abu.png", "kandian"),
        ("跑步的阿飞", "/user/88123", "/i/88123.gif", "settled"),
        ("王老师说数学", "https://mp.example.com/profile?xpt=d2FuZw==", "//p2.img.cn/q/1.jpeg", "sohu"),
    ],
)
def test_a_picture_and_a_name_linked_to_one_profile_are_the_accounts_card(
    name: str, href: str, picture: str, notice: str
) -> None:
    assert _post(name, href, picture, notice).author == name
    assert _post(name, href, picture, notice, card_first=False).author == name


def test_without_a_platforms_notice_a_followed_card_names_its_account() -> None:
    # Until session 18 a lone card on a page no platform marks named nobody (as often a commenter's or a
    # recommended writer's, it was thought); one with a follow button is the platform's card of the post's
    # account: run rule-less, qq's and toutiao's pages gained their accounts so, and no tune page lost a field.
    # Several such cards (a list of accounts to follow) name none (tests/test_byline_platform_channel.py).
    assert _post("育儿妈妈说", "/u/5521034", "/p/1.jpeg", "none").author == "育儿妈妈说"


def test_a_picture_linking_to_a_channel_is_no_card() -> None:
    html = f"""<html><head><title>孩子周末赖床怎么办？三招帮他调回来</title></head><body>
<div class="ad"><a href="/baby/"><img src="/ad/banner.jpeg"></a><a href="/baby/">母婴频道</a></div>
<div class="text"><h1>孩子周末赖床怎么办？三招帮他调回来</h1><span>2019-03-02 20:14</span>
<article>{_STORY}</article><p>{_NOTICES["sohu"]}</p></div></body></html>"""
    assert parse_html(html, "http://www.example-media.com/a/2", Registry.load()).author is None
