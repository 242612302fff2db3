"""The writers' credit words that are words of prose alone, so they need a separator to count as labels (moved out
of ``bylinelabels``, session 10, to keep that module small)."""

from __future__ import annotations

__all__ = ["CO_WRITER_CREDITS", "REPORT_CREDITS", "SELF_WORDS", "WRITER_CREDITS"]

# Writers' credits that are words of prose alone (they need a separator to count): a column's or a weekly's
# lead writer ("主笔：钱多多"), a commentary's drafter ("执笔：李明"), Japanese credits: the reporting writer
# ("取材・文／山田花子"), a writer who took the pictures too; a report's drafter named as a person ("执笔人：X",
# "撰写：X").
# The verb a reporter's name closes with ("陈可扬 报道") labels the name after it when a separator follows ("报道：
# 郭伟强", Malaysian and Singaporean Chinese papers' bars): the same credit printed label-first. Only with the
# separator and at a boundary (bylinegrammar), so "据报道：", "相关报道：" and "综合报道" stay words.
REPORT_CREDITS = ("报道", "报导", "報道", "報導")
WRITER_CREDITS = (
    "主笔",
    "执笔人",
    "执笔",
    "撰写人",
    "撰写",
    "取材・文",
    "文・写真",
    "執筆者",
    "執筆",
    "ライター",
    "文責",
    *REPORT_CREDITS,
)
# The drafting credits a second writer stands under in the same line ("主笔：周敏　执笔：何平"): both wrote it.
# A compiler after the writer ("作者：Felix Horst　编译：文木", a foreign column put into Chinese) co-writes too:
# README counts 编译 as a writer's label (a translator, 译者, is none).
CO_WRITER_CREDITS = frozenset(label for label in WRITER_CREDITS if "・" not in label) | {"编译", "編譯"}
# The writer by a pronoun or a role, naming nobody ("本文为作者原创", "本文经作者授权发布", "本文系笔者原创").
SELF_WORDS = frozenset(
    {"作者", "原作者", "作者本人", "笔者", "筆者", "本人", "本号", "本號", "博主", "我", "我们", "我們"}
)
