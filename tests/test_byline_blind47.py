"""Byline classes first missed on blind47 (session 17), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylinefold import padded_names
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报记者  王 静  李\u3000明", "王静 李明"),  # two padded names in a row, as people.com.cn aligns them
        ("本报记者 刘 洋 陈 思 赵 晨", "刘洋 陈思 赵晨"),
        ("本报记者 王 静", "王静"),
    ],
)
def test_several_padded_names_in_a_row_are_each_joined(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_run_of_lone_characters_not_led_by_surnames_stays_apart() -> None:
    # The font-size switch (大 中 小) and a four-character run whose pairs are no names are no padded names.
    assert padded_names(["字号", "大", "中", "小"]) == ["字号", "大", "中", "小"]
    assert padded_names(["上", "一", "下", "一"]) == ["上", "一", "下", "一"]
    assert padded_names(["王", "静", "李", "明"]) == ["王静", "李明"]


_QQ_2010 = """<html><head><meta charset="utf-8"><title>{title}_财经频道_腾讯网</title></head><body>
<div id="C-Main-Article-QQ"><div class="hd"><h1>{title}</h1>
<div class="tit-bar"><div class="ll">
<span class="color-a-0"><a href="http://finance.qq.com/money.htm">理财</a></span><span class="color-a-1"><a
href="http://www.cs.com.cn/">中国证券报</a></span><span class="color-a-3">{name}</span><span
class="article-time">2010年09月21日06:35</span></div></div></div>
<div id="Cnt-Main-Article-QQ">
<p>　　九月以来，银行理财产品的预期收益率出现回落，一年期产品的平均收益率较八月下降了约0.2个百分点。</p>
<p>　　业内人士分析，市场资金面趋于宽松，是收益率走低的主要原因，短期内这一趋势可能延续。</p>
<p>　　不少投资者开始把目光转向债券基金和货币基金，以期获得相对稳定的回报。</p>
</div></div></body></html>"""


@pytest.mark.parametrize(("name", "author"), [("韩静怡", "韩静怡"), ("理财周刊", None)])
def test_a_name_alone_in_a_qq_bar_beside_the_time_is_the_author(name: str, author: str | None) -> None:
    # qq trusts only labelled writers in its header; a surname-led name standing alone in the meta bar counts.
    html = _QQ_2010.format(title="银行理财产品收益率九月回落", name=name)
    article = parse_html(html, "https://finance.qq.com/a/20100921/000512.htm", Registry.load())
    assert (article.author, article.source) == (author, "中国证券报")


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["游志明 报道", "（2010-05-06）"], "游志明"),  # 游 starts words (游客), a surname where a role confirms it
        (["向晓雯 報導", "2012/04/01"], "向晓雯"),
        (["常思远", "报道"], "常思远"),
        (["游乐场 报道", "（2010-05-06）"], None),  # a place ending as units and grounds do: no person
        (["游志明", "2010-05-06"], None),  # no role beside it: such a surname alone names nobody
    ],
)
def test_a_word_starting_surname_counts_where_a_reporting_role_confirms_the_name(
    lines: list[str], author: str | None
) -> None:
    assert parse_byline(lines).author == author


_WECHAT_2016 = """<html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizwap/zh_CN/htmledition/style/page/appmsg/page_mp_article_improve.css">
</head><body><div class="rich_media_inner"><div id="page-content"><div id="img-content">
<h2 class="rich_media_title" id="activity-name">{title}</h2>
<div class="rich_media_meta_list">
<em id="post-date" class="rich_media_meta rich_media_meta_text">2015-10-20</em>
{writer}<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="##" id="post-user">{account}</a>
</div>
<div class="rich_media_content" id="js_content">
<p>秋收一结束，村里的晒谷场就成了孩子们的乐园，大人们在一旁翻晒稻谷，孩子们在谷堆间追跑打闹。</p>
<p>村小学的老师说，每年这个时候，学校都会组织学生到田里捡稻穗，让孩子们知道粮食来之不易。</p>
<p>今年的稻谷收成不错，亩产比去年多了一百来斤，村民们脸上都挂着笑。</p>
</div></div></div></div></body></html>"""


@pytest.mark.parametrize(
    ("writer", "author", "source"),
    [
        # beside its writer the account published the post, no source (since session 26, natural labels)
        ('<em class="rich_media_meta rich_media_meta_text">陈思远</em>', "陈思远", None),
        ("", "乡土记忆", None),  # no person named: the account is the author (README "accounts")
    ],
)
def test_the_2016_wechat_template_s_account_link_names_the_account(
    writer: str, author: str, source: str | None
) -> None:
    # Before #js_name, the account's name sat in a#post-user beside the date and the writer.
    html = _WECHAT_2016.format(title="秋收后的晒谷场", writer=writer, account="乡土记忆")
    article = parse_html(html, "https://mp.weixin.qq.com/s/Ab3dEf9GhIjKlMnOpQrStU", Registry.load())
    assert (article.author, article.source) == (author, source)


_STATS = "".join(
    f"<dt>{word}</dt><dd>{value}</dd>"
    for word, value in (
        ("UID", "20417"),
        ("帖子", "1890"),
        ("精华", "12"),
        ("积分", "4321"),
        ("威望", "300"),
        ("金钱", "2210"),
        ("阅读权限", "90"),
        ("注册时间", "2007-5-9"),
    )
)
_DISCUZ7 = f"""<html><head><meta charset="utf-8"><title>{{subject}} - 垂钓交流 - 江畔论坛</title></head><body>
<div id="nav"><a href="index.php">江畔论坛</a> &raquo; <a href="forumdisplay.php?fid=3">垂钓交流</a></div>
<table class="postbox"><tr><td class="postauthor">
<div class="postinfo"><a href="space.php?uid=20417">{{name}}</a></div><p>版主</p><dl class="profile">{_STATS}</dl></td>
<td class="postcontent"><div class="postinfo"><strong>1#</strong> <a href="#">打印</a> 字体大小: <a>t</a><a>T</a>
<em>发表于 2010-6-12 20:41</em> | <a href="#">只看该作者</a></div>
<h1>{{subject}}</h1><div class="t_msgfont">昨天下午去了江边的老钓点，水位比上周涨了半米多，浑水。<br>
换了红虫打窝，半个小时后开始上鱼，一直钓到天黑，收获鲫鱼二十多条，最大的有三两。</div></td></tr></table>
<table class="postbox"><tr><td class="postauthor"><a href="space.php?uid=77">过路钓友</a></td>
<td class="postcontent"><em>发表于 2010-6-12 21:03</em>
<div class="t_msgfont">浑水钓鲫鱼，红虫确实好使。</div></td></tr></table>
</body></html>"""


def test_a_forum_poster_whose_card_runs_long_over_the_subject() -> None:
    # Discuz 7 prints the card's stats (UID, 帖子, 精华, 积分 … 注册时间) and the floor's tools between the
    # poster's name and the subject: the name stands further up than the poster window, over the first stat.
    html = _DISCUZ7.format(subject="江边老钓点浑水钓鲫鱼", name="江畔老垂钓")
    article = parse_html(html, "http://bbs.jiangpan.example.cn/viewthread.php?tid=8812", Registry.load())
    assert article.author == "江畔老垂钓"


_SINA_2014 = """<html><head><meta charset="utf-8"><title>{title}|央行|存款_新浪财经_新浪网</title></head><body>
<h1 id="artibodyTitle">{title}</h1>
<div class="page-info"><span class="time-source">2014年11月30日 03:12 <a href="http://www.ce.cn/">经济日报</a></span></div>
<div class="BSHARE_POP blkContainerSblkCon clearfix blkContainerSblkCon_14" id="artibody">
<p>{credit}</p>
<p>　　全国人大常委会近日审议了存款保险条例草案的修改意见，多位委员建议进一步明确偿付限额的调整机制。</p>
<p>　　草案规定，存款保险实行限额偿付，最高偿付限额为人民币50万元，今后可根据经济发展情况适时调整。</p>
<p>　　有委员提出，应当加强对投保机构的风险监测，对风险较高的机构提高费率，防范道德风险。</p>
<p class="article-editor">责任编辑：李娜 SF007</p>
</div></body></html>"""


@pytest.mark.parametrize(("credit", "author"), [("◎记者 韩思雨", "韩思雨"), ("记者 韩思雨 北京报道", "韩思雨")])
def test_a_sina_story_s_opening_credit_line_names_the_reporter(credit: str, author: str) -> None:
    # sina reads the credit lines at either end of the body as 163, qq and ifeng do: a byline, not story text.
    html = _SINA_2014.format(title="存款保险条例草案修改意见提交审议", credit=credit)
    article = parse_html(html, "http://finance.sina.com.cn/china/20141130/031221012345.shtml", Registry.load())
    assert (article.author, article.source, article.editor) == (author, "经济日报", "李娜")
    assert not any("韩思雨" in line for line in article.paragraphs)


_KANDIAN_2019 = """<html><head><meta charset="utf-8"><title>{title}|新浪看点</title></head><body>
<div class="kd-header"><a class="kd-logo" href="https://k.sina.com.cn/">新浪看点</a></div>
<div class="art_main"><h1 class="art_title">{title}</h1>
<div class="art_info"><a class="weibo_user" href="https://k.sina.com.cn/mediaDocList.d.html?uid=5512034881">{account}</a>
<span class="art_time">2019-10-21 08:40:12</span> <span class="art_source">来源：新浪看点</span></div>
<div class="art_content" id="artibody">
<p>入秋以后，阳台上的多肉开始进入生长旺季，这个时候换盆、砍头、叶插都比较合适。</p>
<p>换盆前三天不要浇水，让土壤干透，脱盆的时候根系不容易断，伤口也不容易烂。</p>
<p>新盆的土可以用泥炭、颗粒土按一比一混合，透气性好，浇水后干得也快。</p>
</div>
<div class="art_tips">本文为新浪看点用户上传，不代表新浪看点的观点或立场。</div></div>
<div class="side"><div class="author-card"><a href="https://k.sina.com.cn/mediaDocList.d.html?uid=5512034881"><img
class="avatar" src="https://tvax2.sinaimg.cn/crop.0.0.180.180/a1.jpg" alt=""></a><a class="name"
href="https://k.sina.com.cn/mediaDocList.d.html?uid=5512034881">{account}</a><p>关注</p></div></div></body></html>"""


def test_a_kandian_post_s_account_card_names_its_author() -> None:
    # The platform names itself in 来源 (no source); its notice marks the post, so the account its card shows beside
    # an avatar, linked to a profile, is the one that published it (README "accounts").
    html = _KANDIAN_2019.format(title="秋天给多肉换盆，记住这三点", account="阳台种花日记")
    article = parse_html(html, "https://k.sina.com.cn/article_5512034881_14889d94100100kxyz.html", Registry.load())
    assert (article.author, article.source) == ("阳台种花日记", None)


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("编辑：王晓萌 本文转载自人民网，仅供学习交流，如有侵权请联系删除。", None, None, "王晓萌"),
        ("责任编辑：陈思 声明：本文仅代表作者观点，不代表本站立场。", None, None, "陈思"),
        ("来源：新华网 本文仅代表作者观点，不代表本站立场。", None, "新华网", None),
        ("作者：李明 本文为原创文章，转载请注明出处。", "李明", None, None),
        ("编辑部认为，这篇文章值得一读。", None, None, None),  # no field opens it: prose
    ],
)
def test_fields_opening_a_line_that_runs_on_into_a_notice(
    line: str, author: str | None, source: str | None, editor: str | None
) -> None:
    # A closing bar printed with the site's notice after it (编辑：X 本文转载自…，如有侵权…): the fields before
    # the notice are read; the notice is prose.
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize("line", ["回复 | 编辑 | TOP", "引用 | 编辑 | Top", "编辑 | 顶部"])
def test_a_forum_post_s_back_to_top_link_beside_its_edit_button_is_no_editor(line: str) -> None:
    assert parse_line(line).editor is None


@pytest.mark.parametrize(
    ("lines", "author", "source"),
    [
        (["石佳/中国青年报", "2019-09-24 09:10"], "石佳", "中国青年报"),  # thepaper's reprint bar, read rule-less
        (["王晓丽 / 新京报", "2018-03-02 07:15"], "王晓丽", "新京报"),
        (["陈明 | 北京青年报", "2017-06-11 18:40"], "陈明", "北京青年报"),
        (["文/张三", "2019-09-24 09:10"], "张三", None),
        (["首页/国内/社会", "2019-09-24 09:10"], None, None),  # a trail's steps are no parts of a bar
    ],
)
def test_a_name_and_an_outlet_over_the_time_line_are_its_bar(
    lines: list[str], author: str | None, source: str | None
) -> None:
    found = parse_byline(lines)
    assert (found.author, found.source) == (author, source)
