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
        # A theme's widget of the site's latest posts under a related name: no title echoes the headline.
        f"<aside class='sidebar'><div class='widget'><h3>相关推荐</h3><ul>{_links(_LATEST)}</ul></div></aside>",
        f"<aside><h3>推荐阅读</h3><ul>{_links(_LATEST)}</ul></aside>",
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


def test_a_side_box_beside_the_storys_own_list_is_left() -> None:
    column = f"<aside class='sidebar'><h3>相关推荐</h3><ul>{_links(_TOPICAL[1:] + _LATEST)}</ul></aside>"
    html = _page(column, after_story=_STORY_LIST)
    assert _urls(_related(html)) == _expected(_TOPICAL)


def test_an_aside_marked_related_is_taken_whatever_its_titles() -> None:
    column = f"<aside class='related-posts'><h3>相关文章</h3><ul>{_links(_LATEST)}</ul></aside>"
    assert _urls(_related(_page(column))) == _expected(_LATEST)
