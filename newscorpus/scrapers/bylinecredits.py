"""Credits of other scripts and conventions, beside the Chinese label grammar (``bylinegrammar``).

- a wire agency in brackets closing a story: ``……と話した。（共同）``, ``……仍然受壓。（路透社）``;
- a correspondent leading a Japanese story: ``【北京＝田中健二】中国自動車工業協会は…``, and the writers
  closing one in brackets: ``…と話した。（山田太郎）``;
- a writer credited by 著 after the name: ``唐家三少 著`` (a book's or a novel chapter's bar);
- an outlet's wire tag leading a story (``【大公報訊】記者 李明 報道：``) or reporting in brackets
  (``（星島日報報道）``);
- a publication in title brackets over its date closing a story: ``「人民網日本語版」2023年8月11日``.

Each reads one line and names one field; none guesses: a bracket that is not an agency or an outlet, a
word before 著 that is not a handle, all read as nothing.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.bylinebare import are_outlets, is_outlet, is_person, reported_person, signing_name
from newscorpus.scrapers.bylinegrammar import TIME
from newscorpus.scrapers.bylinekanji import japanese_name
from newscorpus.scrapers.bylinelabels import CO_REPORTERS, OWN_OUTLET
from newscorpus.scrapers.bylinenames import without_nationality
from newscorpus.scrapers.bylinesource import is_unit, reported_outlet, unsourced
from newscorpus.scrapers.bylinespell import both_spellings

# Wire agencies by the short names stories close with; outlets named like outlets (路透社, 中央社) are
# recognised by ``is_outlet`` already.
_AGENCIES = frozenset(
    {
        "共同",
        "時事",
        "共同通信",
        "時事通信",
        "路透",
        "聯合",
        "連合",
        "ロイター",
        "新華社",
        "法新",
        "美联",
        "美聯",
        "彭博",
        "中新",
        "AP",
        "AFP",
        "Reuters",
        "Bloomberg",
        "Kyodo",
        "Xinhua",
    }
)
# People's Daily's e-paper pads the marks and brackets the day with its page: "《 人民日报 》（ 2016年03月08日 04 版）".
_DATED_OUTLET = re.compile(
    r"^[「《]\s*([^「」《》\s]{2,20})\s*[」》]\s*(?:[（(]\s*)?(?:"
    + TIME.pattern
    + r")(?:\s*第?\s*[\dA-Z一二三四五六七八九十〇零]{1,4}\s*版)?\s*(?:[)）])?\s*$"  # 第05版, A3版, 第十一版
)
# "【大公報訊】", "【on.cc東網專訊】", "【本報訊】", and the credit up to the colon after it (lines are folded).
_NEWS_LEAD = re.compile(r"^[【\[]([^【】\[\]]{2,16}?)(?:專訊|专讯|訊|讯)[】\]]\s*(?:([^:,.。]{2,24}?)\s*:)?")
# The outlet's tag as a report's verb ("【环球时报综合报道】", "【參考消息報導】"), no reporter credit after it.
# A template may space the tag inside its brackets ("[ 网易科技报道 ]").
_REPORT_LEAD = re.compile(r"^[【\[]\s*([^【】\[\]\s]{2,12}?)(?:综合|綜合)?(?:报道|報道|報導|报导)\s*[】\]]")
# The paper's own tag without brackets ("本报讯 记者张伟报道：…"): only these words, as "最新资讯：" opens a line too.
# The place and day may stand inside the tag ("本报北京9月20日讯 记者X报道：", a wire's "…日电" likewise).
_OWN = both_spellings(OWN_OUTLET)
# A village's, a school's or a county's own news runs the same tag (本村讯, 本校讯, 本县讯): 本 and any one character.
_OWN_LEAD = re.compile(
    r"^((?:" + "|".join(_OWN) + r"|本[\u4e00-\u9fff])(?:訊|讯|[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:訊|讯|電|电)))"
    r"\s*(?:([^:,.。]{2,24}?)\s*:)?"
)
# A credit label ending the words before the lead's colon: that colon separates the next field, not the lead.
_NEXT_LABEL = re.compile(
    r"\s(?:译者|譯者|图片|圖片|摄影|攝影|责任编辑|責任編輯|编辑|編輯|审核|審核|来源|來源|校对|校對)$"
)
# The credit in brackets right after the tag, the story's first words after it on the same line.
_LEAD_BRACKET = re.compile(r"\s*[(（]([^()（）]{2,40})[)）]")
_REPORTING = re.compile(r"^(.{2,15}?)(?:報道|报道|報導|专讯|專訊)$")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CLOSING_NAME = re.compile(r"[(（【]([^()（）【】]{2,30})[)）】]\s*$")
# A Japanese writer's name: 2-6 kanji, not ending as a department, bureau or place does (社会部, 北京支局, 港区).
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff]{1,5}[^\W\d_部局班課室社会団所県市区町村都府道省庁院校園館党軍]")
# A credit mark and the names after it, alone on a line (folded: spaces collapsed, brackets half-width).
MARKS = frozenset("□■◎●◆◇")
_MARKED = re.compile(r"^[□■◎●◆◇]\s*([\u4e00-\u9fff·]{2,8}(?:\s[\u4e00-\u9fff·]{2,8}){0,3})$")
_CONTRIBUTED = re.compile(r"^[(（]\s*([\u4e00-\u9fff·]{2,8}(?:\s[\u4e00-\u9fff·]{2,8}){0,3})\s*(?:来稿|投稿)\s*[)）]$")
# Bracketed notes closing a Japanese story, in kanji like names.
_NOTE = re.compile(
    r"敬称|中略|後略|前略|略|再掲|再録|転載|抄録|要旨|全文|抜粋|続報|速報|詳報|解説|社説|談話|訂正|追記|更新|写真|資料|動画|図表|地図|参考|出典|関連|同上"
    r"|予定|仮称|仮訳|当時|時間|提供|共同|時事|通信|新聞|放送|編集|本紙|本社|特派員|記者"
    # a box's status where its items would stand ("（準備中）" under 関連ニュース): work in progress, nobody
    r"|(?:準備|調整|作成|工事|検討|確認|募集|受付|休止|停止|掲載|配信|公開|実施|対応|調査|制作)中"
)
_LEAD_AGENCY = re.compile(r"^【[^【】＝=]{1,12}?[＝=]?(共同|時事|ロイター|AFP時事|新華社|聯合|連合)】")
_CLOSING_BRACKET = re.compile(r"[(（]([^()（）]{2,12})[)）]\s*$")
# A report's verb after the outlet in a closing bracket: "（中央社綜合報導）", "（新华社综合报道）", and what it
# compiled from ("（中央社綜合外電報導）": foreign wires).
_REPORT_VERB = re.compile(r"(?:综合|綜合)?(?:外电|外電)?(?:报道|報導|報道|报导)$")
# Between agencies sharing a closing bracket: a slash, an enumeration comma, a comma or a space.
_AGENCY_SPLIT = re.compile(r"\s*[/／、,，]\s*|\s+")
# "【北京＝田中健二】", "【ワシントン=山田太郎】": the place, an equals sign, the correspondent.
_AFFILIATED = re.compile(
    r"([\u4e00-\u9fff]{2,4})\s*[(（][^()（）]{0,30}?"
    r"(?:院长|教授|研究员|主任|所长|学者|专家|作家|评论员|律师|博士|会长|总监|经济学家|分析师|首席[^()（）]{0,6}"
    # a role in brackets after the name goes too (README: "王小明（学生记者）")
    r"|记者|記者|通讯员|通訊員|实习生|實習生)[)）]"
)
_SENTENCE_ENDS = frozenset("。！？!?")
_CLAUSE_MARK = re.compile(r"[。！？!?，,；;]")
# An agency (…社), its reporter and the place, then the day the story was filed (日电/日電), in brackets or
# opening the line; a news site's dated dispatch too ("央广网北京3月2日消息", "中新网上海5月3日电").
# Taiwan's papers bracket a wire's dateline in tortoise shells ("〔中央社記者X台北31日電〕").
_WIRE_DATELINE = re.compile(
    r"^[(（〔]?([\u4e00-\u9fff]{1,5}社)(?:記者|记者)?[^()（）\d]{0,12}?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[專专]?[電电]"
    r"|^([\u4e00-\u9fff]{1,5}[网網])[^()（）\d\s]{0,8}?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[電电]|消息)"
)
# A paper's or app's dispatch dated to the month and day says 讯 or 消息 where a wire says 电 ("财联社4月1日讯",
# "新湖南客户端5月3日讯", "中国广播网 北京2月3日消息"): the outlet, then maybe a place (spaced off, or glued on).
_DATED_DISPATCH = re.compile(
    r"^[(（]?据?([\u4e00-\u9fff]{2,16})(?:\s([\u4e00-\u9fff]{2,8}))?\s?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[讯訊]|消息)"
)
# The same tag undated, 消息 alone after the outlet ("央视网消息（新闻联播）："): read only standing alone. Not 讯: the
# batches split an undated 讯 tag read alone (natural 22 kept to 17 none, README 26 none), and keep 消息's (8 to 1).
_UNDATED_NEWS = re.compile(r"^[(（]?([\u4e00-\u9fff]{2,12}?)消息(?=\s*[(（:：]|\s*$)")
# The credit bracket after a dispatch's tag ("（记者 X 通讯员 Y）"), the rest of a tag standing alone.
_DISPATCH_CREDIT = re.compile(r"^\s*[(（][^()（）]{0,40}[)）]")
_CORRESPONDENT = re.compile(r"^【[^【】＝=]{1,12}[＝=]\s*([^【】＝=\s]{2,8})\s*】")
# "唐家三少 著": a handle and 著 standing alone in a bar.
_WRITTEN_BY = re.compile(r"(?:^|\s)(\S{2,16})\s+著(?:\s|$)")


def dated_outlet(line: str) -> str | None:
    """A publication in title brackets over its date, closing a story: ``「人民網日本語版」2023年8月11日``. Chinese
    book-title marks are the title's, kept as every labelled ``《求是》`` keeps them; Japanese corner brackets
    only quote it."""
    match = _DATED_OUTLET.match(line)
    if match is None:
        return None
    return f"《{match.group(1)}》" if line.startswith("《") else match.group(1)


def news_lead(line: str) -> tuple[str | None, str] | None:
    """A story led by its outlet's wire tag and the reporter credit after it: ``【大公報訊】記者 李明 報道:``
    -> (``大公報``, ``記者 李明 報道``); the paper's own tag (``【本報訊】``) names no outlet."""
    match = _NEWS_LEAD.match(line) or _OWN_LEAD.match(line)
    if match is None:
        reported = _REPORT_LEAD.match(line)
        # "【环球时报综合报道】": the outlet that compiled the report; "【相关报道】", "【独家报道】" name none.
        return (reported.group(1), "") if reported and is_outlet(reported.group(1)) else None
    outlet, credit = _TAG_DATE.sub("", match.group(1)), match.group(2) or ""  # "【大紀元2016年04月02日訊】"
    if _NEXT_LABEL.search(credit):
        credit = line[match.start(2) :]  # "本报讯 记者 李想 译者：王静": the colon is the next credit's, read them all
    elif not credit and (bracket := _LEAD_BRACKET.match(line, match.end())):
        credit = bracket.group(1)  # "本报讯（记者 韩雪 通讯员 周敏）每天早上…": the credit in brackets, then the story
    return (None if match.re is _OWN_LEAD or outlet.startswith(_OWN) else outlet), credit


