"""Units and relations printed before or glued to a writer's name: a department or a class before it
(``骨科 周亮``, ``高三（2）班 张三``), a pupil's relation or a school role after it (``刘小雨妈妈``, ``李华老师``).
Moved out of ``bylinenames`` (session 9) to keep that module small."""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.bylinebare import is_person
from newscorpus.scrapers.bylinetitles import HONORIFICS

__all__ = [
    "KIN_NAME",
    "ORGANISATION",
    "PROFESSIONAL_TITLE",
    "UNNAMED_ROLE",
    "is_news_unit",
    "is_organisation",
    "is_unit_word",
    "kin_writer",
]

# A village's name's end (西湾村, 岩口村, 石围邨), not the countryside's word (农村, 乡村, 山村, 渔村: an account's
# beat, "老曲看农村"): shared by every unit reader.
VILLAGE_END = r"(?<![农乡山渔])[村邨]"
# A unit printed before a writer's name that is name-shaped itself: a hospital department ("骨科 周亮"), a
# school grade or class ("初二年级 罗思琪", "高三（2）班 张三"). Only these shapes: "李科" is a person.
_UNIT_WORD = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:内|外|儿|骨|眼|妇产|皮肤|口腔|急诊|麻醉|放射|检验|药剂|护理|康复|肿瘤|神经)科"
    r"|[初高]?[一二三四五六七八九\d]{1,2}年级|[初高][一二三]|[\u4e00-\u9fff\d]{1,6}(?<![上下加值轮跟])班"
    # an office, a committee, a group: "团委 胡静", "秘书处 张玲", "教研组 王芳" (no name ends so)
    r"|[\u4e00-\u9fff]{1,8}处|[\u4e00-\u9fff]{0,8}(?:团委|党委|办公室|教研室|[年教]\S{0,2}组)"
    # a school's or a paper's team of student reporters ("记者团 孙悦", "校记者团 王宁"): no name ends so
    r"|[\u4e00-\u9fff]{0,6}(?:记者团|記者團)"
    # a college of a university ("机械学院 曹磊") and a school's grade office ("高一年段 吴丽萍"): no name ends so
    r"|[\u4e00-\u9fff]{1,8}(?:学院|學院)|[\u4e00-\u9fff]{1,4}年段"
    # a college's department ("汽车工程系 高文静", not 联系/关系/体系) and a court's chamber ("刑二庭 李涛", "民一庭")
    r"|[\u4e00-\u9fff]{2,8}(?<![联聯关關体體派水星世])系|[刑民商][一二三四五六七八九十]庭|[\u4e00-\u9fff]{0,6}(?:审判|審判|执行|執行|立案)庭"
    # a class numbered in brackets: "高二（3）班", "三（2）班", "初一年级（5）班"
    r"|[初高]?[一二三四五六七八九\d]{1,2}(?:年级)?[(（]\d{1,2}[)）]班"
    # a student's year of entry ("2019级学生 姚佳琪", "2021级 李想", "18级研究生")
    r"|(?:\d{2}|\d{4})级[\u4e00-\u9fff]{0,4}"
    # a ward by its Latin initials ("ICU 胡晓敏", "NICU 王芳"): no Han writer's name is capitals
    r"|[A-Z]{2,5}"
    # a township, a village or a neighbourhood ("唐江镇 刘佳敏", name-shaped as 唐 leads it; "西湾村 王德福") and a
    # numbered school ("市一中 刘瑞", "衡水二中"): a correspondent's unit, as a village committee is (two characters
    # at least before 镇, 乡 or 村: 王镇 is a name, 中村 a Japanese surname; VILLAGE_END leaves the countryside out)
    r"|[\u4e00-\u9fff]{2,6}(?:镇|鎮|乡|鄉|"
    + VILLAGE_END
    + r"|街道|社区|社區)|(?:[市县区縣區]|[\u4e00-\u9fff]{2,4})[一二三四五六七八九十]{1,2}中)$"
)
# A writer named by a relation to a pupil or a role at school ("刘小雨妈妈", "王明家长", "李华老师"): a name
# with the word glued on, as school pages credit a parent or a teacher after the class.
KIN_NAME = re.compile(r"^([\u4e00-\u9fff]{2,4})(?:妈妈|爸爸|家长|奶奶|爷爷|外婆|外公|姥姥|姥爷|老师|同学)$")


def kin_writer(word: str) -> bool:
    """A person's name with a relation or a school role glued on (``刘小雨妈妈``, ``李华老师``)."""
    return (match := KIN_NAME.match(word)) is not None and is_person(match.group(1))


def is_unit_word(token: str) -> bool:
    """A department or class before a writer's name, even when it is as short as a name: "骨科", "初二年级"."""
    return bool(_UNIT_WORD.match(token))


