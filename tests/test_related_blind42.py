"""Related lists first missed on blind42 (session 14), in a template of our own words."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_PAGE = """<html><head><meta charset="utf-8"><title>港口貨櫃量回升 - 海風新聞</title></head><body>
<nav><a href="/">首頁</a> <a href="/finance">財經</a></nav>
<article><h1>港口貨櫃量回升</h1><div class="time">2023-05-02 10:15</div>
<div class="content">
<p>港務公司今日公布，上月貨櫃裝卸量較去年同期成長一成二，為連續第三個月回升，主要受惠於轉口貨運增加。</p>
<p>港務公司表示，今年將持續擴建碼頭設施，並與航商洽談新增航線，預估全年貨櫃量可望恢復至疫情前水準。</p>
<p>航運業者則指出，運價仍處低檔，後續仍須觀察歐美市場需求是否回溫。</p>
<p>{line}</p>
</div></article></body></html>"""


@pytest.mark.parametrize("mark", ["｜", " | ", "／"])
def test_a_bracketed_related_line_closing_the_story_lists_its_links(mark: str) -> None:
    # blind42's storm.mg page: "（相關報導：<a>…</a>｜<a>…</a>）" as the story's last line.
    line = (
        f'（相關報導：<a href="/article/4801123">航商調漲運費 出口業者叫苦</a>{mark}'
        '<a href="/article/4802456">碼頭擴建案通過環評 明年動工</a>）'
    )
    page = parse_html(_PAGE.format(line=line), "https://www.haifeng.example/article/4803001", Registry.load())
    assert [item.url for item in page.related] == [
        "https://www.haifeng.example/article/4801123",
        "https://www.haifeng.example/article/4802456",
    ]
    assert not any("相關報導" in paragraph for paragraph in page.paragraphs)
