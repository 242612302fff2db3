"""Dedup benchmark: pair precision/recall on the labelled set, the parameter sweep, and the scale run.

python -m bench.dedup            # full: sweep, three seeds, store-path check, 10k/50k/200k scale
python -m bench.dedup --quick    # small sweep and a 2k/5k/10k scale run, for development
python -m bench.dedup --readme   # also replace the "Deduplication" section of bench/README.md
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from bench.dedup_eval import PairScore, Signatures, hard_negative_pairs, score, store_pairs, true_pairs
from bench.dedup_scale import run as run_scale
from bench.dedup_set import SetSpec, build_set
from newscorpus.dedup import DedupParams
from newscorpus.dedup.text import Normalizer

README = Path(__file__).with_name("README.md")
HEADING = "## Deduplication"
SHINGLES = (3, 4, 5, 6)
BANDINGS = ((64, 2), (42, 3), (32, 4), (16, 8))
THRESHOLDS = (0.4, 0.45, 0.48, 0.5, 0.6)
SEEDS = (20240607, 1, 2)


def _row(label: str, s: PairScore) -> str:
    return f"| {label} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {s.predicted_pairs} | {s.candidate_pairs} |"


def sweep(quick: bool) -> list[str]:
    chosen = DedupParams()
    spec = SetSpec()
    docs = build_set(spec)
    truth, hard = true_pairs(docs), hard_negative_pairs(docs)
    normalise = Normalizer()
    lines = [
        f"Labelled set (seed {spec.seed}): {len(docs)} bodies ({sum(d.kind == 'original' for d in docs)} real"
        f" stories from tests/golden, {sum(d.kind == 'template' for d in docs)} templated stories, the rest"
        f" syndicated variants); {len(truth)} duplicate pairs, {len(hard)} hard-negative pairs"
        " (same template or same portal boilerplate), every other cross-story pair a negative.",
        "",
        "| shingle, bands x rows, threshold | precision | recall | F1 | predicted pairs | LSH candidate pairs |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for k in SHINGLES[1:3] if quick else SHINGLES:
        sigs = Signatures(docs, replace(chosen, shingle_chars=k), normalise)
        for bands, rows in BANDINGS:
            for t in THRESHOLDS:
                params = replace(chosen, shingle_chars=k, bands=bands, rows=rows, threshold=t)
                mark = " **(chosen)**" if params == chosen else ""
                lines.append(_row(f"{k}, {bands}x{rows}, {t}{mark}", score(sigs, params, truth)[0]))
    lines += ["", "Permutations at the chosen shingle size, rows and threshold (bands = permutations / rows):", ""]
    lines += ["| permutations | precision | recall | F1 | predicted pairs | LSH candidate pairs |", "| --- " * 6 + "|"]
    for perms in (64, 128, 256):
        params = replace(chosen, num_perm=perms, bands=perms // chosen.rows)
        lines.append(_row(str(perms), score(Signatures(docs, params, normalise), params, truth)[0]))
    return lines


def seeds_and_store(quick: bool) -> list[str]:
    chosen = DedupParams()
    normalise = Normalizer()
    lines = ["| set seed | precision | recall | F1 | predicted pairs | LSH candidate pairs |", "| --- " * 6 + "|"]
    for seed in SEEDS[:1] if quick else SEEDS:
        docs = build_set(SetSpec(seed=seed))
        lines.append(_row(str(seed), score(Signatures(docs, chosen, normalise), chosen, true_pairs(docs))[0]))
    docs = build_set(SetSpec(related_leak=0.5))
    stress = score(Signatures(docs, chosen, normalise), chosen, true_pairs(docs))
    lines.append(_row("stress: related list in half the bodies", stress[0]))
    start = time.perf_counter()
    docs = build_set(SetSpec())
    through_store = store_pairs(docs)
    elapsed = time.perf_counter() - start
    same = through_store == score(Signatures(docs, chosen, normalise), chosen, true_pairs(docs))[1]
    lines += ["", f"Store write path on the seed-{SEEDS[0]} set gives the same clusters: {same} ({elapsed:.1f} s)."]
    return lines


def scale(quick: bool) -> list[str]:
    sizes = (2_000, 5_000, 10_000) if quick else (10_000, 50_000, 200_000)
    result = run_scale(sizes)
    lines = [
        f"{result.articles} synthetic articles (300-1500 characters, 10% reposts) clustered in"
        f" {result.total_s:.0f} s ({result.total_s / result.articles * 1000:.2f} ms per article),"
        f" {result.clusters} clusters; peak RSS {result.peak_rss_mb:.0f} MB; corpus.db {result.db_mb:.0f} MB.",
        "",
        "| corpus size | ms per added article (mean of the last 5,000) |",
        "| --- | --- |",
    ]
    lines += [f"| {size:,} | {ms:.2f} |" for size, ms in result.per_article_ms.items()]
    return lines


def write_readme(body: list[str]) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    section = "\n".join([HEADING, "", *body]) + "\n"
    start = text.find(HEADING)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(HEADING))
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    README.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sweep and scale run")
    parser.add_argument("--readme", action="store_true", help="write the tables into bench/README.md")
    args = parser.parse_args(argv)
    p = DedupParams()
    body = [
        f"Chosen: shingles of {p.shingle_chars} characters, {p.num_perm} permutations, {p.bands} bands x {p.rows}"
        f" rows, threshold {p.threshold} (newscorpus/settings.py). Run: `python -m bench.dedup`.",
        "",
        "### Parameter sweep",
        "",
        *sweep(args.quick),
        "",
        "### Chosen parameters on other seeds, a stress set, and the real write path",
        "",
        *seeds_and_store(args.quick),
        "",
        "### Scale",
        "",
        *scale(args.quick),
    ]
    print("\n".join(body))
    if args.readme:
        write_readme(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
