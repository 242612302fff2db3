"""The writer a personal page's own meta line shows by markup alone (README "Bylines": long-tail pages, the
post's meta line).

A blog post, a 个人图书馆 repost, a forum thread or a Q&A answer prints, right under its title, a short line that
dates the post (``山野闲人tzl 2019-06-14 分享 收藏``), or, right after its body, a short footer element with the
writer's card (an avatar, the name, the platform, the counters). Whatever words a platform puts around them
(``posted by``, ``发表在``, ``saved by``, none), the writer is the one part of that element that the markup ties to
a person: a link to a user's profile, or a link beside an avatar picture. Everything else in the line is no
writer: a date, a counter, a tool (a ``javascript:``/``#`` link), a category or tag (``rel=tag``, a category
path), the site's own name or home, and any part a label owns (``转自：X`` is a source, ``分类：X`` a category).
Only one such part may stand there: two of them (a co-signed card, a reply's poster) make no single writer.

How it could misfire: a meta line whose single profile link is a moderator's or a reviewer's rather than the
writer's; the footer element checked must be classed as a footer/meta/author box, so a reply's floor or a
comment list under the post is never read, and a heading inside the element (``评论``) ends the search.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newscorpus import settings
from newscorpus.scrapers.bylinefooter import meta_after
from newscorpus.scrapers.bylinegrammar import SOURCE, fold, tokenize
from newscorpus.scrapers.bylinemarkup import plausible_name
from newscorpus.scrapers.profiles import is_profile

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# A date or a time of day as a meta line shows it: "2019-06-14", "2017年8月6日", "6月14日", "12.03.2018", "14:20",
# "Aug 06".
_DATED = re.compile(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|\d{1,2}:\d\d"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d{1,2}\b"
)
# A category's or a tag's address (Drupal's /taxonomy/term/N too): what the post is filed under, not who wrote it.
_FILED = re.compile(r"/(?:categor|tags?(?:[/?#=.]|$)|label|topics?/|archives?/|taxonomy/|分类|分類)", re.IGNORECASE)
_FILED_REL = re.compile(r"\b(?:tag|category)\b", re.IGNORECASE)
# A label owning the part after it: a short word closed by a colon ("转自：", "分類：", "Filed under:").
_LABEL_END = re.compile(r"[:：]\s*$")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = ", ".join(_HEADING_TAGS)


def meta_line_writer(
    nodes: list[LexborNode], lines: list[str], story: LexborNode | None, title: str | None
) -> str | None:
    """The writer named by markup in the post's dated line under its title, else in its footer box. ``lines``:
    the text each of ``nodes`` shows as a line."""
    return _under_title(nodes, lines, title) or (_footer_box(story) if story is not None else None)


def _under_title(nodes: list[LexborNode], lines: list[str], title: str | None) -> str | None:
    """The first dated line of the few under the headline (of the region's first few without it)."""
    texts = [fold(line) for line in lines[: settings.BYLINE_META_TITLE_REACH]]
    under = texts.index(title) + 1 if title in texts else 0  # a body's paragraphs are never read for it
    for node, line in zip(nodes[under : under + settings.BYLINE_META_LINES], lines[under:], strict=False):
        text = fold(line)
        if not text or len(text) > settings.BYLINE_MAX_LINE_CHARS or node.tag in _HEADING_TAGS:
            continue
        if _DATED.search(text) and node.css_first(_HEADINGS) is None:
            # The first dated line is the post's own; the lines after it are the story's.
            return _single_writer(node)
    return None


def _footer_box(story: LexborNode) -> str | None:
    for box in meta_after(story):
        if len(fold(box.text(deep=True))) <= settings.BYLINE_CARD_MAX_CHARS and (found := _single_writer(box)):
            return found
    return None


def _single_writer(node: LexborNode) -> str | None:
    """The one name ``node`` ties to a person by markup, or None when it ties none or several."""
    names: set[str] = set()
    for link in node.css("a[href]"):
        if _after_heading(link, node):
            break  # a comments or replies heading: the names under it wrote those
        name = fold(link.text(deep=True))
        if name and _personal(link) and not _labelled(link) and plausible_name(name, set(), handle=True):
            names.add(name)
    return names.pop() if len(names) == 1 else None


def _personal(link: LexborNode) -> bool:
    """A link to a user's profile, or one beside an avatar (an image just before it in its box), and no tool,
    filing, or home of the site."""
    href = (link.attributes.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")) or _FILED.search(href):
        return False
    if _FILED_REL.search(link.attributes.get("rel") or "") or link.css_first("img") is not None:
        return False
    if urlsplit(href).path.strip("/") == "" and not is_profile(href):
        return False  # the platform's front page ("發表在 痞客邦")
    return is_profile(href) or _beside_avatar(link)


def _beside_avatar(link: LexborNode) -> bool:
    """An avatar just before the link, or just before the box it opens: an image, or an element holding an
    image and no text. A link further into its box is no card's name (a site footer's third link after an
    advert's picture is not beside it)."""
    box = link.parent
    opens_box = (
        box is not None and box.css_first("a[href]") is not None and box.css_first("a[href]").mem_id == link.mem_id
    )
    for element in (link, box if opens_box else None):
        before = element.prev if element is not None else None
        while before is not None and before.tag in ("-text", "-comment"):
            before = before.prev
        if before is not None and (before.tag == "img" or _image_only(before)):
            return True
    return False


def _image_only(node: LexborNode) -> bool:
    return node.css_first("img") is not None and not node.text(deep=True).strip()


def _labelled(link: LexborNode) -> bool:
    """Whether a label closed by a colon stands right before the link ("转自：<a>X</a>", "最近更新：<a>X</a>"):
    the label grammar reads that field; a label this rule does not know ("Posted by: X") is left to it too."""
    before = link.prev
    while before is not None and (before.tag == "-comment" or (before.tag == "-text" and not before.text().strip())):
        before = before.prev
    if before is None and link.parent is not None:
        before = link.parent.prev  # "<span>转自：</span><span><a>X</a></span>"
    # Only the words right before the colon count: "编辑次数：156次 最近更新：<a>X</a>" labels X as well.
    return before is not None and _LABEL_END.search(before.text(deep=True)) is not None


def _after_heading(link: LexborNode, box: LexborNode) -> bool:
    """Whether a heading precedes ``link`` inside ``box`` (a comments section's title)."""
    heading = box.css_first(_HEADINGS)
    if heading is None:
        return False
    return heading.html is not None and (box.html or "").find(heading.html) < (box.html or "").find(link.html or "")


def filed_section(tree: LexborHTMLParser, source: str | None, lines: list[str]) -> bool:
    """``source`` is the section the post is filed under, shown unlabelled beside the time: a link with that whole
    text is marked as the post's category or tag (``rel="category tag"``, a ``/category/`` address), another link
    on the page (the site's menu) shows the same section, and no line labels it as the source (``来源：<a
    href="/tag/新华社">新华社</a>``, a tag search, still names the outlet). A section named like an outlet
    (``社區新聞``, ``本地新闻``) is the site's own shelf, not where the story came from (README: a portal's section
    channel is no source). An aggregator filing a story under its provider (``/category/vender/x/``, linked once)
    keeps it as the source. How it could misfire: an aggregator whose menu lists its providers as sections."""
    if not source or sum(source in line for line in lines) < settings.BYLINE_SECTION_LINKS:
        return False  # the menu's item and the meta line's link each show on a line of the page
    if any(
        item.kind == SOURCE and fold(item.value).startswith(source)
        for line in lines
        if source in line
        for item in tokenize(fold(line))[1]
    ):
        return False  # most pages' source is labelled: no link is read
    # The links showing it, picked out by the parser (a big page's thousand links are not read one by one).
    last = source[-1]
    query = f'a[href]:lexbor-contains("{last}")' if last not in '"\\' else "a[href]"
    named = [link for link in tree.css(query) if last in (text := link.text()) and fold(text) == source]
    return len(named) >= settings.BYLINE_SECTION_LINKS and any(map(_filed_link, named))


def _filed_link(link: LexborNode) -> bool:
    href = link.attributes.get("href") or ""
    return _FILED_REL.search(link.attributes.get("rel") or "") is not None or _FILED.search(href) is not None