# A staff role naming nobody: "作者：本报评论员", "本刊特约评论员".
# The site's own desk names nobody either: "作者：本网编辑部", "本站编辑", "编辑部" (a named outlet's desk stays).
UNNAMED_ROLE = re.compile(
    r"^(?:本报|本刊|本台|本网|本站)?(?:特约|首席)?(?:评论员|評論員)$"
    r"|^(?:本报|本報|本刊|本台|本网|本網|本站|本社)?(?:编辑部|編輯部|评论部|評論部)$|^(?:本报|本報|本刊|本网|本網|本站)(?:编辑|編輯|小编)$"
    # a reporter's role with no name after it (撰文：星島頭條記者, 作者：本报记者): the outlet's staff, nobody named
    r"|^[\u4e00-\u9fff]{0,8}(?:记者|記者)$"
)
# A professional grade printed before the name it belongs to (作者：高级农艺师 孟庆华, 执业药师 沈岚, a library's or
# a museum's 馆员 孙琪): a person's title, no name.
PROFESSIONAL_TITLE = re.compile(
    r"^(?:[一二三四五]级)?(?:正高级|高级|副高级|助理|副|执业|執業)?(?:主任|主管|主治)?"
    r"(?:农艺师|農藝師|工程师|工程師|畜牧师|兽医师|会计师|會計師|经济师|經濟師|讲师|講師|教授|研究员|研究員|馆员|館員|医师|醫師|药师|藥師|护师|教师|教師"
    # an office-holder's post before the name (作者：检察官 张丽华, 一级法官 李涛, 民警 王强): the post, no name
    # a social worker (撰文：社工 鄭詠詩) is an NGO's post as a nurse is a hospital's
    r"|检察官|檢察官|检察官助理|法官|法官助理|民警|警官|辅警|護士|护士|社工|社工师|社工師|志工|义工|義工|"
    # a health writer's trade (作者：营养师 李敏, 心理咨询师 王芳, 注册营养师 林可欣, 国家二级心理咨询师 X)
    r"(?:國家|国家)?(?:[一二三四五][级級])?(?:注册|註冊|高级|高級|公共)?(?:营养师|營養師|心理咨询师|心理諮詢師|心理治疗师|健康管理师|康复治疗师|治疗师|治療師)|"
    + "|".join(HONORIFICS)
    + r")$"
    # and the titles bylinetitles strips glued after a name, written before it (文／傳道 黃嘉欣, 律师 王芳)
)
# A post held, printed before its holder's name (作者：王家坪村第一书记 范立伟, 志愿者 唐小琳): the post, no name.
# Only before a person's name: "李书记" alone is a person addressed by a title, and stays.
POST = re.compile(
    r"^[\u4e00-\u9fff]{0,12}(?:书记|書記|主任|校长|校長|院长|院長|局长|局長|站长|站長|所长|所長|村长|村長|队长|隊長"
    r"|社长|社長|馆长|館長|会长|會長|理事长|理事長|秘书长|秘書長|志愿者|志願者|义工|義工|社工|干事|幹事"
    # a ward's and a clinic's staff (急诊科 护士长 刘倩)
    r"|护士长|護士長|护士|護士"
    # a monastery's offices (监院 释妙心, 住持 释慧明), a lay devotee (居士 陈妙音) and a column's writer
    # (新浪财经专栏作家 黄仕勤)
    r"|监院|監院|住持|方丈|知客|首座|居士|专栏作家|專欄作家|专栏作者|專欄作者"
    # a teller's trade before the name (讲述人：老教师 梁子平, 退伍老兵 叶春生); not 医生: 刘医生 is how one is named
    r"|教师|教師|老兵"
    # a firm's partner (律师事务所 高级合伙人 X, 会计师事务所 合伙人 X)
    r"|合伙人|合夥人"
    # a forum's or a site's visitor before the handle it posts under (作者：网友 小猫钓鱼, 网友 南山小草 投稿)
    r"|网友|網友)$"
)
# A bank's or a company's branch (荆州分行, 城关支行, 华东分公司): a unit crediting its staff's stories, like a 部.
BRANCH = "分行|支行|银行|分公司"
# (An account named a 百科, "an encyclopedia": 养生小百科, 健康百科, is no 科 "department".)
ORGANISATION = re.compile(
    r"(?:支部|党委|委员会|办公室|中心|(?<!百)科|部|处|局|厅|院|所|站|协会|学会|公司|集团|工作室|团队|小组|课题组|联合会"
    r"|年级组|教研组|教研室|学校|中学|小学|幼儿园|大学|年级|(?<![上下加值轮跟])班|(?<![联关体派水星世])系|审判庭|执行庭|单位|單位"
    r"|學校|中學|小學|大學|學院|醫院|協會|學會|政府"
    # an office or a committee in Hong Kong and Taiwan spelling, and any office named 室 (公共事務室, 秘書室)
    # or 组 (公共事務組, 宣传组), and a residents' federation (居民聯會)
    r"|處|廳|委員會|室|组|組|联会|聯會"
    # a policy or research office (市委政研室, 党史研究室), and a weather or star station (潍坊市气象台, 天文台)
    r"|研室|研究室|气象台|氣象台|天文台"
    # a school's student union and a trade union (學生會, 工会): no given name ends in either; a bureau's section
    # (平川县教育局安全股: a county office's 股)
    r"|学生会|學生會|工会|工會|局[\u4e00-\u9fff]{1,4}股"
    # a town's or a bureau's office by its short name (城关镇宣传办, 望江镇党政办), a women's federation (妇联)
    r"|办|辦|妇联|婦聯"
    rf"|{BRANCH})$"
)
# A section named in three characters, 科 the last (综合科, 宣传科).
_SECTION_CHARS = 3
# An office named in two to four characters ("宣传部", "教务处", "工会办", "校史馆"): no given name ends in these
# words (科, 院, 所, 站, 会 do: "李科", "张会"), so a 作者 value of this shape is a unit, not a person.
# A centre is such an office too ("新闻中心", "新聞中心"): no given name ends in 中心.
_SHORT_OFFICE = re.compile(
    r"^[\u4e00-\u9fff]{1,3}(?:部|处|處|局|办|辦|室|委|队|隊|组|組|馆|館|厅|廳)$|^[\u4e00-\u9fff]{1,2}中心$"
    # an office's section by its affairs (考务科, 医务科, 财务科): 李科 is a name, no name ends in 务科
    r"|^[\u4e00-\u9fff]{1,2}[务務]科$"
)

