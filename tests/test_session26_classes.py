"""Conventions settled in session 26 on the natural batches' labels (blind74n-76n: writers who never read the
README, given only issue 13's field meanings), as hand-written variants in other wordings and markup: never a
copy of a blind page or string.

- `来源：本站原创` (本院原创 …): the site's claim to have written the text names no outlet it came from.
- An unbracketed wire dateline opening a line (`新华社X地X月X日电`, `中央社記者X台北X日電`, `央广网X地X日消息`)
  names its agency as the source, below any labelled source wherever that stands.
- A WeChat account a reprint notice names is the source it was taken from; after a 来源 label it is the source
  beside a credited person, else still the post's author.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # Since session 38 the site's claim is the source as shown (natural batches 85:33 for such values).
        ("作者：周立新　来源：本站原创　时间：2016-03-02", "周立新", "本站原创"),
        ("文章来源：本站原创 点击数：233 更新时间：2012-9-1", None, "本站原创"),
        ("来源:本网原创 发布时间:2019-07-02", None, "本网原创"),
        ("來源：本院原創　發佈日期：2020-05-06", None, "本院原創"),
        ("来源：本所原创", None, "本所原创"),
        # Controls: a paper's own name for itself stays; an outlet's "original" words are its name.
        ("来源：本报", None, "本报"),
        ("来源：原创力文档", None, "原创力文档"),
        ("来源：宁波日报　作者：周立新", "周立新", "宁波日报"),
    ],
)
def test_the_site_s_claim_to_have_written_it_is_the_source_as_shown(
    line: str, author: str | None, source: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("新华社杭州9月21日电（记者 俞菀 段菁菁）", "俞菀 段菁菁", "新华社"),
        ("新华社乌鲁木齐10月2日电 （记者 马锴）", "马锴", "新华社"),
        ("中新社成都4月11日电(记者 岳依桐)四川省文旅厅11日介绍", "岳依桐", "中新社"),
        ("中央社記者陳至中台北8日電", "陳至中", "中央社"),
        ("央广网长沙6月9日消息（记者 李昕）", "李昕", "央广网"),
        ("人民网南宁7月12日电 （记者 付华周）", "付华周", "人民网"),
        # Controls: a dateline in brackets was read so already; a photo credit names no agency's story.
        ("（中央社記者陳至中台北8日電）", "陳至中", "中央社"),
        ("新华社记者 俞菀 摄", None, None),
        ("新华社消息，近日多地迎来降雨。", None, None),
    ],
)
def test_an_unbracketed_wire_dateline_names_its_agency(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_a_labelled_source_outranks_the_dateline_wherever_it_stands() -> None:
    lines = ["新华社杭州9月21日电（记者 俞菀）浙江省今年以来…", "来源：浙江日报"]
    assert parse_byline(lines).source == "浙江日报"
    assert parse_byline(list(reversed(lines))).source == "浙江日报"


def test_a_page_whose_story_opens_with_a_wire_dateline_names_the_agency(registry: Registry) -> None:
    def page(bar: str) -> str:
        return (
            "<html><head><title>秋粮收购开局平稳_某某网</title></head><body>"
            "<div class=article><h1>秋粮收购开局平稳</h1>"
            f"<div class=info><span>2023-09-21 10:20</span>{bar}</div>"
            "<div class=content><p>新华社杭州9月21日电（记者 俞菀 段菁菁）记者21日从浙江省粮食和物资储备局获悉，"
            "全省秋粮收购开局平稳，各地收购网点已陆续开秤。</p>"
            f"<p>{STORY_PROSE}</p></div></div></body></html>"
        )

    alone = parse_html(page(""), "https://news.example.test/a/20230921/1.html", registry)
    assert (alone.author, alone.source) == ("俞菀 段菁菁", "新华社")
    labelled = parse_html(page("<span>来源：浙江日报</span>"), "https://news.example.test/a/20230921/1.html", registry)
    assert labelled.source == "浙江日报"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A reprint notice: the account the text was taken from is its source, no author of its own.
        ("本文转载自微信公众号“湖畔读书会”，已获授权。", None, "湖畔读书会"),
        ("本文转自公众号「小镇育儿经」，转载请注明出处", None, "小镇育儿经"),
        ("本文经授权转载自公众号：城南小记（ID：chengnanxj）", None, "城南小记"),
        ("本文来源于微信公众号“山海经济评论”（ID：shjjpl），作者：钟立，经授权转载。", "钟立", "山海经济评论"),
        ("转自：“湘江夜话”微信公众号", None, "湘江夜话"),
        # After 来源, beside a credited person: the account is the source.
        ("来源：公众号“城西律师说”（ID：cxlss），作者：钟立律师", "钟立", "城西律师说"),
        ("作者 | 钟立　来源 | 山海读书（ID：shanhaidushu）", "钟立", "山海读书"),
        ("来源：微信公众号“湖畔吃货” 作者：小满", "小满", "湖畔吃货"),
        # Controls: alone after 来源 the account is still the post's author; an outlet's account is the outlet;
        # another platform's account a reprint names stays the author; an account bar is its author.
        ("来源：湖畔读书会（ID：hpdsh2019）", "湖畔读书会", None),
        ("来源：微信公众号 钱江晚报", None, "钱江晚报"),
        ("本文转载自百家号“湖畔读书会”", "湖畔读书会", None),
        ("公众号：湖畔读书会 2021-04-02 08:00", "湖畔读书会", None),
        ("来源：医院微信公众号", None, "医院微信公众号"),
    ],
)
def test_a_wechat_account_a_reprint_names_is_its_source(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A self-media meta line: the handle among the platform's own words is the account that published.
        ("江南小厨娘 2022-03-14 19:20 发表于江苏", "江南小厨娘"),
        ("老街旧影 2021-11-02 07:45 IP属地：福建", "老街旧影"),
        ("车评老杨 3小时前 · 汽车领域创作者", "车评老杨"),
        ("车评老杨 2020-06-01 08:30 · 优质汽车领域创作者", "车评老杨"),
        ("简书作者 半夏微凉 关注 2018.04.02 21:13 字数 1862", "半夏微凉"),
        ("码字的阿飞 2019.11.20 10:05:41 字数 3,021 阅读 12,334", "码字的阿飞"),
        ("百家号 11-03 09:12 数码小当家", "数码小当家"),
        ("数码小当家 | 2021-05-06 18:40 | 百家号", "数码小当家"),
        ("企鹅号 乡村趣事多", "乡村趣事多"),
        ("网易号 创作者 数码小当家", "数码小当家"),
        # Controls: a name and a time alone may be a commenter's line; a thread's role, a tool or an outlet's
        # account names no account.
        ("数码小当家 2021-05-06 18:40", None),
        ("楼主 2021-05-06 18:40 发表于江苏", None),
        ("赞赏支持 2018.04.02 21:13 字数 1862", None),
        ("澎湃新闻 网易号 2021-05-06 18:40", None),
        ("澎湃号·湃客", None),  # the platform's channel, after a middle dot
    ],
)
def test_a_self_media_meta_line_names_its_account(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("［责任编辑：邝文博］", "邝文博"),
        ("［ 编辑：邝文博 ］", "邝文博"),
        ("责任编辑：邝文博　见习编辑：温小雅", "邝文博"),
        ("见习编辑：温小雅", "温小雅"),
        ("来源：宜宾日报　编发：邝文博", "邝文博"),
        # Controls: 编发 in prose is no label; a bracketed credit in ASCII was read so already.
        ("县委办公室编发了一则通知", None),
        ("[责任编辑：邝文博]", "邝文博"),
    ],
)
def test_editor_labels_and_full_width_brackets(line: str, editor: str | None) -> None:
    assert parse_line(line).editor == editor


_ACCOUNT_POST = """<html><head><meta charset="utf-8"><title>老街夜市重新开张</title></head><body>
<div id="img-content"><h1 class="rich_media_title" id="activity-name">老街夜市重新开张</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text" id="js_author_name">{writer}</span>
<span class="rich_media_meta_nickname"><a id="js_name">{account}</a></span></div>
<div class="rich_media_content" id="js_content">
<p>经过两个月的改造，老街夜市本周五晚重新开张，摊位从原来的六十个增加到一百二十个。</p>
<p>街道办负责人介绍，夜市新增了统一的排污管道和消防通道，摊主需持证经营。</p>
<p>开张首晚，不少市民带着孩子前来，小吃区排起了长队。</p>
<section><p>{closing}</p></section>
</div></div></body></html>"""


@pytest.mark.parametrize(
    ("writer", "account", "closing", "author", "source"),
    [
        # Beside its writer the account published the post: no source.
        ("温小雅", "老街漫游记", "图片：邝文博", "温小雅", None),
        # A 来源 line closing the post names the outlet the account took it from.
        ("温小雅", "老街漫游记", "来源：宜宾晚报", "温小雅", "宜宾晚报"),
        # Controls: no person named, the account is the author; an outlet's own account stays the source.
        ("", "老街漫游记", "图片：邝文博", "老街漫游记", None),
        ("温小雅", "宜宾晚报", "图片：邝文博", "温小雅", "宜宾晚报"),
    ],
)
def test_an_account_beside_its_writer_is_no_source(
    registry: Registry, writer: str, account: str, closing: str, author: str | None, source: str | None
) -> None:
    html = _ACCOUNT_POST.format(writer=writer, account=account, closing=closing)
    article = parse_html(html, "https://mp.weixin.qq.com/s/Xy12Ab34Cd56", registry)
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # A compiled story's credit names the outlets it was compiled from, as shown.
        ("综合人民网、中国新闻网报道", "人民网、中国新闻网"),
        ("（综合自：光明网、经济日报）", "光明网、经济日报"),
        ("综合自：澎湃新闻、红星新闻", "澎湃新闻、红星新闻"),
        ("来源：综合自光明网、经济日报", "光明网、经济日报"),
        # Controls: the compiler's word alone, or with a desk, names none.
        ("来源：综合", None),
        ("（综合报道）", None),
        ("综合整理", None),
        ("来源：综合办公室", "综合办公室"),
    ],
)
def test_a_compiled_story_names_its_outlets(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # A publication's name without the title marks around the whole of it.
        ("来源：《宜宾文学》", "宜宾文学"),
        ("摘自《宜宾文学》2019年第4期", "宜宾文学"),
        ("2018年04月02日 08:15 《宜宾文学》", "宜宾文学"),
        ("本文原载于《宜宾晚报》2021年3月2日 第6版", "宜宾晚报"),
        # Controls: marks inside a longer name stay; an outlet without marks is as it was.
        ("来源：光明网-《光明日报》", "光明网-《光明日报》"),
        ("来源：宜宾晚报", "宜宾晚报"),
    ],
)
def test_a_titled_publication_is_named_without_its_marks(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A credit's person then a slash and the pictures took the photos; the writer's credit before stays.
        ("记者 邝文博/文 实习生 温小雅/图", "邝文博"),
        ("记者 温小雅/摄", None),
        ("■ 邝文博/文 温小雅/图", "邝文博"),
        # A sermon's or a lecture's speaker is the teller, as 口述 is; a unit writing it up is no writer.
        ("证道：周恩泽牧师　整理：邝文博", "周恩泽 邝文博"),
        ("主讲：释明远法师　整理：慈航文字组", "释明远"),
        ("主讲：周恩泽", "周恩泽"),
        # Controls: a teller and a writer-up were read so already; a title alone names nobody.
        ("口述：王德明 整理：邝文博", "王德明 邝文博"),
        ("主讲人：刘教授 审核专家：张明", None),
        ("本报记者　邝文博　通讯员　温小雅　文/图", "邝文博 温小雅"),
    ],
)
def test_photographers_and_speakers_in_credit_lines(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A writer cited by a platform's handle, or the writer's word then the handle.
        ("豆瓣 @南山有鹿 授权转载", "南山有鹿", None),
        ("转自：知乎 @半山听雨", "半山听雨", "知乎"),
        ("本文系作者 @南山有鹿 授权本站发布，转载请联系作者。", "南山有鹿", None),
        # Controls: a handle after 来源 is where it came from; a video's clip credit and a mail address name nobody.
        ("来源：@江城交警", None, "江城交警"),
        ("视频来源：抖音@南山有鹿", None, None),
        ("投稿邮箱：nanshan@example.test", None, None),
    ],
)
def test_a_writer_cited_by_a_platform_handle(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者系宜宾学院文学院副教授 温小雅", "温小雅"),
        ("（本文作者系市人大代表 邝文博）", "邝文博"),
        ("（作者为资深媒体人 温小雅）", "温小雅"),
        # Controls: the post alone names nobody.
        ("（作者系宜宾学院文学院副教授）", None),
        ("作者为资深媒体人", None),
    ],
)
def test_an_affiliation_note_then_the_name_credits_the_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A forum's edit note closing the first post names the poster who edited it.
        ("[ 此贴被江边老钓在2008-05-02 21:10重新编辑 ]", "江边老钓"),
        ("此帖被江边老钓在2011-3-2 08:15编辑", "江边老钓"),
        # Controls: an edit note without its time, or prose about editing, names nobody.
        ("此帖被管理员删除", None),
        ("这篇帖子被江边老钓在群里转发了很多次。", None),
    ],
)
def test_a_forum_edit_note_names_the_poster(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
