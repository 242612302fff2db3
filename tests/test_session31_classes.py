"""Classes session 31 found: ``bench.byline_portal_vary --set longtail`` (the long-tail pages we read right, their
writer's card rewritten as a labelled line, ``作者：X`` beside the time, the way other templates print it), and the
tune pages' own URLs the URL grammar did not call articles (CMS shapes shared by many sites). Written as hand-made
pages and URLs of other sites and wordings, never a copy of a fixture; each has controls.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry
from newscorpus.urlshape import is_article_url

_QUESTION = "孩子晚上睡觉总是出很多汗是怎么回事？"
_ANSWER = (
    "<p>您好，孩子夜间出汗多数是生理性的，和室温过高、被子太厚、睡前活动量大有关。</p>"
    "<p>建议把室温控制在二十度左右，盖薄一点的被子，睡前一小时避免剧烈玩耍。</p>"
    "<p>如果伴有枕秃、易惊醒、出牙晚，可以到医院查一下血钙和维生素D水平。</p>"
)


def _qa_page(answer_head: str) -> Article:
    html = (
        f"<html><head><meta charset='utf-8'><title>{_QUESTION}_育儿问答网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/ek/'>儿科</a> <a href='/ask/'>我要提问</a></div>"
        f"<div class='q'><h1>{_QUESTION}</h1><div class='ask'><span>提问者：果果妈***</span>"
        "<span>2016-04-11 21:03</span></div><p>问题描述：孩子三岁，最近一个月每晚睡着后头上、背上全是汗。</p></div>"
        f"<div class='best'><div class='tag'>最佳答案</div>{answer_head}<div class='txt'>{_ANSWER}</div></div>"
        "<div class='more'><h3>其他回答</h3><p>多喝水就好了。</p></div></body></html>"
    )
    return parse_html(html, "https://www.example-yuer.cn/ask/2016/88213.html", Registry.load())


@pytest.mark.parametrize(
    ("head", "author"),
    [
        # The answer's stamp and a writer's label over it, no doctor's card: the label names the answerer.
        ("<div class='i'><span>2016-04-12 08:15</span><span>作者：孙玉兰</span></div>", "孙玉兰"),
        ("<div class='i'><span>答主：育儿师小周</span><span>2016-04-12 08:15</span></div>", "育儿师小周"),
        ("<p>回答医生：韩立新</p><p>2016-04-12 08:15</p>", "韩立新"),
        # Controls: the site's own label still reads, and an anonymous answerer names nobody.
        ("<p>回答者：韩立新</p><p>2016-04-12 08:15</p>", "韩立新"),
        ("<div class='i'><span>2016-04-12 08:15</span><span>作者：热心网友</span></div>", None),
    ],
)
def test_a_labelled_writer_over_the_best_answer_is_its_answerer(head: str, author: str | None) -> None:
    article = _qa_page(head)
    assert article.author == author  # never the asker 果果妈***
    assert article.published_at == "2016-04-12T08:15:00+08:00"


_SUBJECT = "老城区菜市场搬迁后，大家现在都去哪买菜？"


def _thread(card: str) -> Article:
    """A floor table: the poster's card in the left cell, the post beside it (Discuz 6/7's shape)."""
    html = f"""<html><head><meta charset="gbk"><title>{_SUBJECT} - 生活杂谈 - 滨江论坛</title></head><body>
