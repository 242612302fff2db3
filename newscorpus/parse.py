"""The parse stage: decoded HTML -> Article, through the site registry with the generic fallback."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.budget import check_parse_budget
from newscorpus.models import Article
from newscorpus.options import FULL, ExtractOptions
from newscorpus.scrapers import generic
from newscorpus.scrapers.byline import creator_account, own_post, without_source
from newscorpus.scrapers.bylinebrand import without_brand_lead
from newscorpus.scrapers.localtime import local_wall_clock
from newscorpus.scrapers.plausible import holds_sentence, judge
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.scrapers.storytext import without_standfirst
from newscorpus.scrapers.topic import off_topic, on_topic


def parse_html(
    html: str,
    url: str | None,
    registry: Registry,
    site: str | None = None,
    *,
    fetched_at: str | None = None,
    options: ExtractOptions = FULL,
) -> Article:
    """Parse one article page. ``site`` forces a rule by name (unknown: UnknownSiteError); otherwise the
    URL's host decides, then the page itself (canonical link, og:url, saved-from comment, fingerprints), so
    a mirror, a proxy or an archive copy gets the same rule as the portal.

    ``fetched_at`` (ISO 8601) resolves relative publish times (6小时前); without it they are left null.
    ``options`` turns optional fields off (``newscorpus.options``); every other field is unchanged.
    Raises ParseBudgetError, before any DOM is built, for a page over the parse budget (newscorpus.budget).
    """
    check_parse_budget(html, url)
    tree = LexborHTMLParser(html)
    rule, url = choose_rule(tree, html, url, registry, site)
    return parse_tree(tree, html, url, rule, fetched_at, options)


def parse_tree(
    tree: LexborHTMLParser,
    html: str,
    url: str | None,
    rule: SiteRule | None,
    fetched_at: str | None = None,
    options: ExtractOptions = FULL,
) -> Article:
    """The rule's parse with the generic fallback, or the generic extractor; ``tree`` is ``html`` parsed."""
    # The parse removes boxes from the tree, never its <html> element, whose lang the wall clock reads.
    article = _extract(tree, html, url, rule, fetched_at, options)
    article.published_at = local_wall_clock(article.published_at, tree, html, url)
    article.author = without_source(without_brand_lead(tree, article.author), article.source)
    if own_post(article.author, article.source):
        article.source = None  # the account credited as writer and 来源 anywhere on the page: its own post
    article.author, article.source = creator_account(html, article.author, article.source)
    article.paragraphs = without_standfirst(article.paragraphs)  # "摘要：…" over the story is no text of it
    # A site rule reads its bylines in full: its hooks decide the body by them (qq's signed-off line).
    return options.withhold(article)


def _extract(
    tree: LexborHTMLParser,
    html: str,
    url: str | None,
    rule: SiteRule | None,
    fetched_at: str | None,
    options: ExtractOptions,
) -> Article:
    if rule is None:
        return _generic(tree, html, url, fetched_at, options)
    article = rule.parse(tree, url, related=options.related)
    if article.is_empty:
        # The rule's parse has changed the tree; the generic extractor needs the page as it came.
        return _fall_back(article, _generic(LexborHTMLParser(html), html, url, fetched_at, options))
    return _checked(article, html, url, fetched_at, options)


def _generic(
    tree: LexborHTMLParser, html: str, url: str | None, fetched_at: str | None, options: ExtractOptions
) -> Article:
    """The generic article, read again without the related-list detector when it gave no story: a list's box
    the detector removed may have held the story too (a layout row under a menu's title image), and a story
    outweighs a list. The second reading counts only when it finds a plausible story."""
    article = generic.extract(tree, url, fetched_at=fetched_at, options=options)
    if article.paragraphs:
        return article
    again = generic.extract(LexborHTMLParser(html), url, fetched_at=fetched_at, options=options, lists=False)
    return again if again.paragraphs and judge(again.paragraphs).plausible else article


def _checked(article: Article, html: str, url: str | None, fetched_at: str | None, options: ExtractOptions) -> Article:
    """A rule's article, or the generic one when the rule's body fails the plausibility tests.

    A template variant the rule does not know (a video page, a promo block under the body selector) gives
    a body that is a link list, a footer, spam, far shorter than the story, or about something else than
    the headline. Only failed, short or off-topic bodies pay for the generic walk over the page, so rule
    parses of normal pages stay as fast as before.
    """
    verdict = judge(article.paragraphs)
    article.confidence = verdict.confidence
    strayed = off_topic(article.title, article.paragraphs)
    if verdict.plausible and not strayed and len(article.body) >= settings.RULE_CHECK_BELOW_CHARS:
        return article
    other = _generic(LexborHTMLParser(html), html, url, fetched_at, options)
    if not other.paragraphs or not judge(other.paragraphs).plausible:
        return article
    # A rule body without one sentence (an account name and a time: a template variant whose story the rule's
    # selector misses) tells nothing about the headline either way; a generic story that does tell one wins.
    if not verdict.plausible or (not holds_sentence(article.paragraphs) and holds_sentence(other.paragraphs)):
        return _fall_back(article, other)
    # A short or off-topic but plausible rule body (a news flash, a feature under a teaser headline) only
    # gives way to a story about the headline, not to comments or a list of other stories.
    longer = len(other.body) >= settings.RULE_FALLBACK_LENGTH_FACTOR * len(article.body)
    return _fall_back(article, other) if (longer or strayed) and on_topic(article.title, other.paragraphs) else article


def _fall_back(rule_article: Article, article: Article) -> Article:
    """The generic article under the rule's site name; fields the rule found and generic missed are kept."""
    article.site, article.fell_back = rule_article.site, True
    for name in ("title", "author", "source", "editor", "published_at"):
        if getattr(article, name) is None:
            setattr(article, name, getattr(rule_article, name))
    article.related = article.related or rule_article.related
    return article


def choose_rule(
    tree: LexborHTMLParser, html: str, url: str | None, registry: Registry, site: str | None = None
) -> tuple[SiteRule | None, str | None]:
    """The rule for a page and the URL to parse it under (the page's own when none was given).

    Reads the tree without changing it, so the caller parses the same tree afterwards."""
    if site is not None:
        return registry.require(site), url
    rule = registry.for_url(url)
    if rule is not None:
        return rule, url
    rule, named = registry.detect(tree, html)
    return rule, url if url is not None else named
