"""The byline labels by kind (作者/来源/责任编辑/…), in simplified and traditional spelling, and which of
them need a separator after them to count. The tokenizer (``bylinegrammar``) finds them in a line."""

from __future__ import annotations

from newscorpus.scrapers.bylinespell import both_spellings, canonical
from newscorpus.scrapers.bylinewriters import WRITER_CREDITS

# A reprint notice's opening ("本文来自微信公众号…", "本文经授权转载自…"), after an editor's note's label if any
# ("编者按：", "编者注：", the publishing site's own "钛媒体注："): one pattern for the notice's readers.
# A notice's lead may be a note's label ("编者按：") or a statement's ("声明："); the text came from, or first ran in
# ("本文为转载，原载于《新民晚报》"), an outlet.
REPRINT_LEAD = (
    r"^(?:(?:(?:编者|[\u4e00-\u9fff]{2,5})[按注]|声明|聲明)\s*[:：]\s*)?"
    r"本文(?:(?:经授权)?(?:转载|转)?(?:来自|来源于|转自|自)|(?:为转载[,，]\s*)?原(?:载|載)(?:于|於))"
)

# Kinds of label. "other" labels (时间, 浏览, 校对, 原标题 …) only end the value before them.
AUTHOR, REPORTER, SOURCE, EDITOR, PHOTO, ACCOUNT, OTHER = (
    "author",
    "reporter",
    "source",
    "editor",
    "photo",
    "account",
    "other",
)

