"""Sources (来源) shown by shapes other than a ``来源：X`` label, and editors' names (README "Bylines", session 7).

- a unit credited after its name: ``（安环部 供稿）`` closing a company's or a school's story;
- an outlet's reporter in a wire dateline: ``（東台灣新聞網記者吳佩珊花蓮15日電）``, as ``（中央社記者…電）``;
- a portal's topic channel is nobody's outlet: ``来源：财经频道`` names a section of the page's own site;
- a value saying only that the text was found online or compiled (``来源：网络，侵删``, ``综合整理``) names none,
  and one reported after an outlet (``据新华社报道``) names that outlet;
- a rule's source element inside a list's card (a related item's outlet) is no source of the story;
- a label alone in a rule's source element (``<em id=source>来源：</em> 新华社``) takes the text beside it;
- a CMS login printed before an editor's name is no editor: ``责任编辑：lollyli 李伟`` -> ``李伟``;
- a page's reprint notice opening the story names the account it came from: ``编者按：本文来自微信公众号“硬核科技评论”
  （ID：hardcoretech），作者：周远，36氪经授权发布。`` (the page's source; the line read alone names none).

Not read here: an outlet before 记者 (``（新华社记者 王希）`` alone names the writer only, as real labels do).

Each reads one line (folded: half-width brackets and colons) and names the source or nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers import bylinenames as names
from newscorpus.scrapers.boilerplate import is_notice
from newscorpus.scrapers.bylinebare import is_outlet, is_person
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinegrammar import COMMENT_COUNTER, fold, is_lone_label
from newscorpus.scrapers.bylinelabels import PLATFORMS, REPRINT_LEAD
from newscorpus.scrapers.bylineunits import BRANCH, VILLAGE_END, is_organisation, is_unit_word
from newscorpus.scrapers.bylinewriters import SELF_WORDS
from newscorpus.scrapers.linkshape import never_story
from newscorpus.scrapers.profiles import is_profile

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# A unit's name: Han characters ending as a department, office, bureau or committee ends (教务处, 安环部,
# 校团委, 党政办, 市自然资源和规划局), a township's, a village's or a school's (溪口镇, 岩口村, 黄金岭街道, 县人民政府,
# 实验中学; not 农村 or 乡村, the countryside, as ``is_unit_word`` reads it). Not a person's: ``is_person`` is
# checked too ("王镇" is a name).
_UNIT = re.compile(
    r"^[\u4e00-\u9fff]{1,14}(?:部|处|處|局|办|辦|室|中心|科|院|所|站|委|会|會|厅|廳|馆|館|队|隊|组|組|公司|集团|集團"
    r"|镇|鎮|乡|鄉|" + VILLAGE_END + r"|街道|社区|社區|政府|学校|學校|中学|中學|小学|小學"
    rf"|{BRANCH})$"
)
CONTRIBUTED = "供稿"
# A notice's lead before who supplied the text ("（本文由安环部供稿）"): no part of the unit's or person's name.
_NOTICE_LEAD = r"(?:(?:本文|此文|本稿)由)?"
_OPENING_NOTICE_LEAD = re.compile("^" + _NOTICE_LEAD)
# "（安环部 供稿）", "安环部供稿": the unit before the credit word; the brackets are optional. A slash or a bar may
# stand between them, as between a writer and his role (``（陈列部 / 供稿）`` as ``葛娜/文``).
_ROLE_MARK = r"\s*(?:[/／|｜]\s*)?"
# The next credit may share the brackets after a slash: "（市摄影家协会 供稿 / 吴海涛 摄）".
_CONTRIBUTED_UNIT = re.compile(
    r"^[(（\[【]?\s*" + _NOTICE_LEAD + r"([\u4e00-\u9fff]{2,16}?)" + _ROLE_MARK + r"(?:供稿|供稿单位|供稿單位)"
    r"\s*(?:[/／|｜][^()（）\[\]【】/／]*)?[)）\]】]?$"
)
# The same in brackets of its own within a bar: "[ 2005-4-19 ]　[ 英语组 供稿 ]".
_CONTRIBUTED_BRACKET = re.compile(
    r"[(（\[【]\s*"
    + _NOTICE_LEAD
    + r"([\u4e00-\u9fff]{2,16}?)"
    + _ROLE_MARK
    + r"(?:供稿|供稿单位|供稿單位)\s*[)）\]】]"
)
# A wire dateline whose reporter files for an outlet not named as an agency (…社): "（X網記者Y地15日電）".
_OUTLET_DATELINE = re.compile(
    r"^[(（【\[〔]([\u4e00-\u9fff]{2,12}?)(?:記者|记者)[^()（）\d]{0,12}?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[專专]?[電电]"
)
_GLUED_COUNTER = re.compile(COMMENT_COUNTER)
# A bare view count glued after the outlet's last Han character ("会同县融媒体中心4135": the hits element
# right after the source's span, inline): an outlet's name does not end in a number glued to Han, unless
# the number opens with a zero, as no count does ("香港01").
_GLUED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])[1-9]\d+$")
# The bar's font switch printed right after the outlet, its inline link with no space between
# ("来源：澎湃新闻<span><a>字号</a></span>"): no part of the name. A 老字号 is a word of its own ("中华老字号协会").
# A call to join the comments glued on the same way ("来源：中国新闻网<span>参与互动</span>") likewise.
_GLUED_BAR_TOOL = re.compile(
    r"(?<=[^\s老])(?:字号|字號|字体|字體)$"
    r"|(?<=\S)(?:参与互动|參與互動|参与评论|參與評論|我要评论|我要評論|发表评论|發表評論|我来说两句|我來說兩句)$"
)
# A topic channel named by its topic alone: "财经频道", "体育頻道" (a brand before it makes it an outlet:
# "央视财经频道" is ``is_outlet``).
_TOPIC_CHANNEL = re.compile(
    r"^(?:新闻|新聞|国内|國內|国际|國際|财经|財經|体育|體育|娱乐|娛樂|科技|汽车|汽車|房产|房產|教育|健康|时尚|時尚|"
    r"军事|軍事|社会|社會|文化|旅游|旅遊|历史|歷史|游戏|遊戲|数码|數碼|女性|读书|讀書|视频|視頻|图片|圖片|综合|綜合)"
    r"(?:频道|頻道|栏目|欄目|板块|版塊)$"
)
# A value saying only where the text was found or how it was put together, no outlet: "网络，侵删", "综合整理",
# "整理自网络", "网络图片", "转载" (a label's whole value "网络" is kept as shown: ``outlet_value``). Made of these
# words and the joiners between them only: a name holding any other word ("网络安全报", "综合报社") is left alone.
_UNSOURCED = re.compile(
    r"^(?:网络|網絡|網路|互联网|互聯網|综合|綜合|整理|转载|轉載|转贴|轉貼|摘编|摘編|编辑部|編輯部|网友|網友|投稿|来稿|來稿|"
    r"自媒体|自媒體|图片|圖片|侵删|侵刪|报道|報道|[自于於,、/ ])+$"
)
# "据新华社报道", "據中央社電": the outlet a story is reported after, with the preposition and verb around it.
_REPORTED = re.compile(r"^[据據]\s*(\S{2,20}?)\s*(?:报道|報道|報導|消息|电|電)?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A CMS login: lower-case Latin letters and digits ("lollyli", "zhangsan01"); a person's Latin name is
# capitalised ("Jeremy Tsheng").
_LOGIN = re.compile(r"[a-z][a-z0-9_]{2,19}")


def is_unit(name: str) -> bool:
    """A department or office named as a unit (``教务处``), not a person (``李科``) and not an outlet; a unit
    the grammar knows however name-shaped (``柳溪村``, led by the surname 柳)."""
    return (bool(_UNIT.match(name)) and not is_person(name)) or is_unit_word(name)


def contributed_unit(line: str) -> str | None:
    """The unit a story is contributed by: ``（安环部 供稿）`` -> ``安环部`` (README: 供稿 names the source)."""
    if CONTRIBUTED not in line:
        return None  # most lines: no regex run
    match = _CONTRIBUTED_UNIT.match(line.strip()) or _CONTRIBUTED_BRACKET.search(line)
    if match is None:
        return None
    # A court's division (民一庭供稿), a hospital's ward, an office: every unit the byline grammar knows.
    return match.group(1) if is_unit(match.group(1)) or is_organisation(match.group(1)) else None


# A person credited with the text in a closing bracket: "（慧明 供稿 妙音 摄影）", "（供稿：镇综治办 王红梅）".
# A unit may stand before the person ("（医务科 周立 供稿）").
_PERSON_CONTRIBUTED = re.compile(r"^\s*(?:(\S{2,12})\s+)?([\u4e00-\u9fff]{2,4})\s*供稿(?:\s|$)")
_UNIT_THEN_PERSON_CONTRIBUTED = re.compile(r"^\s*供稿\s*[:：]\s*\S{2,12}\s+([\u4e00-\u9fff]{2,4})\s*$")


def contributing_writer(line: str) -> str | None:
    """The person a closing credit says supplied the text, the story's writer (an outside labeller's reading):
    a name before 供稿, or after the unit a 供稿 label names. A unit there is the source (``contributed_unit``)."""
    if CONTRIBUTED not in line:
        return None
    line = _OPENING_NOTICE_LEAD.sub("", line.strip().lstrip("（(【[").rstrip("）)】]"))
    if (match := _PERSON_CONTRIBUTED.match(line)) is not None:
        if match.group(1) is not None and not (is_unit(match.group(1)) or is_organisation(match.group(1))):
            return None  # two words before 供稿, the first no unit: no person's credit
        name = match.group(2)
    elif (match := _UNIT_THEN_PERSON_CONTRIBUTED.match(line)) is not None:
        name = match.group(1)
    else:
        return None
    if names.of_own_body(name):
        return None  # "（本寺客堂供稿）", "（本校团委供稿）": the site's own body (本 = ours) by a part of it, nobody
    return name if names.is_name(name) and not is_organisation(name) and not is_unit(name) else None


def outlet_dateline(line: str) -> str | None:
    """The outlet of a bracketed dateline's reporter: ``（東台灣新聞網記者吳佩珊花蓮15日電）``."""
    match = _OUTLET_DATELINE.match(line)
    return match.group(1) if match and is_outlet(match.group(1)) else None


