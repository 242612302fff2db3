"""Byline classes first missed on blind49 (session 18), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinebare import is_outlet


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：文/图 周岚", "周岚"),  # the 图 of 文/图 set off by a space
        ("作者：住持 释慧明", "释慧明"),  # a monastery's office, then a monk's name led by 释
        ("作者：釋宏法", "釋宏法"),
        ("文/财经频道专栏作家 马行远", "马行远"),  # a column's role before the name
        ("执笔：省委党史研究室 郭平", "郭平"),  # a research office, like a unit
        ("来源：健康医生（ID：jiankangys）", "健康医生"),  # an account keeps the title its brand ends in
        ("作者：梁志恆牧師", "梁志恆"),  # a person's glued title still goes
        ("青禾｜文", "青禾"),  # a pen name signing with the role alone on its line
        ("释放", None),  # a word, no monk
    ],
)
def test_blind49_author_classes(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("word", "outlet"),
    [
        ("齐鲁晚报-齐鲁壹点", True),  # a paper and its app, one outlet
        ("人民网－人民日报", True),
        ("张三-李四", False),
        ("2019-新华网", False),
    ],
)
def test_two_outlets_joined_by_a_dash_are_one(word: str, outlet: bool) -> None:
    assert is_outlet(word) is outlet


def test_a_joined_outlet_before_a_reporter_names_the_source() -> None:
    byline = parse_line("齐鲁晚报-齐鲁壹点 记者 孙敏 实习生 刘畅")
    assert (byline.author, byline.source) == ("孙敏 刘畅", "齐鲁晚报-齐鲁壹点")


def test_a_later_tag_of_a_bar_s_tag_run_is_no_account() -> None:
    # 网易博客's bar: time | 分类：X | 标签：A B | 订阅, each a link: B stood alone after A beside the follow
    # button, read as the account.
    from newscorpus.parse import parse_html
    from newscorpus.scrapers.registry import Registry

    blog = "http://qingshan.blog.example-blogs.cn"
    tags = "".join(f'<a href="{blog}/blog/#m=0&t=3&c={tag}">{tag}</a>&nbsp;' for tag in ("黄山", "宏村"))
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "清晨的宏村还笼罩在薄雾里，月沼边已经有写生的学生支起了画架，几只白鹅在水边悠闲地梳理羽毛。",
            "沿着石板路往里走，马头墙一层叠着一层，偶尔有挑着担子的老人经过，和我们点头打个招呼。",
            "中午在村口的小馆子吃了臭鳜鱼和毛豆腐，老板说这几年游客多了，但村里的日子还是慢慢的。",
        )
    )
    html = (
        '<html><head><meta charset="utf-8"><title>宏村两日 - 青山的日志 - 网易博客</title></head><body>'
        f'<h3 class="title">宏村两日</h3><div class="tagSort"><span class="blogsep">2011-05-02 20:11:45</span>'
        f'|&nbsp;分类：<a href="{blog}/blog/#m=0&t=1&c=fks_1">游记</a> |&nbsp;标签：{tags}|'
        ' <a href="javascript:;">订阅</a></div>'
        f'<div class="nbw-blog-content">{story}</div></body></html>'
    )
    article = parse_html(html, f"{blog}/blog/static/1234567820110402011145/", Registry.load())
    assert article.author != "宏村"
