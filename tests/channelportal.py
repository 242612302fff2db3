"""A local portal of channels, sub-channels, sparse lists, tag and topic pages, and briefs at URLs the
URL grammar cannot read, for crawl tests.

Home -> channels (a dense one with sub-channels, sparse ones with an intro paragraph and dated items, a tag
page, a topic page) -> sub-channels (one paginated, one sparse) -> articles. Articles at article-shaped
URLs are linked by headline; briefs (short, undated stories at URLs like /kx/jr01.shtml) only by a
"[详情]" teaser or a photo without alt text, from the home page and from channel and sub-channel pages.
Some articles are listed on one sub-channel page only, three link hops from home.
"""

from __future__ import annotations

from dataclasses import dataclass

from newscorpus.localserver import Route

from .shapeportal import ShapeArticle, _paragraphs

# Story numbers far from the shapes portal's, so no text is shared with it.
_FIRST_STORY = 300
# Home navigation: every channel the home page links to, by a short name.
NAV = (
    ("/xwzx/", "新闻"),  # dense channel, with sub-channels below it
    ("/gnxw/", "国内"),  # sparse channel at a URL the grammar cannot read
    ("/channel/sports/", "体育"),  # sparse channel at a list-shaped URL, undated items
    ("/tags/keji", "科技"),  # tag page
    ("/zhuanti/2024lh/", "两会专题"),  # topic page with a long intro
)
SUBCHANNELS = (("/xwzx/gn/", "国内"), ("/xwzx/gj/", "国际"))
SUBCHANNEL_PAGE_2 = "/xwzx/gn/index_2.html"
# Every page that lists or navigates and must never be stored as an article.
LIST_PAGES = ("/", *(p for p, _ in NAV), *(p for p, _ in SUBCHANNELS), SUBCHANNEL_PAGE_2)


@dataclass(frozen=True)
class Story:
    item: ShapeArticle  # its number (text and title) and the path it is served at
    brief: bool  # a short undated brief at an unreadable URL, linked only by a teaser

    @property
    def path(self) -> str:
        return self.item.path

    @property
    def title(self) -> str:
        return self.item.title


@dataclass(frozen=True)
class Layout:
    """Which stories each list page links to."""

    stories: list[Story]
    home: list[Story]
    channel: list[Story]  # /xwzx/: the dense channel
    sub_first: list[Story]  # /xwzx/gn/ page 1
    sub_second: list[Story]  # /xwzx/gn/index_2.html
    sub_sparse: list[Story]  # /xwzx/gj/
    sparse: list[Story]  # /gnxw/
    sparse_list_url: list[Story]  # /channel/sports/
    tagged: list[Story]  # /tags/keji and /zhuanti/2024lh/


def layout() -> Layout:
    made: list[Story] = []

    def stories(count: int, where: str, brief: int = 0) -> list[Story]:
        """``count`` articles under ``where``, the last ``brief`` of them briefs at unreadable URLs."""
        batch = []
        for i in range(count):
            n = _FIRST_STORY + len(made)
            is_brief = i >= count - brief
            path = f"{where}kx/jr{n}.shtml" if is_brief else f"{where}2024/0515/{n}{n}.html"
            batch.append(Story(ShapeArticle(n, path, where), is_brief))
            made.extend(batch[-1:])
        return batch

    home = stories(3, "/", brief=3)
    channel = stories(10, "/xwzx/", brief=2)
    sub_first = stories(9, "/xwzx/gn/", brief=2)
    sub_second = stories(4, "/xwzx/gn/", brief=1)
    sub_sparse = stories(4, "/xwzx/gj/")
    sparse = stories(5, "/gnxw/", brief=1)
    sparse_list_url = stories(3, "/sports/")
    tagged = stories(4, "/keji/")
    return Layout(made, home, channel, sub_first, sub_second, sub_sparse, sparse, sparse_list_url, tagged)


