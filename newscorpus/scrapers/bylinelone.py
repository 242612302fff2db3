"""Writers a byline line credits without a label of their own, beside a word that still says they wrote it.

- a unit before the names, alone on the line or in a bracket closing the story: ``骨科 周亮``, ``（秘书处 张玲）``
  (a university's or an association's notice credits its writer after the office he writes for);
- a name before its role label left empty: ``林慧敏 记者 发布/2021年8月26日``, ``陳品潔／核稿編輯：王淑芬``
  (the name the slash closes, before the next credit's label);
- a name after the 来源 outlet in its value: ``来源：东南快报 李明轩`` (README: it stands alone beside the time);
- a signature opening a notice's sentence: ``作者：码农老K　　转载请注明出处，谢谢。`` (a blog post's footer);
- the writer a reprint notice opening the story names in its sentence: ``编者按：本文来自微信公众号“晚点LatePost”
  （ID：postlate），作者：程曼祺，36氪经授权发布。``
- a bracket alone on the line under a story's last sentence holding only a name or two: ``（王健）`` (a
  Chinese portal's desk signs its reports off so, as Japanese papers do with ``（山本哲也）``);
- a blog's English footer naming a Han handle: ``Posted by 小鱼儿 at 3:20 PM`` (Blogger's template in a
  Chinese blog; an English name is ``bylineenglish.english_by``'s);
- a credit line made only of names each followed by its role: ``罗思琪 文 ／ 陈浩 图``, ``（初二年级 罗思琪　文　／
  信息中心 陈浩　摄）`` (the 文 ones wrote the story; read before the grammar, which takes ``文 ／ 陈浩`` for
  the prefix credit ``文/陈浩``).

Every one needs a person's name led by a common surname (``bylinebare.is_person``): a word, a place or a
heading in the same spot credits nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newscorpus import settings
from newscorpus.scrapers.bylinebare import POST_MARKS, is_outlet, is_person, signing_name
from newscorpus.scrapers.bylineby import ROLE_NOUNS, by_poster, entry_meta_author
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinecredits import is_agency
from newscorpus.scrapers.bylinefold import padded_names
from newscorpus.scrapers.bylinegrammar import AUTHOR, EDITOR, REPORTER, TIME, Field, fold, tokenize
from newscorpus.scrapers.bylinekanji import japanese_name, japanese_surname
from newscorpus.scrapers.bylinelabels import PLATFORMS, REPRINT_LEAD
from newscorpus.scrapers.bylinenames import CLASS_CODE, PLACEHOLDERS, SECTIONS, free_names, is_floor, reporter_names
from newscorpus.scrapers.bylineunits import BRANCH, POST, PROFESSIONAL_TITLE, is_organisation, is_unit_word, kin_writer
from newscorpus.scrapers.bylinewriters import SELF_WORDS

# An office or body a writer is credited under: 秘书处, 团委, 宣传部, 办公室, 教研组, 新闻中心, and a Japanese
# paper's desk (社会部, ワシントン支局, 編集委員), a Japanese city's section or library (観光課, 中央図書館).
_UNIT = re.compile(
    r"^[\u4e00-\u9fff\u30a0-\u30ff]{1,10}(?:处|委|部|办|室|科|组|中心|站|所|馆|館|課|係|协会|学会|学院|系|队|团|局|委員|特派員"
    # a bureau's section (县教育局师训股), as a WeChat closing 来源 names one
    r"|局[\u4e00-\u9fff]{1,4}股"
    # a hospital, a school or a company credited before its writer ("（市第一人民医院 宣传科 刘洋）")
    r"|医院|醫院|卫生院|衛生院|学校|學校|中学|中學|小学|小學|公司"
    rf"|{BRANCH})$"
)
# "（秘书处 张玲）", "骨科 周亮", "（経済部・佐藤花子、田中一郎）": the unit and one to three names, nothing else.
# A name padded to three characters' width may come as two lone ones ("（秘书处 王 蕾）"): joined again after.
_UNIT_THEN_NAMES = re.compile(
    r"^[(（【]?\s*(\S{2,12}?)[\s・]((?:(?:[\u4e00-\u9fff々]{2,6}|[\u4e00-\u9fff]\s[\u4e00-\u9fff])[\s、,]?){1,3})\s*[)）】]?$"
)
_OPEN, _CLOSE = "(（【", ")）】"
# A field set off by a gap (or a bar's separator) after the credit: a word of two to six characters and its colon
# (folded lines).
_GAP_FIELD = re.compile(r"\s+(?:[|｜]\s*)?[\u4e00-\u9fffA-Za-z]{2,6}\s*[:：]")
# A field whose value is a number or a mail address (a phone, a fax): the line is a contact card.
_CONTACT = re.compile(r"\d[\d\s-]{4,}|@")
_JAPANESE_DOT = "・"
# A bracket closing a story line: "…と述べた。（社会部・山田太郎）".
_CLOSING = re.compile(r"[(（【]([^()（）【】]{4,30})[)）】]$")
# "陳品潔/核稿" before "編輯：": a name the slash closes, and the next label's own first word.
# "编者按：本文来自微信公众号…，作者：程曼祺，36氪经授权发布": the notice's writer clause, up to its comma.
# An outlet's own copyright notice is such a sentence too: "本文由「36氪」原创出品，作者：X，编辑：Y。转载请…",
# "本文系观察者网独家稿件，作者：X，…".
_REPRINT = re.compile(
    REPRINT_LEAD + r"|^本文(?:由|系|为|為)\s*[「“\"]?[^，,。「」“”\"]{2,20}?[」”\"]?\s*(?:原[创創]|独家|獨家|首发|首發)"
)
# Each clause of the notice ("，撰文：X，", "，记者 X 实习生 Y，", "，北京日报记者 X，"): one naming writers under a
# writer's or reporter's label, after nothing or an outlet, is the credit whatever its word.
# A semicolon may close the clause as a comma does ("，作者 X、Y；36氪经授权发布").
_REPRINT_CLAUSE = re.compile(r"[,，]\s*([^,，。;；]{2,30}?)\s*(?=[,，。;；])")
# A signature opening a line of prose: "作者:码农老K 转载请注明出处,谢谢。" (folded): the label, one handle, a
# space, then the notice's sentence.
_SIGNED = re.compile(r"^(?:本文作者|作者|撰文)\s*:\s*([^\s,，。:;；]{2,16})(?: |[,，]\s*)(?=\S)")
# The role words a line of postfix credits prints after each name ("罗思琪 文 / 陈浩 图", "张三 李四 文 王五 摄"),
# and the separators between its words; the 文 ones wrote the story ("文/图" too: both).
_ROLE_CHAR = re.compile("[文图圖摄攝稿笔筆理译写述]")
# 供稿 after a person's name credits the writer who sent it in (README: a unit before it is the source, no writer).
_WRITER_ROLES = frozenset(
    {"文", "撰文", "文图", "图文", "撰稿", "执笔", "執筆", "整理", "编译", "采写", "口述", "供稿"}
)
_ROLE_WORDS = _WRITER_ROLES | {"图", "圖", "供图", "供圖", "摄", "攝", "摄影", "攝影"}
# The editor's and checker's roles closing a group of such a line ("何静 供稿 / 杨帆 编辑"): passed on to the grammar.
_CHECK_ROLES = frozenset(
    {"编辑", "編輯", "责编", "責編", "责任编辑", "責任編輯", "审核", "審核", "审校", "審校", "校对", "校對"}
)
_ENDING_ROLES = _ROLE_WORDS | _CHECK_ROLES
_SENT_IN = "供稿"
# The label a sending unit is handed to the grammar under: the README's source for a unit before 供稿.
_SENDER_LABEL = "来源"
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_WORDS = re.compile(r"[^\s/|、,;]+")
# The next credit after a line of postfix roles: "王建国 文 / 李华 图 / 编辑 何苗".
_NEXT_CREDIT = re.compile(
    r"(?:^|(?<=[\s/|、,;]))(?:责任编辑|编辑|责编|审核|审校|校对|监制|策划|统筹|来源)(?=[\s:/|]|$)"
)
# "（王健）", "（王健 李明）" alone on a line: one or two names of two or three characters.
_SIGN_OFF = re.compile(r"[(（]([\u4e00-\u9fff]{2,3}(?:[\s、][\u4e00-\u9fff]{2,3})?)[)）]")
_SENTENCE_END = tuple("。！？!?”")
_SIGN_OFF_END = re.compile(_SIGN_OFF.pattern + "$")
# "Posted by 小鱼儿 at 3:20 PM", "Written by 老周": the handle up to the time's "at"/"on" (Pixnet's Chinese 於:
# "posted by 小熊 於 2006-11-18 22:47") or the line's end.
# emlog's "post by 花间阿婆 / 2013-5-21 9:48" ends the handle at the bar's separator; a theme's "Posted in 生活 by
# 阿离 on 2016年8月3日" names the post's category first.
# WordPress's "Posted on 2018年5月3日 by 阿木 — Leave a comment" names the day first, its dash ending the name.
_POSTED_BY = re.compile(
    # The date after "on" may be words ("Posted on March 5, 2016 by X"), up to the "by".
    # WordPress's Twenty Ten footer leads it with the entry: "This entry was posted in 生活 by 小北. Bookmark …".
    r"^(?:This\s+entry\s+was\s+)?(?:Posted|Written|Post)"
    r"(?:\s+in\s+[^\s]{1,12}|\s+on\s+[^\s]{1,16}(?:\s+(?!by\b)[^\s]{1,8}){0,2})?"
    # A Han handle, or a blog's Latin login in lower case ("by xiaoming"): a capitalised word alone is an outlet
    # as often ("By HKFP"), and a capitalised name is read whole by bylineenglish. The footer's sentence ends at
    # its full stop.
    r"\s+by\s+([^\sA-Za-z\d][^\s/|｜—–]{1,15}?|(?-i:[a-z][a-z\d_.-]{2,19}?))"
    r"(?=\s+(?:at|on|@|於|于)\s|\s*[/|｜—–]|\.\s|\.?$)",
    re.IGNORECASE,
)
# WordPress Kubrick's entry meta in Chinese opens with the entry before its poster: "这篇文章由 阿木 发表于 …".
ENTRY_LEADS = ("这篇文章由", "這篇文章由", "本篇文章由", "这篇日志由", "這篇日誌由")
# What opens a post's entry meta or copyright line naming its poster ("本文由 X 原创发布于 读书吧，…").
# A WordPress theme's English line reads as a clause when its date holds a comma ("Posted on March 5, 2016 by X").
POSTER_LEADS = (
    "本文由",
    "此文由",
    "本条目",
    "本條目",
    "此条目",
    "此條目",
    *ENTRY_LEADS,
    "Posted",
    "Written",
    "This entry was",
)
_ENTRY_LEAD = re.compile("^(?:" + "|".join(lead.removesuffix("由") for lead in ENTRY_LEADS) + ")(?=由)")
# WordPress twentyten's entry meta in Chinese: "此条目是由 老白 发表在 Linux 分类目录的".
_ENTRY_BY = re.compile(r"^此[条條]目是由\s*([^\s]{2,20})\s*[發发]表在")
# CSDN's copyright notice under every post: "本文为CSDN博主「码农阿飞」的原创文章，遵循CC 4.0 BY-SA版权协议…".
_BLOGGER_NOTICE = re.compile(r"博主[「“\"]([^」”\"]{2,20})[」”\"]的原创文章")
# A platform's notice naming the account a post came from: "本文来自网易号“X”", "本文来自百家号：X". Not a WeChat
# account's: "本文来自微信公众号“X”，经授权发布" is another site's reprint notice (bylinesource.reprint_account).
_NOTICE_PLATFORMS = sorted((platform for platform in PLATFORMS if "公众号" not in platform), key=len, reverse=True)
# A self-media post's closing note: "（本文为车市老炮说原创，转载请注明出处）", "本文系「X」原创", "本文由“X”原创",
# with the platform's word for its writers before the account ("本文系百家号作者【X】原创").
_ORIGINAL_NOTE = re.compile(
    r"^[(（]?(?:本文|此文|该文|該文)(?:为|為|系|是|由)\s*(?:(?:" + "|".join(_NOTICE_PLATFORMS) + r")\s*)?"
    r"(?:原作者|作者|博主)?\s*[「“\"【]?([^\s「」“”\"【】，,。:：]{2,20}?)[」”\"】]?\s*(?:的)?(?:原创|原創)"
)
_PLATFORM_NOTE = re.compile(
    r"^[(（]?本文(?:来自|來自)(?:" + "|".join(_NOTICE_PLATFORMS) + r")\s*[:：]?\s*"
    r"[「“\"]?([^\s「」“”\"，,。:：()（）]{2,20}?)[」”\"]?(?:[，,。)）]|$)"
)
# A platform's notice naming the self-media writer who posted it: "本文为自媒体作者城事速递发布，不代表新浪网观点".
_SELF_MEDIA_WRITER = re.compile(
    r"自媒体作者\s*[「“\"]?(?!上传|等)([^\s「」“”\"，,。:：、]{2,20}?)[」”\"]?\s*(?:上传并|上传)?发布"
)
_SLASHED_NAME = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*/\s*[\u4e00-\u9fff]{0,2}$")


def unit_writers(line: str) -> list[str]:
    """The writers a unit credits on a line of their own: ``骨科 周亮``, ``（秘书处 张玲）``,
    ``（社会部・山田太郎）``, also when other fields follow them (``（初二年级 罗思琪　指导老师：张雪梅）``), and
    a post or a unit before each name of a run (``监院 释妙心``, ``志愿者 林小雨 宣传科 周月``), also before a
    field (``注册营养师 顾佳 审核：王建华 主任医师``)."""
    if found := _unit_names(line) or _post_names(line):
        return found
    before = _before_field(line)
    return _unit_names(before) or _post_names(before)


def _post_names(line: str) -> list[str]:
    """``骨科 谢文博 康复医学科 邱蕾``, ``王家坪村第一书记 孙强``, ``4A 李梓轩``: each name after its unit, post, grade
    or pupil's class code, and nothing else on the line (README: a post before the name goes like a unit)."""
    words = line.strip(" （）()").split()
    if not 2 <= len(words) <= 2 * settings.BYLINE_MAX_UNIT_PAIRS or len(line) > settings.BYLINE_SHORT_LINE_CHARS:
        return []
    if not _holds_post(words[0]):
        return []
    # Runs of posts, then the names they cover: "志愿者 王晓科 李明" (one post before two names), "骨科 谢文博 康复
    # 医学科 邱蕾" (a unit before each), "急诊科 护士长 刘倩 骨科 谢文博" (a unit and a post before one).
    people: list[str] = []
    for word in words:
        if _holds_post(word):
            continue
        if not is_person(word) or _ADDRESSED.fullmatch(word):
            return []
        people.append(word)
    return people if not _holds_post(words[-1]) else []


