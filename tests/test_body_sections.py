"""Story body on unseen templates (issue 18): where the story ends and what inside it is not story.

Hand-written pages in tests/fixtures/body/pages/, each a different wording, markup and era of one class the
blind batches showed: a readers' section under the story (in a fragment's one wrapper, a table cell, a
blog post, a Hong Kong page), a platform's disclaimer or rights box, a live blog's entry times, a poem
page's references box between the notes and the appreciation, and cards (an author's bio, a teaser) after
the story. Each page asserts the story exactly, so the mechanism, not one page, is pinned.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.blocks import Line
from newscorpus.scrapers.boilerplate import is_notice
from newscorpus.scrapers.comments import cut_comments, is_comments_heading
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.storytext import paragraphs_of, story_paragraphs

# One level down: the top level of tests/fixtures is one folder per site rule (test_site_fixtures).
BODY = Path(__file__).parent / "fixtures" / "body" / "pages"
URL = "https://news.example.test/a/1.html"


def _parse(name: str) -> Article:
    return parse_html((BODY / name).read_text(encoding="utf-8"), URL, Registry(()))


def _line(text: str) -> Line:
    return Line(text=text, block=0, start=0, link_chars=0, image_before=False)


@pytest.mark.parametrize(
    ("name", "count", "last"),
    [
        # <section> fragment, no <html>/<body>: 评论（3） and comments stamped "5-12 09:31".
        ("comments_fragment_mobile.html", 4, "区住建局相关负责人表示"),
        # 2012 table layout: 网友留言（note） and "2012年9月23日 10:15 说：" comments in the story's own cell.
        ("comments_table_2012.html", 3, "县农业局负责人介绍"),
        # A blog post's own wrapper: 共15条评论, comments stamped "3小时前".
        ("comments_blog_relative.html", 3, "提醒一下想去的朋友"),
        # Traditional characters: 網友留言, comments stamped "2天前".
        ("comments_traditional_hk.html", 3, "港鐵表示"),
    ],
)
def test_readers_section_ends_the_story(name: str, count: int, last: str) -> None:
    article = _parse(name)
    assert len(article.paragraphs) == count
    assert article.paragraphs[-1].startswith(last)
    assert not any(is_comments_heading(line) for line in article.paragraphs)


def test_story_subheading_quoting_readers_stays() -> None:
    """网友评论 as the story's own subheading, its quotes carrying no times and the story going on: kept."""
    article = _parse("story_quotes_netizens.html")
    assert "网友评论" in article.paragraphs
    assert article.paragraphs[-1].startswith("社区党委书记表示")
    assert len(article.paragraphs) == 5


@pytest.mark.parametrize(
    "heading",
    ["评论 (6)", "评论（3）", "网友评论 （请文明发言，评论经审核后显示）", "共23条评论 下一页", "網友留言", "全部回复"],
)
def test_comments_headings(heading: str) -> None:
    assert is_comments_heading(heading)


@pytest.mark.parametrize("line", ["回复", "专家点评", "评论员文章：坚定信心办好自己的事", "网友评论称此举大快人心。"])
def test_not_comments_headings(line: str) -> None:
    assert not is_comments_heading(line)


def test_heading_without_stamped_comments_before_more_story_is_kept() -> None:
    story = "据介绍，这项工作已经持续了三年，参与的志愿者超过两千人，覆盖全市所有街道和社区。"
    lines = [_line(story), _line("评论"), _line(story.replace("三年", "五年")), _line("记者 张三")]
    assert cut_comments(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "郑重声明：本网发布此信息目的在于传播更多信息，与本站立场无关。",
        "“特别声明：以上内容(包括在内的视频、图片或音频)为平台用户上传并发布，本平台仅提供信息存储空间服务。",
        "声明：本文仅代表作者个人观点，不代表本网观点。",
        "本文为本报原创，著作权归本报社所有。未经书面授权，不得以任何方式加以使用。",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
        "本站部分内容来源于网络，如有侵权请联系我们删除。",
        "编者按：本文来自微信公众号“某某观察”，作者：王五，本站经授权发布。",
        "（以上内容仅供参考，不构成投资建议）",
        "该号仅提供信息发布平台，文章内容由作者提供。",
    ],
)
def test_disclaimers_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "该公司随后发表郑重声明，称从未授权任何机构以其名义开展融资活动，并已向警方报案。",
        "专家提醒，网传的偏方仅供参考，患者用药要遵医嘱。",
        "平台方表示，已对涉嫌侵权的商品链接作下架处理。",
    ],
)
def test_a_story_about_statements_and_rights_is_story(line: str) -> None:
    assert not is_notice(line)
    assert story_paragraphs([line], None, set()) == [line]


