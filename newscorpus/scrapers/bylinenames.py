"""What a byline value means: person names, an outlet, an account — cleaned to the form we store.

Names lose the CMS IDs portals append (``杨倩_NF4425``, ``张晓 NN094``), brackets, outlet prefixes
(``澎湃新闻记者``) and role words glued after them (``陈智整合``, ``张三报道``); several names are joined
by one space. A value that names nobody (``未知``, ``佚名``) is no value.
"""

from __future__ import annotations

import re
from itertools import takewhile

from newscorpus import settings
from newscorpus.scrapers.bylinebare import are_outlets, is_outlet, is_person
from newscorpus.scrapers.bylinechrome import COUNTERS, ends_names, is_badge, is_bar_tool, opening_tool_word
from newscorpus.scrapers.bylinedateline import dateline_name
from newscorpus.scrapers.bylinefold import padded_names
from newscorpus.scrapers.bylinekanji import japanese_name
from newscorpus.scrapers.bylinelabels import PLATFORM_APPS, PLATFORMS, WRITER_MENU_WORDS
from newscorpus.scrapers.bylinespell import LATIN, LATIN_LOWER, LATIN_UPPER, canonical
from newscorpus.scrapers.bylinetitles import ERA, without_honorific
from newscorpus.scrapers.bylineunits import (
    KIN_NAME,
    ORGANISATION,
    POST,
    PROFESSIONAL_TITLE,
    UNNAMED_ROLE,
    is_news_unit,
    is_organisation,
    is_unit_word,
)

