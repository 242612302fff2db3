"""How a site rule parses a page: its selectors first, the generic extractor for what they miss.

Kept apart from the rule's data (``rule.py``) so that loading the rules, as `newscorpus sites` does, does
not import the parse machinery; ``SiteRule.parse`` and ``SiteRule.links`` import this module on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import Article, RelatedItem
from newscorpus.scrapers import generic, pager
from newscorpus.scrapers.blocktext import block_lines
from newscorpus.scrapers.byline import (
    account_as_author,
    clean_author,
    clean_source,
    normalise_byline,
    parse_line,
)
from newscorpus.scrapers.bylinebar import logo_name
from newscorpus.scrapers.bylinegrammar import ACCOUNT, COMMENT_COUNTER, SOURCE, fold, tokenize
from newscorpus.scrapers.bylinesource import bar_furniture, in_card, label_only, links_account
from newscorpus.scrapers.bylinetail import (
    closing_editor,
    closing_writer,
    editor_line,
    lines_after,
    picture_captions,
)
from newscorpus.scrapers.bylineunits import is_organisation
from newscorpus.scrapers.datelines import shown_datetime
from newscorpus.scrapers.dom import remove_nodes
from newscorpus.scrapers.headings import HEADING_TAGS, names_a_box
from newscorpus.scrapers.metadata import lines_around_title
from newscorpus.scrapers.relatedlists import find_related
from newscorpus.scrapers.rule import RulePage, Selectors, SiteRule
from newscorpus.scrapers.rulebyline import apply_byline, bars_after, name_over_bar, region_lines
from newscorpus.scrapers.rulefields import (
    by_priority,
    first_node,
    first_tagged,
    first_time,
    node_value,
    rule_editor,
    with_time,
)
from newscorpus.scrapers.sitekit import story_lines
from newscorpus.scrapers.text import absolute, node_text

# A counter in an element a rule's source selector hits: "0人参与 0评论" shares the source's class, and so does the
# comment link with its count after the word (the grammar's COMMENT_COUNTER: "参与评论(1286)人", "跟帖 36").
_COUNTER = re.compile(
    r"\s*(?:\d+\s*(?:人参与|人參與|评论|評論|跟贴|跟帖|阅读|閱讀)"
    r"|(?:参与|參與|我要|网友|網友|查看)?" + COMMENT_COUNTER + ")"
)


def parse(rule: SiteRule, tree: LexborHTMLParser, url: str | None, related: bool = True) -> Article:
    """Selectors only, no walk over the whole page unless the rule's own selectors miss (speed matters)."""
    article = Article(url=url, site=rule.name, parser=rule.name, parser_version=rule.version)
    if rule.prepare is not None:
        rule.prepare(article, tree)
    headline = _headline(tree, rule.title)
    article.title = (headline[1] if headline else None) or article.title or generic.find_title(tree)
    # Meta/JSON-LD only when the rule's own time selectors miss: each meta lookup scans the page.
    article.published_at = with_time(first_time(tree, rule.published, url), article.published_at) or (
        generic.find_published(tree, url)
    )
    # The byline grammar cleans whatever the selectors found: labels, outlets, IDs, glued times.
    own_author = clean_author(_first_text(tree, rule.author))
    if own_author is not None and is_organisation(own_author):
        own_author = None  # "城南街道妇联" in a post's writer slot: a unit is no writer (README "Bylines")
    article.author = own_author or article.author
    source, account = _rule_source(tree, rule.source)
    article.source = source or article.source
    # The first element naming an editor: a rule's editor selectors also hit a closing source line
    # ("<p class=article-editor>（文章来源：X）</p>" before "<p class=show_author>责任编辑：Y</p>").
    article.editor = rule_editor(tree, rule.editor) or article.editor
    bars, lists = bars_and_lists(rule, tree)
    header = apply_byline(bars, article, url)
    if article.author is None:
        # Bars naming no writer (only an editor or the outlet: the rule's own 责编 element hit, its meta-bar
        # selector missed on another template): the lines under the headline are read as on a page with no bar,
        # down to the story's opening credit ("【环球网报道 记者 X】").
        header = []
    body, selector = first_tagged(tree, rule.body)
    # The name of the template whose body selector matched; no match: the body comes from the generic
    # extractor and the rule's other fields stand.
    article.template = rule.template_of(selector)
    if header and article.author is None and headline is not None:
        article.author = name_over_bar(headline[0], bars, header, body)  # "<div class=author>X</div>" over the bar
    # The rule's own pager first; the generic one when the rule has none or it found nothing.
    article.next_page_url = _first_link(tree, rule.next_page, url) or pager.next_page_url(tree, url, body)
    article.related = _take_related(rule, tree, url, body, lists, related)
    page = RulePage(tree, url, body, [], own_author)
    if body is not None and not article.paragraphs:
        # block_lines skips script/style itself, so only the drop list is removed, and only in the body.
        dropped = body.css(", ".join(rule.drop)) if rule.drop else []
        if article.editor is None and dropped:
            # A dropped tag or share bar inside the body may hold the editor's own credit ("[责任编辑: X ]").
            article.editor = closing_editor([line for node in dropped for line in _short_lines(node)])
        remove_nodes(dropped)
        page.body_lines = block_lines(body)
        article.paragraphs = story_lines(page.body_lines, article.title)
    if article.paragraphs:
        # The byline sits between the headline and the body: read only that region, not the whole page.
        # Bars naming someone but no time (a template's time in an element the rule does not select):
        # the region is read for the time alone, the bars stay the byline.
        # Read before the region's lines mark the tree: the headline's next elements, their parts apart.
        apart = bars_after(headline[0], page.body) if headline and not header else {}
        if (not header or article.published_at is None) and (region := region_lines(headline, page)) is not None:
            around = [apart.get(line.replace(" ", ""), line) for line in lines_around_title(region, article.title)]
            if header:
                article.published_at = shown_datetime(around, url, title=article.title)
            header = header or around
        # The body's raw closing lines, and opening ones the story filter dropped: "（责任编辑：王五）" under
        # the story and "【文/观察者网 X】" over it are boilerplate to the filter, credits here.
        lead = [line for line in page.body_lines[: settings.BYLINE_TAIL_LINES] if line not in article.paragraphs]
        tail = lead + page.body_lines[-settings.BYLINE_TAIL_LINES :]
        captions = picture_captions(body) if body is not None else set()  # an agency under a photo took it
        selected = article.editor
        generic.fill_from_body(article, tree, body, url, header=header or None, tail=tail, captions=captions)
        page.header = header
        # The lines past the body, read once: credits the rule's body ends before.
        after = lines_after(body) if body is not None and (selected is None or article.author is None) else []
        if selected is None and after:
            # The editor's own element after the story ("[责任编辑：X]" past the share bar): outside the body.
            # A 责任编辑 there outranks a reporter line's 编辑 the story opened with ("每经编辑 Y").
            article.editor = closing_editor(after, responsible=article.editor is not None) or article.editor
        if article.editor is None and body is not None:
            # Further down, only a 责任编辑/责编 line counts (under the related list of 2008-2009 templates).
            article.editor = editor_line(lines_after(body, settings.BYLINE_EDITOR_REACH_LINES))
        if article.author is None and after:
            article.author = closing_writer(after[: settings.BYLINE_TAIL_LINES])  # "作者：X、Y" past the last picture
    if account:
        # A source linked to a user's page is the publishing account: the author when no person is credited.
        account_as_author(article, keep_outlets=True)
    if rule.postprocess is not None:
        rule.postprocess(article, page)
    normalise_byline(article)  # hooks set fields from page data and credit lines: one form for all
    return article


