"""The site's own name and its channels, told apart from other outlets in the bar (README "Bylines").

A meta bar under the headline often prints the site's name or one of its channels beside the time
(``2017-09-12 07:21 北青网`` on ynet, ``凤凰网历史`` on ifeng's history channel, a Japanese site's name in a
span). Since session 27 the site's own name there is the source, as the natural batches' writers label it (the
site published the story), unless the bar names another outlet after it (``胶东在线 TIME 烟台日报``: where the
story came from); a channel of the site names no outlet. ``来源：新华网`` on xinhuanet is shown as the source, so
a labelled value always stands. The site's names come from its markup: ``og:site_name``,
``application-name``, and the last part of ``<title>`` when a link to a site's front page (the logo, the
home link, a channel's front) or the copyright footer shows it too: some reprinting sites close the title
with the story's outlet (``标题_海峡晨报``), and that is no brand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.bylinegrammar import SOURCE, fold, is_lone_label, tokenize
from newscorpus.scrapers.bylinelabels import canonical
from newscorpus.scrapers.bylinenames import outlet
from newscorpus.scrapers.bylinesource import outlet_dateline

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_FROM = "来自"
_COPYRIGHT = re.compile(r"版权|版權|©|(?i:copyright)")
BRAND_SPLIT = re.compile(r"\s*[-_|｜–—]\s*")
# A site's or a channel's front page: "/", "http://history.ifeng.com/", "//www.example.cn/index.html".
# What a paper's or a broadcaster's site adds to its name: "明報新聞網", "北青网", "NHKニュース".
# A mobile edition's title adds its own ("人民网手机版").
_WEB_WORDS = frozenset(
    {
        "网",
        "網",
        "新闻网",
        "新聞網",
        "网站",
        "網站",
        "官网",
        "官網",
        "在线",
        "在線",
        "ニュース",
        "手机版",
        "手機版",
        "移动版",
        "触屏版",
    }
)
# A mobile edition's word before the site's name ("手机大河网", "手机凤凰网"): the site's name still.
_MOBILE_WORDS = ("手机", "手機")
_APP_WORDS = frozenset({"客户端", "客戶端", "APP", "App", "app"})
# A channel's front: a folder path of letters only, on this site or another host.
_CHANNEL = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/(?:[A-Za-z_-]+/)*$")
# The links _CHANNEL can match: an href ending in "/" (or in "/" and one newline, where its "$" matches too;
# "\a " is CSS's newline). lexbor picks them, so a page's hundreds of story links are never read in Python.
_CHANNEL_LINKS = 'a[href$="/"], a[href$="/\\a "]'
# A domain in brackets closing the <title>'s brand: "央视网(cctv.com)", "新浪网（sina.com.cn）".
_DOMAIN_AFTER = re.compile(
    r"\s*[(（](?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|hk|tw)[)）]$", re.IGNORECASE
)
# A front page's address: the site's root, or its index file (a forum's index.php, an ASP site's default.asp).
_FRONT = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:(?:index|default)\.(?:s?html?|php|aspx?|jsp))?$", re.IGNORECASE)


def is_front_link(href: str) -> bool:
    """``href`` opens a site's front page (``/``, ``index.php``, ``http://history.ifeng.com/``)."""
    return _FRONT.match(href) is not None


def site_brands(tree: LexborHTMLParser | LexborNode) -> set[str]:
    """The site's own names: ``og:site_name``, ``application-name`` and the last part of ``<title>``."""
    return _brands(_declared_names(tree), _title_parts(tree))


def names_site(tree: LexborHTMLParser | LexborNode, name: str) -> bool:
    """``name`` is one of the site's own names (``site_brands``), or one less its web or mobile word."""
    return any(_names_site(name, brand) for brand in site_brands(tree))


def _brands(declared: set[str], parts: list[str]) -> set[str]:
    # "标题_作者_新浪博客": the site's name closes the title, a blog's writer is inside.
    return (declared | {_DOMAIN_AFTER.sub("", parts[-1])} if len(parts) > 1 else declared) - {""}


def _names_own_domain(parts: list[str]) -> bool:
    """The <title> closes with the site's name and its domain in brackets (``…_新闻频道_央视网(cctv.com)``): a
    site names itself so, never an outlet it reprints, so that name is shown as the site's own."""
    return len(parts) > 1 and _DOMAIN_AFTER.search(parts[-1]) is not None


def _title_parts(tree: LexborHTMLParser | LexborNode) -> list[str]:
    title = tree.css_first("title")
    return BRAND_SPLIT.split(title.text().strip()) if title is not None else []


