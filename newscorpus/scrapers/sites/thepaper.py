"""澎湃新闻 thepaper.cn: ``newsDetail_forward_<id>`` articles (classic template) and 澎湃号 posts.

Classic template: ``h1.news_title``, then ``div.news_about`` with a "作者/媒体" line and a
"2019-09-24 09:10<span>来源：...</span>" line, body ``div.news_txt`` broken into paragraphs by
``<br>``, editor in ``div.news_infor_extra`` ("责任编辑：..."), static 相关推荐 in ``div.ctread_bd``.
The 2021 Next.js template uses hashed ``index_`` classes, matched by prefix.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers import sitekit
from newscorpus.scrapers.rule import RulePage, SiteRule, Template

if TYPE_CHECKING:
    from newscorpus.models import Article

# Page layouts, tried in this order (dated as the notes above date them); the undated fallbacks follow.
_TEMPLATES = (
    Template("classic", since="2019", body=("div.news_txt",)),
    Template("next_js", since="2021", body=("div[class^=index_cententWrap]",)),
)
_FALLBACK_BODY = ("div.video_txt_l", "div.newsdetail_content")
_ABOUT = ("div.news_about > p:first-child", "div[class^=index_left] div[class^=index_author]")
# The about block's lines, at any depth: paragraphs, and a name linked to the account's page (``/gov_38216``).
_ABOUT_BLOCKS = ("div.news_about", "h1[class^=index_title] + div")
# The Next.js about block is the element right after the headline (a card above the headline is not read).
# A name linked to the account's page (/user_7654321, /gov_38216) is the account, before a description under it.
_ABOUT_LINES = (
    "div.news_about p, div.news_about a[href*=user_], div.news_about a[href*=gov_],"
    " h1[class^=index_title] + div a[href*=gov_]"
)
_REPORTER = re.compile(r"(?:记者|特约撰稿人?|通讯员|实习生)\s*")
_FOOTNOTE = re.compile(r"^[（(](原题为|本文来自澎湃新闻|本文原标题).*[)）]$|^本文原标题[:：]")
# WeChat-style credit block of 澎湃号 posts: "编辑|张三", "责编|李四", "校对|王五", "来源|...".
_HAO_NOTICE = "本文为澎湃号作者或机构在澎湃新闻上传并发布"
# The channel tag a 澎湃号 post's about block may open with (<span class=pph_tag>澎湃号·湃客</span>): the platform's
# section, never the account, whose card follows it.
_HAO_TAG = re.compile(r"澎湃号\s*[·・]\s*\S{1,4}")
_TIME_OR_SOURCE = re.compile(r"\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2}|来源|來源")
_SOURCE_LABEL = re.compile(r"(?:来源|來源)\s*[:：]\s*")
_SOURCE_VALUE = re.compile(_SOURCE_LABEL.pattern + r"(\S+)")
_CREDIT = re.compile(r"^(编辑|责编|校对|来源|审核|监制|统筹)\s*[|｜丨:：]\s*(\S.*)$")


def _about_parts(line: str | None) -> tuple[str | None, str | None]:
    """Author and outlet from the byline line: "石佳/中国青年报", "新华社"; "澎湃新闻记者 张三" names no outlet."""
    if not line:
        return None, None
    line = line.replace("／", "/")
    if "/" in line:
        names, _, outlet = line.partition("/")
    elif marker := _REPORTER.search(line):
        # "澎湃新闻记者 张三": the outlet glued to 记者 employs the writer, it is no source (README "Bylines").
        outlet, names = "", line[marker.end() :]
    else:
        return None, line.strip()
    people = [name for name in _REPORTER.sub(" ", names).split() if name]
    return " ".join(people) or None, outlet.strip() or None


def _postprocess(article: Article, page: RulePage) -> None:
    raw = page.body_lines
    about = sitekit.first_text(page.tree, _ABOUT)
    about = None if about and _HAO_TAG.fullmatch(about) else about  # the channel tag over the account's card
    author, outlet = _about_parts(about or _about_after_avatar(page))
    if author is None and outlet is not None and ("澎湃号" in (article.source or "") or _is_hao_post(page)):
        # A 澎湃号 post: the about line names the publishing account, its author; the tag is no outlet,
        # but a labelled 来源 beside the time stands (README: a labelled field always wins). A person named
        # before the account ("原创 陈思远 上海徐汇") outranks it (README: unless a person is named).
        author, outlet = _about_writer(outlet), None
        article.source = article.source if _labelled_source(page, article.source) else _about_source(page)
    # No about line (the live-blog template): the byline grammar's reading of the bar stands, except on a
    # 澎湃号 post, whose account the about line alone names.
    hao = "澎湃号" in (article.source or "") or _is_hao_post(page)
    writer, credit_line = _opening_writer(raw) if hao and outlet is None else (None, None)
    if hao and outlet is None and writer is None:
        writer = _closing_writer(page)  # "口述：周桂兰 整理：陈越" under the post
    # "文｜周以宁" opening the post: its writer, credited in the story itself, outranks the account (README:
    # the account is the author unless a person is named); the credit line is no paragraph of the story.
    author = writer or author
    read = article.author  # the byline grammar's reading of the bar
    article.author = author if author or outlet or hao else article.author
    if hao and article.author is None and article.source is None:
        from newscorpus.scrapers.bylineaccount import account_card  # on first parse: loading the rules stays cheap

        # A 澎湃号 post with neither an about line nor a labelled 来源: its account's card (avatar and name
        # linked to the account's page) names the publishing account, its author (README "accounts").
        article.author = account_card(page.tree)
    if hao and article.author is None:
        from newscorpus.scrapers.bylineaccountbar import bar_account, state_account

        # The account linked alone in the bar under the headline (its card's picture opening the same page),
        # else the one the page's Next.js state names beside the headline; a labelled 来源 stands beside it.
        article.author = bar_account(page.tree, article.title, page.body) or state_account(page.tree, article.title)
    if hao and article.author is None:
        # No about line, card nor linked account (another template's bar, ``作者：X`` beside the time): the
        # grammar's reading of the bar is all the page says.
        article.author = read
    article.source = article.source or outlet
    credits = [match for line in raw if (match := _CREDIT.match(line))]
    if article.editor is None:
        article.editor = next((m.group(2).strip() for m in credits if m.group(1) == "责编"), None)
    lines = sitekit.story_lines(_before_credits(raw, {m.group(0) for m in credits}), article.title)
    unwanted = sitekit.caption_like(lines) | (sitekit.texts_of(page.body, _CAPTIONS) if page.body else set())
    if credit_line:
        unwanted.add(credit_line)
    article.paragraphs = [
        line for line in lines if line not in unwanted and not _FOOTNOTE.match(line) and not _only_broken(line)
    ]


def _about_writer(line: str) -> str:
    """The writer a 澎湃号 about line names: the person before the account ("原创 陈思远 上海徐汇" -> 陈思远), else the
    account without its 原创 badge ("原创 上海徐汇" -> 上海徐汇)."""
    from newscorpus.scrapers.bylinebare import POST_MARKS, is_person  # on first parse: the rules load cheaply

    words = [word for word in line.split() if word not in POST_MARKS]
    if len(words) > 1 and is_person(words[0]):
        return words[0]
    return " ".join(words) or line


def _about_after_avatar(page: RulePage) -> str | None:
    """The about line when the account's avatar stands first in the about block (``<div>avatar</div><p>滨江应急管理
    </p><p>2020-11-21 16:05 来源：…</p>``): its first line showing no time and no 来源, so the time line is never it.
    The account's card may wrap it at any depth inside the block (``<div class=gov_card><p>郑州疾控</p><p>…官方澎湃号
    </p></div>``), or be a name linked to the account's page (the Next.js template): the first such line is the
    account, the description under it is not. A card outside the block (beside a follow button) is not read here."""
    for node in page.tree.css(_ABOUT_LINES):
        text = sitekit.node_text(node)
        if text and not _TIME_OR_SOURCE.search(text) and not _HAO_TAG.fullmatch(text):
            return text
    return None


def _labelled_source(page: RulePage, source: str | None) -> bool:
    """``来源：澎湃新闻·澎湃号·政务`` in the about block labels the source; ``<span>澎湃号·湃客</span>`` is a tag."""
    about = sitekit.first_text(page.tree, _ABOUT_BLOCKS) or ""
    return bool(source) and any(about.startswith(source, label.end()) for label in _SOURCE_LABEL.finditer(about))


def _about_source(page: RulePage) -> str | None:
    """The value ``来源：`` labels in the about block, where the source element the rule read held the account's
    name instead (``<span class=news_about_name>`` before the time's ``<span>来源：澎湃新闻·澎湃号·湃客</span>``)."""
    about = sitekit.first_text(page.tree, _ABOUT_BLOCKS) or ""
    match = _SOURCE_VALUE.search(about)
    return match.group(1) if match else None


def _is_hao_post(page: RulePage) -> bool:
    """Whether the byline shows the 澎湃号 tag ("澎湃号·湃客", "澎湃号·政务") or the post's notice closes it, in the
    body's last lines or in the element after it (``<div class=news_editor>本文为澎湃号作者…</div>``)."""
    about = sitekit.first_text(page.tree, ("div.news_about",)) or ""
    if "澎湃号" in about or any(_HAO_NOTICE in line for line in page.body_lines[-3:]) or _account_linked(page):
        return True
    from newscorpus.scrapers.bylinetail import lines_after  # on first parse: loading the rules stays cheap

    return page.body is not None and any(_HAO_NOTICE in line for line in lines_after(page.body))


def _account_linked(page: RulePage) -> bool:
    """The about line's name links an account's page (``<a href="/user_3267981">城市记忆工作室</a>``): a post's
    publishing account; a newsroom story's about line names its reporters unlinked."""
    from newscorpus.scrapers.profiles import is_profile  # on first parse: loading the rules stays cheap

    about = page.tree.css_first(_ABOUT[0])
    return about is not None and any(
        is_profile(link.attributes.get("href") or "") and link.text(deep=True).strip() for link in about.css("a")
    )


def _opening_writer(lines: list[str]) -> tuple[str | None, str | None]:
    """The writer a credit line before the story's first paragraph names (``文｜周以宁``, ``作者：X``), and that
    line: the body's lines up to the first one longer than a byline (the template's body holds the header too)."""
    from newscorpus.scrapers.byline import story_credit  # on first parse: loading the rules stays cheap

    for line in lines:
        if len(line) > settings.BYLINE_MAX_LINE_CHARS:
            break
        if writer := story_credit(line).author:
            return writer, line
    return None, None


def _closing_writer(page: RulePage) -> str | None:
    """The writers a credit line closing the post names (``口述：X 整理：Y``, in the body's last lines or the
    element after it): a person named outranks the account, as an opening credit does."""
    from newscorpus.scrapers.bylinetail import closing_writer, lines_after  # on first parse: loading stays cheap

    after = lines_after(page.body) if page.body is not None else []
    return closing_writer([*page.body_lines[-settings.BYLINE_TAIL_LINES :], *after[: settings.BYLINE_TAIL_LINES]])


def _before_credits(lines: list[str], credit_lines: set[str]) -> list[str]:
    """A 澎湃号 post ends with its credit block and the account's boilerplate: cut at the block."""
    first = next((i for i, line in enumerate(lines) if line in credit_lines), None)
    return lines if first is None else lines[:first]


def _only_broken(line: str) -> bool:
    """Lines made only of U+FFFD: emoji the saved page had already lost."""
    return not line.replace("\ufffd", "").strip()


# Photo captions inside the story: grey spans, or the template's caption class.
_CAPTIONS = ('span[style*="color: rgb(128, 128, 128)"]', "span.contentImgTxt")

RULE = SiteRule(
    name="thepaper",
    hosts=("thepaper.cn",),
    version=45,
    title=("h1.news_title", "h1[class^=index_title]", "div.video_title h1", "h1"),
    published=("div.news_about p", "div[class^=index_left] span", "div.video_info span"),
    source=("div.news_about p span",),
    editor=("div.news_infor_extra div.infor_item", "div[class^=index_editor]"),
    templates=_TEMPLATES,
    body=_FALLBACK_BODY,
    drop=("div.news_infor_extra", "div.go_to_topic", "div.bottom_word_relation", "div.news_keyword"),
    related=("div.ctread_bd", "div[class^=index_relate]"),
    fingerprints=('id="hidden_contid"', "file.thepaper.cn/www/"),
    postprocess=_postprocess,
)