# CMS user IDs after an editor's name: "_NE0011", " NN094", "_NBJ11143", "SN098", "王晓易_ne0011". After
# anything but a Han name only capitals: "zjxiaoyu2012" and "Tom_Lee2015" are handles ending in a year.
_ID = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])[-－_\s]*[A-Za-z]{1,4}|(?:[_\s]+|(?<![A-Za-z\d]))[A-Z]{1,4})\d{2,6}$"
    # a desk's code set off by "_" with no number ("邬俊杰_NF"): an ID's letters alone
    r"|(?<=[\u4e00-\u9fff])_[A-Z]{1,4}$"
)
# A desk's code before the name, set off by "_" ("SDdz_李婷", "NBJ11143_李四"): the CMS user ID written first. Capitals
# in it, so a lower-case handle's part ("mm_宝贝乐乐", a Q&A user) stays whole.
_ID_BEFORE = re.compile(r"^(?=[A-Za-z\d]*[A-Z])[A-Za-z][A-Za-z\d]{1,9}_(?=[\u4e00-\u9fff]{2,4}$)")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$")
# A Latin-named reporter, then the city the report was filed in ("Zhou Huiying in Harbin", "Li Wen in Hong Kong").
_FILED_IN = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) in [A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_LATIN_WORD = re.compile(rf"^[{LATIN}][{LATIN}.'\-]*$")
_ENGLISH_FIELDS = frozenset({"Updated", "Published", "Posted", "Photo", "Photos", "Edited", "Source", "Date", "Time"})
# Role words a reporter's name may carry glued after it, and what they make of the person.
_PHOTO_SUFFIX = re.compile(r"(?:摄影|摄|攝影|攝|供图|供圖|拍摄|拍攝)$")
# One name, then its role after a slash: the pictures ("庞雪/图", "陈卓／攝").
_NAME_THEN_PICTURES = re.compile(r"[^\s/／]{2,4}\s*[/／]\s*(?:图|圖|图片|圖片|摄|攝|摄影|攝影)")
# The reporting verbs a name may carry glued after it; "黄芩综合报道": the report compiled from others' is the
# reporter's as one filed alone is. "记者 X Y 直播" credits a live report's reporters as 报道 credits a report's.
_REPORTING_VERB = r"(?:综合|綜合)?(?:报道|報道|報導|报导)|整合|整理|编译|編譯|采写|採寫|撰文|供稿|直播|出品"
_ROLE_SUFFIX = re.compile(rf"(?:{_REPORTING_VERB}|发自\S*|發自\S*|电|電|讯|訊|文)$")
_TWO_CHAR_ROLE = re.compile(rf"(?:{_REPORTING_VERB})$")
# A government's release account ("上海发布", "云台发布"): a place then 发布, never a person's name.
_RELEASE_ACCOUNT = re.compile(r"^[\u4e00-\u9fff]{2,}(?:发布|發佈|發布)$")
# "记者 张三 青岛报道": after a name, a word glued to 报道/电/讯 is the place the report was filed from.
_PLACE_SUFFIX = re.compile(r"(?:报道|報道|報導|报导|电|電|讯|訊)$")
# A code glued after a closing bracket: "陳政偉）1130503" (a wire's date stamp after its editor credit).
_TRAIL_CODE = re.compile(r"[)）]\s*\d{4,8}$")
# 和/与 between two names joins them ("张三与王芳"): only before a name of 2-4 Han characters ending the value
# or a part of it, so "和平" or "与会" open no name.
# An organisation's name holding 和/与/及 is one name ("绵阳市自然资源和规划局", "国防科学技术与工业局"): no
# split before a word closed by an office's ending (w6a).
# Two Han words joined by 和/与 and nothing else: two people only when both are people's names.
# A name has two characters at least, so one character before 和 is a word's ("协和医生说", an account).
_JOINED_PAIR = re.compile(r"[\u4e00-\u9fff]{2,4}[和与與][\u4e00-\u9fff]{2,4}")
_SPLIT = re.compile(
    r"[\s、,;/]+|(?<=[\u4e00-\u9fff]{2})[和与與]"
    r"(?=[\u4e00-\u9fff]{2,4}(?:\s|$))(?![\u4e00-\u9fff]{1,3}(?:局|委|厅|廳|中心|办|辦|院|署|馆|館|站)(?:\s|$))"
)
_JOINING_WORDS = "和与與"
# A word of the value standing alone between spaces or its ends ("北京老高和他的车 · 认证车主").
_ALONE = r"(?:^|(?<=\s)){}(?=\s|$)"


def _rejoined_pairs(tokens: list[str], value: str) -> list[str]:
    """Two words _SPLIT cut at 和/与 that stand alone in the value as one word (``小满与立夏``, ``北京老高和他的车 ·
    认证车主``) joined again unless both are people's names: a handle holding 和, where two people would be names."""
    if not any(word in value for word in _JOINING_WORDS):
        return tokens  # most values: nothing _SPLIT cut at a joining word, no name test to run
    joined: list[str] = []
    for token in tokens:
        pair = _standing_pair(joined[-1], token, value) if joined else None
        if pair is not None and not (is_person(joined[-1]) and is_person(token)):
            joined[-1] = pair
        else:
            joined.append(token)
    return joined


def _standing_pair(first: str, second: str, value: str) -> str | None:
    """The two words joined by 和/与 as the value prints them, a word of its own there, shaped as _SPLIT cuts one."""
    for word in _JOINING_WORDS:
        pair = f"{first}{word}{second}"
        if _JOINED_PAIR.fullmatch(pair) and re.search(_ALONE.format(re.escape(pair)), value):
            return pair
    return None


# Roles a bar prints without a separator after the names ("编辑 李四 校对 王五"): the next credit, no name. The
# checkers' and the signer's end a reporter's names too ("记者 X 校对 Y": the proofreader, no second reporter).
_REVIEW_ROLES = frozenset(
    {"校对", "审核", "审校", "复核", "编审", "初审", "复审", "终审", "一审", "二审", "三审", "签发"}
)
_ROLES = _REVIEW_ROLES | {"监制", "制作"}
_ROLES |= frozenset({"策划", "统筹", "主编", "美编", "摄影", "摄像", "编辑", "责编", "记者", "作者", "来源"})
# A report's media credits after the writers ("记者 X 视频 Y", "文/X 海报 Y"): who made the video or the poster.
_MEDIA_ROLES = frozenset(
    {"视频", "視頻", "剪辑", "剪輯", "海报", "海報", "设计", "設計", "制图", "製圖", "动画", "動畫"}
)
_ROLES |= _MEDIA_ROLES
# "（撰文/孟婷婷 采访/胡霜）": the interviewer is credited apart from the writer, and is no writer.
_ROLES |= frozenset({"采访", "採訪"})
# A student reporter's advisor ("（学生记者 周子航 指导老师 陈静）") guides the story, and writes none of it.
_ADVISORS = frozenset({"指导老师", "指导教师", "指導老師", "指導教師", "指导"})
_ROLES |= _ADVISORS
# The story's first words after a credit it opens with ("本报记者 张三 昨日，…"): a day, no second name.
_DAY_WORDS = frozenset({"昨日", "昨天", "今日", "今天", "日前", "近日", "前日", "当天", "当日", "近期", "目前", "本周"})
_ROLES |= _DAY_WORDS
# A portal's sections, linked beside the writers in a bar ("作者：叶雨婷 王嘉兴 <a href=/tech/>科技</a>"): the channel,
# no second name, in either spelling.
SECTIONS = frozenset(
    {"新闻", "国内", "国际", "财经", "体育", "娱乐", "科技", "汽车", "房产", "教育", "健康", "时尚", "军事", "社会"}
    | {"文化", "旅游", "历史", "游戏", "数码", "女性", "读书", "图片", "综合", "评论", "要闻", "本地", "民生", "时政"}
    | {"股票", "基金", "理财", "彩票", "家居", "育儿", "星座", "动漫", "公益", "法治", "科学", "美食", "亲子"}
    | {"新聞", "國內", "國際", "財經", "體育", "娛樂", "汽車", "房產", "時尚", "軍事", "社會", "歷史", "遊戲", "數碼"}
    | {"讀書", "圖片", "綜合", "評論", "要聞", "時政", "理財", "彩票", "育兒", "動漫"}
)
_ROLES |= SECTIONS
# Names a CMS or a site prints where nobody is credited: a default login (a Drupal or WordPress page's
# "由 webmaster 於 … 發佈"), "unknown", "the site", "a reader". One set for every reader of names.
PLACEHOLDERS = frozenset({"未知", "佚名", "匿名", "不详", "无", "暂无", "管理员", "本站", "本网", "小编", "网友"})
# A Q&A site's anonymous answerer ("回答者：热心网友", 知乎's "匿名用户"): nobody named either.
PLACEHOLDERS |= frozenset({"热心网友", "匿名用户", "知乎用户"})
PLACEHOLDERS |= frozenset({"admin", "Admin", "administrator", "Administrator", "webmaster", "Webmaster"})
# The same login in Chinese, by the system or site it administers ("发布者：系统管理员"), or in pinyin as school and
# government CMSs name their default accounts ("作者：bianji"): no writer. After 编辑 it stays the editor as shown
# (``bylinesource.editor_names``): one natural string labels 编辑：网站管理员 none, too little to move that.
ADMIN_ACCOUNTS = frozenset(
    {"网站管理员", "系统管理员", "超级管理员", "網站管理員", "系統管理員"}
    | {"bianji", "xiaobian", "guanliyuan", "webeditor"}
)
# A page's own section words (eastmoney's "来源：" over a logo, then its "摘要" box): when a label's value
# stands in the next element, the next element may be such a heading, which names nobody.
PLACEHOLDERS |= frozenset(settings.SECTION_WORDS)
# 来源 values naming no outlet: "网络" says the text was found online, "综合" that it was compiled, "原创" that
# the site wrote it (the site is not its own source). A label's whole value of the first kind is still kept as
# shown (``SHOWN_WHERE_FOUND``); these words name no outlet read anywhere else.
_NO_OUTLET = frozenset(
    {"网络", "網絡", "互联网", "網路", "网络整理", "网络转载", "综合", "綜合", "综合报道", "网友投稿", "原创"}
)
# A 来源 label's whole value saying where the text was found or naming the site by a pronoun ("来源：网络",
# "互联网", "网络整理", "本站", "本站原创", "本院") is the source as shown (since session 38, ``shown_where_found``):
# the natural batches, whose writers get only the field's meaning ("the outlet the story came from, as shown"),
# label it so 85 strings to 33, and this README's batches keep 本站原创 93:3. Compiled (综合) and bare 原创 stay
# none (natural 1:5 for 原创), and so does a notice's clause ("本文来源于网络，如有侵权…": natural 11:2).
SHOWN_WHERE_FOUND = frozenset(
    {"网络", "網絡", "互联网", "互聯網", "網路", "网络整理", "网络转载", "网友投稿"}
    | {"本站", "本网", "本網", "本站原创", "本网原创"}
)
# "作者：本站原创": the site wrote it, nobody is named (as a 来源 value it is shown, and kept); "作者：综合",
# "作者：网络" say the text was compiled or found online, and name nobody either.
_NO_WRITER = PLACEHOLDERS | ADMIN_ACCOUNTS | _NO_OUTLET | {"原创", "本站原创", "本网原创", "网站原创"}
# A site's menu items after a menu's 作者 item, one item per element, so the lone label takes the next: no name.
_NO_WRITER |= frozenset(WRITER_MENU_WORDS)
# A thread's floor beside its 楼主 tag ("[楼主] 第1楼 | 举报", "沙发", "#2"): the post's place, nobody's name.
_FLOOR = re.compile(r"第?\d{1,5}\s*(?:楼|樓|F|#)|#\d{1,5}|沙发|沙發|板凳|地板|地下室")


def names_nobody(word: str) -> bool:
    """A word standing where a writer's name would that names nobody: a placeholder (``本站``, ``佚名``), a CMS
    login, or a value saying where the text was found or that the site wrote it (``网络``, ``本站原创``)."""
    return word in _NO_WRITER


def shown_where_found(value: str) -> bool:
    """A 来源 value that says where the text was found or names the site by a pronoun, kept as shown when it is
    a label's whole value (``SHOWN_WHERE_FOUND``, ``本院``, ``本站原创``)."""
    return value in SHOWN_WHERE_FOUND or _SELF_REFERENCE.match(value) is not None


def is_floor(word: str) -> bool:
    """A thread's floor tag (``沙发``, ``第2楼``, ``#3``): the post's place, nobody's name."""
    return _FLOOR.fullmatch(word) is not None


# A school's class code (4A, 5C, S3B, P6A): Hong Kong pupils credited with their class before the name.
CLASS_CODE = re.compile(r"[SPF]?[1-6][A-H]|[中小][一二三四五六][甲乙丙丁戊己庚辛]")  # 4C, S5A; 中四乙 (Form 4 B)
# A class code glued before a pupil's name ("4C李卓謙"): split off as a spaced one is.
_CLASS_CODE_LEAD = re.compile("(?:" + CLASS_CODE.pattern + r")(?=[\u4e00-\u9fff]{2,4}$)")
# A theme's "posted on" glued after the name by its screen-reader text ("小满发布于"): no name ends so.
_POSTED_SUFFIX = re.compile(r"(?:发布于|發佈於|發布於|发表于|發表於)$")
_POSTED_SUFFIX_MIN_CHARS = 4
# A unit's own name after a counter's word it opens with (阅读推广部: 推广部), longer than a tool's word (返回顶部).
_UNIT_AFTER_TOOL_CHARS = 3
# "admin" as a login's own word: alone, after a site's word and a separator, before digits (not "badminton").
_ADMIN_LOGIN = re.compile(r"(?i)(?:[a-z0-9]+[_.-])?(?:sys)?admin(?:istrator)?(?:[_.-]?\d+|[_.-][a-z0-9]+)?")
# A phrase of time after a label's word used as a verb or a heading ("整理：每天晚上花五分钟", a post's section
# heading; "收集：今天的事今天做"): no name opens with every-day or a day's word.
_TIME_PHRASE = re.compile(r"每[天日晚周週月年]|(?:今天|昨天|明天|今日|昨日|明日|今晚|昨晚)")
# Longer than an account named so ("每日读书", "每日经济新闻" are handles and outlets): a clause, not a name.
_TIME_PHRASE_MIN_CHARS = 7
# A time of day after the day's word ("整理：每天晚上十点"): a clause at any length.
_CLOCK_WORD = re.compile(r"早上|晚上|上午|下午|中午|凌晨|傍晚|[一二三四五六七八九十两\d]+[点點]")
# "作者：综合整理": compiled, by nobody named.
_NO_WRITER |= {"综合整理", "綜合整理", "本站整理", "本网整理", "小编整理", "网络整理"}
# "This court", "this bureau": the site's own institution by a pronoun (来源：本院, 作者：本局), naming nobody, as
# 本站 and 本网 name no outlet. Not 本报/本刊/本台: a paper's site names its paper so, and labels keep it.
# Nor its claim to have written the text (来源：本站原创, 本院原创): no outlet it came from (since session 26:
# every natural batch labels it so; the README batches before followed our old rule).
_OWN_BODY = (
    r"^本(?:院|局|所|会|會|校|厅|廳|委|办|辦|处|處|馆|館|中心|单位|單位|公司|协会|協會|部门|部門|站|网|網"
    # a religious site's own house (来源：本寺, 來源：本堂)
    r"|寺|堂|宫|宮|观|觀|庵|庙|廟)"
)
_SELF_REFERENCE = re.compile(_OWN_BODY + r"(?:原创|原創)?$")
# The same pronoun opening a longer name: a part of the site's own body (本寺客堂, 本院办公室), no person.
_OWN_BODY_PART = re.compile(_OWN_BODY)


def of_own_body(name: str) -> bool:
    """``name`` opens with the site's own body by a pronoun (``本寺客堂``, ``本校团委``): ours, never a person."""
    return _OWN_BODY_PART.match(name) is not None


# What prose puts right after 记者 ("记者了解到", "记者注意到"), an adverb of time or manner perhaps before it
# ("记者同时获悉", "记者昨日走访"): not a name.
_REPORTER_VERBS = re.compile(
    r"^(?:(?:同时|同時|随后|隨後|昨日|昨天|今日|今天|当天|當天|当日|當日|此前|近期|随即|隨即|先后|先後|另外|又|亦|则|則|已|已经|已經)"
    r"(?=了解|注意|获悉|獲悉|获知|獲知|得知|发现|發現|采访|採訪|走访|走訪|调查|調查|看到|来到|來到|从|從|致电|致電|探访|探訪))?"
    r"(?:了解|注意|获悉|发现|采访|走访|调查|看到|来到|从|在|近日|日前|表示|问|询问|致电|联系|查询|观察|实地|随机|探访|梳理|统计|获得|得知|再次|第一|多方|前往|也|还|就|将|曾|对|向记者)"
)


# A bracketed note after a name: "张三(实习)", "刘亮 (QN0003)", "张三[见习]", and an op-ed writer's
# affiliation "陆铭（上海交通大学安泰经济与管理学院教授）".
# A class's number in brackets ("高二（3）班") is no note, but a note may hold one ("王子墨（市三中高二（3）班）").
_NOTE = re.compile(
    r"(?<=\S)\s*(?:[(（](?!\d{1,2}[)）]班)(?:[^()（）]|[(（]\d{1,2}[)）](?=班)){0,40}[)）]|\[[^\[\]]{0,12}\])"
)
# How deep notes nest inside each other (an affiliation naming its institute's other name in brackets).
_NOTE_DEPTH = 2
# A translated writer's nationality before the name: "[美]托马斯·弗里德曼", "（英）大卫·米切尔".
# A forum's edit note read as the value of the label before it, cut at its time ("此帖被石浦阿旺在"): the one who
# edited the post, its poster.
# Discuz's own note says it so: "本帖最后由 X 于 2018-10-31 20:31 编辑" under the 楼主 tag.
_EDITED_BY = re.compile(r"^[\[［【(（]?\s*(?:此[帖贴]被|本[帖贴]最后由)\s*(\S+?)\s*[在于於]$")
_NATIONALITY = re.compile(r"^[\[［(（〔【][\u4e00-\u9fff][\]］)）〕】]\s*")
# "By" in a translated theme before the writer: "由 小满子", "由小满子". 由 is a rare surname too, so it is taken
# as the preposition only before a gap or a name of three characters or more ("由静", "由晓东" are people).
_BY = re.compile(r"^由(?:\s+|(?=[^\s]{3,}(?:\s|$)))")
_LONE_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# A word then a colon ("访问量：", "浏览次数:1,047"): the next field's label, where an empty label's value would be.
_NEXT_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,8}[:：]")
# A writer's label repeated inside the value ("作者：" | "文/高亚楠", a table cell holding the bar's own credit).
# "文/图 李湘" under a 作者 label: the writer-and-photographer's role, then the name, set off by a space alone.
_ROLE_LEAD = re.compile(r"^(?:(?:文|撰文|文/图|文图|图文)\s*[/:：／]|(?:文/图|文／图|文图|图文)\s)\s*(?=\S)")
_BRACKETS = "()（）[]【】〔〕<>《》「」\"'“”"
_PAIRS = {"(": ")", "（": "）", "[": "]", "【": "】", "〔": "〕", "《": "》", "「": "」", "<": ">", "“": "”"}


