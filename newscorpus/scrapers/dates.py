"""Publish times as Chinese pages write them, normalised to ISO 8601 at +08:00 (the corpus's zone)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from newscorpus import settings

# The parts that may follow a date: a weekday (星期三, （周三）, (水), Wed), then a time with its
# meridiem before (下午3:20, Japanese 10時20分) or after it (3:20 PM), then an offset.
_WEEKDAY = (
    r"(?:\s*[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?|\s*[（(][月火水木金土日][)）]"
    r"|\s*,?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?)?"
)
_MERIDIEM = r"上午|下午|早上|晚上|傍晚|凌晨|中午|[AaPp]\.?[Mm]\.?"
_TIME = (
    _WEEKDAY + rf"(?:,?[\sT]*(?P<ap>{_MERIDIEM})?\s*(?P<H>\d{{1,2}})\s*[:：时時]\s*(?P<M>\d{{1,2}})"
    r"(?:\s*[:：分]\s*(?P<S>\d{1,2}))?(?:\.\d+)?(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}(?!\d)|GMT|UTC|JST|KST|HKT)?"
)
_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})(?!\d)\s*日?" + _TIME)
# Taiwan's Republic years (民國113年5月15日 is 2024): only with 年, 月 and 日 written out, and 民國 before
# or a time after (a bare "100年5月1日" may be a count of years in a sentence).
_ROC = re.compile(
    r"(?P<roc>民[國国]\s*)?(?<!\d)(?P<y>1[01]\d|[89]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME
)
_ROC_OFFSET = 1911
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?)"
)
# English dates of HK and overseas pages: May 15, 2024 10:20 AM; 15 May 2024; Wed, 15 May 2024 02:20:00 GMT.
_ENGLISH = re.compile(
    rf"(?:{_MONTH_NAME}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})\s+{_MONTH_NAME.replace('mon>', 'mon2>')},?\s+(?P<y2>(?:19|20)\d{{2}}))" + _TIME,
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # a cheap test before the English grammar runs
_PM_WORDS = ("下午", "晚上", "傍晚", "中午")
# "10-31 08:30" or "10月31日 08:30": the year comes from context (the URL, or the fetch date).
_NO_YEAR = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[月\-/]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})"
)
# "18-08-01 10:07": a two-digit year is only trusted with a time after it (a bare "18-08-01" may be anything).
_SHORT_YEAR = re.compile(
    r"(?<![\d\-/.])(?P<y>\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\s+(?P<H>\d{1,2})[:：](?P<M>\d{2})"
    r"(?:[:：](?P<S>\d{2}))?"
)
# Relative times, resolved against the fetch time when the caller knows it.
_AGO = re.compile(r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|小时|天)前")
_DAY_WORD = re.compile(r"(?P<day>今天|昨天|前天)\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})")
_AGO_UNITS = {"秒": "seconds", "分钟": "minutes", "小时": "hours", "天": "days"}
_DAYS_BACK = {"今天": 0, "昨天": 1, "前天": 2}
# A date written inside a URL is where the page was filed, not the time it shows: read around it.
_URL_TEXT = re.compile(r"(?:https?:)?//\S+|www\.\S+")
_URL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)")
# What a date in a line is about, read from the word that leads into it. ``never``: the last edit of a
# page or wiki entry, a thread's last reply, a comment or guestbook message, a page generated for the
# visitor: never the publication. ``other``: an update, a recommended article, a deadline, a document's
# drafting (成文日期 beside 发布日期): only when nothing better shows. ``label``: the publish time itself.
_KEY = re.compile(
    r"(?P<never>(?:最后|最後|最近)\s*(?:更新|编辑|編輯|修改|修订|修訂|回复|回覆|发表|發表)(?:时间|時間|日期|于|於)?"
    r"|页面生成|頁面生成|生成日期|留言(?:于|於|时间|時間)|回答(?:于|於)|评论于|評論於|回复于|回覆於"
    r"|[Ll]ast\s+(?:[Mm]odified|[Uu]pdated|[Ee]dited))"
    r"|(?P<other>(?:更新|修改|最新|推荐|推薦|评论|評論|回复|回覆|截止|到期|成文|印发|印發|施行|实施|實施|生效)"
    r"(?:时间|時間|日期|于|於)?|编辑于|編輯於|[Uu]pdated)"
    r"|(?P<label>发布时间|发表时间|发布日期|发表于|发布于|时间[:：]|日期[:：]|于\s*\d{2,4}\D.{0,20}发布"
    r"|[發发][佈布表]時間|[發发][佈布]日期|[發发][佈布表]於|時間[:：]|刊登日期|公開日|配信日|掲載日|投稿日|[Pp]ublished)"
)
# "更新于 2023-...": the word leads into the date; "评论(4)" beside a bar's date is another field.
_LEADS_INTO_DATE = re.compile(r"\D{0,12}\d")
_RANKS = {"label": 0, None: 1, "other": 2}
# Fields of a byline bar: a date line carrying them is a stamp, not a list item's date.
_BYLINE_FIELD = re.compile(
    r"来源|來源|作者|记者|記者|编辑|編輯|阅读|閱讀|浏览|瀏覽|点击|點擊|[Pp]osted|发表|發表|楼主|樓主"
)
# A story sentence: it ends like one, or runs on after its date ("2014年6月22日，第38届世界遗产大会...").
_SENTENCE_MARK = re.compile(r"[。！？；]|[日\d]\s*，")
# A list item: a headline, then its date at the end of the line (what follows a date in a stamp is fields).
_DATE_AT_END = re.compile(r"[\d\s:：\-/.年月日()（）\[\]]+$")
# The heading of a comment, guestbook or feedback section (全部评论（2）, 网友留言, 用户反馈, 发表评论).
_COMMENTS_HEADING = re.compile(
    r"\s*(?:(?:全部|热门|最新|网友|用户|读者|访客|精彩|網友|讀者|熱門)\s*(?:评论|評論|留言|回复|回覆|反馈|反饋|评价|評價)"
    r"|(?:评论|評論|留言)(?:区|區|列表|\s*[（(]\d+[)）])|发表评论|發表評論)\s*[（(]?\d*[)）]?\s*$"
)
# An encyclopedia's footer: the page tells when it was last edited, and shows no publish time.
_EDITED_PAGE = re.compile(r"[页頁]面最[后後近](?:编辑|編輯|修订|修訂)|[词詞][条條]最[后後近]")
# What a stamp line holds besides its date: digits, separators, brackets, weekday and meridiem words.
_DATE_CHARS = re.compile(
    r"[\d\s:：\-/.,，年月日时時分秒T@()（）\[\]【】|]+|星期.|周.|週.|礼拜.|禮拜.|上午|下午|晚上|凌晨|中午|[AaPp][Mm]"
)
_EPOCH = re.compile(r"^1\d{9}(\d{3})?$")
_CHINA = timezone(timedelta(hours=8))


def parse_datetime(text: str | None, default_year: int | None = None, now: datetime | None = None) -> str | None:
    """Return the first plausible date-time in ``text`` as ISO 8601, or None when there is none.

    ``now`` (China time, naive) resolves relative times (6小时前, 昨天 08:30); without it they give None.
    """
    if not text:
        return None
    text = text.strip()
    if _EPOCH.match(text):
        return _from_epoch(int(text[:10]))
    if "/" in text and ("//" in text or "www." in text):
        text = _URL_TEXT.sub(" ", text)
    match = _FULL.search(text)
    if match:
        return _build(match["y"], match["m"], match["d"], _hour(match), match["M"], match["S"], match["tz"])
    match = _SHORT_YEAR.search(text)
    if match:
        return _build(f"20{match['y']}", match["m"], match["d"], match["H"], match["M"], match["S"], None)
    if "年" in text and (match := _ROC.search(text)) and (match["roc"] or match["H"]):
        year = str(int(match["y"]) + _ROC_OFFSET)
        return _build(year, match["m"], match["d"], _hour(match), match["M"], match["S"], match["tz"])
    if _YEAR.search(text) and (match := _ENGLISH.search(text)):
        month = str(_MONTHS.index((match["mon"] or match["mon2"])[:3].lower()) + 1)
        day, year = match["d"] or match["d2"], match["y"] or match["y2"]
        return _build(year, month, day, _hour(match), match["M"], match["S"], match["tz"])
    # A relative time is a byline field; in a sentence ("他刚刚到达", "2天前，...") it is story, not a date.
    if now is not None and len(text) <= settings.RELATIVE_TIME_LINE_MAX_CHARS and (when := _relative(text, now)):
        return when
    if default_year is not None:
        match = _NO_YEAR.search(text)
        if match:
            return _build(str(default_year), match["m"], match["d"], match["H"], match["M"], None, None)
    return None


def first_datetime(lines: list[str], url: str | None, fetched_at: str | None = None) -> str | None:
    """The publish time among the lines around the headline: a labelled one first, else the first date.

    Dates led into by another time's word (更新于, 最新推荐文章于, 成文日期) only count when no other line
    has one; a page's last edit, a last reply or a comment's time never counts, nor a date in a sentence.
    """
    return _best(lines, url, fetched_at, page_wide=False)


def shown_datetime(
    lines: list[str], url: str | None, fetched_at: str | None = None, edited: bool = False
) -> str | None:
    """``first_datetime``; on a page that tells only its last edit (``edited_page``), a labelled time only:
    an encyclopedia entry's other dates are its subject's."""
    return _best(lines, url, fetched_at, page_wide=False, labelled_only=edited)


def edited_page(lines: list[str]) -> bool:
    """An encyclopedia-like page: its footer says when the page was last edited (本页面最后修订于...)."""
    return any(_EDITED_PAGE.search(line) for line in lines[-settings.DATE_FOOTER_LINES :])


def page_datetime(lines: list[str], url: str | None, fetched_at: str | None = None, edited: bool = False) -> str | None:
    """The publish time anywhere on a page whose headline shows none: only from a labelled line or a
    stamp (a date with byline fields or little else), never from a list item's date after its title."""
    return _best(lines, url, fetched_at, page_wide=True, labelled_only=edited)


