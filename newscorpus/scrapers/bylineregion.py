"""Where a page's byline bar is: the short lines between the headline and the story's first paragraph.

The labelled fields (来源：, 作者：, 责任编辑：) are read from a wider window around the headline and from the
story's first and last lines, since a label says what its value is wherever it stands. Unlabelled parts
(``张三 2024-05-15 08:58 新华网``) say nothing by themselves: they are read only from this region, so a
related list or a sidebar item that also pairs a time with an outlet is never taken for the byline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.bylinegrammar import TIME, fold, tokenize
from newscorpus.scrapers.bylinelabels import PLATFORM_TAGS
from newscorpus.scrapers.bylineperiod import period_writer
from newscorpus.scrapers.jsonld import ld_objects

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser


def meta_bars(lines: list[str], title: str | None, first_paragraph: str | None) -> list[str]:
    """The lines after the headline's last copy and before the story's first paragraph, at most a few
    of them and each no longer than a byline bar; empty when the headline is not among ``lines``."""
    return [lines[index] for index in region_indexes(lines, title, first_paragraph)]


def story_opening(paragraphs: list[str]) -> str | None:
    """The story's first paragraph, past a byline bar the body starts with ("财经老顽童大风号2019-09-11
    08:10", a bar inside the story's container): the byline region runs up to the story, not the bar. A leading
    line that is a font switch printed in Latin (``A+A-``, ``T | T``, ``A A A``) is the bar's tool, not the story;
    no English story opens with letters paired by ``+``/``-``/``|``."""
    while len(paragraphs) > 1 and (_LATIN_TOOL.fullmatch(paragraphs[0]) or _PICTURE_SOURCE.match(paragraphs[0])):
        paragraphs = paragraphs[1:]  # a font switch, or a photo's source line over the story's dateline
    if len(paragraphs) > 1 and _is_bar(paragraphs[0]):
        rest = paragraphs[1:]
        while len(rest) > 1 and (_BAR_TOOL.fullmatch(rest[0]) or _is_bar(rest[0])):
            rest = rest[1:]  # "小字号" after the bar: its font switch, or the bar's next line: no story yet
        return rest[0]
    return paragraphs[0] if paragraphs else None


def story_opening_lines(paragraphs: list[str], first: str | None) -> list[str]:
    """The paragraphs up to the story's opening ``first``, and the next one too when ``first`` is a picture's
    caption closing with its photographer's credit (``…举行第三次全体会议。人民网记者 翁奇羽摄``): a story whose
    container opens with a photo puts its dateline (``（记者 王比学）``) in the paragraph under the caption.
    Could misfire on a story paragraph ending in a reporter's photo credit: the next paragraph's opening
    bracket is read as a dateline then, which a story's second paragraph seldom opens with."""
    if first is None:
        return []
    end = paragraphs.index(first) + 1
    if end < len(paragraphs) and _CAPTION_CREDIT.search(first):
        end += 1
    return paragraphs[:end]


def _is_bar(line: str) -> bool:
    """A short line holding a time, an outlet's name alone or a poem's writer: a byline bar, no story line."""
    # A bar's time, or an outlet's name alone (its time a line of its own the story filter dropped): no story
    # opens with either ("央视新闻客户端" over "2020-03-10 16:55" inside the story's container), nor with a
    # poem's writer beside his period ("[唐] 王维" over the poem's lines).
    return _bar_sized(line) and (
        TIME.search(line) is not None or is_outlet(line.strip()) or period_writer(line) is not None
    )


def is_labelled_bar(line: str) -> bool:
    """A byline bar (``_is_bar``), or a line of a bar's size holding a label's field (``发布者：商会办公室``): a
    prose line naming a 记者 ends a sentence, a bar does not."""
    return _is_bar(line) or (_bar_sized(line) and bool(tokenize(fold(line))[1]))


def _bar_sized(line: str) -> bool:
    return len(line) <= settings.BYLINE_MAX_LINE_CHARS and not _SENTENCE_END.search(line)


