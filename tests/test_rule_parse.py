"""The shortcuts inside ``SiteRule.parse``: each must give what the plain reading would."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers.blocktext import block_lines, lines_before
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.scrapers.rulefields import by_priority as _by_priority
from newscorpus.scrapers.rulefields import first_node as _first_node
from newscorpus.scrapers.ruleparse import bars_and_lists

PROSE = "今天上午，记者在现场看到，工人们正在紧张施工，预计年底完工。"


def _region(tree: LexborHTMLParser, rule: SiteRule):
    """Headline's and body's smallest common ancestor, as the rule finds them."""
    headline, body = _first_node(tree, rule.title), _first_node(tree, rule.body)
    if headline is None or body is None:
        return None, None
    ancestors = set()
    node = headline
    while node is not None:
        ancestors.add(node.mem_id)
        node = node.parent
    region = body
    while region.mem_id not in ancestors:
        region = region.parent
    return region, body


def _node_path(root, node) -> list[int]:
    """Child positions from ``root`` down to ``node``: finds the same node in a second parse."""
    path = []
    while node.mem_id != root.mem_id:
        siblings = list(node.parent.iter())
        path.append(next(i for i, s in enumerate(siblings) if s.mem_id == node.mem_id))
        node = node.parent
    return path[::-1]


def _follow(root, path: list[int]):
    for index in path:
        root = list(root.iter())[index]
    return root


def test_lines_before_the_body_are_the_region_lines_up_to_it(shared_pages, registry: Registry) -> None:
    """Region lines read around an already-read body equal a full read of the region, cut after the body."""
    checked = 0
    for page in sorted(shared_pages.rglob("*.html")):
        html = decode_html(page.read_bytes()).text
        for rule in registry.rules:
            fast_tree, full_tree = LexborHTMLParser(html), LexborHTMLParser(html)
            region, body = _region(fast_tree, rule)
            if region is None or region.tag in ("body", "html"):
                continue
            full_region = _follow(full_tree.root, _node_path(fast_tree.root, region))
            full = block_lines(full_region)
            body_lines = block_lines(body)
            before = lines_before(region, body)
            assert before + body_lines == full[: len(before) + len(body_lines)], (page, rule.name)
            assert body_lines, (page, rule.name)
            checked += 1
    assert checked >= 10


def test_lines_before_marks_only_what_precedes_and_reads_the_path_boundaries() -> None:
    html = (
        "<div id=r><span>频道</span><script>var t='不读';</script>"
        "<div id=a>作者：张三<b>来源：新华社</b><div id=b><p>正文第一段。</p></div></div><p>正文之后</p></div>"
    )
    tree = LexborHTMLParser(html)
    region, body = tree.css_first("#r"), tree.css_first("#b")
    block_lines(body)
    assert lines_before(region, body) == ["频道", "作者：张三来源：新华社"]


def test_a_related_container_holding_the_body_leaves_the_body_readable() -> None:
    """Removing a related container that wraps the story would free the body the rule still reads."""
    rule = SiteRule(name="wrap", hosts=("wrap.test",), version=1, body=("div.story",), related=("div.wrap",))
    html = f"<body><div class=wrap><div class=story><p>{PROSE}</p></div><a href=/x.html>另一篇报道</a></div></body>"
    article = rule.parse(LexborHTMLParser(html), "http://wrap.test/a.html")
    assert article.paragraphs == [PROSE]


def test_priority_order_beats_page_order() -> None:
    tree = LexborHTMLParser("<div class=b>second</div><div class=a>first</div><p class=c>none</p>")
    assert [n.text() for n in _by_priority(tree, ("div.a", "div.b", "div.c"))] == ["first", "second"]


def test_select_gives_every_match_in_page_order_meta_from_the_head_first() -> None:
    from newscorpus.scrapers.query import select

    html = (
        '<html><head><meta property="a" content="1"></head>'
        '<body><meta property="a" content="2"><meta property="b" content="3"><p>正文</p><div><p>二</p></div>'
        "<p>三</p></body></html>"
    )
    tree = LexborHTMLParser(html)
    for selector in ('meta[property="a"]', 'meta[property="b"]', "p", "div p", "span", 'meta[property="c"]'):
        assert [n.html for n in select(tree, selector)] == [n.html for n in tree.css(selector)]


def test_one_pass_splits_byline_bars_from_related_containers() -> None:
    rule = SiteRule(
        name="split",
        hosts=("split.test",),
        version=1,
        byline=("div.info", "div.meta"),
        related=("ul.rel", "div.both"),
        body=("div.story",),
    )
    html = (
        "<div class='info meta'>来源：新华社</div><div class='both meta'>作者：张三</div>"
        "<div class=story><p>正文。</p></div><ul class=rel><li><a href=/a.html>相关新闻一</a></li></ul>"
    )
    bars, lists = bars_and_lists(rule, LexborHTMLParser(html))
    assert [bar.text() for bar in bars] == ["来源：新华社", "作者：张三"]  # once each, in page order
    assert [node.tag for node in lists] == ["div", "ul"]  # the div matches a byline and a related selector
    no_list = LexborHTMLParser("<div class=info>来源：新华社</div><div class=story><p>正文。</p></div>")
    assert bars_and_lists(rule, no_list)[1] == []
    only_list = bars_and_lists(rule, LexborHTMLParser("<div class=both>作者：张三</div>"))
    assert only_list[0] == [] and len(only_list[1]) == 1


def test_related_containers_come_in_rule_order_then_page_order() -> None:
    """A rule lists the richer copy of the list first; page order decides only within one selector."""
    rule = SiteRule(
        name="order", hosts=("order.test",), version=1, body=("div.story",), related=("pre.rich", "ul.plain")
    )
    html = (
        f"<div class=story><p>{PROSE}</p></div><ul class=plain><li><a href=/p.html>普通列表里的标题</a></li></ul>"
        "<pre class=rich><a href=/r.html>丰富列表里的标题</a> 这是一段足够长的摘要文字。</pre>"
    )
    article = rule.parse(LexborHTMLParser(html), "http://order.test/a.html")
    assert [item.url for item in article.related] == ["http://order.test/r.html", "http://order.test/p.html"]


def test_related_levels_bounds_how_far_above_the_body_headings_are_searched() -> None:
    html = (
        f"<div class=page><div class=col><div class=story><p>{PROSE}</p></div>"
        "<h3>相关阅读</h3><ul><li><a href=/near.html>紧跟正文的相关报道</a></li></ul></div>"
        "<h3>相关推荐</h3><ul><li><a href=/feed.html>全站推荐的别的新闻</a></li></ul></div>"
    )

    def related_urls(levels: int) -> list[str]:
        rule = SiteRule(name="lv", hosts=("lv.test",), version=1, body=("div.story",), related_levels=levels)
        return [item.url for item in rule.parse(LexborHTMLParser(html), "http://lv.test/a.html").related]

    assert related_urls(1) == ["http://lv.test/near.html"]
    assert related_urls(2) == ["http://lv.test/near.html", "http://lv.test/feed.html"]
