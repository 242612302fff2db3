"""The places reports are filed from, for telling a name from the place glued after it in a dateline
(``记者李梅洛杉矶报道``, ``本报记者王强北京报道``): length alone reads 李梅洛 and 王强北京 there.

Cities a Chinese-language report is filed from (the capitals of China's provinces and the larger cities, Hong
Kong, Macau and Taiwan's, and the world cities foreign correspondents file from), written simplified and
traditional, plus the words a desk writes where a place would stand (综合, 采访). Only a place that closes the
word counts, with a name of two to four characters before it; in a place credit (``…报道``) the name must also be
led by a surname (``bylinedateline``).
"""

from __future__ import annotations

_CHINA = (
    "北京 上海 天津 重庆 广州 深圳 杭州 南京 武汉 成都 西安 郑州 长沙 沈阳 大连 济南 青岛 厦门 福州 合肥 昆明 南宁 "
    "贵阳 兰州 太原 石家庄 哈尔滨 长春 拉萨 银川 西宁 海口 三亚 南昌 呼和浩特 乌鲁木齐 苏州 无锡 宁波 温州 东莞 佛山 "
    "珠海 汕头 烟台 洛阳 徐州 扬州 桂林 香港 澳门 台北 新北 台中 台南 高雄 桃园 新竹 基隆 嘉义 花莲 台东 屏东 宜兰"
)
_CHINA_TRADITIONAL = (
    "重慶 廣州 杭州 南京 武漢 鄭州 長沙 瀋陽 大連 濟南 青島 廈門 崑明 貴陽 蘭州 哈爾濱 長春 銀川 海口 烏魯木齊 蘇州 "
    "無錫 寧波 溫州 東莞 珠海 汕頭 揚州 澳門 臺北 台北 臺中 臺南 桃園 花蓮 台東 臺東"
)
_WORLD = (
    "纽约 华盛顿 洛杉矶 旧金山 芝加哥 休斯敦 西雅图 波士顿 多伦多 温哥华 蒙特利尔 伦敦 巴黎 柏林 罗马 马德里 莫斯科 "
    "布鲁塞尔 日内瓦 维也纳 东京 大阪 首尔 新加坡 曼谷 吉隆坡 雅加达 河内 马尼拉 新德里 悉尼 墨尔本 奥克兰 迪拜 "
    "开罗 内罗毕 约翰内斯堡 里约热内卢 圣保罗 墨西哥城 联合国"
)
_WORLD_TRADITIONAL = (
    "紐約 華盛頓 洛杉磯 舊金山 芝加哥 休士頓 西雅圖 波士頓 多倫多 溫哥華 蒙特婁 倫敦 巴黎 柏林 羅馬 馬德里 莫斯科 "
    "布魯塞爾 日內瓦 維也納 東京 大阪 首爾 新加坡 曼谷 吉隆坡 雅加達 河內 馬尼拉 新德里 雪梨 悉尼 墨爾本 奧克蘭 杜拜 "
    "開羅 聯合國"
)
# A desk's word where the place would stand: "記者蔡明哲綜合報導" (compiled), "记者李文采访报道" (interviewed).
_DESK_WORDS = "综合 綜合 采访 採訪 专访 專訪 连线 連線 编译 編譯"

FILING_PLACES: frozenset[str] = frozenset(
    f"{_CHINA} {_CHINA_TRADITIONAL} {_WORLD} {_WORLD_TRADITIONAL} {_DESK_WORDS}".split()
)
_LONGEST = max(len(place) for place in FILING_PLACES)


def place_closing(word: str) -> str:
    """The filing place ``word`` ends with, the longest known (``洛杉矶`` of ``李梅洛杉矶``), else ""."""
    for chars in range(min(_LONGEST, len(word) - 1), 1, -1):
        if word[-chars:] in FILING_PLACES:
            return word[-chars:]
    return ""
