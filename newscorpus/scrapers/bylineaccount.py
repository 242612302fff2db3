"""The publishing account of a self-media post, shown only in its profile card (README "Bylines": accounts).

A platform's notice (``搜狐号系信息发布平台``, ``本文为自媒体…上传并发布``) says the page is an account's post;
some templates then show the account nowhere near the headline, only in a card beside the story: an
avatar and the account's name linked to its profile (``mp.sohu.com/profile?xpt=…``). Without the notice a
lone card is as often a commenter's or a recommended writer's, so this is read only on such a post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from newscorpus import settings
from newscorpus.errors import InvalidURLError
from newscorpus.scrapers.bylinebare import OWNED, is_person
from newscorpus.scrapers.bylinebrand import BRAND_SPLIT, is_front_link, site_brands
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinegrammar import fold, tokenize
from newscorpus.scrapers.bylinemarkup import (
    CHROME,
    avatar_card_name,
    avatar_names,
    first_beside_avatar,
    has_avatar,
    is_avatar,
    plausible_name,
    unlabelled_parts,
)
from newscorpus.scrapers.bylineposter import profile_linked
from newscorpus.scrapers.profiles import NOT_PROFILE, is_profile, profile_shaped
from newscorpus.urls import canonicalize

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# A platform's profile page named by a query ("/profile?xpt=…"), besides the profile shapes of bylinemarkup.
_PROFILE_QUERY = re.compile(r"/profile\?\w+=")
# A blog platform, in its <title> brand.
_BLOG = re.compile(r"blog|博客|部落格", re.IGNORECASE)
# The blog's own name on a link to its root: its owner, then a few words of theme before the blog word
# ("小胖妞的吃喝玩樂日記", "阿木的读书笔记"); only there, where the root link already says whose blog it is.
_ROOT_OWNED = re.compile(r"^(.{2,12}?)的.{0,6}?(?:博客|部落格|日记|日記|日志|誌|笔记|筆記|札记|札記)$")
# A follow button's words, and the button as a line of an account's card: "+ 关注", "+订阅", "加关注".
_FOLLOW_WORDS = ("关注", "订阅", "關注", "訂閱")
_FOLLOW_BUTTON = re.compile(r"[+＋]?\s*加?(?:{})".format("|".join(_FOLLOW_WORDS)))
# An address's host label or first folder that names a blog (whole words only: "x-blogs" is a site's name).
_BLOG_WORDS = frozenset({"blog", "blogs"})
# A blog host's first labels that name the platform or its edition, not an account.
_PLATFORM_HOST_LABELS = frozenset({"www", "m", "wap", "blog", "blogs", "home", "my", "i", "space", "user"})
# A site generator's folder for every post (Hugo's and Hexo's "/posts/x/", "/archives/123"): the one blog's
# own folder, no account's (its link reads "文章", the menu's word for it).
_POST_FOLDERS = frozenset({"posts", "post", "p", "article", "articles", "archives", "archive", "entry", "entries"})
# Elements a blog template marks as its owner's name: "ownernick", "blogname", "blog-owner".
_OWNER_MARKS = '[id*="owner" i], [class*="owner" i], [id*="blogname" i], [class*="blogname" i]'


def account_card(tree: LexborHTMLParser) -> str | None:
    """The first name linked to a profile that opens a card with an avatar (the account's card), or whose
    profile the avatar links too (the avatar and the name in sibling boxes of a hashed template)."""
    avatar_links: set[str] | None = None
    pictured: set[str] | None = None  # the names avatars' alt texts give, read once
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if not (profile_shaped(href) or _PROFILE_QUERY.search(href)):
            continue
        name = fold(link.text(deep=True))
        # Returned only beside its avatar or with the avatar linking the same profile: the card makes it an
        # account whatever its name is shaped like (README: an account's post names it whatever its shape).
        if not name or CHROME.search(name) or not plausible_name(name, set(), any_shape=True):
            continue
        if first_beside_avatar(link, name):
            return name
        if pictured is None:
            pictured = avatar_names(tree)
        if name in pictured:
            return name  # an avatar elsewhere in the card names it (<img class=Avatar alt=X> a box apart)
        if avatar_links is None:
            avatar_links = {_profile_key(link) for link in _avatar_links(tree)}
        if _profile_key(href) in avatar_links:
            return _card_name(tree, href) or name
    return None


def _profile_key(href: str) -> str:
    """A profile's address without the click tracking that tells the avatar's link from the name's
    (``…/profile?xpt=…&spm=….author.1.…`` and ``….author.2.…``): one profile either way."""
    try:
        return canonicalize(href)
    except InvalidURLError:
        return href  # a relative link: compared as written


def followed_card(tree: LexborHTMLParser, *, follow: bool = True) -> str | None:
    """The account of a profile card with a follow button (an avatar and a name linking one profile, then
    ``+ 关注``/``订阅``): a platform's card of the account that published the post, wherever the page puts it
    (企鹅号's right column); or of a writer's card whose portrait's alt text is the person's name. None when the page
    shows no such card, or more than one (a list of accounts). ``follow``: the page shows a follow button's
    words somewhere (without them only a portrait card is looked for)."""
    names: set[str] = set()
    portraits = _portraits(tree)  # every card links its profile from a picture too: only those addresses count
    if not portraits:
        return None
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        pictured = portraits.get(href)
        if pictured is None or not href or href.startswith(("#", "javascript")) or is_front_link(href):
            # Most links: no picture links their address, their text unread. The site's logo links its front
            # page (a forum's <a href=index.php><img alt=金陵茶馆>): the site, no writer's portrait.
            continue
        name = fold(link.text(deep=True))
        if not name or CHROME.search(name):
            continue
        if name in pictured and is_person(name):
            names.add(name)  # a writer's page by any address (观察者网's /ZhangXiaoMing)
        elif follow and profile_shaped(href) and plausible_name(name, set(), any_shape=True) and _followed_box(link):
            names.add(name)  # the avatar links the same profile, a follow button beside: the account's card
    return names.pop() if len(names) == 1 else None


def shows_follow(tree: LexborHTMLParser, lines: list[str]) -> bool:
    """The page shows a follow button's words: in its walked lines, or on a <button> (which the walk skips)."""
    if any(word in line for line in lines for word in _FOLLOW_WORDS):
        return True
    return any(word in button.text() for button in tree.css("button") for word in _FOLLOW_WORDS)


def _portraits(tree: LexborHTMLParser) -> dict[str, set[str]]:
    """For each address a picture links, the pictures' alt texts (maybe none): an account's card links its
    profile from its avatar, a writer's card the writer's page from a portrait named for him (观察者网's column
    card: <a href=/ZhangXiaoMing><img alt=张晓明></a>), each from the name too. One query a page."""
    found: dict[str, set[str]] = {}
    for picture in tree.css("a[href] img"):
        link = picture.parent
        while link is not None and link.tag != "a":
            link = link.parent
        if link is not None:
            alts = found.setdefault(link.attributes.get("href") or "", set())
            if alt := fold(picture.attributes.get("alt") or ""):
                alts.add(alt)
    return found


def _followed_box(link: LexborNode) -> LexborNode | None:
    """The link's card (up to ``BYLINE_CARD_DEPTH`` ancestors) when a line of it is a follow button."""
    node: LexborNode | None = link
    for _ in range(settings.BYLINE_CARD_DEPTH):
        node = node.parent if node is not None else None
        if node is None:
            return None
        lines = (line.strip() for line in node.text(deep=True, separator="\n").split("\n"))
        if any(_FOLLOW_BUTTON.fullmatch(line) for line in lines if line):
            return node
    return None


def _card_name(tree: LexborHTMLParser, href: str) -> str | None:
    """The name a link to ``href`` prints first beside the avatar: the profile's own card names its account, and
    another text linking there (the post's IP region ``发布于：河南省``, ``查看TA的文章``) is a caption of it."""
    for link in tree.css("a[href]"):
        if (
            link.attributes.get("href") == href
            and (name := fold(link.text(deep=True)))
            and first_beside_avatar(link, name)
        ):
            return name if plausible_name(name, set(), any_shape=True) else None
    return None


def profile_before_story(tree: LexborHTMLParser, body: LexborNode | None) -> str | None:
    """The first plausible name linked to a profile before the story's body: on a platform whose every page is
    an account's post, another template's header prints the account so even without an avatar (``<a
    href=author.baidu.com/home?…>家居设计小王</a> 发布时间：… 百家号``). Could misfire on a left column of
    recommended accounts printed before the story; the reading stops where the story starts."""
    if body is None or tree.body is None:
        return None
    for link in tree.body.traverse():
        if link.mem_id == body.mem_id:
            return None
        if link.tag != "a":
            continue
        href = link.attributes.get("href") or ""
        if not (profile_shaped(href) or _PROFILE_QUERY.search(href)):
            continue
        name = fold(link.text(deep=True))
        if name and not CHROME.search(name) and plausible_name(name, set()):
            return name
    return None


def avatar_card_before_story(tree: LexborHTMLParser, body: LexborNode | None) -> str | None:
    """The name an account's card prints beside its avatar and over the post's time, linked to nothing, before
    the story's body: on a platform whose every page is an account's post, a template (a mobile page) that
    links neither the name nor the avatar to the profile. A picture no class or address marks as an avatar
    (hashed classes, a CDN's address) is one when its card holds a follow button (``关注``) too."""
    if body is None or tree.body is None:
        return None
    for node in tree.body.traverse():
        if node.mem_id == body.mem_id:
            return None
        if node.tag != "img" or not (is_avatar(node) or _followed_box(node) is not None):
            continue
        if (name := avatar_card_name(node)) is None:
            continue
        # A user's card: Han mixed with Latin letters or digits is a nickname there (README "accounts").
        if not CHROME.search(name) and plausible_name(name, set(), handle=True, any_shape=True):
            return name
    return None


def _avatar_links(tree: LexborHTMLParser) -> set[str]:
    """The addresses of links wrapping an avatar image (``<a href=profile><img src=…/avatar.jpeg></a>``): an
    image marked as an avatar, or any picture linked to a profile (``<a href=/profile?xpt=…><img src=…/a1b2.jpeg>``:
    a platform's card need not call its picture an avatar; a picture linking to a user is that user's)."""
    return {
        href
        for image in tree.css("a[href] > img")
        if image.parent is not None
        and (href := image.parent.attributes.get("href"))
        and (has_avatar(image.parent) or _is_profile(href))
    }


def _is_profile(href: str) -> bool:
    return is_profile(href) or (_PROFILE_QUERY.search(href) is not None and NOT_PROFILE.search(href) is None)


def account_link(tree: LexborHTMLParser, header: list[str]) -> str | None:
    """The account a post's header line shows as a part of its own, linked to its profile (``历史研习社`` ->
    ``/mediaShare/home/123/media``). Named like a brand or an outlet as accounts often are (研习社, 观察):
    read only on a post a platform's notice marks, and never the site's own name."""
    parts = set(unlabelled_parts([fold(line) for line in header]))
    brands = site_brands(tree)
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if not is_profile(href):
            continue
        name = fold(link.text(deep=True))
        if name in parts and _account_shaped(name) and name not in brands:
            return name
    return None


def _account_shaped(name: str) -> bool:
    return 2 <= len(name) <= settings.BYLINE_MAX_HANDLE_CHARS and not CHROME.search(name) and not tokenize(name)[1]


def blog_owner(tree: LexborHTMLParser, lines: list[str]) -> str | None:
    """A blog post's writer, named by ``<title>`` between the post's headline and the platform's name
    (``标题_杨树林_新浪博客``, ``标题 - 晓风 - 博客园``, ``标题_码农小王的博客-CSDN博客``, an SEO keyword after it
    too) and shown by the page as its blog's name (a line or a link ``晓风的博客``), linked (to a profile, or
    anywhere when the title calls it the blog of that name), or marked as the blog's owner (``id="ownernick"``,
    ``class="blogname"``). A channel between headline and site (``标题_财经频道_新浪网``) is neither. The
    headline is not matched: a blog template's headline is often read wrong (the blog's motto, the time line)."""
    node = tree.css_first("title")
    parts = BRAND_SPLIT.split(node.text().strip()) if node is not None else []
    if len(parts) < 3:
        return None
    owned_at = next((index for index, part in enumerate(parts[1:], 1) if OWNED.match(part)), None)
    owned = OWNED.match(parts[owned_at if owned_at is not None else -2])
    name = fold(owned.group(1) if owned else parts[-2])
    if not plausible_name(name, site_brands(tree)):
        return None
    if any(_names_blog(fold(line), name) for line in lines):
        return name
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        # The address first: most links are no profile, and their texts need not be read.
        if not (owned or is_profile(href)):
            continue
        if (text := fold(link.text(deep=True))) == name or _names_blog(text, name):
            return name
    return name if any(fold(marked.text(deep=True)) == name for marked in tree.css(_OWNER_MARKS)) else None


def _names_blog(text: str, name: str) -> bool:
    """``text`` calls itself the blog of ``name`` (``晓风的博客``)."""
    return text.startswith(name + "的") and (match := OWNED.match(text)) is not None and match.group(1) == name


def root_owner(tree: LexborHTMLParser, url: str | None, *, folder: bool = False) -> str | None:
    """A blog post's writer linked by name to the blog's root, on a platform that files each blog's posts in
    a folder named for its account (``cnblogs.com/lzhou-dev/p/1.html`` linking ``lzhou-dev`` to
    ``/lzhou-dev/``, CSDN's ``/weixin_43921877/article/details/N``) or on a host named for it
    (``xiaoyu.blog.hexun.com/1_d.html`` linking ``xiaoyu.blog.hexun.com/``). Only on a blog (its host or
    ``<title>`` says so): a news site's first folder is a channel, and its front page is named like one.
    ``folder``: the last resort where only the address's ``/blog/`` folder says so (``_blog_folder``)."""
    url = url or _own_blog_root(tree)
    if not url:
        return None
    titled = _is_blog(tree, url)
    if titled == folder or (folder and not _blog_folder(url)):
        return None
    page = urlsplit(url)
    account, *inside = [part for part in page.path.split("/") if part] or [""]
    on_host = _host_account(page.netloc)
    if not on_host and (not inside or account.lower() in _POST_FOLDERS):
        return None  # no post inside a folder of its own, nor on a host of its own
    roots = {"", "blog"} if on_host else {account}
    brands = site_brands(tree)
    nicknames: list[str] = []  # Han mixed with Latin ("落叶知秋Lee"): a nickname if a profile link shows it too
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if not on_host and account not in href:
            continue  # the address first: most links never name the account's folder
        target = urlsplit(urljoin(url, href))
        # A query or a fragment routes to a view inside the blog ("/blog/#m=0&c=…" a category), not its root.
        if target.netloc != page.netloc or target.path.strip("/") not in roots or target.query or target.fragment:
            continue
        text = fold(link.text(deep=True))
        owned = OWNED.match(text) or _ROOT_OWNED.match(text)
        if owned is None and not titled:
            continue  # only the folder says blog: the link must read as the blog's name
        name = fold(owned.group(1)) if owned else text
        if is_bar_tool(name):
            continue  # "阅读(367)", "评论(7)": the post's counters link to the blog too
        if name and plausible_name(name, brands):
            return name
        if name and plausible_name(name, brands, handle=True):
            nicknames.append(name)
    linked = profile_linked(tree) if nicknames else set()
    return next((name for name in nicknames if name in linked), None)


def _own_blog_root(tree: LexborHTMLParser) -> str | None:
    """The root of the blog a page without an address of its own belongs to (an archived 网易博客 fragment):
    the account's blog host its links name most, its own navigation and posts, at least
    ``BYLINE_OWN_BLOG_MIN_LINKS`` times and more than every other host together (a commenter's or a friend's
    blog is linked once or twice)."""
    counts: dict[str, int] = {}
    for link in tree.css('a[href^="http"]'):
        host = urlsplit(link.attributes.get("href") or "").netloc.lower()
        if _host_account(host) and _BLOG_WORDS.intersection(host.split(".")[:-1]):
            counts[host] = counts.get(host, 0) + 1
    if not counts:
        return None
    host, most = max(counts.items(), key=lambda item: item[1])
    rest = sum(counts.values()) - most
    return f"http://{host}/" if most >= settings.BYLINE_OWN_BLOG_MIN_LINKS and most > rest else None


def _host_account(host: str) -> bool:
    """``xiaoyu.blog.hexun.com``, ``xiaoyu.pixnet.net``: a blog host whose first label is an account, not the
    platform's own (``www.``, ``blog.``, ``m.``)."""
    labels = host.lower().split(".")
    return len(labels) >= settings.BYLINE_ACCOUNT_HOST_LABELS and labels[0] not in _PLATFORM_HOST_LABELS


def _is_blog(tree: LexborHTMLParser, url: str) -> bool:
    """The page's ``<title>`` brand or its host names a blog platform (``…_博客园``, ``blog.csdn.net``, a host
    label ``blog`` anywhere: ``xiaoyu.blog.163.com``, whose archived fragment may keep no ``<title>``). A host
    merely named like one (``www.x-blogs.cn``) files channels there."""
    if _BLOG_WORDS.intersection(urlsplit(url).netloc.lower().split(".")[:-1]):
        return True
    node = tree.css_first("title")
    return node is not None and _BLOG.search(node.text()) is not None


def _blog_folder(url: str) -> bool:
    """An account's own host filing its posts under ``/blog/`` (``xiaoyu.pixnet.net/blog/post/1``): weaker than
    a blog title or host (a news site may file a channel so), so only a root link shaped as the blog's name
    (``X的…日記``) names its owner there."""
    address = urlsplit(url)
    folders = [part for part in address.path.lower().split("/") if part]
    return _host_account(address.netloc) and bool(folders) and folders[0] in _BLOG_WORDS


def item_author(body: LexborNode) -> str | None:
    """The author the story's own microdata item names: the nearest element around the body marked
    ``itemscope`` (an answer, a post), its ``itemprop="author"`` element's name (``<meta itemprop="name">``
    or its text), shown there as text too (a link to the writer's page). A Q&A page's answer is read so
    when the lines under the headline hold the question, not the answerer."""
    item = body
    for _ in range(settings.BYLINE_ITEM_LEVELS):
        if "itemscope" in item.attributes or item.parent is None:
            break
        item = item.parent
    if "itemscope" not in item.attributes or (author := item.css_first('[itemprop~="author"]')) is None:
        return None
    meta = author.css_first('meta[itemprop="name"]')
    shown = fold(author.text(deep=True))
    name = fold((meta.attributes.get("content") or "") if meta is not None else shown)
    return name if name and name in shown and plausible_name(name, set()) else None
