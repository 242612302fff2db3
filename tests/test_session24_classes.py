"""Classes learnt in session 24 from blind67 (tune material once blind68 was written), as hand-written variants in
other wordings, markup and sites: never a copy of a blind page.

Headlines: a site rule's title selectors may hit one node twice and the boxes' own headings before the headline, so
the few candidates are counted over distinct texts; a headline set wholly in bold above the story is one under a
<title> naming only the site; a footer line printing the page's own address names the page, not the site.
Dates: a zone written before the clock is that clock's. Related: a forum's similar threads (相似话题).
Bylines: a paper's special correspondent (特派员), a lay devotee's title (居士), a post before the name with a
field after them, a wire's 綜合外電報導, a glued read counter with its count in brackets, and 本文首发X App.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line, story_credit
from newscorpus.scrapers.bylinebare import names_before_role
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.storytext import without_standfirst

from .helpers import STORY_PROSE


def _column(boxes: str, kicker: str = "<h3>李明远</h3>") -> str:
    """A guancha-like column: the columnist's name in an h3 over the h1, box headings in h3s after the story."""
    return (
        "<html><head><meta charset='utf-8'><title>李明远：新能源车出海要过三道关</title></head><body>"
        "<div class='content-main'><ul><li class='left-main'>"
        f"{kicker}<h1>新能源车出海要过三道关</h1><div class='time'><span>2021-03-02 08:10:05</span></div>"
        f"<div class='all-txt'>{STORY_PROSE}</div></li></ul>{boxes}</div></body></html>"
    )


_BOXES = (
    "<div><h3>延伸阅读</h3><ul><li><a href='/a/1.shtml'>一篇别的文章的标题在这里</a></li></ul></div>"
    "<div><h3>最热评论</h3><p>说得好</p></div><div><h3>阅读排行</h3><ol><li>别的</li></ol></div>"
)


@pytest.mark.parametrize(
    ("boxes", "kicker", "title"),
    [
        (_BOXES, "<h3>李明远</h3>", "新能源车出海要过三道关"),  # the box headings no longer crowd out the h1
        ("", "<h3>李明远</h3>", "新能源车出海要过三道关"),  # control: no box, the name over the h1 as before
        (_BOXES, "", "新能源车出海要过三道关"),  # control: no name over it
    ],
)
def test_a_rules_headline_under_a_columnists_name_beside_box_headings(
    registry: Registry, boxes: str, kicker: str, title: str
) -> None:
    article = parse_html(_column(boxes, kicker), "https://www.guancha.cn/LiMingYuan/2021_03_02_583011.shtml", registry)
    assert article.title == title


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The zone before the clock is its own; the one after opens the next clock (a wire's "GMT, Beijing time").
        ("最后更新： 2014年 6月 3日, 格林尼治标准时间 08:20 北京时间 16:20", "2014-06-03T16:20:00+08:00"),
        ("最後更新： 2014年 6月 3日, 格林尼治標準時間 23:50 北京時間 07:50", "2014-06-04T07:50:00+08:00"),
        ("2018年6月5日 香港時間15時32分", "2018-06-05T15:32:00+08:00"),  # control: the zone before, alone
        ("2019-05-01 10:00 GMT", "2019-05-01T18:00:00+08:00"),  # control: the zone after, alone
    ],
)
def test_a_zone_written_before_the_clock_is_the_clocks(text: str, want: str) -> None:
    assert parse_datetime(text) == want


def _thread(heading: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>装修公司中途加价怎么办 - 杭州装修小组</title></head><body>"
        "<div class='article'><h1>装修公司中途加价怎么办</h1><div class='topic-doc'>"
        "<h3><span class='from'>来自: <a href='https://forum.test/people/1/'>木子李</a></span>"
        f"<span>2017-04-02 21:10:33</span></h3><div class='topic-content'>{STORY_PROSE}</div></div>"
        f"<div class='similar'><h2>{heading}</h2><ul>"
        "<li><a href='https://forum.test/group/topic/70112233/'>装修合同里哪些条款一定要写清楚</a></li>"
        "<li><a href='https://forum.test/group/topic/70998877/'>半包还是全包，过来人说说经验</a></li>"
        "</ul></div></div></body></html>"
    )


