"""A grammar of URL shapes: does a URL name one article, a list (channel, tag, author, pager), a page
never worth fetching (login, search, comment thread), or can its shape not tell?

Portals and CMSs name an article by an id somewhere in its URL: a long digit run or an opaque token in the
last path segment (``/a/779123456_121123456``, ``/c/8ZaBcDeFgHi``, ``/s/AbCdEf…``), an id query key
(``show.php?id=123``, ``?p=1234`` on a blog's root, ``__biz``+``mid`` of a WeChat post), a segment after a
date (``/2024/05/15/slug/``, ``/20240515/<hex>/c.html``), or a short number under a date, a numeric
directory or an article directory (``/html/2024/0515/123.html``, ``/archives/1234``). Navigation is named by
words (list, channel, tag, author, page …) and pager or search query keys; those win over an id, since a
tag or user page carries one too (``/tags/12345``). The shape is a hint for which links to queue; what a
fetched page *is* is still decided from its content (``pipeline.decide_kind``).
"""

from __future__ import annotations

import json
import re
from enum import Enum
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from newscorpus import settings
from newscorpus.urldates import ONLY_DATE, YEAR_MONTH, date_end, ends_month
from newscorpus.urlroute import routed
from newscorpus.urlwords import (
    DIGIT_RUNS,
    PAGE_EXT,
    has_id,
    is_han_title,
    is_index,
    is_slug,
    is_token,
    is_view_word,
    stem_of,
)


class Shape(Enum):
    ARTICLE = "article"
    LIST = "list"  # navigation: channel, tag, author, list pager
    NEVER = "never"  # login, search, comment thread, app download: never worth a fetch
    UNKNOWN = "unknown"


_TOKENS = re.compile(r"[-_.]+")
_LAYOUT_PREFIX = "nbs."
_DAY_FOLDERS = frozenset({"day", "date", "daily"})
# A site's member host by its first label (my.hupu.com, i.autohome.com.cn): a bare number there is a member.
_USER_HOSTS = frozenset({"my", "i", "u", "space", "user", "home"})
# A whole day as a file's name (20180921, 2018-09-21) and a small page number as a closing folder.
_WHOLE_DAY = re.compile(r"(?:19|20)\d\d[-_]?[01]\d[-_]?[0-3]\d")
_PAGE_FOLDER = re.compile(r"\d{1,3}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A page number's one-letter key beside an item's id (topicdetail.php?t=5123456&p=3); on the root, ?p=1234 is
# WordPress's post id instead (``_query_names_article``).
_SHORT_PAGER = "p"
# Folders naming a paper's section right before a day's date: what follows is that section's page of the day.
_DAY_OF_SECTION = frozenset({"section", "sections"})
_DRUPAL_NODE = "node"
# A file's extension (an image, a document, audio or video, an archive, an installer, a feed or data).
_FILE_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|svg|ico|tiff?|pdf|docx?|xlsx?|pptx?|wps|ofd|txt|csv|zip|rar|7z|gz|tar"
    r"|mp3|mp4|m4a|wav|flv|avi|mov|wmv|m3u8|swf|apk|ipa|exe|dmg|msi|xml|rss|json|css|js)$",
    re.IGNORECASE,
)
# A listed stock by its exchange's prefix and its code: sh600000, sz300124, hk00700, bj830799.
_QUOTE_CODE = re.compile(r"(?:sh|sz|bj|hk)\d{5,6}", re.IGNORECASE)
# A user's page by an id glued to "u" at the site's root (i.yiche.com/u12345678/).
_PERSON_SLUG = re.compile("(?:" + "|".join(settings.URL_PERSON_SLUG_WORDS) + r")[-_]\d+")
_USER_ID = re.compile(r"u\d{5,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?P<word>[A-Za-z]+\d?)_\d+")
# A story's later page: its stem (an id somewhere in it), a separator, then a page number of one or two digits.
_STORY_PAGE = re.compile(r"(?P<story>.+)[_-]p?(?P<page>[1-9]\d?)", re.IGNORECASE)  # 02 is a sheet, not a page


