"""Content-farm furniture inside the story's container (blind47): a keyword-stuffing line, the 小编 SEO closer and a
teaser copy of the first paragraph cut with an ellipsis are no story text; a name list, a poem's line, a 导读 that
says something of its own and a sentence beginning 以上就是 stay."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.boilerplate import drop_teaser_copies, is_notice
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    "line",
    [
        "茶叶价格 明前茶多少钱一斤 2021明前茶价格行情 明前茶品种 龙井明前茶 碧螺春明前茶",
        "装修公司 装修报价 二手房装修 装修风格 小户型装修 装修效果图",
        "以上就是养生网小编为大家整理的春季吃什么养肝的全部内容，希望对大家有所帮助。",
        "好了，以上便是小编今天给大家分享的全部内容了，更多精彩请关注本站。",
    ],
)
def test_farm_furniture_lines_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "一等奖 张晓明 李思雨 王浩然 陈静怡 刘子轩",  # names: no shared keyword
        "床前明月光 疑是地上霜 举头望明月 低头思故乡",
        "以上就是本次调查的主要发现，报告全文将于下月发布。",
        "王师傅告诉小编，他从16岁开始跟着父亲学木工，至今已经46年。",
    ],
)
def test_story_lines_like_them_are_not(line: str) -> None:
    assert not is_notice(line)


def test_a_teaser_copy_of_the_first_paragraph_goes() -> None:
    first = "今年入冬以来，北方多地提前供暖，不少小区的暖气温度却迟迟上不去。记者走访了几个老旧小区。"
    teaser = "导读：今年入冬以来，北方多地提前供暖，不少小区的暖气温度却迟迟上不去……"
    own = "导读：暖气不热，该找谁？"  # a lead of its own words: story text
    assert drop_teaser_copies([teaser, first, "第二段。"]) == [first, "第二段。"]
    assert drop_teaser_copies([own, first]) == [own, first]
    assert drop_teaser_copies(["今年入冬以来……", first]) == ["今年入冬以来……", first]  # too short to tell


_FARM = """<html><head><meta charset="utf-8"><title>{title}_农家致富网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/yangzhi/">养殖技术</a></div>
<div class="article"><h1>{title}</h1><div class="info">来源：网络整理 作者：佚名 时间：2021-04-02 10:15</div>
<div class="content">
<p class="intro">导读：清明前后，各地明前茶陆续开采上市，价格较去年同期小幅上涨……</p>
<p class="tags">茶叶价格 明前茶多少钱一斤 2021明前茶价格行情 明前茶品种 龙井明前茶 碧螺春明前茶</p>
<p>清明前后，各地明前茶陆续开采上市，价格较去年同期小幅上涨。记者走访浙江、福建等产区了解到，今年的头采茶收购价每斤普遍上涨了五十元左右。</p>
<p>茶农老郑说，今年开春气温偏低，茶芽萌发比往年晚了一个星期左右，头几天的鲜叶产量也少，收购商抢着要货。</p>
<p>业内人士预计，随着气温回升，鲜叶产量将逐步增加，四月中旬以后价格有望回落。</p>
<p>以上就是农家致富网小编为大家整理的2021明前茶价格多少钱一斤的相关内容，更多种植技术请关注农家致富网。</p>
</div></div></body></html>"""


def test_a_farm_page_keeps_only_its_story() -> None:
    html = _FARM.format(title="2021明前茶价格多少钱一斤")
    article = parse_html(html, "https://www.nongjia.example.cn/zhongzhi/2021/0402/881.html", Registry.load())
    assert [line[:6] for line in article.paragraphs] == ["清明前后，各", "茶农老郑说，", "业内人士预计"]
