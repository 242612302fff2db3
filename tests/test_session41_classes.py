"""Classes session 41 found in blind96n's strings and pages (flipped to tune at the session's start): a Western name
with an accented letter cut at that letter (``Thomas Müller`` -> ``Thomas``); a rights notice after a source value;
a closing note's report verb; 网友 before a handle; a unit's own news tag and a lead's bracket with no label; a
comment link in a rule's source slot; 来自 glued before a self-media account; a deck printed again as the story's lead
hiding the bar between them. Written as other names, outlets and wordings than the batch's, with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields

_STORY = (
    "<p>记者从市气象台获悉，受冷空气影响，本周末全市将出现明显降温，最低气温可降至零下五摄氏度左右。</p>"
    "<p>气象部门提醒市民及时添衣保暖，农业部门要做好大棚蔬菜和越冬作物的防冻工作。</p>"
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("原文作者：Jürgen Weiß", "Jürgen Weiß"),
        ("作者：Inés Muñoz", "Inés Muñoz"),
        ("By François Lefèvre | 2021-05-02", "François Lefèvre"),
        ("By Zoë Hart and Søren Dahl", "Zoë Hart Søren Dahl"),
        ("作者：Łukasz Wójcik　编辑：王敏", "Łukasz Wójcik"),
        # controls: plain ASCII names and Han names read as before
        ("原文作者：Peter Lang", "Peter Lang"),
        ("By Mary Ann Chen | 2020-01-02", "Mary Ann Chen"),
        ("作者：周文斌", "周文斌"),
    ],
)
def test_a_western_name_keeps_its_accented_letters(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：互联网　如有侵权请联系删除", "互联网"),
        ("来源：网络 转载请注明出处", "网络"),
        ("来源：网络整理　版权归原作者所有", "网络整理"),
        # controls: the value alone, an outlet before the notice, and a bar tool after the value
        ("来源：网络", "网络"),
        ("来源：长江日报　如有侵权请联系删除", "长江日报"),
        ("来源：本站原创 点击数：", "本站原创"),
    ],
)
def test_a_rights_notice_after_the_source_ends_it(line: str, source: str) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（湖州日报 沈立 报道）", ("沈立", "湖州日报", None)),
        ("（市慈善总会 顾敏、唐伟 报道）", ("顾敏 唐伟", None, None)),
        ("（嘉兴商会 邱雨 報道）", ("邱雨", None, None)),
        # controls: a note without the verb needs the outlet before the names; a unit alone reports nobody
        ("（湖州日报 沈立）", ("沈立", "湖州日报", None)),
        ("（嘉兴商会 邱雨）", (None, None, None)),
        ("（市慈善总会 报道）", (None, None, None)),
    ],
)
def test_a_closing_note_with_the_report_verb_names_its_writers(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：网友 青山依旧", "青山依旧"),
        ("作者：热心网友 陈立群", "陈立群"),
        ("網友 半夏微涼 投稿", "半夏微涼"),
        # controls: the word alone names nobody, a handle starting with it stays whole
        ("作者：网友", None),
        ("作者：网友小林", "网友小林"),
    ],
)
def test_a_visitor_word_before_a_handle_is_no_part_of_it(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报讯（周振华）昨天上午，市图书馆新馆正式开放。", "周振华"),
        ("本镇讯（镇宣传委员 何丽萍）3月12日，镇里召开春耕动员会。", "何丽萍"),
        ("本校讯（校办 吴思远）近日，学校举行秋季运动会。", "吴思远"),
        ("本县讯（通讯员 孟凡）连日来，县里组织开展防汛演练。", "孟凡"),
        # controls: a note in the lead's bracket names nobody; an outlet's bracketed tag stays the source's
        ("本报讯（图文）昨天上午，市图书馆新馆正式开放。", None),
        ("本报讯（综合）昨天上午，市图书馆新馆正式开放。", None),
    ],
)
def test_a_lead_bracket_without_a_label_names_its_writers(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("本村讯（村主任 周建国）", ("周建国", None, None)),
        ("本院讯 记者 谢婷报道：", ("谢婷", None, None)),
        # control: a bracketed tag names its outlet, even one opening with 本 (本溪)
        ("【本溪日报讯】记者 孙立", ("孙立", "本溪日报", None)),
    ],
)
def test_a_units_own_news_tag_names_no_outlet(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields


def _ifeng_2014(slot: str) -> str:
    return (
        "<html><head><title>本周末全市明显降温_资讯频道_凤凰网</title></head><body><div class='col_L' id='artical'>"
        "<h1 id='artical_topic'>本周末全市明显降温 最低气温零下五摄氏度</h1><div id='artical_sth'><p class='p_time'>"
        "<span class='ss01'>2015年12月04日 08:10</span><span class='ss02'><span itemprop='publisher'>"
        f"<span itemprop='name'><a href='http://www.hangzhou.com.cn/'>杭州日报</a></span></span></span>{slot}</p></div>"
        f"<div id='artical_real'><div id='main_content'>{_STORY}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("slot", "source"),
    [
        ("<span class='ss03'><a href='http://comment.ifeng.com/'>参与评论(<em>86</em>)</a>人</span>", "杭州日报"),
        ("<span class='ss03'><a href='http://comment.ifeng.com/'>我要评论</a></span>", "杭州日报"),
        ("<span class='ss03'>跟帖 <em>36</em></span>", "杭州日报"),
        # controls: the slot naming an outlet is the source; an outlet whose name ends in 评论 stays one
        ("<span class='ss03'>来源：钱江晚报</span>", "钱江晚报"),
        ("<span class='ss03'><a href='http://www.bjnews.com.cn/'>新京报评论</a></span>", "新京报评论"),
    ],
)
def test_a_comment_link_in_a_rules_source_slot_is_passed_over(slot: str, source: str) -> None:
    url = "http://news.ifeng.com/a/20151204/46523419_0.shtml"
    assert parse_html(_ifeng_2014(slot), url, Registry.load()).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2021-03-08 19:02:11 来自乡野老赵 大风号", "乡野老赵"),
        ("來自財經小鹿 企鹅号", "財經小鹿"),
        ("来自码农阿飞 头条号 2020-05-06", "码农阿飞"),
        # controls: the account without the word, and the word apart from it
        ("乡野老赵 大风号", "乡野老赵"),
        ("来自 乡野老赵 大风号", "乡野老赵"),
    ],
)
def test_the_word_from_glued_before_an_account_is_no_part_of_it(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


_DECK = "锂电池原材料价格高位回落，多家电池企业下调报价。"


def _deck_page(deck: str, intro: str, outlet: str) -> str:
    return (
        "<html><head><title>电池级碳酸锂价格三个月下跌四成_新闻</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/news/'>新闻</a><a href='/auto/'>汽车</a></div>"
        "<div class='left'><div class='title'><h1>电池级碳酸锂价格三个月下跌四成</h1>"
        f"{f'<h2>{deck}</h2>' if deck else ''}<p><em>{outlet}</em><em>2023-05-18 16:20:31</em>"
        "<em>作者：姜一鸣 责编：邵雯</em></p></div>"
        f"<div class='intro'><p>{intro}</p></div><div class='txt'>"
        "<p>电池级碳酸锂价格持续回落。记者从多家锂盐企业了解到，本月中旬电池级碳酸锂报价已跌至每吨二十万元左右，较年初高点下跌约四成。</p>"
        "<p>业内人士分析，下游需求增速放缓、上游新增产能集中释放，是价格回落的主要原因，预计短期内价格仍将在低位震荡。</p>"
        "</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("deck", "intro", "outlet", "source"),
    [
        (_DECK, _DECK, "财经日报", "财经日报"),
        (_DECK, _DECK, "华东商报", "华东商报"),
        # control: no deck over the bar
        ("", _DECK, "财经日报", "财经日报"),
    ],
)
def test_a_deck_printed_again_as_the_lead_does_not_hide_the_bar(
    deck: str, intro: str, outlet: str, source: str
) -> None:
    article = parse_html(
        _deck_page(deck, intro, outlet), "https://www.cjrb-news.cn/news/20230518/1001.html", Registry.load()
    )
    assert (article.author, article.source, article.editor) == ("姜一鸣", source, "邵雯")
