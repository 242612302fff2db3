"""A heading's own words: without the badges, tool links and dates templates put inside it.

``<h1><span>原创</span>标题</h1>``, ``<h1>标题<a>微信</a><a>微博</a></h1>``,
``<h1>标题<span>2016-03-02</span></h1>``, a Discuz ``<h1><a>[原创]</a><span>标题</span></h1>`` (any bracketed link:
a type tag linking its list) and a wiki ``<h1>词条<span>[编辑]</span></h1>`` all show the headline plus something a
reader skips. A child element is dropped when it is a badge word, a bracketed tag or tool (``【打印】``,
``[编辑]``), a bare date, or a link while the heading's other words outweigh its links (a heading that IS a link
keeps it).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.relatedscan import HEADING
from newscorpus.scrapers.text import clean, node_text

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NEVER_TEXT = frozenset({"script", "style", "noscript", "button"})
# One or more bracketed short tags, whitespace removed: [原创] 【打印】【关闭】 [编辑] (置顶).
_BRACKETED = re.compile(r"(?:[\[【［(（〔][^\]】］)）〕]{1,8}[\]】］)）〕])+")
_IN_BRACKETS = re.compile(r"[\[【［(（〔]([^\]】］)）〕]{1,8})[\]】］)）〕]")
_EMPTY_BRACKETS = re.compile(r"[\[【［]\s*[\]】］]")
_DATE = re.compile(r"\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?")


def heading_words(node: LexborNode) -> str:
    """The heading's text without badge, tool-link and date children (all of it if nothing else is left).

    Inline elements glue as the page shows them (<span>地铁三号线</span><span>二期</span> is one phrase), so
    the words compare equal to the <title> that repeats them.
    """
    full = node_text(node)
    link_chars = sum(len(node_text(link)) for link in node.css("a"))
    drop_links = link_chars > 0 and len(full) - link_chars > link_chars
    parts: list[str] = []
    _kept_parts(node, drop_links, parts)
    # Brackets printed around a dropped tag link ("[<a>经验分享</a>] 标题") hold nothing now.
    return clean(_EMPTY_BRACKETS.sub("", "".join(parts))) or full


def _kept_parts(node: LexborNode, drop_links: bool, parts: list[str]) -> None:
    """Append the kept text under ``node`` to ``parts``, in page order."""
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            parts.append(child.text(deep=False) or "")
        elif child.tag == "br":
            parts.append(" ")
        elif child.tag != "-comment" and not _is_trim(child, drop_links):
            _kept_parts(child, drop_links, parts)


def _is_trim(child: LexborNode, drop_links: bool) -> bool:
    if child.tag in _NEVER_TEXT:
        return True
    text = "".join(node_text(child).split())
    if not text:
        return False
    if child.tag == "a" and (drop_links or _BRACKETED.fullmatch(text)):
        return True  # a bracketed link is a tag linking its list (Discuz's <a href=…typeid=3>[自驾游记]</a>)
    if text in settings.TITLE_BADGES or _DATE.fullmatch(text):
        return True
    # Only brackets around badge or tool words: （二） numbers a series, （附全文） tells what follows.
    skippable = settings.TITLE_BADGES | settings.TITLE_TOOL_WORDS
    return _BRACKETED.fullmatch(text) is not None and all(word in skippable for word in _IN_BRACKETS.findall(text))


def names_a_box(text: str) -> bool:
    """A short heading naming a list box (相关推荐, 24小时排行), not a story: no page's headline."""
    words = "".join(text.split())
    if not words or len(words) > settings.TITLE_BOX_MAX_CHARS:
        return False
    return HEADING.search(words) is not None or any(word in words for word in settings.TITLE_BOX_WORDS)
