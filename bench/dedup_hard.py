"""More hard negatives for the labelled dedup set (bench/dedup_set.py): texts that share long boilerplate
with other, different stories of the same publisher, as real corpora hold them.

- Press releases: one company's announcements, each with its own lead and facts, all ending in the same
  long "about the company" paragraph and contact lines, all citing the company as their 来源.
- Serials (连载): chapters of one book under the same header and footer (book blurb, "to be continued"),
  each chapter different text, all from one publisher.
- Daily reports (market close, lottery draw, traffic, weather forecast) live in bench/dedup_templates.py.

Every family's members are different stories (negatives to each other) from one source: the hardest case
for same-source candidates and for any edge a shared paragraph can satisfy.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Family = tuple[str, str, list[tuple[str, list[str]]]]  # family name, source, [(headline, paragraphs)]

COMPANIES = (
    ("华辰科技股份有限公司", "华辰科技", "智能制造与工业软件"),
    ("远洋新能源集团", "远洋新能源", "风电与储能设备"),
    ("博瑞生物医药有限公司", "博瑞生物", "创新药研发"),
)
BOOKS = (("青石巷往事", "林晚舟", "长江文艺出版社"), ("大河之北", "周逸凡", "人民文学出版社"))


def _own_text(fillers: list[str], rng: random.Random, low: int, high: int) -> list[str]:
    """Paragraphs of sentences this family does not share: ``low``-``high`` characters in 2-4 paragraphs."""
    target, text = rng.randint(low, high), []
    while sum(map(len, text)) < target:
        text.append(rng.choice(fillers))
    per = max(1, len(text) // rng.randint(2, 4))
    return ["".join(text[i : i + per]) for i in range(0, len(text), per)]


def press_releases(rng: random.Random, fillers: list[str], count: int) -> list[Family]:
    """Each company's releases: a dated lead, own facts, then the same about-us paragraph and contacts."""
    families = []
    for full, short, trade in COMPANIES:
        about = (
            f"关于{short}：{full}成立于{rng.randint(1995, 2015)}年，总部位于{rng.choice(['深圳', '苏州', '合肥'])}，"
            f"是一家专注于{trade}的国家级高新技术企业，业务覆盖全国{rng.randint(20, 31)}个省区市及海外"
            f"{rng.randint(10, 60)}个国家和地区，拥有员工{rng.randint(2000, 20000)}余人，研发人员占比超过"
            f"{rng.randint(20, 45)}%，累计获得授权专利{rng.randint(300, 3000)}项。公司始终坚持以客户为中心，"
            "以创新为驱动，致力于为行业客户提供安全、可靠、高效的产品和服务。"
        )
        contact = f"媒体联系：{short}品牌与公共关系部 电话：0755-{rng.randint(10000000, 99999999)}"
        releases = []
        for n in range(count):
            lead = (
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{full}宣布"
                f"{rng.choice(['完成新一轮融资', '发布新一代产品', '与合作伙伴签署战略协议', '新工厂正式投产'])}，"
                f"涉及金额{rng.uniform(1, 50):.1f}亿元。"
            )
            body = [lead, *_own_text(fillers, rng, 200, 600), about, contact]
            releases.append((f"{short}{rng.choice(['宣布', '发布', '披露'])}重要进展（{n + 1}）", body))
        families.append((f"release/{short}", full, releases))
    return families


def serials(rng: random.Random, fillers: list[str], count: int) -> list[Family]:
    """A book's chapters: the same header and blurb footer around each chapter's own text."""
    families = []
    for book, author, press in BOOKS:
        blurb = (
            f"《{book}》简介：本书以一条老街几代人的悲欢离合为线索，讲述了普通人在时代变迁中的坚守与选择，"
            f"作者{author}以细腻的笔触描绘了市井生活的烟火气。本书由{press}授权连载，未经许可不得转载。"
        )
        chapters = []
        for n in range(count):
            header = f"【连载】《{book}》第{n + 1}章 作者：{author}"
            footer = "（未完待续，欲知后事如何，请关注明日连载）"
            body = [header, *_own_text(fillers, rng, 300, 800), footer, blurb]
            chapters.append((f"《{book}》连载（{n + 1}）", body))
        families.append((f"serial/{book}", press, chapters))
    return families


FAMILIES: tuple[Callable[[random.Random, list[str], int], list[Family]], ...] = (press_releases, serials)