def region_indexes(lines: list[str], title: str | None, first_paragraph: str | None) -> list[int]:
    """Where ``meta_bars`` reads: the indexes of its lines in ``lines``."""
    if (start := title_end(lines, title)) is None:
        return []
    window = range(start, min(len(lines), start + settings.BYLINE_REGION_LINES))
    # The story's first paragraph may be printed twice, as the deck over the bar and as the story's lead under it
    # (yicai: <h2> deck, bar, intro): the story starts at its last copy in the window, the deck is no bar.
    copies = [index for index in window if lines[index] == first_paragraph]
    end = copies[-1] if copies else window.stop
    return [index for index in range(start, end) if len(lines[index]) <= settings.BYLINE_MAX_LINE_CHARS]


def title_end(lines: list[str], title: str | None) -> int | None:
    """The index after the headline's last copy in ``lines``; a forum thread's headline may be shown
    after its type tag (``[游玩攻略] 周末带娃去狼山``), which the title leaves out, after its label ending a bar
    (``浏览：1208 | 回复：16 主题： 南美缸…``) or as the last step of the page's breadcrumb (``_TITLE_LEAD``)."""
    if not title:
        return None
    if title in lines:
        return len(lines) - lines[::-1].index(title)
    tagged = [
        index for index, line in enumerate(lines) if line.endswith(title) and _TITLE_LEAD.search(line[: -len(title)])
    ]
    return tagged[-1] + 1 if tagged else None


