"""Classes the natural batches blind79n and blind80n showed once flipped to tune (writers who never read the README,
given only issue 13's field meanings), as hand-written variants in other wordings and markup: never a copy of a blind
page or string. The first classes are listed here; each later test names its own in its comments (labels, names,
editors, platforms, suppliers, tellers, credit marks, reprints, a weak related heading).

- A wire dateline printing the whole date (``中央社記者X台北2018年12月3日電``) names its reporter and agency as the
  day-only one does.
- A contact's label (邮箱, 电话) ends the value before it: ``编辑：X 邮箱：…`` names X.
- Under a time-only line, ``X／工商時報`` (a name and an outlet split at a slash) is the bar's writer and source,
  and the time's element may be glued to the date's (``14:022018/07/11``).
- A rule's page naming no editor near its story reads a 责任编辑 line further down, past a related list, and a
  line of credits with a 责任编辑 among them counts as the editor's line.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinetail import editor_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("（中央社記者陳立德台北2019年5月8日電）行政院今天院會通過。", "陳立德", "中央社"),
        ("（中央社记者周文清高雄2017年11月21日电）", "周文清", "中央社"),
        ("（中央社記者陳立德台中5月8日電）", "陳立德", "中央社"),
        ("（中央社記者陳立德、許文達花蓮縣2019年5月8日電）", "陳立德 許文達", "中央社"),
        ("新华社上海2016年3月9日电（记者 吴立平）今天上午", "吴立平", "新华社"),
        # Control: the day-only form, as before.
        ("（中央社記者陳立德台北8日電）", "陳立德", "中央社"),
    ],
)
def test_a_wire_dateline_with_the_whole_date_names_reporter_and_agency(
    line: str, author: str, source: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("（编辑：许晴 邮箱：desk@news.test）", None, "许晴"),
        ("责任编辑：许晴邮箱：desk@news.test", None, "许晴"),
        ("记者 唐一鸣 电话：021-5555", "唐一鸣", None),
        ("作者：唐一鸣 電郵：tang@news.test", "唐一鸣", None),
        # Controls: no contact label; a word merely holding 信箱 stays the value.
        ("（编辑：许晴）", None, "许晴"),
        ("编辑：许晴 来源：某某晚报", None, "许晴"),
    ],
)
def test_a_contact_s_label_ends_the_value_before_it(line: str, author: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


def _bar_page(lines: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>台股收黑 電子權值股走弱 - 財經</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a><a href='/money/'>財經</a></div>"
        f"<h1>台股收黑 電子權值股走弱</h1><div class='meta'>{lines}</div>"
        f"<div class='article-body'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("lines", "author", "source"),
    [
        ("<span>09:412019/03/15</span><div>林怡秀／經濟日報</div>", "林怡秀", "經濟日報"),
        ("<span>2019/03/15 09:41</span><div>林怡秀/經濟日報</div>", "林怡秀", "經濟日報"),
        ("<span>2019-03-15 09:41</span><div>林怡秀 | 經濟日報</div>", "林怡秀", "經濟日報"),
        # Control: a trail of channel words under the time names nobody.
        ("<span>2019/03/15 09:41</span><div>首頁/財經/股市</div>", None, None),
    ],
)
def test_a_name_and_outlet_split_at_a_slash_under_the_time(
    registry: Registry, lines: str, author: str | None, source: str | None
) -> None:
    article = parse_html(_bar_page(lines), "https://www.money.test/news/20190315/88.html", registry)
    assert (article.author, article.source) == (author, source)


def _ifeng_2008(closing: str) -> str:
    related = "".join(
        f"<li><a href='http://news.ifeng.com/mainland/200811/1106_17_8675{n}.shtml'>港府推出措施稳定市场之{n}</a>"
        f" 2008-11-0{n % 7 + 1}</li>"
        for n in range(10, 22)
    )
    return (
        "<html><head><meta charset='utf-8'><title>港股周五反弹_资讯频道_凤凰网</title></head><body>"
        "<div id='artical'><h1 id='artical_topic'>港股周五反弹 恒指收复14000点</h1>"
        "<div id='artical_sth'><span class='ss01'>2008年11月07日 09:12</span></div>"
        f"<div id='artical_real'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        f"<div class='xgxw'><h3>相关新闻</h3><ul>{related}</ul></div>"
        f"<div class='tags'>{closing}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "editor"),
    [
        ("[责任编辑：韩立群] 标签：香港 港股", "韩立群"),
        ("（责编：韩立群）", "韩立群"),
        # Control: a plain 编辑 that far down may be any list's; it is not read.
        ("编辑推荐：港股周报", None),
    ],
)
def test_a_rule_page_reads_the_responsible_editor_past_its_related_list(
    registry: Registry, closing: str, editor: str | None
) -> None:
    article = parse_html(_ifeng_2008(closing), "http://news.ifeng.com/hongkong/200811/1107_1433_86.shtml", registry)
    assert article.parser == "ifeng"
    assert article.editor == editor


@pytest.mark.parametrize(
    ("lines", "editor"),
    [
        (["本文来源：新华网 作者：张立 责任编辑：王一平_NN6212"], "王一平"),
        (["来源：人民网 责编：王一平"], "王一平"),
        # Controls: a sentence quoting the label; a plain 编辑 in a credit line far from the story.
        (["据介绍，该报责任编辑：王一平曾表示"], None),
        (["来源：人民网 编辑：王一平"], None),
    ],
)
def test_a_line_of_credits_with_a_responsible_editor_is_the_editor_s(lines: list[str], editor: str | None) -> None:
    assert editor_line(lines) == editor


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        # 责任 glued before the next label (责任校对, 责任审核) is that label's word, not the editor's name.
        ("责任编辑：孔维 责任校对：丁蓉", None, "孔维"),
        ("责任编辑：孔维责任审核：丁蓉", None, "孔维"),
        # A named commentator; the paper's own 评论员 and its words glued on name nobody.
        ("评论员 司马青", "司马青", None),
        ("本报评论员 欧阳明", "欧阳明", None),
        ("本报评论员文章", None, None),
        ("评论员观察", None, None),
        # A handle's @ is no character of it.
        ("作者：@北岸的风　来源：微博", "北岸的风", None),
        # A Chinese name after By.
        ("By 曾志伟 / Staff Reporter", "曾志伟", None),
        ("By 学生会", None, None),
        # A poster who compiled the post: 由 X 整理发布.
        ("本文由 许文静 整理发布", "许文静", None),
        # A teller and the note-taker write it together; a tag 【记录】 credits nobody.
        ("讲述人：老教师 梁子平　记录：方玲", "梁子平 方玲", None),
        ("讲述者：梁子平（退休医生）", "梁子平", None),
        ("【记录】我家老房翻新全过程", None, None),
        # A dharma name before 法师 is a person's; a handle ending in 居士 keeps its word.
        ("主讲：慧远法师", "慧远", None),
        ("作者：松风居士", "松风居士", None),
        # A note holding a class's bracketed number.
        ("作者：何子琪（县第一中学初二（5）班）", "何子琪", None),
    ],
)
def test_labels_and_names_the_natural_strings_showed(line: str, author: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # 出品 after a unit closes the reporter's credit: the unit produced it, neither is a name.
        ("全媒体记者 程远 县融媒体中心 出品", "程远"),
        ("记者 程远 出品", "程远"),
        # A photographer by a dharma name beside the writer; a photo credit alone names no writer.
        ("（释慧明 文 妙贤 摄）", "释慧明"),
        ("（妙贤 摄）", None),
        ("（程远 文 某某社 摄）", "程远"),
    ],
)
def test_roles_after_names_close_the_credit(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_cms_login_in_the_footer_s_author_markup_names_nobody(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>長者中心消息</title></head><body>"
        "<article><h1 class='entry-title'>長者中心十月活動預告</h1>"
        f"<div class='entry-content'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        "<footer class='entry-footer'><span class='byline'>作者 <span class='author vcard'>"
        "<a class='url fn n' href='/author/{login}/'>{login}</a></span></span>"
        "<span class='posted-on'>發佈於 2018年8月20日</span></footer></article></body></html>"
    )
    admin = parse_html(page.replace("{login}", "centre-admin"), "https://www.elder.test/2018/08/20/news/", registry)
    person = parse_html(page.replace("{login}", "陳嘉欣"), "https://www.elder.test/2018/08/20/news/", registry)
    assert (admin.author, person.author) == (None, "陳嘉欣")


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        # An editor's credit alone in round brackets: the name may be led by a rare surname.
        ("（编辑 蔺可欣）", "蔺可欣"),
        ("(编辑 应子航)", "应子航"),
        # The page's editor (本版编辑) before other desk roles.
        ("本版编辑 韩冬 美编 程颖 校对 吕青", "韩冬"),
        ("责任编辑：屈立新 | 本版编辑：李航", "屈立新"),
        # A CMS's administrator account in Chinese after 编辑 stays the editor as shown (one natural string against).
        ("时间：2021-03-02 来源：县人社局 编辑：网站管理员", "网站管理员"),
        ("责任编辑：admin", None),
        # Controls: a bare 编辑 outside brackets still needs a person's name.
        ("编辑 蔺晨", None),
        ("（编辑 韩冬）", "韩冬"),
    ],
)
def test_editor_credits_the_natural_strings_showed(line: str, editor: str | None) -> None:
    assert parse_line(line).editor == editor


def _cards(ids: tuple[int, ...]) -> str:
    return "".join(
        f"<a href='https://www.hk.test/news/{n}/story-{n}'><div class='card'>離島假日人流急增 第{n}期跟進報道</div></a>"
        for n in ids
    )


def _hk_page(after_story: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>碼頭人龍伸延 | 社會新聞</title></head><body><main>"
        f"<article><h1>碼頭人龍伸延至海濱長廊</h1><div class='body'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        f"</article>{after_story}</main></body></html>"
    )


def test_a_traditional_may_interest_you_heading_introduces_the_related_cards(registry: Registry) -> None:
    alone = _hk_page(f"<section class='Recommend'><h3>你可能感興趣</h3>{_cards((511902, 511640))}</section>")
    article = parse_html(alone, "https://www.hk.test/news/512287/story", registry)
    assert [item.url for item in article.related] == [
        "https://www.hk.test/news/511902/story-511902",
        "https://www.hk.test/news/511640/story-511640",
    ]
    # Beside a 相關新聞 list, the same heading is the site's feed (weak, as 猜你喜歡 is).
    beside = _hk_page(
        f"<section class='related'><h3>相關新聞</h3>{_cards((500001, 500002, 500003))}</section>"
        f"<section class='Recommend'><h3>你可能感興趣</h3>{_cards((511902, 511640))}</section>"
    )
    article = parse_html(beside, "https://www.hk.test/news/512287/story", registry)
    assert [item.url.rsplit("/", 2)[1] for item in article.related] == ["500001", "500002", "500003"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A bilingual credit pair: Text names the writer, Photo ends a name read after By.
        ("Photo: 罗雨 / Text: 苏蔓", "苏蔓"),
        ("Written by Mandy Lau  Photo: Ken Wong", "Mandy Lau"),
        ("Photo: Ken Wong", None),
        # A Zhihu user's handle after 知乎用户 @.
        ("知乎用户 @北窗听雨 · 2022-03-01", "北窗听雨"),
        # An account bar parted by dots, its day shown without the year.
        ("企鹅号 · 厨房里的小确幸 · 03-12", "厨房里的小确幸"),
        ("澎湃新闻·澎湃号·政务", None),
        # A year of entry before a pupil's name; 上班 in a handle is no class.
        ("撰稿：2021级学生 梁若溪", "梁若溪"),
        ("楼主：开车去上班  时间：2010-05-14 21:17:00", "开车去上班"),
        # A double surname set off from the given name is one name.
        ("作　者：司马 青青", "司马青青"),
        # A default CMS account in pinyin names nobody.
        ("作者：bianji", None),
        # A person before 供稿, after a dash and a post too; a unit before it is no writer.
        ("林若冰 供稿", "林若冰"),
        ("—— 红十字会志愿者 林若冰 供稿", "林若冰"),
        ("医院办公室 供稿", None),
    ],
)
def test_writers_the_natural_strings_showed(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A person after 供稿 wrote the text; a unit there is the source.
        ("供稿：林若冰 初审：周强 终审：黄伟国", "林若冰", None),
        ("供稿：宣传部", None, "宣传部"),
        # Discuz's edit note after the 楼主 tag names the poster, not its own words.
        ("楼主:本帖最后由 渡口听风 于 2019-03-02 10:31 编辑", "渡口听风", None),
    ],
)
def test_supplier_and_edit_note_credits(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def _news_bar_page(bar: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>某品牌智能门锁发布 - 数码</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/digi/'>数码</a></div>"
        f"<h1>某品牌智能门锁发布：内置猫眼摄像头</h1><div class='info'>{bar}</div>"
        f"<div class='post_content'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "author"),
    [
        # The writer's handle, the time and the comment count: a news bar's writer.
        ("<span>晚舟</span> <span>2021/11/3 14:36</span> <span>评论 228</span>", "晚舟"),
        # Controls: the site's or a mark's word there names nobody; no count, no writer.
        ("<span>原创</span> <span>2021/11/3 14:36</span> <span>评论 228</span>", None),
        ("<span>晚舟</span> <span>2021/11/3 14:36</span>", None),
    ],
)
def test_a_handle_before_the_time_and_comment_count_writes(registry: Registry, bar: str, author: str | None) -> None:
    article = parse_html(_news_bar_page(bar), "https://www.digi.test/0/588/123.htm", registry)
    assert article.author == author


def test_a_self_media_post_s_source_line_just_past_its_body(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>银行下调存单利率</title></head><body>"
        "<div class='article-title'><h2>多家银行下调大额存单利率</h2></div>"
        "<div class='author-box'><p class='author-name'>理财小眼</p>"
        "<span class='date'>发布时间：06-18</span><span class='time'>09:27</span></div>"
        f"<div class='article-content'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p><p>（记者 郭立新）</p></div>"
        "<p class='source'>本文来源：某某日报</p><div class='report'>举报/反馈</div></body></html>"
    )
    article = parse_html(page, "https://baijiahao.baidu.com/s?id=1669790346512378842", registry)
    assert article.parser == "baijiahao"
    assert (article.author, article.source) == ("郭立新", "某某日报")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A teller addressed by a kin word is no writer; one named is.
        ("口述：孙大爷\u3000整理：记者 程远", "程远"),
        ("讲述人：钱阿姨\u3000记者：闻一", "闻一"),
        ("口述：孙德明\u3000整理：记者 程远", "孙德明 程远"),
        ("口述：老周  整理：程远", "老周 程远"),
        # 曾 after 记者 leads a name when the report's place follows, not prose.
        ("【記者曾雅琪／高雄報導】", "曾雅琪"),
        ("记者曾多次前往现场", None),
        # A theme's "Posted on DATE by X"; a handle's @ inside a note on the named writer is no second name.
        ("发表于 2008年4月3日 由 临江仙子", "临江仙子"),
        ("本文作者：程小舟（微博@程小舟在路上）", "程小舟"),
        ("（本文系作者 @江上风 授权本站发表）", "江上风"),
        ("Written by: Zhou Ming; Photos: Lin Bo", "Zhou Ming"),
    ],
)
def test_more_writers_the_natural_strings_showed(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_labelled_writer_outranks_the_theme_s_poster() -> None:
    from newscorpus.scrapers.byline import parse_byline

    assert parse_byline(["发表于 2012年3月5日 由 青协小编", "文/志愿者 程晓琳"]).author == "程晓琳"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A photo credit later in the line covers only its own reporter when a writer's role closed the first.
        ("□记者 欧阳青 实习生 周一 文 □记者 乔木 摄", "欧阳青 周一", None),
        ("记者 欧阳青 文 记者 乔木 摄", "欧阳青", None),
        ("记者 欧阳青 通讯员 周一 摄", None, None),
        # The writer a site's permission note names; the writer by a pronoun names no outlet either.
        ("本文为作者 禾苗 授权本站发布，未经许可不得转载", "禾苗", None),
        ("本文经作者授权发布", None, None),
        ("本文由“小城往事”原创，转载请注明出处", "小城往事", None),
        ("特约作者 唐一", "唐一", None),
    ],
)
def test_credit_lines_the_natural_strings_showed(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # Title marks after a reprint's label set the publication off as a colon would.
        ("轉載自《青松月刊》第64期", "青松月刊"),
        ("转载自《读书周报》", "读书周报"),
        ("据说他转载自《读书周报》", None),
        # A compiled story's outlets parted by a space.
        ("综合自：界面新闻 南方周末", "界面新闻 南方周末"),
        ("综合 整理", None),
    ],
)
def test_reprint_and_compiled_sources_the_natural_strings_showed(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


def test_a_doctor_named_by_the_title_stays_the_answerer() -> None:
    # A trade before a teller's name is a post (老教师 X), but 医生 after a surname is how a doctor is addressed.
    assert parse_line("回答者：孙医生 主治医师 2013-09-07").author == "孙医生"


@pytest.mark.parametrize("line", ["作者：网站管理员", "发布者：系统管理员　发布时间：2012-10-08", "作者：xiaobian"])
def test_an_administrator_account_writes_nothing(line: str) -> None:
    assert parse_line(line).author is None
