"""A field list under the story is read to its end: the window of lines past the story (two, so a related
list's cards are not read for credits) cut a four-row ``<ul>`` (发布日期 / 更新日期 / 发布单位 / 点阅次数) after its
second row, and the issuing unit in its third was lost (blind27's Taiwan township page)."""

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首頁</a> <a href="/news">最新消息</a></div>
<div class="cp"><h2>{title}</h2>
<div class="article"><p>{para}</p><p>{para}</p><p>{para}</p></div>
<ul class="list">{rows}</ul>
<div class="area-table"><h4>其他公告</h4><table>
<tr><td><a href="/News_Content.aspx?n=12&s=5501">本所受理秋季社區環境清潔日志工報名</a></td><td>來源：民政課</td></tr>
<tr><td><a href="/News_Content.aspx?n=12&s=5502">本所辦理重陽敬老活動，歡迎長者參加</a></td><td>來源：社會課</td></tr>
</table></div></div></body></html>"""
_PARA = "本所於本月辦理社區長者共餐活動，共有八十餘位長者參加，現場並安排健康講座與血壓量測服務，活動圓滿完成。"


@pytest.mark.parametrize(
    ("rows", "source"),
    [
        (
            "<li>發布日期：107-10-02</li><li>更新日期：107-10-03</li><li>發布單位：人文課</li><li>點閱次數：210</li>",
            "人文課",
        ),
        (
            "<li>发布日期：2018-10-02</li><li>更新日期：2018-10-03</li><li>发布单位：县民政局</li><li>浏览次数：210</li>",
            "县民政局",
        ),
    ],
)
def test_the_issuing_unit_in_the_lists_third_row_is_the_source(rows: str, source: str) -> None:
    html = _PAGE.format(title="社區長者共餐活動圓滿完成", para=_PARA, rows=rows)
    assert (
        parse_html(html, "https://www.example-township.gov.tw/News_Content.aspx?n=12&s=5600", Registry.load()).source
        == source
    )


def test_a_card_under_the_story_still_names_no_source() -> None:
    # no field list: the window stays two lines, and the cards' 來源 cells are theirs
    html = _PAGE.format(title="社區長者共餐活動圓滿完成", para=_PARA, rows="")
    assert (
        parse_html(html, "https://www.example-township.gov.tw/News_Content.aspx?n=12&s=5600", Registry.load()).source
        is None
    )
