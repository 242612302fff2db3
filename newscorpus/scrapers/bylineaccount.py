"""The publishing account of a self-media post, shown only in its profile card (README "Bylines": accounts).

A platform's notice (``搜狐号系信息发布平台``, ``本文为自媒体…上传并发布``) says the page is an account's post;
some templates then show the account nowhere near the headline, only in a card beside the story: an
avatar and the account's name linked to its profile (``mp.sohu.com/profile?xpt=…``). Without the notice a
lone card is as often a commenter's or a recommended writer's, so this is read only on such a post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus.scrapers.bylinegrammar import fold
from newscorpus.scrapers.bylinemarkup import _CHROME, _PROFILE, _first_beside_avatar, _plausible

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

# A platform's profile page named by a query ("/profile?xpt=…"), besides the profile shapes of bylinemarkup.
_PROFILE_QUERY = re.compile(r"/profile\?\w+=")


def account_card(tree: LexborHTMLParser) -> str | None:
    """The first name linked to a profile that opens a card with an avatar (the account's card)."""
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if not (_PROFILE.search(href) or _PROFILE_QUERY.search(href)):
            continue
        name = fold(link.text(deep=True))
        if name and not _CHROME.search(name) and _plausible(name, set()) and _first_beside_avatar(link, name):
            return name
    return None