def links(rule: SiteRule, tree: LexborHTMLParser, base_url: str | None) -> list[str]:
    """Article links on a list page, in page order, without repeats."""
    seen: dict[str, None] = {}
    for selector in rule.list_links:
        for node in tree.css(selector):
            if (href := absolute(node.attributes.get("href"), base_url)) is not None:
                seen.setdefault(href.split("#")[0], None)
    return list(seen)


def bars_and_lists(rule: SiteRule, tree: LexborHTMLParser) -> tuple[list[LexborNode], list[LexborNode]]:
    """The byline bars and the related-list containers, each in page order, from one page pass.

    Both lookups scan the whole page, a few hundred microseconds each on a large portal page; one
    query over both selector lists is split by matching each found node (a small one) against the
    byline selectors alone.
    """
    query = ", ".join(rule.byline + rule.related)
    found = list({node.mem_id: node for node in tree.css(query)}.values()) if query else []
    if not rule.related:
        return found, []
    if not rule.byline:
        return [], found
    byline, related = ", ".join(rule.byline), ", ".join(rule.related)
    bars = [node for node in found if _matches(node, byline)]
    kept = {node.mem_id for node in bars}
    return bars, [node for node in found if node.mem_id not in kept or _matches(node, related)]


def _take_related(
    rule: SiteRule,
    tree: LexborHTMLParser,
    url: str | None,
    body: LexborNode | None,
    lists: list[LexborNode],
    wanted: bool = True,
) -> list[RelatedItem]:
    # Per selector, in rule order: a rule may list a richer copy of the list first (163's <pre>).
    containers = lists if len(rule.related) == 1 else [n for s in rule.related for n in lists if _matches(n, s)]
    # Without a container (a redesign moved the list), the generic detector looks in the article column
    # first: searching it instead of the page keeps sidebars out and costs a fraction.
    column = _article_column(body, rule.related_levels)
    return find_related(tree, url, story=body, column=column, containers=containers, wanted=wanted)


