"""A short story beside a payment notice and a long copyright line (issue 18, blog templates).

The density ranking puts the punctuated notice of a payment box first, and the page's longest prose line
is the copyright notice the story filter drops: neither may decide the body.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.parse import parse_html
from newscorpus.scrapers import generic
from newscorpus.scrapers.blocks import walk
from newscorpus.scrapers.density import rank_bodies
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.widgets import in_widget

URL = "https://blog.example.test/u/article/details/1"
STORY = "我们用三个周末把旧书店改成了社区图书角"
PAGE = f"""<html><head><title>旧书店改造记录_社区图书角 - 博客</title></head><body>
<div class="article-header"><h1>旧书店改造记录</h1>
<div class="article-copyright"><div class="creativecommons">
版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div></div>
<div id="content_views" class="markdown_views"><p>{STORY}</p></div>
<div id="commentBox" class="comment-box">
<div class="comment-list"><p>写得真好，感谢分享，我们小区也想这样做！</p></div></div>
<div class="pay-code"><div class="pay-code-content"><div class="span">
<p>1.余额是钱包充值的虚拟货币，按照1:1的比例进行支付金额的抵扣。</p>
<p>2.余额无法直接购买下载，可以购买VIP、付费专栏及课程。</p></div></div></div>
</body></html>"""


def test_density_alone_picks_a_widget() -> None:
    page = walk(LexborHTMLParser(PAGE).body)
    best = rank_bodies(page, 1)[0]
    assert in_widget(page, best)


def test_story_wins_over_payment_comment_and_copyright_boxes() -> None:
    article = parse_html(PAGE, URL, Registry(()))
    assert article.parser == generic.NAME
    assert article.paragraphs == [STORY]


def test_widget_words_are_whole_words() -> None:
    page = walk(LexborHTMLParser('<body><div class="commentary payment"><p>正文内容。</p></div></body>').body)
    story = next(i for i, tag in enumerate(page.tags) if tag == "div")
    assert not in_widget(page, story)
