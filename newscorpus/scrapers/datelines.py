"""Which date on a page is its publish time: the lines around the headline ranked by what their dates
are about (a 发布 label, another time such as 更新 or 成文, a last edit or comment that never counts), and
the page-wide fallback that takes only labelled lines and stamps, never a list item's or a story's date."""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.datejoin import with_labels
from newscorpus.scrapers.dates import (
    FULL_DATE,
    URL_TEXT,
    WRITTEN_ZONE_NAMES,
    china_time,
    day_from_url,
    is_date_only,
    may_hold_datetime,
    parse_datetime,
    short_date_alone,
    year_from_url,
)

# What a date in a line is about, read from the word that leads into it. ``never``: the last edit of a
# page or wiki entry, a thread's last reply, a comment or guestbook message, a page generated for the
# visitor, a top bar's today (今天是), a poster's card (注册时间, 注册：, 最后登录): never the publication.
# ``other``: an update, a recommended article, a deadline, a document's drafting (成文日期 beside
# 发布日期): only when nothing better shows. A story's 最後更新 (or 最近更新) is an update, no edit: BBC Chinese's bar
# shows only that time ("最後更新： 2015年 10月 29日, 格林尼治標準時間 11:32").
# ``label``: the publish time itself.
_KEY_PATTERN = (
    r"(?P<never>(?:(?:最后|最後|最近|上次)\s*(?:编辑|編輯|修改|修订|修訂|回复|回覆|发表|發表|登录|登錄|登陆|登陸)"
    r"|上次\s*更新)"
    r"(?:时间|時間|日期|于|於)?|(?:注册|註冊|加入|入驻|入駐)(?:时间|時間|日期|于|於)|(?:注册|註冊)\s*[:：]"
    r"|页面生成|頁面生成|留言(?:于|於|时间|時間)|回答(?:于|於)|评论于|評論於|回复于|回覆於"
    r"|[Ll]ast\s+(?:[Mm]odified|[Uu]pdated|[Ee]dited)|今天是|今日是)"
    r"|(?P<other>(?:(?:最后|最後|最近)\s*更新|更新|修改|最新|推荐|推薦|评论|評論|回复|回覆|截止|到期|成文|印发|印發"
    r"|施行|实施|實施|生效|生成)"
    r"(?:时间|時間|日期|于|於)?|编辑于|編輯於|[Uu]pdated|[于於]\s*\d{2,4}\D.{0,20}?(?:修改|修訂|修订|更新|编辑|編輯))"
    r"|(?P<label>发布时间|发表时间|发布日期|发表于|发布于|时间[:：]|日期[:：]|于\s*\d{2,4}\D.{0,20}发布"
    # 首发 (first published) only as a field's label: "08:00首发，5月16日修订" is a sentence's word after its date.
    r"|首[发發](?:时间|時間|日期)?\s*[:：]"
    r"|[發发][佈布表]時間|[發发][佈布]日期|[發发][佈布表]於|時間[:：]|刊登日期|公開日|配信日|掲載日|投稿日|[Pp]ublished)"
)
# Every character a _KEY match can start with (tests/test_dates_precheck.py derives them from the pattern).
# Led by this class, the search tests one class at each position of a line instead of trying the whole
# alternation there: ~6x faster over the hundreds of lines the page-wide date search reads.
_KEY_FIRST = "LPUlpu上于於今修入公刊到加印发回实實成截投推掲施日时時更最注生留發編编註評评配頁页首"
_KEY = re.compile(f"(?=[{_KEY_FIRST}])(?:{_KEY_PATTERN})")
# An event's own time in a notice (考试时间：, 活动时间：): the word before a bare 时间/日期 label makes it
# another time (two-character words, looked up only after such a label).
_EVENT_WORDS = frozenset(
    re.findall(
        "..",
        "考试考試报名報名活动活動会议會議开幕開幕举办舉辦举行舉行开始開始结束結束比赛比賽"
        "演出开放開放受理申报申報公示开奖開獎出生成立上市"
        # A work's own release in a review's info box (发售日期, 上映日期, 首播时间), not the review's publication.
        "发售發售上映首映公映首播开播開播",
    )
)
# "更新于 2023-...": the word leads into the date, its first number starting one (a year, month or hour before
# its separator): "评论(4)", "评论 山河故人 4" count beside a bar's date, which is the bar's own.
_LEADS_INTO_DATE = re.compile(r"\D{0,12}\d{1,4}\s*[-/.年月:：]")
_HOLDS_DIGIT = re.compile(r"\d")
_RANKS = {"label": 0, None: 1, "other": 2}
# The ``other`` label a post's own last edit shows (知乎's 编辑于 under an answer or a column post); not an entry's
# or a chapter's 更新时间 (an encyclopedia's revision, a serial's upload: the batches date those pages by nothing).
_EDIT_LABEL = re.compile(r"\s*(?:编辑于|編輯於)")
# An unlabelled date away from the bar under the headline ranks below any in it: a CMS whose bar shows
# only 更新时间 is dated by it, not by a list item's date split onto its own line above the headline.
# (Without a bar found, every date is away and the ranks keep their order.)
_AWAY_FROM_BAR = 2
# Fields of a byline bar: a date line carrying them is a stamp, not a list item's date.
_BYLINE_FIELD = re.compile(
    r"来源|來源|作者|记者|記者|编辑|編輯|阅读|閱讀|浏览|瀏覽|点击|點擊|[Pp]osted|发表|發表|楼主|樓主"
    # A forum post's tail: its device (来自Android客户端) and its floor right before its date (1楼2017-05-21).
    r"|[来來]自\s*\S{1,12}\s*客[户戶]端|\d[楼樓]\s*[12]\d{3}\s*[-/.年]"
    # An e-paper's edition bar (2015年10月14日 星期三 第A03版：城事): the issue's date is the page's.
    r"|第\s*[A-Z]?\d{1,3}\s*版"
)
# A post's edit note (此帖被X在2009-11-02 22:18重新编辑, 最后修改于): its time is the edit's.
_EDIT_NOTE = re.compile(r"编辑|編輯|修改|更新|修订|修訂")
# An e-paper's links to the issues before and after the one shown (2009年07月15日 星期三 上一期 下一期 往期回顾).
_ISSUE_LINKS = re.compile(r"[上下]一期|往期")
# A story sentence: it ends like one, or runs on after its date ("2014年6月22日，第38届世界遗产大会...").
# A date written as a value in code: quoted, or after a comparison or an assignment (WHERE created_at >=
# '2021-03-01', date = "2019-05-13").
_CODE_LITERAL = re.compile(r"(?:[<>=]=?\s*|['\"])\d{4}-\d{1,2}-\d{1,2}")
# A sentence's marks, a date followed by a comma, or a date opening a span (1月17日至1月19日: an event's days).
_SENTENCE_MARK = re.compile(r"[。！？；]|[日\d]\s*，|日\s*[至到～~]\s*\d")
# A list item: a headline, then its date at the end of the line (what follows a date in a stamp is fields). A
# date has a separator: a bare number closing the line is a counter (a bar's hits, "通讯员：X 2317"), no date.
_WRITTEN_ZONE = re.compile(WRITTEN_ZONE_NAMES)
_DATE_AT_END = re.compile(r"(?=[\d\s:：\-/.年月日()（）\[\]]*[:：\-/.年月日])[\d\s:：\-/.年月日()（）\[\]]+$")
# The heading of a comment, guestbook or feedback section (全部评论（2）, 网友留言, 用户反馈, 发表评论).
_COMMENTS_HEADING = re.compile(
    r"\s*(?:(?:全部|热门|最新|网友|用户|读者|访客|精彩|網友|讀者|熱門)\s*(?:评论|評論|留言|回复|回覆|反馈|反饋|评价|評價)"
    r"|(?:评论|評論|留言)(?:区|區|列表|\s*[（(]\d+[)）])|发表评论|發表評論"
    # WordPress themes' count of replies to the post: "3 条评论 to “X”", "2 則留言", "3 Responses to “X”".
    r"|\d+\s*(?:条|條|个|個|則|则)\s*(?:评论|評論|留言|回应|回應)(?:\s+to\s+\S.*)?|(?:\d+|One)\s+Responses?\s+to\s+\S.*"
    r")\s*[（(]?\d*[)）]?\s*$"
)
# A date beside the lunar calendar's is a portal's today bar, like 今天是 (never the page's publish time).
_LUNAR_WORDS = ("农历", "農曆", "阴历", "陰曆")
# An encyclopedia's footer: when it was last edited, or its edit count (编辑次数); no publish time.
_EDITED_PATTERN = r"[页頁]面最[后後近](?:编辑|編輯|修订|修訂)|[词詞][条條]最[后後近]|[编編][辑輯]次[数數]"
# Led by its first characters, as _KEY: the engine passes other characters instead of trying each word there.
_EDITED_FIRST = "页頁词詞编編"
_EDITED_PAGE = re.compile(f"(?=[{_EDITED_FIRST}])(?:{_EDITED_PATTERN})")
# What a stamp line holds besides its date: digits, separators, brackets, weekday and meridiem words.
_DATE_CHARS = re.compile(
    r"[\d\s:：\-/.,，年月日时時分秒T@()（）\[\]【】|]+|星期.|周.|週.|礼拜.|禮拜.|上午|下午|晚上|凌晨|中午|[AaPp][Mm]"
)


