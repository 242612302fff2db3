"""Site rules' author misses learnt from blind7-blind10 (tune material for byline-b10a), on hand-written pages
of each template (other stories, names and wording): people's body opening with its time bar and font switch
before the dateline credit, 163's closing credit over the pager, toutiao's 2018 account link."""

from __future__ import annotations

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_TEXT = "城市更新项目稳步推进，老旧厂房改造成文创园区，吸引了不少年轻人前来打卡，周边商户的生意也随之好了起来。"


def _parse(html: str, url: str) -> Article:
    return parse_html(html, url, Registry.load())


def test_people_dateline_credit_after_the_bar_and_the_font_switch() -> None:
    html = (
        "<html><head><title>城市更新让老厂房焕发新生--人民网</title></head><body><div class='layout rm_txt cf'>"
        "<div class='rm_txt_con cf'><h1>城市更新让老厂房焕发新生</h1>"
        "<div class='col-1-1 fl'>2022年06月08日09:12 | 来源：<a href='http://society.people.com.cn/'>人民网-社会频道</a></div>"
        "<div class='col-1-1 fr'><a href='javascript:;' class='wx'></a><span>大字号</span></div>"
        f"<p>人民网成都6月8日电 （记者 郑雪 黄悦）{_TEXT}</p>" + f"<p>{_TEXT}</p>" * 4 + "</div></div></body></html>"
    )
    assert _parse(html, "http://society.people.com.cn/n1/2022/0608/c1008-32441234.html").author == "郑雪 黄悦"


def test_netease_closing_credit_over_the_pager() -> None:
    html = (
        "<html><head><title>老厂房变身文创园_网易新闻</title></head><body><div id='epContentLeft'>"
        "<h1>老厂房变身文创园</h1><div class='post_time_source'>2016-09-12 10:20:31　来源: "
        "<a id='ne_article_source' href='http://www.example.cn/'>成都商报</a></div>"
        "<div class='post_text' id='endText'>" + f"<p>{_TEXT}</p>" * 5 + "<p>（本文来源：成都商报 作者：吴敏）</p>"
        "<div class='ep-pages'><a href='/16/0912/10/B1.html'>上一页</a><a href='/16/0912/10/B1.html'>1</a>"
        "<span>2</span></div></div></div></body></html>"
    )
    assert _parse(html, "http://news.163.com/16/0912/10/B1_2.html").author == "吴敏"


def test_toutiao_2018_account_link_before_the_time() -> None:
    html = (
        "<html><head><title>老家的院子</title></head><body><div class='article-box'>"
        "<h1 class='article-title'>老家的院子</h1><div class='article-sub'>"
        "<a class='media-name' href='/c/user/61234567890/'>山里人家记事</a><span class='original'>原创</span>"
        "<span class='time'>2019-04-02 18:30:00</span></div>"
        "<div class='article-content'>" + f"<p>{_TEXT}</p>" * 5 + "</div></div></body></html>"
    )
    assert _parse(html, "https://www.toutiao.com/a6675432109876543210/").author == "山里人家记事"
