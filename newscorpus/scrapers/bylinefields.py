"""The labelled fields of one byline line, read into what the line showed (``Found``).

``byline`` tokenizes a line (``bylinegrammar.tokenize``) and hands its fields here: reporters, authors,
sources, accounts and editors each have their own reading (README: "Bylines: what each field means").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newscorpus.scrapers import bylinebare as bare
from newscorpus.scrapers import bylinelone as lone
from newscorpus.scrapers import bylinenames as names
from newscorpus.scrapers import bylinesource as sources
from newscorpus.scrapers.bylinegrammar import ACCOUNT, AUTHOR, EDITOR, PHOTO, REPORTER, SOURCE, Field, tokenize
from newscorpus.scrapers.bylinelabels import CO_REPORTERS, OWN_OUTLET, PLATFORM_TAGS, canonical
from newscorpus.scrapers.bylinesurnames import RARE, WORDY
from newscorpus.scrapers.bylinewriters import CO_WRITER_CREDITS

# 责任编辑 outranks a bare 编辑 (thepaper's 澎湃号 footer: "编辑|甲 责编|乙" -> 乙).
_EDITOR_RANK = {"责任编辑": 3, "责编": 3, "責任編輯": 3, "責編": 3}
# The account after its platform; a clause after a comma ("网易号，不代表网易立场") is the notice's, no account.
ACCOUNT_SOURCE = re.compile("^(?:" + PLATFORM_TAGS + r")\s*[·•:|\-]?\s*([^\s,，。;；].*)$")
# A name with its WeChat ID in brackets ("周末读书会（ID：zmdsh2018）", "X（微信号：abc）"): an account's handle.
_WECHAT_ID = re.compile(rf"^\s*([^\s（(]{{2,20}})\s*{names.ACCOUNT_ID_BRACKET}")
# Platforms carrying outlets' own accounts too: "来源：企鹅号·钱江晚报" stays the outlet (README: accounts), as
# an outlet's own WeChat account does ("来源：微信公众号 健康时报").
_OUTLET_ACCOUNT_PLATFORMS = ("微信公众号", "公众号", *bare.OUTLET_PLATFORMS)
# A WeChat account a reprint notice names (本文转载自微信公众号“X”) is the source: the text was taken from it, it
# did not publish this page (since session 26: every natural batch labels it so). After a 来源 label
# (来源：公众号“X”, 来源：X（ID：abc）) it is the source beside a credited person, else the post's author (README).
_WECHAT_PLATFORMS = ("微信公众号", "公众号", "微信公眾號", "公眾號")
# A reprint notice's labels: "本文来源于", "本文转载自", "转自", "经授权转载自" (not a bar's 来源).
_REPRINT_LEADS = ("本文", "經授權", "经授权")
_REPRINT_VERBS = ("转", "轉")
_ACCOUNT_QUOTES = '“”"「」『』'
# "来自: 宜兴日报" names an outlet; "来自: 江苏", "来自: iPhone客户端" (a forum's poster) do not.
_FROM = "来自"
# The teller of an oral account: a writer's label whichever side of the 整理 credit it stands.
_ORAL = frozenset({"口述", "主讲", "证道", "證道", "讲述", "讲述人", "讲述者"})
# Who wrote the teller's words up: 整理, or 记录 (a note-taker: "讲述人：X 记录：Y").
_WRITTEN_UP = frozenset({"整理", "记录"})
_INTERVIEW = frozenset({"采访", "採訪"})
# Both spellings: "（明報記者攝）" under a photo credits the picture as "（新华社记者 程敏 摄）" does.
PHOTO_TAIL = re.compile(r"(?:^|\s)(?:[摄攝]影?|供[图圖]|拍[摄攝])(?:\s|$)")


@dataclass(frozen=True)
class Byline:
    author: str | None = None
    source: str | None = None
    editor: str | None = None


@dataclass
class Found:
    """What one or more lines showed, before the fields are settled."""

    authors: list[str] = field(default_factory=list)
    account: str | None = None
    organisation: str | None = None  # "作者：医技药剂党支部": shown, but a person credit elsewhere wins
    source: str | None = None
    editor: str | None = None
    editor_rank: int = 0
    # Unlabelled parts of a meta bar ("张三 2024-05-15 新华网"): used only when no label gives the field.
    bare_person: str | None = None
    bare_outlet: str | None = None
    # The account a reprint notice names ("本文转载自百家号“X”"): the author only where nothing else names one.
    reposted_from: str | None = None
    # The source came from the page's publishing unit (发布单位): a 来源 label naming where the story came from wins.
    published_by: bool = False
    # The agency an unbracketed wire dateline names ("新华社北京3月5日电"): the source only when no label or bar
    # names one, wherever on the page that label stands (a story's first line is often read before its 来源).
    wire: str | None = None
    # The WeChat account after a 来源 label: the source beside a credited person, else the author.
    wechat: str | None = None
    # The person a 发布人/发布者 label names (who put the page up), or a writer's note opens with (作者简介：X，…):
    # the author only where nothing else names one.
    poster: str | None = None

    def byline(self) -> Byline:
        author = names.join(self.authors) or self.account or self._own_post() or self.bare_person or self.poster
        author = author or self.reposted_from
        wechat_source = self.wechat if author else None
        author = author or self.wechat
        source = self.source or wechat_source or self._credited_outlet() or self.bare_outlet or self.wire
        return Byline(author, sources.unmarked(source), self._editor_person())

    def _editor_person(self) -> str | None:
        """The editor is a person (FORMAT: name(s)): a unit after 编辑 (``编辑：宣传科``) names none."""
        editor = self.editor
        if editor and all(names.is_organisation(part) and not bare.is_person(part) for part in editor.split()):
            return None
        return editor

    def _credited_outlet(self) -> str | None:
        """An outlet alone under a writer's label, nobody else credited (``作者：新华社``), names where the story came
        from: the source. Beside a person (``作者：新京报 作者：X``) it is the writer's employer, nothing."""
        own = self.organisation
        return own if own is not None and not self.authors and _outlet_only(own) else None

    def _own_post(self) -> str | None:
        """A unit or an outlet under a writer's label is no writer (author: a person, or the account that
        published a self-media post): only an account crediting itself as writer and 来源 at once
        (``作者：城事观察局 来源：城事观察局``) writes its own post. A school's, a hospital's or a government
        office's name there (``作者：计算机学院 来源：计算机学院``) stays the source alone."""
        own = self.organisation
        return own if own is not None and own == self.source and not names.is_news_unit(own) else None


