"""Author, source and editor from the byline text Chinese news pages print around the story.

Every place that sets these fields goes through here: the byline bars and header lines (``parse_byline``),
the story's first and last lines (``story_credit``: ``（记者 张三）``, ``文/李四``, the dateline
``新华社北京5月1日电（记者 张三）``), and whatever a site rule's selectors found (``clean_author``,
``clean_source``, ``clean_editor``). What the fields mean is written in README.md ("Bylines: what each
field means"); a field the text does not show stays None, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers import bylinebare as bare
from newscorpus.scrapers import bylinecredits as credits
from newscorpus.scrapers import bylineenglish as english
from newscorpus.scrapers import bylinelone as lone
from newscorpus.scrapers import bylinenames as names
from newscorpus.scrapers import bylinesource as sources
from newscorpus.scrapers import bylinestory as storytext
from newscorpus.scrapers.bylinebar import without_tools
from newscorpus.scrapers.bylinecreator import mentioned_writer, self_media_account
from newscorpus.scrapers.bylinefields import (
    ACCOUNT_SOURCE,
    PHOTO_TAIL,
    Byline,
    Found,
    bio_writer,
    came_from_account,
    read_fields,
    read_reprint_notice,
)
from newscorpus.scrapers.bylinegrammar import (
    EDITOR,
    REPORTER,
    TIME,
    Field,
    bar_references,
    cut_value,
    fold,
    is_lone_label,
    join_dangling_labels,
    platform_author,
    tokenize,
)
from newscorpus.scrapers.bylinelabels import PLATFORMS
from newscorpus.scrapers.bylineleft import names_beside_time_bar, spaced_outlet, unlabelled
from newscorpus.scrapers.bylineperiod import period_writer
from newscorpus.scrapers.bylineregion import time_over_fields
from newscorpus.scrapers.bylinespell import canonical
from newscorpus.scrapers.bylinetag import tagged_accounts
from newscorpus.scrapers.bylinetitles import without_honorific
from newscorpus.scrapers.bylineunits import is_news_unit
from newscorpus.scrapers.qanda import card_alone, card_line

__all__ = [
    "Byline",
    "clean_author",
    "clean_editor",
    "clean_source",
    "normalise_byline",
    "parse_byline",
    "parse_line",
    "story_credit",
]

# Story text ends sentences; a comma with a clause after it is prose too unless labels fill the line
# ("来源:新华社,作者:张三,责任编辑:李四").
_SENTENCE = re.compile(r"[。！？!?]")
# A bracket closing the line (``…9月18日电 （刘融、崔元苑）``).
_CLOSING_BRACKET = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")
# Where a sentence shows itself: a clause's comma (either width: lines come folded) or a sentence's end.
_PROSE_MARK = re.compile(r"[，,。！？!?]")
# A counter's thousands separator ("阅读(1,573)", "浏览 12,408 次") is no clause comma.
_CLAUSE = re.compile(r"(?<!\d),[^,]{12}|,(?!\d{3}(?!\d))[^,]{12}")
_LATIN_OUTLET_AFTER = re.compile(r"^[^,]*,\s*(?:[A-Z][\w.&'-]*\s*){1,5}$")
_NAME_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]{2}),(?=[\u4e00-\u9fff]{2,3}(?:\s|$))")
# "Jeremy Tsheng 于 2023-03-12 13:08:03 发布": the blog platforms' "<account> 于 <time> 发布", and a post its
# writer edited since, "后端搬砖的阿杰 已于 2023-07-06 09:12:40 修改" (a wiki's "X 已于 … 修改" names its last
# editor the same way: only a blog prints it in the header).
_POSTED = re.compile(
    # ("由 X 于 TIME 发布" is a theme's translated "by X": bylinelone.by_poster reads it.)
    r"^(?!(?:本文|此文|本帖)?由\s)(\S.{0,30}?)\s+已?于\s*(?:" + TIME.pattern + r")\s*(?:发布|发表|修改|更新)"
    # A Q&A answer's footer: "热心网友小鱼 回答于 2019-03-05" (the answer is the story; README: Q&A).
    r"|^([^\s:]{2,20})\s+回答于\s*(?:" + TIME.pattern + ")"
)
# "蝸牛小姐 發表在 痞客邦 留言(12)": the poster, then the platform or board the post went up in (a time there
# instead, "楼主 发表于 2016-03-27", or after it, names a floor or a comment, not the post's writer).
_POSTED_IN = re.compile(r"^([^\s:|/]{2,20}) (?:發表在|发表在|發表於|发表于) (?![\d:])")
# A thread's first floor: "楼主 老猫 发表于 2011-10-9 22:47" (Discuz), the starter's role word, then the name.
_STARTER_POSTED = re.compile(r"^(?:楼主|樓主)\s+([^\s:：|/]{2,20})\s+(?:發表於|发表于|發表時間|发表时间)")
# A blog's post footer: "posted @ 2017-03-12 10:23 陈小默 阅读(1523)" (cnblogs and its copies).
# A Latin name is its words up to the counters: "posted @ 2011-03-02 22:18 Jeffrey Zhao 阅读(5120)".
_POSTED_AT = re.compile(
    r"^posted\s*@\s*(?:" + TIME.pattern + r")\s+([A-Za-z][\w.'-]*(?:\s+[A-Z][\w.'-]*)+(?=\s*(?:阅读|[(（]|$))"
    r"|[^\s(（]{2,20})",
    re.IGNORECASE,
)
# A mail address printed in a bar beside the reporter's name.
_MAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_ALONE_BRACKET = re.compile(r"[(（【][^()（）【】]{2,30}[)）】]")
# A platform's badge for a self-media creator, alone in its element (健康领域优质创作者, 百家号创作者, 優質創作者).
_CREATOR_BADGE = re.compile(r">\s*[^<>\s]{0,12}(?:创作者|創作者)\s*<")
# The credits an outlet set apart before them in a closing bracket is the source of (bylinefields' kinds).
_SET_APART_CREDITS = frozenset({REPORTER, EDITOR})
# The bracketed part closing a line ("2010-05-17 中國時報 【陳怡君／新北報導】").
_CLOSING_PART = re.compile(_ALONE_BRACKET.pattern + "$")
_LONE_BRACKET = re.compile(r"[(（][^()（）]{2,12}[)）]")
# A breadcrumb's step mark (``凤凰网 > 大风号 > 正文``, ``首页 » 新闻``, ``人民网>>中国人大新闻``): the page's path.
_CRUMB_MARK = re.compile(r"[>＞›»]")
# A figure's or table's caption ("图：美国核心PCE物价指数（来源：Wind）", "表2：…"): its 来源 is the chart's data,
# no source of the story. Folded text: the caption's colon is ":".
# A figure's caption: "图：…", or the figure named and its data credited ("点阵图（来源：美联储）").
# Not a picture credit beside the writer's ("图：韩东 文：陆婷婷"): a name, then the text's label.
_FIGURE_CAPTION = re.compile(
    r"^(?:图表|圖表|图|圖|表)\s*\d{0,2}\s*:(?!\s*[\u4e00-\u9fff]{2,4}\s+(?:文|文字|撰文|作者)\s*[:/])"
    r"|^[^，。,]{0,12}(?:图|圖|表)\s*[（(]\s*(?:数据)?(?:来源|來源)"
)
# A line opening with a bracket is a note (``（资料来源：…）``), not a bar of fields.
_NOTE_OPENING = "（(【["
# A WeChat post's original mark before its writer, the labelled fields after them ("原创 孙一 来源：知识分子").
_ORIGINAL_LEAD = re.compile(r"^(?:原创|原創)\s+([\u4e00-\u9fff]{2,4})$")
# A WeChat post's meta line as mirrors print it: the original mark, the writer, the account, the time ("原创 小鹿姐姐
# 育儿经 2022-08-19 20:31"): the writer is the author (the account publishes it).
_ORIGINAL_META = re.compile(r"^(?:原创|原創)\s+([^\s:：|]{2,12})\s+[^\s:：|\d]{2,16}\s+(?:" + TIME.pattern + r")\s*$")
# The same mark with a colon names the writer or the account that posted it, alone before the time ("原创：吃在衡阳
# 2019-09-28 18:30", "原创： 老城记忆 2019-06-02") or before the account as above.
_ORIGINAL_NAMED = re.compile(
    r"^(?:原创|原創)\s*[:：]\s*([^\s:：|]{2,12})(?:\s+[^\s:：|\d]{2,16})?\s+(?:" + TIME.pattern + r")\s*$"
)
# Alone on its line, or before the reprint notice it goes with ("原创：冬日暖阳 转载请注明出处"): the same credit.
_ORIGINAL_ALONE = re.compile(r"^(?:原创|原創)\s*[:：]\s*([^\s:：|,，]{2,12})(?:\s+(?:转载|轉載|未经|未經)\S*)?$")
_SITE_ENDINGS = ("网", "網")
# A bar's lead in square brackets ("[农民日报]", "【红星新闻】", "[转帖]"): a tag, an outlet when it names one.
_TAG_OPENINGS = ("[", "【")
_CRUMB_STEP = re.compile(r"\s*(?:>{1,2}|＞|›|»)\s*")
# What no menu step holds: a sentence's or a number's marks (``增速 > 5%，``), a time.
_CRUMB_NOT_STEP = re.compile(r"[，。！？,;；%％]|" + TIME.pattern)


def parse_byline(lines: list[str], bars: Collection[str] | None = None) -> Byline:
    """The first author, source and editor the lines show (the best-ranked editor label wins).

    Unlabelled names and outlets are read only from the ``bars`` among the lines (the byline region under
    the headline: ``bylineregion.meta_bars``); None when every line is a byline bar."""
    found = Found()
    lines = [line for line in lines if not (_CRUMB_MARK.search(line) and is_breadcrumb(line))]
    # Read before the bar's tools go: the comment count is what makes "问舟 2021/11/3 14:36" a writer's bar.
    counted = next((handle for line in (lines if bars is None else bars) if (handle := _counted_handle(line))), None)
    lines = [without_tools(_without_mail(line)) for line in lines]
    bars = None if bars is None else [without_tools(_without_mail(line)) for line in bars]
    # A label cell and its value cell in the region (<th>資料來源</th><td>公共事務室</td>) are read joined: so is
    # the region.
    bar_set = None if bars is None else {fold(line) for line in [*bars, *join_dangling_labels(bars)]}
    # Lone names and outlets beside a time-only line of the region: read after every whole bar.
    folded_bars = [fold(line) for line in (lines if bars is None else bars)]
    # A name a role credits ("游润恬 报道", "林锐" over "BBC中文记者") is labelled by that role: read on every line,
    # like a label, not only on the bars beside a time.
    paired = bare.split_bars(folded_bars) + bare.names_before_role([fold(line) for line in lines])
    paired += bare.accounts_after_platform(folded_bars)
    paired += time_over_fields(folded_bars)  # "2015-03-09 07:35:00" over "北京晚报 作者：孙颖": one bar
    paired += tagged_accounts(folded_bars)  # "历史知识" over "大风号", "<a>历史知识</a>大风号": the account
    paired += names_beside_time_bar(folded_bars)  # "陈婉琪" over "发布/2019年7月16日 5:00 AM"
    previous = ""
    for line in join_dangling_labels(lines):
        in_region = bar_set is not None and line in bar_set
        _read_folded(line, found, bare_too=bar_set is None or in_region, region=in_region)
        if in_region:
            came_from_account(line, found)  # the notice above the story names its account, as one opening it does
        if not found.authors and previous and _LONE_BRACKET.fullmatch(line):
            # "（山本哲也）" on its own line under a Japanese story: the story's closing credit.
            found.authors = credits.closing_name(previous[-settings.BYLINE_DATELINE_CHARS :] + line)
            found.authors = found.authors or lone.sign_off(previous, line)  # "（王健）" under a Chinese story
        previous = line
    for line in paired:
        _read_folded(line, found)
    if found.bare_person is None and not found.authors:
        found.bare_person = counted
    return _own_account(found.byline())


def _counted_handle(line: str) -> str | None:
    counted = any(word in line for word in ("评论", "評論", "赞同", "阅读", "閱讀"))
    return lone.counted_handle(fold(line)) if counted else None


def _own_account(byline: Byline) -> Byline:
    """The byline credits as writer the very name it gives as 来源 (``来源: 周末读书会`` over ``文 | 周末读书会``, or
    in one line): an account publishing its own post, its author, and no other outlet (README "Bylines": accounts).
    A unit named under both labels (``作者：化学化工学院 来源：化学化工学院``) is both: a department writes and
    sends."""
    return Byline(byline.author, None, byline.editor) if own_post(byline.author, byline.source) else byline


def own_post(author: str | None, source: str | None) -> bool:
    """The one name credited as writer and as 来源, no unit (``_own_account``): an account's own post, whose
    source is none. A page applies it to the fields read from all its places (the bar's account, a closing
    ``本文来源：X``), as a line does to its own."""
    return source is not None and source == author and not is_news_unit(author)


def creator_account(html: str, author: str | None, source: str | None) -> tuple[str | None, str | None]:
    """Author and source once a platform's creator badge is read (``健康领域优质创作者``, ``百家号创作者`` beside the
    account's card): the account a rule or the bar gave as the source is a creator's, self-media however it is
    named (``家庭医生在线``), so it is the author when no person is, and never the source (every tune page carrying
    such a badge says so). A 来源 label naming the source keeps it: a creator's repost of an outlet's story."""
    if source is None or ("创作者" not in html and "創作者" not in html):
        return author, source  # a substring test first: most pages carry no badge, and the page may be megabytes
    if not _CREATOR_BADGE.search(html) or f">{source}<" not in html.replace(" ", ""):
        return author, source
    if re.search(r"[来來]源\s*[:：]?\s*(?:<[^>]{0,200}>\s*)*" + re.escape(source), html):
        return author, source
    return author or source, None


def without_source(author: str | None, source: str | None) -> str | None:
    """The writers less a name that is the source's, title stripped or not: a run of names read off a bar
    holding the account beside the writer (WeChat's 2016 meta list "2016-05-12 张薇 丁香医生 丁香医生" gave
    "张薇 丁香", the account read as a doctor). Only beside other names: one name alone is ``own_post``'s."""
    if author is None or source is None:
        return author
    writers = author.split(" ")
    kept = [name for name in writers if name not in (source, without_honorific(source))]
    return " ".join(kept) if kept else author


