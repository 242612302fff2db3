"""Byline parts without a label: a person's name or an outlet standing alone in a meta bar.

Portals print ``张三 2024-05-15 08:58 新华网`` or ``2016年05月12日 08:30 新京报`` with no 作者/来源 label.
Reading every unlabelled word as a name invents values, so both recognisers are conservative: they look
only at a meta bar (a short line holding a time, outside any sentence), at parts standing alone between
the time and separators, and accept a person only by a common Chinese surname and 2-4 characters, an
outlet only by how outlet names end (网, 报, 社, 日报, 新闻, 电视台, 客户端 …) or a list of known outlets.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newscorpus import settings
from newscorpus.scrapers.bylinegrammar import TIME
from newscorpus.scrapers.bylinelabels import PLATFORM_TAGS, PLATFORMS
from newscorpus.scrapers.bylinesurnames import DOUBLE as _DOUBLE
from newscorpus.scrapers.bylinesurnames import RARE as _RARE
from newscorpus.scrapers.bylinesurnames import SINGLE as _SINGLE
from newscorpus.scrapers.bylinesurnames import SINGLE_TRADITIONAL as _SINGLE_TRADITIONAL
from newscorpus.scrapers.bylinesurnames import TIBETAN_GIVEN as _TIBETAN_GIVEN
from newscorpus.scrapers.bylinesurnames import WORDY as _WORDY

_SURNAME_CHARS = _SINGLE | _SINGLE_TRADITIONAL
DOUBLE_SURNAMES = _DOUBLE  # for the dateline reader (``bylinedateline``)
# Name-shaped words led by a surname character that name places, days or sections, not people.
_NOT_PEOPLE = re.compile(
    r"^(?:江苏|江西|湖南|湖北|河南|河北|山东|山西|广东|广西|安徽|福建|浙江|云南|贵州|四川|陕西|甘肃|宁夏|青海|海南|"
    r"吉林|辽宁|黑龙江|新疆|西藏|内蒙古|武汉|长沙|常州|温州|金华|黄山|黄冈|马鞍山|周[一二三四五六日末]|时间|时评|"
    r"文章|文化|文旅|文娱|经济|金融|华夏|华人|华语|宁波|龙岗|高新|高考|方案|明天|明日|原创|向上|安全|石家庄|"
    r"白银|高清|高端|钟点|章节|程序|游戏|蓝鲸|史上|严选|和讯|贺词|万象|全文|全球|全国|包头|应用|应急|项目|商务|简讯|"
    r"连载|关注|关于|车市|车讯|成都|苏州|康养|齐鲁|汤阴|曲靖|卫生|卫健|党建|党史|司法|晏子|郑州|许昌|唐山|秦皇岛|"
    r"邢台|邵阳|梅州|贺州|柳州|桂林|江门|江阴|龙岩|宁德|岳阳|余姚|余杭|吴江|张家口|张家界|杨浦|徐汇|闵行|黄浦|"
    r"江北|江南|江东|马来西亚|周刊|周报|周年|周边|周期|高铁|高速|高校|高层|高温|黄金|金价|金牌|石油|马上|范围|"
    r"方面|方式|方法|夏季|夏天|秦岭|许多|许可|何时|任何|任务|曾经|于是|杜绝|潘多拉|罗马|孟加拉|韩国|蒙古|田径|"
    r"董事|董秘|陈列|程度|苏宁|包装|包括|钱包|毛利|童装|梁山|温度|温馨|施工|牛市|樊城|"
    # Sections and regions a bar links beside the time ("2024/05/03 21:15 欧州"), led by surname characters.
    r"欧洲|欧州|欧美|欧盟|欧元|歐洲|歐美|韩娱|韩剧|韩流|韩媒|韓娛|韓劇|史海|史话|高尔夫|马拉松|马术|江湖|武术|武侠|"
    r"龙舟|钟表|金股|石化|范文|汤圆|唐诗|宋词|秦腔|易经|"
    # Words and places led by the rarer surnames (郁, 杭, 齐, 楼, 应, 冷, 卫, 宫), named at three characters.
    r"杭州|齐齐哈|齐心|郁金香|楼盘|楼市|应届|冷空气|冷链|宫颈)"
)
_NOT_PEOPLE_TRADITIONAL = re.compile(
    r"^(?:黃大仙|馬鞍山|羅湖區|陳列室|韓國人|歐洲人|馬來西|蘇格蘭|盧森堡|賀歲片|鄭州市|蘭州市"
    # a district's bodies and words (區議會, 區議員, 區公所, 區政府, 區內, 區域): 區 is a surname otherwise
    r"|區(?:議|公|政|內|域|長|委|署|級|間|立|屬|民))"
)
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# A nickname a desk signs with: 小, 老 or 阿 before a common surname (小林, 老王, 阿陈).
_NICKNAME_LEADS = "小老阿"
_NICKNAME_CHARS = 2
# The last character of an office's or unit's short name (宣传科, 储备库, 雍和宫, 岩口村): never a rare surname's
# person.
_UNIT_ENDS = frozenset("科部处處局办辦站所队隊组組院校室厅廳委会會库庫宫宮馆館中司社台厂廠场場园園村镇鎮乡鄉")
_HAN_OUTLET = re.compile(rf"^[\u4e00-\u9fff]{{3,{settings.BYLINE_MAX_OUTLET_CHARS}}}$")
_OUTLET_END = re.compile(
    r"(?:网|报|日报|晚报|早报|新闻|电视台|广播电台|客户端|在线|时报|周刊|杂志|频道|新闻网|融媒体中心|融媒"
    # The same endings in traditional characters (星島日報, 香港經濟日報, 自由時報, 中央廣播電臺).
    r"|網|報|新聞|電視台|電視臺|電台|電臺|時報|週刊|雜誌|頻道"
    # A bare 社 ends a news agency's three characters (新华社, 美联社) or a publisher's word (北京青年报社,
    # 中国新闻社); longer names ending so are clubs, co-ops, travel agencies and accounts (城南诗社, and
    # 数码情报社: 情报 is intelligence, no paper).
    r"|^[\u4e00-\u9fff]{2}社|(?<!情)报社|杂志社|通讯社|新闻社|出版社|(?<!情)報社|雜誌社|通訊社|新聞社)$"
)
# Outlets whose names end otherwise.
_KNOWN_OUTLETS = frozenset(
    {
        "第一财经",
        "21世纪经济报道",
        "财新",
        "36氪",
        "华尔街见闻",
        "钛媒体",
        "虎嗅",
        "齐鲁壹点",
        "央视财经",
        "中国之声",
        "经济参考",
        "三联生活周刊",
        "参考消息",
        "环球时报",
        "新华社",
        "人民日报",
        "央视新闻",
        "澎湃新闻",
        "界面新闻",
        "新京报",
        "证券时报",
        "财联社",
        # A weekly named for its day (南方周末), and Ming Pao, two characters, shorter than names ending so.
        *("南方周末", "南方週末", "明報", "明报"),
        # Foreign broadcasters' Chinese services by their Chinese short names (RFI, VOA, DW).
        *("法廣", "法广", "美國之音", "美国之音", "德國之聲", "德国之声"),
    }
)
_APP = re.compile(r"^([\u4e00-\u9fff]{2,12})(?:APP|App|app)$")
# A portal's channel credited as the outlet: "新浪科技", "腾讯体育", "网易财经".
_PORTAL_CHANNEL = re.compile(
    r"^(?:新浪|腾讯|网易|搜狐|凤凰网?|人民网|新华网|央视网|中新网|环球网)"
    r"(?:财经|科技|体育|娱乐|汽车|房产|教育|健康|军事|历史|文化|时尚|游戏|数码|国际|评论|新闻)$"
)
# A publication in title brackets standing alone beside the time: "2018年04月02日 08:15 《求是》".
_TITLED = re.compile(r"^《[\u4e00-\u9fff]{2,10}》$")
# Outlet-shaped words that are page chrome: "手机客户端", "下载客户端", "官方网"; or a note on the story itself
# ("本文首发钛媒体App": where it first ran, no outlet it came from).
_NOT_OUTLETS = re.compile(
    r"^(?:手机|下载|打开|官方|本网|本报|本站|本文|返回|进入|更多)"
    # An outlet's ending with no name before it ("来自 Android 客户端" under a forum post): a word, no outlet; nor is
    # a bar's read-aloud button ("听新闻").
    r"|^(?:客户端|客戶端|电视台|電視台|新闻网|新聞網|融媒体中心|融媒體中心|听新闻|聽新聞|看新闻|看新聞)$"
    # Sections named like outlets: "国内新闻", "图片新闻" head a list, they publish nothing; nor do a company's,
    # a school's or a bureau's own ("公司新闻", "学院新闻", "基层新闻", "工作动态" are its news column).
    r"|^(?:国内|国际|社会|要闻|热点|最新|今日|图片|视频|滚动|相关|推荐|本地|财经|体育|娱乐|科技|军事|时政|即时|实时)新闻$"
    # the same sections in traditional spelling ("即時新聞" closing a Hong Kong story names its desk, "地方新聞"
    # beside a Taiwan local site's time its shelf)
    r"|^(?:國內|國際|社會|要聞|熱點|最新|今日|圖片|視頻|滾動|相關|推薦|本地|財經|體育|娛樂|科技|軍事|時政|即時|實時)新聞$"
    r"|^(?:公司|企業|集團|行業|校園|學校|學院|基層|部門|綜合|地方|鄉鎮|縣區|黨建|單位|醫院|圖文|專題)新聞$"
    r"|^(?:公司|企业|集团|行业|校园|学校|学院|院系|基层|部门|综合|地方|乡镇|县区|党建|单位|医院|图文|专题)新闻$"
    # "财经频道", "本地頻道": a portal's own section beside the time (a broadcaster's channel names its
    # station: "央视新闻频道").
    r"|^[\u4e00-\u9fff]{2}(?:频道|頻道)$"
)
# "林海/文", "林海｜文": a name, a slash or bar and the writer's role word, standing alone.
_POSTFIX_WRITER = re.compile(
    r"(?:^|(?<=[\s|■□●◆◎]))([\u4e00-\u9fff]{2,4})\s*[/|]\s*(?:文|撰文|文图|文/图)(?=[\s|；;，,]|$)"
)
# An account's handle alone in its element: no time, label separator or sentence in it.
_HANDLE = re.compile(r"[^\s:|/。，！？\d]{2,16}")
_PLATFORM_THEN_HANDLE = re.compile(r"(?:^|\s)(" + PLATFORM_TAGS + r")\s+([^\s:|/。，！？\d]{2,16})(?=\s|$)")
# "陈可扬 报道", "易妍君 广州报道", "21世纪经济报道 易妍君 广州报道": names a report's verb credits, the place the
# report was filed from glued to the verb, and the paper set apart before them (the names' outlet, as before 记者).
_REPORTS = re.compile(
    r"(?:(\S{2,15})\s+(?=\S+\s))?(?:([\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,2})(?:\s+|\s*[／/]\s*))?"
    r"([\u4e00-\u9fff]{2}(?:即時|即时)?|综合|綜合|现场|現場)?(?:报道|報道|報導)"
)
# A reporter's role standing alone: "BBC中文记者", "本报记者", "新华社特约记者", a paper's "北京特派员".
_REPORTER_WORD = r"(?:记者|記者|特派员|特派員)"
_ROLE_ALONE = re.compile(r"[^\s:|/]{0,12}?" + _REPORTER_WORD)
# A writer's post standing alone under the name, as an op-ed or a viewpoint prints it ("伦敦政治经济学院访问学者").
_POST_ALONE = re.compile(r"[^\s:|/，。]{2,16}?(?:学者|學者|教授|研究员|研究員|专栏作家|專欄作家|评论员|評論員|撰稿人)")
_NAME_BESIDE_POST = re.compile(r"([\u4e00-\u9fff]{2,4})\s+(" + _POST_ALONE.pattern + ")")
# A Latin-named outlet's post alone on its line: "BBC政治编辑", "CNN驻京记者" (its beat's editor writes).
_LATIN_POST = re.compile(r"[A-Za-z]{2,}[\u4e00-\u9fff]{0,6}(?:编辑|編輯|记者|記者|通讯员|通訊員)")
_TRANSLITERATED = r"([\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+)"
_NAME_THEN_POST = re.compile(_TRANSLITERATED + r"\s*(?:" + _LATIN_POST.pattern + ")")
# The name glued to a role opening with a Latin outlet ("刘乐BBC中文记者": two inline spans) parts where the
# script changes; glued to a Han outlet ("张三新华社记者") the border is unknown, so a gap is needed there.
_NAME_THEN_ROLE = re.compile(r"([\u4e00-\u9fff]{2,4})(?:\s+|(?=[A-Za-z]))([^\s:|/]{0,12}?" + _REPORTER_WORD + ")")
PART_GAP = re.compile(r"\s*\|\s*|\s+[·•]\s+")  # a spaced dot only: "劳拉·昆斯伯格" keeps its own
# The place a role's reporter filed from, after a comma (BBC's "BBC中文记者，宁波"): where, not who.
_ROLE_PLACE = re.compile(r"(?<=记者|記者)\s*[，,]\s*[\u4e00-\u9fff]{2,4}$")
# A labelled field closing a bar part ("林锐 BBC中文记者 来源：BBC"): cut before the role is read.
TRAILING_FIELD = re.compile(
    r"\s*(?:来源|來源|出处|出處|责任编辑|責任編輯|编辑|編輯|发布时间|發布時間|时间|時間|日期)\s*:\s*\S.*$"
)
# A part of a meta bar: what lies between times, separators and two or more spaces.
_PARTS = re.compile(r"\s*(?:" + TIME.pattern + r")\s*|\s*[|·•、]\s*|\s+")
# A label the grammar does not know (审核专家:, 主讲人:) and the words after it up to the next time: its value,
# however it reads ("审核专家:风湿免疫科 副主任医师 罗建平" credits a reviewer), never a part standing alone.
_UNREAD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}:(?:\s*(?!\d)[^\s|:]+)*")
# Where a report was filed from, after a slash closing the writer's part (Taiwan's papers: "趙婉淳、陳人傑／台北報導"):
# a tag on the name, which stands alone as much as a bare name does.
_FILED_TAG = re.compile(r"[／/][\u4e00-\u9fff]{2,6}?(?:即時|即时|綜合|综合)?(?:報導|报道|報道|报导)$")
# The time of day may come first ("15:06 2020/12/18", Taiwan's papers), its element glued to the date's.
# A self-media platform's stamp closes with the poster's region ("2023-04-11 14:26 发布于北京", "· IP属地：浙江"): still
# the time alone, for the lone name over it (read without the region, whose label would take the name).
_REGION_TAIL = re.compile(r"\s*[·|]?\s*(?:发布于|發佈於|发表于|發表於|IP属地)[:：]?\s*[\u4e00-\u9fff]{2,8}\s*$")
_TIME_ONLY = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:" + TIME.pattern + r")(?:" + _REGION_TAIL.pattern + r"|\s*$)"
)
_WORDED = re.compile(r"\w")
_BRACKETED = re.compile(r"^[(（\[【].*[)）\]】]$")
# A time with Han text glued on both sides is a sentence's ("温家宝3月5日在人大开幕式上作报告", a picture's caption):
# a bar sets its time off from the fields around it by a gap, a separator or a label's colon.
_MID_SENTENCE_TIME = re.compile(r"[\u4e00-\u9fff](?:" + TIME.pattern + r")(?<=[\d日])[\u4e00-\u9fff]")
# What parts a line over a time-only line: a slash, a bar, a dot or a gap ("石佳/中国青年报", "陈明 | 北京青年报").
_PART_GAPS = re.compile(r"\s*[/／|｜·•]\s*|\s+")


# "原创 社保百事通 头条号 2017-07-06": the account printed before its platform's tag, the tag closing the
# part (a time or the line's end after it). Marks like 原创 are no account; nor is the portal hosting the
# platform when the tag leads the account after it ("腾讯新闻 企鹅号 · 鹿鸣财经").
_ACCOUNT_AFTER_TAG = r"\s*[·•・:：]\s*\S"
# The word telling where the post came from may be glued before it ("来自三农观察员 大风号": "<span>来自<a>…</a>"
# read as one element's text): no part of the account.
_ACCOUNT_BEFORE = re.compile(
    r"(?:^|\s)(?:来自|來自)?([^\s:|/]{2,16})\s+(?:" + PLATFORM_TAGS + r")(?=\s|$)(?!" + _ACCOUNT_AFTER_TAG + ")"
)
# A platform's tag leading the account after it ("企鹅号 · 鹿鸣财经", "大风号：历史那些事儿"), from where it starts.
TAG_LEADING_ACCOUNT = re.compile(r"\s*(?:" + PLATFORM_TAGS + r")" + _ACCOUNT_AFTER_TAG)
# "李开心的博客", "张三的专栏": the blog named after its writer, with its platform's name after it as a blog's
# title prints it ("罗一清的博客-CSDN博客").
OWNED = re.compile(
    r"^(.{2,12}?)的(?:博客|专栏|個人空間|个人空间|个人主页|主页|空间|小站|部落格|日志|网易博客)"
    r"(?:\s*[-_|｜]\s*[A-Za-z\u4e00-\u9fff]{1,8}(?:博客|部落格))?$"
)
# Platforms carrying outlets' own accounts too: an account named like an outlet there stays the source.
OUTLET_PLATFORMS = ("企鹅号", "网易号")
# Their hosts (企鹅号 posts on qq.com's news and share pages, 网易号 on 163.com), where an account card's
# outlet-shaped name is the outlet's own account; on any other platform the account is the author.
OUTLET_PLATFORM_HOSTS = ("qq.com", "163.com")


def on_outlet_platform(url: str | None) -> bool:
    """The page is hosted on a platform that carries outlets' own accounts (``OUTLET_PLATFORM_HOSTS``)."""
    host = urlsplit(url or "").hostname or ""
    return any(host == suffix or host.endswith("." + suffix) for suffix in OUTLET_PLATFORM_HOSTS)