def is_topic_channel(value: str) -> bool:
    """``财经频道``: a section of the page's own site, no outlet (README: a field the page does not show)."""
    return bool(_TOPIC_CHANNEL.match(value))


def reported_outlet(value: str) -> str:
    """``据新华社报道`` -> ``新华社``: the outlet without 据 (according to) and the verb after it; any other
    value unchanged. Only an outlet-shaped name is taken out (``据了解`` stays as it is)."""
    if value[:1] not in "据據":
        return value  # most values: no regex run
    if (match := _REPORTED.match(value)) is None:
        return value
    # "据《扬子晚报》报道": the marks quote the paper's name in a sentence; the outlet is the name inside them.
    name = match.group(1)
    name = name[1:-1] if name[:1] == "《" and name[-1:] == "》" else name
    return name if is_outlet(name) else value


def unmarked(source: str | None) -> str | None:
    """A publication's name without the title marks around the whole of it (``《读者》`` -> ``读者``): the
    outlet's name, as the natural batches write it (10 of 12 labels; since session 26). Marks inside a longer
    name stay (``光明网-《光明日报》``)."""
    if source and source[:1] == "《" and source[-1:] == "》" and source.count("《") == 1:
        return source[1:-1].strip() or None
    return source


# A notice naming who allowed the reprint ("本文由 杭州发布 授权转载", "（本文由“三农观察”授权转载）"): where the
# story came from. (A writer's note on where the piece also ran, 本文刊于《X》, is split: natural labels 1 to 1.)
_AUTHORIZED = re.compile(
    r"^[（(]?(?:本文|此文)?(?:由|经|經)\s*[「“\"]?([^\s「」“”\"，,。()（）]{2,20}?)[」”\"]?\s*(?:授权|授權)(?:转载|轉載|发布|發布)"
)


