"""A pager right after a story whose container is a child of <body> (flat templates) is found.

Found while writing the portal eval's kind test: the pager search climbs from the story a few levels and
stopped at <body>, so on a page with no wrapper around story and pager the pager was never searched.
"""

from __future__ import annotations

from newscorpus import parse_html

URL = "http://127.0.0.1:8000/news/2024/0315/77.html"
STORY = "".join(f"<p>当地持续推进重点项目建设，港口吞吐量同比增长，外贸出口保持平稳，第{n}段。</p>" for n in range(6))


def flat(after: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>港口建设取得进展</title></head><body>"
        "<div class='nav'><a href='/'>首页</a></div><h1>港口建设取得进展</h1><div class='time'>2024-03-15 10:20</div>"
        f"<div class='txt'>{STORY}</div>{after}<div class='foot'>版权所有</div></body></html>"
    )


def test_a_pager_after_a_story_directly_under_body_is_followed() -> None:
    pager = (
        "<div class='pg'><b>1</b><a href='77_2.html'>2</a><a href='77_3.html'>3</a><a href='77_2.html'>下一页</a></div>"
    )
    assert parse_html(flat(pager), url=URL).next_page_url == "http://127.0.0.1:8000/news/2024/0315/77_2.html"
    # The numbered link alone names the next page too.
    numbers = "<p class='ed'>责任编辑：王小明</p><div class='pg'><b>1</b><a href='77_2.html'>2</a></div>"
    assert parse_html(flat(numbers), url=URL).next_page_url == "http://127.0.0.1:8000/news/2024/0315/77_2.html"


def test_the_next_article_after_a_flat_story_is_no_next_page() -> None:
    # 下一篇 and a neighbouring article's number name other stems: not this story's pages.
    after = "<div class='np'><a href='78.html'>下一篇：另一篇报道的标题</a><a href='78.html'>下一页</a></div>"
    assert parse_html(flat(after), url=URL).next_page_url is None
    assert parse_html(flat(""), url=URL).next_page_url is None


FOLDER = "http://127.0.0.1:8000/2024/0315/1021/"


def test_pages_named_by_number_inside_a_story_folder_are_one_story() -> None:
    # Seed 2 of the portal eval: /1021/1.html, /1021/2.html, /1021/3.html, a pager of numbers and 下一页.
    def pager(current: int) -> str:
        nums = "".join(f"<b>{n}</b>" if n == current else f"<a href='{n}.html'>{n}</a>" for n in (1, 2, 3))
        return f"<div class='fenye'>{nums}{f'<a href={current + 1}.html>下一页</a>' if current < 3 else ''}</div>"

    assert parse_html(flat(pager(1)), url=FOLDER + "1.html").next_page_url == FOLDER + "2.html"
    assert parse_html(flat(pager(2)), url=FOLDER + "2.html").next_page_url == FOLDER + "3.html"
    assert parse_html(flat(pager(3)), url=FOLDER + "3.html").next_page_url is None


def test_a_short_id_article_is_no_page_of_its_neighbour() -> None:
    # /news/123.html's 下一页 to /news/124.html names another article (3+ digits are an id, not a page).
    after = "<div class='pg'><a href='122.html'>上一页</a><a href='124.html'>下一页</a></div>"
    assert parse_html(flat(after), url="http://127.0.0.1:8000/news/123.html").next_page_url is None
