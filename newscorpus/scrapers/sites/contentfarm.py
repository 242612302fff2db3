"""The content-farm article template of shared/examples/seed-page.txt (大众网-style reposts).

Story in ``div.article-content``, byline line ``大众网记者 X 报道``, then a 相关内容 block of other
stories' titles with snippets ending in ``···``.
"""

from newscorpus.scrapers.rule import SiteRule

RULE = SiteRule(
    name="contentfarm",
    hosts=(),
    version=33,
    title=("div.article h1", "h1"),
    byline=("div.article .byline", "div.article .info"),
    body=("div.article-content", "div.article .content"),
    related=("div.related-content ul", "div.xgnr"),
    fingerprints=('<div class="related-content">',),
)
