"""Related lists first missed on blind44 (session 15), in templates of our own words."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_DIV_STORY = """<html><head><meta charset="utf-8"><title>某旅开展冬季野营拉练_陆军</title></head><body>
<div class="container"><div class="position"><a href="/">首页</a> &gt; <a href="/lj/">陆军</a></div>
<h1>某旅开展冬季野营拉练</h1>
<div class="info"><span>来源：前卫报</span><span>作者：赵明远</span><span>2021-01-12 08:10</span></div>
<div id="article-content" class="article-content">
<div>隆冬时节，北疆某地气温降至零下30摄氏度，第某集团军某旅千余名官兵踏雪出征，开始为期十天的冬季野营拉练。</div>
<div>拉练途中，导演部随机设置遭敌袭扰、道路被毁等多个情况，检验部队在严寒条件下的快速反应和综合保障能力。</div>
<div>该旅领导介绍，此次拉练突出实战背景，全程不设固定宿营地，官兵每天徒步行军四十公里以上，夜间露营雪地。</div>
<div>拉练结束后，该旅将组织专项复盘，把发现的问题逐项纳入下一阶段训练计划，推动训练质量持续提升。</div>
{box}
</div></div>
<div id="footer"><div class="container"><p>前卫网 版权所有 不得转载</p><p>地址：北方某市</p></div></div>
</body></html>"""
_URL = "http://www.qianwei.example/lj/2021-01/12/content_1012345.htm"


def test_a_named_box_inside_a_story_of_div_paragraphs_is_its_related_list() -> None:
    # blind44's 81.cn page: the story is <div> paragraphs (no <p>), the footer's two <p> lines are the only
    # paragraphs, and <div class="xgyd"> closes the story with links relative to the page ("../../").
    box = (
        '<div class="xgyd"><ul><li><a href="../../2020-12/30/content_1011876.htm">雪原上的夜间实弹射击</a></li>'
        '<li><a href="../../2020-12/18/content_1011204.htm">某旅组织冬季驻训阶段考核</a></li>'
        '<li><a href="http://www.qianwei.example/lj/2020-12/02/content_1010577.htm">直击边防连跨昼夜巡逻</a></li></ul></div>'
    )
    page = parse_html(_DIV_STORY.format(box=box), _URL, Registry.load())
    assert [item.url for item in page.related] == [
        "http://www.qianwei.example/lj/2020-12/30/content_1011876.htm",
        "http://www.qianwei.example/lj/2020-12/18/content_1011204.htm",
        "http://www.qianwei.example/lj/2020-12/02/content_1010577.htm",
    ]
    assert len(page.paragraphs) == 4


@pytest.mark.parametrize("heading", ["参考资料", "參考文獻"])
def test_a_references_list_after_the_story_is_no_related_list(heading: str) -> None:
    box = (
        f'<div class="lemma-reference"><h3>{heading}</h3><ul>'
        '<li><a href="/reference/1012345/aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1">冬季野营拉练全面展开 某旅踏雪出征</a></li>'
        '<li><a href="/reference/1012345/cD4eF6gH8iJ0kL2mN4oP6qR8">严寒条件下部队综合保障能力的检验方法</a></li>'
        '<li><a href="/reference/1012345/eF5gH7iJ9kL1mN3oP5">边防部队冬季训练的组织与实施研究</a></li></ul></div>'
    )
    page = parse_html(_DIV_STORY.format(box=box), _URL, Registry.load())
    assert page.related == []


def test_stories_filed_under_an_app_channel_are_no_app_promotion() -> None:
    # blind44's 扬子晚报 page: every story of the site lives under /app/<city>/<date>/<id>.html, the related tab's
    # items too; an app's download page under /app/ is still a promotion.
    box = (
        '<div class="tab-box"><ul class="tab-hd"><li class="on">相关阅读</li><li>热点推荐</li></ul>'
        '<div class="tab-bd"><ul>'
        '<li><a href="/app/nanjing/2020-12/28/1010245.html">南京地铁新线年底前完成全部车站装修</a></li>'
        '<li><a href="//www.qianwei.example/app/nanjing/2020-11/21/1009210.html">宁句城际开通 到句容半小时</a></li>'
        '<li><a href="/app/download.html">下载前卫新闻客户端 看更多精彩新闻内容</a></li>'
        '</ul></div><div class="tab-bd" style="display:none"></div></div>'
    )
    page = parse_html(_DIV_STORY.format(box=box), _URL, Registry.load())
    assert [item.url for item in page.related] == [
        "http://www.qianwei.example/app/nanjing/2020-12/28/1010245.html",
        "http://www.qianwei.example/app/nanjing/2020-11/21/1009210.html",
    ]
