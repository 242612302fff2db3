"""bench/extract_related: URL matching, the per-split table, and the split that keeps held-out pages unseen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import extract_related
from bench.extract_related import Case, PageScore, fixture_cases, related_table, score, url_key
from newscorpus.scrapers.registry import Registry


def test_url_key_ignores_what_does_not_name_another_page() -> None:
    assert url_key("HTTPS://News.Test/a/1.html#comments") == url_key("http://news.test/a/1.html")
    assert url_key("https://news.test/a?id=1") != url_key("https://news.test/a?id=2")
    assert url_key(None) == ""
    # A path or query in Chinese and the same one percent-encoded (what a browser sends) are one address.
    encoded = "https://www.hk01.test/%E7%A4%BE%E6%9C%83%E6%96%B0%E8%81%9E/712200?t=%E6%96%B0"
    assert url_key("https://www.hk01.test/社會新聞/712200?t=新") == url_key(encoded)
    assert url_key("https://www.hk01.test/社會新聞/712200") != url_key("https://www.hk01.test/社會新聞/712201")


def test_table_reports_micro_and_per_page_scores_by_split() -> None:
    scores = [
        PageScore("a", "tune", expected=4, returned=2, hits=2, missed=("x", "y"), extra=()),
        PageScore("b", "tune", expected=0, returned=2, hits=0, missed=(), extra=("z", "w")),
        PageScore("c", "heldout", expected=2, returned=2, hits=2, missed=(), extra=()),
    ]
    table = related_table(scores).splitlines()
    assert table[2] == "| tune | 2 | 4 | 4 | 0.50 | 0.50 | 0.75 | 0.50 |"
    assert table[3] == "| heldout | 1 | 2 | 2 | 1.00 | 1.00 | 1.00 | 1.00 |"
    assert len(table) == 4  # no fixtures row when there are no fixture pages


def test_fixtures_are_scored_through_the_full_parse_path(registry: Registry) -> None:
    cases = fixture_cases()
    assert {case.split for case in cases} == {"fixtures"} and len(cases) >= 6
    scores = [score(case, registry) for case in cases]
    assert sum(s.hits for s in scores) == sum(s.expected for s in scores) > 0


def test_a_wrong_list_scores_low(tmp_path: Path, registry: Registry) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><div><p>今天上午，记者在现场看到，工人们正在紧张施工，预计年底完工。</p></div><h3>相关阅读</h3><ul>"
        "<li><a href=/a/2024/1.html>第一条相关阅读的新闻标题</a></li>"
        "<li><a href=/a/2024/2.html>第二条相关阅读的新闻标题</a></li></ul></body></html>",
        encoding="utf-8",
    )
    case = Case("p", "tune", page, "http://w.test/a/2024/0.html", frozenset({url_key("http://w.test/a/2024/9.html")}))
    result = score(case, registry)
    assert (result.hits, result.returned, result.recall, result.precision) == (0, 2, 0.0, 0.0)


def test_a_page_without_url_is_scored_by_path(tmp_path: Path, registry: Registry) -> None:
    # The labeller resolved `/a/2024/1.html` against a host guessed from the page's other links; with no page
    # URL the extractor cannot know it, so the host is no part of the match, while the path still is.
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><div><p>今天上午，记者在现场看到，工人们正在紧张施工，预计年底完工。</p></div><h3>相关阅读</h3><ul>"
        "<li><a href=/a/2024/1.html>第一条相关阅读的新闻标题</a></li>"
        "<li><a href=/a/2024/2.html>第二条相关阅读的新闻标题</a></li></ul></body></html>",
        encoding="utf-8",
    )
    labelled = frozenset({url_key("http://w.test/a/2024/1.html"), url_key("http://w.test/a/2024/3.html")})
    without_url = score(Case("p", "tune", page, None, labelled), registry)
    assert (without_url.hits, without_url.expected, without_url.returned) == (1, 2, 2)
    assert without_url.missed == ("/a/2024/3.html",) and without_url.extra == ("/a/2024/2.html",)
    elsewhere = score(Case("p", "tune", page, "http://other.test/a/2024/0.html", labelled), registry)
    assert elsewhere.hits == 0


def test_dev_labels_are_read_from_the_folder_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "news.example.com__1.html").write_text("<html><body></body></html>", encoding="utf-8")
    (pages / "news.example.com__1.json").write_text(json.dumps({"url": "http://news.example.com/1"}), encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "news.example.com__1.json").write_text(json.dumps({"related": []}), encoding="utf-8")
    (labels / "half-written.json").write_text("{", encoding="utf-8")
    cases = extract_related.dev_cases(labels, pages)
    assert [(case.name, case.url, case.expected) for case in cases] == [
        ("dev/news.example.com__1", "http://news.example.com/1", frozenset())
    ]


def test_main_prints_the_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert extract_related.main(["--dev-labels", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| split |") and "| fixtures |" in out


def test_the_table_can_score_everything_itself(tmp_path: Path) -> None:
    """What ``python -m bench.extract`` calls: no arguments but where dev labels are."""
    table = related_table(dev_labels=tmp_path)
    assert "| fixtures |" in table and table.count("\n") >= 2
