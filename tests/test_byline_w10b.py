"""Long-tail credit shapes seen in two blind batches or more (byline-w10b, session 10 wave 3), each pinned by
variants of other CMSs, scripts, wordings and years than the pages they were learnt from, and by negatives:

- 由 before a poster's name is a theme's translated "by" (``由 X 於 TIME 發佈``, Drupal; ``由 X 发布于 TIME``,
  WordPress; ``文章作者 由<a>X</a>``): where a publishing verb closes the clause, or where the page's metadata
  declares the name glued after 由 (blind24 hk_community_2017 and its string, blind17 wordpress_garden_2022);
- an image filed in a users' upload folder (``/user_images/``, ``/userfiles/``) is a story's photo, no avatar, so
  the box holding it is no writer's card and its first text (the post's headline) no writer (blind17
  ameblo_jp_blog_2023, blind24 ameblo_jp_2016).
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinemarkup import has_avatar
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "秋收以后，村里的老人们又开始在晒谷场上摆开竹匾，把新收的红辣椒一排排铺开晾晒，远远望去一片通红。"
    "村委会介绍，今年全村辣椒种植面积扩大到三百多亩，合作社统一收购，每斤比去年多卖五毛钱，不少农户因此增收。"
)
_SUBMITTED = """<html><head><title>{title} | 街坊社区</title></head><body><div id="page"><h1 class="title">{title}</h1>
<p class="submitted">{meta}</p>
<div class="content"><p>{text}</p><p>{text}</p><p>{text}</p></div></div></body></html>"""


def _submitted(meta: str) -> tuple[str | None, str | None]:
    html = _SUBMITTED.format(title="晒谷场上的红辣椒", meta=meta, text=_TEXT)
    article = parse_html(html, "https://community.example.test/node/1187", Registry.load())
    return article.author, article.source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("由 阿德 於 2019年10月3日 21:05 發佈", "阿德"),
        ("由 林小晴 于 2016-05-02 08:31 发布", "林小晴"),
        ("由 江边钓客 張貼", "江边钓客"),
        ("由 老莫 发表于 2021-11-20", "老莫"),
        ("由林小晴发布于2022-09-04", "林小晴"),
        ("本文由 山野闲人 于 2013-04-09 发表", "山野闲人"),
        ("由 陈大文 於 2019年3月2日 下午 3:20 發表", "陈大文"),
        ("由 棒棒不是糖 上傳", "棒棒不是糖"),
    ],
)
def test_a_translated_by_before_a_publishing_verb_names_the_poster(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    "line",
    [
        "由 admin 于 2017-08-14 发布",  # a placeholder login names nobody
        "由 办公室 于 2019-01-01 发布",  # an office's release
        "由新华社于2020-01-02发布",  # an outlet's release: no writer
        "由此可见，于2019年发布的规定",  # prose
        "由他于2019年发布",  # prose: a pronoun and the year
        "由小满",  # no verb, no metadata: 由 may be the surname
    ],
)
def test_by_without_a_poster_names_nobody(line: str) -> None:
    assert parse_line(line).author is None


def test_a_surname_by_before_a_time_stays_a_name() -> None:
    # "由静 于 … 发布": no gap after 由, one character after it: the person 由静, as the blog line reads.
    assert parse_line("由静 于 2019-01-01 发布").author == "由静"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ('由 <span class="username">阿德</span> 於 2019年10月3日 21:05 發佈', "阿德"),
        ('<span>由 <a href="/members/mo">老莫</a> 发表于 2021-11-20</span>', "老莫"),
        ("由 <span>江边钓客</span> 張貼於 2014/07/01", "江边钓客"),
        ('由 <a href="/user/32">林小晴</a> 于 2016-05-02 08:31 发布', "林小晴"),
        ("<em>由</em> <strong>山野闲人</strong> <em>于 2013-04-09 发表</em>", "山野闲人"),
        ("由 <b>陳家豪</b> 於 2020年1月2日 上午 9:14 發表", "陳家豪"),
    ],
)
def test_a_submitted_line_under_the_headline_names_its_poster(meta: str, author: str) -> None:
    assert _submitted(meta) == (author, None)


def test_an_outlets_release_under_the_headline_is_no_writer() -> None:
    assert _submitted("由 <span>新华社</span> 于 2016-05-02 发布")[0] is None


_THEME = """<html><head><title>{title} &#8211; 小院日记</title>{meta}</head><body>
<header><div class="site-title"><a href="https://garden.example.test/">小院日记</a></div></header>
<main><article><header class="entry-header"><h1 class="entry-title">{title}</h1>
<ul class="post-meta"><li class="post-author"><span class="screen-reader-text">文章作者</span>
<span class="meta-text">由<a href="https://garden.example.test/author/{slug}/">{name}</a></span></li>
<li class="post-date"><span class="screen-reader-text">文章日期</span>
<span class="meta-text">2021年4月3日</span></li></ul>
</header><div class="entry-content"><p>{text}</p><p>{text}</p><p>{text}</p></div></article></main></body></html>"""


def _theme(name: str, meta: str) -> str | None:
    html = _THEME.format(title="阳台上的第一批番茄", meta=meta, slug="u1", name=name, text=_TEXT)
    return parse_html(html, "https://garden.example.test/2021/04/tomato/", Registry.load()).author


@pytest.mark.parametrize(
    ("name", "meta"),
    [
        (
            "小满",
            '<script type="application/ld+json">'
            '{{"@graph":[{{"@type":"Article","author":{{"name":"小满"}}}}]}}</script>',
        ),
        ("阿青", '<meta name="author" content="阿青">'),
        ("晓东", '<meta name="dcterms.creator" content="晓东">'),
        ("禾子", '<meta property="article:author" content="禾子">'),
        (
            "南风",
            '<script type="application/ld+json">'
            '{{"@type":"BlogPosting","author":{{"@type":"Person","name":"南风"}}}}</script>',
        ),
        ("米粒", '<meta name="DC.creator" content="米粒">'),
    ],
)
def test_by_glued_to_the_name_the_metadata_declares_is_the_themes_by(name: str, meta: str) -> None:
    assert _theme(name, meta.format()) == name


def test_by_glued_to_a_name_the_metadata_does_not_declare_stays_whole() -> None:
    # 由 is a surname: "由晓东" with no metadata, or with metadata naming someone else, is the person 由晓东.
    assert _theme("晓东", "") == "由晓东"
    assert _theme("晓东", '<meta name="author" content="阿青">') == "由晓东"


def _card(image: str) -> LexborNode:
    html = f'<div class="box"><p>{image}</p><span>周末去看了油菜花</span><span>2019-04-02 20:11</span></div>'
    node = LexborHTMLParser(html).css_first("div.box")
    assert node is not None
    return node


@pytest.mark.parametrize(
    "photo",
    [
        "https://img.blog.example.test/user_images/20190402/20/qingtian/a1/b2/j/o1.jpg",
        "https://www.blog.example.test/userfiles/image/2019/04/rape-flower.jpg",
        "/uploads/user_upload/2019/0402/4.jpg",
        "https://cdn.example.test/user-photos/qingtian/88.png",
        "https://cdn.example.test/UserImages/2019/1.jpg",
        "https://cdn.example.test/user_content/p/2019/04/02/9.jpeg",
    ],
)
def test_a_photo_in_a_users_upload_folder_is_no_avatar(photo: str) -> None:
    # The story's box holding such a photo is no writer's card: its first text (the post's headline, on Ameba's
    # entries) is no name beside an avatar.
    assert not has_avatar(_card(f'<img src="{photo}" width="400" alt="">'))


@pytest.mark.parametrize(
    "image",
    [
        '<img src="/static/user/42/small.png">',
        '<img src="https://cdn.example.test/user_42.jpg">',
        '<img class="user-img" src="/i/42.png">',
        '<a class="userlink"><img src="/i/42.png"></a>',
        '<img src="/uc/avatar/42.png">',
        '<img alt="头像" src="/i/42.png">',
    ],
)
def test_an_avatar_still_marks_a_writers_card(image: str) -> None:
    assert has_avatar(_card(image))


def test_a_writers_card_beside_an_avatar_still_names_the_writer() -> None:
    page = """<html><head><title>周末去看了油菜花</title></head><body>
<h1>周末去看了油菜花</h1><div class="meta"><img src="/static/user/42/small.png"><span>晴天</span>
<span>2019-04-02 20:11</span></div><div class="text"><p>{t}</p><p>{t}</p><p>{t}</p></div></body></html>"""
    html = page.format(t=_TEXT)
    assert parse_html(html, "https://blog.example.test/p/1.html", Registry.load()).author == "晴天"
