"""The evaluation portal's content and truth: stories, sites, syndicated copies, list pages.

Story text is real: paragraphs of the hand-checked golden bodies (tests/golden) of the tune split only,
shuffled by the seed and cut into stories of varied length, so no two stories share text and none comes
from a held-out page. Every page the portal serves is rendered by its site's template from a ``Placed``
record, which is also the truth the score is computed against.
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from bench.portal_eval_templates import ListView, Template, View
from bench.splits import is_held_out

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
# Paragraphs that read like bylines, captions or navigation would blur the truth of the byline fields.
# A lead credit (本站讯（通讯员 …）) would credit someone the truth does not: it goes, the paragraph stays (so a
# seed's shuffle, and every other page, is what it was).
_LEAD_CREDIT = re.compile(r"^[^，。（(]{0,8}讯[（(][^）)]*[）)]")
_NOT_STORY = re.compile(r"来源|编辑|记者|作者|责编|摄|http|原标题|相关|下一页|图片|视频|点击|扫码|关注|转载|声明")
OUTLETS = ("江城日报", "海峡晨报", "南岭新闻网", "北方都市报", "东海商报", "西部时报", "滨江晚报", "中原网")
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗"
GIVEN = "晓明华丽伟芳静强磊军洋勇艳杰娟涛超秀英敏"
CHANNELS = (("yaowen", "要闻"), ("shehui", "社会"))
PER_LIST = 4  # items per channel list page: every channel pages over
DAYS, PER_DAY = 3, 3  # originals per site by default: several stories a day
PAGINATE_FROM = 8  # paragraphs from which a story is split over parts
SYNDICATED = 0.25  # share of originals copied onto another site
COPY_KINDS = ("full", "abridged", "onepage", "retitled")


@dataclass(frozen=True)
class Story:
    key: int
    title: str
    paragraphs: tuple[str, ...]
    author: str | None


@dataclass
class Placed:
    """One article on one site: what its pages show, and so what a reader expects back."""

    site: int
    story: int  # the cluster key: every copy of a story shares it
    kind: str  # "original" or a COPY_KINDS entry
    title: str
    date: str
    parts: tuple[tuple[str, ...], ...]  # paragraphs per part, as shown (lead/closing lines included)
    expected: tuple[str, ...]  # the story paragraphs the body must contain
    author: str | None
    source: str | None
    editor: str | None
    paths: tuple[str, ...] = ()
    related: tuple[tuple[str, str], ...] = ()  # (title, path) of same-site stories


@dataclass
class Portal:
    templates: tuple[Template, ...]
    outlets: tuple[str, ...]
    stories: dict[int, Story] = field(default_factory=dict)
    placed: list[Placed] = field(default_factory=list)
    routes: list[dict[str, str]] = field(default_factory=list)  # per site: path -> HTML
    lists: list[set[str]] = field(default_factory=list)  # per site: every non-article path served

    def full(self, story: int) -> tuple[str, ...]:
        return self.stories[story].paragraphs


def paragraph_pool(rng: random.Random) -> list[str]:
    seen: set[str] = set()
    pool = []
    for path in sorted(GOLDEN.glob("*/*.json")):
        if path.parent.name in ("dev", "_encodings") or is_held_out(path.parent.name):
            continue
        for para in json.loads(path.read_text(encoding="utf-8")).get("paragraphs") or []:
            para = _LEAD_CREDIT.sub("", " ".join(para.split()))
            if 30 <= len(para) <= 400 and not _NOT_STORY.search(para) and para not in seen:
                seen.add(para)
                pool.append(para)
    rng.shuffle(pool)
    return pool


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _title(paragraph: str, used: set[str]) -> str:
    """A headline from the lead's first clause (8-26 characters), unique on the portal."""
    clauses = [c for c in re.split(r"[，。；：！？,;!?（）()“”\"《》 ]", paragraph) if c]
    title = next((c for c in clauses if 8 <= len(c) <= 26), paragraph[:20])
    while title in used:
        title += "（续）"
    used.add(title)
    return title