def notice_origin(line: str) -> str | None:
    """The origin a reprint's permission names (README "Bylines": the outlet the story came from): an outlet, an
    account or a government's release account alike, as shown."""
    match = _AUTHORIZED.match(line)
    origin = match.group(1) if match else None
    # "本文经作者授权发布": the writer by a pronoun gave it, no outlet named.
    return None if origin in SELF_WORDS else origin


# Square brackets a bar prints around a value alone ("来源：[东南快报]"), or quote marks a reprint's verb quotes
# it in ("本文转载自“丁香园”"); round ones may hold a note (bylinenames).
_WHOLE_BRACKET = re.compile(r"[\[【〔［“「『]\s*([^\[\]【】〔〕［］“”「」『』]{2,30}?)\s*[\]】〕］”」』]")
# The outlet's web address in brackets after its name (``中国青年报（http://www.cyol.com）``): a source is a name.
_BRACKETED_ADDRESS = re.compile(r"\s*[(（]\s*(?:https?://|www\.)[^()（）\s]*\s*[)）]\s*$", re.IGNORECASE)


def unsourced(value: str) -> bool:
    """A value saying only where the text was found (``网络``, ``互联网``, ``综合整理``), no outlet."""
    return _UNSOURCED.match(value) is not None


def outlet_value(value: str, *, labelled: bool = False) -> str | None:
    """A source label's value as an outlet (``bylinenames.outlet``), a topic channel none; a comment counter
    read glued after it (``观察者网评论 312``, its link an inline element of the bar) is no part of it.
    ``labelled``: a label and its separator stand before the value (``来源：网络``), whose whole value saying
    where the text was found is then kept as shown (``bylinenames.shown_where_found``)."""
    if labelled and names.shown_where_found(shown := _before_tools(value)):
        return shown
    if (counter := _GLUED_COUNTER.search(value)) and counter.start():
        value = value[: counter.start()]
    value = _GLUED_COUNT.sub("", value.rstrip()) if value[-1:].isdigit() else _GLUED_BAR_TOOL.sub("", value.rstrip())
    # "来源：@平安北京": a microblog account cited by its handle; the @ is the mention's mark, no part of the name.
    value = _BRACKETED_ADDRESS.sub("", value.strip().lstrip("@＠"))
    if (bracketed := _WHOLE_BRACKET.fullmatch(value)) is not None:
        value = bracketed.group(1)  # "来源：[东南快报]", "来源:【衡阳日报】": the bar's brackets around the value
    outlet = names.outlet(reported_outlet(value))
    return None if outlet is None or is_topic_channel(outlet) or unsourced(outlet) else outlet


