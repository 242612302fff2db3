"""`newscorpus search` on a corpus.db built by crawling the demo portal on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from newscorpus.errors import QueryError
from newscorpus.localserver import LocalSite
from newscorpus.search import grams, search, snippet, terms_of
from newscorpus.store import Store

from .conftest import run_cli
from .helpers import portal_routes

PAGES = ["/world/400.html", "/news/200.html", "/tech/300.html", "/finance/100.html"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    db = tmp_path_factory.mktemp("search") / "corpus.db"
    with LocalSite(portal_routes()) as site:
        result = run_cli(CliRunner(), "fetch", "--db", db, "--allow-private", "-q", *[site.url(p) for p in PAGES])
        assert result.exit_code == 0, result.output
    return db


def _like_ids(db: Path, word: str) -> set[int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT id FROM articles WHERE title LIKE ? OR body LIKE ?", [f"%{word}%", f"%{word}%"]
        ).fetchall()
    return {row[0] for row in rows}


def _words(db: Path, length: int) -> list[str]:
    """Words of ``length`` CJK characters cut from every stored body, at several places."""
    with sqlite3.connect(db) as conn:
        bodies = [row[0] for row in conn.execute("SELECT body FROM articles")]
    words = []
    for body in bodies:
        runs = [r for r in "".join(c if "\u4e00" <= c <= "\u9fff" else " " for c in body).split() if len(r) >= 6]
        words += [run[i : i + length] for run in runs[:5] for i in (0, 2)]
    return words


@pytest.mark.parametrize("length", [2, 3, 4])
def test_search_finds_exactly_what_like_finds(corpus: Path, length: int) -> None:
    words = _words(corpus, length)
    assert len(words) >= 20
    # The index alone, not the command's instr fallback, must give the LIKE answer.
    table, query = ("articles_bigrams", grams) if length == 2 else ("articles_fts", str)
    with Store(corpus) as store:
        for word in words:
            expected = _like_ids(corpus, word)
            indexed = store.db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [f'"{query(word)}"'])
            assert {row[0] for row in indexed} == expected, word
            assert {hit.id for hit in search(store.db, word, limit=1000, include_duplicates=True)} == expected, word


def test_two_character_word_that_default_fts_misses(corpus: Path) -> None:
    """储能 inside 新型储能装机规模: unicode61 alone sees one long token and finds nothing; LIKE finds it."""
    assert _like_ids(corpus, "储能")
    with Store(corpus) as store:
        hits = search(store.db, "储能", include_duplicates=True)
    assert {h.id for h in hits} == _like_ids(corpus, "储能")
    assert all("[储能]" in h.snippet for h in hits)


def test_several_terms_must_all_match_and_site_filters(corpus: Path) -> None:
    with Store(corpus) as store:
        both = {h.id for h in search(store.db, "储能 装机规模", limit=100, include_duplicates=True)}
        assert both == _like_ids(corpus, "储能") & _like_ids(corpus, "装机规模")
        assert search(store.db, "储能", site="no-such-rule") == []


def test_one_character_query_is_a_usage_error(cli, corpus: Path) -> None:
    with pytest.raises(QueryError):
        terms_of("龙")
    result = run_cli(cli, "search", "能", "--db", corpus)
    assert result.exit_code == 2
    assert "at least 2 characters" in result.stderr


def test_cli_json_lines_ranked_with_snippets(cli, corpus: Path) -> None:
    result = run_cli(cli, "search", "储能", "--db", corpus, "--json", "--limit", "5")
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and all("[储能]" in h["snippet"] for h in hits)
    assert [h["score"] for h in hits] == sorted(h["score"] for h in hits)  # BM25: lower is better
    assert run_cli(cli, "search", "不存在的词语组合", "--db", corpus).exit_code == 1


def test_index_follows_updates_in_the_same_transaction(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "copy.db"
    with sqlite3.connect(corpus) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with Store(db) as store:
        victim = search(store.db, "储能")[0]
        row = store.db.execute("SELECT page_id, url FROM articles WHERE id = ?", [victim.id]).fetchone()
        from newscorpus.models import Article

        article = Article(url=row[1], site="generic", parser="generic", parser_version=1, title="更新后的标题")
        article.paragraphs = ["鲸落海底形成独特生态系统"]
        store.update_article(row[0], row[1], article)
        assert victim.id not in {h.id for h in search(store.db, "储能", limit=100)}
        assert [h.id for h in search(store.db, "鲸落")] == [victim.id]
        assert [h.id for h in search(store.db, "独特生态")] == [victim.id]


def test_sqlite_utils_and_datasette_find_the_trigram_index(corpus: Path) -> None:
    """datasette and sqlite-utils look for an FTS table whose content= is the table: articles_fts."""
    db = sqlite_utils.Database(corpus)
    assert db["articles"].detect_fts() == "articles_fts"
    found = {row["id"] for row in db["articles"].search("装机规模")}
    assert found and found == _like_ids(corpus, "装机规模")


def test_grams_and_snippet() -> None:
    assert grams("龙湖集团 A股，好") == "龙湖 湖集 集团 a股 好"
    text = "前文" * 40 + "龙湖集团发布公告" + "后文" * 40
    cut = snippet(text, ["龙湖"], context=6)
    assert cut.startswith("…") and cut.endswith("…") and "[龙湖]集团" in cut


def test_one_hit_per_duplicate_cluster_unless_asked(cli, tmp_path: Path) -> None:
    """The demo portal syndicates one story twice; search collapses it as export does."""
    assert run_cli(cli, "demo", "--out", tmp_path).exit_code == 0
    db = tmp_path / "corpus.db"
    every = _like_ids(db, "储能装机")
    assert len(every) == 2
    with Store(db) as store:
        representative = store.db.execute(
            "SELECT c.representative_id FROM article_dedup d JOIN clusters c ON c.id = d.cluster_id"
            " WHERE d.article_id = ?",
            [min(every)],
        ).fetchone()[0]
        assert [h.id for h in search(store.db, "储能装机")] == [representative]
        assert {h.id for h in search(store.db, "储能装机", include_duplicates=True)} == every
    result = run_cli(cli, "search", "储能装机", "--db", db, "--include-duplicates", "--json")
    assert len(result.stdout.splitlines()) == 2


def test_a_term_no_index_can_answer_is_scanned(corpus: Path) -> None:
    """'，来'-like terms (punctuation in a 2-character word) have no gram: found by scanning, as LIKE does."""
    with sqlite3.connect(corpus) as conn:
        body = conn.execute("SELECT body FROM articles WHERE body LIKE '%，%' LIMIT 1").fetchone()[0]
    word = body[body.index("，") : body.index("，") + 2]
    with Store(corpus) as store:
        assert {h.id for h in search(store.db, word, limit=100, include_duplicates=True)} == _like_ids(corpus, word)
        both = {h.id for h in search(store.db, f"{word} 储能", limit=100, include_duplicates=True)}
        assert both == _like_ids(corpus, word) & _like_ids(corpus, "储能")


def test_a_rolled_back_article_leaves_no_index_rows(tmp_path: Path) -> None:
    """The index rows are written in the article's transaction: a failure after them takes them back."""
    from newscorpus.models import Article

    article = Article(url="https://x.example/1", site="generic", parser="generic", parser_version=1, title="鲸落")
    article.paragraphs = ["深海鲸落形成独特生态系统"]
    with Store(tmp_path / "corpus.db") as store:
        store.db.execute("INSERT INTO pages (id, url, status, html_zlib) VALUES (1, 'https://x.example/1', 200, x'')")
        with pytest.raises(RuntimeError), store.transaction():
            store.save_article(1, article.url, article)
            assert [h.title for h in search(store.db, "鲸落")] == ["鲸落"]  # visible inside the transaction
            raise RuntimeError("the page's log row failed")
        assert search(store.db, "鲸落") == [] and search(store.db, "独特生态") == []
        assert store.db.execute(
            "SELECT count(*) FROM articles_bigrams WHERE articles_bigrams MATCH '鲸落'"
        ).fetchone() == (0,)


def test_a_site_no_rule_and_no_article_has_is_warned_about(cli, corpus: Path) -> None:
    """search --site geenric said only "no article matches", as if the words were missing."""
    typo = run_cli(cli, "search", "储能", "--db", corpus, "--site", "geenric")
    assert typo.exit_code == 1 and typo.stdout == ""
    assert "newscorpus: warning: --site 'geenric'" in typo.stderr and "did you mean 'generic'" in typo.stderr
    right = run_cli(cli, "search", "储能", "--db", corpus, "--site", "generic")
    assert right.exit_code == 0 and right.stdout and "warning" not in right.stderr
