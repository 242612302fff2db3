"""A class learnt from blind15: the page's only related list in a side column (``<aside>``) under a related
heading (推荐阅读, 相关文章), which every plain ``<aside>`` lost as a site-wide sidebar. Pinned by variants in
other wording, markup and era than the batch's page, and by the sidebars that must stay out: a widget of the
site's latest posts under a related name, a sidebar box beside the story's own list, ``<nav>``/``<footer>``
boxes, feeds and hot lists."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import RelatedItem
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedlists import find_related

_SITE = "http://www.example-hospital.cn"
_URL = f"{_SITE}/news/2022/0315/5521.html"
_HEADLINE = "市人民医院开通儿童哮喘专病门诊"
_PARAGRAPH = "为方便患儿就诊，医院儿科开设哮喘专病门诊，由呼吸专业医生坐诊，提供评估、用药和随访服务。"
# Titles that echo the headline (儿童, 哮喘, 门诊) and titles about anything (the site's latest posts).
_TOPICAL = [
    ("/news/2022/0301/5490.html", "儿童哮喘季节性发作如何预防"),
    ("/news/2022/0222/5471.html", "春季儿童过敏高发 专家提醒家长"),
    ("/news/2022/0210/5433.html", "医院开设夜间儿科门诊"),
]
_LATEST = [
    ("/news/2022/0314/5518.html", "市区三条道路今晚起封闭施工"),
    ("/news/2022/0313/5512.html", "全市中小学春季开学工作部署会召开"),
    ("/news/2022/0312/5507.html", "植树节志愿者走进郊野公园"),
]


def _page(column: str, after_story: str = "", before: bool = False) -> str:
    story = (
        f"<article class='detail'><h1>{_HEADLINE}</h1><div class='text'>"
        + "".join(f"<p>{_PARAGRAPH}</p>" for _ in range(8))
        + f"</div>{after_story}</article>"
    )
    parts = (column, story) if before else (story, column)
    return (
        f"<html><head><title>{_HEADLINE}_医院新闻</title></head><body>"
        f"<nav class='menu'><a href='/'>首页</a><a href='/news/'>新闻</a></nav>"
        f"<div class='wrap'>{''.join(parts)}</div><footer class='foot'>版权所有 ICP备12345678号</footer></body></html>"
    )


def _related(html: str) -> list[RelatedItem]:
    return find_related(LexborHTMLParser(html), _URL)


def _urls(items: list[RelatedItem]) -> list[str | None]:
    return [item.url for item in items]


def _expected(rows: list[tuple[str, str]]) -> list[str | None]:
    return [_SITE + path for path, _title in rows]


def _links(rows: list[tuple[str, str]], item: str = "li") -> str:
    return "".join(f"<{item}><a href='{path}'>{title}</a></{item}>" for path, title in rows)


# --- a related box in the page's only side column --------------------------------------------------------

_SIDE_BOXES = {
    # A 2023 company template: picture cards, the headline in an <h5> inside the link, a date after it.
    "cards_2023": (
        "<aside class='side'><section class='box'><h4 class='box-title'>推荐阅读</h4><ul class='cards'>"
        + "".join(
            f"<li class='card'><a href='{path}'><img src='/up/{n}.jpg' alt=''><div><h5>{title}</h5>"
            f"<time>2022-03-0{n}</time></div></a></li>"
            for n, (path, title) in enumerate(_TOPICAL, 1)
        )
        + "</ul></section></aside>"
    ),
    # A 2012 WordPress theme's widget area: <h2 class=widget-title> over a plain list.
    "wordpress_widget_2012": (
        "<aside id='secondary' class='widget-area'><div class='widget'><h2 class='widget-title'>相关文章</h2>"
        f"<ul>{_links(_TOPICAL)}</ul></div></aside>"
    ),
    # A Hong Kong site: traditional characters, an ordered list.
    "traditional_ol": (f"<aside><div class='hd'><h3>相關新聞</h3></div><ol>{_links(_TOPICAL)}</ol></aside>"),
    # The heading a <span> in a title bar, the rows a <dl> of <dd>.
    "span_bar_dl": (
        "<aside class='col-r'><div class='title-bar'><span>延伸阅读</span></div>"
        f"<dl>{_links(_TOPICAL, 'dd')}</dl></aside>"
    ),
    # An English-language edition's sidebar.
    "english_heading": (f"<aside class='rail'><h3>Related Stories</h3><ul>{_links(_TOPICAL)}</ul></aside>"),
    # Rows of links apart by <p>, with each row's date beside its link.
    "paragraph_rows_dated": (
        "<aside><h3>相关报道</h3>"
        + "".join(
            f"<p><a href='{path}'>{title}</a> <span>2022-03-0{n}</span></p>"
            for n, (path, title) in enumerate(_TOPICAL, 1)
        )
        + "</aside>"
    ),
    # The side column placed before the story in the page (a left rail).
    "left_rail": (f"<aside class='left'><h3>相关阅读</h3><ul>{_links(_TOPICAL)}</ul></aside>"),
    # A box with only one item about the story among the site's others: still the labelled list.
    "one_topical_among_others": (
        f"<aside><div class='box'><h3>相关新闻</h3><ul>{_links(_TOPICAL[:1] + _LATEST)}</ul></div></aside>"
    ),
}


@pytest.mark.parametrize("layout", sorted(_SIDE_BOXES))
def test_a_related_box_in_the_only_side_column_is_the_list(layout: str) -> None:
    rows = _TOPICAL[:1] + _LATEST if layout == "one_topical_among_others" else _TOPICAL
    html = _page(_SIDE_BOXES[layout], before=layout == "left_rail")
    assert _urls(_related(html)) == _expected(rows)


def test_the_side_box_leaves_the_story_and_titles_its_cards() -> None:
    article = parse_html(_page(_SIDE_BOXES["cards_2023"]), _URL, Registry.load())
    assert [item.title for item in article.related] == [title for _path, title in _TOPICAL]
    assert article.body.count(_PARAGRAPH) == 8
    assert "推荐阅读" not in article.body


# --- sidebars that stay out --------------------------------------------------------------------------------

_STORY_LIST = f"<div class='xgyd'><h3>相关阅读</h3><ul>{_links(_TOPICAL)}</ul></div>"


@pytest.mark.parametrize(
    "column",
    [
        # A related heading in <nav> or <footer> is site-wide even when its titles echo the headline.
        f"<nav class='side'><h3>相关阅读</h3><ul>{_links(_TOPICAL)}</ul></nav>",
        f"<footer><h3>相关新闻</h3><ul>{_links(_TOPICAL)}</ul></footer>",
        # A personal feed or a hot list in a side column stays out.
        f"<aside><h3>猜你喜欢</h3><ul>{_links(_TOPICAL)}</ul></aside>",
        f"<aside><h3>热门推荐</h3><ul>{_links(_TOPICAL)}</ul></aside>",
    ],
)
def test_a_site_wide_side_box_is_not_the_list(column: str) -> None:
    assert _related(_page(column)) == []


@pytest.mark.parametrize("heading", ["相关推荐", "推荐阅读", "延伸阅读"])
def test_a_related_box_alone_in_a_side_column_is_the_list_whatever_its_titles(heading: str) -> None:
    # The page labels the box related, the story has no other list: its items are the list even when no title
    # echoes the headline (since session 26; issue 17 counts a sidebar the page labels related).
    column = f"<aside class='sidebar'><div class='widget'><h3>{heading}</h3><ul>{_links(_LATEST)}</ul></div></aside>"
    assert _urls(_related(_page(column))) == _expected(_LATEST)


def test_a_side_box_beside_the_storys_own_list_is_left() -> None:
    column = f"<aside class='sidebar'><h3>相关推荐</h3><ul>{_links(_TOPICAL[1:] + _LATEST)}</ul></aside>"
    html = _page(column, after_story=_STORY_LIST)
    assert _urls(_related(html)) == _expected(_TOPICAL)


def test_an_aside_marked_related_is_taken_whatever_its_titles() -> None:
    column = f"<aside class='related-posts'><h3>相关文章</h3><ul>{_links(_LATEST)}</ul></aside>"
    assert _urls(_related(_page(column))) == _expected(_LATEST)


# --- lists that keep no heading: a box named related far below the story, short headlines filed beside it ---

_TOWN = "http://www.example-town.gov.cn"
_TOWN_URL = f"{_TOWN}/art/2019/5/14/art_1229_3187.html"
_TOWN_HEADLINE = "镇消防站开展夏季防火安全检查"
_TOWN_ROWS = [
    ("/art/2019/5/10/art_1229_3170.html", "镇应急办组织夏季防汛防火演练活动"),
    ("/art/2019/4/28/art_1229_3152.html", "村级消防队开展消防安全培训工作"),
    ("/art/2019/4/20/art_1229_3139.html", "镇开展春季森林防火专项检查行动"),
]


def _deep_page(story_wrap: tuple[str, str], after: str) -> str:
    """A story ``story_wrap`` levels deep in a layout, and ``after`` closing the page's main column."""
    opening, closing = story_wrap
    story = f"<div class='zoom'><h1>{_TOWN_HEADLINE}</h1>" + f"<p>{_PARAGRAPH}</p>" * 8 + "</div>"
    return (
        f"<html><head><title>{_TOWN_HEADLINE}</title></head><body><div class='w1000'><div class='main'>"
        f"{opening}{story}{closing}{after}</div></div><div class='footer'>版权所有</div></body></html>"
    )


