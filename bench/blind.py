"""The blind batch: pages and strings written by people who never read the code, scored on every issue.

``tests/fixtures/blind/<folder>/NAME.html`` + ``NAME.json`` (the golden format of tests/golden/FORMAT.md:
title, published_at, author, source, editor, paragraphs, related), ``blind/urls.tsv`` (expected kind, URL,
where the shape is from) and ``blind/strings.jsonl`` (byline strings with the three expected fields).
Their writers read only FORMAT.md and the README's byline rules, never the code nor our other fixtures, and
nobody tuning the extractors opened them: they are the cleanest unseen evidence we have, the held-out set of
record from session 5 on. Run ``python -m bench.blind`` (needs the ``bench`` extra): one table per issue,
each for newscorpus and the peers in the same process. Scores only, never the pages' contents or misses.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench import extract, extract_bylines, extract_related
from bench.pages import LabelledPage
from bench.splits import ROOT
from newscorpus import urlshape
from newscorpus.decode import decode_html
from newscorpus.scrapers.registry import Registry

BLIND_DIR = ROOT / "tests" / "fixtures" / "blind"
ALL = "all"


def labelled(folder: Path) -> list[tuple[dict, Path]]:
    """(label, page) for every page of one folder that has both, in name order."""
    pairs = []
    for label in sorted(folder.glob("*.json")):
        page = label.with_suffix(".html")
        if page.is_file():
            pairs.append((json.loads(label.read_text(encoding="utf-8")), page))
    return pairs


# Batches whose misses may be read: each became tune material once a later batch was written to measure
# the work done on it (session 5's in session 6, then blind7 and blind8; blind9-12 in session 7; blind13-16 in
# session 8; blind17-22 in session 9, blind23 and blind24 after session 10's first and second waves, blind25
# and blind26 at its end; blind27-31 in session 11, blind32-38 in session 12, blind39-40 in session 13, blind41-42 in
# session 14, blind43-44 in session 15, blind45-46 in session 16, blind47 in session 17,
# blind48-49 in session 18; blind50-51 were lost with session 18's machine before either was tuned on;
# blind52 in session 19, written beside blind53, blind53 once blind54 was written, and blind54 once blind55
# was; blind55 in session 20 once blind56 was written, blind56 once blind57 was, blind57 once blind58 was; blind58 in
# session 21 once blind59 was written, blind59 once blind60 was, blind60 once blind61
# was; blind61 in session 22 once blind62 was written, blind62 once blind63 was, blind63 once blind64 was; blind64 in
# session 23 once blind65 was written, blind65 once blind66 was, blind66 once blind67 was; blind67 in session 24 once
# blind68 was written, blind68 once blind69 was, blind69 once blind70
# was, blind70 once blind71 was, blind71 once
# blind72 was; blind72 in session 25 once blind73 was written); every later one stays
# blind. The natural batches (blindNNn: writers barred from the README, labels from the field meanings alone) flip
# the same way: blind74n once blind75n was written, blind75n once blind76n was, blind76n in session 26 once
# blind77n was scored on arrival, blind77n and blind78n in session 27 (both scored on session 26's start and end),
# blind79n in session 28 (scored on session 27's start and end), and blind80n later in session 28 (scored on arrival
# in session 27, at its end, and mid-session 28), blind81n in session 29 (scored on arrival in session 28, at its end,
# and on session 29's start code), blind82n later in session 29 (scored on arrival on session 29's start code and on
# its code then, and mid-session: no table moved), blind83n in session 30 (scored on arrival in session 29, at its
# end, and on session 30's start code), blind84n in session 31 (scored on arrival in session 30, on its start code
# and at its end, which is session 31's start code), blind85n in session 32 (scored on arrival in session 31, at its
# end, and on session 32's start code, which is the same code), blind86n in session 33 (scored on arrival in session
# 32, at its end, and on session 33's start code, which is the same code), blind87n later in session 33 (scored on
# arrival on session 33's start code and on its code then: the same tables), blind88n in session 34 (scored on
# arrival in session 33, at its end, and on session 34's start code, which is the same code), blind89n later in
# session 34 (scored on arrival on session 34's start code and on its code then: one string's author apart),
# blind90n in session 35 (scored on arrival in session 34, at its end, and on session 35's start code, which is the
# same code: the same tables each time), blind91n in session 36 (scored on arrival on session 35's start code and its
# code then, at its end, and on session 36's start code, which is the same code as at that end), blind92n in session
# 37 (scored on arrival on session 36's start code and its code then (the same tables), at its end, and on session
# 37's start code), blind93n in session 38 (scored on arrival on session 37's start code and its code then (one
# string's author apart), at its end, and on session 38's start code, which is the same code as at that end),
# blind94n in session 39 (scored on arrival on session 38's start code and its code then (the same tables), after the
# 来源 convention moved, at its end, and on session 39's start code, which is the same code as at that end),
# blind95n in session 40 (scored on arrival on session 39's start code and its code then (strings' editor 45 vs 47 of
# 48, from a rule taken back), at its end, and on session 40's start code, which is the same code as at that end),
# blind96n in session 41 (scored on arrival on session 40's start code and its code then (the same tables), at its
# end, and on session 41's start code, which is the same code as at that end), blind97n in session 42 (scored on
# arrival on session 41's start code and its code then (the same tables), at its end, and on session 42's start code,
# which is the same code as at that end), blind98n in session 43 (scored on arrival on session 42's start code and its
# code then (the same tables), at its end, and on session 43's start code, which is the same code as at that end),
# blind99n in session 44 (scored on arrival on session 43's start code and its code then (long-tail author absent
# 0.80 vs 0.90), at its end, and on session 44's start code, which is the same code as at that end), blind100n in
# session 45 (scored on arrival on session 44's start code and its code then (the same tables), at its end, and on
# session 45's start code, which is the same code as at that end), blind101n in session 46 (scored on arrival on
# session 45's start code and its code then (the same tables), at its end, and on session 46's start code, which is the
# same code as at that end), blind102n in session 47 (scored on arrival on session 46's start code and its code then
# (the same tables), at its end, and on session 47's start code, which is the same code as at that end), blind103n in
# session 48 (scored on arrival on session 47's start code and its code then (the same tables), at its end, and on
# session 48's start code, which is the same code as at that end), blind104n in session 49 (scored on arrival on
# session 48's start code and its code then (the same tables), at its end, and on session 49's start code, which is the
# same code as at that end), blind105n in session 50 (scored on arrival on session 49's start code and its code then
# (author shown one page better in each half), at its end, and on session 50's start code, which is the same code as at
# that end).
TUNE_BATCHES = frozenset({"blind", *(f"blind{n}" for n in range(7, 73)), *(f"blind{n}n" for n in range(74, 106))})


def held_out(path: Path) -> bool:
    """Whether ``path`` lies in a blind batch that is still held out: its misses must never be printed."""
    return any(part.startswith("blind") and part not in TUNE_BATCHES for part in path.resolve().parts)


def batches(fixtures: Path = BLIND_DIR.parent) -> list[Path]:
    """Every blind batch (``blind``, ``blind7``, ...): each session's is scored apart, before any merge."""
    return sorted(path for path in fixtures.glob("blind*") if path.is_dir())


