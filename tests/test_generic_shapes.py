"""Page shapes the generic extractor must read whole (issue 18): hand-written templates, exact bodies.

Each ``tests/fixtures/extract/shapes/NAME.html`` is a realistic page of one failure shape (a story split
into sibling blocks by an ad and an image, a poem apart from its notes, a forum post with a signature, a
government notice with a tool bar and attachments, a blog post beside its archives, ...) and ``NAME.txt``
the story paragraphs a reader expects, one per line. Every fixture is also checked against the density
choice alone (the chosen container's story lines, before the sibling join and the clean-ups), so a fixture
that no longer needs the mechanism it was written for shows up as a failure, not a silent pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers import generic
from newscorpus.scrapers.blocks import walk
from newscorpus.scrapers.boilerplate import cut_signature, is_furniture, trim_promo_tail
from newscorpus.scrapers.density import rank_bodies
from newscorpus.scrapers.plausible import choose_story
from newscorpus.scrapers.storytext import paragraphs_of
from newscorpus.scrapers.titles import title_references, topic_of
from newscorpus.scrapers.topic import off_topic, on_topic

SHAPES = Path(__file__).parent / "fixtures" / "extract" / "shapes"
NAMES = sorted(path.stem for path in SHAPES.glob("*.html"))
# Not about the join or the clean-ups: headline_block and blog_short_post (a short post beside a longer
# "about me" in the sidebar) test the choice itself; table_layout is a guard, a story row between title,
# date and print rows the join must not take.
CHOICE_SHAPES = {"blog_short_post", "headline_block", "table_layout"}


def _page(name: str) -> tuple[str, list[str]]:
    html = (SHAPES / f"{name}.html").read_text(encoding="utf-8")
    return html, (SHAPES / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _extract(html: str) -> Article:
    return generic.extract(LexborHTMLParser(html), None)


def _density_choice(html: str) -> list[str]:
    """The story lines of the container the plausibility-checked density ranking picks, nothing joined."""
    tree = LexborHTMLParser(html)
    page = walk(tree.body)
    ranked = rank_bodies(page, settings.PLAUSIBLE_CANDIDATES)
    choice = choose_story(page, ranked, lambda lines: paragraphs_of(lines, None), topic_of(title_references(tree)))
    return choice.story


def test_there_are_enough_shapes() -> None:
    assert len(NAMES) >= 8


@pytest.mark.parametrize("name", NAMES)
def test_shape_gives_exactly_the_story(name: str) -> None:
    html, expected = _page(name)
    assert _extract(html).paragraphs == expected


@pytest.mark.parametrize("name", [name for name in NAMES if name not in CHOICE_SHAPES])
def test_shape_needs_more_than_the_density_choice(name: str) -> None:
    html, expected = _page(name)
    assert _density_choice(html) != expected


def test_split_story_joins_both_halves_across_the_ad_and_the_image() -> None:
    html, _ = _page("split_by_ad")
    article = _extract(html)
    assert article.paragraphs[-1].startswith("按照计划") and "广告" not in article.body
    assert "施工人员在槐荫巷铺设排水管" not in article.body  # the caption of the image between the halves


def test_related_list_after_the_story_is_not_joined() -> None:
    html, _ = _page("split_by_ad")
    html = html.replace('<div class="related">', '<div class="more">')  # no aside name: links alone stop it
    assert "新城片区将建三座地下调蓄池" not in _extract(html).body


def test_sibling_that_restates_the_lede_is_stepped_over_not_joined() -> None:
    html, _ = _page("split_by_ad")
    lede = (
        "老城区雨污分流改造工程全部完工，改造涉及三十条背街小巷、一千二百余户居民，新铺设雨水管和污水管共计十八公里。"
    )
    html = html.replace('<div class="article-body">', f'<div class="lede">{lede}</div><div class="article-body">')
    article = _extract(html)
    assert lede not in article.paragraphs and article.paragraphs[0].startswith("6月17日")


def test_tool_bars_and_calls_to_action_are_furniture() -> None:
    for line in (
        "【字体：大 中 小】【打印】【关闭】",
        "字号：T | T",
        "【打印本页】【关闭窗口】",
        "3、回复【社保】查询缴费记录",
    ):
        assert is_furniture(line), line
    story = "活动免费，名额有限，市民可扫描下方二维码或拨打热线电话预约，每人每次限报两个名额，额满即止。"
    for line in ("大中小学生暑期安全教育启动", "打印机销量增长三成，企业加大投入。", "他回复说：明天再谈。", story):
        assert not is_furniture(line), line


def test_promo_tail_is_cut_only_after_a_late_credit_line() -> None:
    story = ["第一段正文，讲述事情的起因和经过，篇幅较长的一段叙述。"] * 4
    tail = ["校对|王五", "扫描下方二维码关注我们", "1、回复【福利】查看"]
    assert trim_promo_tail(story + tail) == story
    # A credit that opens the story, or one followed by prose, cuts nothing.
    assert trim_promo_tail(["文|张三", *story]) == ["文|张三", *story]
    late_note = [
        *story,
        "编辑：李四",
        "补充说明：记者随后联系了有关部门，对方表示将在一周内给出正式答复，并公开处理结果。",
    ]
    assert trim_promo_tail(late_note) == late_note


def test_signature_is_cut_but_notes_under_a_rule_stay() -> None:
    html, _ = _page("forum_first_post")
    assert "坐标江南" not in _extract(html).body
    notes = html.replace(
        "坐标江南 · 阳台党 · 第三年",
        "补充：泡沫箱底部一定要打几个排水孔，否则连续阴雨天根部容易积水烂根，这是我第一年失败的主要原因。",
    )
    assert "补充：泡沫箱底部" in _extract(notes).body
    assert cut_signature([]) == []


def test_title_block_does_not_replace_a_story_that_shares_no_headline_words() -> None:
    html, expected = _page("headline_block")
    tree = LexborHTMLParser(html)
    topic = topic_of(title_references(tree))
    assert off_topic(topic, expected)  # the topic check does run on the story
    assert on_topic(topic, [topic, "2024年01月09日06:30 来源：东岭网-文化频道"])  # and the title block passes it
    assert _extract(html).paragraphs == expected


RECOMMEND_BOX = '<div class="inner_rec special_box">'
NAMES_PDF = ("投递规范.pdf", "赔偿标准.pdf", "申诉流程.pdf")


def test_link_box_nested_in_the_story_goes_with_its_label_but_attachments_stay() -> None:
    html, expected = _page("nested_recommend")
    box = (
        '<div class="box"><div>更多评论</div><ul>'
        '<li><a href="/pl/2024/0220/a.html">外卖“预计送达”不能只是预计</a></li>'
        '<li><a href="/pl/2024/0218/b.html">让老年人用得上、用得好智能手机</a></li>'
        '<li><a href="/pl/2024/0215/c.html">景区“限流”更要“引流”</a></li></ul></div>'
    )
    nested = html.replace(RECOMMEND_BOX, box + RECOMMEND_BOX)
    assert _extract(nested).paragraphs == expected
    files = box.replace(".html", ".pdf").replace("更多评论", "附件：")
    for title, name in zip(
        ("外卖“预计送达”不能只是预计", "让老年人用得上、用得好智能手机", "景区“限流”更要“引流”"), NAMES_PDF, strict=True
    ):
        files = files.replace(title, name)
    with_files = _extract(html.replace(RECOMMEND_BOX, files + RECOMMEND_BOX)).paragraphs
    assert [line for line in with_files if line not in expected] == ["附件：", *NAMES_PDF]


HIDDEN_COPY = "近日，邻市老旧小区加装电梯工作全面铺开，首批八十部电梯已完成安装并通过验收，惠及居民三千余户。"


@pytest.mark.parametrize("style", ["display: none", "DISPLAY:NONE;border:1px solid blue", "visibility:hidden"])
def test_a_box_the_page_hides_inside_the_story_is_not_story(style: str) -> None:
    html, expected = _page("split_by_ad")
    hidden = f'<pre style="{style}"><p><a href="/x.html">另一篇报道</a></p><p>{HIDDEN_COPY}</p></pre>'
    first = "<p>6月17日"
    assert _extract(html.replace(first, hidden + first, 1)).paragraphs == expected
    # Shown, the same block is read like any other paragraph of the story.
    shown = _extract(html.replace(first, f"<pre>{HIDDEN_COPY}</pre>" + first, 1)).paragraphs
    assert shown == [HIDDEN_COPY, *expected]


REFERENCES = (
    '<div class="reflist"><ol class="references">'
    "<li>^ 老城区雨污分流改造工程开工. 临河日报. 2023-04-02 [2024-06-18]. （原始内容存档于2024-06-18）.</li>"
    "<li>^ 市城建局关于老城区排水管网改造的说明. 临河市城建局. 2023-03-15 [2024-06-18].</li>"
    "<li>^ 槐荫巷居民：再也不用垒沙袋了. 临河晚报. 2024-06-17 [2024-06-18]. （原始内容存档于2024-06-19）.</li>"
    "</ol></div>"
)
INFOBOX = (
    '<table class="infobox vcard"><tr><th>工程名称</th><td>老城区雨污分流改造工程</td></tr>'
    "<tr><th>开工时间</th><td>2023年4月</td></tr><tr><th>建设单位</th><td>临河市城建局</td></tr></table>"
)


def test_reference_list_and_fact_box_in_the_entry_are_not_story() -> None:
    html, expected = _page("split_by_ad")
    first = "<p>6月17日"
    end_of_first_part = "</p>\n      </div>"
    with_boxes = html.replace(first, INFOBOX + first, 1).replace(end_of_first_part, "</p>" + REFERENCES + "</div>", 1)
    article = _extract(with_boxes)
    assert article.paragraphs == expected


def test_short_line_after_an_image_that_the_text_runs_on_from_is_a_heading_not_a_caption() -> None:
    html, _ = _page("split_by_ad")
    run = (
        '<div class="part"><img src="/img/map.jpg">改造后的排水路线<br>'
        "雨水经新铺设的管道就近排入河道，污水则统一送往城东污水处理厂处理后达标排放。</div>"
    )
    last = '<div class="part">\n        <p>按照计划'
    article = _extract(html.replace(last, run + last, 1))
    assert article.paragraphs[-3:-1] == [
        "改造后的排水路线",
        "雨水经新铺设的管道就近排入河道，污水则统一送往城东污水处理厂处理后达标排放。",
    ]
    assert "施工人员在槐荫巷铺设排水管" not in article.body  # the caption in its own element still goes


def test_a_bare_time_stamp_line_is_no_story_but_a_signature_date_is() -> None:
    html, expected = _page("gov_notice")
    first = expected[0]
    stamped = _extract(html.replace(f"<p>{first}", f"<p>2024-03-05 09:30</p><p>{first}", 1)).paragraphs
    assert stamped == expected and expected[-1] == "2024年3月5日"
