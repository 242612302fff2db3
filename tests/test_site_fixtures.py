"""Site rules on hand-written pages of template variants no saved page covers (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus.localfiles import parse_file
from newscorpus.models import Article
from newscorpus.scrapers.registry import Registry

from .conftest import FIXTURES
from .sitefixtures import parse_fixture


def parse(registry: Registry, name: str, url: str | None) -> Article:
    article = parse_fixture(registry, name, url)
    assert not article.fell_back, "the site rule found no body and the generic extractor took over"
    return article


def test_huanqiu_2020_template(registry: Registry) -> None:
    article = parse(registry, "huanqiu/article-2020.html", "https://world.huanqiu.com/article/40AbCdEfGhJ")
    assert article.parser == "huanqiu"
    assert article.title == "中国代表在联合国呼吁加强全球粮食安全合作"
    assert article.published_at == "2020-10-16T09:41:00+08:00"
    assert (article.author, article.source, article.editor) == ("王晓", "环球网", "刘洋")
    assert article.paragraphs[0].startswith("【环球网报道 记者 王晓】当地时间15日")
    assert article.paragraphs[-1].startswith("他指出，中国将继续通过南南合作")
    assert len(article.paragraphs) == 3, "the photo caption 资料图 and the 责编 line are not story text"
    assert [(r.title, r.url) for r in article.related] == [
        ("联合国粮农组织：全球饥饿人口可能增加", "https://world.huanqiu.com/article/40AbCdEfGhI"),
        ("世界粮食计划署获颁诺贝尔和平奖", "https://world.huanqiu.com/article/40XyZaBcDeF"),
    ]


def test_huanqiu_2019_exclusive_template(registry: Registry) -> None:
    url = "http://world.huanqiu.com/exclusive/2019-07/15123455.html"
    article = parse(registry, "huanqiu/exclusive-2019.html", url)
    assert article.title == "外媒：多国航空公司恢复国际航线"
    assert article.published_at == "2019-07-08T07:09:00+08:00"
    assert (article.author, article.source, article.editor) == ("李明 张华", "环球时报", "王莉")
    assert len(article.paragraphs) == 3
    assert not any("机场客流量" in p for p in article.paragraphs), "the in-body 相关新闻 box leaked into the story"
    assert [r.title for r in article.related] == ["欧洲多国机场客流量回升", "亚洲航空市场出现复苏迹象"]


def test_xinhuanet_newscn_template_splits_time_into_spans(registry: Registry) -> None:
    article = parse(registry, "xinhuanet/newscn-2021.html", "http://www.news.cn/tech/2021-08/20/c_1127777777.htm")
    assert article.parser == "xinhuanet"
    assert article.title == "我国科研团队在量子计算领域取得新进展"
    assert article.published_at == "2021-08-20T10:12:02+08:00"
    assert (article.author, article.source, article.editor) == ("徐海涛 戴威", "新华网", "王珏")
    assert len(article.paragraphs) == 2


def test_toutiao_2021_template_drops_captions_and_credit(registry: Registry) -> None:
    article = parse(registry, "toutiao/article-2021.html", "https://www.toutiao.com/article/6980000000000000000/")
    assert article.title == "城市夜经济持续升温"
    assert article.published_at == "2021-07-03T18:20:00+08:00"
    # the 头条号 account beside its writer published the post: no source (since session 26)
    assert (article.author, article.source) == ("周明", None)
    assert [p[:4] for p in article.paragraphs] == ["入夏以来", "业内人士"]


def test_baijiahao_react_template(registry: Registry) -> None:
    article = parse(registry, "baijiahao/react-2021.html", "https://baijiahao.baidu.com/s?id=1701234567890123456")
    assert article.title == "新能源汽车下乡活动启动"
    assert article.published_at == "2021-06-01T09:30:00+08:00"
    assert (article.author, article.source) == ("汽车视界", None)  # the 百家号 account is the author
    assert len(article.paragraphs) == 2
    assert [r.title for r in article.related] == ["农村充电桩建设提速"]


def test_guancha_column_has_author_and_only_title_links_as_related(registry: Registry) -> None:
    article = parse(registry, "guancha/column.html", "https://www.guancha.cn/ZhangSan/2020_05_20_551234.shtml")
    assert (article.author, article.source, article.editor) == ("张三", "观察者网", "李四")
    assert article.published_at == "2020-05-20T08:05:11+08:00"
    assert [(r.title, r.url) for r in article.related] == [
        ("产业链外迁的真实图景", "https://www.guancha.cn/economy/2020_05_19_551200.shtml?s=zwyxgtjbt")
    ]


def test_wechat_time_from_page_data_and_credit_lines_removed(registry: Registry) -> None:
    article = parse(registry, "wechat/credits.html", "https://mp.weixin.qq.com/s/AbCdEf")
    assert article.parser == "wechat"
    assert article.title == "一周科技速览"
    assert article.published_at == "2020-09-13T20:26:40+08:00"  # var ct = 1600000000
    assert (article.author, article.source) == ("李想", None)  # the 公众号 beside its writer: no source
    assert article.paragraphs[-1].startswith("与此同时"), "closing credit lines are not story text"
    assert len(article.paragraphs) == 2


# demo/ is a whole portal, extract/ holds generic-extractor failure classes and titles/ headline shapes
# of many made-up sites: none is one site.
@pytest.mark.parametrize(
    "path", sorted(p for p in FIXTURES.glob("*/*.html") if p.parent.name not in ("demo", "extract", "titles"))
)
def test_fixture_reaches_its_site_rule_without_url(path: Path, registry: Registry) -> None:
    assert parse_file(path, None, None, registry).site == path.parent.name
