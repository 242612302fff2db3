"""Generated test portals for the crawler tests: a home page, channels with pagination, articles."""

from __future__ import annotations

from newscorpus.localserver import Route

SENTENCE = "记者从有关部门获悉，今年以来当地持续推进重点项目建设，各项工作取得积极进展，群众获得感不断增强。"


def article_html(title: str, related: list[str] = (), next_page: str | None = None, paragraphs: int = 3) -> bytes:
    body = "".join(f"<p>{SENTENCE}第{i + 1}段。</p>" for i in range(paragraphs))
    links = "".join(
        f'<li><a href="{href}">相关报道{i}：延伸阅读的另一篇新闻标题</a></li>' for i, href in enumerate(related)
    )
    more = f'<a class="next" href="{next_page}">下一页</a>' if next_page else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="article"><h1>{title}</h1><div class="article-content">{body}</div>{more}</div>'
        f'<div class="related-content"><h3>相关阅读</h3><ul>{links}</ul></div></body></html>'
    ).encode()


def list_html(title: str, links: list[tuple[str, str]], next_page: str | None = None) -> bytes:
    items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    more = f'<a href="{next_page}">下一页</a>' if next_page else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="nav"><a href="/">首页</a></div><ul class="list">{items}</ul>{more}</body></html>'
    ).encode()


def article_path(channel: str, n: int) -> str:
    return f"/{channel}/2024/0315/{n}.html"


def portal(channels: tuple[str, ...] = ("news", "tech"), per_page: int = 4, pages: int = 2, delay: float = 0.0) -> dict:
    """Home -> channel list pages (paginated) -> articles; ETags on list pages so reruns get 304s."""
    routes: dict[str, Route] = {}
    home_links = [(f"/{c}/", c) for c in channels]
    routes["/"] = Route(list_html("首页", home_links), headers=(("ETag", '"home-1"'),), delay=delay)
    n = 0
    for channel in channels:
        for page in range(1, pages + 1):
            path = f"/{channel}/" if page == 1 else f"/{channel}/index_{page}.html"
            links = []
            for _ in range(per_page):
                n += 1
                links.append((article_path(channel, n), f"{channel}频道第{n}篇新闻的完整标题"))
                routes[article_path(channel, n)] = Route(article_html(f"新闻标题第{n}篇"), delay=delay)
            nxt = f"/{channel}/index_{page + 1}.html" if page < pages else None
            routes[path] = Route(list_html(channel, links, nxt), headers=(("ETag", f'"{path}-1"'),), delay=delay)
    return routes


def article_paths(routes: dict) -> list[str]:
    return sorted(p for p in routes if p.endswith(".html") and "/2024/" in p)
