"""Small helpers the site rules share in their ``postprocess`` hooks: captions and credit lines.

The generic helpers cannot know that a short line under a photo is a caption; a site rule can,
because it knows which classes and positions its portal uses for them.

Site modules import this to declare their hooks, and loading the rules (`newscorpus sites`) must stay
cheap: the byline grammar, date parser and generic extractor are imported inside the helpers using them,
on the first page parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.scrapers.query import select
from newscorpus.scrapers.text import clean, node_text

if TYPE_CHECKING:
    from newscorpus.models import Article
    from newscorpus.scrapers.rule import RulePage

# Credit and caption openings portals put under photos: "▲图为...", "图片来源：...", "资料图".
CAPTION_START = re.compile(r"^(▲|△|↑|图片来[源自]|图[为／/：:]|（图|\(图|资料图|视频截图|摄影[：:])")
CAPTION_MAX_CHARS = 60
# A photo credit closing a caption: "... 小花母亲供图", "... 记者张三 摄", "（视觉中国）".
PHOTO_CREDIT_END = re.compile(r"(供图|图|摄|摄影|资料图|截图|视觉中国)[）)]?$")
# Bracketed contributor notes closing a story: "（实习生王金茹对此文亦有贡献）".
CONTRIBUTOR_NOTE = re.compile(r"^[（(][^（）()]{0,30}(实习生|通讯员|对此文|亦有贡献)[^（）()]{0,30}[）)]$")
CREDIT_MAX_CHARS = 30


def first_text(tree: LexborHTMLParser, selectors: Iterable[str]) -> str | None:
    return next((text for sel in selectors for node in select(tree, sel) if (text := node_text(node))), None)


def story_lines(lines: list[str], title: str | None) -> list[str]:
    """A rule's body lines minus the title, empty and boilerplate lines.

    Unlike the generic extractor, no byline-line filter runs here: a rule knows where its byline lives,
    and that filter also drops story sentences that merely mention 记者. Bare section numbers ("1",
    "2") are kept: they are the story's own subheadings.
    """
    # Imported here: the paragraph tests pull in the page walk, and listing the rules (`newscorpus sites`)
    # imports every rule module, which must stay free of parse modules.
    from newscorpus.scrapers.boilerplate import is_furniture
    from newscorpus.scrapers.comments import comments_start
    from newscorpus.scrapers.storytext import credited_caption, story_paragraphs, told_by_captions

    lines = lines[: comments_start(lines)]  # a body element wrapping the readers' section too
    # A photo's credited caption, a tool bar or a call to act (点击上方“X”可以订阅哦) is no story line under any
    # template, as on the generic path: a rule's selectors miss new ones; unless captions are all the story has.
    story = [line for line in story_paragraphs(lines, title, set()) if not is_furniture(line)]
    kept = {line for line in story if not credited_caption(line)}
    kept = kept or set(told_by_captions([line for line in story if credited_caption(line)]))
    return [line for line in lines if line in kept or (line.isdigit() and len(line) <= 2)]


def precise_time(visible: str | None, candidates: Iterable[str | None]) -> str | None:
    """The first candidate agreeing with the visible minute: pages print minutes, metadata has seconds.

    Metadata alone is not trusted because CMSs rewrite it on edits (sina's published_time can be a
    minute later than the time the page shows).
    """
    if visible is None:
        return next((when for when in candidates if when), None)
    return next((when for when in candidates if when and when[:16] == visible[:16]), visible)


def visible_time(tree: LexborHTMLParser, selectors: Iterable[str], url: str | None) -> str | None:
    from newscorpus.scrapers.bylinesource import in_card
    from newscorpus.scrapers.dates import parse_datetime, year_from_url

    year = year_from_url(url)
    for selector in selectors:
        for node in select(tree, selector):
            # A loose selector (span.date) also hits a list card's date beside its linked headline.
            if not in_card(node) and (when := parse_datetime(node_text(node), default_year=year)):
                return when
    return None


def meta_time(tree: LexborHTMLParser, selector: str) -> str | None:
    from newscorpus.scrapers.dates import parse_datetime

    node = next(select(tree, selector), None)
    return parse_datetime(node.attributes.get("content")) if node is not None else None


def editor_name(text: str | None) -> str | None:
    """The editor's name: "[责任编辑：张晓 NN094]" -> "张晓" (the byline grammar drops labels and IDs)."""
    from newscorpus.scrapers.byline import clean_editor

    return clean_editor(text)


