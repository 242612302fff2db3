"""Portal bylines by structure (issue 13, byline-w8a, session 10 wave 1).

Two mechanisms, each pinned by hand-written variants whose words no code lists:

- a site rule's source slot, or its bar, printing the name the site DECLARES for itself (``og:site_name`` /
  ``application-name``) with no label was the site's brand, no source, until session 27: the natural batches'
  writers label the site's own name shown there as the source (8 pages to 1), so it stands as shown, as a
  labelled one, another outlet, and a portal channel (``新浪财经`` on a site declaring ``新浪网``) do;
- a word of its own right before a separator and a time labels that time (``出版：2022-08-08``): it ends the
  writer's name before it, whatever the word.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylineaccount import account_card
from newscorpus.scrapers.bylinebar import without_tools
from newscorpus.scrapers.registry import Registry

_TITLE = "城区冬季供暖设施检查全面展开"
_STORY = (
    "<p>入冬以来，城区各社区陆续启动了冬季供暖设施检查，工作人员逐户上门查看暖气管道和阀门的运行情况。</p>"
    "<p>据介绍，今年共排查老旧小区一百二十余个，发现并整改隐患三百多处，确保居民家中按时供暖、温度达标。</p>"
    "<p>社区还为独居老人建立了联系台账，安排志愿者定期走访，及时帮助解决生活中遇到的困难和问题。</p>"
)


def _head(declared: str, title_brand: str) -> str:
    meta = f'<meta property="og:site_name" content="{declared}">' if declared else ""
    return f"<head><title>{_TITLE}_{title_brand}</title>{meta}</head>"


def _huanqiu(slot: str, declared: str) -> Article:
    html = f"""<html>{_head(declared, declared or "某网")}<body>
<div class="t-container-title"><h3>{_TITLE}</h3></div>
<div class="metadata-info"><p class="time">2023-12-03 19:09</p><span class="source">{slot}</span></div>
<div class="l-con"><article><section data-type="rtext">{_STORY}</section></article></div></body></html>"""
    return parse_html(html, "https://world.huanqiu.com/article/4Fab12Cd", Registry.load())


def _huanqiu_old(slot: str, declared: str) -> Article:
    html = f"""<html>{_head(declared, declared or "某网")}<body><div class="l_a"><h1 class="tle">{_TITLE}</h1>
<div class="la_tool"><span class="la_t_a">2019-07-02 10:11</span><span class="la_t_b">{slot}</span></div>
<div class="la_con">{_STORY}</div></div></body></html>"""
    return parse_html(html, "https://world.huanqiu.com/exclusive/2019-07/15023344.html", Registry.load())


def _ifeng(slot: str, declared: str) -> Article:
    html = f"""<html>{_head(declared, declared or "某网")}<body><div class="col_L">
<h1 id="artical_topic">{_TITLE}</h1><div id="artical_sth"><p class="p_time"><span class="ss01">2016年03月08日
07:12</span><span class="ss02"><span class="ss03">{slot}</span></span></p></div>
<div id="artical_real"><div id="main_content">{_STORY}</div></div></div></body></html>"""
    return parse_html(html, "http://news.ifeng.com/a/20160308/49832199_0.shtml", Registry.load())


def _sina(slot: str, declared: str) -> Article:
    html = f"""<html>{_head(declared, declared or "某网")}<body><h1 class="main-title">{_TITLE}</h1>
