"""Author, source and editor from the byline lines Chinese news pages print around the story."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"[\u4e00-\u9fa5·]{2,6}"
_SOURCE = re.compile(r"(?:来源|稿源|出处|来自)\s*[:：]\s*([^\s|｜丨/:：，,]{2,30}(?:\s[^\s|｜丨:：]{2,12})?)")
_EDITOR = re.compile(r"(?:责任编辑|责编|编辑|本文编辑)\s*[:：]\s*([^\s|｜丨，,)）\]】]{2,30})")
_AUTHOR_LABEL = re.compile(r"(?:作者|撰文|文\s*[/／]|记者|通讯员)\s*[:：]?\s*(.{2,60})")
_STOP = re.compile(r"(报道|摄影?|发自|电|编辑|来源|责任编辑|发布|时间|\d)")


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    source: str | None = None
    editor: str | None = None


def parse_byline(lines: list[str]) -> Byline:
    """Pick the first author, source and editor mentioned in ``lines`` (short header/footer lines)."""
    author = source = editor = None
    for line in lines:
        if len(line) > 120:
            continue
        if source is None and (match := _SOURCE.search(line)):
            source = _trim_source(match.group(1))
        if editor is None and (match := _EDITOR.search(line)):
            editor = match.group(1).strip()
        if author is None:
            author = _author(line)
    return Byline(author or None, source or None, editor or None)


def _trim_source(value: str) -> str:
    # "来源：澎湃新闻 作者：张三" leaves "澎湃新闻 作者" when the label follows a space.
    for label in ("作者", "编辑", "责任编辑", "记者", "时间", "发布"):
        value = value.split(label)[0]
    return value.strip(" ：:")


def _author(line: str) -> str | None:
    match = _AUTHOR_LABEL.search(line)
    if not match:
        return None
    names: list[str] = []
    for token in re.split(r"[\s、,，;；]+", match.group(1)):
        name = re.match(_NAME, token)
        if name is None or _STOP.search(name.group()):
            break
        names.append(name.group())
        if name.end() < len(token):
            break  # "赵敏2023-11-03": inline tags glued the date onto the name
    return " ".join(names) or None
