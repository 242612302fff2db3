"""Guards against boilerplate-driven merges: common text left out of containment, the figures test on the
Jaccard edge, same-source candidates, and the rebuild a parameter change asks for."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.dedup import DedupParams
from newscorpus.dedup.common import SentenceCounts, common_shingles, sentences
from newscorpus.dedup.containment import BodyPrint, containment
from newscorpus.dedup.signature import shares_band
from newscorpus.dedup.text import Normalizer
from newscorpus.errors import StaleDedupError
from newscorpus.store import Store

from .test_dedup import OTHER, STORY, cluster, save

CITIES = ("广州", "武汉", "成都", "杭州", "南京", "西安")
# The sentences every morning's traffic report repeats around the day's figures.
ADVICE = [
    "交警部门提醒，早晚高峰期间请广大驾驶员提前规划出行路线，服从交警指挥，文明驾驶，安全出行。",
    "遇到交通事故请及时报警并在确保安全的前提下撤离车辆，不要在行车道内停留，以免发生二次事故。",
    "更多实时路况信息请关注交通广播或交警部门的官方微博，雨雪天气出行请降低车速并保持安全车距。",
]


def traffic_report(n: int, with_figures: bool = True) -> list[str]:
    """Day ``n``'s report: its figures, a sentence of its own, then the template's advice."""
    figures = (
        f"今天是3月{n + 1}日，截至8时{10 + n}分，{CITIES[n % len(CITIES)]}全市拥堵指数1.{n + 2}，"
        f"平均车速{20 + n}公里每小时，共发生轻微交通事故{30 + 7 * n}起。"
    )
    own = f"{STORY[n][:40]}。"
    return [figures, own, *ADVICE] if with_figures else [own, *ADVICE]


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "corpus.db") as s:
        yield s


def _reports_then_bare(store: Store) -> tuple[list[int], int]:
    ids = [save(store, f"https://t.example/{n}.html", traffic_report(n), title="早高峰路况") for n in range(5)]
    bare = save(store, "https://t.example/bare.html", traffic_report(5, with_figures=False), title="早高峰路况")
    return ids, bare


def test_a_report_without_its_figures_is_not_inside_every_other_report(store: Store) -> None:
    ids, bare = _reports_then_bare(store)
    assert len({cluster(store, i) for i in ids}) == len(ids)  # different days stay apart (figures)
    assert cluster(store, bare) == bare  # the advice it shares with each is template text, not the story


def test_without_the_common_text_discount_the_bare_report_joins_a_day(tmp_path: Path) -> None:
    """The same corpus with the discount off: what the guard above prevents does happen."""
    with Store(tmp_path / "off.db") as store:
        store.dedup.params = replace(DedupParams(), common_clusters=0)
        _, bare = _reports_then_bare(store)
        assert cluster(store, bare) != bare


def test_common_boilerplate_does_not_stop_a_real_abridged_copy(store: Store) -> None:
    footer = ADVICE[:2]
    for n, other in enumerate((OTHER, STORY[8:], OTHER[3:], STORY[10:], OTHER[5:])):
        save(store, f"https://p.example/{n}.html", [*other[:6], *footer])
    full = save(store, "https://p.example/full.html", [*STORY, *footer], title="上海发布城市更新方案")
    copy = save(store, "https://farm.example/1.html", [*STORY[:4], *footer], title="上海发布城市更新方案")
    assert store.dedup._common(copy, store.dedup._shingles())  # the footer is common text by now
    assert cluster(store, copy) == cluster(store, full)


def test_counts_are_per_founded_cluster_and_bounded(store: Store) -> None:
    save(store, "https://a.example/1.html", STORY)
    for n in range(3):  # reposts join the story's cluster: its sentences stay counted once
        save(store, f"https://farm.example/{n}.html", [f"热点资讯网讯第{n}期", *STORY])
    params, normalise = DedupParams(), Normalizer()
    found = sentences("\n".join(STORY), normalise, params)
    counts = SentenceCounts(store.db, params).of(found)
    assert found and counts == dict.fromkeys(found, 1)
    slots = [row[0] for row in store.db.execute("SELECT slot FROM dedup_common")]
    assert all(0 <= s < params.common_slots for s in slots)


def test_the_table_keeps_frequent_sentences_and_wears_rare_ones_out(store: Store) -> None:
    """One slot for everything: a frequent sentence holds it against rarer ones, which wear it down by one
    each; a count is only ever its own sentence's; a spent holder is replaced."""
    counts = SentenceCounts(store.db, replace(DedupParams(), common_slots=1))
    boilerplate, rare, newcomer = 101, 202, 303
    for digests in ([boilerplate],) * 5 + ([rare], [boilerplate], [rare]):
        counts.add(digests)
    assert counts.of([boilerplate]) == {boilerplate: 4} and counts.of([rare]) == {}
    for _ in range(4):
        counts.add([newcomer])
    assert counts.of([boilerplate]) == {} and counts.of([newcomer]) == {newcomer: 1}