def _best(
    lines: list[str],
    url: str | None,
    fetched_at: str | None,
    page_wide: bool,
    labelled_only: bool = False,
) -> str | None:
    year = year_from_url(url) or _year_in(lines)
    now = china_time(fetched_at)
    ranked: list[tuple[int, str]] = []
    for line in _with_labels(lines):
        if _COMMENTS_HEADING.match(line):
            break  # what follows is the readers' section: its stamps are theirs
        for rank, piece in _pieces(line):
            if page_wide and (rank == _RANKS["other"] or (rank == _RANKS[None] and not _is_stamp(piece))):
                continue
            if labelled_only and rank:
                continue
            if rank and _is_prose_or_item(piece):
                continue
            if when := parse_datetime(piece, year, now):
                ranked.append((rank, when))
    return min(ranked, key=lambda found: found[0])[1] if ranked else None


def _with_labels(lines: list[str]) -> list[str]:
    """The lines, a label alone on its line ("发布日期：") joined to the value on the next."""
    joined: list[str] = []
    carry = ""
    for line in lines:
        if (
            len(line) <= settings.DATE_LABEL_ONLY_MAX_CHARS
            and _KEY.search(line)
            and not any(ch.isdigit() for ch in line)
        ):
            carry = line
            continue
        joined.append(f"{carry} {line}" if carry else line)
        carry = ""
    return joined


