"""Byline bars built from separate inline elements: each element one field, as a reader sees them.

A bar such as ``<em>2024-05-15 10:20</em><em>海峡晨报</em><em>胡磊丽</em>`` or
``<span>作者 胡磊丽</span><span>来源 海峡晨报</span>`` has no text between its elements: the page lays
them out apart (margins, separators drawn in CSS), but its text reads ``海峡晨报胡磊丽`` and
``作者 胡磊丽来源 海峡晨报``, glued into one value. Only the lines above the story are re-read here, with a
space where one element ends and the next begins; body text is never touched. A name that markup splits
(``张<b>三</b>``, text then an element) stays whole: only element-to-element boundaries separate, and
only between parts of two characters or more (``<b>张</b><b>三</b>`` is one name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.blocks import BLOCK_TAGS, SKIP_TAGS
from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.bylinebrand import names_site
from newscorpus.scrapers.bylinegrammar import TIME, TIME_LABELS, ends_in_label, fold, is_lone_label, tokenize
from newscorpus.scrapers.text import clean

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

    from newscorpus.scrapers.blocks import Line, Walk

_ENDS_LINE = BLOCK_TAGS | {"br"}
# A bar's tools and counters, each a whole part of the line (spaces or the line's ends around it): a counter
# with its figure (``阅读 3.2万``, ``评论(23)``, ``0人参与``, a video's ``播放 3.1万``), the font switch
# (``字号：大 中 小``), the share row (``分享到： 微信 微博``) and the follow button (the grammar knows 举报, 打印
# and such as tools already). Another template puts them before or between the names (``阅读 3.2万 周文慧
# 发布/…``), where no grammar rule expects them.
_TOOLS = re.compile(
    r"(?:(?<=\s)|^)(?:"
    r"(?:我要)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|跟贴|跟帖|参与|參與|点赞|點贊|收藏|播放|观看|觀看)(?:量|数|數|次数|次數)?\s*[:：]?\s*"
    r"[(（]?\d[\d,.]*\s*[万萬wWkK]?\+?[)）]?(?:次|人|条|條)?"
    r"|(?:已有|已經有|已经有)?\s*\d[\d,.]*[万萬]?\s*(?:人参与|人參與|人阅读|人閱讀|次阅读|次閱讀|条评论|條評論)"
    # "【已有18位网友发表评论】": the comment count in its brackets, a link to the comments
    r"|[\[【(（]\s*(?:已有|共有)?\s*\d[\d,]*\s*[位个個名条條]?\s*(?:网友|網友|人)?\s*(?:发表|發表|参与|參與)?"
    r"(?:评论|評論)\s*[\]】)）]"
    r"|字[号號体體]\s*[:：]?\s*[\[【(（]?\s*(?:大\s*中\s*小|T\s*\|\s*T)\s*[\]】)）]?"  # "字号：T|T": two glyph buttons
    r"|[\[【(（]\s*(?:字[号號体體]\s*[:：]?\s*)?大\s*中\s*小\s*[\]】)）]"  # "[ 大 中 小 ]", "【字号 大 中 小】"
    r"|分享到?\s*[:：]?(?:\s*(?:微信|微博|QQ空间|QQ空間|QQ|朋友圈|复制链接|複製連結|Facebook|Twitter|LINE))*"
    r"|[+＋]\s*(?:关注|關注)"
    r")(?=\s|$)"
)
# Around a logo's name while a bar is read (``logo_name``): no page text holds it.
LOGO_MARK = "\ue000"  # private use: no page text, and no whitespace to clean() (\x1e is)
_LOGO = re.compile(f"{LOGO_MARK}[^{LOGO_MARK}]*{LOGO_MARK}")
# A logo whose name the text right after it shows again.
_LOGO_SHOWN = re.compile(f"{LOGO_MARK}([^{LOGO_MARK}]+){LOGO_MARK}(?=\\s*\\1)")
# A single character on either side of an element boundary is part of a word or name, not a field.
_MIN_PART_CHARS = 2


def header_texts(page: Walk, start: int, end: int, body_at: int | None, title: str | None) -> list[str]:
    """The texts of ``page.lines[start:end]`` (the lines around the headline), those above the story's
    first line (``body_at``) read with their elements apart; the headline and the story as they are."""
    texts = []
    # A story container opening with its headline and bar: its short lines before the first paragraph are
    # bars too ("<div><h1>…</h1><div><span>来源 聯合報</span><span>林政忠 记者</span></div><p>…").
    opening = body_at
    while opening is not None and opening < end and len(page.lines[opening].text) <= settings.BYLINE_MAX_LINE_CHARS:
        opening += 1
    for index, line in enumerate(page.lines[start:end], start):
        above = opening is None or index < opening
        texts.append(bar_text(page, line) if above and line.text != title else line.text)
    return texts


def bar_text(page: Walk, line: Line) -> str:
    """``line``'s text with a space between adjacent elements, when the line is a short bar that is its
    block's whole text; otherwise the line's text unchanged."""
    if len(line.text) > settings.BYLINE_MAX_LINE_CHARS:
        return line.text
    node = page.nodes[line.block]
    first = node.child
    if first is None or (first.next is None and first.tag == "-text"):
        return line.text  # one text and no element: nothing to read apart (most lines; spares the reading)
    parts: list[str] = []
    if not _collect(node, parts, 0):
        # A block broken into lines by <br> or its own blocks: the run this line is, read apart.
        glued = line.text.replace(" ", "")
        return next((run for run in runs_apart(node) if run.replace(" ", "") == glued), line.text)
    text = clean("".join(parts))
    # The block may hold text of other lines (a line after a nested block): then it is not this bar. A logo's
    # name is no text of the line: compared without it, kept in what is read.
    shown = _LOGO.sub("", text).replace(" ", "")
    text = _LOGO_SHOWN.sub("", text)  # "来源：<img alt=X>X": the name is read once
    return text.replace(LOGO_MARK, "") if shown == line.text.replace(" ", "") else line.text


def element_text(node: LexborNode) -> str | None:
    """A site rule's bar element read with its elements apart; None when it holds blocks or line breaks
    (its lines are then read one by one) or is longer than a bar."""
    parts: list[str] = []
    if not _collect(node, parts, 0):
        return None
    text = clean("".join(parts))
    return text if len(text) <= settings.BYLINE_MAX_LINE_CHARS else None


def runs_apart(node: LexborNode) -> list[str]:
    """The texts of ``node``'s runs between its own line breaks and block children (``来源: <a>X</a><img>浙江<br>
    <a>举报</a>``, ``<span>阅读 3万</span><span>X</span><div>發佈：…</div>``), each read with its elements apart;
    a run nesting a block or deeper than a bar is left out (its lines are read as they are)."""
    if len(node.text(deep=True)) > settings.BYLINE_RUNS_MAX_CHARS:
        return []  # a story's container or a column, no bar: its lines stay as they are (and cost nothing)
    texts: list[str] = []
    run: list[LexborNode] = []
    for child in [*node.iter(include_text=True), None]:
        if child is not None and child.tag not in _ENDS_LINE:
            run.append(child)
            continue
        parts: list[str] = []
        if run and _collect_children(run, parts, 1) and (text := clean("".join(parts))):
            texts.append(text)
        run = []
    return texts


def _collect(node: LexborNode, parts: list[str], depth: int) -> bool:
    """Append ``node``'s inline text to ``parts``, a space between adjacent elements; False when a block,
    a line break or deeper nesting than a bar has ends the reading."""
    if depth > settings.BYLINE_BAR_MAX_DEPTH:
        return False
    return _collect_children(node.iter(include_text=True), parts, depth)


def _collect_children(children: Iterable[LexborNode], parts: list[str], depth: int) -> bool:
    before: str | None = None  # the text of the element that just ended, while no text has come after it
    # The text before an icon image: a picture between two texts starts a new part (``<a>车界观察</a><img
    # src=ipLocation.svg>浙江``: the account, then its IP region), as an element boundary does.
    iconed: str | None = None
    for child in children:
        tag = child.tag or ""
        if tag == "-text":
            text = child.text_content or ""
            if iconed is not None and text.strip() and min(len(iconed.strip()), len(text.strip())) >= _MIN_PART_CHARS:
                parts.append(" ")
            parts.append(text)
            if text.strip():
                before = iconed = None
            continue
        if tag in _ENDS_LINE:
            return False
        if tag == "img":
            if (logo := _labelled_logo(child, _last_text(parts))) is not None:
                parts.append(f"{LOGO_MARK}{logo}{LOGO_MARK}")
                before, iconed = logo, None
                continue
            iconed = before if before is not None else _last_text(parts)
            continue
        if tag in SKIP_TAGS:
            continue
        inner: list[str] = []
        if not _collect(child, inner, depth + 1):
            return False
        text = "".join(inner)
        if not text.strip() and tag == "a" and (logo := logo_name(child)):
            text = f"{LOGO_MARK}{logo}{LOGO_MARK}"  # the outlet shown as its logo (read, then marked off)
        if not text.strip():
            continue  # an icon or an empty element: it neither separates nor joins
        if before is not None and min(len(before.strip()), len(text.strip())) >= _MIN_PART_CHARS:
            parts.append(" ")
        parts.append(text)
        before, iconed = text, None
    return True


def logo_name(link: LexborNode) -> str | None:
    """An outlet a link shows only as its logo: the image's alt, else the link's title, when shaped like an
    outlet's name (中国新闻网, 扬子晚报): a bar's source slot holding a logo (ifeng, sohu). Share icons and
    avatars (微信, a person's name) are no outlet and stay unread."""
    image = link.css_first("img")
    if image is None:
        return None
    for name in (image.attributes.get("alt"), link.attributes.get("title")):
        if name and is_outlet(clean(name)):
            return clean(name)
    return None


def _labelled_logo(image: LexborNode, text: str | None) -> str | None:
    """An outlet shown as a bare logo right after its label (eastmoney's ``来源： <img alt="证券时报网">``): the
    image's alt when shaped like an outlet's name. Without the label before it a picture is an icon."""
    alt = clean(image.attributes.get("alt") or "")
    if not (text and ends_in_label(text) and is_outlet(alt)):
        return None
    # The site's own logo there (a template's default 来源 picture) shows the site, no outlet it reprints.
    root = image
    while root.parent is not None:
        root = root.parent
    return None if names_site(root, alt) else alt


def _last_text(parts: list[str]) -> str | None:
    """The last text read so far, when there is one."""
    return next((part for part in reversed(parts) if part.strip()), None)


def list_starts(lines: list[Line], start: int, stop: int) -> int:
    """Where a list begins among ``lines[start:stop]``, the few lines past the story read for its credits:
    the first card, a line led by a linked headline and holding a credit (``<a>另一条新闻的标题</a><span>来源：
    新华社</span>``), whose fields are that card's, not the story's; ``stop`` when none is. A closing credit
    keeps its link (``来源：<a>人民日报</a>``, ``<a>张三</a> 编辑``): only a long linked text before the label
    leads a card; a share bar or a 上一篇/下一篇 line credits nobody and ends nothing. Could misfire on a
    story closing with a long linked unit before its credit word (``<a>某某市人民政府新闻办公室</a> 供稿``)."""
    for index in range(start, min(stop, len(lines))):
        line = lines[index]
        if line.link_chars * 2 < len(line.text) or line.link_chars < settings.BYLINE_LISTED_TITLE_CHARS:
            continue  # most lines: no link, or a short one
        lead, fields = tokenize(fold(line.text))
        if fields and len(lead) >= settings.BYLINE_LISTED_TITLE_CHARS:
            return index
    return stop


def without_tools(line: str) -> str:
    """``line`` without the bar's tools and counters standing as parts of their own (``_TOOLS``), its times'
    own labels spelled as the one time label (``_TIME_LABEL``). Could misfire on a part that is a tool's word
    alone and meant as a value (a column named ``收藏``), not seen."""
    if "://" in line:
        line = _BAR_ADDRESS.sub(" ", line).strip()  # "http://sports.sina.com.cn 2008年08月12日02:35 新京报"
    if ":" in line or "：" in line:
        line = _TIME_LABEL.sub(_as_time_label, line)
    bare = _TOOLS.sub(" ", line)
    return " ".join(bare.split()) if bare != line else line


# A web address standing as a part of a bar, before its other parts (sina's 2008 bar opens with the channel's
# address): the site's own, no name and no outlet. One after a label (出处：https://…) is that label's value.
_BAR_ADDRESS = re.compile(r"(?:^|(?<=\s))https?://[^\s\u4e00-\u9fff]+(?=\s)")
# A word of its own right before a separator and a time labels that time, whatever the word (``出版：2022-08-08
# 08:09``, ``刊登：``, ``公開：``, ``Posted:``): the bar's next element, read into the line, whose word would
# otherwise close the writer's name (``撰文：陳嘉欣 出版：…`` -> ``陳嘉欣 出版``). The layout decides, no list of
# words: a part after a space, one to four characters, then the separator and the time. Could misfire on a
# second name printed with its own time (``作者：张三 李四：2019-01-02``), which would lose 李四.
_TIME_LABEL = re.compile(r"(?<=\s)([^\s:：|/()（）\[\]【】\d]{1,4}|[A-Za-z]{2,12})\s*[:：]\s*(?=" + TIME.pattern + ")")
# How the grammar spells a time's label: the value before it ends there.
_TIME_WORD = "发布:"
# The grammar's time labels: one glued after a word leaves that word to the grammar.
_GLUED_TIME_LABELS = tuple(TIME_LABELS)


def _as_time_label(match: re.Match[str]) -> str:
    word = match.group(1)
    # A known label, or a time label glued after a word (``李四时间：``): the grammar decides whose the glued word
    # is (a name a surname opens stays the writer's, README: long-tail credits by their shape). Only a time label:
    # the grammar tells a qualifier from a name before those alone, so ``最后更新：`` stays one time label here.
    if is_lone_label(word) or word.endswith(_GLUED_TIME_LABELS):
        return match.group()
    return f"{_TIME_WORD} "
