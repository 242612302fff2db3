"""观察者网 guancha.cn articles.

The article sits in ``li.left-main``: headline in an unclassed ``h3`` (no h1 on the page), then
``div.time`` rows (publish time, 字号, ``来源：``; a second row holds 最后更新, ignored), body
``div.all-txt``, and ``ul.article-other`` (原标题, ``责任编辑:``). Column pieces name the author in
``div.author-intro``. 相关推荐 is ``ul.new-left-list``: its items carry an image link, a title link in
``h4.module-title`` and a topic-tag link; only the title link is the item.
"""

from __future__ import annotations

from newscorpus.scrapers.rule import SiteRule

RULE = SiteRule(
    name="guancha",
    hosts=("guancha.cn",),
    version=36,
    title=("li.left-main > h3", "div.content-main h3", "div.article-content h1", "h1"),
    published=("li.left-main div.time span", "div.time span"),
    author=("div.author-intro p a", "div.author-intro h4 a"),
    byline=("li.left-main div.time", "ul.article-other"),
    body=("div.all-txt", "div.content.all-txt", "div.article-txt"),
    drop=("div.img-special", "ul.article-other", "div.key-word"),
    related=("ul.new-left-list h4.module-title", "div.recommend-list h4"),
    fingerprints=("i.guancha.cn/", "user.guancha.cn/"),
)
