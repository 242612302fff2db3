"""Classes session 32 found in blind85n's strings (now tune): a reprint's 原标题 quoting a headline that ends in a
question mark, a design credit (视觉, 插画) after the editor, a where-from label set off by a space (转载自 X), a
bar printed after a reprint notice's last sentence, a dispatch's dateline cut before its story; a Q&A answer's stamp
and a doctor's title after the answerer; a Discuz floor's card showing no stats beside the first floor's mark.
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # The quoted headline's own question or exclamation mark is no sentence of the bar's.
        ("原标题：菜价为何一路走高？ 来源：扬子晚报 记者 顾小萍 编辑：沈洁", ("顾小萍", "扬子晚报", "沈洁")),
        ("本文原标题：暑期游火了！ 来源：钱江晚报 记者 章然", ("章然", "钱江晚报", None)),
        ("原標題：颱風何時登陸？ 來源：聯合報 記者 林志明", ("林志明", "聯合報", None)),
        # Controls: a headline alone names nobody; a sentence after the bar's fields is still prose.
        ("原标题：菜价为何一路走高？", (None, None, None)),
        ("原标题：菜价为何一路走高？ 来源：扬子晚报 记者 顾小萍。今年入夏以来，本市菜价持续上涨。", (None, None, None)),
    ],
)
def test_original_title_with_question_mark(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("文｜周子安\u3000编辑｜郑晓雯\u3000视觉｜何川", "郑晓雯"),
        ("作者：周子安 责任编辑：郑晓雯 插画：何川", "郑晓雯"),
        ("文/周子安 编辑/郑晓雯 视觉/何川 排版/王宁", "郑晓雯"),
        # Control: a picture agency's name is no label ("视觉中国" has no separator after 视觉).
        ("来源：视觉中国 编辑：郑晓雯", "郑晓雯"),
    ],
)
def test_design_credit_ends_the_editor(line: str, editor: str) -> None:
    assert line_fields(line)[2] == editor


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("转载自 扬子晚报\u3000作者 顾小萍", ("顾小萍", "扬子晚报", None)),
        ("轉載自 聯合報　作者 林志明", ("林志明", "聯合報", None)),
        ("本文转载自 中国青年报", (None, "中国青年报", None)),
        # The where-from label before a platform's tag is no account's name.
        ("转载自 微信公众号 扬子晚报", (None, "扬子晚报", None)),
        # Controls: prose around the words; the bare word glued to its value.
        ("他的文章被转载自 各大网站", (None, None, None)),
        ("社保百事通 头条号 2020-01-01", ("社保百事通", None, None)),
    ],
)
def test_where_from_label_after_a_space(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "本文来自微信公众号“城市数据派”（ID：citydata），作者：沈洁，界面新闻经授权发布。\n责编：何川",
            ("沈洁", "城市数据派", "何川"),
        ),
        ("本文经授权转载，如有侵权请联系删除。 责任编辑：王宁", (None, None, "王宁")),
        ("会议要求各单位抓好落实。 来源：南通日报", (None, "南通日报", None)),
        # Controls: a reprint notice telling others how to credit the site names no source; a sentence after
        # the label is prose.
        ("文章观点不代表本站立场。如若转载请注明出处。来源出处：财经早知道", (None, None, None)),
        ("会议要求各单位抓好落实。 编辑说，这次会议开得很好。", (None, None, None)),
    ],
)
def test_fields_after_the_last_sentence(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("人民网杭州10月8日电 （章然、顾小萍）", ("章然 顾小萍", "人民网", None)),
        ("新华社南京6月3日电（沈洁）", ("沈洁", "新华社", None)),
        # Controls: a bracket that names no person; no dispatch's dateline before the bracket.
        ("新华社南京6月3日电（综合）", (None, "新华社", None)),
        ("城市更新推进会召开（章然、顾小萍）", (None, None, None)),
    ],
)
def test_dispatch_dateline_cut_before_its_story(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A Q&A stamp's label ends the answerer's handle before it.
        ("答主：骨科王医生\u3000回答于2019-10-05", "骨科王医生"),
        ("回答者：江南小药师 回答于 2021-03-02 10:15", "江南小药师"),
        # Control: the anonymous answerer names nobody.
        ("热心网友 回答于 2014-07-12", None),
    ],
)
def test_answer_stamp_ends_the_handle(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


def _answer_page(answerer: str) -> Article:
    html = (
        "<html><head><meta charset='utf-8'><title>孩子反复咳嗽要不要拍胸片？_健康问答</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/wenda/'>健康问答</a></div>"
        "<h1>孩子反复咳嗽要不要拍胸片？</h1><p>提问者：yy_mama 提问时间：2012-03-08 09:12</p>"
        "<p>孩子五岁，咳嗽两周了，晚上咳得厉害，吃了止咳药效果不明显。</p>"
        "<div class='best'><h3>最佳答案</h3>"
        "<p>咳嗽两周以上称为迁延性咳嗽，先要区分是感染后咳嗽、咳嗽变异性哮喘还是过敏性咳嗽。</p>"
        "<p>如果没有发热、气促，肺部听诊也正常，一般不需要马上拍胸片，可以先做血常规和过敏原检查。</p>"
        "<p>夜间咳嗽加重、运动后咳嗽的孩子，要警惕咳嗽变异性哮喘，可以到儿童呼吸专科评估。</p>"
        f"<p>回答者：</p><p>{answerer}</p><p>（儿科 主治医师）   2012-03-08 14:20</p></div>"
        "<div class='other'><h3>其他回答（1）</h3><p>多喝水。</p><p>回答者：路人甲 2012-03-08 10:01</p></div>"
        "</body></html>"
    )
    return parse_html(html, "http://www.example-jkwd.cn/wenda/html/201203/77120.html", Registry.load())


@pytest.mark.parametrize(
    ("answerer", "author"),
    [
        ("陈晓燕医生", "陈晓燕"),
        ("周明医生", "周明"),
        # Control: a handle with no person's name before the title stays whole.
        ("儿科张医生", "儿科张医生"),
    ],
)
def test_answerer_less_the_doctors_title(answerer: str, author: str) -> None:
    assert _answer_page(answerer).author == author


def _floor_page(card: str, floor_mark: str) -> Article:
    """A Discuz X thread whose first floor's card shows the name and a rank only (no stats)."""
    html = (
        "<html><head><meta charset='utf-8'>"
        "<title>老相机修复记录，一台海鸥DF-1 - 器材交流 - 光影论坛</title></head><body>"
        "<div id='hd'><a href='./'>光影论坛</a> <a href='forum.php'>论坛</a> <a href='home.php'>家园</a></div>"
        "<div id='pt'><a href='./'>光影论坛</a> › <a href='forum-12-1.html'>器材交流</a></div>"
        "<div id='postlist'><table><tr><td class='pls'><span>查看:</span> <span>3321</span>|<span>回复:</span>"
        "<span>41</span></td><td class='plc'><h1><span id='thread_subject'>老相机修复记录，一台海鸥DF-1</span></h1>"
        "</td></tr></table>"
        "<div id='post_1'><table class='plhin'><tr>"
        f"<td class='pls'>{card}</td>"
        f"<td class='plc'><div class='pi'><strong><a id='postnum1'>{floor_mark}</a></strong>"
        "<div class='authi'><em>发表于 2015-4-18 20:31</em> | <a href='#'>只看该作者</a></div></div>"
        "<div class='t_f'>去年在旧货市场花两百块淘到一台海鸥DF-1，快门卡死，反光镜也不回位。<br>"
        "拆开顶盖才发现是快门帘幕的连接带老化断裂，换了新的连接带，又清洗了快门齿轮组。<br>"
        "装回去以后试了几个卷，曝光基本准确，只是一秒档偶尔会慢半拍，后面再慢慢调。</div></td></tr></table></div>"
        "<div id='post_2'><table class='plhin'><tr><td class='pls'><div class='authi'>"
        "<a href='home.php?mod=space&amp;uid=5521' class='xw1'>胶片老周</a></div></td>"
        "<td class='plc'><strong><a id='postnum2'>沙发</a></strong><em>发表于 2015-4-18 21:02</em>"
        "<div class='t_f'>厉害，动手能力真强。</div></td></tr></table></div></div></body></html>"
    )
    return parse_html(html, "https://bbs.example-gy.com/forum.php?mod=viewthread&tid=88123", Registry.load())