# The unit that put the page up (a Taiwan university's 發佈單位 row beside its 資料來源 row): the source only when no
# 来源 label names where the story came from.
_PUBLISHER_LABELS = frozenset({"发布单位", "发布机构", "发文机关"})


# Who put the page up (the natural batches label the person so named the author, where nothing else names one).
_POSTER_LABELS = frozenset({"发布人", "发布者"})


def _posting_person(value: str) -> str | None:
    """The person a 发布人 value names, after the office they post for (``學務處 陳怡君``); a login (``admin``,
    ``jwc01``), a site's word (``管理员``) or an office alone (``教务处``) names nobody."""
    people = names.free_names(value)
    return names.join(people) if people and all(bare.is_person(person) for person in people) else None


# A note on the writer under the story ("作者简介：骆宾，自由撰稿人"): its subject is the writer where nothing else
# names one (the natural batches label it so, 2 strings to none).
_BIO_LABEL = "作者简介"
_BIO_LEAD = re.compile(r"^作者[简簡]介\s*[:：]\s*")
_BIO_CLAUSE = re.compile(r"[，,。；;（(]")


def _bio_subject(value: str) -> str | None:
    """The person a writer's note opens with, up to its first comma: a name, not a sentence about someone."""
    subject = _BIO_CLAUSE.split(value.strip(), maxsplit=1)[0].strip()
    return subject if bare.is_person(subject) else None


def bio_writer(line: str) -> str | None:
    """The writer a line opening with a note on them names (``作者简介：焦文博，高级工程师，…。``), read whole though
    the note runs on as prose."""
    lead = _BIO_LEAD.match(line)
    return _bio_subject(line[lead.end() :]) if lead else None


def _outranks_publisher(item: Field, found: Found) -> bool:
    return (
        found.published_by and canonical(item.label) not in _PUBLISHER_LABELS and item.label.endswith(("来源", "來源"))
    )