def _time_phrase(token: str) -> bool:
    if _TIME_PHRASE.match(token) is None:
        return False
    return len(token) >= _TIME_PHRASE_MIN_CHARS or _CLOCK_WORD.search(token) is not None


def is_admin_login(token: str) -> bool:
    """A CMS administrator's login (``admin``, ``shanhai_admin``, ``sysadmin01``): the account a site posts under,
    a placeholder for the writer (an editor shown so is kept as shown: ``bylinesource.editor_names``)."""
    return token in PLACEHOLDERS or _ADMIN_LOGIN.fullmatch(token) is not None


# A CMS login (Latin letters, digits, "_", ".", "-") and the person's name in brackets right after it.
# The whole credit may stand in brackets of its own ("【责任编辑：xxzf_zhou(周明)】"): its closer stays on the value.
_LOGIN_WITH_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,30}\s*[(（]\s*([\u4e00-\u9fff·]{2,6})\s*[)）][\]】〕」]?")


def strip_brackets(text: str) -> str:
    """Brackets around a value and notes inside it: "（张三）" and "张三(实习)" -> "张三"; a note holding one of its
    own ("王学斌（中央党校（国家行政学院）文史教研部副教授）") goes from the inside out. A login with the person's
    name in brackets after it ("xxzf_zhou(周明)", "admin（李华）", a CMS showing both) is that person."""
    if (login := _LOGIN_WITH_NAME.fullmatch(text.strip())) and is_person(login.group(1)):
        return login.group(1)
    for _ in range(_NOTE_DEPTH):
        text, notes = _NOTE.subn(" ", text)
        if not notes:
            break
    return text.strip().strip(_BRACKETS + " ").strip()