<div id="nav"><a href="index.php">滨江论坛</a> &raquo; <a href="forumdisplay.php?fid=8">生活杂谈</a></div>
<div class="bar"><a href="post.php?action=newthread">发帖</a> <a href="post.php?action=reply">回复</a></div>
<table class="post"><tr><td class="postauthor">{card}</td>
<td class="postcontent"><div class="postinfo"><strong>楼主</strong> 发表于 2011-5-20 19:42</div>
<h2>{_SUBJECT}</h2><div class="t_msg">原来的东门菜市场上个月拆了，新市场搬到了三公里外，走路要四十分钟。<br>
我现在周末骑车去一趟，平时就在小区门口的超市买，价格贵了不少，不知道大家都是怎么解决的。</div></td></tr></table>
<table class="post"><tr><td class="postauthor"><a href="space.php?uid=77">江边散步</a></td>
<td class="postcontent"><div class="postinfo">1# 发表于 2011-5-20 20:05</div>
<div class="t_msg">小区团购群可以试试，每天早上送到门口。</div></td></tr></table></body></html>"""
    return parse_html(html, "http://bbs.example-binjiang.cn/viewthread.php?tid=40211", Registry.load())


_STATS = "<dl class='profile'><dt>UID</dt><dd>20377</dd><dt>帖子</dt><dd>861</dd><dt>积分</dt><dd>1530</dd></dl>"


@pytest.mark.parametrize(
    ("card", "author"),
    [
        # The card's name printed with a writer's label and no profile link, over the card's stats.
        (f"<div class='pi'><span>2011-05-20 19:42</span><span>作者：菜篮子大妈</span></div>{_STATS}", "菜篮子大妈"),
        (f"<div class='pi'>楼主：菜篮子大妈</div>{_STATS}", "菜篮子大妈"),
        # ... its label and value in two cells of a table, the time's row between it and the stats.
        (
            "<table><tr><td>作者：</td><td>菜篮子大妈</td></tr><tr><td>时间：</td><td>2011-05-20 19:42</td></tr>"
            f"</table>{_STATS}",
            "菜篮子大妈",
        ),
        # Controls: the linked name reads as before, and a column header naming the card is no writer.
        (f"<div class='pi'><a href='space.php?uid=20377'>菜篮子大妈</a></div>{_STATS}", "菜篮子大妈"),
        (f"<div class='hd'>作者信息</div>{_STATS}", None),
    ],
)
def test_a_labelled_name_over_a_poster_s_card_is_the_poster(card: str, author: str | None) -> None:
    assert _thread(card).author == author


@pytest.mark.parametrize(
    ("url", "article"),
    [
        # An item's view file with its number in a query key of no known name (Taiwan's government CMS, 动易).
        ("https://www.example-county.gov.tw/News_Content.aspx?n=2211&s=640193", True),
        ("https://www.example-town.gov.tw/News_Content.aspx?n=9A1B2C3D4E5F6A7B&s=0F1E2D3C4B5A6978", True),
        ("http://www.example-school.cn/Item/Show.asp?m=2&d=8812", True),
        ("http://www.example-paper.cn/article.jsp?oid=31552098", True),
        # Typecho's default permalink, its trailing slash kept; phpwind's static thread link; dvbbs' first page.
        ("https://www.example-blog.cn/archives/57/", True),
        ("https://www.example-ngo.org.hk/zh-hk/news/detail/214/", True),
        ("http://bbs.example-forum.cn/read.php?tid-88213.html", True),
        ("http://bbs.example-forum.cn/dispbbs.asp?boardID=3&ID=99120&page=1", True),
        ("https://www.example-bbs.cn/thread/5512873/page/1", True),
        # emlog's default permalink and XOOPS tadnews' serial (keys the grammar now knows as ids).
        ("https://www.example-emlog.cn/?post=88", True),
        ("https://www.example-es.edu.tw/modules/tadnews/index.php?nsn=2045", True),
        # Controls: the CMS's list, a later page of a thread, a channel's page 2, a year in the query.
        ("https://www.example-county.gov.tw/News.aspx?n=2211&sms=9001", False),
        ("https://www.example-county.gov.tw/NewsList.aspx?n=2211&s=640193", False),
        ("http://bbs.example-forum.cn/dispbbs.asp?boardID=3&ID=99120&page=2", False),
        ("https://www.example-county.gov.tw/NewsList.aspx?id=2211&page=1", False),  # a list's first page
        ("https://www.example-forum.cn/topicdetail.php?f=12&t=884120&p=2", False),
        ("https://www.example-news.cn/news/2/", False),
        ("https://www.example-news.cn/show.php?year=2024", False),
        ("https://www.example-bbs.cn/thread/5512873/page/2", False),
        ("https://www.example-emlog.cn/?sort=3", False),
    ],
)
def test_article_urls_of_cms_shapes_the_grammar_missed(url: str, article: bool) -> None:
    assert is_article_url(url) is article


_HAO = """<html><head><meta charset="utf-8"><title>{title}_澎湃号·湃客_澎湃新闻-The Paper</title></head><body>
<div class="header"><a href="/">澎湃新闻</a> <a href="/channel_25950">时事</a> <a href="/list_pph">澎湃号</a></div>
<div class="main"><h1 class="news_title">{title}</h1>{bar}
<div class="news_txt"><p>这两年，社区食堂在不少老小区里开了起来，午饭十二块钱两荤一素，老人们吃得放心。</p>
<p>食堂由街道牵头、餐饮企业运营，老人办卡还能再打九折，不少上班族中午也会过来排队。</p>
<p>运营方说，下一步准备开通送餐上门，让行动不便的老人在家也能吃上热乎饭。</p>
<p style="color:#999">本文为澎湃号作者或机构在澎湃新闻上传并发布，
仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。</p>
</div></div></body></html>"""


@pytest.mark.parametrize(
    ("bar", "author"),
    [
        # Another template's bar under the headline, no about block nor account card: the labelled account.
        ("<div class='meta-x'><span>作者：社区生活观察</span><span>2023-04-18 09:12</span></div>", "社区生活观察"),
        ("<p class='meta-x'>2023-04-18 09:12　作者：社区生活观察</p>", "社区生活观察"),
        # Control: no writer shown at all stays none.
        ("<p class='meta-x'>2023-04-18 09:12</p>", None),
    ],
)
def test_a_pengpai_hao_post_s_labelled_account_in_another_template_s_bar(bar: str, author: str | None) -> None:
    html = _HAO.format(title="社区食堂开进老小区 老人吃饭不再愁", bar=bar)
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_22871034", Registry.load())
    assert article.parser == "thepaper"
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # The outlet's web address in brackets after its name is no part of the source.
        ("来源：华西都市报（http://www.wccdaily.com.cn）", None, "华西都市报"),
        ("来源：钱江晚报(www.qjwb.com.cn)　作者：林海", "林海", "钱江晚报"),
        ("来源：人民日报（海外版）", None, "人民日报（海外版）"),  # control: an edition stays
        # A self-media bar's region with its colon (发布于：浙江), as without it and as IP属地：.
        ("杭州吃货指南　2022-11-03 18:20　发布于：浙江", "杭州吃货指南", None),
        ("杭州吃货指南　2022-11-03 18:20　发布于浙江", "杭州吃货指南", None),
        ("2022-11-03 18:20　发布于：浙江", None, None),  # control: no account before the time
        # A notice's lead before who supplied the text: a person wrote it, a unit is the source.
        ("（本文由沈玉梅供稿）", "沈玉梅", None),
        ("（本文由宣传科供稿）", None, "宣传科"),
        # The WeChat account a notice says the text came from is its source once a writer is named, as on a page.
        ("本文来自微信公众号“江南财经观察”（ID：jncjgc），作者：韩露，经授权发布。", "韩露", "江南财经观察"),
        ("编者按：本文来自微信公众号：西城研究所（ID：xcyjs），作者：吕一鸣", "吕一鸣", "西城研究所"),
        # Controls: the writer's own account is no source; nothing but the notice names nobody.
        ("本文来自微信公众号：韩露说车（ID：hanlu_car），作者：韩露", "韩露", None),
        ("本文来自微信公众号“江南财经观察”（ID：jncjgc）", None, None),
    ],
)
def test_natural_batch_string_classes(line: str, author: str | None, source: str | None) -> None:
    read = parse_line(line)
    assert (read.author, read.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A unit, then its member, after 供稿: the member wrote it, the unit sent it (the natural batches, 4 of 4).
        ("供稿：办公室 周建华　审核：李明", "周建华", "办公室"),
        ("供稿｜工会 许丽", "许丽", "工会"),
        # Controls: a person alone wrote it; two units name no writer.
        ("供稿：孙雅婷　初审：陈强", "孙雅婷", None),
        ("供稿：团委 学生会", None, "团委 学生会"),
    ],
)
def test_a_unit_s_member_supplying_the_text_wrote_it(line: str, author: str | None, source: str | None) -> None:
    read = parse_line(line)
    assert (read.author, read.source) == (author, source)


@pytest.mark.parametrize(
    ("card", "author"),
    [
        # phpwind 6's card: the bold name in a wrapper of its own, the stats in the cell around it, no link.
        (
            "<div style='padding:5px'><b>菜篮子大妈</b></div><div class='pic'><img src='/face/3.gif'></div>"
            "<span>级别: 新手上路</span><br><span>精华: 0</span><br><span>发帖: 27</span>",
            "菜篮子大妈",
        ),
        # Control: a bold word in a cell with no stats is no card's name.
        ("<div><b>置顶公告</b></div><div class='pic'><img src='/face/3.gif'></div>", None),
    ],
)
def test_a_bold_name_wrapped_alone_over_its_card_s_stats_is_the_poster(card: str, author: str | None) -> None:
    assert _thread(card).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A reporter's Latin name after 记者, as after 作者 (an English name at a Chinese outlet).
        ("记者：Grace Wong　编辑：李明", "Grace Wong"),
        ("来源：第一财经　记者 Mary Ann Chen", "Mary Ann Chen"),
        # Controls: one word, a publication's title and a mixed run name nobody.
        ("记者 Tom", None),
        ("记者 The Paper", None),
    ],
)
def test_a_reporter_s_latin_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # An English bar's next field, its word capitalised like a name's, ends the writer's name.
        ("Source: China Daily | Published: 2021/5/6 10:02 | By Wang Xiaoyu Editor: Li Na", "Wang Xiaoyu"),
        ("2020-07-01 By Grace Liu Updated: 2020-07-02", "Grace Liu"),
        ("By Tom Hancock, Staff Reporter", "Tom Hancock"),  # control
    ],
)
def test_an_english_by_ends_at_the_next_field(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # WeChat's original mark before its writer, the bar's labelled fields after them.
        ("原创 周敏 来源：果壳 编辑：李响", "周敏"),
        ("原创 科技 来源：果壳", None),  # control: a channel word after the mark names nobody
    ],
)
def test_the_original_mark_s_writer_before_labelled_fields(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A health Q&A's answer card read as one line: name, professional title, hospital, then the answer's time.
        ("孙立平 副主任医师 浙江省人民医院 儿科　回答时间：2019-03-02 21:40", "孙立平"),
        ("周慧 主治医师 市妇幼保健院　回答于 2016-11-08", "周慧"),
        ("热心网友　回答时间：2019-03-02 21:40", None),  # control: an anonymous answerer
    ],
)
def test_a_doctor_s_answer_card_in_one_line(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