def first_datetime(lines: list[str], url: str | None, fetched_at: str | None = None) -> str | None:
    """The publish time among the lines around the headline: a labelled one first, else the first date.

    Dates led into by another time's word (更新于, 最新推荐文章于, 成文日期) only count when no other line
    has one; a page's last edit, a last reply or a comment's time never counts, nor a date in a sentence.
    """
    return _best(lines, url, fetched_at, page_wide=False)


def shown_datetime(
    lines: list[str],
    url: str | None,
    fetched_at: str | None = None,
    edited: bool = False,
    title: str | None = None,
    year: int | None = None,
) -> str | None:
    """``first_datetime``; on a page that tells only its last edit (``edited_page``), a labelled time only:
    an encyclopedia entry's other dates are its subject's. The few lines right under ``title`` are the
    byline bar's: an outlet's name before the date there is no list item's headline. ``year``: the year a
    year-less date is in when neither the URL nor a full date among the lines tells (``copyright_year``)."""
    return _best(lines, url, fetched_at, page_wide=False, labelled_only=edited, bar=_under(lines, title), year=year)


def edited_page(lines: list[str]) -> bool:
    """An encyclopedia-like page: its footer says when the page was last edited (本页面最后修订于...)."""
    # One search over the lines joined: the pattern holds no line break, so no match spans two of them.
    return _EDITED_PAGE.search("\n".join(lines[-settings.DATE_FOOTER_LINES :])) is not None


