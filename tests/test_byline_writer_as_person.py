"""Taiwan's sites name the writer as a person, 撰文者 / 撰稿者: the label whole, not 撰文 and a stray 者 read as the
name (blind24's university page gave ``者``, blind29's science site nothing)."""

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    "line", ["撰文者：陳品蓉", "發布日期：2021/03/02 撰文者：陳品蓉 瀏覽人次：1,208", "撰稿者：陳品蓉", "撰文者 陳品蓉"]
)
def test_the_writer_label(line: str) -> None:
    assert parse_line(line).author == "陳品蓉"