_BAR_BRACKETS = "【】[]〔〕"


def _before_tools(value: str) -> str:
    """A label's value without the bar's tools read after it (``本站原创 点击数``: the hits label left empty) or
    the brackets each field of a bracketed bar closes and the next opens (``【出处：本站原创】【时间：…】``), or the
    site's rights notice printed after it (``网络 如有侵权请联系删除``)."""
    value = value.strip().rstrip(_BAR_BRACKETS).strip()
    first, _, rest = value.partition(" ")
    return first if rest and (all(is_bar_tool(word) for word in rest.split()) or is_notice(rest)) else value


def in_card(node: LexborNode, *, to_stories: bool = False) -> bool:
    """A rule's source (or time) element inside a list's card, not the story's bar: one of the few elements around it,
    still short as a card is, holds a linked headline of its own (``<li><a>另一条新闻的标题</a><span
    class=source>新华网</span></li>``), as a related or hot list prints each item's outlet. A bar holds no
    such link, and the story's container is longer than any card. Could misfire on a bar that links a long
    topic beside the source (``专题：<a>2021年全国两会特别报道</a>`` in the same short element)."""
    own = node.text(deep=True)
    parent = node.parent
    for _ in range(settings.BYLINE_CARD_DEPTH):
        if parent is None or len(parent.text(deep=True)) > settings.BYLINE_CARD_MAX_CHARS:
            return False
        # A list item is a card with a shorter headline too (``<li><a>舞龙舞狮的起源</a><span class=source-x>``).
        least = settings.BYLINE_ITEM_TITLE_CHARS if parent.tag == "li" else settings.BYLINE_LISTED_TITLE_CHARS
        for link in parent.css("a[href]"):
            text = link.text(deep=True).strip()
            # A headline's Han characters: a counter link ("0人参与 0评论") or a topic ("2016全国两会") has fewer.
            if len(_HAN.findall(text)) >= least and text not in own and (not to_stories or _to_story(link)):
                return True
        parent = parent.parent
    return False