def page_datetime(
    lines: list[str],
    url: str | None,
    fetched_at: str | None = None,
    edited: bool = False,
) -> str | None:
    """The publish time anywhere on a page whose headline shows none: only from a labelled line or a
    stamp (a date with byline fields or little else), never from a list item's date after its title."""
    return _best(lines, url, fetched_at, page_wide=True, labelled_only=edited)


def _best(
    lines: list[str],
    url: str | None,
    fetched_at: str | None,
    page_wide: bool,
    labelled_only: bool = False,
    bar: frozenset[str] = frozenset(),
    year: int | None = None,
) -> str | None:
    found = _best_found(lines, url, fetched_at, page_wide, labelled_only, bar, year)
    return found[0] if found else None


def shown_edit_time(lines: list[str], url: str | None, fetched_at: str | None = None, title: str | None = None) -> bool:
    """Whether the time ``shown_datetime`` reads is one an edit word labels (编辑于, 更新时间): the last edit,
    no publish time to put over the metadata's."""
    found = _best_found(lines, url, fetched_at, page_wide=False, bar=_under(lines, title))
    return found is not None and found[1]


def _best_found(
    lines: list[str],
    url: str | None,
    fetched_at: str | None,
    page_wide: bool,
    labelled_only: bool = False,
    bar: frozenset[str] = frozenset(),
    year: int | None = None,
) -> tuple[str, bool] | None:
    """The best date-time and whether another time's word (an edit's) labels it."""
    # The footer's copyright year only where the lines reach the footer (page-wide): a bar's lines show none.
    year = year_from_url(url) or _year_in(lines) or year or (copyright_year(lines) if page_wide else None)
    now = china_time(fetched_at)
    ranked: list[tuple[int, bool, str, bool]] = []
    timed: list[tuple[int, bool, str, bool]] = []  # those with a time of day, on no edit note's line
    alone: list[tuple[int, int]] = []  # (line, found) where a date stands alone on its line: an archive's?
    filed_on = day_from_url(url) if page_wide else None  # the day the URL files the page under, if any
    filed: str | None = None  # a page-wide bare date on that day: the last resort (an e-paper's issue bar)
    edit: str | None = None  # page-wide, the first time an edit word labels (编辑于): the last resort after that
    for at, line in enumerate(with_labels(lines, _KEY)):
        if comments_heading(line):
            break  # what follows is the readers' section: its stamps are theirs
        if not may_hold_datetime(line, now):
            continue  # most of a page's lines: no piece of them is a time
        for rank, piece in _pieces(line):
            if page_wide and (rank == _RANKS["other"] or (rank == _RANKS[None] and not _is_stamp(piece))):
                if edit is None and rank == _RANKS["other"] and _EDIT_LABEL.match(piece):
                    edit = parse_datetime(piece, year, now)
                if (
                    filed is None
                    and (filed_on or _ISSUE_LINKS.search(line))
                    and (when := parse_datetime(piece, year, now))
                ):
                    # The URL's day, or an e-paper's issue bar (… 上一期 下一期) where the URL files no day.
                    filed = when if when[:10] == filed_on or (filed_on is None and rank == _RANKS[None]) else None
                continue
            if labelled_only and rank:
                continue
            if rank and _is_prose_or_item(piece, in_bar=line in bar):
                continue
            if rank and ("'" in piece or '"' in piece or "=" in piece) and _CODE_LITERAL.search(piece):
                continue  # "created_at >= '2021-03-01'": a value in a post's code, no stamp
            when = parse_datetime(piece, year, now) or (short_date_alone(piece) if line in bar else None)
            # A top bar's calendar is the visitor's today, unless the URL files the page under it (an e-paper's).
            if when and (not _today_bar(line) or when[:10] == day_from_url(url)):
                if is_date_only(when) and not _DATE_CHARS.sub("", line):
                    alone.append((at, len(ranked)))
                away = line not in bar
                ranked.append((rank + _AWAY_FROM_BAR if away and rank else rank, away, when, rank == _RANKS["other"]))
                if not is_date_only(when) and rank != _RANKS["other"] and not _EDIT_NOTE.search(line):
                    timed.append(ranked[-1])
    ranked = _without_archive_lists(ranked, alone, page_wide)
    # Of equal rank, the bar under the headline before the lines above it (an edition's date, a top bar); then a
    # date on the day the URL files the page under (a church's /pastor/2015/0628.html dated 2015年6月28日 over
    # the sidebar's last archive link, 2015年6月7日) before the others, in page order.
    url_day = day_from_url(url)
    best = min(ranked, key=lambda found: (*found[:2], found[2][:10] != url_day)) if ranked else None
    if best and not page_wide and is_date_only(best[2]):
        # Around the headline, a labelled date alone (發佈日期：2016-10-05) and a stamp of that day with its time
        # (由 admin 於 星期三, 十月 5, 2016 - 15:20 發表): one publish time, the stamp's. Page-wide a later same-day
        # stamp may be a reply's; an edit note's time (此帖被X在2009-11-02 22:18重新编辑) is never it.
        same_day = [found for found in timed if found[2][:10] == best[2][:10] and found in ranked]
        best = min(same_day, key=lambda found: found[:2]) if same_day else best
    if best:
        return best[2], best[3]
    # A post showing only when it was last edited (知乎's 编辑于 under the answer) is dated by that edit.
    return (filed, False) if filed else ((edit, True) if edit else None)


