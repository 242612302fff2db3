"""Templated news: different stories poured into one template, the hardest negatives for body dedup."""

from __future__ import annotations

import random

COMPANIES = [
    "天奇股份",
    "运达股份",
    "华新水泥",
    "中科曙光",
    "长城汽车",
    "海康威视",
    "三一重工",
    "东方雨虹",
    "恒瑞医药",
    "紫金矿业",
]
CITIES = ["广州", "武汉", "成都", "杭州", "南京", "西安", "长沙", "郑州", "济南", "福州"]
TEAMS = ["北京国安", "上海海港", "山东泰山", "成都蓉城", "浙江队", "天津津门虎", "河南队", "长春亚泰"]


Templated = tuple[str, list[str]]  # headline, paragraphs
SECTORS = ("半导体", "证券", "白酒", "煤炭", "电力", "银行", "光伏", "医药", "军工", "地产", "汽车", "传媒")


def earnings(rng: random.Random, filler: str) -> Templated:
    co, m, d = rng.choice(COMPANIES), rng.randint(1, 12), rng.randint(1, 28)
    up = rng.choice(["增长", "下降"])
    return f"{co}发布半年度报告", [
        f"{co}{m}月{d}日晚间发布半年度报告。报告期内，公司实现营业收入{rng.uniform(1, 900):.2f}亿元，同比{up}"
        f"{rng.uniform(1, 80):.2f}%；实现归属于上市公司股东的净利润{rng.uniform(0.1, 90):.2f}亿元，同比"
        f"{rng.choice(['增长', '下降'])}{rng.uniform(1, 80):.2f}%；基本每股收益{rng.uniform(0.01, 3):.2f}元。",
        f"公告显示，{filler}",
        f"二级市场方面，截至{m}月{d}日收盘，{co}股价报{rng.uniform(3, 200):.2f}元，总市值{rng.randint(20, 5000)}亿元，"
        f"年内累计涨幅{rng.uniform(-40, 90):.2f}%。机构持仓方面，共有{rng.randint(2, 300)}家机构持有该股。",
    ]


def weather(rng: random.Random, filler: str) -> Templated:
    city, hour = rng.choice(CITIES), rng.randint(0, 23)
    color = rng.choice(["蓝", "黄", "橙", "红"])
    kind = rng.choice(["暴雨", "大风", "高温", "雷电", "寒潮"])
    return f"{city}发布{kind}{color}色预警", [
        f"{city}市气象台{rng.randint(1, 28)}日{hour}时发布{kind}{color}色预警信号：预计未来{rng.randint(6, 48)}小时内，"
        f"{rng.choice(CITIES)}方向的{rng.randint(2, 9)}个区县将出现{kind}天气，局地{rng.randint(30, 200)}毫米以上。",
        f"气象专家提醒，{filler}",
        "请市民注意防范，减少户外活动，驾车出行注意交通安全，相关部门做好应急准备工作。",
    ]


def match(rng: random.Random, filler: str) -> Templated:
    home, away = rng.sample(TEAMS, 2)
    return f"中超：{home}主场迎战{away}", [
        f"北京时间{rng.randint(1, 28)}日晚，中超联赛第{rng.randint(1, 30)}轮一场焦点战展开角逐，"
        f"{home}坐镇主场迎战{away}，最终{home}以{rng.randint(0, 5)}比{rng.randint(0, 5)}战胜对手，"
        f"全场比赛控球率{rng.randint(35, 70)}%。",
        f"赛后，主教练表示：{filler}",
        f"本轮过后，{home}积{rng.randint(10, 70)}分暂列积分榜第{rng.randint(1, 16)}位，"
        f"{away}积{rng.randint(5, 60)}分。",
    ]


