"""The labelled dedup set: syndicated variants of real article bodies and hard negatives.

Base stories are the hand-checked bodies in tests/golden (read from the real pages in ../shared/pages).
Each story is reposted by simulated portals and content farms (boilerplate, related lists, headline lines,
dropped and edited paragraphs, traditional characters, full/half-width punctuation) and republished
abridged (first paragraphs or lead dropped, editor's note, 原标题 and 来源/转载 lines, another byline and
headline: bench/dedup_variants.py). Hard negatives: other outlets' own stories on the same event (a few
of its sentences, often its headline), templated stories (earnings notes, weather warnings, match reports,
daily market closes under one headline) filled with different news, and every portal's boilerplate
around every story it carries.

Every document has a split: a story's is its site's in bench/splits.py (the site the golden page was saved
from), so parameters swept on "tune" are measured on "heldout" stories no sweep saw; templated groups
alternate between the two.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

import opencc

from bench.dedup_hard import FAMILIES
from bench.dedup_templates import TEMPLATE_SOURCES, TEMPLATES
from bench.dedup_variants import OUTLETS, abridge, same_event
from bench.splits import is_held_out
from newscorpus import settings

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_TO_HALF = str.maketrans("，。：；！？（）“”", ',.:;!?()""')


@dataclass(frozen=True)
class Doc:
    doc_id: int
    group: str  # documents of one group are the same story (positive pairs)
    kind: str  # "original", "variant", "abridged", "template", "event"
    portal: str
    paragraphs: tuple[str, ...]
    title: str = ""
    split: str = "tune"  # "tune" or "heldout"
    family: str = ""  # documents of one family but different groups are hard negatives (same event/template)
    source: str = ""  # the outlet the article names as its 来源 (Article.source), "" when it names none


@dataclass(frozen=True)
class Portal:
    name: str
    header: tuple[str, ...]
    footer: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    key: str
    title: str
    paragraphs: tuple[str, ...]
    split: str = "tune"
    outlet: str = ""  # the outlet that first ran it


def load_stories(min_chars: int = 100) -> list[Story]:
    """One story per distinct golden body (the _encodings pages repeat site pages)."""
    seen: set[str] = set()
    stories = []
    for path in sorted(GOLDEN.glob("*/*.json")):
        if path.parent.name == "dev":  # dev-page labels carry no paragraphs (body truth is elsewhere)
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        body = "".join(data["paragraphs"])
        if len(body) < min_chars or body in seen:
            continue
        seen.add(body)
        # _encodings pages are copies of a portal's page: they belong to that portal's site.
        site = data["site"] if path.parent.name.startswith("_") else path.parent.name
        split = "heldout" if is_held_out(site) else "tune"
        outlet = settings.SITE_OUTLETS.get(site, (f"{site}网",))[0]
        key = f"{path.parent.name}/{path.stem}"
        stories.append(Story(key, data["title"] or "", tuple(data["paragraphs"]), split, outlet))
    return stories


def make_portals(rng: random.Random, count: int) -> list[Portal]:
    names = ["热点资讯网", "每日头条", "看点快报", "新闻早知道", "搜闻天下", "今日要闻", "百姓资讯", "点点新闻"]
    portals = []
    for name in rng.sample(names, count):
        editor = rng.choice(["张伟", "李娜", "王磊", "刘洋", "陈静"])
        header = (f"{name}讯", "原标题如下，请读者注意甄别。") if rng.random() < 0.5 else ()
        footer = (
            f"声明：本文转载自网络，版权归原作者所有，{name}仅作分享，如有侵权请联系删除。",
            f"关注{name}公众号，每天推送最新热点新闻，更多精彩内容请下载{name}客户端。",
            f"责任编辑：{editor}",
        )
        portals.append(Portal(name, header, footer[: rng.randint(1, 3)]))
    return portals


def syndicate(story: Story, portal: Portal, titles: list[str], rng: random.Random, leak: float) -> list[str]:
    """One repost: each change applied with its own probability, always under the portal's boilerplate.

    ``leak`` is the share of reposts whose related list ends up in the body (the extractor missed it).
    """
    paras = list(story.paragraphs)
    if rng.random() < 0.45:
        paras = _drop(paras, rng)
    if rng.random() < 0.4:
        paras = _edit(paras, rng)
    if rng.random() < 0.3 and len(paras) > 2:
        i = rng.randrange(len(paras) - 1)
        paras[i : i + 2] = [paras[i] + paras[i + 1]]
    if rng.random() < 0.3:
        paras.insert(
            0, rng.choice(["重磅！", "刚刚，", "突发！", ""]) + story.title + rng.choice(["", "（附全文）", "｜深度"])
        )
    if rng.random() < 0.2:
        paras.insert(0, f"原标题：{story.title}")
    if story.outlet and rng.random() < 0.3:
        paras.append(rng.choice([f"来源：{story.outlet}", f"（本文来源：{story.outlet}）"]))
    if rng.random() < leak:
        paras += ["相关阅读：", *rng.sample(titles, k=min(len(titles), rng.randint(3, 6)))]
    return dress(paras, portal, rng)


def cited(outlet: str, portal: Portal, rng: random.Random) -> str:
    """The 来源 a repost gives: mostly the outlet that ran it first, sometimes the portal itself, or none."""
    roll = rng.random()
    return outlet if roll < 0.6 else portal.name if roll < 0.8 else ""


def dress(paras: list[str], portal: Portal, rng: random.Random) -> list[str]:
    """The portal's template around the story, sometimes in traditional characters or other widths."""
    paras = [*portal.header, *paras, *portal.footer]
    if rng.random() < 0.3:
        converter = opencc.OpenCC("s2t")
        paras = [converter.convert(p) for p in paras]
    if rng.random() < 0.4:
        paras = [_widths(p) for p in paras]
    return paras


