"""Classes session 33 found in blind86n's strings and pages (now tune): an unbracketed wire tag's credits ended by a
space, not a comma (南都讯 记者X 实习生Y 在…); a desk code written before an editor's name (SDdz_X); an account's
WeChat ID bracket after an outlet read from a bar split by ``|``; an affiliation note naming the writer before the
post (作者X系…); a Latin-named reporter's filing city (``Reporter: X in Harbin``). Written as other outlets, names
and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("楚天都市报讯 记者张明 通讯员李华 武汉市今年将新建口袋公园一百个。", "张明 李华"),
        ("本报讯 记者 周晓 实习生 陈雨桐 市民政局近日公布了养老服务补贴新标准。", "周晓 陈雨桐"),
        ("扬子晚报讯 记者顾小萍 南京地铁五号线南段今天开通试运营。", "顾小萍"),
        ("大河報訊 記者王志強 鄭州東站昨起加開夜間列車。", "王志強"),
        # Controls: the tag's next words are the story's (a verb, no name); no reporter's label after the tag.
        ("本报讯 记者来到 现场了解到情况。", None),
        ("本报讯 市民政局近日公布了养老服务补贴新标准。", None),
    ],
)
def test_wire_tag_credits_ended_by_a_space(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


def _story_page(opening: str) -> str | None:
    """A regional paper's article whose story opens with its wire tag and credits, nothing else crediting anyone."""
    html = (
        "<html><head><meta charset='utf-8'><title>老旧小区加装电梯提速 - 江城晚报网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city/'>本地</a> <a href='/house/'>房产</a></div>"
        "<div class='article'><h1>老旧小区加装电梯提速</h1>"
        "<div class='info'><span>来源：江城晚报</span> <span>2019-04-12 07:30</span></div>"
        f"<div class='content'><p>{opening}</p>"
        "<p>市住建局相关负责人介绍，今年全市计划完成加装电梯三百部，财政补贴标准由每部十五万元提高到二十万元。</p>"
        "<p>不少居民表示，补贴提高后，低楼层住户的顾虑也少了，协商比以前顺利得多。</p></div></div>"
        "<div class='footer'>江城晚报网 版权所有</div></body></html>"
    )
    return parse_html(html, "http://www.jcwb-example.cn/city/2019-04/12/content_4410.htm", Registry.load()).author


