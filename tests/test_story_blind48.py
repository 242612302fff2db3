"""Story-text furniture first missed on blind48 (session 18): a site's declaration in its own words, a paper's
print-edition stamp, and a credited photo caption inside a site rule's body, each tested in other words."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.boilerplate import is_notice
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    "line",
    [
        "郑重声明：财经在线发布此信息目的在于传播更多信息，与本网站立场无关。本站不保证该信息的准确性、完整性。",
        "郑重声明：本网对文中观点保持中立，不对所包含内容的准确性提供任何保证，请读者仅作参考，并自行承担全部责任。",
        "声明：以上信息不对您构成任何投资建议，据此操作，风险自担。",
        "《 经济日报 》（ 2024年03月02日 05 版）",
        "《光明日报》（2019年10月08日 第11版）",
    ],
)
def test_declarations_and_edition_stamps_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "外交部声明：中方对此表示坚决反对，并已向有关方面提出严正交涉。",  # a statement the story quotes
        "专家提醒，投资者应理性看待市场波动，自行承担投资风险。",  # a sentence of the story
        "《红楼梦》（1982年版）的拍摄历时三年。",
    ],
)
def test_statements_and_sentences_stay_story(line: str) -> None:
    assert not is_notice(line)


_PEOPLE = """<html><head><meta charset="utf-8"><title>{title}--社会--人民网</title></head><body>
<div class="rm_txt cf"><div class="col col-1 fl"><h1>{title}</h1>
<p class="author">本报记者　周明</p>
<div class="channel cf"><div class="col-1-1 fl">2024年11月02日06:12 | 来源：<a href="http://paper.people.com.cn/">人民网－人民日报</a></div></div>
<div class="rm_txt_con cf">
<p style="text-indent: 2em;">深秋时节，江汉平原上的晚稻陆续开镰。在湖北省潜江市一处再生稻示范基地，
收割机来回穿梭，稻谷颗粒归仓。</p>
<p style="text-align: center;"><img src="/NMediaFile/2024/1102/MAIN1730512345678.jpg" width="600" alt="" /></p>
<p class="pictext" style="text-align: center;">{caption}</p>
<p style="text-indent: 2em;">“再生稻一种两收，头季收完留下稻桩，再长出一季。”基地负责人说，
今年两季合计亩产超过一千二百斤。</p>
<p style="text-indent: 2em;">当地农业部门介绍，全市再生稻面积已超过五十万亩，带动种植户户均增收四千多元。</p>
<p style="text-indent: 2em;">《 人民日报 》（ 2024年11月02日 10 版）</p>
</div><div class="edit cf">(责编：王丽、李强)</div></div></div></body></html>"""


@pytest.mark.parametrize(
    "caption",
    ["湖北潜江，收割机在再生稻田里作业。李想摄（人民视觉）", "潜江再生稻示范基地一景。本报记者 周明 摄"],
)
def test_a_credited_caption_is_no_story_line_under_a_site_rule(caption: str) -> None:
    html = _PEOPLE.format(title="江汉平原再生稻喜获丰收", caption=caption)
    article = parse_html(html, "http://society.people.com.cn/n1/2024/1102/c1008-40351234.html", Registry.load())
    assert article.parser == "people"
    assert len(article.paragraphs) == 3
    assert caption not in article.paragraphs
    assert not any("版）" in line for line in article.paragraphs)


_WECHAT = """<html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizwap/zh_CN/htmledition/style/page/appmsg/page_mp_article_improve.css">
</head><body><div class="rich_media_inner"><div id="page-content"><div id="img-content">
<h2 class="rich_media_title" id="activity-name">{title}</h2>
<div class="rich_media_meta_list">
<em id="post-date" class="rich_media_meta rich_media_meta_text">2017-04-11</em>
<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="##" id="post-user">滨江生活圈</a>
</div>
<div class="rich_media_content" id="js_content">
<p>点击上方“滨江生活圈”可以订阅哦！</p>
<p>来源：钱江晚报 记者 方晓 通讯员 周宁</p>
<p>清晨六点，滨江区一处老小区的菜场门口已经排起了长队，摊主们忙着把刚到的蔬菜码放整齐。</p>
<p>这家菜场改造后重新开业，新增了智能秤和统一的价格公示屏，居民买菜更放心了。</p>
<p>街道工作人员说，改造期间设置了临时摊位，保证居民买菜不受影响。</p>
</div></div></div></div></body></html>"""


def test_a_wechat_post_s_opening_source_line_beats_the_account_and_its_subscribe_call_goes() -> None:
    html = _WECHAT.format(title="老菜场改造后重新开业 居民买菜更方便")
    article = parse_html(html, "https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv", Registry.load())
    assert article.parser == "wechat"
    assert article.source == "钱江晚报"  # the labelled outlet, not the account that reposted it
    assert article.author == "方晓 周宁"
    assert not any("订阅" in line for line in article.paragraphs)