def _holds_post(word: str) -> bool:
    """A unit, a post, a professional grade or a pupil's class code: what may stand before a writer's name."""
    return _is_unit(word) or bool(POST.match(word) or PROFESSIONAL_TITLE.match(word) or CLASS_CODE.fullmatch(word))


def _before_field(line: str) -> str:
    """``（初二年级 罗思琪　指导老师：张雪梅）`` -> ``（初二年级 罗思琪）``: the part before the first field a gap sets
    off (a word of its own before a colon, whatever the word: a supervisor, a reviewer, a contact), its bracket
    closed again; "" when no such field follows a part of its own."""
    if len(line) > settings.BYLINE_SHORT_LINE_CHARS or (":" not in line and "：" not in line):
        return ""  # most lines: no regex run
    match = _GAP_FIELD.search(line)
    if match is None or _CONTACT.search(line, match.end()):
        return ""  # "（宣传部 张玲 联系电话：8765 4321）": a contact card names whom to call, no writer
    return line[: match.start()] + (line[-1] if line[:1] in _OPEN and line[-1:] in _CLOSE else "")


def _unit_names(line: str) -> list[str]:
    """Not a bracket one side open (a note's end), nor a unit that is itself a name."""
    if not line or len(line) > settings.BYLINE_SHORT_LINE_CHARS or (line[:1] in _OPEN) != (line[-1:] in _CLOSE):
        return []
    match = _UNIT_THEN_NAMES.match(line)
    if match is None or not _is_unit(match.group(1)):
        return []
    # A padded two-character name is one ("（秘书处 王 蕾）"), as in a bar.
    people = padded_names(re.split(r"[\s、,]+", match.group(2).strip()))
    if len(people) > 1 and PROFESSIONAL_TITLE.match(people[-1]):
        people = people[:-1]  # "骨科 周亮 主治医师": the grade after the name is the person's (README)
    # Under a class a pupil is named, whatever word the name opens with (高一（7）班 许可欣: 许可 is a word too).
    pupils = match.group(1).endswith(("班", "年级", "年級"))
    if all(_writer_name(person) or (pupils and is_person(person, in_run=True)) for person in people):
        return people
    # "（広報広聴課・山口）": after a unit and the Japanese middle dot, a writer is signed by the surname alone.
    dotted = line[match.end(1) : match.start(2)] == _JAPANESE_DOT
    return people if dotted and len(people) == 1 and japanese_surname(people[0]) else []


