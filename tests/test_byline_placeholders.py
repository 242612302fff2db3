"""A CMS's default login or a site's stand-in word credited where nobody is named is no author.

One set serves the byline grammar and the markup readers (they kept two lists that had drifted apart: the
markup's knew 网友 and administrator, the grammar's neither). A Drupal page's submitted line names its
default login; the writer is credited in the story."""

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinemarkup import plausible_name
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    "line",
    ["由 webmaster 於 2019年5月2日 10:20 發佈", "作者：Administrator", "作者：网友", "由 admin 于 2017-08-14 发布"],
)
def test_a_placeholder_names_no_author(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize("name", ["webmaster", "administrator", "网友", "管理员"])
def test_the_markup_readers_refuse_the_same_placeholders(name: str) -> None:
    assert not plausible_name(name, set())


_DRUPAL = """<html><head><meta charset="utf-8"><title>社區共融日圓滿舉行 | 和風社區服務協會</title></head><body>
<div id="page"><div id="header"><a href="/">和風社區服務協會</a></div>
<div class="node node-article"><h1 class="title">社區共融日圓滿舉行</h1>
<div class="submitted"><span property="dc:date dc:created" content="2019-05-02T10:20:00+08:00">由
<span class="username">webmaster</span> 於 2019年5月2日 10:20 發佈</span></div>
<div class="field-name-body"><p>本會於上週六在屋邨平台舉辦社區共融日，吸引超過三百名街坊及長者參加，場面熱鬧。</p>
<p>活動設有攤位遊戲、健康檢查及義剪服務，多位義工由早上忙到黃昏，街坊反應十分踴躍。</p>
<p>撰文：何詠詩</p></div></div></div></body></html>"""


def test_a_submitted_line_naming_the_default_login_leaves_the_story_credit() -> None:
    article = parse_html(_DRUPAL, "https://www.example-hk-ngo.org.hk/zh-hant/node/512", Registry.load())
    assert article.author == "何詠詩"
