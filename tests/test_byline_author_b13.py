"""Author classes learnt from blind13 (tune material for byline-b13a), as hand-written variants.

Each test is another wording, markup or era of a class, never a copy of a blind page: a credit line of names
each followed by its role (``X 文 ／ Y 图``), a forum handle or Latin name ending in a year next to the CMS IDs
that still go, a nickname ending in one Latin letter, a blog's ``X 已于 TIME 修改``, a string holding a
story's opening cut before its full stop after a credit bracket, and a bracket alone holding a name under a
story's last sentence (``（王健）``).
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import clean_author, clean_editor, parse_line
from newscorpus.scrapers.bylinelone import role_pairs
from newscorpus.scrapers.bylinemarkup import plausible_name
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "社区今年把三处闲置空地改成了口袋公园，周边居民傍晚散步有了去处，孩子们放学后也常在这里玩耍，物业说投诉少了很多。"
)


def _parse(html: str, url: str | None) -> Article:
    return parse_html(html, url, Registry.load())


# --- names each followed by its role ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("孙悦 文 ｜ 刘洋 摄影", "孙悦"),
        ("张晓燕 李建国 文 王海 摄", "张晓燕 李建国"),
        ("（高二3班 王小明 文／校团委 李华 摄）", "王小明"),
        ("（信息中心 郑磊 撰文 宣传部 何苗 供图）", "郑磊"),
        ("周婷 文/图", "周婷"),
        ("陈浩 摄 罗佳 文", "罗佳"),
        ("【何静　文　／　韩磊　攝影】", "何静"),
    ],
)
def test_names_followed_by_their_roles_credit_the_writers_only(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文/林海 图/陈卓", "林海"),  # a prefix credit: the grammar's, not a line of postfix roles
        ("林海/文 陈卓/图", "林海"),
        ("陈浩 图", None),  # a photographer alone credits no writer
        ("张三 李四 摄", None),
    ],
)
def test_prefix_credits_and_photographers_alone_are_read_as_before(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_line_of_roles_needs_persons_before_each_role() -> None:
    # "新区 文" is no credit: the word before the role is no person led by a common surname
    assert role_pairs("新区 文 / 旧城 图") is None
    assert role_pairs("（初二年级 罗思琪 文 / 信息中心 陈浩 图）") == (["罗思琪"], "")
    assert role_pairs("王建国 文 / 李华 图 / 编辑 何苗") == (["王建国"], "编辑 何苗")


def _school_page(closing: str) -> str:
    return (
        "<html><head><title>口袋公园建成开放_校园动态</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/xydt/'>校园动态</a></div>"
        "<div class='content'><h2>口袋公园建成开放</h2><div class='info'>2019-04-12 栏目：校园动态 阅读：-</div>"
        + f"<p>{_TEXT}</p>"
        * 4
        + f"<p style='text-align:right'>{closing}</p></div>"
        "<div class='foot'>版权所有 某某中学</div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("（高一5班 周子涵　文　／　宣传部 梁博　摄）", "周子涵"),
        ("周子涵 撰文 ｜ 梁博 摄影", "周子涵"),
    ],
)
def test_a_school_pages_closing_credit_names_its_writer_not_its_photographer(closing: str, author: str) -> None:
    assert _parse(_school_page(closing), "http://www.example-school.cn/index.php?m=content&id=77").author == author


# --- handles and nicknames ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：lucky_star2016", "lucky_star2016"),
        ("楼主：Tom_Lee2015", "Tom_Lee2015"),
        ("发帖人：xiaoyu1988", "xiaoyu1988"),
    ],
)
def test_a_handle_ending_in_a_year_keeps_it(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("value", "editor"),
    [
        ("王晓易_NE0011", "王晓易"),
        ("杨倩_nf4425", "杨倩"),
        ("张晓 NN094", "张晓"),
        ("李伟SN098", "李伟"),
        ("SN098", None),
    ],
)
def test_cms_ids_after_a_name_still_go(value: str, editor: str | None) -> None:
    assert clean_editor(value) == editor


def test_a_nickname_ending_in_one_latin_letter_is_no_brand() -> None:
    assert plausible_name("码农小K", set()) and plausible_name("阿Q", set())
    assert not plausible_name("腾讯QQ", set()) and not plausible_name("IT之家", set())
    assert clean_author("老K") == "老K"


def _forum_page(handle: str) -> str:
    return (
        "<html><head><title>周末去西湖骑行的路线分享 - 骑行天下 - 某某论坛</title></head><body>"
        "<div id='pt'><a href='./'>论坛</a> › <a href='forum-12-1.html'>骑行天下</a></div>"
        "<div id='postlist'><h1><span id='thread_subject'>周末去西湖骑行的路线分享</span></h1>"
        "<table id='pid901'><tr><td class='pls'><div class='authi'>"
        f"<a href='space-uid-5566.html' class='xw1'>{handle}</a></div>"
        "<dl><dt>主题</dt><dd>12</dd><dt>帖子</dt><dd>340</dd><dt>积分</dt><dd>1200</dd></dl></td>"
        "<td class='plc'><div class='authi'><em>发表于 2016-5-3 08:12</em></div>"
        "<div class='t_f'>" + f"<p>{_TEXT}</p>" * 4 + "</div></td></tr></table></div></body></html>"
    )


def test_a_forum_starters_handle_ending_in_a_year_is_read_whole() -> None:
    article = _parse(_forum_page("hzqixing2016"), "http://bbs.example.com/thread-1-1-1.html")
    assert article.author == "hzqixing2016"


def _blog_page(owner: str) -> str:
    return (
        f"<html><head><title>用生成器处理日志 - {owner} - 博客园</title></head><body>"
        f"<div id='header'><h1><a href='https://www.cnblogs.com/laozhou/'>{owner}</a></h1><h2>记录一点代码</h2></div>"
        "<div id='main'><div class='post'><h1 class='postTitle'><a href='/laozhou/p/88.html'>用生成器处理日志</a></h1>"
        "<div class='postBody'>" + f"<p>{_TEXT}</p>" * 4 + "</div></div>"
        "<div id='footer'>Copyright © 2021 " + owner + "</div></div></body></html>"
    )


def test_a_blog_owner_nicknamed_with_a_latin_letter_is_the_author() -> None:
    article = _parse(_blog_page("老周Z"), "https://www.cnblogs.com/laozhou/p/88.html")
    assert article.author == "老周Z"


# --- a blog's edit line, a story's cut opening ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("运维小王 已于 2022-11-03 20:15:07 修改 阅读量 356 收藏 12", "运维小王"),
        ("Jeremy Tsheng 已于 2023-03-12 13:08:03 修改", "Jeremy Tsheng"),
        ("码农小K 于 2021-03-04 10:20 发布", "码农小K"),
        ("本帖最后由 zjx 于 2015-9-8 10:00 编辑", None),  # a forum's edit note names the last editor
    ],
)
def test_a_blog_posts_edit_line_names_its_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("【大阪＝中村千尋】大阪府は２０日、新型コロナ", "中村千尋"),
        ("（記者林志明／台中報導）台中市政府今天宣布明年起", "林志明"),
        ("（中央社記者黃佳琳高雄5日電）高雄市立美術館今年", "黃佳琳"),
        ("（新华社记者 李明）北京3月5日电 今天", "李明"),
    ],
)
def test_a_credit_bracket_opening_a_cut_story_string_credits_the_writer(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["（图）张三 2024-05-01", "【独家】某某科技公司今日发布新品"])
def test_a_bracket_naming_nobody_before_text_credits_nobody(line: str) -> None:
    assert parse_line(line).author is None


# --- a name signing the story off -------------------------------------------------------------------


def _portal_page(bar: str, closing: str, after: str = "") -> str:
    return (
        "<html><head><title>主场逆转取胜 重回榜首_体育</title></head><body>"
        "<header><a href='https://sports.example.cn/'>体育</a></header><article>"
        f"<h1>主场逆转取胜 重回榜首</h1><div class='meta'>{bar}</div>"
        "<div class='art'>" + f"<p>{_TEXT}</p>" * 4 + f"<p>{closing}</p></div>{after}</article></body></html>"
    )


@pytest.mark.parametrize(("closing", "author"), [("（李明）", "李明"), ("（张伟、刘洋）", "张伟 刘洋")])
def test_a_name_in_a_bracket_under_the_last_sentence_signs_the_story(closing: str, author: str) -> None:
    page = _portal_page("<span>2019-03-10 01:24</span>", closing)
    assert _parse(page, "https://sports.example.cn/2019-03-10/detail-1.html").author == author


@pytest.mark.parametrize("closing", ["（上海）", "（完）", "（未完待续）"])
def test_a_place_or_a_note_in_the_closing_bracket_signs_nothing(closing: str) -> None:
    page = _portal_page("<span>2019-03-10 01:24</span>", closing)
    assert _parse(page, "https://sports.example.cn/2019-03-10/detail-1.html").author is None


def test_a_labelled_writer_outranks_the_closing_bracket() -> None:
    page = _portal_page("<span>2019-03-10 01:24</span> <span>作者：王芳</span>", "（李明）")
    assert _parse(page, "https://sports.example.cn/2019-03-10/detail-1.html").author == "王芳"


def test_a_bracket_after_a_related_headline_signs_nothing() -> None:
    related = (
        "<div class='related'><h3>相关阅读</h3><ul>"
        "<li><a href='/2019-03-09/detail-2.html'>客场险胜 积分追平</a><span>（赵磊）</span></li>"
        "<li><a href='/2019-03-08/detail-3.html'>伤病名单公布 主力缺阵</a><span>（钱勇）</span></li></ul></div>"
    )
    page = _portal_page("<span>2019-03-10 01:24</span>", "比赛结束后球员向球迷致意。", related)
    assert _parse(page, "https://sports.example.cn/2019-03-10/detail-1.html").author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("张三 撰稿", "张三"), ("（李明 执笔 ／ 王芳 摄）", "李明"), ("赵敏 整理", "赵敏"), ("资料 整理", None)],
)
def test_other_writer_roles_after_the_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [("■文/张晓燕", "张晓燕"), ("◎文｜何静 图｜韩磊", "何静"), ("◆撰文 郑磊", "郑磊"), ("●国内新闻", None)],
)
def test_a_credit_mark_glued_to_a_label_is_punctuation(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("执笔人：孙建国", "孙建国"),
        ("撰写：何静 审核：李强", "何静"),
        ("冯雪 编译", "冯雪"),
        ("李华 口述 ／ 王明 整理", "李华 王明"),
        ("他撰写了多篇文章", None),  # a credit word in prose, with no separator after it
    ],
)
def test_a_drafters_labels_and_roles(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（文・写真　佐藤健一）", "佐藤健一"),
        ("取材・文　中村千尋", "中村千尋"),
        ("（取材・文／上田勇紀）", "上田勇紀"),
    ],
)
def test_a_japanese_two_word_credit_takes_a_gap_for_its_separator(line: str, author: str) -> None:
    assert parse_line(line).author == author


# --- values and credits other templates print -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("〔作者：张晓燕〕", "张晓燕"),
        ("作者：某某县第一中学 李华 王芳", "李华 王芳"),
        ("作者：高二（3）班 周子涵", "周子涵"),
        ("作者：德育处 梁博", "梁博"),
        ("作者：某某中学", None),  # a school alone is no writer (README: since session 25, schools since 27)
    ],
)
def test_a_unit_before_the_names_in_an_author_value(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("唐·王维", "王维"),
        ("宋代 · 苏轼", "苏轼"),
        ("[唐]·李白", "李白"),
        ("杜甫（唐）", "杜甫"),
        ("白居易〔唐〕", "白居易"),
    ],
)
def test_a_classical_writer_beside_the_period(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["唐·传奇", "唐代：盛世", "明·清"])
def test_a_period_beside_no_person_credits_nobody(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("張貼者：蝸牛小姐 於 下午3:20", "蝸牛小姐"),
        ("发帖者：濠河老猫", "濠河老猫"),
        ("發文者：南山老陳", "南山老陳"),
        ("作者姓名：何静", "何静"),
        ("发布者：教务处", None),  # a publisher names no author (README: kept convention)
    ],
)
def test_a_posters_and_a_tables_writer_labels(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("（王建国 文 / 李华 图 / 编辑 何苗）", "王建国", "何苗"),
        ("王建国 文 ｜ 李华 摄影 ｜ 责任编辑：何苗", "王建国", "何苗"),
    ],
)
def test_a_line_of_roles_then_the_next_credit(line: str, author: str, editor: str) -> None:
    byline = parse_line(line)
    assert (byline.author, byline.editor) == (author, editor)


def test_a_ranking_headline_opening_with_a_credit_credits_nobody_on_a_page() -> None:
    """The cut-opening reading is for strings only: on a page a list's headline opens the same way."""
    page = (
        "<html><head><title>輸入規制を強化へ | 例示新聞</title></head><body><article><h1>輸入規制を強化へ</h1>"
        "<div class='date'>2024年5月3日 10時00分</div><div class='body'>"
        + "<p>【ロンドン＝共同】英政府は２日、移民の受け入れを抑える新たな規制を発表した。関係者が明らかにした。</p>"
        * 3
        + "</div></article><div class='ranking'><h3>ランキング</h3><ol>"
        "<li><a href='/a/1'>【北京＝田中健二】中国の輸出が回復</a></li>"
        "<li><a href='/a/2'>【ソウル＝鈴木一郎】韓国の物価上昇続く</a></li></ol></div></body></html>"
    )
    assert _parse(page, "https://news.example.jp/world/20240503-uk").author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted by 小鱼儿 at 3:20 PM", "小鱼儿"),
        ("Written by 老周", "老周"),
        ("Posted by Jane Doe at 3:20 PM", "Jane Doe"),
        ("Posted by admin at 3:20 PM", None),  # a placeholder names nobody
    ],
)
def test_an_english_blog_footer_naming_a_han_handle(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_blogger_posts_footer_names_its_writer() -> None:
    page = (
        "<html><head><title>口袋公园開放了</title></head><body><div class='header'><h1>"
        "<a href='https://snail.blogspot.com/'>蝸牛的日常</a></h1></div><div class='date-header'><span>2019年3月4日"
        "</span></div><div class='post'><h3 class='post-title'>口袋公园開放了</h3><div class='post-body'>"
        + f"<p>{_TEXT}</p>"
        * 4
        + "</div><div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>小鱼儿</span>"
        "</span> <span class='post-timestamp'>at <a href='#'>3:20 PM</a></span></div></div></body></html>"
    )
    assert _parse(page, "https://snail.blogspot.com/2019/03/park.html").author == "小鱼儿"


def _hosted_blog(title: str, root_link: str, url: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='hd'>{root_link}</div>"
        "<div class='post'><h2 class='title'>口袋公园开放了</h2><div class='meta'>2019-03-04 12:00</div>"
        "<div class='body'>" + f"<p>{_TEXT}</p>" * 4 + "</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "root_link", "url", "author"),
    [
        (
            "口袋公园开放了-小鱼儿-和讯博客",
            "<a href='http://xiaoyu.blog.example.com/'>小鱼儿</a>",
            "http://xiaoyu.blog.example.com/123456_d.html",
            "小鱼儿",
        ),
        (
            "口袋公园开放了 – 晓风的博客",
            "<a href='https://xiaofeng.example-press.com/'>晓风的博客</a>",
            "https://xiaofeng.example-press.com/2019/03/04/park/",
            "晓风",
        ),
        (  # the blog's front page named as chrome
            "口袋公园开放了-小鱼儿-和讯博客",
            "<a href='http://xiaoyu.blog.example.com/'>首页</a>",
            "http://xiaoyu.blog.example.com/123456_d.html",
            None,
        ),
        (  # a news channel's host: no blog, its front page is the channel
            "口袋公园开放了_财经频道_某某网",
            "<a href='https://finance.example.cn/'>财经</a>",
            "https://finance.example.cn/a/20190304/123.html",
            None,
        ),
    ],
)
def test_a_blog_on_a_host_of_its_own_links_its_owner_to_the_hosts_root(
    title: str, root_link: str, url: str, author: str | None
) -> None:
    assert _parse(_hosted_blog(title, root_link, url), url).author == author


# --- forum and group posters ---------------------------------------------------------------------------

_REPLY = "<div class='reply'><a href='/u/222'>路人甲</a> 2019-03-04 13:00 <p>说得好，支持一下。</p></div>"


def _thread(head: str, url: str) -> tuple[str, str]:
    html = (
        "<html><head><title>湖边步道修好了</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<h1>湖边步道修好了</h1>{head}<div class='topic-content'>" + f"<p>{_TEXT}</p>" * 4 + f"</div>{_REPLY}"
        "</body></html>"
    )
    return html, url


@pytest.mark.parametrize(
    ("head", "url", "author"),
    [
        (  # a group topic's 来自 naming a person linked to a profile: the poster
            "<h3><span class='from'>来自: <a href='https://www.example-group.com/people/hubian/'>湖边散步的猫</a></span>"
            "<span>2019-03-04 12:00:00</span></h3>",
            "https://www.example-group.com/group/topic/123456/",
            "湖边散步的猫",
        ),
        (  # a member page named by the handle
            "<small><a href='/member/hubianmao'>hubianmao</a> · 2019-03-04 12:00:00 +08:00 · 1234 次点击</small>",
            "https://www.example-forum.com/t/123456",
            "hubianmao",
        ),
        (  # 来自 naming a place without a profile link names nobody
            "<div>来自: 江苏苏州 2019-03-04 12:00</div>",
            "https://www.example-forum.com/t/123457",
            None,
        ),
    ],
)
def test_a_topics_poster_linked_to_a_profile(head: str, url: str, author: str | None) -> None:
    html, url = _thread(head, url)
    assert _parse(html, url).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [("发信人: hubianmao (湖边猫), 信区: Hangzhou", "hubianmao"), ("發信人: abc123 (阿明), 信區: Taipei", "abc123")],
)
def test_a_bbs_posts_sender_is_its_writer(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("热心网友小鱼 回答于 2019-03-05", "热心网友小鱼"),
        ("回答者：湖边散步的猫", "湖边散步的猫"),
        ("答主：老周 2019-03-05", "老周"),
        ("提问者：路人乙 2019-03-04", None),  # the asker is no writer (README)
    ],
)
def test_a_qa_answers_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
