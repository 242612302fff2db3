"""The translated "by" before a poster's name: 由 (README "Bylines": long-tail pages, session 10 wave 3).

CMS themes print "Submitted by X on TIME" / "Posted by X" in Chinese as ``由 X 於 TIME 發佈`` (Drupal),
``由 X 发布于 TIME`` (WordPress, Blogger) or ``文章作者 由<a>X</a>`` (WordPress's screen-reader label, then "By"
glued to the author link). 由 is a rare surname too (``由静``, ``由晓东``), so it is read as the preposition only
where the line's shape or the page's markup says so: a publishing verb closing the clause, or the name after it
being the one the page's metadata declares.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.bylinenames import free_names
from newscorpus.scrapers.bylineregion import declared_authors
from newscorpus.scrapers.bylineunits import is_organisation

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

# "由 阿樂 於 2017年8月14日 23:10 發佈", "由 admin 于 2017-08-14 发布", "本文由 老王 发表于 …": the name between 由
# and the time's 于/於 or the publishing verb. No punctuation, digit or 于 inside the name: "由此可见，于2019年发布"
# and "由他于2019年发布" are prose; no quote mark either: "本文由微阅网收录自微信公众号“宁海发布”" quotes an
# account whose name ends in 发布, and the clause names nobody. "原创" before the verb says the poster wrote it
# ("本文由 X 原创发布于 读书吧").
# A Latin name of two or three capitalised words keeps its spaces ("由 Ada Chen 於 … 發佈").
_BY_POSTED = re.compile(
    r"^(?:本文|此文|本帖)?由\s*([A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){1,2}"
    # the poster's post before the name ("由 社工 區嘉敏 於 …發佈": an NGO's Drupal), or the name alone
    r"|(?:[\u4e00-\u9fff]{2,8}\s+(?=[^\s\d于於]{2,20}?\s*[於于]))?[^\s:：|/，,。、；;！？“”「」《》\"\d于於]{2,20}?)"
    r"(?:\s*(?:已?[於于]\s*\S.{0,30}?\s*)?"
    r"(?:原创|原創|整理|整理後)?(?:发布|發佈|發布|发表|發表|张贴|張貼|提交|上传|上傳)"
    # phpBB 3's post header in Chinese: "由 晨风 » 2010-08-07 19:33" (the poster, the mark folded to ">", the time).
    r"|\s+[»›>]\s*(?=\d))"
)
# WordPress's translated entry meta under a post (Twenty Ten to Twelve in zh_CN): "本条目发布于2013年4月22日。属于
# 徒步分类，被贴了 武功山 标签。作者是曼璐。" or "本条目发布于行走，并被贴上X标签。作者是林间小溪，发布于…". The
# theme's sentence says 作者是 of the writer only here; in prose "作者是" may name anyone's.
_ENTRY_META = re.compile(
    r"^本[条條]目.{0,120}?作者(?:是|为|為)\s*([^\s:：|/，,。.、；;！？\d]{2,20}?)\s*(?:[，,。.；;]|$)"
)
# A platform's role naming nobody ("本文由百家号作者上传并发布", "本文为大风号作者原创").
ROLE_NOUNS = ("作者", "用户", "用戶", "网友", "網友")
# Metadata naming the writer beside ``declared_authors``: Drupal's Dublin Core creator.
_CREATOR_META = 'meta[name="dcterms.creator"], meta[name="DC.creator"]'


def by_poster(line: str) -> list[str]:
    """The poster a translated ``由 X 於 TIME 發佈`` names: a person's name or a handle, not an outlet or a unit
    (``由新华社于 … 发布`` credits the outlet's release, ``由 办公室 …`` an office: no writer)."""
    match = _BY_POSTED.match(line)
    if match is None or is_outlet(name := match.group(1)) or is_organisation(name):
        return []
    if name.endswith(ROLE_NOUNS):
        return []  # "本文由百家号作者上传并发布": a platform's notice names a role, nobody in it
    return free_names(name)


def entry_meta_author(line: str) -> list[str]:
    """The writer a WordPress theme's translated entry meta names (``…作者是曼璐。``), not an outlet or a unit."""
    match = _ENTRY_META.match(line)
    if match is None or is_outlet(name := match.group(1)) or is_organisation(name):
        return []
    return free_names(name)


def declared_after_by(author: str, tree: LexborHTMLParser) -> str | None:
    """``由小满`` under a writer's label, where the page's metadata declares ``小满``: the theme's "By" glued to
    the name its link holds. Without that metadata a short name after 由 stays whole (a surname)."""
    rest = author[1:].strip()
    if not author.startswith("由") or len(rest) < 2:
        return None
    return rest if rest in _declared(tree) else None


def _declared(tree: LexborHTMLParser) -> set[str]:
    """``declared_authors``, Dublin Core's creator, and the authors of a JSON-LD ``@graph`` (Yoast's schema)."""
    names = set(declared_authors(tree))
    names |= {(node.attributes.get("content") or "").strip() for node in tree.css(_CREATOR_META)}
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text())
        except ValueError:
            continue
        graph = data.get("@graph") if isinstance(data, dict) else None
        for item in graph if isinstance(graph, list) else []:
            author = item.get("author") if isinstance(item, dict) else None
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                names.add(author["name"].strip())
    return names
