"""The editor credited just after the story, outside the element a site rule takes as its body.

Portal templates print the editor below the story in an element of its own: ``<p class="editor">
(责任编辑：张倩)</p>`` after the share box, ``[责任编辑：雨楠 PN062]`` in a span after the share bar,
``<div class="left_name"><p class="fr">(责编：X、Y)</p></div>``, ``值班编辑：X`` in a foot bar beside a read
counter. A rule's body selector stops at the story, and its raw closing lines (the tail) do not reach
these; the generic extractor's page-wide ``editor_line`` (below) trusts only 责任编辑/责编 (or a bracketed
编辑 line) anywhere. Here the few elements right after the body are read, where any editor label (编辑,
本文编辑, 值班编辑, 編輯, Editor) credits the story: what follows them further (related lists, comments,
footers) is never read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylinegrammar import (
    AUTHOR,
    EDITOR,
    LIST_LABELS,
    REPORTER,
    fold,
    is_lone_label,
    join_dangling_labels,
    tokenize,
)
from newscorpus.scrapers.bylinespell import canonical
from newscorpus.scrapers.sitekit import captions_after_images
from newscorpus.scrapers.text import SENTENCE_END_CHARS

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# Sentence ends: a caption under a picture is a sentence ("白宮發言人回應提問。（美聯社）").
# Elements whose text is never shown.
_UNSHOWN = frozenset({"script", "style", "noscript", "template"})
# A notice's attachment lines under the story: "相关附件：", "附件1：…", a document's file name.
_ATTACHMENT = re.compile(r"^(?:相关|相關)?附件\s*\d*\s*:|\.(?:docx?|xlsx?|pdf|wps|zip|rar|pptx?)$", re.IGNORECASE)


_EDITOR_LABELS = ("责任编辑", "责编", "責任編輯", "責編")
_EDITOR_ALTERNATIVES = "|".join(_EDITOR_LABELS)
# "责任编辑：张三", and "责任编辑 张三" when a bar draws its separator as an icon.
_EDITOR_LINE = re.compile(rf"^[(（\[【]?\s*(?:{_EDITOR_ALTERNATIVES})(?:\s*[:|]|\s+\S)")
_EDITOR_ALONE = re.compile(rf"[(（\[【]?\s*(?:{_EDITOR_ALTERNATIVES})\s*")
# A plain 编辑 credit in brackets filling its own line ("【编辑:王禕】", chinanews; "(编辑：王晓敏)" under Sina's 2008
# story, past its tool links): as sure as 责任编辑. Of 106 tune pages carrying the round form, 92 label the name as
# shown and 14 the name less a CMS code (stripped as anywhere; a code alone reads as no name): none another editor.
_BRACKETED_EDITOR_LEADS = ("【编辑", "[编辑", "【編輯", "[編輯", "(编辑", "（编辑", "(編輯", "（編輯")
_BRACKETED_EDITOR = re.compile(r"[【\[(（](?:编辑|編輯)\s*:\s*[^】\]:()（）]{2,12}[】\])）]")


def lines_after(node: LexborNode, limit: int = settings.BYLINE_LINES_AFTER_BODY) -> list[str]:
    """The first ``limit`` text lines after ``node`` in document order (its following siblings, then its
    ancestors' following siblings), without reading further: the page's rest can be large."""
    lines: list[str] = []
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html") and len(lines) < limit:
        sibling = current.next
        while sibling is not None and len(lines) < limit:
            if sibling.tag not in _UNSHOWN:
                text = sibling.text(deep=True, separator="\n")
                lines += [line for raw in text.split("\n") if (line := raw.strip())]
            sibling = sibling.next
        current = current.parent
    return lines[:limit]


_CELL_SEPARATORS = " :|"


def credit_reach(texts: list[str], start: int, count: int) -> int:
    """The index ``count`` lines past ``start``, a list of label cells counted as one line: a credit list under the
    story (``<dt>作者</dt><dd>X</dd><dt>编辑</dt><dd>Y</dd>``) prints each field as two lines, so a window of lines
    would cut it halfway. 编辑 and a photographer's label are cells only after another label cell."""
    at, cells, after_cell = start, 0, False
    while count > 0 and at < len(texts) and cells <= settings.BYLINE_LINES_AFTER_BODY:
        folded = fold(texts[at])
        # A cell's label keeps its separator or not (<td>责任编辑：</td><td>X</td>, <dt>作者</dt><dd>X</dd>).
        label = folded.rstrip(_CELL_SEPARATORS)  # "摄影：" in a <td> of its own, as "摄影" in a <dt>
        cell = is_lone_label(label) or (cells > 0 and label in LIST_LABELS)
        # A value under a cell is one more line of the list only for the list's first field; a notice's
        # attachments (附件：…, a file's name) are the story's own, and the credit under them still counts.
        count -= not cell and not (after_cell and cells > 1) and not _ATTACHMENT.search(folded)
        cells, after_cell, at = cells + cell, cell, at + 1
    if count == 0 and at > start and _field_line(texts[at - 1]):
        # A field list under the story runs on (发布日期 / 更新日期 / 发布单位 / 点阅次数 in one <ul>): its
        # fields past the window are the same list's, read to its end.
        while at < len(texts) and at - start < settings.BYLINE_LINES_AFTER_BODY and _field_line(texts[at]):
            at += 1
    return at + count


def _field_line(text: str) -> bool:
    """A short line that opens with a field's label (``發布單位：社會課``, ``更新日期：…``, the grammar's 日期 after its
    qualifier word): a metadata list's row."""
    folded = fold(text)
    if len(folded) > settings.BYLINE_SHORT_LINE_CHARS:
        return False
    lead, fields = tokenize(folded)
    return bool(fields) and len(lead) <= settings.BYLINE_LABEL_QUALIFIER_CHARS


def closing_editor(lines: list[str], *, responsible: bool = False) -> str | None:
    """The editor the first short credit line among ``lines`` names (``(责任编辑：X)``, ``编辑/X 审核/Y``,
    ``分享到：责编：X``); story text and lines without an editor label name none. ``responsible``: only a
    责任编辑/责编 label counts (the line must outrank an editor already found)."""
    # "责任编辑：" in one element and its linked name in the next are one line.
    for text in join_dangling_labels(lines):
        if len(text) > settings.BYLINE_SHORT_LINE_CHARS:
            continue
        labels = [canonical(item.label) for item in tokenize(text)[1] if item.kind == EDITOR]
        if responsible and not any(label in _RESPONSIBLE for label in labels):
            continue
        if labels and (editor := parse_line(text).editor):
            return editor
    return None


_RESPONSIBLE = frozenset({"责任编辑", "责编"})


def closing_writer(lines: list[str]) -> str | None:
    """The writers the first short line among ``lines`` opening with a writer's label names (``作者：杨广、何宁``
    in its own element past the story and its picture): a rule's body ends before it."""
    for text in join_dangling_labels(lines):
        if len(text) > settings.BYLINE_SHORT_LINE_CHARS:
            continue
        lead, fields = tokenize(text)
        if not lead and fields and fields[0].kind in (AUTHOR, REPORTER) and (writer := parse_line(text).author):
            return writer
    return None


def photo_sentence(line: str) -> bool:
    """A short sentence naming no labelled credit: under a picture, it credits the picture (an agency in
    brackets closing it took the photo); a dateline's 记者 or a ``文/`` line there is the story's."""
    short = len(line) <= settings.CREDITED_CAPTION_MAX_CHARS and not SENTENCE_END_CHARS.isdisjoint(line)
    return short and not tokenize(fold(line))[1]


def picture_captions(body: LexborNode) -> set[str]:
    """The short sentences right under a picture in a rule's body (``photo_sentence``)."""
    after = captions_after_images(body, centered_only=False, max_chars=settings.CREDITED_CAPTION_MAX_CHARS)
    return {line for line in after if photo_sentence(line)}


def editor_line(lines: list[str]) -> str | None:
    """The editor from a standalone ``【责任编辑：张三】`` line anywhere in ``lines`` (or a ``责任编辑`` line
    and its value in the next): that label is never page chrome, so it is trusted beyond the header and
    the body's last lines."""
    for index, line in enumerate(lines):
        # Folding keeps Chinese text as it is: a line without the label as written cannot match. The test
        # spares folding every line of the page.
        if line.startswith(_BRACKETED_EDITOR_LEADS) and _BRACKETED_EDITOR.fullmatch(text := fold(line)):
            return parse_line(text).editor  # "【编辑:王禕】": a bracketed credit alone on its line, no tool link
        # Every label holds 责 or 責: two character tests rule out nearly every line before the four words.
        if ("责" not in line and "責" not in line) or not any(label in line for label in _EDITOR_LABELS):
            continue
        text = fold(line)
        if _EDITOR_ALONE.fullmatch(text) and index + 1 < len(lines):
            text = f"{text}:{fold(lines[index + 1])}"  # "<dt>责任编辑</dt><dd>张三</dd>"
        if len(text) <= settings.BYLINE_SHORT_LINE_CHARS and (_EDITOR_LINE.match(text) or _credit_line(text)):
            return parse_line(text).editor
    return None


def _credit_line(text: str) -> bool:
    """A line of credit fields with a 责任编辑/责编 among them (``本文来源：新华网 作者：X 责任编辑：Y``): it opens
    with a label, so it is no sentence quoting one."""
    lead, fields = tokenize(text)
    return not lead.strip("([【（ ") and any(
        field.kind == EDITOR and canonical(field.label) in _RESPONSIBLE for field in fields
    )


def fact_box_author(lines: list[str]) -> str | None:
    """The writer a story's fact box names: a short ``作者 X`` line among label-and-value lines that also give
    the story's date or its editor (DW's side list: ``日期 07.07.2016`` / ``作者 洪沙`` / ``责编 苗子``), which,
    unlike a lone 作者 line anywhere on a page, is this story's own record."""
    for index, line in enumerate(lines):
        if not _FACT_AUTHOR.fullmatch(line):
            continue
        near = lines[max(0, index - settings.BYLINE_FACT_BOX_LINES) : index + settings.BYLINE_FACT_BOX_LINES + 1]
        if any(_FACT_DATE.match(other) or _EDITOR_LINE.match(fold(other)) for other in near if other != line):
            return parse_line(line).author
    return None


# A fact box's writer line, label and value apart by a space or a colon, and a date line beside it.
_FACT_AUTHOR = re.compile(r"作\s*者\s*[:：]?\s*[^\s:：]{2,12}")
_FACT_DATE = re.compile(r"^(?:日期|时间|時間|发布日期|發佈日期)\s*[:：]?\s*\d")


# The 信息公开 index table's first row: "索引号", "索 引 号：…".
_INDEX_CELL = re.compile(r"^索\s*引\s*[号號]")
# The cell a 信息公开 index table prints the document's title in ("标题：", "名 称：", Hong Kong's "標題").
_TITLE_CELL = re.compile(r"^(?:[标標]\s*[题題]|名\s*[称稱]|文件名[称稱]|信息名[称稱])\s*:?$")


def index_table_source(lines: list[str], title_at: int) -> str | None:
    """The unit a government page's index table credits (``发布机构：芜湖市发展和改革委员会``), when the headline
    is found in that table's title cell, or right under the table (its 索引号 row a few lines up): the rows
    above it (索引号, 发布机构, 发文日期) are the page's own metadata, though the window under the headline does
    not reach them. None elsewhere."""
    if title_at < 1:
        return None
    if _TITLE_CELL.match(fold(lines[title_at - 1])):
        # The headline's own table: its rows are a bar of fields (資料來源 there names the office it came from).
        rows = lines[max(0, title_at - 1 - settings.BYLINE_INDEX_TABLE_LINES) : title_at - 1]
        return parse_byline(rows, rows).source
    # The table's last row right above the headline (有效性 | 有效), its 索引号 row a few lines up; a title
    # printed in a cell labelled otherwise ("备注：") is a row's value, not a headline under the table.
    above = lines[max(0, title_at - settings.BYLINE_INDEX_TABLE_LINES) : title_at]
    # The table's own title cell repeating the headline (名 称 | 关于…的通知, then <h1>关于…的通知</h1> under the
    # table): the rows above that cell are the table's, though its 索引号 row lies out of the window's reach.
    cell = next((at for at in range(len(above) - 1, 0, -1) if above[at] == lines[title_at]), None)
    if cell is not None and _TITLE_CELL.match(fold(above[cell - 1])):
        # The rows under the title cell are the table's too (標題 first, then 發佈單位 | 資料來源 | 發佈日期, the
        # headline again in <h2> under the table): read them when the rows above the cell name no source.
        rows = above[cell + 1 :]
        return index_table_source(lines, title_at - len(above) + cell) or parse_byline(rows, rows).source
    if fold(above[-1]).endswith(":"):
        return None
    if not any(_INDEX_CELL.match(line) for line in above) and not _metadata_table(above):
        return None
    return parse_byline(above, []).source


def _metadata_table(above: list[str]) -> bool:
    """The lines right above the headline are a metadata table's rows, whatever its labels say: label cells
    (a short word closed by a colon) each over its value cell, for several rows running up from the headline
    (``发布机构：`` | ``县政府办公室`` … ``有 效 性：`` | ``有效`` | ``浏览次数：`` | ``1462``), its first row (索引号)
    out of reach. A story's closing lines or a sidebar's list alternate so seldom: a row broken by a line of
    another shape ends the run."""
    rows = 0
    for at in range(len(above) - 2, -1, -2):
        label, value = fold(above[at]), fold(above[at + 1])
        if not (label.endswith(":") and len(label) <= settings.BYLINE_LABEL_CHARS) or value.endswith(":"):
            break
        rows += 1
    return rows >= settings.BYLINE_META_TABLE_ROWS


# Credits that name this very post's writer wherever they stand: a blog engine's stamp (cnblogs' "posted @
# 2016-03-11 14:22 王小飞") and a copyright block's "本文作者：张明宇" (Hexo NexT's, under the related list).
_SELF_CREDIT = re.compile(r"^(?:posted\s*@|本文作者\s*[:：])", re.IGNORECASE)


def self_credit(lines: list[str]) -> str | None:
    """The writer the page's one self-referring credit names, when it names one person (two such lines, a
    thread's posts or a listing of posts, name nobody)."""
    credits = [line for line in lines if _SELF_CREDIT.match(line)]
    if len(credits) != 1:
        return None
    return parse_line(fold(credits[0])).author
