"""Byline classes left from blind40 (session 13, read in session 14), each tested in words the batch does not
use where the class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("整理：本报记者 陈静　口述：王德顺", "陈静 王德顺"),  # blind40's row: the teller after the writer up
        ("整理：刘敏 口述：赵桂兰", "刘敏 赵桂兰"),
        ("口述：赵桂兰 整理：本报记者 刘敏", "赵桂兰 刘敏"),  # the usual order, as before
    ],
)
def test_an_oral_account_co_writes_whichever_side_of_its_writer_up(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("骨科 周亮 主治医师", "周亮"),  # blind40's row
        ("儿科 孙晓梅 副主任医师", "孙晓梅"),
        ("药剂科 钱伟 主管药师", "钱伟"),
    ],
)
def test_a_grade_after_a_units_writer_is_the_persons(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("發佈日期：2019-08-12 資料來源：屏東縣政府新聞處", "屏東縣政府新聞處"),  # blind40's row
        ("发布时间：2021-03-02 资料来源：县农业农村局 浏览次数：56", "县农业农村局"),
        ("資料來源：衛生福利部", "衛生福利部"),  # blind26's row: a bar of one field
    ],
)
def test_reference_material_in_a_bar_names_the_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


def test_reference_material_in_a_bracketed_note_names_no_source() -> None:
    assert parse_line("（资料来源：参考消息、环球网等）").source is None


_GOV_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="path"><a href="/">首頁</a> &gt; 縣府新聞</div>
<h2 class="title">{title}</h2>
<ul class="info"><li>發佈日期：2020-04-07</li><li>資料來源：縣政府農業處</li><li>點閱次數：<span>96</span></li></ul>
<div class="essay">
<p>縣政府農業處表示，今年文旦產量預估較去年增加一成，將協助果農拓展外銷通路，並輔導共同選別場更新設備。</p>
<p>農業處指出，有意申請輔導的農會及產銷班，可於五月底前向各鄉鎮公所提出申請，相關資訊已公告於縣府網站。</p>
{tail}
</div></body></html>"""


def test_reference_material_in_the_byline_region_is_the_source_and_under_the_story_is_not() -> None:
    # Each element of the info bar is a part of its own: the 資料來源 part sits in the byline region.
    title = "縣府輔導文旦外銷 共同選別場更新設備"
    registry = Registry.load()
    page = parse_html(_GOV_PAGE.format(title=title, tail=""), "https://www.county.example/News.aspx?n=1", registry)
    assert page.source == "縣政府農業處"
    # A reference under the story (a report cited for a figure) credits no outlet the story came from.
    cited = _GOV_PAGE.replace("<li>資料來源：縣政府農業處</li>", "").format(
        title=title, tail="<p>資料來源：行政院農業委員會《農產品產銷統計》（2019年）</p>"
    )
    assert parse_html(cited, "https://www.county.example/News.aspx?n=1", registry).source is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("[唐]·李白", "李白"),  # the other spellings, as before
        ("苏轼 〔宋代〕", "苏轼"),
    ],
)
def test_a_classical_writer_beside_his_period_is_the_author(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["唐：王维", "唐·传奇", "唐代：王维", "唐代：盛世"])
def test_a_period_beside_no_writer_credits_nobody(line: str) -> None:
    # A colon after the period credits a poet only under a headline: a line alone heads a paragraph as often.
    assert parse_line(line).author is None


