"""Every tunable number in one place, so a reader never hunts for a magic constant."""

from __future__ import annotations

# --- fetching ---------------------------------------------------------------------------------------
# Set --user-agent to a string with your contact: portals block anonymous crawlers sooner.
USER_AGENT = "newscorpus/0.1 (news corpus builder; respects robots.txt)"
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
MAX_BODY_BYTES = 8 * 1024 * 1024
# A body labelled XML or gzip (a sitemap, a feed) may reach sitemaps.org's own limit, 50 MB uncompressed: a
# news sitemap of 50,000 stories with their news: and image: tags is 25 MB, and was refused whole at 8 MB.
# Parsing one that size peaks ~50 MB above the bytes (measured on a 25 MB news sitemap).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# Transient failures (timeouts, refused connections, 429, 5xx) are retried this many times in all.
FETCH_ATTEMPTS = 3
RETRY_BACKOFF_INITIAL_S = 0.5
RETRY_BACKOFF_MAX_S = 30.0
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
# Media types a misconfigured server sends HTML pages under; the bytes decide (an HTML start is a page).
VAGUE_CONTENT_TYPES = ("text/plain", "application/octet-stream", "text/x-server-parsed-html", "text/htm")
# Head start of the first address family before the other is tried too (RFC 8305; anyio's value).
HAPPY_EYEBALLS_DELAY_S = 0.25

# --- decoding ---------------------------------------------------------------------------------------
# How many bytes to search for <meta charset>; browsers look at the first 1024, portals are sloppier.
META_CHARSET_SCAN_BYTES = 4096
# Share of replacement/private-use characters above which a declared charset is judged wrong.
MOJIBAKE_MAX_RATIO = 0.001
MOJIBAKE_TOLERATED_CHARS = 2