def closing_sign_off(line: str) -> list[str]:
    """The writer a bracket glued after a story line's last sentence signs (``…进度“双达标”。（刘德胜）``), as a
    township's or a county's page closes its news: ``sign_off``'s bracket on the story's line, not under it."""
    match = _SIGN_OFF_END.search(line) if line[-1:] in ")）" else None
    return sign_off(line[: match.start()].rstrip(), match.group()) if match and match.start() else []


def closing_unit_writers(line: str) -> list[str]:
    """The writers a unit credits in the bracket closing a story line (``…と述べた。（社会部・山田太郎）``)."""
    match = _CLOSING.search(line) if line[-1:] in _CLOSE else None
    return unit_writers(match.group(1)) if match else []


def _writer_name(word: str) -> bool:
    # "三（2）班 刘小雨妈妈": under a class a pupil's parent or teacher writes, named by the relation; a surname
    # addressed politely after a unit ("傳訊部 黃小姐") is the unit's contact for the press, no writer
    if _ADDRESSED.fullmatch(word):
        return False
    return is_person(word) or japanese_name(word) or kin_writer(word)


# A surname and a polite form of address (黃小姐, 陈先生, 李女士): a contact, as a press release names its own.
_ADDRESSED = re.compile(r"[\u4e00-\u9fff]{1,2}(?:小姐|先生|女士|太太)")


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _is_unit(word: str) -> bool:
    if is_unit_word(word) or (_UNIT.match(word) is not None and not is_person(word) and not is_outlet(word)):
        return True
    # A body longer than any name (罗湖区人民法院, 县档案馆) credits its own writers as a unit does; a word holding
    # a label's colon or a role's slash ("编辑:宣传科", "圖/關懷小組") is a credit, not a unit's name.
    if len(word) <= settings.BYLINE_MAX_PERSON_CHARS or _HAN_WORD.fullmatch(word) is None:
        return False
    return is_organisation(word) and not is_outlet(word)