def shape(url: str) -> Shape:
    """The verdict of the URL's path and query alone (the host is ignored: news.example's /news/ is a
    channel like any other)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return Shape.NEVER
    path, query_text = routed(parts.path, parts.query, parts.fragment)
    segments = [unquote(s) for s in path.split("/") if s]
    if len(segments) > 1 and segments[-1].lower() in settings.URL_VARIANT_SEGMENTS:
        segments = segments[:-1]  # /articles/c4nx1yz2abco/trad, /article/123456/amp: the page before it
    if len(segments) > 2 and segments[-2:] == ["page", "1"] and has_id(segments[-3]):
        segments = segments[:-2]  # /thread/7123456/page/1: the item's first page is the item
    query = [(key.lower(), value) for key, value in parse_qsl(query_text, keep_blank_values=True)]
    tokens = {token for segment in segments for token in _TOKENS.split(segment.lower()) if token}
    keys = {key for key, _ in query}
    if _never(segments, tokens, keys) or _quote_page(segments) or _file(segments) or _service_host(parts.netloc):
        return Shape.NEVER
    if _story_page_after_first(segments):
        # content_123456_2.htm names a story (stored under its first page), node_113352_2.htm a list's page 2.
        return Shape.ARTICLE if story_first_page(url) is not None else Shape.LIST
    if (
        _wiki_namespace(segments)
        or _layout_page(segments)
        or (date_end(segments) is not None and _section_of_day(segments))
    ):
        return Shape.LIST  # /wiki/Category:历史; /section/20230815/s00002, a section's page of a day's paper
    if _id_under_article_dir(segments) or _id_after_date(segments):
        return Shape.ARTICLE  # /topics/detail/26442071/, /page/202405/1312345.shtml, /2024/0515/c12a34/page.htm
    if _profile(segments) or _user_home(parts.netloc, segments) or _names_navigation(segments, tokens, keys, query):
        return Shape.LIST
    if _day_page(segments) or _numbered_folder(path):
        return Shape.LIST  # /lm/xwlb/day/20180921.shtml: a day's items; /news/2/: a channel's page 2
    if _query_names_article(segments, query):
        return Shape.ARTICLE
    if segments and (is_index(stem_of(segments[-1])) or _date_archive(segments)):
        return Shape.LIST  # /2023/0821/news.shtml, /201809/16.htm: a day's list, not a story of it
    return Shape.ARTICLE if _path_names_article(segments) else Shape.UNKNOWN


def is_article_url(url: str) -> bool:
    return shape(url) is Shape.ARTICLE


def _never(segments: list[str], tokens: set[str], keys: set[str]) -> bool:
    """A form, search, comment thread or download. A word of those in a folder yields to a dated id below
    it: /comment/2024/0515/123456.html is a story of an opinion (评论) channel, /comments/123456 a thread."""
    if keys & set(settings.URL_SEARCH_KEYS):
        return True
    never = set(settings.URL_NEVER_WORDS)
    if not tokens & never:
        return False
    return bool(set(_TOKENS.split(segments[-1].lower())) & never) or not _id_after_date(segments)


def _names_navigation(segments: list[str], tokens: set[str], keys: set[str], query: list[tuple[str, str]]) -> bool:
    if keys & set(settings.URL_PAGER_KEYS) and not _first_page_of_item(query):
        return True  # an item's first page by its id (dvbbs' dispbbs.asp?boardID=7&ID=3517&page=1) is no pager
    if len(segments) >= 2 and segments[-2].lower() == "page" and _is_opaque(segments[-1]):
        return False  # 企鹅号's page.om.qq.com/page/OaBcDeFgHiJkLmN0pQrStU0: one item by its token, no pager's number
    # NewsList.aspx, articlelist.jsp, listinfo.php: "list" glued to another word in a file name.
    last = _TOKENS.split(segments[-1].lower()) if segments else []
    if segments and ("list" in stem_of(segments[-1]).lower() or set(last) & set(settings.URL_LIST_WORDS)):
        return True
    # ... or in a folder (/shanklist/3-35197-/, /newslist/12/): named like a list word, it counts as one.
    if not tokens & set(settings.URL_LIST_WORDS) and not any("list" in token for token in tokens):
        return False
    # A navigation word in a directory yields to a page file whose id sits below another folder:
    # /category/ai/AbCdEfGh1234.html is a story filed in a category, /column/123456.html the column.
    return not (_page_file_with_id(segments) and segments[-2].lower() not in settings.URL_LIST_WORDS)


def _file(segments: list[str]) -> bool:
    """A file no page: a picture, a document, a recording, an archive, a feed (/uploadfile/2019/0315/
    20190315123456789.pdf, /photo/0001/2013-05-15/8UAB1234.jpg): its dated, numbered name is no story's."""
    return bool(segments) and _FILE_EXT.search(segments[-1]) is not None


