"""The generic extractor's byline evidence past the labelled fields: the author and source no label under the
headline names (a lone name in the bar, the region's markup, an account, a blog's owner, a thread's poster, a
meta line), read after the story and its time, which none of it changes."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers.blocks import Walk
from newscorpus.scrapers.bylineaccount import (
    account_card,
    account_link,
    blog_owner,
    followed_card,
    item_author,
    root_owner,
    shows_follow,
)
from newscorpus.scrapers.bylineaccountbar import bar_account
from newscorpus.scrapers.bylinebare import is_outlet, on_outlet_platform
from newscorpus.scrapers.bylinebrand import names_site
from newscorpus.scrapers.bylineby import declared_after_by
from newscorpus.scrapers.bylinefooter import footer_author
from newscorpus.scrapers.bylinemarkup import labelled_logo, markup_author, markup_source
from newscorpus.scrapers.bylinemetaline import filed_section, meta_line_writer
from newscorpus.scrapers.bylinenames import is_admin_login
from newscorpus.scrapers.bylineposter import thread_poster
from newscorpus.scrapers.bylineregion import answer_page, meta_bars, self_media_notice, shown_author, story_opening
from newscorpus.scrapers.bylinesource import reprint_account
from newscorpus.scrapers.bylinetail import index_table_source, self_credit
from newscorpus.scrapers.bylineunits import is_news_unit
from newscorpus.scrapers.metadata import shown_source


def read_credits(
    tree: LexborHTMLParser,
    article: Article,
    page: Walk,
    header: list[str],
    span: tuple[int, int],
    shown: str | None,
    body_at: int | None,
    index: int | None,
    url: str | None,
) -> None:
    """The author and source no label under the headline named, from the page's other evidence: none of
    it changes the story or its time, so a caller asking for no byline skips it."""
    start, end = span
    page_texts = [line.text for line in page.lines]
    if article.author is not None and article.author.startswith("由"):  # "由小满": a theme's "By" glued to the name
        article.author = declared_after_by(article.author, tree) or article.author
    if article.author is not None and names_site(tree, article.author) and not is_news_unit(article.author):
        # "作者：美食天下汇" on 美食天下汇: the site itself, as 本站 is, names nobody; a department's own site
        # (教务处 on 教务处's pages) credits the department, which writes (README: a unit writes and sends).
        article.author = None
    if article.author is None:
        nodes = [page.nodes[line.block] for line in page.lines[start:end]]
        story = page.nodes[index] if index is not None else None
        found = _unlabelled_author(tree, article, header, nodes, page_texts, story)
        if found is not None and is_outlet(found) and on_outlet_platform(url) and self_media_notice(page_texts):
            # A 企鹅号 or 网易号 post from an outlet's own account (大河报's card, "本文内容由大河报发布…"): the
            # account stays the source (README "accounts"); nobody else is named.
            article.source, found = article.source or found, None
        found = found or root_owner(tree, url)  # "cnblogs.com/lzhou-dev/p/1.html" linking "lzhou-dev" home
        found = found or self_credit(page_texts)  # "posted @ … 王小飞", "本文作者：张明宇" below the post's lists
        found = found or thread_poster(tree, page_texts, article.title)  # a Discuz/phpwind floor's user card
        if found is None and story is not None:
            found = footer_author(story)  # WordPress's entry-footer under the post
        found = found or root_owner(tree, url, folder=True)  # "X的…日記" linked to an account host's /blog
        found = found or meta_line_writer(nodes, page_texts[start:end], story, article.title)  # its meta line
        article.author = found if found != article.source else None  # the outlet writes nothing
    if article.source is None:
        article.source = markup_source(tree, header) or labelled_logo(tree, header)
        article.source = article.source or _index_table_source(page_texts, shown, start, end)
        # The story's first lines as the page shows them: the story's filter drops the notice.
        opening = page_texts[body_at : body_at + settings.BYLINE_REPRINT_LINES] if body_at is not None else []
        account = reprint_account(opening)  # "本文来自微信公众号“X”…经授权发布"
        # "公众号：周舟的车评，作者：周舟": the writer's own account is no outlet the story came from.
        if account and not (article.author and article.author in account):
            article.source = article.source or account
    if article.author is None or article.source is None:
        _followed_account(tree, article, follow=shows_follow(tree, page_texts))
    if filed_section(tree, article.source, page_texts):
        article.source = None  # the section the post is filed under, beside the time: no outlet
    else:
        article.source = shown_source(article, header, tree, page_texts)


def _followed_account(tree: LexborHTMLParser, article: Article, *, follow: bool) -> None:
    """A platform's account card with a follow button, where nothing else named the field: its account wrote
    the post, unless named like an outlet, whose account stays the source (README "accounts")."""
    if (name := followed_card(tree, follow=follow)) is None or name in (article.author, article.source):
        return
    if is_outlet(name):
        article.source = article.source or name
    elif article.author is None:
        article.author = name


def _unlabelled_author(
    tree: LexborHTMLParser,
    article: Article,
    header: list[str],
    nodes: list[LexborNode],
    page_texts: list[str],
    story: LexborNode | None,
) -> str | None:
    """The writer no label names, from the strongest evidence down: a name standing alone in the meta bar,
    the byline region's markup, an account's post's account, a blog's owner, the story item's microdata."""
    first = story_opening(article.paragraphs)
    bars = meta_bars(header, article.title, first)
    found = shown_author(tree, bars) or markup_author(tree, header, nodes, article.title, first)
    if found is None and (found := bar_account(tree, article.title, story)) == article.source:
        article.source = None  # the account alone beside the time, linked as one: its post's author, no outlet
    if found is None and self_media_notice(page_texts):
        # An account's post: the account linked alone in the header, or shown in its card only.
        found = account_link(tree, header) or account_card(tree)
    if found is None and answer_page(page_texts):
        found = account_card(tree)  # a Q&A answer: the answerer's card (avatar and profile link) names its writer
    if found is None:
        found = blog_owner(tree, page_texts)  # "标题_杨树林_新浪博客" and "杨树林的博客"
    if found is None and story is not None:
        found = item_author(story)  # the answer's own itemprop="author"
    # A theme's vcard linking the CMS's login (WordPress's 由 admin): the account the site posts under, nobody.
    return None if found is not None and is_admin_login(found) else found


def _index_table_source(lines: list[str], shown: str | None, start: int, end: int) -> str | None:
    """A 信息公开 index table's 发布机构 above a headline printed in its title cell (``bylinetail``)."""
    if shown is None or shown not in (window := lines[start:end]):
        return None
    return index_table_source(lines, start + window.index(shown))