def name_before_role(lead: str, fields: list[Field]) -> list[str]:
    """A name printed before its role (``林慧敏 记者``, the reporter label naming nobody after it) or closed
    by a slash before the next credit (``陳品潔／核稿編輯：X``): that name wrote the story."""
    if not fields or not lead:
        return []
    first = fields[0]
    if first.kind == REPORTER and not reporter_names(first.value)[0] and _writer_name(lead):
        return [lead]
    if first.kind == EDITOR and (slashed := _SLASHED_NAME.match(lead)) and is_person(slashed.group(1)):
        return [slashed.group(1)]
    return []


def name_after_outlet(value: str) -> str | None:
    """``东南快报 李明轩`` in a 来源 value: the outlet, then one person's name alone after it."""
    match value.split(" "):
        case [outlet, name] if is_outlet(outlet) and is_person(name):
            return name
    return None


def reprint_writers(line: str) -> list[str]:
    """The writer a reprint notice's sentence names after 作者 (the notice is prose: labels in it are read
    only here, in its own clause)."""
    for fields in _reprint_clauses(line, (AUTHOR, REPORTER)):
        people = [
            name
            for item in fields
            if item.kind in (AUTHOR, REPORTER)
            for name in (reporter_names(item.value)[0] if item.kind == REPORTER else free_names(item.value))
        ]
        if people:
            return people
    return []


