"""The writer a post's footer names by markup, right after the story (README "Bylines": long-tail pages, credits
below the story count two lines past it).

Blog themes (WordPress's ``entry-footer``, hAtom's ``vcard``) print the meta bar under the post, not under the
headline: the time, the writer and the category, unlabelled (``2016年3月2日 园子 生活``). The writer is the one the
markup names: an ``author vcard``/``byline`` element's link, ``rel="author"``, ``itemprop="author"``. Only the
elements right after the story are read: the comments below them name their writers with ``comment-author``,
never ``author``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.bylinegrammar import CREDIT_LABELS, fold
from newscorpus.scrapers.bylinelone import posted_by
from newscorpus.scrapers.bylinemarkup import plausible_name

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

_MARKED = ".author a, .byline a, .author .fn, a[rel~='author'], [itemprop~='author']"
# The post's own meta bar: a <footer>, or an element classed as meta, footer, byline or info.
_META_CLASS = re.compile(r"meta|footer|byline|info|author", re.IGNORECASE)
_LIST_CLASS = re.compile(r"relat|recommend|list|item|comment|share", re.IGNORECASE)
# The posted-in line of a post's own footer ("tanchimao 發表在 痞客邦 留言(12)", "老周 发表于 2015-5-6 22:14"):
# the poster before the verb, whatever follows (the platform, the board or the time); a comment's line is
# classed apart and skipped with the list above.
_POSTED = re.compile(
    r"^([^\s:|/]{2,20}) (?:發表在|发表在|發表於|发表于|發佈於|发布于|posted in|posted on) ", re.IGNORECASE
)
# The boxes a footer keeps its poster's line in: any class naming the author or the byline (``author-name``,
# ``post-author``, ``author-profile``, ``byline``), or ``posted-by``; a comment's line is no part of the post's footer.
_POSTER_BOXES = "[class*='author' i]:not([class*='comment' i]), [class*='byline' i], .posted-by"
# A vcard's name followed by its login in brackets ("ゆき (id:yuki_tabearuki)", "老周（laozhou）"): the name.
_LOGIN = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")


def meta_after(story: LexborNode) -> Iterator[LexborNode]:
    """The meta elements among the few right after the story's container (``<footer class=entry-footer>``): a
    share bar or an ad between them is passed over, and a related list's items name their own writers."""
    node: LexborNode | None = story
    for _ in range(settings.BYLINE_FOOTER_ELEMENTS):
        node = next_element(node)
        if node is None:
            return
        if is_meta(node):
            yield node


def footer_author(story: LexborNode) -> str | None:
    """The writer marked in the element(s) right after the story's container (``<footer class=entry-footer>``)."""
    for node in meta_after(story):
        if posted := _posted_by(node):
            return posted
        for marked in node.css(_MARKED):
            name = _LOGIN.sub("", fold(marked.text(deep=True)))
            if name and plausible_name(name, set()):
                return name
    return None


def next_element(node: LexborNode | None) -> LexborNode | None:
    """The element after ``node``; after the last child, the element after the container it closes (the story's
    text in its own inner box: ``<div class=content><div class=inner>story</div></div><div class=footer>``),
    climbing as few levels as elements are read."""
    for _ in range(settings.BYLINE_FOOTER_ELEMENTS + 1):
        if node is None:
            return None
        after = node.next
        while after is not None and after.tag in ("-text", "-comment"):
            after = after.next  # the whitespace and comments between elements
        if after is not None:
            return after
        node = node.parent
        if node is None or node.tag in ("body", "html"):
            return None
    return None


def _posted_by(node: LexborNode) -> str | None:
    """The poster a footer's posted-in line names: the meta element itself or an author/byline element in it."""
    for element in (node, *node.css(_POSTER_BOXES)):
        text = fold(element.text(deep=True))
        posted = _POSTED.match(text)
        # "楼主 发表于 …": a role word stands where the poster's name would, and names nobody here
        if posted and posted.group(1) not in CREDIT_LABELS and plausible_name(posted.group(1), set(), handle=True):
            return posted.group(1)
        # A blog host's English footer: "posted by 小熊 於 2006-11-18 22:47 | 人氣(1,582)" (Pixnet 2006).
        if text[:1] in "Pp" and (by := posted_by(text)) and plausible_name(by[0], set(), handle=True):
            return by[0]
    return None


def is_meta(node: LexborNode) -> bool:
    classes = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if _LIST_CLASS.search(classes):
        return False
    return node.tag == "footer" or _META_CLASS.search(classes) is not None
