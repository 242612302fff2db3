"""Publish times on the classes session 6's second blind batch (blind8, tune material for dates-b8) missed,
pinned on hand-written variants (tests/fixtures/dates/tenth) and strings, not on the blind pages: a date
shown alone whose own element states its time in ``title``, a forum floor's tail after the first post, a
shown edit time (更新于/编辑于) within a day of the publish time a tooltip or metadata states, an
e-paper's edition bar (第A03版) far from the headline."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.blind import held_out
from bench.extract import same_time
from bench.extract_dates import TENTH_DIR, DatePage, load_date_pages
from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import page_datetime, shown_edit_time
from newscorpus.scrapers.datemeta import titled_time
from newscorpus.scrapers.registry import Registry

PAGES = load_date_pages(TENTH_DIR)


def test_the_batch_is_there() -> None:
    assert len(PAGES) >= 8


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_variant_page_gives_its_labelled_publish_time(page: DatePage, registry: Registry) -> None:
    got = parse_html(page.html, page.url, registry).published_at
    assert same_time(got, page.want), f"{page.note}: got {got}, want {page.want}"


def test_a_title_stamp_counts_only_over_the_same_shown_date() -> None:
    html = '<p><span title="2020-2-16 22:05:47">2020-2-17</span> <span title="2020-2-16 09:00">2020-2-16</span></p>'
    assert titled_time(LexborHTMLParser(html), "2020-02-16T00:00:00+08:00") == "2020-02-16T09:00:00+08:00"
    assert titled_time(LexborHTMLParser(html), "2020-02-18T00:00:00+08:00") is None


def test_a_floor_before_its_date_is_a_stamp_not_a_list_item() -> None:
    lines = ["来自Android客户端1楼2017-05-21 21:36", "2楼2017-05-21 21:52"]
    assert page_datetime(lines, None) == "2017-05-21T21:36:00+08:00"


def test_a_client_named_in_a_headline_is_no_device_tail() -> None:
    # "来自X客户端" is a post's device; an app named in a list item's headline leaves the item a headline.
    assert page_datetime(["来自华为客户端 2018-09-03 08:40"], None) == "2018-09-03T08:40:00+08:00"
    assert page_datetime(["新华社客户端上线新版本功能介绍 2018-09-03 08:40"], None) is None


def test_an_edition_bar_dates_the_page_a_long_list_line_does_not() -> None:
    assert page_datetime(["2015年10月14日 星期三 第A03版：城事 上一期 下一期"], None) == "2015-10-14T00:00:00+08:00"
    # Beside the links to the issues before and after it, the issue's own bar (blind52, session 19): the last
    # resort where the URL files the page under no other day.
    assert page_datetime(["2015年10月14日 星期三 城事 上一期 下一期 往期回顾"], None) == "2015-10-14T00:00:00+08:00"
    elsewhere = "http://epaper.example.test/html/2015-10/13/content_1.htm"
    assert page_datetime(["2015年10月14日 星期三 城事 上一期 下一期 往期回顾"], elsewhere) is None


def test_an_edit_label_is_told_from_a_publish_label() -> None:
    assert shown_edit_time(["编辑于 2021-04-26 09:13"], None)
    assert not shown_edit_time(["发布于 2021-04-26 09:13"], None)


def test_the_tune_blind_batches_are_readable_the_next_is_not(tmp_path) -> None:
    assert not held_out(tmp_path / "blind10" / "longtail")
    assert not held_out(tmp_path / "blind27" / "longtail")
    assert not held_out(tmp_path / "blind28" / "longtail")
    assert not held_out(tmp_path / "blind29" / "longtail")
    assert not held_out(tmp_path / "blind30" / "longtail")
    assert not held_out(tmp_path / "blind31" / "longtail")
    assert not held_out(tmp_path / "blind32" / "longtail")
    assert not held_out(tmp_path / "blind33" / "longtail")
    assert not held_out(tmp_path / "blind34" / "longtail")
    assert not held_out(tmp_path / "blind35" / "longtail")
    assert not held_out(tmp_path / "blind36" / "longtail")
    assert not held_out(tmp_path / "blind37" / "longtail")
    assert not held_out(tmp_path / "blind38" / "longtail")
    assert not held_out(tmp_path / "blind39" / "longtail")
    assert not held_out(tmp_path / "blind40" / "longtail")
    assert not held_out(tmp_path / "blind41" / "longtail")
    assert not held_out(tmp_path / "blind42" / "longtail")
    assert not held_out(tmp_path / "blind43" / "longtail")
    assert not held_out(tmp_path / "blind44" / "longtail")
    assert not held_out(tmp_path / "blind45" / "longtail")
    assert not held_out(tmp_path / "blind46" / "longtail")
    assert not held_out(tmp_path / "blind47" / "longtail")
    assert not held_out(tmp_path / "blind48" / "longtail")
    assert not held_out(tmp_path / "blind49" / "longtail")
    assert not held_out(tmp_path / "blind55" / "longtail")
    assert not held_out(tmp_path / "blind56" / "longtail")
    assert not held_out(tmp_path / "blind57" / "longtail")
    assert not held_out(tmp_path / "blind58" / "longtail")
    assert not held_out(tmp_path / "blind59" / "longtail")
    assert not held_out(tmp_path / "blind60" / "longtail")
    assert not held_out(tmp_path / "blind61" / "longtail")
    assert not held_out(tmp_path / "blind62" / "longtail")
    assert not held_out(tmp_path / "blind63" / "longtail")
    assert not held_out(tmp_path / "blind64" / "longtail")
    assert not held_out(tmp_path / "blind65" / "longtail")
    assert not held_out(tmp_path / "blind66" / "longtail")
    assert not held_out(tmp_path / "blind67" / "longtail")
    assert not held_out(tmp_path / "blind68" / "longtail")
    assert not held_out(tmp_path / "blind69" / "longtail")
    assert not held_out(tmp_path / "blind70" / "longtail")
    assert not held_out(tmp_path / "blind71" / "longtail")
    assert not held_out(tmp_path / "blind72" / "longtail")
    assert held_out(tmp_path / "blind73" / "longtail")
    assert not held_out(tmp_path / "blind74n" / "longtail")
    assert not held_out(tmp_path / "blind75n" / "longtail")
    assert not held_out(tmp_path / "blind76n" / "longtail")
    assert not held_out(tmp_path / "blind77n" / "longtail")
    assert not held_out(tmp_path / "blind78n" / "longtail")
    assert not held_out(tmp_path / "blind79n" / "longtail")
    assert not held_out(tmp_path / "blind80n" / "longtail")
    assert not held_out(tmp_path / "blind81n" / "longtail")
    assert not held_out(tmp_path / "blind82n" / "longtail")
    assert not held_out(tmp_path / "blind83n" / "longtail")
    assert not held_out(tmp_path / "blind84n" / "longtail")
    assert not held_out(tmp_path / "blind85n" / "longtail")
    assert not held_out(tmp_path / "blind86n" / "longtail")
    assert not held_out(tmp_path / "blind87n" / "longtail")
    assert not held_out(tmp_path / "blind88n" / "longtail")
    assert not held_out(tmp_path / "blind89n" / "longtail")
    assert not held_out(tmp_path / "blind90n" / "longtail")
    assert not held_out(tmp_path / "blind91n" / "longtail")
    assert not held_out(tmp_path / "blind92n" / "longtail")
    assert not held_out(tmp_path / "blind93n" / "longtail")
    assert not held_out(tmp_path / "blind94n" / "longtail")
    assert not held_out(tmp_path / "blind95n" / "longtail")
    assert not held_out(tmp_path / "blind96n" / "longtail")
    assert not held_out(tmp_path / "blind97n" / "longtail")
    assert not held_out(tmp_path / "blind98n" / "longtail")
    assert not held_out(tmp_path / "blind99n" / "longtail")
    assert not held_out(tmp_path / "blind100n" / "longtail")
    assert not held_out(tmp_path / "blind101n" / "longtail")
    assert not held_out(tmp_path / "blind102n" / "longtail")
    assert not held_out(tmp_path / "blind103n" / "longtail")
    assert not held_out(tmp_path / "blind104n" / "longtail")
    assert not held_out(tmp_path / "blind105n" / "longtail")
    assert held_out(tmp_path / "blind106n" / "longtail")
