"""Byline classes first missed on blind39 (session 13), each tested in words the batch does not use where
the class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("记者：曾丽萍　刘志强", "曾丽萍 刘志强"),  # blind39's row (and blind25's page)
        ("记者 曾华 王磊", "曾华 王磊"),
        ("通讯员：曾志远 刘洋 张伟", "曾志远 刘洋 张伟"),
    ],
)
def test_a_verb_surname_leading_a_run_of_names_is_named(line: str, author: str) -> None:
    # 曾/从 open prose after 记者; a run of person-shaped tokens after it is a list of names, not prose.
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["记者 曾采访 当地市民", "记者 从现场 获悉"])
def test_a_verb_surname_before_other_words_stays_prose(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        ("经济观察报 记者 陈伊凡", "经济观察报", "陈伊凡"),  # blind39's rows
        ("聯合報 記者劉星君／即時報導", "聯合報", "劉星君"),  # blind35's, without the bar's time
        ("钱江晚报 记者 张伟 通讯员 李明", "钱江晚报", "张伟 李明"),
        ("中国汽车报 首席记者 孙鹏", "中国汽车报", "孙鹏"),
    ],
)
def test_an_outlet_one_space_before_its_reporter_is_the_source(line: str, source: str, author: str) -> None:
    # README: an outlet glued to 记者 employs the writer; one space apart it is the bar's outlet, time or none.
    credit = parse_line(line)
    assert (credit.source, credit.author) == (source, author)


@pytest.mark.parametrize("line", ["界面新闻记者 吴容", "本报记者 张伟", "现场 记者 张伟"])
def test_no_outlet_before_the_reporter_names_no_source(line: str) -> None:
    assert parse_line(line).source is None


def _page(title: str, sentence: str, opening: str, *, head: str = "", when: str = "2024-07-06 07:30") -> str:
    """A story page: ``opening`` (a credit or a notice) as its first paragraph, then six of ``sentence``."""
    lines = "".join(f"<p>第{n}段，{sentence}</p>" for n in range(6))
    return (
        f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1>"
        f'<div class="time">{when}</div><div class="content"><p>{opening}</p>{lines}</div></body></html>'
    )


def _story_page(credit: str) -> str:
    sentence = "市体育局近日发布通知，全市各游泳馆将在暑期延长开放时间，方便市民健身锻炼，并增加救生员配置。"
    return _page("游泳馆延长开放时间", sentence, credit, head='<meta property="og:site_name" content="海潮新闻">')


@pytest.mark.parametrize(
    ("credit", "source"),
    [("钱江晚报 记者 张伟 通讯员 李明", "钱江晚报"), ("海潮新闻客户端 记者 张伟 通讯员 李明", "海潮新闻客户端")],
)
def test_the_outlet_opening_its_credit_is_the_source(credit: str, source: str | None) -> None:
    # The site declares itself 海潮新闻; its own client (客户端) crediting its reporters published the story: the
    # source as shown since session 27 (the natural batches label the site's own name so), as another outlet is.
    article = parse_html(_story_page(credit), "https://news.example.cn/a/2024/0706/123.html", Registry.load())
    assert (article.source, article.author) == (source, "张伟 李明")


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("作者：沈方伟，编辑：宋玮，题图来自：视觉中国", "沈方伟", "宋玮"),  # blind39's row
        ("文 / 苏打　题图 / Unsplash", "苏打", None),  # blind39's row
        ("作者：李明 头图：IC photo", "李明", None),
        ("文/张伟 编辑/王芳 配图/网络", "张伟", "王芳"),
    ],
)
def test_a_picture_credit_ends_the_writer_or_editor_before_it(line: str, author: str, editor: str | None) -> None:
    credit = parse_line(line)
    assert (credit.author, credit.editor, credit.source) == (author, editor, None)


@pytest.mark.parametrize("line", ["封面图片来源：每日经济新闻 资料图", "封面图片来源：视觉中国-VCG41N1357000215"])
def test_a_cover_pictures_origin_is_no_source(line: str) -> None:
    assert parse_line(line) == parse_line("")


def _reprint_page(notice: str) -> str:
    sentence = "快递柜超时收费引发讨论，多个小区业主委员会表示将重新评估合作，企业回应称此举为提升周转率。"
    return _page("快递柜为何收费", sentence, notice, when="2020-05-14 20:31")


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        # blind39's huxiu page: the name after a colon, closed by its ID's bracket.
        ("本文来自微信公众号：<a href='/x'>远山财经（ID：yuanshan）</a>，作者：林一舟，编辑：何青", "远山财经"),
        ("本文来自微信公众号：远山财经，作者：林一舟", "远山财经"),
        ("本文来自微信公众号“远山财经”（ID：yuanshan），作者：林一舟", "远山财经"),
        # blind26's: the writer's own account is no outlet.
        ("本文来自微信公众号：林一舟的车评，作者：林一舟", None),
    ],
)
def test_a_reprint_notice_names_the_account_the_story_came_from(notice: str, source: str | None) -> None:
    article = parse_html(_reprint_page(notice), "https://www.example.com/article/355012.html", Registry.load())
    assert (article.author, article.source) == ("林一舟", source)


@pytest.mark.parametrize(
    "line",
    [
        "发布时间: 03-02 10:24 数码领域创作者 北京",  # blind39's row
        "发布时间: 05-12 09:30汽车领域创作者上海",
        "2022-05-12 09:30 优质科技领域作者 广东",
    ],
)
def test_a_platform_badge_before_its_ip_location_names_nobody(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(("line", "author"), [("签约作者：李四", "李四"), ("原创作者：张三", "张三")])
def test_a_badge_word_before_a_separated_label_still_labels(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报北京9月20日讯　记者乔金亮报道：农业部新闻发言人20日在新闻发布会上表示，秋粮生产形势总体较好。", "乔金亮"),
        ("本报杭州3月5日电 记者王海涛 通讯员李明报道：全省春耕备耕工作全面展开，各地农资供应充足。", "王海涛 李明"),
        ("本报讯 记者张伟报道：市交通局昨日发布通知，地铁三号线将于下月开通试运营。", "张伟"),
    ],
)
def test_the_papers_own_tag_with_its_place_and_day_credits_the_reporter(line: str, author: str) -> None:
    # 本报北京9月20日讯: the paper's own tag with the dateline inside it, the credit up to the colon.
    assert (parse_line(line).author, parse_line(line).source) == (author, None)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("本文转载自《读者》2014年第6期", "读者"),  # blind40's row
        ("摘自《求是》2015年第12期", "求是"),  # blind28's and blind27's rows agree
        ("来源：《半月谈》2020年第3期", "半月谈"),
        ("来源：《青年文摘》5月上", "青年文摘"),
        ("来源：《求是》", "求是"),
    ],
)
def test_a_periodicals_issue_after_its_title_names_the_same_outlet(line: str, source: str) -> None:
    assert parse_line(line).source == source