@pytest.mark.parametrize("stamp", ["15:05", "2024-02-28 09:30", "3月5日 10:58", "10：41：07"])
def test_a_time_alone_is_a_date_line(stamp: str) -> None:
    assert story_paragraphs([stamp], None, set()) == []


def test_a_sentence_with_its_time_stays() -> None:
    line = "09:30 沪指开盘报3562.31点，涨0.12%。"
    assert story_paragraphs([line], None, set()) == [line]


def test_live_blog_beside_a_rights_box() -> None:
    """The rights box out-weighs each entry; it is passed over, the entries are read, their times are not."""
    article = _parse("liveblog_rights_box.html")
    entries = [line for line in article.paragraphs if line.endswith("。")]
    assert [line[:4] for line in entries] == ["语文科目", "语文考试", "各考点开", "交警部门"]
    assert not any(line[:2].isdigit() and ":" in line for line in article.paragraphs)
    assert not any("著作权" in line for line in article.paragraphs)


def test_poem_page_notes_references_appreciation_and_card() -> None:
    """参考文献 between the notes and 鉴赏 is stepped over; the poet's card (linked portrait, linked name,
    bio) under them is no part of the poem's page text."""
    article = _parse("poem_references_card.html")
    assert "鉴赏" in article.paragraphs
    assert article.paragraphs[-1].startswith("诗人借寒江独钓的渔翁")
    assert not any("出版社" in line or "柳宗元（773" in line for line in article.paragraphs)


def test_teaser_card_ends_the_story_but_a_linked_photo_does_not() -> None:
    """The second half opens with a photo linked to its full size: joined. The teaser after it opens with
    a thumbnail linked to another story and its linked title: a card, not the story."""
    article = _parse("story_teaser_card.html")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[2].startswith("住在和平里小区六楼")
    assert not any("三百个" in line for line in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "首页 > 武侠仙侠 > 青崖刀 > 第一百二十七章 夜雨",
        "书香阁 › 都市言情 › 第三十章",
        "当前位置：网站首页 >> 新闻中心 >> 校园动态",
        "天才一秒记住本站地址：www.example.test",
    ],
)
def test_breadcrumbs_and_novel_site_notices_are_not_story(line: str) -> None:
    assert story_paragraphs([line], None, set()) == []


@pytest.mark.parametrize(
    "line",
    [
        "打开手机，依次点击设置 > 通用 > 关于本机，就能看到序列号。",
        "const add = (a) => (b) => (c) => a + b + c",
        "温度由 20℃ > 15℃ 时报警",
    ],
)
def test_arrows_in_a_sentence_or_code_stay(line: str) -> None:
    assert story_paragraphs([line], None, set()) == [line]


def _caption_kept(text: str) -> bool:
    """Whether the generic story filter keeps a line standing alone in its block, with no image before it."""
    return paragraphs_of([_line(text)], None) == [text]


@pytest.mark.parametrize(
    "caption",
    [
        "石牆剝落的位置。（讀者提供）",
        "連假首日國道車多。（資料照）",
        "衛生局人員檢查民宅積水容器。（中央社檔案照片）",
        "列車駛入車站。（資料圖片／李大文攝）",
        "颱風遠離，市區風雨趨緩。記者林小明／攝影",
        "试航中的大型邮轮（无人机照片）。新华社发（中国船舶集团供图）",
    ],
)
def test_credited_photo_captions_are_not_story(caption: str) -> None:
    assert not _caption_kept(caption)


