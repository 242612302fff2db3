"""Names led by surnames the common list left out: 傅, 赖, 阎, 洪 and 萧 start no common word and join it; rarer
ones of 百家姓 (宣, 封, 芮, 蔺 …) make a person at three characters only, and never a name that ends as an office
does (宣传科). blind29's 财联社 page closed with ``编辑 宣晓娟``: a bare 编辑 names an editor only before a person."""

import pytest

from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinebare import is_person


@pytest.mark.parametrize("name", ["傅雨桐", "赖思远", "阎冰", "洪晓岚", "萧敏", "宣晓娟", "封一航", "芮雪", "蔺佳慧"])
def test_people(name: str) -> None:
    assert is_person(name) is (len(name) == 3 or name[0] in "傅赖阎洪萧")


@pytest.mark.parametrize("word", ["宣传科", "储备库", "雍和宫", "宣传", "匡算"])
def test_no_people(word: str) -> None:
    assert not is_person(word)


def test_a_bare_editor_label_before_a_rare_surnames_person() -> None:
    assert parse_line("编辑 宣晓娟").editor == "宣晓娟"
    assert parse_line("编辑 宣传科").editor is None
