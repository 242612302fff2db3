"""Values read out of inline <script> page data with regular expressions."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from newscorpus.scrapers.pagedata import epoch_to_iso, js_value, json_parse_literal


def test_js_value_reads_each_assignment_style() -> None:
    script = (
        "var subtitle = '副标题'; var title = \"主标题\"; BASE = {publish_time: '2021-03-04 05:06', ct: \"1614800000\"}"
    )
    assert js_value(script, "title") == "主标题"
    assert js_value(script, "publish_time") == "2021-03-04 05:06"
    assert js_value(script, "missing") is None


def test_js_value_keeps_escaped_quotes_inside_the_value() -> None:
    assert js_value(r"title: 'it\'s 新闻'", "title") == r"it\'s 新闻"


def test_json_parse_literal_reads_the_escaped_json() -> None:
    payload = {"sub_abstracts": ["第一张图", '第二张 "引号"'], "count": 2}
    literal = json.dumps(json.dumps(payload, ensure_ascii=False), ensure_ascii=False)
    script = f"var BASE_DATA = {{ galleryInfo: {{ gallery: JSON.parse({literal}), other: 1 }} }};"
    assert json_parse_literal(script, "gallery") == payload
    assert json_parse_literal('mygallery: JSON.parse("{}")', "gallery") is None


def test_epoch_to_iso_uses_the_portal_offset() -> None:
    assert epoch_to_iso("1614800000") == "2021-03-04T03:33:20+08:00"
    assert epoch_to_iso("soon") is None


_NAME = st.sampled_from(["title", "xtitle", "title_", "_title", "标题title", "$title"])
_VALUE = st.text(alphabet=st.sampled_from(list("ab标 ")), max_size=8)


@given(st.lists(st.tuples(_NAME, st.sampled_from([":", " = ", "="]), _VALUE), max_size=5))
def test_js_value_matches_a_word_boundary_search(assignments: list[tuple[str, str, str]]) -> None:
    """Same answer as the plain ``\\bname`` regex, which tried every position of the script."""
    script = "; ".join(f"{name}{op}'{value}'" for name, op, value in assignments)
    plain = re.search(r"""\btitle\s*[:=]\s*(["'])(.*?)(?<!\\)\1""", script, re.DOTALL)
    assert js_value(script, "title") == (plain.group(2) if plain else None)