# How a post came to the site or how it is shown (原创, 置顶), or the label of where it came from ("转载自 微信公众号
# X"): a badge beside the account, naming nobody.
POST_MARKS = frozenset({"原创", "首发", "独家", "转载", "置顶", "推荐", "热门", "转载自", "转自", "来源", "来源于"})
# The same bar read without its layout ("财经老顽童大风号2019-09-11 08:10", minified inline elements): the
# tag glued to the account before it and the time after it.
_ACCOUNT_GLUED = re.compile(
    r"^(?:原创|首发|独家)?(?!关注|订阅|扫码|来自|打开|下载|搜索)([^\s:|/\d]{2,16}?)(?:"
    + PLATFORM_TAGS
    + r")(?=\d{4}[-/.年])"
)


def blog_owner(line: str) -> str | None:
    """The writer a blog's name shows (``李开心的博客``, ``张三的专栏``), else None."""
    owned = OWNED.match(line)
    return owned.group(1) if owned else None


def _bar_blog_owner(line: str) -> str | None:
    """A blog's name opening a bar of its post's fields (``木子李的博客 | 2012-05-18 | 阅读 233``)."""
    if "|" not in line or not TIME.search(line):
        return None
    return blog_owner(line.split("|", 1)[0].strip())


def line_account(line: str) -> tuple[str | None, str | None]:
    """(account, outlet) a line shows: an account before its platform's tag or a blog named after its
    writer (``杨树林的博客``); on a platform carrying outlets' accounts (网易号, 企鹅号) an outlet-named one
    is the source instead (README "Bylines": accounts)."""
    account = account_before_platform(line) or blog_owner(line) or _bar_blog_owner(line)
    if account and is_outlet(account) and any(platform in line for platform in OUTLET_PLATFORMS):
        return None, account
    return account, None


