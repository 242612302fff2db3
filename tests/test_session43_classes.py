"""Classes session 43 found in blind98n's strings and pages (flipped to tune at the session's start): a spaced
reporter lead before the story's day; an account's card beside its creator badge; postfix credits closing with the
editor and opening with a sending unit; 作者 glued to a menu's section word; a reporter with the photographer's role
after a slash; a bracketed name before its place and report verb, alone or closing a bar; an undated news tag standing
alone; a writer's role set off by a middle dot; a platform's channel and a step before the account; WordPress's entry
footer. Written as other outlets, names, places and wordings than the batch's, with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("潇湘晨报记者 龙欣怡 实习生 贺嘉 3月14日，长沙地铁新线开始试运行。", "龙欣怡 贺嘉"),
        ("本报记者 柴文博 见习记者 郑雪 2024年6月2日，首届非遗市集在古城开幕。", "柴文博 郑雪"),
        ("南国早报讯 记者 覃立 通讯员 黎冬 5月9日，市区新增两条公交线路。", "覃立 黎冬"),
        # controls: one name before the day, and the names before the story's words as before
        ("潇湘晨报记者 龙欣怡 3月14日，长沙地铁新线开始试运行。", "龙欣怡"),
        ("潇湘晨报记者 龙欣怡 实习生 贺嘉 长沙地铁新线开始试运行。", "龙欣怡 贺嘉"),
    ],
)
def test_a_spaced_lead_keeps_every_name_before_the_storys_day(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


def _card_page(card: str) -> str:
    return (
        "<html><head><title>夏季用电高峰来临 家中电器这样用更省电_生活网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/life/'>生活</a><a href='/house/'>家居</a></div>"
        "<h1>夏季用电高峰来临 家中电器这样用更省电</h1>"
        f"<div class='meta'>2024-06-18 08:12:40 · 阅读：1.1万</div>{card}<div class='content'>"
        "<p>进入六月，多地气温持续走高，空调、冰箱等家用电器的用电量明显增加，不少家庭的电费账单也随之上涨。</p>"
        "<p>专家建议，空调温度设定在二十六度左右最为合适，每调高一度可节省约百分之七的用电量。</p>"
        "<p>此外，冰箱不宜塞得过满，门封条老化要及时更换，电器长期不用时应拔掉插头，减少待机耗电。</p>"
        "</div><div class='footer'>Copyright © 2024 生活网 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    ("card", "author"),
    [
        ("<div class='au'><img src='/a'><span>省电小达人</span><span>优质生活领域创作者</span></div>", "省电小达人"),
        ("<div class='au'><span>家电老周</span> <em>家居领域优质创作者</em></div>", "家电老周"),
        # controls: a badge with no name beside it, a call to follow before it
        ("<div class='au'><span>优质生活领域创作者</span></div>", None),
        ("<div class='au'><span>关注作者</span><span>优质生活领域创作者</span></div>", None),
    ],
)
def test_an_accounts_card_beside_its_creator_badge_names_the_author(card: str, author: str | None) -> None:
    article = parse_html(_card_page(card), "https://www.shenghuo-w.cn/life/20240618/3321.html", Registry.load())
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（放射科 韩露 供稿 / 党办 蒋雯 编辑）", ("韩露", None, "蒋雯")),
        ("（韩露 撰稿 / 蒋雯 责任编辑）", ("韩露", None, "蒋雯")),
        ("（市园林协会 供稿 苏哲 整理）", ("苏哲", "市园林协会", None)),
        ("韩露 文 / 蒋雯 编辑", ("韩露", None, "蒋雯")),
        # controls: a unit sending a photographer's picture, an editor's name alone, the label first
        ("（市园林协会 供稿 / 孔明远 摄）", (None, "市园林协会", None)),
        ("（蒋雯 编辑）", (None, None, None)),
        ("（桃源镇 供稿 / 蒋雯 编辑）", (None, "桃源镇", "蒋雯")),
        ("（桃源镇 供稿）", (None, "桃源镇", None)),
        ("韩露 文 / 编辑 蒋雯", ("韩露", None, "蒋雯")),
    ],
)
def test_postfix_credits_close_with_the_editor_and_the_sending_unit(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


def _menu_page(menu: str) -> str:
    return (
        "<html><head><title>第五届网络文学征文大赛结果揭晓_书香阁</title></head><body>"
        f"<div class='menu'><a href='/'>首页</a><a href='/xianxia/'>仙侠</a><a href='/top/'>排行</a>{menu}</div>"
        "<h1>第五届网络文学征文大赛结果揭晓</h1><div class='meta'>2012-04-21 10:05　文/柳如烟</div>"
        "<div class='text'><p>经过三个月的征集和两轮评审，第五届网络文学征文大赛结果于日前揭晓，二十部作品获奖。</p>"
        "<p>本届大赛共收到投稿作品八千余部，题材涵盖仙侠、历史、都市等多个类型，参赛作者数量创历届新高。</p>"
        "<p>主办方表示，获奖作品将获得站内重点推荐，部分作品还将推出实体出版和有声改编。</p></div>"
        "<div class='footer'>书香阁 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    "menu",
    ["<a href='/author/'>作者专区</a>", "<a href='/zz/'>作者中心</a>", "<a href='/fl/'>作者福利</a>"],
)
def test_a_menus_writers_section_is_no_author(menu: str) -> None:
    article = parse_html(_menu_page(menu), "https://www.shuxiangge.net/news/2012/0421/771.html", Registry.load())
    assert article.author == "柳如烟"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("记者 苗青 / 文　记者 车立 / 摄", "苗青"),
        ("本报记者 苗青 实习生 汤越 / 文 记者 车立 / 摄影", "苗青 汤越"),
        # controls: the writer's role after the slash, and no role after the name
        ("记者 苗青 / 文", "苗青"),
        ("记者 苗青 车立", "苗青 车立"),
    ],
)
def test_a_reporter_with_the_photographers_role_after_a_slash_took_the_pictures(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("【蔡宜庭／新竹報導】", "蔡宜庭"),
        ("（蔡宜庭／綜合報導）", "蔡宜庭"),
        ("【蔡宜庭、許家豪／台南報導】", "蔡宜庭 許家豪"),
        # controls: the reporter's label in the bracket, and a place alone before the verb
        ("【記者蔡宜庭／新竹報導】", "蔡宜庭"),
        ("（新竹報導）", None),
    ],
)
def test_a_bracketed_name_before_its_place_and_report_verb_is_the_reporter(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("中国新闻网消息：", "中国新闻网"),
        ("光明网消息（记者 骆文）：", "光明网"),
        ("央广网消息（中国之声）：", "央广网"),
        # controls: the tag opening its story, the station's own tag, words that end in 消息 but name no outlet
        ("光明网消息（记者 骆文）：昨天，全国夏粮收购进度过半。", None),
        ("本台消息（记者 骆文）：", None),
        ("最新消息：", None),
        ("好消息：", None),
    ],
)
def test_an_undated_news_tag_standing_alone_names_its_outlet(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文·程冬青", "程冬青"),
        ("文·程冬青 图·视觉中国", "程冬青"),
        ("撰文·欧阳帆", "欧阳帆"),
        # controls: a dot inside words, and a word after the writer's dot
        ("中文·日文", None),
        ("文·艺术", None),
    ],
)
def test_a_writers_role_set_off_by_a_middle_dot_credits_the_name(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


def test_a_bars_closing_bracket_names_its_reporter() -> None:
    page = (
        "<html><head><title>老街茶行轉型 年輕人回鄉接手_中國時報</title></head><body><table>"
        "<tr><td><h1>老街茶行轉型 年輕人回鄉接手</h1></td></tr>"
        "<tr><td><span>2012-03-08</span>　<span>中國時報</span>　<span>【蔡宜庭／新竹報導】</span></td></tr>"
        "<tr><td><p>新竹老街上一家開業六十年的茶行，去年由第三代接手後，改賣手搖茶與茶點，假日經常大排長龍。</p>"
        "<p>接手的年輕老闆表示，希望讓更多年輕人認識傳統烘焙茶，也讓老街重新熱鬧起來。</p>"
        "<p>地方商圈協會指出，近年已有十多家老店由年輕一代接手，帶動老街人潮回流。</p></td></tr>"
        "</table></body></html>"
    )
    article = parse_html(page, "https://news.shibao-w.tw/local/20120308/1102.html", Registry.load())
    assert (article.author, article.source) == ("蔡宜庭", "中國時報")


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("澎湃号·湃客 > 山城旧事", ("山城旧事", None, None)),
        ("澎湃号·政务 >> 杭州发布 2023-06-12 09:40", ("杭州发布", None, None)),
        ("来源：澎湃新闻·澎湃号·媒体 > 潮新闻", ("潮新闻", "澎湃新闻", None)),
        # controls: the platform's channel as the source with no account after a step, the account labelled apart
        ("来源：澎湃新闻·澎湃号·政务", (None, "澎湃新闻·澎湃号·政务", None)),
        ("来源：澎湃新闻·澎湃号·政务 作者：杭州发布", ("杭州发布", "澎湃新闻·澎湃号·政务", None)),
    ],
)
def test_a_platforms_channel_then_a_step_leads_the_account(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("This entry was posted in 读书 by 青禾. Bookmark the permalink.", "青禾"),
        ("This entry was posted in 旅行 by 阿离.", "阿离"),
        # controls: the login the CMS gives every post, and a sentence that is no theme's footer
        ("This entry was posted in 未分类 by admin. Bookmark the permalink.", None),
        ("The story was posted by 青禾.", None),
    ],
)
def test_a_wordpress_entry_footer_names_its_poster(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author