def _to_story(link: LexborNode) -> bool:
    """A link to another story: not the page's own comments (``#comments``), a profile or a tag page."""
    href = link.attributes.get("href") or ""
    return "#" not in href and not is_profile(href) and not never_story(href)


def links_account(node: LexborNode) -> bool:
    """A rule's source element whose value is a link to a user's page (``<span class=source><a
    href="/author/1472003">京味儿老张</a></span>``): a self-media platform's publishing account, which
    README counts as the post's author, not an outlet. Could misfire on a platform linking an outlet's own
    account this way; callers keep an outlet-named one as the source."""
    links = node.css("a[href]") if node.tag != "a" else [node]
    if len(links) != 1:
        return False
    href = links[0].attributes.get("href") or ""
    own = node.text(deep=True).strip()
    return bool(own) and links[0].text(deep=True).strip() == own and is_profile(href)


def label_only(text: str) -> bool:
    """``来源：`` alone in an element (``<em id="source">来源：</em> 新华社``): its value stands beside it,
    in the parent's text."""
    return is_lone_label(fold(text).rstrip(" :|"))


_CLOSING_MARKS = ")）]】〕"


# A value opening with a word and a colon of its own, outside brackets ("本文第2页：动力与操控"; not
# "蓝天（ID:LT007）").
_FIELD_OF_ITS_OWN = re.compile(r"^[^\s:：(（\[【]+[:：]")


def editor_names(value: str) -> list[str]:
    """The editors a 责任编辑 value names (``bylinenames.free_names``); a CMS login printed before the
    editor's name goes, as the IDs portals append after it do (``lollyli 李伟`` -> ``李伟``), and an administrator's
    login alone names nobody."""
    if (shown := value.strip()) in names.ADMIN_ACCOUNTS:
        return [shown]  # "编辑：系统管理员": as shown (only admin's own login names nobody, since session 27)
    login, _, rest = value.strip().rstrip(_CLOSING_MARKS).partition(" ")  # "责任编辑：admin】": the bar's bracket
    if _LOGIN.fullmatch(login) and (people := names.free_names(rest)) and is_person(people[0]):
        return people
    if not rest and _LOGIN.fullmatch(login.lower()) and names.is_admin_login(login):
        # "责任编辑：admin": the CMS's login names no person, as a writer's does not (since session 27, as the natural
        # batches label it, 3 to none; before, the login was the editor as shown).
        return []
    if _FIELD_OF_ITS_OWN.match(value):
        return []  # an empty 编辑： joined with a line of its own ("本文第2页：动力与操控"): no name holds a colon
    people = names.free_names(_TEACHER_TITLE.sub(_untitled_teacher, value) if "老" in value else value)
    # The bar's comment link glued after the last editor ("编辑：丁萌评论"): an editor is a person, where an author's
    # 评论 may end an outlet's column (新京报评论), so only here and only before a person's name.
    people = [person[: -len(_COMMENT_LINK)] if _commented(person) else person for person in people]
    # An outlet in the editor's place ("责编：" left empty, the bar's next line "第一财经 2022-07-15" joined to it)
    # edited nothing: editors are people (no tune label names an outlet as editor). Nor does a self-media
    # platform's own name with its desk's ID ("责任编辑：网易号_NE0001" under an account's post).
    return [person for person in people if not is_outlet(person) and person not in PLATFORMS]


