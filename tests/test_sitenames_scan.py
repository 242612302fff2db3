"""The site-name evidence read in one page walk: the same names and footer as one query per kind, and no walk
when a <title> segment's verdict needs none."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import sitenames
from newscorpus.scrapers.sitenames import SiteEvidence, footer_text, is_furniture, site_names

# Templates write class and id words in any case, put spaces around hrefs and link sister sites by host.
_PAGE = (
    "<html><head><meta property='og:site_name' content='东都新闻'><title>标题_东都新闻</title></head><body>"
    "<div class='SiteSub'>东都人的新闻门户</div><span id='Top_LOGO'>东都网</span>"
    "<a href=' /'>回到首页</a><a href='https://sister.example.test/'>姐妹网</a><a href='./'><img alt='东都图标'></a>"
    "<a href='abc/index.html'>栏目首页</a><a href='/news/china/'>国内新闻</a>"
    "<meta name='application-name' content='东都客户端'>"
    "<footer class='footer'><p>Copyright © 东都新闻社 版权所有</p></footer><div class='foot-nav'>联系我们</div>"
    "</body></html>"
)


def test_one_walk_finds_every_kind_of_site_name() -> None:
    names = site_names(LexborHTMLParser(_PAGE))
    assert {"东都新闻", "东都人的新闻门户", "东都网", "回到首页", "姐妹网", "东都图标", "东都客户端"} <= names
    assert not names & {"栏目首页", "国内新闻"}, "a link into a section or a subfolder is no root link"


def test_the_footer_is_read_only_where_a_copyright_line_is() -> None:
    footer = footer_text(LexborHTMLParser(_PAGE))
    assert "东都新闻社" in footer
    assert "联系我们" not in footer


@pytest.mark.parametrize(
    "segment", ["标题", "东都新闻", "东都网", "东都新闻社", "东都", "首页", "", "回到首页", "联系我们", "长" * 31]
)
def test_lazy_verdicts_equal_the_verdicts_on_all_the_evidence(segment: str) -> None:
    tree = LexborHTMLParser(_PAGE)
    expected = is_furniture(segment, site_names(tree), footer_text(tree))
    assert SiteEvidence(LexborHTMLParser(_PAGE)).is_furniture(segment) is expected


def test_no_walk_over_the_page_when_the_head_or_the_words_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    def walk(tree: LexborHTMLParser) -> sitenames.SiteWords:
        raise AssertionError("walked the page")

    monkeypatch.setattr(sitenames, "scan_site", walk)
    evidence = SiteEvidence(LexborHTMLParser(_PAGE))
    assert evidence.is_furniture("东都新闻"), "og:site_name in <head>"
    assert evidence.is_furniture("首页"), "a generic word"
    long_headline = "一条比任何站名都长得多的新闻标题，三十个字以上的标题不会是站名"
    assert not evidence.is_furniture(long_headline), "too long for a name"
    with pytest.raises(AssertionError, match="walked"):
        evidence.is_furniture("东都网")


def test_the_walk_picks_every_node_a_branding_hint_keeps() -> None:
    # The walk tests fewer words than the hints ("site" for sitesub and site-name): each hint must hold one
    # of them, or a branding block the hints name would never reach _has_branding_hint.
    for hint in sitenames.BRANDING_HINTS:
        assert any(pick in hint for pick in sitenames._BRANDING_PICKS), hint


def test_a_slogan_block_is_picked_whatever_the_case() -> None:
    page = "<html><body><p class='Top-SLOGAN'>东都人的新闻门户</p><i id='xslogan'>看东都</i></body></html>"
    assert {"东都人的新闻门户", "看东都"} <= site_names(LexborHTMLParser(page))