def market(rng: random.Random, filler: str) -> Templated:
    """The daily close: one headline every day, the same sentences around that day's figures and sectors."""
    day, up = rng.randint(1, 28), rng.choice(["上涨", "下跌"])
    index, change = rng.uniform(2800, 3600), rng.uniform(0.01, 3)
    hot, cold = rng.sample(SECTORS, 3), rng.sample(SECTORS, 3)
    return f"A股收评：三大指数集体{up}", [
        f"{day}日，A股三大指数集体{up}。截至收盘，上证指数报{index:.2f}点，{up}{change:.2f}%；深证成指报"
        f"{index * 3.1:.2f}点，{up}{change * 1.2:.2f}%；创业板指报{index * 0.6:.2f}点，{up}{change * 1.5:.2f}%。",
        f"沪深两市成交额合计{rng.randint(6000, 15000)}亿元，北向资金全天净{rng.choice(['买入', '卖出'])}"
        f"{rng.uniform(1, 90):.2f}亿元。两市{rng.randint(1000, 4500)}只个股上涨，{rng.randint(10, 120)}只涨停。",
        f"盘面上，{'、'.join(hot)}板块表现活跃，{'、'.join(cold)}板块走势低迷。消息面上，{filler}",
        "免责声明：本文内容仅供参考，不构成投资建议，投资者据此操作，风险自担。",
    ]


def lottery(rng: random.Random, filler: str) -> Templated:
    """The draw announcement: one headline and one set of sentences every draw, other numbers."""
    issue, reds = rng.randint(2024001, 2024150), sorted(rng.sample(range(1, 34), 6))
    return "双色球开奖公告", [
        f"中国福利彩票双色球游戏第{issue}期开奖结果揭晓，本期红球号码为{' '.join(f'{n:02d}' for n in reds)}，"
        f"蓝球号码为{rng.randint(1, 16):02d}。本期全国销售总额为{rng.uniform(3, 4.5):.2f}亿元。",
        f"本期一等奖中出{rng.randint(1, 20)}注，单注奖金{rng.randint(500, 1000)}万元；"
        f"二等奖中出{rng.randint(50, 300)}注，单注奖金{rng.randint(10, 30)}万元。"
        f"计奖后，双色球奖池金额为{rng.uniform(5, 30):.2f}亿元。",
        f"彩票中心提醒：{filler}",
        "以上开奖结果以中国福利彩票发行管理中心公布的为准。购买彩票请量力而行，理性投注，未满十八周岁者不得购买彩票。",
    ]


def traffic(rng: random.Random, filler: str) -> Templated:
    """The morning traffic report: the same roads and advice, other hours, jams and accidents."""
    city = rng.choice(CITIES)
    roads = "、".join(rng.sample(["内环高架", "中环路", "机场高速", "绕城高速", "滨江大道", "人民路", "解放路"], 3))
    return f"{city}早高峰路况播报", [
        f"今天是{rng.randint(1, 12)}月{rng.randint(1, 28)}日，截至{rng.randint(7, 9)}时{rng.randint(0, 59)}分，"
        f"{city}全市拥堵指数{rng.uniform(1.2, 2.8):.1f}，{roads}等路段车多缓行，"
        f"平均车速{rng.randint(12, 35)}公里每小时。",
        f"交警部门通报，{filler}今晨共发生轻微交通事故{rng.randint(3, 40)}起，已处置完毕。",
        "温馨提示：早晚高峰期间请广大驾驶员提前规划出行路线，服从交警指挥，文明驾驶，安全出行。"
        "更多实时路况请关注交通广播或交警部门官方微博。",
    ]


def forecast(rng: random.Random, filler: str) -> Templated:
    """The daily forecast: the same headline and sentences, other temperatures and winds."""
    city = rng.choice(CITIES)
    sky = rng.sample(["晴", "多云", "阴", "小雨", "阵雨", "雷阵雨"], 2)
    return f"{city}今明两天天气预报", [
        f"{city}市气象台{rng.randint(1, 28)}日{rng.randint(5, 17)}时发布天气预报：今天白天{sky[0]}，"
        f"最高气温{rng.randint(5, 38)}℃；今天夜间到明天{sky[1]}，最低气温{rng.randint(-5, 28)}℃，"
        f"{rng.choice(['东', '南', '西', '北'])}风{rng.randint(1, 5)}到{rng.randint(2, 6)}级。",
        f"气象专家表示，{filler}",
        "市民朋友出行请关注最新天气预报和预警信息，及时增减衣物，注意防范天气变化带来的不利影响。",
    ]


TEMPLATES = (earnings, weather, match, market, lottery, traffic, forecast)
# Who publishes each template: every story of a template cites one 来源, so same-source candidates meet
# the daily reports of one desk, which must stay apart.
TEMPLATE_SOURCES = {
    "earnings": "证券时报",
    "weather": "中国天气网",
    "match": "新浪体育",
    "market": "证券时报",
    "lottery": "中国福彩网",
    "traffic": "交通广播",
    "forecast": "中国天气网",
}
