"""Classes learnt in session 21: from blind57's byline strings (tune material since session 20) and from blind58
(tune material once blind59 was written), as hand-written variants in other wordings, markup and sites: never
a copy of a blind page.

Bylines: a credit in round brackets ends where its bracket closes, however short the story's words after it.
"""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("新华社上海3月2日电（记者 周琳 何欣荣）上海市统计局2日发布", "周琳 何欣荣", None, None),
        ("中新社广州8月9日电（记者 郭军）广东省气象台9日称", "郭军", None, None),
        ("本报讯（记者 林晓 通讯员 陈宇）昨日", "林晓 陈宇", None, None),
        ("（记者 吴敏（实习））市教育局表示", "吴敏", None, None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)