def test_rebuild_counts_and_clusters_as_the_placements_did(store: Store) -> None:
    _reports_then_bare(store)
    save(store, "https://a.example/1.html", STORY, title="城市更新")
    save(store, "https://farm.example/2.html", STORY[:4], title="城市更新")
    before = store.db.execute("SELECT article_id, cluster_id FROM article_dedup ORDER BY article_id").fetchall()
    counts = store.db.execute("SELECT slot, clusters FROM dedup_common ORDER BY slot").fetchall()
    store.rebuild_dedup()
    assert store.db.execute("SELECT article_id, cluster_id FROM article_dedup ORDER BY article_id").fetchall() == before
    assert store.db.execute("SELECT slot, clusters FROM dedup_common ORDER BY slot").fetchall() == counts


def test_templated_reports_clearing_jaccard_stay_apart_by_their_figures(store: Store) -> None:
    a = save(store, "https://t.example/a.html", [traffic_report(1)[0], *ADVICE])
    b = save(store, "https://t.example/b.html", [traffic_report(2)[0], *ADVICE])
    repost = save(store, "https://farm.example/a.html", ["看点快报讯", traffic_report(1)[0], *ADVICE])
    assert cluster(store, a) != cluster(store, b)
    assert cluster(store, repost) == cluster(store, a)


def test_same_source_candidates_find_a_copy_under_a_new_headline(tmp_path: Path) -> None:
    params = DedupParams()
    for cap, joined in ((0, False), (params.source_candidates, True)):
        with Store(tmp_path / f"s{cap}.db") as store:
            store.dedup.params = replace(params, source_candidates=cap)
            full = save(store, "https://a.example/1.html", STORY, title="上海发布城市更新方案", source="澎湃新闻")
            copy = save(store, "https://b.example/2.html", STORY[:3], title="一座城市的新计划", source="澎湃新闻")
            first, second = (store.dedup._stored(i) for i in (full, copy))
            assert first and second and first.signature is not None and second.signature is not None
            assert not shares_band(first.signature, second.signature, params)  # LSH alone cannot find it
            assert (cluster(store, copy) == cluster(store, full)) is joined


def test_a_corpus_clustered_before_the_guards_asks_for_one_rebuild(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store(db) as old:
        save(old, "https://a.example/1.html", STORY)
        # What an older newscorpus recorded: its parameters had no guards.
        old.db.execute("DELETE FROM dedup_params WHERE name IN ('common_clusters', 'jaccard_figure_share')")
        old.db.conn.commit()
    with Store(db) as store:
        with pytest.raises(StaleDedupError):
            save(store, "https://b.example/2.html", OTHER)
        assert store.rebuild_dedup().articles == 1
        save(store, "https://b.example/2.html", OTHER)
        assert store.count("articles") == 2


def _print(shingles: set[int]) -> BodyPrint:
    return BodyPrint(frozenset(shingles), frozenset(), len(shingles))


@given(
    st.sets(st.integers(0, 60), min_size=1),
    st.sets(st.integers(0, 60), min_size=1),
    st.sets(st.integers(0, 60)),
)
def test_leaving_out_common_text_never_raises_containment(a: set[int], b: set[int], common: set[int]) -> None:
    assert containment(_print(a), _print(b), frozenset(common)) <= containment(_print(a), _print(b)) + 1e-12


def test_sentences_fold_width_script_and_punctuation() -> None:
    params, normalise = DedupParams(), Normalizer()
    plain = sentences("今天是3月5日，全市拥堵指数1.8。请广大驾驶员提前规划出行路线！", normalise, params)
    farm = sentences("今天是３月５日,全市擁堵指數１.８.請廣大駕駛員提前規劃出行路線!", normalise, params)
    assert plain == farm and len(plain) == 2  # "1.8" splits the same way in both copies
    at, under = params.common_clusters, params.common_clusters - 1
    assert common_shingles(plain, dict.fromkeys(plain, at), params)
    assert not common_shingles(plain, dict.fromkeys(plain, under), params)