def _service_host(host: str) -> bool:
    """A site's comment, sign-in or download service by its host's first label (comment.news.163.com/…,
    passport.example.cn/…): whatever the path, no story page (the host is read for nothing else)."""
    return host.lower().split(".", 1)[0] in settings.URL_SERVICE_HOST_LABELS


def _quote_page(segments: list[str]) -> bool:
    """A stock's quote page, named by its exchange and code (quote.eastmoney.com/sz300124.html, sina's
    /realstock/company/sh600000/nc.shtml): a live chart, no story. A story filed under the code keeps its id
    after it (/stock/sh600000/20240515/123456.html)."""
    for index, segment in enumerate(segments):
        if _QUOTE_CODE.fullmatch(stem_of(segment)):
            return not any(has_id(stem_of(later)) for later in segments[index + 1 :])
    return False


def _is_opaque(segment: str) -> bool:
    return len(segment) >= settings.URL_TOKEN_MIN_CHARS and is_token(segment)


def _story_page_after_first(segments: list[str]) -> bool:
    """Page two on of a story split over pages (content_35956123_2.htm, c1001-40236745-3.html): the id,
    then a small page number. It names the story, stored under its first page's URL (story_first_page),
    where the parts are stitched; _0/_1 is the first page on CMSs counting from zero."""
    if not segments or not PAGE_EXT.search(segments[-1]):
        return False
    match = _STORY_PAGE.fullmatch(stem_of(segments[-1]))
    if match is None or int(match.group("page")) < 2:
        return False
    # The number must follow the id itself: an e-paper's renmrb_20170415_1-02 is story 1 of sheet 02, and
    # t20240515_12 the day's twelfth story on a CMS numbering by date.
    runs = DIGIT_RUNS.findall(_TOKENS.split(match.group("story"))[-1])
    return any(len(run) >= settings.URL_ID_MIN_DIGITS and not ONLY_DATE.fullmatch(run) for run in runs)


def story_first_page(url: str) -> str | None:
    """Page one of a split story, for a URL of its later page (content_35956123_2.htm ->
    content_35956123.htm, c1003-31698765-2.html -> c1003-31698765.html); None for any other URL. The
    crawler fetches page one for such a link: its pager stitches the parts there, so page 2 reached by a
    link is neither lost nor stored as a partial story of its own."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    head, _slash, last = parts.path.rpartition("/")
    extension, match = PAGE_EXT.search(last), _STORY_PAGE.fullmatch(stem_of(last))
    later = _story_page_after_first([unquote(s) for s in parts.path.split("/") if s])
    if not later or extension is None or match is None or _TOKENS.split(last.lower())[0] in settings.URL_THREAD_WORDS:
        return None  # a forum thread's page 3 (post-free-5123456-3.shtml) holds replies, not the story
    story = match.group("story")
    # Discuz's article-12345-2 and PHPCMS's show-12-34567-2 (a word, then numbers, by hyphens) number page
    # one too; gmw's content_45012345_2 and xinhuanet's c_1126018765_2 do not.
    if _named_id(story) and "_" not in last:
        story += stem_of(last)[len(story)] + "1"
    first = urlunsplit(parts._replace(path=f"{head}/{story}{extension.group(0)}", fragment=""))
    return first if shape(first) is Shape.ARTICLE else None  # node_113352_2.htm: a list's page 2


def _wiki_namespace(segments: list[str]) -> bool:
    """A wiki's namespace page under its entry folder (/wiki/Wikipedia:關於, /wiki/Category:历史,
    /wiki/Special:Search): the site's about, help, category or tool pages, not an entry."""
    if len(segments) < 2 or segments[-2].lower() not in settings.URL_ARTICLE_DIRS:
        return False
    namespace, colon, title = segments[-1].partition(":")
    return bool(colon and title) and namespace.lower() in settings.URL_WIKI_NAMESPACES


