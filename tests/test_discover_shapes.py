"""Discovery on list pages: which links are queued, as what, and in what order."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus import discover
from newscorpus.scrapers.rule import SiteRule

BASE = "http://portal.example/news/"
RULE = SiteRule(name="portal", hosts=("portal.example",), version=1, body=(".content",), list_links=("ul.old a",))


def links(html: str, rule: SiteRule | None = None, channels: bool = False) -> dict[str, discover.PageKind]:
    found = discover.html_links(LexborHTMLParser(html), BASE, rule, channels)
    return {link.url.removeprefix("http://portal.example"): link.kind for link in found}


def test_short_and_image_only_anchors_are_articles_by_their_url_shape() -> None:
    html = (
        '<a href="/a/20240515A01ABC00">全文</a>'
        '<a href="/c/8ZaBcDeFgHi"><img src="/1.jpg"></a>'
        '<a href="/show.php?id=123">详情</a>'
        '<a href="/?p=1234">阅读</a>'
        '<a href="/s?__biz=MzA3==&amp;mid=2650912345&amp;idx=1&amp;sn=ab">原文</a>'
        '<a href="/weird/path"><img src="/2.jpg" alt="一张照片说明了这篇报道的完整标题"></a>'
        '<a href="/other/path"><img src="/3.jpg"></a>'  # no shape, no words: its content will tell
        '<a href="/nets/page/article/article_15070_1.shtml">医院举办义诊活动服务社区居民</a>'
        '<a href="/news/2024/0515/123_2.html">2</a>'  # page 2 of a story, linked from its pager
    )
    assert links(html) == {
        "/a/20240515A01ABC00": discover.ARTICLE,
        "/c/8ZaBcDeFgHi": discover.ARTICLE,
        "/show.php?id=123": discover.ARTICLE,
        "/?p=1234": discover.ARTICLE,  # WordPress's post id, not page 1234 of a list
        "/s?__biz=MzA3==&mid=2650912345&idx=1&sn=ab": discover.ARTICLE,
        "/weird/path": discover.ARTICLE,  # the photo's alt text is a headline
        "/nets/page/article/article_15070_1.shtml": discover.ARTICLE,  # a headline: _1 is part of its id
        "/news/2024/0515/123_2.html": discover.PAGE,
        "/other/path": discover.AUTO,  # a bare photo teaser: fetched, and its content decides
    }


def test_navigation_is_never_an_article_and_forms_are_never_queued() -> None:
    html = (
        '<a href="/tags/12345">关于这个话题的全部新闻报道合集</a>'  # long anchor, but a tag page
        '<a href="/user/1234567">作者</a>'
        '<a href="/list.php?catid=12&amp;p=2">2</a>'
        '<a href="/login?redirect=/a/1234567">登录后查看更多精彩的新闻内容</a>'
        '<a href="/search?q=x">搜索</a>'
        '<a href="/comment/1234567">查看全部网友评论的精彩讨论</a>'
    )
    assert links(html, channels=True) == {
        "/tags/12345": discover.LIST,
        "/user/1234567": discover.LIST,
        "/list.php?catid=12&p=2": discover.PAGE,
    }
    assert links(html) == {"/list.php?catid=12&p=2": discover.PAGE}  # inner pages take no channels


def test_a_rule_site_gets_its_rule_links_first_then_the_article_shaped_ones() -> None:
    html = (
        '<div class="new-feed"><a href="/a/7368123456">全文</a><a href="/n1/2024/0515/c1001-40236785.html"><img></a>'
        '<a href="/newsDetail_forward_27312345">这是新版模板里的一篇新闻标题</a></div>'
        '<ul class="old"><li><a href="/doc-inaxyzab1234567.shtml">旧版列表里的新闻</a></li></ul>'
        '<a href="/news/">国内</a><a href="/news/index_2.html">下一页</a>'
    )
    assert list(links(html, RULE, channels=True).items()) == [
        ("/doc-inaxyzab1234567.shtml", discover.ARTICLE),  # the rule's own links keep priority
        ("/a/7368123456", discover.ARTICLE),
        ("/n1/2024/0515/c1001-40236785.html", discover.ARTICLE),
        ("/newsDetail_forward_27312345", discover.ARTICLE),
        ("/news/index_2.html", discover.PAGE),  # channel guessing stays off on a rule site
    ]
