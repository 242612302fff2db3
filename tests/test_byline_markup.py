"""Session 6's long-tail bylines: profile links, structured data and name cards (``bylinemarkup``),
credits of other scripts (``bylinecredits``), traditional-character labels, and the noise around them."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.byline_pages import load_template_pages
from bench.extract_bylines import FIELDS, PAGES2_DIR, Page, run_newscorpus
from newscorpus.scrapers import bylinecredits as credits
from newscorpus.scrapers import bylineenglish as english
from newscorpus.scrapers.blocks import walk
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylinemarkup import markup_author, markup_source

PAGES = load_template_pages(PAGES2_DIR, split="tune")


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_long_tail_pages_give_their_shown_fields_and_nothing_else(page: Page) -> None:
    got = run_newscorpus(page)
    assert {name: got[name] for name in FIELDS} == page.truth


def test_the_long_tail_set_is_large_and_holds_absent_pages() -> None:
    assert len(PAGES) >= 20
    assert sum(page.truth["author"] is None for page in PAGES) >= 5


@pytest.mark.parametrize(
    ("text", "author", "source", "editor"),
    [
        ("撰文：梁詠詩 發佈時間：2024/05/03 10:30", "梁詠詩", None, None),
        ("責任編輯：何俊傑", None, None, "何俊傑"),
        ("來源：香港經濟日報 記者 陳美玲 報道", "陳美玲", "香港經濟日報", None),
        ("（編輯：陳政偉）1130503", None, None, "陳政偉"),
        ("（中央社記者吳欣紜台北3日電）立法院會今天三讀通過修正案，罰鍰上限提高至3億元。", "吳欣紜", "中央社", None),
        ("文／鈴木一郎　写真／田中美穂", "鈴木一郎", None, None),
        ("By Jane Doe | 2 Apr 2024 8:00am", "Jane Doe", None, None),
        ("星辰变 唐家三少 著 玄幻", "唐家三少", None, None),
        ("〔記者陳怡君／台北報導〕行政院會今天通過明年度總預算案，歲出規模再創新高。", "陳怡君", None, None),
        ("【大公報訊】記者 李明 報道：行政長官昨日發表施政報告，提出增建過渡性房屋。", "李明", "大公報", None),
        ("【本报讯】记者 张三 报道：昨日市政府宣布新措施，鼓励市民绿色出行。", "张三", None, None),
        ("（星島日報報道）警方昨日破獲一個跨境詐騙集團，拘捕十二人。", None, "星島日報", None),
    ],
)
def test_traditional_japanese_and_english_credits(
    text: str, author: str | None, source: str | None, editor: str | None
) -> None:
    found = parse_line(text)
    assert (found.author, found.source, found.editor) == (author, source, editor)


@pytest.mark.parametrize(
    "text",
    ["编辑 讨论 上传视频", "作者最新文章", "作者其他作品", "《三体》 刘慈欣 著 重庆出版社", "Posted by the editors"],
)
def test_tool_links_headings_and_book_credits_name_nobody(text: str) -> None:
    assert parse_line(text) == parse_line("")


def test_agencies_close_a_story_only_in_brackets_at_its_end() -> None:
    assert credits.closing_agency("……と話した。（共同）") == "共同"
    assert credits.closing_agency("……仍然受壓。（路透社）") == "路透社"
    assert credits.closing_agency("……（图为现场）") is None
    assert credits.closing_agency("（共同）的说法并不成立，专家表示。") is None
    assert credits.correspondent("【北京＝田中健二】中国自動車工業協会は12日、発表した。") == "田中健二"
    assert credits.correspondent("【独家】某某公司发布新品") is None


def _tree(body: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><head><title>标题 - 站点</title></head><body>{body}</body></html>")


def _author(body: str, after: str = "") -> str | None:
    """``markup_author`` over a page of ``body``, a story paragraph and ``after`` it, headline 标题."""
    story = "正文第一段。"
    tree = _tree(body + f"<p>{story}</p>" + after)
    page = walk(tree.body)
    header = [line.text for line in page.lines]
    return markup_author(tree, header, [page.nodes[line.block] for line in page.lines], "标题", story)


def test_a_profile_link_counts_only_where_the_byline_region_shows_it() -> None:
    comment = '<div><a href="/u/2">路人甲</a> 2023-01-03</div>'
    assert _author('<h1>标题</h1><div><a href="/u/1">山野闲人</a> 2023-01-02</div>') == "山野闲人"
    # The commenter's link is on the page, but not under the headline.
    assert _author("<h1>标题</h1><div>2023-01-02</div>", comment) is None


def test_a_name_the_bar_labels_as_editor_is_no_author() -> None:
    assert _author('<meta name="author" content="张晓燕"><h1>标题</h1><div>2024-03-12 编辑：张晓燕</div>') is None


def test_a_card_above_the_headline_counts_alone_and_with_a_time() -> None:
    card = '<div><a href="//i.example.com/8812345061">价值投资老司机</a></div><div>2023-11-02 14:35 发布于 上海</div>'
    assert _author(card + "<h1>标题</h1>") == "价值投资老司机"
    experts = '<div><a href="/author/wh">王华</a> 首席预报员</div><div><a href="/author/lq">李强</a> 分析师</div>'
    assert _author("<div>2024-06-28 17:20</div>" + experts + "<h1>标题</h1>") is None


def test_site_brands_seo_text_and_share_targets_are_no_authors() -> None:
    body = (
        '<meta name="author" content="汽车频道-专业汽车资讯门户"><meta property="og:site_name" content="站点">'
        '<h1>标题</h1><div><a href="/share?uid=12">微博</a> <span class="author">站点</span> 2024-01-01</div>'
    )
    assert _author(body) is None


@pytest.mark.parametrize(
    ("href", "profile"),
    [
        ("/u/88231", True),
        ("https://space.example.com/123456", True),
        ("space-uid-12345.html", True),
        ("/author/jane-doe/", True),
        ("/home/12345", True),
        ("/home/about", False),
        ("//i.example.com/news", False),
        ("/member/login", False),
    ],
)
def test_profile_addresses(href: str, profile: bool) -> None:
    assert (_author(f'<h1>标题</h1><div><a href="{href}">山野闲人</a> 2023-01-02</div>') == "山野闲人") is profile


def test_a_dated_publication_closing_a_story_is_its_source() -> None:
    assert credits.dated_outlet("「人民網日本語版」2023年8月11日") == "人民網日本語版"
    assert credits.dated_outlet("《瞭望》 2021-03-08") == "《瞭望》"  # a Chinese title keeps its marks
    assert credits.dated_outlet("「人民網日本語版」によると、2023年8月11日に発表された。") is None


def test_an_aggregators_provider_is_the_json_ld_author_organization_shown_by_the_time() -> None:
    ld = (
        '{"@type":"NewsArticle","author":{"@type":"Organization","name":"%s"},'
        '"publisher":{"@type":"Organization","name":"聚合站"}}'
    )
    for name, source in (("晨光体育", "晨光体育"), ("聚合站", None)):
        script = '<script type="application/ld+json">' + ld % name + "</script>"
        tree = _tree(script + f"<h1>标题</h1><div>2024-05-20 16:46 {name}</div>")
        assert markup_source(tree, ["标题", f"2024-05-20 16:46 {name}"]) == source
    tree = _tree('<script type="application/ld+json">' + ld % "晨光体育" + "</script><h1>标题</h1>")
    assert markup_source(tree, ["标题", "2024-05-20 16:46"]) is None  # declared, not shown


def test_traditional_surnames_and_outlets_stand_alone_in_a_bar() -> None:
    bar = ["陳美玲 2024-05-03 10:30 星島日報"]
    found = parse_byline(bar, bars=bar)
    assert (found.author, found.source) == ("陳美玲", "星島日報")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("乗り合いタクシーで移動手段を確保しようとする動きも出ている。（山田太郎）", ["山田太郎"]),
        ("と話した。【山田太郎、田中花子】", ["山田太郎", "田中花子"]),
        ("と話した。（敬称略）", []),
        ("と話した。（社会部）", []),
        ("と話した。（北京支局）", []),
        ("と話した。（再掲）", []),
        ("と話した。（共同）", []),
        ("专家表示，这一政策有助于稳定市场。（张三）", []),  # no kana: a Chinese story's note
    ],
)
def test_a_japanese_story_closes_with_its_writers_in_brackets(line: str, names: list[str]) -> None:
    assert credits.closing_name(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, Staff Reporter", ["Jane Doe"]),
        ("Written by Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("BY JANE DOE | April 2", ["JANE DOE"]),
        ("By the way, prices rose.", []),
        ("By HKFP | April 2", []),
        ("By The Standard", []),
        ("Photo: Sam Tsang", []),
    ],
)
def test_english_bylines(line: str, names: list[str]) -> None:
    assert english.english_by(line) == names


def test_an_avatar_card_names_its_poster_only_under_the_headline() -> None:
    card = '<div><img src="/avatar/1.jpg"><div><div>晚风与书</div><div>2024-02-18 07:52</div></div></div>'
    reply = '<div><img src="/avatar/2.jpg"><div>一颗柠檬</div></div>'
    assert _author(f"<h1>标题</h1>{card}") == "晚风与书"
    assert _author("<h1>标题</h1><div>2024-02-18 07:52</div>", reply) is None


def test_wires_are_sources_not_writers() -> None:
    assert (
        parse_line("【ロンドン＝共同】英政府は3日、新たな方針を発表した。").source,
        parse_line("【ロンドン＝共同】英政府は3日、新たな方針を発表した。").author,
    ) == ("共同", None)
    assert (parse_line("By Jane Doe and AFP").author, parse_line("By Jane Doe and AFP").source) == ("Jane Doe", "AFP")
    assert parse_line("By Reuters | April 2").author is None


@pytest.mark.parametrize("section", ["欧州", "欧美", "韩娱", "史海"])
def test_a_section_beside_the_time_is_no_person(section: str) -> None:
    bar = [f"2024/05/03 21:15 {section}"]
    assert parse_byline(bar, bars=bar).author is None


def test_a_class_alone_marks_only_a_person_shaped_name() -> None:
    for text, author in (("快科技", None), ("张小明", "张小明"), ("Jane Doe", "Jane Doe")):
        assert _author(f'<h1>标题</h1><div><span class="author">{text}</span> 2024-01-01 10:00</div>') == author
