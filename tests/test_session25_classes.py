"""Classes learnt in session 25 from tune material (blind batches up to blind72 and the earlier ones' remaining
misses), as hand-written variants in other wordings and markup: never a copy of a blind page.

Bylines: a photo's credit under a caption names the picture's agency, not the story's source; a bar's tools in
square brackets after its unlabelled outlet (`[打印] [关闭]`) leave no stray parts that make it too long for a bar.
"""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_byline, parse_line


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        # A caption, then the photographer's credit: the agency took the picture, it did not file the story.
        ("3月8日，游客在公园内赏花。（中新社记者 李晓东 摄）", None, None),
        ("10月3日，游客在景区排队入园。（人民日报记者 王海 摄影）", None, None),
        ("图为2023年6月1日，孩子们在广场上做游戏。（新华社记者 周然 摄）", None, None),
        # Control: an undated caption was read so already.
        ("市民在社区服务站办理业务。（新华社记者 周然 摄）", None, None),
        # Controls: a writer's credit in the same place still names the outlet's wire; a bare photo credit nothing.
        ("（中央社記者陳靜怡台中5日電）", "中央社", "陳靜怡"),
        ("（新华社记者 周然 摄）", None, None),
    ],
)
def test_a_photo_credit_under_a_caption_names_no_source(line: str, source: str | None, author: str | None) -> None:
    found = parse_line(line)
    assert (found.source, found.author) == (source, author)


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        ("2015年6月2日 08:15 江南都市报 [收藏] [纠错] [打印]", "江南都市报"),
        ("2011-07-02 09:40\u3000燕赵晚报\u3000发表评论\u3000[打印]\u3000[关闭]", "燕赵晚报"),
        # Controls: fewer tools were read before; a bar of tools alone names nobody.
        ("2012-03-05 10:20\u3000\u3000齐鲁晚报\u3000\u3000[打印] [关闭]", "齐鲁晚报"),
        ("2011-07-02 09:40 [打印] [关闭] [返回]", None),
    ],
)
def test_a_bars_bracketed_tools_after_its_outlet(bar: str, source: str | None) -> None:
    assert parse_byline(["高校招生咨询会在体育馆举行", bar]).source == source