# The day a wire tag may print after its outlet ("【大紀元2016年04月02日訊】"): no part of the outlet's name.
_TAG_DATE = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def reporting_outlet(text: str) -> str | None:
    """``星島日報報道`` in brackets: the outlet that reported the story."""
    match = _REPORTING.match(text)
    return match.group(1) if match and is_outlet(match.group(1)) else None


def closing_name(line: str) -> list[str]:
    """The writers a Japanese story closes with in brackets: ``…と話した。（山田太郎）``, ``【山田太郎、
    田中花子】``. Only on a line with kana (a Chinese story's closing bracket is a note, or a name signing it
    off: ``bylinelone.closing_sign_off``), only kanji names of 2-6 characters, and no bracketed note (敬称略,
    写真, 抄録 …) or agency. Without kana, a bracket holding one name led by a common Japanese surname
    (``（松田健太）``, ``bylinekanji``)."""
    if (match := _CLOSING_NAME.search(line)) is None:
        return []
    if not _KANA.search(line) and not japanese_name(match.group(1).strip()):
        return []  # no kana beside it: only a common Japanese surname tells a writer from a note
    names = [name.replace(" ", "") for name in re.split(r"\s*[、,]\s*", match.group(1).strip())]
    if not all(_KANJI_NAME.fullmatch(name) and not _NOTE.search(name) and not is_outlet(name) for name in names):
        return []
    return [] if match.group(1).strip() in _AGENCIES else names


