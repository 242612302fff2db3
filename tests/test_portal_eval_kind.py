"""Page one of a paginated story reached by a list-shaped link (``/c_1026/index.html``) is an article.

Found by bench/portal_eval.py: a 351-character first part of a two-part story, linked from its channel
as ``.../c_1026/index.html`` (an index URL reads as a list), was judged a list page because its first part
alone was under STORY_MIN_CHARS_ON_LIST_PAGE; its page two was then stored as an article of its own.
"""

from __future__ import annotations

from newscorpus import settings
from newscorpus.kinds import PageKind
from newscorpus.models import FetchedPage
from newscorpus.pipeline import PageOptions, process
from newscorpus.scrapers.registry import Registry

URL = "http://127.0.0.1:8000/content/2024-03/15/c_1026/index.html"
PARAGRAPH = "当地持续推进重点项目建设，港口吞吐量同比增长，外贸出口保持平稳，各项工作取得积极进展，群众获得感不断增强。"


def page(paragraphs: int, pager: bool) -> FetchedPage:
    """A story page of a rule-less site: headline, a dated byline row, the story and its own pager."""
    story = "".join(f"<p>{PARAGRAPH}第{n}段。</p>" for n in range(paragraphs))
    links = "<a href='index.html'>1</a><a href='index_1.html'>2</a><a href='index_1.html'>下一页</a>"
    html = (
        "<html><head><meta charset='utf-8'><title>港口建设取得积极进展_本地网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/yaowen/'>要闻</a></div>"
        "<h2>港口建设取得积极进展</h2><table><tr><td>发布时间：</td><td>2024-03-15 10:20</td></tr></table>"
        f"<div id='zoom'><div id='text'>{story}</div>{'<div id=pagination>' + links + '</div>' if pager else ''}"
        "</div></body></html>"
    )
    return FetchedPage(URL, URL, 200, html.encode(), "text/html")


def kind(paragraphs: int, pager: bool) -> tuple[PageKind, int]:
    result = process(page(paragraphs, pager), Registry(()), PageOptions(hint=PageKind.LIST))
    return result.kind, len(result.article.body)


def test_first_part_of_a_paginated_story_reached_as_a_list_is_an_article() -> None:
    found, chars = kind(5, pager=True)
    assert settings.STORY_MIN_CHARS_FIRST_PART <= chars < settings.STORY_MIN_CHARS_ON_LIST_PAGE
    assert found is PageKind.ARTICLE


def test_the_same_text_without_a_pager_is_a_story_when_the_page_lists_nothing() -> None:
    # Found by the portal's seed 5: a dated 397-character story at /zx/1024/index.htm, linked by its
    # headline, was lost as a list. A page with a dated story and no run of article links lists nothing.
    found, chars = kind(5, pager=False)
    assert chars < settings.STORY_MIN_CHARS_ON_LIST_PAGE and found is PageKind.ARTICLE


def test_the_same_text_above_a_run_of_article_links_stays_a_list() -> None:
    # Reached as a list, a short dated text above many headlines is a channel's intro: the long-story bar.
    heads = "".join(
        f"<li><a href='/content/2024-03/{10 + n}/content_{2000 + n}.htm'>第{n}条新闻的标题文字足够长</a></li>"
        for n in range(settings.LIST_MIN_ARTICLE_LINKS)
    )
    listing = page(5, pager=False)
    html = listing.content.replace(b"</body>", f"<ul class='list'>{heads}</ul></body>".encode())
    result = process(FetchedPage(URL, URL, 200, html, "text/html"), Registry(()), PageOptions(hint=PageKind.LIST))
    assert len(result.article.body) < settings.STORY_MIN_CHARS_ON_LIST_PAGE and result.kind is PageKind.LIST


def test_a_short_teaser_with_a_pager_stays_a_list() -> None:
    # A channel page's dated teaser above a list pager is shorter than a story's first part.
    found, chars = kind(1, pager=True)
    assert chars < settings.STORY_MIN_CHARS_FIRST_PART and found is PageKind.LIST
