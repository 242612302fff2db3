"""A self-media post whose 来源 names the platform's channel (澎湃新闻·澎湃号·政务) and whose account card sits
under it (name, "X官方澎湃号", +订阅): read by the generic path, as on a template no rule knows, the channel
stays the source and the card's name is the author; the card's "official account of X" line names no account.
Run rule-less, a dozen tune 澎湃号 pages had the channel for author."""

from __future__ import annotations

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "今年入夏以来，区里对辖区内的老旧小区开展了一轮消防安全排查，重点检查楼道堆物和电动车充电。",
        "排查中发现的问题，街道当场督促整改，对一时无法整改的，明确了责任人和整改时限，逐一销号。",
        "区应急管理局提醒居民，电动自行车不要在楼道和家中充电，发现火情要第一时间拨打119报警。",
    )
)


def test_the_channel_is_the_source_and_the_card_s_name_the_author() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>老旧小区消防排查见成效_澎湃号·政务_澎湃新闻</title></head><body>'
        "<h1>老旧小区消防排查见成效</h1><div><span>2023-07-14 18:02</span>"
        "<span>来源：澎湃新闻·澎湃号·政务</span></div>"
        '<div class="card"><a href="/gov_90001"><img src="/pph/90001.png" alt=""></a><div>'
        '<a href="/gov_90001" class="name">滨江应急</a><p>杭州市滨江区应急管理局官方澎湃号</p></div>'
        "<button>+订阅</button></div>"
        f'<div class="content">{_STORY}</div>'
        "<p>特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
        "澎湃新闻仅提供信息发布平台。</p></body></html>"
    )
    article = parse_html(html, "https://www.example-paper.cn/newsDetail_forward_23812345", Registry(rules=()))
    assert (article.author, article.source) == ("滨江应急", "澎湃新闻·澎湃号·政务")