def closing_agency(line: str) -> str | None:
    """The agency or outlet in brackets at the very end of a story line: ``（共同）`` -> ``共同``."""
    match = _CLOSING_BRACKET.search(line)
    if match is None:
        return None
    name = reported_outlet(match.group(1).strip())  # "（据新华社）": the agency it is reported after
    name = _REPORT_VERB.sub("", name) or name  # "（法廣綜合報導）": the outlet that compiled the report
    # Several agencies may share the bracket ("（路透社/彭博社）", "（法新社、美联社）"): each one must be one.
    return name if all(part in _AGENCIES or is_outlet(part) for part in _AGENCY_SPLIT.split(name)) else None


def reported_after(line: str) -> str | None:
    """``据新华社`` alone on its line, no bracket around it: the outlet the story is reported after, as in one;
    the comma the story would go on after may close it (``据央视新闻客户端消息，``)."""
    whole = line.strip().rstrip("，,：:")
    return name if whole[:1] in "据據" and (name := reported_outlet(whole)) != whole else None


# "综合央视新闻、澎湃新闻报道", "（综合自：新华网、央视新闻）", "综合自：界面新闻 南方周末", "本报综合新华社、央视新闻":
# the outlets a compiled story names, as shown.
_COMPILED = re.compile(
    r"^[(（]?\s*(?:本报|本報|本刊|本台|本网|本網)?(?:综合|綜合)(?:自)?\s*[:：]?\s*"
    r"([^()（）:：\s]{2,40}?(?: [^()（）:：\s]{2,20}){0,3})"
    r"\s*(报道|報道|報導|消息)?\s*[)）]?$"
)


