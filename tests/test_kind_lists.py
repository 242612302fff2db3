"""Which short texts are stories: ``pipeline.decide_kind`` on pages reached by a teaser or given as entry
points (AUTO) and by a channel's name (LIST), and the discovery signals it reads (sub-channels, teasers,
dated list items)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus import discover, settings
from newscorpus.kinds import PageKind
from newscorpus.models import Article
from newscorpus.pipeline import decide_kind
from newscorpus.scrapers import generic

BRIEF = "本市今日开通三条公交线路，方便沿线居民出行。" * 6  # ~130 characters, no date: a news brief


def article(body: str, published_at: str | None = None) -> Article:
    return Article("http://portal.example/x", "portal.example", generic.NAME, 1, "t", published_at=published_at,
                   paragraphs=[body])  # fmt: skip


def links(articles: int, dated: int = 0) -> list[discover.Link]:
    found = [
        discover.Link(f"http://portal.example/a/{1000000 + i}", PageKind.ARTICLE, i < dated) for i in range(articles)
    ]
    return [*found, discover.Link("http://portal.example/news/", PageKind.LIST)]


def test_a_short_undated_story_reached_by_a_teaser_is_an_article() -> None:
    assert len(BRIEF) >= settings.ARTICLE_MIN_BODY_CHARS
    assert decide_kind(article(BRIEF), PageKind.AUTO, lambda: links(4)) == (PageKind.ARTICLE, [])


def test_a_channel_page_with_an_intro_stays_a_list() -> None:
    many = links(settings.LIST_MIN_ARTICLE_LINKS)  # link-heavy: the intro is no story
    assert decide_kind(article(BRIEF), PageKind.AUTO, lambda: many) == (PageKind.LIST, many)
    sparse = links(4, dated=settings.SPARSE_LIST_MIN_DATED_ITEMS)  # few items, but dated ones
    dated_intro = article(BRIEF, "2024-05-15T10:00:00+08:00")
    assert decide_kind(dated_intro, PageKind.AUTO, lambda: sparse, entry_page=True)[0] is PageKind.LIST
    # Not given as an entry page (a WARC record, a teaser link): a dated brief beside a dated sidebar is
    # far more often a story than a channel, and losing it loses an article for good.
    assert decide_kind(dated_intro, PageKind.AUTO, lambda: sparse)[0] is PageKind.ARTICLE
    few = links(3)  # at a URL the grammar calls a list (/channel/sports/)
    assert decide_kind(article(BRIEF), PageKind.AUTO, lambda: few, list_url=True) == (PageKind.LIST, few)
    # Reached by a channel's name: a few undated headlines under an intro are a sparse channel, no story.
    assert decide_kind(article(BRIEF), PageKind.LIST, lambda: few) == (PageKind.LIST, few)


def test_list_pagination_and_tiny_pages_stay_lists() -> None:
    few = links(3)
    assert decide_kind(article(BRIEF), PageKind.PAGE, lambda: few)[0] is PageKind.LIST  # page 2 of a list
    assert decide_kind(article("短短一句话。"), PageKind.AUTO, lambda: few)[0] is PageKind.LIST


def kinds(html: str, base: str = "http://portal.example/xwzx/") -> dict[str, tuple[PageKind, bool]]:
    found = discover.html_links(LexborHTMLParser(html), base, None, channels=False)
    return {link.url.removeprefix("http://portal.example"): (link.kind, link.dated) for link in found}


def test_inner_list_pages_follow_sub_channels_and_teasers_not_other_navigation() -> None:
    html = (
        '<a href="/xwzx/gn/">国内</a>'  # below this channel: a sub-channel
        '<a href="/about.html">关于我们</a><a href="/tags/keji">科技</a>'  # site navigation: not from here
        '<li><span>本市开通三条公交线路</span><a href="/kx/jr1.shtml">[详情]</a></li>'
        '<li><a href="/kx/jr2.shtml"><img src="/2.jpg"></a></li>'
        '<a href="/kx/jr3.shtml">点击</a>'  # a short word that is no teaser, at an unreadable URL
        '<a href="/search/index.html"><img src="/s.png"></a>'  # never worth a fetch, even as a photo
    )
    assert kinds(html) == {
        "/xwzx/gn/": (PageKind.LIST, False),
        "/kx/jr1.shtml": (PageKind.AUTO, False),
        "/kx/jr2.shtml": (PageKind.AUTO, False),
    }
    # A channel script at the root: its sub-channels are the same script with other parameters.
    script = kinds(
        '<a href="/list.php?catid=13">国内</a><a href="/about.php?id=x">关于</a>',
        "http://portal.example/list.php?catid=12",
    )
    assert script == {"/list.php?catid=13": (PageKind.LIST, False)}


def test_article_links_in_dated_list_items_are_marked_dated() -> None:
    html = (
        '<ul><li><a href="/a/1000001">本市开通三条公交线路方便居民出行</a><span>2024-05-15</span></li>'
        '<li><a href="/a/1000002">本市新建五座口袋公园</a> 05-14 10:30</li>'
        '<li><a href="/a/1000003">本市举办职业技能大赛</a></li></ul>'  # no date
        '<p>据统计，截至5月15日，<a href="/a/1000004">全市新增就业岗位</a>超过两万个，同比增长百分之十二以上，'
        "其中服务业岗位占比最高。</p>"  # a date in running text: not a list item
    )
    assert kinds(html) == {
        "/a/1000001": (PageKind.ARTICLE, True),
        "/a/1000002": (PageKind.ARTICLE, True),
        "/a/1000003": (PageKind.ARTICLE, False),
        "/a/1000004": (PageKind.ARTICLE, False),
    }


def test_an_entry_point_with_a_short_text_above_dated_headlines_is_a_channel() -> None:
    dated = "2024-05-15T00:00:00+08:00"  # the first item's date, read as the page's publish time
    listing = links(4, dated=settings.SPARSE_LIST_MIN_DATED_ITEMS)
    entry = decide_kind(article(BRIEF, dated), PageKind.AUTO, lambda: listing, entry_page=True)
    assert entry == (PageKind.LIST, listing)
    # A dated short story keeps winning over a link-heavy page, even at a URL the grammar calls a list
    # (Drupal's /node/123), and an undated one at such a URL does not.
    sidebar = links(settings.LIST_MIN_ARTICLE_LINKS)
    assert decide_kind(article(BRIEF, dated), PageKind.AUTO, lambda: sidebar, list_url=True) == (PageKind.ARTICLE, [])
    assert decide_kind(article(BRIEF), PageKind.AUTO, lambda: links(3))[0] is PageKind.ARTICLE
    assert decide_kind(article(BRIEF), PageKind.AUTO, lambda: links(3), list_url=True)[0] is PageKind.LIST


def test_a_page_linked_by_a_headline_is_not_doubted_for_its_dated_sidebar() -> None:
    """Queued as an article (a headline, a sitemap item): a short dated story beside a dated related list,
    or an undated one at a list-shaped URL (Drupal's /node/123), is the story the link promised."""
    dated = "2024-05-15T10:00:00+08:00"
    related = links(5, dated=5)
    assert decide_kind(article(BRIEF, dated), PageKind.AUTO, lambda: related, False, True) == (PageKind.ARTICLE, [])
    entry = decide_kind(article(BRIEF, dated), PageKind.AUTO, lambda: related, entry_page=True)
    assert entry[0] is PageKind.LIST  # an entry point the user gave: a sparse dated channel is likelier
    assert decide_kind(article(BRIEF), PageKind.AUTO, lambda: links(3), True, True) == (PageKind.ARTICLE, [])