def _matches(node: LexborNode, query: str) -> bool:
    """Whether ``node`` itself matches: lexbor lists a node before its descendants, itself included."""
    first = node.css_first(query)
    return first is not None and first.mem_id == node.mem_id


def _article_column(body: LexborNode | None, levels: int) -> LexborNode | None:
    """The body's ancestor ``levels`` up: the column holding the story and what follows it."""
    node = body
    for _ in range(levels):
        if node is None or node.parent is None or node.parent.tag in ("body", "html"):
            break
        node = node.parent
    return node


def _rule_source(tree: LexborHTMLParser, selectors: Selectors) -> tuple[str | None, bool]:
    """The first source element's outlet, and whether its value links to a user's page (a self-media
    account's). A comment counter sharing the source's class ("0人参与") is passed over; a label alone in its
    element ("<em id=source>来源：</em> 新华社") is read with the text beside it. Any other element naming no
    outlet ends the search: a platform's name ("新浪看点") says no outlet is shown. The site's own name there
    (``<a href="//www.huanqiu.com">环球网</a>`` in huanqiu's source slot) is the source since session 27."""
    for node in by_priority(tree, selectors):
        shown = node_value(node)
        text = shown or _logo(node)
        if node.parent is not None and label_only(text):
            text = node_text(node.parent)
        if in_card(node) or (node.tag != "meta" and shown and bar_furniture(node)):
            # A related or hot list's item prints its own outlet ("<li><a>标题</a><span class=source>"); a
            # follow button or a channel link stands first in another template's bar.
            continue
        if text.strip() and not _COUNTER.match(text):
            if labelled := _labelled_beside(node, text):
                return labelled, False
            source = clean_source(text)
            if source is None and (account := _slot_account(text)):
                return account, True
            return source, links_account(node)
    return None, False


def _labelled_beside(node: LexborNode, text: str) -> str | None:
    """The source a 来源 label beside the element names, when the element's own text is another, unlabelled word
    (thepaper 2016: ``来源：澎湃新闻 <span><a>城市漫步</a></span>``, the span a channel's tag): a labelled field wins
    (README "Bylines")."""
    parent = node.parent
    if parent is None or tokenize(folded := fold(text))[1]:
        return None  # the element holds its own label
    around = node_text(parent)
    if len(around) > settings.BYLINE_MAX_LINE_CHARS or not _SOURCE_LABEL.search(around):
        return None
    source = parse_line(around).source
    return source if source and folded not in source else None


def _logo(node: LexborNode) -> str:
    """The outlet a source slot shows only as a linked logo (``<span class=source><a><img alt=中国新闻网>``)."""
    link = node if node.tag == "a" else node.css_first("a")
    return (logo_name(link) or "") if link is not None else ""