def compiled_from(line: str) -> str | None:
    """The outlets a compiled story's credit names (``综合新华社、央视新闻报道``), each one an outlet; a compiler's
    word alone (``综合``, ``综合整理``) names none."""
    # The compiler may name itself first ("本报综合新华社、央视新闻"): the paper's own word, no outlet.
    match = _COMPILED.match(line.strip()) if "综合" in line[:5] or "綜合" in line[:5] else None
    if match is None:
        return None
    # The verb may end the last outlet's own name instead ("综合自：环球网、参考消息"): read with it too.
    for named in (match.group(1), match.group(1) + (match.group(2) or "")):
        if all(are_outlets(part) for part in named.split()):
            return named
    return None


# "（本文来自钱江晚报·小时新闻，记者 章然 通讯员 杭建宣）": a closing note naming the outlet, then its reporters.
# Only before a reporter's credit: "本文来自X，欢迎下载APP" is a site's own notice about itself.
_NOTED_OUTLET = re.compile(r"^[(（]?本文[来來]自([^，,（）()“”\s]{2,20})[，,]\s*(?:记者|記者)")


def noted_outlet(line: str) -> str | None:
    """The outlet a closing note names before its reporters' credit (``_NOTED_OUTLET``)."""
    match = _NOTED_OUTLET.match(line) if "本文" in line[:3] else None
    return match.group(1) if match and is_outlet(match.group(1).split("·")[0]) else None


