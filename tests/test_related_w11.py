"""misc-w11: a box a related heading labels may list a section's index page by its name.

Two writers (blind22 ``jp_city_kouhou``: 関連情報 -> ``/kyoiku/toshokan/index.html``; blind25
``l2_jp_city_oshirase_2015``: 関連リンク -> ``/bosai/hazardmap/index.html``) label such a link an item of the
page's list: a notice's related links lead to the sections serving it, named by their title. An index page
found by shape alone (no heading) is still no story, nor is a tag, search or profile page, or the site's front
page, under any heading. Pinned on hand-written variants: other languages, headings, years and markup.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

HOST = "https://www.example-city.test"
PAGE_URL = f"{HOST}/kurashi/2019/notice0412.html"
PROSE = "".join(
    f"<p>第{n}段：本市将于下月起调整垃圾分类收集日程，请各位居民确认所在地区的新收集日，按规定时间投放。</p>"
    for n in range(6)
)


def _page(box: str) -> str:
    return (
        "<html><head><meta charset=utf-8><title>垃圾收集日程调整通知</title></head><body>"
        '<div class=nav><a href="/">首页</a></div><div class=main><h1>垃圾收集日程调整通知</h1>'
        f"<div class=info>2019-04-12 09:30</div><div class=article>{PROSE}</div>"
        f"{box}</div><div class=foot>©2019 示例市政府</div></body></html>"
    )


def _related(html: str, registry: Registry) -> list[str]:
    return [item.url for item in parse_html(html, PAGE_URL, registry).related]


STORY = f"{HOST}/kurashi/gomi/2019/0301/551234.html"

# A labelled box: (case, markup, the section index links that must be items).
LABELLED = [
    (
        "jp_kanren_div_2015",
        "<div id=kanren><div class=ttl><p>関連リンク</p></div><ul>"
        '<li><a href="/kurashi/gomi/index.html">ごみの分け方・出し方</a></li>'
        '<li><a href="/kurashi/gomi/calendar/index.html">ごみ収集カレンダー</a></li></ul></div>',
        [f"{HOST}/kurashi/gomi/index.html", f"{HOST}/kurashi/gomi/calendar/index.html"],
    ),
    (
        "jp_kanren_h2_2021",
        f'<div class=related><h2>関連情報</h2><ul><li><a href="{STORY}">粗大ごみの申込方法が変わります</a></li>'
        '<li><a href="/shisetsu/clean/index.html">クリーンセンター施設案内</a></li></ul></div>',
        [STORY, f"{HOST}/shisetsu/clean/index.html"],
    ),
    (
        "cn_gov_xglj_2018",
        '<div class=xglj><h3>相关链接</h3><ul><li><a href="/zwgk/hjbh/index.shtml">环境保护专栏</a></li>'
        '<li><a href="/bmfw/ljfl/index.htm">生活垃圾分类指南</a></li></ul></div>',
        [f"{HOST}/zwgk/hjbh/index.shtml", f"{HOST}/bmfw/ljfl/index.htm"],
    ),
    (
        "tw_traditional_2016",
        '<section><h4>相關連結</h4><p><a href="/service/recycle/default.aspx">資源回收服務說明</a><br>'
        '<a href="/service/bulky/default.aspx">大型廢棄物清運預約</a></p></section>',
        [f"{HOST}/service/recycle/default.aspx", f"{HOST}/service/bulky/default.aspx"],
    ),
    (
        "en_see_also_2020",
        '<div><h2>Related links</h2><ul><li><a href="/services/waste/index.php">Waste collection services</a></li>'
        '<li><a href="/services/recycling/index.php">Recycling centre opening hours</a></li></ul></div>',
        [f"{HOST}/services/waste/index.php", f"{HOST}/services/recycling/index.php"],
    ),
    (
        "cn_xgyd_mixed_2012",
        f'<div class=xgyd><h3>相关阅读</h3><ul><li><a href="{STORY}">我市启动生活垃圾分类试点工作</a></li>'
        '<li><a href="/ztzl/ljfl/index.html">生活垃圾分类专题报道</a></li></ul></div>',
        [STORY, f"{HOST}/ztzl/ljfl/index.html"],
    ),
]


@pytest.mark.parametrize(("case", "box", "wanted"), LABELLED, ids=[case for case, _box, _wanted in LABELLED])
def test_a_labelled_box_keeps_a_section_index_named_by_its_title(
    case: str, box: str, wanted: list[str], registry: Registry
) -> None:
    assert _related(_page(box), registry) == wanted


def test_a_tag_search_or_front_page_stays_out_of_a_labelled_box(registry: Registry) -> None:
    box = (
        f'<div class=related><h2>関連リンク</h2><ul><li><a href="{STORY}">粗大ごみの申込方法が変わります</a></li>'
        '<li><a href="/tag/gomi/index.html">ごみ関連のタグ一覧</a></li>'
        '<li><a href="/search/index.php">サイト内検索ページへ</a></li>'
        '<li><a href="/index.html">示例市公式ホームページ</a></li></ul></div>'
    )
    assert _related(_page(box), registry) == [STORY]


def test_an_unheaded_list_found_by_shape_takes_no_index_page(registry: Registry) -> None:
    stories = [f"{HOST}/kurashi/gomi/2019/03{n:02d}/55{n:04d}.html" for n in range(1, 5)]
    box = (
        "<ul>"
        + "".join(f'<li><a href="{url}">垃圾分类收集日程调整第{n}次说明</a></li>' for n, url in enumerate(stories))
        + '<li><a href="/kurashi/gomi/index.html">垃圾分类收集日程调整总览页面</a></li></ul>'
    )
    assert f"{HOST}/kurashi/gomi/index.html" not in _related(_page(box), registry)