_TABLE = ("<table><tbody><tr><td class='bt_content'>", "</td></tr></tbody></table>")
_DIVS = ("<div class='l1'><div class='l2'><div class='l3'><div class='l4'>", "</div></div></div></div>")
_TOWN_LINKS = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in _TOWN_ROWS)

_FAR_BOXES = {
    # A 2000s government template: the story in a layout table's cell, the related box below the table.
    "table_xglj": (_TABLE, f"<div class='xglj'><ul>{_TOWN_LINKS}</ul></div>"),
    # A 2010s school template: the story four divs deep, a box with a related id after them.
    "divs_related_id": (_DIVS, f"<div id='related_news'><ul class='list'>{_TOWN_LINKS}</ul></div>"),
    # Cards named by a Drupal view's class, rows of <div>.
    "divs_view_related": (
        _DIVS,
        "<div class='view view-related-articles'><div class='view-content'>"
        + "".join(f"<div class='views-row'><a href='{path}'>{title}</a></div>" for path, title in _TOWN_ROWS)
        + "</div></div>",
    ),
}


@pytest.mark.parametrize("layout", sorted(_FAR_BOXES))
def test_a_box_named_related_far_below_the_story_is_the_list(layout: str) -> None:
    wrap, after = _FAR_BOXES[layout]
    items = find_related(LexborHTMLParser(_deep_page(wrap, after)), _TOWN_URL)
    assert _urls(items) == [_TOWN + path for path, _title in _TOWN_ROWS]


