"""Forum threads (scrapers/posts.py): the first post of a post list is the story; other stamped lists are not."""

from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import generic

SHAPES = Path(__file__).parent / "fixtures" / "extract" / "shapes"


def _thread() -> str:
    return (SHAPES / "forum_post_list.html").read_text(encoding="utf-8")


def _paragraphs(html: str) -> list[str]:
    return generic.extract(LexborHTMLParser(html), None).paragraphs


def test_first_post_wins_over_the_longer_replies() -> None:
    expected = (SHAPES / "forum_post_list.txt").read_text(encoding="utf-8").splitlines()
    assert _paragraphs(_thread()) == expected


def test_without_time_stamps_the_blocks_are_paragraphs_of_one_story() -> None:
    html = _thread()
    for stamp in ("2019-04-16 08:12", "2019-04-16 08:40", "2019-04-16 09:05", "2019-04-16 10:22"):
        html = html.replace(f"发表于 {stamp}", "")
    body = "\n".join(_paragraphs(html))
    assert "以旧换新是有的" in body and "新国标的车其实也不错" in body


def test_a_short_first_post_leaves_the_thread_as_it_was() -> None:
    """Live blogs stamp every entry too; a first block this short is no story on its own."""
    html = _thread()
    start, end = html.index("<p>家里那辆"), html.index("</div>", html.index("<p>家里那辆"))
    html = html[:start] + "<p>过渡期多久？</p>" + html[end:]
    assert "以旧换新是有的" in "\n".join(_paragraphs(html))


def test_comments_in_the_story_container_do_not_replace_the_story() -> None:
    """Stamped comments listed in the same container, under the story's own paragraphs, are no thread."""
    html = _thread()
    story = (
        "<p>本报讯 记者从市公安局交警支队获悉，超标电动自行车过渡期将于明年四月底结束，届时临时号牌全部作废，"
        "超标车不得上路行驶。交警部门提醒车主尽早办理以旧换新，各品牌门店的折价标准可在社区公告栏查询。</p>"
    )
    html = html.replace('<div class="posts">', '<div class="posts">' + story * 3)
    body = "\n".join(_paragraphs(html))
    assert body.startswith("本报讯") and "以旧换新是有的" in body


def test_newest_first_stamped_entries_are_a_live_blog_not_a_thread() -> None:
    html = _thread()
    for old, new in (("08:12", "10:22"), ("08:40", "09:05"), ("09:05", "08:40"), ("10:22", "08:12")):
        html = html.replace(f"2019-04-16 {old}</div>", f"2019-04-16 {new}X</div>", 1)
    html = html.replace("X</div>", "</div>")
    assert "以旧换新是有的" in "\n".join(_paragraphs(html))
