"""An excerpt's credit names its source as 转载自 does (``摘自《求是》2015年第12期``: the journal, the outlet the
story came from, without its issue since session 13: blind27's, blind28's and blind40's writers drop the issue,
blind29's keeps it); a sentence saying something is taken from a diary, or from the web, names none."""

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("摘自《瞭望》2019年第31期", "瞭望"),
        ("本文摘自：学习时报", "学习时报"),
        ("摘编自《中国教育报》", "中国教育报"),
        ("来源：《半月谈》第8期", "半月谈"),
    ],
)
def test_the_excerpts_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize("line", ["这几句话摘自他当年的日记", "摘自网络"])
def test_no_source_named(line: str) -> None:
    assert parse_line(line).source is None
