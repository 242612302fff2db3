"""Classes of source and editor misses learnt from session 6's last blind batches (blind9, blind10: tune
material for byline-b10s, session 7).

Each test is a hand-written line or page of the class (other names, wording and markup), never a copy of a
blind page: a unit credited by 供稿 after its name, an outlet's reporter in a wire dateline, a topic channel
as 来源, ``来源于`` glued after the time element, a rule's source label alone in its element or a comment
counter sharing the source's class, a 信息公开 index table right above the headline, a CMS login before the
editor's name and a bar's tool after a middle dot.
"""

from __future__ import annotations

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import clean_editor, parse_line
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：本周以来，全市各街道持续推进垃圾分类工作，新设分类投放点一百余处，居民参与率明显提高。</p>"
    for n in range(1, 7)
)


def _parse(html: str, url: str) -> Article:
    return parse_html(html, url, Registry.load())


def test_a_unit_credited_by_gong_gao_is_the_source() -> None:
    assert parse_line("（校团委　供稿）").source == "校团委"
    assert parse_line("【党政办供稿】").source == "党政办"
    assert parse_line("(工会办公室 供稿)").source == "工会办公室"
    # A person before 供稿 is no unit; 来稿 credits a writer, not a source.
    assert parse_line("（李科 供稿）").source is None
    assert parse_line("（王芳 来稿）").author == "王芳"


def test_a_closing_gong_gao_line_on_a_page_names_the_source() -> None:
    html = (
        "<html><head><title>车间开展消防演练</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<h2 class='title'>车间开展消防演练</h2><div class='info'>发布时间：2021-11-09 浏览：56</div>"
        f"<div class='content'>{_STORY}<p style='text-align:right'>（设备动力部　供稿）</p></div></body></html>"
    )
    assert _parse(html, "http://www.example-factory.com/news/show.php?id=88").source == "设备动力部"


def test_an_outlets_reporter_in_a_wire_dateline_names_the_outlet() -> None:
    assert parse_line("（南方都市报记者林青广州3日电）").source == "南方都市报"
    assert parse_line("（中台灣日報記者陳明台中8日電）").source == "中台灣日報"
    # Without the dateline's 电 an outlet before 记者 names the writer only (the real labels' convention).
    assert parse_line("（新华社记者 韩梅）").source is None
    assert parse_line("（新华社记者 韩梅）").author == "韩梅"


def test_a_dateline_naming_the_site_itself_is_still_its_source() -> None:
    html = (
        "<html><head><title>縣府推動長照巴士 - 中台灣日報</title></head><body>"
        "<div class='logo'><a href='/'>中台灣日報</a></div><h1>縣府推動長照巴士</h1>"
        "<div class='date'>2020/05/08 10:12</div>"
        "<div class='story'><p>（中台灣日報記者陳明台中8日電）縣府今天宣布，將於六月起推動長照巴士，由各鄉鎮衛生所安排"
        "接送，首批共有十二輛車投入服務，預計每月可服務三千人次，縣府表示將視需求逐步增加車輛。</p>"
        f"{_STORY}</div><div class='foot'>© 2020 中台灣日報 版權所有</div></body></html>"
    )
    assert _parse(html, "https://www.example-ctdaily.com.tw/news/20200508001.aspx").source == "中台灣日報"


def test_a_topic_channel_is_no_source() -> None:
    assert parse_line("来源：体育频道").source is None
    assert parse_line("稿源：新聞頻道  作者：張三").source is None
    # A brand before the channel makes it an outlet's channel.
    assert parse_line("来源：央视财经频道").source == "央视财经频道"


def test_lai_yuan_yu_glued_after_the_time_element_labels_the_source() -> None:
    # The site's own name, labelled: a glued label still labels it, so it is no unlabelled brand.
    html = (
        "<html><head><title>一季度外贸数据出炉_经济观察网</title></head><body>"
        "<div class='top'><a href='/'>经济观察网</a></div><h1>一季度外贸数据出炉</h1>"
        "<div class='meta'>作者：赵明<br>2020年04月14日 10:05<em>来源于 经济观察网</em></div>"
        f"<div class='article'>{_STORY}</div><div class='foot'>经济观察网 版权所有</div></body></html>"
    )
    assert _parse(html, "https://www.example-eeo.cn/2020-04-14/100200.html").source == "经济观察网"