# A writer's role closing a reporter's credit: "记者 X 文".
_WROTE = re.compile(r"\s(?:文|撰文|文字)\s*$")


# Credits for work other than the text, which a reporter's label may follow as a photo label's does ("视频/见习记者
# X": X shot the video; "设计/记者 Y").
_OTHER_ROLES = frozenset(
    {"视频", "視頻", "剪辑", "剪輯", "设计", "設計", "视觉", "插画", "美编", "海报", "排版", "制作"}
)


def _in_other_role(fields: list[Field], index: int) -> bool:
    """Whether the reporter at ``index`` is credited, by the empty label right before it, for no text ("图/新华社记者
    张三"); a photographer named before it ("摄影：刘振 记者：马晓丽") leaves the reporter the writer."""
    before = fields[index - 1] if index else None
    if before is None:
        return False
    if before.kind == PHOTO:
        # The label's own value a person's name: that person took the pictures, the reporter wrote; an outlet or a
        # school's word there ("图/新华社记者 X", "摄影：学生记者 X") makes the reporter the photographer.
        return not bare.is_person(before.value.strip())
    return before.label in _OTHER_ROLES and not before.value.strip()


def read_fields(fields: list[Field], found: Found) -> None:
    # "记者 张三 通讯员 李四": every reporter label of one line credits the story; a later line adds none.
    # "图/新华社记者 张三": a reporter right after a photo label took the picture.
    values = [
        item.value for index, item in enumerate(fields) if item.kind == REPORTER and not _in_other_role(fields, index)
    ]
    reporters = [names.reporter_names(value) for value in values]
    # "记者 张三 通讯员 李四 摄": a photo credit closing the line covers everyone it names, but for a credit its own
    # writer's role closes ("记者 X 实习生 Y 文 记者 Z 摄": X and Y wrote, Z took the pictures).
    photographed = any(photo for _, photo in reporters)
    wrote_up_to = max((index for index, value in enumerate(values) if _WROTE.search(value)), default=-1)
    if photographed:
        credited = [name for people, photo in reporters[: wrote_up_to + 1] if not photo for name in people]
    else:
        credited = [name for people, _ in reporters for name in people]
    for index, item in enumerate(fields):
        following = fields[index + 1] if index + 1 < len(fields) else None
        if item.kind == EDITOR:
            _take_editor(item, found)
        elif item.kind == SOURCE and (account := wechat_source(item.value)):
            # "本文转载自微信公众号“X”": a reprint's origin, the source; "来源：公众号“X”（ID：abc），作者：Y" held
            _take_wechat(account, found, reprinted=_reprint_label(item.label))
        elif item.kind == SOURCE and (platform := ACCOUNT_SOURCE.match(item.value)):
            # "来源：百家号·科技小新": the publishing account, the author of a self-media post (README)
            account = names.account(platform.group(1))
            if item.value.startswith(_OUTLET_ACCOUNT_PLATFORMS) and account and bare.is_outlet(account):
                found.source = found.source or account  # "企鹅号·钱江晚报": an outlet's account
            else:
                found.account = found.account or account
        elif item.kind == SOURCE and canonical(item.label) in _SUPPLIED and (supplier := _supplying_person(item.value)):
            # "供稿：孙雅婷 初审：陈强": a person supplying the text wrote it (README: a person before 供稿 writes).
            found.authors = found.authors or [supplier]
        elif item.kind == SOURCE and canonical(item.label) in _SUPPLIED and (member := _unit_member(item.value)):
            # "供稿：护理部 黄秋菊": the unit sends it, its member named after it wrote it (the natural batches, 4
            # of 4), as in a closing bracket ("（供稿：镇综治办 王红梅）").
            found.authors = found.authors or [member[1]]
            found.source = found.source or member[0]
        elif canonical(item.label) in _SENT_IN and (unit := _sending_unit(item.value)):
            # "来稿：韶关市第一人民医院 护理部": a unit sent the piece in, the source, as a unit after 供稿 is; a person
            # after 来稿 wrote it (its writer's label).
            found.source = found.source or unit
        elif (
            item.kind == SOURCE
            and (found.source is None or _outranks_publisher(item, found))
            and not photo_credit(item.value)
        ):
            # (a postfix 供稿 before its slash, "（市摄影家协会 供稿 / 吴海涛 摄）", takes the next credit as its value:
            # a photographer's is no outlet)
            found.published_by = canonical(item.label) in _PUBLISHER_LABELS
            value = sources.outlet_value(item.value, labelled=item.separated)
            # "来自: 《模型世界》": a publication in title marks is an outlet too.
            named = value is not None and (bare.is_outlet(value) or bare.is_titled(value))
            found.source = value if item.label != _FROM or named else None
            found.bare_person = found.bare_person or lone.name_after_outlet(item.value)  # "来源：东南快报 李明轩"
        elif item.kind == REPORTER and (
            not found.authors or _fills_empty_credit(fields, index) or _continues_credit(fields)
        ):
            # "口述：陈阿婆 整理：本报记者 黄蕾": the 整理 credit's writer stands after its reporter label.
            found.authors = names.join_lists(found.authors, credited)
        elif item.kind == AUTHOR and not found.authors:
            # "作者：新华社记者 张三": the 作者 value is the outlet, the names follow 记者.
            # "作者：王晓峰 通讯员 陈露": a person there co-writes with the reporters after it (README).
            people = _writers(item)
            co_writers = bool(people) and all(bare.is_person(person) for person in people)
            # "文/观察者网专栏作者 张晨": a column's 作者 glued after the outlet is its writer's role, like 记者.
            role_next = following is not None and (
                following.kind == REPORTER or (following.kind == AUTHOR and not following.separated)
            )
            outlet_only = role_next and not co_writers
            if not outlet_only and not photo_credit(item.value):
                # "作者：医技药剂党支部", "采写：南方日报 口述：吴珊": a unit or an outlet under a writer's label
                # counts only when no person is credited (README); a later label's person wins.
                # A college or a hospital too ("作者：化工学院 文/许晴晴").
                unit = bool(people) and (names.is_organisation(people[0]) or names.is_news_unit(people[0]))
                if len(people) == 1 and (unit or _outlet_only(people[0])):
                    found.organisation = found.organisation or people[0]
                elif following is not None and following.kind == REPORTER:
                    found.authors = names.join_lists(people, credited)
                else:
                    found.authors = people
        elif canonical(item.label) in _POSTER_LABELS and found.poster is None:
            found.poster = _posting_person(item.value)  # "发布人：周晓梅": the writer where no credit names one
        elif canonical(item.label) == _BIO_LABEL and found.poster is None:
            found.poster = _bio_subject(item.value)  # "作者简介：焦文博，高级工程师…": the note's subject wrote it
        elif item.kind == AUTHOR and index and _co_writer(fields[:index], item):
            found.authors = names.join_lists(found.authors, _writers(item))
        elif item.kind == ACCOUNT and _reprinted_account(fields, index):
            # "来源：公众号：一条财经（ID：yitiaocj）": the empty source label's value is the WeChat account (above)
            _take_wechat(
                wechat_source(f"{item.label}{item.value}"), found, reprinted=_reprint_label(fields[index - 1].label)
            )
        elif item.kind == ACCOUNT and found.account is None:
            account = names.account(item.value)
            if account and _labelled_outlet_account(fields, index) and bare.is_outlet(account):
                found.source = found.source or account  # "来源：微信公众号 健康时报": an outlet's own account
            else:
                found.account = account
    if not found.authors and not found.account:
        found.authors = _interviewers(fields)


