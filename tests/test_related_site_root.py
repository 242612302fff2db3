"""A page without any address of its own (a browser's DOM dump, an archive's fragment) resolves its related
items' relative hrefs against the front page of the site its links name: blind41-47 held seven such pages whose
items came back relative (/cz/cz090302_010.shtml, //news.cctv.com/…), matching nothing a reader would follow."""

from __future__ import annotations

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "新加坡零售业上月销售额同比下降百分之五，为近两年来最大跌幅，百货公司和汽车销售跌幅最大。",
        "统计局的数据显示，扣除汽车销售后，零售额仍比去年同期下降百分之二点三，消费者信心持续疲软。",
        "分析师认为，在经济前景不明朗的情况下，消费者会继续捂紧钱包，零售业短期内难有起色。",
    )
)


def _page(nav: str, footer: str) -> str:
    related = "".join(
        f'<li><a href="{href}">{title}</a></li>'
        for href, title in (
            ("/cz/cz090302_010.shtml", "本地百货业者：今年生意难做 促销活动提前登场"),
            ("//www.example-daily.sg/sp/sp090215_503.shtml", "汽车销量连跌三个月 经销商推出零首付"),
        )
    )
    return (
        '<head><meta charset="utf-8"><title>零售额跌幅两年来最大 - 联合早报</title></head><body>'
        f'<div class="nav">{nav}</div><h1>零售额跌幅两年来最大</h1><div class="date">（2009-03-04）</div>'
        f'<div class="story">{_STORY}</div><div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>'
        f'<div class="footer">{footer}</div></body>'
    )


_NAV = (
    '<a href="http://www.example-daily.sg/"><img src="/logo.gif" alt="联合早报"></a>'
    '<a href="http://www.example-daily.sg/sp/index.shtml">新加坡</a>'
    '<a href="http://www.example-daily.sg/cz/index.shtml">财经</a>'
)
_FRIENDS = '<a href="http://www.example-a.cn/">友站甲</a> <a href="http://www.example-b.cn/">友站乙</a>'


def test_relative_items_resolve_against_the_front_page_the_page_links_most() -> None:
    article = parse_html(_page(_NAV, _FRIENDS), None, Registry.load())
    assert [item.url for item in article.related] == [
        "http://www.example-daily.sg/cz/cz090302_010.shtml",
        "http://www.example-daily.sg/sp/sp090215_503.shtml",
    ]
    assert article.url is None  # the page's own address is still unknown


def test_a_footer_row_of_other_sites_names_no_base() -> None:
    article = parse_html(_page("", _FRIENDS), None, Registry.load())
    assert all(not item.url.startswith("http://www.example-a.cn") for item in article.related)
