"""Classes learnt in session 25 from tune material (blind batches up to blind72 and the earlier ones' remaining
misses), as hand-written variants in other wordings and markup: never a copy of a blind page.

Bylines: a photo's credit under a caption names the picture's agency, not the story's source; a bar's tools in
square brackets after its unlabelled outlet (`[打印] [关闭]`) leave no stray parts that make it too long for a bar;
a site rule whose bar selectors miss reads the bars after a headline standing alone in its wrapper
(`<div class=hd><h1>`), not only after a bare headline.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        # A caption, then the photographer's credit: the agency took the picture, it did not file the story.
        ("3月8日，游客在公园内赏花。（中新社记者 李晓东 摄）", None, None),
        ("10月3日，游客在景区排队入园。（人民日报记者 王海 摄影）", None, None),
        ("图为2023年6月1日，孩子们在广场上做游戏。（新华社记者 周然 摄）", None, None),
        # Control: an undated caption was read so already.
        ("市民在社区服务站办理业务。（新华社记者 周然 摄）", None, None),
        # Controls: a writer's credit in the same place still names the outlet's wire; a bare photo credit nothing.
        ("（中央社記者陳靜怡台中5日電）", "中央社", "陳靜怡"),
        ("（新华社记者 周然 摄）", None, None),
    ],
)
def test_a_photo_credit_under_a_caption_names_no_source(line: str, source: str | None, author: str | None) -> None:
    found = parse_line(line)
    assert (found.source, found.author) == (source, author)


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        ("2015年6月2日 08:15 江南都市报 [收藏] [纠错] [打印]", "江南都市报"),
        ("2011-07-02 09:40\u3000燕赵晚报\u3000发表评论\u3000[打印]\u3000[关闭]", "燕赵晚报"),
        # Controls: fewer tools were read before; a bar of tools alone names nobody.
        ("2012-03-05 10:20\u3000\u3000齐鲁晚报\u3000\u3000[打印] [关闭]", "齐鲁晚报"),
        ("2011-07-02 09:40 [打印] [关闭] [返回]", None),
    ],
)
def test_a_bars_bracketed_tools_after_its_outlet(bar: str, source: str | None) -> None:
    assert parse_byline(["高校招生咨询会在体育馆举行", bar]).source == source


def _old_portal_page(head: str, body_id: str) -> str:
    """A 2010-style portal page: the bar's spans glued (no spaces between them), tools after them."""
    bar = (
        "<div class='info'><span class='col'><span class='t'>2010年01月30日09:12</span>"
        "<span class='s'><a href='http://www.chinanews.test/'>中国新闻网</a></span>"
        "<span class='c'>我要评论(<a href='#'>12</a>)</span></span>\n"
        "<span class='tools'>字号：<a href='#'>T</a>|<a href='#'>T</a></span></div>"
    )
    lead = "<p>中新网北京1月30日电（记者 王强 李静）春运首日，全国铁路、公路、水路、民航客流总体平稳有序。</p>"
    return (
        "<html><head><meta charset='utf-8'><title>春运首日客流平稳有序_新闻中心</title></head><body>"
        "<div id='ArticleCnt'><div class='dir'><a href='/'>新闻中心</a> &gt; 正文</div>\n<div id='C-Main'>\n"
        f"{head}\n{bar}\n<div id='{body_id}'>{lead}{STORY_PROSE}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "body_id"),
    [
        ("https://news.qq.com/a/20100130/000123.htm", "Cnt-Main-Article-QQ"),
        ("https://news.163.com/10/0130/09/5TQ1234500011229.html", "endText"),
    ],
)
@pytest.mark.parametrize(
    "head",
    [
        "<div class='hd'><h1>春运首日客流平稳有序</h1></div>",
        "<div class='hd'><div class='inner'><h1>春运首日客流平稳有序</h1></div></div>",
        "<h1>春运首日客流平稳有序</h1>",  # control: a bare headline's bars were read before
    ],
)
def test_a_rule_reads_the_bar_after_a_headlines_wrapper(registry: Registry, url: str, body_id: str, head: str) -> None:
    article = parse_html(_old_portal_page(head, body_id), url, registry)
    assert (article.author, article.source) == ("王强 李静", "中国新闻网")


def _story_page(after: str, url_host: str = "news.example.test") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>寒潮来袭 各地气温明显下降</title></head><body>"
        f"<div class='main'><h1>寒潮来袭 各地气温明显下降</h1><div class='txt'>{STORY_PROSE}</div>{after}</div>"
        "</body></html>"
    )


def _related_urls(html: str, url: str, registry: Registry) -> list[str]:
    return [item.url for item in parse_html(html, url, registry).related]