def _labelled_outlet_account(fields: list[Field], index: int) -> bool:
    """An outlet's own account as the source: on WeChat (``公众号：健康时报``, no author's bar), or where an empty
    来源 label stands right before the platform. A bar's bare platform tag names the post's author, an outlet's
    name or not (``企鹅号 / 游戏日报 / 2017-10-08``, ``网易号 · 扬子晚报``): natural strings 5:0 for outlet-like
    handles, and no natural string of such a bar names its account as the source."""
    return canonical(fields[index].label) in _WECHAT_PLATFORMS or _after_empty_source(fields, index)


# A reprint notice's label opening its sentence: "本文转载自：蓝点资讯，原文链接：…", "本文来源宁波晚报，版权归…".
_NOTICE_LEADS = ("本文", "文章", "转载自", "轉載自", "转自", "轉自", "经授权转载自")
_CLAUSE_END = re.compile(r"[,，。;；]")


_RIGHTS_CLAUSE = re.compile(r"侵权|侵權|版权|版權|联系删除|聯繫刪除")
# A notice that the text came from a WeChat account, an editor's note's lead before it or not.
_CAME_FROM_ACCOUNT = re.compile(r"^(?:(?:编者按|編者按)[:：]\s*)?本文来自\s*((?:微信)?公[众眾][号號].*)$")


