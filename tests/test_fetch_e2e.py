"""The walking skeleton end to end: a real HTTP server on 127.0.0.1, `fetch`, then `export --jsonl`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscorpus.localserver import LocalSite, Route

from .conftest import run_cli
from .helpers import closed_port, portal_routes, read_jsonl

STORED = ["/world/400.html", "/news/200.html", "/tech/300.html", "/old-farm.html"]
FAILING = ["/missing.html", "/data.json"]


@pytest.fixture
def portal():
    with LocalSite(portal_routes()) as site:
        yield site


def fetch(cli, db: Path, *urls: str):
    return run_cli(cli, "fetch", "--db", db, "--allow-private", "--attempts", "1", *urls)


def export(cli, db: Path, out: Path) -> dict[str, dict]:
    result = run_cli(cli, "export", "--jsonl", out, "--db", db)
    assert result.exit_code == 0, result.output
    return {record["url"]: record for record in read_jsonl(out)}


def test_fetch_then_export_field_by_field(cli, portal, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    unreachable = f"http://127.0.0.2:{closed_port()}/gone.html"
    result = fetch(cli, db, *[portal.url(p) for p in STORED + FAILING], unreachable, "not a url")

    assert result.exit_code == 1
    assert "8 URLs: 4 new, 0 updated, 0 unchanged, 4 failed" in result.stdout
    assert "HTTP 404" in result.stderr
    assert "not an HTML page (Content-Type: application/json)" in result.stderr
    assert "cannot connect" in result.stderr
    assert "only http and https URLs" in result.stderr

    records = export(cli, db, tmp_path / "out.jsonl")
    assert len(records) == 4

    world = records[portal.url("/world/400.html")]
    assert world["title"] == "多国航天机构联合发布月球探测合作倡议"
    assert world["published_at"] == "2023-11-03T20:05:00+08:00"
    assert world["author"] == "赵敏"
    assert world["encoding"] == "utf-8"
    assert world["body"].startswith("当地时间3日，来自十余个国家的航天机构")
    assert world["body"].endswith("也有利于形成和平利用外空的共识。")
    assert "分享到" not in world["body"] and "国际空间站" not in world["body"]
    assert [r["title"] for r in world["related"]] == [
        "国际空间站开展新一轮科学实验",
        "新一代运载火箭完成发动机试车",
    ]
    assert world["related"][0]["url"] == portal.url("/world/2023/1101/88.html")
    assert world["related"][0]["snippet"].endswith("···")

    news = records[portal.url("/news/200.html")]  # GBK bytes, declared gb2312
    assert news["encoding"] == "gb18030"
    assert news["title"] == "长江中游城市群加快推进协同发展"
    assert (news["author"], news["source"], news["editor"]) == ("王立新", "示范日报", "李青")
    assert news["published_at"] == "2023-11-01T09:15:00+08:00"
    assert len(news["body"].split("\n")) == 4
    assert "责任编辑" not in news["body"] and "版权所有" not in news["body"]
    assert [r["title"] for r in news["related"]] == ["中部地区崛起迈出新步伐", "长江经济带生态保护成效明显"]

    tech = records[portal.url("/tech/300.html")]  # GBK bytes, charset only in the HTTP header
    assert tech["encoding"] == "gb18030"
    assert tech["published_at"] == "2023-11-02T14:20:05+08:00"
    assert (tech["source"], tech["editor"]) == ("示范科技报", "陈晨")
    assert tech["body"].count("\n") == 2

    farm = records[portal.url("/finance/100.html")]  # reached through a 301
    assert farm["title"] == "青岛西海岸新区工商联:政企交流为何能保持常态化"
    assert len(farm["related"]) == 3


def test_rerun_adds_no_rows_and_a_changed_page_updates_its_article(cli, portal, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    urls = [portal.url(p) for p in STORED]
    assert fetch(cli, db, *urls).exit_code == 0
    again = fetch(cli, db, *urls)
    assert again.exit_code == 0
    assert "4 unchanged" in again.stdout

    counts = _counts(db)
    assert counts == {"pages": 4, "articles": 4, "related": 7}

    original = portal.routes["/world/400.html"].body
    portal.routes["/world/400.html"] = Route(original.replace("日内瓦".encode(), "维也纳".encode()))
    changed = fetch(cli, db, portal.url("/world/400.html"))
    assert "1 updated" in changed.stdout
    assert _counts(db) == counts
    record = export(cli, db, tmp_path / "out.jsonl")[portal.url("/world/400.html")]
    assert "维也纳" in record["body"] and "日内瓦" not in record["body"]


def test_fetch_log_records_every_attempt(cli, portal, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    fetch(cli, db, portal.url("/world/400.html"), portal.url("/missing.html"))
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, outcome, status, error FROM fetch_log ORDER BY id").fetchall()
    assert rows[0][:3] == (portal.url("/world/400.html"), "new", 200)
    assert rows[1][:3] == (portal.url("/missing.html"), "failed", 404)
    assert "HTTP 404" in rows[1][3]


def test_urls_file_and_comments(cli, portal, tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# morning run\n{portal.url('/world/400.html')}\n\n{portal.url('/news/200.html')}\n")
    result = run_cli(cli, "fetch", "--db", tmp_path / "c.db", "--allow-private", "--urls-file", listing)
    assert result.exit_code == 0
    assert "2 URLs: 2 new" in result.stdout


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pages", "articles", "related")}
