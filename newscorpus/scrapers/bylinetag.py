"""An account shown beside its platform's tag in a byline bar (README "Bylines": accounts).

A self-media post's bar names the publishing account and the platform's tag after it: on one line
(``社保百事通 头条号 2017-07-06``, read by ``bylinebare.line_account``), or as elements of their own that reach
the grammar apart (``历史知识`` over ``大风号``) or glued, the template's inline elements joined without a gap
(``<a>历史知识</a>大风号``, after the time element or alone). Both are rewritten here into the spaced one-line
shape, so the account is read as the author by the one rule that reads accounts.

How it could misfire: a line that is only a platform's name after a menu item (``首页`` over ``大风号``) — a
menu's words are no handle shape only when they are a site tool's verb, so the pairing is kept to the byline
bars the caller hands over, never the page's menus.
"""

from __future__ import annotations

import re

from newscorpus.scrapers.bylinegrammar import TIME
from newscorpus.scrapers.bylinelabels import PLATFORM_APPS, PLATFORM_TAGS, PLATFORMS

_TAG_ENDS = tuple({tag[-1] for tag in PLATFORMS})  # every tag's last character (号, 报, 点)
# A handle: no gap, label separator, sentence mark or digit (a time or a counter is none).
_HANDLE_CHAR = r"[^\s:：|/。，！？!?\d]"
HANDLE = re.compile(_HANDLE_CHAR + r"{2,16}")
# The account glued to its tag closing the element, a time alone before it: "历史知识大风号",
# "2019-07-22 10:38:41 历史知识大风号".
_GLUED = re.compile(r"^(?:(?:" + TIME.pattern + r")\s*)?(" + _HANDLE_CHAR + r"{2,16}?)(" + PLATFORM_TAGS + r")$")
# A platform's creator badge closing the bar under the account's name, after the time and the poster's region
# ("2022-08-15 17:26 北京 法律领域创作者"): the line above is the account, as it is above a tag.
_BADGE = re.compile(r"[^\s\d:：|/]{0,12}(?:创作者|創作者)$")
# The account's card as one line, its name then the badge beside it ("社保小管家 优质职场领域创作者": the card's name
# and description elements joined): the name is the account, as on the line above a badge.
_CARD = re.compile(r"(" + _HANDLE_CHAR + r"{2,16})\s+" + _BADGE.pattern)
# The tag a badge's account is written with: the badge is a platform's (百家号's, 头条号's), and which platform
# does not change whose post it is.
_BADGE_TAG = "百家号"
# Words that open a call to act or mark a post, never an account: "关注大风号", "原创".
_NOT_HANDLE = re.compile(r"^(?:关注|订阅|扫码|来自|打开|下载|搜索|申请|登录|注册|进入|原创|首发|独家|转载|更多)")


def tagged_accounts(lines: list[str]) -> list[str]:
    """``ACCOUNT TAG`` for each account a bar shows glued to its platform's tag, or on the line right above a
    line holding only the tag, or only the time and the platform's creator badge, or beside the badge alone."""
    found: list[str] = []
    for index, line in enumerate(lines):
        text = line.strip()
        # The badge's last character first: most bar lines end otherwise, and no regex runs.
        if index and text.endswith("者") and _BADGE.search(text) and TIME.search(text):
            if _is_handle(above := lines[index - 1].strip()):
                found.append(f"{above} {_BADGE_TAG}")
            continue
        if text.endswith("者") and (card := _CARD.fullmatch(text)) and _is_handle(card.group(1)):
            found.append(f"{card.group(1)} {_BADGE_TAG}")
            continue
        if not text.endswith(_TAG_ENDS):
            continue  # most bar lines: no tag closes them, no regex runs
        if glued := _GLUED.match(text):
            # "上海市长宁区人民政府新闻办公室官方澎湃号": an account card's description, "the official account of
            # X", under the account's own name; X is the body running it, no account.
            if _is_handle(glued.group(1)) and not glued.group(1).endswith(_OFFICIAL):
                found.append(f"{glued.group(1)} {glued.group(2)}")
        elif text in PLATFORMS and index and _is_handle(above := lines[index - 1].strip()):
            found.append(f"{above} {text}")
    return found


_OFFICIAL = ("官方", "官方的")


def _is_handle(text: str) -> bool:
    return (
        HANDLE.fullmatch(text) is not None
        and text not in PLATFORMS
        and text not in PLATFORM_APPS
        and not _NOT_HANDLE.match(text)
    )
