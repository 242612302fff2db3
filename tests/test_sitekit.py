"""The caption, credit and time helpers the site rules share."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import sitekit


def test_precise_time_keeps_metadata_seconds_only_when_the_minute_agrees() -> None:
    visible = "2018-12-28T19:55:00+08:00"
    drifted, agreeing = "2018-12-28T19:56:29+08:00", "2018-12-28T19:55:10+08:00"
    assert sitekit.precise_time(visible, [drifted, agreeing]) == agreeing
    assert sitekit.precise_time(visible, [drifted]) == visible
    assert sitekit.precise_time(None, [None, drifted]) == drifted


def test_editor_name_drops_bracketed_labels_and_cms_ids() -> None:
    assert sitekit.editor_name("[责任编辑：张晓 NN094]") == "张晓"
    assert sitekit.editor_name("(责编：汤诗瑶、丁涛)") == "汤诗瑶 丁涛"
    assert sitekit.editor_name("王晓易_NE0011") == "王晓易"
    assert sitekit.editor_name(None) is None


def test_split_credit_lines_takes_only_standalone_credits_at_the_ends() -> None:
    lines = ["澎湃新闻记者 段彦超 廖艳", "正文第一段，有标点。", "记者注意到，价格一路下探。", "正文末段。"]
    author, kept = sitekit.split_credit_lines(lines, reach=1)
    assert author == "段彦超 廖艳"
    assert kept == lines[1:]


def test_captions_after_images_respects_centering_and_section_numbers() -> None:
    html = (
        "<div id=b><p><img src=a.jpg></p><p style='text-align: center'>图注一</p>"
        "<p><img src=b.jpg></p><p>左对齐短句</p><p><img src=c.jpg></p><p>2</p></div>"
    )
    body = LexborHTMLParser(html).css_first("#b")
    assert sitekit.captions_after_images(body, centered_only=True) == {"图注一"}
    assert sitekit.captions_after_images(body, centered_only=False) == {"图注一", "左对齐短句"}


def test_image_only_blocks_are_found_by_climbing_from_the_images(shared_pages) -> None:
    """Climbing from the images finds the same blocks as testing every <p>/<div>/<figure>."""
    from newscorpus.decode import decode_html
    from newscorpus.scrapers.text import node_text

    checked = 0
    for page in sorted(shared_pages.rglob("*.html")):
        tree = LexborHTMLParser(decode_html(page.read_bytes()).text)
        if tree.body is None:
            continue
        climbed = {node.mem_id for node in sitekit._image_only_blocks(tree.body)}
        blocks = tree.body.css("p, div, figure")
        tested = {node.mem_id for node in blocks if node.css_first("img") is not None and not node_text(node)}
        assert climbed == tested, page
        checked += bool(tested)
    assert checked >= 10
