"""What a caller wants extracted from a page: the full record, or the story without some fields.

Most corpus builders want the story only (title, body, publish time), as trafilatura's callers choose its
metadata with ``with_metadata``. A field turned off comes out empty (``related`` []; ``author``,
``source``, ``editor`` None), and every other field is byte-identical to the full parse: only the work
no other field depends on is skipped (the related detector still removes its lists from the tree before
the walk, since the body depends on that; on the generic path the credit readers are skipped, the lines
they cut from the body still cut; a site rule reads its bylines in full, as its hooks decide the body by them).
"""

from __future__ import annotations

from dataclasses import dataclass

from newscorpus.models import Article


@dataclass(frozen=True)
class ExtractOptions:
    """Which optional fields to extract; the defaults give the full record."""

    related: bool = True  # the related-content list
    bylines: bool = True  # author, source (来源) and editor (责任编辑)

    def withhold(self, article: Article) -> Article:
        """Empty the fields turned off (a parse path may have filled them on the way)."""
        if not self.related:
            article.related = []
        if not self.bylines:
            article.author = article.source = article.editor = None
        return article


FULL = ExtractOptions()
STORY_ONLY = ExtractOptions(related=False, bylines=False)