def strip_id(token: str) -> str:
    """``杨倩_NF4425`` and ``SDdz_杨倩`` -> ``杨倩``; a token that is only an ID (``SN098``) becomes empty.
    Letters and digits glued to a handle that is no person's name are the handle's own (``天天向上cj1987``)."""
    token = _ID_BEFORE.sub("", _TRAIL_CODE.sub("", token))
    if _ID.fullmatch(token):
        return ""
    match = _ID.search(token)
    if match is None:
        return token
    before = token[: match.start()]
    # Glued lower-case letters open no CMS ID after a handle (an ID is set off by "_" or a space, or capitals).
    return token if match.group()[:1].islower() and not is_person(before) else before


def is_name(token: str) -> bool:
    """A person's name as bylines print them: 2-4 Han characters, or a transliterated ``名·姓``."""
    return bool(_CJK_NAME.match(token))


# A personal name's word in Latin letters: capitalised, then lower case ("Lisa", "McLean" does not occur in bars).
_CAPITALISED = re.compile(rf"^[{LATIN_UPPER}][{LATIN_LOWER}]+$")
# How many such words one person's name runs to ("Lisa Li", "Mary Ann Chen").
_LATIN_NAME_WORDS = (2, 3)
_ENGLISH_ARTICLES = frozenset({"The", "A", "An"})


def _latin_person(tokens: list[str]) -> str | None:
    """The Latin name a reporter's credit opens with: two or three capitalised words, no English field's word
    among them, and nothing but other credits after them."""
    words = list(takewhile(lambda t: _CAPITALISED.match(t) is not None and t not in _ENGLISH_FIELDS, tokens))
    if words and words[0] in _ENGLISH_ARTICLES:
        return None  # "记者 The Paper": a publication's title, no person
    return " ".join(words) if len(words) in _LATIN_NAME_WORDS and len(words) == len(tokens) else None


