"""Classes learnt in session 25 from tune material (blind batches up to blind72 and the earlier ones' remaining
misses), as hand-written variants in other wordings and markup: never a copy of a blind page.

Bylines: a photo's credit under a caption names the picture's agency, not the story's source.
"""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


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