def folders(root: Path = BLIND_DIR) -> list[Path]:
    return sorted(path for path in root.glob("*") if path.is_dir()) if root.is_dir() else []


def body_pages(folder: Path) -> list[LabelledPage]:
    return [
        LabelledPage(
            name=f"{folder.name}/{page.name}",
            site=page.stem,
            set=folder.name,
            split=folder.name,
            url=data.get("url"),
            html=decode_html(page.read_bytes()).text,
            body="\n".join(data.get("paragraphs") or []),
            title=data.get("title"),
            published_at=data.get("published_at"),
            has_date_label="published_at" in data,
            golden=data,
        )
        for data, page in labelled(folder)
    ]


def body_table(names: list[str], root: Path = BLIND_DIR) -> list[str]:
    """Mean body F1, pages below 0.5, dates and pages/s per folder and over all, for every extractor."""
    groups = [(folder.name, body_pages(folder)) for folder in folders(root)]
    groups.append((ALL, [page for _name, pages in groups for page in pages]))
    extractors = {"newscorpus": extract.newscorpus_extractor(), **extract.PEERS}
    results = {name: extract.evaluate(name, extractors[name], groups[-1][1]) for name in names}
    header = ["set", "pages", "extractor", "mean F1", "F1 w/o title", "F1 < 0.5"]
    header += [f"< 0.5 where {extract.PEER} >= {extract.PEER_GOOD_F1}", "date acc", "date (day)", "pages/s"]
    peer = results.get(extract.PEER)
    rows = [
        [group, str(len(pages)), name, *extract.cells(results[name], pages, peer)]
        for group, pages in groups
        if pages
        for name in names
    ]
    return extract.table(header, rows)


