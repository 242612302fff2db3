"""A Q&A page's best answer gives the page its time and author (scrapers/qanda.py): the answer's stamp, not the
question's, and its answerer, not the asker. Every tune batch from blind40 on labels so (seven pages)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_ANSWER = (
    "<p>新买的砂锅第一次用之前要先“开锅”，这样不容易裂：</p>"
    "<p>1、先用清水把砂锅里外刷干净，自然晾干，不要用洗洁精。</p>"
    "<p>2、锅里加满淘米水，小火慢慢煮开，再煮十几分钟关火，放凉以后倒掉洗净。</p>"
    "<p>3、以后每次用完都要等锅凉了再洗，别用冷水冲热锅，也别干烧。</p>"
)


def _page(answer_head: str, answer_foot: str = "", answerer_name: str = "灶台边的老陈") -> str:
    head = answer_head.format(name=answerer_name)
    foot = answer_foot.format(name=answerer_name)
    return (
        '<html><head><meta charset="utf-8"><title>新买的砂锅怎么开锅？_百度知道</title></head><body>'
        '<div class="question"><h1>新买的砂锅怎么开锅？</h1>'
        '<div class="ask-info"><span>2015-11-02 20:14</span><a href="/usercenter?uid=1">砂锅小白</a> | '
        "<span>浏览 2315 次</span></div>"
        "<p>刚买了一口砂锅，听说直接用容易裂，第一次用之前到底要怎么处理，需要煮米汤吗？</p></div>"
        f'<div class="best"><div class="badge">最佳答案</div>{head}<div class="content">{_ANSWER}</div>{foot}</div>'
        '<div class="others"><h3>其他回答 共2条</h3><div><span>2015-11-02 20:40</span><a href="/u/9">路人甲</a>'
        "<p>用米汤煮一下就行。</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        # The stamp, then the answerer, inline in one bar (百度知道 2013).
        ('<div class="line"><span>2015-11-03 08:27</span><a href="/u/2">{name}</a><span>采纳率：58%</span></div>', ""),
        # The answerer's label under the answer, then the stamp (百度知道 2011).
        ("", '<div>回答者：<a href="/u/2">{name}</a> | 五级 | <span>2015-11-03 08:27</span></div>'),
        # The name the block opens with, over its post.
        ('<div><a href="/u/2">{name}</a></div><div>主治医师</div><div>2015-11-03 08:27</div>', ""),
    ],
)
def test_the_best_answer_s_stamp_and_answerer(head: str, foot: str) -> None:
    article = parse_html(_page(head, foot), "https://zhidao.example-qa.cn/question/123456789.html", Registry.load())
    assert article.published_at == "2015-11-03T08:27:00+08:00"  # not the question's 2015-11-02 20:14
    assert article.author == "灶台边的老陈"  # not the asker 砂锅小白
    assert article.paragraphs[0].startswith("新买的砂锅") and not any("听说" in line for line in article.paragraphs)


def test_an_anonymous_answerer_names_nobody() -> None:
    head = '<div class="line"><span>2015-11-03 08:27</span><span>{name}</span><span>采纳率：58%</span></div>'
    article = parse_html(
        _page(head, answerer_name="热心网友"), "https://zhidao.example-qa.cn/question/123456789.html", Registry.load()
    )
    assert article.published_at == "2015-11-03T08:27:00+08:00"
    assert article.author is None


def test_a_page_without_a_best_answer_keeps_its_own_time() -> None:
    html = _page("").replace('<div class="badge">最佳答案</div>', "")
    article = parse_html(html, "https://zhidao.example-qa.cn/question/123456789.html", Registry.load())
    assert article.published_at == "2015-11-02T20:14:00+08:00"