def read_reprint_notice(line: str, found: Found) -> None:
    """The outlet a notice sentence opens by naming, up to its first comma: a line of prose
    otherwise, whose later labels (原文链接：, 版权归…) are no bar's fields."""
    if not line.startswith(_NOTICE_LEADS):
        return  # most prose lines: no notice opens them, no tokenizing
    lead, fields = tokenize(line)
    if lead or not fields or fields[0].kind != SOURCE or not fields[0].label.startswith(_NOTICE_LEADS):
        return
    named = _CLAUSE_END.split(fields[0].value, maxsplit=1)[0].strip()
    # "本文来源于生活，高于生活。": prose says 来源于 of anything; a notice names an outlet there, or says it is one by
    # its rights clause (本文来源于39健康网，如有侵权请联系删除: a brand with digits, which bare names leave out).
    rights = _RIGHTS_CLAUSE.search(fields[0].value) is not None
    # A WeChat account there ("本文转载自微信公众号“X”（ID：abc）") is the source (above); another platform's
    # ("本文转载自百家号“X”") is the author only where the page names nobody else.
    if reprinted := wechat_source(fields[0].value):
        found.source = found.source or reprinted
    # A title in 《》 names a publication (本文原载于《读者》，作者X).
    elif not named or (
        fields[0].label.endswith(("于", "於")) and not bare.is_outlet(named) and not rights and named[:1] != "《"
    ):
        return
    elif (platform := ACCOUNT_SOURCE.match(named)) and not bare.is_outlet(platform.group(1)):
        found.reposted_from = found.reposted_from or names.account(platform.group(1).strip(_ACCOUNT_QUOTES))
    elif not _WECHAT_ID.match(named):
        read_fields([replace(fields[0], value=named)], found)


def came_from_account(line: str, found: Found) -> None:
    """``本文来自微信公众号“X”（ID：…），作者：Y，…经授权发布``: the account the text came from is its source, as the
    page's notice is (README), once a writer is named who does not own it (``公众号：Y的车评，作者：Y``)."""
    if found.source is not None or not found.authors or (came := _CAME_FROM_ACCOUNT.match(line)) is None:
        return
    if (account := wechat_source(came.group(1))) and not any(name in account for name in found.authors):
        found.source = account


def _reprint_label(label: str) -> bool:
    return label.startswith(_REPRINT_LEADS) or any(verb in label for verb in _REPRINT_VERBS)


def _take_wechat(account: str | None, found: Found, *, reprinted: bool) -> None:
    """A reprint's account, or an outlet's own (``新华社（ID：xinhuashefabu1）``), is the source; an account
    after 来源 is held until the credits are read (``Found.byline``)."""
    if account and (reprinted or bare.is_outlet(account)):
        found.source = found.source or account
    else:
        found.wechat = found.wechat or account


def _reprinted_account(fields: list[Field], index: int) -> bool:
    """A WeChat account label right after an empty source label: the account the text was taken from."""
    return fields[index].label.startswith(_WECHAT_PLATFORMS) and _after_empty_source(fields, index)


def _after_empty_source(fields: list[Field], index: int) -> bool:
    """The field right before this one is a source label left empty (``来源：企鹅号：X``): its value is this one."""
    before = fields[index - 1] if index else None
    return before is not None and before.kind == SOURCE and not before.value.strip()


