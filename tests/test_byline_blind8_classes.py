"""Classes of byline misses learnt from session 6's second blind batch (blind8, tune material for byline-b8).

Each test is a hand-written line or page of the class (other names, wording and markup), never a copy of a
blind page: a department or a school class printed before a writer's name, a two-character name padded with
a space in a reporter list, the bar's font-size and publish buttons and a trailing middle dot after the
names, a rule's editor elements, a counter as source, a
澎湃号 post's account card, a name over a Latin outlet's post and a 大风号 account.
"""

from __future__ import annotations

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：近日，本市多个街道启动老旧小区改造，加装电梯、整修管网等工程陆续开工，居民生活条件逐步改善。</p>"
    for n in range(1, 7)
)


def _parse(html: str, url: str) -> Article:
    return parse_html(html, url, Registry.load())


def test_a_department_before_a_reporter_is_no_name() -> None:
    assert parse_line("（通讯员 刘海燕 眼科 陈建国）").author == "刘海燕 陈建国"
    assert parse_line("通讯员 骨科 王丽 妇产科 赵敏").author == "王丽 赵敏"
    # A two-character name ending in 科 is a person.
    assert parse_line("记者 李科 王五").author == "李科 王五"


def test_a_school_class_before_the_writer_is_no_name() -> None:
    assert parse_line("文字：高一年级 孙雨桐 摄影：宣传组").author == "孙雨桐"
    assert parse_line("作者：初三2班 周子涵").author == "周子涵"
    assert parse_line("作者：五年级 吴悦").author == "吴悦"


def test_a_padded_name_in_a_reporter_list_is_one_name() -> None:
    assert parse_line("作者：记者 黄 河 通讯员 孟 佳").author == "黄河 孟佳"
    assert parse_line("（记者 何 平 通讯员 张小东）").author == "何平 张小东"
    # Three lone characters in a row are the font-size switch, not a name.
    assert parse_line("记者 丁一凡 林晓 大 中 小").author == "丁一凡 林晓"


def test_the_bars_buttons_and_a_trailing_dot_end_the_names() -> None:
    assert parse_line("作者：记者 马骏 通讯员 袁青 字号").author == "马骏 袁青"
    assert parse_line("記者 張家豪 發佈").author == "張家豪"
    assert parse_line("作者：何嘉欣·").author == "何嘉欣"
    assert parse_line("编辑：王芳 字体").editor == "王芳"


def test_an_empty_higher_editor_label_does_not_take_a_heading_over_a_named_editor() -> None:
    assert parse_byline(["编辑：宋佳　责任编辑：", "猜你喜欢"]).editor == "宋佳"
    assert parse_byline(["编辑：宋佳", "责任编辑：", "热门排行"]).editor == "宋佳"
    # A person under the higher label still outranks the plain editor.
    assert parse_byline(["编辑：宋佳　责任编辑：", "郑凯"]).editor == "郑凯"


def _rule_page(tail: str) -> str:
    return (
        "<html><head><title>某地推进数字政务</title></head><body><div class='h-title'>某地推进数字政务</div>"
        "<div class='h-info'><span class='h-time'>2018-04-02 09:30:00</span>"
        "<span>来源： <em id='source'>新华网</em></span></div>"
        f"<div id='p-detail'><div class='main-aticle'>{_STORY}</div>{tail}</div></body></html>"
    )


def test_a_rules_dropped_element_inside_the_body_gives_its_editor() -> None:
    url = "http://www.xinhuanet.com/local/2018-04/02/c_1122624000.htm"
    assert _parse(_rule_page("<div class='p-tags'>【责任编辑：宋佳 】</div>"), url).editor == "宋佳"
    # Story text in a dropped element credits no editor.
    assert _parse(_rule_page("<div class='p-tags'>数字政务 改革</div>"), url).editor is None


