"""Classes the natural batch blind83n showed once flipped to tune (writers who never read the README, given only
issue 13's field meanings), as hand-written variants in other wordings and markup: never a copy of a blind page or
string. Each test names its class; each has controls that must keep reading as before.
"""

from __future__ import annotations

import re

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import clean_source, parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # An overseas paper's bar: the reporter's credit, then the date in English words, its comma no clause's.
        ("記者林珮君／舊金山報導 March 3, 2018 09:40 AM", "林珮君"),
        ("记者 周启明／温哥华报道 Nov. 21, 2019", "周启明"),
        ("記者陳立群 12 Sept 2017 14:05", "陳立群"),
        ("記者林珮君／舊金山報導 2018-03-03 09:40", "林珮君"),
        # Controls: an English sentence's commas still make the line prose, and a "By" bar keeps its writer.
        ("記者林珮君, 舊金山報導, 並指出選民登記人數創新高", None),
        ("By Grace Liu | March 3, 2018", "Grace Liu"),
    ],
)
def test_a_date_printed_in_english_ends_the_reporter_s_credit(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_an_overseas_page_s_bar_with_an_english_date_names_its_reporter(registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>華埠新春遊行吸引萬人 - 灣區</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a> <a href='/sf/'>灣區</a></div>"
        "<article><h1>華埠新春遊行吸引萬人</h1>"
        "<div class='meta'><span class='by'>記者林珮君／舊金山報導</span>"
        " <span class='t'>March 3, 2018 09:40 AM</span></div>"
        f"<div class='body'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div></article>"
        "<div class='foot'>版權所有</div></body></html>"
    )
    article = parse_html(html, "https://www.bayarea-cn.test/news/2018/03/03/parade.html", registry)
    assert article.author == "林珮君"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The bar's font switch, an inline link right after the outlet with no space: no part of its name.
        ("2019-04-02 08:10 来源：南方都市报字号", "南方都市报"),
        ("来源：中国青年报字體", "中国青年报"),
        ("来源：解放日报字体", "解放日报"),
        # Controls: a 老字号 is a word of its own, and a separated switch was always cut.
        ("来源：中华老字号", "中华老字号"),
        ("来源：解放日报 字号", "解放日报"),
    ],
)
def test_a_font_switch_glued_after_the_outlet_is_no_part_of_it(text: str, source: str) -> None:
    assert clean_source(text) == source
    assert parse_line(text).source == source


def _account_post(closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>秋分吃什么｜老规矩里的时令菜</title></head><body>"
        "<div id='img-content'><h2 class='rich_media_title' id='activity-name'>秋分吃什么｜老规矩里的时令菜</h2>"
        "<div id='meta_content'><a id='js_name'>江城味道</a><em id='publish_time'>2020-09-22</em></div>"
        f"<div class='rich_media_content' id='js_content'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"
        f"<p>{closing}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # An account's post closing on a reprint's label: the outlet it was taken from, whatever the label's words.
        ("本文转自：楚天都市报", "楚天都市报"),
        ("转载自：长江日报", "长江日报"),
        ("稿源：湖北日报", "湖北日报"),
        ("本文转载自 武汉晚报", "武汉晚报"),
        # Controls: the 来源 label always counted; a department sending the text in is the account's own.
        ("来源：楚天都市报", "楚天都市报"),
        ("供稿：营养科", None),
        ("信息提供：营养科", None),
    ],
)
def test_an_account_post_s_closing_reprint_label_names_its_source(
    closing: str, source: str | None, registry: Registry
) -> None:
    article = parse_html(_account_post(closing), "https://mp.weixin.qq.com/s/Qe7cK2mWd0Lx", registry)
    assert (article.author, article.source) == ("江城味道", source)


def _qa_page(question: str, answers: str) -> str:
    return (
        "<html><head><meta charset='gbk'><title>阳台的绿萝叶子发黄怎么办_知识问答</title></head><body>"
        "<div class='crumb'><a href='/'>问答首页</a> &gt; 园艺</div><h1>阳台的绿萝叶子发黄怎么办？</h1>"
        f"{question}{answers}<div class='foot'>本站内容由网友提供，仅供参考</div></body></html>"
    )


_ANSWER = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("answers", "author"),
    [
        # The answerer's card after the best answer: the name, then its level opening with the card's separator.
        (
            f"<div class='best'><div class='hd'>满意回答</div><div class='bd'>{_ANSWER}</div>"
            "<div class='ft'><span><a href='/u/lvluo'>养花的老周</a> | 六级</span>"
            " <span>2015-4-9 08:40</span></div></div>",
            "养花的老周",
        ),
        (
            f"<div class='best'><div class='hd'>最佳答案</div><div class='bd'>{_ANSWER}</div>"
            "<div class='ft'><a href='/u/lvluo'>养花的老周</a><span>｜采纳率：82%</span>"
            "<span>2015-4-9 08:40</span></div></div>",
            "养花的老周",
        ),
        # Control: the stats opening without a separator were read before.
        (
            f"<div class='best'><div class='hd'>最佳答案</div><div class='bd'>{_ANSWER}</div>"
            "<div class='ft'><a href='/u/lvluo'>养花的老周</a><span>六级</span><span>2015-4-9 08:40</span></div></div>",
            "养花的老周",
        ),
    ],
)
def test_a_best_answer_s_card_may_open_its_stats_with_a_separator(
    answers: str, author: str | None, registry: Registry
) -> None:
    question = "<div class='q'>家里的绿萝放在阳台，最近叶子一片片发黄，是浇水太多了吗？</div>"
    page = _qa_page(question, answers)
    assert parse_html(page, "https://wenda.lvzhi.test/question/20150408.html", registry).author == author