def _pieces(line: str) -> list[tuple[int, str]]:
    """The line cut before each word that says what the following date is, with that date's rank
    (0 labelled, 1 plain, 2 another time's); pieces after a ``never`` word are dropped."""
    keys = [key for key in _KEY.finditer(line) if key.lastgroup == "label" or _LEADS_INTO_DATE.match(line, key.end())]
    if not keys:
        return [(_RANKS[None], line)]
    pieces: list[tuple[int, str]] = []
    kind: str | None = None
    previous = ""
    for key, after in zip(keys, [*keys[1:], None], strict=True):
        text = line[key.start() : after.start() if after else len(line)]
        # "最新推荐文章于 2023-09-04 发布": a label right after another time's words, no date between, is theirs.
        if key.lastgroup != "label" or kind in (None, "label") or any(ch.isdigit() for ch in previous):
            kind = key.lastgroup
        previous = text
        if kind != "never":
            pieces.append((_RANKS[kind], text))
    # The text before the first word is plain, or labelled by a label no date follows ("2023-10-31 发布").
    first = keys[0].start()
    if first:
        bare_label = any(rank == 0 and not any(ch.isdigit() for ch in piece) for rank, piece in pieces)
        pieces.insert(0, (0 if bare_label else 1, line[:first]))
    return pieces


