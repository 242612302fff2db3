"""An English byline bar: ``By Jane Doe | 2 Apr 2024``, ``2019-03-02 | By Jane Doe``, and the wire it may
credit instead (``By Reuters``), beside the other scripts' credits in ``bylinecredits``.

A capitalised phrase without ``By`` reads as nothing: only the word marks the names as the writers'.
"""

from __future__ import annotations

import re

from newscorpus.scrapers.bylinebare import is_person
from newscorpus.scrapers.bylinegrammar import TIME
from newscorpus.scrapers.bylinespell import LATIN, LATIN_UPPER

# Wires an English bar credits ("By Reuters", "By Associated Press"): a source, not a writer.
_AGENCY_WORD = re.compile(
    r"\b(?:Reuters|AFP|AP|Associated Press|Agence France|Bloomberg|Xinhua|Kyodo|Jiji|Yonhap|CNA|Agencies)\b"
)
# "By Mary Smith, BBC News": an outlet's word in a part after the comma makes it the employer, no writer.
_OUTLET_WORD = re.compile(
    r"\b(?:News|Post|Times|Daily|Journal|Herald|Press|Tribune|Magazine|Weekly|Network|Radio|TV|Online|Media"
    r"|Global|Review|Observer|Business|Insider)\b"
)
# "By Jane Doe", "By Jane Doe and John Smith": capitalised words after By, at the start of a bar.
# A bar's time label after the name ("By Jane Lee  Updated: 2022-06-03") is capitalised too: it ends the name, as
# the next credit's label does ("Written by Kelly Ho  Photo: Jason Lam").
_TIME_WORD = r"(?!(?:Updated|Posted|Published|Modified|Last|Date|Time|Photos?|Video|Text)\b)"
_NAME = rf"[{LATIN_UPPER}][{LATIN}.'\-]+(?:\s+{_TIME_WORD}[{LATIN_UPPER}][{LATIN}.'\-]+){{0,3}}"
# A Chinese name after By in a bilingual outlet's bar ("By 李文涛 / Staff Reporter"): two to four Han characters,
# a person's by its surname (bylinebare.is_person).
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])"
_BY = re.compile(
    rf"^(?:(?:Written|Words|Posted|Text|Story|Reporting)\s+)?(?:[Bb]y|BY):?\s+((?:{_NAME}|{_HAN_NAME})(?:\s*(?:,|and|&)\s*{_NAME})*)"
)
_BY_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
# The bar's next field after the names, its word capitalised like a name's ("By Chen Qingqing Editor: Huang Yu").
_NEXT_FIELD = re.compile(r"\s+(?=(?:Editor|Edited|Updated|Published|Source|Photo|Photos)\b\s*:?)")
# "By Jane Doe, Staff Reporter": the role after the name is no second writer.
_ROLE = re.compile(r"(?i)\b(?:reporter|correspondent|editor|staff|writer|contributor|columnist|journalist|in)\b")


def english_by(line: str) -> list[str]:
    """The names of an English byline bar (``By Jane Doe | 2 Apr 2024``), each whole."""
    match = _BY.match(line) or _by_after_bar(line)
    if match is None:
        return []
    # A writer's name is two words or more: "By HKFP", "By The Standard" credit an outlet.
    credited = _NEXT_FIELD.split(match.group(1), maxsplit=1)[0]
    names = [name for name in _by_names(credited) if not _AGENCY_WORD.search(name)]
    names = [name for name in names if not _OUTLET_WORD.search(name)]
    return [name for name in names if (" " in name or is_person(name)) and not name.startswith("The ")]


def _by_after_bar(line: str) -> re.Match[str] | None:
    """``2019-03-02 By Jane Doe``, ``2019-03-02 | By Jane Doe``: a "By" bar part after the time."""
    at = line.find(" By ")
    if at < 0:
        at = line.find(" by ")  # WordPress's "Posted on 2019-10-02 by Jane Lee"
    if at < 0 or not (TIME.search(line[:at]) or _leading_outlet(line)):
        return None
    return _BY.match(line[at + 1 :].lstrip())


# "Reuters | By Jane Doe", "Xinhua | Editor: Liu Qiang | 2018-01-05": a wire's or an outlet's name as the bar's
# first part, before the writers' or another English field's part.
_LEADING_PART = re.compile(r"^([^|]+?)\s*\|\s*(?=(?:By|BY|Editor|Edited|Updated|Published)\b)")


def _leading_outlet(line: str) -> str | None:
    """The outlet an English bar names in its first part, before its "By" or another field's part."""
    match = _LEADING_PART.match(line)
    if match is None or not _OUTLET_PART.fullmatch(part := match.group(1)):
        return None
    return part if _outlet_word(part) else None


def _outlet_word(part: str) -> bool:
    return _AGENCY_WORD.search(part) is not None or _OUTLET_WORD.search(part) is not None


def _by_names(text: str) -> list[str]:
    return [name for name in _BY_SPLIT.split(text) if name and not _ROLE.search(name)]


def english_agency(line: str) -> str | None:
    """``By Reuters``, ``By Agence France-Presse``: a wire credited by an English bar, its source; else the outlet
    the bar names in its part right after the writers (``By X | China Daily | …``) or before them (``Reuters | By
    X``)."""
    match = _BY.match(line)
    wires = [name for name in _by_names(match.group(1)) if _AGENCY_WORD.search(name)] if match else []
    if wires:
        return wires[0]
    if match is None:
        return _leading_outlet(line)  # "Reuters | By Jane Doe": the wire named before the writers
    # "By Li Wen and Zhang Hao | China Daily | Updated: …": the bar's next part, an outlet's name, is the source.
    if not (rest := _AFTER_NAMES.sub("", line[match.end() :].lstrip())).startswith("|"):
        return None
    part = rest[1:].split("|", 1)[0].strip()
    return part if (_OUTLET_PART.fullmatch(part) and _outlet_word(part)) or _SITE_NAME.fullmatch(part) else None


# Between the writers and the bar's next part: a Chinese name's romanisation ("By 王丽华 (Wang Lihua) | Xinhua") and
# the place the writer filed from ("By ZHANG YI in Shenzhen | China Daily").
_AFTER_NAMES = re.compile(r"^(?:\([A-Za-z .'\-]+\)\s*)?(?:in\s+[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,2}\s*)?")
# An outlet's site named by its address in that part ("By X | chinadaily.com.cn | Updated: …").
_SITE_NAME = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z]{2,6}){1,3}")


# An outlet's name as a bar's part: capitalised words only ("China Daily", "South China Morning Post").
_OUTLET_PART = re.compile(r"(?:The\s+)?[A-Z][A-Za-z.&'\-]*(?:\s+[A-Z][A-Za-z.&'\-]*){0,4}")
# "Written by Mary Chan / Edited by Tom Ho": the editor a bar credits after its writer, or alone; a wire's
# closing credits name the editor so too ("Reporting by Liu Xin; Editing by Tom Hogue").
_EDITED_BY = re.compile(rf"(?:^|[/|,;]\s*)(?:Edited|edited|EDITED|Editing)\s+(?:[Bb]y|BY)\s+({_NAME})")


def english_editor(line: str) -> str | None:
    """``Edited by Tom Ho`` (alone, or after the writer's credit): the editor's name, two words or more."""
    match = _EDITED_BY.search(line)
    return match.group(1) if match and " " in match.group(1) else None