@pytest.mark.parametrize(
    ("question", "author"),
    [
        # A health site's question under its own heading, the first answer opening with a doctor's card.
        ("<div class='q'><h3>病情描述</h3><p>孩子四岁，最近总说肚子疼，吃饭也少。</p></div>", "沈丽华"),
        ("<div class='q'><p>问题描述：孩子四岁，最近总说肚子疼，吃饭也少。</p></div>", "沈丽华"),
        # Control: a page printing no cue of a Q&A is a story, its expert box no writer.
        ("<div class='q'><p>孩子四岁，最近总说肚子疼，吃饭也少。</p></div>", None),
    ],
)
def test_a_described_question_makes_the_doctor_card_the_answerer(
    question: str, author: str | None, registry: Registry
) -> None:
    answers = (
        f"<div class='ans'><div><b>沈丽华</b></div><div>主治医师</div><div>市第二人民医院 儿科</div>{_ANSWER}</div>"
    )
    page = _qa_page(question, answers)
    assert parse_html(page, "https://www.yiwen.test/question/3390121.html", registry).author == author


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        # An outlet's own copyright notice closing the story names its writer and editor in clauses of their own.
        ("本文由「极客前线」原创出品，作者：罗一帆，编辑：邵佳。转载请联系极客前线获取授权。", "罗一帆", "邵佳"),
        ("本文为财经天下原创，作者：陆明远，编辑：何婷。未经授权不得转载。", "陆明远", "何婷"),
        ("本文系城市观察网独家稿件，作者：柯南星，责任编辑：孟蕾。", "柯南星", "孟蕾"),
        # Controls: a notice with no clause credits nobody; an account's reprint notice as before.
        ("本文系城市观察网独家稿件，转载请注明出处。", None, None),
        ("本文来自微信公众号“远山笔记”，作者：程野，编辑：方舟，经授权发布。", "程野", "方舟"),
    ],
)
def test_an_outlet_s_copyright_notice_names_the_writer_and_editor_of_its_clauses(
    line: str, author: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


def _related_box(extra: str) -> str:
    items = "".join(
        f"<li><a href='/news/2020/1003/{4100 + n}.html'>{title}</a></li>"
        for n, title in enumerate(
            (
                "江滩夜景灯光秀国庆期间每晚上演",
                "地铁五号线国庆假期延长运营时间",
                "东湖绿道骑行人数创下新高",
                "黄鹤楼景区实行预约限流入园",
            )
        )
    )
    return (
        "<html><head><meta charset='utf-8'><title>国庆假期首日客流平稳</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        "<div class='article'><h1>国庆假期首日客流平稳</h1><div class='info'>2020-10-01 18:20 来源：江城日报</div>"
        f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        f"<div class='box'><h2>相关阅读</h2><ul>{items}{extra}</ul></div>"
        "<div class='foot'>版权所有 江城日报</div></body></html>"
    )


@pytest.mark.parametrize(
    ("extra", "kept"),
    [
        # A list's "see more" link, arrows after the words or the verb asking to see more: no item.
        ("<li class='more'><a href='/news/list_1203.html'>查看更多相关新闻 &gt;&gt;</a></li>", False),
        ("<li class='more'><a href='/news/list_1203.html'>更多精彩 »</a></li>", False),
        ("<li class='more'><a href='/news/list_1203.html'>点击查看更多</a></li>", False),
        # Control: a headline opening with 更多 is a story.
        ("<li><a href='/news/2020/1003/4188.html'>更多城市加入垃圾分类行列</a></li>", True),
    ],
)
def test_a_see_more_link_in_a_related_box_is_no_item(extra: str, kept: bool, registry: Registry) -> None:
    article = parse_html(_related_box(extra), "https://news.jcrb.test/news/2020/1001/4000.html", registry)
    urls = [item.url for item in article.related]
    assert len(urls) == 4 + kept
    assert ("https://news.jcrb.test/news/list_1203.html" in urls) is False


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        # An empty 责编 joined with the bar's next line, an outlet and a time: editors are people, no outlet edits.
        ("作者：林清远 责编：第一财经 2022-07-15 18:55:02", None),
        ("责任编辑：新华网", None),
        ("作者：林清远 责任编辑：华夏时报 2021-03-02", None),
        # Controls: a person, and a person after a CMS login.
        ("作者：林清远 责编：王晨 2022-07-15 18:55:02", "王晨"),
        ("责任编辑：lollyli 李伟", "李伟"),
    ],
)
def test_an_outlet_in_the_editor_s_place_is_no_editor(line: str, editor: str | None) -> None:
    assert parse_line(line).editor == editor


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        # A template's editor slot holding a promotion: a sentence, no name.
        ("海量资讯、精准解读，尽在新浪财经APP", None),
        ("欢迎下载客户端，随时随地看新闻", None),
        # Controls: names joined by commas, and an ID after the name.
        ("张晓峰，李婉清", "张晓峰 李婉清"),
        ("王晨 SN098", "王晨"),
    ],
)
def test_a_sentence_in_a_rule_s_editor_slot_names_nobody(text: str, editor: str | None) -> None:
    from newscorpus.scrapers.byline import clean_editor

    assert clean_editor(text) == editor


