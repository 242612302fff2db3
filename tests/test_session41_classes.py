"""Classes session 41 found in blind96n's strings and pages (flipped to tune at the session's start): a Western name
with an accented letter cut at that letter (``Thomas Müller`` -> ``Thomas``). Written as other names and wordings
than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("原文作者：Jürgen Weiß", "Jürgen Weiß"),
        ("作者：Inés Muñoz", "Inés Muñoz"),
        ("By François Lefèvre | 2021-05-02", "François Lefèvre"),
        ("By Zoë Hart and Søren Dahl", "Zoë Hart Søren Dahl"),
        ("作者：Łukasz Wójcik　编辑：王敏", "Łukasz Wójcik"),
        # controls: plain ASCII names and Han names read as before
        ("原文作者：Peter Lang", "Peter Lang"),
        ("By Mary Ann Chen | 2020-01-02", "Mary Ann Chen"),
        ("作者：周文斌", "周文斌"),
    ],
)
def test_a_western_name_keeps_its_accented_letters(line: str, author: str) -> None:
    assert line_fields(line)[0] == author
