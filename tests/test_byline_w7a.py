"""The publishing account read from the bar's markup, not its words (issue 13, byline-w7a, learnt from blind21).

Hand-written variants: the account linked alone beside the time, its card elsewhere linking a picture to the
same page (or its link a profile address), with badge words no code lists (``美食领域创作者``, ``签约作者``,
``本地生活达人``, invented ones) or none, on several platforms' markup; and the negatives: an outlet beside the
time, the site's own brand, a channel the menu names, an editor after 责编, a bar with no card.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.bylineaccountbar import state_account
from newscorpus.scrapers.registry import Registry

_TITLE = "冬季供暖设施检查全面展开"
_STORY = (
    "<p>入冬以来，城区各社区陆续启动了冬季供暖设施检查，工作人员逐户上门查看暖气管道和阀门的运行情况。</p>"
    "<p>据介绍，今年共排查老旧小区一百二十余个，发现并整改隐患三百多处，确保居民家中按时供暖、温度达标。</p>"
    "<p>社区还为独居老人建立了联系台账，安排志愿者定期走访，及时帮助解决生活中遇到的困难和问题。</p>"
)
_MENU = '<ul class="nav"><li><a href="/channel/hot">热点</a></li><li><a href="/channel/food">美食</a></li></ul>'


def _page(
    bar: str, card: str = "", url: str = "https://www.example-media.cn/article/0Hx7Qa", brand: str = ""
) -> Article:
    html = f"""<html><head><title>{_TITLE}{brand}</title></head><body>{_MENU}
<div class="main"><div class="left"><h2>{_TITLE}</h2>{bar}<div class="content">{_STORY}</div></div>
<div class="right">{card}</div></div></body></html>"""
    return parse_html(html, url, Registry.load())


def _card(href: str, name: str, picture: str = "//img.example-media.cn/u/9981.jpg") -> str:
    return (
        f'<div class="media-card"><a href="{href}"><img src="{picture}"></a><p class="nm">{name}</p><p>简介</p></div>'
    )


# The account linked alone beside the time, its card elsewhere opening the same page, under badges no code lists.
@pytest.mark.parametrize(
    ("bar", "card", "account"),
    [
        # one 点号-like platform: the account's link is a channel-shaped address its card's picture opens too
        (
            '<div class="meta"><a href="/channel/m5521">胡同吃货小李</a><span>2018.03.02</span></div>',
            _card("/channel/m5521", "胡同吃货小李"),
            "胡同吃货小李",
        ),
        (
            '<div class="info"><span>2021-06-01 08:30</span><a href="/home/77812">老张说车</a>'
            "<em>汽车领域创作者</em></div>",
            _card("/home/77812", "老张说车"),
            "老张说车",
        ),
        (
            '<p class="src"><span>2019-11-20 19:05:11</span><span><a href="https://mp.example-media.cn/acct?id=31">'
            "城南旧事录</a></span><span>签约作者</span></p>",
            _card("https://mp.example-media.cn/acct?id=31", "城南旧事录"),
            "城南旧事录",
        ),
        (
            '<div class="bar"><a href="/m/2299">吃喝玩乐在杭州</a> <i>本地生活达人</i> '
            "<time>2023-02-14 12:00</time></div>",
            _card("/m/2299", "吃喝玩乐在杭州"),
            "吃喝玩乐在杭州",
        ),
        # a profile address needs no card; an invented badge after it
        (
            '<div class="meta"><span>2020-09-30 20:17</span><a href="/user/8812">星空漫游者</a>'
            "<span>银河认证号主</span></div>",
            "",
            "星空漫游者",
        ),
        # named like an outlet (社): an account all the same, and no source
        (
            '<div class="meta"><span>2016-05-06 07:45</span><a href="/media/440">古籍研究社</a>'
            "<span>优质作者</span></div>",
            _card("/media/440", "古籍研究社"),
            "古籍研究社",
        ),
        # the card's name in a box beside the picture's box
        (
            '<div class="meta"><a href="/p/88">阿强的厨房</a> · <span>3月4日 2022-03-04 09:00</span></div>',
            '<div class="card"><div class="pic"><a href="/p/88"><img src="/a/88.png"></a></div>'
            '<div class="txt"><b>阿强的厨房</b></div></div>',
            "阿强的厨房",
        ),
    ],
)
def test_account_alone_in_the_bar_is_the_author(bar: str, card: str, account: str) -> None:
    article = _page(bar, card)
    assert (article.author, article.source) == (account, None)


# A follow button in the bar makes it the account's, with no card and no profile-shaped address.
@pytest.mark.parametrize(
    ("bar", "account"),
    [
        (
            '<div class="meta"><a href="/media/5521">周末去哪儿</a><span>2021-07-01 10:00</span><a>+ 关注</a></div>',
            "周末去哪儿",
        ),
        (
            '<div class="by"><span>2019-01-02 08:00</span><a href="https://www.example-media.cn/zz/991">手工达人小美</a>'
            "<button>关注</button></div>",
            "手工达人小美",
        ),
        (
            '<p class="meta"><a href="/a/7">理财小白说</a> <i>财经达人</i> 2022-05-05 <span>订阅</span></p>',
            "理财小白说",
        ),
        # an outlet beside a follow button, or a front page: no account
        ('<div class="meta"><a href="/media/5">新京报</a><span>2021-07-01 10:00</span><a>+ 关注</a></div>', None),
        (
            '<div class="meta"><a href="https://x.cn/">路边小店</a><span>2021-07-01</span><a>关注</a></div>',
            None,
        ),
        ('<div class="meta"><a href="/about/wx">夜读时光</a><span>2021-07-01</span><a>关注我们的微信</a></div>', None),
    ],
)
def test_account_beside_a_follow_button(bar: str, account: str | None) -> None:
    assert _page(bar).author == account


def test_ifeng_account_over_a_badge_no_code_lists() -> None:
    bar = (
        '<div class="info-3Ht6Fk1n"><p class="time-1Mgp9W-1"><span>2021-04-02 10:11:12</span>'
        '<span class="source-3cecBclA"><a href="https://ishare.ifeng.com/mediaShare/home/1730552/media">军事观察室</a>'
        '</span><span class="honor-2hb8SSaA">军事领域创作者</span></p></div>'
    )
    html = f"""<html><head><title>{_TITLE}_凤凰网</title></head><body><div class="artical-25JfwmD5">