# --- extraction -------------------------------------------------------------------------------------
DEFAULT_TZ_OFFSET = "+08:00"
# Relative times (6小时前, 昨天 08:30) are read only from lines this short: byline bars, not sentences.
RELATIVE_TIME_LINE_MAX_CHARS = 40
# Publish times (scrapers/datelines.py, issue 18). A date line away from the headline counts only when it
# reads like a stamp: besides the date it holds a label, byline fields, or at most this many characters
# (a list item's date follows a title). Near the headline a date inside a sentence longer than this is story.
PAGE_DATE_MAX_OTHER_CHARS = 8
DATE_SENTENCE_MIN_CHARS = 20
# Dates alone on their lines, this many lines in a row, are an archive's list (navigation), no stamp.
DATE_ARCHIVE_RUN_MIN = 3
# A date at the end of a line after more than this many other characters is a list item's (a headline's).
DATE_LIST_TITLE_MIN_CHARS = 8
# Lines right under the headline that are its byline bar: no list-item test there.
DATE_BYLINE_ZONE_LINES = 3
# Lines at the end of a page read for an encyclopedia's "last edited" footer.
DATE_FOOTER_LINES = 40
# A line this short with a date word and no digit is a label alone ("发布日期：" in one table cell, the
# date in the next): it is read with the next line.
DATE_LABEL_ONLY_MAX_CHARS = 10
# The longest line read as a time of day alone ("14:20:05" plus spaces, "香港時間15時32分"), joined to the
# date above it.
DATE_TIME_ONLY_MAX_CHARS = 14
# A time under the headline and a metadata time this far apart are about the same publication (a later
# edit, a date-only index date); farther apart, one of them is about something else and the metadata stays.
DATE_META_SHOWN_MAX_GAP_HOURS = 24
# Zone offsets are whole steps of this: a shown time and a metadata time a whole number of steps apart
# differ by the offset the metadata states, not by an edit.
DATE_OFFSET_STEP_MINUTES = 30
# A <time datetime> this many ancestors inside a comment/reply box is a comment's time.
DATE_COMMENT_ANCESTORS = 8
# Offsets of the zones a page may name after a time (a time with no offset stated is China time, as the
# labels read it: tests/golden/FORMAT.md, even on a Japanese page).
# Zones pages write out in words after a time ("10:30（日本时间）"): overseas Chinese-language pages state
# their own zone so; 北京时间 is the corpus's zone, named so the bracket does not end the match early.
WRITTEN_ZONE_OFFSETS = {
    "日本时间": "+09:00",
    "日本時間": "+09:00",
    "东京时间": "+09:00",
    "東京時間": "+09:00",
    "韩国时间": "+09:00",
    "韓國時間": "+09:00",
    "首尔时间": "+09:00",
    "首爾時間": "+09:00",
    "北京时间": "+08:00",
    "北京時間": "+08:00",
    "台北时间": "+08:00",
    "台北時間": "+08:00",
    "香港时间": "+08:00",
    "香港時間": "+08:00",
    "新加坡时间": "+08:00",
    "新加坡時間": "+08:00",
    "格林尼治时间": "+00:00",
    "格林尼治時間": "+00:00",
    "格林威治时间": "+00:00",
    "格林威治時間": "+00:00",
    # BBC Chinese's bar: "最後更新： 2015年 10月 29日, 格林尼治標準時間 11:32".
    "格林尼治标准时间": "+00:00",
    "格林尼治標準時間": "+00:00",
    "格林威治标准时间": "+00:00",
    "格林威治標準時間": "+00:00",
}
# Zones pages write out by a city or a region keeping daylight saving ("10:25（溫哥華時間）", "美东时间 16:45",
# "10:42（巴黎时间）"): the clock of that place on that day, by IANA zone. The labels read them so (VOA at -04:00
# in June, 巴黎时间 at +02:00 in June and +01:00 in November); a written offset would be wrong half the year.
WRITTEN_ZONE_CLOCKS = {
    "美东时间": "America/New_York",
    "美東時間": "America/New_York",
    "美国东部时间": "America/New_York",
    "美國東部時間": "America/New_York",
    "纽约时间": "America/New_York",
    "紐約時間": "America/New_York",
    "美西时间": "America/Los_Angeles",
    "美國西部時間": "America/Los_Angeles",
    "美国西部时间": "America/Los_Angeles",
    "太平洋时间": "America/Los_Angeles",
    "太平洋時間": "America/Los_Angeles",
    "洛杉矶时间": "America/Los_Angeles",
    "洛杉磯時間": "America/Los_Angeles",
    "旧金山时间": "America/Los_Angeles",
    "舊金山時間": "America/Los_Angeles",
    "温哥华时间": "America/Vancouver",
    "溫哥華時間": "America/Vancouver",
    "多伦多时间": "America/Toronto",
    "多倫多時間": "America/Toronto",
    "悉尼时间": "Australia/Sydney",
    "雪梨時間": "Australia/Sydney",
    "墨尔本时间": "Australia/Melbourne",
    "墨爾本時間": "Australia/Melbourne",
    "伦敦时间": "Europe/London",
    "倫敦時間": "Europe/London",
    "巴黎时间": "Europe/Paris",
    "巴黎時間": "Europe/Paris",
    "柏林时间": "Europe/Berlin",
    "柏林時間": "Europe/Berlin",
    "莫斯科时间": "Europe/Moscow",
    "莫斯科時間": "Europe/Moscow",
}
# Every zone word a time may carry, fixed offset or wall clock: one alternation for the date grammar.
WRITTEN_ZONE_WORDS = (*WRITTEN_ZONE_OFFSETS, *WRITTEN_ZONE_CLOCKS)
# Sites whose shown times are their own country's wall clock, not China time (scrapers/localtime.py): by
# host suffix, and by <html lang> on hosts outside China, as IANA zones (Europe keeps daylight saving: RFI's
# Chinese pages print Paris time, +01:00 in winter and +02:00 in summer). Only one-zone countries: a .ca or
# .au host's city is not told by its suffix; and not Britain, whose BBC names its zone (格林尼治标准时间, GMT).
LOCAL_TIME_HOST_SUFFIXES = {
    ".jp": "Asia/Tokyo",
    ".fr": "Europe/Paris",
    ".de": "Europe/Berlin",
    "dw.com": "Europe/Berlin",  # Deutsche Welle's Chinese service, on .com
    ".nl": "Europe/Amsterdam",
    ".be": "Europe/Brussels",
    ".it": "Europe/Rome",
    ".es": "Europe/Madrid",
    ".at": "Europe/Vienna",
    ".ch": "Europe/Zurich",
}
LOCAL_TIME_LANGUAGES = {"ja": "Asia/Tokyo"}
# Zones whose day shown alone is moved too, as its midnight: Japan's was from the start and its labels hold it so
# (+09:00 midnights); Europe's day alone stays that day (DW's labels at +08:00 7+3 to 2).
LOCAL_TIME_DAY_ZONES = frozenset({"Asia/Tokyo"})
NAMED_TZ_OFFSETS = {
    "Z": "+00:00",
    "GMT": "+00:00",
    "UTC": "+00:00",
    # temps universel: RFI's Chinese pages keep the French word after the time (15/05/2009 09:42 TU)
    "TU": "+00:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "HKT": "+08:00",
    **WRITTEN_ZONE_OFFSETS,
}
MIN_PARAGRAPH_CHARS = 2
# A 2024 portal's recommend feed shows 40-60 stories under one label: all of them are the list.
MAX_RELATED_ITEMS = 100
# Generic body choice (scrapers/density.py): lines shorter than this (without link text) carry no weight;
# punctuation counts this many times a character, since prose has it and menus do not; a container's
# parent gets this share of the container's score.
DENSITY_MIN_LINE_CHARS = 8
DENSITY_PUNCTUATION_WEIGHT = 4
DENSITY_PARENT_SHARE = 0.5
DENSITY_GRANDPARENT_SHARE = 0.25
# A body line is navigation, not prose, when more than this share of it is link text.
MAX_LINK_SHARE_IN_PARAGRAPH = 0.5
# Lines read around the headline for the publish time and the byline.
HEADER_LINES_BEFORE_TITLE = 3
HEADER_LINES_AFTER_TITLE = 12
# Bylines (scrapers/byline*.py): a line longer than this is never a byline bar; a story line (with
# sentence punctuation) is read only for a bracketed credit within this many characters of its start
# (the dateline "新华社北京5月1日电（记者 张三）"); a handle after 作者/编辑 and a 来源 outlet longer than
# these are prose, not a name.
BYLINE_MAX_LINE_CHARS = 120
BYLINE_DATELINE_CHARS = 40
# The longest place a dated dispatch glues after its outlet ("华龙网重庆5月6日讯"; 黑龙江哈尔滨, 内蒙古呼和浩特).
BYLINE_DISPATCH_PLACE_CHARS = 8
# A credit bracket followed by at least this many characters of text without a gap opens a story line, even
# cut before its full stop ("（中央社記者X花蓮12日電）花蓮縣今年文旦柚產季"): a bar's parts are spaced.
BYLINE_STORY_RUN_CHARS = 7
# A blog host of this many labels or more names an account in its first one ("xiaoyu.pixnet.net").
BYLINE_ACCOUNT_HOST_LABELS = 3
# A page without its own address belongs to the account blog its links name this often (its navigation, its
# other posts); a commenter's blog is linked once or twice.
BYLINE_OWN_BLOG_MIN_LINKS = 4
# The headline's next elements read for a post's account bar (bylineaccountbar): the bar, a box around it, a tag row.
BYLINE_ACCOUNT_BARS = 3
# Levels of a page's state JSON searched for the object holding the headline (Next.js nests it ~5 deep).
BYLINE_STATE_DEPTH = 8
# A sentence this short before a closing agency ("旺角街頭人流如鯽。（法新社）") is a picture's caption, not
# a story's last line: its agency credits the picture.
BYLINE_CAPTION_CHARS = 20
# Digits a wire prints after its closing credit ("（編輯：陳仁華）1060914": the story's date code).
BYLINE_TRAIL_CODE_DIGITS = 8
# Lines of a 信息公开 index table read above its title cell (a label and its value are two lines each).
BYLINE_INDEX_TABLE_LINES = 16
# Label-over-value rows running up from a headline that make the lines above it a page's metadata table
# (a story's closing lines never alternate so; two rows are a bar's time and counter as often).
BYLINE_META_TABLE_ROWS = 4
# Elements walked up from the story's container to the microdata item holding it (an answer, a post).
BYLINE_ITEM_LEVELS = 6
# How far above a forum thread's subject the first post's user card may start (its name, then its stats).
BYLINE_POSTER_LINES = 14
# How many of a story's first lines may hold a reprint notice naming its origin ("本文来自微信公众号…").
BYLINE_REPRINT_LINES = 3
# A reprint notice's writer clause may follow an outlet of up to this many characters ("，北京日报记者 X，").
BYLINE_REPRINT_LEAD_CHARS = 8
# A site rule whose bar selectors miss: this many elements after the headline are read as bars, elements apart.
BYLINE_BARS_AFTER_HEADLINE = 3
# A headline alone in its wrapper (``<div class=hd><h1>…</h1></div>``): the bars follow the wrapper, this many
# wrappers up.
BYLINE_HEADLINE_WRAPPERS = 2
# How deep into a box after the headline its bars are read with their elements apart (a bar inside the box).
BYLINE_BAR_NEST_LEVELS = 2
# The longest box whose runs between its blocks and line breaks are read as bars (a meta bar with its tools).
BYLINE_RUNS_MAX_CHARS = 300
# Elements right after the story read for a post footer's marked writer (entry-footer, a share bar before it).
BYLINE_FOOTER_ELEMENTS = 2
# Lines right under a post's headline read for its dated meta line (a saver's or poster's line; bylinemetaline).
BYLINE_META_LINES = 4
# How far into the byline region the headline is looked for above that meta line (menus and a banner above it).
BYLINE_META_TITLE_REACH = 12
# Lines after the story's last that still count as its header window (a credit line under the story):
# further down come related lists and sidebars, whose credits name other stories' writers.
BYLINE_LINES_AFTER_STORY = 2
# Elements of one byline bar read for the markup's author (a bar is a few spans and links; a line whose
# block is a whole story container is cut short).
BYLINE_BAR_MAX_ELEMENTS = 60
# A reporter's name glued to the place in a wire dateline ("記者吳欣紜台北3日電"): three characters, the usual
# length of a Chinese name, when the name and place run five characters or more (else two).
BYLINE_DATELINE_NAME_CHARS = 3
# A standalone label line ("来源：" waiting for its value, "【责任编辑：张三】") is at most this long.
BYLINE_SHORT_LINE_CHARS = 40
# How far up a poster card's tool link (查看资料 in its menu list) the card holding the bold name may be.
BYLINE_CARD_LEVELS = 4
# Writers on a line of their own each after a unit or a post ("骨科 谢文博 康复医学科 邱蕾"): at most this many pairs.
BYLINE_MAX_UNIT_PAIRS = 3
# Lone parts (a name, an outlet) each a line under a time-only line, read as that bar's (bylinebare.split_bars).
BYLINE_SPLIT_BAR_PARTS = 3
# A word glued before a field's label that qualifies it (发布/更新 before 日期, 最后更新 before 时间): a metadata
# row still opens with its label (bylinetail's field list under the story).
BYLINE_LABEL_QUALIFIER_CHARS = 4
BYLINE_MAX_HANDLE_CHARS = 16
# A breadcrumb (``凤凰网 > 大风号 > 正文``): at least this many steps, each at most this long (a menu's words).
BYLINE_CRUMB_STEPS = 3
BYLINE_CRUMB_STEP_CHARS = 16
# A section is linked twice at least (the post's category link and the site's menu): a source shown only
# so is the site's own shelf (``bylinemetaline``).
BYLINE_SECTION_LINKS = 2
BYLINE_MAX_SOURCE_CHARS = 30
# Unlabelled byline parts (scrapers/bylinebare.py): an outlet name without a 来源 label is at most this
# long, and a meta bar holding more unlabelled parts than this is a menu or a list, not a byline.
BYLINE_MAX_OUTLET_CHARS = 15
BYLINE_MAX_BARE_PARTS = 4
# The byline region (scrapers/bylineregion.py): at most this many lines under the headline, before the story.
BYLINE_REGION_LINES = 8
# Names longer than this that end like a unit (党支部, 中心, 办公室) are an organisation, not a person.
BYLINE_MAX_PERSON_CHARS = 4
# An institution's office printed after it as one source (國立中興大學 秘書室, … 秘書室公共事務組): this long at most.
BYLINE_MAX_OFFICE_CHARS = 8
# "宣传部 李华": a unit name before a writer's is at least this long (a two-character "王科" is a person).
BYLINE_MIN_UNIT_CHARS = 3
# Closing lines of the generic body read for credits the story filter drops ("【编辑：姚昊】").
BYLINE_TAIL_LINES = 4
# The page's last lines, where the copyright footer names the site's own brand (bylinebrand).
BYLINE_FOOTER_LINES = 12
# A linked text this long opening a line past the story is a list's headline: its card's credits are not the
# story's (bylinebar.list_starts). A headline has 8 characters or more; a linked name or outlet fewer.
BYLINE_LISTED_TITLE_CHARS = 8
# The same inside a list item (<li>): a related list's short headline ("舞龙舞狮的起源") still makes it a card.
BYLINE_ITEM_TITLE_CHARS = 5
# A rule's source element is a list card's when an element this close around it (parents), no longer than a
# card (characters), links a headline of its own (bylinesource.in_card).
BYLINE_CARD_DEPTH = 3
BYLINE_CARD_MAX_CHARS = 120
# An account's card beside its avatar: its name, then the post's time within this many texts (a place, a badge between).
ACCOUNT_CARD_TEXTS = 4
# The shortest outlet word (本报, 每经) that, glued before the line's reporter label, makes 编辑 glued after it
# a label too (bylineoutlet.shared_outlet): one character is as often the end of a name.
BYLINE_OUTLET_MIN_CHARS = 2
# The longest line read as a label standing alone before its value's element ("信息来源：", "Source:").
BYLINE_LABEL_CHARS = 8
# Text lines after a rule's body read for the editor's credit (scrapers/bylinetail.py): a share bar and
# the credit's own element, not the related list below them.
BYLINE_LINES_AFTER_BODY = 8
# Past those, as far as a 责任编辑/责编 credit is still read for a rule's page that names no editor: 2008-2009
# portal templates (163, ifeng) print it under the related list, with the story's source and writer.
BYLINE_EDITOR_REACH_LINES = 60
# A byline bar's elements read apart (scrapers/bylinebar.py) at most this deep: a deeper run is no bar.
BYLINE_BAR_MAX_DEPTH = 4
# A headline candidate found in <title>/og:title must be at least this share of it (so the site or
# section name that <title> also carries does not win), and this long.
TITLE_MIN_SHARE_OF_PAGE_TITLE = 0.4
TITLE_MIN_CHARS = 4
TITLE_MAX_CHARS = 120
# How many lines before the body are searched for a headline when <title> names only the site.
TITLE_SEARCH_LINES = 15
# How many lines above a lower heading taken as the headline a higher one is looked for: the deck sits right
# under its headline.
TITLE_DECK_LINES = 2
# A heading that is exactly the headline segment of <title> may be this short (wiki entries: 苏州).
TITLE_EXACT_MIN_CHARS = 2
# Site furniture (scrapers/sitenames.py): a site name, logo alt or slogan is at most this long, and
# <title>/og:title segments that are these generic words name no story.
TITLE_SITE_NAME_MAX_CHARS = 30
TITLE_GENERIC_WORDS = frozenset({"首页", "主页", "网站首页", "正文", "详情", "home", "homepage", "index"})
# A <title> segment opening with one of these credits the forum or blog engine (Powered by Discuz!).
TITLE_ENGINE_CREDITS = ("powered by", "proudly powered by")
# Child elements of a heading that are badges, not words of the headline: <span>原创</span>, [置顶].
TITLE_BADGES = frozenset(
    {"原创", "独家", "首发", "置顶", "精华", "推荐", "荐", "热", "新", "图", "组图", "视频", "转载", "专题"}
    # A Q&A question's status badge before it (<span class="ico-solved">已解决</span>一岁多宝宝…).
    | {"已解决", "待解决", "已解決", "待解決", "已关闭", "已采纳", "零回答", "悬赏"}
)
# A heading this short naming a box (相关推荐, 24小时排行, 热榜) is a box's, never the story's headline: a rule's
# title selector hitting it (guancha's "li.left-main > h3" on a template whose <h3> heads the lists) takes the next.
TITLE_BOX_MAX_CHARS = 8
# A comments box's heading (最热评论, 网友評論) is no headline either.
TITLE_BOX_WORDS = ("排行", "排名", "热榜", "熱榜", "为您推荐", "为你推荐", "24小时", "24小時", "评论", "評論")
# Tools a template puts in brackets inside a heading ([编辑], 【打印】【关闭】): dropped like badges; any other
# bracketed child, a series number （二） or a note （附全文）, is part of the headline.
TITLE_TOOL_WORDS = frozenset({"打印", "关闭", "编辑", "收藏", "分享", "评论", "纠错", "复制链接", "大", "中", "小"})
# Body plausibility (scrapers/plausible.py): a chosen body failing one test is rejected and the next
# density candidate tried (at most PLAUSIBLE_CANDIDATES of them). Links or written-out URLs above these
# shares make a link list, not a story.
PLAUSIBLE_CANDIDATES = 8
PLAUSIBLE_MAX_LINK_SHARE = 0.5
PLAUSIBLE_MAX_URL_SHARE = 0.3
# A body this short that names an address, phone, copyright or ICP number is the page footer.
FOOTER_MAX_CHARS = 200
# Keyword spam: lines of at least this many Chinese characters with under one punctuation mark per 50 of
# them, or under one sentence end per 400 (prose has one every 20-60), making up over SPAM_MAX_SHARE of
# the body's text.
SPAM_MIN_CJK_CHARS = 300
SPAM_MAX_SHARE = 0.5
SPAM_MIN_PUNCTUATION_PER_CJK = 0.02
SPAM_MIN_SENTENCES_PER_CJK = 0.0025
# A body shorter than this share of the longest prose line elsewhere on the page is a side block.
PLAUSIBLE_MIN_SHARE_OF_LONGEST = 0.5
# A candidate whose own id/class or that of one of this many levels above it names a widget (login,
# payment, comment box) is rejected: its notice is not the story, however well punctuated.
WIDGET_NAME_LEVELS = 3
# Sibling join (scrapers/siblings.py): blocks next to the chosen body, up to SIBLING_LEVELS levels up,
# continue the story when at most this share of their text is links and their prose weighs at least
# SIBLING_MIN_WEIGHT_SHARE of the chosen block's (or every line of it is a finished sentence).
SIBLING_LEVELS = 2
SIBLING_MAX_LINK_SHARE = 0.2
SIBLING_MIN_WEIGHT_SHARE = 0.3
# A block holding this share of its character pairs in the chosen body restates it (a summary box).
SIBLING_REPEAT_SHARE = 0.8
# A link block or a named aside this short between two parts of a story is an ad slot: stepped over.
SIBLING_SKIP_MAX_CHARS = 20
# An inline card (a 相關文章 teaser with its summary, an ad box) of at most this many characters between two
# parts of a story is stepped over when a block after it continues the story; at most this many in a row.
SIBLING_CARD_MAX_CHARS = 400
SIBLING_CARD_RUN = 2
# The story's opening above its container (scrapers/lede.py): finished sentences between the headline and
# the body, read within this many lines above the body, and kept when they hold at least LEDE_MIN_CHARS.
LEDE_MAX_GAP_LINES = 30
LEDE_MIN_CHARS = 20
# A candidate whose story lines come, at least TEASER_MIN_ITEMS of them and TEASER_MIN_SHARE of all, right
# after a line at least TEASER_TITLE_LINK_SHARE link text and TEASER_TITLE_MIN_CHARS long (a linked title) is
# a teaser stream, no story.
TEASER_MIN_ITEMS = 3
TEASER_MIN_SHARE = 0.5
TEASER_TITLE_LINK_SHARE = 0.8
TEASER_TITLE_MIN_CHARS = 10
# A block up to ASIDE_LEVELS below the story container named as an aside (related, share, tags) is dropped
# when it holds at most this share of the container's text (more, and it is a misnamed wrapper).
ASIDE_MAX_SHARE = 0.4
ASIDE_LEVELS = 2
# ... and so is a block there whose text is more than this share links (a navigation box, a reading list).
ASIDE_LINK_SHARE = 0.5
# ... and so is a fact box: at least FACT_BOX_MIN_LINES lines of at most FACT_BOX_MAX_CHARS, none a sentence,
# FACT_BOX_LABEL_SHARE of them "label：value" (or a <dl>): a poster's card, an encyclopedia's fact list.
FACT_BOX_MIN_LINES = 4
FACT_BOX_MAX_CHARS = 16
FACT_BOX_LABEL_SHARE = 0.5
# Recommendation feeds (scrapers/feeds.py): an element listing at least FEED_MIN_ITEMS link-led items (a
# linked title, then a punctuated snippet; FEED_ITEM_MAX_CHARS at most each) that hold FEED_MIN_ITEM_SHARE of
# its text is a feed. A candidate whose text is over FEED_MAX_SHARE feed (itself, or boxes up to FEED_LEVELS
# below) is passed over; a feed next to the story ends the sibling join, and one inside it is cut.
FEED_MIN_ITEMS = 4
FEED_ITEM_MAX_CHARS = 300
# An item's linked title is at least this long: a user name leading a post or a comment is shorter.
FEED_TITLE_MIN_CHARS = 8
FEED_MIN_ITEM_SHARE = 0.6
FEED_MAX_SHARE = 0.5
FEED_LEVELS = 2
# A sibling block with a time stamp line (a date with a time of day) among its first SIBLING_STAMP_LINES
# lines opens with its own header: another story, a comment or a post, never the story's continuation.
SIBLING_STAMP_LINES = 3
# Forum threads (scrapers/posts.py): at least POST_LIST_MIN_POSTS sibling blocks of one shape, each with a
# time stamp line of at most POST_STAMP_MAX_CHARS, found up to POST_LIST_LEVELS levels above the chosen
# body, are a post list; its first post is the story when it holds FIRST_POST_MIN_CHARS of story text
# (a live blog's entries are stamped too, but short).
POST_LIST_MIN_POSTS = 3
POST_STAMP_MAX_CHARS = 60
POST_LIST_LEVELS = 8
FIRST_POST_MIN_CHARS = 100
# Where the related detector guesses the story (relatedanchor): <p> paragraphs holding less Chinese than this
# in one parent are no story (a footer's two lines), and a story written in <div> paragraphs is looked for.
RELATED_ANCHOR_STORY_CJK = 120
# Lines of at least this many characters, with sentence punctuation, count as "prose elsewhere".
PROSE_LINE_MIN_CHARS = 40
# A readers' section under the story (``comments``): its heading is at most COMMENTS_HEADING_MAX_CHARS long
# (网友评论 with its bracketed note), and at least COMMENTS_MIN_STAMPS of the COMMENTS_STAMP_WINDOW lines
# after it carry a comment's own date and time of day.
COMMENTS_HEADING_MAX_CHARS = 30
COMMENTS_STAMP_WINDOW = 8
COMMENTS_MIN_STAMPS = 2
# A rejected body candidate whose text is more than this share notices (rights, disclaimers) is a notice box:
# passed over without counting as a rejection (``plausible.choose_story``).
NOTICE_BOX_MIN_SHARE = 0.5
# A notice box is a few lines: a candidate with more is not read line by line for notices.
NOTICE_BOX_MAX_LINES = 6
# Confidence: full for a body of CONFIDENT_BODY_CHARS with one punctuation mark per
# 1/CONFIDENT_PUNCTUATION_PER_CJK characters; never below CONFIDENCE_FLOOR when plausible; implausible
# bodies (kept only when every candidate failed) get IMPLAUSIBLE_CONFIDENCE. Each rejected candidate
# before the chosen one multiplies it by CONFIDENCE_PER_REJECTION.
CONFIDENT_BODY_CHARS = 300
CONFIDENCE_SAMPLE_CHARS = 1000
CONFIDENT_PUNCTUATION_PER_CJK = 0.04
CONFIDENCE_FLOOR = 0.3
IMPLAUSIBLE_CONFIDENCE = 0.1
CONFIDENCE_PER_REJECTION = 0.85
# Topic check: a plausible body holding under TOPIC_OFF_COVERAGE of the headline's Chinese character
# pairs gives way to a later plausible candidate holding at least TOPIC_ON_COVERAGE; only for headlines
# of at least TOPIC_MIN_PAIRS pairs (a <title> that is just the site name says nothing of the story).
TOPIC_OFF_COVERAGE = 0.1
TOPIC_ON_COVERAGE = 0.5
TOPIC_MIN_PAIRS = 6
# The <title>'s first segment is the headline unless it is under this share of the longest segment's length.
TOPIC_FIRST_SEGMENT_SHARE = 0.5
# A site rule's body shorter than this is checked against the generic extractor's choice (a walk of
# the page, so only for short bodies): the generic body wins when plausible and this many times longer.
RULE_CHECK_BELOW_CHARS = 200
RULE_FALLBACK_LENGTH_FACTOR = 3
# A line this short that says the text may not be reprinted (未经授权不得转载) is a copyright notice.
RIGHTS_LINE_MAX_CHARS = 80
# A line of credit fields only (撰稿：李娜 摄影：王鹏 审核：张三) is at most this long: a roll of three or four roles.
CREDIT_FIELDS_MAX_CHARS = 60
# A keyword-stuffing line in the story's container (SEO tags: 小龙虾价格 潜江小龙虾 …): at least this many
# space-separated phrases, no sentence mark, this share of them holding one two-character keyword, and no
# longer than this. A list of names or a poem's line shares no keyword.
KEYWORD_LINE_MIN_PHRASES = 5
KEYWORD_LINE_SHARE = 0.6
KEYWORD_LINE_MAX_CHARS = 200
# A teaser copy of a later paragraph (导读：X……): the copied part must run at least this long to tell.
TEASER_COPY_MIN_CHARS = 12
# A line this short made only of tool words (字体 大 中 小, 打印, 关闭) is an article's tool bar.
TOOLBAR_MAX_CHARS = 40
# A call to action (扫描下方二维码关注, 1、回复【社保】查询) is a short line; a longer one is story text.
CALL_TO_ACTION_MAX_CHARS = 40
# A short line right after an image, without sentence-ending punctuation, is a photo caption.
CAPTION_MAX_CHARS = 40
# A story's fact box (DW's side list of 日期 / 作者 / 责编): lines either side of its 作者 line holding its other
# fields.
BYLINE_FACT_BOX_LINES = 3
# A block with no text but captions tells its story by them when this many are sentences (a photo gallery's).
CAPTION_STORY_MIN_SENTENCES = 2
# A line ending in a photo credit (周斌 摄) or 截图 is a caption up to this length, image or not.
CREDITED_CAPTION_MAX_CHARS = 80
# Related headings are a small grammar: a prefix saying "related" and a noun naming what is listed
# (相关 + 新闻 = 相关新闻, 延伸 + 阅读, traditional 相關 + 報導 …), plus fixed phrases. Nouns for tags,
# searches, topics or departments (相关标签, 相关搜索, 相关专题, 相关部门) are left out on purpose.
RELATED_HEADING_PREFIXES = (
    *("相关", "延伸", "关联", "扩展", "拓展", "同类", "相關", "關聯", "擴展"),
    # "Similar" says related as plainly (a CMS plugin's 相似文章, a blog's 类似文章, 類似新聞).
    *("相似", "类似", "類似"),
    # "Concerning" (RFI's 有关报道 over its coverage of the subject).
    *("有关", "有關"),
)
RELATED_HEADING_NOUNS = (
    *("内容", "阅读", "新闻", "推荐", "文章", "报道", "资讯", "事件", "链接", "稿件", "视频", "图片", "图集"),
    *("作品", "诗文", "诗词", "书籍", "小说", "问答", "博文", "课程", "游戏", "词条", "条目", "专栏", "知识"),
    *("帖子", "文件", "日志", "解读", "政策", "信息", "问题", "报导"),
    # A school's or a government office's notices: 相关通知 / 相关公告 over the office's other notices, as
    # 相关新闻 over a paper's other stories.
    *("通知", "公告", "通告", "公示"),
    # Reviews and guides: a film, book or product site's other pieces on the same subject (相关影评, 相关测评);
    # a document-sharing site's other documents (相关文档).
    *("影评", "书评", "乐评", "剧评", "评测", "测评", "攻略", "影評", "書評", "評測", "文档", "文檔"),
    # A recipe site's other recipes (相关菜谱, 相关食谱): its stories are recipes.
    *("菜谱", "食谱", "菜譜", "食譜"),
    # A forum's 主题 is a thread (phpwind/Discuz 相关主题 over a list of threads); see RELATED_HEADINGS_ALONE.
    # Not 话题: a finance wire's 相关话题 is a row of subject tags (cls.cn), though Douban's lists threads.
    *("主题", "主題"),
    *("內容", "閱讀", "新聞", "推薦", "報導", "報道", "資訊", "連結", "影片", "圖片", "書籍"),
    # A finance wire's flashes (相关电报, 相关快讯): its one-paragraph items, as 相关新闻 over a paper's stories.
    *("电报", "快讯", "電報", "快訊"),
    # Hong Kong and Taiwan schools' and offices' "related news" (相關消息, 相關訊息), and a diary site's other
    # entries (豆瓣's 相关日记), as 相关日志 over a blog's.
    *("消息", "訊息", "日记", "日記"),
)
# A topic joined to a story noun either way round (相关专题及文章, 相关新闻与专题, 相關專題與報導): the box lists
# the topic's stories beside its hub, a related list (blind82n's label), where 专题 alone names the hub only
# (RELATED_REJECT_HEADINGS).
# Each script with its own words only: the alternatives stand first in every heading search, so no mixed pair.
RELATED_TOPIC_JOINED = tuple(
    f"{prefix}{first}{joint}{second}"
    for prefix, topic, joints, nouns in (
        ("相关", "专题", ("及", "与", "和", "、"), ("文章", "新闻", "报道", "资讯")),
        ("相關", "專題", ("及", "與", "和", "、"), ("文章", "新聞", "報導", "報道", "資訊")),
    )
    for joint in joints
    for noun in nouns
    for first, second in ((topic, noun), (noun, topic))
)
# Headings that name a list only standing alone over it: with links beside them in one line (相关主题 光伏
# 电力设备) they label a row of topics, and the box after them is another (相关股票), not their list.
RELATED_HEADINGS_ALONE = ("相关主题", "相關主題")
# A heading's section holding the guessed story is no list when the story is this long and mostly unlinked
# text (an e-paper's 往期回顾 link above everything); a shorter guess may be a list's own item.
RELATED_AROUND_STORY_MIN_CHARS = 200
# A medium's highlights (更多精彩视频, 精彩图集: the channel's picks, other programmes) under 更多精彩, a related
# heading otherwise: the medium names the site's video or picture channel, as 图片新闻 names its box. Unless a
# related word says otherwise (相关精彩视频).
RELATED_HIGHLIGHT_LABELS = (
    "精彩视频",
    "精彩图片",
    "精彩图集",
    "精彩直播",
    "精彩节目",
    "精彩視頻",
    "精彩圖片",
    "精彩圖集",
)
# Not "More from …" (the section's latest, not about the story) nor "Recommended for you" (a feed).
RELATED_HEADINGS_LATIN = (
    *("Related", "Related Stories", "Related Articles", "Related News", "Related Coverage", "Related Content"),
    *("Related Reading", "Related Posts", "Related Links", "See Also"),
)
# "You may (also) (will) like", the personal feed's other wording, grammar-built: 你可能也喜欢, 您可能还喜欢,
# and with the modal 会 (你可能也会喜欢, Taiwan's 你可能也會喜歡), simplified and traditional. Longest first.
RELATED_MAY_LIKE = tuple(
    sorted(
        {
            f"可能{also}{will}{like}"
            for (alsos, will_word, like) in ((("也", "还"), "会", "喜欢"), (("也", "還"), "會", "喜歡"))
            for also in (*alsos, "")
            for will in (will_word, "")
            if also or will
        },
        key=len,
        reverse=True,
    )
)
RELATED_HEADINGS = (
    # First: a regex alternation takes the first alternative that matches, and 相关文章 must not cut 相关文章及专题.
    *RELATED_TOPIC_JOINED,
    *(prefix + noun for prefix in RELATED_HEADING_PREFIXES for noun in RELATED_HEADING_NOUNS),
    # The same with the particle (相关的新闻), and a blog theme's "与本文相关的文章" (本文 would exceed the slack).
    *(
        f"{lead}{prefix}的{noun}"
        for lead in ("与本文", "與本文", "")
        for prefix in ("相关", "相關")
        for noun in ("文章", "新闻", "内容", "新聞", "內容")
    ),
    *("推荐阅读", "往期推荐", "热点推荐", "猜你喜欢", "更多精彩", "参见", "另见"),
    # A forum's similar threads (Douban group's 相似话题): similar makes 话题 a thread, where 相关话题 alone is a
    # row of subject tags (see RELATED_HEADING_NOUNS).
    *(f"{prefix}{noun}" for prefix in ("相似", "类似", "類似") for noun in ("话题", "話題")),
    # "More related", "this story's related" with the noun left out (更多相关, 本文相关): the related word
    # after a word naming the story or more of it. Not 更多阅读: a DedeCMS template (pinshiwen) heads its
    # 上一篇/下一篇 pair with it, and a heading over no list hides the list found elsewhere.
    *("更多相关", "本文相关", "文章相关", "更多相關", "本文相關"),
    # "Further reading" in Chinese (a translated blog's or a wiki-like site's closing list).
    *("进一步阅读", "參考閱讀", "参考阅读"),
    # An account's earlier posts on the subject (WeChat and its reposts close with these as with 往期推荐).
    *("往期回顾", "往期精选", "往期精彩", "往期阅读"),
    # "You may be interested in" lines (dedecms 您可能感兴趣的文章). Not 为您推荐 / 为你推荐 / 精彩推荐 /
    # 图片推荐: the labelled portal pages (163, ifeng, stcn) show those as site-wide recommendation feeds.
    # DedeCMS's default wording closes with a noun ("您可能感兴趣的文章"): longest first, so that the noun
    # is part of the heading and only 您 is left over (the alternation takes the first that matches).
    *(f"可能感兴趣的{noun}" for noun in ("文章", "内容", "新闻", "资讯")),
    *("猜您喜欢", "可能感兴趣"),
    # "Guess what you'd read": unlike 猜你喜欢 a related heading, even over a feed's markup (the batches label
    # every such list after a story, four of four, a sina.cn feed-card among them).
    *("猜你想看", "猜您想看"),
    *("推薦閱讀", "熱點推薦", "猜你喜歡"),
    # The same in traditional spelling (HK01's 你可能感興趣 over its cards).
    *(f"可能感興趣的{noun}" for noun in ("文章", "內容", "新聞", "資訊")),
    *("猜您喜歡", "可能感興趣"),
    # Japanese: 関連 ("related") and what is listed, as in Chinese; a town hall's page closes with 関連リンク
    # or 関連ページ / 関連情報 (its other pages and files on the subject), a blog with 関連記事 / 関連エントリー.
    *(f"関連{noun}" for noun in ("記事", "ニュース", "リンク", "ページ", "情報", "エントリー", "コンテンツ")),
    # A personal feed in other words ("你可能也喜欢", a blog theme's "您可能还喜欢"): weak, like 猜你喜欢.
    *RELATED_MAY_LIKE,
    # Japanese blogs and local papers: "also read this" (あわせて読みたい) over the same list as 関連記事.
    "あわせて読みたい",
    # English pages (HK/SG portals, wire services): Title Case, Sentence case and UPPER CASE alike.
    # Longest first: an alternation takes the first that matches, and "Related" must not cut "Related News".
    *(
        case(h)
        for h in sorted(RELATED_HEADINGS_LATIN, key=len, reverse=True)
        for case in (str, str.upper, str.capitalize)
    ),
)
# A label over a feed that only says "more stories" (Yahoo's 更多新聞 over its stream of cards after the story):
# it names no other kind of box (图片新闻, 精彩视频 do), so the feed after the story is the page's list when no
# heading labels one, as 猜你喜欢 alone is. Not a related heading: beside a 延伸閱讀 list it is the site's.
RELATED_MORE_STORIES = r"更多(?:新闻|新聞|文章|资讯|資訊|报道|報導)|(?i:more (?:stories|news|articles))"
# Of the headings above, a personal feed's ("guess what you like": picked by reader, not by story). It is the
# page's list only when no other heading labels one: beside a 相关阅读 list it is a feed (README's convention;
# the blind batch's labels agree), alone after the story it is what the page relates (the labelled dev pages).
# A hot-news pick (热点推荐) is one too: FORMAT lists it, and excludes site-wide hot sidebars; beside a 相关稿件
# list or in a side column (blind's and blind10's labels) it is the site's. So is 更多精彩 ("more highlights"):
# toutiao heads its endless feed of random stories with it.
RELATED_WEAK_HEADINGS = (
    *("猜你喜欢", "猜您喜欢", "猜你喜歡", "热点推荐", "熱點推薦", "更多精彩"),
    *RELATED_MAY_LIKE,
    # "You may be interested in" (HK01, HKET): the related list where it is the only one after the story, a
    # lifestyle feed beside a 相關新聞 list or a hot list.
    *("可能感兴趣", "可能感興趣"),
)
# Every heading above contains one of these: the cheap first filter when searching a page for headings.
RELATED_HEADING_MARKERS = (
    *(
        "相关",
        "延伸",
        "关联",
        "扩展",
        "拓展",
        "同类",
        "相關",
        "關聯",
        "擴展",
        "阅读",
        "推荐",
        "喜欢",
        "精彩",
        "参见",
        "想看",
    ),
    *("另见", "感兴趣", "往期", "相似", "类似", "類似", "有关", "有關"),
    *("閱讀", "推薦", "喜歡", "感興趣", "関連", "読みたい"),
    # Latin markers are searched for whole (related.py), each one more scan of the text: few, whole words.
    *("Related", "RELATED", "See also", "See Also", "SEE ALSO"),
)
# Where a related item keeps its URL when it is no plain link: cards whose <a> goes to javascript:, or
# <div>/<li> cards with no <a> at all, navigated by script (toutiao, qq, mobile templates).
RELATED_URL_ATTRS = (
    *("data-href", "data-url", "data-link", "data-jump-url", "data-jumpurl", "data-target-url"),
    # The item's own page named for what it is (feed cards of 2020s apps and their web views).
    *("data-item-url", "data-article-url", "data-news-url", "data-detail-url", "data-jump"),
)
# Click handlers that navigate (2010s list items with no <a>, anchors with href="javascript:;"): the URL is
# the string literal after one of these calls. Found by the two words all of them hold (open(, location),
# as written: script is case-sensitive, and two selectors cost less than one per call on every link query.
RELATED_CLICK_CALLS = ("window.open", "location.href", "location.assign", "location.replace", "window.location")
RELATED_CLICK_WORDS = ("open(", "location")
# A site's own navigation function (onclick="window.__jump('/p/2312087.html')", goDetail('https://…')): any
# call whose first argument is a quoted path or URL, found by how that argument starts. Its URL counts only
# when shaped like a story's (a tracking call passes paths too).
RELATED_CLICK_PATH_STARTS = ("('/", "('http")
# An advert slotted between related items: named so by its own class/id or an ancestor's inside the list
# (plain words and lookarounds, matched case-blind), or carrying one of these badges as a whole element.
# Not after a digit: a CSS-in-JS hash (bbc-1w5j1ad, css-9kad) ends in the letters by chance, while an ad slot
# is named by the word (ad, ad-300x250, top_ads, ad1), or as a camelCase word (picAd, topAds, adBox: case-sensitive,
# so that "head" or "Loading" never counts).
RELATED_AD_CAMEL = r"(?-i:(?<=[a-z])Ads?(?![a-z])|(?<![A-Za-z0-9])ads?(?=[A-Z]))"
RELATED_AD_ATTRS = rf"(?<![a-z0-9])ads?(?![a-z])|{RELATED_AD_CAMEL}|advert|sponsor|guanggao|tuiguang"
# Every alternative above holds one of these (lower case): an id/class holding none is no ad, unsearched.
RELATED_AD_ATTR_PIECES = ("ad", "sponsor", "guanggao", "tuiguang")
RELATED_AD_BADGES = ("广告", "推广", "AD", "Ad", "赞助")
# A site rule whose related selectors miss looks for a related heading this many levels above its body.
RELATED_SEARCH_LEVELS = 3
# Related-list detection without a heading (scrapers/relatedlists.py). Words in an id/class naming the
# block as related (plain words joined by |, matched case-blind), and what vetoes a block whatever else
# it says.
# (rec- / rec_: the short form of recommended in rec-feed, rec_list.)
# (xg + two initials: 相关阅读 xgyd, 相关链接 xglj, 相关稿件 xggj, 相关信息 xgxx, 相关报道 xgbd …; relevant is
# English for the same.)
RELATED_BLOCK_ATTRS = (
    r"relat|relevan|xgyd|xgxw|xgwz|xgtj|xglj|xggj|xgnr|xgzx|xgxx|xgbd|xiangguan|tuijian|recommend|recomm|yanshen"
    r"|rec-|rec_"
)
# Of those, the words that say only "recommended" (a site's picks as often as this story's list), and the
# rest, which say related: a block only the first name is vetoed when its label names it otherwise (编辑推荐).
RELATED_RECOMMEND_ATTRS = r"tuijian|recomm|rec-|rec_"
# The words of RELATED_BLOCK_ATTRS that say related, not merely recommended.
RELATED_STRICT_WORDS = "|".join(
    word
    for word in RELATED_BLOCK_ATTRS.split("|")
    if not any(recommend in word for recommend in RELATED_RECOMMEND_ATTRS.split("|"))
)
RELATED_NAMED_ATTRS = r"relat|relevan|xgyd|xgxw|xgwz|xgtj|xglj|xggj|xgnr|xgzx|xgxx|xgbd|xiangguan|yanshen"
RELATED_REJECT_ATTRS = (
    r"rank|paihang|phb|(?<![a-z])hot|nav|menu|foot|header|download|comment|share|sponsor|advert"
    rf"|(?<![a-z])ads?(?![a-z])|{RELATED_AD_CAMEL}|side|right|nps"
)
# A footer named as the story's own (entry-footer, post-footer, article-foot, story_footer): its tags, author box
# and related posts, not the site's footer that "foot" in RELATED_REJECT_ATTRS vetoes.
RELATED_OWN_FOOTER_ATTRS = r"(?:entry|post|article|story)[-_]?foot"
# The words of RELATED_REJECT_ATTRS that name only where a box sits: no veto for a list under a related heading.
RELATED_REJECT_POSITION_ATTRS = r"side|right"
# A box in a side column, by its id/class words (sidebar, main-right, col-side, container_aside; not copyright,
# inside): a personal feed (猜你喜欢) there is the site's, not the story's (README: only after the story).
RELATED_SIDE_COLUMN_ATTRS = r"(?<![a-z])(?:a?side|right)"
# A personal feed's box (猜你喜欢) that its markup names the site's feed (relatedweak.py): an id/class word
# (m-feed, feeds-2iTlO0gN, feed_list; not feedback), looked for this many levels above the heading up to the
# box holding its links, or an endless-scroll control in that box. Never the related list, even alone.
RELATED_FEED_BOX_ATTRS = r"feeds?(?!back)|load-?more|load_more"
RELATED_FEED_LOAD_MORE_ATTRS = ("loadmore", "load-more", "load_more")
RELATED_FEED_BOX_LEVELS = 3
# A title image (<img alt="相關連結">) that is one link among this many of its row names a menu's page, not a list.
RELATED_MENU_MIN_LINKS = 3
RELATED_FEED_LOAD_MORE = ("加载更多", "载入更多", "加載更多", "載入更多", "Load more", "Load More", "LOAD MORE")
# A site footer's legal line (©2021 Baidu 使用百度前必读 京ICP证030173号): its links are never related items.
# A blog's copyright block under a post (Hexo NexT's 本文作者 / 本文链接 / 版权声明) is one too: its links are the
# post itself and its licence.
RELATED_LEGAL_MARKS = ("©", "ICP备", "ICP证", "版权所有", "版權所有", "Copyright", "版权声明", "版權聲明")
RELATED_LEGAL_LINE_MAX_CHARS = 200
# How deep a far related-named box's first children are followed for its own label (table, tbody, tr, td).
RELATED_LABEL_DEPTH = 4
# A block introduced by one of these is a hot list, an app promotion or a comment thread, not related.
RELATED_REJECT_HEADINGS = (
    *("热门", "排行", "排名", "热榜", "最新", "下载", "客户端", "APP", "评论", "广告", "专题"),
    # Site-wide recommendation feeds, by the labels of the 163, ifeng and stcn pages; news of the day.
    *("为您推荐", "为你推荐", "热闻", "24小时"),
    # thepaper's and others' sidebar of the day's hottest stories ("热新闻", "熱新聞").
    *("热新闻", "熱新聞"),
    *("熱門", "排名", "熱榜", "下載", "客戶端", "評論", "廣告", "專題"),
    # The same boxes in Japanese: latest (新着), ranking, popular (人気).
    *("新着", "ランキング", "人気"),
    # Readers' feeds and the site's picks (大家都在看, 看了又看, 看过本文的人还看了, 精彩推荐): every labelled
    # page with one (ifeng, toutiao, news.cn, huanqiu) calls it no related list; it names its box otherwise.
    *("都在看", "看了又看", "还看了", "還看了", "精彩推荐", "精彩推薦"),
    # A wiki's or a paper's references (参考资料 closing a 百科 entry): the sources it cites, no stories it relates.
    *("参考资料", "参考文献", "參考資料", "參考文獻"),
)
# Short link texts that advertise an app or lead to more lists, and URLs of app stores and downloads.
# A short link's tool words too: a player's or a page's feedback, report and error-report links (我要反馈, 举报).
RELATED_PROMO_WORDS = (
    *("下载", "客户端", "APP", "App", "app", "扫码", "二维码", "更多", "查看", "more"),
    *("反馈", "举报", "纠错"),
)
# A link text naming an app together with a call to action ("打开APP", "尽在新浪财经APP") at any length.
RELATED_PROMO_CALL = (
    r"(APP|App|app|客户端).*(下载|打开|安装|尽在|体验|扫码)|(下载|打开|安装|尽在|体验|扫码).*(APP|App|app|客户端)"
)
# An app's deep-link page ("/newsapp/applinks.html?s=sps_more": 打开网易新闻 查看更多) opens the app, no story.
RELATED_PROMO_URL = r"\.apk\b|itunes\.apple|apps\.apple|play\.google|/app/|[/.]app\.|appdown|download/?app|applinks?\b"
# Every alternative above holds one of these: a lower-cased URL holding none is no promotion, unsearched.
RELATED_PROMO_URL_PIECES = ("ap", "play.google")
# Links to pages that are never a story: comment threads, tag and search pages, user profiles and
# special-topic hubs (a folder under /special/ or /zhuanti/, not a page in it). "commentary" is an opinion
# story, not a comment thread, and so is a page filed by date under a plural comments/ channel folder
# (xinhua's 时评, /comments/2016-05/03/c_1118789654.htm); a singular comment/ folder stays a thread's.
RELATED_NOT_STORY_URL = (
    # 360's search (www.so.com, m.so.com) is no story; its Q&A host (wenda.so.com/q/…) holds questions.
    r"comment(?!ary)(?!s/\d{4}[-/]?\d{2})|gentie|/tags?/|/search|(?<!wenda)[/.]so\.|/user/|/member/|/login|/passport"
    # (a page there named by a story's id, zaobao's /special/report/…/story20110515-11987, is one of its stories)
    r"|/(special|zhuanti)/([^/]+/)*(?![^/]*\d{5})[^/.]*$"
    # A profile page named only by its query (/profile?xpt=120053521, /author.php?id=7): a writer's page.
    r"|/(profile|author|userinfo)(\.[a-z]+)?/?$"
    # A story's tool scripts (动易's 【告诉好友】【打印此文】 row: /Article/SendMail.asp?ArticleID=3382): its
    # print view or mail form, never another story.
    r"|/(print|sendmail|send_?to_?friend|tell_?friend|add_?fav(orite)?)[a-z_]*\.(asp|aspx|php|jsp|do|cgi)\b"
    # A topic's hub (BBC's /topics/brexit: the plural folder and a slug, no page), as a special's is; readhub
    # files its stories under a singular /topic/, which stays.
    r"|/topics/[^/.]+/?$"
    # An ad network's click redirect (a 文字链广告 under the list: sina.allyes.com/main/adfclick?…).
    r"|(?<![a-z])adf?click|allyes\.|doubleclick\.|googleadservices"
)
# A channel's index page (/china/index.shtml, /world/index_2.html): an index file in folders without a
# digit. In a dated folder (/2024-03/15/c_1130/index.html) an index file is a story (xinhua's). A page named
# only by a list word and its number (/list_25950, /channel_12.html, /node_1234.htm) is a channel's index too.
# A Q&A page's best answer: its block ends at the next answers' heading or after this many lines, and its stamp
# is a short line (the answerer's level and the time, "| 五级 | 2012-04-18 09:12").
QA_ANSWER_MAX_LINES = 60
QA_STAMP_MAX_CHARS = 40
# A page without an address of its own belongs to the site whose front page it links, when that many of its
# absolute links go there (its own navigation and stories; a footer links other sites' front pages once).
RELATED_SITE_ROOT_MIN_LINKS = 3
# What a link to the site's own front page says in a breadcrumb or a menu: one such link names the site's host.
RELATED_HOME_WORDS = frozenset(
    {"首页", "主页", "网站首页", "首頁", "主頁", "網站首頁", "本站首页", "返回首页", "Home", "HOME"}
)
RELATED_INDEX_PAGE_PATH = (
    r"^(/[^/\d]*)*/(index|default)(_\d+)?\.[a-z]+$"
    r"|^(/[^/]*)*/(list|channel|column|category|node)[_-]\d+(\.[a-z]+)?$"
)
# A query naming one item by its id (PHPCMS /index.php?m=content&c=index&a=show&catid=37&id=7944, a school's
# /index.asp?newsid=20931): a front controller showing that item, a story, not the channel index its file
# name says. A category, class, type, site or page number names a list, not an item.
RELATED_ITEM_QUERY = (
    r"(?:^|&)(?!(?:cat|class|type|site|channel|column|node|sort|page|parent)[a-z]*id=)[a-z_]*id=\d{3,}(?:&|$)"
)
# An article-like link: anchor text at least this long and a URL shaped like an article (a run of at
# least this many digits, an .html-like page, or a long opaque id).
RELATED_MIN_ANCHOR_CHARS = 8
# A title of 2-3 characters (a dish 青精饭, a poem 鹿柴, an entry 艾粄) names an item only when its URL is
# filed as the page's own (linkshape.page_sibling) and it is no pager or navigation word (上一篇 links the
# page's sibling too).
RELATED_SIBLING_MIN_TITLE_CHARS = 2
# A link filed as the page's own (page_sibling) with a text this long is a story link in an unheaded or
# marked list (a short headline, 专项债发行提速); a link to anywhere needs RELATED_MIN_ANCHOR_CHARS. In a block its
# id/class names related, a story-shaped link filed as the page is in another section is one too (老物件里的时光).
RELATED_SIBLING_MIN_HEADLINE_CHARS = 5
RELATED_SHORT_NAV_WORDS = (
    "上一",
    "下一",
    "上篇",
    "下篇",
    "前一",
    "后一",
    "首页",
    "尾页",
    "末页",
    "更多",
    "返回",
    "全文",
    "详情",
    "目录",
)
# The label a page puts before its neighbours' links (上一篇：<a>…</a> 下一篇：<a>…</a>, Previous: / Next:): the
# story before and after this one in the site's order, never related items, whatever list they sit under.
RELATED_NEIGHBOUR_LABEL = (
    r"(?:上一|下一|前一|后一|後一)(?:篇|条|條|则|則|个|個|主题|主題|帖|文)|上篇|下篇|前篇|后篇|後篇"
    r"|prev(?:ious)?(?: (?:post|article|story|entry))?|next(?: (?:post|article|story|entry))?"
)
# How many levels above a link its neighbour label is looked for (<span>上一条</span><span><em><a>…</a></em></span>).
RELATED_NEIGHBOUR_LEVELS = 3
# Parameters a site adds to a related link to count clicks by box and position (utm_* as well): no other page.
RELATED_CLICK_TRACKING_PARAMS = ("spm", "scm")
# A redirect wrapper's parameter holding the story's whole URL (encoded or not): /link?url=, /go?to=, ?target=.
RELATED_REDIRECT_PARAMS = (
    r"[?&](?:url|u|target|to|goto|dest|redirect(?:_?url)?|jump(?:_?url)?|link)=(https?(?::|%3A)[^&#]+)"
)
RELATED_URL_MIN_DIGITS = 4
RELATED_URL_MIN_ID_CHARS = 8
# An unheaded block is a list when it holds at least this many article-like items making up at least
# this share of its links; a marked block (id/class) needs this many.
RELATED_MIN_LIST_ITEMS = 3
RELATED_MIN_MARKED_ITEMS = 2
RELATED_MIN_ARTICLE_SHARE = 0.6
# Blocks without a heading are looked for after the story, at most this many levels above it; an
# unheaded list only this close, and not longer than this (a longer one is an endless feed).
RELATED_COLUMN_LEVELS = 4
RELATED_UNHEADED_LEVELS = 2
RELATED_MAX_UNHEADED_ITEMS = 20
# A list holds its story links at most this many levels down (ul > li > div > h3 > a).
RELATED_LIST_ITEM_DEPTH = 5
# An unheaded list must be about the story: at least this many of its items share at least this many
# word pieces (Chinese character pairs, Latin words) with the page's headline. Latest-news and hot lists
# that no heading labels are about anything.
RELATED_UNHEADED_MIN_TOPICAL_ITEMS = 1
RELATED_TOPIC_MIN_SHARED = 2
# A longer unheaded list is related only when at least this share of its items are about the story.
RELATED_LONG_LIST_TOPICAL_SHARE = 0.4
# ... unless it is a feed of story cards: at least this many children, this share of them alike (one tag
# and class), each alike one holding one story. A feed may run past RELATED_MAX_UNHEADED_ITEMS.
RELATED_FEED_MIN_ITEMS = 5
RELATED_FEED_ALIKE_SHARE = 0.8
# A block named related holding more links than this is a column or page wrapper, not a list.
RELATED_MAX_BLOCK_LINKS = 150
# A page whose HTML holds no related list may render it from script state (window.__INITIAL_STATE__,
# __NEXT_DATA__): an array of at least this many {title, url} objects under a key named related
# (RELATED_BLOCK_ATTRS), never under one of these keys; scripts longer than this are not read, and the
# state is searched this many levels deep.
RELATED_STATE_MIN_ITEMS = 2
# How far above a related heading its empty box is looked for a data- attribute holding the list as JSON.
RELATED_STATE_ATTR_LEVELS = 3
# A script assigning the list to a variable (var relatedNews = [...]) is a page's small data script; longer
# ones are code bundles, not searched for such assignments.
RELATED_STATE_VAR_MAX_CHARS = 20_000
RELATED_STATE_REJECT_KEYS = r"hot|rank|paihang|nav|menu|comment|advert|banner|foryou|for_you"
RELATED_STATE_MAX_CHARS = 2_000_000
RELATED_STATE_MAX_DEPTH = 8