# Who writes beside a story's reporter without being its reporter (README: 实习生 and 通讯员 co-write): their
# labels continue a credit, may join an opening one, and take the outlet's word as 记者 does.
CO_REPORTERS = ("实习记者", "见习记者", "实习生", "通讯员")
# The outlet's word for itself before a reporter (本报记者, 本网记者, 本台记者): a paper, a website, a station,
# a magazine, a site. It names no outlet and is no name.
OWN_OUTLET = ("本报", "本网", "本台", "本刊", "本站")
# The person who put the page up ("发布人：周晓梅", "發布者：學務處 陳怡君"): the writer only where nothing else names
# one, and only a person's name (a login, admin, or an office names nobody: bylinefields). A label of its own kind
# in no credit's: it stands among the other labels, and alone in a table's cell it takes the next cell.
POSTER_LABELS = ("发布人", "发布者", "發佈人", "發佈者")
# Labels by kind, longest first within each alternative so 责任编辑 wins over 编辑.
LABELS: dict[str, tuple[str, ...]] = {
    # 见习编辑 (a trainee editor, below the 责任编辑 who outranks it); 编发 (edited and sent out) on local papers.
    EDITOR: (
        "责任编辑",
        "本文编辑",
        "本版编辑",
        "值班编辑",
        "本期编辑",  # a magazine's or an account's editor of the issue ("本期编辑：于蓓")
        "实习编辑",
        "见习编辑",
        # A desk's own words for the editor: the one who edits the text (文字编辑), runs it through the system (流程
        # 编辑) or edits it for the web (网络编辑, 新媒体编辑); a word glued before 编辑 would otherwise end a name.
        "文字编辑",
        "流程编辑",
        "网络编辑",
        "新媒体编辑",
        "编辑",
        "责编",
        "编发",
        # "编辑发布：X" (a temple's or a club's site): the one who edited and posted it, its editor; 发布 alone
        # (the poster) is no editor's label.
        "编辑发布",
        # A content farm's or a fan site's editor by its casual word ("小编：甜甜"); only with its separator, since
        # "小编为大家整理了" is prose, and "作者：小编" stays a placeholder (the value, not this label).
        "小编",
        "Editor",
        "EDITOR",
    ),
    # 供稿/来稿单位/发布机构: the unit a university or government page credits the story to (README).
    SOURCE: (
        # A content farm's copy notice under the story: "本文来源于健康时报网，版权归原作者所有" (read to its comma).
        "本文来源于",
        "本文来源於",
        "本文来源",
        "文章来源",
        "稿件来源",
        "新闻来源",
        "内容来源",
        "信息来源",
        # The unit that provided or filed the information ("信息提供：街道党工委", "信息报送：张家湾镇").
        "信息提供",
        "信息报送",
        # A company's or a school's table row naming the unit that sent the story in ("来源单位 | 党群工作部").
        "来源单位",
        "来源",
        "稿源",
        # A reprint notice naming the outlet (本文转载自《亚洲周刊》): 本文 makes it a label with no colon.
        "本文转载自",
        "本文转自",
        # "本文经授权转载自公众号：X": the permission before the verb, the same notice.
        "本文经授权转载自",
        "经授权转载自",
        # A paper's original printing: "（本文原载《人民日报》2019年10月8日 第20版）".
        "本文原载于",  # before 本文原载: the longer label wins, 于 is no part of the outlet ("于《人民日报》")
        "本文原载",
        "原载于",
        "转自",
        "转载自",
        # A school site's reprint: "转贴自：中国教育报".
        "转贴自",
        "转帖自",
        # An excerpt's source: "摘自《求是》2015年第12期", "本文摘编自：学习时报".
        "本文摘自",
        "摘编自",
        "摘自",
        "来源于",
        "出处",
        "供稿单位",
        "来稿单位",
        "供稿",
        "发布机构",
        "发布单位",
        # A government document's metadata: "发文机关：杭州市人民政府办公厅" (the issuing unit).
        "发文机关",
        # A forum portal's article bar: "来自: 宜兴日报" (an outlet only: "来自: iPhone客户端" is a device).
        "来自",
        "Source",
        "SOURCE",
    ),
    REPORTER: (
        # "整理：本网记者 周德兵": one label, so the 整理 credit it fills is read as empty, as after 本报记者.
        *(f"{lead}{rank}记者" for lead in OWN_OUTLET for rank in ("特约", "见习", "实习", "")),
        "特约记者",
        "见习记者",
        "实习记者",
        "首席记者",
        # A paper's special correspondent ("北京特派员 韩咏红", 联合早报): a reporter sent to a place.
        "特派记者",
        "特派员",
        # A named commentator ("特约评论员 张三", "评论员 令狐远"); the paper's own 评论员 alone names nobody
        # (bylinenames: "本报评论员" leaves the value empty).
        "本报特约评论员",
        "特约评论员",
        "评论员",
        "評論員",
        "全媒体记者",
        "融媒体记者",
        # A reporter's notes column over its writer ("记者手记 | 王小川"): the column's label, the name its writer.
        "记者手记",
        "记者",
        "通讯员",
        # A correspondent by rank, as a reporter is ("本报记者 邓波 特约通讯员 覃勇"): the same leads before 通讯员.
        *(f"{lead}{rank}通讯员" for lead in ("本报", "") for rank in ("特约", "见习", "实习", "") if lead or rank),
        # "记者 张三 实习生 李四": an intern co-writing the story is one of its writers.
        "实习生",
        # A guest writer credited as a reporter is, and beside one ("本刊记者 郑涛 特约撰稿人 胡蓉"): a co-writer.
        *(f"{lead}特约撰稿{person}" for lead in (*OWN_OUTLET, "") for person in ("人", "")),
    ),
    AUTHOR: (
        # A theme's screen-reader word for the writer ("文章作者 由小满子": WordPress's "Post author").
        "文章作者",
        # A reprint notice's credit of the original's writer ("本文转载自X，原文作者Y，如有侵权…").
        "原文作者",
        "作者",
        *WRITER_CREDITS,
        # A forum thread's or a contributed post's writer ("楼主：X", "发帖人：X", "投稿人：X"), a blog's poster
        # ("張貼者：X 於 下午3:20", Blogger in Taiwan), and a table's field named for the writer ("作者姓名：X").
        "发帖人",
        "发帖者",
        "發帖者",
        "發文者",
        "张贴者",
        "張貼者",
        "楼主",
        # A blog's owner as its post header labels it ("博主：老K的技术笔记 · 发布于 …"); a video site's uploader
        # as its post card labels the one who posted it ("UP主：X · 2022-08-10").
        "博主",
        "UP主",
        "投稿人",
        "作者姓名",
        "作者名",
        # A BBS post's header: "发信人: xiaoyu (小鱼儿), 信区: Beijing" (水木, 未名); a Q&A answer's writer.
        "发信人",
        "發信人",
        "回答者",
        # A health site's answering doctor ("回答医生：王建 副主任医师 | 北京协和医院"): the answer's writer.
        "回答医生",
        "解答医生",
        "回复医生",
        "回复专家",
        "解答专家",
        "医生回答",  # "医生回答 | 陈卫东 副主任医师 …": the label, then the bar's separator
        "答主",
        # "采访整理：X" (an interview written up by X), in Taiwan's spelling too.
        "采访整理",
        "採訪整理",
        "撰稿人",
        # A columnist's credit (專欄作家：X): the writer; a guest writer on an account ("特约作者 唐立").
        "专栏作家",
        "特约作者",
        # Taiwan's sites spell the writer as a person (發布日期：… 撰文者：林怡萱 瀏覽人次：…).
        "撰文者",
        "撰稿者",
        "撰文",
        "撰稿",
        "采写",
        "编译",
        "口述",
        # A sermon's or a lecture's speaker (证道：X牧师 整理：Y, 主讲：X法师): the teller, as 口述 is.
        "主讲",
        "证道",
        "證道",
        # A teller's story and its note-taker (讲述人：X 记录：Y), and a contributed piece (来稿：X): its writers.
        "讲述人",
        "讲述者",
        "讲述",
        "记录",
        "来稿",
        "整理",
        "文字",
        # A feature's copywriter among its crew (策划：X　文案：Y　设计：Z): the one who wrote its text.
        "文案",
        "图文",
        "文/图",
        "文图",
        "图/文",
        "文·图",
        "图·文",
        "文",
        "Author",
        "AUTHOR",
        # A bilingual page's credit pair ("Photo: 胡杨 / Text: 白露"): the text's writer; an English-language
        # credit line's reporter or writer ("Reporter: Chen Hao; Editor: Jin Yue").
        "Text",
        "Reporter",
        "REPORTER",
        "Writer",
        "WRITER",
    ),
    # 写真/撮影: a Japanese page's photographer credit ("文／鈴木一郎　写真／田中美穂").
    # 摄影记者: a photographer, though 记者 alone credits a writer (the longer label wins).
    # 题图/头图/封面图/配图: the picture over the story ("题图来自：视觉中国", "题图 / Unsplash"), no writer of it.
    PHOTO: (
        "图片来源",
        "图片来自",
        # A picture's origin by other words for it (DW's "圖像來源: Kay Nietfeld/dpa", "照片来源：中央社").
        "图像来源",
        "照片来源",
        "影像来源",
        # "taken from" a site, in a caption's bracket ("（圖取自氣象局官網）", 自由時報): the picture's origin.
        "图取自",
        "图片取自",
        "照片取自",
        "题图来自",
        "摄影记者",
        "摄像记者",
        # A video's camera credit, as a photo's: "视频拍摄：记者 X", "摄像：X" took the pictures, wrote nothing.
        "视频拍摄",
        "摄像",
        "摄影",
        "图片",
        "题图",
        "头图",
        "封面图",
        "配图",
        "摄",
        "图",
        "写真",
        "撮影",
        "Photos",
        "Photo",
    ),
    ACCOUNT: (
        "头条号",
        "企鹅号",
        "大风号",
        "百家号",
        # "来源：微信公众号 深夜书房": the platform's name leads the label, one label with it.
        "微信公众号",
        "公众号",
        "网易号",
        "澎湃号",
        "搜狐号",
        "一点号",
        "人民号",
        "新华号",
        # The same platforms under their earlier or sister names: 网易订阅号 (网易号 until 2016), 凤凰号 (大风号
        # until 2017), and UC's 大鱼号 and 360's 快传号, the same kind of account.
        "网易订阅号",
        "凤凰号",
        "大鱼号",
        "快传号",
        # The car portals' own self-media accounts (汽车之家's 车家号, 易车's 易车号), the same kind again.
        "车家号",
        "易车号",
        # Taiwan's and Hong Kong's mirrors print the platforms in traditional characters ("頭條號／科技老張").
        "頭條號",
        "企鵝號",
        "大風號",
        "百家號",
        "微信公眾號",
        "公眾號",
        "網易號",
        "搜狐號",
        "鳳凰號",
    ),
    OTHER: (
        "原标题",
        # A reprint notice's field after its credits ("作者：X，编辑：Y，原文标题：《Z》"): the original's headline
        # ends the editor's value as 原标题 does.
        "原文标题",
        # A press release's contact for the media ("傳媒查詢：傳訊部 黃小姐", "联系人：陈先生"): nobody's credit.
        "传媒查询",
        "傳媒查詢",
        "媒体查询",
        "媒體查詢",
        "传媒联络",
        "傳媒聯絡",
        "媒体联络",
        "媒體聯絡",
        "联系人",
        "聯絡人",
        "联络人",
        # A post's taxonomy ("分类：行走江南", "标签：古镇 同里", "所属栏目：灌水乐园"): its value names a category,
        # never a person; 所属 is part of the label, not a word after the name before it.
        "所属栏目",
        "所屬欄目",
        "所属分类",
        "文章分类",
        "分类",
        "分類",
        "标签",
        "標籤",
        "栏目",
        "欄目",
        "资料来源",
        # A figure's or a picture's origin, not the story's ("数据来源：国家统计局", "题图来源：IC photo").
        "数据来源",
        "封面图片来源",
        "封面图来源",
        "封面来源",
        "题图来源",
        "头图来源",
        "配图来源",
        # A video's or a chart's origin likewise ("视频来源：央视新闻" under an embedded clip).
        "视频来源",
        # A clip's or footage's origin ("片段來源：讀者提供" under a video): the footage's, no story's source.
        "片段来源",
        "画面来源",
        "影片来源",
        "視頻來源",
        "图表来源",
        "发布时间",
        "发稿时间",
        "发表时间",
        "更新时间",
        "时间",
        "日期",
        "发表于",
        "发布于",
        "更新于",
        # A Q&A answer's and question's stamps ("答主：X 回答于2019-10-05").
        "回答于",
        "提问于",
        # "发布 / 2021年9月3日 5:30 AM": overseas papers label the time so (with a separator only).
        "发布",
        "更新",
        # An interviewer ("采访：X"): a writer only where the line credits no other (bylinefields).
        "采访",
        "採訪",
        *POSTER_LABELS,
        # The asker of a Q&A page's question is no writer of its answer ("提问者：小美").
        "提问者",
        "提问人",
        "题主",
        "浏览量",
        "浏览",
        "阅读量",
        "阅读",
        "点击",
        "评论",
        "举报",
        "字号",
        "字体",
        "分享",
        "校对",
        "审核",
        # A reviewer's credit after the sender ("供稿：护理部 审稿：院办"): ends the unit's name, names no editor.
        "审稿",
        "审稿人",
        "审校",
        "终审",
        # A second reader's check ("编辑 / X 复核 / Y"): a reviewer's credit as 审核 is, no editor's.
        "复核",
        # The three-review credits county media centres print after the editor ("编辑：X 初审：Y 二审：Z").
        "初审",
        "复审",
        "一审",
        "二审",
        "三审",
        # The desk head who signed the page off ("编辑/X 签发/Y"): no editor of the story, no writer.
        "签发",
        "监制",
        "策划",
        "统筹",
        "出品",
        "制作",
        "作者单位",
        "作者简介",
        # A BBS post's board after its poster ("发信人: xiaoyu (小鱼儿), 信区: Beijing").
        "信区",
        "信區",
        "译者",
        "翻译",
        "海报",
        # A new-media bar's design credits ("文｜X　编辑｜Y　视觉｜Z", "插画：Z"): no writer, editor or source.
        "视觉",
        "插画",
        "设计",
        "美编",
        "视频",
        "剪辑",
        "排版",
        "广告",
        "收藏",
        "打印",
        "纠错",
        "关闭",
        # An English bar's time label ends the value before it ("Author: Chen Ming  Date: 2018-04-11").
        "Date",
        "DATE",
    ),
}
LABELS = {kind: both_spellings(labels) for kind, labels in LABELS.items()}
LABELS[OTHER] += ("發佈時間", "最後更新")