def _split(paragraphs: tuple[str, ...], rng: random.Random) -> tuple[tuple[str, ...], ...]:
    if len(paragraphs) < PAGINATE_FROM:
        return (paragraphs,)
    count = rng.choice((2, 3))
    size = math.ceil(len(paragraphs) / count)
    return tuple(paragraphs[i : i + size] for i in range(0, len(paragraphs), size))


def make_stories(pool: list[str], count: int, rng: random.Random) -> list[Story]:
    stories, used, at = [], set(), 0
    for key in range(1, count + 1):
        length = rng.choice((3, 4, 5, 6, 8, 9, 10, 12))
        if at + length > len(pool):
            break
        paragraphs = tuple(pool[at : at + length])
        at += length
        # Two draws of one name are one author (dict keeps the order and the draws stay as they were, so a
        # seed's portal is unchanged apart from that).
        drawn = None if rng.random() < 0.15 else [_name(rng) for _ in range(rng.choice((1, 1, 1, 2)))]
        author = " ".join(dict.fromkeys(drawn)) if drawn else None
        stories.append(Story(key, _title(paragraphs[0], used), paragraphs, author))
    return stories


def _date(day: int, slot: int, rng: random.Random) -> str:
    return f"2024-03-{13 + day:02d} {8 + 3 * slot:02d}:{rng.randrange(60):02d}"


def _copy(story: Story, origin: Placed, site: int, kind: str, portal: Portal, rng: random.Random) -> Placed:
    """A syndicated copy: its own editor, the origin's outlet as source, and the kind's abridgement."""
    paragraphs = story.paragraphs
    expected = paragraphs
    title, author = story.title, story.author
    if kind == "abridged":  # portals republish the first paragraphs
        expected = paragraphs[: max(2, math.ceil(len(paragraphs) * 0.6))]
        paragraphs, author = expected, None
    shown: tuple[str, ...] = paragraphs
    if kind == "retitled":  # a new headline, 原标题 and 来源 lines, another byline
        title = _title(paragraphs[1], set(p.title for p in portal.placed)) if len(paragraphs) > 1 else title + "！"
        shown = (f"原标题：{story.title}", *paragraphs, f"（来源：{origin.source or portal.outlets[origin.site]}）")
        author = _name(rng)
    parts = (shown,) if kind in ("onepage", "abridged", "retitled") else _split(shown, rng)
    date = origin.date[:-5] + f"{min(int(origin.date[-5:-3]) + 2, 23):02d}:{rng.randrange(60):02d}"
    source = origin.source or portal.outlets[origin.site]
    return Placed(site, story.key, kind, title, date, parts, expected, author, source, _name(rng))


