"""The blind batch (bench/blind.py): labels that hold up, and tables that score what they should."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bench import blind
from newscorpus.decode import decode_html

from .helpers import visible_text

FIXTURES = Path(__file__).parent / "fixtures"
_SPACE = re.compile(r"\s+")


def _blind_pages() -> list[tuple[dict, Path]]:
    return [pair for root in blind.batches() for folder in blind.folders(root) for pair in blind.labelled(folder)]


@pytest.mark.skipif(not blind.batches(), reason="no blind batch in this tree")
def test_every_blind_label_is_text_its_page_shows() -> None:
    # The writers never ran an extractor: this is the one check on their labels, and it reads no score.
    for label, page in _blind_pages():
        html = decode_html(page.read_bytes()).text
        # A replacement character is a decoding error unless the story quotes one (a pasted error message).
        assert "\ufffd" not in html or any("\ufffd" in line for line in label["paragraphs"]), page.name
        shown = visible_text(html)
        for line in label["paragraphs"]:
            assert line.strip() and _SPACE.sub("", line) in shown, (page.name, line)
        for item in label.get("related") or []:
            assert item["url"].startswith("http"), (page.name, item)


def _demo_root(tmp_path: Path) -> Path:
    """A batch of one template fixture (a Discuz thread with four related threads, UTF-8 bytes declaring gbk)
    and a GBK copy of it declaring nothing, plus two URL rows and a stray label outside any folder."""
    source = FIXTURES / "related" / "fresh" / "discuz_xgtz"
    folder = tmp_path / "demo"
    folder.mkdir()
    label = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    html = source.with_suffix(".html").read_text(encoding="utf-8")
    undeclared = re.sub(r"<meta http-equiv=[^>]*charset=gbk[^>]*>", "", html)
    label.update(title=None, published_at=None, author=None, source=None, editor=None, paragraphs=[])
    for name, raw in (("utf8", html.encode()), ("gbk", undeclared.encode("gbk"))):
        (folder / f"{name}.html").write_bytes(raw)
        (folder / f"{name}.json").write_text(json.dumps({**label, "page": f"{name}.html"}), encoding="utf-8")
    shutil.copy(FIXTURES / "related" / "fresh" / "discuz_xgtz.json", tmp_path / "not-a-folder.json")
    rows = "article\thttps://news.163.com/24/0515/10/J1ABCDEF000189FH.html\tnetease\nlist\thttps://news.163.com/domestic/\tchannel\n"
    (tmp_path / "urls.tsv").write_text("# kind\turl\tnote\n" + rows, encoding="utf-8")
    return tmp_path


def test_blind_loaders_decode_every_page_and_the_tables_score_it(tmp_path: Path) -> None:
    root = _demo_root(tmp_path)
    assert [folder.name for folder in blind.folders(root)] == ["demo"]
    pages = blind.body_pages(root / "demo")
    assert [page.name for page in pages] == ["demo/gbk.html", "demo/utf8.html"]
    assert all("地铁五号线二期完成全线轨通" in page.html and "\ufffd" not in page.html for page in pages)
    related = blind.related_table(root)
    assert "| demo | 2 | 8 | 8 | 1.00 | 1.00 |" in related
    assert blind.url_table(root / "urls.tsv")[-1] == "| 2 | 1.000 | 1/1 | 1/1 |"


def test_strings_copied_from_the_readme_are_scored_apart(tmp_path: Path) -> None:
    # A writer who copies the README's tuned example into a batch makes it look unseen: the table keeps it apart.
    readme = tmp_path / "README.md"
    readme.write_text("- a paper's special correspondent (`北京特派员 韩咏红`) is its reporter\n", encoding="utf-8")
    strings = tmp_path / "strings.jsonl"
    rows = [
        {"text": "北京特派员 韩咏红", "author": "韩咏红", "source": None, "editor": None},
        {"text": "东京特派员 周若琳", "author": "周若琳", "source": None, "editor": None},
        {"text": "来源：江城晚报", "author": None, "source": "江城晚报", "editor": None},
    ]
    strings.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    table = blind.strings_table(strings, readme)
    assert "clean 2 rows copied 1 rows" in table
    author = next(line for line in table.splitlines() if "| author |" in line)
    assert author.split("|")[3].strip().endswith("(1/1)") and author.split("|")[5].strip().endswith("(1/1)")
