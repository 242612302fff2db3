"""Multi-page articles inside one archive: a first page's 下一页 chain is stitched from the same file's
records, as `fetch` stitches the pages it fetches and `reparse` the parts it stored.

Records that may take part in a chain (a page naming a next page, or a URL numbered like a later page) are
held back until their file has been read, since a part may come before or after its first page, in this
shard or another. Parts used by a story are kept raw next to it and are not stored as articles of their own;
a chain naming a page the archive lacks leaves its article flagged incomplete.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscorpus.scrapers.pager import page_keys
from newscorpus.scrapers.stitch import part_url, stitch_known
from newscorpus.warc.outcome import Parsed


@dataclass
class HeldPages:
    """One archive file's records that may belong to a multi-page article, in record order."""

    records: list[Parsed] = field(default_factory=list)

    @staticmethod
    def wants(record: Parsed) -> bool:
        # A story's last page names no next page: its URL's page number (``_3``, ``?p=3``, a story folder's
        # ``3.html`` or ``3/``) says it may be a part. A bare 1 is a folder's first page, not a later one.
        later = any(key.number > (1 if key.bare else 0) for key in page_keys(record.page.url))
        return bool(record.article.next_page_url) or later

    def resolve(self) -> list[tuple[Parsed, list[Parsed]]]:
        """Every held record once, in record order, with the parts stitched onto it (none for most); a
        record used as another's part is not listed on its own."""
        by_url = {part_url(r.page.url) or r.page.url: r for r in self.records}
        targets = {part_url(r.article.next_page_url) for r in self.records if r.article.next_page_url}
        used: set[str] = set()
        stitched: dict[int, list[Parsed]] = {}
        for index, record in enumerate(self.records):
            url = part_url(record.page.url) or record.page.url
            if not record.article.next_page_url or url in targets:
                continue  # not a first page: a part, or a lone page
            known = {u: r.article for u, r in by_url.items() if u != url}
            chain = stitch_known(url, record.article, known)
            stitched[index] = [by_url[u] for u in chain]
            used.update(chain)
        return [
            (record, stitched.get(index, []))
            for index, record in enumerate(self.records)
            if (part_url(record.page.url) or record.page.url) not in used
        ]