def account_before_platform(line: str) -> str | None:
    """The account a bar names just before its platform's tag (``社保百事通 头条号``), else None."""
    match = _ACCOUNT_BEFORE.search(line) or _ACCOUNT_GLUED.match(line)
    if match is None or match.group(1) in POST_MARKS or TIME.search(match.group(1)):
        return None
    return match.group(1)


def is_person(word: str, in_run: bool = False) -> bool:
    """A person's name as bylines print it: 2-4 Han characters led by a common surname. ``in_run``: the word
    follows a name in a run of names, where a section's word leading it (唐诗琪, 史海峰) names no section."""
    if not _HAN.match(word) or (_NOT_PEOPLE.match(word) and not in_run) or is_outlet(word):
        return False  # "江城日报" is led by the surname 江, but named like an outlet: a bar's outlet
    surname = 2 if word[:2] in _DOUBLE else 1
    if len(word) == _TIBETAN_NAME_CHARS and word[2:] in _TIBETAN_GIVEN:
        return True  # 次仁卓玛, 南如卓玛: two given names, no surname
    if word[0] in _DHARMA_LEADS:
        return len(word) == settings.BYLINE_DATELINE_NAME_CHARS  # a monk's or nun's name: 释妙心, 釋慧明
    if word[0] in _RARE:
        return len(word) == settings.BYLINE_DATELINE_NAME_CHARS and word[-1] not in _UNIT_ENDS
    if word[0] in _SINGLE_TRADITIONAL and word[0] not in _SINGLE and word[:2] not in _DOUBLE:
        # Hong Kong and Taiwan names are three characters nearly always; two-character words led by these
        # surnames are as often places (韓國, 蘇州, 馬會).
        return len(word) == settings.BYLINE_DATELINE_NAME_CHARS and not _NOT_PEOPLE_TRADITIONAL.match(word)
    return (word[:2] in _DOUBLE or word[0] in _SINGLE) and len(word) > surname


