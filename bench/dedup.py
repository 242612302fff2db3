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
from bench.dedup_sweep import SEEDS as CONTAINMENT_SEEDS
from bench.dedup_sweep import containment_label, guards, held_out, sets_for
from bench.dedup_sweep import sweep as containment_sweep
from newscorpus.dedup import DedupParams
from newscorpus.dedup.text import Normalizer

README = Path(__file__).with_name("README.md")
HEADING = "## Deduplication"
SHINGLES = (3, 4, 5, 6)
BANDINGS = ((64, 2), (42, 3), (32, 4), (16, 8))
THRESHOLDS = (0.4, 0.45, 0.48, 0.5, 0.6)


HISTORY = [
    "On the earlier, easier set (no daily traffic/lottery/forecast reports, press releases or serials, one",
    "same-event story per story, stories in order) main's edges measured 1.000 / 0.984 on tune and 0.988 / 0.978",
    "held-out. The set was made harder on the tune side first (new hard negatives: tune precision fell to 0.978),",
    "then the guards were added and chosen on tune: the figures test on the Jaccard edge, the common-text",
    "discount (dedup/common.py), same-source candidates. A pairwise 'overshadowed shared text' veto (drop a",
    "cluster whose shared stretch lies inside another linked cluster's) was tried on tune and dropped: recall",
    "0.93-0.95 and no precision gain. The held-out split was run once, after the choice.",
]


def _row(label: str, s: PairScore) -> str:
    return f"| {label} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {s.predicted_pairs} | {s.candidate_pairs} |"


def sweep(quick: bool) -> list[str]:
    """The Jaccard edge's parameters, on the tune split of the seed set (containment off)."""
    chosen = DedupParams()
    spec = SetSpec()
    docs = [d for d in build_set(spec) if d.split == "tune"]
    truth, hard = true_pairs(docs), hard_negative_pairs(docs)
    normalise = Normalizer()
    lines = [
        f"Tune split of the set of seed {spec.seed}: {len(docs)} bodies; {len(truth)} duplicate pairs,"
        f" {len(hard)} hard-negative pairs, every other cross-story pair a negative. The Jaccard edge alone"
        " (containment off; with the figures test and the common-text discount of the settings), so this"
        " table shows what containment has to add.",
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
    return lines


def containment_section(quick: bool) -> list[str]:
    chosen = DedupParams()
    sets = sets_for(CONTAINMENT_SEEDS[:2] if quick else CONTAINMENT_SEEDS, chosen)
    table, best = containment_sweep(sets["tune"], chosen)
    lines = [
        f"Seeds {', '.join(str(s) for s in (CONTAINMENT_SEEDS[:2] if quick else CONTAINMENT_SEEDS))} pooled; per seed:",
        "",
        f"- {sets['tune'][0].describe()}",
        f"- {sets['heldout'][0].describe()}",
        "",
        "Sweep on the tune split (highest F1 at pair precision >= 0.99 is chosen):",
        "",
        *table,
        "",
        f"Chosen on tune: {guards(best)}; {containment_label(best)}. In newscorpus/settings.py:"
        f" {guards(chosen)}; {containment_label(chosen)}. Both splits, before (main's edges on this set) and"
        " with the settings:",
        "",
        *held_out(sets, chosen),
    ]
    return lines


def store_check() -> list[str]:
    chosen = DedupParams()
    normalise = Normalizer()
    lines = ["| set | split | precision | recall | F1 | predicted pairs | LSH candidate pairs |", "| --- " * 7 + "|"]
    for name, spec in (("stress: related list in half the bodies", SetSpec(related_leak=0.5)),):
        docs = build_set(spec)
        for split in ("tune", "heldout"):
            part = [d for d in docs if d.split == split]
            result = score(Signatures(part, chosen, normalise), chosen, true_pairs(part), contain=True)[0]
            lines.append(_row(f"{name} | {split}", result))
    start = time.perf_counter()
    docs = build_set(SetSpec())
    through_store = store_pairs(docs)
    elapsed = time.perf_counter() - start
    same = through_store == score(Signatures(docs, chosen, normalise), chosen, true_pairs(docs), contain=True)[1]
    lines += [
        "",
        f"Store write path (Deduper, with its candidate caps) on the seed-{SetSpec().seed} set, both splits in one"
        f" corpus, gives the same clusters as the pairwise evaluation: {same} ({elapsed:.1f} s).",
    ]
    return lines


def scale(quick: bool) -> list[str]:
    sizes = (2_000, 5_000, 10_000) if quick else (10_000, 50_000, 200_000)
    result = run_scale(sizes)
    lines = [
        f"{result.articles} synthetic articles (300-1500 characters; 10% reposts, half of them the first two"
        " fifths under the same title; 5% under four headlines repeated daily) clustered, common-text counts"
        " included, in"
        f" {result.total_s:.0f} s ({result.total_s / result.articles * 1000:.2f} ms per article),"
        f" {result.clusters} clusters; peak RSS {result.peak_rss_mb:.0f} MB; corpus.db {result.db_mb:.0f} MB.",
        "",
        f"| corpus size | ms per added article (mean of the last {min(5000, min(sizes) // 2):,}) |",
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
        "### Jaccard parameter sweep (tune split)",
        "",
        *sweep(args.quick),
        "",
        "### Guards against boilerplate and containment: sweep on the tune split, result on the held-out split",
        "",
        *containment_section(args.quick),
        "",
        "### A stress set, and the real write path",
        "",
        *store_check(),
        "",
        "### Scale",
        "",
        *scale(args.quick),
        "",
        "### History",
        "",
        *HISTORY,
    ]
    print("\n".join(body))
    if args.readme:
        write_readme(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
