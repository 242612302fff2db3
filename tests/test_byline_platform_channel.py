"""A self-media post whose 来源 names the platform's channel (澎湃新闻·澎湃号·政务) and whose account card sits
under it (name, "X官方澎湃号", +订阅): read by the generic path, as on a template no rule knows, the channel
stays the source and the card's name is the author; the card's "official account of X" line names no account.
Run rule-less, a dozen tune 澎湃号 pages had the channel for author."""

from __future__ import annotations

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "今年入夏以来，区里对辖区内的老旧小区开展了一轮消防安全排查，重点检查楼道堆物和电动车充电。",
        "排查中发现的问题，街道当场督促整改，对一时无法整改的，明确了责任人和整改时限，逐一销号。",
        "区应急管理局提醒居民，电动自行车不要在楼道和家中充电，发现火情要第一时间拨打119报警。",
    )
)


def test_the_channel_is_the_source_and_the_card_s_name_the_author() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>老旧小区消防排查见成效_澎湃号·政务_澎湃新闻</title></head><body>'
        "<h1>老旧小区消防排查见成效</h1><div><span>2023-07-14 18:02</span>"
        "<span>来源：澎湃新闻·澎湃号·政务</span></div>"
        '<div class="card"><a href="/gov_90001"><img src="/pph/90001.png" alt=""></a><div>'
        '<a href="/gov_90001" class="name">滨江应急</a><p>杭州市滨江区应急管理局官方澎湃号</p></div>'
        "<button>+订阅</button></div>"
        f'<div class="content">{_STORY}</div>'
        "<p>特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
        "澎湃新闻仅提供信息发布平台。</p></body></html>"
    )
    article = parse_html(html, "https://www.example-paper.cn/newsDetail_forward_23812345", Registry(rules=()))
    assert (article.author, article.source) == ("滨江应急", "澎湃新闻·澎湃号·政务")


def _omn(cards: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>杭州地铁新线开通 沿线居民：终于等到了_腾讯新闻</title></head><body>'
        '<div class="LEFT"><h1>杭州地铁新线开通 沿线居民：终于等到了</h1>'
        f'<div class="content-article">{_STORY}</div></div><div class="RIGHT">{cards}</div></body></html>'
    )


def _card(name: str, number: int) -> str:
    profile = f"//news.example-portal.cn/omn/author/{number}"
    return (
        f'<div class="author-box"><a href="{profile}" class="author-head"><img src="//img.example-portal.cn/a.jpg"'
        f' class="avatar"></a><div class="author-info"><a href="{profile}" class="author">{name}</a>'
        '<p class="time">2019-06-24 10:12</p></div><div class="subscribe">+ 关注</div></div>'
    )


def test_a_followed_account_card_names_the_post_s_account() -> None:
    url = "https://news.example-portal.cn/omn/20190624/20190624A0ABCD00.html"
    outlet = parse_html(_omn(_card("钱江晚报", 5016743)), url, Registry(rules=()))
    assert (outlet.author, outlet.source) == (None, "钱江晚报")  # an outlet's account stays the source
    person = parse_html(_omn(_card("城市吃货笔记", 5016744)), url, Registry(rules=()))
    assert person.author == "城市吃货笔记"
    many = parse_html(_omn(_card("城市吃货笔记", 5016744) + _card("科技犬", 5016745)), url, Registry(rules=()))
    assert many.author is None  # a list of accounts names no one of them


def test_a_card_linking_its_profile_from_a_plain_picture_counts_too() -> None:
    # 头条号's user card: the picture's box and the name's box apart, no avatar word on the image.
    card = (
        '<div class="user-card"><div class="user-card-avatar"><a href="/c/user/53749102867/"><img src="/t/1.jpg">'
        '</a></div><div class="user-card-name"><a href="/c/user/53749102867/">老梁说社保</a></div>'
        '<div class="user-card-desc">社保政策解读，让你少走弯路</div><div class="user-card-follow">'
        '<a href="javascript:;">关注</a></div></div>'
    )
    article = parse_html(_omn(card), "https://www.example-feed.cn/a6712456789012345678/", Registry(rules=()))
    assert article.author == "老梁说社保"


def test_a_channel_s_front_page_linked_beside_the_time_is_no_account() -> None:
    # sina's 2015 bar: the time, then the channel's name linking its front page (its logo links there too).
    html = (
        '<html><head><meta charset="utf-8"><title>沪指早盘突破3300点_新浪财经_新浪网</title></head><body>'
        '<div class="header"><a href="http://finance.example-portal.cn/"><img src="/logo.png" alt="新浪财经"></a></div>'
        '<h1 id="artibodyTitle">沪指早盘突破3300点</h1><div class="page-info"><span class="time-source">2015年03月12日'
        ' 11:42 <span><a href="http://finance.example-portal.cn/" target="_blank">新浪财经</a></span></span></div>'
        f'<div id="artibody">{_STORY}</div></body></html>'
    )
    article = parse_html(html, "http://finance.example-portal.cn/stock/20150312/114221702980.shtml", Registry(rules=()))
    assert article.author is None


def test_a_writer_s_card_with_a_portrait_named_for_him_names_the_author() -> None:
    # 观察者网's column card over the headline: the portrait's alt and the link under it name the writer.
    card = (
        '<div class="author-intro"><a href="https://www.example-column.cn/ZhangXiaoMing"><img src="/p/zxm.jpg"'
        ' alt="张晓明"></a><p><a href="https://www.example-column.cn/ZhangXiaoMing">张晓明</a></p>'
        "<p>某大学国家发展研究院研究员</p></div>"
    )
    button = (
        '<div class="join"><a href="/join.html"><img src="/b/join.png" alt="入会申请"></a>'
        '<a href="/join.html">入会申请</a></div>'
    )
    article = parse_html(_omn(card + button), "https://www.example-column.cn/a/2022_09_08_1.shtml", Registry(rules=()))
    assert article.author == "张晓明"  # and a button named by its picture's alt is no writer