def story_end(line: str) -> int:
    """Where a story line's text ends: before its full stop, and before the date code a wire prints after
    its closing credit (``（編輯：陳仁華）1060914``)."""
    text = line.rstrip("。 ")
    if not text[-1:].isdigit():
        return len(text)  # most lines: no code
    code = text.rstrip("0123456789")
    return len(code) if len(text) - len(code) <= settings.BYLINE_TRAIL_CODE_DIGITS else len(text)


def is_caption(line: str) -> bool:
    """One short clause before a closing bracket (``旺角街頭人流如鯽。（法新社）``): a picture's caption, whose
    agency credits the picture. Pages tell captions by their place under a picture; this reads a line alone."""
    match = _CLOSING_BRACKET.search(line)
    if match is None:
        return False
    head = line[: match.start()].rstrip()
    short = 0 < len(head) <= settings.BYLINE_CAPTION_CHARS and head[-1] in _SENTENCE_ENDS
    return short and not _CLAUSE_MARK.search(head[:-1])


def affiliated_writer(line: str) -> str | None:
    """A name alone with its post in brackets, an opinion piece's byline: ``姚洋（北京大学国家发展研究院院长）``.
    Only a person's name and a bracket ending in a post (院长, 教授, 研究员 …): ``张三（右）`` is a caption's."""
    match = _AFFILIATED.fullmatch(line)
    return match.group(1) if match and is_person(match.group(1)) else None


# "作者系中国社会科学院研究员 卓志远", "（本文作者系县政协委员 牛建勋）": the writer's post, then the writer.
_POST_THEN_NAME = re.compile(r"^[(（]?(?:本文)?作者(?:系|为|為)\S{2,30}\s+([\u4e00-\u9fff]{2,4})\s*[)）]?$")


# "（本文作者陈平系中山大学教授）", "（作者李明为北京大学教授）": the writer, then the post (never a name holding 系).
_NAME_THEN_POST = re.compile(r"^[(（]?(?:本文)?作者\s*([\u4e00-\u9fff]{2,4}?)\s*(?:系|为|為)\S{2,30}[)）]?$")


def named_after_post(line: str) -> str | None:
    """The person an affiliation note names before or after the post (``_POST_THEN_NAME``,
    ``_NAME_THEN_POST``); the post alone (``作者系中国人民大学教授``) names nobody (README)."""
    if "作者" not in line[:5]:
        return None
    match = _POST_THEN_NAME.match(line) or _NAME_THEN_POST.match(line)
    return match.group(1) if match and is_person(match.group(1)) else None


