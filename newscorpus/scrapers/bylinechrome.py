"""A bar's own words beside its credits: share targets and tools (``微信``, ``字号``), counters and badges
(``阅读 3.1万``, ``原创``), buttons and links (``展开全文``, ``查看更多>>``), calls to act (``我要评论``).

Name-shaped or outlet-shaped, they name nobody: ``bylinenames`` ends a list of names at them, and reads no
value or outlet opening with them.
"""

from __future__ import annotations

import re

from newscorpus.scrapers.comments import is_comments_heading

# A bar's share targets and tools after the last name ("编辑：王芳 微信 微博"): two Han characters, as a
# name, but nobody.
_BAR_TOOLS = frozenset({"微信", "微博", "分享", "收藏", "举报", "打印", "关闭", "点赞", "评论", "纠错", "空间"})
# The font-size switch and the publish button a bar prints after the names ("作者：张三 字号", "陳卓玲 發佈").
_BAR_TOOLS |= frozenset({"字号", "字號", "字体", "字體", "发布", "發佈", "發布", "發布於", "發佈於", "发布于"})
# A forum post's tools beside its 编辑 link ("编辑 | 引用 | 回复", "引用 | 编辑 | TOP"): the bare 编辑 there is a
# button, and so are they, the back-to-top link too.
_BAR_TOOLS |= frozenset({"引用", "回复", "回覆", "删除", "刪除", "TOP", "Top", "顶部", "頂部"})
# A feed's feedback buttons under a post ("不感兴趣", "屏蔽"), next to an empty 责任编辑： on sohu.
_BAR_TOOLS |= frozenset({"不感兴趣", "不喜欢", "屏蔽"})
# A finance portal's links to the stock's quote and forum after the names ("编辑：肖颖 股吧", jrj and eastmoney).
_BAR_TOOLS |= frozenset({"股吧", "行情"})
# A bar's read-aloud button beside the time ("第一财经 2023-07-12 20:31 听新闻"): no outlet, no name.
_BAR_TOOLS |= frozenset(
    {"听新闻", "聽新聞", "听全文", "聽全文", "语音播报", "語音播報", "朗读", "朗讀", "收听", "收聽"}
)
# The follow button beside a writer's name on a self-media or blog page ("作者 林间小鹿 关注", "+关注", "+订阅"): its
# plus sign is the button's, read by ``_unplussed``.
_BAR_TOOLS |= frozenset({"关注", "關注", "加关注", "已关注", "订阅", "訂閱"})
# A tip button on a blog platform's meta line ("赞赏支持 2017.09.14 22:08:32 字数 1,286" on 简书).
_BAR_TOOLS |= frozenset({"赞赏", "讚賞", "赞赏支持", "讚賞支持", "打赏", "打賞"})
# A bar's tools and counters standing where an empty label's value would ("责任编辑：" then "阅读 (1234)"):
# no name or outlet opens with them.
# A tuple once, for str.startswith.
_NOT_A_VALUE = tuple(_BAR_TOOLS | {"阅读", "关注", "返回", "点击", "浏览"})
# A button's or a link's words ("展开全文", "阅读原文", "查看更多>>", "打开App", "登录后查看"), standing where an
# empty label's value would: an action word opening it, or the thing it opens closing it. No name or
# outlet opens or ends so (展, 查, 显 are surnames, but no given name is 开, 看, 示).
_BUTTON = re.compile(
    # 注册 before a trade is no button: 注册营养师, 注册会计师 (a registered professional) lead a name.
    r"^(?:展开|展開|收起|查看|查閱|显示|顯示|加载|載入|打开|打開|下载|下載|登录|登錄|(?:注册|註冊)(?![\u4e00-\u9fff]{1,4}[师師])"
    r"|订阅|訂閱|复制|複製"
    r"|分享到|点此|點此|戳这|戳這|进入|進入|扫一扫|掃一掃|扫码|掃碼|上一篇|下一篇|上一页|下一頁|回到|手机看|手机版)"
    r"|(?:全文|更多|原文|详情|詳情|>>|»|›)$"
)
# A bar's counters and a post's taxonomy printed after the names with a space ("作者：李丽旻 阅读 3.1万",
# "作者：杜晓燕 访问次数：", "绿茶 分类 面食"): name-shaped, but they end the names.
COUNTERS = frozenset(
    {"阅读", "閱讀", "浏览", "瀏覽", "点击", "點擊", "访问", "訪問", "人气", "人氣", "分类", "分類", "标签"}
)
COUNTERS |= frozenset({"阅读数", "阅读量", "浏览量", "浏览数", "点击数", "点击量", "访问量", "访问次数", "浏览次数"})
COUNTERS |= frozenset({"点阅", "點閱", "点阅次数", "點閱次數", "瀏覽次數", "點擊次數", "点击次数"})
COUNTERS |= frozenset({"閱讀次數", "阅读次数"})
# A bar's next field named in brackets ("【作者】张三 【时间】2019-03-02"): its label word, no name.
COUNTERS |= frozenset({"时间", "時間", "日期", "发布", "来源", "出处", "字号", "编辑"})
# A post's badge after the names ("作者：王文 原创 责任编辑：…", "独家", "首发"): how the site got the text, nobody.
COUNTERS |= frozenset({"原创", "原創", "独家", "獨家", "首发", "首發", "转载", "轉載"})
# A call to act on the page printed after the names ("作者：记者 张三 我要评论", "我来说两句", "发表评论",
# "加入收藏", "返回顶部", "参与讨论"): name-shaped, but no name opens with a site tool's verb, and the grammar
# may have cut the tool's noun off already ("我要|纠错", "加入|收藏", "推荐|阅读").
_TOOL_PHRASE = re.compile(
    r"^(?:我要|我来|我來|我也|加入|推荐|推薦|返回|进入|進入|参与|參與|查看|发表|發表|相关|相關|网友评|網友評"
    # a copy notice's clause after the names ("作者：沈婷婷，如若转载，请注明出处", "未经授权禁止转载")
    r"|如若|如需|转载|轉載|请注明|請註明|未经|未經|版权|版權)"
)


