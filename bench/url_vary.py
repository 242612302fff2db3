"""Article URLs the grammar reads right, rewritten the ways links print them (issue: article URLs of some shapes
not stored as articles; session 31).

Every page URL of the tune batches that ``urlshape`` calls an article is rewritten: tracking and share
parameters added, a fragment, the mobile or an upper-case host, plain http, a port, a trailing slash on a
path that ends in a folder-like segment. A link to the same story printed so must still be called an article.
Prints, per rewrite, how many stay articles (``--show NAME`` lists the lost ones). Never reads a held-out batch.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from bench.blind import TUNE_BATCHES
from newscorpus import urlshape

FIXTURES = Path("tests/fixtures")


def tune_article_urls(root: Path = FIXTURES) -> Iterator[str]:
    """The page URLs of every tune batch's labels that the grammar calls articles."""
    for batch in sorted(root.glob("blind*")):
        if batch.name not in TUNE_BATCHES:
            continue  # still held out: never read
        for label in sorted(batch.glob("*/*.json")):
            url = json.loads(label.read_text(encoding="utf-8")).get("url")
            if url and urlshape.is_article_url(url):
                yield url


def _query(url: str, extra: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query=f"{parts.query}&{extra}" if parts.query else extra))


def _host(url: str, host: Callable[[str], str]) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=host(parts.netloc)))


def _slashed(url: str) -> str:
    parts = urlsplit(url)
    last = parts.path.rsplit("/", 1)[-1]
    return url if parts.query or not last or "." in last else urlunsplit(parts._replace(path=parts.path + "/"))


REWRITES: dict[str, Callable[[str], str]] = {
    "utm parameters": lambda u: _query(u, "utm_source=wechat&utm_medium=social"),
    "share parameters": lambda u: _query(u, "from=timeline&isappinstalled=0"),
    "spm parameter": lambda u: _query(u, "spm=a2c4g.11186623.0.0"),
    "fragment": lambda u: u + "#comments",
    "mobile host": lambda u: _host(u, lambda h: "m." + h.removeprefix("www.")),
    "upper-case host": lambda u: _host(u, str.upper),
    "plain http": lambda u: u.replace("https://", "http://", 1),
    "port": lambda u: _host(u, lambda h: h + ":8080"),
    "trailing slash": _slashed,
}


def run(urls: list[str]) -> tuple[Counter, dict[str, list[str]]]:
    totals: Counter = Counter()
    lost: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        for name, rewrite in REWRITES.items():
            varied = rewrite(url)
            if varied == url:
                continue
            totals[name] += 1
            if not urlshape.is_article_url(varied):
                lost[name].append(varied)
    return totals, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.url_vary", description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=sorted(REWRITES), help="list this rewrite's lost URLs")
    args = parser.parse_args(argv)
    urls = list(tune_article_urls())
    totals, lost = run(urls)
    print(f"{len(urls)} tune article URLs\n\n| rewrite | still articles |\n|---|---|")
    for name in REWRITES:
        print(f"| {name} | {totals[name] - len(lost[name])} / {totals[name]} |")
    for url in lost.get(args.show or "", []):
        print(url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
