"""Classes session 36 found in blind91n's strings and pages (flipped to tune at the session's start): a closing
note whose second writer's label is qualified by a word glued before it (郑州台记者, 学生记者), read as a name; a
WeChat reprint notice above the story, and the original's headline after its editor (原文标题); a self-media
account named only on its card, over the time and the platform's creator badge (blind90n had one too); quote
marks around a reprint's source; the portal hosting a platform printed before the tag that leads the account.
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（总台记者 刘晓燕 武汉台记者 陈志刚）", ("刘晓燕 陈志刚", None, None)),
        ("（校报记者 孙佳 学生记者 何宇航）", ("孙佳 何宇航", None, None)),
        ("记者 周鹏 长沙台记者 罗文", ("周鹏 罗文", None, None)),
        ("作者：钱坤 学生记者 谢雨桐", ("钱坤 谢雨桐", None, None)),
        ("记者 潘宁 学生通讯员 高雅", ("潘宁 高雅", None, None)),
        # Controls: names after their labels, and a name glued to the next label with no name before it.
        ("记者 周鹏 通讯员 罗文", ("周鹏 罗文", None, None)),
        ("本报记者 周鹏 孙佳 通讯员 罗文", ("周鹏 孙佳 罗文", None, None)),
        ("记者 周鹏 罗文", ("周鹏 罗文", None, None)),
    ],
)
def test_a_word_glued_before_the_next_reporter_label_is_the_labels(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["本文来自微信公众号：远山财经 （ID：yuanshancj），作者：郝明远，题图来自：视觉中国"],
            ("郝明远", "远山财经", None),
        ),
        (
            ["2023-05-02 10:11 收藏8", "本文来自微信公众号“沧海观察”（ID：chcx2019），作者：辛晴，经授权发布。"],
            ("辛晴", "沧海观察", None),
        ),
        # Control: the account's own writer named as the author gives no source (the account publishing itself).
        (["本文来自微信公众号：郝明远说车（ID：hmysc），作者：郝明远"], ("郝明远", None, None)),
    ],
)
def test_a_reprint_notice_above_the_story_names_its_account_as_the_source(
    lines: list[str], want: tuple[str | None, ...]
) -> None:
    found = parse_byline(lines, lines)
    assert (found.author, found.source, found.editor) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "本文来自微信公众号：远山财经（ID：yuanshancj），作者：郝明远，编辑：丁一，原文标题：《车市的冬天》",
            ("郝明远", "远山财经", "丁一"),
        ),
        ("作者：郝明远，编辑：丁一，原文标题：《冬天》", ("郝明远", None, "丁一")),
        # Control: the reprint's 原标题 ended the name before.
        ("编辑：丁一，原标题：《车市的冬天》", (None, None, "丁一")),
    ],
)
def test_the_originals_headline_after_a_reprint_notices_editor_ends_the_name(
    line: str, want: tuple[str | None, ...]
) -> None:
    assert line_fields(line) == want


_STORY = "<p>入冬以来，不少地区迎来降温，呼吸道疾病进入高发期，医生提醒市民注意防护。</p>" * 3


def _card_post(url: str, account: str, badge: str, opening: str = "") -> str | None:
    """A self-media post whose hashed-class template shows the account on its card only: no link, no label."""
    html = (
        "<html><head><title>冬季如何预防呼吸道疾病_平台</title></head><body><div class='_a1'>"
        "<div class='_h2'>冬季如何预防呼吸道疾病</div>"
        f"<div class='_c3'><div class='_v4'><img src='https://img.example.com/a.png'></div>"
        f"<div class='_n5'><p class='_p6'>{account}</p><div class='_m7'><span>2023-12-04 09:15</span>"
        f"<span>湖南</span><span class='_b8'>{badge}</span></div></div><div class='_f9'>+关注</div></div>"
        f"<div class='_s0'>{opening}{_STORY}</div></div></body></html>"
    )
    return parse_html(html, url, Registry.load()).author


@pytest.mark.parametrize(
    ("url", "account", "badge", "opening", "author"),
    [
        ("https://baijiahao.baidu.com/s?id=1784512398765432101", "家庭医生老周", "健康领域创作者", "", "家庭医生老周"),
        ("https://www.example.cn/post/20231204/5521.html", "湘江健康说", "优质健康领域创作者", "", "湘江健康说"),
        # The account published, the person the opening credits wrote (README "accounts").
        (
            "https://baijiahao.baidu.com/s?id=1784512398765432102",
            "家庭医生老周",
            "健康领域创作者",
            "<p>文 | 邓思远</p>",
            "邓思远",
        ),
        # Control: with no badge the card's line is no account anyone shows as such.
        ("https://www.example.cn/post/20231204/5523.html", "湘江健康说", "浏览 2831", "", None),
    ],
)
def test_an_account_on_its_card_over_the_creator_badge_is_the_author(
    url: str, account: str, badge: str, opening: str, author: str | None
) -> None:
    assert _card_post(url, account, badge, opening) == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("本文转载自“杏林园”，作者：周医生", ("周医生", "杏林园", None)),
        ("来源：「江南晚报」", (None, "江南晚报", None)),
        # Control: a quote inside the name is the name's own.
        ("来源：“江南”晚报", (None, "“江南”晚报", None)),
    ],
)
def test_quote_marks_around_a_source_alone_are_no_part_of_it(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("腾讯新闻 企鹅号 · 湘江财经说 2020-03-11", ("湘江财经说", None, None)),
        ("凤凰网大风号：读史札记 2020-03-11", ("读史札记", None, None)),
        ("凤凰网 大风号：读史札记 2020-03-11", ("读史札记", None, None)),
        # Control: an outlet's own account closing the part stays the source (README "accounts").
        ("潇湘晨报 企鹅号 2020-03-11", (None, "潇湘晨报", None)),
    ],
)
def test_the_portal_hosting_a_platform_before_its_tag_is_no_source(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want
