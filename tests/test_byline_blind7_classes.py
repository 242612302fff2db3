"""Classes of byline misses learnt from session 6's first blind batch (blind7, tune material for byline-b7).

Each test is a hand-written line or page of the class (other names, wording and markup), never a copy of a
blind page: a person under 作者 co-writing with the 通讯员 after it, an English Date label, a wire's date code
after its closing editor credit, a credit bracket alone on its line, a caption's agency, a bracketed wire
dateline, a blog's name and an outlet's 网易号 account in a line, a name over 报道, 来源于 spaced, an account
named like an outlet on a platform's post, a site's channel after 来自, a mobile edition's brand, a 信息公开
index table above the headline, and a blog's owner named by the <title>.
"""

from __future__ import annotations

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：今年以来，本区持续推进农村公路提档升级，群众出行条件得到明显改善，相关工程仍在有序推进之中。</p>"
    for n in range(1, 7)
)


def _parse(html: str, url: str) -> Article:
    return parse_html(html, url, Registry.load())


def test_a_person_under_the_author_label_co_writes_with_the_reporters_after_it() -> None:
    assert parse_line("作者：李明 通讯员 张华 王芳").author == "李明 张华 王芳"
    assert parse_line("来源：某某区融媒体中心 作者：赵小刚 实习生 钱多多 【打印】").author == "赵小刚 钱多多"
    # An outlet under 作者 is still only the reporter's employer.
    assert parse_line("作者：新华社记者 张三").author == "张三"


def test_an_english_date_label_ends_the_author() -> None:
    assert parse_line("Author: Wang Lei  DATE: 2020-01-02").author == "Wang Lei"
    assert parse_line("Source: Xinhua  Date: 2020-01-02").source == "Xinhua"


def test_a_closing_editor_credit_before_a_wire_date_code_counts() -> None:
    story = "市府表示，將持續關注後續發展並適時調整相關措施，也呼籲民眾配合各項防疫規定，共同守護社區安全。"
    line = story + "（編輯：張小明）1120305"
    assert parse_line(line).editor == "張小明"
    # A long number after the bracket is no date code: the bracket does not close the line.
    assert parse_line(line.replace("1120305", "123456789012")).editor is None


def test_a_credit_bracket_alone_on_its_line() -> None:
    assert parse_line("（美聯社）").source == "美聯社"
    assert parse_line("（共同）").source == "共同"
    assert parse_line("【ソウル＝鈴木一郎】").author == "鈴木一郎"
    assert parse_line("（本期完）") == parse_line("")
    # A string opening with the credit, then text without a gap, is a story's opening cut before its full stop
    # (blind13 labels "【金沢＝X】能登半島…" so; byline-b13a). On a page a headline in a ranking list opening the
    # same way credits nobody: fixture bylines/pages2/jp_wire_lead_absent.
    assert parse_line("【ソウル＝鈴木一郎】韓国の輸出が回復").author == "鈴木一郎"


def test_a_short_sentence_before_an_agency_is_a_caption() -> None:
    assert parse_line("街头人潮涌动。（新华社）").source is None
    assert parse_line("港口方面表示，吞吐量保持稳定。（新华社）").source == "新华社"
    assert parse_line("来源：新华网（北京）").source == "新华网（北京）"


def test_a_bracketed_wire_dateline_names_its_agency() -> None:
    found = parse_line("（中央社記者林小華東京5日電）")
    assert (found.author, found.source) == ("林小華", "中央社")
    # Unbracketed too, since session 26 (every natural batch labels it so), but only where no label names the
    # source: a 来源 label anywhere around it wins.
    assert parse_line("新华社北京6月1日电（记者 王小五）").source == "新华社"
    assert parse_byline(["新华社北京6月1日电（记者 王小五）", "来源：光明日报"]).source == "光明日报"


def test_a_blog_name_and_an_outlet_account_in_a_line() -> None:
    assert parse_line("王小明的专栏").author == "王小明"
    outlet = parse_line("新京报 网易号 2021-03-02 10:00")
    assert (outlet.author, outlet.source) == (None, "新京报")
    account = parse_line("读书小站 网易号 2021-03-02 10:00")
    assert (account.author, account.source) == ("读书小站", None)


def test_a_name_over_or_before_reporting_credits_it() -> None:
    assert parse_byline(["李晓明", "报道", "发布 / 2022年3月1日 6:00 AM"]).author == "李晓明"
    assert parse_byline(["王小红 报道", "2022年3月1日"]).author == "王小红"
    assert parse_byline(["新华社 报道", "2022年3月1日"]).author is None