def _is_prose_or_item(piece: str) -> bool:
    """A date inside a story sentence, or after a list item's headline: not the page's publish time."""
    if len(piece) >= settings.DATE_SENTENCE_MIN_CHARS and _SENTENCE_MARK.search(piece):
        return True
    end = _DATE_AT_END.search(piece.rstrip())
    if end is None or _BYLINE_FIELD.search(piece):
        return False
    before = _URL_TEXT.sub("", piece[: end.start()])  # a source link before the date is no headline
    return len(_DATE_CHARS.sub("", before)) > settings.DATE_LIST_TITLE_MIN_CHARS


def _is_stamp(piece: str) -> bool:
    """A date with byline fields, or with at most a few characters more (not a list item's title)."""
    return bool(_BYLINE_FIELD.search(piece)) or len(_DATE_CHARS.sub("", piece)) <= settings.PAGE_DATE_MAX_OTHER_CHARS


def china_time(stamp: str | None) -> datetime | None:
    """An ISO 8601 time (any offset; naive means China time) as naive China time, None when unreadable."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(_CHINA).replace(tzinfo=None) if moment.tzinfo else moment


def _relative(text: str, now: datetime) -> str | None:
    if "刚刚" in text:
        return _iso(now.replace(second=0, microsecond=0))
    if match := _AGO.search(text):
        delta = timedelta(**{_AGO_UNITS[match["unit"]]: int(match["n"])})
        return _iso((now - delta).replace(second=0, microsecond=0))
    if match := _DAY_WORD.search(text):
        day = now - timedelta(days=_DAYS_BACK[match["day"]])
        try:
            return _iso(day.replace(hour=int(match["H"]), minute=int(match["M"]), second=0, microsecond=0))
        except ValueError:
            return None
    return None


def _iso(moment: datetime) -> str:
    return moment.isoformat() + settings.DEFAULT_TZ_OFFSET


def year_from_url(url: str | None) -> int | None:
    match = _URL_DATE.search(url or "")
    return int(match["y"]) if match else None


def _year_in(lines: list[str]) -> int | None:
    """The year of the first full date among the lines, for 'MM-DD HH:MM' written next to it."""
    for line in lines:
        if match := _FULL.search(line):
            return int(match["y"])
    return None


def _from_epoch(seconds: int) -> str | None:
    try:
        return datetime.fromtimestamp(seconds, _CHINA).replace(tzinfo=None).isoformat() + settings.DEFAULT_TZ_OFFSET
    except (OverflowError, OSError, ValueError):
        return None


def _hour(match: re.Match[str]) -> str | None:
    """The hour on a 24-hour clock: 下午3:20 and 3:20 PM are 15:20, 12:05 AM is 00:05."""
    hour, meridiem = match["H"], (match["ap"] or match["ap2"] or "").replace(".", "").upper()
    if hour is None or not meridiem:
        return hour
    value = int(hour)
    if (meridiem == "PM" or meridiem in _PM_WORDS) and value < 12:
        if meridiem == "中午" and value >= 11:
            return hour  # 中午11:30 is before noon; 中午1:00 is 13:00
        return str(value + 12)
    if meridiem in ("AM", "凌晨") and value == 12:
        return "0"
    return hour


def _build(y: str, m: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    try:
        moment = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if tz:
        # A stated offset (often Z in JSON) is converted, so every time in the corpus reads the same way.
        tz = settings.NAMED_TZ_OFFSETS.get(tz.upper(), tz)
        hours, minutes = int(tz[1:3]), int(tz[-2:])
        sign = -1 if tz.startswith("-") else 1
        offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
        moment = moment.replace(tzinfo=offset).astimezone(_CHINA).replace(tzinfo=None)
    return moment.isoformat() + settings.DEFAULT_TZ_OFFSET
