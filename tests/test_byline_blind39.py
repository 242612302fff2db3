"""Byline classes first missed on blind39 (session 13), each tested in words the batch does not use where
the class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("记者：曾丽萍　刘志强", "曾丽萍 刘志强"),  # blind39's row (and blind25's page)
        ("记者 曾华 王磊", "曾华 王磊"),
        ("通讯员：曾志远 刘洋 张伟", "曾志远 刘洋 张伟"),
    ],
)
def test_a_verb_surname_leading_a_run_of_names_is_named(line: str, author: str) -> None:
    # 曾/从 open prose after 记者; a run of person-shaped tokens after it is a list of names, not prose.
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["记者 曾采访 当地市民", "记者 从现场 获悉"])
def test_a_verb_surname_before_other_words_stays_prose(line: str) -> None:
    assert parse_line(line).author is None
