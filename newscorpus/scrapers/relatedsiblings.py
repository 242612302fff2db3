"""Links filed as the page itself is: one page beside it on the same site (a wiki's other entries, a poet's
other poems, a blog's other posts, a CMS's other items by id). Such a link is a story of the site however
short its title or its id, which the shape tests (``linkshape``) cannot tell.

Split from ``linkshape`` (what any link looks like) because these answers need the page's own URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.linkshape import is_article_url, is_promo, never_story
from newscorpus.scrapers.text import absolute

# A click-through wrapper's target: an on-site redirect (/link?url=https%3A%2F%2F…, /go.php?to=http://…)
# names the story in a parameter of these names, the URL whole (encoded or not).
_WRAPPED = re.compile(settings.RELATED_REDIRECT_PARAMS, re.IGNORECASE)
# A page's name holding an id: a run of digits as long as a story URL's (RELATED_URL_MIN_DIGITS).
_ID_RUN = re.compile(rf"\d{{{settings.RELATED_URL_MIN_DIGITS},}}")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[a-z]+")
# A file named by a word and an id (shiwenv_7f1c3e2a.aspx, article-12345.html): the word says what kind of page.
_KIND_AND_ID = re.compile(r"([A-Za-z]+)[_-][0-9A-Za-z]*\d[0-9A-Za-z]*")


def sibling_story_href(
    link: LexborNode, title: str, page_url: str | None, href_of: Callable[[LexborNode], str | None]
) -> str | None:
    """The link's URL when its text is headline-long and its page is filed as this page is (``page_sibling``):
    a story of this site whose id is too short for the shape test (/archives/102 beside /archives/456, a
    small blog's or school's), unless it is a promotion or never a story. None otherwise."""
    # A short headline (专项债发行提速, 7 characters) is a story's when its page is filed beside this one: the
    # filing vouches for it as the shape test's length does for a link to anywhere.
    if not page_url or len(title) < settings.RELATED_SIBLING_MIN_HEADLINE_CHARS:
        return None
    url = absolute(href_of(link), page_url)
    if not url or not page_sibling(url, page_url):
        return None
    return None if is_promo(title, url) or never_story(url) else url


def unwrapped(url: str) -> str:
    """The story a redirect wrapper leads to (``/link?url=https%3A%2F%2Fsite%2Fa%2F1.html``), else ``url``.
    A share button's ``?url=`` names the page itself (dropped as the page after this), a login's
    ``?redirect=`` is no list's item."""
    if "=" not in url or (match := _WRAPPED.search(url)) is None:
        return url
    target = unquote(match.group(1))
    return target if target.startswith(("http://", "https://")) else url


def page_sibling(url: str, page_url: str | None) -> bool:
    """``url`` is filed as the page itself is, one page beside it: same host, as many path segments, each
    folder the same or both naming something (a digit run, a percent-encoded name) and the same kind of
    last segment (its extension). A wiki's 相关词条 (/wiki/艾粄 beside /wiki/青团), a poet's other poems
    (/wangwei/luzhai.html), a blog's other posts: what vouches for an item whose title is a short name."""
    if (split := _same_site(url, page_url)) is None:
        return False
    here, there = split
    mine_query, their_query = _untracked(here.query), _untracked(there.query)
    if mine_query or their_query:
        return _query_sibling(here.path, mine_query, there.path, their_query)
    mine, theirs = here.path.rstrip("/").split("/"), there.path.rstrip("/").split("/")
    if len(mine) != len(theirs) or len(mine) < 2 or mine[-1] == theirs[-1]:
        return False
    if mine[-1].rpartition(".")[2] != theirs[-1].rpartition(".")[2] and "." in mine[-1] + theirs[-1]:
        return False
    if _other_kind(mine[-1], theirs[-1]) or _named_without_id(theirs[-1], mine[-1]):
        return False
    return all(
        a == b or (_names_something(a) and _names_something(b)) for a, b in zip(mine[:-1], theirs[:-1], strict=True)
    )


