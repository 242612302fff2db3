"""Lines inside a story container that are page furniture, not story: tool bars, calls to action, and the
promotional tail a WeChat-style article carries after its credits.

General shapes, not site strings: a tool bar is a short line made only of tool words (字体 大 中 小,
打印, 关闭); a call to action asks the reader to scan, reply or tap; the promo tail is a run of short lines
after a credit line (校对|张三, 编辑：李四) in the second half of the story.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.blocks import Line

# Traditional forms of the characters the boilerplate patterns here and in generic.py spell (責任編輯,
# 來源, 版權所有, 未經授權, 攝): HK/TW pages say the same things, so the patterns accept both forms.
_TRADITIONAL = dict(
    zip(
        "责编辑来标题声权扫码长识别点击进载阅读关们与归举报开页签仅系为经许转请联谢绝复制摄记讯员图顶广视网电话传",
        "責編輯來標題聲權掃碼長識別點擊進載閱讀關們與歸舉報開頁簽僅係為經許轉請聯謝絕複製攝記訊員圖頂廣視網電話傳",
        strict=True,
    )
)


def both_forms(pattern: str) -> str:
    """A regex pattern with each simplified character of that vocabulary also matching its traditional form.

    Only for patterns whose bracketed classes hold no such character (they hold punctuation).
    """
    return "".join(f"[{char}{_TRADITIONAL[char]}]" if char in _TRADITIONAL else char for char in pattern)


_BOILERPLATE = re.compile(
    both_forms(
        # A platform's notice may come in quotes (“特别声明：以上作品内容…).
        r"^[【\[（(“\"]?\s*(责任编辑|责编|(编辑|校对|来源)\s*[|｜丨:：]|本文来源|(本文)?原标题|免责声明|版权(声明|所有)|copyright|©|扫码|扫描二维码|"
        r"长按(识别|二维码)|点击(进入|查看|下载|关注|阅读)|分享到|关注我们|返回(首页|顶部|列表)|举报|打开.{0,6}APP|特别声明|"
        # an app's download call, not a sentence (下載「香港01」App，即睇…; 下载…APP，可以识别诈骗电话。 stays)
        r"下载.{0,12}(APP|客[户戶]端)[^。！？]*$|"
        # a pager's 上一篇：/下一篇 title; a sentence of the post runs on with no separator to a full stop
        # ("下一篇打算写写…，感兴趣的可以订阅一下。")
        r"(上一篇|下一篇)(?:[:：|｜\s]|$|(?!.*。$))|(相关)?标签[:：]|(广告|郑重|法律|原创)?声明[:：]|"
        # the text's own notice: what it is (本文系…原创) and where it was taken from (本文来自微信公众号…，作者：…)
        r"本文(系|为|仅代表|来自|转载自|转自)|"
        # a novel site's chapter end and reminder, a reference line, a stock page's risk notice
        r"本章完|请记住本[书站]|(天才)?一秒记住|参考(资料|文献)[:：]|风险提示[:：])",
    ),
    re.IGNORECASE,
)
# Every _RIGHTS match holds one of these (转载, 使用, 复制, 版权, 著作权, 立场, 观点, 存储空间, 平台, 侵权, 经授权发布,
# 不构成投资建议, 仅供参考, 异议, 投诉, in either form): one search of literals rules out nearly every line.
_RIGHTS_MARKS = re.compile(
    "转|轉|使用|复制|複製|版|著作|立场|立場|观点|觀點|存储空间|存儲空間|平台|侵权|侵權|授权|授權|建议|建議|仅供|僅供"
    "|异议|異議|投诉|投訴"
)
_OPENING_BRACKETS = frozenset("（(【[")
# A credit in brackets closing a university or government story: "（电气工程学院 供稿）", "（初审：李四）";
# or crediting its text and pictures, alone on its line: "【文/观察者网 陈思佳】", "（协会秘书处 文／周晓东
# 图／张宁）", "（撰稿 李娜）". No sentence mark inside. A reporter's bracket ("（记者 孙燕 通讯员 杭铁宣）") is
# left to the byline readers: site rules read the author from it among the paragraphs.
_CREDIT_NOTE = re.compile(
    r"^[（(【\[][^（()）]{0,30}(供稿|供图|来稿|初审|复审|终审|审核|审稿)[^（()）]{0,30}[）)】\]]$"
    r"|^[（(【\[][^（()）【】\[\]，,。；;！!？?]{0,30}?(?:撰稿|摄影|[文图]\s*[/／|｜])"
    r"[^（()）【】\[\]，,。；;！!？?]{0,30}[）)】\]]$"
)
# A line of nothing but credit fields, as school, hospital, county and company news close a story:
# "撰稿：李娜 摄影：王鹏", "供稿单位：材料学院 撰稿：陈思远", "二审：吴玉兰", "（文/图：安全监督部 周琳）". Each field
# is a role of the newsroom's own vocabulary, a separator, then a name without sentence punctuation; a
# sentence naming a photographer ("摄影：…" inside prose) has a full stop or comma and stays.
_ROLE = (
    r"(?:撰稿|供稿(?:单位)?|摄影|摄像|图片|文字|文图|图文|文/图|文／图|审核|审稿|一审|二审|三审|初审|复审|终审|"
    r"校对|责编|编辑|排版|美编)"
)
_CREDIT_FIELD = _ROLE + r"\s*[:：/／|｜丨]\s*[^:：/／|｜丨，,。；;！!？?]{1,24}?"
# How a credit roll can open: a bracket or the first character of a role, in both forms. One set lookup
# rules out nearly every line.
_CREDIT_START = frozenset("（(【[撰供摄攝图圖文审審一二三初复復终終校责責编編排美")
# How an attachment card ends: one set lookup before its pattern.
_CARD_END = frozenset(")）传傳")
_CREDIT_FIELDS = re.compile(
    both_forms(r"[（(【\[]?\s*" + _CREDIT_FIELD + r"(?:\s*[,，、;；]?\s*" + _CREDIT_FIELD + r")*\s*[）)】\]]?")
)
# A forum's attachment card under a posted picture, as Discuz prints it in the post (its pop-up menu, hidden
# by script): the file's name, size and download count ("IMG_3021.JPG (186.42 KB, 下载次数: 12)"), and the
# upload stamp ("2016-10-9 22:12 上传"). Furniture of the forum software, never a sentence of the post.
_UPLOAD_CARD = re.compile(
    both_forms(
        r"\S+\.(?:jpe?g|png|gif|bmp|webp)\s*[(（][\d.]+\s*[KMG]B\s*[,，]\s*下(?:载|載)次(?:数|數)\s*[:：]\s*\d+\s*[)）]"
        r"|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*上传"
    ),
    re.IGNORECASE,
)
# A paper's print edition under its web copy: "《 人民日报 》（ 2025年01月15日 01 版）",
# "《光明日报》（2019年10月08日 第20版）".
_EDITION = re.compile(
    r"《\s*[^《》]{2,20}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?[\dA-Z]{1,4}\s*版\s*[）)]"
)
# Copyright notices written anywhere in a short line, e.g. "XX网专稿，未经书面授权请勿转载。".
_RIGHTS = re.compile(
    both_forms(
        r"[未非]经.{0,24}(授权|许可|允许|同意).{0,8}(转载|使用|复制)|禁止转载|谢绝转载|转载请(注明|联系)|(版权|著作权)归.{0,12}所有|(版权|著作权)均?属于"
        r"|如有侵权|经授权(发布|转载)"
        # how to reprint it (如若转载，请注明出处; 转载请私信联系), the site's own terms (刊用本网站稿件，务经书面授权;
        # 版权均属鹤城在线所有) and its cut (本站转载时有删节)
        r"|如[若需]转载|转载.{0,2}请.{0,4}(注明|联系|私信|保留|标明|授权)|务经.{0,4}授权|(版权|著作权)均?(属|归).{0,16}所有"
        r"|本(站|网)转载时"
        # A platform's or portal's disclaimer: what it runs is not its own view (与本站立场无关, 不代表本网观点,
        # 本平台仅提供信息存储空间服务).
        r"|与本(站|网|网站|平台|号)?立场无关|不代表本(站|网|网站|平台|号)(观点|立场)|仅提供信息(存储空间|发布平台)"
        # the text's own disclaimer naming the site or the writer (本内容为作者独立观点，不代表虎嗅立场; 文中评论及分析
        # 仅代表作者或专家个人立场): the text speaks of itself, where a story's quoted "不代表…立场" speaks of others
        r"|(本文|本内容|文中|文章|以上).{0,16}(仅|不)代表.{0,12}(观点|立场)"
        # where to complain about it (如对本稿件有异议或投诉，请联系…)
        r"|如对本(稿件|文|文章|内容).{0,8}(异议|投诉)"
        # who let the site run it, and how to reprint it (本文由X授权虎嗅网发表…转载此文请于文首标明作者姓名)
        r"|本文由.{1,20}授权.{0,12}(发表|发布|转载)|转载(此文|本文).{0,4}请.{0,10}(注明|标明|联系)"
        # A finance or advice page's: 不构成投资建议 (不对您构成…), 以上内容仅供参考, 风险自担, 自行承担…责任.
        r"|不(对.{0,4})?[构構]成.{0,8}投[资資]建[议議]|以上.{0,12}仅供[参參]考|风险自担|自行承担.{0,4}(风险|责任)"
    )
)


def is_notice(line: str) -> bool:
    """A label line (责任编辑：, 本文原标题, 上一篇), a rights notice or a bracketed credit: not story."""
    if len(line) <= settings.RIGHTS_LINE_MAX_CHARS:
        # Substring tests first: the patterns with both forms' classes scan slowly, and few lines need them.
        if _RIGHTS_MARKS.search(line) and _RIGHTS.search(line):
            return True
        head = line[:1]
        if head in _OPENING_BRACKETS and (_CREDIT_NOTE.match(line) or _AFFILIATION_NOTE.fullmatch(line)):
            return True
        if head in _CREDIT_START and len(line) <= settings.CREDIT_FIELDS_MAX_CHARS and _CREDIT_FIELDS.fullmatch(line):
            return True
        if line[-1:] in _CARD_END and _UPLOAD_CARD.fullmatch(line):
            return True
        if head == "《" and _EDITION.fullmatch(line):
            return True
    if (_DECLARATION.match(line) or _NOTICE_OPENING.match(line)) and _RIGHTS.search(line):
        # "郑重声明：…与本站立场无关。…", "本文由 X 授权 虎嗅网 发表，…转载此文请…": a site's declaration or notice of
        # any length, opening as no story's sentence does
        return True
    if "小编" in line and _FARM_CLOSER.search(line):
        return True
    return _BOILERPLATE.match(line) is not None or is_keyword_line(line)


# A content farm's closing (or opening) formula: its 小编 compiled this for you (以上就是X网小编为大家整理的…).
# A story quoting someone to its writer ("王师傅告诉小编") is no such formula.
_FARM_CLOSER = re.compile(
    r"小编.{0,16}(?:为|给|帮)(?:大家|您|你).{0,8}(?:整理|分享|带来|介绍|推荐|汇总)|^(?:好了[，,])?以上(?:就|便)?是.{0,24}小编"
)
_SENTENCE_MARK = re.compile(r"[。，！？；：、,!?;:]")
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def is_keyword_line(line: str) -> bool:
    """A keyword-stuffing line (SEO tags in the story's container): many short phrases, no sentence mark, most
    of them holding one keyword (明前茶价格 龙井明前茶 碧螺春明前茶 …)."""
    if len(line) > settings.KEYWORD_LINE_MAX_CHARS or line.count(" ") < settings.KEYWORD_LINE_MIN_PHRASES - 1:
        return False  # one count in C rules out nearly every line
    phrases = line.split()
    if len(phrases) < settings.KEYWORD_LINE_MIN_PHRASES:
        return False
    if _SENTENCE_MARK.search(line):
        return False
    holders: dict[str, int] = {}
    for phrase in phrases:
        for pair in set(_HAN_PAIR.findall(phrase)):
            holders[pair] = holders.get(pair, 0) + 1
    return max(holders.values(), default=0) >= settings.KEYWORD_LINE_SHARE * len(phrases)


def drop_teaser_copies(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a teaser that copies a later one's opening and breaks off in an ellipsis
    (``导读：进入五月，各地小龙虾陆续上市……`` over the paragraph it cut): the same words twice, once cut."""
    kept = []
    for index, line in enumerate(paragraphs):
        copied = _teaser_text(line)
        if copied and any(later.startswith(copied) for later in paragraphs[index + 1 :]):
            continue
        kept.append(line)
    return kept


_ELLIPSIS = re.compile(r"(?:…+|\.{3,}|。{3,})$")
# A short label before a teaser's words: "导读：", "【提要】".
_TEASER_LABEL = re.compile(r"^(?:[^：:，。【】\[\]]{1,6}[：:]|[【\[][^【】\[\]]{1,6}[】\]])\s*")


def _teaser_text(line: str) -> str | None:
    """What a line ending in an ellipsis copies: its words without the ellipsis and a short label before them."""
    if not _ELLIPSIS.search(line):
        return None
    text = _ELLIPSIS.sub("", line)
    unlabelled = _TEASER_LABEL.sub("", text, count=1)
    return unlabelled if len(unlabelled) >= settings.TEASER_COPY_MIN_CHARS else None


# A bracketed note of the writer's post closing a commentary: "（作者为本报评论部主任编辑）", "（作者系…教授）".
_AFFILIATION_NOTE = re.compile(r"[（(]\s*作者\s*(?:为|系|係|為|是)[^（）()]{2,60}[）)]")
# A site's declaration opening a paragraph: 郑重声明：, 中证网声明：, 本站声明： (a rights test must pass too:
# "外交部声明：…" opening a story's paragraph quotes a statement).
_DECLARATION = re.compile(r"^[^，。：:,]{0,8}(?:声明|聲明)\s*[：:]")
_NOTICE_OPENING = re.compile(r"^(?:本文由|本文首发|凡本(?:网|網|站)|凡注明|原创文章|原創文章|版权作品|版權作品)")


# A reference work's section edit links ([编辑]) after its headings. Citation numbers ([1]) stay: readers
# and the benchmarks' annotators keep them as part of the sentence.
_WIKI_MARK = re.compile(r"\[(?:编辑|編輯|edit|編集)\]", re.IGNORECASE)


def without_marks(line: str) -> str:
    """The line without edit links; a line of nothing else stays as it is."""
    if "[" not in line:
        return line  # nearly every line: one substring scan
    return _WIKI_MARK.sub("", line).strip() or line


# Calls to action of WeChat-style articles and forum edit notes.
_PROMO = re.compile(
    r"(长按|识别|扫描|扫一扫).{0,8}二维码|^(\d+[、.．]\s*)?回复[【\[「“]|点[【\[「“]?在看|阅读原文|"
    r"点击(菜单|蓝字|上方|下方)|本帖最后由.{1,40}编辑"
)
# A tool bar is nothing but these: font size, print, close, bookmark, share words and their brackets.
_TOOLBAR = re.compile(
    r"(?:字体|字号|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享(?:到)?|默认|[大中小TtAa]|[\s【】\[\]:：|/+\-—·()（）])+"
)
# A multi-page story's pager printed as a line of the body ("上一页 1 2 3 下一页", "123下一页", "<上一页12"): page words
# and numbers only, at least one page word among them.
# The pager's own words (settings' pager vocabulary, its Han ones), with the traditional spellings it lacks.
_PAGE_WORDS = [text for text in (*settings.PAGER_NEXT_TEXTS, *settings.PAGER_OTHER_TEXTS) if not text.isascii()]
_PAGE_WORD = "(?:" + "|".join(sorted({*_PAGE_WORDS, "上一頁", "首頁", "尾頁"}, key=len, reverse=True)) + ")"
_PAGER_LINE = re.compile(
    rf"(?:[\s<>《》«»\[\]【】|]|\d{{1,3}}|{_PAGE_WORD})*{_PAGE_WORD}(?:[\s<>《》«»\[\]【】|]|\d{{1,3}}|{_PAGE_WORD})*"
)
# A portal's correction link closing the story ("【纠错】", "[纠错]", "【纠错】 【我要纠错】"), the editor's credit
# it may stand beside ("[纠错] 责任编辑： 张樵苏"): the credit is read from the body's raw lines, the line is no
# story text.
_CORRECTION_LINE = re.compile(
    r"(?:\s*[【\[]\s*(?:我要)?纠错\s*[】\]])+\s*(?:(?:责任编辑|责编|编辑)\s*[:：]\s*\S{1,12}\s*)?"
)
# Every _PROMO match holds one of these: a few substring scans rule out nearly every line.
_PROMO_MARKS = ("二维码", "回复", "在看", "阅读原文", "点击", "本帖")
# A rule drawn across the text: the signature or the page's own notes follow it.
_RULE_LINE = re.compile(r"[-_=—─━~*·.。]{4,}")
# A file name as government notices list their attachments (附件：1.申请表.docx).
_ATTACHMENT = re.compile(r"\.(?:docx?|xlsx?|pptx?|pdf|wps|et|ofd|zip|rar|7z)\s*$", re.IGNORECASE)
# A credit line: a role and a separator, then a name (校对|张三, 责任编辑：李四, 【编辑：王五】).
_CREDIT = re.compile(r"^[【\[（(]?\s*(责任编辑|责编|编辑|校对|审核|审校|终审|监制|美编|来源)\s*[|｜丨:：]")


def is_furniture(line: str) -> bool:
    """A tool bar or a call to action: never story text, wherever it stands in the container."""
    if len(line) <= settings.TOOLBAR_MAX_CHARS and _TOOLBAR.fullmatch(line):
        return True
    if len(line) <= settings.TOOLBAR_MAX_CHARS and ("页" in line or "頁" in line) and _PAGER_LINE.fullmatch(line):
        return True
    if "纠错" in line and _CORRECTION_LINE.fullmatch(line):
        return True
    # Only short lines: a story sentence may well tell readers to scan a code to book or to apply.
    if len(line) > settings.CALL_TO_ACTION_MAX_CHARS:
        return False
    return any(map(line.__contains__, _PROMO_MARKS)) and bool(_PROMO.search(line))


def is_attachment(line: str) -> bool:
    """A linked file name is an attachment of the story, not navigation."""
    return bool(_ATTACHMENT.search(line))


def trim_promo_tail(paragraphs: list[str]) -> list[str]:
    """The story without the credit line and everything after it, when all of that is short lines.

    Only in the story's second half: a credit at the top ("文|张三") opens the story rather than ending it;
    and only when no prose paragraph follows, so an editor's note in mid-story cuts nothing.
    """
    half = len(paragraphs) // 2
    for index in range(half, len(paragraphs)):
        if _CREDIT.match(paragraphs[index]) and all(
            len(line) < settings.PROSE_LINE_MIN_CHARS for line in paragraphs[index + 1 :]
        ):
            return paragraphs[:index]
    return paragraphs


def cut_signature(lines: list[Line]) -> list[Line]:
    """The lines without a trailing signature: a rule (-----, ————) in the second half followed only by
    short lines, as forum posts and blogs sign off ("坐标江南 · 阳台党"). Notes under a rule are prose
    lines, so they stay."""
    for index in range(len(lines) // 2, len(lines)):
        if _RULE_LINE.fullmatch(lines[index].text) and all(
            len(line.text) < settings.PROSE_LINE_MIN_CHARS for line in lines[index + 1 :]
        ):
            return lines[:index]
    return lines
