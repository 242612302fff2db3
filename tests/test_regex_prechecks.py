"""Speed shortcuts in front of regexes (perf13) answer exactly what the plain regex answers.

Each shortcut only lets a line or an href skip a search: a class of the characters a match can start
with, the one character every match ends with or needs. Each test derives what it can from the parsed
pattern and compares the shortcut with the plain search over real lines and hrefs and crafted ones.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser as sre_parse  # the stdlib's own parser: the only way to read a pattern's structure

from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers import datelines, posts, profiles, storytext
from newscorpus.scrapers.blocks import walk

from .conftest import FIXTURES
from .test_dateline_key_first import _first_of_sequence


def _fixture_pages() -> list[LexborHTMLParser]:
    trees = []
    for path in sorted(Path(FIXTURES).rglob("*.html"))[:120]:
        if any(part.startswith("blind") for part in path.parts):
            continue
        trees.append(LexborHTMLParser(decode_html(path.read_bytes()).text))
    return trees


def _fixture_lines() -> list[str]:
    return [line.text for tree in _fixture_pages() if tree.body is not None for line in walk(tree.body).lines]


_HREFS = [
    "/u/12345",
    "https://example.com/USER/abc?x=1",
    "//example.com/People/li-ming",
    "/home/uid12345",
    "/Member/9876",
    "https://bbs.example.com/space-uid-42.html",
    "/SPACE-UID-7",
    "/thread?uid=abc",
    "/x?a=1&AuthorID=9",
    "/forum/member.php?u=12",
    "/forum/MemberList.php?mode=viewprofile&u=3",
    "/profile.php?x=1&u=77",
    "/dispuser.asp?id=5",
    "/DispUser.asp?name=li",
    "/home/main?un=tieba_user",
    "/gov_38216",
    "/Media_5521.html",
    "https://space.example.com/u/12345",
    "//i.example.com/12345",
    "HTTP://MY.example.com/home/abc1234",
    "https://author.baidu.com/home?app_id=1234567",
    "https://example.com/redirect?to=//space.example.com/1234",
    "https://example.com/a/b/c.html",
    "/news/2024/05/12/123456.html",
    "/login/",
    "/u/me",
    "https://me.csdn.net/u/x",
    "https://example.com/index.php?m=space&uid=38821",
    "/ſpace-uid-9",
    "/Ｕ/1",
    "",
]


def test_the_profile_lead_holds_every_first_character_of_its_shapes() -> None:
    first, can_be_empty = _first_of_sequence(list(sre_parse.parse(profiles._PROFILE_INSIDE)))
    assert first is not None and not can_be_empty
    assert {char.lower() for char in first} <= set(profiles._PROFILE_FIRST)


def test_is_profile_answers_as_the_whole_pattern_does() -> None:
    hrefs = list(_HREFS)
    for tree in _fixture_pages():
        hrefs += [link.attributes.get("href") or "" for link in tree.css("a[href]")]
    hrefs += [href.upper() for href in _HREFS] + ["junk" + href for href in _HREFS]
    for href in hrefs:
        shaped = profiles.PROFILE.search(href) is not None
        assert profiles.profile_shaped(href) == shaped, href  # the shape alone, as the byline markup asks it
        assert profiles.is_profile(href) == (shaped and profiles.NOT_PROFILE.search(href) is None), href


def test_the_edited_page_lead_holds_every_first_character_of_its_words() -> None:
    first, can_be_empty = _first_of_sequence(list(sre_parse.parse(datelines._EDITED_PATTERN)))
    assert first is not None and not can_be_empty
    assert first <= set(datelines._EDITED_FIRST)
    plain = re.compile(datelines._EDITED_PATTERN)
    for text in ["本页面最后修订于2024年5月1日", "詞條最近編輯", "编辑次数：12次", "页面最后一次", *_fixture_lines()]:
        assert (datelines._EDITED_PAGE.search(text) is None) == (plain.search(text) is None), text


def test_a_caption_credit_is_searched_only_on_the_characters_it_ends_with() -> None:
    lines = [
        "通讯员刘娟 摄",
        "記者王騰毅／攝影",
        "演出现场。（读者提供）",
        "市民在公园散步(资料图片)",
        "新闻报道截图。",
        "新闻报道截圖",
        "（张三摄）",
        "人民日报记者 李四 摄\n",
        "这是一个句子。",
        *_fixture_lines(),
    ]
    for text in lines:
        assert storytext._credited(text) == (storytext._CAPTION_CREDIT.search(text) is not None), text


def test_a_post_stamp_needs_the_colon_of_its_time_of_day() -> None:
    lines = [
        "2023-5-14 21:46",
        "2021/10/12 22:47:09 回复",
        "2019年4月16日 08:12",
        "2019年4月16日 08：12",
        *_fixture_lines(),
    ]
    for text in lines:
        plain = bool(posts._STAMP.search(text)) and not posts._PROSE_END.search(text)
        assert posts.is_stamp(text) == (len(text) <= posts.settings.POST_STAMP_MAX_CHARS and plain), text
