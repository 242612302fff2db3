"""Classes of byline misses learnt from blind11 (tune material for byline-b11), as hand-written variants.

Each test is another wording or markup of a class, never a copy of a blind page: a special dispatch's
``專電``, a name over its outlet's role read as one string, the font-size switch after an empty 作者 label,
a comment counter glued after the 来源 outlet, a signature line opening a reprint notice, a poster ``發表在``
a platform, a thread's buttons over the poster's card, a picture's caption between the headline and the story,
and a 澎湃号 post's writer credited in the story's first line.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import Byline, clean_source, parse_line, story_credit
from newscorpus.scrapers.registry import Registry

_TEXT = "县里今年新建了三座污水处理站，覆盖沿河八个村，村民说河水比前几年清了不少，夏天也闻不到异味了。"


def _parse(html: str, url: str | None) -> Article:
    return parse_html(html, url, Registry.load())


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("（中央社記者陳怡安華盛頓3日專電）", "陳怡安", "中央社"),
        ("（中央社记者黄子杰布鲁塞尔21日专电）", "黄子杰", "中央社"),
        ("（東台灣新聞網記者吳佩珊東京15日專電）美國國務院今天表示，將派員出席會議。", "吳佩珊", "東台灣新聞網"),
    ],
)
def test_a_special_dispatch_is_a_wire_dateline(line: str, author: str, source: str) -> None:
    assert parse_line(line) == Byline(author, source, None)


@pytest.mark.parametrize(
    ("line", "author"),
    [("许嘉文 BBC中文记者", "许嘉文"), ("张伟 新华社记者", "张伟"), ("刘思远 法广驻京记者", "刘思远")],
)
def test_a_name_before_its_outlets_role_in_one_string(line: str, author: str) -> None:
    assert parse_line(line) == Byline(author, None, None)  # an outlet before 记者 is no source (README)


def test_a_reporter_after_the_role_is_still_the_one_credited() -> None:
    assert parse_line("新华社记者 王明 李强").author == "王明 李强"


@pytest.mark.parametrize(
    "line",
    [
        "2016-12-21 08:41:37 来源：本地新闻网 作者： 【大 中 小】 【我要纠错】",
        "作者：【 大 中 小 】",
        "作者： 字号 小 中 大 打印",
    ],
)
def test_the_font_switch_after_an_empty_author_label_is_no_name(line: str) -> None:
    assert parse_line(line).author is None


def test_a_one_character_pen_name_alone_stays() -> None:
    assert parse_line("作者：丁 2020-01-01").author == "丁"


@pytest.mark.parametrize(
    ("value", "source"),
    [
        ("来源：观察者网评论 312收藏", "观察者网"),
        ("来源：南方周末跟帖 45 条", "南方周末"),
        ("来源：东方网评论12 分享", "东方网"),
        ("来源：光明网评论 2019-10-08", "光明网评论"),  # a date after a column's name: no counter
        ("来源：新京报评论", "新京报评论"),  # no count: the column is the outlet
    ],
)
def test_a_comment_counter_glued_after_the_outlet_is_no_part_of_it(value: str, source: str) -> None:
    assert parse_line(value).source == source
    assert clean_source(value) == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：码农小周　　转载请注明出处，谢谢。", "码农小周"),
        ("作者：夏至未至 本文版权归作者所有，欢迎转载，但请保留此段声明。", "夏至未至"),
        ("作者 : Lin Wei 转载请注明。", "Lin Wei"),  # the field before the notice whole (was its first word)
    ],
)
def test_a_signature_opening_a_notice_names_its_writer(line: str, author: str) -> None:
    assert story_credit(line).author == author


@pytest.mark.parametrize("line", ["作者认为，这一做法值得推广。", "作者在文中指出，这一做法值得推广。"])
def test_prose_about_an_author_names_nobody(line: str) -> None:
    assert story_credit(line).author is None


def test_a_note_on_the_writer_closing_the_story_names_its_subject() -> None:
    # No one until session 27; the natural batches label a writer's note's subject the writer.
    assert story_credit("作者简介：张三，北京大学教授。").author == "张三"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("小鹿阿花 發表在 痞客邦 留言(3) 人氣(120)", "小鹿阿花"),
        ("老周的菜园 发表于 家庭园艺版", "老周的菜园"),
        ("跑步的鱼 發表於 運動生活", "跑步的鱼"),
    ],
)
def test_a_poster_posting_in_a_platform(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_floor_posted_at_a_time_names_no_poster() -> None:
    assert parse_line("楼主 发表于 2016-03-27 21:05").author is None


def _phpwind(card: str) -> str:
    body = "".join(f"{_TEXT}<br /><br />" for _ in range(5))
    return (
        "<html><head><title>三年级下学期数学怎么辅导 - 家长交流 - 本地家长网</title></head><body>"
        "<div>本地家长网 » 家长交流 » 三年级下学期数学怎么辅导</div>"
        "<div><a href='#'>«</a><b>1</b><a href='#'>2</a></div><div><a href='post.php?fid=3' title='发表新帖'>"
        "<span>发帖</span></a><a href='post.php?reply'><span>回复</span></a></div>"
        f"<table><tr><td class='floot_left'>{card}</td><td class='floot_right'>"
        "<div>楼主 举报 | 只看楼主 <span>发表于: 2015-10-11 20:02</span></div>"
        f"<h1>三年级下学期数学怎么辅导</h1><div class='tpc_content'>{body}</div></td></tr></table></body></html>"
    )


def test_the_threads_buttons_over_the_card_are_no_stat() -> None:
    card = (
        "<div class='readName b'><a href='u.php?uid=4471'>豆豆爸2010</a></div>"
        "<div><div>级别:<span>新手上路</span></div><div>发帖:<span>87</span></div><div>注册时间:2014-02-01</div></div>"
    )
    assert _parse(_phpwind(card), "http://bbs.example.org/read.php?tid=88812").author == "豆豆爸2010"


def _caption_page(caption: str) -> str:
    return (
        "<html><head><title>县城污水处理站全部建成 | 示例早报</title></head><body><article>"
        "<h1>县城污水处理站全部建成</h1>"
        "<div class='meta'><span>李明远</span> <span>发布/2023年5月8日 09:30</span></div>"
        f"<figure><img src='/p/1.jpg' alt=''/><figcaption>{caption}</figcaption></figure>"
        "<div class='body'>" + f"<p>{_TEXT}</p>" * 5 + "</div></article></body></html>"
    )


@pytest.mark.parametrize("caption", ["工人在新建的污水处理站巡检。（法新社）", "村民在河边洗菜。（美联社）"])
def test_a_pictures_caption_above_the_story_credits_the_picture(caption: str) -> None:
    article = _parse(_caption_page(caption), "https://news.example.sg/story/20230508-1")
    assert (article.author, article.source) == ("李明远", None)


def _hao_post(opening: str) -> str:
    return (
        "<html><head><title>社区食堂开张记</title></head><body><div class='index_cententWrap__A1b2c'>"
        "<h1 class='index_title__x'>社区食堂开张记</h1><div class='index_headerContent__y'>"
        "<a href='/user_123456'>街角观察</a><div>澎湃号·湃客</div><div>2023-03-02 10:11</div></div>"
        f"<div class='index_cententWrapBox__z'><div class='index_cententWrap__A1b2c'><p>{opening}</p>"
        + f"<p>{_TEXT}</p>"
        * 5
        + "<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。</p>"
        "</div></div></div></body></html>"
    )


@pytest.mark.parametrize(("opening", "author"), [("文｜陈思齐", "陈思齐"), ("作者：欧阳晓", "欧阳晓")])
def test_a_hao_posts_writer_credited_in_its_first_line(opening: str, author: str) -> None:
    assert _parse(_hao_post(opening), "https://www.thepaper.cn/newsDetail_forward_21000001").author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Mary Lim, BBC News", "Mary Lim"),
        ("By Kelly Ng, The Straits Times", "Kelly Ng"),
        ("By Amy Chan and Tom Ho, South China Morning Post", "Amy Chan Tom Ho"),
        ("By Peter Newsome", "Peter Newsome"),  # a name holding an outlet's letters is still a name
    ],
)
def test_an_english_bylines_outlet_after_the_comma_is_no_writer(line: str, author: str) -> None:
    assert parse_line(line) == Byline(author, None, None)  # the employer, as an outlet before 记者


@pytest.mark.parametrize(
    ("line", "source"), [("（星島日報報道）", "星島日報"), ("【文匯報報道】", "文匯報"), ("（綜合報道）", None)]
)
def test_an_outlets_report_credit_alone_on_its_line(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


def test_a_dated_posted_in_line_is_a_comments() -> None:
    assert parse_line("网友小李 发表于 广东 2020-01-01 12:30").author is None


def _rule_page_without_its_bar(bar: str) -> str:
    """A guancha page whose bar is no longer where the rule's bar selector looks (no ``li.left-main``)."""
    return (
        "<html><head><title>县域经济的新变化_观察者网</title></head><body><div class='main'>"
        f"<h1>县域经济的新变化</h1>{bar}<div class='all-txt'>" + f"<p>{_TEXT}</p>" * 5 + "</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        (
            "<div class='time'><span>2020-06-01 08:00</span><span>来源：环球时报</span><a href='#t'>参与讨论</a></div>",
            "环球时报",
        ),
        (
            "<div class='meta'><span>2020-06-01 08:00</span><em>来源：观察者网</em><a href='#c'>评论</a></div>",
            "观察者网",
        ),
    ],
)
def test_a_rule_pages_bar_after_the_headline_is_read_with_its_elements_apart(bar: str, source: str) -> None:
    assert _parse(_rule_page_without_its_bar(bar), "https://www.guancha.cn/economy/2020_06_01_1.shtml").source == source