def led_by_surname(word: str) -> bool:
    """A Han word led by a common surname, simplified or traditional, of any length (a name cut from a place)."""
    return bool(_HAN.match(word)) and not _NOT_PEOPLE.match(word) and (word[0] in _SURNAME_CHARS or word[:2] in _DOUBLE)


_TIBETAN_NAME_CHARS = 4
# The surname every Buddhist monastic takes (释, after the Buddha's clan): 释 and a two-character Dharma name.
_DHARMA_LEADS = frozenset("释釋")
# The dash joining a paper's name and its app's or site's (成都商报-红星新闻, 人民网－人民日报).
_OUTLET_JOIN = re.compile(r"[-－—]")
_CHANNEL = re.compile(r"[\u4e00-\u9fff]{2,6}(?:频道|頻道)")


def is_outlet(word: str) -> bool:
    """An outlet's name: a known one, or 3-15 Han characters ending as outlet names end (新华网, 新京报).

    Only Han characters: a brand with digits or Latin letters in it ("39健康网") is as often the site's own
    name as an outlet it quotes, and the site's own name is not shown as a source."""
    if word in _KNOWN_OUTLETS:
        return True
    if _PORTAL_CHANNEL.match(word):
        return True
    if (joined := _OUTLET_JOIN.split(word)) and len(joined) == 2 and is_outlet(joined[0]):
        # "成都商报-红星新闻", "人民网－人民日报": a paper and its app or site, one outlet; "人民网-湖南频道": a
        # portal's regional or topic channel
        return is_outlet(joined[1]) or _CHANNEL.fullmatch(joined[1]) is not None
    if (app := _APP.match(word)) and not _NOT_OUTLETS.match(app.group(1)):
        # "央视新闻APP", "新浪财经APP": an outlet's app, named like its 客户端; a forum's own app a post was sent
        # from ("来自 车驾吧APP") is no outlet.
        return is_outlet(app.group(1))
    if not _HAN_OUTLET.match(word) or _NOT_OUTLETS.match(word):
        return False
    return bool(_OUTLET_END.search(word))