def _without_archive_lists(
    ranked: list[tuple[int, bool, str, bool]], alone: list[tuple[int, int]], page_wide: bool
) -> list[tuple[int, bool, str, bool]]:
    """The dates found, less a run of lines each holding a date alone (``2019年6月14日`` / ``6月13日`` /
    ``6月12日``: a press archive's days, a calendar's links): navigation, no stamp of the page. Page-wide, only
    when another date remains (nothing else dates the page: the list's first day, as before). One or two dates
    alone still count (a date printed on its own line over the story), and so do dates alone between other
    lines (a list's items, title then date)."""
    if len(alone) < settings.DATE_ARCHIVE_RUN_MIN:
        return ranked
    dropped: set[int] = set()
    run = [alone[0]]
    for found in [*alone[1:], (-2, -1)]:
        if found[0] == run[-1][0] + 1:
            run.append(found)
            continue
        if len(run) >= settings.DATE_ARCHIVE_RUN_MIN:
            dropped.update(index for _, index in run)
        run = [found]
    if not dropped:
        return ranked
    kept = [found for index, found in enumerate(ranked) if index not in dropped]
    return (kept or ranked) if page_wide else kept


def comments_heading(line: str) -> bool:
    """The heading of a readers' section (全部评论（2）, 网友留言, 发表评论): what follows is theirs."""
    return _COMMENTS_HEADING.match(line) is not None


def _today_bar(line: str) -> bool:
    """A top bar's calendar (2023年5月6日 星期六 农历三月十七): the visitor's today, like 今天是."""
    return any(word in line for word in _LUNAR_WORDS)


def _under(lines: list[str], title: str | None) -> frozenset[str]:
    """The lines right under the headline's last occurrence (none when the headline is not among them)."""
    if not title or title not in lines:
        return frozenset()
    at = len(lines) - 1 - lines[::-1].index(title)
    return frozenset(lines[at + 1 : at + 1 + settings.DATE_BYLINE_ZONE_LINES])