@pytest.mark.parametrize(
    ("opening", "author"),
    [
        ("江城晚报讯 记者吴静 实习生周子航 家住东湖小区的刘阿姨终于不用再爬六楼了。", "吴静 周子航"),
        ("江城晚报讯 记者 吴静 家住东湖小区的刘阿姨终于不用再爬六楼了。", "吴静"),
        # Control: the tag alone, then the story.
        ("江城晚报讯 家住东湖小区的刘阿姨终于不用再爬六楼了。", None),
    ],
)
def test_wire_tag_credits_on_a_page(opening: str, author: str | None) -> None:
    assert _story_page(opening) == author


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("作者：王立\u3000来源：齐鲁晚报\u3000责编：SDdz_周敏", "周敏"),
        ("责任编辑：NBJ11143_李四", "李四"),
        ("编辑：HN02_陈可欣", "陈可欣"),
        # Controls: the ID after the name, as before; a lower-case handle's part is no desk code.
        ("责任编辑：李四_NBJ11143", "李四"),
        ("编辑：xiaoyu_陈可", "xiaoyu_陈可"),
    ],
)
def test_desk_code_before_the_editor(line: str, editor: str) -> None:
    assert line_fields(line)[2] == editor


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("作者 | 林野\u3000编辑 | 钱程\u3000来源 | 21世纪商业评论（ID：cbr21）", ("林野", "21世纪商业评论", "钱程")),
        ("作者｜林野　来源｜36氪Pro（ID：krpro36）", ("林野", "36氪Pro", None)),
        # Controls: read right before (an account's name without digits took another path); an outlet's own
        # bracket is kept.
        ("作者 | 林野\u3000编辑 | 钱程\u3000来源 | 虎嗅（ID：huxiu_com）", ("林野", "虎嗅", "钱程")),
        ("作者：林野 来源：荆楚网（湖北日报网）", ("林野", "荆楚网（湖北日报网）", None)),
    ],
)
def test_account_id_after_an_outlet(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（本文作者陈平系中山大学教授）", "陈平"),
        ("（作者李国华为北京师范大学教授）", "李国华"),
        # Controls: the name set off by spaces, or after the post, was read before; the post alone names nobody.
        ("（作者 周宏 系省社科院研究员）", "周宏"),
        ("（本文作者系县政协委员 牛建勋）", "牛建勋"),
        ("（作者系中国人民大学教授）", None),
    ],
)
def test_affiliation_note_names_the_writer(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Reporter: Wang Xiaoming in Shenyang | Source: China Daily", "Wang Xiaoming"),
        ("Editor: Liu Ying | Reporter: Zhou Hai in Dalian", "Zhou Hai"),
        # Controls: a "By" line was read before; a name alone stays whole.
        ("By Li Wen in Hong Kong", "Li Wen"),
        ("Reporter: Wang Xiaoming | Source: China Daily", "Wang Xiaoming"),
    ],
)
def test_latin_reporter_less_the_filing_city(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # blind87n (tune since mid-session 33): a reprint notice's writer without a colon, or as the original's.
        ("本文转载自扬子晚报，原文作者顾小萍，如有侵权请联系删除。", ("顾小萍", "扬子晚报", None)),
        ("本文原载于《半月谈》，作者周凯，版权归原作者所有。", ("周凯", "半月谈", None)),
        ("声明：本文为转载，原载于《南方周末》，作者何川，版权归原作者所有。", ("何川", None, None)),
        # Controls: a rights clause alone names nobody; a notice in prose without a writer.
        ("版权归原文作者所有，如有侵权请联系删除。", (None, None, None)),
        ("本文来源于生活，高于生活。", (None, None, None)),
    ],
)
def test_reprint_notice_writer(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("原创：江城吃货 2020-05-11 07:45", "江城吃货"),
        ("原创： 老街旧事 2018-03-02", "老街旧事"),
        ("原創：港島行記 2021-08-19 22:10", "港島行記"),
        # Controls: the writer then the account, as before; an outlet is no writer; a badge before a time names none.
        ("原创 小鹿姐姐 育儿经 2022-08-19 20:31", "小鹿姐姐"),
        ("原创：新华社 2019-09-28 18:30", None),
        ("原创： 99健康网 2024-04-23 12:27:25", None),
        ("原创 2021/11/3 评论 3", None),
    ],
)
def test_original_mark_with_a_colon(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（文/记者 许晴 图/记者 周立 视频/见习记者 韩冬）", "许晴"),
        ("文/记者 许晴 设计/记者 周立", "许晴"),
        ("文/记者 许晴 剪辑/实习记者 王岚", "许晴"),
        # Controls: a photo label as before; a reporter's credit with no role before it.
        ("文/记者 许晴 图/记者 周立", "许晴"),
        ("记者 许晴 实习生 韩冬", "许晴 韩冬"),
    ],
)
def test_reporter_credited_for_other_work(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        (
            "本文系网易新闻·网易号特色内容激励计划签约账号【历史调查局】原创内容，未经账号授权，禁止随意转载。",
            "历史调查局",
        ),
        ("本文系网易新闻•网易号特色内容激励计划签约账号【数码老K】原创内容，未经账号授权，禁止随意转载。", "数码老K"),
        # Control: the plan's notice without an account names nobody.
        ("本文系网易新闻·网易号特色内容激励计划签约内容，未经授权，禁止随意转载。", None),
    ],
)
def test_signed_account_notice(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（扬子晚报/顾小萍）", ("顾小萍", "扬子晚报", None)),
        ("(工人日报/郑莉)\u3000(编辑：王静)", ("郑莉", "工人日报", "王静")),
        # Controls: two agencies are the sources; a role before the slash is no outlet.
        ("（路透社/彭博社）", (None, "路透社/彭博社", None)),
        ("（图/李明）", (None, None, None)),
    ],
)
def test_outlet_slash_writer_note(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("作者：茶香书苑 来源：新浪博客 编辑：版主 竹影", "竹影"),
        ("编辑：斑竹 小雨", "小雨"),
        # Control: a staff role ending in 员 was read so before.
        ("编辑：管理员 王芳", "王芳"),
    ],
)
def test_moderator_before_the_editor(line: str, editor: str) -> None:
    assert line_fields(line)[2] == editor


_CARD = "<div class='ctread_bd'><a href='{href}'>{title}</a></div>"


