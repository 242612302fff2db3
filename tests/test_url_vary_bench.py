"""``bench.url_vary`` rewrites an article URL the ways links print it and counts what the grammar still calls
an article; a rewrite that changes nothing is not counted."""

from __future__ import annotations

from bench.url_vary import REWRITES, run


def test_each_rewrite_keeps_the_story_s_url_and_is_counted() -> None:
    urls = ["https://www.example-news.cn/2024/0515/c1024-40012345.html", "https://www.example-blog.cn/archives/57"]
    totals, lost = run(urls)
    assert totals["trailing slash"] == 1  # the .html page is left as it is
    assert totals["fragment"] == 2 and not lost  # every rewrite of these two still names an article
    assert REWRITES["mobile host"](urls[0]).startswith("https://m.example-news.cn/2024/")


def test_a_rewrite_the_grammar_misreads_is_listed() -> None:
    # A channel's page number under a plural folder: the trailing slash makes it a channel's page 12.
    totals, lost = run(["https://www.example-news.cn/news/12"])
    assert totals["trailing slash"] == 1
    assert lost["trailing slash"] == ["https://www.example-news.cn/news/12/"]