# A reprinted story's closing note, the paper then its reporter, a slash between ("（羊城晚报/蒋琳）").
# "（羊城晚报/蒋琳）", and with a space: "（新浪体育 张伟）", "（浏阳市融媒体中心 易晓凡 李明）"; the writers set
# apart by 、 too, an intern's or a correspondent's role glued on ("（人民网-湖南频道 唐开莉、实习生彭婷婷）").
# An intern's or a correspondent's role glued before a co-writer's name (实习生彭婷婷), in either spelling; bylinestory
# reads the same roles in a lead's reporter run.
CO_ROLE = "(?:" + "|".join(both_spellings(CO_REPORTERS)) + ")"
CO_LABEL = re.compile(rf"^{CO_ROLE}\s*")
_NOTE_VERB = "(?:报道|報道|報導|报导)"
_WRITER = rf"{CO_ROLE}?(?!{_NOTE_VERB}\s*[)）])[\u4e00-\u9fff]{{2,4}}"
# The report's verb may close the note ("（新浪体育 张伟 报道）"): the names before it reported the story, so they
# are its writers even where the body before them is no outlet ("（温州商会 周宁 报道）": the chamber's own desk).
_OUTLET_THEN_WRITERS = re.compile(
    rf"^[（(]\s*([^\s/／()（）]{{2,12}})\s*(?:[/／]|\s)\s*({_WRITER}(?:(?:\s+|\s*、\s*){_WRITER})*)"
    rf"(\s*{_NOTE_VERB})?\s*[)）]"
)
_WRITERS_APART = re.compile(r"\s*、\s*|\s+")


def outlet_and_writer(line: str) -> tuple[str | None, list[str]] | None:
    """The outlet and the writers such a note names: an outlet first and people after, so two agencies
    (``（路透社/彭博社）``) are no writer. The outlet before them confirms them as a reporting role does (易晓凡),
    and so does the report's verb after them, the body before them then the source only if it is an outlet."""
    match = _OUTLET_THEN_WRITERS.match(line)
    outlet = match.group(1) if match and is_outlet(match.group(1)) else None
    if match is None or (outlet is None and match.group(3) is None):
        return None
    names = [CO_LABEL.sub("", name) for name in _WRITERS_APART.split(match.group(2))]
    if not all(reported_person(name) and not is_outlet(name) for name in names):
        return None
    return outlet, names


# A wire's name alone in brackets leading the story, undated ("〔中央社〕日本氣象廳今天宣布…", "（新华社）…").
_AGENCY_TAG = re.compile(r"^[(（【\[〔]\s*([\u4e00-\u9fff]{1,5}社)\s*[)）】\]〕]")
# A paper's name alone in brackets before its own reporter's credit ("【<paper>】本報記者 X報道："): the 本报 the
# credit names is that paper, the source, as a wire's tag names its wire.
_PAPER_TAG = re.compile(r"^[(（【\[〔]\s*([\u4e00-\u9fff]{2,8})\s*[)）】\]〕]\s*(?=本报记者|本報記者)")


def wire_agency(line: str) -> str | None:
    """The agency a wire dateline leads a story with: ``（中央社記者X台南14日電）``, ``新华社北京3月5日电（记者
    X）`` (README; the unbracketed one since session 26: every natural batch labels its agency the source), or
    its name alone in brackets (``〔中央社〕…``: another paper running the wire's story)."""
    match = _WIRE_DATELINE.match(line) or _story_tag(line)
    agency = (match.group(1) or match.group(2)) if match else dispatch_outlet(line, alone=True)
    return agency if agency and is_outlet(agency) and not unsourced(agency) else None


def _story_tag(line: str) -> re.Match[str] | None:
    """A wire's tag leading a story's sentence; a headline in a list may open with one too ("（法新社）歐洲股市
    高開", a side box of wire news), but runs on with no clause's mark. A paper's tag leads its own reporter's
    credit."""
    match = _AGENCY_TAG.match(line)
    return match if match and _CLAUSE_MARK.search(line, match.end()) else _PAPER_TAG.match(line)


