"""Related headings in a side column: ``<nav>`` and ``<footer>`` boxes are site-wide, an ``<aside>`` may be
the story's.

A heading inside ``<nav>`` or ``<footer>`` never names the story's list. One inside an ``<aside>`` the page
marks related (``<aside class="related">``) is as sure as any. One inside a plain ``<aside>`` (a sidebar
widget: 相关推荐, 推荐阅读 beside the story) is a *fallback*: it names the page's list only when no heading
outside a sidebar gave one. Until session 26 one of its items also had to echo the headline's words (a theme's
widget under a related name may be the site's latest posts); the page labels it related all the same, and so
do the natural batches' labellers (issue 17: a sidebar counts when the page labels it related).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus.scrapers.relatedmarks import MARKED

_SITE_BOX_TAGS = frozenset({"nav", "footer"})


def in_site_box(node: LexborNode) -> bool:
    """Inside <nav> or <footer>, or inside an <aside> the page does not mark as related."""
    return sidebar_of(node) is not None


def in_plain_aside(node: LexborNode) -> bool:
    """Inside an unmarked <aside> (and in no <nav> or <footer> between it and the node)."""
    box = sidebar_of(node)
    return box is not None and box.tag == "aside"


def sidebar_of(node: LexborNode) -> LexborNode | None:
    """The nearest <nav>, <footer> or unmarked <aside> holding ``node``; None when the nearest such box is an
    <aside> marked related, or there is none."""
    parent = node.parent
    while parent is not None:
        if parent.tag in _SITE_BOX_TAGS and not _story_footer(parent):
            return parent
        if parent.tag == "aside":
            attributes = parent.attributes
            marked = MARKED.search(f"{attributes.get('id')} {attributes.get('class')}")
            # An <aside> inside an <article> is that article's (HTML: content related to it, a blog post's
            # 延伸阅读 box after its text), as a <footer> there is; outside one it is the page's sidebar.
            return None if marked or _in_article(parent) else parent
        parent = parent.parent
    return None


def _in_article(box: LexborNode) -> bool:
    parent = box.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False


def _story_footer(box: LexborNode) -> bool:
    """A <footer> inside an <article>: HTML makes it the footer of that article (a blog entry's closing
    modules: its tags, share buttons, 関連記事), not of the site. A page that wraps all of itself in one
    <article> would have its site footer taken for the story's too; its links then still face the items'
    own filters (a footer's legal line, the site's own sections)."""
    return box.tag == "footer" and _in_article(box)