def test_a_spaced_laiyuanyu_opening_a_bar_part_labels_the_source() -> None:
    assert parse_line("2021-01-01 08:00 来源于 某某区委宣传部").source == "某某区委宣传部"
    assert parse_line("来源于网络").source is None
    assert parse_line("该数据来源于 国家统计局").source is None


def _account_post(account_href: str, notice: str) -> str:
    return (
        "<html><head><title>老街的故事_某网读书_某网</title></head><body>"
        '<div class="nav"><a href="//book.example-news.cn/">某网读书</a></div>'
        "<h1>老街的故事</h1>"
        f'<div class="bar"><a href="{account_href}">书香文化报社</a> <span>2021-05-06 09:10</span>'
        ' <span>来自：<a href="//book.example-news.cn/">某网读书</a></span></div>'
        f'<div class="content">{_STORY}</div><div class="foot">{notice}</div></body></html>'
    )


def test_an_account_named_like_an_outlet_on_a_platform_post_is_the_author() -> None:
    notice = "声明：以上内容为本网自媒体平台用户上传并发布，本平台仅提供信息存储空间服务。"
    page = _parse(
        _account_post("https://www.example-news.cn/account/home/7788123/", notice), "https://www.example-news.cn/c/x1"
    )
    # 来自 before the site's own channel says where the post lives: no source.
    assert (page.author, page.source) == ("书香文化报社", None)
    # Without the platform's notice an outlet-like name (报社: a bare 社 ending no longer looks like one, see
    # test_byline_clubs.py) is not read as an account.
    plain = _parse(
        _account_post("https://www.example-news.cn/account/home/7788123/", ""), "https://www.example-news.cn/c/x1"
    )
    assert plain.author is None


def test_a_mobile_editions_brand_beside_the_time_is_the_source() -> None:
    # The site's own name beside the time was its brand, no source, until session 27: the natural batches'
    # writers label it the source as shown, whatever names the site (its footer here).
    html = (
        "<html><head><title>本市地铁新线开通--某城网手机版</title></head><body><h1>本市地铁新线开通</h1>"
        "<div class='info'><em>某城网</em><em>2020-06-01 08:00</em></div>"
        f"<div class='txt'>{_STORY}</div><div class='footer'><p>某城网版权所有</p></div></body></html>"
    )
    assert _parse(html, "http://m.example-city.cn/n/2020/0601/1.html").source == "某城网"
    # Without the footer naming the site, the name is the source it reads as too.
    without_footer = html.replace("<p>某城网版权所有</p>", "<p>联系我们</p>")
    assert _parse(without_footer, "http://m.example-city.cn/n/2020/0601/1.html").source == "某城网"


def _gov_page(title_cell: str) -> str:
    rows = (
        "<tr><td>索 引 号：</td><td>000000/2021-00012</td><td>主题分类：</td><td>工作通知</td></tr>"
        "<tr><td>发布机构：</td><td>某某县水利局</td><td>成文日期：</td><td>2021-03-01</td></tr>"
        f"<tr><td>{title_cell}</td><td colspan='3'>关于做好汛期安全工作的通知</td></tr>"
    )
    return (
        "<html><head><title>关于做好汛期安全工作的通知</title></head><body>"
        f"<table class='xxgk'>{rows}</table><div class='article'><h2>关于做好汛期安全工作的通知</h2>"
        f"<div class='meta'>发布日期：2021-03-02 浏览次数：88</div><div class='text'>{_STORY}</div></div></body></html>"
    )


def test_an_index_table_above_the_headline_credits_its_unit() -> None:
    assert _parse(_gov_page("标　　题："), "http://www.example-county.gov.cn/xxgk/1.html").source == "某某县水利局"
    # A table whose last row is no title cell is not the page's index table.
    assert _parse(_gov_page("备　　注："), "http://www.example-county.gov.cn/xxgk/1.html").source is None


def _blog(title: str, header: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='blog-head'>{header}</div>"
        "<div class='post'><div class='post-title'>秋日登山小记</div><div class='date'>2016-10-08 21:03</div>"
        f"<div class='post-body'>{_STORY}</div></div></body></html>"
    )