def reprint_editors(line: str) -> list[str]:
    """The editor a reprint notice's sentence names in a clause of its own (``…，作者：吴俊宇，编辑：谢丽容，
    钛媒体经授权发布``): the original's editor, the only one the page shows."""
    for fields in _reprint_clauses(line, (EDITOR,)):
        if people := free_names(fields[0].value):
            return people
    return []


def _reprint_clauses(line: str, kinds: tuple[str, ...]) -> Iterator[list[Field]]:
    """The fields of each clause of a reprint notice that opens with a label of ``kinds``."""
    if not _REPRINT.match(line):
        return
    for clause in _REPRINT_CLAUSE.finditer(line):
        lead, fields = tokenize(fold(clause.group(1)))
        if fields and fields[0].kind in kinds and len(lead) <= settings.BYLINE_REPRINT_LEAD_CHARS:
            yield fields


# A platform's incentive-plan notice under a post: "本文系网易新闻·网易号特色内容激励计划签约账号【X】原创内容，未经
# 账号授权，禁止随意转载。": the signed account wrote it.
_SIGNED_ACCOUNT = re.compile(
    r"签约(?:账号|帐号|作者|創作者|创作者)\s*[【「“\"]([^】」”\"]{2,20})[】」”\"]\s*(?:原创|原創)"
)


def blogger_notice(line: str) -> list[str]:
    """The blogger a platform's copyright notice names (``本文为CSDN博主「码农阿飞」的原创文章``), or the account
    a self-media post's closing note does (``本文为车市老炮说原创，转载请注明出处``)."""
    if match := _BLOGGER_NOTICE.search(line):
        return free_names(match.group(1))
    if match := _SIGNED_ACCOUNT.search(line):
        return free_names(match.group(1), honorifics=False)
    # The note's account wrote it; an outlet or a unit there ("本文为新京报原创") is the outlet, no writer.
    if (match := _ORIGINAL_NOTE.match(line)) and not _unnamed_owner(match.group(1)):
        return free_names(match.group(1), honorifics=False)  # an account: 丁香医生 keeps its 医生
    # "本文来自网易号“财经老顽童”": the platform's account published it, its author (README accounts); an outlet's
    # account there is the outlet, no writer.
    if (match := _PLATFORM_NOTE.match(line) or _SELF_MEDIA_WRITER.search(line)) and not is_outlet(match.group(1)):
        return free_names(match.group(1), honorifics=False)  # "本文为自媒体作者X发布": the account that posted it
    return []


def _unnamed_owner(word: str) -> bool:
    """Nobody named: the writer by a pronoun, a platform's role (大风号作者), an outlet (《电子工程专辑》) or a unit."""
    if word in SELF_WORDS or word.endswith(ROLE_NOUNS) or word.startswith("《"):
        return True
    if _BUREAU_ACCOUNT.fullmatch(word):
        return False  # "城事观察局": an account ending like a bureau, naming no level of government (README)
    return is_outlet(word) or is_organisation(word)