def dispatch_outlet(line: str, *, alone: bool = False) -> str | None:
    """The outlet of a dispatch dated with 讯 or 消息 (``财联社4月1日讯（编辑 X）``, ``中国广播网 北京2月3日消息``): the
    natural batches label it the source as they do a wire's (7 of 8; an undated tag, ``新京报讯``, they split). The
    longest head of the words before the day that reads as an outlet, a place of a few characters after it; the
    paper's own tag (``本报北京9月20日讯``) names none. ``alone``: only a tag with no story after it, its credit
    bracket aside; a site's own tag opening its story is labelled no source (cjn's ``长江网10月4日讯（记者 X）…``),
    one standing alone is (``中国网5月13日讯`` on china.com.cn). Alone, 消息 may stand undated (``央视网消息：``)."""
    match = _DATED_DISPATCH.match(line) or (_UNDATED_NEWS.match(line) if alone else None)
    if match is None or match.group(1).startswith(_OWN):
        return None
    if alone and _DISPATCH_CREDIT.sub("", line[match.end() :]).strip(" :："):
        return None
    if match.re is _UNDATED_NEWS:
        return match.group(1) if is_outlet(match.group(1)) else None
    head = match.group(1)
    if match.group(2):
        return head  # "中国广播网 北京2月3日消息": the place spaced off
    shortest = max(2, len(head) - settings.BYLINE_DISPATCH_PLACE_CHARS)
    return next((head[:end] for end in range(len(head), shortest - 1, -1) if is_outlet(head[:end])), None)


# "[中关村在线 原创]", "【X手机频道原创】": the outlet claiming the story as its own.
_ORIGINAL_MARK = re.compile(r"(?:^|\s)[\[【]\s*([\u4e00-\u9fffA-Za-z0-9]{2,16})\s*(?:原创|原創)\s*[\]】]")
_CHANNEL_WORD = ("频道", "頻道")
_CHANNEL_NAME_CHARS = (2, 3, 1, 4)  # 手机频道, 笔记本频道: the channel's own word before 频道, likeliest first


def original_outlet(line: str) -> str | None:
    """The outlet a bracketed claim of origin names (``TIME [汽车之家 原创]`` in the bar, ``【X手机频道原创】`` opening
    the story): it published the story, so it is the source, ranked as a wire dateline's agency is (below any
    labelled source). The site by a pronoun (``[本站原创]``) names none (README, since session 27)."""
    match = _ORIGINAL_MARK.search(line)
    name = match.group(1) if match else None
    if name and name.endswith(_CHANNEL_WORD):
        # The channel's outlet (中关村在线手机频道): the name before the channel's word that reads as an outlet.
        stems = [name[: -len(_CHANNEL_WORD[0]) - chars] for chars in _CHANNEL_NAME_CHARS]
        name = next((stem for stem in stems if is_outlet(stem)), stems[0])
    return name if name and len(name) > 1 and not name.startswith(("本", "原")) else None


def correspondent(line: str) -> str | None:
    """The correspondent of a story led by ``【place＝name】``; a wire there (``【ロンドン＝共同】``) is no
    person (``lead_agency`` reads it)."""
    match = _CORRESPONDENT.match(line)
    if match is None:
        return None
    name = match.group(1).removesuffix("記者").removesuffix("记者")
    return None if is_agency(name) or not _KANJI_NAME.fullmatch(name) else name


def lead_agency(line: str) -> str | None:
    """The wire a Japanese story is led by: ``【ロンドン＝共同】``, ``【ワシントン時事】``."""
    match = _LEAD_AGENCY.match(line)
    return match.group(1) if match else None


def is_agency(name: str) -> bool:
    """A wire agency by its short name (``彭博``, ``共同``), an outlet, or a bracketed note: no writer's name."""
    return name in _AGENCIES or is_outlet(name) or _NOTE.search(name) is not None


def written_by(line: str) -> str | None:
    """The writer of a ``X 著`` credit, when X is a handle and no sentence."""
    match = _WRITTEN_BY.search(line)
    if match is None or len(line) > settings.BYLINE_SHORT_LINE_CHARS or "《" in line:
        return None  # "《三体》 刘慈欣 著": a book's writer, not the article's
    name = without_nationality(match.group(1))
    return None if re.search(r"[。，！？、:：]|^\d", name) else name


_PADDED = re.compile(r"([\u4e00-\u9fff])[\s\u3000]{1,2}([\u4e00-\u9fff])")


