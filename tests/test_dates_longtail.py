"""Publish times on long-tail pages (issue 18): where a date is taken from, and when there is none."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.extract import same_time
from bench.extract_dates import DatePage, load_date_pages
from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import edited_page, first_datetime, page_datetime, shown_datetime
from newscorpus.scrapers.datemeta import published_from_metadata
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry

PAGES = load_date_pages()


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_hand_written_page_gives_its_labelled_publish_time(page: DatePage, registry: Registry) -> None:
    got = parse_html(page.html, page.url, registry).published_at
    assert same_time(got, page.want), f"{page.note}: got {got}, want {page.want}"


def test_the_manifest_holds_pages_without_a_publish_time_and_pages_with_one() -> None:
    wants = [page.want for page in PAGES]
    assert len(PAGES) >= 20
    assert wants.count(None) >= 5 and len([w for w in wants if w]) >= 15


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # 发布 wins over the document's drafting date, label and value in separate table cells.
        (["成文日期：", "2024-02-26", "发布日期：", "2024-03-01"], "2024-03-01T00:00:00+08:00"),
        (["成文日期：2024-02-26 发布日期：2024-03-01"], "2024-03-01T00:00:00+08:00"),
        # A recommended article's time, then the post's own 于...发布.
        (["最新推荐文章于 2023-09-04 17:53:10 发布", "张三 于 2023-03-12 13:08:03 发布"], "2023-03-12T13:08:03+08:00"),
        # A thread's last reply is never its publish time.
        (["查看: 2561 | 回复: 3", "最后回复 2022-8-20 09:12", "发表于 2022-8-3 14:05:21"], "2022-08-03T14:05:21+08:00"),
        # A byline bar's count after the date is another field, not a comment's time.
        (["2021-07-26 21:47 阅读(356) 评论(4)"], "2021-07-26T21:47:00+08:00"),
    ],
)
def test_which_line_is_the_publish_time(lines: list[str], want: str) -> None:
    assert first_datetime(lines, None) == want


@pytest.mark.parametrize(
    "lines",
    [
        ["此页面最后编辑于2023年10月7日 (星期六) 14:35。"],
        ["浏览次数：2345678次 最近更新：植物爱好者 （2023-06-01 10:22）"],
        ["王先生 留言于 2023-04-12 14:20："],
        ["2014年6月22日，第38届世界遗产大会宣布，中国大运河项目成功入选世界文化遗产名录。"],
        ["某某县2024年事业单位公开招聘工作人员公告 2024-04-02"],
        ["初二年级开展研学实践活动2024-06-05"],
    ],
)
def test_lines_that_never_give_a_publish_time(lines: list[str]) -> None:
    assert first_datetime(lines, None) is None
    assert page_datetime(lines, None) is None


def test_a_readers_section_ends_the_search() -> None:
    lines = ["售后服务说明", "自签收之日起七天内可申请无理由退货。", "用户反馈", "张** 2023-01-05 12:00"]
    assert first_datetime(lines, None) is None
    assert first_datetime(["评论", "2023-01-05 12:00"], None) == "2023-01-05T12:00:00+08:00"  # a tool bar's word
    assert first_datetime(["2023-01-04 09:00 来源：某某网", "全部评论（2）", "2023-01-05 12:00"], None) == (
        "2023-01-04T09:00:00+08:00"
    )


def test_the_bar_under_the_headline_may_name_a_long_outlet_and_a_top_bars_today_never_counts() -> None:
    lines = ["今天是：2024年01月10日 星期三", "多地出台措施稳定外贸", "中国新闻网 新闻中心 2023-10-31 08:30"]
    assert shown_datetime(lines, None, title="多地出台措施稳定外贸") == "2023-10-31T08:30:00+08:00"
    # Without the headline to place it, the same line reads as a list item's headline and date.
    assert first_datetime(lines[2:], None) is None
    # A story sentence right under the headline is still story.
    sentence = "我行客服热线服务时间将于2022年1月31日至2月6日进行调整，每日服务时间为上午八点至晚上八点。"
    assert shown_datetime(["公告", sentence, "更新时间：2022-01-20 09:10"], None, title="公告") == (
        "2022-01-20T09:10:00+08:00"
    )


def test_page_wide_dates_come_only_from_stamps() -> None:
    assert page_datetime(["春天", "2020-05-15 编辑：孙静"], None) == "2020-05-15T00:00:00+08:00"
    assert page_datetime(["关于开展期中教学检查的通知 2023-10-20 08:00"], None) is None
    # Near the headline an unlabelled update time still counts when nothing else shows; page-wide it does not.
    assert first_datetime(["更新时间：2023-05-01 10:00"], None) == "2023-05-01T10:00:00+08:00"
    assert page_datetime(["更新时间：2023-05-01 10:00"], None) is None


def test_an_encyclopedia_footer_marks_an_edited_page() -> None:
    assert edited_page(["正文", "本页面最后修订于2024年4月28日 (星期日) 19:41。"])
    assert not edited_page(["正文", "网站最后更新时间：2024-05-21 08:10"])


def test_a_named_zone_is_converted_and_an_unstated_one_is_china_time() -> None:
    assert parse_datetime("2020-03-20 10:20 JST") == "2020-03-20T09:20:00+08:00"
    assert parse_datetime("2020-03-20 10:20 HKT") == "2020-03-20T10:20:00+08:00"
    # A Japanese page's 10時20分 states no offset: labels read it as +08:00 (tests/golden/FORMAT.md).
    assert first_datetime(["2020年3月20日 10時20分"], None) == "2020-03-20T10:20:00+08:00"


def test_a_comments_time_element_is_not_the_pages() -> None:
    html = (
        '<html><body><article><time datetime="2022-11-08T19:30:00+08:00">11月8日</time></article>'
        '<div class="comment-list"><div><time datetime="2022-11-09T08:15:00+08:00">x</time></div></div></body></html>'
    )
    assert published_from_metadata(LexborHTMLParser(html)) == "2022-11-08T19:30:00+08:00"
    only_comments = (
        '<html><body><div id="comments"><time datetime="2022-11-09T08:15:00+08:00">x</time></div></body></html>'
    )
    assert published_from_metadata(LexborHTMLParser(only_comments)) is None
