"""Classes session 38 found in blind93n's strings and pages (flipped to tune at the session's start): a wire
dateline spaced out (``柏林 12 日專電``); 和 read as a join after one character (``协和医生说``); a student reporters'
team before a name (``学生记者团 孙悦``); a platform's writer word and brackets around the account in an
originality note (``本文系百家号作者【X】原创``); a hospital or a school before its writer in a bracket; a
self-media bar whose time is glued to the handle (``X2024-05-23``); a township page's bracket signing off the
story's last sentence (``…。（刘德胜）``); a site generator's post folder read as a blog account (``/posts/``).
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import story_credit
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("中央社記者 黃文彬 東京 8 日專電", ("黃文彬", "中央社", None)),
        ("新华社记者 韩立新 广州 21 日电", ("韩立新", "新华社", None)),
        ("新华社 兰州 3 月 9 日电 （记者 石磊）", ("石磊", "新华社", None)),
        # Controls: the glued dateline as before, and a 电 going on as a word ("电视台") joins nothing.
        ("中央社記者黃文彬東京8日專電", ("黃文彬", "中央社", None)),
        ("新华社兰州3月9日电（记者 石磊）", ("石磊", "新华社", None)),
        ("本报讯 兰州 9 日电视台播出", (None, None, None)),
    ],
)
def test_a_spaced_wire_dateline_reads_as_a_glued_one(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("作者：仁和中医说", "仁和中医说"),
        ("来源：企鹅号 作者：协和营养科普", "协和营养科普"),
        # Controls: two names joined by 和 or 与 are two writers.
        ("作者：张晓和李玉梅", "张晓 李玉梅"),
        ("记者 刘洁与王博", "刘洁 王博"),
    ],
)
def test_he_after_one_character_is_a_word_not_a_join(line: str, want: str) -> None:
    assert line_fields(line)[0] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（通讯员 陈一帆 记者团 吴桐）", "陈一帆 吴桐"),
        ("（记者 邓涛 通讯员 学生记者团 黄思琪）", "邓涛 黄思琪"),
        ("通讯员 校记者团 葛晓", "葛晓"),
        # Controls: a qualifier glued before the next label is still the label's (a station's, a student's).
        ("校报记者 郑斌 学生记者 钱晓雯", "郑斌 钱晓雯"),
        ("（通讯员 陈一帆 宣传部 吴桐）", "陈一帆 吴桐"),
    ],
)
def test_a_student_reporters_team_is_a_unit_before_the_name(line: str, want: str) -> None:
    assert line_fields(line)[0] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("本文系头条号作者【旅途拾光】原创，未经授权禁止转载", "旅途拾光"),
        ("本文系企鹅号作者晨光读史原创，转载请联系作者", "晨光读史"),
        ("本文为网易号作者「车圈老炮」原创", "车圈老炮"),
        # Controls: an outlet's own note names no writer; the plain note as before.
        ("本文为新京报原创", None),
        ("本文系「晨光读史」原创", "晨光读史"),
    ],
)
def test_an_originality_note_with_the_platforms_writer_word(line: str, want: str | None) -> None:
    assert line_fields(line)[0] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（县中医医院 护理部 何倩）", "何倩"),
        ("（区人民医院 吴雪）", "吴雪"),
        ("（实验中学 钟明 孔悦）", "钟明 孔悦"),
        # Controls: a photographer under a unit is no writer; a name alone in a bracket stays as before.
        ("（县中医医院 何倩 摄）", None),
        ("（何倩）", "何倩"),
    ],
)
def test_a_hospital_or_a_school_before_its_writer(line: str, want: str | None) -> None:
    assert line_fields(line)[0] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("数码老周2023-11-02 08:15 · 优质数码领域创作者", "数码老周"),
        ("跑步的阿杰3 2023-11-02 08:15 · 优质体育领域创作者", "跑步的阿杰3"),
        # Control: spaced as before.
        ("数码老周 2023-11-02 08:15 · 优质数码领域创作者", "数码老周"),
    ],
)
def test_a_time_glued_to_a_handle_keeps_its_year(line: str, want: str) -> None:
    assert line_fields(line)[0] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("截至目前，全镇已完成秸秆离田3.2万亩，综合利用率达95%。（孙建国）", "孙建国"),
        ("下一步，该街道将持续开展巡查，确保隐患动态清零。（许文 周婷）", "许文 周婷"),
        # Controls: a place, a note or a picture credit closing a sentence names nobody, nor a bracket that
        # closes no sentence.
        ("会议在县城召开。（上海）", None),
        ("活动现场气氛热烈。（资料图）", None),
        ("全镇秸秆离田情况（孙建国）", None),
    ],
)
def test_a_bracket_signing_off_the_last_sentence(line: str, want: str | None) -> None:
    assert story_credit(line).author == want


_POST = "<p>这台机器已经跑了三年，今年夏天开始频繁掉盘，修一次的钱差不多够买半台新机器，于是干脆换掉。</p>" * 3


@pytest.mark.parametrize(
    ("url", "want"),
    [
        # A generator's post folder: its menu link (文章) names no owner.
        ("https://www.example.dev/posts/nas-upgrade/", None),
        ("https://www.example.dev/archives/1024/", None),
        # Control: a blog platform's account folder, linked by the owner's name, is the owner.
        ("https://www.example.dev/linxf/nas-upgrade/", "林晓风"),
    ],
)
def test_a_site_generators_post_folder_is_no_blog_account(url: str, want: str | None) -> None:
    folder = url.split("/")[3]
    html = (
        "<html><head><title>换掉旧 NAS 的记录 | 林晓风的博客</title></head><body>"
        f"<nav><a href='/{folder}/'>{'林晓风' if folder == 'linxf' else '文章'}</a><a href='/tags/'>标签</a></nav>"
        "<article><h1>换掉旧 NAS 的记录</h1><div class='meta'>2021年9月5日 · 约 6 分钟</div>"
        f"<div class='content'>{_POST}</div></article></body></html>"
    )
    assert parse_html(html, url, Registry.load()).author == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("By LI NA in Chengdu | China Daily | Updated: 2022-05-10 07:45", ("LI NA", "China Daily", None)),
        ("By Wang Hao | ecns.cn | Updated: 2020-03-04 10:21", ("Wang Hao", "ecns.cn", None)),
        ("By 李明远 (Li Mingyuan) | Xinhua | Updated: 2018-04-02 09:30", ("李明远", "Xinhua", None)),
        # Controls: a filing place or a date after the writer names no outlet, nor a capitalised role.
        ("By Jane Doe in Hong Kong | 2019-03-02", ("Jane Doe", None, None)),
        ("By Wang Hao | Staff Reporter | Updated: 2020-03-04 10:21", ("Wang Hao", None, None)),
    ],
)
def test_an_english_bars_outlet_after_a_place_a_romanisation_or_as_a_site(
    line: str, want: tuple[str | None, ...]
) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("原创：晚风读书 转载请注明出处", "晚风读书"),
        ("原创：山间拾遗", "山间拾遗"),
        # Controls: a placeholder or a site claiming its text names no writer; the dated line as before.
        ("原创：本站", None),
        ("原创：健康160网", None),
        ("原创：山间拾遗 2019-06-02", "山间拾遗"),
    ],
)
def test_an_original_mark_with_a_colon_alone_names_the_writer(line: str, want: str | None) -> None:
    assert line_fields(line)[0] == want


_HOSPITAL_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "本报南京3月6日电 从本月起，全省二十家三级医院试行分时段预约诊疗，患者可通过电话和网站预约。",
        "省卫生厅有关负责人介绍，预约实行实名制，就诊当天凭身份证到医院取号，每家医院预留一半号源。",
        "据悉，试点工作将持续到年底，卫生部门将在总结经验的基础上逐步推广到全省二级以上医院。",
    )
)


@pytest.mark.parametrize(
    ("edition", "source"),
    [
        ("《新华日报》 （2007年03月07日 第十一版）", "新华日报"),
        ("《新华日报》（2007年03月07日 第05版）", "新华日报"),
        # Control: a sentence quoting the paper is story text and names no source.
        ("《新华日报》2007年03月07日刊发评论员文章，呼吁各地加快推广预约诊疗。", None),
    ],
)
def test_a_print_editions_credit_under_the_story_is_the_source_not_text(edition: str, source: str | None) -> None:
    html = (
        "<html><head><title>全省试行预约诊疗</title></head><body><h1>全省试行预约诊疗</h1>"
        f"<div class='content'>{_HOSPITAL_STORY}<p>{edition}</p></div></body></html>"
    )
    article = parse_html(html, "https://news.example.cn/2007/0307/123.html", Registry.load())
    assert article.source == source
    assert (edition in article.paragraphs) == (source is None)


@pytest.mark.parametrize(
    ("credit", "editor"),
    [
        ("(编辑：顾晓岚)", "顾晓岚"),
        ("（编辑：顾晓岚）", "顾晓岚"),
        # Controls: a CMS code alone names nobody; a sentence holding the words is no credit line.
        ("(编辑：SN066)", None),
        ("(编辑：本文经修改后重新发布，特此说明)", None),
    ],
)
def test_a_round_bracketed_editor_line_past_the_tools_is_read(credit: str, editor: str | None) -> None:
    html = (
        "<html><head><title>全省试行预约诊疗</title></head><body><h1>全省试行预约诊疗</h1>"
        f"<div class='content'>{_HOSPITAL_STORY}</div><div>【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</div>"
        + "<ul>"
        + "".join(f"<li><a href='/n/{n}.html'>相关新闻标题第{n}条内容</a></li>" for n in range(8))
        + f"</ul><p class='editor'>{credit}</p></body></html>"
    )
    assert parse_html(html, "https://news.example.cn/2008/0514/123.html", Registry.load()).editor == editor


@pytest.mark.parametrize(
    ("closing", "editor", "author"),
    [
        ("（吴小舟）", "吴小舟", None),  # the page's own 责任编辑 marking the story, not a writer
        ("（孙建国）", "吴小舟", "孙建国"),  # control: another name signs the story off as its writer
    ],
)
def test_a_closing_bracket_naming_the_pages_editor_is_the_editors_mark(
    closing: str, editor: str, author: str | None
) -> None:
    html = (
        "<html><head><title>全省试行预约诊疗</title></head><body><h1>全省试行预约诊疗</h1>"
        f"<div class='content'>{_HOSPITAL_STORY}<p>活动现场气氛热烈，获得了群众的阵阵掌声。{closing}</p></div>"
        f"<div class='editor'>【责任编辑：{editor}】</div></body></html>"
    )
    article = parse_html(html, "https://news.example.cn/2024/0520/123.html", Registry.load())
    assert (article.author, article.editor) == (author, editor)