@pytest.mark.parametrize(("heading", "count"), [("类似话题", 2), ("相似話題", 2), ("相关话题", 0)])
def test_a_forums_similar_threads_are_its_related_list(registry: Registry, heading: str, count: int) -> None:
    # 相关话题 alone stays what a finance wire prints under it: a row of subject tags, no list.
    article = parse_html(_thread(heading), "https://forum.test/group/topic/70554433/", registry)
    assert len(article.related) == count


def _epaper(headline: str) -> str:
    """An old table e-paper: <title> names the paper's platform only, the headline is bold in a cell."""
    return (
        "<html><head><meta charset='utf-8'><title>江东日报电子版</title></head><body>"
        "<table><tr><td class='date'>2010年3月9日 星期二 <a href='node_1.htm'>返回首页</a></td></tr></table>"
        "<table><tr><td class='bm'>第A05版：民生</td></tr>"
        f"<tr><td align='center' class='f1'>{headline}</td></tr>"
        f"<tr><td class='f6'>{STORY_PROSE}</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("<b>老城区雨污分流改造完工</b>", "老城区雨污分流改造完工"),
        ("<strong>春运返程客流高峰已过</strong>", "春运返程客流高峰已过"),
        ("<b>1,204,338</b>", "江东日报电子版"),  # control: a count in bold is no headline
    ],
)
def test_a_headline_set_wholly_in_bold_over_the_story(registry: Registry, headline: str, title: str) -> None:
    article = parse_html(_epaper(headline), "https://epaper.jiangdong.test/html/2010-03/09/content_5512.htm", registry)
    assert article.title == title


def _chapter(footer_line: str) -> str:
    return (
        "<html><head><meta charset='gbk'><title>第十二章 夜雨_山河故人_青灯_书友阁</title></head><body>"
        "<div class='crumb'><a href='/'>书友阁</a> &gt; <a href='/book/88/'>山河故人</a> &gt; 第十二章 夜雨</div>"
        "<div class='chapter'><h1>第十二章 夜雨</h1><div class='info'>作者：青灯 更新时间：2016-08-11 20:05</div>"
        f"<div id='content'>{STORY_PROSE}</div></div>"
        f"<div class='footer'><p>{footer_line}</p><p>Copyright &copy; 2016 书友阁 All Rights Reserved.</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "footer_line",
    [
        "山河故人最新章节 第十二章 夜雨 网址：http://www.shuyouge.test/book/88/10223.html",
        "本章地址：www.shuyouge.test/book/88/10223.html 第十二章 夜雨",
        "本站所有小说均来自网友上传",  # control: the footer never names the chapter
    ],
)
def test_a_footer_printing_the_pages_address_names_the_page_not_the_site(registry: Registry, footer_line: str) -> None:
    article = parse_html(_chapter(footer_line), "http://www.shuyouge.test/book/88/10223.html", registry)
    assert article.title == "第十二章 夜雨"


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("上海特派员 周若琳", "周若琳", None, None),
        ("本報特派員 陳志明", "陳志明", None, None),
        ("作者：居士 林静", "林静", None, None),
        ("（文/居士 王慧明　摄影/释远航）", "王慧明", None, None),
        ("主任医师 许宁 审核：陈立 副主任医师", "许宁", None, None),
        ("执业药师 沈岚 编辑：吴一凡", "沈岚", None, "吴一凡"),
        ("（法新社綜合外電報導）", None, "法新社", None),
        ("（新华社综合外电报道）", None, "新华社", None),
        ("编辑：王芳阅读（88）", None, None, "王芳"),
        ("责任编辑：李强阅读(1024)", None, None, "李强"),
        ("（本文首发界面新闻App）", None, None, None),  # where the story first ran: no outlet it came from
        ("来源：央视新闻App", None, "央视新闻App", None),  # control: an outlet's app is still a source
    ],
)
def test_credit_lines_blind67_taught(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize(
    ("lines", "credits"),
    [
        (["周若琳", "上海特派员"], ["上海特派员 周若琳"]),  # the name's element over its post's
        (["陳志明 東京特派員"], ["東京特派員 陳志明"]),
        (["周若琳", "特稿"], []),  # control: a story's kind under a name is no post
    ],
)
def test_a_name_over_a_special_correspondents_post(lines: list[str], credits: list[str]) -> None:
    assert names_before_role(lines) == credits


def _report(closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>主场险胜 晋级半决赛_体育频道</title></head><body>"
        "<article><h1>主场险胜 晋级半决赛</h1><p class='time'>2019-04-02 21:40</p>"
        f"{STORY_PROSE}<p style='text-align:right'>{closing}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("（小周）", "小周"),  # a desk's nickname for a writer: 小 before a surname
        ("（老陈）", "老陈"),
        ("（蒋天）", "蒋天"),  # control: a full name, read before this session
        ("（小说）", None),  # 说 is no surname
        ("（完）", None),
    ],
)
def test_a_nickname_signing_off_the_story_is_its_writer(registry: Registry, closing: str, author: str | None) -> None:
    article = parse_html(
        _report(closing), "https://sports.example-portal.test/cba/2019-04-02/doc-ihtx1234567.shtml", registry
    )
    assert article.author == author