# A name ending in 局 with no level of government in it (城事观察局, 数据观察局; not 国家统计局, 市公安局).
_BUREAU_ACCOUNT = re.compile(r"[^省市县縣区區镇鎮乡鄉国國州旗]{2,8}局")


def signed_writer(line: str) -> list[str]:
    """The handle a signature line names before its notice's sentence (``作者:码农老K 转载请注明出处``): the
    line is prose, so its label is not read as a bar's; only the one token between the label and the gap."""
    match = _SIGNED.match(line)
    return free_names(match.group(1)) if match else []


def role_pairs(line: str) -> tuple[list[str], str] | None:
    """The writers of a line made of names each group followed by its role (``罗思琪 文 ／ 陈浩 图`` ->
    ``罗思琪``, ``张三 李四 文 王五 摄`` -> ``张三 李四``), a bracket around it or not, and the rest of the
    line from the next credit's label on (``… / 编辑 何苗``: the grammar's); None when the line is anything
    else. Every word before a role is a person's name (``_writer_name``), but a unit may lead a group
    (``初二年级 罗思琪``, ``信息中心 陈浩``); a line opening with a role is a prefix credit (``文/X``).
    The editor's and the checker's roles may close such a line after their names too (``何静 供稿 / 杨帆 编辑``),
    and a unit alone may send it in (``省建筑业协会 供稿 刘畅 整理``): both go to the rest in the grammar's
    label-first order (``编辑:杨帆``, ``来源:省建筑业协会``)."""
    if _ROLE_CHAR.search(line) is None:
        return None  # most lines hold no role word at all: one scan in C decides
    text = line[1:-1] if line[:1] in _OPEN and line[-1:] in _CLOSE else line
    text = text.lstrip("—-－ ")  # "—— X 供稿": a dash signing the credit off under the story
    rest = ""
    if (label := _NEXT_CREDIT.search(text)) is not None and text[label.end() :].strip(" /|、,;"):
        text, rest = text[: label.start()], text[label.start() :].strip(" /|、,;")
    words = _WORDS.findall(text)
    if not words or words[-1] not in _ENDING_ROLES or words[0] in _ROLE_WORDS:
        return None
    if not any(word in _ROLE_WORDS for word in words):
        return None  # "杨帆 编辑" alone: no line of postfix credits shows it so
    writers: list[str] = []
    moved: list[str] = []
    group: list[str] = []
    loose = False
    for index, word in enumerate(words):
        if word not in _ENDING_ROLES:
            group.append(word)
            continue
        if not group and words[index - 1] in _ROLE_WORDS:
            writers += _last_writers(words[: index - 1]) if word in _WRITER_ROLES else []  # "文/图"
            continue
        if word == _SENT_IN and len(group) == 1 and _is_unit(group[0]):
            moved.append(f"{_SENDER_LABEL}:{group[0]}")  # "省建筑业协会 供稿": the unit sends it in
            group = []
            continue
        # A unit or the writer's post may lead the group ("信息中心 陈浩", "基金会志愿者 周沐阳").
        people = group[1:] if group and (_is_unit(group[0]) or POST.match(group[0])) else group
        if not people:
            return None
        if not all(_writer_name(person) for person in people):
            # A photographer by a name no surname leads (a monk's 净慧 under "释宏愿 文"): only beside a writer.
            if word in _WRITER_ROLES or word in _CHECK_ROLES or not all(_HAN_NAME.fullmatch(p) for p in people):
                return None
            loose = True
        writers += people if word in _WRITER_ROLES else []
        moved += [f"{word}:{' '.join(people)}"] if word in _CHECK_ROLES else []
        group = []
    if loose and not writers:
        return None
    if not writers and all(credit.startswith(_SENDER_LABEL) for credit in moved):
        return None  # "（梅林镇 供稿）", "（协会 供稿 / X 摄）": the sending unit alone, bylinesource's to read
    return list(dict.fromkeys(writers)), " ".join([rest, *moved]).strip()


def _last_writers(words: list[str]) -> list[str]:
    """The names of the group the words end with (before its first role word): ``王小明 文/图``."""
    group: list[str] = []
    for word in reversed(words):
        if word in _ROLE_WORDS:
            break
        group.insert(0, word)
    return [word for word in group if _writer_name(word)]


def sign_off(previous: str, line: str) -> list[str]:
    """The names in a bracket alone on ``line`` right under a line ending a sentence (``…但多赛一场。`` then
    ``（王健）``): the story's writer signing it off; with no line before it (``previous`` empty), a bracket read
    alone, cut from under its story. A bracket after a list's headline (a blog's related post
    ``（金陵小巷）``) follows no sentence; a place (``（上海）``) or a note is no person led by a common surname."""
    match = _SIGN_OFF.fullmatch(line)
    if match is None or (previous and not previous.endswith(_SENTENCE_END)):
        return []
    people = re.split(r"[\s、]", match.group(1))
    # "（彭博）" reads as a surname and a given name, but it is the wire the story was taken from (its source).
    return people if all(signing_name(person) and not is_agency(person) for person in people) else []


