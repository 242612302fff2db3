"""Classes learnt in session 23 from tune residuals and from blind64 (tune material once blind65 was written), as
hand-written variants in other wordings, markup and sites: never a copy of a blind page.

Bylines: a report's verb credits the names before it without any 记者 label ("易妍君 广州报道": the place the
report was filed from glued to the verb), and a paper set apart before those names is their outlet, the story's
source ("21世纪经济报道 易妍君 广州报道"), as it is before 记者.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("经济观察报 林晓岚 上海报道", "林晓岚", "经济观察报"),
        ("中国经营报 郭文杰 陈思远 北京报道", "郭文杰 陈思远", "中国经营报"),
        ("聯合報 黃志明 台中報導", "黃志明", "聯合報"),
        ("林晓岚 上海报道", "林晓岚", None),
        ("林晓岚 赵雪 综合报道", "林晓岚 赵雪", None),
        ("陈可扬 报道", "陈可扬", None),  # control: the verb alone after the name, read before this session too
        ("上海报道", None, None),  # a place and the verb credit nobody
        ("据新华社 报道", None, None),  # the outlet a story is reported after, with no reporter
    ],
)
def test_a_reports_verb_credits_the_names_and_their_paper(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_the_papers_credit_under_the_time_names_the_source(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>城市更新提速 多地出台新政_经观网</title>"
        "<meta property='og:site_name' content='经观网'></head><body>"
        "<div class='article'><h1>城市更新提速 多地出台新政</h1><div class='meta'><p>2023年05月16日 07:20</p>"
        "<p class='writer'><span>经济观察报</span> <span>林晓岚</span> 上海报道</p></div>"
        f"<div class='content'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(page, "https://www.eeo-news.test/article/2023/0516/52110.html", registry)
    assert (article.author, article.source) == ("林晓岚", "经济观察报")