# How far into a saved page to look for the leading <!--URL--> comment that records where it came from.
SAVED_URL_SCAN_CHARS = 2048
# Literals that several site fingerprints share (host names): the marks holding one are ruled out together by
# one search of the page (scrapers/fingerprints.py); a literal that few pages hold saves most.
FINGERPRINT_ANCHORS = (".com/", ".cn/")

# --- storage ----------------------------------------------------------------------------------------
DEFAULT_DB = "corpus.db"
SQLITE_BUSY_TIMEOUT_MS = 5000

# --- crawling ---------------------------------------------------------------------------------------
CRAWL_DEPTH = 3  # home (0) -> channel (1) -> sub-channel (2) -> article (3); a list's page 2 keeps page 1's depth
CRAWL_MAX_PAGES = 10_000  # fetches per run, all kinds; a cron run that hits it resumes next hour
CRAWL_CONCURRENCY = 16  # requests in flight over all hosts
CRAWL_PER_HOST = 2  # requests in flight to one host
# URLs in process per request slot, per host and over all hosts. A URL holds its place while it is parsed
# and stored, after its response is in; with twice as many places as request slots, the next URLs are
# fetched meanwhile, so connections do not idle while the event loop works. Requests in flight stay
# within the two limits above: the host's politeness gate and the fetcher hold the extra URLs back.
CRAWL_URLS_PER_REQUEST_SLOT = 2
# Threads that parse articles off the event loop. lexbor builds the DOM without the GIL, so two threads
# overlap parsing with fetching on a 2-core machine; more only add switching. A process pool would be
# faster still but costs a whole interpreter of memory per worker.
CRAWL_PARSE_THREADS = 2
# Minimum seconds between two request starts on one host; robots.txt Crawl-delay raises it, never lowers.
CRAWL_DELAY_S = 0.5
# A host's robots.txt Crawl-delay above this is capped, or one slow host would stall a cron run for hours.
CRAWL_MAX_CRAWL_DELAY_S = 30.0
# A URL whose retries all failed is tried again on later runs, waiting this long times 2**attempts ...
FRONTIER_RETRY_DELAY_S = 300.0
# ... until it has failed on this many runs; then it is recorded as failed for good.
FRONTIER_MAX_ATTEMPTS = 4
# A Retry-After longer than this (a server asking for a week, a date in 2099) still lets the URL be tried
# again after a day: a misconfigured header must not shelve a URL for good.
FRONTIER_MAX_RETRY_AFTER_S = 24 * 3600.0
# A guessed page one of a split story answering one of these is not there (another CMS numbers page one
# _0 or _1): the later page that led to the guess is fetched in its place.
FRONTIER_GONE_STATUSES = (404, 410)
# Pages of one multi-page article fetched and stitched (the 下一页 chain).
MAX_ARTICLE_PAGES = 20
# Generic next-page detection (scrapers/pager.py) for sites whose rule names no pager: link texts that
# mean "the next page of this story", and how many levels above the body the pager is looked for.
PAGER_NEXT_TEXTS = ("下一页", "下页", "后一页", "后页", "下一頁", "下頁", "next", "next page")
PAGER_SEARCH_LEVELS = 2
# A story whose container sits right under <body> has no wrapper holding its pager: the elements right
# after the container are searched instead (editor line, pager, related list on flat old templates).
PAGER_FOLLOWING_ELEMENTS = 3
# A page number is read as a pager link only beside this many pager items (numbers, 上一页/下一页/首页/尾页,
# the current page unlinked): a lone link numbered 2 is a list item or a footnote. Other pager words, and
# class/id fragments of the comment blocks whose own pagers are no page of the story.
PAGER_BLOCK_MIN_ITEMS = 2
PAGER_OTHER_TEXTS = ("上一页", "上页", "前一页", "首页", "尾页", "末页", "prev", "previous")
PAGER_COMMENT_HINTS = ("comment", "pinglun", "reply", "cmt")
ROBOTS_MAX_BYTES = 512 * 1024
# Sitemaps and feeds are XML; gzip sitemaps are inflated up to MAX_BODY_BYTES.
XML_CONTENT_TYPES = (
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/x-gzip",
    "application/gzip",
)
# Query parameters that only track where a click came from; dropped before a URL is queued.
TRACKING_PARAMS = (
    *("spm", "from", "fromid", "share", "share_token", "wfr", "scene", "_wv", "ref", "referer", "fbclid", "gclid"),
    # WeChat share links: __biz/mid/idx/sn identify the post, these only record who shared it.
    *("chksm", "mpshare", "srcid", "sharer_sharetime", "sharer_shareid"),
)
TRACKING_PREFIXES = ("utm_", "wx_")
# Session ids a server writes into its links (PHP, Java, ASP, ColdFusion): one page under a URL per visitor.
SESSION_PARAMS = ("phpsessid", "jsessionid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken")
# Keys that hold a session token on some sites (Discuz's sid=Ab3dE9) and an id on others (sid=12): dropped
# only when the value reads as a token, letters and digits mixed, at least SESSION_TOKEN_MIN_CHARS long.
SESSION_TOKEN_PARAMS = ("sid", "sess")
SESSION_TOKEN_MIN_CHARS = 6
# Cache-busting keys (jQuery's _=, a template's t=/ts=/rnd=): one page under a new URL on every load, so each
# rerun stored every story again. Dropped only when the value is a Unix time (10 digits: seconds, 13:
# milliseconds) or a random fraction (0.8147236...): the same keys hold ids elsewhere (phpBB's t=12345, v=2).
CACHE_BUSTER_PARAMS = ("_", "_t", "t", "ts", "timestamp", "time", "rnd", "rand", "random", "r", "nocache", "cb", "v")
# ... but a signed URL (WeChat's ?timestamp=...&signature=..., a CDN's expiring link) needs its time: with one
# of these keys in the query every pair is kept.
SIGNED_URL_PARAMS = ("signature", "sign", "sig", "token", "auth_key", "expires", "x-amz-signature")
# Generic link classification on pages of sites without list rules.
ARTICLE_ANCHOR_MIN_CHARS = 10  # headlines are long; channel names and nav links are short
PAGINATION_TEXTS = ("下一页", "下页", "后页", "next", "›", "»", ">")
LIST_MIN_ARTICLE_LINKS = 8  # an entry page linking to this many article-like URLs is a list page
# Anchors that stand for "this story" under a teaser: a link with one of these texts (or a photo with no
# alt text) at a URL the grammar cannot read is fetched and told apart by its content.
TEASER_ANCHOR_TEXTS = ("详情", "详细", "全文", "阅读全文", "查看全文", "查看详情", "阅读", "原文", "more", "read more")
# A list item's date beside its headline (05-15, 2024年5月15日 10:30); more text than this is not an item.
LIST_ITEM_EXTRA_MAX_CHARS = 40
# A channel page with few items (a sparse list) still shows this many dated headlines; a story's sidebar
# rarely dates its links.
SPARSE_LIST_MIN_DATED_ITEMS = 3
# The URL grammar (urlshape.py): what in a URL names one article, and what names navigation. Words are
# matched against whole path tokens (segments split at - _ .), lower-cased; keys against query keys.
URL_ID_MIN_DIGITS = 5  # a digit run this long in the last path segment is an id (a year alone is 4)
URL_TOKEN_MIN_CHARS = 8  # an opaque id of letters and digits: ifeng's 8ZaBcDeFgHi, wechat's /s/ links
URL_CASED_TOKEN_MIN_CHARS = 16  # a digitless id needs both cases and this length: CamelCase names are shorter
URL_SHORT_ID_MIN_DIGITS = 3  # /zgls/9291.html is an id; /xxyw/12.htm is page 12 of a list
# A query value under a key of no known meaning is an item's number from this many digits, when the page file is
# an item's view (News_Content.aspx?n=1203&s=58812): a category's or a node's numbers are shorter.
URL_QUERY_ID_MIN_DIGITS = 4
# Folders whose numbers are always items, never a channel's pages, trailing slash or not: WordPress's numeric
# permalinks and Typecho's default (/archives/231/), and a singular item word (/post/89/, /news/detail/427/). A
# channel pages as /news/2/ or /page/2/.
URL_POST_ID_DIRS = ("archives", "post", "detail", "article", "thread", "show", "view", "item")
URL_SLUG_MIN_WORDS = 3  # a-slug-of-words names a post under a date or an article directory
URL_SLUG_AFTER_ID_MIN_WORDS = 2  # after an id segment (/912345/title-slug) two words are the story's slug
# A page file under an id folder naming the account's or site's own page, not the item's view (/1234567/about.html).
URL_SITE_PAGE_WORDS = ("about", "contact", "intro", "info", "follow", "fans", "feed", "rss", "more", "all", "home")
URL_ID_KEYS = (
    *("id", "aid", "nid", "tid", "articleid", "article_id", "newsid", "news_id", "docid", "doc_id"),
    *("contentid", "content_id", "infoid", "info_id", "itemid", "postid", "post_id", "threadid"),
    *("wbnewsid", "artid"),  # 博达 VSB's content.jsp?...&wbnewsid=12345 (university and hospital sites)
    # emlog's default permalink (/?post=104, Chinese personal blogs) and XOOPS tadnews' news serial (Taiwan's
    # school sites: /modules/tadnews/index.php?nsn=1287).
    *("post", "nsn"),
)
URL_ARTICLE_DIRS = (
    *("a", "p", "article", "articles", "post", "posts", "archives", "detail", "details", "news"),
    *("story", "stories", "doc", "docs", "show", "view", "content", "read", "thread", "note"),
    *("wiki", "item", "entry"),  # encyclopedia entries: /wiki/<title>, baike's /item/<title>
)
# An article word glued after another names a story's page (newsdetail-1234): "a", "p", "doc" end too many words.
URL_GLUED_WORD_MIN_CHARS = 4
# A last segment naming a variant of the page before it (its AMP copy, a Chinese site's script): the URL
# is read without it (BBC 中文's /articles/<id>/trad, /article/123456/amp).
URL_VARIANT_SEGMENTS = ("amp", "trad", "simp", "hant", "hans")
URL_HAN_TITLE_MIN_CHARS = 2  # a path segment naming an entry by its title: 雄安新区
URL_LIST_WORDS = (
    *("list", "lists", "channel", "channels", "column", "columns", "category", "categories", "cate"),
    *("tag", "tags", "topic", "topics", "special", "zhuanti", "zt", "node", "page", "media"),
    *("author", "authors", "user", "users", "member", "members", "people", "profile", "space"),
    *("account", "accounts"),  # a platform's writer page (/account/142.html): an author's list of posts
    # a paper's reporter page (udn's /news/reporter/<token>); not "section", which folders stories too
    # (/section-news/section/11/250112/<slug>): only before a day's date does it name a page of sections
    *("reporter", "reporters"),
    *("lanmu", "pindao", "liebiao", "fenlei", "biaoqian", "zuozhe"),  # the same words in pinyin: 栏目, 频道 ...
    # A rolling news list (滚动新闻: news.qq.com/l/201004/scroll_0415.htm, sina's /roll/), in English and pinyin.
    *("scroll", "roll", "rollnews", "gundong"),
)
# A wiki's namespaces (/wiki/Category:历史): its own pages, categories and tools, never an entry.
URL_WIKI_NAMESPACES = (
    *("wikipedia", "wp", "project", "help", "special", "category", "portal", "talk", "user", "template"),
    *("file", "image", "mediawiki", "module", "draft", "topic"),
    *(
        "维基百科",
        "帮助",
        "幫助",
        "特殊",
        "分类",
        "分類",
        "主题",
        "主題",
        "讨论",
        "討論",
        "用户",
        "用戶",
        "模板",
        "文件",
    ),
)
# A folder holding one user's page by id (weibo.com/u/1234567890): a profile, not a story.
URL_PROFILE_DIRS = ("u",)
# A folder holding an author's home by a bare number (百家号's author.baidu.com/home/1601234567890123).
URL_HOME_DIRS = ("home",)
# A profile named by its kind and a number as the path's last part (DW's /zh/<name>/person-39123456, whose stories
# are /zh/<slug>/a-<number>): a writer's page, a list of their stories.
URL_PERSON_SLUG_WORDS = ("person", "author", "profile", "reporter", "columnist", "journalist")
# A writer's profile folder in a related card (简书's /u/<id> after the headline): a label, no second item.
RELATED_PROFILE_DIRS = (*URL_PROFILE_DIRS, *URL_HOME_DIRS, "user", "users", "author", "authors", "member", "people")
# A community's folder: a "topic" under it is one thread (/group/topic/123456789/, /forum/topic/5123), where
# elsewhere /topic/12345 is a news site's 专题 (a list).
URL_FORUM_DIRS = ("group", "groups", "forum", "forums", "bbs", "club", "community")
# A forum thread's page file starts with one of these: its later pages hold replies, a pager's, not a story's.
URL_THREAD_WORDS = ("post", "thread", "viewthread", "showtopic")
# An account's handle at a site's root is one of these words, an underscore and a number: the sign-up
# channel of CSDN's generated user names (weixin_, qq_, m0_, wx_) and 澎湃号's government accounts (gov_).
URL_HANDLE_WORDS = ("weixin", "wechat", "wx", "qq", "m0", "gov", "weibo", "uid")
# Pages never worth a fetch: forms, search results, comment threads, app downloads.
URL_NEVER_WORDS = (
    *("login", "logout", "signin", "signup", "register", "passport"),
    *("search", "download", "comment", "comments"),
    *("denglu", "zhuce", "sousuo"),  # 登录, 注册, 搜索 in pinyin (pinglun, 评论, is an opinion channel as often)
)
# A host's first label naming a service of the site, never a story page (comment.news.163.com, passport.x.cn).
URL_SERVICE_HOST_LABELS = ("comment", "comments", "passport", "login", "sso", "reg", "download", "dl", "pay")
URL_SEARCH_KEYS = ("q", "wd", "word", "keyword", "keywords", "kw", "query", "searchword")
# A query key whose value is the page's route (ThinkPHP's ?s=/Home/Article/detail/id/1234.html): read as a path.
# Not any key holding a path: ifeng's comment page ?docUrl=//news.ifeng.com/c/<id> is no story.
URL_ROUTE_KEYS = ("s", "r", "route")
URL_PAGER_KEYS = ("page", "pn", "paged", "pageno", "pageindex", "page_no")
ARTICLE_MIN_BODY_CHARS = 80  # a parsed "article" with less body text is a list page in disguise
# On a page that also links to LIST_MIN_ARTICLE_LINKS articles (portal articles do, through sidebars; home
# pages do, everywhere) the story must be this long: a home page's longest text block is a teaser.
STORY_MIN_CHARS_ON_LIST_PAGE = 400
# ... unless the story has its own pager (next_page_url): page one of a story split over two or three parts
# holds a half or a third of it, so a 600-character story's first part is ~200 (a channel page's dated
# teaser with a list pager is far shorter). Seen on a generated portal's index.html/index_1.html stories.
STORY_MIN_CHARS_FIRST_PART = 200