def test_a_rules_editor_selector_skips_an_element_naming_no_editor() -> None:
    html = (
        "<html><head><title>沪深两市震荡</title></head><body><h1 class='main-title'>沪深两市震荡</h1>"
        "<div class='date-source'><span class='date'>2021年03月04日 15:04</span></div>"
        f"<div class='article' id='artibody'>{_STORY}<p class='article-editor'>（文章来源：某某证券报）</p>"
        "<p class='show_author'>责任编辑：郑凯 </p></div></body></html>"
    )
    assert _parse(html, "https://finance.sina.com.cn/stock/2021-03-04/doc-ikftssaa1234567.shtml").editor == "郑凯"


def test_a_counter_in_the_sources_element_is_no_outlet() -> None:
    assert parse_line("来源：12").source is None
    html = (
        "<html><head><title>本市新增口袋公园</title></head><body><h1 class='news_title'>本市新增口袋公园</h1>"
        "<div class='news_about'><p>澎湃新闻记者 邱一鸣</p><p>2018-09-01 10:20&nbsp;来源：澎湃新闻\n"
        "<span><a class='like' href='javascript:void(0)'>37</a></span></p></div>"
        f"<div class='news_txt'>{_STORY}</div></body></html>"
    )
    found = _parse(html, "https://www.thepaper.cn/newsDetail_forward_2400001")
    assert (found.author, found.source) == ("邱一鸣", "澎湃新闻")


def _hao_post(source_line: str) -> str:
    notice = "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，澎湃新闻仅提供信息发布平台。"
    return (
        "<html><head><title>社区开展消防演练</title></head><body><h1>社区开展消防演练</h1>"
        "<div class='head'><span class='ico'><a href='/gov_51234'><img class='avatar' src='/img/51234.jpg'></a></span>"
        "<span class='nm'><a href='/gov_51234'>幸福街道</a></span>"
        f"<p class='about'>2022-03-04 09:00 {source_line}</p></div>"
        f"<div class='news_txt'>{_STORY}<p>{notice}</p></div></body></html>"
    )


def test_a_hao_posts_account_card_names_its_author_without_a_labelled_source() -> None:
    url = "https://www.thepaper.cn/newsDetail_forward_16800001"
    found = _parse(_hao_post("澎湃号·政务"), url)
    assert (found.author, found.source) == ("幸福街道", None)
    # A labelled 来源 stands and credits no account (the real labelled thepaper page).
    found = _parse(_hao_post("来源：澎湃新闻·澎湃号·政务"), url)
    assert found.source == "澎湃新闻·澎湃号·政务"


def test_a_transliterated_name_over_a_latin_outlets_post_wrote_the_story() -> None:
    assert parse_byline(["约翰·史密斯", "CNN驻京记者", "2020年 3月 2日"]).author == "约翰·史密斯"
    assert parse_byline(["玛丽·安·布朗 BBC经济编辑", "2020年 3月 2日"]).author == "玛丽·安·布朗"
    # A Chinese name over a bare editor's post is no writer.
    assert parse_byline(["张三", "责任编辑", "2020年 3月 2日"]).author is None


def _dafeng_page(tag: str) -> str:
    return (
        "<html><head><meta property='og:site_name' content='凤凰网'><title>宋代的茶馆</title></head><body>"
        "<div class='topic-a1'><h1>宋代的茶馆</h1></div><div class='info-b2'><div class='time-c3'>"
        "<span class='source-d4'><a href='https://ishare.ifeng.com/mediaShare/home/998877/media'>茶话古今</a></span>"
        f"<span class='dafeng-e5'>{tag}</span><span>2021-02-03 08:09:10</span></div></div>"
        f"<div class='main_content-f6'><div class='text-g7'>{_STORY}</div></div></body></html>"
    )


def test_a_dafeng_posts_account_is_its_author_not_a_source() -> None:
    url = "https://ishare.ifeng.com/c/s/8AbCdEfGh12"
    found = _parse(_dafeng_page("大风号"), url)
    assert (found.author, found.source) == ("茶话古今", None)