def credit_author(line: str) -> str | None:
    """Names from a standalone credit line such as "扬子晚报记者 张楠" or "澎湃新闻记者 段彦超 廖艳"."""
    # A line that is one bracket may hold a comma between its parts ("（本文来自钱江晚报·小时新闻，记者 章然）").
    marks = "。！？；" if line[:1] in "（(" and line[-1:] in "）)" else "。，！？；"
    if len(line) > CREDIT_MAX_CHARS or any(mark in line for mark in marks):
        return None
    from newscorpus.scrapers.byline import parse_byline

    return parse_byline([line], bars=()).author  # a closing line names people by a label only


def opening_credit(lines: list[str]) -> str | None:
    """Names credited in brackets opening the story (``新京报讯（记者 李鹏 实习生 周静怡）昨日…``): only the
    bracket is read, never the sentence's other words (README "Bylines": the story's first line)."""
    from newscorpus.scrapers.byline import story_credit

    return story_credit(lines[0]).author if lines else None


# How far from the end of a self-media post's body a closing 来源 line is looked for (a QR card, 编辑/审核 lines
# after it), and how far from its start (under the account's subscribe call "来源：宁波晚报 记者 X" opens a
# reposted story).
_CLOSING_SOURCE_LINES = 8
_OPENING_SOURCE_LINES = 3
_SOURCE_AFTER_BODY_LINES = 2
# Between the outlets or offices one 来源 names: "潍坊市气象台、人民日报".
_SOURCES_APART = re.compile(r"[、，,/]")


# How the labels naming a unit that sent the text in end (供稿, 供稿单位, 信息提供, 信息报送, 发布机构, 发文机关).
_UNIT_LABEL_ENDS = ("稿", "单位", "單位", "提供", "报送", "報送", "机构", "機構", "机关", "機關")


def labelled_body_source(lines: list[str]) -> str | None:
    """The outlet a 来源 line opening or closing a self-media post's body names: where the account took the
    story from, over the account (README "Bylines": accounts)."""
    from newscorpus.scrapers.byline import parse_line  # on first parse: loading the rules stays cheap
    from newscorpus.scrapers.bylinebare import is_outlet
    from newscorpus.scrapers.bylinelabels import LABELS, SOURCE
    from newscorpus.scrapers.bylineunits import is_organisation

    # Any source label opening the line ("来源：经济日报", a reprint's "本文转自：重庆晨报", "稿源：…") but a unit's
    # (供稿, 信息提供, 发布单位): on an account's post that is a department of the account's own body.
    leads = tuple(label for label in LABELS[SOURCE] if not label.endswith(_UNIT_LABEL_ENDS))
    for line in lines[:_OPENING_SOURCE_LINES] + lines[-_CLOSING_SOURCE_LINES:]:
        if not line.lstrip().startswith(leads) or not (source := parse_line(line).source):
            continue
        # An outlet, or the office that sent it in (来源：青川县文广旅局), or several of them
        # (来源：潍坊市气象台、人民日报).
        if all(is_outlet(part) or is_organisation(part) for part in _SOURCES_APART.split(source)):
            return source
    return None


def account_post(article: Article, page: RulePage) -> None:
    """A platform whose every page is an account's post (百家号, 头条号, 公众号): the account the source selectors
    read is the author (README "Bylines": accounts), and a 来源 line opening or closing the post names the outlet
    it was taken from, over the account."""
    from newscorpus.scrapers.byline import account_as_author  # on first parse: loading the rules stays cheap
    from newscorpus.scrapers.bylinetail import lines_after

    account_as_author(article)
    # The 来源 line may stand in its own element right after the body ("本文来源：经济日报" over 举报/反馈); further
    # down, a list's card may carry a 来源 of its own story.
    after = lines_after(page.body, _SOURCE_AFTER_BODY_LINES) if page.body is not None else []
    article.source = labelled_body_source(page.body_lines) or labelled_body_source(after) or article.source


def account_from_card(article: Article, page: RulePage) -> None:
    """The account of a post whose template the selectors miss (hashed classes, another layout): none was read,
    or the outlet an opening 来源 line names was taken for it, so author and source are that one name. The
    account's card names the account then, and the outlet stays the source; the card naming that same outlet
    is the outlet's own post (``own_post``), as before."""
    if article.author is not None and article.author != article.source:
        return
    article.author = account_in_card(page) or article.author


def account_in_card(page: RulePage) -> str | None:
    """The account of a post whose template's classes the selectors miss (hashed, or another layout): every page
    of the platform is an account's post, and the account is the name linked to its profile in the card with
    its avatar, or the first profile link before the story, or the name its card prints beside the avatar over
    the post's time."""
    from newscorpus.scrapers.bylineaccount import account_card, avatar_card_before_story, profile_before_story

    return (
        account_card(page.tree)
        or profile_before_story(page.tree, page.body)
        or avatar_card_before_story(page.tree, page.body)
    )