# WAL pages a crawl lets accumulate before SQLite copies them into the database (its default is 1000).
# Every article rewrites the same LSH band and index pages; a checkpoint copies each page once however
# often it changed since the last one, so checkpointing a tenth as often copies and syncs far less. The
# WAL grows to ~40 MB at most and is given back when the crawl closes the database.
CRAWL_WAL_CHECKPOINT_PAGES = 10_000

# Page cache per connection (a ceiling: it fills only with pages touched). LSH band lookups and inserts land
# on random index pages; with 64 MB the cost per added article rose 0.77 -> 1.15 ms from 10k to 200k
# articles (the band index outgrew the cache), with 512 MB it stays 0.68 -> 0.76 (bench.dedup_scale).
SQLITE_CACHE_MB = 512

# --- deduplication ----------------------------------------------------------------------------------
# Chosen by measurement: see bench/README.md "Deduplication" (python -m bench.dedup). Signatures and band
# keys stored in corpus.db depend on all of these: after changing one, run `newscorpus dedup`.
DEDUP_SHINGLE_CHARS = 4  # characters per shingle, after normalisation (punctuation and spaces removed)
DEDUP_NUM_PERM = 128  # MinHash permutations
DEDUP_BANDS = 32  # LSH bands; BANDS x ROWS must not exceed NUM_PERM
DEDUP_ROWS = 4  # signature rows per band
DEDUP_THRESHOLD = 0.48  # estimated Jaccard at or above which two bodies are the same story
DEDUP_SEED = 1  # permutation seed
# Normalised bodies shorter than this are matched by URL only: tiny bodies ("图片") are not a story.
DEDUP_MIN_CHARS = 50
# LSH candidates verified per stored cluster when an article is placed (lowest ids first). One similar
# member is enough to join; the cap keeps a cluster of thousands of near-identical pages from being
# loaded for every new one.
DEDUP_CANDIDATES_PER_CLUSTER = 8
# Containment (dedup/containment.py), chosen on the tune split by `python -m bench.dedup_sweep` (highest
# F1 at pair precision >= 0.99; bench/README.md "Deduplication"): an abridged copy is linked to the full
# story when this share of the shorter body's shingles (of CONTAINMENT_SHINGLE_CHARS characters) is in the
# longer one. Checked only on the best CONTAINMENT_CHECKS LSH neighbours that missed the Jaccard test and
# the latest TITLE_CANDIDATES articles under the same headline key (title or 原标题, at least TITLE_MIN_CHARS
# normalised characters), so placing an article costs the same at any corpus size. Normalised bodies
# shorter than CONTAINMENT_MIN_CHARS are never matched by containment.
DEDUP_CONTAINMENT_THRESHOLD = 0.5
DEDUP_CONTAINMENT_SHINGLE_CHARS = 4
DEDUP_CONTAINMENT_MIN_CHARS = 150
DEDUP_CONTAINMENT_CHECKS = 8
DEDUP_TITLE_CANDIDATES = 8
DEDUP_TITLE_MIN_CHARS = 6
# An abridged copy reports the story's figures: when the shorter body gives at least MIN_FIGURES distinct
# digit runs, this share of them must be in the longer one (templated market, match and weather reports
# share their words, not their figures).
DEDUP_CONTAINMENT_MIN_FIGURES = 3
DEDUP_CONTAINMENT_FIGURE_SHARE = 0.8
# The same figures test on the Jaccard edge (0 turns it off): daily reports (traffic, lottery, forecasts)
# and press releases share most of their words and differ in their figures, so they clear any Jaccard
# threshold a repost with a new template and a dropped paragraph clears. Swept on the tune split.
DEDUP_JACCARD_FIGURE_SHARE = 0.5
# Containment candidates per placed article among the latest articles naming the same 来源 (normalised,
# at least SOURCE_MIN_CHARS): a copy under a new headline that shares no LSH band with its original.
DEDUP_SOURCE_CANDIDATES = 8
DEDUP_SOURCE_MIN_CHARS = 2
# Common text (dedup/common.py): a sentence (at least COMMON_MIN_CHARS normalised characters) that opened
# COMMON_CLUSTERS clusters or more is template or boilerplate, and left out of the containment test of
# the article being placed (0 turns this off). Counts are kept in COMMON_SLOTS slots (a heavy-hitters
# table of fixed size, ~30 MB at 2^20: small enough for SQLite's page cache, so the cost stays flat).
DEDUP_COMMON_CLUSTERS = 4
DEDUP_COMMON_MIN_CHARS = 10
DEDUP_COMMON_SLOTS = 1 << 20
# Outlet names per site, to recognise the original in a cluster (a member whose site is the outlet that
# any member names as its 来源). Matched as substrings of the source field.
SITE_OUTLETS: dict[str, tuple[str, ...]] = {
    "163": ("网易",),
    "sina": ("新浪",),
    "qq": ("腾讯",),
    "ifeng": ("凤凰",),
    "thepaper": ("澎湃",),
    "people": ("人民网", "人民日报"),
    "xinhuanet": ("新华网", "新华社"),
    "guancha": ("观察者网",),
    "toutiao": ("今日头条",),
    "baijiahao": ("百家号",),
}

