"""A rule's shown date alone does not override the time of day its page data gave for the same day: WeChat's
``#publish_time`` shows ``2020-06-08`` in a saved page, its ``var ct`` the second of publication (blind27's and
blind30's saved 公众号 articles, written apart, were both dated 00:00). Another day's shown date still wins."""

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rulefields import with_time

_PARA = "今年的稻子比往年早熟了半个月，村里的合作社提前联系好了收割机，天一放晴就下田，争取在雨季前把粮食收回来。"
_PAGE = f"""<html><head><meta charset="utf-8"><title>稻子熟了</title></head><body>
<div id="img-content"><h2 class="rich_media_title" id="activity-name">稻子熟了</h2>
<div id="meta_content"><span id="js_name">田间地头</span><em id="publish_time">2021-09-03</em></div>
<div class="rich_media_content" id="js_content"><p>{_PARA}</p><p>{_PARA}</p><p>{_PARA}</p></div></div>
<script>var ct = "1630647000";</script></body></html>"""


def test_the_page_datas_time_of_that_day_wins() -> None:
    article = parse_html(_PAGE, "https://mp.weixin.qq.com/s/AbCdEf123456", Registry.load())
    assert article.published_at == "2021-09-03T13:30:00+08:00"


@pytest.mark.parametrize(
    ("shown", "prepared", "expected"),
    [
        ("2021-09-03T00:00:00+08:00", "2021-09-03T13:30:00+08:00", "2021-09-03T13:30:00+08:00"),
        ("2021-09-02T00:00:00+08:00", "2021-09-03T13:30:00+08:00", "2021-09-02T00:00:00+08:00"),  # another day
        ("2021-09-03T08:00:00+08:00", "2021-09-03T13:30:00+08:00", "2021-09-03T08:00:00+08:00"),  # a shown time
        (None, "2021-09-03T13:30:00+08:00", "2021-09-03T13:30:00+08:00"),
    ],
)
def test_with_time(shown: str | None, prepared: str, expected: str) -> None:
    assert with_time(shown, prepared) == expected
