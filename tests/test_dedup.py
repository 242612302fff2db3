"""Deduplication: exact and near-duplicate clusters, the representative rule, persistence, rebuild, export."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import opencc
import pytest
from datasketch import MinHash
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from newscorpus import settings
from newscorpus.dedup import DedupParams
from newscorpus.dedup.representative import Member, choose_representative
from newscorpus.dedup.signature import MinHasher
from newscorpus.dedup.text import _KEPT_CATEGORIES, _KEPT_RUNS, Normalizer, shingle_hashes
from newscorpus.errors import StaleDedupError
from newscorpus.localserver import LocalSite, Route
from newscorpus.models import Article, DecodedPage, FetchedPage
from newscorpus.store import Store
from newscorpus.urls import identity

from .conftest import ROOT, run_cli
from .helpers import read_jsonl

# tests/golden/dev holds labels without paragraphs (their body truth is the benchmark content).
GOLDENS = sorted(p for p in (ROOT / "tests" / "golden").glob("*/*.json") if p.parent.name != "dev")
STORY = json.loads((ROOT / "tests" / "golden" / "thepaper" / "1.json").read_text(encoding="utf-8"))["paragraphs"]
OTHER = json.loads((ROOT / "tests" / "golden" / "163" / "4.json").read_text(encoding="utf-8"))["paragraphs"]


def save(store: Store, url: str, paragraphs: list[str], **fields: object) -> int:
    article = Article(
        url=None, site=str(fields.pop("site", "generic")), parser="t", parser_version=1, paragraphs=paragraphs, **fields
    )  # type: ignore[arg-type]
    store.save(FetchedPage(url, url, 200, url.encode()), DecodedPage("", "utf-8", None), article)
    return store.db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0]


def cluster(store: Store, article_id: int) -> int:
    return store.db.execute("SELECT cluster_id FROM article_dedup WHERE article_id = ?", [article_id]).fetchone()[0]


def representative(store: Store, article_id: int) -> int:
    sql = "SELECT representative_id FROM clusters WHERE id = ?"
    return store.db.execute(sql, [cluster(store, article_id)]).fetchone()[0]


def syndicated(paragraphs: list[str]) -> list[str]:
    """A content-farm repost: a header, one paragraph dropped, one edited, traditional, half-width, a footer."""
    t2s = opencc.OpenCC("s2t")
    body = [t2s.convert(p).replace("，", ",").replace("。", ".") for p in paragraphs if p != paragraphs[5]]
    body[3] = body[3][:-10] + "据悉。"
    return ["热点资讯网讯", *body, "声明：本文转载自网络，如有侵权请联系删除。"]


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "corpus.db") as s:
        yield s


def test_normaliser_folds_width_script_and_punctuation() -> None:
    normalise = Normalizer()
    assert normalise("“國務院”發佈：ＡＢＣ１２３，ok！") == normalise("国务院发布abc123 OK")


_T2S = opencc.OpenCC("t2s")


def _normalised_by_category(text: str) -> str:
    """The normaliser as first written (one category test per character): what corpus.db hashes were
    made with, so the fast path must give the same string for every input."""
    folded = _T2S.convert(unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in folded if unicodedata.category(ch) in _KEPT_CATEGORIES)


def test_kept_characters_regex_is_the_category_rule_for_every_code_point() -> None:
    differ = [
        hex(point)
        for point in range(sys.maxunicode + 1)
        if bool(_KEPT_RUNS.fullmatch(chr(point))) != (unicodedata.category(chr(point)) in _KEPT_CATEGORIES)
    ]
    assert differ == []


def test_normaliser_equals_the_category_rule_on_every_golden_body() -> None:
    normalise = Normalizer()
    for path in GOLDENS:
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in ("\n".join(data["paragraphs"]), data.get("title") or ""):
            assert normalise(text) == _normalised_by_category(text), path


# Characters the normaliser must fold or drop: CJK (simplified and traditional), full-width forms,
# CJK and ASCII punctuation, emoji with modifiers and joiners, combining marks, compatibility forms.
_TRICKY = st.sampled_from(
    list("國務院發佈經濟體們这是中文ＡＢＣａｂｃ１２３，。！？：；“”‘’（）【】《》、・〇㈠①Ⅻ½²")
    + list("éé\u0301\u0308ﬁﬂ㎏℃™ǅ\u00a0\u3000\u200b\u200d_-—…·")
    + ["😀", "👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "\ufe0f", "\U00020000", "\U0002f800", "\ud7a3", "\uffff"]
)


_NORMALISE = Normalizer()


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.characters(codec="utf-8")), max_size=80).map("".join))
def test_normaliser_equals_the_category_rule_on_generated_text(text: str) -> None:
    assert _NORMALISE(text) == _normalised_by_category(text)


def test_url_identity_drops_tracking_and_fragment_and_folds_http() -> None:
    assert identity("HTTP://WWW.Site.cn:80/a/1.html?id=3&utm_source=x&spm=1#top") == "https://www.site.cn/a/1.html?id=3"
    wechat = "https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=ab&chksm=8f&scene=21&wx_header=0"
    assert identity(wechat) == "https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=ab"


def test_exact_duplicate_by_body_hash(store: Store) -> None:
    a = save(store, "https://a.example/1.html", STORY)
    b = save(store, "https://b.example/9.html", [p.replace("，", ", ") for p in STORY])  # punctuation only
    assert cluster(store, a) == cluster(store, b) == a
    hashes = store.db.execute("SELECT count(DISTINCT body_hash) FROM article_dedup").fetchone()[0]
    assert hashes == 1


def test_same_canonical_url_is_a_duplicate_even_with_a_short_body(store: Store) -> None:
    a = save(store, "https://a.example/1.html?utm_source=feed", ["图片"])
    b = save(store, "https://a.example/1.html#comments", ["图集"])
    assert cluster(store, a) == cluster(store, b)


def test_short_bodies_never_match_on_content(store: Store) -> None:
    a = save(store, "https://a.example/1.html", ["图片"])
    b = save(store, "https://b.example/2.html", ["图片"])
    assert cluster(store, a) != cluster(store, b)


def test_syndicated_variant_joins_and_hard_negative_stays_apart(store: Store) -> None:
    original = save(store, "https://a.example/1.html", STORY)
    repost = save(store, "https://farm.example/2.html", syndicated(STORY))
    # Same portal boilerplate around a different story on a related subject.
    other = save(
        store, "https://farm.example/3.html", ["热点资讯网讯", *OTHER, "声明：本文转载自网络，如有侵权请联系删除。"]
    )
    assert cluster(store, repost) == cluster(store, original)
    assert cluster(store, other) != cluster(store, original)
    assert store.dedup.report().duplicates == 1


def test_bridge_article_merges_two_clusters(store: Store) -> None:
    first_half, second_half = STORY[: len(STORY) // 2], STORY[len(STORY) // 2 :]
    a = save(store, "https://a.example/1.html", first_half)
    b = save(store, "https://b.example/2.html", second_half)
    assert cluster(store, a) != cluster(store, b)
    c = save(store, "https://c.example/3.html", STORY)
    assert cluster(store, a) == cluster(store, b) == cluster(store, c) == a
    assert store.db.execute("SELECT size FROM clusters WHERE id = ?", [a]).fetchone()[0] == 3
    assert store.db.execute("SELECT count(*) FROM clusters WHERE id = ?", [b]).fetchone()[0] == 0


def test_editing_the_bridge_splits_the_cluster(store: Store) -> None:
    a = save(store, "https://a.example/1.html", STORY[: len(STORY) // 2])
    b = save(store, "https://b.example/2.html", STORY[len(STORY) // 2 :])
    c = save(store, "https://c.example/3.html", STORY)
    assert cluster(store, a) == cluster(store, b)
    save(store, "https://c.example/3.html", OTHER)  # the page changed: a different story now
    assert cluster(store, a) == a and cluster(store, b) == b and cluster(store, c) == c
    assert store.dedup.report().clusters == 3


def test_representative_prefers_original_then_earliest_then_longest() -> None:
    portal = Member(1, "163", "澎湃新闻", "2024-01-01T08:00:00+08:00", 900)
    origin = Member(2, "thepaper", None, "2024-01-01T09:00:00+08:00", 800)
    assert choose_representative([portal, origin], {"thepaper": ("澎湃",)}) == 2
    early = Member(3, "generic", None, "2024-01-01T00:30:00+00:00", 100)  # 08:30 in Beijing
    late = Member(4, "generic", None, "2024-01-01T08:40:00+08:00", 5000)
    undated = Member(5, "generic", None, None, 9000)
    assert choose_representative([late, undated, early], {}) == 3
    assert choose_representative([Member(6, None, None, None, 10), Member(7, None, None, None, 20)], {}) == 7


def test_representative_in_the_store(store: Store) -> None:
    farm = save(store, "https://farm.example/1.html", syndicated(STORY), published_at="2024-01-01T08:00:00+08:00")
    portal = save(
        store, "https://www.163.com/2.html", STORY, source="澎湃新闻", published_at="2024-01-01T09:00:00+08:00"
    )
    assert representative(store, farm) == farm  # earliest: no member is the cited outlet
    origin = save(
        store, "https://www.thepaper.cn/3.html", STORY, site="thepaper", published_at="2024-01-01T10:00:00+08:00"
    )
    assert representative(store, portal) == origin


def test_clusters_persist_across_sessions(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as first:
        a = save(first, "https://a.example/1.html", STORY)
    with Store(tmp_path / "c.db") as second:
        b = save(second, "https://farm.example/2.html", syndicated(STORY))
        assert cluster(second, b) == a


def test_changed_parameters_need_a_rebuild(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as first:
        save(first, "https://a.example/1.html", STORY)
    with Store(tmp_path / "c.db") as second:
        second.dedup.params = DedupParams(threshold=0.9)
        with pytest.raises(StaleDedupError):
            save(second, "https://b.example/2.html", OTHER)
        assert second.count("articles") == 1  # the failed write left nothing behind
        assert second.rebuild_dedup().articles == 1
        save(second, "https://b.example/2.html", OTHER)
        assert second.count("articles") == 2


def test_dedup_command_rebuilds_from_scratch(cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store(db) as store:
        a = save(store, "https://a.example/1.html", STORY)
        save(store, "https://farm.example/2.html", syndicated(STORY))
        save(store, "https://b.example/3.html", OTHER)
        store.db.execute("DELETE FROM lsh_bands")
        store.db.execute("UPDATE article_dedup SET cluster_id = article_id")
        store.db.conn.commit()
    result = run_cli(cli, "dedup", "--db", db)
    assert result.exit_code == 0, result.output
    assert "3 articles, 2 clusters, 1 duplicates" in result.stdout
    with Store(db) as store:
        assert store.db.execute("SELECT count(*) FROM lsh_bands").fetchone()[0] == 3 * DedupParams().bands
        assert cluster(store, a) == a
    assert run_cli(cli, "dedup", "--db", tmp_path / "missing.db").exit_code == 3


def test_export_one_per_cluster_unless_include_duplicates(cli, store: Store, tmp_path: Path) -> None:
    a = save(store, "https://a.example/1.html", STORY, published_at="2024-01-01T08:00:00+08:00")
    save(store, "https://farm.example/2.html", syndicated(STORY))
    c = save(store, "https://b.example/3.html", OTHER)
    db = Path(store.path)
    out = tmp_path / "out.jsonl"
    assert run_cli(cli, "export", "--jsonl", out, "--db", db).exit_code == 0
    assert [(r["id"], r["cluster_id"]) for r in read_jsonl(out)] == [(a, a), (c, c)]
    assert run_cli(cli, "export", "--jsonl", out, "--db", db, "--include-duplicates").exit_code == 0
    assert [r["cluster_id"] for r in read_jsonl(out)] == [a, a, c]


def test_fetch_end_to_end_clusters_a_repost(cli, tmp_path: Path) -> None:
    page = "<html><head><title>t</title></head><body><h1>共享充电宝涨价</h1><article>{}</article></body></html>"
    routes = {
        "/news/1.html": Route(page.format("".join(f"<p>{p}</p>" for p in STORY)).encode()),
        "/farm/2.html": Route(page.format("".join(f"<p>{p}</p>" for p in syndicated(STORY))).encode()),
    }
    db, out = tmp_path / "c.db", tmp_path / "out.jsonl"
    with LocalSite(routes) as site:
        urls = [site.url(path) for path in routes]
        assert run_cli(cli, "fetch", "--db", db, "--allow-private", "--attempts", "1", *urls).exit_code == 0
    assert run_cli(cli, "export", "--jsonl", out, "--db", db, "--include-duplicates").exit_code == 0
    records = read_jsonl(out)
    assert len(records) == 2 and records[0]["cluster_id"] == records[1]["cluster_id"]
    assert run_cli(cli, "export", "--jsonl", out, "--db", db).exit_code == 0
    assert len(read_jsonl(out)) == 1


def test_many_identical_pages_form_one_cluster_with_the_full_rule_representative(store: Store) -> None:
    """Soft-404 and placeholder pages: hundreds of identical bodies, some reposts with sources and dates.

    Placing them one by one takes the fast path (newcomer against the representative); the stored
    representative and size must equal the full rule applied to all members.
    """
    ids = []
    for n in range(120):
        fields: dict[str, object] = {"published_at": f"2023-10-{1 + n % 28:02d}T08:00:00+08:00"} if n % 3 else {}
        if n % 40 == 7:
            fields["source"] = "澎湃新闻"
        site = "thepaper" if n == 90 else "generic"
        ids.append(save(store, f"https://farm{n % 7}.example/{n}.html", STORY, site=site, **fields))
    save(store, "https://other.example/1.html", OTHER)
    assert {cluster(store, i) for i in ids} == {ids[0]}
    rows = store.db.execute(
        "SELECT a.id, a.site, a.source, a.published_at, length(a.body) FROM article_dedup d"
        " JOIN articles a ON a.id = d.article_id WHERE d.cluster_id = ?",
        [ids[0]],
    ).fetchall()
    expected = choose_representative([Member(*row) for row in rows], settings.SITE_OUTLETS)
    size = store.db.execute("SELECT size FROM clusters WHERE id = ?", [ids[0]]).fetchone()[0]
    assert (representative(store, ids[0]), size) == (expected, 120)
    assert expected == ids[90]  # the outlet others cite as 来源 is the original


_HASHER = MinHasher(DedupParams())


@hypothesis_settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("新闻记者当地推进建设abc123")), max_size=300))
def test_signatures_equal_datasketch_on_generated_text_of_any_length(text: str) -> None:
    params = DedupParams()
    theirs = MinHash(params.num_perm, seed=params.seed, scheme="affine32", hashfunc=lambda value: value)
    theirs.update_batch(shingle_hashes(text, params.shingle_chars))
    assert (_HASHER.signature(text) == theirs.hashvalues.astype("uint32")).all()


def test_signatures_are_datasketch_affine32_minhash_value_for_value() -> None:
    """Our numpy MinHash must equal datasketch's: stored signatures and band keys depend on every value."""
    params = DedupParams()
    ours = MinHasher(params)
    normalise = Normalizer()
    bodies = ["\n".join(json.loads(p.read_text(encoding="utf-8"))["paragraphs"]) for p in GOLDENS]
    for body in [*bodies, "短", "重复重复重复重复"]:
        text = normalise(body)
        theirs = MinHash(params.num_perm, seed=params.seed, scheme="affine32", hashfunc=lambda value: value)
        theirs.update_batch(shingle_hashes(text, params.shingle_chars))
        assert (ours.signature(text) == theirs.hashvalues.astype("uint32")).all()
