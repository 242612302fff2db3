"""The byline grammar on the labelled byline set (tests/fixtures/bylines/*.jsonl) and on its edge cases.

Every row is a byline string (a byline bar, credit line, caption or story line), or a page's byline
``lines``, with the author, source and editor a reader takes from it; ``origin`` says where it comes
from (``real:<page>`` or ``variant``), ``split`` whether its site is tuned on or held out
(bench/splits.py). Rows marked ``known_miss`` are shapes the grammar does not read yet: they must keep
failing until fixed (strict xfail).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscorpus.models import Article
from newscorpus.scrapers.byline import (
    clean_author,
    clean_editor,
    clean_source,
    normalise_byline,
    parse_byline,
    parse_line,
)

FIXTURES = Path(__file__).parent / "fixtures" / "bylines"
ALL_ROWS = [json.loads(line) for path in sorted(FIXTURES.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
# Held-out rows of real pages (dev pages of held-out sites, copied from the labels by script, never
# opened) are scored by `python -m bench.extract_bylines`, not asserted here: asserting them would be
# tuning on them. The held-out variant rows were measured in round 3 and are tune material since (round
# 4 holds out tests/fixtures/bylines/fresh/ instead), so they are asserted.
ROWS = [row for row in ALL_ROWS if row["split"] == "tune" or row["origin"] == "variant"]
MIN_ROWS = 300


def _param(row: dict) -> object:
    marks = [pytest.mark.xfail(reason=row["known_miss"], strict=True)] if row.get("known_miss") else []
    return pytest.param(row, id=f"{row['origin']}:{(row.get('text') or row['lines'][0])[:24]}", marks=marks)


def test_the_set_is_large_and_well_formed() -> None:
    assert len(ROWS) >= MIN_ROWS
    for row in ALL_ROWS:
        assert {"author", "source", "editor", "origin", "split"} <= row.keys()
        assert isinstance(row.get("text"), str) or isinstance(row.get("lines"), list)
        assert row["origin"] == "variant" or row["origin"].startswith("real:")
        assert row["split"] in ("tune", "heldout")
    assert sum(row["origin"].startswith("real:") for row in ROWS) >= 150


@pytest.mark.parametrize("row", [_param(row) for row in ROWS])
def test_every_labelled_byline(row: dict) -> None:
    found = parse_line(row["text"]) if "text" in row else parse_byline(row["lines"])
    assert (found.author, found.source, found.editor) == (row["author"], row["source"], row["editor"])


def test_editor_ids_brackets_and_ranks() -> None:
    assert clean_editor("[责任编辑：张晓 NN094]") == "张晓"
    assert clean_editor("李四_NBJ11143") == "李四"
    assert clean_editor("张三 SN098") == "张三"
    # 责编 outranks a bare 编辑 wherever it appears in the region.
    assert parse_byline(["编辑|禤志杰", "责编|陈梦莹", "校对|黄慧敏"]).editor == "陈梦莹"


def test_brackets_around_a_name_and_notes_after_it_go() -> None:
    assert clean_author("（张三）") == "张三"
    assert clean_editor("[张三]") == "张三"
    assert clean_editor("张三(实习)") == "张三"
    assert clean_source("（来源：梨视频）") == "梨视频"
    assert clean_source("新华网（北京）") == "新华网（北京）"  # the outlet's own brackets stay


def test_source_is_cut_from_times_and_other_fields() -> None:
    assert clean_source("2024-05-15 08:58:52 来源： 新华网") == "新华网"
    assert clean_source("人民日报2024-05-13 08") == "人民日报"
    assert clean_source("来源：证券时报网作者：李在山") == "证券时报网"
    assert clean_source(None) is None


def test_photographers_are_not_authors() -> None:
    assert parse_line("记者 张三 摄").author is None
    assert parse_line("摄影/张艳 编辑/苏芳") == parse_line("编辑/苏芳")
    assert clean_author("张三 摄") is None


def test_self_media_account_is_the_author_only_when_no_person_is_named() -> None:
    assert parse_line("头条号：去驴行").author == "去驴行"
    assert parse_byline(["百家号：财经早餐", "作者：王芳"]).author == "王芳"


def test_prose_after_a_reporter_label_is_no_name() -> None:
    assert parse_line("记者注意到，价格一路下探。").author is None
    assert parse_line("《红周刊》记者向龙湖集团相关负责人核实相关项目的整改情况").author is None


def test_nothing_shown_is_nothing_returned() -> None:
    assert parse_byline(["稿事编辑部", "编辑推荐", "关注该公众号", "作者：未知"]) == parse_line("")


def test_normalise_byline_puts_every_field_in_stored_form() -> None:
    article = Article(url=None, site="x", parser="x", parser_version=1)
    article.author, article.source, article.editor = "澎湃新闻记者 段彦超 廖艳", "来源：新华网", "王晓易_NE0011"
    normalise_byline(article)
    assert (article.author, article.source, article.editor) == ("段彦超 廖艳", "新华网", "王晓易")
    normalise_byline(article)  # idempotent: a stored value reads back as itself
    assert (article.author, article.source, article.editor) == ("段彦超 廖艳", "新华网", "王晓易")
