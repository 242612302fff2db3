"""A 网易号 post is known by the platform's notice closing it as well as by its ``/dy/article/`` URL: the 2019
posts lived at ``dy.163.com/v2/article/detail/…`` (blind28), and a saved page may come without its URL. Its
来源 account is then the author (README "accounts"), as on a ``/dy/article/`` post."""

from pathlib import Path

import pytest

from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_PAGES = Path(__file__).parent / "fixtures" / "bylines"


@pytest.mark.parametrize(
    ("page", "account"),
    [
        ("pages3/netease_hao_footer_notice.html", "城事观察局"),
        ("pages4/wangyi_hao_empty_source_2022.html", "车评老司机"),
    ],
)
@pytest.mark.parametrize("url", ["http://dy.163.com/v2/article/detail/EG5K2TQ40527D7PR.html", None])
def test_the_notice_makes_the_account_the_author(page: str, account: str, url: str | None) -> None:
    html = decode_html((_PAGES / page).read_bytes()).text
    article = parse_html(html, url, Registry.load())
    assert (article.author, article.source) == (account, None)
