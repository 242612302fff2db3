"""Containment dedup: abridged copies join the full story; same-title and boilerplate negatives stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.dedup import DedupParams
from newscorpus.dedup.candidates import key_candidates
from newscorpus.dedup.containment import (
    BodyShingles,
    body_print,
    contained,
    containment,
    figures_agree,
    title_keys,
)
from newscorpus.dedup.text import Normalizer
from newscorpus.store import Store

from .test_dedup import OTHER, STORY, cluster, representative, save

TITLE = "上海发布新一轮城市更新行动方案"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "corpus.db") as s:
        yield s


SECTORS = ("半导体", "证券", "白酒", "煤炭", "电力", "银行", "光伏", "医药", "军工", "地产", "汽车", "传媒")


def market_report(day: int, index: float, change: float, turnover: int) -> list[str]:
    """A daily market close: the same sentences every day around that day's numbers, sectors and news."""
    up = "上涨" if change > 0 else "下跌"
    hot = "、".join(SECTORS[(day + k) % len(SECTORS)] for k in range(3))
    cold = "、".join(SECTORS[(day + 6 + k) % len(SECTORS)] for k in range(3))
    news = [*STORY, *OTHER]
    return [
        f"3月{day}日，A股三大指数集体{up}。截至收盘，上证指数报{index:.2f}点，{up}{abs(change):.2f}%；"
        f"深证成指报{index * 3.1:.2f}点，{up}{abs(change) * 1.2:.2f}%；创业板指报{index * 0.6:.2f}点。",
        f"沪深两市成交额合计{turnover}亿元，北向资金全天净{'买入' if day % 3 else '卖出'}{turnover % 53}.{day}亿元。",
        f"盘面上，{hot}板块表现活跃，{cold}板块走势低迷。消息面上，{news[day % len(news)]}",
        f"市场人士表示，{news[(day * 5 + 2) % len(news)]}",
        "免责声明：本文内容仅供参考，不构成投资建议，投资者据此操作，风险自担。",
    ]