# --- archive ingest (WARC/ARC, e.g. Common Crawl CC-NEWS) -----------------------------------------
# Records per Ray task: large enough that scheduling overhead is small against parsing (~5-30 ms a
# record), small enough that two workers stay evenly loaded on a file of a few thousand records.
WARC_SHARD_RECORDS = 200
# Records per writer transaction: one fsync per batch instead of per page, while a crash loses little.
WARC_WRITE_BATCH = 500
# Shards in flight per worker CPU: keeps workers busy while the writer catches up, and bounds the
# memory the driver holds for out-of-order shards it cannot write yet.
WARC_PENDING_SHARDS_PER_CPU = 3
# When Content-Type is missing, how far into the payload to look for an HTML tag.
HTML_SNIFF_BYTES = 1024
# Read size when hashing a WARC file to recognise it on a later run.
HASH_BLOCK_BYTES = 1024 * 1024
# How much of an archive's start (inflated, when gzipped) is read to tell a WARC/ARC file from any other:
# its first line (a WARC version, or an ARC header line starting with a URL) fits well within it.
ARCHIVE_SNIFF_BYTES = 512
PROGRESS_INTERVAL_S = 0.5
# After a damaged record, the file is scanned in blocks of this size for the next record, and each
# candidate gzip member is test-inflated from this many bytes.
RESYNC_SCAN_BYTES = 1024 * 1024
RESYNC_PROBE_BYTES = 4096

