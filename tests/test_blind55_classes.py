"""Classes learnt from blind55 (tune material once blind56 was written, session 20), as hand-written variants
in other wordings, markup and sites: never a copy of a blind page.

Bylines: a page's section word (摘要, 导读) after a label whose value stands in the next element names nobody; an
outlet shown as a bare logo right after its 来源 label (the site's own logo there names no outlet, and a logo
followed by its own name is read once); a wire tag's words-and-pictures role before the reporter's label; a time
glued inside a sentence (a picture's caption) makes no byline bar; a compiler (编译) after the writer co-writes,
after a Latin name too; a self-media account's /media/ID page is a profile; the site's own brand under 作者
names nobody (a department's own site still credits the department); a 澎湃号 post's account linked to its page,
and its closing 口述/整理 credit; posts, grades and class codes before each name of a run; an original-note's
account keeps its 医生.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinestory import plain_lead_writers
from newscorpus.scrapers.profiles import is_profile
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE

PARAGRAPHS = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        # Section words are no names, under any label.
        ("来源：导读", None, None, None),
        ("作者：内容提要", None, None, None),
        ("责任编辑：核心提示", None, None, None),
        # A time glued inside a sentence: a caption, no bar (a name glued before a bar's time still is one).
        ("李克强6月13日在天津出席夏季达沃斯论坛开幕式 法新社", None, None, None),
        ("王晓明2024-05-15 东南快报", "王晓明", "东南快报", None),
        # A compiler after the writer co-writes; a translator does not.
        ("作者：John Miller　编译：郑可", "John Miller 郑可", None, None),
        ("文/周立新　编译/钱晨", "周立新 钱晨", None, None),
        ("作者：周立新　翻译：钱晨", "周立新", None, None),
        # Posts, grades, units and class codes before each name of a run.
        ("住持 释慧明", "释慧明", None, None),
        ("村党支部书记 王有田", "王有田", None, None),
        ("义工 陈美玲 办公室 黄志强", "陈美玲 黄志强", None, None),
        ("主治医师 吴国栋", "吴国栋", None, None),
        ("6B 黄诗婷", "黄诗婷", None, None),
        ("北京 上海", None, None, None),
        # An account's original note keeps its name whole.
        ("本文为丁香医生原创，转载请联系授权", "丁香医生", None, None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("扬子晚报讯 图/文：记者 王明 通讯员 李华 昨天，南京市区出现大雾天气，", ["王明", "李华"]),
        ("本报讯 图文 记者 陈晓 近日，全市首个社区食堂开业，", ["陈晓"]),
        ("本报讯 近日，全市首个社区食堂开业，", []),
    ],
)
def test_a_wire_tags_words_and_pictures_role(line: str, writers: list[str]) -> None:
    assert plain_lead_writers(line) == writers


@pytest.mark.parametrize(
    ("href", "profile"),
    [
        ("https://kb.example.test/media/7730215", True),
        ("/media/7730215?from=share", True),
        ("/media/2019/05/a.jpg", False),
        ("/media/20190512/", False),
        ("/media/123", False),
    ],
)
def test_a_self_media_accounts_media_page(href: str, profile: bool) -> None:
    assert is_profile(href) is profile


def _page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _bar_page(bar: str, title: str = "早盘两市窄幅震荡_财经资讯网") -> str:
    return _page(
        f"<div class='article'><h1>早盘两市窄幅震荡</h1><div class='info'><div class='time'>2018年06月11日 09:40</div>"
        f"{bar}</div><div class='abstract'><div class='hd'>摘要</div><div class='bd'>【早盘两市窄幅震荡】"
        f"开盘后两市窄幅震荡。</div></div><div class='body'>{PARAGRAPHS}</div></div>"
        "<div class='footer'>财经资讯网 版权所有</div>",
        title=title,
    )


def test_a_logo_after_the_source_label_is_the_outlet(registry: Registry) -> None:
    bar = "<div class='source'>来源： <img src='/logo/cs.png' alt='中国证券报'></div>"
    assert parse_html(_bar_page(bar), None, registry).source == "中国证券报"


def test_a_logo_followed_by_its_name_is_read_once(registry: Registry) -> None:
    bar = "<div class='source'>来源：<img src='/logo/cs.png' alt='中国证券报'>中国证券报</div>"
    assert parse_html(_bar_page(bar), None, registry).source == "中国证券报"


def test_the_sites_own_logo_after_the_label_is_the_source(registry: Registry) -> None:
    # No source until session 27; labelled, the site's own name is the source as the natural batches read it.
    bar = "<div class='source'>来源：<img src='/logo/own.png' alt='财经资讯网'></div>"
    assert parse_html(_bar_page(bar), None, registry).source == "财经资讯网"


def test_a_caption_with_a_time_inside_makes_no_byline(registry: Registry) -> None:
    html = _page(
        "<h1 class='title'>夏季达沃斯论坛在天津开幕</h1><div class='info'><p>发表时间 13-06-2019</p></div>"
        "<div class='media'><img src='/a.jpg' alt=''><p class='caption'>李克强6月13日在天津出席开幕式 法新社</p></div>"
        f"<div class='body'>{PARAGRAPHS}</div>",
        title="夏季达沃斯论坛在天津开幕 - 某国际广播",
    )
    article = parse_html(html, None, registry)
    assert (article.author, article.source) == (None, None)


def test_a_compiler_closing_the_column_joins_the_bars_writer(registry: Registry) -> None:
    html = _page(
        "<h1>评论：气候谈判需要新的动力</h1><ul class='info'><li><strong>日期</strong> 12.11.2016</li>"
        "<li><strong>作者</strong> Anna Weber</li></ul>"
        f"<div class='longText'>{PARAGRAPHS}<p><i>作者：Anna Weber　编译：石川</i></p><p><i>责编：何言</i></p></div>",
        title="评论：气候谈判需要新的动力 | 某国际广播",
    )
    article = parse_html(html, None, registry)
    assert (article.author, article.editor) == ("Anna Weber 石川", "何言")


def test_the_sites_own_brand_under_the_writers_label_names_nobody(registry: Registry) -> None:
    html = _page(
        "<div class='top'><a href='http://www.haocaipu.test/'>好菜谱网</a></div><h1>清蒸鲈鱼的做法</h1>"
        "<div class='arcinfo'>时间：2017-03-02 10:30　作者：<a href='/author/'>好菜谱网</a>　来源：网络</div>"
        f"<div class='content'>{PARAGRAPHS}</div>",
        title="清蒸鲈鱼的做法_家常菜_好菜谱网",
    )
    assert parse_html(html, "http://www.haocaipu.test/a/123.html", registry).author is None


def test_a_departments_own_site_credits_the_department_as_source(registry: Registry) -> None:
    # Since session 25 a unit is no writer (issue 13: a person, or a self-media account): the department that
    # wrote and sent its notice is the source, the author none.
    html = _page(
        "<h1>关于2024年春季学期补考安排的通知</h1>"
        "<div class='info'>作者：教务处　来源：教务处　发布时间：2024-02-20</div>"
        f"<div class='content'>{PARAGRAPHS}</div>",
        title="关于2024年春季学期补考安排的通知-教务处",
    )
    article = parse_html(html, None, registry)
    assert (article.author, article.source) == (None, "教务处")


def test_a_paper_accounts_post_closing_with_its_tellers_credit(registry: Registry) -> None:
    html = (
        "<html><head><title>口述｜老码头的最后一班渡轮_澎湃号·湃客_澎湃新闻-The Paper</title></head><body>"
        "<div class='newscontent'><h1 class='news_title'>口述｜老码头的最后一班渡轮</h1>"
        "<div class='news_about'><p><a href='https://www.thepaper.cn/user_5512034'>"
        "<img class='news_author_img' src='//image.thepaper.cn/u/5512034.jpg'></a>"
        "<a href='https://www.thepaper.cn/user_5512034'>江城往事工作室</a></p><p>2019-03-02 10:15</p></div>"
        f"<div class='news_txt'>{STORY_PROSE}</div><div class='news_editor'>口述：王德顺 整理：林晓</div></div>"
        "</body></html>"
    )
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_3051234", registry)
    assert (article.author, article.source) == ("王德顺 林晓", None)


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        # The text's own disclaimer, complaint address and reprint lead: furniture, not story.
        ("文章内容仅代表作者个人观点，不代表某某网立场。", True),
        ("本内容为作者独立观点，不代表本刊立场。未经允许不得转载。", True),
        ("如对本文内容有异议或投诉，请联系 editor@example.test", True),
        ("广告声明：文中链接可能含有推广信息，结果仅供参考。", True),
        ("本文转载自某某日报，作者：张三", True),
        ("本文来自网易号，仅代表作者本人观点。", True),
        # A story quoting someone's disclaimer, or a statement it reports, stays story.
        ("他强调，这些言论不代表政府立场，公司将配合调查。", False),
        ("联合声明：双方同意在气候变化领域加强合作。", False),
        ("该公司随后发表声明称，将依法维护自身权益。", False),
    ],
)
def test_a_texts_own_notices(line: str, notice: bool) -> None:
    from newscorpus.scrapers.boilerplate import is_notice

    assert is_notice(line) is notice


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # The time of day printed before its date (a Hong Kong or Taiwan paper's instant news).
        ("16:42　2019年3月8日", "2019-03-08T16:42:00+08:00"),
        ("09:15 2021/11/02", "2021-11-02T09:15:00+08:00"),
        # A time after the date still wins; a date alone stays a date.
        ("09:15 2021年11月2日 10:30", "2021-11-02T10:30:00+08:00"),
        ("2021年11月2日星期二", "2021-11-02T00:00:00+08:00"),
    ],
)
def test_a_time_printed_before_its_date(text: str, when: str) -> None:
    from newscorpus.scrapers.dates import parse_datetime

    assert parse_datetime(text) == when


def test_an_e_papers_headline_set_in_a_styled_cell(registry: Registry) -> None:
    # <title> names only the paper; the headline is a table cell whose own style sets large bold type.
    html = (
        "<html><head><title>某某晚报</title></head><body><table><tr><td>"
        "<a href='content_11.htm'>·全市夏粮收购进度过半</a><br><a href='content_12.htm'>·城西新建三座口袋公园</a>"
        "</td><td><table><tr><td class='f1' style='font-size:14px'>民生实事</td></tr>"
        "<tr><td class='f2' style='FONT-SIZE: 22px; FONT-WEIGHT: bold'>城西新建三座口袋公园</td></tr>"
        f"<tr><td class='content'>{PARAGRAPHS}</td></tr></table></td></tr></table>"
        "<p>某某晚报社版权所有</p></body></html>"
    )
    assert parse_html(html, None, registry).title == "城西新建三座口袋公园"


def test_a_guess_what_you_would_read_list_after_the_comments(registry: Registry) -> None:
    cards = "".join(
        f"<li><a href='https://www.kuaikan-auto.test/a/2019112{n}/51{n}0332.html'><img src='/t/{n}.jpg'>"
        f"<p class='g-title'>{title}</p><p class='g-src'>汽车小百科 · 1.2万阅读</p></a></li>"
        for n, title in enumerate(("雨天开车的五个习惯，很多老司机都没有", "新手上路最容易忽视的三件事"), start=1)
    )
    html = _page(
        f"<h1>冬天要不要换冬季胎</h1><div class='content'>{PARAGRAPHS}</div>"
        "<div class='comment-box'><h3>评论（36）</h3>"
        "<div class='cmt'><span>北国雪狼</span><p>真的保命。</p></div></div>"
        f"<div class='guess'><h3>猜你想看</h3><ul>{cards}</ul></div>",
        title="冬天要不要换冬季胎_快看汽车",
    )
    article = parse_html(html, "https://www.kuaikan-auto.test/a/20191203/5188001.html", registry)
    assert [item.title for item in article.related] == [
        "雨天开车的五个习惯，很多老司机都没有",
        "新手上路最容易忽视的三件事",
    ]


@pytest.mark.parametrize(
    ("url", "never"),
    [
        # A topic's hub and an ad network's click redirect are no story of any list.
        ("https://www.example-world.test/zhongwen/simp/topics/climate-change", True),
        ("https://ad.example-net.test/main/adfclick?db=news&bid=1203", True),
        ("https://stats.g.doubleclick.net/r/collect?v=1", True),
        # A story filed under a singular topic folder, or a page whose name only holds the letters, stays.
        ("https://readnews.example.test/topic/7PM49H7yjs5", False),
        ("https://www.example.test/news/headclick.html", False),
    ],
)
def test_pages_no_list_holds(url: str, never: bool) -> None:
    from newscorpus.scrapers.linkshape import never_story

    assert never_story(url) is never