# Between the outlets of one credit: "新华社、央视新闻", "界面新闻,每日经济新闻", "路透社/彭博社".
_OUTLETS_APART = re.compile(r"\s*[、，,/／]\s*")


def are_outlets(text: str) -> bool:
    """Every part of a list joined by 、 or a comma is an outlet (``北京青年报、界面新闻``); one outlet is a list
    of one."""
    return all(is_outlet(part) for part in _OUTLETS_APART.split(text))


def is_titled(text: str) -> bool:
    """A publication's name in title marks standing alone (``《求是》``, ``《模型世界》``)."""
    return _TITLED.match(text) is not None


def bare_parts(text: str) -> list[str] | None:
    """The unlabelled parts of a meta bar: None when ``text`` holds no time or is no bar (too many parts)."""
    if not TIME.search(text) or len(text) > settings.BYLINE_SHORT_LINE_CHARS or _MID_SENTENCE_TIME.search(text):
        return None
    if "。" in text:
        return None  # a sentence's full stop: a dated caption ("5月22日，…土地。（新华社记者 程敏 摄）"), no bar
    # A tool's brackets left behind once the grammar took its word as a label ("[打印] [关闭]" -> "[", "]") are
    # no part.
    parts = [_FILED_TAG.sub("", part) for part in map(_bracketed_outlet, _PARTS.split(text)) if _WORDED.search(part)]
    return parts if len(parts) <= settings.BYLINE_MAX_BARE_PARTS else None