def reporter_names(value: str) -> tuple[list[str], bool]:
    """Names after 记者/通讯员 and whether they are credited as photographers (``张三 李四 摄``).

    Only name-shaped tokens count, and the run stops at the first other token: what follows a reporter
    label in prose ("记者注意到…") is not a name list.
    """
    if _NAME_THEN_PICTURES.fullmatch(value.strip()):
        return [], False  # "实习生 庞雪/图" after "记者 陆晟铭/文": this credit's person took the pictures
    names: list[str] = []
    photo = False
    # A bar's dot before the next credit stays with no name ("本报记者 郑慧敏·图／黄伟强"), as after 作者; a
    # credit mark before the name is punctuation ("实习记者 ◎ 陈璐").
    raws = _SPLIT.split(strip_brackets(value))
    tokens = padded_names([strip_id(strip_brackets(raw)).strip("·・◎●◆◇□■") for raw in raws])
    if latin := _latin_person(tokens):
        return [latin], False  # "记者：Lisa Li": a reporter's Latin name, two or three capitalised words
    for index, token in enumerate(tokens):
        if not token:
            continue
        if is_unit_word(token) or CLASS_CODE.fullmatch(token) or _publicity_office(token) or _office(token):
            # "黄晓敏 骨科 周亮": the next reporter's department; "5A 陳凱晴": a pupil's class; "通讯员 穗交宣": an
            # office's publicity desk by its short name, no person
            continue
        if ends_names(token) or token in _DAY_WORDS or token in _ADVISORS or token in _MEDIA_ROLES or token in SECTIONS:
            # "记者 张三 字号": the bar's tools after the names; "本报记者 张三 昨日，…": the story's day;
            # "记者 张三 视频 李四": the next credit, its video maker's; "BBC中文记者 科技": the bar's channel link
            break
        if canonical(token) in _REVIEW_ROLES:
            break  # "记者 张三 校对 李四": the proofreader's credit, no second reporter
        if _RELEASE_ACCOUNT.search(token):
            break  # "融媒记者 吴思远 云台发布": a government's release account (上海发布), the bar's next part
        if dated := dateline_name(token, filed=not names):
            names.append(dated)  # "吳欣紜台北3日電", "陳怡君台北報導": the name before the place
            break
        if _PHOTO_SUFFIX.fullmatch(token):
            # "记者 张三 李四 摄" closes the credit; "记者 刘洋 摄影 陈晨" is the next credit, its photographer's.
            photo = not _names_follow(tokens, index)
            break
        if _PHOTO_SUFFIX.search(token) and is_name(_PHOTO_SUFFIX.sub("", token)):
            names.append(_PHOTO_SUFFIX.sub("", token))
            photo = True
            break
        if _ROLE_SUFFIX.fullmatch(token):
            break
        if is_outlet(token):
            continue  # "青木 环球时报记者 张哲": the outlet of the next reporter label, no name
        if names and _PLACE_SUFFIX.search(token):
            # "（記者陳家樂、李大文報道）": in a list the enumeration comma leads the next reporter, not a place.
            if "、" + token in value and is_person(reported := _PLACE_SUFFIX.sub("", token)):
                names.append(reported)
            break
        # "张三报道" is a name-shaped 4 characters too: a two-character role word is never part of a name.
        glued_role = not is_name(token) or bool(_TWO_CHAR_ROLE.search(token))
        bare = _ROLE_SUFFIX.sub("", token) if glued_role else token
        if not is_name(bare) or (_REPORTER_VERBS.match(bare) and not _listed(bare, token, names, tokens[index + 1 :])):
            break
        if names and _unled_long_word(bare):
            break  # "记者 徐丽娜 何雨 健康江城": the account's element after the names
        names.append(bare)
        if bare != token:
            break  # "陈智整合": the role word closes the list
    return names, photo


# A publicity desk's short name: a place's or an office's abbreviation then 宣 (穗交宣, 龙口镇宣, 杭建宣).
_PUBLICITY_CHARS = (3, 4)
_PLACE_WORDS = frozenset("镇鎮县縣区區市局委办辦")


def _publicity_office(token: str) -> bool:
    """An office's publicity desk credited as a correspondent (``通讯员 穗交宣``): three or four characters closing
    with 宣, no person's name (陈文宣 is one) or a place's word inside (龙口镇宣). The natural batches label it no
    writer."""
    if len(token) not in _PUBLICITY_CHARS or not token.endswith("宣"):
        return False
    return not is_person(token) or any(char in _PLACE_WORDS for char in token[1:-1])


def _office(token: str) -> bool:
    """An office credited in a run of names (``通讯员 市公安局``): a unit, no person's name."""
    return is_organisation(token) and not is_person(token)


_FILED_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:即時|即时)?(?:报道|報道|報導|报导)")


def _listed(bare: str, token: str, names: list[str], later: list[str]) -> bool:
    """A person led by a surname that is also a verb (曾, 从) is a name after a name ("记者 陈斌杰 曾焱"), as the
    label's whole value ("通讯员 曾凡": no prose is that short), or before names only ("记者：曾丽萍 刘志强": prose
    after the label is no run of names). In a run of names 唐诗琪 is a person, though alone its first two
    characters name a section (唐诗)."""
    # A dateline closing the run names its reporter too ("中央社記者曾以寧、賴于榛台北15日電").
    # So does the place it was filed from ("記者曾麗華／台中報導").
    named_run = bool(names) or all(_names_or_files(other) for other in later if other)
    return named_run and bare == token and is_person(bare)


def _names_or_files(token: str) -> bool:
    return is_person(token, in_run=True) or bool(dateline_name(token)) or _FILED_PLACE.fullmatch(token) is not None


def _names_follow(tokens: list[str], index: int) -> bool:
    """A name-shaped token after a photo word: the word labels that photographer, it closes no credit."""
    return index + 1 < len(tokens) and is_name(tokens[index + 1])


# A later writer's department in a run of names (康复医学科, 党委宣传部): four characters or more ending so; a
# name of three never is one (李科 and 王晓科 are people).
_WARD_MIN_CHARS = 4
_WARD_ENDS = frozenset("科部室处處")
# A later name of this many characters or more must be led by a surname (``_unled_long_word``).
_LONG_NAME_CHARS = 4
# A unit's last character a given name may end in too (王晓科, 周立院, 刘家站, 张明会).
_NAME_LIKE_UNIT_ENDS = frozenset("科院所站会")


def _unled_long_word(token: str) -> bool:
    """A later name this long is led by a surname (欧阳晓峰, 陈李秀英), is a Japanese one or a transliterated
    ``名·姓`` (阿依古丽·买买提): else it is a word."""
    if len(token) < _LONG_NAME_CHARS or "·" in token or "・" in token:
        return False
    return not is_person(token, in_run=True) and not japanese_name(token)


