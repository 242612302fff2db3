"""An editor credited under the outlet its reporter is credited under ("每经记者 张明双 每经编辑 陈俊杰", "本报记者 X
本报编辑 Y"): the outlet's word glued before 编辑 makes it a label, as the same word glued before 记者 does.

A bare 编辑 glued to a word is usually that word (编辑推荐, 编辑部), so the grammar wants a boundary before it;
the outlet's own word, already shown gluing the line's reporter label, is the one glue it accepts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newscorpus import settings
from newscorpus.scrapers.bylinelabels import CO_REPORTERS
from newscorpus.scrapers.bylinespell import both_spellings

__all__ = ["reporter_qualifier", "shared_outlet"]

_REPORTER_CORES = ("记者", "記者")
# The outlet's word glues an intern's or a correspondent's label the same way ("南方周末记者 X 南方周末实习生 Y").
_GLUED_CORES = ("编辑", "編輯", *both_spellings(CO_REPORTERS))
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")


def shared_outlet(line: str, reporters: Iterable[tuple[int, str]], start: int, end: int) -> int:
    """How many characters of outlet word before the editor label at ``start:end`` the line's reporter label
    (``reporters``: each one's start and label text) is glued to too; 0 when none, or when the label is not
    a bare editor label followed by a gap or a separator."""
    if line[start:end] not in _GLUED_CORES or line[end : end + 1] not in (" ", ":", "|"):
        return 0
    run = _HAN_RUN.search(line, 0, start)
    if run is None or len(run.group()) < settings.BYLINE_OUTLET_MIN_CHARS:
        return 0
    prefix = run.group()
    for at, label in reporters:
        core = max(label.rfind(word) for word in _REPORTER_CORES)
        before = _HAN_RUN.search(line, 0, at + core) if core >= 0 else None
        if before is not None and before.group().startswith(prefix):
            return len(prefix)
    return 0


# The core a co-writer's label ends in, whatever word qualifies it (郑州台记者, 学生记者, 学生通讯员).
_WRITER_CORES = (*_REPORTER_CORES, *both_spellings(("通讯员",)))


def reporter_qualifier(line: str, previous_end: int, start: int, end: int) -> int:
    """How many characters of the word glued before the reporter label at ``start:end`` qualify it, after a
    writer's credit that named someone (``总台央广记者 王思坤 郑州台记者 张晓雪``, ``校报记者 王斌 学生记者 赵晓雯``):
    a station, a paper or a student reporter's word. A name is printed after its label, never glued before it,
    so the word set off by a gap before the label is the label's, not a second name. 0 when there is none."""
    if not line[start:end].endswith(_WRITER_CORES):
        return 0
    run = _HAN_RUN.search(line, previous_end, start)
    if run is None or len(run.group()) < settings.BYLINE_OUTLET_MIN_CHARS:
        return 0
    if len(run.group()) > settings.BYLINE_MAX_OUTLET_CHARS or line[run.start() - 1 : run.start()] != " ":
        return 0
    return len(run.group()) if line[previous_end : run.start()].strip(" :：|/") else 0