def is_breadcrumb(line: str) -> bool:
    """A path of three or more short steps joined by step marks (``凤凰网 > 大风号 > 正文``): navigation, whose
    last step names the page (``正文``) and whose platform step is no account's tag, so no byline field is read
    there; a step after the first holding a label's colon (``正文 来源：X``) keeps the line a bar's. Could misfire
    on a bar joining its fields by ``>`` without colons (``作者 > 张三 > 新华社``: not seen)."""
    steps = _path_steps(line)
    return len(steps) >= settings.BYLINE_CRUMB_STEPS and not any(
        ":" in step or "：" in step for step in steps[1:]
    )  # "当前位置：" may lead; a later field stays


def filed_under(name: str, lines: list[str]) -> bool:
    """A path of short steps ends with ``name`` (``首页 > 湾区新闻``): the section the page is filed under, the
    site's own shelf, so no outlet a bar names beside the site's own name."""
    return any(name in line and (steps := _path_steps(line)) and steps[-1] == name for line in lines)


def _path_steps(line: str) -> list[str]:
    """The steps of a path of two or more short steps joined by step marks, else none."""
    if not _CRUMB_MARK.search(line):
        return []  # most lines: no step mark, no split runs
    steps = _CRUMB_STEP.split(line.strip())
    short = all(
        0 < len(step) <= settings.BYLINE_CRUMB_STEP_CHARS and not _CRUMB_NOT_STEP.search(step) for step in steps
    )
    return steps if len(steps) > 1 and short else []