# --- Parquet export -------------------------------------------------------------------------------
# Rows per Parquet file: ~100-300 MB per shard for news articles, a comfortable unit for Spark/DuckDB.
PARQUET_SHARD_ROWS = 100_000
# Rows per row group inside a file; readers skip row groups, so not one giant group per file.
PARQUET_ROW_GROUP_ROWS = 10_000

# --- hostile input (issue 16): every limit that keeps one bad page, link or file from holding a run ---
# httpx refuses URLs above 64 KB with an untyped error; real article URLs stay far below this.
MAX_URL_CHARS = 8192
# Whole time one request may take (every redirect hop, connect and body), so a server trickling a byte a
# second cannot hold a cron run; waiting for the host's politeness slot does not count.
REQUEST_DEADLINE_S = 120.0
# Content-Encoding layers decoded (gzip, deflate); a response stacking more is refused.
MAX_CONTENT_ENCODINGS = 2
# Bytes inflated per step and layer: the size cap is checked after each step, never after a whole chunk
# went through every layer (a 3 KB "gzip, gzip" body inflates to gigabytes in one go).
INFLATE_STEP_BYTES = 64 * 1024
# Parse budget, checked before lexbor builds the DOM: tags (a "<" count) and an estimate of nesting depth.
# The largest real portal pages have ~25k tags and nest ~40 deep; 1M nested divs must fail fast.
MAX_PARSE_TAGS = 200_000
MAX_PARSE_DEPTH = 1_000
# Hubs (entry points, list pages, sitemaps, feeds) may take this share of --max-pages at most, so a run
# whose hubs alone would fill the budget still reaches articles.
HUB_SHARE_OF_MAX_PAGES = 0.5
# Links one page may queue: the sitemap protocol's own limit per file.
MAX_LINKS_PER_PAGE = 50_000
# A saved page given to `parse` larger than this is refused (so is anything but a regular file).
MAX_LOCAL_FILE_BYTES = 64 * 1024 * 1024
# An archive record whose payload is larger than this is skipped with a counted reason, never read whole.
WARC_MAX_RECORD_BYTES = 64 * 1024 * 1024
# Upper bound for --delay: a politeness pause longer than this is a typo, not a policy.
MAX_DELAY_S = 3600.0

