"""Two byline families learnt from blind15 (tune material for byline-b15), as hand-written variants in other
wordings, engines and eras than blind15's instances:

* a label naming several roles at once (``文、图/本报记者 郭鹏``, ``撰文&摄影：X``) credits the text's writer;
* a post's taxonomy field (``分类：行走江南``, ``标签：…``, ``栏目：…``) names a category, never a person, and a
  counter's thousands separator (``阅读(1,573)``) is no clause comma that would make the bar prose.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文、图/本报记者 郭鹏", "郭鹏"),  # blind15's own wording
        ("文、图：郭鹏", "郭鹏"),
        ("图、文/记者 孙晓燕", "孙晓燕"),
        ("撰文、摄影：李晓明", "李晓明"),
        ("文字&图片：王芳", "王芳"),
        ("文 、 图 / 通讯员 陈建华", "陈建华"),
        ("文、图、视频/记者 张伟", "张伟"),
        ("文、圖／記者 鄭家豪", "鄭家豪"),  # a Hong Kong or Taiwan page's spelling
        ("采写、摄影：本报记者 刘洋 实习生 黄丽", "刘洋 黄丽"),
        ("文、图 本报记者 赵磊", "赵磊"),  # a gap, no separator, after the joined label
    ],
)
def test_a_label_of_several_roles_credits_the_writer(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    "line",
    [
        "图、摄影：王芳",  # no writing role among them: a photographer, no writer
        "文、图片均来自网络，如有侵权请联系删除",  # words of a notice, no label
        "中文、图片：张三",  # 文 ends another word
    ],
)
def test_roles_without_a_writer_or_label_credit_nobody(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("周游旅人 发表于 2017-04-09 20:31 分类：行走江南 阅读(1,573) 评论(19)", "周游旅人"),  # blind15's string
        ("李小林 2019-01-02 阅读(1,234) 评论(56) 分类：生活随笔", "李小林"),
        ("作者：陈雨 分類：旅遊札記 瀏覽 12,408 次", "陈雨"),
        ("作者：王思远 标签：古镇 同里 周庄", "王思远"),
        ("作者：赵一鸣 栏目：校园动态 点击：2,016", "赵一鸣"),
    ],
)
def test_a_taxonomy_value_is_no_name(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_thousands_separator_keeps_a_sentence_prose() -> None:
    # A comma after a number but before a clause is still a clause: the story line names nobody.
    assert parse_line("全县共有1,234,567人,参加了这次活动并且表示很满意邓小平").author is None


_POST = (
    "<p>清明假期没去挤热门景点，选了周边两个相对安静的古镇走了走，两天下来很舒服，记一下路线和感受。</p>"
    "<p>从汽车站坐大巴四十分钟左右就到，古镇不大，一个上午就能走完，中午在老街吃了一碗面，味道偏甜。</p>"
    "<p>下午租了一条小船沿着河道慢慢摇，船娘一边摇橹一边唱评弹，虽然听不太懂，但很有味道，值得一去。</p>"
)


def _blog(meta: str, host: str = "blog.example-bbs.com") -> Article:
    html = f"""<html><head><title>古镇两日慢游笔记 - 博客</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/list/">博文</a></div>
<div class="post"><h2 class="title">古镇两日慢游笔记</h2><div class="meta">{meta}</div>
<div class="content">{_POST}</div></div></body></html>"""
    return parse_html(html, f"http://{host}/u/walker/art/88213.html", Registry.load())


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        (  # a 2010s blog engine: the category links under the user's own pages
            '<a class="user" href="/u/walker/">周游旅人</a> <span>发表于 2017-04-09 20:31</span>'
            '<span>分类：<a href="/u/walker/cate/3/">行走江南</a></span><span>阅读(1,573)</span>',
            "周游旅人",
        ),
        (  # tags listed after the user, each linked under the profile
            '<a href="/u/walker/">沈慢慢</a> | 2012-06-01 | 标签：<a href="/u/walker/tag/1">古镇</a> '
            '<a href="/u/walker/tag/2">同里</a> | 浏览 2,301',
            "沈慢慢",
        ),
        (  # the taxonomy before the user, a bar between (with a gap only, the value would run on: see README)
            '<span>栏目：<a href="/user/walker/list/5">游记随笔</a></span> | <a href="/user/walker">林间小路</a> '
            "| <em>2015-10-12 08:00</em>",
            "林间小路",
        ),
    ],
)
def test_a_category_linked_under_the_profile_is_no_name(meta: str, author: str) -> None:
    assert _blog(meta).author == author


# A name glued to its role when the role opens with a Latin outlet's name (two inline spans read as one line:
# blind15's BBC page prints <span>刘乐</span><span>BBC中文记者</span>; the page itself still misses, its story
# opening on the picture's caption, which ends the byline region before the name).
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("刘乐BBC中文记者", "刘乐"),
        ("王晓CNN驻京记者", "王晓"),
        ("陈静FT中文网记者", "陈静"),
        ("張家豪BBC中文記者", "張家豪"),
        ("周安NHK驻华记者", "周安"),
    ],
)
def test_a_name_glued_to_a_latin_outlets_role_is_its_reporter(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["张三新华社记者", "BBC中文记者"])
def test_a_name_glued_to_a_han_outlet_or_a_role_alone_credits_nobody(line: str) -> None:
    # Han glued to Han: where the name ends and the outlet starts is unknown.
    assert parse_line(line).author is None
