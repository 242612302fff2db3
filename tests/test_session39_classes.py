"""Classes session 39 found in blind94n's strings and pages (flipped to tune at the session's start): a font-size
switch (``大 小``) read as a padded name after the editor; a self-media bar's bare platform tag before an outlet-like
handle (``企鹅号 / 体育日报``) read as the source; a dotted platform bar with no time (``企鹅号 · X``), a region or a
badge around the handle (``· 来自上海 · X``, ``X官方账号``); a where-found 来源 value (``本站原创``) dropped before an
empty counter label or inside a bracketed bar. Written as other outlets, names and wordings than the batch's, each
with controls.
"""

from __future__ import annotations

import pytest

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("来源：中国水泥网\u3000作者：本报记者 丁一\u3000责任编辑：黄岚_SN0231\u3000大 小", "黄岚"),
        ("责任编辑：黄岚\u3000大 中 小", "黄岚"),
        ("责任编辑：黄岚\u3000中 小", "黄岚"),
        # Controls: a padded name stays one name; a name of those characters with a surname is a name.
        ("【责任编辑：黄 岚】", "黄岚"),
        ("责任编辑：邵 中", "邵中"),
    ],
)
def test_the_font_size_switch_is_no_padded_name(line: str, editor: str | None) -> None:
    assert line_fields(line)[2] == editor


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("企鹅号 / 体育日报 / 2016-05-11", ("体育日报", None)),
        ("2020-07-14 08:21 发布于浙江 · 网易号 · 钱江晚报", ("钱江晚报", None)),
        ("网易号 | 汽车周报\u30002021-03-09 10:00:41", ("汽车周报", None)),
        ("企鹅号 电竞快报 2018-09-12", ("电竞快报", None)),
        # Controls: a 来源 label before the platform keeps an outlet's own account the source, as a WeChat one.
        ("来源：企鹅号·钱江晚报", (None, "钱江晚报")),
        ("来源：微信公众号 健康时报", (None, "健康时报")),
        ("企鹅号 / 乡村小李 / 2016-05-11", ("乡村小李", None)),
    ],
)
def test_a_bare_platform_tag_names_the_author_even_an_outlet_like_one(
    line: str, want: tuple[str | None, str | None]
) -> None:
    assert line_fields(line)[:2] == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("企鹅号 · 萌宠小日记", "萌宠小日记"),
        ("大风号 · 历史小课堂", "历史小课堂"),
        ("百家号 05-21 09:14 · 来自上海 · 数码之家", "数码之家"),
        ("网易号 2023-01-12 19:20:31 发布于 江苏 | 南京身边事", "南京身边事"),
        ("百家号 11-02 20:41 · 科技先锋官方账号", "科技先锋"),
        # Controls: a region or a badge alone where the handle stands names nobody; a glued dot is a channel.
        ("百家号 · 来自上海", None),
        ("百家号 11-02 20:41 · 官方账号", None),
        ("澎湃号·湃客", None),
    ],
)
def test_a_dotted_platform_bar_with_a_region_or_a_badge(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("作者：初一年级组 林晓\u3000\u3000文章来源：本站原创\u3000\u3000点击数：", "本站原创"),
        ("发布时间：2011-4-6 9:12:30  作者：政教处  来源：本站  浏览次数：", "本站"),
        ("【作者：市茶叶协会秘书处】【出处：本站原创】【时间：2008-3-2】【阅读：", "本站原创"),
        ("来源：网络 阅读：35", "网络"),
        # Controls: an outlet before the counter as before; a notice's clause after the value, or compiled, is none.
        ("来源：人民日报 点击数：", "人民日报"),
        ("来源：网络，侵删", None),
        ("文章来源：综合 点击数：", None),
    ],
)
def test_a_where_found_value_before_an_empty_counter_or_in_a_bracketed_bar(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source