def byline_table(root: Path = BLIND_DIR) -> str:
    pages = [
        extract_bylines.Page(
            f"{folder.name}/{page.name}",
            folder.name,
            data.get("url"),
            decode_html(page.read_bytes()).text,
            {name: data.get(name) for name in extract_bylines.FIELDS},
        )
        for folder in folders(root)
        for data, page in labelled(folder)
    ]
    extractors = extract_bylines.newscorpus_and_peers(Registry.load())
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    splits = tuple(folder.name for folder in folders(root))
    return extract_bylines.byline_table(results, pages, splits)


# The README the writers read for the rules prints example strings from tuned pages; a writer copying one
# verbatim (a third of the strings of blind65-72) makes a tuned string look unseen.
COPIED, CLEAN = "copied", "clean"
README = ROOT / "README.md"
# Shorter texts than this (a lone name) may be in the README by chance.
_COPIED_MIN_CHARS = 4


def strings_table(path: Path, readme: Path = README) -> str:
    """The batch's byline strings, scored apart: the rows copied verbatim from the README (tuned examples) and
    the rest, the unseen ones."""
    printed = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for row in rows:
        row["split"] = COPIED if len(row["text"]) >= _COPIED_MIN_CHARS and row["text"] in printed else CLEAN
    return extract_bylines.grammar_table("blind byline strings", rows, (CLEAN, COPIED))


def related_table(root: Path = BLIND_DIR) -> str:
    registry = Registry.load()
    cases = [
        extract_related.Case(
            f"{folder.name}/{page.name}", folder.name, page, data.get("url"), extract_related.expected(data["related"])
        )
        for folder in folders(root)
        for data, page in labelled(folder)
        if isinstance(data.get("related"), list)
    ]
    scores = [extract_related.score(case, registry) for case in cases]
    return extract_related.related_table(scores, splits=tuple(folder.name for folder in folders(root)))


def url_table(path: Path) -> list[str]:
    """How many article URLs the grammar calls articles, and non-article URLs it does not."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    # A writer's header line (``expected<TAB>url<TAB>...``) is no row: counted, it inflated the "others".
    rows = [row for row in rows if len(row) >= 2 and not row[0].startswith("#") and row[0].strip() != "expected"]
    if not rows:
        return ["(no URL rows)"]
    articles = [url for kind, url, *_ in rows if kind.strip() == "article"]
    others = [url for kind, url, *_ in rows if kind.strip() != "article"]
    found = sum(urlshape.is_article_url(url.strip()) for url in articles)
    refused = sum(not urlshape.is_article_url(url.strip()) for url in others)
    right = found + refused
    return extract.table(
        ["rows", "accuracy", "articles called articles", "others not called articles"],
        [[str(len(rows)), f"{right / len(rows):.3f}", f"{found}/{len(articles)}", f"{refused}/{len(others)}"]],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.blind", description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=extract.NAMES, action="append", help="run only these extractors")
    parser.add_argument("--root", type=Path, default=BLIND_DIR, help="the blind batch folder")
    args = parser.parse_args(argv)
    if not folders(args.root):
        print(f"no blind pages under {args.root}; nothing to benchmark")
        return 0
    out = ["#### Body and dates (issue 18)", "", *body_table(list(args.only or extract.NAMES), args.root)]
    out += ["", "#### Bylines: shown / absent (issue 13)", "", byline_table(args.root).rstrip("\n")]
    if (args.root / "strings.jsonl").is_file():
        out += ["", strings_table(args.root / "strings.jsonl").rstrip("\n")]
    out += ["", "#### Related lists, by URL (issue 17)", "", related_table(args.root)]
    if (args.root / "urls.tsv").is_file():
        out += ["", "#### Article URL shapes", "", *url_table(args.root / "urls.tsv")]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