def marked_writers(line: str) -> list[str]:
    """The writers a credit mark leads, alone on their line: ``◎马可``, ``● 李明 王芳`` (e-papers and
    columns print the byline so). Every word after the mark must be a person's name: ``■要闻`` heads a
    section, and a labelled credit after the mark (``□本报记者 周正``) is the label grammar's."""
    # The first character decides: most lines are not looked at by the pattern at all.
    match = _MARKED.match(line) if line[:1] in MARKS else None
    if match is None:
        return []
    return _people_past_unit(match.group(1).split())


def padded_signature(line: str) -> list[str]:
    """A two-character name alone on its line, padded to three characters' width (``李　拯`` over a paper's
    op-ed, as its print edition signs it): the writer. Both halves must make a person's name."""
    match = _PADDED.fullmatch(line.strip())
    return [match.group(1) + match.group(2)] if match and is_person(match.group(1) + match.group(2)) else []


# A clergy title glued after a name signing a sermon or a church weekly's column ("梁志恆牧師", "释明心法师").
_CLERGY_SIGNED = re.compile(
    r"([\u4e00-\u9fff]{2,4}?)\s?(?:主任牧師|主任牧师|牧師|牧师|神父|法師|法师|傳道|传道|長老|长老)"
)


def titled_signature(line: str) -> list[str]:
    """A name alone on its line with a clergy title after it (``_CLERGY_SIGNED``): the writer signing."""
    match = _CLERGY_SIGNED.fullmatch(line.strip()) if len(line) <= settings.BYLINE_SHORT_LINE_CHARS else None
    name = match.group(1) if match else ""
    return [name] if name and (is_person(name) or name.startswith("释")) else []


# A story's writer signing off in brackets on its last line, alone ("（蒋天）" under a sports report).
_SIGN_OFF = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")


def signed_off(lines: list[str]) -> str | None:
    """The person a story's closing lines sign off in brackets, alone on the line (``_SIGN_OFF``): a common-surname
    name, or a desk's nickname for one (``（小林）``, ``（老王）``), as no label confirms it (``（完）`` and an agency's
    ``（共同）``, ``（彭博）`` name no writer)."""
    names = [match.group(1) for line in lines if (match := _SIGN_OFF.fullmatch(line.strip()))]
    return next((name for name in reversed(names) if signing_name(name) and not is_agency(name)), None)


def _people_past_unit(words: list[str]) -> list[str]:
    """``words`` when every one is a person's name, past the writer's unit before them (``城关镇党政办 汪小兵``,
    ``● 宣传部 李明``: the unit sent or printed it, the person wrote it); else none."""
    if len(words) > 1 and not is_person(words[0]) and is_unit(words[0]):
        words = words[1:]
    return words if all(is_person(word) for word in words) else []


def contributed(line: str) -> list[str]:
    """The writers of a contributed piece closing a story: ``(李小龙 来稿)``, ``（王芳 投稿）``; a unit
    (``（宣传部 供稿）``) is the source's label, not this."""
    match = _CONTRIBUTED.match(line) if line[-3:-1] in ("来稿", "投稿") else None
    if match is None:
        return []
    return _people_past_unit(match.group(1).split())


# A forum's note closing the first post: "[ 此贴被X在2007-09-10 21:52重新编辑 ]", the poster editing the post.
_EDIT_NOTE = re.compile(
    r"^[\[［【(（]?\s*此[帖贴貼]被\s*([^\s\[\]［］【】]{2,20}?)\s*[在于於]\s*\d{4}-\d{1,2}-\d{1,2}[\d\s:]*"
    r"(?:重新)?(?:编辑|編輯)\s*[\]］】)）]?$"
)


def edit_note_poster(line: str) -> list[str]:
    """The poster an edit note closing the thread's first post names: the one who wrote it (README)."""
    match = _EDIT_NOTE.match(line.strip()) if "被" in line[:6] else None
    return [match.group(1)] if match else []
