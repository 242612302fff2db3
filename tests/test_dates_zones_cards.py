"""Three date classes read from session 5's blind batch once it became tune material (issue 18): a zone
written out in words after the time, a poster's card dates beside a thread's 发表于, and a site template that
shows the time without its year while its script state holds the full one."""

from __future__ import annotations

import json

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import first_datetime
from newscorpus.scrapers.dates import may_hold_datetime, parse_datetime
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("发布时间：2020-03-05 10:30（日本时间）", "2020-03-05T09:30:00+08:00"),
        ("2019年11月2日 08:15 (東京時間)", "2019-11-02T07:15:00+08:00"),
        ("2021-06-01 20:00 韩国时间", "2021-06-01T19:00:00+08:00"),
        ("2018-07-09 14:00（格林尼治时间）", "2018-07-09T22:00:00+08:00"),
        ("2020-03-05 10:30（北京时间）", "2020-03-05T10:30:00+08:00"),
        # A bracket after the time that names no zone changes nothing.
        ("2020-03-05 10:30（来源：新华网）", "2020-03-05T10:30:00+08:00"),
        ("2020-03-05 10:30 当地时间", "2020-03-05T10:30:00+08:00"),
    ],
)
def test_a_zone_written_in_words_is_the_offset_the_page_states(text: str, want: str) -> None:
    assert parse_datetime(text) == want


def test_a_posters_card_dates_are_never_the_threads() -> None:
    # A phpwind/Discuz first post: the user card (注册时间, 最后登录) stands before the post's stamp.
    lines = [
        "小区门口的早餐店又涨价了",
        "楼主",
        "荣誉会员",
        "发帖: 1382",
        "注册时间: 2009-04-17",
        "最后登录: 2015-02-09",
        "发表于: 2015-02-10 14:22",
        "只看楼主",
    ]
    assert first_datetime(lines, None) == "2015-02-10T14:22:00+08:00"
    assert first_datetime(["注册时间: 2009-04-17", "加入时间：2010-01-02"], None) is None


def test_a_chinese_numeral_year_passes_the_date_line_precheck() -> None:
    assert may_hold_datetime("发布日期：二〇二三年十一月二十日")
    assert may_hold_datetime("２０２１－１０－３１")  # full-width digits are digits
    assert not may_hold_datetime("只看楼主 回复 举报")


def _yearless_post(state: dict) -> str:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "最近不少读者来信问：公积金贷款额度调整以后，首套房的月供到底能少多少？我们按三种情形算了一笔账。",
            "以贷款一百万元、期限三十年计算，利率每下调零点二五个百分点，每月还款大约减少一百四十元。",
            "对已经在还款的家庭来说，调整要等到下一个重定价日才生效，具体时间以合同约定为准。",
        )
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>公积金利率下调后月供少多少</title>"
        f"<script>window.__STATE__ = {json.dumps(state, ensure_ascii=False)};</script></head><body>"
        "<div class='article-title'><h2>公积金利率下调后月供少多少</h2></div>"
        "<div class='article-desc'><p class='author-name'>理财小周</p>"
        "<div class='article-source article-source-bjh'><span class='date'>发布时间：03-18</span>"
        "<span class='time'>09:05</span></div></div>"
        f"<div class='article-content'>{paragraphs}</div></body></html>"
    )


def test_a_rule_template_without_the_year_takes_the_time_from_script_state(registry: Registry) -> None:
    url = "https://baijiahao.baidu.com/s?id=1761234567890123456"
    state = {"article": {"title": "公积金利率下调后月供少多少", "pubDate": "2023-03-18T09:05:41"}}
    article = parse_html(_yearless_post(state), url, registry)
    assert article.parser == "baijiahao"
    assert article.published_at == "2023-03-18T09:05:41+08:00"
    # Without a date in the state the page's yearless time stays unread: nothing is guessed.
    assert parse_html(_yearless_post({"article": {"title": "x"}}), url, registry).published_at is None


@pytest.mark.parametrize(
    ("line", "edit"),
    [
        ("更新于 2023-05-01 10:00", True),
        ("最新修改时间：2023年5月1日 10:00", True),
        # A count after the word (a review's 评论 with its rating, a 回复 tally) is no label of the date.
        ("影评人小林 评论 长安的荔枝 5 2023-05-01 10:00", False),
        ("评论(12) 2023-05-01 10:00", False),
        ("回复 3 2023-05-01 10:00", False),
    ],
)
def test_another_times_word_labels_a_date_only_when_a_date_follows_it(line: str, edit: bool) -> None:
    from newscorpus.scrapers.datelines import shown_edit_time

    title = "长安的荔枝：一场关于时间的赛跑"
    assert shown_edit_time([title, line], None, title=title) is edit


def test_a_review_bar_time_wins_over_its_date_only_metadata() -> None:
    # A review site's bar: "<reviewer> 评论 <work> <stars> <date time>"; its JSON-LD gives only the day.
    ld = json.dumps({"@type": "Review", "datePublished": "2023-07-14", "name": "荔枝与驿站"}, ensure_ascii=False)
    line = "书里写驿站换马的那一节，把唐代的物流讲得像一部悬疑小说，读来一点也不闷。"
    story = "".join(f"<p>第{n}段：{line}</p>" for n in range(6))
    html = (
        f'<html><head><title>荔枝与驿站</title><script type="application/ld+json">{ld}</script></head><body>'
        '<div class="review"><h1>荔枝与驿站</h1><header><a href="/people/lin/">影评人小林</a> 评论 '
        '<a href="/subject/1/">长安的荔枝</a> <span class="rating">5</span> '
        '<span content="2023-07-14" class="meta">2023-07-14 21:05:33</span></header>'
        f'<div class="review-content">{story}</div></div></body></html>'
    )
    article = parse_html(html, "https://reviews.example.org/review/88/", Registry.load())
    assert article.published_at == "2023-07-14T21:05:33+08:00"
