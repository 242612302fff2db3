"""`newscorpus demo`: the offline end-to-end run against a local demo portal."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newscorpus.cli import exit_codes
from newscorpus.cli.common import fatal_errors


def demo(
    site_dir: Annotated[
        Path | None,
        typer.Option(
            "--site-dir", help="Folder of a demo portal (index.html is the home page) [default: the bundled one]."
        ),
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Where corpus.db and corpus.jsonl go.")] = Path("demo-out"),
) -> None:
    """Serve the demo portal on 127.0.0.1, crawl it from its home page into a fresh database, export JSONL."""
    from newscorpus.demo import run_demo  # the crawler and server: only this command needs them

    with fatal_errors():
        result = run_demo(site_dir, out_dir)
    typer.echo(result.report.summary())
    typer.echo(f"database: {result.db_path}")
    typer.echo(f"exported {result.exported} articles to {result.jsonl_path}")
    if not result.report.did_its_job:
        raise typer.Exit(exit_codes.SOME_FAILED)