_LINKED = "<div class='authi'><a href='home.php?mod=space&amp;uid=4410' class='xw1'>{name}</a></div>"


@pytest.mark.parametrize(
    ("card", "mark", "author"),
    [
        (_LINKED.format(name="铁匠铺Leo") + "<p><em>版主</em></p>", "楼主", "铁匠铺Leo"),
        (_LINKED.format(name="海鸥迷") + "<p><em>注册会员</em></p>", "楼主", "海鸥迷"),
        (_LINKED.format(name="老镜头") + "<p><em>版主</em></p>", "樓主", "老镜头"),
        # Controls: the name linked to no profile; the floor not marked as the first.
        ("<div class='authi'><b>铁匠铺Leo</b></div><p><em>版主</em></p>", "楼主", None),
        (_LINKED.format(name="铁匠铺Leo") + "<p><em>版主</em></p>", "1#", None),
    ],
)
def test_first_floor_card_without_stats(card: str, mark: str, author: str | None) -> None:
    assert _floor_page(card, mark).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # An account's meta line as WeChat mirrors print it: the handle, the time, the read count.
        ("江畔慢生活 2018-03-02 阅读 10万+", "江畔慢生活"),
        ("江畔慢生活 2018-03-02 阅读 2,318", "江畔慢生活"),
        # The original mark, the writer, the account, the time: the writer.
        ("原创 豆包妈妈 亲子成长记 2021-04-09 07:45", "豆包妈妈"),
        # Controls: a post's badge or an outlet before the time names no handle.
        ("原创 2018-03-02 阅读 2318", None),
        ("置顶 2021/11/3 评论 3", None),
        ("人民网 2018-03-02 阅读 2318", None),
        ("财经 2018-03-02 阅读 1.2万", None),
    ],
)
def test_account_meta_line(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


def _yearless_page(shown: str, data_date: str) -> str:
    story = "".join(
        f"<p>第{i}段。春季招聘会上，本地企业共提供岗位{i * 120}个，涉及制造、物流、电商等行业，吸引求职者近万人次。</p>"
        for i in range(1, 7)
    )
    return (
        "<html><head><meta charset='utf-8'><title>春招岗位超万个_本地资讯</title>"
        f'<script>window.__DATA__={{"article":{{"publishDate":"{data_date}"}}}};</script></head><body>'
        "<div class='nav'><a href='/'>首页</a></div><h1>春招岗位超万个</h1>"
        f"<div class='article-source'><span class='date'>{shown}</span><span>本地资讯</span></div>"
        f"<div class='article-content'>{story}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "shown", "published"),
    [
        # The page shows month, day and time without the year; its data gives the day alone: both together.
        ("https://m.example-zx.cn/s?id=884321", "发布时间: 03-12</span><span class='time'>10:31", "2022-03-12T10:31"),
        ("https://m.example-zx.cn/s?id=884321", "发布时间: 03-12 10:31", "2022-03-12T10:31"),
        ("https://baijiahao.baidu.com/s?id=1727000000000000001", "发布时间: 03-12 10:31", "2022-03-12T10:31"),
        # Controls: a shown time of another day is not that day's; a shown day alone adds no time.
        ("https://m.example-zx.cn/s?id=884321", "发布时间: 03-11 10:31", "2022-03-12T00:00"),
        ("https://m.example-zx.cn/s?id=884321", "发布时间: 03-12", "2022-03-12T00:00"),
    ],
)
def test_yearless_shown_time_completes_the_data_date(url: str, shown: str, published: str) -> None:
    article = parse_html(_yearless_page(shown, "2022-03-12"), url, Registry.load())
    assert (article.published_at or "")[:16] == published
