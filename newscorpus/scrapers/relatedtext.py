"""What a related item shows besides its URL: the headline alone, and a snippet that is a summary.

A card's link often holds more than its headline: the time (<time>1小時前</time>), a source line or a
summary, each an element of its own beside the headline's. The headline is the element that names itself
a title, else the first with words; the others are the card's other lines. A snippet is what the item says
about the story: the card's source and time (新京报 2021-11-07, 历史研习社 1天前, · (2016-01-15)) are its
metadata, not a snippet (the item's ``published_at`` keeps the time), so they are cut from its edges and
a snippet that was only metadata is none. Two independent blind batches labelled them so, every item alike.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.linkshape import LINK_QUERY, story_href
from newscorpus.scrapers.text import clean, node_text

_MIN_SNIPPET_CHARS = 8
# How many blocks after a title block are read for its snippet: the summary, or a short line then it.
_SNIPPET_BLOCKS = 2
# A line of label links stepped over for the snippet is at most this long (孟浩然 〔唐代〕): twice a snippet's least.
_LABEL_LINE_CHARS = 2 * _MIN_SNIPPET_CHARS
_WORDS = re.compile(r"[A-Za-z\u3040-\u30ff\u3400-\u9fff]")
# Class words naming an element of a card: its headline, or one of its other lines.
_TITLE_CLASS = re.compile(r"(?<!sub)title|ttl|tit\b|headline|heading", re.IGNORECASE)
_OTHER_CLASS = re.compile(r"summary|desc|intro|abstract|brief|date|time|source|author|info|meta|sub", re.IGNORECASE)
_DATE = (
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{4}年\d{1,2}月|\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日"
    r"|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}時\d{1,2}分"
    r"|\d+\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|个月|個月|か月|年)前|刚刚|剛剛|昨天|前天|今天"
)
# One piece of card metadata as node_text spaces it: a date or time (bracketed or not), a separator, or a
# bracket left alone when its date was an element of its own ([<font>6-10</font>] reads "[ 6-10 ]").
_META_PIECE = re.compile(rf"[(（\[【]?(?:{_DATE})[)）\]】]?|[·•|｜/—–-]+|[(（\[【)）\]】]")
# A reader count at a card's edge (阅读 2,876 · 评论 12, 1.2万阅读, 1,204 个回答, 3.2万次播放): a statistic,
# not the story's summary. A count word may take a measure word (个, 条, 次, 人) after the number.
_COUNT_WORDS = "|".join(
    (
        "阅读|閱讀|浏览|瀏覽|评论|評論|点赞|點讚|喜欢|喜歡|收藏|转发|轉發|赞|讚",
        "回答|回复|回覆|回應|回应|播放|观看|觀看|关注|關注",
    )
)
_COUNT = re.compile(
    rf"(?:{_COUNT_WORDS})\s*[:：]?\s*\d[\d,.]*\s*[万萬wWkK]?\+?"
    rf"|\d[\d,.]*\s*[万萬wWkK]?\+?\s*(?:次|人|个|個|条|條)?\s*(?:{_COUNT_WORDS})"
)
# One character of every count word: a text holding none holds no count (most snippets, unsearched).
_COUNT_FIRSTS = frozenset(word[0] for word in _COUNT_WORDS.split("|"))
# A time relative to now or a clock time (1小时前, 昨天, 18:20): a card's, never a summary's last words
# before a name; a calendar date there may be the summary's own (定于 3月5日 发布会).
_RECENT = re.compile(r"\d+\s*(?:秒|分钟|分鐘|分|小时|小時|天|周|週)前|刚刚|剛剛|昨天|前天|今天|\d{1,2}:\d{2}")
# A date whose parts are elements of their own (<span>2018年</span> <span>11月</span>…), spaced by node_text.
_SPACED_DATE = re.compile(r"(\d{4}年)\s+(\d{1,2}月)(?:\s+(\d{1,2}日))?")
# A short name in brackets, alone at a card's edge (修钟表的王师傅（梧桐树下的老周）): the writer or source.
_BRACKETED_NAME = re.compile(r"[(（][^()（）。，,.!?！？；;：:、]{1,12}[)）]")
# A source's name beside a card's time (硬氪 2天前): short and without a sentence's punctuation.
_SOURCE_MAX_CHARS = 10
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# A summary's last sentence ends so (a source name after it is no word of it).
_ENDS = re.compile(r"[。！？!?…」”）)]$")
_SENTENCE = re.compile(r"[。，,.!?！？；;：:、]")


def card_headline(container: LexborNode) -> str | None:
    """The headline when ``container``'s text is its child elements' alone and they are a card's lines:
    one named a title, or another a time, a summary or metadata (by tag, class or its text). None when it
    is one run of text (inline markup in a headline: <em>Chat</em><em>GPT</em>); the other lines stay in
    the item's text, where the snippet is read."""
    pieces: list[tuple[LexborNode, str]] = []
    own: list[str] = []  # the container's own text: the headline's words beside or between its elements
    runs, gap = 0, False  # runs of own text with an element's text between them
    for child in container.iter(include_text=True):
        if not child.is_element_node:
            if clean(words := child.text() or ""):
                runs += int(not own or gap)
                own.append(words)
                gap = False
            continue
        if text := clean(child.text(separator="")):
            pieces.append((child, text))
            gap = bool(own)
    if own:
        return _own_headline(clean("".join(own)), pieces, runs)
    if len(pieces) < 2:
        return None
    named = [index for index, (child, _) in enumerate(pieces) if _TITLE_CLASS.search(_classes(child))]
    at = named[0] if named else next((i for i, (_, text) in enumerate(pieces) if _WORDS.search(text)), None)
    if at is None:
        return None
    others = [piece for index, piece in enumerate(pieces) if index != at]
    if not named and not any(_other_line(child, text) for child, text in others) and not _source_last(pieces, at):
        return None
    return pieces[at][1]


