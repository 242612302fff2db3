"""The portal evaluation, small: a 4-site rule-less portal crawled and exported with the real CLI.

``bench/portal_eval.py`` at 4 originals a site (20 articles, 8 of them paginated, 4 syndicated copies of
every kind) runs in a few seconds; the headline properties must hold on it. The scorer is tested on its own
against a perfect export and damaged copies of it, so a property that cannot fail would show.
"""

from __future__ import annotations

import copy

import pytest

from bench.portal_eval import run, score
from bench.portal_eval_gen import Portal, build
from bench.portal_eval_templates import SEED1

PORTS = [9001, 9002, 9003, 9004]  # never connected to: the scorer only reads ports out of URLs


@pytest.fixture(scope="module")
def small() -> dict:
    return run(1, per_site=4)


def test_every_story_is_stored_whole_once_and_no_list_page_is_an_article(small: dict) -> None:
    assert small["paginated_whole"]["total"] >= 4  # the portal really has multi-page stories
    for name in ("stored", "stored_whole", "paginated_whole", "distinct_stories_kept"):
        assert small[name]["hit"] == small[name]["total"], name
    assert small["non_articles_exported"] == 0


def test_syndicated_copies_export_once_with_the_whole_story(small: dict) -> None:
    assert small["clusters_exported_once"]["total"] == 4
    assert small["clusters_exported_once"]["rate"] == 1.0 and small["representative_whole"]["rate"] == 1.0


def test_bylines_and_related_lists_come_out_right(small: dict) -> None:
    # The editor sits on the last part of paginated stories, after the story on some templates.
    assert small["editor"]["shown"]["rate"] == 1.0 and small["source"]["shown"]["rate"] == 1.0
    assert small["bylines_all_three_right"]["rate"] == 1.0
    assert small["related"]["recall"]["rate"] == 1.0 and small["related"]["precision"]["rate"] == 1.0


def perfect(portal: Portal) -> list[dict]:
    """The export a perfect crawl gives: every article whole, with its fields and related list."""
    return [
        {
            "url": f"http://127.0.0.1:{PORTS[p.site]}{p.paths[0]}",
            "body": "\n".join(p.expected),
            **{f: getattr(p, f) for f in ("author", "source", "editor")},
            "related": [{"url": f"http://127.0.0.1:{PORTS[p.site]}{path}"} for _, path in p.related],
        }
        for p in portal.placed
    ]


def test_the_scorer_sees_truncation_lost_editors_double_exports_and_list_pages() -> None:
    portal = build(SEED1, 1, per_site=4)
    every = perfect(portal)
    originals = {p.story: i for i, p in reversed(list(enumerate(portal.placed)))}
    reps = [every[i] for i in sorted(originals.values())]
    clean = score(portal, reps, every, PORTS)
    assert clean["stored_whole"]["rate"] == clean["clusters_exported_once"]["rate"] == 1.0
    assert clean["bylines_all_three_right"]["rate"] == clean["related"]["precision"]["rate"] == 1.0

    damaged = copy.deepcopy(every)
    paginated = next(i for i, p in enumerate(portal.placed) if len(p.parts) > 1)
    first_part = portal.placed[paginated].parts[0]
    damaged[paginated].update(body="\n".join(first_part), editor=None)  # page one only
    damaged.append({"url": f"http://127.0.0.1:{PORTS[0]}/", "body": "", "related": []})
    copied = next(i for i, p in enumerate(portal.placed) if p.kind != "original")
    result = score(portal, [*reps, every[copied]], damaged, PORTS)
    assert result["stored_whole"]["hit"] == clean["stored_whole"]["hit"] - 1
    assert result["editor"]["shown"]["hit"] == clean["editor"]["shown"]["hit"] - 1
    assert result["clusters_exported_once"]["hit"] == clean["clusters_exported_once"]["hit"] - 1
    assert result["non_articles_exported"] == 1
