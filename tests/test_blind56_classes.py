"""Classes learnt from blind56 (tune material once blind57 was written, session 20), as hand-written variants
in other wordings, markup and sites: never a copy of a blind page.

Bylines: a long court name closing with its division contributes the story; an account ending like a bureau
with no level of government writes its original note; a copy notice's rights clause vouches for an outlet
named with digits; a bracket closing the bar after a login editor; a counter's 已有 and a bare font switch
are a bar's tools; an outlet's account on a platform read bare from a rule's element; a blog's own menu words
at the owner's uid are no names; a health writer's trade before the name. Dates: a blog theme's badge with
the month in Han; a bar's abstract after its date. Titles: a blog host's post before " @ " whole; a cell
whose emphasised font sets the headline; a forum's subject label. Story text: the site's authorization and
reprint notice.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import clean_source, parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE

PARAGRAPHS = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("（某县人民法院立案庭 供稿）", None, "某县人民法院立案庭", None),
        ("本文为数据观察局原创，转载请联系授权", "数据观察局", None, None),
        ("本文为国家统计局原创", None, None, None),
        ("本文来源于360健康网，如有侵权请联系删除。", None, "360健康网", None),
        ("本文来源于生活，高于生活。", None, None, None),
        ("【来源：县司法局 | 发布日期：2021-04-02 | 责任编辑：sysadmin】", None, "县司法局", None),  # a login: nobody
        ("2011年03月02日 08:15 来源： 新华网 作者： 王强 李华 已有 52 人参与", "王强 李华", "新华网", None),
        ("http://www.example-hb.test  2012-06-01 09:20:11  长江商报   [ 大 中 小 ]", None, "长江商报", None),
        ("作者：营养师 陈静", "陈静", None, None),
        ("心理咨询师 王敏", "王敏", None, None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize(
    ("value", "source"),
    [
        ("企鹅号·钱江晚报", "钱江晚报"),
        ("网易号·新京报", "新京报"),
        ("钱江晚报", "钱江晚报"),
        ("企鹅号·科技小新", "企鹅号·科技小新"),
    ],
)
def test_an_outlets_account_read_bare(value: str, source: str) -> None:
    assert clean_source(value) == source


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("9月 3 週二 2013 08:45", "2013-09-03T08:45:00+08:00"),
        ("2017 11月 20 週一 22:10", "2017-11-20T22:10:00+08:00"),
        ("201711月20週一22:10", "2017-11-20T22:10:00+08:00"),
        # Month first needs its weekday: a sentence's "9月3 2013" is no badge.
        ("9月 3 2013", None),
    ],
)
def test_a_blog_badge_with_the_month_in_han(text: str, when: str | None) -> None:
    from newscorpus.scrapers.dates import parse_datetime

    assert parse_datetime(text) == when


def _page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_bars_abstract_after_its_date(registry: Registry) -> None:
    html = _page(
        "<article><h1>社区团购还能走多远</h1><div class='post-info'><a href='https://www.example-tech.test/user/88231'>"
        "晚风财经</a><span class='time'>·2021-03-09 10:05</span><span class='category'>摘要: "
        "补贴退潮之后，社区团购的真实需求才开始显现，平台之间的竞争也从价格转向履约。</span></div>"
        f"<div class='inner'>{PARAGRAPHS}</div></article>",
        title="社区团购还能走多远-某科技网",
    )
    assert parse_html(html, None, registry).published_at == "2021-03-09T10:05:00+08:00"


def test_a_blog_hosts_post_title_keeps_its_own_separators(registry: Registry) -> None:
    html = _page(
        "<div id='banner'><h1><a href='https://xiaoyu.blog-host.test/blog'>小雨的美食地图</a></h1>"
        "<h2>吃遍南北大街小巷</h2></div><div class='article'><ul class='article-head'>"
        "<li class='title'><h2><a href='https://xiaoyu.blog-host.test/blog/post/5512'>【嘉义美食】林聪明沙锅鱼头｜老店的好味道"
        f"</a></h2></li></ul><div class='article-content'>{PARAGRAPHS}</div></div>",
        title="【嘉义美食】林聪明沙锅鱼头｜老店的好味道 @ 小雨的美食地图 :: 博客邦 ::",
    )
    assert parse_html(html, None, registry).title == "【嘉义美食】林聪明沙锅鱼头｜老店的好味道"


def test_an_e_papers_headline_in_an_emphasised_font(registry: Registry) -> None:
    html = _page(
        "<table><tr><td><a href='content_1.htm'>·城南新区首批学校开学</a></td><td><table>"
        "<tr><td align='center' class='font01'><strong><font style='font-size:21px'>城南新区首批学校开学"
        f"</font></strong></td></tr><tr><td class='content'>{PARAGRAPHS}</td></tr></table></td></tr></table>",
        title="某某日报数字报刊平台",
    )
    assert parse_html(html, None, registry).title == "城南新区首批学校开学"


def test_a_forums_subject_label_is_no_part_of_the_headline(registry: Registry) -> None:
    html = _page(
        "<div id='firstAuthor'><table><tr><td align='center'><font style='font-size:20px'><b>"
        "主题：在北京西站排了一夜队，终于买到了回家的票</b></font></td></tr>"
        "<tr><td>作者：<a href='http://my.example-bbs.test/name/abc'>老张的扁担</a>　提交日期：2009-1-10 22:14:00"
        f"</td></tr></table></div><div class='post'>{PARAGRAPHS}</div>",
        title="某某社区：在北京西站排了一夜队，终于买到了回家的票_杂谈_某某论坛",
    )
    assert parse_html(html, None, registry).title == "在北京西站排了一夜队，终于买到了回家的票"


def test_a_blogs_own_menu_at_the_owners_uid_names_nobody(registry: Registry) -> None:
    html = _page(
        "<div class='blognav'><span><a href='http://blog.example-portal.test/u/1650021'>首页</a></span>"
        "<span><a href='http://photo.blog.example-portal.test/u/1650021'>图片</a></span>"
        "<span><a href='http://blog.example-portal.test/s/profile_1650021.html'>关于我</a></span></div>"
        "<div class='articalTitle'><h2>外婆的腌菜坛子</h2><span class='time'>(2009-11-02 21:15:40)</span></div>"
        f"<div class='articalContent'>{PARAGRAPHS}</div>",
        title="外婆的腌菜坛子_山那边的人的博客_某某博客",
    )
    assert parse_html(html, None, registry).author != "图片"


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("本文由王小川授权某某网发表，并经某某网编辑。转载此文请于文首标明作者姓名。", True),
        ("转载本文请注明出处。", True),
        ("他说，这份报告由专家组授权发布后，引起了广泛关注。", False),
    ],
)
def test_an_authorization_notice(line: str, notice: bool) -> None:
    from newscorpus.scrapers.boilerplate import is_notice

    assert is_notice(line) is notice


def test_an_events_span_in_the_notice_is_no_publish_time(registry: Registry) -> None:
    html = _page(
        "<table><tr><td class='main_ArticleTitle'><font size='4'><b>关于期中考试安排的通知</b></font></td></tr>"
        "<tr><td>作者：教务处　文章来源：本站原创　点击数：812　更新时间：2013-4-8</td></tr>"
        "<tr><td id='BodyLabel'>各年级组：<br>"
        "　　根据学校安排，期中考试定于2013年4月22日至4月24日进行，现将有关事项通知如下："
        f"<br>{STORY_PROSE}</td></tr></table>",
        title="关于期中考试安排的通知_某某中学",
    )
    assert parse_html(html, None, registry).published_at == "2013-04-08T00:00:00+08:00"