# A bar's tool alone in the story's container after it: the font-size switch, print, share.
_BAR_TOOL = re.compile(r"[大中小]?字[号號体體]|[大中小]|打印|分享到?|收藏")
# What a line may hold before the headline it ends with: a thread's type tag ("[游玩攻略] "), its subject's label
# after the bar's counters floated before it ("浏览：1208 | 回复：16 主题： ", phpwind 8.7), or the path to it when
# the page prints the headline only as its breadcrumb's last step ("保定汽车论坛>车友会>", phpwind 8.0).
_TITLE_LEAD = re.compile(
    r"^\s*[\[【][^\]】]{1,8}[\]】]\s*$|(?:^|\s)(?:主题|主題|标题|標題)\s*[:：]\s*$|\S\s*(?:>|＞|›|»|→)\s*$"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
# A bar's font switch printed in Latin (``A+A-``, ``A+ A-``, ``T | T``, ``Aa``): letters and marks, no word.
_LATIN_TOOL = re.compile(r"(?:[A-Za-z][+\-]\s*){2,3}|[A-Za-z](?:\s*\|\s*[A-Za-z]){1,2}|(?:A\s*){2,3}")
# A photo's source line under it, opening the body before the story (图片来源：国家统计局网站, 图源：视觉中国).
_PICTURE_SOURCE = re.compile(r"^[（(]?(?:图片来源|圖片來源|图源|圖源|图片来自|圖片來自|图片提供|圖片提供)\s*[:：]")
# A caption's closing photo credit: a role or a space, a name of two to four Han characters, then 摄/攝 ending the
# line (``新华社记者 李涛 摄``, ``。人民网记者 翁奇羽摄``); ``拍摄`` in a sentence has no role or space before it.
_CAPTION_CREDIT = re.compile(r"(?:记者|記者|通讯员|通訊員|摄影师|攝影師|[\s。])\s*[\u4e00-\u9fff]{2,4}\s*[摄攝]$")
# The notice self-media platforms print under every post ("该文观点仅代表作者本人，搜狐号系信息发布平台",
# "本文来自网易号作者…", "以上内容为自媒体平台…用户上传并发布"): the page is an account's post.
# The 看点 platforms too (本文为新浪看点用户上传): their notices name them where no account label would.
# Only the notices' own wording: a story about 自媒体平台 is no self-media post.
_PLATFORM_NOTICE = re.compile(
    rf"(?:{PLATFORM_TAGS})系信息发布平台|本文(?:来自|为)(?:{PLATFORM_TAGS})|自媒体平台[“\"]?(?:{PLATFORM_TAGS})[”\"]?(?:用户|作者)"
    # Any platform's own wording: "本文为自媒体、作者等新浪看点账号在新浪看点上传并发布…仅提供信息发布平台".
    r"|本文为自媒体.{0,30}上传并发布|仅提供信息(?:发布平台|存储空间服务)"
    # "本文为自媒体作者城事速递发布，不代表新浪网观点或立场": the account named, no upload word.
    r"|本文为自媒体作者.{1,20}?发布"
    # "本文由入驻新浪看点平台的作者撰写", "本文由入驻新浪看点的作者撰写": written by an account settled on the platform.
    r"|本文由入驻.{1,12}?(?:平台)?的(?:作者|用户)"
    # "本文内容由大河报发布，仅代表作者观点，不代表腾讯新闻立场": the account published it, the platform disowns it.
    r"|本文(?:内容)?由.{1,20}发布[，,]?仅代表作者"
)


def self_media_notice(lines: list[str]) -> bool:
    """Whether a page line is a self-media platform's notice (README "Bylines": accounts are authors)."""
    return any(("平台" in line or "本文" in line) and _PLATFORM_NOTICE.search(line) for line in lines)


# A Q&A site's answer counters: the votes under the answerer's card ("2,841 人赞同了该回答"), the question's
# answers ("查看全部 126 个回答"): the page is an answer's post.
_ANSWER_COUNT = re.compile(r"\d[\d,.万]*\s*(?:人赞同了该回答|个回答)")


def answer_page(lines: list[str]) -> bool:
    """Whether the page counts a question's answers or an answer's votes: its answerer's card names the writer,
    as an account's card does on a self-media post."""
    return any("回答" in line and _ANSWER_COUNT.search(line) for line in lines)


def declared_authors(tree: LexborHTMLParser) -> list[str]:
    """Author names the page's metadata declares: ``<meta name="author">``, ``article:author`` and the
    JSON-LD ``author`` (a person or a bare name). Metadata alone is never stored: see ``shown_author``."""
    names = [
        content
        for node in tree.css('meta[name="author"], meta[property="article:author"]')
        if (content := (node.attributes.get("content") or "").strip())
    ]
    for item in ld_objects(tree):
        names += _people(item.get("author"))
    return names


def shown_author(tree: LexborHTMLParser, bars: list[str]) -> str | None:
    """A declared author that a byline bar shows standing alone beside its time, on a line without any
    label (``私~川流 2017-09-30 21:38:07``): the page shows it, the metadata says what it is. A declared
    name that reads as an outlet is the site's own brand, not a writer. The metadata is read only when
    such a bar exists: most pages have none, and reading it is two passes over the page."""
    texts = [TIME.sub(" ", text).split() for line in bars if TIME.search(text := fold(line)) and not tokenize(text)[1]]
    if not texts:
        return None
    for name in declared_authors(tree):
        if is_outlet(name) or len(name) > settings.BYLINE_MAX_HANDLE_CHARS:
            continue
        if any(name in parts for parts in texts):
            return name
    return None


def _people(value: object) -> list[str]:
    """Names in a JSON-LD ``author``: a string, a Person object, or a list of them (organisations out)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [name for item in value for name in _people(item)]
    if isinstance(value, dict) and value.get("@type", "Person") == "Person" and isinstance(value.get("name"), str):
        return _people(value["name"])
    return []


# A time alone on its line ("2015-03-09 07:35:00"): the template printed the rest of its bar in the next element.
_TIME_ALONE = re.compile(r"^\s*(?:" + TIME.pattern + r")\s*$")
_SENTENCE = re.compile(r"[。！？!?，,]")


def time_over_fields(lines: list[str]) -> list[str]:
    """A time alone on its line right over a short line that opens with an unlabelled part and carries a
    labelled field (``2015-03-09 07:35:00`` over ``北京晚报 作者：孙颖``): read as one bar, so the part standing
    before the labels stands beside the time (README "Bylines": without a label). A labelled line that opens
    with its label, or prose, is left alone."""
    joined: list[str] = []
    for index, line in enumerate(lines[:-1]):
        below = lines[index + 1].strip()
        if not _TIME_ALONE.match(line) or len(below) > settings.BYLINE_SHORT_LINE_CHARS or _SENTENCE.search(below):
            continue
        lead, fields = tokenize(below)
        if fields and lead.strip():
            joined.append(f"{line.strip()} {below}")
    return joined