def _names_site(source: str, brand: str) -> bool:
    """``source`` is the brand, or the brand without its web word (明報 of 明報新聞網, 北青 of 北青网) or its
    mobile edition's (大河网 of 手机大河网)."""
    for word in _MOBILE_WORDS:
        if brand.startswith(word) and len(brand) > len(word) + 1:
            brand = brand[len(word) :]
    if source.startswith(brand) and source[len(brand) :].strip() in _APP_WORDS:
        return True  # "潮新闻客户端" of 潮新闻: the site's own app, named in its reporters' credits
    return source == brand or (brand.startswith(source) and brand[len(source) :].strip() in _WEB_WORDS)


_DECLARED = 'meta[property="og:site_name"], meta[name="application-name"]'


def _declared_names(tree: LexborHTMLParser | LexborNode) -> set[str]:
    return {(node.attributes.get("content") or "").strip() for node in tree.css(_DECLARED)}


def _footer_shows(lines: list[str], brands: list[str]) -> bool:
    """The copyright footer (a copyright line among the page's last lines) names a brand: the site's own
    name whatever else its <title> says (a reprinting site's footer names the site, not the outlet it
    reprints). Lines, not a page walk: the caller's page lines end with the footer."""
    footer = [line for line in lines[-settings.BYLINE_FOOTER_LINES :] if _COPYRIGHT.search(line)]
    return any(brand in line for line in footer for brand in brands)


def _front_link_shows(tree: LexborHTMLParser, name: str) -> bool:
    """A link to a front page (``/``, ``http://history.ifeng.com/``) whose text or logo's alt is ``name``."""
    for link in tree.css("a[href]"):
        if not is_front_link(link.attributes.get("href") or ""):
            continue
        alts = {(img.attributes.get("alt") or "").strip() for img in link.css("img")}
        if name == fold(link.text(deep=True)) or name in alts:
            return True
    return False


# The fewest items a menu row shows besides the label's word (a bar "作者 张三" is two parts).
_MENU_ITEMS = 4
_CRUMB_MARKS = frozenset({">", "»", "›"})
_BREADCRUMB = re.compile(r"^(?:首页|主页|网站首页|当前位置:?|您的位置:?|位置:)\s*(?:[>»]\s*\S+\s*){2,}$")


def channel_links(tree: LexborHTMLParser) -> dict[str, str]:
    """Texts of links to a channel's front (``/gn/``, ``/news/local/``, ``http://history.ifeng.com/``), with
    their addresses: the menus' channel names (the caller leaves out profile addresses, ``/author/x/``)."""
    return {
        text: href
        for link in tree.css(_CHANNEL_LINKS)
        if _CHANNEL.match(href := link.attributes.get("href") or "") and (text := fold(link.text(deep=True)))
    }


def without_menu_labels(tree: LexborHTMLParser, lines: list[str]) -> list[str]:
    """``lines`` with a menu's item that is a credit label's word blanked (``作者`` linking to the site's
    ``/shiren/`` channel), and a menu row or breadcrumb holding one: it labels nothing, so the next item
    (``古籍``) is no value. Lines stay in place."""
    lone = {line for line in lines if is_lone_label(fold(line))}
    # A menu read as one line: "首页 诗文 作者 名句 古籍 成语", a label's word among the items.
    rows = {line for line in lines if _menu_row_shaped(fold(line))}
    # A breadcrumb's 作者 is a section of the site ("首页 > 作者 > 王维 > 山居秋暝"), no label.
    crumbs = {line for line in rows if _BREADCRUMB.match(fold(line))}
    if not lone and not rows:
        return lines  # most pages: no lone label among the lines, the links are not read
    menu = {text for text in channel_links(tree) if text in lone}
    if rows:
        # Every item a whole link's text: a menu, whose 作者 labels nothing (a label's value is no link of its own).
        texts = {fold(link.text(deep=True)) for link in tree.css("a[href]")}
        menu |= {line for line in rows if all(part in texts for part in fold(line).split())} | crumbs
    return ["" if line in menu else line for line in lines]


def _menu_row_shaped(line: str) -> bool:
    parts = [part for part in line.split() if part not in _CRUMB_MARKS]
    return len(parts) >= _MENU_ITEMS and any(is_lone_label(part) for part in parts)


