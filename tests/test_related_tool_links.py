"""A story's tool links and an app's deep-link page are never related items: 动易's row under the related list
(【发表评论】【告诉好友】【打印此文】, each a script with the story's id) and a mobile page's 打开XX 查看更多 link to
the app's applinks page (blind27's GBK police notice and 163's 2023 mobile page)."""

import pytest

from newscorpus.scrapers.linkshape import is_promo, never_story


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example-county.gov.cn/Article/SendMail.asp?ArticleID=5521",
        "http://www.example-county.gov.cn/Article/Print.asp?ArticleID=5521",
        "http://news.example-city.cn/printpage.php?id=88231",
        "http://www.example-school.edu.cn/addfavorite.jsp?newsid=120931",
    ],
)
def test_a_tool_script_is_never_a_story(url: str) -> None:
    assert never_story(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example-county.gov.cn/Article/jwdt/201512/3312.html",
        "http://news.example-city.cn/print/2019/0310/88231.html",  # a print edition's story, no tool script
        "http://www.example-school.edu.cn/printing-factory-opens.html",
    ],
)
def test_a_story_named_near_those_words_stays_one(url: str) -> None:
    assert not never_story(url)


def test_an_apps_deep_link_page_is_a_promotion() -> None:
    assert is_promo("打开新闻客户 查看更多", "https://m.example-news.com/newsapp/applinks.html?s=sps_more")
    assert not is_promo("城市更新行动推进会召开", "https://m.example-news.com/news/article/ABC123.html")
