"""Classes learnt in session 21: from blind57's byline strings (tune material since session 20) and from blind58
(tune material once blind59 was written), as hand-written variants in other wordings, markup and sites: never
a copy of a blind page.

Bylines: a credit in round brackets ends where its bracket closes, however short the story's words after it;
an outlet's own WeChat account after 来源 stays the source, any other account (a name with its ID) is the author;
a bracket of names read alone is a story's sign-off; 发帖 glued before 时间 is the label's; a government's
release account (X发布) after a reporter's name is no second name, nor a long word no surname leads (the
account's element after the writers' names); a platform's post from an outlet's own account card keeps the
outlet as the source ("本文内容由X发布，仅代表作者观点"); a 澎湃号 channel tag over the account's card is no account;
a closing credit that is one bracket may hold a comma (（本文来自X，记者 A 通讯员 B）); on a site rule's page
the site's own name read unlabelled from the bar (its <title> brand a front-page link shows) is its brand.
From blind59 (tune once blind60 was written): an outlet set apart before an editor's credit in a closing
bracket is the source (（解放日报　编辑：胡敏）), as before a reporter's; twentyten's 此条目是由 X 发表在… ending a
sentence; an English credit's outlet after a comma is no clause (By Zhou Xin, Caixin Global); 數據來源 is
数据来源 in traditional characters (a figure's data credit, no source); the site's logo linking its front page
(index.php, default.asp) is no writer's portrait, though its alt reads like a name; a reprint notice's
editor clause (…，作者：X，编辑：Y，…经授权发布) names the editor.
From blind60 (tune once blind61 was written): an account credited as writer in the bar and as 来源 under the
story is its own post's author, no source (units excepted), on a page as on a line; 新浪看点's notice without 平台
(本文由入驻新浪看点的作者撰写) marks an account's post; 聯合報's 【聯合報╱記者X／台北報導】 sets its outlet apart; a
forum's edit note (此帖被X在…重新编辑) after the 楼主 tag names X; a poster's bold name in a card whose profile
link is an icon alone is profile-linked (phpwind 6), while a card with no profile link names nobody; a
platform's notice naming its account (本文来自网易号“X”) names the author.
A 信息公开 index table repeating the headline in its title cell, the headline again under the table: the
table's 发布机构 is the source, however many rows put its 索引号 out of the window's reach; and when the title cell
opens the table, its rows under the cell (發佈單位, 資料來源) are read.
Related lists: a tab bar (相关推荐 | 热点推荐) over one <ul> of stories: that list whole is the first tab's
pane, not its first item; two alike items each holding one link (Jetpack's <p class=jp-relatedposts-post>) are
a list, so a short title among them is an item, no card's label.
Titles: an old page's headline cell in <font size=4+><b> when <title> names only the site.
Bodies: a span of years (2006-2007年度) in <title> is one segment of it, so a site-first title's topic is the
headline, not the site's name a footer repeats; a footer in traditional characters (版權所有, 電話, TEL:) is one.
Dates: an index table's 生成日期 when nothing better shows (a visitor's 页面生成 never); a story's 最後更新
alone (BBC Chinese's bar, its zone 格林尼治標準時間) dates it when nothing better shows; a permalink's title
giving the time of day alone over a date shown alone (WordPress twentyten's <a title="下午 9:42" rel="bookmark">),
its meridiem before or after the clock; a date element's own Unix seconds (BBC's data-seconds) on that day; a
spaced dash between date and time (Drupal's 2017年3月12日 - 10:30).
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinetail import index_table_source
from newscorpus.scrapers.datelines import first_datetime
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.plausible import judge
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.sitekit import credit_author

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("新华社上海3月2日电（记者 周琳 何欣荣）上海市统计局2日发布", "周琳 何欣荣", "新华社", None),
        ("中新社广州8月9日电（记者 郭军）广东省气象台9日称", "郭军", "中新社", None),
        ("本报讯（记者 林晓 通讯员 陈宇）昨日", "林晓 陈宇", None, None),
        ("（记者 吴敏（实习））市教育局表示", "吴敏", None, None),
        ("来源：微信公众号 南方都市报", None, "南方都市报", None),
        ("来源：公众号「扬子晚报」", None, "扬子晚报", None),
        ("来源：微信公众号 深夜书房", "深夜书房", None, None),
        ("来源：小城故事会（ID：xc）", "小城故事会", None, None),
        ("（刘一鸣 赵晨）", "刘一鸣 赵晨", None, None),
        ("（孙立）", "孙立", None, None),
        ("（资料图）", None, None, None),
        ("楼主：江边钓鱼人发帖时间：2011-06-02 10:11", "江边钓鱼人", None, None),
        ("记者 周晓楠 潍坊发布 2022-03-01 09:00", "周晓楠", None, None),
        ("记者 林佳 实习生 罗敏 乐享鹭岛 乐享鹭岛", "林佳 罗敏", None, None),
        ("作者：宋明 成长日记本", "宋明", None, None),
        ("记者 欧阳晓峰 阿依古丽·买买提", "欧阳晓峰 阿依古丽·买买提", None, None),
        ("记者 王静 司马南星", "王静 司马南星", None, None),
        ("（新民晚报　编辑：许蓉）", None, "新民晚报", "许蓉"),
        ("（本报 编辑：许蓉）", None, None, "许蓉"),
        ("此条目是由 小林 发表在 旅行 分类目录的。将固定链接加入收藏夹。", "小林", None, None),
        ("數據來源：台灣統計處", None, None, None),
        ("Author: Li Na, South China Morning Post", "Li Na", None, None),
        ("By Zhou Xin, Caixin Global", "Zhou Xin", None, None),
        ("【聯合報╱記者陳怡君／台中報導】", "陳怡君", "聯合報", None),
        ("[楼主] [ 此帖被海边老周在2010-05-02 21:40重新编辑 ]", "海边老周", None, None),
        ("本文来自网易号“车圈老炮”", "车圈老炮", None, None),
        ("本文来自百家号：育儿早知道，转载请注明出处", "育儿早知道", None, None),
        ("本文来自企鹅号“新京报”", None, None, None),
        ("本文来自微信公众号“读书小站”，经授权发布。", None, None, None),
        ("【經濟日報/記者 林安妮/台北報導】", "林安妮", "經濟日報", None),
        # Since session 31 the account the notice names is the source once a writer is named (the natural batches
        # label so, 9 to 0), as a page's notice is.
        (
            "本文来自微信公众号“远川研究所”（ID：yuanchuan101），作者：何律衡，编辑：戴老板，经授权发布。",
            "何律衡",
            "远川研究所",
            "戴老板",
        ),
        (
            "本文来自微信公众号“远川研究所”（ID：yuanchuan101），作者：何律衡，经授权发布。",
            "何律衡",
            "远川研究所",
            None,
        ),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


def _blog_post(permalink_title: str, sidebar: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>重装系统小记 | 小林的博客</title></head><body><div id='main'>"
        "<div class='post'><h2 class='entry-title'>重装系统小记</h2><div class='entry-meta'>"
        "<span class='meta-prep'>发表于</span> <a href='http://blog.example.test/2013/04/reinstall/' "
        f"title='{permalink_title}' rel='bookmark'><span class='entry-date'>2013年4月8日</span></a> "
        "<span class='meta-sep'>由</span> <span class='author vcard'>小林</span></div>"
        f"<div class='entry-content'>{STORY_PROSE}</div></div>{sidebar}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "when"),
    [
        ("下午 3:05", "2013-04-08T15:05:00+08:00"),
        ("3:05 下午", "2013-04-08T15:05:00+08:00"),
        ("上午10:20", "2013-04-08T10:20:00+08:00"),
        ("8:40 pm", "2013-04-08T20:40:00+08:00"),
    ],
)
def test_a_permalinks_clock_title_over_a_date_alone(registry: Registry, title: str, when: str) -> None:
    article = parse_html(_blog_post(title), "http://blog.example.test/2013/04/reinstall/", registry)
    assert article.published_at == when


def test_a_clock_title_on_another_element_times_nothing(registry: Registry) -> None:
    sidebar = "<ul class='recent'><li><a href='/2013/04/other/' title='下午 3:05'>另一篇文章的标题在这里</a></li></ul>"
    html = _blog_post("重装系统小记", sidebar)
    article = parse_html(html, "http://blog.example.test/2013/04/reinstall/", registry)
    assert article.published_at == "2013-04-08T00:00:00+08:00"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2011-11-27 9:42 下午", "2011-11-27T21:42:00+08:00"),
        ("发表于 2011年11月27日 9:42 上午 由 阿水", "2011-11-27T09:42:00+08:00"),
        ("2011-11-27 9:42 下午茶会开始", "2011-11-27T09:42:00+08:00"),
        ("2016年 3月 2日, 格林尼治標準時間 08:05", "2016-03-02T16:05:00+08:00"),
        ("2016年3月2日 格林威治标准时间 08:05", "2016-03-02T16:05:00+08:00"),
        ("2019年6月2日 - 21:15", "2019-06-02T21:15:00+08:00"),
        ("2019年6月2日-5日", "2019-06-02T00:00:00+08:00"),
    ],
)
def test_a_meridiem_word_after_the_clock(text: str, when: str) -> None:
    assert parse_datetime(text) == when


def _platform_share(account: str, notice: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>寒潮来袭 本周末最低气温跌破零度_快看资讯</title>"
        "<meta property='og:site_name' content='快看资讯'></head><body><div class='article'>"
        "<h1 class='title'>寒潮来袭 本周末最低气温跌破零度</h1><div class='author-info'>"
        "<a class='avatar' href='https://kuaikan.example.test/media/880123'><img src='/a.jpg' alt=''></a>"
        f"<div class='info'><a class='media-name' href='https://kuaikan.example.test/media/880123'>{account}</a>"
        "<p class='time'>2023-12-14 07:40 <span>发布于湖南</span></p></div><span class='follow'>+关注</span></div>"
        f"<div class='content-box'>{STORY_PROSE}</div><div class='statement'>{notice}</div></div></body></html>"
    )


_QQ_SHARE = "https://view.inews.qq.com/k/20231214A01XYZ00"
_OTHER_PLATFORM = "https://kuaikan.example.test/k/20231214A01"


@pytest.mark.parametrize(
    ("account", "notice", "url", "author", "source"),
    [
        ("潇湘晨报", "本文内容由潇湘晨报发布，仅代表作者观点，不代表腾讯新闻立场。", _QQ_SHARE, None, "潇湘晨报"),
        ("潇湘晨报", "本文由潇湘晨报发布,仅代表作者本人观点。", _QQ_SHARE, None, "潇湘晨报"),
        ("长沙吃货小分队", "本文内容由长沙吃货小分队发布，仅代表作者观点。", _QQ_SHARE, "长沙吃货小分队", None),
        # Elsewhere a platform's account is its post's author, whatever its name (README "accounts").
        ("潇湘晨报", "本文内容由潇湘晨报发布，仅代表作者观点，不代表快看资讯立场。", _OTHER_PLATFORM, "潇湘晨报", None),
    ],
)
def test_an_outlets_account_card_on_a_platform_post(
    registry: Registry, account: str, notice: str, url: str, author: str | None, source: str | None
) -> None:
    article = parse_html(_platform_share(account, notice), url, registry)
    assert (article.author, article.source) == (author, source)


def test_a_hao_channel_tag_over_the_accounts_card(registry: Registry) -> None:
    html = (
        "<html><head><title>周末带娃去哪儿？城郊五个好去处_澎湃号·湃客_澎湃新闻-The Paper</title></head><body>"
        "<div class='newscontent'><h1 class='news_title'>周末带娃去哪儿？城郊五个好去处</h1>"
        "<div class='news_about'><p><span class='pph_tag'>澎湃号·湃客</span></p>"
        "<p><a href='https://www.thepaper.cn/user_5550123'><img class='pph_avatar' src='/a.jpg'></a> "
        "<a href='https://www.thepaper.cn/user_5550123'>遛娃地图</a></p><p>2022-04-09 08:15 来自上海</p></div>"
        f"<div class='news_txt'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_17551234", registry)
    assert article.author == "遛娃地图"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（本文来自潇湘晨报·晨视频，记者 罗雅 通讯员 韦东）", "罗雅 韦东"),
        ("(本文来源：新快报，记者 何思)", "何思"),
        ("记者注意到，今年的报名人数明显增加。", None),
    ],
)
def test_a_closing_credit_in_one_bracket_may_hold_a_comma(line: str, author: str | None) -> None:
    assert credit_author(line) == author


@pytest.mark.parametrize(
    "footer",
    [
        "社團法人新竹市野鳥學會　版權所有　TEL:03-5550000　FAX:03-5550001",
        "地址：台北市中正區某某路1號　電話：(02)2555-0000",
        "香港某某協會 版權所有 聯絡我們",
    ],
)
def test_a_traditional_footer_is_no_story(footer: str) -> None:
    assert not judge([footer]).plausible


def test_a_site_first_title_with_a_span_of_years(registry: Registry) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>新竹市野鳥學會 - 活動消息 - 香山濕地 2018-2019年度水鳥調查成果"
        "</title></head><body><table width='780'><tr><td><img src='top.jpg' alt='新竹市野鳥學會'></td></tr>"
        "<tr><td><table><tr><td>標　　題</td><td><b>香山濕地 2018-2019年度水鳥調查成果</b></td></tr>"
        "<tr><td>發佈日期</td><td>2019/04/02</td></tr></table><div class='newscontent'>"
        "本會於本年度冬季持續在香山濕地進行每月一次的水鳥調查，共記錄到四十二種水鳥。<br><br>"
        "數量最多的是東方環頸鴴，單次最高記錄超過一千二百隻，較去年同期略有增加。<br><br>"
        "感謝志工夥伴的協助，完整報告將刊登於下期會訊。</div></td></tr>"
        "<tr><td class='footer'>社團法人新竹市野鳥學會　版權所有　TEL:03-5550000　FAX:03-5550001<br>"
        "最佳瀏覽解析度 800x600 以上</td></tr></table></body></html>"
    )
    article = parse_html(html, "http://www.bird-example.org.tw/news_detail.asp?id=230", registry)
    assert article.paragraphs[0].startswith("本會於本年度冬季")
    assert not any("版權所有" in line for line in article.paragraphs)


def _old_ifeng(bar_name: str) -> str:
    return (
        "<html><head><title>两岸空运直航首航班机今晨起飞_资讯频道_凤凰网</title></head><body>"
        "<div class='crumb'><a href='http://www.ifeng.com/'>凤凰网</a> &gt; <a href='http://news.ifeng.com/'>资讯频道"
        "</a> &gt; 正文</div><div id='artical'><h1 id='artical_topic'>两岸空运直航首航班机今晨起飞</h1>"
        f"<div id='artical_sth'><p class='p_time'><span>2008年12月15日 08:05</span>　<span>{bar_name}</span></p></div>"
        f"<div id='main_content'>{STORY_PROSE}</div></div>"
        "<div id='footer'>凤凰新媒体 版权所有 Copyright 2008 Phoenix New Media Limited</div></body></html>"
    )


# The site's own name in the bar was its brand until session 27; the natural batches label it the source.
@pytest.mark.parametrize(("bar_name", "source"), [("凤凰网", "凤凰网"), ("新京报", "新京报")])
def test_the_sites_own_name_in_a_rules_bar(registry: Registry, bar_name: str, source: str | None) -> None:
    article = parse_html(_old_ifeng(bar_name), "http://news.ifeng.com/taiwan/2/200812/1215_351_923456.shtml", registry)
    assert article.source == source


@pytest.mark.parametrize(
    ("lines", "when"),
    [
        (["最後更新： 2016年 3月 2日 08:05"], "2016-03-02T08:05:00+08:00"),
        (["最后更新：2016-03-02 08:05"], "2016-03-02T08:05:00+08:00"),
        (["发布时间：2016-03-01 10:00", "最后更新：2016-03-02 08:05"], "2016-03-01T10:00:00+08:00"),
        (["最近更新：植物爱好者 （2023-06-01 10:22）"], None),
        # A 信息公开 index table's 生成日期 is the document's date there, read when nothing better shows.
        (["发布机构：县财政局", "生成日期：2019-09-02"], "2019-09-02T00:00:00+08:00"),
        (["生成日期：2019-09-02", "发布时间：2019-09-03 09:00"], "2019-09-03T09:00:00+08:00"),
        (["页面生成时间：2023-06-01 10:22"], None),
    ],
)
def test_a_storys_last_update_alone_dates_it(lines: list[str], when: str | None) -> None:
    assert first_datetime(lines, None) == when


def _forum_thread(logo_href: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>老巷口的修车铺 - 城南旧事 - 王府茶楼 - powered by phpwind.net</title>"
        f"</head><body><div id='banner'><a href='{logo_href}'><img src='logo.gif' alt='王府茶楼'></a></div>"
        f"<div class='t3'><a href='{logo_href}'>王府茶楼</a> &raquo; <a href='thread.php?fid=3'>城南旧事</a></div>"
        "<table><tr><th><b>巷口老街坊</b><br>级别: 版主</th><th><div class='tiptop'><b>楼主</b> 发表于: 2008-04-02 "
        f"10:15</div><h4>老巷口的修车铺</h4><div class='tpc_content'>{STORY_PROSE}</div></th></tr></table>"
        "</body></html>"
    )


@pytest.mark.parametrize("logo_href", ["index.php", "default.asp", "/", "http://bbs.wangfu-example.test/index.php"])
def test_a_sites_logo_is_no_writers_portrait(registry: Registry, logo_href: str) -> None:
    article = parse_html(_forum_thread(logo_href), "http://bbs.wangfu-example.test/read.php?tid=3321", registry)
    # The logo's alt (王府茶楼) names nobody; the card's bold name over its stats is the poster (since session 27).
    assert article.author == "巷口老街坊"


def _company_news(font: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>华瑞电器有限公司--新闻中心</title></head><body><table>"
        "<tr><td class='pos'>您的位置：<a href='../index.asp'>首页</a> &gt;&gt; 新闻中心</td></tr>"
        f"<tr><td align='center'><font {font}><b>华瑞电器通过省级企业技术中心认定</b></font></td></tr>"
        "<tr><td align='center'>发布时间：2013-6-18　阅读：88次</td></tr>"
        f"<tr><td class='content'>{STORY_PROSE}</td></tr></table>"
        "<p>Copyright 2008-2013 浙江华瑞电器有限公司 All Rights Reserved</p></body></html>"
    )


@pytest.mark.parametrize(
    ("font", "title"),
    [
        ("size='4'", "华瑞电器通过省级企业技术中心认定"),
        ('size="+2"', "华瑞电器通过省级企业技术中心认定"),
        ("size='5' color='#003399'", "华瑞电器通过省级企业技术中心认定"),
    ],
)
def test_an_old_pages_headline_in_a_large_font(registry: Registry, font: str, title: str) -> None:
    article = parse_html(_company_news(font), "http://www.huarui-example.test/news/show.asp?id=87", registry)
    assert article.title == title


_INDEX_ROWS = [
    *("索 引 号", "0105-2019-00871", "信息分类", "通知公告", "发布机构", "某某县财政局", "生成日期", "2019-09-02"),
    *("文　　号", "某财字〔2019〕31号", "主 题 词", "预算 公开", "名　　称", "关于2019年部门预算公开的通知"),
    *("有 效 性", "有效", "发布日期", "2019-09-03", "浏览次数", "318"),
]


def test_an_index_tables_publisher_over_a_repeated_headline() -> None:
    lines = [*_INDEX_ROWS, "关于2019年部门预算公开的通知", "发布时间：2019-09-03 09:00"]
    assert index_table_source(lines, len(_INDEX_ROWS)) == "某某县财政局"
    # A title cell holding another document's name: the headline under the table is no repeat of it.
    other = [*_INDEX_ROWS, "关于2019年部门决算公开的通知", "发布时间：2019-09-03 09:00"]
    assert index_table_source(other, len(_INDEX_ROWS)) is None


def test_a_title_cell_opening_the_table_over_its_rows() -> None:
    headline = "本校學生團隊榮獲全國創新創業競賽金牌"
    rows = ["標題", headline, "發佈單位", "學生事務處", "資料來源", "機械工程學系", "發佈日期", "2021-05-03"]
    lines = ["首頁", "校園新聞", *rows, "點閱次數", "512", headline, "本校機械工程學系學生團隊日前參加比賽。"]
    assert index_table_source(lines, lines.index(headline, 4)) == "機械工程學系"


_ITEMS = (
    ("https://www.163.com/dy/article/HC1A2B3C0519ABCD.html", "社保卡跨省通办，这些业务可以线上办"),
    ("https://www.163.com/dy/article/HC0Z9Y8X05118XYZ.html", "个人养老金开户前，先弄清这三件事"),
    ("https://www.163.com/dy/article/HBZZ1122051988QQ.html", "医保报销比例又调了？一文读懂新规"),
)


def _tabbed_post(panes: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>退休金今年怎么调？看完这篇就明白了_网易订阅</title></head><body>"
        "<div class='post_main'><h1 class='post_title'>退休金今年怎么调？看完这篇就明白了</h1>"
        "<div class='post_info'>2022-07-02 10:20:11　来源: <a href='https://www.163.com/dy/media/T1.html'>社保小管家</a>"
        f"</div><div class='post_body'>{STORY_PROSE}</div><div class='post_recommends js-tab-mod'>"
        f"<div class='post_recommends_titles'><span>相关推荐</span><span>热点推荐</span></div>{panes}</div></div>"
        "</body></html>"
    )


def _list(items: tuple[tuple[str, str], ...]) -> str:
    return "".join(f"<li><a href='{url}'><h3>{title}</h3></a><p>社保小管家 2022-06-30</p></li>" for url, title in items)


def test_one_list_under_a_tab_bar_is_the_first_tabs_whole_pane(registry: Registry) -> None:
    url = "https://www.163.com/dy/article/HC2K3L4M0519ABCD.html"
    one = parse_html(_tabbed_post(f"<ul class='post_recommends_list'>{_list(_ITEMS)}</ul>"), url, registry)
    assert [item.url for item in one.related] == [item_url for item_url, _ in _ITEMS]
    hot = (("https://www.163.com/dy/article/HCHOT001051988QQ.html", "夏季高温来袭，多地发布预警信号"),)
    two = f"<div class='tab-bd'><ul>{_list(_ITEMS[:2])}</ul><ul>{_list(hot)}</ul></div>"
    assert [item.url for item in parse_html(_tabbed_post(two), url, registry).related] == [u for u, _ in _ITEMS[:2]]


def _account_post(notice: str, closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>暑期带娃出游，这五件东西一定要带_新浪看点</title></head><body>"
        "<div class='top-bar'><div class='date-source'><span class='date'>2019年07月02日 08:40</span>"
        "<a href='http://k.sina.com.cn/mediaview/6400001234' class='source ent-source'>旅行小当家</a></div></div>"
        "<h1 class='main-title'>暑期带娃出游，这五件东西一定要带</h1>"
        f"<div class='article' id='artibody'>{STORY_PROSE}{closing}</div>"
        f"<div class='article-bottom'><p class='statement'>{notice}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("notice", "closing"),
    [
        ("声明：本文由入驻新浪看点的作者撰写，除新浪官方账号外，观点仅代表作者本人，不代表新浪立场。", ""),
        ("声明：本文由入驻新浪看点平台的作者撰写，观点仅代表作者本人。", ""),
    ],
)
def test_an_accounts_own_post_names_it_the_author(registry: Registry, notice: str, closing: str) -> None:
    url = "https://k.sina.com.cn/article_6400001234_17d8a1c4200100abc.html"
    article = parse_html(_account_post(notice, closing), url, registry)
    assert (article.author, article.source) == ("旅行小当家", None)


def test_an_account_credited_again_as_the_closing_source_is_its_own_post(registry: Registry) -> None:
    profile = "https://author.baidu.com/home?from=bjh_article&app_id=1650000123456789"
    html = (
        "<html><head><meta charset='utf-8'><title>电动车冬季续航缩水怎么办？</title></head><body>"
        "<div class='index-module_articleTitle_1aB2c'><h2>电动车冬季续航缩水怎么办？</h2></div>"
        f"<div class='index-module_articleSource_3dE4f'><div class='index-module_authorImg_9x'><a href='{profile}'>"
        "<img src='https://pic.example.test/avatar.jpeg'></a></div><div class='index-module_authorTxt_7y'>"
        f"<p class='index-module_authorName_5z'><a href='{profile}'>电车研究社</a></p><div>"
        "<span class='index-module_date_2q'>2021-12-03 08:12</span></div></div><a>+关注</a></div>"
        f"<div class='index-module_articleMainContent'>{STORY_PROSE}"
        "<p class='_3xYz'>本文来源：电车研究社，本文不代表百度立场。</p></div></body></html>"
    )
    article = parse_html(html, "https://baijiahao.baidu.com/s?id=1718000000000000001", registry)
    assert (article.author, article.source) == ("电车研究社", None)


def _phpwind_thread(profile_icon: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>县城开小吃店的一点心得 - 创业交流 - 周口生活网论坛 - powered by "
        "phpwind.net</title></head><body><table><tr><td class='h'>本页主题: 县城开小吃店的一点心得</td></tr>"
        "<tr><th class='r_two'><a name='tpc'></a><b>老街烧饼王</b><br><img src='images/face/0007.gif'>"
        f"级别: 论坛骑士<br>{profile_icon}<br>精华: 0<br>发帖: 233<br>威望: 18 点<br>注册时间:2007-03-05</th>"
        "<th class='r_one'><div class='tiptop'><span class='fr'>楼主 发表于: 2009-04-11 20:16</span></div>"
        f"<h1 id='subject_tpc'>县城开小吃店的一点心得</h1><div class='tpc_content'>{STORY_PROSE}</div></th></tr>"
        "</table></body></html>"
    )


@pytest.mark.parametrize(
    ("profile_icon", "author"),
    [
        ("<a href='profile.php?action=show&uid=5521'><img src='profile.gif' alt='查看作者资料'></a>", "老街烧饼王"),
        ("", "老街烧饼王"),  # no profile link: the card of stats names its poster too (since session 27)
    ],
)
def test_a_poster_card_linking_its_profile_by_an_icon(
    registry: Registry, profile_icon: str, author: str | None
) -> None:
    url = "http://bbs.zhoukou-example.test/read.php?tid=61233"
    assert parse_html(_phpwind_thread(profile_icon), url, registry).author == author


def test_two_alike_items_with_a_short_title(registry: Registry) -> None:
    items = "".join(
        f"<p class='jp-relatedposts-post'><span><a href='https://blog.lin-example.test/{path}/'>{title}</a></span>"
        f"<span class='jp-relatedposts-post-date'>{day}</span></p>"
        for path, title, day in (
            ("2022/05/balcony-herbs", "阳台种香草", "2022年5月3日"),
            ("2021/10/rain-barrel", "自制雨水收集桶的过程", "2021年10月9日"),
        )
    )
    html = (
        "<html><head><meta charset='utf-8'><title>小院的秋天 | 林间笔记</title></head><body><article>"
        "<h1 class='entry-title'>小院的秋天</h1><div class='entry-meta'>2023年10月2日 作者 "
        "<a href='https://blog.lin-example.test/author/lin/' rel='author'>lin</a></div>"
        f"<div class='entry-content'>{STORY_PROSE}</div></article><div class='jp-relatedposts'>"
        f"<h3 class='jp-relatedposts-headline'><em>相关</em></h3><div class='jp-relatedposts-items'>{items}</div>"
        "</div></body></html>"
    )
    article = parse_html(html, "https://blog.lin-example.test/2023/10/autumn-yard/", registry)
    assert [item.title for item in article.related] == ["阳台种香草", "自制雨水收集桶的过程"]


def _bbc_story(date_element: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>英国央行宣布维持利率不变 - BBC News 中文</title></head><body>"
        "<div class='story-body'><h1 class='story-body__h1'>英国央行宣布维持利率不变</h1>"
        f"<div class='byline'><span class='byline__name'>李安</span><span class='byline__title'>BBC中文记者</span>"
        f"</div>{date_element}<div class='story-body__inner'>{STORY_PROSE}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("date_element", "when"),
    [
        ("<div class='date date--v2' data-seconds='1541765100'>2018年 11月 9日</div>", "2018-11-09T20:05:00+08:00"),
        ("<span class='date' data-timestamp='1541765100'>2018年11月9日</span>", "2018-11-09T20:05:00+08:00"),
        # Another day's instant (a later edit) leaves the shown date alone.
        ("<div class='date' data-seconds='1541900000'>2018年 11月 9日</div>", "2018-11-09T00:00:00+08:00"),
    ],
)
def test_a_shown_dates_own_unix_seconds(registry: Registry, date_element: str, when: str) -> None:
    article = parse_html(_bbc_story(date_element), "https://www.bbc.com/zhongwen/simp/business-46150231", registry)
    assert article.published_at == when