def _wechat(closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>立冬｜这些习俗你知道吗</title>"
        "<meta property='og:title' content='立冬｜这些习俗你知道吗'></head><body>"
        "<div id='img-content'><h2 class='rich_media_title' id='activity-name'>立冬｜这些习俗你知道吗</h2>"
        "<div id='meta_content'><span class='rich_media_meta rich_media_meta_text'>综合整理</span>"
        "<a id='js_name'>临海发布</a><em id='publish_time'>2019-11-08</em></div>"
        f"<div class='rich_media_content' id='js_content'>{STORY_PROSE}<p><span>{closing}</span></p>"
        "<p><span>编辑：陈一帆</span></p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("来源：临海市气象台、浙江日报", "临海市气象台、浙江日报"),  # several offices and outlets, one 来源
        ("来源：中国天气网、临海市气象台", "中国天气网、临海市气象台"),
        ("来源：临海市气象台", "临海市气象台"),  # a weather station is an office that sends stories in
        ("来源：网络、朋友圈", None),  # control: no outlet or office among them
    ],
)
def test_a_wechat_closing_source_may_name_several_offices(registry: Registry, closing: str, source: str | None) -> None:
    article = parse_html(_wechat(closing), "https://mp.weixin.qq.com/s/Lh2k9Xw0aQe1", registry)
    assert article.source == source


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("责任编辑：陈美玲老师", None, "陈美玲"),  # a school's staff editing its news, titled
        ("編輯：學生會 何嘉欣老師　校對：梁老師", None, "何嘉欣"),
        ("编辑：王老师", None, "王老师"),  # control: 王 alone is no name, so the title stays how the page names her
        ("心内科 主任医师 王强 护理部 李娜", "王强 李娜", None),  # a unit and a post, then a unit, before each name
        ("宣传科 干事 周明", "周明", None),
    ],
)
def test_credit_lines_blind68_taught(line: str, author: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


def _blog(side: str) -> str:
    """A 2009 blog layout: the side column (its latest comments) comes before the post in page order; the blog's
    owner, named in <title>, is the post's writer."""
    return (
        "<html><head><meta charset='utf-8'><title>腌咸菜_石榴树下_新浪博客</title></head><body>"
        "<div class='blogtitle'><h1><span>石榴树下的博客</span></h1></div>"
        f"<div class='sidebar'>{side}</div>"
        "<div class='main'><div class='articalTitle'><h2>腌咸菜</h2>"
        "<span class='time'>(2009-11-02 20:15:33)</span></div>"
        f"<div class='articalContent'>{STORY_PROSE}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("side", "author"),
    [
        # The latest comments: a commenter's link, a colon and what she said, is no poster's card.
        (
            "<div class='head'>评论</div><ul><li><a href='http://blog.example.test/u/1731'>晚来风急</a>：写得真好</li></ul>",
            "石榴树下",
        ),
        (
            "<div class='head'>最新评论</div><p><a href='http://blog.example.test/u/88'>北窗</a>：收藏了，谢谢。</p>",
            "石榴树下",
        ),
    ],
)
def test_a_comment_above_the_headline_is_no_posters_card(registry: Registry, side: str, author: str | None) -> None:
    article = parse_html(_blog(side), "http://blog.example.test/s/blog_53a1c2b60100fxyz.html", registry)
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("中新网记者王磊3月2日报道：今天上午，市政府召开新闻发布会，介绍今年重点民生工程的进展情况。", "王磊"),
        ("本报记者李娜、王强报道：今年以来，我市持续推进老旧小区改造，已有十二个小区完工。", "李娜 王强"),
        ("记者从市教育局获悉，今年秋季学期全市将新增中小学学位一万余个。", None),  # control: no credit
        ("据记者报道：今年以来，我市持续推进老旧小区改造。", None),
    ],
)
def test_a_wire_style_lead_glued_to_the_story_names_its_reporters(line: str, author: str | None) -> None:
    assert story_credit(line).author == author


