"""Classes learnt in session 23 from tune residuals and from blind64 (tune material once blind65 was written), as
hand-written variants in other wordings, markup and sites: never a copy of a blind page.

Bylines: a report's verb credits the names before it without any 记者 label ("易妍君 广州报道": the place the
report was filed from glued to the verb), and a paper set apart before those names is their outlet, the story's
source ("21世纪经济报道 易妍君 广州报道"), as it is before 记者.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.boilerplate import is_notice
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.linkshape import is_article_url
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.storytext import without_standfirst

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("经济观察报 林晓岚 上海报道", "林晓岚", "经济观察报"),
        ("中国经营报 郭文杰 陈思远 北京报道", "郭文杰 陈思远", "中国经营报"),
        ("聯合報 黃志明 台中報導", "黃志明", "聯合報"),
        ("林晓岚 上海报道", "林晓岚", None),
        ("林晓岚 赵雪 综合报道", "林晓岚 赵雪", None),
        ("陈可扬 报道", "陈可扬", None),  # control: the verb alone after the name, read before this session too
        ("上海报道", None, None),  # a place and the verb credit nobody
        ("据新华社 报道", None, "新华社"),  # the outlet a story is reported after, with no reporter
    ],
)
def test_a_reports_verb_credits_the_names_and_their_paper(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_the_papers_credit_under_the_time_names_the_source(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>城市更新提速 多地出台新政_经观网</title>"
        "<meta property='og:site_name' content='经观网'></head><body>"
        "<div class='article'><h1>城市更新提速 多地出台新政</h1><div class='meta'><p>2023年05月16日 07:20</p>"
        "<p class='writer'><span>经济观察报</span> <span>林晓岚</span> 上海报道</p></div>"
        f"<div class='content'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(page, "https://www.eeo-news.test/article/2023/0516/52110.html", registry)
    assert (article.author, article.source) == ("林晓岚", "经济观察报")


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("林佳蓉、陳冠宇／高雄報導", "林佳蓉 陳冠宇", None),  # the names alone before Taiwan's filing tag
        ("黃志明 / 台中即時報導", "黃志明", None),
        ("據中央社", None, "中央社"),  # the outlet a story is reported after, alone on its line
        ("据人民日报报道", None, "人民日报"),
        ("据了解", None, None),  # control: no outlet after 据
        ("（本文来自齐鲁壹点，记者 王晓 通讯员 李敏）", "王晓 李敏", "齐鲁壹点"),
        ("本文来自华尔街见闻，欢迎下载APP", None, None),  # a site's notice about itself, no reporters after it
        ("（镇党政办 陈小兵 来稿）", "陈小兵", None),  # the writer's unit before the name sends nothing itself
        ("（宣传部 来稿）", None, None),  # control: a unit alone credits nobody
        ("作\u3000者：李\u3000明\u3000\u3000来\u3000源：县文联", "李明", "县文联"),  # padded name, then a padded label
        ("Posted on March 5, 2016 by lihua88", "lihua88", None),  # a blog's lower-case login after by
        ("Posted by admin", None, None),  # control: the CMS's default login names nobody
        ("来源：网易号，不代表网易立场", None, None),  # the notice's clause after the platform is no account
    ],
)
def test_credit_lines_other_batches_print(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def _paper_page(logo: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>立法院三讀通過長照法修正 - 生活 - 南方時報</title>"
        "<meta property='og:site_name' content='南時新聞網'></head><body>"
        f"<header><a class='logo' href='https://www.nantimes.test/'><img src='/logo.png' alt='{logo}'></a></header>"
        "<article><h1>立法院三讀通過長照法修正</h1>"
        "<div class='reporter'><time>2018年05月09日 04:10</time> <a href='/newspapers/2601'>南方時報</a> "
        "<a href='/reporter/12'>林佳蓉</a>／台北報導</div>"
        f"<div class='article-body'>{STORY_PROSE}</div></article>"
        "<footer>南方時報系 版權所有 © 2018</footer></body></html>"
    )


@pytest.mark.parametrize(("logo", "source"), [("南時新聞網", "南方時報"), ("南方時報", "南方時報")])
def test_a_paper_beside_the_time_on_a_site_naming_itself_otherwise(
    registry: Registry, logo: str, source: str | None
) -> None:
    # The <title> closes with the print paper and the footer names its group, but the site declares another name
    # for itself and its logo shows that one: the paper is where the story ran, the source. Where the logo shows the
    # paper's name, the site calls itself so, and the name beside the time published it: the source as well
    # (session 27: the site's own name shown beside the time is the source, as the natural batches label it).
    article = parse_html(_paper_page(logo), "https://www.nantimes.test/newspapers/20180509000321-260102", registry)
    assert (article.author, article.source) == ("林佳蓉", source)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("圖像來源: Lena Weber/dpa/picture alliance", None),  # a picture's origin, by another word for picture
        ("照片来源：视觉中国", None),
        ("来源：新华社 图像来源：视觉中国", "新华社"),  # control: the story's own 来源 beside it stands
    ],
)
def test_a_pictures_origin_is_no_source(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


def test_a_dated_caption_with_a_photographer_is_no_bar(registry: Registry) -> None:
    # The bar's 作者 label is empty; the first story line is a picture's caption that opens with a date and ends
    # with its photographer: a sentence, no bar whose lone name beside the time writes the story.
    page = (
        "<html><head><meta charset='gb2312'><title>江南多地持续高温_新闻_腾讯网</title></head><body>"
        "<div id='C-Main-Article-QQ'><div class='hd'><h1>江南多地持续高温 部分地区用电负荷创新高</h1>"
        "<div class='tit-bar'><span class='infoCol'><span class='where'><a href='http://www.chinanews.com/'>中国新闻网"
        "</a></span><span class='auth'>作者：</span><span class='pubTime'>2012年07月30日08:15</span></span></div></div>"
        "<div class='bd'><div id='Cnt-Main-Article-QQ'><p><img src='http://img1.gtimg.com/news/a.jpg'></p>"
        "<p>7月29日，浙江杭州，市民在西湖边遮阳纳凉。（中新社记者 王远 摄）</p>"
        f"{STORY_PROSE}</div></div></div></body></html>"
    )
    article = parse_html(page, "http://news.qq.com/a/20120730/000123.htm", registry)
    assert (article.author, article.source) == (None, "中国新闻网")


def test_a_label_beside_a_rules_source_slot_wins_over_a_channel_tag(registry: Registry) -> None:
    # The rule's source slot (a span in the time line) holds a channel's tag here; the 来源 label before it names
    # the source.
    page = (
        "<html><head><meta charset='utf-8'><title>老城区改造启动_澎湃新闻-The Paper</title></head><body>"
        "<div class='newscontent'><h1 class='news_title'>老城区改造启动 首批居民签约</h1><div class='news_about'>"
        "<p>澎湃新闻记者 林晓岚 </p><p>2017-03-02 10:05 来源：澎湃新闻 <span><a href='list_25462'>浦江头条</a>"
        f"</span></p></div><div class='news_txt'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(page, "https://www.thepaper.cn/newsDetail_forward_1623456", registry)
    assert (article.author, article.source) == ("林晓岚", "澎湃新闻")


def test_a_wechat_2017_nickname_span_is_the_account_not_the_writer(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>西湖边的老茶馆重新开张</title></head><body>"
        "<div id='img-content'><h2 class='rich_media_title' id='activity-name'>西湖边的老茶馆重新开张</h2>"
        "<div id='meta_content' class='rich_media_meta_list'>"
        "<em id='post-date' class='rich_media_meta rich_media_meta_text'>2017-09-14</em>"
        "<em class='rich_media_meta rich_media_meta_text'>记者 林晓岚 通讯员 赵雪</em>"
        "<a class='rich_media_meta rich_media_meta_link rich_media_meta_nickname' href='##' id='post-user'>都市快报</a>"
        "<span class='rich_media_meta rich_media_meta_text rich_media_meta_nickname'>都市快报</span></div>"
        f"<div class='rich_media_content' id='js_content'>{STORY_PROSE}</div></div>"
        '<script>var ct = "1505361600";</script></body></html>'
    )
    article = parse_html(page, "http://mp.weixin.qq.com/s?__biz=MzA3NTE2NDg4MA==&mid=2651234567&idx=1", registry)
    assert (article.author, article.source) == ("林晓岚 赵雪", "都市快报")


def _viewpoint(byline: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>观点：数字人民币的跨境之路 - 评论</title></head><body>"
        "<div class='story'><h1>观点：数字人民币的跨境之路</h1>"
        f"<div class='byline'>{byline}</div><div class='date'>2019年 3月 12日</div>"
        f"<div class='story-body'>{STORY_PROSE}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("<span class='name'>王敏</span><span class='title'>复旦大学经济学院教授</span>", "王敏"),
        ("<p>陈立群</p><p>香港中文大学客座研究员</p>", "陈立群"),
        ("<span class='name'>王敏</span><span class='title'>复旦大学经济学院</span>", None),  # no post: no credit
    ],
)
def test_a_viewpoints_writer_stands_beside_the_post(registry: Registry, byline: str, author: str | None) -> None:
    article = parse_html(_viewpoint(byline), "https://www.example-views.test/opinion/2019/03/190312_rmb", registry)
    assert article.author == author


def _temple(slot: str, closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>本寺举行浴佛法会_寺院动态_东林禅寺</title></head><body>"
        "<div class='article'><h1>本寺举行浴佛法会</h1>"
        f"<div class='info'>时间：2017-05-03 10:12 来源：本寺 作者：{slot} 点击：<span>268</span>次</div>"
        f"<div class='content'>{STORY_PROSE}<p>{closing}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("slot", "closing", "author"),
    [
        ("客堂", "（文：释明心 图：普照）", "释明心"),  # the temple's office posted it, the monk wrote it
        ("综合办公室", "（撰稿：林晓岚 摄影：王远）", "林晓岚"),
        ("品牌中心", "（文/林晓岚）", "林晓岚"),
        ("张志远", "（文：林晓岚）", "张志远"),  # control: a person in the slot stands
        ("客堂", "（图：普照）", "客堂"),  # control: the closing credit names no writer
    ],
)
def test_a_closing_credits_people_outrank_a_slot_naming_no_person(
    registry: Registry, slot: str, closing: str, author: str
) -> None:
    article = parse_html(
        _temple(slot, closing), "http://www.donglinsi-demo.test/html/sydt/2017/0503/512.html", registry
    )
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        (
            "本文由 城市商业观察 授权 钛媒体 发表，并经钛媒体编辑。转载此文请于文首标明作者姓名，保持文章完整性，"
            "并请附上出处及本页链接。",
            True,
        ),
        ("本站所刊载信息，不代表本站观点。刊用本站稿件，务经书面授权。", True),
        ("（本文首发于作者的个人博客，转载请私信联系。）", True),
        ("原创文章，作者：林晓岚，如若转载，请注明出处：http://www.example-news.test/p/12345.html", True),
        ("本文原载《中国水利报》2008年3月2日第2版，本站转载时有删节。", True),
        ("凡本网注明“来源：江城在线”的作品，版权均属江城在线所有，未经许可不得转载。", True),
        ("版权作品，未经江城新闻网 jcnews.test 书面授权，严禁转载，违者将被追究法律责任。", True),
        ("他说，网站转载新闻要尊重版权，记者请注意保留证据。", False),  # a story's sentence about reprinting
        ("近三年来，公司累计获得授权发明专利23项，主持制定行业标准3项。", False),  # patents granted, no rights notice
    ],
)
def test_a_rights_notice_closing_the_story_is_no_story_text(line: str, notice: bool) -> None:
    assert is_notice(line) == notice


def _summarised(head: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>前十月新能源汽车销量同比增长三成</title></head><body>"
        "<div class='article'><h1>前十月新能源汽车销量同比增长三成</h1><div class='info'>2023-11-12 09:30</div>"
        f"<div class='article-body'>{head}{STORY_PROSE}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "kept"),
    [
        ("<p>摘要：前十月新能源汽车销量达到728万辆，同比增长三成以上，渗透率持续提升。</p>", False),
        (
            (
                "<div class='abstract'><div class='label'>摘要</div>"
                "<p>【前十月新能源汽车销量同比增长三成】前十月销量达到728万辆。</p></div>",
                False,
            ),
            False,
        ),
        ("<p>导语：前十月新能源汽车销量达到728万辆，同比增长三成以上，渗透率持续提升。</p>", False),
        ("<p>摘要显示，前十月新能源汽车销量达到728万辆，同比增长三成以上，渗透率持续提升。</p>", True),  # a sentence
    ],
)
def test_a_labelled_standfirst_over_the_story_is_no_story_text(registry: Registry, head: str, kept: bool) -> None:
    article = parse_html(_summarised(head), "https://www.example-auto.test/news/2023/1112/88120.html", registry)
    assert ("728万辆" in article.body) == kept
    assert "记者从有关部门获悉" in article.body  # the story itself stays


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("晚风读书会 微信号：wanfeng_dushu", "晚风读书会", None),  # an account naming itself beside its ID
        ("长按识别 微信号：wanfeng_dushu", None, None),  # a QR card's call to add the ID
        ("何國強牧師", "何國強", None),  # a sermon signed with the clergy title glued
        ("释明心法师", "释明心", None),
        ("主日崇拜由何牧師主領", None, None),  # control: a sentence naming a pastor
        ("（本文原载于《光明日报》2019年10月8日 第20版）", None, "光明日报"),  # 于 is no part of the outlet
        ("（本文原載於《明報》2018年3月2日）", None, "明報"),
    ],
)
def test_lines_blind65_taught(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_a_poster_cards_tool_link_to_the_profile_names_the_cards_bold_name(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='gbk'><title>小区门口的路灯坏了半个月 - 民生热线 - 江城家园论坛</title></head><body>"
        "<table><tr><th class='r_two'><b>江城老陈</b><div><img class='pic' src='images/face/1.gif'></div>"
        "级别: 新手上路<br>"
        "<span class='user-info'><ul><li><a href='profile.php?action=show&uid=31207'>查看资料</a></li>"
        "<li><a href='message.php?action=write&touid=31207'>发送短消息</a></li></ul></span>发帖: 128<br>"
        "注册时间:2006-03-18</th><th class='r_one'><h1>小区门口的路灯坏了半个月</h1>"
        f"<div class='tpc_content'>{STORY_PROSE}</div><div class='tipad'>Posted: 2008-11-03 21:14</div></th></tr>"
        "</table></body></html>"
    )
    article = parse_html(page, "http://bbs.jiangcheng-home.test/read.php?tid=61234", registry)
    assert article.author == "江城老陈"


@pytest.mark.parametrize(("alt", "source"), [("财联视点", "财联视点"), ("金融时讯网", "金融时讯网")])
def test_a_source_label_over_a_logo_names_the_logos_outlet(registry: Registry, alt: str, source: str | None) -> None:
    # The label's value is a picture: its alt text names the outlet, the site's own logo too since session 27
    # (labelled the source, as the site's own name shown in the bar is).
    page = (
        "<html><head><meta charset='utf-8'><title>一季度信贷投放平稳_金融时讯网</title>"
        "<meta property='og:site_name' content='金融时讯网'></head><body><div class='detail'>"
        "<h1 class='detail-title'>一季度信贷投放平稳</h1><div class='detail-info'>"
        f"<span>来源：<img src='/static/source/logo.png' alt='{alt}'></span><span>作者：林晓岚</span>"
        f"<span>2022-04-15 10:05</span></div><div class='detail-content'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(page, "https://www.jinrong-shixun.test/article/detail/512345.html", registry)
    assert (article.author, article.source) == ("林晓岚", source)


def _blog_post(aside_place: str) -> str:
    aside = (
        "<aside class='further'><h3>延伸阅读</h3><ol>"
        "<li><a href='https://blog.devnotes-demo.test/2024/03/cache-warmup'>缓存预热的三种做法与取舍</a></li>"
        "<li><a href='https://blog.devnotes-demo.test/2023/11/queue-backpressure'>消息队列背压的排查笔记</a></li>"
        "<li><a href='https://blog.devnotes-demo.test/2023/07/db-failover'>一次数据库主从切换的复盘</a></li>"
        "</ol></aside>"
    )
    inside, outside = (aside, "") if aside_place == "article" else ("", aside)
    return (
        "<html><head><meta charset='utf-8'><title>把推理服务搬到边缘节点 | 开发手记</title></head><body><main>"
        f"<article><h1>把推理服务搬到边缘节点</h1><p class='meta'>2024-12-02</p><div class='post-body'>{STORY_PROSE}"
        f"</div>{inside}</article>{outside}</main></body></html>"
    )


# Outside the article a plain aside is a sidebar, read as the list only when no other heading gave one; its
# related heading labels it so (since session 26 whatever its titles; before, they had to echo the headline).
@pytest.mark.parametrize(("place", "count"), [("article", 3), ("page", 3)])
def test_an_aside_inside_the_article_is_the_storys_not_a_sidebar(registry: Registry, place: str, count: int) -> None:
    # HTML makes an <aside> inside an <article> content related to it; outside one, an unmarked <aside> is the
    # page's sidebar, read only when no other heading gave a list (test_related_b15 leaves one beside the
    # story's own list); its 延伸阅读 heading labels it related here.
    article = parse_html(_blog_post(place), "https://blog.devnotes-demo.test/2024/12/edge-inference", registry)
    assert len(article.related) == count


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("學生記者：6B 黃樂怡、5D 林子健", "黃樂怡 林子健", None),  # pupils' class codes after a reporter's label
        ("撰文：社工 區詠琪", "區詠琪", None),  # a post before its holder, whatever the surname
        ("作者：心内科 护士长 王静", "王静", None),  # the ward, the post, then the writer
        ("（东城区人民法院刑三庭 供稿）", None, "东城区人民法院刑三庭"),  # a court's numbered division sends it
        ("[ 2006-5-12 ]　[ 数学组 供稿 ]", None, "数学组"),  # the contributing unit in a bracket of its own
    ],
)
def test_credit_lines_blind66_taught(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_a_themes_vcard_linking_the_cms_login_names_nobody(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>公司参加2014华南工业展 | 明远阀门</title></head><body>"
        "<div class='post hentry'><h1 class='entry-title'>公司参加2014华南工业展</h1><div class='entry-meta'>"
        "<span class='meta-prep'>发表于</span> <a href='/2014/04/expo/' rel='bookmark'><span class='entry-date'>"
        "2014年4月8日</span></a> <span class='meta-sep'>由</span> <span class='author vcard'><a class='url fn n' "
        "href='/author/admin/' title='查看所有由 admin 发布的文章'>admin</a></span></div>"
        f"<div class='entry-content'>{STORY_PROSE}</div></div></body></html>"
    )
    article = parse_html(page, "http://www.mingyuan-valve.test/2014/04/expo/", registry)
    assert article.author is None


def _sports(closing: str, bar_author: str = "") -> str:
    # sina's 2007 sports template: the headline, a from line with the channel, the body in #artibody.
    return (
        "<html><head><meta charset='utf-8'><title>申花客场1比0小胜_新浪体育_新浪网</title></head><body>"
        "<h1 id='artibodyTitle'>申花客场1比0小胜</h1><div class='from_info'>http://sports.sina.com.cn "
        f"2009年05月10日21:48 <span id='media_name'>新浪体育</span> {bar_author}</div><div id='artibody'>"
        f"{STORY_PROSE}<p><b>双方出场阵容：</b></p><p>上海申花：王大雷、杜威、孙吉、毛剑卿……</p><p>{closing}</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "bar_author", "author"),
    [
        ("（林晓岚）", "", "林晓岚"),  # a sports report's writer signing off in brackets on its last line
        ("（完）", "", None),  # control: the end mark names nobody
        ("（记者 王远 通讯员 赵雪）", "作者：王远", "王远 赵雪"),  # the closing credit names the bar's writer and more
    ],
)
def test_a_storys_closing_line_signs_it(registry: Registry, closing: str, bar_author: str, author: str | None) -> None:
    article = parse_html(
        _sports(closing, bar_author), "http://sports.sina.com.cn/j/2009-05-10/21484412345.shtml", registry
    )
    assert article.author == author


@pytest.mark.parametrize(
    ("href", "story"),
    [
        ("http://www.lianhe-news.test/special/report/politic/cnpol/story20120304-22817", True),
        ("http://www.lianhe-news.test/special/report/politic/cnpol/", False),  # the special's hub
        ("http://www.lianhe-news.test/zhuanti/2012lianghui/", False),
    ],
)
def test_a_story_filed_under_a_special_is_a_story(href: str, story: bool) -> None:
    # A special-topic folder holds its hub and its stories: a page named by a story's id is one of the stories.
    assert is_article_url(href) == story


def test_a_notices_addressee_under_an_empty_source_label_is_no_source(registry: Registry) -> None:
    # The bar's 来源 label stands over no value; the next line is the notice's addressee, waiting for its own
    # text after its colon: no value of the label.
    page = (
        "<html><head><meta charset='utf-8'><title>关于做好2022年森林防火工作的通知_青石镇人民政府</title></head><body>"
        "<div class='article'><h1>关于做好2022年森林防火工作的通知</h1><div class='info'><span>发布时间：2022-03-01 "
        "09:30</span><span>来源：</span></div><div class='TRS_Editor'><p>各村（社区）、镇直各单位：</p>"
        f"{STORY_PROSE}<p>特此通知。</p></div></div></body></html>"
    )
    article = parse_html(page, "http://www.qingshi-demo.gov.test/zwgk/tzgg/202203/t20220301_51234.html", registry)
    assert article.source is None


def test_a_page_whose_only_text_is_its_labelled_summary_keeps_it() -> None:
    summary = "摘要：前十月新能源汽车销量达到728万辆，同比增长三成以上，渗透率持续提升。"
    assert without_standfirst([summary]) == [summary]
    assert without_standfirst(["摘要", summary[3:]]) == ["摘要", summary[3:]]
    assert without_standfirst([summary, "正文第一段。"]) == ["正文第一段。"]