def _bracketed_outlet(part: str) -> str:
    """A bar's part as it reads: an outlet in brackets beside the time is the outlet (ifeng 2008's
    ``07:52 【华商报】``); any other bracketed part is a tool or a note (``【我要评论】``), nothing."""
    return part if not _BRACKETED.match(part) else outlet_in_brackets(part) or ""


def outlet_in_brackets(part: str) -> str | None:
    """The outlet a part in brackets names (``【华商报】``, ``[农民日报]``), None for a tool, a note or a tag
    (``【我要评论】``, ``[转帖]``) or a part not in brackets."""
    if not _BRACKETED.match(part):
        return None
    inner = part[1:-1].strip()
    return inner if is_outlet(inner) else None


def without_unread_labels(text: str) -> str:
    """``text`` less each label the grammar left unread and its value (the grammar's own fields taken out)."""
    return _UNREAD_LABEL.sub(" ", text)


def postfix_writers(line: str) -> list[str]:
    """Writers credited by a role after the name: "林海/文 陈卓/图", "谭雪/文" -> the 文 ones only; a desk's nickname
    signs so too (``志愿者 小吴 / 文``, as it signs a story alone in brackets)."""
    found = [match.group(1) for match in _POSTFIX_WRITER.finditer(line) if signing_name(match.group(1))]
    if not found and (alone := _POSTFIX_WRITER.fullmatch(line.strip())):
        found = [alone.group(1)]  # "阿紫｜文" alone on its line: a pen name signs with the role as a person does
    return found


