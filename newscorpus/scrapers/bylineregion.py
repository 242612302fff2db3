"""Where a page's byline bar is: the short lines between the headline and the story's first paragraph.

The labelled fields (来源：, 作者：, 责任编辑：) are read from a wider window around the headline and from the
story's first and last lines, since a label says what its value is wherever it stands. Unlabelled parts
(``张三 2024-05-15 08:58 新华网``) say nothing by themselves: they are read only from this region, so a
related list or a sidebar item that also pairs a time with an outlet is never taken for the byline.
"""

from __future__ import annotations

from newscorpus import settings


def meta_bars(lines: list[str], title: str | None, first_paragraph: str | None) -> list[str]:
    """The lines after the headline's last copy and before the story's first paragraph, at most a few
    of them and each no longer than a byline bar; empty when the headline is not among ``lines``."""
    if not title or title not in lines:
        return []
    start = len(lines) - lines[::-1].index(title)
    region: list[str] = []
    for line in lines[start : start + settings.BYLINE_REGION_LINES]:
        if first_paragraph is not None and line == first_paragraph:
            break
        if len(line) <= settings.BYLINE_MAX_LINE_CHARS:
            region.append(line)
    return region