# --- search (newscorpus search; bench/search.py measures the index) --------------------------------
# Hits printed when --limit is not given.
SEARCH_LIMIT = 20
# Characters of body shown on each side of the first match in a hit's snippet.
SEARCH_SNIPPET_CONTEXT = 40
# Marks around each match in a snippet (plain text, so cron mail and `grep` keep them).
SEARCH_MARK = ("[", "]")

# --- stats and doctor (newscorpus stats / doctor) ---------------------------------------------------
# Per site rule, the latest pages (by fetch time) form the recent window, the pages before them (up to
# this many) its history; drift is the recent fill rate of a field against the history's.
STATS_RECENT_PAGES = 50
STATS_HISTORY_PAGES = 500
# The doctor judges a rule only when both windows hold at least this many pages: below it one odd page
# moves a rate by several points.
DOCTOR_MIN_PAGES = 10
# A field is reported when its fill rate fell by at least this much (absolute: 0.9 -> 0.5 is 0.4).
DOCTOR_DROP = 0.3
# Days shown in `stats` articles-per-day table.
STATS_DAYS = 14
# A block's own inline style setting bold type at least this many pixels high is set as a headline (an e-paper's
# table cell, no heading tag or class): body text is 12-16px.
TITLE_STYLED_MIN_PX = 20
# The same on an old page's <font size> scale (1-7, the default 3): 4 renders at 18px, a headline's size there.
TITLE_FONT_MIN_SIZE = 4
# The elements inside a block read for that style (a cell holding <strong><font style=…>): a headline's few.
TITLE_STYLED_ELEMENTS = 4
# A site rule's title selectors' first hits compared for a column's label opening the headline below it.
TITLE_RULE_CANDIDATES = 4
# A page's own section words (摘要, 导读, 编者按 …): as a byline value they name nobody (bylinenames), and a bar's
# text after one as a label is its abstract, not the date's sentence (datelines).
SECTION_WORDS = (
    *("摘要", "导读", "導讀", "导语", "導語", "正文", "简介", "簡介", "核心提示", "内容提要", "內容提要", "提要"),
    *("编者按", "編者按", "前言", "引言"),
)
