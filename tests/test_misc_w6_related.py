"""Related lists as pages blind18-20 showed them (issue 17, session 9 wave 2, misc-w6): a school's or town
hall's headings (相关通知, 関連リンク), a blog entry's own <footer> holding its related module, a card's date
linking the day's archive, and a list's "see more" link. Hand-written variants: other CMSs, wording, years."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

STORY = "".join(
    f"<p>第{n}段：本学期的工作安排已经确定，请各单位按照通知要求认真组织落实，确保师生安全。</p>" for n in range(6)
)


def _urls(html: str, url: str, registry: Registry) -> list[str]:
    return [item.url or "" for item in parse_html(html, url, registry).related]


def _notice_page(heading: str, items: list[tuple[str, str]], title: str = "关于2023年寒假放假安排的通知") -> str:
    links = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in items)
    return (
        f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<div class='main'><h2>{title}</h2><div class='body'>{STORY}</div>"
        f"<div class='box'><div class='tit'>{heading}</div><ul>{links}</ul></div></div>"
        "<div class='foot'>版权所有 © 某某学院</div></body></html>"
    )


NOTICES = [
    ("/info/1051/3011.htm", "关于做好2023年冬季校园消防安全工作的通知"),
    ("/info/1051/2987.htm", "关于2023年元旦放假安排的通知"),
]


@pytest.mark.parametrize(
    ("heading", "url"),
    [
        ("相关通知", "https://www.xyz-college.edu.cn/info/1051/3050.htm"),
        ("相关公告", "http://www.town-example.gov.cn/info/1051/3050.htm"),
        ("【相关通知】", "https://jwc.some-univ.edu.cn/info/1051/3050.htm"),
        ("相关公示", "http://rsc.example-univ.edu.cn/info/1051/3050.htm"),
        ("相關公告", "https://www.school-example.edu.tw/info/1051/3050.htm"),
        ("相关通告", "http://www.county-example.gov.cn/info/1051/3050.htm"),
    ],
)
def test_an_offices_notices_heading_names_its_list(heading: str, url: str, registry: Registry) -> None:
    host = url.split("/info/")[0]
    assert _urls(_notice_page(heading, NOTICES), url, registry) == [host + href for href, _text in NOTICES]


def test_a_notice_word_in_a_headline_is_no_heading(registry: Registry) -> None:
    # The grammar wants the 相关 prefix: a box titled 通知公告 is the site's notice board, not the page's list.
    page = _notice_page("通知公告", NOTICES)
    assert _urls(page, "https://www.xyz-college.edu.cn/info/1051/3050.htm", registry) == []


JA_STORY = "".join(
    f"<p>第{n}段落：市立図書館では電子書籍の貸出サービスを開始しました。利用者カードをお持ちの方はどなたでも利用できます。</p>"
    for n in range(5)
)


@pytest.mark.parametrize(
    "heading",
    ["関連リンク", "関連ページ", "関連情報", "関連記事", "関連エントリー", "関連コンテンツ"],
)
def test_a_japanese_related_heading_names_its_list(heading: str, registry: Registry) -> None:
    page = (
        "<html lang='ja'><head><title>電子書籍の貸出</title></head><body><div id='main'><h1>電子書籍の貸出</h1>"
        f"{JA_STORY}<div id='link-box'><h2>{heading}</h2><ul>"
        "<li><a href='/soshiki/toshokan/card.html'>図書館カードの作り方</a></li>"
        "<li><a href='/material/files/group/40/guide.pdf'>利用ガイド（PDF：1.2MB）</a></li></ul></div></div>"
        "<footer><a href='/sitemap.html'>サイトマップ</a></footer></body></html>"
    )
    got = _urls(page, "https://www.city.example.lg.jp/soshiki/toshokan/denshi.html", registry)
    assert got == [
        "https://www.city.example.lg.jp/soshiki/toshokan/card.html",
        "https://www.city.example.lg.jp/material/files/group/40/guide.pdf",
    ]


BLOG = "".join(
    f"<p>今日は{n}軒目のお店を訪ねました。スープは濃厚で、麺は中太のストレート。店主の話も面白かった。</p>"
    for n in range(5)
)


def _blog(footer_tag: str, heading: str, card: str, wrap: str = "article") -> str:
    return (
        "<html><head><title>ラーメン巡り</title></head><body>"
        f"<{wrap} class='entry'><h1 class='entry-title'>ラーメン巡り</h1><div class='entry-content'>{BLOG}</div>"
        f"<{footer_tag} class='entry-footer'><div class='related'><div class='title'>{heading}</div>"
        f"<ul>{card}</ul></div></{footer_tag}></{wrap}>"
        "<footer id='site-footer'><a href='/about'>このブログについて</a></footer></body></html>"
    )


def _card(path: str, title: str, day: str) -> str:
    archive = "/archive/" + day.replace("-", "/")
    return (
        f"<li><a href='{path}'><img alt='{title}' src='/t.jpg'></a>"
        f"<div class='date'><a href='{archive}'><time datetime='{day}T10:00:00Z'>{day}</time></a></div>"
        f"<a href='{path}'>{title}</a><div class='body'>{title}の続き、今回も三軒回りました…</div></li>"
    )


@pytest.mark.parametrize(
    ("heading", "day", "site"),
    [
        ("関連記事", "2017-11-05", "https://yuki.example-blog.jp"),
        ("相关文章", "2019-03-08", "https://blog.example.cn"),
        ("Related Posts", "2021-12-24", "https://notes.example.com"),
        ("あわせて読みたい", "2016-01-31", "https://tabearuki.example.jp"),
        ("相关阅读", "2023-07-02", "http://www.example-diary.net"),
        ("関連エントリー", "2014-09-09", "https://diary.example.org"),
    ],
)
def test_an_entrys_own_footer_holds_its_related_list_without_the_days_archive(
    heading: str, day: str, site: str, registry: Registry
) -> None:
    path = "/entry/" + day.replace("-", "/") + "/190212"
    page = _blog(
        "footer", heading, _card(path, "京都・出町柳で鯖寿司", day) + _card(path + "1", "大阪・福島のラーメン屋", day)
    )
    assert _urls(page, site + "/entry/2018/02/18/213045", registry) == [site + path, site + path + "1"]


def test_a_footer_outside_any_article_still_vetoes_its_heading(registry: Registry) -> None:
    # The same module in the page's own <footer> (no <article> around it) is site-wide: no list.
    day = "2017-11-05"
    page = _blog("footer", "関連記事", _card("/entry/2017/11/05/190212", "京都・出町柳で鯖寿司", day), wrap="div")
    assert _urls(page, "https://yuki.example-blog.jp/entry/2018/02/18/213045", registry) == []


@pytest.mark.parametrize(
    ("shown", "href", "kept"),
    [
        ("2017-11-05", "/archive/2017/11/05", False),
        ("2019年3月8日", "/2019/03/08/", False),
        ("2021/12/24", "/diary/20211224", False),
        ("2017-11-05", "/2017/11/05/post-190212.html", True),
        ("2017-11-05", "/entry/2017/11/05/190212", True),
        ("2020-02-29 10:05", "/archives/2020/02/29", False),
    ],
)
def test_a_link_showing_only_its_date_is_the_days_archive(
    shown: str, href: str, kept: bool, registry: Registry
) -> None:
    cards = "".join(
        f"<li><a href='/entry/2016/0{n}/01/1{n}'>第{n}篇：京都的拉面店探访记录</a></li>" for n in range(1, 3)
    )
    page = _blog("div", "相关文章", cards + f"<li><a href='{href}'>{shown}</a></li>")
    got = _urls(page, "https://blog.example.cn/entry/2018/02/18/213045", registry)
    assert ("https://blog.example.cn" + href in got) is kept
    assert len(got) == 2 + kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("> 更多影评 317 篇", False),
        ("» 查看全部", False),
        ("全部 46 条回答", False),
        ("更多书评 12篇 >>", False),
        ("→ 更多相关新闻", False),
        ("更多城市加入垃圾分类行列", True),
    ],
)
def test_a_lists_see_more_link_is_no_item(text: str, kept: bool, registry: Registry) -> None:
    cards = "".join(f"<li><a href='/review/95700{n}/'>第{n}篇：沉默的母亲和她身后的时代</a></li>" for n in range(1, 3))
    page = _blog("div", "相关影评", cards + f"<li><a href='/subject/2709331{int(kept)}/reviews'>{text}</a></li>")
    got = _urls(page, "https://movie.example.com/review/9572231/", registry)
    assert len(got) == 2 + kept


@pytest.mark.parametrize(
    ("page_url", "href", "kept"),
    [
        ("https://baike.example.net/item/樟树港辣椒/20341177", "/item/%E6%B9%98%E9%98%B4%E5%8E%BF/1442138", True),
        ("https://baike.example.org/view/青团/88", "/view/%E8%89%BE%E7%B2%84/99", True),
        ("https://baike.example.net/item/%E9%9D%92%E5%9B%A2/123", "/item/艾粄/456", True),
        ("https://www.example-poems.cn/王维/luzhai.html", "/%E6%9D%8E%E7%99%BD/jingyesi.html", True),
        ("https://zh.example.wiki/词条/东坡肉/2", "/%E8%AF%8D%E6%9D%A1/%E9%BE%99%E4%BA%95/5", True),
        # A short name in another folder kind (a channel page) is still no item.
        ("https://baike.example.net/item/樟树港辣椒/20341177", "/about/%E5%85%B3%E4%BA%8E/help", False),
    ],
)
def test_a_raw_name_in_the_page_url_files_its_short_named_siblings(
    page_url: str, href: str, kept: bool, registry: Registry
) -> None:
    entry = "".join(
        f"<p>第{n}段：这种辣椒产于湖南湘阴，果皮薄、辣味适中，是当地有名的地理标志产品。</p>" for n in range(5)
    )
    page = (
        f"<html><head><title>樟树港辣椒</title></head><body><div class='main'><h1>樟树港辣椒</h1>{entry}</div>"
        f"<div class='side-content'><div class='side-box'><h3>相关词条</h3><ul><li><a href='{href}'>湘阴县</a>"
        "<p class='desc'>湖南省岳阳市辖县</p></li></ul></div></div></body></html>"
    )
    assert bool(_urls(page, page_url, registry)) is kept