def split_bars(lines: list[str]) -> list[str]:
    """A meta bar printed as separate elements ("新京报" over "2016-05-12 08:30"): each lone name or outlet
    next to a line holding only a time, joined with that time into one bar; below the time, a run of such
    parts each a line (the time, then "蘇嘉維", then "工商時報": a bar of one element a field)."""
    joined: list[str] = []
    for index, line in enumerate(lines):
        if not _TIME_ONLY.match(line):
            continue
        line = _REGION_TAIL.sub("", line)  # the time alone: its region's label would take the name
        if index:
            # The line over the time: a lone part, or a few of them ("石佳/中国青年报", "陈明 | 北京青年报").
            joined += [f"{line} {part}" for part in _lone_parts(lines[index - 1])]
        # Below the time: a run of lines each one part, or split at a slash ("朱敏瑜／工商時報", 中時's bar).
        for near in range(index + 1, min(len(lines), index + 1 + settings.BYLINE_SPLIT_BAR_PARTS)):
            if not (parts := _lone_parts(lines[near])):
                break
            joined += [f"{line} {part}" for part in parts]
    return joined


def accounts_after_platform(lines: list[str]) -> list[str]:
    """A platform's name as a part of a bar and the account as the next part (``… 18:05 新浪看点 厨房小当家``, or
    each in an element of its own): read as ``来源：新浪看点 厨房小当家``, the account the platform tag leads
    (README "Bylines": accounts). The account is no time, label or sentence."""
    found = [
        f"来源:{match.group(1)} {match.group(2)}" for line in lines if (match := _PLATFORM_THEN_HANDLE.search(line))
    ]
    found += [
        f"来源:{line.strip()} {lines[index + 1].strip()}"
        for index, line in enumerate(lines[:-1])
        if line.strip() in PLATFORMS and _HANDLE.fullmatch(lines[index + 1].strip())
    ]
    return found


def names_before_role(lines: list[str]) -> list[str]:
    """A name over (or before) its role, ``林锐`` then ``BBC中文记者``: read as ``BBC中文记者 林锐``, the
    credit the role labels. Only a common-surname name, and a role that is an outlet's reporter alone."""
    credits: list[str] = []
    # "林锐 | BBC中文记者", "陈可扬 · 报道", "林锐 BBC中文记者 来源：BBC": the bar's separator between the name and
    # its role is a gap, and a labelled field after them is another part of the bar.
    lines = [_role_part(line) for line in lines]
    for index, line in enumerate(lines):
        if (same := _NAME_THEN_ROLE.fullmatch(line)) and is_person(same.group(1)):
            credits.append(f"{same.group(2)} {same.group(1)}")
        elif index and _ROLE_ALONE.fullmatch(line) and is_person(name := lines[index - 1].strip()):
            credits.append(f"{line} {name}")
        elif (post := _post_holder(lines, index)) is not None:
            credits.append(f"作者 {post}")  # "刘洲" over (or before) "伦敦政治经济学院访问学者": a viewpoint's writer
        elif post := _NAME_THEN_POST.fullmatch(line) or _name_over_post(lines, index):
            credits.append(f"记者 {post.group(1)}")  # "劳拉·昆斯伯格" over "BBC政治编辑": the post's holder wrote it
        elif reporting := _REPORTS.fullmatch(line):
            credits.extend(_reported(reporting, lines[index - 1].strip() if index else ""))
    return credits


