"""ExtractOptions: a field turned off comes out empty, and every other field is byte-identical to the full
parse, on every labelled page and every fixture page (the blind batches aside)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.pages import load_pages
from newscorpus import parse_html as api_parse_html
from newscorpus.decode import decode_html
from newscorpus.options import FULL, STORY_ONLY, ExtractOptions
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .conftest import FIXTURES, run_cli

OWN = FIXTURES / "extract" / "options"  # generic pages: extract/ is no one site's folder
BYLINE_FIELDS = ("author", "source", "editor")
OPTIONS = [ExtractOptions(related=False), ExtractOptions(bylines=False), STORY_ONLY]


def _fixture_pages() -> list[tuple[str, str, None]]:
    """Every hand-written page under tests/fixtures, never a blind batch's."""
    found = sorted(path for path in FIXTURES.rglob("*.htm*") if path.suffix in (".html", ".htm"))
    kept = [path for path in found if not any(part.startswith("blind") for part in path.parts)]
    return [(str(path), decode_html(path.read_bytes()).text, None) for path in kept]


def _differences(html: str, url: str | None, registry: Registry, options: ExtractOptions) -> list[str]:
    full = parse_html(html, url, registry).to_record()
    part = parse_html(html, url, registry, options=options).to_record()
    withheld = ({"related"} if not options.related else set()) | (set(BYLINE_FIELDS) if not options.bylines else set())
    wrong = [name for name in full if name not in withheld and full[name] != part[name]]
    wrong += [name for name in withheld if part[name] not in (None, [])]
    return wrong


@pytest.mark.parametrize("options", OPTIONS, ids=repr)
def test_every_fixture_page_keeps_its_other_fields(registry: Registry, options: ExtractOptions) -> None:
    pages = _fixture_pages()
    assert len(pages) > 100  # the fixture tree is read, not an empty glob
    wrong = {name: found for name, html, url in pages if (found := _differences(html, url, registry, options))}
    assert wrong == {}


@pytest.mark.parametrize("options", OPTIONS, ids=repr)
def test_every_labelled_page_keeps_its_other_fields(
    shared_pages: Path, registry: Registry, options: ExtractOptions
) -> None:
    pages = load_pages()
    wrong = {page.name: found for page in pages if (found := _differences(page.html, page.url, registry, options))}
    assert pages and wrong == {}


def test_related_off_still_takes_the_list_out_of_the_story(registry: Registry) -> None:
    # The links a 推荐阅读： heading introduces inside the story leave the body whether or not the list is wanted:
    # skipping the detector outright would leave them in.
    html = (OWN / "related-inside-story.html").read_text(encoding="utf-8")
    full = parse_html(html, None, registry)
    story = parse_html(html, None, registry, options=STORY_ONLY)
    assert len(full.related) == 6 and story.related == []
    assert story.paragraphs == full.paragraphs and "老旧小区改造今年计划开工五万个" not in story.body
    assert story.published_at == "2023-06-12T09:30:00+08:00" and story.title == "城市更新试点扩大到二十个城市"


def test_bylines_off_still_cuts_the_credit_lines_from_the_body(registry: Registry) -> None:
    html = decode_html((OWN / "byline-in-body.html").read_bytes()).text
    full = parse_html(html, None, registry)
    story = parse_html(html, None, registry, options=ExtractOptions(bylines=False))
    assert (full.author, full.editor) == ("杨春华 刘云", "王丽")
    assert (story.author, story.source, story.editor) == (None, None, None)
    assert story.paragraphs == full.paragraphs and not any(
        "记者" in line or "编辑" in line for line in story.paragraphs
    )
    assert story.published_at == full.published_at == "2019-11-03T16:05:00+08:00"


def test_a_site_rule_page_keeps_its_hooks_body(registry: Registry) -> None:
    # A rule's hook may move a signed-off writer out of the body (qq): the rule path reads its bylines in full.
    path = FIXTURES / "qq" / "cnt-main-article.html"
    html = path.read_bytes().decode("utf-8")
    full = parse_html(html, None, registry, site="qq")
    story = parse_html(html, None, registry, site="qq", options=STORY_ONLY)
    assert full.author is not None and story.author is None
    assert story.paragraphs == full.paragraphs and story.site == "qq"


def test_defaults_are_the_full_record() -> None:
    assert ExtractOptions() == FULL and FULL.related and FULL.bylines


def test_the_api_takes_options() -> None:
    path = OWN / "related-inside-story.html"
    article = api_parse_html(path.read_bytes(), options=ExtractOptions(related=False))
    assert article.related == [] and article.author == "周明远"


def test_the_parse_command_leaves_the_fields_out(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    path = OWN / "related-inside-story.html"
    full = json.loads(run_cli(cli, "parse", "--jsonl", path).stdout)
    flagged = json.loads(run_cli(cli, "parse", "--jsonl", "--no-related", "--no-bylines", path).stdout)
    assert full["related"] and flagged["related"] == []
    assert full["author"] == "周明远" and flagged["author"] is None and flagged["source"] is None
    assert {k: v for k, v in flagged.items() if k not in ("related", *BYLINE_FIELDS)} == {
        k: v for k, v in full.items() if k not in ("related", *BYLINE_FIELDS)
    }
    monkeypatch.setenv("NEWSCORPUS_NO_RELATED", "1")
    from_env = json.loads(run_cli(cli, "parse", "--jsonl", path).stdout)
    assert from_env["related"] == [] and from_env["author"] == "周明远"