def portal() -> dict[str, Route]:
    plan = layout()
    routes: dict[str, Route] = {
        "/": Route(_home(plan.home)),
        "/xwzx/": Route(_list("新闻", plan.channel, intro=True, subchannels=True)),
        "/xwzx/gn/": Route(_list("国内新闻", plan.sub_first, next_page=SUBCHANNEL_PAGE_2)),
        SUBCHANNEL_PAGE_2: Route(_list("国内新闻", plan.sub_second)),
        "/xwzx/gj/": Route(_list("国际新闻", plan.sub_sparse, intro=True)),
        "/gnxw/": Route(_list("国内", plan.sparse, intro=True)),
        "/channel/sports/": Route(_list("体育", plan.sparse_list_url, intro=True, dated=False)),
        "/tags/keji": Route(_list("科技", plan.tagged, dated=False)),
        "/zhuanti/2024lh/": Route(_list("两会专题", plan.tagged, intro=True, long_intro=True)),
    }
    for story in plan.stories:
        routes[story.path] = Route(_brief(story, plan.stories) if story.brief else _article(story, plan.stories))
    return routes


def _page(title: str, body: str) -> bytes:
    nav = "".join(f'<a href="{path}">{name}</a>' for path, name in NAV)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="nav"><a href="/">首页</a>{nav}</div>{body}'
        "<div class='footer'>版权所有 本网站 备案号12345678</div></body></html>"
    ).encode()


def _item(story: Story, style: int, dated: bool) -> str:
    """A list item: a headline link, or for a brief its headline as text and a teaser link."""
    date = f'<span class="date">2024-05-{story.item.n % 28 + 1:02d}</span>' if dated else ""
    if not story.brief:
        return f'<li><a href="{story.path}">{story.title}</a>{date}</li>'
    teaser = "[详情]" if style % 2 == 0 else f'<img src="/img/{story.item.n}.jpg">'
    return f'<li><span class="t">{story.title}</span><a href="{story.path}">{teaser}</a>{date}</li>'


def _home(stories: list[Story]) -> bytes:
    items = "".join(_item(s, i, dated=False) for i, s in enumerate(stories))
    return _page("首页", f'<div class="focus"><h3>快讯</h3><ul>{items}</ul></div>')


def _intro(name: str, long: bool) -> str:
    """A channel's intro paragraph: longer than a short story's body, but no story."""
    text = (
        f"{name}频道汇集本地及各地区的最新动态、政策解读和民生服务信息，每日更新，"
        "欢迎广大读者关注并提供新闻线索，我们将及时核实并刊发相关报道，共同记录城市发展的点滴变化。"
    )
    return f'<div class="intro"><p>{text * (3 if long else 1)}</p></div>'


def _list(
    name: str,
    stories: list[Story],
    intro: bool = False,
    subchannels: bool = False,
    next_page: str | None = None,
    dated: bool = True,
    long_intro: bool = False,
) -> bytes:
    subs = "".join(f'<a href="{path}">{label}</a>' for path, label in SUBCHANNELS) if subchannels else ""
    items = "".join(_item(s, i, dated) for i, s in enumerate(stories))
    pager = f'<div class="pages"><a href="{next_page}">下一页</a></div>' if next_page else ""
    body = (
        f'<h2>{name}</h2><div class="subnav">{subs}</div>{_intro(name, long_intro) if intro else ""}'
        f'<ul class="list">{items}</ul>{pager}'
    )
    return _page(f"{name}_本网", body)


def _sidebar(story: Story, everyone: list[Story]) -> str:
    """A few other headlines: fewer than a list page holds, and undated, as story sidebars are."""
    others = [s for s in everyone if not s.brief and s.item.n != story.item.n][story.item.n % 7 :][:4]
    items = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in others)
    return f'<div class="sidebar"><h3>热点新闻</h3><ul>{items}</ul></div>'


def _article(story: Story, everyone: list[Story]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(story.item))
    date = f"2024-05-{story.item.n % 28 + 1:02d} 10:{story.item.n % 60:02d}"
    return _page(
        story.title,
        f'<div class="article"><h1>{story.title}</h1><div class="info"><span class="time">{date}</span>'
        f'<span class="source">来源：本网</span></div><div class="article-content">{body}</div></div>'
        f"{_sidebar(story, everyone)}",
    )


def _brief(story: Story, everyone: list[Story]) -> bytes:
    """A news brief: a few sentences, no date, no byline."""
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(story.item))
    return _page(
        story.title,
        f'<div class="brief"><h1>{story.title}</h1><div class="content">{body}</div></div>{_sidebar(story, everyone)}',
    )