def _notes(nickname: str, people_href: str) -> str:
    """A writing site's recommended notes: each card a title, an abstract and the writer's nickname."""
    cards = "".join(
        f"<div class='note-item'><a class='title' href='https://www.notes.test/p/{code}'>{title}</a>"
        f"<p class='abstract'>{title}，写给同样在路上的你……</p>"
        f"<div class='meta'><a class='nickname' href='{href}'>{name}</a><span>阅读 1{code[-3:]}</span></div></div>"
        for code, title, href, name in (
            ("7c2a1e0f9b3d", "一个人的川西自驾，七天，我找回了自己", "/u/aa4ab7", "山野闲人"),
            ("a51d8e3c207f", "辞职旅行一年后，我后悔了吗？", people_href, nickname),
            ("3f9e0b6d12ac", "青海湖骑行装备清单（亲测实用）", "/u/9399c2", "骑行的阿木"),
        )
    )
    return (
        "<html><head><meta charset='utf-8'><title>在稻城等一场雪 - 简记</title></head><body>"
        f"<article><h1>在稻城等一场雪</h1><div class='author'><a href='/u/5d21'>北岛以北</a></div>{STORY_PROSE}"
        f"</article><section><h3>推荐阅读</h3><div class='recommend-list'>{cards}</div></section></body></html>"
    )


@pytest.mark.parametrize(
    ("nickname", "href", "count"),
    [
        ("Luna_在路上的猫", "/u/c6700", 3),  # a long nickname linking the writer's profile is no item
        ("Travel_with_Mia", "/users/88213", 3),
        ("Luna_在路上的猫", "/people/2016/02/luna-on-the-road", 4),  # control: a dated story under people/ is one
    ],
)
def test_a_cards_writer_profile_is_no_related_item(registry: Registry, nickname: str, href: str, count: int) -> None:
    article = parse_html(_notes(nickname, href), "https://www.notes.test/p/e8b41c7d05a2", registry)
    assert len(article.related) == count


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("作者：李明（北京大学（医学部）公共卫生学院教授）", "李明", None),  # a note holding a note of its own
        ("作者：王学斌（中央党校文史教研部副教授）", "王学斌", None),  # control: one level, read before
        ("posted by 阿文 於 2008-03-02 10:11 | 人氣(88)", "阿文", None),  # a blog host's footer, its 於
        ("社工 區諾軒", "區諾軒", None),  # Hong Kong's 區 is a surname
        ("區議會 會議紀錄", None, None),  # control: a district's council is no person
        ("整理：每天晚上十点", None, None),  # a time of day after the day's word is a clause
        ("整理：今晚八点", None, None),
        ("作者：每日读书", "每日读书", None),  # control: an account named for every day stays
        ("执业药师 沈岚 | 来源：健康时报", "沈岚", "健康时报"),  # a post before a name before a bar's field
    ],
)
def test_credit_lines_blind69_taught(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("来源：临海县教育局安全股", "临海县教育局安全股"),  # a bureau's section (股) sends stories in too
        ("来源：临海县民政局救助股", "临海县民政局救助股"),
        ("来源：港股", None),  # control: a market is no office
    ],
)
def test_a_bureaus_section_is_a_closing_source(registry: Registry, closing: str, source: str | None) -> None:
    article = parse_html(_wechat(closing), "https://mp.weixin.qq.com/s/Lh2k9Xw0aQe1", registry)
    assert article.source == source