def wechat_source(value: str) -> str | None:
    """The WeChat account a source value names (``公众号“X”（ID：abc），作者：Y``, ``X（ID：abc）``,
    ``“X”微信公众号``): the account the text was taken from, up to the clause's end."""
    value = _CLAUSE_END.split(value, maxsplit=1)[0].strip()
    leading = next((platform for platform in _WECHAT_PLATFORMS if value.startswith(platform)), None)
    trailing = next((platform for platform in _WECHAT_PLATFORMS if value.endswith(platform)), None)
    if leading is not None:
        value = value.removeprefix(leading)
    elif trailing is not None and value.removesuffix(trailing).rstrip()[-1:] in _ACCOUNT_QUOTES:
        value = value.removesuffix(trailing)  # "“长江云”微信公众号"; unquoted, "医院微信公众号" is a name as a whole
    else:
        trailing = None
    platformed = leading is not None or trailing is not None
    value = value.lstrip(" ：:·•|丨").strip()
    if wechat := _WECHAT_ID.match(value):
        value = wechat.group(1)
    elif not platformed:
        return None
    account = names.account(value.strip(_ACCOUNT_QUOTES))
    return account.strip(_ACCOUNT_QUOTES) if account else None


def _interviewers(fields: list[Field]) -> list[str]:
    """A line crediting its interviewers and no writer ("采访：黃嘉欣、李卓熙｜攝影：周子朗"): the reporters who
    interviewed wrote the report up. Beside a writer's credit ("撰文/X 采访/Y") they write nothing (README), and a
    writer on another line outranks them. Only people: "采访：本报" credits nobody."""
    if not any(item.label in _INTERVIEW for item in fields) or any(
        item.kind in (AUTHOR, REPORTER) and item.value for item in fields
    ):
        return []
    for item in fields:
        if item.label in _INTERVIEW and item.separated:
            people = names.free_names(item.value)
            if people and all(bare.is_person(person) for person in people):
                return people
    return []


def photo_credit(value: str) -> bool:
    """A value closed by a photo word credits a photographer ("张三 摄"); a photo word with a name after it
    labels the next credit ("刘洋 摄影 陈晨": 刘洋 wrote, 陈晨 took the pictures)."""
    if (match := PHOTO_TAIL.search(value)) is None:
        return False
    after = value[match.end() :].split()
    return not (after and names.is_name(after[0]))


def _outlet_only(value: str) -> bool:
    """An outlet's name, not a person's: "新京报", "观察者网" under 作者 employ the writer (README)."""
    return bare.is_outlet(value) and not bare.is_person(value)


# A teller named only by a kin word after the surname (王大爷, 杭阿姨, 曾阿婆): an address, no writer's name (since
# session 28: the natural batches credit the writer up alone, 6 tellers so named to 2).
_KIN_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:大爷|大爺|大妈|大媽|大娘|阿姨|阿婆|阿公|奶奶|爷爷|爺爺|婆婆|大叔|大婶|大嬸|老汉|老漢|老太)"
)


def _writers(item: Field) -> list[str]:
    """The people a writer's label names; a teller addressed by a kin word (口述：王大爷) is none of them."""
    people = names.free_names(item.value)
    if canonical(item.label) in _ORAL:
        people = [person for person in people if not _KIN_ADDRESS.fullmatch(person)]
    # "文/张三供稿": 供稿 glued after the name says who supplied the text, no part of the name; a group's word
    # there ("文/弟兄姊妹供稿", the congregation) names no one.
    return [
        person.removesuffix(sources.CONTRIBUTED)
        for person in people
        if not person.endswith(sources.CONTRIBUTED) or bare.is_person(person.removesuffix(sources.CONTRIBUTED))
    ]


# Who supplied the text: a unit is the source (README), a person its writer.
_SUPPLIED = frozenset({"供稿", "供稿人"})


def _supplying_person(value: str) -> str | None:
    """The person alone after 供稿 (``孙雅婷``), not a unit (``宣传部``) nor a unit and its member."""
    people = names.free_names(value)
    return people[0] if len(people) == 1 and bare.is_person(people[0]) and people[0] == value.strip() else None


# A contribution's label whose value may be the unit that sent it in rather than its writer.
_SENT_IN = frozenset({"来稿"})


def _sending_unit(value: str) -> str | None:
    """The unit alone after 来稿 (``县人民医院``, ``韶关市第一人民医院 护理部``): every word a unit, no person."""
    parts = value.split()
    units = parts and all(sources.is_unit(part) or names.is_organisation(part) for part in parts)
    return " ".join(parts) if units and not any(bare.is_person(part) for part in parts) else None


