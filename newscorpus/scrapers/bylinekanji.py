"""A Japanese writer's name told by its surname, for a credit printed with nothing else around it.

A Japanese story closes with its writer in brackets (``…と話した。（山本哲也）``); ``bylinecredits`` reads such a
bracket when kana beside it say the story is Japanese. A bracket alone on its line (a byline string, the last
line of a page's story cut from its text) has no kana beside it, and four kanji in brackets are as often a
Chinese note (``（资料图片）``, ``（中山大学）``). A common Japanese surname of two kanji, then a given name of
one to three, is what tells the writer there: the surnames below are the commonest ones that are no Chinese
word or place name (中山, 上海 … stay out), in Japanese and simplified spelling.
"""

from __future__ import annotations

import re

_SURNAME_TEXT = (
    "佐藤 鈴木 铃木 高橋 高桥 田中 伊藤 渡辺 渡邊 渡边 山本 中村 小林 加藤 "
    "吉田 山田 山口 松本 井上 木村 斎藤 斉藤 斋藤 清水 山崎 池田 橋本 桥本 "
    "阿部 石川 山下 中島 中岛 石井 小川 前田 岡田 冈田 藤田 後藤 后藤 近藤 "
    "村上 遠藤 远藤 青木 坂本 福田 西村 藤井 岡本 冈本 藤原 三浦 原田 中川 "
    "松田 竹内 小野 田村 和田 石田 森田 上田 柴田 酒井 工藤 横山 宮崎 宫崎 "
    "宮本 宫本 内田 高木 安藤 島田 岛田 谷口 大野 丸山 今井 河野 藤本 村田 "
    "武田 杉山 増田 增田 大塚 平野 菅原 久保 松井 岩崎 桜井 樱井 木下 野口 "
    "松尾 菊地 野村 新井 佐々木 長谷川 长谷川"
)
_SURNAMES = frozenset(_SURNAME_TEXT.split())
# The given name: one to three kanji (a kana given name is read by the kana rule already).
_GIVEN = re.compile(r"[\u4e00-\u9fff々]{1,3}")
# Given names never end as a school, a firm or a place does: "（山本大学）", "（田中公司）".
_NOT_GIVEN = re.compile(r"(?:大学|学院|公司|集团|銀行|银行|病院|医院|新聞|新闻|日報|日报|市|県|县|区|町|村|社|部|局)$")


def japanese_name(text: str) -> bool:
    """``text`` (a bracket's content, spaces allowed between the names' parts) is one Japanese person's name:
    a common two- or three-kanji surname and a given name."""
    name = text.replace(" ", "").replace("\u3000", "")
    for cut in (2, 3):
        if name[:cut] in _SURNAMES and _GIVEN.fullmatch(name[cut:]) and not _NOT_GIVEN.search(name):
            return True
    return False


def japanese_surname(text: str) -> bool:
    """``text`` is a common Japanese surname alone (``山口``): a city office's or a paper's desk signs its notice
    with the writer's surname after the unit (``（広報広聴課・山口）``); read only in that shape."""
    return text in _SURNAMES
