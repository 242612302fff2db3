"""An excerpt's credit names its source as 转载自 does (``摘自《求是》2015年第12期``: the journal and its issue, as
shown: blind27's and blind29's writers disagree on the issue, and 来源 keeps it); a sentence saying something is
taken from a diary, or from the web, names none."""

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("摘自《瞭望》2019年第31期", "《瞭望》2019年第31期"),
        ("本文摘自：学习时报", "学习时报"),
        ("摘编自《中国教育报》", "《中国教育报》"),
        ("来源：《半月谈》第8期", "《半月谈》第8期"),
    ],
)
def test_the_excerpts_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize("line", ["这几句话摘自他当年的日记", "摘自网络"])
def test_no_source_named(line: str) -> None:
    assert parse_line(line).source is None