def _page_file_with_id(segments: list[str]) -> bool:
    return len(segments) >= 2 and bool(PAGE_EXT.search(segments[-1])) and has_id(stem_of(segments[-1]))


def _profile(segments: list[str]) -> bool:
    """A user's page: weibo's /u/1234567890 (a one-letter folder no token rule can name safely), or an
    account's handle alone at the root, a sign-up channel's word and a number (CSDN's /weixin_43211234,
    /qq_41234567, /m0_51234567; 澎湃号's /gov_38216). A content word there is a story (/baijiahao_12345678)."""
    if len(segments) >= 2 and segments[-2].lower() in settings.URL_PROFILE_DIRS:
        return True
    if segments and _PERSON_SLUG.fullmatch(segments[-1].lower()):
        return True  # DW's /zh/文山/person-39123456
    if len(segments) >= 2 and segments[-2].lower() in settings.URL_HOME_DIRS and segments[-1].isdigit():
        return True  # a platform's author home by a bare number (/home/1601234567890123); /home/123.html is a page
    if len(segments) == 1 and _USER_ID.fullmatch(segments[0]):
        return True
    handle = _HANDLE.fullmatch(segments[0]) if len(segments) == 1 else None
    return handle is not None and handle.group("word").lower() in settings.URL_HANDLE_WORDS


def _layout_page(segments: list[str]) -> bool:
    """People's Daily's e-paper page layout (nbs.D110000renmrb_04.htm; its stories are nw.D110000….htm): a
    dated id, but one printed page's list of stories."""
    return bool(segments) and segments[-1].lower().startswith(_LAYOUT_PREFIX)


def _user_home(host: str, segments: list[str]) -> bool:
    """A member's home by a bare number on a site's user host (my.hupu.com/16782211, i.autohome.com.cn/18826543)."""
    first = host.lower().split(".", 1)[0]
    return first in _USER_HOSTS and len(segments) == 1 and segments[0].isdigit()


def _day_page(segments: list[str]) -> bool:
    """A file named by a whole date alone under a day folder (/lm/xwlb/day/20180921.shtml): that day's page of
    a programme. Elsewhere a date-named file may be a feature of that day (/features/20170315.html)."""
    if len(segments) < 2 or segments[-2].lower() not in _DAY_FOLDERS or not PAGE_EXT.search(segments[-1]):
        return False
    return _WHOLE_DAY.fullmatch(stem_of(segments[-1])) is not None


def _numbered_folder(path: str) -> bool:
    """A folder of one to three digits closing the path (/news/1/, /news/2/): a channel's numbered page. Not
    under an item folder (Typecho's /archives/231/, /news/detail/427/), whose numbers are items."""
    parts = path.rstrip("/").rsplit("/", 2)
    if len(parts) == 3 and parts[1].lower() in settings.URL_POST_ID_DIRS:
        return False
    return path.endswith("/") and _PAGE_FOLDER.fullmatch(parts[-1]) is not None


def _id_under_article_dir(segments: list[str]) -> bool:
    """An id right under an article directory names an article whatever words come before it, and so does
    an id there followed by the story's slug (scmp's /article/3262345/some-slug-words)."""
    if len(segments) >= 2 and segments[-2].lower() in settings.URL_ARTICLE_DIRS and has_id(stem_of(segments[-1])):
        return True
    if len(segments) >= 2 and segments[-2].lower() == _DRUPAL_NODE and segments[-1].isdigit():
        return True  # Drupal's /node/1695432: one content item by its number (TRS's node_113352.htm is a list)
    if len(segments) >= 3 and segments[-3].lower() in settings.URL_FORUM_DIRS and segments[-2].lower() == "topic":
        return has_id(stem_of(segments[-1]))  # a forum's or group's /group/topic/123456789/: one thread, no 专题
    return (
        len(segments) >= 3
        and segments[-3].lower() in settings.URL_ARTICLE_DIRS
        and has_id(segments[-2])
        and is_slug(stem_of(segments[-1]))
    )