<div class="date-source"><span class="date">2019年05月06日 10:20</span>{slot}</div>
<div class="article" id="article">{_STORY}</div></body></html>"""
    return parse_html(html, "https://news.sina.com.cn/c/2019-05-06/doc-ihvhiqax6612345.shtml", Registry.load())


# The site's declared name unlabelled in a rule's source slot or bar, invented brands on four rules' markup:
# the site published the story, and shows so beside the time (session 27's convention, on natural labels).
@pytest.mark.parametrize(
    ("build", "slot", "declared", "shown"),
    [
        (_huanqiu, '<a href="//www.huanqiu.com" target="_blank">云帆网</a>', "云帆网", "云帆网"),
        (_huanqiu, "<a>青禾新闻网</a>", "青禾新闻网", "青禾新闻网"),
        (_huanqiu_old, '<a href="//www.example.com">北辰在线</a>', "北辰在线", "北辰在线"),
        (_ifeng, "松涛网", "松涛网", "松涛网"),
        (_ifeng, '<a href="http://www.ifeng.com/">凤鸣</a>', "凤鸣网", "凤鸣"),  # as shown, less its web word
        (_sina, '<span class="source">晴川网</span>', "晴川网", "晴川网"),
        (_sina, '<a class="source" href="https://www.sina.com.cn/">远山网</a>', "远山网", "远山网"),
    ],
)
def test_the_declared_site_name_in_a_rules_slot_is_the_source(build, slot: str, declared: str, shown: str) -> None:
    article = build(slot, declared)
    assert article.title == _TITLE
    assert article.source == shown


# Negatives: a label names it; another outlet, a paper of the same stem, or a channel of the site stands.
@pytest.mark.parametrize(
    ("build", "slot", "declared", "source"),
    [
        (_huanqiu, "来源：<a>云帆网</a>", "云帆网", "云帆网"),  # labelled: shown as the source
        (_huanqiu, "<a>云帆时报</a>", "云帆网", "云帆时报"),  # the site's paper is an outlet
        (_huanqiu, "<a>新华社</a>", "云帆网", "新华社"),
        (_huanqiu_old, "<a>北辰在线</a>", "", "北辰在线"),  # nothing declares it: no brand is guessed
        (_ifeng, "松涛资讯", "松涛网", "松涛资讯"),  # a channel of the site: a source, as labelled
        (_sina, '<span class="source">来源：晴川网</span>', "晴川网", "晴川网"),
        (_sina, '<a class="source" href="https://finance.sina.com.cn/">晴川财经</a>', "晴川网", "晴川财经"),
    ],
)
def test_a_labelled_other_or_channel_source_stands(build, slot: str, declared: str, source: str) -> None:
    assert build(slot, declared).source == source


# A part's own word right before a separator and a time labels the time: the writer's name ends before it.
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("撰文：陳嘉欣 出版：2022-08-08 08:09 更新：2022-08-08 09:45", "陳嘉欣"),
        ("作者：张晓梅 刊登：2019-01-02 10:00", "张晓梅"),
        ("记者：李明远 上線：2019/01/02", "李明远"),
        ("文：王五 公開：2019年1月2日 10:00", "王五"),
        ("Text: 陈子豪 Posted: 2019-03-02 10:00", "陈子豪"),
        ("撰稿：黄丽 掲載：2020.05.06 12:30", "黄丽"),
        ("作者：刘洋 见报：5月12日", "刘洋"),
    ],
)
def test_a_word_before_a_separator_and_a_time_labels_that_time(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_the_time_label_in_a_bar_of_separate_elements_too() -> None:
    assert parse_byline(["撰文：陳嘉欣 出版：2022-08-08 08:09", "更新：2022-08-08 09:45"]).author == "陳嘉欣"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a known label before the time keeps its own spelling (a 来源 with no outlet names none)
        ("来源： 2019-01-02 新华网", "来源： 2019-01-02 新华网"),
        ("发布时间：2019-01-02 10:00", "发布时间：2019-01-02 10:00"),
        # no time after the separator: a field's value, untouched
        ("作者：张三 单位：市一中", "作者：张三 单位：市一中"),
        # the line's opening word is no part after a space: untouched
        ("北京：2019-01-02 电", "北京：2019-01-02 电"),
    ],
)
def test_labels_and_values_stay(line: str, kept: str) -> None:
    assert without_tools(line) == kept


def test_the_source_beside_the_time_label_still_reads() -> None:
    found = parse_line("来源：青禾日报 出版：2021-04-05 作者：赵一鸣")
    assert (found.source, found.author) == ("青禾日报", "赵一鸣")


def _baijiahao(card: str) -> Article:
    html = f"""<html><head><title>{_TITLE}</title></head><body><div id="app">
