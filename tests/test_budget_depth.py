"""The parse budget's nesting estimate, rewritten for speed, gives the same depth as its plain definition.

The reference below is the estimate as first written (a lazy regex drops raw-text elements, then one
loop over the tags): the specification the faster version must match on any markup, including the
awkward cases (mixed case, unclosed or nested raw-text elements, stray end tags, "<" in text).
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import settings as config
from newscorpus.budget import _NOT_NESTING, _RAW_OPEN, check_parse_budget, nesting_depth
from newscorpus.errors import ParseBudgetError

_REFERENCE_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_REFERENCE_RAW = re.compile(r"<(script|style|textarea|title)\b.*?</\1", re.IGNORECASE | re.DOTALL)

# Fragments real pages (and hostile ones) are made of; hypothesis strings them together in any order.
_FRAGMENTS = [
    "<div>", "</div>", "<DIV class=a>", "</Div>", "<span>", "</span>", "<p>", "</p>", "<br>", "<IMG src=x>",
    "<li>", "<a href='/x'>", "</a>", "<svg>", "<path d=M0/>", "</svg>", "<script>", "</script>", "<SCRIPT>",
    "</Script>", "<scripts>", "</scriptx>", "<style>", "</style>", "<textarea>", "</textarea>", "<title>",
    "</title>", "<titles>", "a < b", "<", "<<", "</", "x", "文字", "<!-- c -->", "<h1>", "</h1>", "</nope>",
    "<ſcript>", "</ſcript>", "<scrİpt>", "</SCRİPT>", "<script_x>", "<Title-x>", "<TEXTAREA\n>", "</textarea\n>",
]  # fmt: skip


def reference_depth(html: str) -> int:
    depth = deepest = 0
    for closing, name in _REFERENCE_TAG.findall(_REFERENCE_RAW.sub("", html)):
        if name in _NOT_NESTING or name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = depth - 1 if depth else 0
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60))
def test_the_fast_estimate_equals_the_plain_definition(fragments: list[str]) -> None:
    html = "".join(fragments)
    assert nesting_depth(html) == reference_depth(html)


def test_script_content_and_unclosed_raw_text_are_handled_like_the_definition() -> None:
    nested = "<div>" * 3 + "<script>if (a<b) { x = '<div><div>'; }</script>" + "<span>" * 2
    assert nesting_depth(nested) == reference_depth(nested) == 5
    unclosed = "<div><script>" + "<div>" * 4  # never closed: nothing is dropped, every tag counts
    assert nesting_depth(unclosed) == reference_depth(unclosed) == 6
    mixed = "<Style>p{}</STYLE><Div><DIV></div>"
    assert nesting_depth(mixed) == reference_depth(mixed) == 2


def test_the_budget_skips_the_estimate_only_where_start_tags_cannot_reach_the_limit() -> None:
    limit = config.MAX_PARSE_DEPTH
    check_parse_budget("<div>" * limit + "</div>" * (limit // 2), None)  # over the limit in tags, not in start tags
    with pytest.raises(ParseBudgetError, match="deep"):
        check_parse_budget("<div>" * (limit + 1) + "</div>" * (limit // 2), None)
    check_parse_budget("<div></div>" * (3 * limit), None)  # many start tags, nested one deep


def test_many_unclosed_raw_text_elements_cost_one_pass_not_one_each() -> None:
    # 20,000 <script>s nobody closes in 2.5 MB: each failed match used to read to the end of the page, and
    # the next one was tried anyway (minutes of CPU before any limit was checked). Opens of other names
    # after them still close, and case-variants of a failed name are no more closed than it is.
    body = "<div>" * 3 + ("<script>if (a < b) x();" + "y" * 100) * 20_000 + "<Style>p{}</style><SCRIPT>z"
    started = time.process_time()
    assert nesting_depth(body) == 3 + 20_000 + 1
    assert time.process_time() - started < 5
    mixed = "<title>a<script>b</script><TITLE>c</title><script>d" + "<div>" * 3
    assert nesting_depth(mixed) == reference_depth(mixed) == 4


def _cased_characters() -> list[str]:
    """Every character the regex engine might fold onto an ASCII letter: those with another case."""
    chars = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    return [ch for ch in chars if ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch]


def test_the_raw_text_openings_are_the_case_blind_patterns_on_every_cased_letter() -> None:
    # _RAW_OPEN spells the first letter out as a class; the plain pattern folds it. Any character the engine
    # folds onto s or t is cased, so trying each cased character there (and at every other place) compares
    # the two wherever they could differ.
    plain = re.compile(r"<(script|style|textarea|title)\b", re.IGNORECASE)
    names = ("script", "style", "textarea", "title")
    tails = (">", " ", "-x", "_x", "x", "")
    for ch in _cased_characters():
        for name in names:
            for at in range(len(name)):
                for tail in tails:
                    text = f"<{name[:at]}{ch}{name[at + 1 :]}{tail}"
                    fast, slow = _RAW_OPEN.match(text), plain.match(text)
                    assert (fast and (fast.span(), fast.group(1))) == (slow and (slow.span(), slow.group(1))), text
