"""End-to-end evaluation on a generated multi-site portal, crawled as a user would.

``python -m bench.portal_eval [--seed 1|2] [--per-site N] [--json]``: builds a portal of rule-less sites
(bench/portal_eval_gen.py, each site with its own template), serves every site on its own port of
127.0.0.1, crawls it with the real CLI (``newscorpus fetch --allow-private-host 127.0.0.1 --depth N``),
exports it with ``newscorpus export --jsonl`` (representatives, then ``--include-duplicates``) and scores
the export against the generator's truth: stories stored whole, syndicated clusters exported once,
distinct stories kept, representatives whole, author/source/editor per article and per field, related
items by URL, and no list page exported. Seed 1 uses bench/portal_eval_templates.py (tuned on), seed 2
bench/portal_eval_templates2.py (held out for the first fixes, tuned on after), seed 3
bench/portal_eval_templates3.py (held out), seed 4 bench/portal_eval_templates4.py (held out for the
byline-bar fix: bars of separate elements), seed 5 bench/portal_eval_templates5.py (held out for the general
pager fix: pager shapes and placements seeds 1-4 do not use).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

from bench.portal_eval_gen import DAYS, PER_DAY, Placed, Portal, build
from bench.portal_eval_templates import SEED1, Template
from bench.portal_eval_templates2 import SEED2
from bench.portal_eval_templates3 import SEED3
from bench.portal_eval_templates4 import SEED4
from bench.portal_eval_templates5 import SEED5
from newscorpus.localserver import LocalSite, Route

TEMPLATES: dict[int, tuple[Template, ...]] = {1: SEED1, 2: SEED2, 3: SEED3, 4: SEED4, 5: SEED5}
DEPTH = 8  # home -> channel -> channel pages -> article, with room for related hops
WHOLE = 0.95  # body recall at which a story counts as stored whole
FIELDS = ("author", "source", "editor")


def _cli() -> list[str]:
    return [sys.executable, "-c", "from newscorpus.cli import main; main()"]


def crawl(portal: Portal, workdir: Path) -> tuple[list[dict], list[dict], list[int]]:
    """Serve the portal, crawl it with the CLI, export it; the representatives, every article, the ports."""
    db = workdir / "corpus.db"
    with ExitStack() as stack:
        sites = [
            stack.enter_context(
                LocalSite({p: Route(h.encode(), 200, "text/html; charset=utf-8") for p, h in r.items()})
            )
            for r in portal.routes
        ]
        fetch = [*_cli(), "fetch", "--db", str(db), "--allow-private-host", "127.0.0.1", "--depth", str(DEPTH)]
        fetch += ["--delay", "0", "--per-host", "4", "--attempts", "2", *(s.url("/") for s in sites)]
        subprocess.run(fetch, check=False, capture_output=True, timeout=600)
        ports = [int(urlsplit(s.base_url).port or 0) for s in sites]
    exports = []
    for extra in ([], ["--include-duplicates"]):
        out = subprocess.run(
            [*_cli(), "export", "--db", str(db), "--jsonl", *extra, "-"], check=True, capture_output=True, timeout=300
        )
        exports.append([json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()])
    return exports[0], exports[1], ports


def _key(url: str, ports: list[int]) -> tuple[int, str] | None:
    parts = urlsplit(url)
    if parts.port not in ports:
        return None
    return ports.index(parts.port), parts.path + (f"?{parts.query}" if parts.query else "")


def recall(expected: tuple[str, ...], body: str) -> float:
    """Share of the expected text (by characters) whose paragraphs appear in the body."""
    flat = "".join(body.split())
    total = sum(len(p) for p in expected)
    found = sum(len(p) for p in expected if "".join(p.split()) in flat)
    return found / total if total else 1.0


def _ratio(hit: int, total: int) -> dict:
    return {"hit": hit, "total": total, "rate": round(hit / total, 3) if total else None}


def score(portal: Portal, reps: list[dict], every: list[dict], ports: list[int]) -> dict:
    by_key = {(p.site, p.paths[0]): p for p in portal.placed}
    stored = {_key(r["url"] or "", ports): r for r in every}
    whole = [p for p in portal.placed if (r := stored.get((p.site, p.paths[0]))) and _whole(p, r)]
    paginated = [p for p in portal.placed if len(p.parts) > 1]
    result: dict = {
        "articles": len(portal.placed),
        "stored": _ratio(sum((p.site, p.paths[0]) in stored for p in portal.placed), len(portal.placed)),
        "stored_whole": _ratio(len(whole), len(portal.placed)),
        "paginated_whole": _ratio(sum(p in whole for p in paginated), len(paginated)),
    }
    result.update(_clusters(portal, reps, ports, by_key))
    result.update(_fields(portal, stored))
    result["related"] = _related(portal, stored, ports)
    extra = [r["url"] for r in every if _key(r["url"] or "", ports) not in by_key]
    result["non_articles_exported"] = len(extra)
    result["non_article_urls"] = sorted(extra)[:10]
    return result


def _whole(placed: Placed, record: dict) -> bool:
    editor_ok = placed.editor is None or record.get("editor") == placed.editor
    return recall(placed.expected, record.get("body") or "") >= WHOLE and editor_ok


def _clusters(portal: Portal, reps: list[dict], ports: list[int], by_key: dict) -> dict:
    exported: dict[int, list[dict]] = {}
    for record in reps:
        placed = by_key.get(_key(record["url"] or "", ports))
        if placed is not None:
            exported.setdefault(placed.story, []).append(record)
    members: dict[int, int] = {}
    for placed in portal.placed:
        members[placed.story] = members.get(placed.story, 0) + 1
    syndicated = [s for s, n in members.items() if n > 1]
    once = [s for s in syndicated if len(exported.get(s, [])) == 1]
    rep_whole = [s for s in once if recall(portal.full(s), exported[s][0].get("body") or "") >= WHOLE]
    return {
        "clusters_exported_once": _ratio(len(once), len(syndicated)),
        "representative_whole": _ratio(len(rep_whole), len(once)),
        "distinct_stories_kept": _ratio(sum(s in exported for s in members), len(members)),
        "missed_clusters": [(s, len(exported.get(s, []))) for s in syndicated if s not in once],
    }


def _fields(portal: Portal, stored: dict) -> dict:
    per_field = {f: [0, 0, 0, 0] for f in FIELDS}  # shown right, shown, absent right (null), absent
    all_right = 0
    rows = [(p, r) for p in portal.placed if (r := stored.get((p.site, p.paths[0])))]
    for placed, record in rows:
        right = 0
        for f in FIELDS:
            want, got = getattr(placed, f), record.get(f)
            counts = per_field[f]
            counts[0 if want else 2] += got == want
            counts[1 if want else 3] += 1
            right += got == want
        all_right += right == len(FIELDS)
    out = {"bylines_all_three_right": _ratio(all_right, len(rows))}
    for f, (ok, shown, null_ok, absent) in per_field.items():
        out[f] = {"shown": _ratio(ok, shown), "absent_null": _ratio(null_ok, absent)}
    return out


def _related(portal: Portal, stored: dict, ports: list[int]) -> dict:
    true_pos = expected = returned = 0
    for placed in portal.placed:
        record = stored.get((placed.site, placed.paths[0]))
        if record is None:
            continue
        want = {(placed.site, path) for _, path in placed.related}
        got = {_key(item.get("url") or "", ports) for item in record.get("related") or []}
        true_pos += len(want & got)
        expected += len(want)
        returned += len(got)
    return {"recall": _ratio(true_pos, expected), "precision": _ratio(true_pos, returned)}


def run(seed: int, per_site: int = DAYS * PER_DAY) -> dict:
    portal = build(TEMPLATES[seed], seed, per_site)
    with tempfile.TemporaryDirectory(prefix="portal-eval-") as tmp:
        reps, every, ports = crawl(portal, Path(tmp))
    return {"seed": seed, "templates": [t.name for t in portal.templates], **score(portal, reps, every, ports)}


def _print(result: dict) -> None:
    print(f"seed {result['seed']} ({', '.join(result['templates'])}): {result['articles']} articles")
    for name, value in result.items():
        if isinstance(value, dict) and "rate" in value:
            print(f"  {name:28} {value['hit']:>4}/{value['total']:<4} {value['rate']}")
        elif isinstance(value, dict):
            for sub, ratio in value.items():
                print(f"  {name + ' ' + sub:28} {ratio['hit']:>4}/{ratio['total']:<4} {ratio['rate']}")
    print(f"  non-articles exported        {result['non_articles_exported']}  {result['non_article_urls']}")
    print(f"  missed clusters (story, exported) {result['missed_clusters']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.portal_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, choices=sorted(TEMPLATES), action="append")
    parser.add_argument("--per-site", type=int, default=DAYS * PER_DAY, help="originals per site")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = [run(seed, args.per_site) for seed in args.seed or sorted(TEMPLATES)]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    for result in results if not args.json else ():
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