def _id_after_date(segments: list[str]) -> bool:
    """An id in a segment after a year-and-month date: a dated story whatever its folders are called."""
    start = date_end(segments)
    return start is not None and any(has_id(stem_of(segment)) for segment in segments[start:])


def _section_of_day(segments: list[str]) -> bool:
    """The folder right before the path's date names a paper's section (/pns/港聞/section/20230815/s00002)."""
    first = next((at for at, segment in enumerate(segments) if YEAR_MONTH.fullmatch(segment)), 0)
    return first > 0 and segments[first - 1].lower() in _DAY_OF_SECTION


def _first_page_of_item(query: list[tuple[str, str]]) -> bool:
    """An item's id in the query, and every pager key beside it at page 1."""
    pages = [value for key, value in query if key in settings.URL_PAGER_KEYS]
    ids = any(key in settings.URL_ID_KEYS and _is_id_value(value) for key, value in query)
    return ids and all(value == "1" for value in pages)


def _query_names_article(segments: list[str], query: list[tuple[str, str]]) -> bool:
    values = dict(query)
    if "__biz" in values and "mid" in values:  # a WeChat post: the account and the message
        return True
    if any(key in settings.URL_ID_KEYS and _is_id_value(value) for key, value in query):
        return True
    if any(_glued_id_key(key) for key, value in query if not value):
        return True  # phpwind's static read.php?tid-9321.html: the id's key and value glued, no "="
    if segments and _item_view(stem_of(segments[-1])) and any(_query_id(value) for _key, value in query):
        # Taiwan's government CMS News_Content.aspx?n=1203&s=58812, Show.asp?m=1&d=5123; a later page of the
        # item (topicdetail.php?t=5123456&p=3) is not the item.
        return not any(key == _SHORT_PAGER and value not in ("", "1") for key, value in query)
    if any(_json_names_id(value) for _key, value in query):
        return True  # landingsuper?context={"nid":"news_9876543210"}: the id inside a JSON parameter
    if any(key in settings.URL_ROUTE_KEYS and _path_names_article(value.split("/")[1:]) for key, value in query):
        return True  # ThinkPHP's index.php?s=/Home/Article/detail/id/1234.html: the route is the path
    # WordPress's default permalink ?p=1234 sits on the root (or index.php); elsewhere p= is a pager.
    on_root = not segments or (len(segments) == 1 and is_index(stem_of(segments[0])))
    return on_root and values.get("p", "").isdigit()


def _json_names_id(value: str) -> bool:
    """A query value that is a JSON object holding an id key with an id (an app's landing page)."""
    if not value.startswith("{"):
        return False
    try:
        data = json.loads(value)
    except ValueError:
        return False
    return isinstance(data, dict) and any(
        str(key).lower() in settings.URL_ID_KEYS and has_id(str(item)) for key, item in data.items()
    )


def _is_id_value(value: str) -> bool:
    if value.isdigit() or (len(value) >= settings.URL_TOKEN_MIN_CHARS and is_token(value)):
        return True
    # A kind's prefix before the number (百度's videolanding?nid=sv_1234567890123456789, news_9876543210).
    kind, _, number = value.partition("_")
    return kind.isalpha() and kind.isascii() and number.isdigit() and len(number) >= settings.URL_ID_MIN_DIGITS


def _glued_id_key(key: str) -> bool:
    """A valueless query key that is an id key and its number glued by a hyphen (``tid-9321.html``)."""
    name, _, rest = key.partition("-")
    return name in settings.URL_ID_KEYS and stem_of(rest).isdigit()


def _item_view(stem: str) -> bool:
    """A page file named for one item's view: an article word alone or ending a glued name (Show, article,
    News_Content, topicdetail), not a list's (NewsList), a collection's (News.aspx, posts) nor an index."""
    lowered = stem.lower()
    if not lowered.isascii() or "list" in lowered or is_index(lowered):
        return False
    words = [word for word in _TOKENS.split(lowered) if word]
    last = words[-1] if words else ""
    return not last.endswith("s") and _article_word(last)


