"""Byline classes first missed on blind43 (session 15), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

_REGIONAL = """<html><head><meta charset="utf-8"><title>滨江大桥主桥合龙 年底通车_{site}</title></head><body>
<div class="logo"><a href="http://www.jianghai.example/"><img src="/images/logo.gif" alt="{logo}" /></a></div>
<div class="wz">您的位置：{site} &gt; 本地新闻 &gt; 正文</div>
<h1>滨江大桥主桥合龙 年底通车</h1>
<div class="ly"><font color="#999999">2019年10月12日 07:20　{outlet}　</font><font color="#999">记者 郑海峰</font></div>
<div class="zw">
<p>　　10月11日上午，滨江大桥主桥最后一段钢箱梁吊装到位，大桥主桥顺利合龙，比计划提前20天。</p>
<p>　　据建设单位介绍，大桥全长3.2公里，双向六车道，建成后将把两岸通行时间由40分钟缩短至8分钟。</p>
<p>　　目前，施工方正同步开展桥面铺装和附属工程施工，大桥预计年底建成通车。</p>
</div>
<div class="foot">关于我们 | 联系我们<br />{footer} 版权所有 未经许可不得转载</div>
</body></html>"""


@pytest.mark.parametrize(
    ("site", "footer", "source"),
    [
        # blind43's regional portal: the site is 江海在线 (<title>, its logo's link); the paper beside the time is
        # the source, though the company running the site is named after the paper in the footer.
        ("江海在线", "江海日报网络传媒发展有限公司", "江海日报"),
        ("江海在线", "江海日报", "江海日报"),
        # No other name shown for the site: the footer claims the name beside the time, which published the
        # story (session 27: the site's own name shown there is the source).
        ("本地新闻", "江海日报", "江海日报"),
    ],
)
def test_a_footer_naming_the_paper_is_its_owner_when_the_site_shows_its_own_name(
    site: str, footer: str, source: str | None
) -> None:
    logo = site if site != "本地新闻" else ""
    html = _REGIONAL.format(site=site, logo=logo, outlet="江海日报", footer=footer)
    page = parse_html(html, None, Registry.load())
    assert (page.author, page.source) == ("郑海峰", source)


def test_the_bar_s_next_outlet_stands_when_the_first_is_the_site_s_own_name() -> None:
    # blind43's 2010 regional page: "SITE　TIME　PAPER　记者 X 通讯员 Y" under the headline, the site's name first.
    html = _REGIONAL.format(site="江海在线", logo="江海在线", outlet="江海日报", footer="江海在线").replace(
        "2019年10月12日 07:20　江海日报　", "江海在线　2019-10-12 07:20:15　江海日报　"
    )
    page = parse_html(html, None, Registry.load())
    assert (page.author, page.source) == ("郑海峰", "江海日报")
    alone = parse_html(html.replace("江海日报　", ""), None, Registry.load())
    assert (alone.author, alone.source) == ("郑海峰", "江海在线")  # the site's name alone published it


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：刑庭　胡晓峰", "胡晓峰"),  # blind43's court page: the division, then its judge
        ("作者：民二庭 周婉清 来源：审判管理办公室", "周婉清"),
        ("作者：立案庭", None),  # a division alone: a unit, no writer since session 25
        ("作者：张庭", "张庭"),  # a given name may end in 庭
    ],
)
def test_a_court_division_before_the_writer_is_the_unit_not_a_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("楼主 老猫开凯美瑞 发表于 2011-10-9 22:47:16", "老猫开凯美瑞"),  # blind43's row: a thread's first floor
        ("樓主 山城阿德 發表於 2013-5-2 08:10", "山城阿德"),
        ("楼主 发表于 2011-10-9 22:47:16", None),  # the role word alone names nobody
        ("沙发 小王子 发表于 2011-10-9 22:50", None),  # a reply's floor is no writer of the thread
    ],
)
def test_the_thread_starter_named_before_the_posting_time_writes_the_thread(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted in 生活 by 阿离 on 2016年8月3日", "阿离"),  # blind43's row: a theme's category, then the poster
        ("Posted in 读书笔记 by 青柠不酸 at 9:15 PM", "青柠不酸"),
        ("本文由 一只小书虫 原创发布于 读书吧，转载请注明出处。", "一只小书虫"),  # blind43's row: a copyright line
        ("本文由 南山有鹿 发布于 随手记，转载请注明出处。", "南山有鹿"),
        ("本文由百家号作者上传并发布，百家号仅提供信息发布平台。", None),  # a platform's notice names a role
        ("本文由新华社发布，转载请注明出处。", None),  # an outlet's release: no writer
    ],
)
def test_a_blog_s_posting_line_names_its_poster(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
