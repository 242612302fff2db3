"""Credits inside story text: a bracket at the story's start or end (``（记者 张三）``, ``（中央社記者X台北3日電）``),
an agency closing it, a Japanese correspondent leading it, an outlet's wire tag (``【本報訊】記者X報道：``), and
whether a string read alone is a story's opening cut short (moved out of ``byline`` to keep it small)."""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers import bylinebare as bare
from newscorpus.scrapers import bylinecredits as credits
from newscorpus.scrapers import bylinelone as lone
from newscorpus.scrapers import bylinenames as names
from newscorpus.scrapers import bylinesource as sources
from newscorpus.scrapers.bylinefields import Found, photo_credit, read_fields
from newscorpus.scrapers.bylinegrammar import AUTHOR, REPORTER, tokenize

# "（记者 张三）", and Taiwan's "〔記者陳怡君／台北報導〕".
# 【】 too: "【环球时报驻德国特约记者 青木】连日来，…" opens a story like "（记者 张三）".
CREDIT_BRACKET = re.compile(r"[(（〔【]([^()（）〔〕【】]{2,40})[)）〕】]")
OPENING = frozenset("（(【")
# A credit bracket opening the line, then Han or kana text running on without a gap: a story's first line.
_OPENS_STORY = re.compile(
    r"[(（〔【][^()（）〔〕【】]{2,40}[)）〕】]([\u3040-\u30ff\u4e00-\u9fff]\S{"
    + str(settings.BYLINE_STORY_RUN_CHARS - 1)
    + "})"
)


def read_bracket(text: str, found: Found) -> None:
    """A credit in brackets in story text; an outlet before its reporter label is the source
    (``中央社記者吳欣紜台北3日電``: the wire the reporter files for)."""
    if (pairs := lone.role_pairs(text)) is not None:  # "（罗思琪 文 ／ 陈浩 图）" closing the story
        found.authors, text = found.authors or pairs[0], pairs[1]
        if not text:
            return
    lead, fields = tokenize(text)
    earlier = list(found.authors)
    read_fields(fields, found)
    if earlier:
        # The bar's writer credited again with co-writers ("记者：张三" over "（记者 张三 实习生 李四）"): all.
        credited = Found()
        read_fields(fields, credited)
        if set(earlier) < set(credited.authors):
            found.authors = credited.authors
    if not found.authors and (writer := sources.contributing_writer(text)):
        found.authors = [writer]  # "（慧明 供稿 妙音 摄影）": the person who supplied the text wrote it
    if not fields and not found.authors:
        read_place_reported(text, found)  # "（新浪体育 东莞报道 孔令雨）" closing the story
    if not fields and found.source is None:
        found.source = credits.reporting_outlet(text) or sources.contributed_unit(text)  # "（星島日報報道）"
    # A photo's credit names the agency of the picture, not of the story ("（新华社记者 程敏 摄）" under a caption).
    first = fields[0] if fields else None
    if found.source is None and first and first.kind == REPORTER and lead and bare.is_outlet(lead):
        found.source = None if photo_credit(first.value) else lead


# A closing credit of an outlet, the place it reported from and the reporter, apart by spaces, no label:
# "（新浪体育 东莞报道 孔令雨）", "（新华网 北京报道 张三）". The outlet may carry its 讯 (新浪体育讯).
_PLACE_REPORTED = re.compile(r"(?:(\S{2,12}?)(?:讯|訊)?\s+)?\S{2,6}(?:报道|報道|報導|报导)\s+(\S{2,4})")


def read_place_reported(text: str, found: Found) -> None:
    """The reporter of ``_PLACE_REPORTED`` (``text`` without its brackets), and its outlet as the source when it is
    one."""
    if (match := _PLACE_REPORTED.fullmatch(text.strip())) is None:
        return
    outlet, name = match.group(1), match.group(2)
    if not bare.is_person(name):
        return
    found.authors = [name]
    if outlet and found.source is None and bare.is_outlet(outlet):
        found.source = outlet