def reported_credits(line: str) -> list[str]:
    """The credit a report's verb gives on ``line`` alone (``陳怡君／新北報導`` inside a bracket): ``_reported``'s."""
    return _reported(reporting, "") if (reporting := _REPORTS.fullmatch(line)) else []


def _reported(reporting: re.Match[str], above: str) -> list[str]:
    """The credit a report's verb gives: "陈可扬 报道" (or the name's element over a 报道 one) names who reports the
    story; a place before the verb needs a name beside it ("广州报道" alone credits nobody), and a paper set apart
    before the names is their outlet (read as ``21世纪经济报道 记者 易妍君``)."""
    outlet, name, place = reporting.groups()
    if outlet is not None and not is_outlet(outlet):
        outlet, name = None, f"{outlet} {name or ''}".strip()  # "张三 李四 报道": two reporters, no outlet
    name = (name or ("" if place or outlet else above)).replace("、", " ")  # Taiwan's "趙婉淳、陳人傑／台北報導"
    if not name or not all(reported_person(part) for part in name.split()):
        return []
    return [f"{outlet or ''} 记者 {name}".strip()]


def _post_holder(lines: list[str], index: int) -> str | None:
    """The name a writer's post stands beside: ``刘洲 伦敦政治经济学院访问学者`` on one line, or the name's line over
    the post's. A common-surname name only."""
    line = lines[index]
    if (joined := _NAME_BESIDE_POST.fullmatch(line)) and is_person(joined.group(1)):
        return joined.group(1)
    if index and _POST_ALONE.fullmatch(line) and is_person(name := lines[index - 1].strip()):
        return name
    return None


def signing_name(word: str) -> bool:
    """A name a story signs off with alone in brackets: a person's, or a desk's nickname for one (小林, 老王, 阿陈)."""
    return is_person(word) or (len(word) == _NICKNAME_CHARS and word[0] in _NICKNAME_LEADS and word[1] in _SINGLE)


def reported_person(word: str) -> bool:
    """A name a reporting role confirms (``X 报道``): a common-surname name, or three characters led by a surname
    that mostly starts words (游润恬; not 游乐场, which ends as grounds and units do)."""
    if is_person(word):
        return True
    wordy = len(word) == settings.BYLINE_DATELINE_NAME_CHARS and word[0] in _WORDY
    return wordy and _HAN.match(word) is not None and word[-1] not in _UNIT_ENDS and not is_outlet(word)


def _role_part(line: str) -> str:
    if ":" in line:
        line = TRAILING_FIELD.sub("", line)
    line = _ROLE_PLACE.sub("", line)
    return PART_GAP.sub(" ", line).strip() if "|" in line or "·" in line or "•" in line else line


def _name_over_post(lines: list[str], index: int) -> re.Match[str] | None:
    if not index or not _LATIN_POST.fullmatch(lines[index]):
        return None
    return re.fullmatch(_TRANSLITERATED, lines[index - 1].strip())


def _lone_parts(line: str) -> list[str]:
    """The parts of a short line that are each a lone name or outlet, split at a slash, a bar or a gap; none
    unless every part is one (``文/张三`` is a label and its value, ``首页/国内/社会`` a trail)."""
    parts = [part for part in _PART_GAPS.split(line.strip()) if part]
    if not parts or len(parts) > settings.BYLINE_SPLIT_BAR_PARTS:
        return []
    return parts if all(_lone_part(part) for part in parts) else []


def _lone_part(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > settings.BYLINE_MAX_OUTLET_CHARS:
        return False
    return is_person(text) or is_outlet(text) or _TITLED.match(text) is not None


def bare_person(parts: list[str]) -> str | None:
    """The people among the parts, joined by a space: "张三 李四 2024-05-15" credits two writers."""
    return " ".join(dict.fromkeys(part for part in parts if is_person(part))) or None


def bare_outlet(parts: list[str]) -> str | None:
    return next((part for part in parts if is_outlet(part) or _TITLED.match(part)), None)