def unlabelled_brand(tree: LexborHTMLParser, source: str | None, lines: list[str]) -> bool:
    """``source`` is the site's own name and no line labels it as the source."""
    if not source:
        return False
    declared, parts = _declared_names(tree), _title_parts(tree)
    brands = _brands(declared, parts)
    # Some sites lead their <title> with their name ("大河网-标题"): a front link or the footer must show it
    # too, as the headline (the first part on most pages) never is.
    head = {parts[0]} if len(parts) > 1 and parts[0] else set()
    own = [brand for brand in brands | head if _names_site(source, brand)]
    # The footer may name the site without its web or mobile word ("人民网版权所有" on "…--人民网手机版").
    # Where neither <title> nor the markup names the site, its copyright footer still does: the unlabelled
    # name beside the time that the footer claims as its own is the site's brand ("第一财经 版权所有").
    # Not when the page shows another name for itself (四川在线 in <title> and its logo's link): then a footer
    # naming the source (``四川日报网络传媒发展有限公司 版权所有``) names the site's owner, and the source is the paper.
    if own and not any(_names_site(source, name) for name in declared) and _shows_other_name(tree, declared):
        # "…_政治_中國時報" on a site declaring 中時電子報, its logo's front link saying so: the <title> closes with
        # the print paper the story ran in, and that paper is the source.
        return False
    if own:
        footer = _footer_shows(lines, [*own, source])
    else:
        footer = not any(_front_link_shows(tree, brand) for brand in brands) and _footer_shows(lines, [source])
    shown = any(brand in declared or _front_link_shows(tree, brand) for brand in own) or footer
    shown = shown or (bool(own) and _names_own_domain(parts))  # "…_央视网(cctv.com)": the site names itself
    if not shown and not _own_channel(tree, source, brands):
        return False
    return not labelled(source, lines)


def _shows_other_name(tree: LexborHTMLParser, declared: set[str]) -> bool:
    """The site declares a name for itself that its logo's (or home link's) front link shows too."""
    return any(_front_link_shows(tree, name) for name in declared if name)


def labelled(source: str, lines: list[str]) -> bool:
    """A line (or a short label line before it) labels ``source`` as the story's source."""
    for index, line in enumerate(lines):
        if source not in line:
            continue
        # "<dt>来源：</dt><dd>北京市海淀区人民法院</dd>": the label stands in the element before the value.
        label = lines[index - 1] if index and len(lines[index - 1]) <= settings.BYLINE_LABEL_CHARS else ""
        if _labels_source(line, source) or (label and _labels_source(f"{label}:{line}", source)):
            return True
    return False


def site_channel(tree: LexborHTMLParser, source: str, lines: list[str]) -> bool:
    """``source`` is a channel of the site (``凤凰网历史`` on ``…_凤凰网``, linked to its front) that no line labels:
    the shelf the page is filed on, no outlet (README "Bylines"), where the site's own name is the source."""
    brands = _brands(_declared_names(tree), _title_parts(tree))
    return _own_channel(tree, source, brands) and not labelled(source, lines)


def _own_channel(tree: LexborHTMLParser, source: str, brands: set[str]) -> bool:
    """``source`` is a channel of the site: its name led by the site's (``凤凰网历史`` on ``…_凤凰网``) and
    linked to that channel's front (``//history.ifeng.com/``)."""
    return any(source.startswith(brand) and source != brand for brand in brands) and _front_link_shows(tree, source)


def _labels_source(line: str, source: str) -> bool:
    """A label names ``source`` the story's source; ``来自：`` before the site's own name or channel says
    where the page is published (a 大风号 post ``来自：凤凰网历史``), not where the story came from. A wire
    dateline's reporter credit names it too (``（東台灣新聞網記者X花蓮15日電）``: filed for that outlet)."""
    if line[:1] in "（(【[" and outlet_dateline(line) == source:
        return True
    # The page's text glues a bar's elements ("来源：新京报网</span><span>体育"): a labelled value opening
    # with the source labels it.
    return any(
        item.kind == SOURCE and canonical(item.label) != _FROM and (outlet(item.value) or "").startswith(source)
        for item in tokenize(fold(line))[1]
    )


def without_brand_lead(tree: LexborHTMLParser, author: str | None) -> str | None:
    """``author`` less a first word naming the site itself (``（文/汽车之家 郑东豪）`` credits 郑东豪 of the site
    whose <title> closes with 汽车之家): the writer's employer, as 文｜财新 张三 names 财新's writer."""
    words = (author or "").split()
    if len(words) < 2:
        return author
    brands = _brands(_declared_names(tree), _title_parts(tree))
    return " ".join(words[1:]) if any(_names_site(words[0], brand) for brand in brands) else author