# A dispatch's dateline right before the bracket: "人民网郑州8月14日电（王丹丹）", "本报讯（李明）".
_DISPATCH_END = re.compile(r"(?:[电電讯訊])\s*$")
_NAME_SPLIT = re.compile(r"[\s、,，]+")


def dispatch_names(before: str, text: str) -> list[str]:
    """Names a bracket right after a dispatch's dateline credits without a label (``人民网郑州8月14日电（王丹丹）``):
    every part a person's name, or none (``（图文）``, ``（综合）`` are no names)."""
    if not _DISPATCH_END.search(before):
        return []
    parts = [part for part in _NAME_SPLIT.split(text.strip().removesuffix("等")) if part]  # "（钱思远等）": and others
    return parts if parts and all(bare.is_person(part) for part in parts) else []


# An outlet's wire tag without brackets opening the story, then its credits and the story's first words on the same
# line: "南都讯 记者黄诗欣 通讯员冯志强 6月11日，广州市…". The credits end at the first comma or colon
# ("本报讯 记者邱锦 通讯员朱晓燕报道：“…").
# An outlet's reporter label opening the story, one to three names, then the story's words after a space.
# An intern's or correspondent's label may join it (本报记者 沈怡然 实习生 李思远 今年以来…). The story may open
# with its day (封面新闻记者 杜子夏 实习生 甘栩 11月28日，…): a date, never a name, follows the last name then.
_CO = credits.CO_ROLE
_STORY_OPENS = r"(?=[\u4e00-\u9fff]|\d{1,4}\s*[年月])"
_SPACED_LEAD = re.compile(
    rf"^[^\s，。,:：]{{0,12}}?(?:记者|記者)\s+((?:(?:{_CO})?\s*[\u4e00-\u9fff]{{2,4}}\s+){{1,4}}){_STORY_OPENS}"
)
_FILED_FROM = ("报道", "報道", "報導", "报导")
# The credits may open with the words-and-pictures role before the reporter's label (楚天都市报讯 图文：记者 X …).
_ROLE_BEFORE = r"(?:(?:图文|圖文|文图|文圖|图/文|圖/文|文/图|文/圖|图／文|文／图)\s*[:：]?\s*)?"
# The wire tag, with the place and the day the paper filed from ("本报青岛9月14日讯") or without.
_WIRE_TAG = r"[\u4e00-\u9fff]{1,8}(?:\d{1,2}月\d{1,2}日)?[讯訊]"
_PLAIN_LEAD = re.compile(rf"^{_WIRE_TAG}[\s:：]+{_ROLE_BEFORE}([^，。,:：“”\"]{{4,40}})[，,:：]")
# The same credits after an unbracketed wire tag, each label glued to its name or not, the story's words after a
# space: "南都讯 记者刘佳 实习生黄婷婷 在深圳工作…" (no comma or colon ends these credits, so _PLAIN_LEAD misses them).
_TAGGED_LEAD = re.compile(
    rf"^{_WIRE_TAG}\s+{_ROLE_BEFORE}(?:记者|記者)\s*"
    rf"((?:(?:{_CO})?\s*[\u4e00-\u9fff]{{2,4}}\s+){{1,4}}){_STORY_OPENS}"
)


def plain_lead_writers(line: str) -> list[str]:
    """The writers an unbracketed wire tag's credits name (``南都讯 记者X 通讯员Y 6月11日，…``): only when the
    credits open with a reporter's or writer's label, so a sentence after the tag names nobody."""
    match = _PLAIN_LEAD.match(line)
    if match is None:
        return []
    lead, fields = tokenize(match.group(1))
    if lead or not fields or fields[0].kind not in (REPORTER, AUTHOR):
        return []
    credited = Found()
    read_fields(fields, credited)
    return credited.authors