def _unit_member(value: str) -> tuple[str, str] | None:
    """A unit, then one person of it, after 供稿 (``护理部 黄秋菊``): (unit, person); else None."""
    parts = value.split()
    if len(parts) != 2 or not (sources.is_unit(parts[0]) or names.is_organisation(parts[0])):
        return None
    return (parts[0], parts[1]) if bare.is_person(parts[1]) else None


def _co_writer(before: list[Field], item: Field) -> bool:
    """A drafting credit after another writer's credit in the same line names a co-writer ("主笔：周敏　执笔：何平",
    "撰文：张三 执笔：李四"): only a separated 执笔/撰写/主笔 … label whose value is people, after a writer's label
    that gave someone; "口述：X 整理：Y" and 作者 repeated keep their own rules. The teller after the writer up
    ("整理：本报记者 陈静　口述：王老汉") co-writes as the teller before (README: 口述 is a writer's label)."""
    oral = canonical(item.label) in _ORAL
    # "口述：刘大爷 整理：晓雨": the writer up after the teller co-writes, as the teller after the writer does.
    told = canonical(item.label) in _WRITTEN_UP and any(
        canonical(field.label) in _ORAL and field.value for field in before
    )
    if not item.separated or not (oral or told or {item.label, canonical(item.label)} & CO_WRITER_CREDITS):
        return False
    writers = (AUTHOR, REPORTER) if oral else (AUTHOR,)
    wrote = any(field.kind in writers and field.value for field in before)
    people = _writers(item)
    # The writer up may sign with a pen name (晓雨): the teller's credit before vouches for the pair.
    # A name shaped as one after its separated label counts though a word too ("执笔：蓝天").
    named = all(bare.is_person(person) or names.is_name(person) for person in people)
    # A unit writing it up ("整理：恩典团契文字组") is no writer (README: a unit is no writer).
    units = any(names.is_organisation(person) for person in people)
    return wrote and bool(people) and (told or named) and not units


def _continues_credit(fields: list[Field]) -> bool:
    """A line of intern or correspondent credits alone (``实习生 | 胡亚`` under ``文 | 孙冰``, ``实习记者 ◎ 陈璐``):
    the credit the line above began goes on, where a new reporter's line would be another story's."""
    return all(item.kind == REPORTER and _without_own_outlet(canonical(item.label)) in CO_REPORTERS for item in fields)


def _without_own_outlet(label: str) -> str:
    """ "本网实习记者" -> "实习记者": the outlet's word for itself does not change who co-writes."""
    return next((label.removeprefix(lead) for lead in OWN_OUTLET if label.startswith(lead)), label)


def _fills_empty_credit(fields: list[Field], index: int) -> bool:
    """A reporter label right after an author label left empty ("整理：本报记者 黄蕾") names its writer."""
    return index > 0 and fields[index - 1].kind == AUTHOR and not fields[index - 1].value


def _take_editor(item: Field, found: Found) -> None:
    rank = _EDITOR_RANK.get(item.label, 1)
    if rank <= found.editor_rank:
        return
    people = sources.editor_names(item.value)
    if rank == 1 and not item.separated and not (people and bare.is_person(people[0])):
        return  # "编辑 讨论 上传视频": a bare 编辑 without a separator is a tool link unless a name follows
    if found.editor and not (people and (bare.is_person(people[0]) or _surname_led(item, people))):
        return  # "编辑：X 责任编辑：" then a sidebar's heading: no person outranks the named editor
    if editor := names.join(people):
        found.editor, found.editor_rank = editor, rank


# The surnames that mostly start words (常, 时, 安 …) or are rare, which ``led_by_surname`` leaves out.
_WORD_SURNAMES = WORDY | RARE


def _surname_led(item: Field, people: list[str]) -> bool:
    """One short name under its own separated label, opened by any surname (``责任编辑：常乐`` after
    ``实习编辑：卜晴``): a person, though the name is also a word; a sidebar's heading is longer or opens otherwise."""
    name = people[0]
    surnamed = bare.led_by_surname(name) or name[:1] in _WORD_SURNAMES
    return item.separated and len(people) == 1 and len(name) in (2, 3) and surnamed
