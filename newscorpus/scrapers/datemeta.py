"""Publish times a page states for machines: meta tags, JSON-LD, <time datetime>, script state objects."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.bylinesource import in_card
from newscorpus.scrapers.datelines import comments_heading
from newscorpus.scrapers.daterelative import holds_relative
from newscorpus.scrapers.dates import FULL_DATE, china_time, is_date_only, parse_datetime
from newscorpus.scrapers.dom import class_and_id
from newscorpus.scrapers.pagedata import epoch_to_iso

# How far a relative time's words (3天前: three days and some hours) may round off its tooltip's stamp.
_RELATIVE_SLACK = timedelta(days=1)
# Elements whose title may hold a stamp: the engine keeps only titles with a century's digits, so the
# page's many headline titles never reach Python.
_YEAR_TITLE_QUERY = '[title*="20"], [title*="19"]'
# Where a page states its publish time for machines; the first two in priority order after the metas.
# A title that is a time of day alone, its meridiem before or after it ("下午 9:42", "9:42 下午", "9:42 pm").
_CLOCK_TITLE = re.compile(r"(?:[上下]午\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[上下]午|[AaPp]\.?[Mm]\.?))?")
# A date element keeping its instant as Unix seconds in an attribute (BBC's data-seconds).
_EPOCH_QUERY = "[data-seconds], [data-timestamp]"
_METADATA_QUERY = 'meta, script[type="application/ld+json"], time[datetime]'
_TIME_META = (
    "article:published_time",
    "og:release_date",
    "pubdate",
    "publishdate",
    "PubDate",
    "publish_time",
    "ptime",
    "weibo:article:create_at",
    "datePublished",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
    "pubtime",
    "publishtime",
    "firstpublishedtime",  # Hanweb JCMS (government and court sites): the first publication, kept over edits
    "dc.date.issued",
    "DC.date.issued",
    "dcterms.created",
    "citation_publication_date",
    "cXenseParse:publishtime",  # Cxense's analytics tag, on many Japanese and HK news pages
    # Plain Dublin Core (a government CMS's DC.Date beside DC.Title/DC.Publisher: Taiwan's and Hong Kong's
    # offices): last, as a CMS may fill it with the last edit; only when no publish-named tag is there.
    *("DC.Date", "DC.date", "dc.date"),
    # HTML's plain date meta (DW's legacy template: the only stamp beside a shown 27.09.2021), likewise last.
    *("date", "Date"),
)
# A publish time told in a tooltip over another shown time (<span data-tooltip="发布于 2019-03-21 12:12">
# 编辑于 2019-03-22 09:05</span>: a Q&A answer shows its last edit, hovering shows when it was posted).
# ``[attr]:is(...)``: the engine tests the four labels only on elements carrying the attribute, not eight
# substring tests on every element (half the cost); a node is listed once per attribute naming a label.
_TOOLTIP_LABELS = ("发布于", "发表于", "發布於", "發表於")
_TOOLTIP_QUERY = ", ".join(
    f"[{attribute}]:is({', '.join(f'[{attribute}*={label!r}]' for label in _TOOLTIP_LABELS)})"
    for attribute in ("data-tooltip", "title")
)
# Keys of the state objects that script-rendered pages embed (window.__INITIAL_STATE__ and the like);
# ``ptime`` is Baidu's and NetEase's key (their meta tags use the same name). A key may carry the object's
# noun before it, camel-cased (baijiahao's "contentPublishTime", "articlePublishTime", "newsPubDate"): the
# noun is lower-case letters glued to the capitalised key, and no letter or digit runs into the key ("uptime" holds
# no ``ptime``); an underscore or a dot may (``__publish_time``, ``data.publishTime``).
_STATE_DATE = re.compile(
    r"""(?<![A-Za-z0-9$])["']?(?:[a-z]+(?=[PD]))?(?:[Pp]ublishDate|[Pp]ublishTime|publish_time|published_at|[Pp]ubDate"""
    r"""|[Pp]ubTime|datePublished|[Pp]ublishedAt|ptime)["']?\s*[:=]\s*"""
    r"""["']?([^"',}]{8,40})"""
)
# Looser keys, trusted only for the time of day of the date a page shows (yidian's docinfo "date":"2017-11-18
# 09:33:00" under a bar showing 2017.11.18): any "date" or "time", created or not, quoted as a key.
_STATE_DAY_TIME = re.compile(
    r"""(?<![\w$])["'](?:date|time|ctime|createTime|createdAt|created_at|createDate)["']\s*:\s*"""
    r"""["']?([^"',}]{8,40})"""
)
# Class or id of the boxes holding comments, replies and guestbook messages.
_COMMENT_BOX = re.compile(r"comment|reply|replies|respond|discuss|pinglun|guestbook", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# ``pubDate``: Baidu's structured-data schema (熊掌号/cambrian JSON-LD), which many Chinese sites emit.
_LD_PUBLISHED = re.compile(r'"(?:datePublished|pubDate)"\s*:\s*"([^"]{8,40})"')


def published_from_metadata(tree: LexborHTMLParser) -> str | None:
    """Publish time from meta tags, JSON-LD or <time datetime>, in that order."""
    # One pass over the page for all three sources (a selector per meta name and attribute cost 33): each
    # selector names its own tag, so the tag tells which one found a node, in page order.
    found: dict[str, list[LexborNode]] = {"meta": [], "script": [], "time": []}
    for node in tree.css(_METADATA_QUERY):
        if (group := found.get(node.tag or "")) is not None:
            group.append(node)
    content_by_name: dict[str, str | None] = {}
    for node in found["meta"]:
        attributes = node.attributes
        for attribute in ("property", "name", "itemprop"):
            if (key := attributes.get(attribute)) is not None:
                content_by_name.setdefault(key, attributes.get("content"))
    for name in _TIME_META:
        if name in content_by_name and (when := parse_datetime(content_by_name[name])):
            return when
    for script in found["script"]:
        if when := _json_ld_date(script.text()):
            return when
    for node in found["time"]:
        # A list card's <time> (a related item's date beside its linked headline) dates that item.
        if _in_comments(node) or in_card(node, to_stories=True):
            continue
        if when := parse_datetime(node.attributes.get("datetime")):
            return when
    return _tooltip_date(tree)


def _tooltip_date(tree: LexborHTMLParser) -> str | None:
    """The first publish time a tooltip states over a shown time, outside comments (asked only of pages
    stating none above). A tooltip over a headline (a link to the previous post) dates that post."""
    for node in tree.css(_TOOLTIP_QUERY):
        attributes = node.attributes
        told = attributes.get("data-tooltip") or attributes.get("title")
        if _in_comments(node) or not parse_datetime(node.text(strip=True)):
            continue
        if when := parse_datetime(told):
            return when
    return None


def _in_comments(node: LexborNode) -> bool:
    """A <time> inside a comment or reply box stamps the comment, not the page: a box named so, or one
    right under a comments heading (<h3>网友评论</h3><ol>...) whatever its class."""
    parent = node.parent
    for _ in range(settings.DATE_COMMENT_ANCESTORS):
        if parent is None:
            return False
        if _COMMENT_BOX.search(class_and_id(parent)) or _under_comments_heading(parent):
            return True
        parent = parent.parent
    return False


def _under_comments_heading(box: LexborNode) -> bool:
    heading = box.prev
    while heading is not None and heading.tag in ("-text", "_text", "-comment"):
        heading = heading.prev
    return heading is not None and heading.tag in _HEADINGS and comments_heading(heading.text(strip=True))


def published_from_scripts(tree: LexborHTMLParser) -> str | None:
    """The publish date in a script's state object (pages rendered by JavaScript show no date in HTML).

    Such state often nests the dates of other stories inside the page's own object; the least nested
    date is the page's. Without a publish-named key, a plain ``date``/``time`` key's stamp counts when the
    page shows it without its year (发布时间：10-09 19:25 over "time": "20-10-09 19:25"): a bar's day and
    minute matching a stamp is that stamp, whatever its key.
    """
    stamps = _state_stamps(tree, _STATE_DATE)
    if stamps:
        return stamps[0]
    plain = _state_stamps(tree, _STATE_DAY_TIME)
    # The page's text is read only when a plain stamp could match it: most undated pages have none.
    shown = _page_text(tree) if plain else ""
    return next((when for when in plain if _shows_yearless(shown, when)), None)


def _state_stamps(tree: LexborHTMLParser, keys: re.Pattern[str]) -> list[str]:
    """Every stamp ``keys`` name in the page's scripts, the least nested first (page order among equals)."""
    found: list[tuple[int, int, str]] = []
    for script in tree.css("script"):
        text = script.text()
        depth = read = 0  # the nesting up to ``read``, counted once over the script (a big state holds many keys)
        for match in keys.finditer(text):
            when = parse_datetime(match.group(1))
            if when is None:
                continue
            gap = text[read : match.start()]
            depth += gap.count("{") + gap.count("[") - gap.count("}") - gap.count("]")
            read = match.start()
            found.append((depth, len(found), when))
    return [when for _depth, _order, when in sorted(found)]


def _page_text(tree: LexborHTMLParser) -> str:
    body = tree.body
    return body.text(separator=" ") if body is not None else ""


def _shows_yearless(text: str, when: str) -> bool:
    """``text`` shows ``when``'s month, day and minute as a date without its year (10-09 19:25, 10月9日 19:25)."""
    month, day, hour, minute = int(when[5:7]), int(when[8:10]), int(when[11:13]), when[14:16]
    if when[11:16] == "00:00":
        return False  # a date alone: nothing but the day to match
    pattern = rf"(?<![\d\-/.年])0?{month}\s*[-/.月]\s*0?{day}(?!\d)\s*日?\s*0?{hour}\s*[:：]\s*{minute}(?!\d)"
    return re.search(pattern, text) is not None


def _json_ld_date(raw: str) -> str | None:
    """datePublished (or Baidu's pubDate) of the JSON-LD objects, @graph included; by pattern when the JSON
    is broken (often)."""
    try:
        data = json.loads(raw)
    except ValueError:
        match = _LD_PUBLISHED.search(raw)
        return parse_datetime(match.group(1)) if match else None
    entries = data if isinstance(data, list) else [data]
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        graph = entry.get("@graph")
        for item in [entry, *(graph if isinstance(graph, list) else [])]:
            published = item.get("datePublished") or item.get("pubDate") if isinstance(item, dict) else None
            if when := parse_datetime(str(published or "")):
                return when
    return None


def titled_time(tree: LexborHTMLParser, shown: str) -> str | None:
    """The time of day a shown date's own element states in its ``title`` (a forum's 发表于 <span
    title="2020-2-16 22:05:47">2020-2-16</span>: hovering gives the full stamp), for a page whose lines give
    ``shown``, a date alone (midnight); or a time of day alone (WordPress's permalink, <a title="下午 9:42"
    rel="bookmark"><span class="entry-date">2011年11月27日</span></a>). Only the same day counts, outside
    comments: the first post's stamp. Else the same day's stamp in the page's script state."""
    day = shown[:10]
    for node in tree.css("[title]"):
        told = node.attributes.get("title")
        if not told:
            continue
        if day[:4] in told:
            when = parse_datetime(told)
        elif _CLOCK_TITLE.fullmatch(told.strip()):
            when = parse_datetime(f"{day} {told}")  # WordPress's permalink: title="下午 9:42" over the date
        else:
            continue
        if when is None or when[:10] != day or when == shown or _in_comments(node):
            continue
        own = parse_datetime(node.text(strip=True))
        if own is not None and own == shown:
            return when
    return _epoch_time(tree, shown) or _state_time(tree, shown)


def _epoch_time(tree: LexborHTMLParser, shown: str) -> str | None:
    """The same day's stamp a shown date's own element keeps as Unix seconds (BBC's <div class="date"
    data-seconds="1466775900">2016年 6月 24日</div>: the page prints the day, the attribute the instant)."""
    for node in tree.css(_EPOCH_QUERY):
        attributes = node.attributes
        when = epoch_to_iso(attributes.get("data-seconds") or attributes.get("data-timestamp"))
        if when is None or when[:10] != shown[:10] or _in_comments(node):
            continue
        if parse_datetime(node.text(strip=True)) == shown:
            return when
    return None


def _state_time(tree: LexborHTMLParser, shown: str) -> str | None:
    """The same day's time of day in the script state a script-rendered page embeds (36kr's initialState
    "published_at":"2018-07-12 09:15:08" under a bar showing 2018-07-12): the full stamp the bar rounds off.
    Another day there is some other story's (or a later edit's): the shown date stands. A looser key
    (``_STATE_DAY_TIME``) is read when no publish-named one gives that day's time."""
    for keys in (_STATE_DATE, _STATE_DAY_TIME):
        # The least nested stamp only: a same-day stamp deeper down may be a comment's or a related story's.
        when = next(iter(_state_stamps(tree, keys)), None)
        if when is not None and when[:10] == shown[:10] and when != shown:
            return when
    return None


def relative_tooltip_time(tree: LexborHTMLParser, shown: str | None, fetched_at: str) -> str | None:
    """The exact stamp a relative time's own element states in its ``title`` (Discuz!, phpwind and many
    blog themes print <span title="2024-5-15 08:30">3 天前</span>: hovering gives the stamp the shown
    words round off). Only a title that is itself an absolute time (year first), no later than the fetch and within a
    day of what the words resolve to, outside comments; when a time was read (``shown``), only the element
    whose words gave it, or one stamping the day a date alone was read from (a URL's, a bar's day)."""
    now = china_time(fetched_at)
    if now is None:
        return None
    for node in tree.css(_YEAR_TITLE_QUERY):
        # The title first: most titles are headlines with no full date, and a box's text is long to read.
        title = node.attributes.get("title")
        if not title or not FULL_DATE.search(title) or (told := parse_datetime(title)) is None:
            continue
        words = node.text(strip=True)
        if len(words) > settings.RELATIVE_TIME_LINE_MAX_CHARS or not holds_relative(words) or _in_comments(node):
            continue
        resolved = parse_datetime(words, now=now)
        if resolved is None or not _same_reading(shown, resolved, told):
            continue
        stamp, guess = china_time(told), china_time(resolved)
        if stamp is not None and guess is not None and stamp <= now and abs(stamp - guess) < _RELATIVE_SLACK:
            return told
    return None


def _same_reading(shown: str | None, resolved: str, told: str) -> bool:
    return shown is None or resolved == shown or (is_date_only(shown) and shown[:10] == told[:10])
