"""环球网 huanqiu.com articles (no saved page: built from the templates as published).

2020- template (``www.huanqiu.com/article/<id>``): headline ``div.t-container-title h3``, time
``p.time``, ``span.source`` (来源 link), author ``span.author``, body ``div.l-con article``
(``section[data-type=rtext]`` blocks), ``div.editor`` (``责编：``). Hidden ``textarea``/``div`` page
data repeats the fields. Older channel pages (``world.huanqiu.com/exclusive/2019-07/<id>.html``):
``h1.tle``, ``.la_tool`` bar (``span.la_t_a`` time, ``span.la_t_b`` source), body ``div.la_con``,
``div.editorSign``; 相关新闻 in ``div.reTopics``.
"""

from __future__ import annotations

from newscorpus.scrapers.rule import SiteRule, Template

RULE = SiteRule(
    name="huanqiu",
    hosts=("huanqiu.com",),
    version=37,
    title=("div.t-container-title h3", "h1.tle", "div.l_a h1", "textarea.article-title"),
    published=("div.metadata-info p.time", "span.la_t_a", "div.la_tool .time", "p.time"),
    author=("div.metadata-info span.author", "span.author", "textarea.article-author"),
    source=("div.metadata-info span.source a", "span.la_t_b a", "textarea.article-source-name"),
    byline=("div.metadata-info", "div.la_tool", "div.editor", "div.editorSign"),
    # Page layouts, tried in this order (dated as the notes above date them); a bare ``div.l-con`` last.
    templates=(
        Template("l_con", since="2020", body=("div.l-con article",)),
        Template("la_con", since="2019-07", body=("div.la_con",)),
    ),
    body=("div.l-con",),
    drop=("div.editor", "div.editorSign", "div.reTopics", "i.pic-con", "div.pic-con .desc"),
    related=("div.reTopics", "div.related-news ul"),
    fingerprints=("static.huanqiu.com/", "huanqiucdn.cn/", "himg2.huanqiu.com/"),
)