def is_button(token: str) -> bool:
    """A button's or a link's words (``展开全文``, ``查看原文``): never a field's value."""
    return _BUTTON.search(token) is not None


def _unplussed(token: str) -> str:
    """A button's words without the plus sign it opens with (``+订阅``, ``＋ 关注``): no name opens with one."""
    return token.lstrip("+＋ ") if token[:1] in "+＋" else token


def ends_names(token: str) -> bool:
    """A bar's tool, counter or call to act after the names (``字号``, ``阅读``, ``我要评论``): no name follows."""
    return _unplussed(token) in _BAR_TOOLS or token in COUNTERS or _TOOL_PHRASE.match(token) is not None


# A page's calls to act whole (a handle may open with the same words: 我要飞), where an empty label's value would be.
_CALLS = frozenset({"我要评论", "我来说两句", "发表评论", "加入收藏", "返回顶部", "参与讨论", "我要纠错", "网友评论"})


def opening_tool_word(token: str) -> str:
    """The tool's or counter's word a value opens with (``阅读`` of ``阅读 (1234)``), else "": the longest
    (``发布于`` over ``发布``), whatever order the words' set is in."""
    token = _unplussed(token)
    return max((word for word in _NOT_A_VALUE if token.startswith(word)), key=len, default="")


def is_bar_tool(token: str) -> bool:
    """A bar's tool, counter, button or call to act standing where an empty label's value would
    (``返回搜狐，查看更多``, ``展开全文``, ``我要评论`` far below an empty ``责任编辑：``): no name or outlet opens
    so. A readers' section's heading (``全部评论``, ``网友评论（3）``) stands there too, right under an empty
    ``责任编辑：`` closing the story."""
    token = _unplussed(token)
    return token.startswith(_NOT_A_VALUE) or is_button(token) or token in _CALLS or is_comments_heading(token)


# A platform's badge beside an account's name (大风号's ``优质财经领域创作者``, ``历史领域优质创作者``, ``签约作者``)
# or a forum's level (``LV.9``): the platform's word for the account, never its name. A handle may say 创作
# (``创作小王``); none ends in 创作者 or opens with a domain's 领域/优质 badge word and ends in a role.
_BADGE = re.compile(
    r"(?:创作者|創作者)$"
    r"|^(?:\S*(?:领域|領域)|优质|優質|签约|簽約|认证|認證|资深|資深)\S*(?:作者|博主|达人|達人|号主|號主|答主)$"
    r"|^(?:LV|Lv|lv)\.?\s?\d{1,3}$"
    # A Q&A site's mark over the answer it picked (最佳回答, 满意答案, 已采纳): the answer's, not its writer's name.
    r"|^(?:最佳|满意|滿意|推荐|推薦|优质|優質|精选|精選|已采纳|已採納|采纳|採納)(?:回答|答案|回复|回覆)?$"
)


def is_badge(token: str) -> bool:
    """A platform's badge or a forum's level printed where a name would be (``优质财经领域创作者``, ``LV.9``)."""
    return _BADGE.search(token) is not None


# The word a badge opens with before its role (``数码领域创作者``, ``优质作者``, ``签约作者``).
_BADGE_LEAD = re.compile(r"(?:领域|領域|优质|優質|签约|簽約|认证|認證)[\u4e00-\u9fff]*$")


def badge_label(line: str, start: int, end: int) -> bool:
    """The label at ``start:end`` is a badge's role word (``数码领域创作者 北京``: a platform's badge, then its IP
    location): the Han run before it opens a badge, and no colon makes it a label (``签约作者：X`` labels)."""
    return line[end : end + 1] not in (":", "：") and _BADGE_LEAD.search(line, max(0, start - 12), start) is not None
