"""A local portal whose articles live at every article URL shape of the shapes table, for crawl tests.

Home -> channel pages (list shapes: /news/, /channel_25950, /list.php?catid=12, /GB/1024/index.html, ...),
each paginated once (index_2.html / &page=2) -> articles. Articles are linked the ways portals link
them: a headline, a short "全文"/"详情" anchor, a photo with no alt text, a photo whose alt is the headline,
some with tracking parameters (spm, from) added. Article pages are small templates of four kinds of site
(news portal, government CMS, blog, forum thread), some short, with sidebars of other headlines, and some
with the template <link rel=canonical> bugs real CMSs ship (the home page, the channel, the script without
its ?id=). Tag, author, search, login and comment pages are linked too; none of them is an article.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from newscorpus import urlshape
from newscorpus.localserver import Route
from newscorpus.urls import canonicalize

from .test_url_cms import LEFT as CMS_LEFT
from .test_url_cms import table as cms_rows
from .test_url_shapes import VARIANTS, rows

# The list shapes channels are served at; each channel's page 2 is its index_2 / &page=2 sibling.
CHANNELS = (
    ("/news/", "/news/index_2.html"),
    ("/channel_25950", "/channel_25950?page=2"),
    ("/list.php?catid=12", "/list.php?catid=12&page=2"),
    ("/GB/1024/index.html", "/GB/1024/index2.html"),
    ("/category/tech/", "/category/tech/page/2/"),
    ("/node_113352.htm", "/node_113352_2.htm"),
    ("/xwdt/gzdt/", "/xwdt/gzdt/index_1.html"),
    ("/News/NewsList.aspx?classid=3", "/News/NewsList.aspx?classid=3&page=2"),
)
CHANNEL_NAMES = ("国内", "财经", "要闻", "时政", "科技", "新华", "政务", "本地")
# Pages linked from everywhere that are never articles (some are list pages with headlines of their own).
NAVIGATION = {
    "/tags/12345": "标签",
    "/user/1234567": "作者主页",
    "/search?q=%E6%96%B0%E9%97%BB": "搜索",
    "/login?redirect=/a/1234567": "登录",
    "/comment/1234567": "查看全部评论和网友的精彩讨论内容",
}
TRACKING = ("spm=c01.2024.0", "from=timeline")
_PLACES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "重庆", "天津")
_TOPICS = (
    "重点项目建设",
    "老旧小区改造",
    "营商环境优化",
    "乡村振兴工作",
    "科技创新攻关",
    "生态环境治理",
    "公共交通升级",
)
# Each story's sentences are its own (drawn by its number from these words), so dedup sees 86 stories.
_WORDS = (
    *("记者", "获悉", "近日", "项目", "建设", "推进", "群众", "企业", "政策", "落实", "部门", "会议", "调研", "指导"),
    *("发展", "改革", "服务", "社区", "学校", "医院", "道路", "桥梁", "公园", "农业", "产业", "投资", "市场", "就业"),
    *("环境", "治理", "安全", "检查", "整改", "完成", "启动", "开通", "签约", "培训", "活动", "举办", "参观", "交流"),
    *("数字", "平台", "上线", "试点", "经验", "推广", "资金", "保障", "民生", "工程", "质量", "提升", "效率", "创新"),
)


@dataclass(frozen=True)
class ShapeArticle:
    n: int
    path: str  # the path and query it is served (and must be stored) at
    note: str  # where the shape is from

    @property
    def title(self) -> str:
        place, topic = _PLACES[self.n % len(_PLACES)], _TOPICS[self.n % len(_TOPICS)]
        return f"{place}{topic}取得新进展（第{self.n}号）"


def shape_articles() -> list[ShapeArticle]:
    """Every article row of the shapes table and of the hand-written variants, moved onto one host;
    baijiahao's wfr=spider is dropped from the served path (it is tracking: the link still carries it).
    A Han path is served and linked percent-encoded, as a browser sends it."""
    found, seen = [], set()
    for row in rows() + rows(VARIANTS) + cms_rows():
        if not row.is_article or urlshape.story_first_page(row.url) is not None or row.url in CMS_LEFT:
            continue  # a split story's later page is stored under its page one: tests/test_url_parts.py
        if "#" in row.url:
            continue  # a hash route names a story no fetch reaches: the server never sees the fragment
        parts = urlsplit(canonicalize(row.url))  # tracking parameters dropped: ?spss=, ?from= rows
        path = quote(parts.path, safe="/%") + (f"?{parts.query}" if parts.query else "")
        path = path.replace("&wfr=spider", "")
        if path not in seen:
            seen.add(path)
            found.append(ShapeArticle(len(found) + 1, path, row.note))
    return found


def portal() -> dict[str, Route]:
    articles = shape_articles()
    routes: dict[str, Route] = {"/": Route(_home(articles))}
    for number, (first, second) in enumerate(CHANNELS):
        mine = [a for a in articles if a.n % len(CHANNELS) == number]
        half = (len(mine) + 1) // 2
        routes[first] = Route(_channel(CHANNEL_NAMES[number], mine[:half], second))
        routes[second] = Route(_channel(CHANNEL_NAMES[number], mine[half:], None))
    for path, label in NAVIGATION.items():
        routes[path.split("?")[0] if path.startswith("/login") else path] = Route(_tag_page(label, articles[:3]))
    for article in articles:
        routes[article.path] = Route(_article(article, articles))
    return routes


def _link(article: ShapeArticle, style: int) -> str:
    href = (
        article.path + ("&" if "?" in article.path else "?") + TRACKING[article.n % 2] if style == 1 else article.path
    )
    inner = (
        f"{article.title}",
        "全文",
        f'<img src="/img/{article.n}.jpg">',
        f'<img src="/img/{article.n}.jpg" alt="{article.title}">',
    )[style]
    date = f'<span class="date">05-{article.n % 28 + 1:02d}</span>'
    return f'<li><a href="{href}">{inner}</a>{date}</li>'


def _nav() -> str:
    channels = "".join(
        f'<a href="{first}">{name}</a>' for (first, _), name in zip(CHANNELS, CHANNEL_NAMES, strict=True)
    )
    tools = "".join(f'<a href="{path}">{label}</a>' for path, label in NAVIGATION.items())
    return f'<div class="nav"><a href="/">首页</a>{channels}</div><div class="tools">{tools}</div>'


def _page(title: str, body: str, head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{_nav()}{body}<div class='footer'>版权所有 本网站 备案号12345678</div></body></html>"
    ).encode()


def _home(articles: list[ShapeArticle]) -> bytes:
    # A few stories straight from the home page: a photo without alt text, and "详情" links.
    top = "".join(_link(a, 2 if a.n % 2 else 1).replace("全文", "详情") for a in articles[:6])
    return _page("首页", f'<div class="focus"><ul>{top}</ul></div>')


def _channel(name: str, articles: list[ShapeArticle], next_page: str | None) -> bytes:
    items = "".join(_link(a, a.n % 4) for a in articles)
    pager = f'<div class="pages"><a href="{next_page}">下一页</a></div>' if next_page else ""
    return _page(f"{name}频道", f'<div class="channel-intro">{name}频道</div><ul class="list">{items}</ul>{pager}')


def _tag_page(label: str, articles: list[ShapeArticle]) -> bytes:
    items = "".join(_link(a, 0) for a in articles)
    return _page(label, f"<h2>{label}</h2><ul>{items}</ul>")


def _paragraphs(article: ShapeArticle) -> list[str]:
    """A third of the stories are news briefs of three sentences; the rest have five."""
    rng = random.Random(article.n)
    count = 3 if article.n % 3 == 0 else 5
    return [f"{rng.choice(_PLACES)}{_words(rng, 14)}，{_words(rng, 6)}。" for _ in range(count)]


def _words(rng: random.Random, count: int) -> str:
    return "".join(rng.choices(_WORDS, k=count))


def _canonical(article: ShapeArticle) -> str:
    """The canonical link the template declares: its own URL, or a template default naming another page."""
    bug = article.n % 5
    if bug == 1:
        return "/"
    if bug == 2:
        return CHANNELS[article.n % len(CHANNELS)][0]
    if bug == 3 and "?" in article.path and not urlshape.is_article_url(article.path.split("?")[0]):
        # show.php, read.php, view.php ... without the id; a story's own path without a display parameter
        # (art_123_456789.html?xxgkhide=1) is its name, no template default.
        return article.path.split("?")[0]
    return article.path


def _article(article: ShapeArticle, everyone: list[ShapeArticle]) -> bytes:
    text = _paragraphs(article)
    date = f"2024-05-{article.n % 28 + 1:02d} 10:{article.n % 60:02d}"
    kind = article.n % 4
    if kind == 0:  # a news portal
        body = "".join(f"<p>{p}</p>" for p in text)
        story = (
            f'<div class="article"><h1>{article.title}</h1><div class="info"><span class="time">{date}</span>'
            f'<span class="source">来源：本网</span></div><div class="article-content">{body}</div></div>'
        )
    elif kind == 1:  # a government site's CMS
        body = "".join(f'<p style="text-indent:2em">{p}</p>' for p in text)
        story = (
            f'<div class="xxgk"><h2 class="title">{article.title}</h2><div class="pages-date">{date}'
            f' 来源：市政府办公室</div><div class="TRS_Editor">{body}</div></div>'
        )
    elif kind == 2:  # a blog
        body = "".join(f"<p>{p}</p>" for p in text)
        story = (
            f'<article class="post"><h1 class="entry-title">{article.title}</h1>'
            f'<time datetime="{date[:10]}T10:00:00+08:00">{date[:10]}</time>'
            f'<div class="entry-content">{body}</div></article>'
        )
    else:  # a forum thread
        story = (
            f'<div id="postlist"><h1><span id="thread_subject">{article.title}</span></h1>'
            f'<em id="authorposton">发表于 {date}</em>'
            f'<table><tr><td class="t_f">{"<br>".join(text)}</td></tr></table></div>'
        )
    others = [a for a in everyone if a.n != article.n][article.n % 20 :][:8]
    sidebar = "".join(f'<li><a href="{a.path}">{a.title}</a></li>' for a in others)
    head = f'<link rel="canonical" href="{_canonical(article)}">'
    return _page(article.title, f'{story}<div class="sidebar"><h3>热点新闻</h3><ul>{sidebar}</ul></div>', head)