def _without_class_codes(tokens: list[str]) -> list[str]:
    """The names less a Hong Kong pupil's class code before each (``撰文：4C 李卓謙、4D 麥嘉琪``, glued or
    spaced), as a school's 高二（3）班 before its pupil is."""
    tokens = [
        rest if (lead := _CLASS_CODE_LEAD.match(token)) and is_person(rest := token[lead.end() :]) else token
        for token in tokens
    ]
    return [
        token
        for at, token in enumerate(tokens)
        if not (CLASS_CODE.fullmatch(token) and at + 1 < len(tokens) and is_person(tokens[at + 1]))
    ]


# "作者：编译 谢灵": how the person under the writer's label wrote, before the name.
_WRITING_ROLES = frozenset(("编译", "編譯", "翻译", "翻譯", "整理"))


def _untitled_person(token: str) -> str | None:
    """The person's name after a professional title glued before it (营养师王雪, 执业药师沈岚), if it is one."""
    for cut in range(2, len(token) - 1):
        if PROFESSIONAL_TITLE.match(token[:cut]) and is_person(token[cut:]):
            return token[cut:]
    return None


def free_names(value: str, *, honorifics: bool = True) -> list[str]:
    """Names after 作者/编辑 labels: the first token may be any handle (``涅阳城``, ``棒棒不是糖``,
    ``Jeremy Tsheng``); later ones only when they look like names, so trailing words stay out.
    ``honorifics``: a title glued after a name goes (梁志恆牧師); an account's name keeps it."""
    value = _NATIONALITY.sub("", _ROLE_LEAD.sub("", value.strip()))
    value = _EDITED_BY.sub(r"\1", value)  # "[楼主] [ 此帖被X在2009-09-19 08:02重新编辑 ]": the poster
    value = _FILED_IN.sub(r"\1", value)  # "Reporter: Zhou Huiying in Harbin": where the report was filed
    if _bar_tool(value):
        return []  # a call to act whole ("参与讨论"), before its 与 splits it into two "names"
    if value.startswith("由"):
        value = _BY.sub("", value)
    # A handle's @ mentions it ("作者：@江南一叶舟", a 知乎 or 微博 user): no character of the name.
    tokens = [
        t
        for raw in _SPLIT.split(strip_brackets(value))
        if (t := strip_id(strip_brackets(raw)).strip("·・").lstrip("@＠"))
    ]
    if tokens and len(tokens[0]) > _POSTED_SUFFIX_MIN_CHARS and (posted := _POSTED_SUFFIX.search(tokens[0])):
        tokens[0] = tokens[0][: posted.start()]  # "作者 小满发布于 2017年…": a theme's screen-reader word glued on
    if tokens and tokens[-1].endswith("等") and is_person(tokens[-1][:-1]):
        tokens[-1] = tokens[-1][:-1]  # "作者：黄磊等": "and others" glued after the last name
    tokens = _rejoined_pairs(tokens, value)  # "小满与立夏": one handle holding 与, where two people would be names
    if len(tokens) > 2 and len(tokens[0]) > 1 and len(tokens[1]) == 1:
        tokens = [tokens[0], *padded_names(tokens[1:])]  # "普外二科 陈 晓": the unit, then one padded name
    # "文｜财新 张三 李四", "文/图：宣传部 李华", "作者：某某县第一中学 张三": the outlet or unit the writers work
    # for, then the writers; a school, then the class (东阳市第二中学 高二（3）班 李思远), then the writer.
    led_by_unit = False
    while len(tokens) > 1 and (
        _employer(tokens[0])
        or is_organisation(tokens[0])
        or is_unit_word(tokens[0])  # a class or a year of entry ("2019级学生 姚佳琪")
        or _staff_role(tokens[0])
        or _brand_before_people(tokens)
    ):
        # The unit, then a department, or a post before its holder ("急诊科 护士长 刘倩").
        # A ward, then the writer's grade ("消化内科 副主任医师 王芳"), as a post.
        beside = len(tokens) > 2 and (
            is_unit_word(tokens[1])
            or POST.match(tokens[1]) is not None
            or PROFESSIONAL_TITLE.match(tokens[1]) is not None
        )
        # The name may carry its title ("文字事工組 林雅琪姊妹": a church group, then its member).
        titled = is_name(tokens[1]) or is_name(without_honorific(tokens[1]))
        if not (titled or KIN_NAME.match(tokens[1]) or beside):
            break
        tokens, led_by_unit = tokens[1:], True
    tokens = _without_class_codes(tokens)
    if len(tokens) > 1 and tokens[0] in ("图", "圖"):
        tokens = tokens[1:]  # "作者：文/图 李湘": the 图 of 文/图 after the 文 label took its slash
    if (
        len(tokens) > 1
        and POST.match(tokens[0])
        and (is_person(without_honorific(tokens[1])) or (len(tokens) == 2 and is_name(tokens[1])))
    ):
        # "王家坪村第一书记 范立伟", "志愿者 唐小琳": the post, then its holder (whatever the surname, when the holder
        # is all that follows: "社工 區嘉敏"), the holder's title glued on too ("高级合伙人 邱永明律师")
        tokens = tokens[1:]
    tokens = [without_honorific(token) if honorifics else token for token in padded_names(tokens)]
    if not tokens or tokens[0] in _NO_WRITER or len(tokens[0]) > settings.BYLINE_MAX_HANDLE_CHARS:
        return []
    if is_admin_login(tokens[0]):
        return []  # "作者 shanhai_admin": the site's administrator login, as "admin" is: nobody named
    if _SELF_REFERENCE.match(tokens[0]) or _FLOOR.fullmatch(tokens[0]) or _time_phrase(tokens[0]):
        return []
    if _NEXT_LABEL.match(tokens[0]) or tokens[0] in COUNTERS:
        return []  # "作者： 访问量：1,047": an empty label before the next label, a counter or a badge
    if tokens and (titled := _untitled_person(tokens[0])):
        tokens[0] = titled  # "答主：营养师王雪": the trade glued before the person's name (营养师小陈 is a handle)
    if UNNAMED_ROLE.match(tokens[0]) or PROFESSIONAL_TITLE.match(tokens[0]) or tokens[0] in _WRITING_ROLES:
        if len(tokens) == 1 or not is_person(tokens[1]):
            return []
        tokens = tokens[1:]  # "作者：本报评论员 张三", "高级农艺师 孟庆华": the role, then the person it names
    if is_bar_tool(tokens[0]) or is_badge(tokens[0]):
        return []  # "返回搜狐，查看更多", "展开全文" after an empty 责任编辑; "大风号 优质财经领域创作者"
    first = tokens[0]
    if _LONE_HAN.fullmatch(first) and len(tokens) > 1 and _LONE_HAN.fullmatch(tokens[1]):
        return []  # "作者：【大 中 小】": a run of single characters after an empty label is a switch, no handle
    if _LATIN_WORD.match(first):
        # A Latin name is several words: "Jeremy Tsheng" is one person.
        # It ends at a comma ("Mary Lim, BBC News") and at an English field's word ("Jane Lee Updated: …").
        span = tokens[1 : len(value.split(",")[0].split())]
        words = [first, *takewhile(lambda t: _LATIN_WORD.match(t) is not None and t not in _ENGLISH_FIELDS, span)]
        after = tokens[len(words) :]
        if not after or after[0] in _ENGLISH_FIELDS or len(span) + 1 < len(tokens):
            return [" ".join(words)]  # the name ended at a field's word or a comma: what follows is no name
        # "Felix Horst 文木" (作者 and 编译 read as one run): names after the Latin one, read as any name's are.
        names = [" ".join(words)]
    elif _PHOTO_SUFFIX.fullmatch(first) or re.search(r"[。！？，]|^\d|\d[年月日]", first):
        return []
    else:
        names = [first]
    for index, token in enumerate(tokens[len(names[0].split()) :], start=len(names[0].split())):
        if is_unit_word(token) or (len(token) >= _WARD_MIN_CHARS and token[-1] in _WARD_ENDS):
            continue  # "骨科 谢文博 康复医学科 邱蕾": each writer's ward before the name, as before the first
        if _unit_before_name(token, tokens[index + 1 : index + 2], led_by_unit=led_by_unit):
            continue  # "心血管内科 何俊 宣传科 林月": the next writer's office, like the first's
        # A role's word in either spelling ("編輯 陳佩君 校對 李明哲": 校對 is 校对) ends the names before it.
        if not is_name(token) or canonical(token) in _ROLES or ends_names(token) or PROFESSIONAL_TITLE.match(token):
            break  # "王建华 主任医师": the grade after the name is the person's, no second name
        if is_outlet(token) and not is_person(token):
            break  # "编辑：杨琴 四川在线": the outlet's element after the bar's names, no second name
        if _unled_long_word(token):
            break  # "作者：徐丽娜 何雨 健康江城": the account's element after the names, led by no surname
        if ERA.fullmatch(token):
            break  # "王维 〔唐代〕": a poet's dynasty
        if _TWO_CHAR_ROLE.search(token):
            break  # "作者：張曉明／台北報導": the place the report was filed from, no second writer
        if token.startswith(("发自", "發自")):
            break  # "作者：王芳 发自上海": where the report was filed from, no name
        names.append(token)
    return names