def parse_line(line: str) -> Byline:
    """One byline string: a byline bar, a credit line, or a story line carrying a bracketed credit."""
    found = Found()
    counted = _counted_handle(line)  # before the bar's tools go, as parse_byline reads it
    line = without_tools(_without_mail(line))
    folded = fold(line)
    _read_folded(folded, found, story=bool(folded) and storytext.opens_story(folded))
    if not found.authors:
        for credit in bare.names_before_role([fold(line)]):  # "林锐 BBC中文记者": the name over its role
            _read_folded(credit, found)
    if not found.authors and (doctor := card_alone(fold(line))):
        found.authors = [doctor]  # "韩雪梅 主治医师 济南市儿童医院 儿科": a health answer's doctor
    if found.bare_person is None and not found.authors:
        found.bare_person = counted  # "问舟 2021/11/3 14:36 评论 228", "江南林一 … 8,902 人赞同了该回答"
    if not found.authors and _LONE_BRACKET.fullmatch(folded):
        found.authors = lone.sign_off("", folded)  # "（王健）" read alone: a sign-off cut from under its story
    if credits.is_caption(line):
        found.source = None  # no label on a caption line: its closing agency was the only source read
    # "本文来自微信公众号“X”（ID：…），作者：Y": read alone, the account the text came from, as a page's opening
    # notice names it (a page reads its own notices where they stand: one deep in the story quotes another text).
    came_from_account(folded, found)
    return _own_account(found.byline())


