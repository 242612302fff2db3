"""Abridged syndication and same-event negatives for the labelled dedup set (bench/dedup_set.py).

Real portals republish a story cut down on purpose: only its first paragraphs, without its lead, under an
editor's note, with a 原标题 line naming the headline it first ran under, a 转载/来源 line, another byline,
and often a new headline. Those are positives. "Same event, different story" documents reuse a few
sentences of a story (the facts of a press release, a quote) inside otherwise different text, often
under the very same headline: hard negatives for containment.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
MIN_COPY_CHARS = 200
OUTLETS = ("新华社", "人民日报", "澎湃新闻", "中国新闻网", "央视新闻", "经济日报", "北京日报", "南方都市报")
REPORTERS = ("张伟", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵敏", "黄涛")
HOOKS = ("重磅！", "刚刚，", "突发！", "最新！", "关注｜", "热点：")
NOTES = (
    "编者按：本文有删节，内容以原文为准，转载请注明出处，文中观点不代表本平台立场。",
    "编者按：近日，这一消息引发广泛关注，本报摘编部分内容，供读者参考。",
    "【编者按】围绕这一话题，我们整理了相关报道的要点，全文请见原文链接。",
)


@dataclass(frozen=True)
class Abridged:
    title: str
    paragraphs: list[str]
    source: str = ""  # the outlet its 来源 line names, if it has one


def sentences(paragraphs: list[str]) -> list[str]:
    return [s for p in paragraphs for s in _SENTENCE.findall(p) if s.strip()]


def cut(paragraphs: list[str], rng: random.Random) -> list[str]:
    """First-N paragraphs, or the lead dropped; by sentences when the story is one or two paragraphs."""
    units = paragraphs if len(paragraphs) >= 4 else sentences(paragraphs)
    if len(units) < 3:
        return list(paragraphs)
    share = rng.uniform(0.25, 0.65)
    keep = max(1, round(len(units) * share))
    # A copy cut to a line or two is a teaser, not a repost: keep a few hundred characters at least.
    while keep < len(units) and sum(map(len, units[:keep])) < MIN_COPY_CHARS:
        keep += 1
    kept = units[:keep] if rng.random() < 0.6 else units[len(units) - keep :]
    return kept if len(paragraphs) >= 4 else ["".join(kept)]


def abridge(title: str, paragraphs: list[str], rng: random.Random, origin: str = "") -> Abridged:
    """A deliberately shortened repost with its trimmings, each with its own probability. ``origin`` is the
    outlet that first ran the story: most 来源 lines name it, some name an outlet it passed through."""
    body = cut(paragraphs, rng)
    if rng.random() < 0.3:
        body = edit_sentences(body, rng)
    new_title = title
    roll = rng.random()
    if roll < 0.25:
        new_title = rng.choice(HOOKS) + title
    elif roll < 0.45:
        new_title = f"{rng.choice(OUTLETS)}关注：{title[: max(4, len(title) // 2)]}……"
    if new_title != title and rng.random() < 0.6:
        body.insert(0, f"原标题：{title}" if rng.random() < 0.5 else f"原标题：《{title}》")
    if rng.random() < 0.35:
        body.insert(0, rng.choice(NOTES))
    if rng.random() < 0.35:
        body.insert(0, f"{rng.choice(OUTLETS)}记者 {rng.choice(REPORTERS)} 通讯员 {rng.choice(REPORTERS)}")
    source = ""
    if rng.random() < 0.5:
        source = origin if origin and rng.random() < 0.7 else rng.choice(OUTLETS)
        body.append(rng.choice([f"（来源：{source}）", f"本文转载自{source}，如有侵权请联系删除。", f"来源：{source}"]))
    if rng.random() < 0.35:
        body.append(f"责任编辑：{rng.choice(REPORTERS)}")
    return Abridged(new_title, body, source)


def edit_sentences(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Sub-editing: a sentence dropped, one reworded at its start, one clause appended."""
    edited = []
    for paragraph in paragraphs:
        found = _SENTENCE.findall(paragraph)
        if len(found) >= 3 and rng.random() < 0.5:
            found.pop(rng.randrange(1, len(found)))
        if found and rng.random() < 0.4:
            i = rng.randrange(len(found))
            found[i] = rng.choice(["据了解，", "记者注意到，", "另据报道，"]) + found[i][2:]
        edited.append("".join(found) or paragraph)
    return edited


def same_event(title: str, paragraphs: list[str], fillers: list[str], rng: random.Random) -> tuple[str, list[str]]:
    """Another outlet's own story on the same event: a few of the story's sentences (the facts or a quote,
    a fifth to a third of the new text) among sentences it did not take from it, often the same headline."""
    shared = sentences(paragraphs)
    if not shared:
        return title, list(paragraphs)
    # A few facts, never most of the story: at most a third of its characters. A sentence longer than
    # that (one-sentence briefs) gives its first clauses up to the cap.
    cap = sum(map(len, shared)) // 3
    start = rng.randrange(len(shared))
    taken: list[str] = []
    for sentence in shared[start : start + rng.randint(1, 3)]:
        if sum(map(len, taken)) + len(sentence) > cap:
            break
        taken.append(sentence)
    if not taken:
        clauses = re.findall(r"[^，,；;]+[，,；;]?", shared[start])
        while clauses and sum(map(len, taken)) + len(clauses[0]) <= cap:
            taken.append(clauses.pop(0))
        taken = ["".join(taken)] if taken else [shared[start][:cap]]
    own_chars = sum(map(len, taken)) * rng.uniform(2.0, 4.0)
    own: list[str] = []
    while sum(map(len, own)) < own_chars:
        own.append(rng.choice(fillers))
    at = rng.randint(0, len(own))
    text = [*own[:at], *taken, *own[at:]]
    per = max(1, len(text) // rng.randint(2, 4))
    body = ["".join(text[i : i + per]) for i in range(0, len(text), per)]
    headline = title if rng.random() < 0.5 else f"{title[: max(4, len(title) // 2)]}，多方回应"
    return headline, body
