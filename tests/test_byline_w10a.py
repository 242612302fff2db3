"""Portal bylines by structure (issue 13, byline-w10a, session 10 wave 3).

One mechanism, seen in two batches by two writers (blind17's and blind24's Drupal bylines): a newsroom's page of
one writer's stories (``/byline/slug``, ``/columnist/slug``, ``/reporter/slug``, ``/journalist/slug``,
``/contributor/slug``) is that writer's profile, so a name linked to one and shown alone under the headline is
the writer, as a name linked to ``/author/slug`` already was. The pages below are invented (names, brands, hosts,
slugs, templates of other years); none of their words is listed by any code.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.profiles import is_profile
from newscorpus.scrapers.registry import Registry

_TITLE = "滨海新区明年起试行夜间公交 首批开通六条线路"
_STORY = (
    "<p>滨海新区交通部门昨天宣布，明年起将试行夜间公交服务，首批开通六条线路，覆盖主要居住区、医院和交通枢纽。</p>"
    "<p>交通部门负责人说，夜间公交每半小时一班，票价与日间相同，试行期间将根据客流情况调整班次和站点设置。</p>"
    "<p>不少夜班工作者对此表示欢迎，认为夜间公交能够减少打车开支，也让深夜回家的路更安全、更方便一些。</p>"
)


def _page(bar: str, *, host: str = "news.example.test", side: str = "") -> str:
    return (
        f"<html><head><title>{_TITLE} | 海港日报</title>"
        '<meta property="og:site_name" content="海港日报"></head><body>'
        '<nav><a href="/">首页</a><a href="/local">本地</a><a href="/world">国际</a></nav>'
        f'<div class="main"><h1>{_TITLE}</h1>{bar}<div class="content">{_STORY}</div></div>'
        f"<aside>{side}</aside><footer>海港日报 版权所有</footer></body></html>"
    )


def _author(html: str, host: str = "news.example.test") -> str | None:
    return parse_html(html, f"https://{host}/local/story-20210412-118842", Registry.load()).author


@pytest.mark.parametrize(
    ("bar", "author"),
    [
        # Drupal 8, the name in its own span beside a slash-labelled date (another year's zaobao-like bar).
        (
            '<div class="byline"><span class="contributor"><a href="/byline/he-jing-yi">何静怡</a></span>'
            '<span class="date">发布 / 2021年4月12日 9:05 AM</span></div>',
            "何静怡",
        ),
        # The name over its role line, then the date: the role is no part of the name.
        (
            '<div class="who"><a href="/byline/tan-wei-ming">谭伟明</a><span>驻曼谷特派员</span></div>'
            '<span class="date">2019年3月2日 6:40 PM</span>',
            "谭伟明",
        ),
        # A columnist's page, full address, a 2016 template with a pipe.
        (
            '<p class="meta"><a href="https://news.example.test/columnist/qiu-lan">仉秋岚</a>'
            " | 专栏作家 | 2016-08-21 10:12</p>",
            "仉秋岚",
        ),
        # A reporter's page by numeric id, a bar of list items.
        (
            '<ul class="info"><li><a href="/reporter/50213">禚振邦</a></li><li>发布 / 2023-11-05 14:30</li></ul>',
            "禚振邦",
        ),
        # A journalist's page under a language folder, the time first.
        (
            '<div class="meta"><time>2018-01-19 07:55</time> <a href="/zh/journalists/fang-yu-ting">亓雨婷</a>'
            " <span>首席记者</span></div>",
            "亓雨婷",
        ),
        # A contributor's page on another host, the name in a strong tag.
        (
            '<div class="meta"><a href="//people.example.test/contributor/jiang-shu"><strong>逯江姝</strong></a>'
            "<span>驻悉尼特约撰稿</span>"
            "<span>2020年7月30日</span></div>",
            "逯江姝",
        ),
        # Plural folder, a 2014 table bar.
        (
            '<table class="bar"><tr><td><a href="/bylines/xu-hao-ran">许浩然</a></td><td>特派员</td>'
            "<td>更新 / 2014-05-06 16:02</td></tr></table>",
            "许浩然",
        ),
    ],
)
def test_a_name_linked_to_its_writers_page_is_the_writer(bar: str, author: str) -> None:
    assert _author(_page(bar)) == author


@pytest.mark.parametrize(
    "bar",
    [
        # The newsroom's list of columnists (no slug): a menu, not one writer's page.
        '<div class="meta"><a href="/columnists/">专栏作家</a> 2021-04-12 09:05</div>',
        # A writer's page linked by a label's value: the editor, not the writer.
        '<div class="meta">2021-04-12 09:05 责任编辑：<a href="/byline/lin-qiao">林巧</a></div>',
        # The bar names a channel through a section address: nobody.
        '<div class="meta"><a href="/local">本地</a> 2021-04-12 09:05</div>',
    ],
)
def test_no_writers_page_in_the_bar_names_nobody(bar: str) -> None:
    assert _author(_page(bar)) is None


def test_a_writers_page_linked_only_in_the_sidebar_names_nobody() -> None:
    side = (
        '<h3>本报专栏</h3><ul><li><a href="/columnist/zhou-mo">周默</a></li>'
        '<li><a href="/columnist/ye-ci">叶辞</a></li></ul>'
    )
    assert _author(_page('<div class="meta">2021-04-12 09:05</div>', side=side)) is None


def test_a_labelled_writer_still_wins_over_a_writers_page() -> None:
    bar = '<div class="meta"><a href="/byline/desk">新闻部</a> 作者：孟晓岚 2021-04-12 09:05</div>'
    assert _author(_page(bar)) == "孟晓岚"


@pytest.mark.parametrize(
    "href",
    [
        "/byline/he-jing-yi",
        "https://x.test/columnist/qiu-lan",
        "/reporter/50213",
        "/journalists/a-b",
        "/contributors/c",
    ],
)
def test_writers_pages_are_profiles(href: str) -> None:
    assert is_profile(href)


@pytest.mark.parametrize(
    "href", ["/columnists/", "/reporter", "/news/bylines-policy.html", "/byline", "/reporters?page=2"]
)
def test_lists_and_policies_are_no_profiles(href: str) -> None:
    assert not is_profile(href)