def place(portal: Portal, stories: list[Story], rng: random.Random, per_site: int) -> None:
    """Originals, ``per_site`` a site over the days, then copies of a SYNDICATED share on other sites."""
    sites = len(portal.templates)
    it = iter(stories)
    originals: list[Placed] = []
    for site in range(sites):
        for n in range(per_site):
            story = next(it)
            portal.stories[story.key] = story
            source = None if rng.random() < 0.1 else rng.choice((portal.outlets[site], "新华社", "中国新闻网"))
            date = _date(n // PER_DAY, n % PER_DAY, rng)
            parts = _split(story.paragraphs, rng)
            originals.append(
                Placed(
                    site,
                    story.key,
                    "original",
                    story.title,
                    date,
                    parts,
                    story.paragraphs,
                    story.author,
                    source,
                    _name(rng),
                )
            )
    portal.placed.extend(originals)
    chosen = rng.sample(originals, round(len(originals) * SYNDICATED))
    for n, origin in enumerate(chosen):
        kind = COPY_KINDS[n % len(COPY_KINDS)]
        if kind == "onepage" and len(origin.parts) == 1:
            kind = "full"
        other = rng.choice([s for s in range(sites) if s != origin.site])
        portal.placed.append(_copy(portal.stories[origin.story], origin, other, kind, portal, rng))


RELATED_LAST_ONLY = (1, 3)  # sites whose related list sits on a paginated story's last part only


def _assign(portal: Portal, rng: random.Random) -> None:
    for n, placed in enumerate(portal.placed):
        template = portal.templates[placed.site]
        placed.paths = tuple(template.article_path(1000 + n, part) for part in range(len(placed.parts)))
    for site in range(len(portal.templates)):
        mine = [p for p in portal.placed if p.site == site]
        for placed in mine:
            others = [p for p in mine if p is not placed]
            picks = rng.sample(others, min(len(others), rng.choice((3, 4, 5))))
            placed.related = tuple((p.title, p.paths[0]) for p in picks)


def _channels(portal: Portal, site: int) -> tuple[tuple[str, str], ...]:
    return tuple((name, portal.templates[site].list_path(slug, 0)) for slug, name in CHANNELS)


def _render_article(portal: Portal, placed: Placed) -> dict[str, str]:
    template, last = portal.templates[placed.site], len(placed.parts) - 1
    # A sidebar's ranking: the site's latest stories, whatever this story relates to (never related items).
    latest = sorted((p for p in portal.placed if p.site == placed.site and p is not placed), key=lambda p: p.date)
    ranking = tuple((p.title, p.paths[0]) for p in latest[-5:])
    pages = {}
    for part, paragraphs in enumerate(placed.parts):
        related_here = part == last or placed.site not in RELATED_LAST_ONLY
        view = View(
            placed.title,
            placed.date,
            placed.author,
            placed.source,
            placed.editor if part == last else None,
            paragraphs,
            part,
            placed.paths,
            placed.related if related_here else (),
            portal.outlets[placed.site],
            _channels(portal, placed.site),
            ranking,
        )
        pages[placed.paths[part]] = template.article(view)
    return pages


def _render_lists(portal: Portal, site: int) -> dict[str, str]:
    template, outlet, channels = portal.templates[site], portal.outlets[site], _channels(portal, site)
    mine = sorted((p for p in portal.placed if p.site == site), key=lambda p: p.date, reverse=True)
    item = lambda p: (p.title, p.paths[0], p.date[5:10])  # noqa: E731 - one-line row shape
    pages = {"/": template.listing(ListView(outlet, tuple(map(item, mine[:6])), 0, ("/",), outlet, channels))}
    pages["/about.html"] = (
        "<html><head><meta charset='utf-8'><title>关于我们</title></head>"
        f"<body><p>{outlet}是一家地方新闻网站。</p></body></html>"
    )
    for c, (slug, name) in enumerate(CHANNELS):
        rows = [p for i, p in enumerate(mine) if i % len(CHANNELS) == c]
        count = max(1, math.ceil(len(rows) / PER_LIST))
        urls = tuple(template.list_path(slug, k) for k in range(count))
        for k in range(count):
            chunk = tuple(map(item, rows[k * PER_LIST : (k + 1) * PER_LIST]))
            pages[urls[k]] = template.listing(ListView(name, chunk, k, urls, outlet, channels))
    return pages


def build(templates: tuple[Template, ...], seed: int, per_site: int = DAYS * PER_DAY) -> Portal:
    """The whole portal for ``seed``: the same seed gives the same pages, byte for byte."""
    rng = random.Random(seed)
    outlets = tuple(rng.sample(OUTLETS, len(templates)))
    portal = Portal(templates, outlets)
    stories = make_stories(paragraph_pool(rng), per_site * len(templates), rng)
    place(portal, stories[: per_site * len(templates)], rng, per_site)
    _assign(portal, rng)
    for site in range(len(templates)):
        routes = _render_lists(portal, site)
        portal.lists.append(set(routes))
        for placed in portal.placed:
            if placed.site == site:
                routes.update(_render_article(portal, placed))
        portal.routes.append(routes)
    return portal