def test_a_poems_writer_opening_its_container_is_the_byline_not_the_story() -> None:
    # "[宋] 辛弃疾" stands in the poem's container before its lines: the byline region, though the story
    # filter kept it as the body's first line.
    html = """<html><head><meta charset="utf-8"><title>西江月·夜行黄沙道中_诗词网</title></head><body>
<div class="crumb"><a href="/">首页</a> » <a href="/zuozhe/12.html">辛弃疾</a> » 西江月·夜行黄沙道中</div>
<div class="poem-box"><h1 class="poem-title">西江月·夜行黄沙道中</h1>
<div class="poem-info">[宋] <a href="/zuozhe/12.html">辛弃疾</a></div>
<div class="poem-body">明月别枝惊鹊，清风半夜鸣蝉。<br>稻花香里说丰年，听取蛙声一片。<br>
七八个星天外，两三点雨山前。<br>旧时茅店社林边，路转溪桥忽见。</div>
<h3>注释</h3><div class="note"><p>别枝：斜出的树枝。</p><p>社林：土地庙附近的树林。</p></div>
<h3>译文</h3><div class="note">
<p>天边的明月升上了树梢，惊飞了栖息在枝头的喜鹊。清凉的晚风仿佛吹来了远处的蝉叫声。</p></div>
<h3>赏析</h3><div class="note"><p>这首词描绘了夏夜山村的风光，表达了词人对丰收年景的喜悦。</p></div></div>
<div class="related"><h4>辛弃疾的其他作品</h4><ul><li><a href="/shici/60.html">青玉案·元夕
</a></li><li><a href="/shici/61.html">破阵子</a></li></ul></div>
</body></html>"""
    page = parse_html(html, "https://www.shici.example/shici/88.html", Registry.load())
    assert page.author == "辛弃疾"


_THREAD = """<html><head><meta charset="gbk"><title>{subject} - 新手交流区 - 山城摄影论坛</title></head><body>
<div id="breadcrumb"><a href="index.php">山城摄影论坛</a> &raquo;
<a href="thread.php?fid=4">新手交流区</a> &raquo; 帖子</div>
<table width="100%"><tr><td class="h"><span class="fr">浏览：566 | 回复：9</span><b>{label}</b>
<span id="subject_tpc">{subject}</span></td></tr></table>
<table class="floot"><tr><td class="floot_left"><div class="readName b"><a href="u.php?uid=7731">山城老猫</a></div>
<div><a href="u.php?uid=7731" class="userCard face_img"><img src="face/7731.jpg"></a></div></td>
<td class="floot_right"><div class="tipTop"><span class="fr">楼主</span><span>发表于: 2011-06-02</span></div>
<div class="tpc_content"><div class="f14" id="read_tpc">刚入手一台二手单反，想请教各位前辈夜景怎么拍才不糊。<br />
试过把快门调到一秒，手持根本拿不稳，照片全是重影，三脚架又嫌太重不想背。<br />
网上说可以提高感光度，但是一提高噪点就特别多，不知道有没有折中的办法，先谢谢大家了！</div></div>
</td></tr></table></body></html>"""


@pytest.mark.parametrize(("label", "author"), [("主题：", "山城老猫"), ("", None)])
def test_a_threads_subject_labelled_after_the_bars_counters_opens_the_byline_region(
    label: str, author: str | None
) -> None:
    # phpwind floats the counters before the subject's label: the line still ends with the headline, and the
    # poster linked to his profile beside his avatar under it is the author. Without the label the line is a
    # bar of counters that merely ends with the same words, and opens no region.
    html = _THREAD.format(subject="单反夜景手持总是糊怎么办", label=label)
    page = parse_html(html, "http://bbs.shancheng.example/read.php?tid=5521", Registry.load())
    assert page.author == author


@pytest.mark.parametrize("period", ["唐代：", "宋代："])
def test_a_poets_period_and_colon_under_the_headline_credit_the_poet(period: str) -> None:
    # blind40's gushiwen-style page: "唐代：王维" is the line under the poem's title.
    html = f"""<html><head><meta charset="utf-8"><title>题西林壁_古诗文网</title></head><body>
<div class="cont"><h1>题西林壁</h1><p class="source"><a href="/dynasty/song">{period.rstrip("：")}</a><span>：</span>
<a href="/authorv_1b2c.aspx">苏轼</a></p>
<div class="contson">横看成岭侧成峰，远近高低各不同。<br />不识庐山真面目，只缘身在此山中。</div></div>
<div class="sons"><h2>译文</h2>
<p>从正面、侧面看庐山，山岭连绵起伏、山峰高耸险峻，
从远处、近处、高处、低处看庐山，庐山呈现各种不同的样子。</p>
<p>我之所以认不清庐山真正的面目，是因为我人就在庐山之中。</p></div></body></html>"""
    assert parse_html(html, "https://www.gushi.example/shiwen_9a8b.aspx", Registry.load()).author == "苏轼"