def test_a_rules_source_label_alone_in_its_element_reads_the_text_beside_it() -> None:
    for label in ("<span id='source'>来源：</span>经济日报", "<em id='source'>稿源：</em> 经济日报"):
        html = (
            "<html><head><title>国务院常务会议部署稳就业</title></head><body><div class='header'>"
            f"<div class='h-news'><span class='h-time'>2018-05-09 19:02:11</span> <span>{label}</span></div>"
            "<div class='h-title'>国务院常务会议部署稳就业</div></div><div class='main'><div class='left'>"
            f"<div id='p-detail'>{_STORY}<div class='editor'>【责任编辑：刘阳】</div></div></div></div></body></html>"
        )
        assert _parse(html, "http://www.xinhuanet.com/politics/2018-05/09/c_1122808811.htm").source == "经济日报"


def test_a_comment_counter_sharing_the_source_class_is_passed_over() -> None:
    html = (
        "<html><head><title>暴雨中的城市</title></head><body><div id='artical'><h1 id='artical_topic'>暴雨中的城市</h1>"
        "<div id='artical_sth'><p class='p_time'><span class='ss01'>2016年06月02日 10:21</span>"
        "<span class='ss03'><a href='/c/1'>15人参与 4评论</a></span>"
        "<span itemprop='publisher'><span itemprop='name'><a href='/x'>南都城市发布</a></span></span></p></div>"
        f"<div id='main_content'>{_STORY}</div></div></body></html>"
    )
    assert _parse(html, "http://news.ifeng.com/a/20160602/48891234_0.shtml").source == "南都城市发布"


def test_an_index_table_right_above_the_headline_credits_its_unit() -> None:
    rows = [("索引号", "11330100/2022-00123"), ("发布机构", "市住房和城乡建设局"), ("公开方式", "主动公开")]
    table = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    html = (
        "<html><head><title>关于开展物业服务检查的通知</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<table class='meta'>{table}</table><h1>关于开展物业服务检查的通知</h1>"
        f"<div class='info'>发布日期：2022-08-01 09:30</div><div class='zw'>{_STORY}</div></body></html>"
    )
    assert _parse(html, "http://jsj.example-city.gov.cn/art/2022/8/1/art_1_2.html").source == "市住房和城乡建设局"
    without_index = html.replace("<tr><td>索引号</td><td>11330100/2022-00123</td></tr>", "")
    assert _parse(without_index, "http://jsj.example-city.gov.cn/art/2022/8/1/art_1_3.html").source is None


def test_a_cms_login_before_the_editors_name_is_no_editor() -> None:
    assert parse_line("责任编辑：wangxm 王晓敏").editor == "王晓敏"
    assert clean_editor("责任编辑：zhaoli01 赵丽") == "赵丽"
    # A capitalised Latin name is a person's; a login alone stays the shown value.
    assert parse_line("责任编辑：Jeremy Tsheng").editor == "Jeremy Tsheng"
    assert parse_line("责任编辑：wangxm").editor == "wangxm"


def test_a_rules_editor_element_with_a_login_before_the_name() -> None:
    html = (
        "<html><head><title>多地出台稳岗新措施</title></head><body><div class='hd'><h1>多地出台稳岗新措施</h1>"
        "<div class='a_Info'><span class='a_source'>经济日报</span>"
        "<span class='a_time'>2017-06-02 08:10</span></div></div>"
        f"<div id='Cnt-Main-Article-QQ'>{_STORY}</div><div class='qq_editor'>责任编辑：kevinzh 张凯</div></body></html>"
    )
    assert _parse(html, "http://news.qq.com/a/20170602/001234.htm").editor == "张凯"


def test_a_bar_tool_after_a_middle_dot_ends_the_editors_name() -> None:
    assert parse_line("2023-03-01 09:00 · 编辑：刘洋 · 阅读 1.2万").editor == "刘洋"
    assert parse_line("编辑：陈静 • 收藏").editor == "陈静"
    # A second editor after the dot is a name, not a tool.
    assert parse_line("编辑：陈静 · 王磊").editor == "陈静 王磊"