def _unit_before_name(token: str, after: list[str], *, led_by_unit: bool) -> bool:
    """An office or a post between two names: the second writer's (护理部, 宣传科, 第一书记). A three-character
    word ending in a department's 科/庭 may be a name (王晓科), so it counts only in a run the first writer's unit
    opened, the parallel credit."""
    if not after or not is_person(after[0]):
        return False
    if is_organisation(token) or is_news_unit(token) or POST.match(token):
        return True
    return led_by_unit and len(token) == _WARD_MIN_CHARS - 1 and token[-1] in "科庭"


def without_nationality(name: str) -> str:
    """ "[美]约翰·斯坦贝克" -> "约翰·斯坦贝克": a translated writer's nationality is no part of the name."""
    return _NATIONALITY.sub("", name)


def _brand_before_people(tokens: list[str]) -> bool:
    """``文/汽车之家 郑东豪``: a Han word longer than any name and led by no surname, then only people, is the
    site or column they write for (README: a person named wins over an account), though no outlet list knows it.
    A four-character name (欧阳娜娜, 司马相如) is led by a surname and stays."""
    first, rest = tokens[0], tokens[1:]
    if len(first) <= settings.BYLINE_MAX_PERSON_CHARS - 1 or not _HAN_WORD.fullmatch(first) or is_person(first):
        return False
    return all(is_person(token) for token in rest)


def _staff_role(token: str) -> bool:
    """A staff role before a writer's name ("辅导员 林晨", "宣传员 王芳"): three to five characters ending in 员,
    which no name does (a two-character one may: "张员"), or a forum's moderator (版主); or a county office's
    section (教育股 黄婷, 推廣股 陳怡): before a name its 股 is the section's, whatever the office names it."""
    return _STAFF_ROLE.fullmatch(token) is not None


def _employer(token: str) -> bool:
    """An outlet or a unit (宣传部, 新闻中心) printed before its writers' names; not a three-character name
    ending as a unit may (王晓科 李明: two writers)."""
    if is_outlet(token):
        return True
    if len(token) < settings.BYLINE_MIN_UNIT_CHARS or not ORGANISATION.search(token):
        return False
    return not (len(token) == _WARD_MIN_CHARS - 1 and token[-1] in _NAME_LIKE_UNIT_ENDS and is_person(token))


# A reprint's verb before an outlet-shaped name ("转载自新华网", "摘自《求是》"; "转自网友" stays), as 据 is.
_FROM_VERB = re.compile(
    r"^(?:转载自|轉載自|转引自|轉引自|转自|轉自|摘自|选自|選自|引自|原载于|原載於|原载|原載|综合自|綜合自)(\S{2,})$"
)


# A count as a button shows it: 1, 2,318, 2.1k, 3.5w, 1.2万.
_COUNT = re.compile(r"\d[\d,.]*\s*(?:[kKwWmM]|万|萬|千)?\+?")
# A forum's staff role reads the same way before its holder ("编辑：版主 竹影", "超级版主 老K").
_STAFF_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}[员員股]|(?:超级|超級|分区|分區)?(?:版主|斑竹)")
_ISSUE_AFTER_TITLE = re.compile(
    r"》(?:(?:\d{4}年)?(?:第\d{1,4}期|\d{1,2}月[上下]?(?:号|刊)?|\d{1,2}期)"
    # A paper's day and page: "《人民日报》2019年10月8日 第20版".
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:\s*第?[\dA-Z]{1,4}版)?)$"
)