def story_credit(line: str) -> Byline:
    """Credits in a story's first or last line; a line of story text yields nothing but its bracket, and
    an unlabelled name in it is not read (that is for the bar under the headline)."""
    found = Found()
    _read_folded(fold(line), found, bare_too=False)
    return found.byline()


def clean_author(text: str | None) -> str | None:
    """A site rule's author field: labels, outlets, IDs and photographers out, names joined by a space."""
    return _clean(text, lambda found: found.byline().author, lambda value: _people(value, names.free_names))


def clean_source(text: str | None) -> str | None:
    return _clean(text, lambda found: found.source, _unlabelled_source)


def _unlabelled_source(value: str) -> str | None:
    """A rule's source element read bare: an outlet's account on a platform carrying outlets' accounts
    (``企鹅号·都市快报``) is the outlet, as a labelled ``来源：企鹅号·都市快报`` is."""
    platform = ACCOUNT_SOURCE.match(value) if value.startswith(bare.OUTLET_PLATFORMS) else None
    if platform is not None and bare.is_outlet(outlet := platform.group(1).strip()):
        return outlet
    # A source slot's whole value saying where the text was found ("网络", "本站原创"): as shown, as a label's is
    # (the value a labelled bar gave, cleaned here again, or the template's own slot for 来源).
    return value.strip() if names.shown_where_found(value.strip()) else names.outlet(value)


def clean_editor(text: str | None) -> str | None:
    return _clean(text, lambda found: found.editor, lambda value: _people(value, sources.editor_names))


