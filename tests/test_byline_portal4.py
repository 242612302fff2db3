"""Session 8's tune pages (tests/fixtures/bylines/pages4/) and the credit forms built for them (issue 13).

Portal pages of 2015-2024 and long-tail pages whose writer stands without the usual label (a credit mark,
a closing ``(X 来稿)``, 主笔, a name after the 来源 outlet, a dated ``By`` bar in the story's first line, a
澎湃号 account), and portal pages showing no source where a channel or a platform's app stands beside the
time. Every page must give exactly the fields it shows and nothing else.
"""

from __future__ import annotations

import pytest

from bench.byline_pages import load_template_pages
from bench.extract_bylines import FIELDS, PAGES4_DIR, Page, run_newscorpus
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.bylinecredits import contributed, marked_writers

PAGES = load_template_pages(PAGES4_DIR, split="tune")
# A 搜狐号 account shown only in the sidebar's card, outside the byline region: a miss of record, kept so the
# bench shows it (a lone avatar card anywhere on the page is as often a commenter's).
KNOWN_MISSES = {"pages4/souhu_hao_author_card_2024"}


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_pages4_give_their_shown_fields_and_nothing_else(page: Page) -> None:
    if page.name in KNOWN_MISSES:
        pytest.xfail("a template the site rule does not read (see bench/README, byline8)")
    got = run_newscorpus(page)
    assert {name: got[name] for name in FIELDS} == page.truth


def test_the_set_covers_both_classes() -> None:
    assert len(PAGES) >= 30
    assert sum(page.truth["author"] is not None for page in PAGES) >= 25
    assert sum(page.truth["source"] is None for page in PAGES) >= 20


@pytest.mark.parametrize(
    ("line", "writers"),
    [("◎马可", ["马可"]), ("● 李明 王芳", ["李明", "王芳"]), ("■要闻", []), ("◎本版导读", []), ("马可", [])],
)
def test_a_credit_mark_leads_only_names(line: str, writers: list[str]) -> None:
    assert marked_writers(line) == writers


@pytest.mark.parametrize(
    ("line", "writers"),
    [("(李小龙 来稿)", ["李小龙"]), ("（王芳投稿）", ["王芳"]), ("(宣传部 来稿)", []), ("(李小龙 摄)", [])],
)
def test_a_contributed_piece_names_its_writer_not_a_unit(line: str, writers: list[str]) -> None:
    assert contributed(line) == writers


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("主笔：钱多多", "钱多多"),
        ("执笔：李明", "李明"),
        ("取材・文／山田花子", "山田花子"),
        ("執筆者：山田太郎", "山田太郎"),
        ("ライター：山田太郎", "山田太郎"),
        ("刘洋｜文", "刘洋"),
        ("文／林伟杰 发布 / 2021年9月3日 5:30 AM", "林伟杰"),
    ],
)
def test_other_credit_words_name_the_writer(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_name_after_the_source_outlet_stands_alone_beside_the_time() -> None:
    got = parse_byline(["2019-03-02 10:20 来源：东南快报 李明轩"])
    assert (got.author, got.source) == ("李明轩", "东南快报")
    # A tool after the outlet is no name.
    assert parse_byline(["2024-05-15 08:58 来源： 新华网 举报"]).author is None


def test_a_dated_by_bar_counts_in_the_story_but_a_related_item_does_not() -> None:
    bar = "By Li Wei | Updated: 2020-10-12 09:21 | Source: Example Daily"
    assert parse_byline([bar], bars=[]).author == "Li Wei"
    assert parse_byline(["By Zhang Min: Hiking trails reopen"], bars=[]).author is None


@pytest.mark.parametrize("word", ["财经频道", "军事頻道", "宏观频道"])
def test_a_portal_section_channel_is_no_outlet(word: str) -> None:
    assert not is_outlet(word)
    assert parse_byline([f"2017年11月20日 07:30 {word}"]).source is None


def test_a_tv_channel_still_is_an_outlet() -> None:
    assert is_outlet("央视新闻频道")


@pytest.mark.parametrize("line", ["来源：今日头条", "来源：微信公众号", "来源：抖音"])
def test_a_platform_app_is_no_source(line: str) -> None:
    assert parse_line(line).source is None


def test_an_outlet_named_after_a_platform_stays_an_outlet() -> None:
    assert parse_line("来源：今日头条新闻网").source == "今日头条新闻网"


def test_the_asker_of_a_question_is_no_writer() -> None:
    assert parse_line("提问者：小美 2023-03-02").author is None


@pytest.mark.parametrize(
    ("line", "source"),
    # Since session 38 where the text was found, or the site by a pronoun, is the source as shown; compiled
    # (综合) or the bare claim 原创 names none.
    [
        ("来源：本网", "本网"),
        ("来源：网络", "网络"),
        ("来源：互联网", "互联网"),
        ("来源：综合", None),
        ("来源：原创", None),
    ],
)
def test_a_where_found_source_value_is_kept_as_shown(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


def test_a_reprint_notice_names_no_source() -> None:
    assert parse_line("转载请注明来源：荆楚在线网").source is None
    assert parse_line("来源：荆楚在线网").source == "荆楚在线网"


def test_the_copyright_footer_shows_the_sites_own_name() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newscorpus.scrapers.bylinebrand import unlabelled_brand

    tree = LexborHTMLParser("<html><head><title>标题 - 荆楚在线网</title></head><body><p>x</p></body></html>")
    bar = "2016-04-12 荆楚在线网"
    assert unlabelled_brand(tree, "荆楚在线网", [bar, "Copyright © 2016 荆楚在线网 版权所有"])
    # A reprinting site closing its title with the story's outlet: its footer names another site.
    assert not unlabelled_brand(tree, "荆楚在线网", [bar, "Copyright © 示例网 版权所有"])
    assert not unlabelled_brand(tree, "荆楚在线网", [bar])  # the title alone is no evidence
    assert not unlabelled_brand(tree, "荆楚在线网", ["来源：荆楚在线网", "荆楚在线网 版权所有"])


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("发帖人：小王爱旅行 2019-03-02", "小王爱旅行"),
        ("楼主：小王爱旅行", "小王爱旅行"),
        ("投稿人：王小明", "王小明"),
        ("作者：王小明（学生记者）", "王小明"),
        ("作者：王小明(实习记者) 2019-03-02", "王小明"),
        ("楼主说得对", None),
        ("新华社记者会", None),
    ],
)
def test_forum_and_contributor_labels_and_a_role_in_brackets(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_forum_user_page_named_in_the_query_is_a_profile() -> None:
    from newscorpus.scrapers.profiles import PROFILE

    assert PROFILE.search("/home/main?un=%E5%B0%8F%E7%8E%8B&ie=utf-8")
    assert not PROFILE.search("/home/main.html")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("财经老顽童大风号2019-09-11 08:10:22", "财经老顽童"),
        ("原创社保百事通头条号2017-07-06", "社保百事通"),
        ("关注公众号2019-01-01", None),
    ],
)
def test_an_account_glued_to_its_platform_tag_and_time(line: str, author: str | None) -> None:
    assert parse_byline([line]).author == author


def test_a_bar_opening_the_story_belongs_to_the_byline_region() -> None:
    from newscorpus.scrapers.bylineregion import story_opening

    story = ["财经老顽童大风号2019-09-11 08:10:22", "据新华社报道，上月居民消费价格同比上涨。"]
    assert story_opening(story) == story[1]
    assert story_opening(story[1:]) == story[1]
    assert story_opening(["2019年3月5日，市政府召开会议。", "会议指出……"]) == "2019年3月5日，市政府召开会议。"