def _thepaper_page(right_column: str, related: str) -> list[str]:
    """A thepaper article (its rule reads div.ctread_bd as the related cards) with a right column after it."""
    html = (
        "<html><head><meta charset='utf-8'><title>地铁新线开通首日客流平稳_澎湃新闻-The Paper</title></head><body>"
        "<div class='newscontent'><h1 class='news_title'>地铁新线开通首日客流平稳</h1>"
        "<div class='news_about'><p>澎湃新闻记者 周航</p><p>2021-12-26 18:20 来源：澎湃新闻</p></div>"
        "<div class='news_txt'>12月26日，本市地铁新线开通试运营，首日客流平稳有序。<br>"
        "记者在多个站点看到，站内引导标识清晰，工作人员在闸机口协助乘客进站。<br>"
        "运营方表示，开通初期将根据客流情况动态调整行车间隔，高峰时段最小间隔约五分钟。</div>"
        f"{related}</div>"
        f"<div class='main_rt'>{right_column}</div></body></html>"
    )
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_15991234", Registry.load())
    return [item.url for item in article.related]


_RELATED = (
    "<div class='mdCard'><h2>相关推荐</h2><ul class='news_tu'>"
    "<li><a href='newsDetail_forward_15980001'>地铁新线沿线公交线路同步调整</a></li>"
    "<li><a href='newsDetail_forward_15980002'>新线试运营期间票价优惠公布</a></li>"
    "<li><a href='newsDetail_forward_15980003'>地铁网络总里程再创新高</a></li></ul></div>"
)


def test_a_rule_container_headed_as_a_hot_list_is_no_related_list() -> None:
    hot = "<div class='ctread_bd'><h2>热新闻</h2><ul>" + "".join(
        f"<li><a href='newsDetail_forward_1599{n}000'>今日热点新闻第{n}条标题在这里</a></li>" for n in range(1, 5)
    )
    urls = _thepaper_page(hot + "</ul></div>", _RELATED)
    assert urls == [f"https://www.thepaper.cn/newsDetail_forward_1598000{n}" for n in (1, 2, 3)]


def test_rule_cards_under_a_related_heading_still_count() -> None:
    """Control: the real template's cards (each a div.ctread_bd) after their 相关推荐 heading."""
    cards = "<div class='related'><h2>相关推荐</h2>" + "".join(
        _CARD.format(href=f"newsDetail_forward_1597000{n}", title=f"地铁新线建设回顾之{n}：从规划到通车")
        for n in (1, 2)
    )
    urls = _thepaper_page("", cards + "</div>")
    assert urls == [f"https://www.thepaper.cn/newsDetail_forward_1597000{n}" for n in (1, 2)]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("转载自：知乎专栏「前端漫谈」 作者：Lily Wang", "前端漫谈"),
        ("来源：简书专栏“旅行的意义”", "旅行的意义"),
        # Control: the platform alone is read as before.
        ("来源：知乎", "知乎"),
    ],
)
def test_platform_column_as_source(line: str, source: str) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # An attribution set off by a dash reads as it does without one ("摘自《X》" is the source).
        ("——摘自《半月谈》2015年第3期", (None, "半月谈", None)),
        ("——据《环球时报》报道", (None, "环球时报", None)),
        # A bar opening with its outlet in brackets.
        ("[工人日报] 撰文：郑莉 责任编辑：王静", ("郑莉", "工人日报", "王静")),
        ("【封面新闻】 记者 曾洁", ("曾洁", "封面新闻", None)),
        # A platform's account label in traditional characters.
        ("頭條號／旅遊小陳　2020-03-02 08:15", ("旅遊小陳", None, None)),
        ("企鵝號：港島食記　2019-11-02 12:00", ("港島食記", None, None)),
        # Controls: a tag that names no outlet; a dash before no attribution; the simplified label, and bars
        # read before whatever their platform's spelling (split by "|", or the platform after 來源).
        ("來源：微信公眾號 深夜書房", ("深夜書房", None, None)),
        ("網易號 | 體育老周 | 2021-06-01 10:00:00", ("體育老周", None, None)),
        ("[转帖] 作者：黄立", ("黄立", None, None)),
        ("——题记", (None, None, None)),
        ("头条号/旅游小陈 2020-03-02 08:15", ("旅游小陈", None, None)),
    ],
)
def test_dash_bracket_and_traditional_platform(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want
