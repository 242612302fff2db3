"""An author the page's markup names, when no byline label does: profile links, structured data, name cards.

Blogs, Q&A and review sites, forums, self-media and novel sites print the writer as an unlabelled user name
under the headline: a link to a profile (``/u/123``, ``/people/x``, ``/author/x``, ``space.…/123``,
``space-uid-123.html``), a ``<span class="name">`` beside an avatar, or an element the page marks as the
author (``itemprop="author"``, ``rel="author"``). The page's metadata may declare the author too (JSON-LD
``author``/``creator``, ``<meta name="author">``, ``twitter:creator``). None of these is trusted alone:
commenters, recommended writers and sidebar lists are linked and marked the same way, and metadata often
names the site or carries SEO text. A name counts only when the byline region shows it as a part of its
own (the short lines between the headline and the story: ``bylineregion.meta_bars``) and the element
showing it there is the link, the marked element or the avatar's card (metadata: when the region shows
the declared name unlabelled); a profile card just above the headline counts when it is the only one
there and a time stands beside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.byline import clean_author
from newscorpus.scrapers.bylinebare import OWNED, is_outlet, is_person
from newscorpus.scrapers.bylinebrand import channel_links, site_brands
from newscorpus.scrapers.bylinechrome import is_badge
from newscorpus.scrapers.bylinegrammar import TIME, fold, tokenize
from newscorpus.scrapers.bylinenames import PLACEHOLDERS, is_admin_login
from newscorpus.scrapers.bylineregion import declared_authors, region_indexes
from newscorpus.scrapers.jsonld import ld_objects
from newscorpus.scrapers.profiles import is_profile, profile_shaped
from newscorpus.scrapers.text import clean

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# Link texts that are site chrome, not names.
CHROME = re.compile(
    r"登录|登入|注册|退出|首页|主页|我的|个人中心|设置|关注|粉丝|私信|消息|更多|会员|博客首页|全部|原创|综合|转载"
    r"|关于|联系|帮助|客服|手机|下载|订阅|投稿|反馈|地图|隐私|返回|旧版|新版|版权"
    # A forum's filters at the poster's uid ("只看楼主", "只看该作者", "倒序浏览"): the thread's tools.
    r"|只看|倒序|电梯直达"
    # A poster card's tool links beside the name ("资料 短消息 加为好友", "查看资料"): its profile, messages, friends.
    r"|^(?:查看)?(?:个人)?资料$|^(?:查看)?(?:個人)?資料$|短消息|短訊息|加为好友|加為好友|发消息|發消息"
    # A blog's own menu at the owner's uid (首页 | 博文目录 | 图片 | 关于我): its sections, not the owner's name.
    r"|^(?:图片|圖片|相册|相冊|博文目录|文章目录|目录|留言板?)$"
    # Share targets: a share link's address may carry a uid.
    r"|微博|微信|朋友圈|QQ|空间|豆瓣|分享|(?i:twitter|facebook|weibo|wechat|line|whatsapp|telegram)"
)
# Words of outlets, channels and official accounts anywhere in a name ("凤凰网财经", "某某日报社官方"):
# a brand, which a portal marks up as its author as often as a person.
_BRANDISH = re.compile(r"网|報|报|社|新闻|新聞|频道|頻道|传媒|媒体|官方|官网|编辑部|客户端|电视|杂志|周刊")
# Han glued to Latin letters or digits ("IT之家", "36氪", "39健康网"): a brand's spelling, not a person's.
# A forum handle ending in a number ("莞城打工仔2016") or in one Latin letter ("码农老K", "阿Q") is a user's
# nickname, as brands spell whole Latin words ("腾讯QQ") and are not numbered.
_MIXED = re.compile(r"[A-Za-z0-9][\u4e00-\u9fff]|[\u4e00-\u9fff](?:[A-Za-z](?!$)|\d(?!\d*$))")
_LATIN_PERSON = re.compile(r"[A-Z][a-z.'\-]+(?:\s+[A-Z][a-z.'\-]+){1,3}")
# Elements pages mark as the writer's name. A bare "name" class counts beside an avatar only.
_NAME_CLASSES = frozenset(
    {"author", "writer", "nickname", "nick", "username", "user-name", "uname", "up-name", "author-name", "authorname"}
)
# "user" names an avatar's folder ("/user/42/small.png"), not a users' upload folder ("/user_images/", "/userfiles/"):
# a story's photo there makes its box no writer's card (Ameba's entries, whose first text is the headline).
_AVATAR_WORD = re.compile(
    r"avatar|face|head|portrait|user(?![_\-]?(?:images?|uploads?|files?|photos?|content)\b)|头像", re.IGNORECASE
)
# One ``meta:is(...)``: the engine tests the tag once per element, not once per alternative (~1/3 cheaper).
_DECLARING_META = 'meta:is([name="twitter:creator"], [name="byl"], [name="dc.creator" i], [itemprop~="author"])'
# Kinds of evidence the markup gives for a name (see _evidence).
_DECLARED, _CARD, _LINK = "declared", "card", "link"
# Between a bar's parts; 、 lists several writers ("王家豪、陳思婷", each linked to a profile).
_EDGES = re.compile(r"[|/·•:()（）\[\]【】<>、]")
_PART_EDGE = " |/·•:()（）[]【】<>、"


def markup_author(
    tree: LexborHTMLParser, header: list[str], nodes: list[LexborNode], title: str | None, first: str | None
) -> str | None:
    """The author the markup names and the byline region shows, else None (see the module docstring).

    ``header``: the lines around the headline (``metadata.lines_around_title``), ``nodes``: the block
    element of each, ``first``: the story's first paragraph. The elements of the region's lines that
    hold a part that could be a name are asked what the markup makes of it; most bars hold times and
    labelled fields only, and then the markup is not read at all."""
    region = region_indexes(header, title, first)
    above = list(range(header.index(title))) if title in header else []
    lines = [header[index] for index in [*region, *above]]
    # Each line's parts that could be a name, read once for this test and for each line's evidence.
    nameable = {index: _nameable(header[index]) for index in [*region, *above]}
    if not any(nameable.values()):
        return None
    # The site's and its menus' channel names are nobody's ("国内" beside a channel icon).
    channels = {text for text, href in channel_links(tree).items() if not profile_shaped(href)}
    brands = site_brands(tree) | channels
    declared = {name for name in _declared(tree) if name not in brands}
    for index in region:
        evidence = _evidence(nodes[index], nameable[index], declared)
        if named := [part for part in evidence if part not in brands]:
            return clean_author(" ".join(named))  # the stored form, as every byline field
    # A poster's card just above the headline: linked, alone there, with a time beside it. Not a comment there
    # (a blog's side column of latest comments, "青青子衿：写得真好": the linked name, a colon, what was said).
    linked = {
        part
        for index in above
        for part in _evidence(nodes[index], nameable[index], set(), links_only=True)
        if not _said_by(header[index], part)
    }
    linked -= brands
    if len(linked) != 1 or not any(TIME.search(line) for line in lines[len(region) :] + lines[:1]):
        return None
    return linked.pop()


def _said_by(line: str, name: str) -> bool:
    """``name`` opens ``line`` before a colon and words: a comment's speaker (``青青子衿：写得真好``), where a card's
    label stands before the name (``作者：张三``)."""
    rest = line[len(name) :] if line.startswith(name) else ""
    return rest[:1] in (":", "：") and bool(rest[1:].strip())


def markup_source(tree: LexborHTMLParser, header: list[str]) -> str | None:
    """The outlet an aggregator's JSON-LD names as the ``author`` Organization (the provider, not the
    ``publisher``), when the lines around the headline show it as a part of its own."""
    brands = site_brands(tree)
    names = []
    for item in ld_objects(tree):
        publisher = _org_names(item.get("publisher"))
        names += [name for name in _org_names(item.get("author")) if name not in publisher]
    shown = [name for name in names if name not in brands and 2 <= len(name) <= settings.BYLINE_MAX_SOURCE_CHARS]
    if not shown:
        return None  # most pages: no JSON-LD provider, nothing to look for
    lines = [_unlabelled(line) for line in header]
    return next((name for name in shown[:1] if any(_shows(line, name) for line in lines)), None)


# A source label alone in its element, its value a picture (stcn: <span>来源：<img alt="券商中国"></span>).
_LONE_SOURCE_LABEL = re.compile(r"^(?:来源|來源|稿源|出处|出處)\s*:?$")
# The label over no text in a line of the region: at its end, or before the next label ("来源： 作者：胡飞军 …").
_EMPTY_SOURCE = re.compile(r"(?:来源|來源|稿源|出处|出處)\s*:\s*(?=$|[^\s:]{1,6}:)")


def labelled_logo(tree: LexborHTMLParser, header: list[str]) -> str | None:
    """The outlet a 来源 label shows as a logo in the byline region: the picture's alt text, as a rule's source
    slot holding a linked logo is read (``ruleparse._logo``)."""
    if not any(_EMPTY_SOURCE.search(fold(line)) for line in header):
        return None  # most pages: no label over an empty value under the headline
    for image in tree.css("img[alt]"):
        holder = image.parent
        if holder is not None and _LONE_SOURCE_LABEL.match(fold(holder.text(deep=True))):
            alt = clean(image.attributes.get("alt"))
            # The site's own logo there (东方财富网 on eastmoney) is labelled the source too (README "Bylines").
            shown = 2 <= len(alt) <= settings.BYLINE_MAX_SOURCE_CHARS and not is_badge(alt)
            return alt if shown else None
    return None


def _org_names(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [
        item["name"].strip()
        for item in values
        if isinstance(item, dict) and item.get("@type") == "Organization" and isinstance(item.get("name"), str)
    ]


def unlabelled_parts(lines: list[str]) -> list[str]:
    """The unlabelled parts of ``lines``: between separators, and each word of them."""
    parts = []
    for line in map(_unlabelled, lines):
        segments = [segment.strip() for segment in _EDGES.split(TIME.sub("|", line)) if segment.strip()]
        parts += segments + [word for segment in segments if " " in segment for word in segment.split()]
    return parts


def _declared(tree: LexborHTMLParser) -> list[str]:
    """Names the metadata declares: ``declared_authors`` (meta author, ``article:author``, JSON-LD
    ``author``), JSON-LD ``creator``, the ``twitter:creator`` handle and ``byl``/``dc.creator``."""
    names = declared_authors(tree)
    for node in tree.css(_DECLARING_META):
        content = (node.attributes.get("content") or "").strip().lstrip("@")
        names.append(re.sub(r"^By\s+", "", content))
    creators = [item.get("creator") for item in ld_objects(tree)]
    names += [c if isinstance(c, str) else c.get("name", "") for c in creators if isinstance(c, str | dict)]
    return [fold(name) for name in names if name]


def _nameable(line: str) -> list[str]:
    """The line's unlabelled parts shaped like a name, once each, in the line's order. A nickname's shape
    (``走走停停的阿May``) counts here: it is a name only in a user card, beside an avatar, linked to a profile."""
    return [part for part in dict.fromkeys(unlabelled_parts([line])) if plausible_name(part, set(), handle=True)]


def _evidence(
    block: LexborNode, parts: list[str], declared: set[str], *, links_only: bool = False
) -> dict[str, set[str]]:
    """The ``parts`` of a line (``_nameable``) the markup names, in the line's order, with what names them:
    declared (metadata, ``itemprop``/``rel`` author), a card (a class naming a person-shaped writer, the first
    text beside an avatar), a profile link. ``block``: the element holding the line."""
    if not parts:
        return {}  # no part could be named (a time, a labelled field): the block's elements are not read
    found: dict[str, set[str]] = {part: {_DECLARED} for part in parts if part in declared}
    for count, node in enumerate(block.traverse(include_text=False)):
        if count >= settings.BYLINE_BAR_MAX_ELEMENTS:
            break
        text = _text(node)
        owned = OWNED.match(text)
        part = owned.group(1) if owned else text
        if part not in parts:
            continue
        kinds = found.setdefault(part, set())
        if _linked(node):
            kinds.add(_LINK)
        if links_only:
            continue
        if _marked_author(node):
            kinds.add(_DECLARED)
        if first_beside_avatar(node, part) or (_name_classed(node) and _person_shaped(part)):
            kinds.add(_CARD)
    return {
        part: kinds
        for part in parts
        if (kinds := found.get(part)) and ({_CARD, _LINK} <= kinds or plausible_name(part, set()))
    }


def _linked(node: LexborNode) -> bool:
    """The text is (inside) a link to a profile."""
    for holder in _self_and_ancestors(node, 2):
        if holder.tag == "a":
            return is_profile(holder.attributes.get("href") or "")
    return False


def _marked_author(node: LexborNode) -> bool:
    """The text is marked as the author: ``itemprop="author"`` on it or around it, ``rel="author"``."""
    for holder in _self_and_ancestors(node, 3):
        attributes = holder.attributes
        if "author" in (attributes.get("itemprop") or "").split():
            return True
        if holder.tag == "a" and "author" in (attributes.get("rel") or "").split():
            return True
    return False


def _name_classed(node: LexborNode) -> bool:
    # A class alone is weak: portals class their brand or channel "author" too ("快科技"); it counts for a
    # person-shaped name only (see the caller).
    return any(
        set((holder.attributes.get("class") or "").split()) & _NAME_CLASSES for holder in _self_and_ancestors(node, 1)
    )


def _self_and_ancestors(node: LexborNode, levels: int) -> list[LexborNode]:
    chain = [node]
    while len(chain) <= levels and chain[-1].parent is not None:
        chain.append(chain[-1].parent)
    return chain


def _person_shaped(text: str) -> bool:
    return is_person(text) or _LATIN_PERSON.fullmatch(text) is not None


def first_beside_avatar(node: LexborNode, part: str) -> bool:
    """``part`` is the first text of a card holding an avatar image (the text's parent or grandparent):
    a logo beside an outlet's name or a QR code beside a share label is no avatar, and the card's later
    texts (a place, a time) are no names."""
    for card in _self_and_ancestors(node, 2)[1:]:
        if has_avatar(card):
            texts = [text for raw in card.text(deep=True, separator="\n").split("\n") if (text := fold(raw))]
            return bool(texts) and texts[0] == part
    return False


def avatar_names(tree: LexborHTMLParser) -> set[str]:
    """The alt texts of the images marked as avatars (``<img class=Avatar alt=陆一舟>``): the users they picture."""
    return {
        alt
        for image in tree.css("img[alt]")
        if (alt := fold(image.attributes.get("alt") or ""))
        and _AVATAR_WORD.search(f"{image.attributes.get('class') or ''} {image.attributes.get('src') or ''}")
    }


def has_avatar(card: LexborNode) -> bool:
    """An image marked as an avatar (by its class, address or alt text, or its link's class) among the
    card's first elements: a card is small, a page wrapper is not read through."""
    for count, node in enumerate(card.traverse(include_text=False)):
        if count >= settings.BYLINE_BAR_MAX_ELEMENTS:
            return False
        if node.tag == "img" and is_avatar(node):
            return True
    return False


def is_avatar(image: LexborNode) -> bool:
    """An image marked as an avatar by its class, address or alt text, or its parent's class."""
    attributes = image.attributes
    parent = image.parent
    marks = [attributes.get("class"), attributes.get("src"), attributes.get("alt")]
    marks.append(parent.attributes.get("class") if parent is not None else None)
    return _AVATAR_WORD.search(" ".join(mark or "" for mark in marks)) is not None


def avatar_card_name(image: LexborNode) -> str | None:
    """The first text of the card an avatar opens when the card shows a time after it: the account's card over
    its post, its name in a plain element (``<img class=avatar><div>山城观察</div><div>2023-07-29 21:40</div>``).
    Without the time a picture beside a text is no account's card (a logo in a header marked "head")."""
    for card in _self_and_ancestors(image, 2)[1:]:
        texts = [text for raw in card.text(deep=True, separator="\n").split("\n") if (text := fold(raw))]
        if texts and any(TIME.search(text) for text in texts[1 : settings.ACCOUNT_CARD_TEXTS]):
            return texts[0]
    return None


def _text(node: LexborNode) -> str:
    return fold(clean(node.text(deep=True)))


def plausible_name(name: str, brands: set[str], *, handle: bool = False, any_shape: bool = False) -> bool:
    """A writer's name or handle: short, no address, sentence or time, not the site or an outlet. ``handle``:
    shown in a user card, where Han mixed with Latin letters or digits is a nickname (``皖A自驾狼``).
    ``any_shape``: the markup already made it an account (its avatar links the same profile), so a name shaped
    like an outlet's (``汽车观察社``, ``历史研习社``) is that account's too."""
    if not 2 <= len(name) <= settings.BYLINE_MAX_HANDLE_CHARS or name in PLACEHOLDERS or name in brands:
        return False
    if is_admin_login(name):
        return False  # "kteca-admin": the CMS's login names no writer, in markup as in a label's value
    if is_badge(name):
        return False
    if re.search(r"[/@。，！？,;；:：]|https?|www\.", name) or TIME.search(name) or name.isdigit():
        return False
    if not any_shape and (_BRANDISH.search(name) or is_outlet(name)):
        return False
    if tokenize(name)[1] or (not handle and _MIXED.search(name)):
        return False
    return not CHROME.search(name)


def _unlabelled(line: str) -> str:
    """``line`` without its labelled fields: a name after 编辑/来源 is shown as that field, not as the
    author (CMSs put the editor in ``<meta name="author">``). ``来自: X`` naming no outlet names the poster
    (a douban group's topic), whom only a profile link can make the author."""
    folded = fold(line)
    for item in tokenize(folded)[1]:
        folded = folded.replace(item.label, " ", 1)
        if item.value and (item.label not in ("来自", "來自") or is_outlet(item.value)):
            folded = folded.replace(item.value, " ", 1)
    # "李开心的博客" above a post shows its writer as a part of its own.
    return " ".join(owned.group(1) if (owned := OWNED.match(part)) else part for part in folded.split())


def _shows(line: str, name: str) -> bool:
    start = line.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or line[start - 1] in _PART_EDGE) and (end == len(line) or line[end] in _PART_EDGE):
            return True
        start = line.find(name, start + 1)
    return False
