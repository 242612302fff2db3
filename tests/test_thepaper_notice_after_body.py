"""A 澎湃号 post known by its platform notice in the element after the story, not inside it (blind27's 2020
template: ``<div class=news_editor>本文为澎湃号作者或机构在澎湃新闻上传并发布…</div>``), with a bare about line (the
account, then the time, no 澎湃号 tag). Its opening ``文｜X`` credits the writer over the account (README), and the
credit line is no paragraph (blind14's and blind27's labels both leave it out)."""

from __future__ import annotations

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_NOTICE = "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。"


def _post(after_body: str) -> str:
    return f"""<html><head><title>一条老街的早市_澎湃新闻-The Paper</title></head><body>
<div class="newscontent"><h1 class="news_title">一条老街的早市</h1>
<div class="news_about"><p><a href="https://www.thepaper.cn/user_5550123">河埠头笔记</a></p>
<p>2021-03-02 07:40</p></div>
<div class="news_txt">文｜顾南枝<br/><br/>
天还没亮，老街两边的摊位就支起来了，卖菜的、卖早点的、修鞋的，一个挨着一个。<br/><br/>
在这里摆了二十多年摊的王阿姨说，街坊们图的就是个新鲜和熟悉，许多老主顾一买就是十几年。<br/><br/></div>
{after_body}</div></body></html>"""


def test_the_notice_after_the_body_makes_it_a_post_whose_credit_names_the_writer() -> None:
    article = parse_html(
        _post(f'<div class="news_editor">{_NOTICE}</div>'),
        "https://www.thepaper.cn/newsDetail_forward_11561234",
        Registry.load(),
    )
    assert (article.author, article.source) == ("顾南枝", None)
    assert not any("顾南枝" in line for line in article.paragraphs)
    assert article.paragraphs[0].startswith("天还没亮")
