"""The surnames a byline's bare name is recognised by (``bylinebare.is_person``). Moved out of ``bylinebare``
(session 9) to keep that module small."""

from __future__ import annotations

__all__ = ["DOUBLE", "RARE", "SINGLE", "SINGLE_TRADITIONAL", "TIBETAN_GIVEN", "WORDY"]

# Common surnames (the most frequent single ones and the usual double ones): a name-shaped word that
# starts otherwise ("国内", "要闻") is no person. Surnames that mostly start words (和, 明, 安, 成, 文, 时,
# 党, 关, 车 …) are left out on purpose: missing a rare name is better than inventing an author.
SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱侯江尹薛闫段雷龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温施牛樊葛邢"
    "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆辛靳柴蒙鲍"
    "喻祁蒲滕屈饶牟艾尤阳穆卓缪芦麦褚娄窦戚岑费卜晏席柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘苑"
    "迟邝傅赖阎洪萧"
)
# Rarer surnames (百家姓's that start no common word): a name led by one counts at three characters only, the
# length nearly every such name has, and not when it ends as a unit does (宣传科 is an office, 宣晓娟 a person).
# 郁 to 宫 (session 49): surnames of writers the natural batches name (郁芳芳 signing off, 杭晓蔚, 齐亚楠, 楼建军,
# 应晓峰, 冷晓东, 卫佳铭, 宫宏宇) that start few three-character words; those they start: bylinebare's _NOT_PEOPLE.
RARE = frozenset(
    "郁杭齐楼应冷卫宫宣封钮嵇荀芮储邴糜宓郗钭郜邰蔺胥莘逄郦璩濮扈郏庾阙殳厍晁訾阚乜鞠蒯逯桓雍戎匡鄢谌眭亓揭冼粟檀漆"
)
# Common surnames that mostly start words (游客, 向来, 常见, 易于, 康复, 万一, 边境 …), left out of SINGLE: a name
# led by one counts only at three characters and only where a reporting role confirms a person (``游润恬 报道``).
WORDY = frozenset("游向常易康万关时安成和明文党车边")
# The same surnames as Hong Kong and Taiwan print them (陳, 張, 黃 …).
SINGLE_TRADITIONAL = frozenset(
    "陳劉張黃楊趙吳孫馬郭羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾鄒譚陸賈韋龍陶賀顧龔錢嚴湯溫聶詹歐蘭紀裴塗蒙鮑饒繆蘆婁竇鄔鄺"
    # The rest of SINGLE's that Hong Kong and Taiwan spell otherwise (麥, 賴, 顏 …), not those whose traditional form
    # is a common word's character as well (於, 餘, 嶽, 範, 陽: 于, 余, 岳, 范 stay so in names, 陽明山 is a place).
    "麥賴顏莊喬單寧龐畢魯駱費榮遲閻閔閆叢鞏欒"
    # Hong Kong's 區 (區嘉敏, 區諾軒): a three-character name only, as every surname of this set
    "區"
)
DOUBLE = frozenset(
    {
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "尉迟",
        "夏侯",
        "端木",
        "公孙",
        "歐陽",
        "司馬",
        "諸葛",
    }
)
# Tibetan names carry no surname: two given names of two characters each (次仁卓玛, 扎西次仁, 南如卓玛), as
# reporters in Tibet and Qinghai sign. A four-character word ending in one of these is a name; one that only opens
# with one is not (扎西德勒 is a greeting).
TIBETAN_GIVEN = frozenset(
    {
        *("卓玛", "次仁", "扎西", "多吉", "达瓦", "央金", "格桑", "旦增", "丹增", "尼玛", "拉姆", "顿珠", "平措"),
        *("德吉", "白玛", "曲珍", "卓嘎", "拉巴", "边巴", "普布", "索朗", "次旦", "罗布", "嘉措", "加措", "才让"),
        *("旺姆", "仁增", "洛桑", "巴桑", "米玛", "措姆", "央宗", "群培", "益西", "贡布", "拉珍", "玉珍", "德庆"),
        *("强巴", "旺堆", "斯朗", "泽仁", "仁青", "措吉", "卓瑪", "紮西", "多傑"),
    }
)
