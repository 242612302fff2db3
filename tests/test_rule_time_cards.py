"""A site rule's time selector skips a list card's time: the card dates its own story, not the page.

A loose selector (``span[class^=time-]``) written for one template also hits every related item's date on
another, where the bar's time sits in an element the rule does not name; before, the first card's date-only
time (00:00 of another day) became the page's publish time."""

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_BAR_IN_A_DIV = """<html><head><title>{title}_凤凰网</title></head><body>
<div class="artical-x"><h1 class="topic-Ab3">{title}</h1>
<div class="info-Zq1 clearfix"><div class="time-Pp9-1"><span>2020-03-05 18:42:10</span>
<span class="source-Kk2"><a href="https://ishare.ifeng.com/mediaShare/home/99/media">江南旧事</a></span></div></div>
<div class="main_content-Lx"><p>{para}</p><p>{para}</p><p>{para}</p></div></div>
<div class="related-Mm"><h3>相关推荐</h3><ul>
<li class="item-Q"><a href="https://news.ifeng.com/c/7uAb001">{card1}</a><span class="time-Rr1">2020-03-01</span></li>
<li class="item-Q"><a href="https://news.ifeng.com/c/7uAb002">{card2}</a><span class="time-Rr1">2020-02-27</span></li>
<li class="item-Q"><a href="https://news.ifeng.com/c/7uAb003">{card3}</a><span class="time-Rr1">2020-02-20</span></li>
</ul></div></body></html>"""


def _page() -> str:
    return _BAR_IN_A_DIV.format(
        title="运河边的老茶馆又开张了",
        para="清晨六点，老街尽头的茶馆已经坐满了人，茶客们一边喝茶一边聊着镇上的新鲜事，说起这些年的变化都有感慨。",
        card1="一座古镇的三种早餐，吃过的人都说好",
        card2="老手艺人守着一间铺子过了四十年",
        card3="春天到了，去运河边走一走看看柳树",
    )


def test_the_bar_time_wins_over_a_related_cards_date() -> None:
    article = parse_html(_page(), "https://news.ifeng.com/c/7uAb000", Registry.load())
    assert article.parser == "ifeng"
    assert article.published_at == "2020-03-05T18:42:10+08:00"


def test_with_the_bar_time_gone_no_card_date_stands_in() -> None:
    # The page's own time removed: whatever the page is dated by, it is not the first card's day.
    html = _page().replace('<div class="time-Pp9-1"><span>2020-03-05 18:42:10</span>', '<div class="time-Pp9-1">')
    article = parse_html(html, "https://news.ifeng.com/c/7uAb000", Registry.load())
    assert article.published_at != "2020-03-01T00:00:00+08:00"