def test_a_caption_under_an_empty_editor_label_is_no_editor() -> None:
    from newscorpus.scrapers.byline import parse_byline

    lines = ["2019年12月05日 06:30 [汽车之家 试驾评测] 编辑：", "▲哈弗F7在高速上的表现相当稳定", "(编辑：姜佳乐)"]
    assert parse_byline(lines).editor == "姜佳乐"
    # Control: a name on the next line is the label's value.
    assert parse_byline(["2019年12月05日 06:30 编辑：", "姜佳乐"]).editor == "姜佳乐"


@pytest.mark.parametrize(
    "closing",
    [
        # A multi-page story's pager and a portal's correction link, printed inside the rule's body element.
        "<p>上一页 1 2 3 下一页</p>",
        "<p><a href='#'>&lt;上一页</a>12<a href='#'>下一页&gt;</a></p>",
        "<p>1 2 下一页</p>",
        "<div>【纠错】 【我要纠错】 责任编辑： 周晓岚</div>",
        "<div>[纠错]</div>",
    ],
)
def test_a_pager_or_a_correction_link_in_a_rule_s_body_is_no_story_line(closing: str, registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>春耕备耕有序推进-新华网</title></head><body>"
        "<div class='h-title'>春耕备耕有序推进</div><div class='h-info'><span class='h-time'>2016-03-21 09:12:30</span>"
        "<span>来源： 新华网</span></div>"
        f"<div id='p-detail'>{STORY_PROSE}{closing}</div></body></html>"
    )
    article = parse_html(html, "http://news.xinhuanet.com/politics/2016-03/21/c_1118393123.htm", registry)
    assert article.paragraphs == re.findall(r"<p>(.*?)</p>", STORY_PROSE)


@pytest.mark.parametrize(
    "line", ["下一页将介绍具体做法。", "首页改版后访问量上升", "上一页纸上写着他的名字，下一页是空白"]
)
def test_a_story_line_naming_a_page_stays_text(line: str) -> None:
    from newscorpus.scrapers.boilerplate import is_furniture

    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A portal's section linked in the bar right after the writers or the reporter's role: the channel, no name.
        ("2017年08月15日 07:41 来源：中国青年报 作者：叶雨婷 王嘉兴 科技 分享到：微信 微博", "叶雨婷 王嘉兴"),
        ("作者：林嘉欣 體育", "林嘉欣"),
        ("BBC中文记者 科技 BBC News 中文", None),
        # Controls: two writers, and a reporter's name after the label.
        ("作者：叶雨婷 王嘉兴", "叶雨婷 王嘉兴"),
        ("记者 张文科 体育部", "张文科"),
    ],
)
def test_a_section_link_after_the_writers_is_no_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("lines", "editor"),
    [
        # An empty 编辑： over a line with a colon of its own (a page's section heading): no name holds a colon.
        (["2015年09月14日 06:06 [汽车之家 原创] 编辑：", "本文第2页：动力与操控"], None),
        (["2015年09月14日 06:06 编辑：", "第三章：测试结果"], None),
        # Controls: an ID in brackets after the name, and a name on the next line.
        (["2015年09月14日 06:06 责任编辑：蓝天（ID:LT007）"], "蓝天"),
        (["2015年09月14日 06:06 编辑：", "宋嘉禾"], "宋嘉禾"),
    ],
)
def test_a_line_with_a_colon_of_its_own_is_no_empty_editor_label_s_value(lines: list[str], editor: str | None) -> None:
    from newscorpus.scrapers.byline import parse_byline

    assert parse_byline(lines).editor == editor


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A rule's source element holding only a label the grammar reads before a separator: no value shown.
        ("来自", None),
        # The same label one space before its value reads as labelled: an outlet, not a device.
        ("来自 新华网", "新华网"),
        ("来自 iPhone客户端", None),
        # Controls: a bare outlet, and a labelled one.
        ("新华网", "新华网"),
        ("来自：人民网", "人民网"),
    ],
)
def test_a_lone_label_in_a_rule_s_source_slot_is_read_as_a_label(text: str, source: str | None) -> None:
    assert clean_source(text) == source