def test_first_paragraphs_copy_under_the_same_title_joins_the_full_story(store: Store) -> None:
    full = save(store, "https://a.example/1.html", STORY, title=TITLE)
    # The first third, with a 转载 line: Jaccard far under the threshold, containment near 1.
    short = [*STORY[: len(STORY) // 3], "（本文转载自澎湃新闻，如有侵权请联系删除）"]
    copy = save(store, "https://farm.example/2.html", short, title=TITLE)
    assert cluster(store, copy) == cluster(store, full)
    assert representative(store, copy) == full  # the longer, complete copy stands for the cluster


def test_lead_dropped_copy_found_through_its_original_title_line(store: Store) -> None:
    full = save(store, "https://a.example/1.html", STORY, title=TITLE)
    retold = ["原标题：《" + TITLE + "》", *STORY[len(STORY) // 2 :], "编者按：本报对原文有删节。"]
    copy = save(store, "https://b.example/9.html", retold, title="重磅！这座城市的更新计划来了")
    assert cluster(store, copy) == cluster(store, full)


def test_the_original_title_line_links_whichever_arrives_first(store: Store) -> None:
    retold = ["原标题：" + TITLE, *STORY[len(STORY) // 2 :]]
    copy = save(store, "https://b.example/9.html", retold, title="这座城市的更新计划来了")
    full = save(store, "https://a.example/1.html", STORY, title=TITLE)
    assert cluster(store, copy) == cluster(store, full)


def test_same_title_different_story_stays_apart(store: Store) -> None:
    a = save(store, "https://a.example/1.html", STORY, title=TITLE)
    b = save(store, "https://b.example/2.html", OTHER[: len(OTHER) // 2], title=TITLE)
    assert cluster(store, a) != cluster(store, b)


def test_daily_market_reports_sharing_boilerplate_stay_apart(store: Store) -> None:
    ids = [
        save(
            store,
            f"https://m.example/{day}.html",
            market_report(day, 3000 + day * 7.3, (-1) ** day * day / 10, 9000 + day * 131),
            title="今日A股收评",
        )
        for day in range(1, 8)
    ]
    assert len({cluster(store, i) for i in ids}) == len(ids)


def test_rebuild_gives_the_incremental_clusters(store: Store) -> None:
    save(store, "https://a.example/1.html", STORY, title=TITLE)
    save(store, "https://farm.example/2.html", STORY[:4], title=TITLE)
    save(store, "https://c.example/3.html", OTHER, title=TITLE)
    save(store, "https://d.example/4.html", ["原标题：" + TITLE, *STORY[3:]], title="别的标题也是一条新闻")
    before = store.db.execute("SELECT article_id, cluster_id FROM article_dedup ORDER BY article_id").fetchall()
    store.rebuild_dedup()
    after = store.db.execute("SELECT article_id, cluster_id FROM article_dedup ORDER BY article_id").fetchall()
    assert before == after and len({c for _, c in after}) == 2


def test_editing_the_full_story_splits_the_abridged_copy_off(store: Store) -> None:
    full = save(store, "https://a.example/1.html", STORY, title=TITLE)
    copy = save(store, "https://farm.example/2.html", STORY[:4], title=TITLE)
    assert cluster(store, copy) == full
    save(store, "https://a.example/1.html", OTHER, title=TITLE)  # the page now carries another story
    assert cluster(store, copy) == copy and cluster(store, full) == full


def test_an_incomplete_copy_is_never_the_representative(store: Store) -> None:
    truncated = save(
        store,
        "https://a.example/1.html",
        STORY[:5],
        title=TITLE,
        incomplete=True,
        published_at="2024-01-01T08:00:00+08:00",
    )
    whole = save(store, "https://b.example/2.html", STORY, title=TITLE, published_at="2024-01-01T09:00:00+08:00")
    assert cluster(store, whole) == cluster(store, truncated)
    assert representative(store, truncated) == whole


def test_title_candidates_are_capped(store: Store) -> None:
    params = DedupParams()
    for n in range(params.title_candidates + 5):
        save(
            store,
            f"https://m.example/{n}.html",
            market_report(n % 28 + 1, 3000 + n, 0.5, 9000 + n * 17),
            title="今日A股收评",
        )
    fp = store.dedup._stored(1)
    assert fp is not None and fp.title_keys == ("今日a股收评",)
    assert len(key_candidates(store.db, fp, params)) == params.title_candidates


def test_title_keys_and_containment_helpers() -> None:
    normalise, params = Normalizer(), DedupParams()
    body = "原标题：《城市更新行动方案发布》\n正文第一段。"
    assert title_keys("上海：城市更新方案", body, normalise, params) == ("上海城市更新方案", "城市更新行动方案发布")
    assert title_keys("快讯", "正文", normalise, params) == ()  # too short to identify a story
    text = normalise("".join(STORY))
    whole, half = body_print(text, params), body_print(text[: len(text) // 2], params)
    assert containment(half, whole) == 1.0 and contained(half, whole, params)
    # A fragment is inside the story too, but too short for containment to say it is a copy.
    fragment = body_print(text[:50], params)
    assert containment(fragment, whole) == 1.0 and not contained(fragment, whole, params)
    bodies = {1: "".join(STORY), 2: "".join(STORY[:3]), 3: "".join(OTHER)}
    shingles = BodyShingles(bodies.__getitem__, normalise, params)
    assert shingles.contained(1, 2) and not shingles.contained(1, 3)


def test_figures_must_agree_for_a_containment_link() -> None:
    normalise, params = Normalizer(), DedupParams()
    words = (
        "北京时间{d}日晚，中超联赛第{r}轮一场焦点战展开角逐，"
        "北京国安坐镇主场迎战上海海港，最终以{a}比{b}获胜，全场控球率{p}%。"
    )
    story = "".join(words.format(d=12, r=7, a=3, b=1, p=58) + STORY[i] for i in range(3))
    other = "".join(words.format(d=19, r=8, a=0, b=2, p=41) + STORY[i] for i in range(2))
    same = "".join(words.format(d=12, r=7, a=3, b=1, p=58) + STORY[i] for i in range(2))
    full, templated, abridged = (body_print(normalise(t), params) for t in (story, other, same))
    assert figures_agree(abridged, full, params)
    assert not figures_agree(templated, full, params)  # same words around other figures: another match