# A clause of six Han characters or more between a rule's element's commas: a sentence ("海量资讯、精准解读，
# 尽在新浪财经APP" in the editor's slot of another template), where names are two to four characters ("张三，李四").
_CLAUSE_PART = re.compile(r"(?:^|,)[^,]*[\u4e00-\u9fff]{6}")


def _people(value: str, read: Callable[[str], list[str]]) -> str | None:
    """The people an unlabelled author or editor element names; a sentence there names nobody."""
    if "," in value and _CLAUSE_PART.search(value):
        return None
    return names.join(read(value))


def normalise_byline(article: Article) -> None:
    """Put the article's author, source and editor, wherever they were set, into their stored form."""
    article.author = clean_author(article.author)
    article.source = sources.unmarked(clean_source(article.source))
    article.editor = clean_editor(article.editor)


def account_as_author(article: Article, *, keep_outlets: bool = False) -> None:
    """On a self-media platform the publishing account a rule reads as its ``source`` is the author when
    no person is credited (README: "Bylines"); it is then no outlet the story came from. ``keep_outlets``:
    on a platform carrying outlets' own accounts too (网易号, 企鹅号), an outlet-named one stays the source.
    Beside a credited person the account published the post and is no source either, unless it is an
    outlet's own (since session 26: the natural batches label it so, 7 of 7 pages)."""
    if article.source is None or any(platform in article.source for platform in PLATFORMS):
        return  # "澎湃新闻·澎湃号·政务": the platform's channel the post runs in, no account's name
    if "、" in article.source:
        return  # "来源：成都发布、成都地铁" closing a post: the outlets it quotes, a list no account is named
    if article.author in (None, article.source):  # the bar named it too
        if keep_outlets and bare.is_outlet(article.source):
            return
        article.author, article.source = article.source, None
    elif not keep_outlets and not bare.is_outlet(article.source):
        # "2016-05-12 张薇 丁香医生": the writer, then the account; the account read as a name goes too
        article.author, article.source = without_source(article.author, article.source), None


def _clean(
    text: str | None, labelled: Callable[[Found], str | None], unlabelled: Callable[[str], str | None]
) -> str | None:
    """Read ``text`` with the grammar; text without any label is the field's bare value."""
    if not text or not (line := fold(text)):
        return None
    fields = tokenize(line)[1]
    if fields:
        found = Found()
        read_fields(fields, found)
        return labelled(found)
    if PHOTO_TAIL.search(line) or _is_prose(line):
        return None  # a photo credit, or a notice the selector hit ("新浪看点 声明：此消息系转载自…"): no name
    # A label the grammar reads only before a separator, standing alone ("来自", its value in an element the
    # selector missed: no value shown) or before the value one space apart ("来自 新华网"): read as labelled.
    head, _, rest = line.partition(" ")
    if is_lone_label(head):
        return _clean(f"{head}:{rest}", labelled, unlabelled) if rest else None
    return unlabelled(cut_value(line))