@pytest.mark.parametrize("klass", ["menuUrl", "navItem", "menu-link"])
def test_link_cards_a_class_word_calls_menu_are_the_list(registry: Registry, klass: str) -> None:
    # Each card is a link around its picture and headline; the class word names no menu box, only the cards.
    cards = "".join(
        f"<a href='/news/life/20201103{n:04d}.aspx' class='{klass}'><div class='wrap'><img src='{n}.jpg'>"
        f"<h2>{title}</h2></div></a>"
        for n, title in enumerate(("冷空气南下 北方多地迎来降温", "气象台发布寒潮蓝色预警信号"))
    )
    html = _story_page(f"<div class='more'><h2>延伸阅读</h2>{cards}</div>")
    urls = _related_urls(html, "https://news.example.test/news/life/202011050123.aspx", registry)
    assert urls == [f"https://news.example.test/news/life/20201103{n:04d}.aspx" for n in range(2)]


def test_a_menu_of_channel_links_under_a_heading_stays_out(registry: Registry) -> None:
    # Control: links to channels' index pages, not stories, in a box its class calls a menu.
    menu = "".join(f"<a class='menuUrl' href='/{c}/'>{name}</a>" for c, name in (("life", "生活"), ("tech", "科技")))
    html = _story_page(f"<div class='more'><h2>延伸阅读</h2>{menu}</div>")
    assert _related_urls(html, "https://news.example.test/news/life/202011050123.aspx", registry) == []


@pytest.mark.parametrize("heading", ["相关菜谱", "相关食谱", "相關食譜"])
def test_a_recipe_sites_other_recipes(registry: Registry, heading: str) -> None:
    items = "".join(
        f"<li><a href='/recipe/{n}.html'><img src='{n}.jpg' alt='{name}'><strong>{name}</strong></a>"
        f"<span>{n}人做过</span></li>"
        for n, name in ((1201, "酸菜鱼"), (1202, "糖醋排骨"), (1203, "地三鲜"))
    )
    html = _story_page(f"<div class='box'><h3>{heading}</h3><ul>{items}</ul></div>")
    urls = _related_urls(html, "https://www.caipu.test/recipe/1200.html", registry)
    assert urls == [f"https://www.caipu.test/recipe/{n}.html" for n in (1201, 1202, 1203)]


def test_a_question_list_on_a_search_engines_qa_host(registry: Registry) -> None:
    items = "".join(
        f"<li><a href='/q/{n}'>{q}</a><span>3个回答</span></li>"
        for n, q in ((1377542180720001, "公积金断缴半年有什么影响"), (1377542180720002, "异地公积金怎么转移"))
    )
    search = "<li><a href='https://www.so.com/s?q=%E5%85%AC%E7%A7%AF%E9%87%91'>搜索更多公积金问题</a></li>"
    html = _story_page(f"<div class='mod'><div class='hd'><h3>相关问题</h3></div><ul>{items}{search}</ul></div>")
    urls = _related_urls(html, "http://wenda.so.com/q/1377542180729999", registry)
    # The search engine's results page is no question (control: www.so.com still is never a story).
    assert urls == ["http://wenda.so.com/q/1377542180720001", "http://wenda.so.com/q/1377542180720002"]