<h1 class="topic-3bY8Hw-9">{_TITLE}</h1>{bar}<div class="main_content-r5RGqegj"><div class="text-3w2e3DBc">{_STORY}
</div></div></div></body></html>"""
    article = parse_html(html, "https://www.ifeng.com/c/8abcDEF", Registry.load())
    assert (article.author, article.source) == ("军事观察室", None)


@pytest.mark.parametrize(
    ("bar", "card", "brand"),
    [
        # an outlet beside the time, linked to its own site, no card: a source, no account
        ('<div class="meta"><span>2021-06-01 08:30</span><a href="http://www.bjnews.com.cn/">新京报</a></div>', "", ""),
        # the site's own brand linked to its front page, even with a logo card
        (
            '<div class="meta"><span>2021-06-01 08:30</span><a href="/">示例媒体</a></div>',
            _card("/", "示例媒体", "/logo.png"),
            "_示例媒体",
        ),
        # a channel the menu names too (another address): no account
        (
            '<div class="meta"><span>2021-06-01 08:30</span><a href="/c/food/">美食</a></div>',
            _card("/c/food/", "美食"),
            "",
        ),
        # an editor after 责编, linked to a profile: the editor, not the account
        ('<div class="meta"><span>2021-06-01 08:30</span>责编：<a href="/user/12">王晓明</a></div>', "", ""),
        # an outlet-named page linked to a profile-shaped address with no card: maybe the outlet's page, not read
        ('<div class="meta"><span>2021-06-01 08:30</span><a href="/user/4471">新京报</a></div>', "", ""),
        # no time in the bar: a recommended account's strip, not the post's bar
        ('<div class="meta"><a href="/home/5">路边社长</a><span>关注</span></div>', _card("/home/5", "路边社长"), ""),
    ],
)
def test_not_an_account(bar: str, card: str, brand: str) -> None:
    article = _page(bar, card, brand=brand)
    assert article.author is None or article.author not in {"新京报", "示例媒体", "美食", "王晓明", "路边社长"}


def _state_page(script: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body><div id='__next'><h1>{_TITLE}</h1></div>{script}</body></html>")


# The writer the page's state names in the object holding the headline, on JSON-rendered pages of other shapes.
@pytest.mark.parametrize(
    ("script", "account"),
    [
        (
            '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"data": {"detail": '
            f'{{"name": "{_TITLE}", "authorInfo": {{"sname": "城市夜行者"}}, '
            f'"source": "某某号·精选"}}}}}}}}}}</script>',
            "城市夜行者",
        ),
        (
            f'<script>window.__INITIAL_STATE__ = {{"article": {{"title": "{_TITLE}", '
            f'"authorName": "财经老陈"}}}};</script>',
            "财经老陈",
        ),
        (
            f'<script>var pageData = {{"doc": {{"title": "{_TITLE}", "author": {{"nickname": "山野厨娘"}}}}}}</script>',
            "山野厨娘",
        ),
        (
            f'<script type="application/json">{{"post": {{"title": "{_TITLE}", '
            f'"userInfo": {{"userName": "老街记忆"}}}}}}'
            "</script>",
            "老街记忆",
        ),
        (f'<script>__STATE__={{"items": [{{"headline": "{_TITLE}", "author": "数码小马"}}]}}</script>', "数码小马"),
        (
            f'<script>window.s = {{"x": {{"title": "{_TITLE}", "mediaInfo": {{"mediaName": "育儿百科君"}}}}}}</script>',
            "育儿百科君",
        ),
        # only a source key: an outlet on a news page's state, a platform's tag on a post's, never the account
        (f'<script>window.s = {{"x": {{"title": "{_TITLE}", "source": "新京报"}}}}</script>', None),
        # a writer named in another object than the headline's (a recommended item): not the post's
        (
            f'<script>window.s = {{"x": {{"title": "{_TITLE}"}}, '
            f'"rec": [{{"title": "别的", "author": "路人"}}]}}</script>',
            None,
        ),
    ],
)
def test_state_account(script: str, account: str | None) -> None:
    assert state_account(_state_page(script), _TITLE) == account


def test_a_state_nested_past_the_stack_or_holding_undefined_is_read_as_the_related_reader_reads_it() -> None:
    # One decoder for every page state (pagedata.state_values): a hostile [[[[… names nobody and raises
    # nothing, and Vue's `undefined` values do not hide the writer.
    deep = f'<script>window.s = {{"t": "{_TITLE}", "x": {"[" * 100_000}{"]" * 100_000}}};</script>'
    assert state_account(_state_page(deep), _TITLE) is None
    vue = (
        f'<script>window.__INITIAL_STATE__ = {{"a": {{"title": "{_TITLE}", "cover": undefined, '
        '"authorName": "财经老陈"}};</script>'
    )
    assert state_account(_state_page(vue), _TITLE) == "财经老陈"
