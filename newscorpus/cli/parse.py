"""`newscorpus parse`: run the page pipeline on saved HTML files, no database involved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newscorpus.cli import exit_codes
from newscorpus.cli.common import display_path, error, fatal_errors
from newscorpus.errors import InputError
from newscorpus.localfiles import HTML_SUFFIXES, html_files, parse_file
from newscorpus.options import ExtractOptions
from newscorpus.scrapers.registry import Registry
from newscorpus.streams import json_ascii


def parse(
    paths: Annotated[list[Path], typer.Argument(help="HTML files or folders (searched recursively).")],
    url: Annotated[str | None, typer.Option("--url", help="The URL the page was fetched from.")] = None,
    site: Annotated[str | None, typer.Option("--site", help="Force a site rule by name (see `sites`).")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One compact JSON object per line.")] = False,
    no_related: Annotated[
        bool,
        typer.Option("--no-related", envvar="NEWSCORPUS_NO_RELATED", help="Skip the related list (left empty)."),
    ] = False,
    no_bylines: Annotated[
        bool,
        typer.Option("--no-bylines", envvar="NEWSCORPUS_NO_BYLINES", help="Skip author, source, editor (null)."),
    ] = False,
) -> None:
    """Parse saved pages and print one JSON object per file (path, url, site, parser, fields, related).

    A file that cannot be read or breaks a parser, or a folder without .html/.htm/.shtml/.xhtml files, is
    reported on stderr and the others go on (exit 1).
    ``--no-related`` leaves the related list empty ([]), ``--no-bylines`` author, source and editor null; every
    other field is as a full parse gives it."""
    failed = 0
    extract = ExtractOptions(related=not no_related, bylines=not no_bylines)
    with fatal_errors():
        registry = Registry.load()
        if site is not None:
            registry.require(site)
        for given in paths:
            files = list(html_files([given]))
            if not files:
                # A folder of .php or .asp saves printed nothing and exited 0: say why nothing was read.
                error(f"{display_path(given)}: no saved page in this folder (files ending {', '.join(HTML_SUFFIXES)})")
                failed += 1
            for path in files:
                try:
                    article = parse_file(path, url, site, registry, extract)
                except InputError as exc:
                    error(_naming(path, exc))
                    failed += 1
                    continue
                record = {"path": display_path(path), **article.to_record()}
                typer.echo(json.dumps(record, ensure_ascii=json_ascii(), indent=None if jsonl else 2))
    if failed:
        raise typer.Exit(exit_codes.SOME_FAILED)


def _naming(path: Path, exc: InputError) -> str:
    """The error with the file it is about: a page refused by the parse budget names only its URL, which
    is empty without --url and the same for every file with it, so a folder's failures named no file."""
    return str(exc) if exc.where == str(path) else f"{display_path(path)}: {exc}"