def test_a_blog_owner_named_by_the_title_and_shown_by_the_page() -> None:
    shown = _blog("秋日登山小记 - 李四 - 某某博客", "<a href='/lisi/'>李四的专栏</a>")
    assert _parse(shown, "https://blog.example-blogs.cn/lisi/p/1.html").author == "李四"
    linked = _blog("秋日登山小记_王五_某某博客", "<a href='https://blog.example-blogs.cn/u/100200'>王五</a>")
    assert _parse(linked, "https://blog.example-blogs.cn/s/2.html").author == "王五"
    # A channel between headline and site, linked to its front, names nobody.
    channel = _blog("秋日登山小记_国内_某某网", "<a href='/guonei/'>国内</a>")
    assert _parse(channel, "https://www.example-blogs.cn/guonei/3.html").author is None


def test_a_platform_before_the_account_names_the_account() -> None:
    assert parse_byline(["2019年06月02日 09:15 新浪看点 家常菜研究所"]).author == "家常菜研究所"
    assert parse_byline(["2019年06月02日 09:15", "新浪看点", "家常菜研究所"]).source is None
    # The platform alone names nobody and is no outlet.
    assert parse_byline(["2019年06月02日 09:15 新浪看点"]) == parse_byline([])


def test_a_name_with_its_post_in_brackets_is_an_opinion_writer() -> None:
    assert parse_line("李明（中国人民大学经济学院教授）").author == "李明"
    assert parse_line("王芳（某证券首席经济学家）").author == "王芳"
    assert parse_line("张三（右）").author is None
    assert parse_line("北京大学（教授）").author is None


_ANSWER = (
    "<p>谢邀。我是工作以后才开始学做饭的，从完全不会到能做一桌菜，大概用了半年时间，说几点自己的体会。</p>"
    "<p>第一，先从最简单的家常菜开始，比如番茄炒蛋、青椒土豆丝，材料便宜，失败了也不心疼，关键是把火候练熟。</p>"
    "<p>第二，买一本靠谱的菜谱或者固定看一两个博主，按步骤一样一样来，盐和糖的用量先照着放，熟练以后再凭感觉调整。</p>"
    "<p>第三，每周固定做几次，哪怕只做一个菜。做饭是手艺活，隔得太久就会手生，坚持下来自然越做越顺手。</p>"
)


def test_an_answer_names_its_writer_by_its_own_microdata() -> None:
    answer = (
        '<div class="answer" itemscope itemtype="http://schema.org/Answer">'
        '<div class="who" itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<meta itemprop="name" content="山间小路"><a href="/people/shanjian">山间小路</a></div>'
        f'<div class="text" itemprop="text">{_ANSWER}</div></div>'
    )
    html = (
        "<html><head><title>如何开始学做饭？ - 某问答</title></head><body><h1>如何开始学做饭？</h1>"
        "<div class='detail'>想学做饭，不知道从哪里开始，有什么推荐的入门方法吗？</div>"
        f"{answer}</body></html>"
    )
    assert _parse(html, "https://www.example-qa.cn/question/1/answer/2").author == "山间小路"
    # Declared only in metadata, never shown as text: not read.
    hidden = html.replace('<a href="/people/shanjian">山间小路</a>', "")
    assert _parse(hidden, "https://www.example-qa.cn/question/1/answer/2").author is None


def test_site_rules_keep_the_account_and_drop_the_employer() -> None:
    card = (
        '<div class="wrap-a1"><div class="h-x"><a href="https://author.baidu.com/home?app_id=1234567890">'
        '<img class="c9" src="https://pic.example.cn/bjh/user/abc.jpeg"></a><div class="n-y">'
        '<a href="https://author.baidu.com/home?app_id=1234567890"><p class="q1">乡村振兴观察员</p></a>'
        "<span>2021-04-02 10:00</span></div></div></div>"
    )
    html = (
        "<html><head><title>秋收时节</title></head><body><div class='t-1'><div>秋收时节</div></div>"
        f"{card}<div data-testid='article'>{_STORY}</div></body></html>"
    )
    assert _parse(html, "https://baijiahao.baidu.com/s?id=1690000000000000001").author == "乡村振兴观察员"
    paper = (
        "<html><head><title>城中村改造调查</title></head><body><h1 class='news_title'>城中村改造调查</h1>"
        "<div class='news_about'><p>澎湃新闻记者 周一鸣 实习生 吴可</p><p>2019-05-06 08:00</p></div>"
        f"<div class='news_txt'>{_STORY}</div></body></html>"
    )
    found = _parse(paper, "https://www.thepaper.cn/newsDetail_forward_3456789")
    assert (found.author, found.source) == ("周一鸣 吴可", None)
