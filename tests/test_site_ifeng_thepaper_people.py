"""ifeng, thepaper and people rules: older/other templates, credit lines and 下一页 pagination."""

from __future__ import annotations

from newscorpus.localfiles import parse_file

from .sitefixtures import byline, parse_fixture

PEOPLE_PAGE_1 = "http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html"


def test_ifeng_main_content_template(registry) -> None:
    article = parse_fixture(
        registry, "ifeng/main-content-2017.html", "https://news.ifeng.com/a/20170310/50771234_0.shtml"
    )
    assert article.parser == "ifeng" and not article.fell_back
    assert byline(article) == (
        "高铁新线开通 沿线城市迎来发展机遇",
        "2017-03-10T07:31:00+08:00",
        "赵敏 周宁",  # from the credit line opening the body, which is not a paragraph
        "中国新闻网",
        "张晓",
    )
    assert article.paragraphs == [
        "3月9日，一条连接东部沿海与中部腹地的高铁新线正式开通运营，沿线城市进入高铁时代。",
        "当地官员表示，高铁开通将带动旅游和物流产业发展，缩短与省会城市的时空距离。",
    ]


def test_thepaper_reporter_byline_and_related(registry) -> None:
    article = parse_fixture(
        registry, "thepaper/reporter-2019.html", "https://www.thepaper.cn/newsDetail_forward_4876543"
    )
    assert article.parser == "thepaper" and not article.fell_back
    assert byline(article)[1:] == ("2019-11-01T16:42:00+08:00", "王欣 李想", "澎湃新闻", "李菲")
    assert article.paragraphs == [
        "示范区执委会11月1日宣布，首批12个重点项目集中开工，总投资超过300亿元。",
        "这些项目涵盖交通、生态环境和公共服务等领域，将在两年内陆续建成。",
    ]
    assert [item.url for item in article.related] == [
        "https://www.thepaper.cn/newsDetail_forward_4800001",
        "https://www.thepaper.cn/newsDetail_forward_4800002",
    ]


def test_people_saved_page_links_to_page_two(registry, shared_pages) -> None:
    article = parse_file(shared_pages / "people/1.html", PEOPLE_PAGE_1, None, registry)
    assert article.next_page_url == "http://culture.people.com.cn/n1/2019/0615/c1013-31153719-2.html"
    assert not any(p.startswith("【") for p in article.paragraphs)  # page links are not story text


def test_people_last_page_has_no_next_page(registry) -> None:
    url = "http://culture.people.com.cn/n1/2019/0615/c1013-31153719-4.html"
    article = parse_fixture(registry, "people/last-page.html", url)
    assert article.next_page_url is None
    assert article.editor == "汤诗瑶 丁涛"
    assert len(article.paragraphs) == 2


def test_people_old_template_with_text_next_link(registry) -> None:
    url = "http://culture.people.com.cn/n/2014/0512/c22219-25001234.html"
    article = parse_fixture(registry, "people/p-content-2014.html", url)
    assert article.parser == "people" and not article.fell_back
    assert byline(article) == (
        "古村落保护迎来新机遇",
        "2014-05-12T08:30:00+08:00",
        None,
        "人民网－人民日报",
        "张三 李四",
    )
    assert article.next_page_url == "http://culture.people.com.cn/n/2014/0512/c22219-25001234-2.html"
    assert article.paragraphs == [
        "随着乡村旅游升温，越来越多的古村落重新进入人们的视野。",
        "专家建议，保护古村落要坚持整体保护，避免过度商业开发。",
    ]
