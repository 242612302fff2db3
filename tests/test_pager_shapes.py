"""Next-page detection on every pager shape (issue 14): the series comes from the page's own URL, one page
number up whatever the separator, said by 下一页/rel=next or shown as that number in a pager-like block;
comment pagers, list pagers and related links numbered 2 are no page of the story."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.pager import page_keys
from newscorpus.scrapers.registry import Registry

PROSE = "记者从有关部门获悉，今年以来当地持续推进重点项目建设，各项工作取得积极进展，群众获得感不断增强。"
HOST = "http://127.0.0.1:8000"


def story(below: str = "", above: str = "", head: str = "", after: str = "") -> str:
    body = "".join(f"<p>{PROSE}第{i}段。</p>" for i in range(5))
    return (
        f"<html><head><meta charset='utf-8'><title>一篇分页的新闻</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/news/'>新闻</a></div>"
        f"<div class='main'><h1>一篇分页的新闻</h1><div class='info'>2024-03-15 10:20</div>{above}"
        f"<div class='content'>{body}</div>{below}</div>{after}</body></html>"
    )


def numbers(urls: list[str], current: int, nxt: bool = False) -> str:
    """Page numbers, the current one unlinked; with 下一页 when ``nxt``."""
    items = "".join(
        f"<span>{i + 1}</span>" if i == current else f"<a href='{u}'>{i + 1}</a>" for i, u in enumerate(urls)
    )
    more = f"<a href='{urls[current + 1]}'>下一页</a>" if nxt and current + 1 < len(urls) else ""
    return f"<div class='pages'>{items}{more}</div>"


def detect(html: str, path: str) -> str | None:
    return parse_html(html, HOST + path, Registry(())).next_page_url


SERIES = [
    ["/a/1001.html", "/a/1001_p2.html", "/a/1001_p3.html"],
    ["/v/1003.html", "/v/1003-p2.html", "/v/1003-p3.html"],
    ["/a/1004.shtml", "/a/1004_2.shtml", "/a/1004_3.shtml"],
    ["/content/77.html", "/content/77.html?p=2", "/content/77.html?p=3"],
    ["/show.php?id=5", "/show.php?id=5&pn=2", "/show.php?id=5&pn=3"],
    ["/detail/9.shtml", "/detail/9.shtml?pg=2", "/detail/9.shtml?pg=3"],
    ["/story/1018/", "/story/1018/2/", "/story/1018/3/"],
    ["/zt/1021/", "/zt/1021/2.html", "/zt/1021/3.html"],
    ["/zx/1020/index.htm", "/zx/1020/index_2.htm", "/zx/1020/index_3.htm"],
    ["/n/2024/0315/c1001.html", "/n/2024/0315/c1001-2.html", "/n/2024/0315/c1001-3.html"],
]


@pytest.mark.parametrize("urls", SERIES, ids=lambda urls: urls[1])
@pytest.mark.parametrize("nxt", [True, False], ids=["with-next", "numbers-only"])
def test_every_url_shape_is_followed_page_by_page(urls: list[str], nxt: bool) -> None:
    for current, path in enumerate(urls):
        want = HOST + urls[current + 1] if current + 1 < len(urls) else None
        assert detect(story(numbers(urls, current, nxt)), path) == want, path


def test_a_pager_above_the_story_is_read() -> None:
    urls = SERIES[3]
    assert detect(story(above=numbers(urls, 0)), urls[0]) == HOST + urls[1]


def test_rel_next_in_head_with_a_javascript_pager_in_the_body() -> None:
    urls = SERIES[7]
    js = "".join(f"<a href='javascript:void(0)' data-page='{n}'>{n}</a>" for n in (1, 2, 3))
    pager = f"<div class='jspager'>{js}<a href='javascript:;' data-page='next'>下一页</a></div>"
    for current, path in enumerate(urls[:2]):
        head = f"<link rel='next' href='{urls[current + 1]}'>"
        assert detect(story(pager, head=head), path) == HOST + urls[current + 1]
    assert detect(story(pager), urls[0]) is None  # no head link: nothing to follow


def test_a_select_page_jump_beside_a_single_page_link() -> None:
    urls = SERIES[4]
    options = "".join(f"<option value='{u}'>第{i + 1}页</option>" for i, u in enumerate(urls))
    pager = f"<div class='fy'><select>{options}</select><a href='/show.php?id=5&all=1'>单页阅读</a></div>"
    assert detect(story(pager), urls[0]) == HOST + urls[1]
    assert detect(story(pager), urls[1]) == HOST + urls[2]
    assert detect(story(pager), urls[2]) is None


def test_javascript_links_beside_real_hrefs() -> None:
    urls = SERIES[2]
    pager = (
        "<div class='pagination'><a href='javascript:void(0)' data-page='1'>首页</a><span>1</span>"
        f"<a href='{urls[1]}' data-page='2'>2</a><a href='javascript:void(0)' data-page='3'>3</a></div>"
    )
    assert detect(story(pager), urls[0]) == HOST + urls[1]


def test_a_comment_pager_is_no_page_of_the_story() -> None:
    comments = (
        "<div class='comment-box'><h3>网友评论</h3><ul><li>说得好</li></ul><div class='cpage'><span>1</span>"
        "<a href='/a/1004_2.shtml'>2</a><a href='/a/1004_2.shtml'>下一页</a></div></div>"
    )
    assert detect(story(comments), "/a/1004.shtml") is None
    # The same pager with another query key (?comment=1&page=2) is another series anyway.
    other = "<div class='c'><span>1</span><a href='/a/1004.shtml?comment=1&page=2'>2</a></div>"
    assert detect(story(other), "/a/1004.shtml") is None


def test_a_related_link_numbered_2_is_no_pager() -> None:
    # A lone link numbered 2 in a list of headlines: not a pager block, even on the story's own series.
    related = (
        "<div class='rel'><h3>相关阅读</h3><ul><li><a href='/a/1002.html'>另一篇新闻的完整标题</a></li>"
        "<li><a href='/a/1001_2.html'>2</a></li><li><a href='/a/1005.html'>第三篇新闻的完整标题</a></li></ul></div>"
    )
    assert detect(story(related), "/a/1001.html") is None


def test_a_numbered_link_that_skips_a_page_or_shows_another_number_is_not_next() -> None:
    assert detect(story("<div class='p'><span>1</span><a href='/a/7_3.html'>3</a></div>"), "/a/7.html") is None
    assert detect(story("<div class='p'><span>1</span><a href='/a/7_2.html'>5</a></div>"), "/a/7.html") is None


def test_a_list_pager_is_no_story_part() -> None:
    items = "".join(
        f"<li><a href='/news/{n}.html'>今天的第{n}篇新闻的完整标题在这里</a><span>03-15</span></li>"
        for n in range(101, 109)
    )
    listing = (
        "<html><head><meta charset='utf-8'><title>新闻</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<div class='list'><ul>{items}</ul><div class='pg'><span>1</span><a href='/news/index_2.html'>2</a>"
        "<a href='/news/index_2.html'>下一页</a></div></div></body></html>"
    )
    assert detect(listing, "/news/index.html") is None


def test_neighbouring_bare_numbers_need_a_pager_counting_from_one() -> None:
    # /news/77.html's 下一页 to /news/78.html is the next article, not page 78 of a series ...
    assert detect(story("<div class='p'><a href='/news/78.html'>下一页</a></div>"), "/news/77.html") is None
    # ... but a story folder's page 2 whose pager shows page 1 goes on to page 3.
    urls = ["/zt/5/1.html", "/zt/5/2.html", "/zt/5/3.html"]
    assert detect(story(numbers(urls, 1, True)), urls[1]) == HOST + urls[2]


def test_page_keys_read_folders_and_stems() -> None:
    first, second = page_keys(HOST + "/story/1018/"), page_keys(HOST + "/story/1018/2/")
    shared = {k.series for k in first} & {k.series for k in second}
    assert shared and all(k.number == 2 for k in second if k.series in shared)
    assert [k.number for k in page_keys(HOST + "/a/1001_p3.html")] == [3]
    assert page_keys("mailto:x@h.cn") == []