def _source_last(pieces: list[tuple[LexborNode, str]], at: int) -> bool:
    """The card's last line is a source's name in markup of its own after a headline-long first line
    (<span>北京租房价格地图出炉…</span><em>北漂生活笔记</em>, <span class=t>…</span><span class=s>光明网</span>).
    Inline markup of one headline repeats its element (<em>Chat</em><em>GPT</em>) or runs shorter."""
    if at != 0 or len(pieces) != 2 or len(pieces[0][1]) < settings.RELATED_MIN_ANCHOR_CHARS:
        return False
    (first, _), (last, name) = pieces
    if name[0] in "(（[【" or not _source_name(name):
        return False  # （附名单）, （图）: the headline's own note
    return (first.tag, _classes(first)) != (last.tag, _classes(last))


def _own_headline(text: str, pieces: list[tuple[LexborNode, str]], runs: int) -> str | None:
    """The link's own words as its headline when its elements are only the card's other lines, before or
    after them (<span class=date>2018/09/22</span>台東…, 台風19号…<span>（12/1）</span>). Elements among the
    words, or any element that is no such line, make it one run of text (None: the whole text is it)."""
    if runs != 1 or not pieces or not _WORDS.search(text):
        return None
    return text if all(_other_line(child, piece) for child, piece in pieces) else None


def _classes(node: LexborNode) -> str:
    return node.attributes.get("class") or ""


def _other_line(node: LexborNode, text: str) -> bool:
    if node.tag == "time" or _OTHER_CLASS.search(_classes(node)):
        return True
    return all(_META_PIECE.fullmatch(piece) for piece in text.split())  # 11月2日 9時30分: two pieces


def shown_snippet(item: LexborNode, title: str, links_under: dict[int, int]) -> str | None:
    """Text of the item block minus the title, or of the block after it (title block, then summary
    block): the snippet when the list shows one."""
    text = without_title(node_text(item), title)
    nxt = item
    # The block after the title's; past one short line of its own (a poem's "[唐代] 王维" over its lines,
    # its links, if any, labels: the poet's page, the dynasty's).
    for _ in range(_SNIPPET_BLOCKS):
        if len(text) >= _MIN_SNIPPET_CHARS:
            break
        nxt = nxt.next
        while nxt is not None and not nxt.is_element_node:
            nxt = nxt.next
        if nxt is None or nxt.tag == "a":
            break
        if links_under.get(nxt.mem_id):
            if _label_line(nxt):
                continue
            break
        text = node_text(nxt)
    return text if len(text) >= _MIN_SNIPPET_CHARS else None