def _sermon(url: str) -> str:
    """A church's weekly column: the sidebar's archive links (each a date alone) come before the column's date."""
    archive = "".join(
        f"<li><a href='/pastor/2016/{day}.html'>2016年{int(day[:2])}月{int(day[2:])}日</a></li>"
        for day in ("0515", "0508", "0501")
    )
    return (
        "<html><head><meta charset='utf-8'><title>牧者心聲：在等候中得力</title></head><body>"
        f"<div id='sidebar'><h3>牧者心聲</h3><ul>{archive}</ul></div><div id='content'>"
        f"<p class='date'>2016年5月22日 主日</p><h1>在等候中得力</h1>{STORY_PROSE}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://www.church.test/pastor/2016/0522.html", "2016-05-22"),  # the date on the URL's day wins
        ("http://www.church.test/html/2016-05/22/content_88.htm", "2016-05-22"),
    ],
)
def test_a_date_on_the_urls_day_wins_over_an_archive_link(registry: Registry, url: str, day: str) -> None:
    published = parse_html(_sermon(url), url, registry).published_at
    assert published is not None and published[:10] == day


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        (["摘要【央行开展MLF操作】央行今日开展1250亿元MLF操作。", "正文第一段。"], ["正文第一段。"]),  # glued
        (["摘要 【央行开展MLF操作】央行今日开展。", "正文第一段。"], ["正文第一段。"]),  # control: spaced, read before
        (["摘要显示，今年营收增长。", "正文第一段。"], ["摘要显示，今年营收增长。", "正文第一段。"]),  # a sentence
    ],
)
def test_a_standfirst_label_glued_to_its_bracket(paragraphs: list[str], kept: list[str]) -> None:
    assert without_standfirst(paragraphs) == kept


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("（圖取自中央氣象局官網）", None, None),  # where a picture was taken from is no source
        ("（图片取自网络）", None, None),  # control: 网络 named no outlet before either
        ("（中央社）", None, "中央社"),  # control: an agency's closing bracket
        ("撰文 陳美玲 姊妹", "陳美玲", None),  # a church's sister or brother after a member's name
        ("文／張志明 弟兄", "張志明", None),
        ("由 社工 陳嘉儀 於 2018年3月2日 - 上午10:05 發佈", "陳嘉儀", None),  # the post before the poster's name
        ("由 阿樂 於 2017年8月14日 23:10 發佈", "阿樂", None),  # control: the name alone, read before
    ],
)
def test_credit_lines_blind70_taught(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("24-06-2022", "2022-06-24T00:00:00+08:00"),  # a Hong Kong school's dashed day-first date
        ("发表时间 08-03-2012 14:21", "2012-03-08T14:21:00+08:00"),
        ("1-2-2019", None),  # control: unpadded dashes are no date (a version, a score)
        ("0571-8612-2019", None),  # control: a phone number
    ],
)
def test_a_dashed_day_first_date(text: str, want: str | None) -> None:
    assert parse_datetime(text) == want


