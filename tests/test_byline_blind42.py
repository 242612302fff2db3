"""Byline classes first missed on blind42 (session 14), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("文｜周末读书会　来源：周末读书会", "周末读书会", None),  # blind42's row (blind29's and blind36's too)
        ("文/山野茶话 来源：山野茶话", "山野茶话", None),  # an account crediting itself twice: its post
        # A unit sends its news: the source; since session 25 no writer (a unit is no person nor account).
        ("作者：化学化工学院 来源：化学化工学院", None, "化学化工学院"),
    ],
)
def test_one_line_naming_its_writer_as_its_source(line: str, author: str, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：辅导员 林晨", "林晨"),  # blind42's rows: a staff role, a unit before the writer
        ("作者：施工单位 韩冰", "韩冰"),
        ("作者：宣传员 王芳 李强", "王芳 李强"),
        ("作者：建设单位 周明", "周明"),
        ("作者：张员 李四", "张员 李四"),  # two characters ending in 员 may be a name
    ],
)
def test_a_staff_role_or_a_unit_before_the_writer_is_no_part_of_him(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("來源：國立中興大學 秘書室　更新日期：2021-11-02", "國立中興大學 秘書室"),  # blind42's row
        ("来源：江西理工大学 宣传部", "江西理工大学 宣传部"),
        ("来源：新华社 记者", "新华社"),  # no office after it: the outlet alone, as before
        ("来源：北京大学 王科", "北京大学"),
    ],
)
def test_an_institutions_office_after_it_is_one_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


def test_a_time_labels_own_word_is_taken_once() -> None:
    # "更新" of 更新日期 is the label's word; the value's last part before it ("秘書室") is no second one.
    assert parse_line("来源：县人民政府 办公室 更新日期：2020-05-06").source == "县人民政府 办公室"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("【环球时报综合报道】据日本共同社报道，日本多地超市的大米近日出现断货。", "环球时报"),  # blind42's page
        ("【参考消息报道】据外媒报道，欧洲多国的天然气价格本周继续上涨。", "参考消息"),
        ("【相关报道】日本多地超市的大米近日出现断货。", None),  # a related heading's words, no outlet
        ("【独家报道】日本多地超市的大米近日出现断货。", None),
    ],
)
def test_an_outlets_report_tag_opening_the_story_names_the_source(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


def test_writers_listed_with_a_comma_each_linked_to_a_profile_are_all_authors() -> None:
    # blind42's storm.mg page: "王家豪、陳思婷" under the headline, each linked to an /authors/ page.
    html = """<html><head><meta charset="utf-8"><title>離島交通補助明年上路 - 海風新聞</title>
<meta name="author" content="林志明"></head><body>
<nav><a href="/">首頁</a> <a href="/politics">政治</a> <a href="/life">生活</a></nav>
<article><h1>離島交通補助明年上路</h1>
<div class="info"><a href="/authors/112/林志明">林志明</a>、<a href="/authors/305/黃雅琪">黃雅琪</a></div>
<div class="time">2023-11-02 10:15 瀏覽數 3,120</div>
<div class="content">
<p>交通部今日宣布，離島居民搭乘國內航線及客輪的票價補助將自明年一月起擴大，補助比例由三成提高至五成。</p>
<p>交通部表示，新制上路後，澎湖、金門、馬祖居民往返本島的交通負擔可望明顯減輕，預估每年受惠人次超過百萬。</p>
<p>地方議員則呼籲，補助應同步納入就學、就醫的陪同家屬，讓真正有需要的民眾都能受惠。</p></div></article>
</body></html>"""
    page = parse_html(html, "https://www.haifeng.example/article/4820013", Registry.load())
    assert page.author == "林志明 黃雅琪"


_PPH = """<html><head><meta charset="utf-8"><title>{title}_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<div class="main_lt"><div class="newscontent"><h1 class="news_title">{title}</h1>
<div class="news_about"><p>{about}</p>
<p>2021-09-14 10:05 来源：澎湃新闻·澎湃号·政务 <span class="reply">字号</span></p></div>
<div class="news_txt"><p>今年以来，街道在辖区十二个老旧小区推行“楼道微更新”，由居民议事会讨论确定改造内容。</p>
<p>改造以后，楼道照明、扶手和信报箱焕然一新，不少老人说，晚上下楼散步心里更踏实了。</p>
<p>下一步，街道将把议事会的做法推广到更多小区，让居民自己的事情自己商量着办。</p>
<p style="color:#999">本文为澎湃号作者或机构在澎湃新闻上传并发布，
仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。</p>
</div></div></div></body></html>"""


@pytest.mark.parametrize(
    ("about", "author"),
    [
        ("<span>原创</span> 刘雨桐 <span>长宁发布</span>", "刘雨桐"),  # blind42's shape: a person before the account
        ("<span>原创</span> <span>长宁发布</span>", "长宁发布"),  # the account alone, its badge aside
        ("长宁发布", "长宁发布"),  # as before
    ],
)
def test_a_person_named_before_the_account_on_a_pengpai_hao_post_is_the_author(about: str, author: str) -> None:
    html = _PPH.format(title="楼道微更新让老小区亮起来", about=about)
    page = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_14531207", Registry.load())
    assert page.author == author


def test_a_platform_notice_naming_the_account_gives_way_to_the_reporters_under_it() -> None:
    # blind42's qq 企鹅号 page: "本文来自企鹅号作者：X" then "记者 A 实习生 B" open the story: the reporters wrote
    # it, the account that carried it is the source.
    html = """<html><head><meta charset="utf-8"><title>夜市经济回暖 小吃摊主收入翻番_腾讯新闻</title>
<script>window.DATA = {"article_id": "20220703A01XYZ00", "media": "豫商观察",
"pubtime": "2022-07-03 20:15:00"};</script>
</head><body><div class="LEFT"><h1>夜市经济回暖 小吃摊主收入翻番</h1>
<div class="content clearfix"><div class="content-article">
<p class="one-p">本文来自企鹅号作者：豫商观察</p>
<p class="one-p">记者 周倩 实习生 李嘉欣</p>
<p class="one-p">晚上九点，县城老街的夜市人声鼎沸，三十多个小吃摊一字排开，烤串、凉皮、炒凉粉的香味飘满整条街。</p>
<p class="one-p">摊主王师傅说，今年以来夜市客流明显增加，周末一晚的营业额能有两千多元，比去年同期翻了一番。</p>
<p class="one-p">县商务局有关负责人介绍，下一步将规范夜市经营秩序，增设公共厕所和停车位，让夜市更有烟火气。</p>
</div></div></div></body></html>"""
    page = parse_html(html, "https://new.qq.com/omn/20220703/20220703A01XYZ00.html", Registry.load())
    assert (page.author, page.source) == ("周倩 李嘉欣", "豫商观察")