def _read_folded(line: str, found: Found, *, bare_too: bool = True, story: bool = False, region: bool = False) -> None:
    """``region``: the line is one of the byline region's (under a page's headline), not a line read alone."""
    if not line or _FIGURE_CAPTION.match(line):
        return
    if not found.authors and ("@" in line or "＠" in line):
        found.authors = mentioned_writer(line)  # "知乎 @X 授权转载": the writer by a platform's handle
    if not found.authors and (named := credits.named_after_post(line)):
        found.authors = [named]  # "（本文作者系县政协委员 牛建勋）"
    if not found.authors:
        found.authors = credits.edit_note_poster(line)  # "[ 此贴被X在2007-09-10 21:52重新编辑 ]" closing the post
    if not found.authors and "授" in line and "作者" in line:
        found.authors = lone.authorised_writer(line)  # "本文为作者 禾田 授权本站发布"
    if "授" in line and (origin := sources.notice_origin(line)):
        found.source = found.source or origin  # "本文由 杭州发布 授权转载": the reprint's origin, no writer
        return
    if not found.authors and "投稿" in line and (contributor := lone.contributed_by(line)):
        found.authors = [contributor]  # "网友 南山小草 投稿": the writer who sent it in
    if found.poster is None and line.startswith("作者"):
        found.poster = bio_writer(line)  # "作者简介：焦文博，高级工程师，…。": the note's subject wrote it
    if found.poster is None and line.startswith(("发", "發")):
        found.poster = lone.posted_on_by(line)  # "发表于 2007年11月3日 由 临水照花": who put the entry up
    if (
        bare_too
        and not found.authors
        and found.bare_person is None
        and ("发表" in line or "发布" in line or "發表" in line)
    ):
        # "路过的风 发表于 2010-3-5 21:02": the post's header; only where unlabelled names count (a bar, a line read
        # alone), never under the story, where the same shape is a commenter's.
        found.bare_person = lone.handle_posted(line)
    if line[0] in credits.MARKS and line[1:2] not in ("", " "):
        line = f"{line[0]} {line[1:]}"  # "■文/张三", "◆撰文 张三": a credit mark is punctuation before a label
    if " " in line and any(f" {mark}" in line for mark in credits.MARKS):
        line = _INNER_MARK.sub(" ", line)  # "□记者 X 文 □记者 Y 摄": each credit of the line marked
    # "By Jane Doe, Staff Reporter" reads like a clause; a dated "By" bar counts in the story's first line.
    if not found.authors and (bare_too or (line.startswith(("By ", "BY ")) and TIME.search(line))):
        found.authors = english.english_by(line)
        found.source = found.source or english.english_agency(line)
    if found.editor is None and ("dited " in line or "Editing by" in line):
        found.editor = english.english_editor(line)  # "Written by Mary Chan / Edited by Tom Ho"
    if not found.authors and found.source is None and (credited := credits.outlet_and_writer(line)):
        found.source, found.authors = credited  # "（羊城晚报/蒋琳）" closing a reprinted story
    if found.source is None and line[0] in "（(【[〔":
        # "（中央社記者X台南14日電）…", in square brackets ("【中央社記者X台北3日電】") or tortoise shells too
        found.source = credits.wire_agency(line) or sources.outlet_dateline(line)
    elif found.wire is None:
        found.wire = credits.wire_agency(line)  # "新华社北京3月5日电（记者 X）…": below any labelled source
    if found.wire is None and ("原创" in line or "原創" in line):
        found.wire = credits.original_outlet(line)  # "[中关村在线 原创] 作者：X": the outlet claiming the story
    if not story and (head := _fields_before_prose(line)) is not None:
        _read_folded(head, found, bare_too=False)  # "编辑：X 本文转载自…，如有侵权…": the bar, then the site's notice
    if not story and (tail := _fields_after_prose(line)) is not None:
        _read_folded(tail, found, bare_too=False)  # "…，36氪经授权发布。 责编：郭佳": the notice, then the bar
    if story or _is_prose(line):
        # Story text: only a credit in brackets at its start (the dateline) or at its very end counts.
        end = credits.story_end(line)
        for match in storytext.CREDIT_BRACKET.finditer(line):
            at_start = match.start() <= settings.BYLINE_DATELINE_CHARS
            if at_start or match.end() == end:
                storytext.read_bracket(match.group(1), found)
            if at_start and not found.authors:
                found.authors = storytext.dispatch_names(line[: match.start()], match.group(1))
        found.authors = found.authors or storytext.plain_lead_writers(line) or storytext.spaced_lead_writers(line)
        found.authors = found.authors or storytext.reported_lead_writers(line)  # "东方网记者X5月9日报道：…"
        storytext.read_foreign_credits(line, found)
        if not found.editor:
            found.editor = names.join(lone.reprint_editors(line))  # "…，作者：吴俊宇，编辑：谢丽容，…经授权发布"
        if not found.authors:
            found.authors = lone.reprint_writers(line)  # "本文来自微信公众号…，作者：程曼祺，…经授权发布。"
            found.authors = found.authors or lone.signed_writer(line)  # "作者:码农老K 转载请注明出处,谢谢。"
            # A copyright line: "本文由 X 原创发布于 读书吧，转载请注明出处。"; a theme's entry meta: "本条目…作者是X。"
            found.authors = found.authors or (lone.posted_by(line) if line.startswith(lone.POSTER_LEADS) else [])
            found.authors = found.authors or lone.blogger_notice(line)  # "本文为CSDN博主「X」的原创文章，…"
            found.authors = found.authors or lone.editors_note_writer(line)  # "编者按：…，作者 霍晨，…"
        if found.source is None and found.account is None:
            read_reprint_notice(line, found)  # "本文转载自：蓝点资讯，原文链接：…"
        return
    if not found.authors and (closing := _CLOSING_BRACKET.search(line)):
        # "人民网北京9月18日电 （刘融、崔元苑）": a dispatch's dateline cut before its story still credits its bracket
        found.authors = storytext.dispatch_names(line[: closing.start()], closing.group(1))
    if (pairs := lone.role_pairs(line)) is not None:  # "罗思琪 文 ／ 陈浩 图": roles after the names
        found.authors, line = found.authors or pairs[0], pairs[1]
        if not line:
            return
    if posted := _POSTED.match(line) or _POSTED_AT.match(line) or _posted_in(line) or _STARTER_POSTED.match(line):
        poster = names.strip_brackets(posted.group(1) or posted.group(2))
        # "热心网友 回答于 2014-07-12": a Q&A site's anonymous answerer names nobody (README).
        nobody = poster in names.PLACEHOLDERS or lone.is_thread_tool(poster)  # "楼主 只看该作者 发表于 …": a filter
        found.account = found.account or (None if nobody else poster)
    if line[0] in "【[本" and not found.authors:
        storytext.read_news_lead(
            line, found
        )  # "【本報訊】記者黃嘉欣報道：天文台昨日…": the credit, not the text after it
    lead, fields = tokenize(line)
    read_fields(bar_references(platform_author(lead, fields), bare_too and line[0] not in _NOTE_OPENING), found)
    if not found.authors and (doctor := card_line(line)):
        found.authors = [doctor]  # "刘文 主治医师 四川大学华西医院 内分泌科 回答时间：…": a health answer's card
    if fields and found.source is None and lead.strip()[:1] in _TAG_OPENINGS:
        # "[农民日报] 撰文：X 责任编辑：Y": the outlet in square brackets opening the bar
        found.source = bare.outlet_in_brackets(lead.strip())
    original = _ORIGINAL_LEAD.match(lead.strip()) if fields and not found.authors else None
    if original is not None and bare.is_person(original[1]):
        found.authors = [original[1]]  # the person the original mark credits, before the bar's labelled fields
    meta = (
        None
        if found.authors
        else (_ORIGINAL_META.match(line) or _ORIGINAL_NAMED.match(line) or _ORIGINAL_ALONE.match(line))
    )
    # A site claiming its own text ("原创： 39健康网 2024-04-23", a brand with digits) is no writer either.
    # "原创：本站", "原创：网络": a placeholder names nobody.
    site = meta is not None and (
        bare.is_outlet(meta[1]) or meta[1].endswith(_SITE_ENDINGS) or names.names_nobody(meta[1])
    )
    if meta is not None and not site and (not fields or line[2:3] in ":："):
        found.authors = [meta[1]]  # "原创 小鹿姐姐 育儿经 2022-08-19 20:31": the writer before the account
    if not found.authors and found.account is None:
        found.account = self_media_account(line)  # "X 2019-08-12 18:03 发表于台湾": a self-media post's meta line
    if found.source is None:  # "（安环部 供稿）"; "宣传部供稿 编辑：郑敏": the unit's clause before other fields
        found.source = sources.contributed_unit(line) or (sources.contributed_unit(lead) if fields else None)
    if not found.authors and line[0] in _NOTE_OPENING and (writer := sources.contributing_writer(line)):
        found.authors = [writer]  # "（慧明 供稿 妙音 摄影）": the person who supplied the text wrote it
    if found.source is None and fields and fields[0].kind in _SET_APART_CREDITS and line[0] in _NOTE_OPENING:
        # "（东莞日报 记者 叶子）", "（解放日报　编辑：胡敏）": an outlet set apart before the credit names where the
        # story came from, as it does on a bar (glued, "邵阳日报记者", it is the reporter's title, read with the label).
        # "【聯合報/記者林秀美/台北報導】": a slash sets it apart as a gap does.
        opened = lead[1:].strip().rstrip("/").strip()
        apart = line.startswith(lead) and (line[len(lead) : len(lead) + 1].isspace() or lead.rstrip().endswith("/"))
        found.source = opened if apart and bare.is_outlet(opened) else None
    if not found.authors:
        found.authors = lone.name_before_role(lead, fields)  # "林慧敏 记者", "陳品潔／核稿編輯：X"
        found.authors = found.authors or lone.translated_report(line)  # "編譯陳韻聿／綜合外電報導"
        found.authors = found.authors or lone.posted_by(line)  # "Posted by 小鱼儿 at 3:20 PM"
        found.authors = found.authors or lone.blogger_notice(line)  # "（本文为X原创，转载请注明出处）", short
    if not fields and line[0] in storytext.OPENING and _ALONE_BRACKET.fullmatch(line):
        # A credit line alone: "【モスクワ＝佐藤太郎】" leading a story, "（路透社）", "（星島日報報道）" closing it.
        storytext.read_foreign_credits(line, found)
        if not found.authors:
            storytext.read_place_reported(line[1:-1], found)  # "（新浪体育 东莞报道 孔令雨）"
        found.source = found.source or credits.reporting_outlet(line[1:-1])
    if found.source is None:
        found.source = credits.dated_outlet(line) or spaced_outlet(line) or credits.noted_outlet(line)
        found.source = found.source or (None if fields else credits.reported_after(line))  # "据新华社" alone
        found.source = found.source or credits.compiled_from(line)  # "综合新华社、央视新闻报道"
    if not found.authors and line[-1:] in "】）)" and (closing := _CLOSING_PART.search(line)):
        # "【陳怡君／新北報導】" alone or closing a bar: the name and its report's role, as read unbracketed
        for credit in bare.reported_credits(closing.group()[1:-1].strip()):
            _read_folded(credit, found)
        # "（2003年7月8日）　（生技部 冉志刚）": a bar of bracketed parts closes with its writer's unit and name.
        found.authors = found.authors or lone.unit_writers(closing.group())
    if not found.authors:
        found.authors = bare.postfix_writers(line) or credits.marked_writers(line) or credits.contributed(line)
        found.authors = found.authors or credits.padded_signature(line)  # "李　拯" over an op-ed
        found.authors = found.authors or credits.titled_signature(line)  # "梁志恆牧師" under a sermon
        found.authors = found.authors or lone.unit_writers(line)  # "骨科 周亮", "（秘书处 张玲）"
    if bare_too:
        if not found.authors and (
            written := credits.written_by(line)
            or period_writer(line, colon=region)  # "王维 〔唐代〕", "唐·王维", "唐代：王维" under a headline
            or credits.affiliated_writer(line)
        ):
            found.authors = [written]
        account, outlet = bare.line_account(line)
        found.account, found.source = found.account or account, found.source or outlet
        _read_bare(line, fields, found, account)


