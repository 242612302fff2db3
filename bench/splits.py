"""The held-out split every accuracy benchmark reports on.

Numbers measured on pages someone tuned a heuristic on are not results. Every labelled page belongs to a
*site* (the ``../shared/pages`` folder name, or the registrable domain of a ``../shared/dev/pages`` file),
and a site is held out when the SHA-1 of its name falls in the lowest 96/256 of the range: about 3 sites
in 8, picked by no one. Developers tune on the other sites only and never open a held-out page while
tuning; benchmarks report the tuning split and the held-out split side by side.

Caveat, recorded so nobody forgets it: the site rules for portals in the held-out split (sina, baijiahao,
guancha) were written by earlier sessions while looking at those very pages, so for *site-rule* numbers the
honest held-out figure is the long-tail and dev pages of held-out sites.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_PAGES = SHARED / "pages"
DEV_PAGES = SHARED / "dev" / "pages"
# Share of the hash range held out: 96/256 = 0.375.
HELD_OUT_BELOW = 96
# The same site under two names: a dev page's domain and the shared folder of the same portal.
ALIASES = {"csdn.net": "csdn", "sina.cn": "sina", "sina.com.cn": "sina", "163.com": "163", "qq.com": "qq"}
_SECOND_LEVEL = frozenset({"com", "org", "gov", "edu", "net", "ac"})


def registrable_domain(host: str) -> str:
    """``news.china.com.cn`` -> ``china.com.cn``; ``news.gmw.cn`` -> ``gmw.cn`` (enough for the pages we have)."""
    parts = host.lower().split(".")
    keep = 3 if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL else 2
    return ".".join(parts[-keep:])


def site_of(page: Path) -> str:
    """The site a labelled page belongs to, from where it lies."""
    if SHARED_PAGES in page.parents:
        return page.relative_to(SHARED_PAGES).parts[0]
    domain = registrable_domain(page.name.split("__", 1)[0])
    return ALIASES.get(domain, domain)


def is_held_out(site: str) -> bool:
    return hashlib.sha1(site.encode("utf-8")).digest()[0] < HELD_OUT_BELOW


def split_of(page: Path) -> str:
    """``"heldout"`` or ``"tune"``."""
    return "heldout" if is_held_out(site_of(page)) else "tune"


def labelled_pages() -> list[Path]:
    """Every saved page we have: shared portal/long-tail pages (not `_encodings`/`_list`) and dev pages."""
    pages: list[Path] = []
    if SHARED_PAGES.is_dir():
        pages += sorted(p for p in SHARED_PAGES.glob("*/*.html") if not p.parent.name.startswith("_"))
    if DEV_PAGES.is_dir():
        pages += sorted(DEV_PAGES.glob("*.html"))
    return pages


def main(argv: list[str] | None = None) -> int:
    """Print the split, so a developer knows which pages not to open."""
    for page in labelled_pages():
        print(f"{split_of(page):8} {site_of(page):22} {page.relative_to(SHARED)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
