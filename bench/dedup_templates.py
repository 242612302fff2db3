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


TEMPLATES = (earnings, weather, match, market)