def account_after_notice(article: Article, page: RulePage) -> None:
    """A platform's notice closing the story (``本文为自媒体、作者等新浪看点账号…上传并发布``) makes the page an
    account's post wherever it is hosted: the account the bar shows as its source is the author (README); with
    no source, the account its header links to a profile, or its card beside an avatar, as the generic path reads."""
    if article.author is not None or page.body is None:
        return
    from newscorpus.scrapers.byline import account_as_author
    from newscorpus.scrapers.bylineaccount import account_card, account_link
    from newscorpus.scrapers.bylineregion import self_media_notice
    from newscorpus.scrapers.bylinetail import lines_after

    # The body's raw closing lines: the story filter drops the notice from the paragraphs (本文来自网易号…).
    if not self_media_notice([*article.paragraphs[-2:], *page.body_lines[-2:], *lines_after(page.body)]):
        return
    if article.source is not None:
        account_as_author(article, keep_outlets=True)
    else:
        article.author = account_link(page.tree, page.header) or account_card(page.tree)


def split_credit_lines(lines: list[str], reach: int = 2) -> tuple[str | None, list[str]]:
    """Reporter credit lines at either end of the body: their names read together, and the other lines. Read
    together, a platform's notice naming its account (``本文来自企鹅号作者：X``) gives way to the reporters the
    next line credits (README "accounts": the account is the author unless a person is named)."""
    from newscorpus.scrapers.byline import parse_byline

    ends = {*range(min(reach, len(lines))), *range(max(0, len(lines) - reach), len(lines))}
    credited: list[str] = []
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index in ends and credit_author(line) is not None:
            credited.append(line)
        else:
            kept.append(line)
    return (parse_byline(credited, bars=()).author if credited else None), kept


def texts_of(root: LexborHTMLParser | LexborNode, selectors: Iterable[str]) -> set[str]:
    """Texts of every node the selectors match, for removing those lines from the paragraphs."""
    query = ", ".join(selectors)
    return {text for node in root.css(query) if (text := node_text(node))} if query else set()


def captions_after_images(
    root: LexborNode | None, *, centered_only: bool, max_chars: int = CAPTION_MAX_CHARS
) -> set[str]:
    """Short text blocks that directly follow an image-only block: what readers see as captions.

    ``centered_only`` keeps only centred blocks, for portals where a left-aligned short line after a
    photo may just as well be a subheading.
    """
    if root is None:
        return set()
    found: set[str] = set()
    for image in _image_only_blocks(root):
        nxt = _next_element(image)
        if nxt is None or nxt.css_first("img") is not None or (centered_only and not _centered(nxt)):
            continue
        text = node_text(nxt)
        if text and len(text) <= max_chars and not text.isdigit():  # digits: section numbers
            found.add(text)
    return found


def _image_only_blocks(root: LexborNode) -> list[LexborNode]:
    """The <p>, <div> and <figure> elements (``root`` included) holding an image and no text.

    Found by climbing from each image, not by reading every paragraph of the body: a story has a few
    images and a hundred paragraphs. The climb stops at the first block with text, since every block
    above it holds that text too; reading those (up to the whole body) was most of the cost.
    """
    image_only: dict[int, LexborNode | None] = {}  # None: the block has text
    for image in root.css("img"):
        node: LexborNode | None = image
        while node is not None:
            if node.tag in ("p", "div", "figure"):
                if node.mem_id in image_only:
                    break  # this image shares the block with an earlier one: the climb above is done
                has_text = _has_text(node)
                image_only[node.mem_id] = None if has_text else node
                if has_text:
                    break
            if node.mem_id == root.mem_id:
                break
            node = node.parent
    return [node for node in image_only.values() if node is not None]


def _has_text(node: LexborNode) -> bool:
    """Whether ``node_text(node)`` is non-empty, stopping at the first text: blocks above images are big."""
    return any(child.tag == "-text" and clean(child.text_content) for child in node.traverse(include_text=True))


def caption_like(lines: Iterable[str]) -> set[str]:
    return {line for line in lines if len(line) <= CAPTION_MAX_CHARS and CAPTION_START.match(line)}


def credited(lines: Iterable[str]) -> set[str]:
    """Lines ending with a photo credit."""
    return {line for line in lines if PHOTO_CREDIT_END.search(line)}


def contributor_notes(lines: Iterable[str]) -> set[str]:
    return {line for line in lines if CONTRIBUTOR_NOTE.match(line)}


def _next_element(node: LexborNode) -> LexborNode | None:
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        nxt = nxt.next
    return nxt


def _centered(node: LexborNode) -> bool:
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    classes = (node.attributes.get("class") or "").lower()
    return "text-align:center" in style or "center" in classes or node.attributes.get("align") == "center"
