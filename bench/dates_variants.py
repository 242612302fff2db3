"""The variants of ``bench.dates_vary``: each rewrites a page whose shown publish time is known the way
another CMS or another year prints it (spelling, label, markup, position) or adds a distractor date, keeping
the expected value; ``FAMILIES`` names them. Every choice comes from the ``random.Random`` a variant is
given, so a seeded run is deterministic."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import generic

_LABEL_BEFORE = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|发表于|发布于|时间|日期|更新时间|日期：|Posted on|Published|投稿日期)"
    r"\s*[:：]?\s*$"
)


@dataclass(frozen=True)
class Base:
    name: str
    url: str | None
    html: str  # machine-readable times taken out
    want: str
    when: datetime  # the expected time in the page's own offset
    timed: bool  # whether the shown string carries the time
    start: int  # the shown string's span in html
    end: int


# Each variant takes (base, rng) and returns (html, url, fetched_at).
Variant = Callable[[Base, random.Random], tuple[str, str | None, str | None]]


def _spell(when: datetime, timed: bool, fmt: str) -> str:
    """One spelling of a time; fmt names it. Date-only bases get the date part alone."""
    y, m, d, hh, mm = when.year, when.month, when.day, when.hour, when.minute
    dates = {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "iso_s": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{y}/{m:02d}/{d:02d}",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "cn": f"{y}年{m}月{d}日",
        "cn_hm": f"{y}年{m:02d}月{d:02d}日",
        "yy": f"{y % 100:02d}-{m:02d}-{d:02d}",
        "trad": f"{y}年{m:02d}月{d:02d}日",
        "jp": f"{y}年{m}月{d}日",
        "en": f"{when.strftime('%b')} {d}, {y}",
        "en_long": f"{when.strftime('%B')} {d}, {y}",
    }
    clocks = {
        "iso": f" {hh:02d}:{mm:02d}",
        "iso_s": f" {hh:02d}:{mm:02d}:00",
        "slash": f" {hh:02d}:{mm:02d}",
        "dot": f" {hh:02d}:{mm:02d}",
        "cn": f" {hh:02d}:{mm:02d}",
        "cn_hm": f"{hh:02d}时{mm:02d}分",
        "yy": f" {hh:02d}:{mm:02d}",
        "trad": f" {hh:02d}時{mm:02d}分",
        "jp": f" {hh}時{mm}分",
        "en": f" {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
        "en_long": f" at {hh % 12 or 12}:{mm:02d} {'am' if hh < 12 else 'pm'}",
    }
    return dates[fmt] + (clocks[fmt] if timed else "")


def _replace(base: Base, new: str, *, label: str | None = None) -> str:
    before = base.html[: base.start]
    if label is not None:
        window = before[-40:]
        cut = _LABEL_BEFORE.search(window)
        if cut:
            before = before[: len(before) - len(window) + cut.start()]
        new = f"{label}{new}"
    return before + new + base.html[base.end :]


def _fmt(fmt: str) -> Variant:
    return lambda base, rng: (_replace(base, _spell(base.when, base.timed, fmt)), base.url, None)


def _label(label: str) -> Variant:
    return lambda base, rng: (
        _replace(base, _spell(base.when, base.timed, "iso"), label=label),
        base.url,
        None,
    )


def _iso_zone(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    return _replace(base, base.when.isoformat(timespec="seconds")), base.url, None


def _split_spans(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    w = base.when
    day = f"<span>{w.year}-{w.month:02d}-{w.day:02d}</span>"
    clock = f" <span>{w.hour:02d}:{w.minute:02d}</span>" if base.timed else ""
    return _replace(base, day + clock), base.url, None


def _time_tag(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    shown = _spell(base.when, base.timed, "iso")
    return _replace(base, f'<time datetime="{base.when.isoformat()}">{shown}</time>'), base.url, None


def _badge(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    w = base.when
    clock = f' <span class="time">{w.hour:02d}:{w.minute:02d}</span>' if base.timed else ""
    badge = f'<span class="day">{w.day:02d}</span><span class="ym">{w.year}-{w.month:02d}</span>{clock}'
    return _replace(base, badge), base.url, None


def _tooltip(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    shown = _spell(base.when, base.timed, "iso")
    days = rng.randint(3, 9)
    fetched = (base.when + timedelta(days=days, hours=2)).isoformat()
    return _replace(base, f'<span title="{shown}">{days}天前</span>'), base.url, fetched


def _cells(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    shown = _spell(base.when, base.timed, "iso")
    table = f"<table><tr><td>发布日期</td><td>{shown}</td></tr></table>"
    html = _replace(base, "")
    return _after_headline(html, table), base.url, None


def _after_headline(html: str, block: str) -> str:
    """Right after the first </h1> in the page's body (a script's string may spell one in the head), else at
    the body's top."""
    body = html.lower().find("<body")
    top = html.find(">", body) + 1 if body >= 0 else 0
    at = html.lower().find("</h1>", top)
    if at < 0:
        return html[:top] + block + html[top:]
    return html[: at + 5] + block + html[at + 5 :]