# A credit mark opening a later credit of the line, after a gap.
_INNER_MARK = re.compile("(?<= )[" + "".join(sorted(credits.MARKS)) + "](?=[\u4e00-\u9fff])")


def _without_mail(line: str) -> str:
    """``陈婉琪 报道 wanqi@sph.com.sg``: a reporter's mail address beside the name is no name, outlet or part."""
    return " ".join(_MAIL.sub(" ", line).split()) if "@" in line else line


def _posted_in(line: str) -> re.Match[str] | None:
    """``X 發表在 痞客邦``; a dated one (``网友小李 发表于 广东 2020-01-01``) is a comment's or a floor's line."""
    posted = _POSTED_IN.match(line)
    return None if posted is None or TIME.search(line, posted.end()) else posted


def _read_bare(line: str, fields: list[Field], found: Found, account: str | None = None) -> None:
    """What stands alone beside the time; the account the line names before its tag is no outlet as well
    (``2018-05-12 16:20:33 历史研习社 大风号``: named like an outlet, it is the publishing account)."""
    person, outlet = unlabelled(line, fields)
    outlet = None if outlet == account else outlet
    found.bare_person = found.bare_person or person
    found.bare_outlet = found.bare_outlet or outlet


def _without_original_title(line: str) -> str:
    """A reprint's 原标题 quotes the other outlet's headline, whose question or exclamation mark is no sentence of
    the bar's (``原标题：停车难题如何破？ 来源：北京晚报 记者 刘苏雅``): the headline is cut before the prose test."""
    if "原标题" not in line and "原標題" not in line:
        return line
    for field in tokenize(line)[1]:
        if canonical(field.label) == "原标题" and field.value:
            line = line.replace(field.value, " ", 1)
    return line