def test_a_recent_update_is_the_time_when_nothing_else_dates_the_story(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>BBC中文网 - 日本扩大疏散范围</title></head><body>"
        "<div class='story-body'><div class='date'>最近更新： 2012年 4月 2日, 格林尼治标准时间 10:20</div>"
        f"<h1>日本扩大疏散范围</h1>{STORY_PROSE}</div></body></html>"
    )
    article = parse_html(page, "https://www.bbc-news.test/zhongwen/simp/world/2012/04/120402_japan.shtml", registry)
    assert article.published_at == "2012-04-02T18:20:00+08:00"


def _unaddressed(home: str, footer: str) -> str:
    """A saved page with no address of its own: root-relative related links, the site named by a home link or
    the copyright footer only."""
    return (
        "<html><head><meta charset='gbk'><title>公司通过质量体系复审</title></head><body>"
        f"<div class='place'><strong>当前位置:</strong> {home} &gt; <a href='/news/'>新闻动态</a></div>"
        f"<div class='content'><h1>公司通过质量体系复审</h1>{STORY_PROSE}</div>"
        "<div class='related'><h3>相关文章</h3><ul>"
        "<li><a href='/news/gsxw/2012/0408/327.html'>我公司荣获省科技型中小企业称号</a></li>"
        "<li><a href='/news/hyzx/2012/0315/318.html'>阀门选型时应注意的几个问题</a></li></ul></div>"
        f"<div class='foot'>{footer}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("home", "footer", "first"),
    [
        ("<a href='http://www.valve-maker.test/'>主页</a>", "版权所有", "http://www.valve-maker.test/news/gsxw/"),
        (
            "<a href='/'>首页</a>",
            "Copyright &copy; 2012 阀门厂 www.valve-maker.test 版权所有",
            "http://www.valve-maker.test/",
        ),
        ("<a href='/'>首页</a>", "版权所有", "/news/gsxw/"),  # control: nothing names the site, links stay relative
    ],
)
def test_a_page_without_its_address_resolves_against_the_site_it_names(
    registry: Registry, home: str, footer: str, first: str
) -> None:
    article = parse_html(_unaddressed(home, footer), None, registry)
    assert article.related and article.related[0].url.startswith(first)


def _dvbbs(icon_alt: str) -> str:
    """A 2005 Dvbbs thread: the poster's bold name in the card's cell, the profile link an icon in the post's cell."""
    return (
        "<html><head><meta charset='gbk'><title>二手自行车转让 - 城东论坛</title></head><body>"
        "<table><tr><th>* 帖子主题：<b>二手自行车转让</b></th></tr></table>"
        "<table><tr><td class=tablebody1 width=175><font color=#000066><b>北门老王</b></font><br>"
        "<img src='images/userface/image3.gif'><br>等级：论坛游民<br>文章：12<br></td>"
        f"<td class=tablebody1><a href='dispuser.asp?id=2231'><img src='skins/profile.gif' alt='{icon_alt}'></a>"
        f"<hr><b>二手自行车转让</b><br><blockquote>{STORY_PROSE}</blockquote></td></tr>"
        "<tr><td>2005-4-2 10:21:33</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("alt", "author"), [("查看北门老王的个人资料", "北门老王"), ("查看北门老王的資料", "北门老王")]
)
def test_a_profile_icon_naming_its_user_names_the_poster(registry: Registry, alt: str, author: str) -> None:
    article = parse_html(_dvbbs(alt), "http://bbs.chengdong.test/dispbbs.asp?boardid=6&id=8812", registry)
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("撰文：星島頭條記者", None),  # a reporter's role with no name names nobody
        ("作者：本报记者", None),
        ("撰文：新华社记者 张三", "张三"),  # control: the name after the role
        ("（小周）", "小周"),  # a desk's nickname signing off alone on a line, as under a story
        ("（小说）", None),  # control
    ],
)
def test_credit_lines_blind71_taught(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
