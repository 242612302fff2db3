"""Classes the natural batches blind77n and blind78n showed once flipped to tune (writers who never read the
README, given only issue 13's field meanings), as hand-written variants in other wordings and markup: never a
copy of a blind page or string.

- A wire dateline crediting two reporters joined by 、 (``中央社記者X、Y台北15日電``) names both.
- ``直播`` after the reporters' names credits a live report as 报道 credits a report: no name.
- A unit in a writer's slot or under 作者/撰稿 is no writer (README "Bylines"): an office by its affairs
  (考务科), a three-character section no name reads as (综合科), a town's or bureau's office by its short name
  (城关镇党政办), a women's federation (妇联), a college (化工学院) before the writer's own label.
- A 头条号 post closing with 来源：X names the outlet, as a 百家号 or WeChat post does.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylineunits import is_organisation
from newscorpus.scrapers.datelines import shown_datetime
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("（中央社記者林佳蓉、許文達台中3日電）中部地區今天午後雷陣雨。", "林佳蓉 許文達", "中央社"),
        ("（中央社記者曾明德、黃怡君、陳立台北21日電）", "曾明德 黃怡君 陳立", "中央社"),
        ("（中央社記者曾明德、黃怡君花蓮縣7日電）", "曾明德 黃怡君", "中央社"),
        # Controls: one reporter, a verb-surname alone in prose, a list of names before 報導.
        ("（中央社記者曾明德台北21日電）", "曾明德", "中央社"),
        ("（記者陳家樂、李大文報道）", "陳家樂 李大文", None),
    ],
)
def test_a_wire_dateline_crediting_two_reporters_names_both(line: str, author: str, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2018-07-02 10:15 来源：某某网 某某网记者 韩立 邓晓 直播", "韩立 邓晓"),
        ("记者 周鹏直播", "周鹏"),
        # Control: a name is no role.
        ("记者 周鹏 报道", "周鹏"),
    ],
)
def test_a_live_report_s_word_after_the_names_is_no_name(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("考务科", True),
        ("财务科", True),
        ("综合科", True),
        ("宣传科", True),
        ("城关镇宣传办", True),
        ("青山镇党政办", True),
        ("南湖街道妇联", True),
        # Controls: names ending in 科 are people.
        ("李科", False),
        ("王晓科", False),
    ],
)
def test_offices_and_sections_are_units(name: str, unit: bool) -> None:
    assert is_organisation(name) is unit


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("撰稿：考务科 审核：周德成", None, None),
        ("来源单位：青山镇人民政府 作者：青山镇党政办", None, "青山镇人民政府"),
        ("作者：综合科　来源：市交通运输局", None, "市交通运输局"),
        ("作者：机电学院 文/韩思雨 图/潘立", "韩思雨", None),
        ("来源：外国语学院 作者：外语学院 文/周敏", "周敏", "外国语学院"),
        # Controls: a unit then its person; a person alone.
        ("作者：心内科 周立群", "周立群", None),
        ("作者：王晓科", "王晓科", None),
    ],
)
def test_a_unit_under_a_writer_s_label_is_no_writer(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


_TOUTIAO = """<html><head><meta charset="utf-8"><title>新学期校园安全提示</title></head><body>
<div class="article-box"><h1 class="article-title">新学期校园安全提示</h1>
<div class="article-sub"><a class="media-name" href="/c/user/61234567890/">平安校园观察</a>
<span class="time">2021-09-01 08:30:00</span></div>
<div class="article-content"><p>{prose}</p><p>{prose}</p><p>{prose}</p>{closing}</div>
</div></body></html>"""


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("<p>来源：江城晚报</p>", "江城晚报"),
        ("<p>来源：市教育局、江城日报</p>", "市教育局、江城日报"),
        # Controls: no closing line; a line naming no outlet.
        ("", None),
        ("<p>来源：网友投稿</p>", None),
    ],
)
def test_a_toutiao_post_closing_with_a_source_line_names_the_outlet(
    registry: Registry, closing: str, source: str | None
) -> None:
    html = _TOUTIAO.format(prose=STORY_PROSE, closing=closing)
    article = parse_html(html, "https://www.toutiao.com/a6999999999999999999/", registry)
    assert (article.author, article.source) == ("平安校园观察", source)


_WECHAT = """<html><head><meta charset="utf-8"><title>社区食堂开张了</title></head><body>
<div id="img-content"><h1 class="rich_media_title" id="activity-name">社区食堂开张了</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text" id="js_author_name">{writer}</span>
<span class="rich_media_meta_nickname"><a id="js_name">乐享河西</a></span></div>
<div class="rich_media_content" id="js_content"><p>{prose}</p><p>{prose}</p><p>{prose}</p>
<p>来源：{writer}</p><p>编辑：孟佳</p></div></div></body></html>"""


@pytest.mark.parametrize(
    ("writer", "author", "source"),
    [
        # A unit in the writer's slot wrote nothing: the account published the post, the unit sent it in.
        ("河西街道妇联", "乐享河西", "河西街道妇联"),
        ("河西街道党政办", "乐享河西", "河西街道党政办"),
        # Control: a person there is the writer.
        ("周晓梅", "周晓梅", None),
    ],
)
def test_a_unit_in_a_post_s_writer_slot_is_no_writer(
    registry: Registry, writer: str, author: str, source: str | None
) -> None:
    html = _WECHAT.format(writer=writer, prose=STORY_PROSE)
    article = parse_html(html, "https://mp.weixin.qq.com/s/Ab12Cd34Ef56", registry)
    assert (article.author, article.source) == (author, source)


def _portal(bar: str, *, title: str = "老城区雨污分流改造完工_青川在线", closing: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='og:site_name' content='青川在线'></head><body>"
        "<div class='logo'><a href='https://www.qingchuan.test/'><img src='/logo.png' alt='青川在线'></a></div>"
        "<div class='crumb'><a href='https://www.qingchuan.test/'>青川在线</a> &gt; <a href='/news/'>本地新闻</a></div>"
        f"<h1>老城区雨污分流改造完工</h1><div class='info'>{bar}</div>"
        f"<div class='content'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>{closing}</div>"
        "<div class='foot'>青川在线 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        # The site's own name beside the time published the story: the source, as the natural batches label it.
        ("<span>2019-06-03 09:12</span><span>青川在线</span>", "青川在线"),
        ("<span>青川在线</span>　<span>2019年06月03日</span>", "青川在线"),
        # Another outlet after it is where the story came from.
        ("<span>青川在线</span>　<span>2019-06-03 09:12</span>　<span>青川日报</span>", "青川日报"),
        # Controls: a labelled outlet; no name beside the time.
        ("<span>2019-06-03 09:12</span><span>来源：川北晚报</span>", "川北晚报"),
        ("<span>2019-06-03 09:12</span>", None),
    ],
)
def test_the_site_s_own_name_beside_the_time_is_the_source(registry: Registry, bar: str, source: str | None) -> None:
    article = parse_html(_portal(bar), "https://www.qingchuan.test/news/2019/0603/88.html", registry)
    assert article.source == source


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # A photo credited to the paper's reporter (traditional 攝 as simplified 摄) names no story's source.
        ("<p>圖為施工現場。（晨報記者攝）</p>", None),
        ("<p>图为施工现场。（晨报记者摄）</p>", None),
        # A section's tag closing the story (traditional spelling too) is the site's shelf, no outlet.
        ("<p>（即時新聞）</p>", None),
        ("<p>（本地新聞）</p>", None),
    ],
)
def test_photo_credits_and_section_tags_name_no_source(registry: Registry, closing: str, source: str | None) -> None:
    html = _portal("<span>2019-06-03 09:12</span>", title="老城区雨污分流改造完工", closing=closing)
    html = html.replace("<meta property='og:site_name' content='青川在线'>", "")
    article = parse_html(html, "https://www.qingchuan.test/news/2019/0603/88.html", registry)
    assert article.source == source


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # An outlet's bracketed claim of origin names it: it published the story (natural labels, session 27).
        ("2016-05-03 10:20 [太平洋电脑网 原创] 作者：韩晓", "韩晓", "太平洋电脑网"),
        ("[ 驱动之家 原创 ]", None, "驱动之家"),
        ("【太平洋电脑网笔记本频道原创】日前，一款轻薄本正式发布。", None, "太平洋电脑网"),
        # Controls: a labelled source outranks it; the site by a pronoun, or no name, claims nothing for anyone.
        ("[太平洋电脑网 原创] 来源：新浪科技", None, "新浪科技"),
        ("【本站原创】", None, None),
        ("[原创] 作者：江南布衣 时间：2008-11-20 10:33", "江南布衣", None),
    ],
)
def test_an_outlet_s_claim_of_origin_names_the_source(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # The person who put the page up is the writer where nothing else names one (natural labels 7 to 1).
        ("发布人：韩雪梅　来源：团委　时间：2021-04-06", "韩雪梅", "团委"),
        ("發布單位：總務處 發布人：吳佩珊 發布日期：108-03-02", "吳佩珊", "總務處"),
        ("發布者：輔導室 張雅婷｜點閱數：87", "張雅婷", None),
        # Controls: a credited writer outranks the poster; a login, a site's word or an office names nobody.
        ("撰稿：周立 发布人：韩雪梅", "周立", None),
        ("发布者：webadmin 发布时间：2016-05-02", None, None),
        ("发布人：管理员", None, None),
        ("发布者：教务处 发布时间：2019-02-25", None, None),
    ],
)
def test_the_poster_named_by_a_person_writes_where_nothing_else_credits(
    line: str, author: str | None, source: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_a_poster_s_label_alone_in_its_cell_takes_the_next() -> None:
    cells = ["標題", "社區淨灘活動", "發布單位", "環保課", "發布人", "吳佩珊", "發布日期", "108-03-02"]
    assert (parse_byline(cells).author, parse_byline(cells).source) == ("吳佩珊", "環保課")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A platform's notice naming the self-media writer who posted it.
        ("本文为自媒体作者江城老街发布，不代表本站观点或立场。", "江城老街"),
        ("声明：本文为自媒体作者“老周说车”上传并发布，仅代表作者观点。", "老周说车"),
        # Controls: the notice naming nobody; "writers and others" is no label.
        ("本文为自媒体作者上传并发布，仅代表作者观点", None),
        ("本文为自媒体、作者等百家号作者上传并发布，仅代表作者观点", None),
    ],
)
def test_a_platform_notice_naming_its_self_media_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_platform_notice_naming_its_writer_makes_the_bar_s_account_the_author(registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>街角咖啡馆的十年</title></head><body>"
        "<h1 class='main-title'>街角咖啡馆的十年</h1>"
        "<div class='date-source'><span class='date'>2019年11月16日 17:05</span>"
        "<span class='source ent-source'>老城慢生活</span></div>"
        f"<div class='article' id='artibody'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        "<div class='statement'>本文为自媒体作者老城慢生活发布，不代表新浪网观点或立场。</div></body></html>"
    )
    article = parse_html(html, "https://k.sina.com.cn/article_6543210987_1a2b3c4d001001xyz.html", registry)
    assert (article.author, article.source) == ("老城慢生活", None)


def _old_forum(card: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>阳台种番茄的一点心得 - 园艺天地 - 江南家园论坛</title></head><body>"
        "<div class='t3'><a href='index.php'>江南家园论坛</a> &raquo; <a href='thread.php?fid=8'>园艺天地</a></div>"
        "<table><tr class='tr1'>"
        f"<th rowspan='2' class='r_two'>{card}</th>"
        "<th class='r_one'><div class='tiptop'><span>楼主</span> <span>发表于: 2008-05-06 21:14</span></div>"
        "<h1 id='subject_tpc'>阳台种番茄的一点心得</h1>"
        f"<div class='tpc_content' id='read_tpc'>{STORY_PROSE}<br><br>{STORY_PROSE}</div></th></tr></table>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("card", "author"),
    [
        # A bold name heading the first post's card of stats is its poster, with no profile link at all.
        (
            "<b>南山种菜人</b><br><img src='/f/3.gif'><br>级别: 新手上路<br>发帖: 42<br>注册时间:2007-09-01",
            "南山种菜人",
        ),
        ("<strong>阿菊</strong><br>等级: 中级会员<br>积分: 310", "阿菊"),
        # Control: a bold word with no stats under it is no card.
        ("<b>南山种菜人</b><br><img src='images/face/3.gif'>", None),
    ],
)
def test_a_forum_card_of_stats_names_its_poster(registry: Registry, card: str, author: str | None) -> None:
    article = parse_html(_old_forum(card), "http://bbs.jiangnan-home.test/read.php?tid=4521", registry)
    assert article.author == author


@pytest.mark.parametrize(
    ("lines", "when"),
    [
        # A date, then its time shown only as the last update, the label between (the page's one time of day).
        (["2015年 3月 2日", "最后更新时间： 格林尼治标准时间 14:05"], "2015-03-02T22:05:00+08:00"),
        (["2015年 3月 2日 最後更新時間： 格林尼治標準時間 14:05"], "2015-03-02T22:05:00+08:00"),
        (["2015年3月2日", "更新时间：09:30"], "2015-03-02T09:30:00+08:00"),
        # Controls: a publish time stands over a later update; an update with its own date completes nothing.
        (["发布时间：2015年3月2日 10:00", "最后更新时间：2015年3月3日 11:00"], "2015-03-02T10:00:00+08:00"),
        (["2015年 3月 2日", "最后更新：2015年3月3日 11:00"], "2015-03-02T00:00:00+08:00"),
    ],
)
def test_a_date_then_its_update_time_is_one_stamp(lines: list[str], when: str) -> None:
    assert shown_datetime(lines, None) == when


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A post's header: the handle before 发表于 and the time wrote it.
        ("山城小雨 发表于 2013-6-2 20:41", "山城小雨"),
        ("湖畔听风 发表于 2011-8-9 09:12:40 | 只看该作者 | 倒序浏览", "湖畔听风"),
        ("东篱采菊 的博客 发表于 2009-02-11 22:03:15", "东篱采菊"),
        ("半亩方塘 2005-03-12 10:20 发表在 随笔", "半亩方塘"),
        # Controls: a floor's tag names nobody; a labelled poster stands; the text by a pronoun.
        ("楼主  晚秋的叶子88  发表于: 2008-11-02", "晚秋的叶子88"),
        ("沙发 发表于 2013-6-2 20:55", None),
        ("楼主 只看楼主 发表于: 2007-09-18 21:40", None),
        ("楼主 发表于: 2013-06-02", None),
        ("楼主：山城小雨　发表于 2013-6-2 20:41", "山城小雨"),
        ("本文 发表于 2019-01-02", None),
    ],
)
def test_a_post_s_header_names_its_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        # A desk's code set off by a hyphen, or by "_" with no number, is no part of the editor's name.
        ("编辑：沈佳宜-YL0031", None, None, "沈佳宜"),
        ("责任编辑：邬俊杰_NF", None, None, "邬俊杰"),
        # An administrator's login names no editor (the natural batches, 3 to none).
        ("责任编辑：admin", None, None, None),
        ("【文章录入：admin　　责任编辑：admin】", None, None, None),
        # Square brackets around a 来源 value alone are the bar's.
        ("来源:[东南快报]", None, "东南快报", None),
        ("作者:【欧阳晓晓】来源:【衡阳日报】", "欧阳晓晓", "衡阳日报", None),
        # "And others" glued after the last name.
        ("作者：黄磊等", "黄磊", None, None),
        # Controls: a handle with its own letters and digits; a word ending in 等; a login before the editor's name.
        ("作者：天天向上cj1987", "天天向上cj1987", None, None),
        ("作者：平等", "平等", None, None),
        ("责任编辑：lollyli 李伟", None, None, "李伟"),
    ],
)
def test_ids_logins_and_brackets_around_byline_values(
    line: str, author: str | None, source: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A note on the writer names its subject the writer where nothing else does.
        ("作者简介：韩立群，高级工程师，长期从事道路设计工作。", "韩立群"),
        ("作者简介：骆文，自由撰稿人，现居昆明", "骆文"),
        # Controls: a credited writer outranks the note; a note naming nobody.
        ("作者：李四 作者简介：韩立群，高级工程师", "李四"),
        ("作者简介：本文作者长期从事教育工作", None),
    ],
)
def test_a_note_on_the_writer_names_its_subject(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # Who allowed the reprint is where the story came from, no writer of it.
        ("本文由 江城发布 授权转载", None, "江城发布"),
        ("（本文由“乡村振兴观察”授权转载）", None, "乡村振兴观察"),
        ("此文经“老城记忆”授权发布", None, "老城记忆"),
        # Controls: a copyright line's writer; a platform's handle; a reprint label's account.
        ("本文由 码农小K 原创发布于 小K杂谈，转载请注明出处。", "码农小K", None),
        ("知乎 @慢跑的老刘 授权转载", "慢跑的老刘", None),
        ("本文经授权转载自公众号：城事财经（ID：cscj01）", None, "城事财经"),
    ],
)
def test_a_reprint_s_permission_names_its_origin(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("lines", "author", "source"),
    [
        # A platform's stamp closing with the poster's region is a time alone, for the lone name over it.
        (["江城晚报", "2023-05-02 09:41发布于湖北", "+关注"], None, "江城晚报"),
        (["江城晚报", "2023-05-02 09:41 · IP属地：湖北"], None, "江城晚报"),
        (["周晓梅", "2023-05-02 09:41 发布于湖北"], "周晓梅", None),
        # Control: a stamp without the region, as before.
        (["江城晚报", "2023-05-02 09:41"], None, "江城晚报"),
    ],
)
def test_a_stamp_with_the_poster_s_region_is_a_time_alone(
    lines: list[str], author: str | None, source: str | None
) -> None:
    found = parse_byline(lines)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A publicity desk's short name credited as a correspondent is no person.
        ("（作者：方明 通讯员 榕交宣）", "方明"),
        ("记者：韩梅 丁宁 通讯员：青山镇宣", "韩梅 丁宁"),
        ("（记者 韩梅 实习记者 丁宁 通讯员 市交通局）", "韩梅 丁宁"),  # an office in the run, no person
        ("通讯员：青山镇宣", None),
        # Controls: names ending in 宣 are people.
        ("记者 陈静 通讯员 苏宣", "陈静 苏宣"),
        ("通讯员 陈文宣", "陈文宣"),
    ],
)
def test_a_publicity_desk_s_short_name_is_no_correspondent(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_concerning_heading_introduces_the_related_list(registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>巴黎地铁延长夜间运营</title></head><body><article>"
        f"<h1>巴黎地铁延长夜间运营</h1><div class='text'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div></article>"
        "<div class='more-on-topic'><h3>有关报道</h3><ul>"
        "<li><a href='/法国/20190301-巴黎公交票价调整'><span class='date'>2019年03月01日</span>"
        "巴黎公交票价调整方案公布</a></li>"
        "<li><a href='/法国/20190215-巴黎新建自行车道'><span class='date'>2019年02月15日</span>"
        "巴黎新建自行车道四十公里</a></li>"
        "</ul></div></body></html>"
    )
    article = parse_html(html, "http://cn.example-radio.test/法国/20190305-巴黎地铁延长夜间运营", registry)
    assert [item.title for item in article.related] == ["巴黎公交票价调整方案公布", "巴黎新建自行车道四十公里"]


def test_a_rule_s_selector_hitting_the_list_s_heading_leaves_it_to_introduce_the_list(registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>高温天气户外作业须知</title></head><body><div class='index_left__x'>"
        "<h1 class='index_title__y'>高温天气户外作业须知</h1><div class='index_headerContent__z'><span>2022-08-15 17:06"
        f"</span></div><div class='index_cententWrap__Jv8jK'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        "<div class='index_relatedTitle__q'><h2>相关推荐</h2></div><ul class='index_related__w'>"
        "<li><a href='/newsDetail_forward_19000001'>防暑降温知识请收好</a><span>2022-08-12</span></li>"
        "<li><a href='/newsDetail_forward_19000002'>环卫工人送清凉活动启动</a><span>2022-08-11</span></li>"
        "</ul></div></body></html>"
    )
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_19000000", registry)
    assert [item.url for item in article.related] == [
        "https://www.thepaper.cn/newsDetail_forward_19000001",
        "https://www.thepaper.cn/newsDetail_forward_19000002",
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A contributor named before 投稿 sent the piece in: its writer.
        ("网友 东湖散人 投稿", "东湖散人"),
        ("本文来自作者[听雨轩]投稿，不代表本站立场", "听雨轩"),
        # Controls: readers in general name nobody; a labelled contributor as before.
        ("网友投稿", None),
        ("作者：网友投稿", None),
        ("投稿人：夏天的风", "夏天的风"),
    ],
)
def test_a_contributor_before_tougao_wrote_it(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # A clip's origin credits the footage, no story; a local section's name beside the time is a shelf.
        ("片段來源：讀者提供", None),
        ("画面来源：网友拍摄", None),
        ("2014-11-30 18:25 ｜ 地方新聞", None),
        ("2014-11-30 18:25 ｜ 校園新聞", None),
        # Controls: an outlet there stays.
        ("2014-11-30 18:25 ｜ 花蓮日報", "花蓮日報"),
        ("來源：中央社", "中央社"),
    ],
)
def test_footage_credits_and_sections_name_no_source(line: str, source: str | None) -> None:
    assert parse_line(line).source == source