def _fields_after_prose(line: str) -> str | None:
    """The byline fields closing a line after its last sentence's end (a reprint notice, then the bar under it
    read as one line: ``…，36氪经授权发布。 责编：郭佳`` -> ``责编：郭佳``); only labelled fields, nothing else."""
    end = max((mark.start() for mark in _SENTENCE.finditer(line)), default=-1)
    tail = line[end + 1 :].strip()
    if end < 0 or not tail or "注明" in line[:end]:
        return None  # "如若转载请注明出处。来源出处：36氪": how to credit the site in a reprint, the notice's own words
    lead, fields = tokenize(tail)
    return tail if fields and not lead.strip() and not _is_prose(tail) else None


def _fields_before_prose(line: str) -> str | None:
    """The byline fields opening a line that runs on, after a space, into a sentence (a closing bar with the
    site's notice printed after it: ``编辑：倪贝儿 本文转载自新华社，如有侵权请联系删除。`` -> ``编辑：倪贝儿``)."""
    mark = _PROSE_MARK.search(line)
    if mark is None or (gap := line.rfind(" ", 0, mark.start())) <= 0:
        return None
    if mark.start() - gap - 1 <= settings.BYLINE_MAX_PERSON_CHARS:
        return None  # "作者：谭晓岚 彭锐，原文标题…": a name of the value's run before the comma, no sentence yet
    head = line[:gap]
    lead, fields = tokenize(head)
    return head if fields and not lead.strip() and not _is_prose(head) else None


def _is_prose(line: str) -> bool:
    line = _without_original_title(line)
    if len(line) > settings.BYLINE_MAX_LINE_CHARS or _SENTENCE.search(line):
        return True
    # "作者：张三,陈静 2024-05-13": a comma between two names is a list, not a clause; nor is "By Wang Hui,
    # Caixin Global" (an English credit's outlet after the comma, a few capitalised words).
    # An English date's comma ("October 15, 2016 11:12 PM") joins no clause.
    undated = TIME.sub(" ", line) if "," in line else line
    if "," not in undated or not _CLAUSE.search(undated) or _LATIN_OUTLET_AFTER.search(undated):
        return False
    return bool(_CLAUSE.search(_NAME_COMMA.sub(" ", undated))) and len(tokenize(line)[1]) < 2