@pytest.mark.parametrize(
    "after",
    [
        # An unnamed list that far out is the site's latest, whatever it holds.
        f"<div class='list'><ul>{_TOWN_LINKS}</ul></div>",
        # A box named related but holding channel links, no story.
        "<div class='xglj'><ul><li><a href='/col/col1229/'>工作动态</a></li><li><a href='/col/col1230/'>通知公告</a>"
        "</li><li><a href='/col/col1231/'>政策文件</a></li></ul></div>",
    ],
)
def test_a_far_box_needs_a_related_name_and_story_links(after: str) -> None:
    assert find_related(LexborHTMLParser(_deep_page(_TABLE, after)), _TOWN_URL) == []


_FINANCE = "http://finance.example-weekly.com"
_FINANCE_URL = f"{_FINANCE}/2018-04-27/101240567.html"
# Headlines of 5-7 characters, each filed as the page is (a date folder, a long id).
_SHORT = [
    ("/2018-04-26/101283771.html", "专项债发行提速"),
    ("/2018-04-25/101218870.html", "锂价高位回落"),
    ("/2018-04-24/101258638.html", "港股科技反弹"),
    ("/2018-04-23/101225579.html", "基金规模新高"),
]


def _short_page(box: str) -> str:
    story = "<div class='text'><h1>资管新规正式落地</h1>" + f"<p>{_PARAGRAPH}</p>" * 8 + "</div>"
    return f"<html><body><div class='main'>{story}{box}</div></body></html>"


_SHORT_BOXES = {
    "related_ul": "<div class='related'><ul>{rows}</ul></div>",
    "xgyd_dl": "<dl class='xgyd'>{rows}</dl>",
    "recommend_cards": "<section class='recommend-list'>{rows}</section>",
}
_SHORT_ROWS = {
    "related_ul": "<li><a href='{path}'>{title}</a></li>",
    "xgyd_dl": "<dd><a href='{path}'>{title}</a></dd>",
    "recommend_cards": "<div class='card'><a href='{path}'><img src='/i.jpg' alt=''><p>{title}</p></a></div>",
}


@pytest.mark.parametrize("layout", sorted(_SHORT_BOXES))
def test_short_headlines_filed_beside_the_page_are_a_named_boxs_stories(layout: str) -> None:
    rows = "".join(_SHORT_ROWS[layout].format(path=path, title=title) for path, title in _SHORT)
    items = find_related(LexborHTMLParser(_short_page(_SHORT_BOXES[layout].format(rows=rows))), _FINANCE_URL)
    assert _urls(items) == [_FINANCE + path for path, _title in _SHORT]


@pytest.mark.parametrize(
    "rows",
    [
        # Short labels of channels (not filed as the page is): a menu named related.
        [("/macro/", "宏观经济频道"), ("/stock/", "证券市场频道"), ("/bank/", "银行保险频道")],
        # Filed beside the page but four characters: a label, not a headline.
        [(path, title[:4]) for path, title in _SHORT],
    ],
)
def test_short_links_that_are_no_sibling_headlines_are_no_list(rows: list[tuple[str, str]]) -> None:
    box = "<div class='related'><ul>" + "".join(f"<li><a href='{p}'>{t}</a></li>" for p, t in rows) + "</ul></div>"
    assert find_related(LexborHTMLParser(_short_page(box)), _FINANCE_URL) == []