# Units named by a word no given name ends in alone: a court's division (刑庭, 民一庭, 立案庭; 张庭 is a name), a
# hospital's department (普外二科, 心内科; 李科 is a name), a school's committees (家委会, 学生会, 工会).
_COURT = r"(?:(?:刑事?|民事?)[一二三四五六]?|立案|行政|审监|審監|执行|執行|少年|商事|环资|知产)庭"  # 刑二庭 too
_COURT_DIVISION = re.compile(
    rf"^(?:{_COURT}"
    r"|(?:心内|神内|神外|消化|呼吸|普外|胸外|骨|泌尿|肝胆|妇|产|儿|眼|耳鼻喉|口腔|皮肤|急诊|麻醉|放射|检验|药剂|中医"
    r"|康复|肿瘤|内|外)[一二三四五六七八九十]?科"
    r"|家委会|学生会|教代会|工会|妇委会)$"
)
_COURT_ENDING = re.compile(f"{_COURT}$")

# A unit that writes and sends its own news: a school, a college, a hospital or one of its departments. An
# account may end like a bureau (城事观察局); none ends like these.
_NEWS_UNIT = re.compile(
    r"(?:学院|學院|大学|大學|医院|醫院|中学|中學|小学|小學|学校|學校|研究所|研究院|中心)$"
    # A government department named by its level (县农业农村局, 市公安局, 区教育体育局, 省卫生健康委): an account
    # names no level of government.
    r"|^(?:[省市县縣区區镇鎮乡鄉])[\u4e00-\u9fff]{1,10}(?:局|委|厅|廳|办|辦)$"
    # A publicity or news office (党委宣传部, 宣传部, 新闻办): a unit's department writes and sends.
    r"|(?:宣传部|宣傳部|新闻办|新聞辦|新闻科|宣传科|宣傳科)$"
    # A party committee's department (党委组织部, 党委学工部): an institution's office, as its 宣传部 is.
    r"|^(?:党委|黨委)[\u4e00-\u9fff]{1,4}(?:部|办|辦|处|處)$"
)


def is_news_unit(name: str) -> bool:
    """A school, college, hospital or department (化学化工学院, 心血管内科): as writer and 来源 at once, both."""
    return is_unit_word(name) or _NEWS_UNIT.search(name) is not None


def is_organisation(name: str) -> bool:
    """A unit, not a person: "医技药剂党支部", "新闻中心", and an office as short as a name ("德育处", "团委")."""
    if len(name) > settings.BYLINE_MAX_PERSON_CHARS:
        # A long name may close with its court's division (某区人民法院民一庭), as a short one may be one.
        return bool(ORGANISATION.search(name) or _COURT_ENDING.search(name))
    if is_unit_word(name) or _SHORT_OFFICE.match(name) is not None or _COURT_DIVISION.match(name) is not None:
        return True
    # A section no name reads as (综合科, 宣传科): a name may end in 科 (李科, 王晓科), led by its surname.
    return len(name) == _SECTION_CHARS and name.endswith("科") and not is_person(name)
