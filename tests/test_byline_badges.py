"""A platform's badge or a forum's level printed where a name would be is nobody's name, and a nickname shaped
like a handle (Han with Latin letters) is the name when it is the user card's: beside the avatar, linked to the
profile. blind28's 2023 大风号 post credited its badge (``大风号 优质财经领域创作者``) and a travel site's diary the
level link beside its writer (``LV.9``), over ``走走停停的阿May``; blind21 showed the badge class too."""

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinechrome import is_badge
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    "token", ["优质科技领域创作者", "历史领域优质创作者", "签约作者", "認證作者", "LV.12", "Lv3", "美食领域达人"]
)
def test_badges_and_levels(token: str) -> None:
    assert is_badge(token)


@pytest.mark.parametrize("token", ["创作小王", "林作者", "老李说车", "V神", "张三"])
def test_names_are_no_badges(token: str) -> None:
    assert not is_badge(token)


def test_a_badge_after_the_platform_tag_names_no_account() -> None:
    assert parse_line("2022-06-01 08:00 大风号 优质汽车领域创作者").author is None


_DIARY = """<html><head><meta charset="utf-8"><title>{title}_游记</title></head><body>
<div class="crumb"><a href="/mdd/">目的地</a> &gt; <a href="/youji/list/2201.html">游记</a></div>
<h1>{title}</h1>
<div class="person">
<a href="/u/7730021.html" class="pic"><img src="/avatar/7730021.jpg" alt="{name}"></a>
<a href="/u/7730021.html" class="nm" title="{name}">{name}</a>
<a href="/u/7730021.html" class="grade" title="LV.7">LV.7</a>
<span class="time">2017-04-02 20:10</span></div>
<div class="vc_article"><p>{para}</p><p>{para}</p><p>{para}</p></div></body></html>"""
_PARA = "清晨五点出发，沿着海岸线一路向北，雾气还没散，渔船一条接一条地回港，码头上已经挤满了等着收鱼的人。"


@pytest.mark.parametrize("name", ["慢慢走的Kiki", "山海之间Tom"])
def test_the_cards_nickname_is_the_writer_not_its_level(name: str) -> None:
    html = _DIARY.format(title="海边小城的三个清晨", name=name, para=_PARA)
    assert parse_html(html, "http://www.example-trips.cn/youji/3320981.html", Registry.load()).author == name
