"""A name ending in a bare 社 is a club, a society, a co-op or an account (数码情报社, 乡村旅行社), not an
outlet: a news agency's is three characters (新华社, 美联社) or ends in a publisher's word (报社, 杂志社,
通讯社, 新闻社, 出版社). Missed on blind38 and blind40, whose 网易号 accounts were kept as outlets."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    "name",
    ["新华社", "美联社", "中央社", "北京青年报社", "读者杂志社", "中国新闻社", "新华通讯社", "人民出版社", "星島報社"],
)
def test_agencies_and_publishers_ending_in_she_are_outlets(name: str) -> None:
    assert is_outlet(name)


@pytest.mark.parametrize("name", ["数码情报社", "乡村旅行社", "城南诗社", "老街读书社", "茶友研究社"])
def test_clubs_and_accounts_ending_in_she_are_not(name: str) -> None:
    assert not is_outlet(name)


_POST = """<html><head><title>{title}_网易订阅</title></head><body>
<div class="post_main"><h1 class="post_title">{title}</h1>
<div class="post_info">2023-04-11 09:12:45　来源: <a href="https://www.163.com/dy/media/T1612345678901.html">{account}</a>
<a class="post_jubao" href="#">举报</a></div>
<div class="post_body">
<p>周末去了一趟城郊的老茶园，正赶上今年头一批明前茶开采，采茶的阿姨说今年雨水足，芽头比往年更壮。</p>
<p>茶园主人带我们看了炒茶的全过程，杀青、揉捻、烘干，每一步都靠手上的功夫，一锅茶要炒上四十多分钟。</p>
<p>临走时买了半斤新茶，回家用玻璃杯冲泡，汤色清亮，入口有股淡淡的豆香，回甘也快。</p>
<p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
</div></div></body></html>"""


@pytest.mark.parametrize(
    ("account", "author", "source"), [("茶友研究社", "茶友研究社", None), ("新华社", None, "新华社")]
)
def test_a_163_account_named_like_a_club_is_the_author(account: str, author: str | None, source: str | None) -> None:
    html = _POST.format(title="城郊老茶园的明前茶开采了", account=account)
    article = parse_html(html, "https://www.163.com/dy/article/I1A2B3C40512ABCD.html", Registry.load())
    assert (article.author, article.source) == (author, source)