def _after_story(html: str, block: str, url: str | None = None) -> str:
    """After the story's last paragraph (as the generic extractor reads the page), else before </body>."""
    story = generic.extract(LexborHTMLParser(html), url).paragraphs
    last = story[-1][:12] if story else ""
    found = html.find(last) if last else -1
    at = html.find("</", found) if found >= 0 else -1
    if at < 0:
        return html.replace("</body>", block + "</body>")
    close = html.find(">", at) + 1
    return html[:close] + block + html[close:]


def _moved(place: str) -> Variant:
    def variant(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
        shown = _spell(base.when, base.timed, "iso")
        html = _replace(base, "", label="")
        views = rng.randint(120, 9000)
        blocks = {
            "under_headline": f'<div class="info"><span>发布时间：{shown}</span> <span>来源：本站</span></div>',
            "views": f'<div class="bar"><span>{shown}</span> <span>阅读 {views}</span> <a>分享到</a></div>',
            "forum": f'<div class="authi"><a>楼主</a> <em>发表于 {shown}</em> | 只看该作者</div>',
            "after_story": f'<div class="post-foot">发布于 {shown}</div>',
        }
        if place == "after_story":
            return _after_story(html, blocks[place], base.url), base.url, None
        return _after_headline(html, blocks[place]), base.url, None

    return variant


def _later(base: Base, rng: random.Random, days: int) -> str:
    return _spell(base.when + timedelta(days=days, hours=rng.randint(1, 5)), True, "iso")


def _sidebar(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    item = f'<li><a href="/n/1.html">本周热点回顾</a> <span>{_later(base, rng, 3)}</span></li>'
    return _appended(base, f'<div class="side"><ul>{item}</ul></div>'), base.url, None


def _copyright(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    return _appended(base, f'<div class="footer">Copyright © 2003-{base.when.year + 1} 版权所有</div>'), base.url, None


def _appended(base: Base, block: str) -> str:
    """The page with ``block`` as the body's last element (a fragment without </body>: at its end)."""
    return base.html.replace("</body>", block + "</body>") if "</body>" in base.html else base.html + block


def _update_after(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    shown = base.html[base.start : base.end]
    return _replace(base, f"{shown} 更新时间：{_later(base, rng, 2)}"), base.url, None


def _url_date(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    if not base.url:
        return base.html, base.url, None
    other = base.when - timedelta(days=rng.randint(2, 30))
    url = re.sub(r"/?$", "", base.url.split("?")[0].rsplit("/", 1)[0])
    return base.html, f"{url}/{other.year}{other.month:02d}/{other.day:02d}/c_{rng.randint(1000, 9999)}.html", None


def _clock(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    today = base.when + timedelta(days=rng.randint(1, 6))
    block = f'<div class="topbar">今天是{today.year}年{today.month}月{today.day}日 星期一</div>'
    at = base.html.lower().find("<body")
    at = base.html.find(">", at) + 1 if at >= 0 else 0
    return base.html[:at] + block + base.html[at:], base.url, None


def _story_date(base: Base, rng: random.Random) -> tuple[str, str | None, str | None]:
    other = base.when - timedelta(days=rng.randint(1, 9))
    block = f"<p>{other.year}年{other.month}月{other.day}日，记者从有关部门获悉上述情况。</p>"
    return _after_story(base.html, block, base.url), base.url, None


FAMILIES: dict[str, dict[str, Variant]] = {
    "format": {
        **{name: _fmt(name) for name in ("iso", "iso_s", "slash", "dot", "cn", "cn_hm", "yy", "trad", "jp", "en")},
        "iso_zone": _iso_zone,
    },
    "label": {
        label.strip("：: ") or "none": _label(label)
        for label in (
            "发布时间：",
            "发布日期：",
            "时间：",
            "日期：",
            "发表于 ",
            "发布于 ",
            "上传时间：",
            "录入时间：",
            "Posted on ",
            "投稿日期：",
            "",
        )
    },
    "markup": {"split": _split_spans, "time": _time_tag, "badge": _badge, "tooltip": _tooltip, "cells": _cells},
    "position": {name: _moved(name) for name in ("under_headline", "views", "forum", "after_story")},
    "distractor": {
        "sidebar": _sidebar,
        "copyright": _copyright,
        "update_after": _update_after,
        "url_date": _url_date,
        "clock": _clock,
        "story_date": _story_date,
    },
}