@pytest.mark.parametrize(
    "line",
    [
        "今年全市共接待游客100万人次（数据由市文旅局提供）。",
        "他说，这些照片是父亲留下的唯一念想。",
        "图片展将持续到月底，市民可免费参观（周一闭馆）",
    ],
)
def test_story_sentences_crediting_data_stay(line: str) -> None:
    assert _caption_kept(line)


@pytest.mark.parametrize(
    "line", ["下載「城市日報」App，即睇最新動態：https://app.example.test/download", "下载新闻APP 看全场比赛视频集锦"]
)
def test_app_download_calls_are_notices(line: str) -> None:
    assert is_notice(line)


def test_a_sentence_asking_to_install_an_app_is_story() -> None:
    assert not is_notice("下载安装国家反诈中心APP，可以有效识别诈骗电话和短信。")


@pytest.mark.parametrize("heading", ["跟贴 热门跟贴", "评论 最新评论", "全部评论 热门评论 (12)", "網友留言 熱門留言"])
def test_a_row_of_the_sections_tabs_is_a_heading(heading: str) -> None:
    assert is_comments_heading(heading)


@pytest.mark.parametrize("line", ["评论 我的收藏", "跟贴 网友：说得好", "评论 评论员文章"])
def test_a_heading_word_before_other_words_is_no_heading(line: str) -> None:
    assert not is_comments_heading(line)


_STORY = (
    "国家统计局今日公布数据显示，今年上半年全国规模以上工业增加值同比增长百分之六，增速比一季度有所加快。",
    "分三大门类看，采矿业增加值同比下降，制造业增长较快，电力、热力、燃气及水生产和供应业平稳增长。",
)
# Another year's template of a portal whose rule we have: the body element the rule selects wraps the story,
# the readers' section under it and a rank list, as a CMS's outer wrapper with the same id or class does.
_RULE_TEMPLATES = {
    "https://money.163.com/16/0721/14/BSQ3KL8J00253B0H.html": '<div class="post_text" id="endText">{story}{tail}</div>',
    "https://finance.sina.com.cn/china/2016-07-21/doc-ifxuhukz0912345.shtml": '<div id="artibody">{story}{tail}</div>',
    "https://world.huanqiu.com/article/9CaKrnK1234": '<div class="l-con clear"><article>{story}{tail}</article></div>',
}
_READERS = (
    "<div class='tie'><h3>{heading}</h3><p>网友：数据好看，但钱包没变鼓啊</p><a>查看全部</a>"
    "<h3>排行榜</h3><ol><li><a>楼市调控加码 多地出台限购措施</a>8689</li>"
    "<li><a>A股三大股指集体收跌</a>8378</li></ol></div>"
)


@pytest.mark.parametrize("url", sorted(_RULE_TEMPLATES))
@pytest.mark.parametrize("heading", ["跟贴 热门跟贴", "网友评论", "共3条评论"])
def test_a_rule_body_wrapping_the_readers_section_stops_before_it(url: str, heading: str) -> None:
    story = "".join(f"<p>{line}</p>" for line in _STORY)
    body = _RULE_TEMPLATES[url].format(story=story, tail=_READERS.format(heading=heading))
    head = "<head><title>上半年工业增加值增长6.0%</title></head>"
    html = f"<html>{head}<body><h1>上半年工业增加值增长6.0%</h1>{body}</body></html>"
    article = parse_html(html, url, Registry.load())
    assert article.parser != "generic"
    assert article.paragraphs == list(_STORY)


def test_a_rule_body_whose_readers_heading_is_followed_by_story_keeps_it() -> None:
    # A story's own subheading 网友评论 quoting readers in full sentences: no readers' section.
    story = "".join(f"<p>{line}</p>" for line in (*_STORY, "网友评论", _STORY[0].replace("今日", "昨日")))
    html = (
        "<html><head><title>上半年工业增加值增长6.0%</title></head><body><h1>上半年工业增加值增长6.0%</h1>"
        f'<div class="post_text" id="endText">{story}</div></body></html>'
    )
    article = parse_html(html, "https://money.163.com/16/0721/14/BSQ3KL8J00253B0H.html", Registry.load())
    assert article.paragraphs[-2:] == ["网友评论", _STORY[0].replace("今日", "昨日")]