_COMMENT_LINK = "评论"


def _commented(word: str) -> bool:
    return word.endswith(_COMMENT_LINK) and is_person(word[: -len(_COMMENT_LINK)])


# A teacher's title glued after a name: an editor on a school's page is its staff ("責任編輯：梁美儀老師"), where a
# writer after a class may be the pupil's teacher as a relation (bylinenames keeps "四年级（1）班 李华老师").
_TEACHER_TITLE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:老师|老師)(?=\s|$)")


def _untitled_teacher(match: re.Match[str]) -> str:
    return match.group(1) if is_person(match.group(1)) else match.group(0)


# "编者按：本文来自微信公众号“X”（ID：…），作者：Y，…经授权发布": the account the reprinted story came from.
_REPRINT_ACCOUNT = re.compile(
    REPRINT_LEAD + r"(?:微信)?公众号\s*"
    # The name in quotes, or after a colon (or glued on) up to its ID's bracket or the clause's comma
    # ("公众号：晚点LatePost（ID：postlate），作者：…", "公众号零售前沿观察（ID：lingshouqy）").
    r"(?:[“\"「『]([^”\"」』]{2,20})[”\"」』]|[:：]?\s*([^，,（(：:\s“”\"「」『』]{2,20})\s*(?=[（(]\s*ID|[，,]))"
)


def reprint_account(lines: list[str]) -> str | None:
    """The account a reprint notice among the story's first lines says the story came from: on a page the
    notice is the story's own credit of its origin (README "source": the outlet the story came from)."""
    for line in lines[: settings.BYLINE_REPRINT_LINES]:
        if match := _REPRINT_ACCOUNT.match(line.strip()):
            return (match.group(1) or match.group(2)).strip()
    return None


# A bar's tool in the source element's place (the follow button ``+关注``, ``打印``, the font switch ``大``).
_TOOL = re.compile(r"^[+＋]?\s*(?:关注|關注|加关注|订阅|訂閱|收藏|分享|打印|举报|舉報|字号|字號|字体|字體)")
# A link to a section's front (``/sports/``, ``/news/local/``, ``http://www.news.cn/local/``): a menu's or bar's
# channel. Written with its host too on some templates; the text test below keeps an outlet's name linked so.
_SECTION_FRONT = re.compile(r"^(?:(?:https?:)?//[^/?#\s]+)?/(?:[A-Za-z_-]+/)+$")


def bar_furniture(node: LexborNode) -> bool:
    """A rule's source element that is the bar's tool or the site's own channel link, not its 来源: another
    template puts them first in the bar a selector like ``div.post_info a`` hits. A single character is the
    font switch. A channel link counts only when its text is no outlet's name (``<a href="/">新华网</a>``
    stays). Could misfire on an outlet whose page links its name to a section path of the same site and is
    named like no outlet (``<a href="/zt/">本站专稿</a>``): it is then passed over for the next element."""
    text = node.text(deep=True).strip()
    if len(text) <= 1 or _TOOL.match(text):
        return True
    link = node if node.tag == "a" else node.css_first("a[href]")
    href = (link.attributes.get("href") or "") if link is not None else ""
    return bool(_SECTION_FRONT.match(href)) and not is_outlet(text) and not is_profile(href)
