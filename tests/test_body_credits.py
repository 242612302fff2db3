"""Story body on unseen templates, session 8's second pass (issue 18): classes the tune batches showed.

- School, hospital, county and company news close with a roll of credit fields (撰稿：… 摄影：… 审核：…) or a
  bracket crediting text and pictures (（文／… 图／…）, 【文/…】): byline lines, not story.
- A forum post's attachment card under a posted picture (file name, size, download count, upload stamp).
- A blog post's closing sentence about its next post (下一篇打算写写…。) taken for the pager's 下一篇：.

Hand-written pages in tests/fixtures/body/pages/ (other wordings, markup and eras than the batches') and
rows for the line tests pin each mechanism, not one page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.boilerplate import is_notice
from newscorpus.scrapers.registry import Registry

BODY = Path(__file__).parent / "fixtures" / "body" / "pages"
URL = "https://news.example.test/a/1.html"


def _parse(name: str) -> Article:
    return parse_html((BODY / name).read_text(encoding="utf-8"), URL, Registry(()))


def test_credit_roll_closes_a_school_story() -> None:
    article = _parse("credits_school_fragment.html")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[-1].startswith("学院负责人表示")


def test_bracketed_text_and_picture_credit_closes_a_hospital_story() -> None:
    article = _parse("credits_bracket_hospital.html")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[-1].startswith("骨科主任介绍")


def test_forum_attachment_card_is_not_the_post() -> None:
    paragraphs = _parse("forum_upload_card.html").paragraphs
    assert len(paragraphs) == 4
    assert paragraphs[-1].startswith("停车场周末九点前")
    assert not any("下载次数" in line or line.endswith("上传") for line in paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "撰稿：杨静怡",
        "摄影：何俊杰",
        "供稿：心血管内科",
        "撰稿：李娜 摄影：王鹏",
        "供稿单位：材料科学与工程学院 撰稿：陈思远 摄影：张弛 审核：王立峰",
        "二审：吴玉兰",
        "初审：刘洋 复审：周敏 终审：赵立新",
        "文字：王思雨、张宁；图片：陈浩",
        "（文/图：安全监督部 周琳）",
        "【撰稿：三（2）班 刘小雨 编辑：马晓晨】",
        "【文/观察者网 陈思佳】",
        "（协会秘书处 文／周晓东 图／张宁）",
        "（撰稿 李娜 摄影 王鹏）",
        "攝影：何俊傑",
        "排版|周洁 校对|孙颖",
        "IMG_20160507_102233.jpg (236.52 KB, 下载次数: 12)",
        "P1030455.png（1.2 MB，下載次數：3）",
        "2016-10-9 22:12 上传",
        "2021-7-3 09:05:11 上傳",
    ],
)
def test_credit_and_upload_lines_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        # A role word opening a sentence, or a photographer named inside one: story text.
        "摄影：光圈 f/2.8，快门 1/200，感光度 100。",
        "编辑部认为，这件事值得持续关注。",
        "图片：本报记者在现场拍摄的画面显示，积水已经退去。",
        "审核通过后，申请人可在五个工作日内领取证件。",
        # A bracket that is a sentence, and a reporter's bracket the site rules read the author from.
        "（记者从市交通局获悉，地铁将延长运营。）",
        "（记者 孙燕 通讯员 杭铁宣）",
        # An upload told in a sentence, and a file name without the forum's card.
        "照片是在2016-5-9 21:35 上传的，当时还没有下雨。",
        "附件：实施方案.pdf",
    ],
)
def test_story_lines_naming_roles_or_uploads_stay(line: str) -> None:
    assert not is_notice(line)


@pytest.mark.parametrize(
    ("line", "pager"),
    [
        ("下一篇：关于做好2016年防汛工作的通知", True),
        ("上一篇：没有了", True),
        ("上一篇 为什么年轻人不愿进工厂？", True),
        ("下一篇｜深入理解 Python 的 GIL。", True),
        # A blog post's own closing sentence about its next post: no separator, a full stop.
        ("下一篇打算写写我现在最常做的一款乡村面包，配方和时间表都会放上来，感兴趣的可以订阅一下。", False),
        ("下一篇文章我们聊聊缓存穿透。", False),
    ],
)
def test_pager_line_against_a_sentence_about_the_next_post(line: str, pager: bool) -> None:
    assert is_notice(line) is pager


@pytest.mark.parametrize(
    "line",
    [
        "郑重声明：财经快讯网发布此信息的目的在于传播更多信息，与本站立场无关。财经快讯网不保证该信息（包括但不限于文字、"
        "视频、音频、数据及图表）全部或者部分内容的准确性、真实性、完整性、有效性、及时性、原创性等。相关信息并未经过本网站证实。",
        "证券网声明：凡本网注明“来源：证券日报·证券网”的所有作品，版权均属于证券日报、证券网。未经本网授权，任何单位及个人"
        "不得转载、摘编或以其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：证券网”。",
    ],
)
def test_a_sites_long_declaration_is_a_notice(line: str) -> None:
    assert is_notice(line)


def test_a_statement_quoted_in_the_story_is_no_notice() -> None:
    assert not is_notice(
        "外交部发言人声明：中方坚决反对任何形式的单边制裁，敦促有关方面立即停止错误做法，"
        "以实际行动维护地区和平稳定，中方将采取必要措施坚决维护自身正当权益。"
    )


@pytest.mark.parametrize("line", ["（作者为本报评论部主任编辑）", "（作者系中国人民大学教授）", "(作者为资深媒体人)"])
def test_a_closing_note_of_the_writers_post_is_no_story(line: str) -> None:
    assert is_notice(line)


def test_a_sentence_about_an_author_stays_story() -> None:
    assert not is_notice("作者为此走访了三个村庄，记录下村民们的心声。")