# An institution an office is named after: a university, a federation (4+ characters: 國立東華大學, 居民聯會).
_INSTITUTION_MIN_CHARS = 4


def _office_of(institution: str, office: str) -> bool:
    """``office`` is a short office (秘書室, 宣传部) of ``institution`` (a university, a college, a company) printed
    after it with a space: one unit, the institution's part of it."""
    short = len(office) <= settings.BYLINE_MAX_OFFICE_CHARS and is_organisation(office)
    # Two offices sending the story together ("教务处 教师发展中心") are one credit as shown, too.
    return short and (
        (len(institution) >= _INSTITUTION_MIN_CHARS and bool(ORGANISATION.search(institution)))
        or is_organisation(institution)
    )


# A WeChat account's ID in brackets after its name ("（ID：wow36kr）", "(微信号:abc)"), the colon folded or not.
ACCOUNT_ID_BRACKET = r"[（(]\s*(?:微信)?(?:ID|id|微信号|公众号ID)\s*[:：]\s*[A-Za-z][\w-]{1,30}\s*[)）]"
_ACCOUNT_ID = re.compile(rf"\s*{ACCOUNT_ID_BRACKET}$")


# A platform's column by its name in quotes or corner brackets ("知乎专栏「X」", "简书专栏“X”").
_PLATFORM_COLUMN = re.compile(r"^(?:知乎|简书|簡書)(?:专栏|專欄)\s*[「“\"『]([^」”\"』]{2,30})[」”\"』]$")


# "发自贵阳": where a reporter filed from (a byline's dispatch place, in a template's source slot), no outlet.
_DISPATCHED_FROM = re.compile(r"^(?:发自|發自)[\u4e00-\u9fff]{1,8}$")


def outlet(value: str) -> str | None:
    """The 来源 outlet as shown: its first space-separated part (several words for a Latin name), without
    brackets that close nothing inside it."""
    # Edges only: "(来源:梨视频)" loses its brackets, "新华网(北京)" keeps its own.
    parts = value.strip().split(" ")
    # "人民网，如有侵权请联系删除": a clause after the outlet's name, set off by a comma, is no part of it.
    first = _unbalanced_off(re.split(r"[,，]", parts[0], maxsplit=1)[0] or parts[0])
    # "《读者》2014年第6期": a periodical's issue after its title names the same outlet (dropped first, so a
    # reprint verb before the title is seen: "摘自《中国卫生》2019年第6期").
    first = _ISSUE_AFTER_TITLE.sub("》", first)
    first = _ACCOUNT_ID.sub("", first)  # "36氪（ID：wow36kr）": the account's WeChat ID names no other outlet
    if column := _PLATFORM_COLUMN.match(first):
        first = column.group(1)  # "知乎专栏「程序员的自我修养」": the column the text came from, not the platform
    if (reprinted := _FROM_VERB.match(first)) and (
        # "综合自北京青年报、界面新闻": each outlet of the list
        are_outlets(reprinted.group(1)) or first.endswith("》")
    ):
        first = reprinted.group(1)  # "来源：转载自新华网": the outlet, not the reprint verb before it
    if len(parts) > 1 and _office_of(first, parts[1]):
        first = f"{first} {parts[1]}"  # "國立中興大學 秘書室": the institution's office that sent the story
    if _LATIN_WORD.match(first):
        # "China Daily", "South China Morning Post": a Latin outlet is several words.
        first = _unbalanced_off(" ".join([first, *takewhile(lambda t: _LATIN_WORD.match(t) is not None, parts[1:])]))
    if not first or first in PLACEHOLDERS or first in _NO_OUTLET or len(first) > settings.BYLINE_MAX_SOURCE_CHARS:
        return None
    if _LONE_HAN.fullmatch(first):
        return None  # "来源 阅 2876 转 64": a counter's one-character label after an empty 来源, no outlet
    if _SELF_REFERENCE.match(first) or _DISPATCHED_FROM.match(first):
        return None
    if first in PLATFORMS or first in PLATFORM_APPS or _bar_tool(first):
        return None  # the platform a self-media post was published on, or a bar's tool: not an outlet
    if not re.search(r"[\w\u4e00-\u9fff]", first) or _COUNT.fullmatch(first):
        return None  # punctuation, or a counter (a like button's "1", a comment link's "2.1k" in the source's element)
    if first.lower().startswith(("http://", "https://")):
        return None  # a blog's 出处 line gives its own address: where the page is, no outlet's name
    return first


def _bar_tool(value: str) -> bool:
    """``is_bar_tool`` on a label's value, where a unit may open with a counter's word: "阅读推广部 何静" is a
    library's department (then its writer), no 阅读 counter. The unit's own name follows the word ("推广部"); a
    word of two characters there is the tool's ("返回顶部": 顶部 ends as a department does, but names none)."""
    if not is_bar_tool(value):
        return False
    first = value.split()[0]
    rest = first[len(opening_tool_word(first)) :]
    return len(rest) < _UNIT_AFTER_TOOL_CHARS or not is_organisation(rest)


def _unbalanced_off(text: str) -> str:
    """Brackets at the edges that close nothing inside: "(来源:梨视频)" -> "梨视频", not "新华网（北京）"."""
    while text and text[0] in _BRACKETS and _PAIRS.get(text[0], "") not in text[1:]:
        text = text[1:]
    while text and text[-1] in _BRACKETS and not any(o in text[:-1] for o, c in _PAIRS.items() if c == text[-1]):
        text = text[:-1]
    return text.strip()


def account(value: str) -> str | None:
    """A self-media account name after 头条号/百家号/公众号 …: one handle, titles and all (丁香医生 is no 丁香
    with a doctor's title: an account's name is a brand)."""
    names = free_names(value, honorifics=False)
    return names[0] if names else None


def join_lists(first: list[str], second: list[str]) -> list[str]:
    """Two credits' names in order, each once."""
    return list(dict.fromkeys([*first, *second]))


def join(names: list[str]) -> str | None:
    """Several people joined by one space, each once, in order."""
    unique = list(dict.fromkeys(names))
    return " ".join(unique) or None