def named_story(title: str, url: str, page_url: str | None) -> bool:
    """In a block whose id/class names it related, a short title (父亲的背影) is a story's when its URL is shaped
    like a story and filed as the page is in any section (``page_cousin``): the name vouches for the list as
    a heading would, the filing for the item, as the shape test's title length does for a link to anywhere."""
    return (
        len(title) >= settings.RELATED_SIBLING_MIN_HEADLINE_CHARS
        and page_cousin(url, page_url)
        and is_article_url(url)
        and not is_promo(title, url)
    )


def page_cousin(url: str, page_url: str | None) -> bool:
    """``url`` is filed as the page is, in any section: same host, as many path segments, and a last segment
    of the same build (digit runs and letter runs alike: ``10211.html`` beside ``10532.html``, not ``SH600036``
    beside ``151398277``). The first folders may differ (/suibi/201204/… beside /qinqing/201204/…)."""
    if (split := _same_site(url, page_url)) is None or split[0].query != split[1].query:
        return False
    here, there = split
    mine, theirs = here.path.rstrip("/").split("/"), there.path.rstrip("/").split("/")
    return len(mine) == len(theirs) >= 2 and mine[-1] != theirs[-1] and _build(mine[-1]) == _build(theirs[-1])


def _same_site(url: str, page_url: str | None) -> tuple[SplitResult, SplitResult] | None:
    """The page's URL and ``url`` split, when both are on one host and ``url`` names a page: a fragment
    (#comment_area) points into one, a tool link."""
    if not page_url:
        return None
    try:
        here, there = urlsplit(page_url), urlsplit(url)
    except ValueError:
        return None
    if here.netloc.lower() != there.netloc.lower() or there.fragment:
        return None
    return here, there


def _build(segment: str) -> str:
    return _LETTERS.sub("a", _DIGITS.sub("9", segment.lower()))


def _other_kind(name: str, other: str) -> bool:
    """Two files each named by a word and an id, by different words: another kind of page in the same folder
    (a poet's authorv_3f4d.aspx beside the poem's shiwenv_7f1c.aspx, a user-88.html beside news-12.html)."""
    mine = _KIND_AND_ID.fullmatch(name.partition(".")[0])
    theirs = _KIND_AND_ID.fullmatch(other.partition(".")[0])
    return mine is not None and theirs is not None and mine[1].lower() != theirs[1].lower()


def _untracked(query: str) -> str:
    """The query without click-tracking parameters (utm_source, spm): they tell which box and position a
    click came from, not which page it is, so a page linked with them is filed as the page linked without.
    A ``from=rss`` or ``lang=en`` may name another view of it, and stays."""
    if not query:
        return query
    return "&".join(pair for pair in query.split("&") if pair and not _tracking(pair.partition("=")[0]))


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in settings.RELATED_CLICK_TRACKING_PARAMS or lowered.startswith("utm_")


def _named_without_id(name: str, page_name: str) -> bool:
    """A page named by a word alone (/china/, /about, index.html) beside a page named by an id
    (newsDetail_forward_4506347, a1029384.html): a channel or section page, not another story. Both named by
    words (a wiki's entries, a poet's poems, a blog's slugs) stay siblings."""
    return not any(char.isdigit() for char in name) and _ID_RUN.search(page_name) is not None


def _names_something(segment: str) -> bool:
    """A digit run or a name: percent-encoded, or written raw (an IRI, as a page URL is often given: /item/樟树港辣椒/
    is /item/%E6%A8%9F...), the same name either way."""
    return "%" in segment or not segment.isascii() or any(char.isdigit() for char in segment)


def _query_sibling(path: str, query: str, other_path: str, other_query: str) -> bool:
    """A dynamic page's sibling: the same script and the same parameters in the same order, differing only
    in ids (WordPress's /?p=102 beside /?p=456, show.asp?id=12 beside show.asp?id=45). A parameter of
    other words (?lang=en, ?action=edit, ?page=2 added) makes another view of a page, not another page."""
    if path.rstrip("/") != other_path.rstrip("/") or not query or not other_query:
        return False
    mine, theirs = parse_qsl(query, keep_blank_values=True), parse_qsl(other_query, keep_blank_values=True)
    if [key for key, _ in mine] != [key for key, _ in theirs] or mine == theirs:
        return False
    return all(a == b or (a.isdigit() and b.isdigit()) for (_, a), (_, b) in zip(mine, theirs, strict=True))