def _article_word(word: str) -> bool:
    """An article directory's word, alone or closing a longer glued word (newsdetail, News_Content's content)."""
    return word in settings.URL_ARTICLE_DIRS or any(
        word.endswith(name) for name in settings.URL_ARTICLE_DIRS if len(name) >= settings.URL_GLUED_WORD_MIN_CHARS
    )


def _query_id(value: str) -> bool:
    """A query value that can only be an item's number or token: digits of an id's length that are no
    year, or an opaque token (a hex serial)."""
    if value.isdigit():
        return len(value) >= settings.URL_QUERY_ID_MIN_DIGITS and not _YEAR.fullmatch(value)
    return len(value) >= settings.URL_TOKEN_MIN_CHARS and is_token(value)


def _path_names_article(segments: list[str]) -> bool:
    if not segments:
        return False
    last = segments[-1]
    stem, has_ext = stem_of(last), bool(PAGE_EXT.search(last))
    if has_id(stem) or _after_date(segments):
        return True
    if len(segments) >= 2 and has_id(segments[-2]) and (is_slug(stem, after_id=True) or is_han_title(stem)):
        return True  # /社會新聞/912345/標題: the id, then the story's title as a slug of words or Han
    if len(segments) >= 2 and has_id(segments[-2]) and has_ext and is_view_word(stem):
        return True  # /35230411/wemedia.shtml, /123456/detail.html: the folder's id, the file its one view
    if len(segments) >= 3 and segments[-3].lower() in settings.URL_ARTICLE_DIRS and is_han_title(segments[-2]):
        return stem.isdigit()  # baike's /item/长江/1234: an entry's title, then which of its namesakes
    parent = segments[-2].lower() if len(segments) > 1 else ""
    under_article_dir = parent in settings.URL_ARTICLE_DIRS
    dated = any(YEAR_MONTH.fullmatch(segment) for segment in segments[:-1])
    if stem.isdigit() and (under_article_dir or (has_ext and (dated or parent.isdigit()))):
        return True  # /archives/1234, /html/2024/0515/123.html, /0/770/123.htm
    if stem.isdigit() and has_ext and len(stem) >= settings.URL_SHORT_ID_MIN_DIGITS:
        return True  # /zgls/9291.html: a small site's id; a list's pager numbers are shorter
    if _named_id(stem):
        return True  # content_4567.html, detail-123.html: an article word glued to its id
    return (is_slug(stem) or is_han_title(stem)) and (under_article_dir or dated)


def _date_archive(segments: list[str]) -> bool:
    """A date, then one file carrying no id that only names a collection (/scroll-news/2023/0821/news.shtml)
    or the day itself under a month (/gia/general/201809/16.htm): that date's list. A view word (detail)
    or a slug is still the dated story, and a short number under a full day (/2024/0515/12.html) too."""
    start = date_end(segments)
    if start is None or start != len(segments) - 1 or not PAGE_EXT.search(segments[-1]):
        return False
    stem = stem_of(segments[-1])
    if stem.isascii() and stem.isalpha():
        return not is_view_word(stem)
    return stem.isdigit() and len(stem) <= 2 and 1 <= int(stem) <= 31 and ends_month(segments[:start])


def _named_id(stem: str) -> bool:
    """An article word glued to its id: content_4567, detail-123, and PHPCMS's show-<catid>-<id>-<page>
    (numbers only after the word, one of them an id's length)."""
    word, *numbers = _TOKENS.split(stem.lower())
    return (
        _article_word(word)  # newsdetail-1234, shownews_567
        and bool(numbers)
        and all(number.isdigit() for number in numbers)
        and any(len(number) >= settings.URL_SHORT_ID_MIN_DIGITS for number in numbers)
    )


def _after_date(segments: list[str]) -> bool:
    """A segment after a year-and-month date (/2024/05/15/<here>, /20240515/<here>): a day or month
    archive ends at the date."""
    return date_end(segments) is not None