# A forum post's or a blog entry's header: its poster's handle, then 发表于 and the time ("路过的风 发表于 2010-3-5
# 21:02 | 只看该作者", "晚风听雨 的博客 发表于 …", "竹影清风 2004-12-28 01:44 发表在 杂谈"), the floor's tag before
# it perhaps ("楼主  风吹麦浪99  发表于: 2008-11-02").
_POSTED_ON = ("发表于", "發表於", "发布于", "發佈於")
_POSTED_ON_BY = re.compile(
    r"^(?:发表于|發表於|发布于|發佈於)\s*(?:" + TIME.pattern + r")\s*由\s*([^\s:：|,，。]{2,16})\s*$"
)
# A Q&A answer's header: the handle, its bio perhaps, and the count of readers who endorsed it ("江南林一 前互联网产品
# 经理 8,902 人赞同了该回答", 知乎): the answer's writer.
_HANDLE_ENDORSED = re.compile(
    r"^([^\s:：|｜()（）\[\]【】\d]{2,16})\s+(?:\S.{0,40}?\s+)?[\d,]+\s*人赞同了该(?:回答|文章)$"
)
# A WeChat mirror's meta line counts reads instead ("山野时光 2017-05-21 阅读 10万+").
_HANDLE_DATED = re.compile(
    r"^([^\s:：|｜()（）\[\]【】\d]{2,8})\s+(?:"
    + TIME.pattern
    + r")\s+(?:评论|評論|阅读|閱讀)\s*\d[\d,.]*(?:万|萬)?\+?\s*$"
)
_HANDLE_POSTED = re.compile(
    r"^(?:(?:楼主|樓主)\s+)?([^\s:：|｜()（）\[\]【】]{2,16}?)(?:\s*的博客)?\s+"
    r"(?:(?:发表于|發表於|发表在|發表在)\s*[:：]?\s*\d|(?:发布|發佈)\s*[:：]\s*\d"
    r"|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:发表在|發表在))"
)
# Who else stands there: the floor's tag (楼主 with no name, 沙发), the writer by a pronoun.
_NO_POSTER = re.compile(r"^(?:楼主|樓主|作者|本人|本文|此文|匿名|游客|遊客|网友|網友)$")


# A contributor named before 投稿 ("网友 南山小草 投稿", "本文来自作者[云中书]投稿"): the writer who sent it in.
_CONTRIBUTED = re.compile(
    r"^(?:本文)?(?:来自|來自|由)?\s*(?:网友|網友|作者|读者|讀者)\s*[\[【「“\"]?([^\s\[\]【】「」“”\"，,。:：]{2,12}?)"
    r"[\]】」”\"]?\s*投稿"
)


def contributed_by(line: str) -> str | None:
    """The contributor a line names before 投稿 (the natural batches label them the author); ``网友投稿`` alone,
    a reader in general, names nobody."""
    match = _CONTRIBUTED.match(line)
    name = match.group(1) if match else None
    return None if name is None or _NO_POSTER.match(name) or is_outlet(name) else name


def handle_posted(line: str) -> str | None:
    """The handle a forum post's or a blog entry's header names before 发表于 and the time: the post's writer,
    ranked as an unlabelled name in a bar (the natural batches label it the author, 7 strings to none); a floor's
    tag (沙发, 楼主 alone) names nobody."""
    match = _HANDLE_POSTED.match(line)
    return _poster_handle(match.group(1)) if match else None


def counted_handle(line: str) -> str | None:
    """The handle a news bar names before the time and the comment count (``问舟 2021/11/3 14:36 评论 228``, IT之家):
    its writer, read on the bar as it stands (the count is a tool ``without_tools`` takes off, leaving a name and a
    time, which alone may be a commenter's)."""
    match = _HANDLE_DATED.match(line) or _HANDLE_ENDORSED.match(line)
    return _poster_handle(match.group(1)) if match else None


def is_thread_tool(handle: str) -> bool:
    """A thread's filter link or a bar's tool where the poster's handle stands ("只看楼主 发表于 …", "楼主 只看该作者
    发表于 …"): no handle."""
    return "只看" in handle or is_bar_tool(handle)


def _poster_handle(handle: str) -> str | None:
    if _NO_POSTER.match(handle) or is_floor(handle) or TIME.match(handle) or is_outlet(handle):
        return None
    if is_thread_tool(handle):
        return None
    if handle in PLACEHOLDERS or handle in POST_MARKS or handle in SECTIONS:
        return None  # "原创 2021/11/3 评论 3", "本站 …", "国内 … 阅读 1.2万": a mark, the site or its channel
    return handle