def _slot_account(text: str) -> str | None:
    """The account a source slot naming no outlet shows, its text read as the 来源 field the slot is
    (``<span class=source>新浪看点 厨房小当家</span>``: the platform, then the account publishing on it), as the
    grammar reads ``来源：看点快报 厨房小当家``. None when the slot names nobody (``新浪看点``, ``网络``)."""
    folded = fold(text)
    fields = tokenize(folded)[1]
    if fields and not any(item.kind in (SOURCE, ACCOUNT) for item in fields):
        # "作者：X" in a span sharing the source's class (ifeng 2010's ss03): a writer's credit, no source slot.
        return None
    return parse_line(folded if fields else f"来源: {folded}").author


def _with_text(tree: LexborHTMLParser, selectors: Selectors) -> Iterator[tuple[LexborNode, str]]:
    return ((node, text) for node in by_priority(tree, selectors) if (text := node_value(node).strip()))


_SOURCE_LABEL = re.compile(r"[来來]源\s*[:：]")
# What follows a column's label at the start of the headline it opens: a colon or a bar.
_KICKER = re.compile(r"\s*[:：|｜]")


def _headline(tree: LexborHTMLParser, selectors: Selectors) -> tuple[LexborNode, str] | None:
    """The first title selector's text naming no list box, unless it only opens a longer one the selectors also
    hit (观察者网's column ``<h3>张维为</h3>`` over ``<h3>张维为：西方的“制度自信”正在动摇</h3>``): a column's or a
    kicker's label, the headline below it."""
    found = list(islice(_distinct_headlines(tree, selectors), settings.TITLE_RULE_CANDIDATES))
    if not found:
        return None
    page_title = (node.text() if (node := tree.css_first("title")) is not None else "").strip()
    first = found[0]
    return next((other for other in found[1:] if _opens(first[1], other[1], page_title)), first)


def _distinct_headlines(tree: LexborHTMLParser, selectors: Selectors) -> Iterator[tuple[LexborNode, str]]:
    """The title selectors' texts naming no list box, each text once: a node two selectors hit (``li.left-main >
    h3`` and ``div.content-main h3``) and the boxes' own headings (延伸阅读, 最热评论) must not use up the few
    candidates before the ``h1`` a column's name stands over."""
    seen: set[str] = set()
    for hit in _headlines(tree, selectors):
        if hit[1] not in seen and not names_a_box(hit[1]):
            seen.add(hit[1])
            yield hit


def _opens(label: str, headline: str, page_title: str) -> bool:
    """``label`` opens ``headline``: in the heading itself (``张维为：西方的…``), or in the page's <title> that
    joins them (``<h3>李家骏</h3>`` over ``<h1>产业链不是积木…</h1>``, titled ``李家骏：产业链不是积木…``)."""
    if headline.startswith(label) and _KICKER.match(headline, len(label)):
        return True
    kicker = _KICKER.match(page_title, len(label)) if page_title.startswith(label) else None
    return kicker is not None and page_title[kicker.end() :].lstrip().startswith(headline)


def _headlines(tree: LexborHTMLParser, selectors: Selectors) -> Iterator[tuple[LexborNode, str]]:
    """The title selectors' texts; a selector hitting a box that holds a heading (another CMS reusing the id,
    ``<div id="artibodyTitle"><h1>…</h1><div>2009年06月18日07:52 来源：…</div></div>``) gives that heading's."""
    for node, text in _with_text(tree, selectors):
        if node.tag not in HEADING_TAGS and (inner := node.css_first("h1, h2")) is not None:
            text = node_value(inner).strip() or text
        yield node, text


def _first_with_text(tree: LexborHTMLParser, selectors: Selectors) -> tuple[LexborNode, str] | None:
    return next(_with_text(tree, selectors), None)


def _short_lines(node: LexborNode) -> list[str]:
    return [line for raw in node.text(deep=True, separator="\n").split("\n") if (line := raw.strip())]


def _first_text(tree: LexborHTMLParser, selectors: Selectors) -> str | None:
    found = _first_with_text(tree, selectors)
    return found[1] if found else None


def _first_link(tree: LexborHTMLParser, selectors: Selectors, url: str | None) -> str | None:
    node = first_node(tree, selectors)
    return absolute(node.attributes.get("href"), url) if node is not None else None
