"""Classes the natural batch blind81n showed once flipped to tune (writers who never read the README, given only
issue 13's field meanings), as hand-written variants in other wordings and markup: never a copy of a blind page or
string. Each test names its class; each has controls that must keep reading as before.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


def _post(closing: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>县城充电桩建设提速</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/auto/'>汽车</a></div>"
        "<div class='article'><h1>县城充电桩建设提速</h1><div class='info'>2021-05-18 10:20 来源：江城晚报</div>"
        f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p><p>（本文作者：钟一鸣）</p></div>"
        f"{closing}<div class='foot'>版权所有 江城晚报</div></body></html>"
    )


@pytest.mark.parametrize(
    ("closing", "editor"),
    [
        # An empty 责任编辑 closing the story, the readers' section heading right under it: nobody edited by that name.
        ("<div class='tail'>责任编辑：</div><h3>全部评论</h3><div class='cmt'>暂无评论</div>", None),
        ("<div class='tail'>责任编辑：</div><div class='cmt-head'>网友评论（3）</div>", None),
        ("<div class='tail'>责任编辑：</div><div class='cmt-head'>热门评论</div>", None),
        # Control: the name in the next element is the editor's.
        ("<div class='tail'>责任编辑：</div><div>蒋晓岚</div><h3>全部评论</h3>", "蒋晓岚"),
    ],
)
def test_a_comments_heading_under_an_empty_editor_label_is_no_editor(
    closing: str, editor: str | None, registry: Registry
) -> None:
    article = parse_html(_post(closing), "https://auto.jcwb.test/2021/05/18/a123.html", registry)
    assert article.editor == editor


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # 记者 glued to an adverb and a reporting verb is prose, not a reporter's name.
        ("又讯 记者同时获悉，邻市也将提前供暖。", None),
        ("记者随后了解到，该路段将于下月通车。", None),
        ("记者昨日走访发现，多家药店已经补货。", None),
        ("记者已经注意到，相关通知已撤下。", None),
        # Controls: a reporter's name glued to 记者, and a name that starts as such an adverb does not.
        ("（记者 同文华）", "同文华"),
        ("本报记者 何同时", "何同时"),
    ],
)
def test_an_adverb_and_a_reporting_verb_after_the_reporter_label_name_nobody(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        # A CMS printing the login and the person's name in brackets: the person.
        ("责任编辑：zwgk_li(李晓燕)", None, "李晓燕"),
        ("【责任编辑：web01（黄海）】", None, "黄海"),
        ("作者：dxw_wang（王德兴）　来源：县融媒体中心", "王德兴", None),
        # Controls: a login alone stays as shown; brackets holding no person's name are a note.
        ("责任编辑：zwgk_li", None, "zwgk_li"),
        ("作者：dxw_wang（本站）", "dxw_wang", None),
    ],
)
def test_a_login_with_the_person_s_name_in_brackets_is_that_person(
    line: str, author: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A writer's credit that needs a separator, set off by a space before a surname-led name alone.
        ("编译 周子墨", "周子墨"),
        ("（编译 许文华）", "许文华"),
        ("整理 何晓光", "何晓光"),
        ("文 陈一舟 图 刘思远", "陈一舟"),
        # Controls: prose after the same words, and the separated forms as before.
        ("编译 工作由外包团队完成", None),
        ("文 章来源于网络", None),
        ("编译：周子墨", "周子墨"),
        ("文 / 周子墨", "周子墨"),
    ],
)
def test_a_writer_credit_set_off_by_a_space_names_the_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        # The editor's label joined with a checking role: one person edited and checked.
        ("编辑/审核：邓小川", "邓小川"),
        ("责任编辑、校对：邓小川", "邓小川"),
        ("编辑 / 排版：邓小川", "邓小川"),
        # Controls: the checking role alone is no editor; two labels, two people.
        ("校对：邓小川", None),
        ("编辑：邓小川 校对：沈青", "邓小川"),
    ],
)
def test_an_editor_label_joined_with_a_checking_role_is_the_editor_s(line: str, editor: str | None) -> None:
    assert parse_line(line).editor == editor


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        # An English-language credit line's reporter or writer label.
        ("Reporter: Lin Qiao | Editor: Wu Dan", "Lin Qiao", "Wu Dan"),
        ("Writer: 林乔", "林乔", None),
        ("REPORTER: LIN QIAO", "LIN QIAO", None),
        # Controls: the word inside a sentence is no label.
        ("The reporter said the match was delayed.", None, None),
        ("Editor: Wu Dan", None, "Wu Dan"),
    ],
)
def test_an_english_reporter_or_writer_label_names_the_writer(
    line: str, author: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # phpBB 3's post header in Chinese: by the poster, the mark, the time.
        ("由 山居岁月 » 2011-03-02 21:15", "山居岁月"),
        ("由 老猫 » 2009年5月1日 08:00", "老猫"),
        ("由 江南雨 › 2013-07-19 11:02", "江南雨"),
        # Controls: an administrator's login, an outlet, and prose after 由.
        ("由 admin » 2011-03-02 21:15", None),
        ("由此 » 2011", None),
    ],
)
def test_a_phpbb_post_header_names_its_poster(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A self-media post's meta line with the region the platform prints as 发布于.
        ("山海食记 2021-03-09 18:40 发布于福建", "山海食记"),
        ("山海食记 2021-03-09 18:40 发布于福建 优质美食领域创作者", "山海食记"),
        ("山海食记 2021-03-09 18:40 發佈於臺灣", "山海食记"),
        # Controls: the 发表于 form as before; a handle and a time alone stay unread (a commenter looks the same).
        ("山海食记 2021-03-09 18:40 发表于福建", "山海食记"),
        ("山海食记 2021-03-09 18:40", None),
    ],
)
def test_a_self_media_meta_line_with_the_posting_region_names_the_account(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A reprint notice's writer clause closed by a semicolon, its writers after a space.
        ("编者按：本文来自微信公众号“江湖观察”（ID：jhgc），作者 何一川、苏木；某某网经授权发布。", "何一川 苏木"),
        ("本文来自微信公众号“江湖观察”，作者：何一川；经授权发布。", "何一川"),
        # Control: the comma as before.
        ("本文来自微信公众号“江湖观察”，作者：何一川，经授权发布。", "何一川"),
    ],
)
def test_a_reprint_notice_s_writer_clause_may_close_with_a_semicolon(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_reposted_account_story_credits_its_writers_and_the_account_as_source(registry: Registry) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>县域咖啡馆的生意经</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/tech/'>科技</a></div>"
        "<div class='article'><h1>县域咖啡馆的生意经</h1>"
        "<div class='author-bar'><a href='/user/9'>江湖观察</a> · 2019-09-02</div>"
        "<p>编者按：本文来自微信公众号“江湖观察”（ID：jhgc），作者 何一川、苏木；某某网经授权发布。</p>"
        f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div></body></html>"
    )
    article = parse_html(page, "https://www.kr.test/p/5082001.html", registry)
    assert (article.author, article.source) == ("何一川 苏木", "江湖观察")


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        # 责任编辑 outranks an intern editor's label, though the name opens with a surname that mostly starts words.
        ("见习编辑：许诺　责任编辑：安宁", "安宁"),
        ("实习编辑：许诺 责任编辑：时雨", "时雨"),
        # Controls: a sidebar heading after an empty-looking label never outranks the named editor.
        ("编辑：许诺 责任编辑：热门推荐", "许诺"),
        ("实习编辑：许诺", "许诺"),
    ],
)
def test_the_responsible_editor_outranks_an_intern_editor(line: str, editor: str) -> None:
    assert parse_line(line).editor == editor


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A report's media credits after the writers close the writers' list.
        ("记者 唐可欣 视频 蒋涛", "唐可欣"),
        ("记者 唐可欣 周游 剪辑 蒋涛", "唐可欣 周游"),
        ("记者 唐可欣 海报 蒋涛", "唐可欣"),
        # Control: two reporters.
        ("记者 唐可欣 蒋涛", "唐可欣 蒋涛"),
    ],
)
def test_a_media_credit_after_the_reporters_closes_their_list(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # A forum post's device note: an outlet's ending with no name before it is no outlet.
        ("发表于 2019-3-2 09:10 | 来自 iPhone 客户端", None),
        ("2019-3-2 09:10 来自 Android 客户端", None),
        # Controls: an outlet's own client, an outlet opening with an ending's word.
        ("来源：新湖南客户端", "新湖南客户端"),
        ("来源：新闻晨报", "新闻晨报"),
    ],
)
def test_a_bare_client_is_no_outlet(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A platform's tag, the time, the handle, then its follow button.
        ("百家号 05-02 10:15 数码小当家 关注", "数码小当家"),
        ("企鹅号 数码小当家 关注", "数码小当家"),
        # Control: without the button, as before.
        ("百家号 05-02 10:15 数码小当家", "数码小当家"),
    ],
)
def test_a_platform_tag_line_may_end_with_the_follow_button(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_gallery_told_only_by_credited_descriptions_keeps_them_as_the_story(registry: Registry) -> None:
    # Each photo's description closes with its photographer's credit, under a heading of the gallery's own:
    # with no sentence of the story besides them, the descriptions are the story, not captions to drop.
    descriptions = [
        "5月3日，游客在湖边栈道上观赏盛开的杜鹃花，花海连绵数里。（郑远 摄）",
        "当天，景区迎来入园高峰，工作人员在各路口引导游客有序通行。（郑远 摄）",
        "据景区介绍，今年杜鹃花期比往年提前一周，最佳观赏期持续到月底。（郑远 摄）",
    ]
    page = (
        "<html><head><meta charset='utf-8'><title>湖畔杜鹃花开 游客赏花忙_网易新闻</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> &gt; <a href='/photo/'>新闻图片</a></div>"
        "<div class='headline'><h1>湖畔杜鹃花开 游客赏花忙</h1>"
        "<span>2019-05-04 09:10:00</span> <span>来源：新华网</span></div>"
        "<div class='photo'><img src='/p/1.jpg'><a href='#'>上一张</a> 1/3 <a href='#'>下一张</a></div>"
        "<div class='desc'><h2>图集说明</h2>"
        + "".join(f"<p>{text}</p>" for text in descriptions)
        + "</div><div class='rank'><h3>图片排行</h3><ol><li><a href='/photo/2.html'>另一组图片</a></li></ol></div>"
        "</body></html>"
    )
    article = parse_html(page, "https://news.example163.test/photoview/00AP0001/1234.html", registry)
    assert article.paragraphs == descriptions


def test_a_title_led_by_the_site_s_name_still_names_the_story_s_topic(registry: Registry) -> None:
    # The <title> opens with the site's own name, which a sidebar of short lines repeats; the story never does.
    # The headline segment, printed as a line on the page, is the topic: the story is on it, the sidebar is not.
    story = [
        "本会于五月九日母亲节主日礼拜后举办感恩爱宴，约有一百二十位会友参加，场面温馨热闹。",
        "儿童主日学的小朋友们首先献诗，稚嫩的歌声让许多妈妈红了眼眶，青年团契也演出了短剧。",
        "活动最后，妇女团契准备了丰盛的爱宴，每位母亲都收到一朵康乃馨和一张手工卡片。",
    ]
    page = (
        "<html><head><meta charset='utf-8'><title>青石恩典长老教会 - 教会消息 - 母亲节感恩爱宴温馨举行</title></head>"
        "<body><div id='wrapper'><div id='header'><img src='logo.gif' alt='基督长老教会 青石恩典教会'></div>"
        "<div id='left'><div class='lefttitle'>聚会时间</div><ul><li>主日礼拜：周日 上午10:00</li>"
        "<li>祷告会：周三 晚上7:30</li><li>青年团契：周六 下午3:00</li></ul><div class='lefttitle'>奉献资讯</div>"
        "<p>邮政划拨：01234567<br>户名：台湾基督长老教会青石恩典教会</p></div>"
        "<div id='main'><div class='path'>首页 &gt; <a href='news.php'>教会消息</a> &gt; 活动报导</div><table>"
        "<tr><td>标题</td><td><h2>母亲节感恩爱宴温馨举行</h2></td></tr><tr><td>日期</td><td>2010/05/11</td></tr>"
        "<tr><td colspan='2'>" + "".join(f"<p>{text}</p>" for text in story) + "</td></tr>"
        "<tr><td>浏览</td><td>312 次</td></tr></table></div></div>"
        "<div id='footer'>基督长老教会 青石恩典教会 地址：青石市东区光复路312号</div></body></html>"
    )
    article = parse_html(page, "https://www.qingshi-church.test/news/show.asp?id=88", registry)
    assert article.paragraphs == story


def test_a_best_answer_badge_inline_with_its_answerer_and_stamp_names_both(registry: Registry) -> None:
    # The badge, the answerer's handle and the stamp are inline elements the walk joins into one line.
    page = (
        "<html><head><meta charset='utf-8'><title>猫咪不吃饭怎么办_问答</title></head><body>"
        "<div class='crumb'><a href='/'>首页</a> &gt; 宠物</div><div class='q'><h1>猫咪不吃饭怎么办？</h1>"
        "<p>家里的猫两天没怎么吃东西了，精神还行，需要去医院吗？</p>"
        "<span>提问者：喵星人2018</span> <span>2020-03-02 20:10</span></div>"
        "<div class='best'><span class='badge'>最佳答案</span><a class='user' href='/u/88'>橘猫守护者</a>"
        "<span class='time'>2020-03-02 21:45</span>"
        f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div>"
        "<div class='other'><h3>其他回答</h3><p>带去看看吧。</p></div></body></html>"
    )
    article = parse_html(page, "https://www.wenda.test/q/12345.html", registry)
    assert (article.author, article.published_at) == ("橘猫守护者", "2020-03-02T21:45:00+08:00")


def _health_qa(answers: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>孩子晚上咳嗽怎么办_健康问答</title></head><body>"
        "<div class='crumb'><a href='/'>首页</a> &gt; 儿科</div><h1>孩子晚上咳嗽怎么办</h1>"
        "<div class='ask'><span>提问者：匿名用户</span><span>提问时间：2016-11-02 20:05</span>"
        "<p>病情描述：孩子三岁，白天还好，一到晚上就咳嗽，没有发烧，需要吃药吗？</p></div>"
        f"{answers}<div class='foot'>免责声明：以上回答仅供参考</div></body></html>"
    )


_ANSWER_TEXT = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("answers", "author"),
    [
        # A doctor's card (name, professional title, hospital) opening the first answer, no best-answer badge.
        (
            "<div class='ans'><div class='doc'><b>周雅琴</b><span>副主任医师</span><span>市儿童医院 呼吸科</span></div>"
            f"<span>回答时间：2016-11-02 21:30</span>{_ANSWER_TEXT}</div>",
            "周雅琴",
        ),
        # The card printed over the badge.
        (
            "<div class='ans'><div class='doc'><b>周雅琴</b><span>主治医师</span><span>市儿童医院</span></div>"
            f"<div class='badge'>最佳答案</div>{_ANSWER_TEXT}<span>2016-11-02 21:30</span></div>",
            "周雅琴",
        ),
        # The card opening the badge's block, the next answer's card right after its stamp.
        (
            "<div class='ans'><div class='badge'>最佳答案</div>"
            f"<div class='doc'><b>周雅琴</b><span>主治医师</span></div>{_ANSWER_TEXT}<span>2016-11-02 21:30</span>"
            "<div class='doc'><b>黄立新</b><span>医师</span></div>"
            "<p>多喝水，注意观察。</p><span>2016-11-03 08:10</span></div>",
            "周雅琴",
        ),
        # Control: an answer with no card names nobody.
        (f"<div class='ans'><span>回答时间：2016-11-02 21:30</span>{_ANSWER_TEXT}</div>", None),
    ],
)
def test_a_health_qa_s_doctor_card_names_the_answerer(answers: str, author: str | None, registry: Registry) -> None:
    article = parse_html(_health_qa(answers), "https://www.jkwenda.test/question/88123.html", registry)
    assert article.author == author


def test_an_expert_box_on_a_story_page_names_no_writer(registry: Registry) -> None:
    # A story quoting a doctor beside a card of hers is no Q&A page: the card names no writer.
    page = (
        "<html><head><meta charset='utf-8'><title>冬季儿童咳嗽高发</title></head><body><h1>冬季儿童咳嗽高发</h1>"
        "<div class='info'>2016-11-02 09:00</div>"
        "<div class='expert'><b>周雅琴</b><span>副主任医师</span><span>市儿童医院 呼吸科</span></div>"
        f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></body></html>"
    )
    assert parse_html(page, "https://www.health.test/news/2016/1102/77.html", registry).author is None


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A closing credit of an outlet, the place it reported from and the reporter, apart by spaces.
        ("（腾讯体育 广州报道 何振宇）", "何振宇", "腾讯体育"),
        ("（新华网讯 南京报道 徐丽）", "徐丽", "新华网"),
        ("（广州报道 何振宇）", "何振宇", None),
        # Controls: a desk where the reporter stands names nobody; the labelled form as before.
        ("（广州报道 体育部）", None, None),
        ("（记者 何振宇 广州报道）", "何振宇", None),
    ],
)
def test_a_closing_credit_of_outlet_place_and_reporter(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_the_story_s_credits_under_its_related_list_stay_the_story_s(registry: Registry) -> None:
    # A related list closing the story, then the story's own credits in the same wrapper: the list ends there.
    page = (
        "<html><head><meta charset='gbk'><title>城际铁路年底铺轨</title></head><body>"
        "<h1>城际铁路年底铺轨</h1><div class='info'>2009-09-14 08:31:00 来源：新华网</div>"
        f"<div id='endText'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p><p><strong>相关新闻：</strong></p>"
        "<ul class='otherNews'><li><a href='https://news.portal.test/09/0911/08/A1.html'>城际铁路中段完成铺轨准备</a></li>"
        "<li><a href='https://news.portal.test/09/0828/14/A2.html'>城际轨道网规划获批 总里程约六百公里</a></li>"
        "<li><a href='https://news.portal.test/09/0902/10/A3.html'>南站主体工程封顶 明年投入使用</a></li></ul>"
        # the credits' box opens with the portal's icon, linked home: a link, though no title
        "<div class='ep-source'><span><a href='https://news.portal.test/'><img src='/i.gif' alt='portal'></a>"
        " 本文来源：新华网</span> <span>作者：林海 责任编辑：唐敏_NN1024</span></div>"
        "</div><div class='share'><span>分享到：</span><a href='#'>微博</a></div></body></html>"
    )
    article = parse_html(page, None, registry)
    assert (article.editor, len(article.related)) == ("唐敏", 3)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # Classes blind82n showed once flipped to tune.
        # A thread's starter label in traditional characters, as 楼主 is read.
        ("樓主：北投老李 發表於：2010/03/02 下午 08:15", "北投老李"),
        ("講述人：陳伯　整理：林小美", "陳伯 林小美"),
        # A college or a school's grade office before the writer's name, and a volunteer's post.
        ("通讯员：化工学院 何亮 周莉", "何亮 周莉"),
        ("作者：初二年段 林小雨", "林小雨"),
        ("文：義工 張美玲", "張美玲"),
        # A Q&A answer's header: the handle, a bio, the count of endorsements.
        ("山间小路 退休教师，喜欢写字 1,203 人赞同了该回答", "山间小路"),
        ("山间小路 96 人赞同了该文章", "山间小路"),
        # Controls: a person's name ending in 学院 is none of ours; a count alone names nobody.
        ("作者：何亮", "何亮"),
        ("1,203 人赞同了该回答", None),
    ],
)
def test_writers_the_blind82n_strings_showed(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # A bar's read-aloud button after the time is no outlet.
        ("新京报 2023-07-12 20:31:05 听新闻", "新京报"),
        ("2023-07-12 20:31:05 听新闻", None),
        # Control: an outlet that ends as 新闻 does.
        ("2023-07-12 20:31:05 来源：澎湃新闻", "澎湃新闻"),
    ],
)
def test_a_read_aloud_button_is_no_outlet(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # A blog owner's label; roles joined by a middle dot; a wire's translated report credited to its translator.
        ("博主：山居笔记 · 发布于 2021-04-02 · 阅读 1.1k", "山居笔记", None),
        ("文・攝影｜林佳蓉　編輯｜吳明哲", "林佳蓉", None),
        ("（編譯林佳蓉／綜合外電報導）", "林佳蓉", None),
        # A paper compiling other outlets' reports names itself first.
        ("本报综合人民网、央视新闻", None, "人民网、央视新闻"),
        # Controls: a blog's widget heading; the paper's word alone.
        ("博主推荐 最新文章", None, None),
        ("（本报综合）", None, None),
    ],
)
def test_credits_the_blind82n_strings_showed(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_a_press_release_s_media_contact_is_no_writer(registry: Registry) -> None:
    # A press release closes with its contact for the media: a unit and a surname addressed politely.
    page = (
        "<html><head><meta charset='utf-8'><title>社區長者義工計劃啟動</title></head><body>"
        "<h1>社區長者義工計劃啟動</h1><div class='date'>發佈日期：2023年6月2日</div>"
        f"<div class='release'><p>{STORY_PROSE}</p><p>{STORY_PROSE}</p><p>— 完 —</p>"
        "<p>傳媒查詢：</p><p>社區關係部 陳小姐</p><p>電話：2345 6789　電郵：media@ngo.test</p></div></body></html>"
    )
    assert parse_html(page, "https://www.ngo.test/zh-hant/news/2023/0602", registry).author is None


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        # The contact label itself names nobody.
        ("联系人：宣传部 王先生（电话：0571-5555）", None, None),
        # A bar's comment count in brackets is a tool: the outlet beside the time stays readable.
        ("2011年03月02日09:15 上海证券报 【已有6位网友发表评论】 我要评论", None, "上海证券报"),
        # Controls: a unit and a name on their own line credit the writer; a labelled writer's polite name stays.
        ("（宣传部 王晓明）", "王晓明", None),
        ("作者：王先生", "王先生", None),
    ],
)
def test_contacts_and_counts_beside_credits(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        # A desk's own word before 编辑 names the editor, and ends the writer's names before it.
        ("来源：晚报客户端 作者：陈思远 流程编辑：u031", "陈思远", "u031"),
        ("作者：陈思远 文字编辑：周敏", "陈思远", "周敏"),
        ("新媒体编辑：周敏", None, "周敏"),
        # Control: 责任编辑 still outranks them.
        ("文字编辑：周敏 责任编辑：吴昊", None, "吴昊"),
    ],
)
def test_a_desk_s_word_before_editor_labels_the_editor(line: str, author: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A closing note naming the writer by a role word before the name.
        ("本文为原作者“育儿小记”原创，转载请联系授权。", "育儿小记"),
        ("本文系作者林小满原创，未经许可不得转载。", "林小满"),
        # Controls: the writer named without a role word, and no name at all.
        ("本文为“育儿小记”原创，转载请联系授权。", "育儿小记"),
        ("本文为作者原创，转载请注明出处。", None),
    ],
)
def test_an_original_note_may_name_the_writer_after_a_role_word(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # An editor's note naming the piece's writer in a clause of its own.
        ("编者按：本文由读者投稿，作者 沈一鸣，文中观点仅代表作者本人。", "沈一鸣"),
        ("编者按：本文作者为青年教师周可欣，记录了她第一年带班的故事。", "周可欣"),
        ("编者按：本文为读者来稿，不代表本站立场。作者：青柠", "青柠"),
        # Controls: 作者 as a word of the note's prose, and no note at all.
        ("编者按：作者认为，改革势在必行。", None),
        ("本文作者为青年教师周可欣，记录了她第一年带班的故事。", None),
    ],
)
def test_an_editor_s_note_names_the_writer_in_a_clause(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A blog post's header: the blogger, the time, the post's own original mark.
        ("竹林听雨 2012-08-21 09:13:45 [原创]", "竹林听雨"),
        # Controls: a repost's mark, and a handle and a time alone (a commenter's line looks the same).
        ("竹林听雨 2012-08-21 09:13:45 [转载]", None),
        ("竹林听雨 2012-08-21 09:13:45", None),
    ],
)
def test_a_blog_header_with_its_original_mark_names_the_blogger(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