# "本文为作者 禾田 授权本站发布": the writer the site's permission note names (作者 says a writer, where "本文由 X 授权
# 转载" names the outlet that gave it).
_AUTHORISED_WRITER = re.compile(
    r"^[(（]?\s*(?:本文|此文)(?:为|為|系|由)?\s*作者\s*[@＠]?[「“\"]?([^\s，,。「」“”\"@＠]{2,16}?)[」”\"]?\s*(?:授权|授權)"
)


def authorised_writer(line: str) -> list[str]:
    """The writer a site's permission note names (``本文为作者 禾田 授权本站发布``)."""
    match = _AUTHORISED_WRITER.match(line)
    return free_names(match.group(1)) if match else []


def posted_on_by(line: str) -> str | None:
    """The poster a theme's translated "Posted on DATE by X" names (``发表于 2007年11月3日 由 临水照花``): who put the
    entry up, ranked below any writer a label credits (``文/志愿者 X`` under it)."""
    dated = _POSTED_ON_BY.match(line) if line.startswith(_POSTED_ON) else None
    people = free_names(dated.group(1)) if dated else []
    return people[0] if people else None


def posted_by(line: str) -> list[str]:
    """The Han handle an English blog footer names (``Posted by 小鱼儿 at 3:20 PM``): one token, not Latin
    (an English name is read by ``bylineenglish.english_by``), before the time's ``at``/``on`` or the end."""
    # A content farm's copy dates the line first: "2018-06-14 由 養生小百科 發表于 健康" (its category after).
    undated = line[stamp.end() :].lstrip() if (stamp := TIME.match(line)) else line
    undated = _ENTRY_LEAD.sub("", undated)  # Kubrick's "这篇文章由 阿木 发表于 2008年3月2日 星期日 at 10:21 下午，…"
    if "由" in undated[:3]:
        return by_poster(undated)  # "由 阿樂 於 2017年8月14日 23:10 發佈"
    if undated.startswith(("本条目", "本條目")):
        return entry_meta_author(undated)  # "本条目发布于…。作者是曼璐。"
    if undated.startswith(("此条目", "此條目")) and (entry := _ENTRY_BY.match(undated)):
        return free_names(entry.group(1))  # twentyten's "此条目是由 老白 发表在 Linux 分类目录的"
    match = _POSTED_BY.match(line) if line[:1] in "PpWwT" else None
    return free_names(match.group(1)) if match else []


# A wire's translated report credited to its translator ("編譯陳韻聿／綜合外電報導", 中央社): the translator wrote it.
_TRANSLATED_REPORT = re.compile(
    r"^[(（〔【]?\s*(?:编译|編譯)\s*([\u4e00-\u9fff]{2,3})\s*/\s*(?:综合外电|綜合外電|综合|綜合)?(?:报导|報導|报道|報道)"
)


def translated_report(line: str) -> list[str]:
    """The translator a wire's translated report credits (``_TRANSLATED_REPORT``), a person's name only."""
    match = _TRANSLATED_REPORT.match(line)
    return [match.group(1)] if match and is_person(match.group(1)) else []


# An editor's note naming the piece's writer in a clause of its own ("编者按：本文由读者投稿，作者 霍晨，…",
# "编者按：本文作者为退休教师鲁大山，讲述了…", "…不代表本站立场。作者：远山").
_EDITORS_NOTE = ("编者按", "【编者按】", "编者注", "编者的话", "編者按")
_NOTE_WRITER = re.compile(r"作者\s*(?:[:：]|为|為|是)?\s*([\u4e00-\u9fff]{2,12}?)\s*(?=[，,。；;）)]|$)")
# Who the writer is, printed glued before the name in such a note ("退休教师鲁大山", "青年教师陆依依").
_NOTE_ROLE_ENDS = ("教师", "老师", "医生", "记者", "读者", "作家", "学生", "律师", "干部", "职工", "员工", "志愿者")


def editors_note_writer(line: str) -> list[str]:
    """The writer an editor's note names after 作者 (``_NOTE_WRITER``): a person's name, alone or after who they are."""
    if not line.startswith(_EDITORS_NOTE):
        return []
    for match in _NOTE_WRITER.finditer(line):
        words = match.group(1)
        if is_person(words):
            return [words]
        if ":" in match.group() or "：" in match.group():
            return free_names(words)[:1]  # "作者：远山": a labelled value, any handle
        for size in (3, 2):
            name, role = words[-size:], words[:-size]
            if role.endswith(_NOTE_ROLE_ENDS) and is_person(name):
                return [name]
    return []
