"""The date-word search (``datelines._KEY``) is led by a class of every character a match can start with.

The class only lets the regex engine pass positions faster: it must hold every first character of the
pattern, or a date word would be missed. The first characters are derived here from the parsed pattern,
so a word added to the pattern without its first character fails this test.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser as sre_parse  # the stdlib's own parser: the only way to read a pattern's structure

from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers import datelines
from newscorpus.scrapers.blocks import walk

from .conftest import FIXTURES

_Items = list[tuple[object, object]]


def _first_of_sequence(items: _Items) -> tuple[set[str] | None, bool]:
    """Characters a match of ``items`` can start with (None: any) and whether it can match empty."""
    found: set[str] = set()
    for op, arg in items:
        chars, empty = _first_of_item(str(op), arg)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: str, arg: object) -> tuple[set[str] | None, bool]:
    if op == "LITERAL":
        return {chr(arg)}, False  # type: ignore[arg-type]
    if op == "IN":
        chars: set[str] = set()
        for kind, value in arg:  # type: ignore[attr-defined]
            if str(kind) == "LITERAL":
                chars.add(chr(value))
            elif str(kind) == "RANGE":
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            else:
                return None, False  # a category (\d, \w) or a negation: anything
        return chars, False
    if op == "SUBPATTERN":
        return _first_of_sequence(list(arg[3]))  # type: ignore[index]
    if op == "BRANCH":
        found: set[str] = set()
        empty = False
        for branch in arg[1]:  # type: ignore[index]
            chars, branch_empty = _first_of_sequence(list(branch))
            if chars is None:
                return None, False
            found |= chars
            empty = empty or branch_empty
        return found, empty
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = arg  # type: ignore[misc]
        chars, empty = _first_of_sequence(list(body))
        return chars, empty or low == 0
    return None, False  # anything else (a lookaround, an any-character): no class can stand for it


def test_the_leading_class_holds_every_first_character_of_the_pattern() -> None:
    first, can_be_empty = _first_of_sequence(list(sre_parse.parse(datelines._KEY_PATTERN)))
    assert first is not None and not can_be_empty
    assert first <= set(datelines._KEY_FIRST), sorted(first - set(datelines._KEY_FIRST))


def test_the_led_search_finds_what_the_plain_pattern_finds() -> None:
    plain = re.compile(datelines._KEY_PATTERN)
    lines = [
        "发布时间：2024-05-20 10:00 更新于 2024-05-21 来源：新华社",
        "最后更新于 2023-01-02，本页面生成于 2023-01-03",
        "Last modified 2021-03-04 | Published 2021-03-01 | updated 2021-03-02",
        "考试时间：6月1日 成文日期：2024年5月1日 公開日 2024/05/01 配信日 掲載日 投稿日",
        "于 2019年5月6日 在北京发布 截止时间 2019-06-01 留言于 今天是 注册时间 2018",
    ]
    for path in sorted(Path(FIXTURES).rglob("*.html"))[:80]:
        if any(part.startswith("blind") for part in path.parts):
            continue
        body = LexborHTMLParser(decode_html(path.read_bytes()).text).body
        lines += [line.text for line in walk(body).lines] if body is not None else []
    for line in lines:
        led = [(key.span(), key.lastgroup) for key in datelines._KEY.finditer(line)]
        assert led == [(key.span(), key.lastgroup) for key in plain.finditer(line)], line
