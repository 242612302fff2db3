"""Two classes learnt from blind16's extra related items, pinned by variants in other wording, markup and era
than the batch's pages:

- a short name's page filed beside the page vouches for it as an item (a poem's other poems), but a page
  named by another word in the same folder is another kind of page: the poet's ``authorv_`` page beside each
  poem's ``shiwenv_`` link, a user's ``user_`` page beside a recipe's ``caipu_`` link;
- a box labelled as a medium's highlights (更多精彩视频, 精彩图集) is the channel's picks, not the story's list,
  whatever its class says (a template's ``xgxw`` box reused) and although 更多精彩 alone is a related heading.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import RelatedItem
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedlists import find_related
from newscorpus.scrapers.relatedsiblings import page_sibling


def _related(html: str, url: str) -> list[RelatedItem]:
    return find_related(LexborHTMLParser(html), url)


# --- another kind of page filed in the same folder -------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "page", "sibling"),
    [
        # Named by the same word and an id: the page's siblings.
        ("https://s.example.cn/shiwenv_4c57.aspx", "https://s.example.cn/shiwenv_7f1c.aspx", True),
        ("https://www.example.cn/news/article-20231.html", "https://www.example.cn/news/article-9.html", True),
        # Named by another word: a poet's, a user's, a tag's page beside a story.
        ("https://s.example.cn/authorv_3f4d.aspx", "https://s.example.cn/shiwenv_7f1c.aspx", False),
        ("https://www.example.cn/user_88.html", "https://www.example.cn/caipu_1203.html", False),
        ("https://bbs.example.cn/space-uid-77.html", "https://bbs.example.cn/thread-120-1-1.html", True),
        ("https://www.example.cn/p/tag-12", "https://www.example.cn/p/entry-5501", False),
        # No word-and-id name on one side or both: filed beside as before (slugs, names, bare ids).
        ("https://blog.example.cn/posts/my-first-post", "https://blog.example.cn/posts/another-post", True),
        ("https://www.example.cn/wangwei/luzhai.html", "https://www.example.cn/wangwei/zhuliguan.html", True),
        ("https://www.example.cn/archives/102", "https://www.example.cn/archives/456", True),
        ("https://www.example.cn/wiki/%E9%9D%92%E5%9B%A2", "https://www.example.cn/wiki/%E8%89%BE%E7%B2%84", True),
    ],
)
def test_a_page_named_by_another_word_is_no_sibling(url: str, page: str, sibling: bool) -> None:
    # thread-120-1-1 is no word-and-id name (its id has dashes): the forum pair is judged as before.
    assert page_sibling(url, page) is sibling


_POEM_URL = "https://so.example-poems.cn/shiwenv_7f1c3e2ab8a4.aspx"
_POEMS = [
    ("/shiwenv_4c5705b9.aspx", "春晓"),
    ("/shiwenv_8cb6f2a2.aspx", "过故人庄"),
    ("/shiwenv_1e9f3b55.aspx", "登鹳雀楼"),
]
_POETS = ["/authorv_3f4d1a6b.aspx", "/authorv_3f4d1a6b.aspx", "/authorv_9a2ba0bb.aspx"]


def _story(headline: str) -> str:
    line = f"{headline}，这是正文里写下的一段足够长的文字，用来让页面有一个清楚的正文部分可以识别。"
    return f"<div class='main'><h1>{headline}</h1><div class='text'>{''.join(f'<p>{line}</p>' for _ in range(6))}</div>"


_POEM_CARDS = {
    # A 2023 poetry site: title in <b>, the poet in a source line with the dynasty, the poem's lines below.
    "source_line_2023": "".join(
        f"<div class='cont'><p><a href='{path}'><b>{title}</b></a></p><p class='source'><a href='{poet}'>诗人{n}</a>"
        f" <a href='/shiwens/default.aspx?cstr=tang'>〔唐代〕</a></p>"
        "<div class='contson'>白日依山尽，黄河入海流。</div></div>"
        for n, ((path, title), poet) in enumerate(zip(_POEMS, _POETS, strict=True))
    ),
    # A 2010 table layout: one row a poem, the poet in the next cell.
    "table_rows_2010": "<table>"
    + "".join(
        f"<tr><td><a href='{path}'>{title}</a></td><td><a href='{poet}'>作者{n}</a></td></tr>"
        for n, ((path, title), poet) in enumerate(zip(_POEMS, _POETS, strict=True))
    )
    + "</table>",
    # A list whose rows hold the title and the poet in <span>s.
    "span_rows": "<ul>"
    + "".join(
        f"<li><span class='t'><a href='{path}'>{title}</a></span>"
        f"<span class='a'>— <a href='{poet}'>李白</a></span></li>"
        for (path, title), poet in zip(_POEMS, _POETS, strict=True)
    )
    + "</ul>",
}


@pytest.mark.parametrize("layout", sorted(_POEM_CARDS))
def test_a_poets_page_beside_each_poem_is_no_item(layout: str) -> None:
    html = (
        f"<html><body>{_story('宿建德江')}<div class='title'><h2>相关推荐</h2></div>"
        f"<div class='sons'>{_POEM_CARDS[layout]}</div></div></body></html>"
    )
    urls = [item.url for item in _related(html, _POEM_URL)]
    assert urls == ["https://so.example-poems.cn" + path for path, _title in _POEMS]


def test_a_recipe_sites_cooks_beside_short_dish_names_stay_out() -> None:
    url = "https://www.example-food.cn/caipu_1203.html"
    dishes = [("/caipu_1188.html", "红烧肉"), ("/caipu_1190.html", "糖醋排骨"), ("/caipu_1201.html", "可乐鸡翅")]
    cards = "".join(
        f"<li><a href='{path}'><img src='/i/{n}.jpg' alt=''><p>{name}</p></a>"
        f"<p>by <a href='/user_{n}.html'>大厨{n}</a></p></li>"
        for n, (path, name) in enumerate(dishes)
    )
    html = f"<html><body>{_story('家常土豆炖牛腩')}<h3>相关推荐</h3><ul>{cards}</ul></div></body></html>"
    article = parse_html(html, url, Registry.load())
    assert [item.title for item in article.related] == [name for _path, name in dishes]


# --- a medium's highlights under a related class or 更多精彩 ---------------------------------------------

_NEWS_URL = "https://news.example-tv.cn/2020/09/22/ARTI5521.shtml"
_HEADLINE = "各地庆祝中国农民丰收节"
# Titles that echo the headline (丰收节): a topical list is taken without a heading; only the label says no.
_VIDEOS = [
    ("https://tv.example-tv.cn/2020/09/22/VIDE01.shtml", "[焦点访谈]丰收节里话丰收 农民笑开颜"),
    ("https://tv.example-tv.cn/2020/09/22/VIDE02.shtml", "[新闻直播间]各地农民欢庆丰收节活动"),
    ("https://tv.example-tv.cn/2020/09/22/VIDE03.shtml", "[朝闻天下]丰收节里秋收忙 多地开镰"),
]


def _tv_page(box: str) -> str:
    return f"<html><body>{_story(_HEADLINE)}</div>{box}<div class='footer'>版权所有 京ICP证060535号</div></body></html>"


def _video_list(item: str = "li") -> str:
    return "".join(f"<{item}><a href='{url}'><img src='/v.jpg'><p>{title}</p></a></{item}>" for url, title in _VIDEOS)


_HIGHLIGHT_BOXES = {
    # A template's related box reused for the video channel's picks (blind16's class, other markup).
    "related_class_h3": f"<div class='related-news'><h3>更多精彩视频</h3><ul>{_video_list()}</ul></div>",
    # A picture channel's picks, the label a <div> title bar.
    "picture_gallery_bar": f"<div class='xgtj'><div class='hd'>精彩图集</div><ul>{_video_list()}</ul></div>",
    # No class names it: a heading over a plain list (topical, so the unheaded finder would take it).
    "plain_heading": f"<div class='box'><h2>更多精彩视频</h2><ul>{_video_list()}</ul></div>",
    # Traditional characters, rows as <dd>.
    "traditional_dl": f"<div class='relatedBox'><h4>更多精彩視頻</h4><dl>{_video_list('dd')}</dl></div>",
    # 2010s wording: the highlights followed by 推荐.
    "highlights_recommended": f"<div class='xgxw'><h2>精彩视频推荐</h2><ul>{_video_list()}</ul></div>",
}


@pytest.mark.parametrize("layout", sorted(_HIGHLIGHT_BOXES))
def test_a_box_labelled_as_a_mediums_highlights_is_no_related_list(layout: str) -> None:
    assert _related(_tv_page(_HIGHLIGHT_BOXES[layout]), _NEWS_URL) == []


@pytest.mark.parametrize(
    "label",
    [
        "更多精彩",  # alone: a related heading (toutiao's feed box under the story)
        "更多精彩内容",
        "相关精彩视频",  # a related word qualifies the medium: the story's related videos
        "相关视频",
    ],
)
def test_related_or_plain_highlights_labels_keep_their_list(label: str) -> None:
    box = f"<div class='related-news'><h3>{label}</h3><ul>{_video_list()}</ul></div>"
    assert [item.url for item in _related(_tv_page(box), _NEWS_URL)] == [url for url, _title in _VIDEOS]
