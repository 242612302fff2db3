"""sina and qq rules: the older templates reached through the fallback selectors, and host routing."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.scrapers.sites import qq

from .sitefixtures import byline, parse_fixture


def test_sina_time_source_template(registry) -> None:
    url = "https://news.sina.com.cn/c/2016-03-05/doc-ifxqafha0345678.shtml"
    article = parse_fixture(registry, "sina/time-source-2016.html", url)
    assert article.parser == "sina" and not article.fell_back
    # The visible minute agrees with article:published_time, so its seconds are kept.
    assert byline(article) == (
        "春耕备耕有序推进 农资供应总体充足",
        "2016-03-05T09:12:41+08:00",
        None,
        "人民日报",
        "王丽",
    )
    assert article.paragraphs == [
        "眼下正是春耕备耕的关键时期，各地农资市场供应充足，价格总体平稳。",
        "农业部有关负责人表示，化肥、种子等主要农资储备已基本到位，能够满足春耕需要。",
        "下一步，各地将加强农资市场监管，严厉打击假冒伪劣行为。",
    ]


def test_qq_cnt_main_article_template(registry) -> None:
    article = parse_fixture(registry, "qq/cnt-main-article.html", "https://news.qq.com/a/20170310/012345.htm")
    assert article.parser == "qq" and not article.fell_back
    assert byline(article) == ("多地出台措施稳就业", "2017-03-10T08:45:00+08:00", "李明", "新华社", "zhangwei")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("新华社北京3月10日电")


def test_qq_page_data_gives_time_and_media(registry, shared_pages) -> None:
    html = (shared_pages / "qq/qq.html").read_text(encoding="utf-8")
    article = registry.by_name("qq").parse(LexborHTMLParser(html), None)
    assert (article.published_at, article.source) == ("2019-09-07T19:02:26+08:00", "扬眼")
    assert not any("意见反馈" in item.title for item in article.related)  # video player chrome


def test_longest_host_suffix_wins_over_qq() -> None:
    wechat = SiteRule(name="wechat", hosts=("mp.weixin.qq.com",), version=1)
    registry = Registry((qq.RULE, wechat))
    assert registry.for_url("https://mp.weixin.qq.com/s/abc").name == "wechat"
    assert registry.for_url("https://new.qq.com/omn/20190907/20190907A081B000.html").name == "qq"
    assert registry.for_url("https://news.qq.com/a/20170310/012345.htm").name == "qq"