# Self-media platforms and their apps: where a post was published, never the outlet a story came from
# ("来源：看点快报", "来源：百家号" over an account's post; README "Bylines": accounts).
PLATFORMS = frozenset((*LABELS[ACCOUNT], "看点快报", "腾讯看点", "新浪看点"))
# The tags as one regex alternation, the longest first so "微信公众号" is not read as "公众号".
PLATFORM_TAGS = "|".join(sorted(PLATFORMS, key=len, reverse=True))
# Platforms' own apps named as a story's 来源 with no account after them ("来源：今日头条"): no outlet. Not
# PLATFORMS, which lead an account glued to them ("今日头条新闻网" is an outlet of its own).
PLATFORM_APPS = frozenset(("今日头条", "今日頭條", "抖音", "微博", "新浪微博", "微信", "微信公众号", "小红书", "快手"))
# A site's menu items for its writers' actions, beside a menu's 作者 item ("首页 作者 投稿", "作者 | 登录"): after
# 作者 they make it a menu item, not a label (bylinegrammar), and standing as its value they name nobody (bylinenames).
WRITER_MENU_ITEMS = ("投稿", "登录", "登錄")
# Menu items that only name nobody as a whole value: after 作者 they may open the writer's trade (作者 注册营养师 X).
WRITER_MENU_WORDS = (*WRITER_MENU_ITEMS, "注册", "註冊", "订阅", "訂閱")