_POINT = "测量前先安静休息五分钟，袖带与心脏保持同一高度，每天固定时间测量并记录，连续观察一周再去门诊复查。"


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("<div class='time'>编辑于 2022-03-09 21:05</div>", "2022-03-09T21:05:00+08:00"),
        ("<p class='meta'>編輯於 2019-11-30 08:12 · 著作權歸作者所有</p>", "2019-11-30T08:12:00+08:00"),
        # Controls: a publish time outranks the edit; an entry's revision (更新时间) dates nothing.
        ("<div>发布于 2022-03-08 10:00</div><div>编辑于 2022-03-09 21:05</div>", "2022-03-08T10:00:00+08:00"),
        ("<div class='time'>更新时间：2022-03-09</div>", None),
    ],
)
def test_a_post_showing_only_its_last_edit_is_dated_by_it(registry: Registry, stamp: str, want: str | None) -> None:
    # The stamp sits after a long post (a column's or an answer's foot), far from the headline.
    long_post = "".join(f"<p>第{n}点，{_POINT}</p>" for n in range(1, 13))
    html = _story_page(
        f"<div class='more'>{long_post}</div>{stamp}<div class='topics'><a href='/topic/1'>高血压</a></div>"
    )
    assert parse_html(html, "https://zhuanlan.example.test/p/393021884", registry).published_at == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2014 09 21 08:05", "2014-09-21T08:05:00+08:00"),
        ("Sun 2016 03 13 22:41:07", "2016-03-13T22:41:07+08:00"),
        # Controls: three bare numbers without a time, or a one-digit month, stay no date.
        ("2014 09 21", None),
        ("共 2014 9 21 08:05", None),
    ],
)
def test_a_stamp_of_spaced_parts_with_its_time(text: str, want: str | None) -> None:
    assert parse_datetime(text) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：耳鼻咽喉头颈外科 副主任医师 石慧玲", "石慧玲"),
        ("作者：消化内科 副主任医师 孙立群", "孙立群"),
        ("作者：儿童保健科 副主任护师 钱芳", "钱芳"),
        # Controls: a ward and a grade without a grade's "副" were read so before; a ward alone is no writer.
        ("作者：消化内科 主任医师 孙立群", "孙立群"),
        ("作者：消化内科", None),
    ],
)
def test_a_ward_then_a_deputy_grade_before_the_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("shown", "editor"),
    [
        ("看点快报 声明：此文系转载自合作媒体，本网登载此文出于传递更多信息之目的，并不意味着赞同其观点。", None),
        ("平台声明：本文仅代表作者观点，不代表本站立场，转载请联系原作者获得授权。", None),
        # Controls: a bare editor's name, with or without its CMS id, as before.
        ("责任编辑：周晓燕", "周晓燕"),
        ("周晓燕_NB12345", "周晓燕"),
    ],
)
def test_a_notice_an_editor_selector_hits_names_no_editor(registry: Registry, shown: str, editor: str | None) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>年轻人为何爱上城市骑行_新浪新闻</title></head><body>"
        "<h1 class='main-title'>年轻人为何爱上城市骑行</h1><div class='date-source'><span class='date'>"
        f"2020年11月26日 21:14</span></div><div id='artibody'>{STORY_PROSE}<p class='show_author'>{shown}</p></div>"
        "</body></html>"
    )
    article = parse_html(html, "https://k.sina.com.cn/article_7517400647_1c0126e4705900abc.html", registry)
    assert article.editor == editor


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（据《钱江晚报》）", "钱江晚报"),
        ("据《北京青年报》报道", "北京青年报"),
        ("来源：@上海发布", "上海发布"),
        ("来源：＠江苏新闻", "江苏新闻"),
        # Controls: an outlet without marks, and 据 before no outlet.
        ("（据中新网）", "中新网"),
        ("据了解", None),
    ],
)
def test_an_outlet_quoted_in_marks_or_cited_by_its_handle(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("（妙觉 供稿 慧心 摄影）", "妙觉", None),
        ("（赵晓东 供稿）", "赵晓东", None),
        ("（供稿：街道综治办 钱丽娟）", "钱丽娟", "街道综治办"),
        ("全体学员顺利结业。（孙海 供稿）", "孙海", None),
        ("学员们纷纷表示收获很大。（市农业局植保股 刘伟）", "刘伟", None),
        # Controls: a unit before 供稿 is the source, nobody the writer; a writer credited elsewhere stays.
        ("（后勤保障部 供稿）", None, "后勤保障部"),
        ("（团委 供稿　撰稿：周琳　审核：吴刚）", "周琳", "团委"),
    ],
)
def test_a_person_who_supplied_the_text_writes_it(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("Story by Karen Lau / Edited by Peter Yip", "Karen Lau", None, "Peter Yip"),
        ("Edited by Peter Yip", None, None, "Peter Yip"),
        (
            "By Chen Ming and Wu Lan | Shanghai Daily | Updated: 2021-03-02 09:15",
            "Chen Ming Wu Lan",
            "Shanghai Daily",
            None,
        ),
        # Controls: a bar part that is no outlet's name, and a wire credited by By.
        ("By Chen Ming | 2021-03-02 09:15", "Chen Ming", None, None),
        ("By Reuters | Updated: 2021-03-02", None, "Reuters", None),
    ],
)
def test_an_english_bar_names_its_editor_and_outlet(
    line: str, author: str | None, source: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


def _answer_page(counter: str) -> str:
    card = (
        "<div class='AuthorInfo'><span class='avatarWrap'><img class='Avatar' src='/a/9.jpg' alt='沈听澜'></span>"
        "<div class='info'><div class='head'><a class='UserLink' href='/people/shen-ting-lan-3'>沈听澜</a></div>"
        "<div class='detail'>十年内科医生，偶尔科普</div></div></div>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>体检报告里的结节要紧吗？ - 问答社区</title></head><body>"
        "<h1>体检报告里的结节要紧吗？</h1>"
        "<div class='q'>单位体检查出甲状腺结节，医生说定期复查就行，还是有点担心。</div>"
        f"<div class='more'>{counter}</div><div class='answer'>{card}<div class='rich'>{STORY_PROSE}</div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("counter", "author"),
    [
        ("<a href='/question/1'>查看全部 37 个回答</a>", "沈听澜"),
        ("<span>1,204 人赞同了该回答</span>", "沈听澜"),
        ("", None),  # control: no answer counted, the card is read as no writer's
    ],
)
def test_a_qa_answerers_card_names_the_writer(registry: Registry, counter: str, author: str | None) -> None:
    article = parse_html(_answer_page(counter), "https://wenda.example.test/question/52013/answer/8841", registry)
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（供稿：教务处 教师发展中心　摄影：林晨）", "教务处 教师发展中心"),
        ("來源：國立清華大學 新聞中心", "國立清華大學 新聞中心"),
        ("資料來源：秘書室 公關組", "秘書室 公關組"),
        # Controls: a person after the unit is no part of it; an outlet then a name.
        ("来源：宣传部 周晓", "宣传部"),
        ("来源：新华社 周晓", "新华社"),
    ],
)
def test_offices_sending_the_story_together_are_one_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("原创 山城旧事录 2019-04-02", "山城旧事录", None),
        ("原创 老街坊杂谈 老街坊杂谈 2021-09-30 18:45", "老街坊杂谈", None),
        # Controls: a writer then an account; an outlet's own account stays the source; a tool is no account.
        ("原创 周晴 山城旧事录 2019-04-02 08:00", "周晴", None),
        ("原创 重庆晚报 2019-04-02", None, "重庆晚报"),
        ("原创 我要评论 2019-04-02", None, None),
    ],
)
def test_the_account_after_an_original_badge(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A unit under a writer's label is no writer: a person, or a self-media account, writes.
        ("作者：学生工作处", None, None),
        ("撰稿：高一年级组", None, None),
        ("作者：市场营销中心　来源：市场营销中心", None, "市场营销中心"),
        ("作者：区住房和城乡建设局", None, None),
        # An outlet alone under 作者 names the source.
        ("作者：扬子晚报", None, "扬子晚报"),
        # Controls: a person after the unit writes; an account crediting itself twice writes its own post; an
        # outlet beside a person employs them.
        ("作者：学生工作处 韩雪", "韩雪", None),
        ("作者：城南吃喝局　来源：城南吃喝局", "城南吃喝局", None),
        ("作者：扬子晚报 作者：韩雪", "韩雪", None),
    ],
)
def test_a_unit_is_no_writer(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("credit", "author", "source"),
    [
        # The span the rule's source selector names holds the writer's credit in this template: no source slot; the
        # outlet printed beside the time is the source.
        ("<span class='ss03'>作者：<span>韩立新</span></span>", "韩立新", "经济观察报"),
        ("<span class='ss03'>记者 韩立新</span>", "韩立新", "经济观察报"),
        # Control: the slot holding the outlet, as the rule expects.
        ("<span class='ss03'>经济观察报</span>", None, "经济观察报"),
    ],
)
def test_a_source_selector_hitting_a_writers_credit(
    registry: Registry, credit: str, author: str | None, source: str
) -> None:
    outlet = "" if "经济观察报" in credit else "<span class='ss02'>经济观察报</span> "
    html = (
        "<html><head><meta charset='utf-8'><title>暴雨之后的水库_资讯频道_凤凰网</title></head><body>"
        "<div id='artical'><h1 id='artical_topic'>暴雨之后的水库</h1>"
        f"<p class='p_time'><span>2010年08月12日 09:31</span> {outlet}{credit}</p>"
        f"<div id='main_content'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(html, "https://news.ifeng.com/society/1/detail_2010_08/12/1935472_1.shtml", registry)
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("视频拍摄：记者 韩冬", None),  # a video's camera credit, as a photo's
        ("摄像：韩冬", None),
        ("（护理部 钱丽 供稿）", "钱丽"),  # a unit, then the person who supplied the text
        ("撰稿：宣教事工組　方淑貞姊妹", "方淑貞"),  # a church group, then its member with her title
        # Controls: a writer beside a camera credit; a unit alone before 供稿.
        ("文字：记者 李静 摄像：韩冬", "李静"),
        ("（后勤处 供稿）", None),
    ],
)
def test_camera_credits_and_credits_after_a_unit(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("信息提供：社区居委会　录入：陈敏", None, "社区居委会", None),
        ("信息报送：新华镇　核稿：周强", None, "新华镇", None),
        ("【新唐人2019年05月06日訊】（記者林文傑台北報導）", "林文傑", "新唐人", None),
        ("專欄作家：夏露｜本文不代表本台立場", "夏露", None, None),
        ("作者：钱程　编辑：新闻中心", "钱程", None, None),  # a unit after 编辑 is no editor
        # Controls: a person after 编辑, and a wire tag without a date.
        ("作者：钱程　编辑：李科", "钱程", None, "李科"),
        ("【大公報訊】記者 周立新 報道：", "周立新", "大公報", None),
    ],
)
def test_info_units_wire_tags_columnists_and_unit_editors(
    line: str, author: str | None, source: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)