def _pieces(line: str) -> list[tuple[int, str]]:
    """The line cut before each word that says what the following date is, with that date's rank
    (0 labelled, 1 plain, 2 another time's); pieces after a ``never`` word are dropped."""
    # A key holding its own date ("于 2020-11-25 09:13 修改": the word after the date) labels that date.
    keys = [
        key
        for key in _KEY.finditer(line)
        if key.lastgroup == "label" or _LEADS_INTO_DATE.match(line, key.end()) or _HOLDS_DIGIT.search(key.group())
    ]
    if not keys:
        return [(_RANKS[None], line)]
    pieces: list[tuple[int, str]] = []
    kind: str | None = None
    previous = ""
    for key, after in zip(keys, [*keys[1:], None], strict=True):
        text = line[key.start() : after.start() if after else len(line)]
        # "最新推荐文章于 2023-09-04 发布": a label right after another time's words, no date between, is theirs.
        group = _group(line, key)
        if group != "label" or kind in (None, "label") or any(ch.isdigit() for ch in previous):
            kind = group
        previous = text
        if kind != "never":
            pieces.append((_RANKS[kind], text))
    # The text before the first word is plain, or labelled by a label no date follows ("2023-10-31 发布").
    first = keys[0].start()
    if first:
        bare_label = any(rank == 0 and not any(ch.isdigit() for ch in piece) for rank, piece in pieces)
        pieces.insert(0, (0 if bare_label else 1, line[:first]))
    return pieces


def _group(line: str, key: re.Match[str]) -> str | None:
    """What the date after ``key`` is about; a bare 时间/日期 label after an event's word is that event's."""
    at = key.start()
    if key.lastgroup == "label" and at >= 2 and line[at - 2 : at] in _EVENT_WORDS:
        return "other"
    return key.lastgroup


_ABSTRACT_LABEL = re.compile(r"\s(?:" + "|".join(settings.SECTION_WORDS) + r")\s*[:：]")


def _is_prose_or_item(piece: str, in_bar: bool = False) -> bool:
    """A date inside a story sentence, or after a list item's headline (not in the byline bar under the
    headline, ``in_bar``, where an outlet's name stands before the date): not the page's publish time."""
    # A bar's abstract after its label (深燃 ·2020-07-16 08:12 摘要: 热闹背后，…): its sentence is the label's.
    piece = _ABSTRACT_LABEL.split(piece, maxsplit=1)[0]
    if len(piece) >= settings.DATE_SENTENCE_MIN_CHARS and _SENTENCE_MARK.search(piece):
        return True
    end = _DATE_AT_END.search(piece.rstrip())
    if end is None or in_bar or _BYLINE_FIELD.search(piece):
        return False
    before = URL_TEXT.sub("", piece[: end.start()])  # a source link before the date is no headline
    # A zone written out before the clock ("星期四 - 格林尼治标准时间 10:20", BBC's bar) is the time's, no title.
    before = _WRITTEN_ZONE.sub("", before)
    return len(_DATE_CHARS.sub("", before)) > settings.DATE_LIST_TITLE_MIN_CHARS


def _is_stamp(piece: str) -> bool:
    """A date with byline fields, or with at most a few characters more (not a list item's title)."""
    return bool(_BYLINE_FIELD.search(piece)) or len(_DATE_CHARS.sub("", piece)) <= settings.PAGE_DATE_MAX_OTHER_CHARS


# A footer's copyright year (``©2017 Baidu``, ``Copyright © 2012-2014``; the last of a range): the year the page was
# served in. A template printing ``发布时间：09-14 17:06`` drops only the current year, so that is the story's year.
_COPYRIGHT_YEAR = re.compile(r"(?:©|(?i:copyright))\s*(?:(?:19|20)\d{2}\s*[-–—~至]\s*)?((?:19|20)\d{2})(?!\d)")


def copyright_year(lines: list[str]) -> int | None:
    """The year a page's copyright footer names, for a year-less date when neither the URL nor a full date tells:
    the last one in the page's last lines (or in one text holding the whole page)."""
    for line in reversed(lines[-settings.DATE_FOOTER_LINES :]):
        if years := _COPYRIGHT_YEAR.findall(line):
            return int(years[-1])
    return None


def _year_in(lines: list[str]) -> int | None:
    """The year of the first full date among the lines, for 'MM-DD HH:MM' written next to it."""
    for line in lines:
        if match := FULL_DATE.search(line):
            return int(match["y"])
    return None