def _drop(paras: list[str], rng: random.Random) -> list[str]:
    """A few paragraphs (or, for one-paragraph stories, a sentence) cut: about a tenth of the text at most."""
    if len(paras) >= 4:
        for _ in range(max(1, len(paras) // 10)):
            paras.pop(rng.randrange(1, len(paras)))
        return paras
    sentences = [s for p in paras for s in _SENTENCE.findall(p)]
    if len(sentences) >= 4:
        sentences.pop(rng.randrange(len(sentences)))
        return ["".join(sentences)]
    return paras


def _edit(paras: list[str], rng: random.Random) -> list[str]:
    """Copy-editing: one or two paragraphs get a few characters replaced and a clause added."""
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(paras))
        chars = list(paras[i])
        for _ in range(max(1, len(chars) // 30)):
            chars[rng.randrange(len(chars))] = rng.choice("的了是在有和据称表示记者获悉")
        paras[i] = "".join(chars) + rng.choice(["", "据悉。", "值得注意的是，此事仍在进一步调查中。"])
    return paras


def _widths(text: str) -> str:
    """Half-width punctuation and full-width digits and Latin letters, as content farms re-typeset them."""
    half = text.translate(_TO_HALF)
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in half)


@dataclass(frozen=True)
class SetSpec:
    seed: int = 20240607
    variants_per_story: int = 6
    portals: int = 6
    template_stories: int = 8  # per template
    template_variants: int = 2
    abridged_per_story: int = 3
    events_per_story: int = 2  # same-event, different-story negatives (other outlets' own stories)
    family_members: int = 6  # press releases per company, chapters per serial (bench/dedup_hard.py)
    # Our extractor strips related lists (settings.RELATED_HEADINGS); 0.15 assumes it misses one in seven.
    related_leak: float = 0.15


def build_set(spec: SetSpec) -> list[Doc]:
    """The whole labelled set, identical for a given seed."""
    rng = random.Random(spec.seed)
    stories = load_stories()
    portals = make_portals(rng, spec.portals)
    titles = [s.title for s in stories if s.title]
    docs: list[Doc] = []

    def add(
        group: str, kind: str, portal: str, paragraphs: list[str], title: str, split: str, family: str, source: str
    ) -> None:
        docs.append(Doc(len(docs) + 1, group, kind, portal, tuple(paragraphs), title, split, family, source))

    fillers = {
        split: [s for story in stories if story.split == split for p in story.paragraphs for s in _SENTENCE.findall(p)]
        for split in ("tune", "heldout")
    }
    fillers = {split: [s for s in found if 20 <= len(s) <= 60] for split, found in fillers.items()}
    for story in stories:
        tag = (story.split, story.key)
        add(story.key, "original", "origin", list(story.paragraphs), story.title, *tag, story.outlet)
        for _ in range(spec.variants_per_story):
            portal = rng.choice(portals)
            title = story.title if rng.random() < 0.7 else rng.choice(["重磅！", "刚刚，", "突发！"]) + story.title
            body = syndicate(story, portal, titles, rng, spec.related_leak)
            add(story.key, "variant", portal.name, body, title, *tag, cited(story.outlet, portal, rng))
        for _ in range(spec.abridged_per_story):
            portal = rng.choice(portals)
            copy = abridge(story.title, list(story.paragraphs), rng, story.outlet)
            source = copy.source or cited(story.outlet, portal, rng)
            add(story.key, "abridged", portal.name, dress(copy.paragraphs, portal, rng), copy.title, *tag, source)
        for n in range(spec.events_per_story):
            # The other outlet's own sentences come from the other split's stories: drawn from this split,
            # they would be pieces of a third story in the same evaluated set and link the wrong groups.
            other = "heldout" if story.split == "tune" else "tune"
            headline, body = same_event(story.title, list(story.paragraphs), fillers[other], rng)
            outlet = rng.choice([o for o in OUTLETS if o != story.outlet])
            add(f"{story.key}/event{n}", "event", rng.choice(portals).name, body, headline, *tag, outlet)
    for template in TEMPLATES:
        for n in range(spec.template_stories):
            group, split = f"{template.__name__}/{n}", ("tune", "heldout")[n % 2]
            title, paragraphs = template(rng, rng.choice(fillers[split]))
            outlet = TEMPLATE_SOURCES[template.__name__]
            story = Story(group, title, tuple(paragraphs), split, outlet)
            add(group, "template", "origin", paragraphs, title, split, template.__name__, outlet)
            for _ in range(spec.template_variants):
                portal = rng.choice(portals)
                body = syndicate(story, portal, titles, rng, spec.related_leak)
                add(group, "variant", portal.name, body, title, split, template.__name__, cited(outlet, portal, rng))
    for make in FAMILIES:
        for split in ("tune", "heldout"):
            # Filler sentences from the other split, as for same-event stories: never pieces of a story
            # evaluated alongside.
            for family, outlet, members in make(
                rng, fillers["heldout" if split == "tune" else "tune"], spec.family_members
            ):
                for m, (title, paragraphs) in enumerate(members):
                    group = f"{family}/{split}/{m}"
                    add(group, "family", "origin", paragraphs, title, split, f"{family}/{split}", outlet)
                    story = Story(group, title, tuple(paragraphs), split, outlet)
                    portal = rng.choice(portals)
                    body = syndicate(story, portal, titles, rng, spec.related_leak)
                    add(
                        group,
                        "variant",
                        portal.name,
                        body,
                        title,
                        split,
                        f"{family}/{split}",
                        cited(outlet, portal, rng),
                    )
    return _interleaved(docs, rng)


def _interleaved(docs: list[Doc], rng: random.Random) -> list[Doc]:
    """The documents in a random arrival order, numbered in it: a corpus receives a story's copies among
    other news, so capped candidate lists (latest under a headline or source) are measured fairly."""
    order = rng.sample(docs, len(docs))
    return [replace(doc, doc_id=n) for n, doc in enumerate(order, 1)]