# Labels that must be followed by a separator (":", "/", "|", ">") to count: alone they are words of prose
# or parts of names ("文刃", "图书", "摄像", "阅读" in a headline, "编译器").
# Latin labels too: "Source" inside a sentence is a word.
NEED_SEPARATOR = frozenset(
    # "来源于网络" is prose, "来源于：人民网" a label.
    {
        "文",
        "来自",
        "图",
        "图片",
        "摄",
        "摄影",
        "编译",
        "整理",
        "口述",
        "主讲",
        "证道",
        "證道",
        "讲述人",
        "讲述者",
        "讲述",
        "记录",
        "来稿",
        "文字",
        *WRITER_CREDITS,
        "楼主",
        "博主",
        "UP主",
        "图文",
        "文图",
        "供稿",
        "来源于",
        "转载自",
        # A school site's reprint: "转贴自：中国教育报".
        "转贴自",
        "转帖自",
        "写真",
        "撮影",
        "编发",  # "编发了通知" is prose, "编发：徐一波" a credit
        "小编",
        *LABELS[OTHER],
    }
    | {label for labels in LABELS.values() for label in labels if label.isascii()}
) - {
    "原标题",
    "发表于",
    "发布于",
    "更新于",
    "回答于",
    "提问于",
    "举报",
    "分享",
    "作者单位",
    "作者简介",
    "广告",
    "收藏",
    "打印",
    "纠错",
    "关闭",
}
# The traditional spelling of a label needs a separator exactly when the simplified one does.
NEED_SEPARATOR = frozenset(
    label
    for labels in LABELS.values()
    for label in labels
    if label in NEED_SEPARATOR or canonical(label) in NEED_SEPARATOR
)