def spaced_lead_writers(line: str) -> list[str]:
    """The reporters an outlet's credit names where its story opens, set off by spaces from the first words
    (``中国汽车报记者 钟晓璐 在河南…``): only people's names between the label and the story's words."""
    match = _SPACED_LEAD.match(line) or _TAGGED_LEAD.match(line)
    if match is None:
        return []
    names = [credits.CO_LABEL.sub("", part) for part in match.group(1).split() if not credits.CO_LABEL.fullmatch(part)]
    if names and names[-1].endswith(("讯", "訊")):
        names.pop()  # "证券时报记者 孙晓霞 本报讯 中国证监会…": the paper's wire tag opens the story after the names
    person = bare.is_person
    if names and names[-1].endswith(_FILED_FROM):
        # "21世纪经济报道记者 边万莉 北京报道 一年一度…": where the report was filed, then the story; the role
        # confirms a name led by a surname that mostly starts words, as "X 报道" does.
        names.pop()
        person = bare.reported_person
    return names if names and all(person(name) for name in names) else []


# A wire-style lead glued to the story: the outlet's reporter label, the names, the day and the verb, then a colon
# ("东方网记者刘晓晶5月9日报道：今天上午，…", "本报记者李娜、王强报道：…").
_REPORTED_LEAD = re.compile(
    r"^[^\s，。,:：“”]{0,12}?(?:记者|記者)\s*([\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,3}?)\s*"
    r"(?:\d{1,2}月\d{1,2}日)?\s*(?:报道|報道|報導|报导)\s*[:：]"
)


def reported_lead_writers(line: str) -> list[str]:
    """The reporters a wire-style lead names before the story's first words (``_REPORTED_LEAD``): people only."""
    match = _REPORTED_LEAD.match(line) if "报" in line[:30] or "報" in line[:30] else None
    if match is None:
        return []
    names = re.split(r"[、\s]+", match.group(1).strip())
    return names if all(bare.reported_person(name) for name in names) else []


def read_foreign_credits(line: str, found: Found) -> None:
    """A Japanese correspondent leading the story, an agency in brackets closing it (``bylinecredits``)."""
    if not found.authors and (name := credits.correspondent(line)):
        found.authors = [name]
    if not found.authors:
        # "（社会部・山田太郎）", "…双达标”。（刘德胜）"
        found.authors = credits.closing_name(line) or lone.closing_unit_writers(line) or lone.closing_sign_off(line)
    if found.source is None:
        # "（综合自央视新闻、人民网）": the outlets a compilation names, not an agency named "综合自央视新闻"
        found.source = credits.compiled_from(line) or credits.closing_agency(line) or credits.lead_agency(line)
    read_news_lead(line, found)


def read_news_lead(line: str, found: Found) -> None:
    """``【大公報訊】記者 李明 報道:`` opening a line: the outlet's wire tag, then the reporter credit up to the
    colon (the story's first words may follow it on the same line)."""
    if lead := credits.news_lead(line):
        outlet, credit = lead
        found.source = found.source or outlet
        if fields := tokenize(credit)[1]:
            read_fields(fields, found)
        elif not found.authors:
            found.authors = _unlabelled_lead_writers(credit)


def _unlabelled_lead_writers(credit: str) -> list[str]:
    """A lead's bracket naming its writers with no reporter's label (``本报讯（刘桂香）``), or after a post or a
    unit no label knows (``本村讯（村文书 刘桂香）``): the people it names, closing it; a note names nobody."""
    people = names.free_names(credit)
    writers = [person for person in people if bare.is_person(person)]
    return writers if writers and people[-1] == writers[-1] else []


def opens_story(line: str) -> bool:
    """``【金沢＝北村真一】能登半島地震で被害を受けた``: a string holding a story's opening cut before its full stop.
    Only for a string read alone: on a page a story line keeps its full stop, and a linked headline in a
    list (``【北京＝田中健二】中国の輸出が回復``) opens the same way and credits nobody."""
    return (
        line[0] in OPENING
        and (opens := _OPENS_STORY.match(line)) is not None
        and not tokenize(line[opens.start(1) :])[1]
    )
