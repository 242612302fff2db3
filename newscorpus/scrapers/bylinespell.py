"""Labels in both spellings: Hong Kong and Taiwan print the byline labels in traditional characters (來源, 記者,
責任編輯, 發佈機構), so every label is read in both, and ``canonical`` names any of them in simplified characters.
Moved out of ``bylinelabels`` (session 9) to keep the label table's module small."""

from __future__ import annotations

__all__ = ["LATIN", "LATIN_LOWER", "LATIN_UPPER", "both_spellings", "canonical"]

# Latin letters as Western names spell them, accents included ("Thomas Müller", "José Álvarez", "Zoë Smith"):
# ASCII, the Latin-1 letters and Latin Extended-A (whose cases alternate, so it counts as both).
LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
LATIN_LOWER = "a-zß-öø-ÿĀ-ž"
LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"

# Hong Kong and Taiwan pages print the same labels in traditional characters (來源, 記者, 責任編輯, 發佈機構):
# every label is read in both spellings. Only the characters labels use are mapped, and only labels are
# translated: names and outlets are kept as shown.
_HANT = str.maketrans(
    "来记编辑责报讯电摄图实见习闻发时间览阅点击评论号对审标题转处译写单资员统筹计设频广纠错关闭简视终监笔机构载贴网数据于专栏楼讲录",
    "來記編輯責報訊電攝圖實見習聞發時間覽閱點擊評論號對審標題轉處譯寫單資員統籌計設頻廣糾錯關閉簡視終監筆機構載貼網數據於專欄樓講錄",
)
_HANS = {traditional: simplified for simplified, traditional in _HANT.items()} | {ord("佈"): ord("布")}


# 布 has two traditional spellings: Hong Kong and Macau print 發佈 ("發佈單位：交通事務局"), Taiwan 發布.
_HANT_ALT = str.maketrans("布", "佈")


def both_spellings(labels: tuple[str, ...]) -> tuple[str, ...]:
    variants = [spelt for label in labels for spelt in _traditional(label)]
    return labels + tuple(dict.fromkeys(v for v in variants if v not in labels))


def _traditional(label: str) -> tuple[str, ...]:
    traditional = label.translate(_HANT)
    return (traditional, traditional.translate(_HANT_ALT)) if "布" in label else (traditional,)


def canonical(label: str) -> str:
    """A label in simplified characters: "責任編輯" -> "责任编辑" (the rules below name the simplified one)."""
    return label.translate(_HANS)
