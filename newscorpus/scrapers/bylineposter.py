"""A forum thread's poster, shown in the first post's user card above its subject (README "Bylines": long-tail
pages, ``楼主``/``发帖人``).

Discuz and phpwind print each floor as a table row: the poster's card (the name linked to the profile, then the
card's stats, ``级别: 中级会员``, ``发帖: 356``, ``注册时间: …``) in the left cell, the post (``楼主``, the time,
the subject, the text) in the right one. Read as text, the name stands several lines above the subject, further
up than the byline region goes; the stats under it are what tell a poster's card from a menu or a sidebar.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.bylinegrammar import TIME, fold, join_dangling_labels, tokenize
from newscorpus.scrapers.bylinelabels import AUTHOR
from newscorpus.scrapers.bylinemarkup import CHROME, plausible_name
from newscorpus.scrapers.bylineregion import title_end
from newscorpus.scrapers.profiles import is_profile

# How far over the card's first stat its name may stand (a user group or a title line between them).
_NAME_REACH = 3
# ... and a labelled name (作者：X), which says what it is: its label and value may stand in two cells, the time's
# label and value and the stat's own number between it and the stat.
_LABELLED_REACH = 6

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# A user card's stats: "级别: 中级会员", "发帖: 1382", "精华: 6", "威望: 210 点", "注册时间: 2009-04-17"; the word
# and its value apart (a colon, a space, or the word alone, its value in the next element): "发帖回复", the
# thread's buttons over the card, is no stat.
_STAT = re.compile(
    r"^(?:级别|級別|等级|等級|发帖|發帖|帖子|主题|主題|精华|精華|威望|积分|積分|金钱|金錢|注册时间|註冊時間|在线时间|UID"
    r"|用户组|用戶組|头衔|頭銜"
    # dvbbs', phpBB's and vBulletin's cards: "发贴：356", "注册: 2010-03-02", "Posts: 1,204", "Join Date: Mar 2010".
    r"|发贴|發貼|帖数|帖數|注册|註冊|经验|經驗|声望|聲望|Posts|Joined|Join Date|Reputation)"
    r"(?:\s*[:：]|\s+\S|\s*$|(?=\d))"
)
# A window title's parts: "subject - board - forum - powered by …", "subject_board_forum".
_TITLE_PARTS = re.compile(r"\s+[-|–—]\s+|_|\s*\|\s*")
# The last alternative: phpwind 9 prints word and count in two inline elements (<em>发帖</em><span>23</span>),
# read as one line "发帖23"; a digit right after the word is its value as a colon would announce it.


def thread_poster(tree: LexborHTMLParser, lines: list[str], title: str | None) -> str | None:
    """The first post's poster: a profile-linked name at most a few lines over the first card stat, among the
    lines above the subject (phpwind, Discuz's floors beside it) or, without a card there, under it (Discuz X
    prints the subject once over every floor, the first card below it is the thread starter's); else the
    profile-linked name beside the first floor's own mark (``楼主``) when the card shows no stats."""
    end = title_end(lines, title)
    if end is None:
        end = title_end(lines, _subject(tree))
    if end is None:
        return None
    return _card_poster(tree, lines, end) or _floor_poster(tree, lines, end)


# The first floor's mark in its header (Discuz X's ``<a id="postnum…">楼主</a>``); "只看楼主" is a tool.
_FIRST_FLOOR = frozenset({"楼主", "樓主"})


def _floor_poster(tree: LexborHTMLParser, lines: list[str], end: int) -> str | None:
    """A card showing only the name and a rank (``北方的狼Tony`` / ``版主`` / ``楼主`` / ``发表于 …``): the name
    linked to a profile a few lines over the first floor's mark, or right after it, under the subject."""
    window = lines[end : end + settings.BYLINE_POSTER_LINES]
    mark = next((index for index, line in enumerate(window) if line.strip() in _FIRST_FLOOR), None)
    if mark is None:
        return None
    after = window[mark + 1 : mark + 1 + _NAME_REACH]
    # After the mark only the floor's header counts ("楼主 X 发表于 …"): past its time runs the post, then the
    # next floor's card.
    stamp = next((index for index, line in enumerate(after) if TIME.search(line) or "发表" in line), len(after))
    near = [*reversed(window[max(0, mark - _NAME_REACH) : mark]), *after[:stamp]]
    names = [name for name in map(fold, near) if plausible_name(name, set(), handle=True)]
    linked = profile_linked(tree) if names else set()
    return next((name for name in names if name in linked), None)


def _card_poster(tree: LexborHTMLParser, lines: list[str], end: int) -> str | None:
    start = max(0, end - settings.BYLINE_POSTER_LINES)
    linked: set[str] | None = None  # the names linked to a profile, gathered once, when a name is to test
    for first, last in ((start, end - 1), (end, end + settings.BYLINE_POSTER_LINES)):
        stats = [index for index in range(first, min(last, len(lines))) if _STAT.match(lines[index])]
        while stats and first == start and (up := _stat_over(lines, stats[0])) is not None:
            # The card runs on up past the window (Discuz 7: eight stats, their values and the floor's tools
            # between the name and the subject): its first stat, and the name over it, lie further up.
            stats.insert(0, up)
        # Every stat is tried, the first first: a thread's buttons over the card ("发帖" "回复", the word alone)
        # read as a stat with no name over it, and the card's own stats follow.
        for stat in stats:
            if (labelled := _labelled_writer(lines[max(0, stat - _LABELLED_REACH) : stat])) is not None:
                return labelled  # a card whose name is labelled (作者：X, 楼主：X) needs no profile link
            names = [fold(line) for line in lines[max(0, stat - _NAME_REACH) : stat]]
            names = [name for name in reversed(names) if plausible_name(name, set(), handle=True)]
            linked = linked if linked is not None or not names else profile_linked(tree)
            found = next((name for name in names if linked is not None and name in linked), None)
            if found is not None or stat == stats[-1]:
                return found
    return None


def _labelled_writer(lines: list[str]) -> str | None:
    """The name a writer's label gives in the card's lines over its stat, the nearest first: the label says
    what a profile link would (a template printing ``2010-09-14 21:37 作者：X`` over the stats, no link; or
    ``作者：`` and ``X`` in two cells, further up). Only a label with its colon: a column's header
    (``作者信息`` over the card) is no label."""
    for folded in reversed(join_dangling_labels(lines)):
        for field in tokenize(folded)[1]:
            value = field.value.strip()
            labelled = f"{field.label}:" in folded.replace(" ", "")
            if field.kind == AUTHOR and labelled and plausible_name(value, set(), handle=True):
                return value
    return None


def _stat_over(lines: list[str], stat: int) -> int | None:
    """The card's stat right over ``stat``: on the line above, or above its value (``UID`` / ``8812``)."""
    for index in range(stat - 1, max(-1, stat - 3), -1):
        if _STAT.match(lines[index]):
            return index
    return None


def _subject(tree: LexborHTMLParser) -> str | None:
    """The thread's subject as the forum prints it first in the window title ("老房卫生间防水 - 装修日记 - 太湖家园论坛
    - powered by phpwind.net"): asked only when the page's headline was not found among the lines (the title
    chooser took another segment), so a card is still read under the subject the page shows."""
    node = tree.css_first("title")
    first = _TITLE_PARTS.split(node.text(deep=True).strip(), maxsplit=1)[0].strip() if node is not None else ""
    return first or None


def profile_linked(tree: LexborHTMLParser) -> set[str]:
    """Every text the page links to a user's profile; and a poster's bold name in a card whose profile link is
    an icon alone (phpwind 6: <b>桥头卖货郎</b> over <a href="profile.php?action=show&uid=8817"><img alt=查看作者资料>):
    the card links the name's profile, though not from the name; or in a card of stats linking none."""
    names: set[str] = set()
    for link in tree.css("a[href]"):
        if not is_profile(link.attributes.get("href") or ""):
            continue
        text = fold(link.text(deep=True))
        if text and not CHROME.search(text):
            names.add(text)
        elif told := _named_by_icon(link):
            names.add(told)
        elif bold := _card_name(link, text):
            names.add(bold)
    return names | _stat_card_names(tree)


# How much text a user card holds around its bold name (the name, a rank, a few stats).
_CARD_CHARS = 300
# How far up from the bold name its card may be: its parent, or the parent of a wrapper holding the name alone.
_CARD_NAME_LEVELS = 2


def _stat_card_names(tree: LexborHTMLParser) -> set[str]:
    """A bold name heading a card of stats with no profile link at all (phpwind 5: ``<th class=r_two><b>X</b>…级别:
    论坛骑士<br>发帖: 386``): the card's stats tell it from any other bold text."""
    names: set[str] = set()
    for bold in tree.css("th > b, td > b, div > b, th > strong, td > strong, div > strong"):
        card = bold.parent
        # The name in a wrapper of its own (phpwind 6: <th><div><b>X</b></div> … 级别: …</th>): the card is
        # the wrapper's parent.
        for _ in range(_CARD_NAME_LEVELS):
            if card is None or len(text := card.text(separator="\n")) > _CARD_CHARS:
                break
            if any(_STAT.match(line.strip()) for line in text.splitlines()[1:]):
                names.add(fold(bold.text(deep=True)))
                break
            card = card.parent
    return names


# An icon's words naming the user whose profile it opens (Dvbbs: <img alt="查看东门老刘的个人资料">).
_ICON_NAMES = re.compile(r"^查看(\S{2,20}?)的(?:个人|個人)?(?:资料|資料)$")


def _named_by_icon(link: LexborNode) -> str | None:
    icon = link.css_first("img[alt], img[title]")
    if icon is None:
        return None
    words = fold(icon.attributes.get("alt") or icon.attributes.get("title") or "")
    return match.group(1) if (match := _ICON_NAMES.match(words)) else None


def _card_name(link: LexborNode, text: str) -> str | None:
    """The bold name of the card a profile link without the name stands in: an icon's link (its parent holds
    the name), or a tool link's (phpwind 6's ``查看资料`` in the card's menu list, a few elements below it)."""
    card = link.parent
    for _ in range(settings.BYLINE_CARD_LEVELS if text else 1):
        if card is None:
            return None
        if (bold := card.css_first("b, strong")) is not None:
            return fold(bold.text(deep=True)) or None
        card = card.parent
    return None