<div class="_1aBc9"><div class="index-module_articleTitle_x1"><h2>{_TITLE}</h2></div>{card}</div>
<div data-testid="article">{_STORY}</div></div></body></html>"""
    return parse_html(html, "https://baijiahao.baidu.com/s?id=1694123456789012345", Registry.load())


def _avatar_card(profile: str, name: str) -> str:
    return (
        f'<div class="_3hMwG"><div class="_1gWlp"><a href="{profile}"><img class="_1ZYzA" src="/u/av.jpeg"></a>'
        f'<div class="_2gGWi"><a href="{profile}"><p class="_7y5nA">{name}</p></a>'
        '<div class="_2sjh9"><span>2021-03-19 09:30</span><span>北京</span></div></div></div></div>'
    )


# An account's card (its avatar linking the name's own profile) names it whatever it is shaped like.
@pytest.mark.parametrize(
    ("profile", "name"),
    [
        ("https://author.baidu.com/home?from=bjh_article&app_id=1641234567890123", "汽车观察社"),
        ("https://author.baidu.com/home?app_id=1599990001112223", "山城晚报"),
        ("https://author.baidu.com/home?app_id=1599990001112224", "青禾财经网"),
        ("/home/778812345", "户外频道"),
        ("https://author.baidu.com/home?app_id=1599990001112225", "家装杂志"),
        ("/u/5521009", "数码新闻"),
    ],
)
def test_an_avatar_card_names_its_account_whatever_its_shape(profile: str, name: str) -> None:
    assert _baijiahao(_avatar_card(profile, name)).author == name


@pytest.mark.parametrize(
    "card",
    [
        # no avatar: an outlet-shaped name linked to a profile is no account's card
        '<div class="c"><a href="https://author.baidu.com/home?app_id=1599990001112226">山城晚报</a><span>2021</span></div>',
        # the avatar opens another page: the name is not the card's
        '<div class="c"><a href="/channel/hot"><img src="/u/av.jpeg"></a>'
        '<div><a href="https://author.baidu.com/home?app_id=1599990001112227">山城晚报</a></div></div>',
    ],
)
def test_an_outlet_shaped_name_without_its_avatar_is_no_account(card: str) -> None:
    tree = LexborHTMLParser(f"<html><body>{card}<p>正文</p></body></html>")
    assert account_card(tree) is None


# A rule's source slot outside its bars (another template's bar, hidden page data), naming no outlet, is read as
# the 来源 field it is: the platform, then the account publishing on it.
def _sina_other_bar(slot: str) -> Article:
    html = f"""<html><head><title>{_TITLE}_新浪网</title></head><body><div class="article-a">
<div class="main-title">{_TITLE}</div>
<div class="article-a__time"><span class="date">2018年10月16日 18:05</span>{slot}</div>
<div class="article-a__content" id="artibody">{_STORY}</div></div></body></html>"""
    return parse_html(html, "http://k.sina.com.cn/article_6512385207_1842b97b7001007xzl.html", Registry.load())


def _huanqiu_data(value: str) -> Article:
    html = f"""<html><head><title>{_TITLE}</title></head><body>
<div class="t-container-title"><h3>{_TITLE}</h3></div><div class="metadata-info"><p class="time">2023-12-03 19:09</p>
</div><div class="l-con"><article><section data-type="rtext">{_STORY}</section></article></div>
<textarea class="article-source-name" style="display:none">{value}</textarea></body></html>"""
    return parse_html(html, "https://world.huanqiu.com/article/4Fab12Ce", Registry.load())


@pytest.mark.parametrize(
    ("build", "slot", "account"),
    [
        (_sina_other_bar, '<span class="source">新浪看点 厨房小当家</span>', "厨房小当家"),
        (_sina_other_bar, '<span class="source">看点快报 山野钓客</span>', "山野钓客"),
        (_sina_other_bar, '<span class="source">腾讯看点 育儿百事通</span>', "育儿百事通"),
        (_sina_other_bar, '<span class="source">来源：新浪看点 老街的猫</span>', "老街的猫"),
        (_huanqiu_data, "新浪看点 每日读书", "每日读书"),
        (_huanqiu_data, "看点快报 城南旧事说", "城南旧事说"),
    ],
)
def test_a_source_slot_naming_a_platform_then_an_account(build, slot: str, account: str) -> None:
    article = build(slot)
    assert (article.author, article.source) == (account, None)


@pytest.mark.parametrize(
    ("slot", "author", "source"),
    [
        ('<span class="source">新浪看点</span>', None, None),  # the platform alone names nobody
        ('<span class="source">网络</span>', None, "网络"),  # where it was found, as shown (since session 38)
        ('<span class="source">新华社</span>', None, "新华社"),  # an outlet stays the source
    ],
)
def test_a_source_slot_naming_nobody_or_an_outlet(slot: str, author: str | None, source: str | None) -> None:
    article = _sina_other_bar(slot)
    assert (article.author, article.source) == (author, source)