def without_title(text: str, title: str) -> str:
    """``text`` without the item's title. The title is read joined (<em>MySQL</em>分区表详解) where the
    block's text is spaced at each element ("MySQL 分区表详解"): a title leading the text is matched
    space-blind, so the headline again is never taken for the summary."""
    if title in text:
        return text.replace(title, "", 1).strip()
    at = 0
    for char in title:
        while at < len(text) and text[at].isspace() and not char.isspace():
            at += 1
        if at < len(text) and text[at] == char:
            at += 1
        elif not char.isspace():
            return text.strip()  # the title does not lead the text: leave it whole
    return text[at:].strip()


def _label_line(node: LexborNode) -> bool:
    """A short line of label links (a poem's poet and dynasty) between a title and its snippet."""
    return len(node_text(node)) <= _LABEL_LINE_CHARS and not any(story_href(link) for link in node.css(LINK_QUERY))


def summary(snippet: str | None) -> str | None:
    """The snippet as the item's summary (``summary_only``); none when only metadata was shown."""
    text = summary_only(snippet) if snippet else ""
    return text if len(text) >= _MIN_SNIPPET_CHARS else None


def summary_only(text: str) -> str:
    """The snippet without the card's metadata at its edges: dates, times, separators, and the source's
    name shown beside a time, a reader count, a bracketed name."""
    text = _without_counts(text)
    if "年" in text:
        text = _SPACED_DATE.sub(lambda m: "".join(part for part in m.groups() if part), text)
    pieces = text.split()
    start = 0
    while start < len(pieces) and _META_PIECE.fullmatch(pieces[start]):
        start += 1
    end = len(pieces)
    if end - start == 1 and _BRACKETED_NAME.fullmatch(pieces[start]):
        return ""  # only a name in brackets: who wrote it, not what it says
    source_after = end - start >= 2 and _source_name(pieces[end - 1]) and bool(_RECENT.fullmatch(pieces[end - 2]))
    end -= source_after  # the source after a recent time (…请看报道。 1小时前 新华社): cut with the time below
    while end > start and _META_PIECE.fullmatch(pieces[end - 1]):
        end -= 1
        if source_after:
            continue  # a card names one source: the words before the time are the summary's
        if end > start and _source_name(pieces[end - 1]) and (end - 1 == start or _ENDS.search(pieces[end - 2])):
            end -= 1  # alone, or after the summary's last sentence: not a word of the summary
    if end == len(pieces) and start == 0:
        return text
    return " ".join(pieces[start:end])


def _without_counts(text: str) -> str:
    """``text`` without the reader counts at its end (阅读 2,876 评论 12): what follows the last count is
    only more of them or the card's time. A count inside the summary's words stays."""
    if _COUNT_FIRSTS.isdisjoint(text):
        return text  # no count word: no count to cut (most snippets)
    matches = list(_COUNT.finditer(text))
    cut = len(text)
    for match in reversed(matches):
        if _summary_tail(text[match.end() : cut]):
            cut = match.start()
    return text[:cut].rstrip() if cut < len(text) else text


def _summary_tail(rest: str) -> bool:
    """What follows a count is only metadata pieces (a time, a separator) or nothing."""
    return all(_META_PIECE.fullmatch(piece) for piece in rest.split())


def _source_name(piece: str) -> bool:
    if _META_PIECE.fullmatch(piece):
        return False
    return len(piece) <= _SOURCE_MAX_CHARS and bool(_CJK.search(piece)) and not _SENTENCE.search(piece)


def unquoted(title: str) -> str:
    """A work's name quoted whole (《鸟鸣涧》 linking the poem): the name, as the page titles it."""
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title[1:-1].strip() or title
    return title
