"""Unlabelled bylines marked up by class (bylinehints) and the generic extractor's use of them."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import generic
from newscorpus.scrapers.bylinehints import hinted_byline

STORY = "".join(f"<p>这是正文的第{n}段，讲述了本地一项新的交通规划，以及市民对它的看法和期待。</p>" for n in range(6))
PAGE = f"""<html><body>
<div class=nav><a href=/>首页</a></div>
<div class=main>
  <h1>城市交通规划公布</h1>
  <div class=info><span class=time>2024-05-13 10:00</span>
    <a class=note-author href=/u/1>私~川流</a> <em class=source>新华网</em></div>
  <div class=content>{STORY}</div>
  <ul class=related><li><a href=/a/2>另一篇文章的标题很长很长</a><span class=author>王五</span>
    <span class=source>人民网</span></li></ul>
</div>
<aside><div class=author-box><span class=author>赵六</span></div></aside>
</body></html>"""


def test_marked_up_author_and_source_in_the_header_are_read() -> None:
    article = generic.extract(LexborHTMLParser(PAGE), "https://example.cn/a/1.html")
    assert (article.author, article.source, article.editor) == ("私~川流", "新华网", None)


def test_marked_up_values_outside_the_header_or_in_lists_are_not() -> None:
    tree = LexborHTMLParser(PAGE)
    # Only the related item's and the sidebar's elements are in the region: neither is this story's byline.
    assert hinted_byline(tree, ["另一篇文章的标题很长很长王五 人民网", "赵六"]).author is None
    assert hinted_byline(tree, ["赵六"]).author is None
    assert hinted_byline(tree, []).author is None


def test_a_label_in_the_marked_up_text_still_decides() -> None:
    html = "<body><h1>标题文字足够长</h1><span class=author>来源：新华网</span></body>"
    found = hinted_byline(LexborHTMLParser(html), ["标题文字足够长", "来源：新华网"])
    assert (found.author, found.source) == (None, None)  # a 来源 inside an author element names no author
