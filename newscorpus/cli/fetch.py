"""`newscorpus fetch`: crawl from article URLs, portal pages, sitemaps and feeds into corpus.db."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors
from newscorpus.crawl.engine import Crawler, OnResult
from newscorpus.crawl.lock import run_lock
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.errors import ReadError
from newscorpus.fetch import FetchOptions
from newscorpus.runs import recorded
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store


def fetch(
    urls: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article URLs or portal home/channel pages (sitemaps and feeds are detected).", show_default=False
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    urls_file: Annotated[
        Path | None, typer.Option("--urls-file", help="File with one URL per line ('#' starts a comment).")
    ] = None,
    sitemaps: Annotated[
        list[str] | None, typer.Option("--sitemap", help="Sitemap or sitemap index URL (gzip allowed); repeatable.")
    ] = None,
    feeds: Annotated[list[str] | None, typer.Option("--feed", help="RSS or Atom feed URL; repeatable.")] = None,
    depth: Annotated[
        int | None,
        typer.Option(
            "--depth",
            min=0,
            envvar="NEWSCORPUS_DEPTH",
            help=f"Link hops followed from the entry points [default: {settings.CRAWL_DEPTH}; an article given"
            " as an entry point has its related links followed only when --depth is given].",
        ),
    ] = None,
    max_pages: Annotated[
        int, typer.Option("--max-pages", min=1, envvar="NEWSCORPUS_MAX_PAGES", help="Fetches in this run at most.")
    ] = settings.CRAWL_MAX_PAGES,
    allow_domains: Annotated[
        list[str] | None,
        typer.Option("--allow-domain", help="Also follow links to this domain (or host:port); repeatable."),
    ] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Recheck every stored article (conditional GET).")] = False,
    recheck_after: Annotated[
        float | None,
        typer.Option("--recheck-after", min=0, metavar="HOURS", help="Recheck articles fetched longer ago than this."),
    ] = None,
    concurrency: Annotated[
        int,
        typer.Option("--concurrency", min=1, envvar="NEWSCORPUS_CONCURRENCY", help="Requests in flight, all hosts."),
    ] = settings.CRAWL_CONCURRENCY,
    per_host: Annotated[
        int, typer.Option("--per-host", min=1, envvar="NEWSCORPUS_PER_HOST", help="Requests in flight to one host.")
    ] = settings.CRAWL_PER_HOST,
    delay: Annotated[
        float,
        typer.Option("--delay", min=0, envvar="NEWSCORPUS_DELAY", help="Seconds between requests to one host."),
    ] = settings.CRAWL_DELAY_S,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            envvar="NEWSCORPUS_ALLOW_PRIVATE",
            help="Allow loopback and private addresses (tests, intranet portals).",
        ),
    ] = False,
    user_agent: Annotated[
        str, typer.Option("--user-agent", envvar="NEWSCORPUS_USER_AGENT", help="User-Agent header to send.")
    ] = settings.USER_AGENT,
    attempts: Annotated[
        int, typer.Option("--attempts", min=1, max=10, help="Tries per URL for transient failures.")
    ] = settings.FETCH_ATTEMPTS,
    json_summary: Annotated[
        bool, typer.Option("--json-summary", help="Print the summary as one JSON object (for machines).")
    ] = False,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar (only ever on a terminal).")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line and errors.")] = False,
) -> None:
    """Crawl and store articles; a rerun fetches only what is new (safe to run from cron, one run per DB)."""
    with fatal_errors():
        entries = [(u, "auto") for u in [*(urls or []), *(_read_urls(urls_file) if urls_file else [])]]
        entries += [(u, "sitemap") for u in sitemaps or []] + [(u, "feed") for u in feeds or []]
        if not entries:
            error("no URLs given (pass URLs, --urls-file, --sitemap or --feed)")
            raise typer.Exit(exit_codes.USAGE)
        fetch_options = FetchOptions(allow_private=allow_private, user_agent=user_agent, attempts=attempts)
        options = CrawlOptions(
            depth=settings.CRAWL_DEPTH if depth is None else depth,
            follow_entry_articles=depth is not None,
            max_pages=max_pages,
            concurrency=concurrency,
            per_host=per_host,
            delay=delay,
            allow_domains=tuple(allow_domains or ()),
            refresh=refresh,
            recheck_after=recheck_after * 3600 if recheck_after is not None else None,
        )
        with run_lock(db), Store(db) as store, _reporter(quiet, progress) as on_result:
            crawler = Crawler(store, Registry.load(), fetch_options, options, on_result=on_result)
            # The run's id is the one the crawler writes into fetch_log.
            with recorded(store, "fetch", {"entries": entries, **asdict(options)}, crawler.report.run_id) as run:
                report = crawler.run(entries)
                run.counts = {k: v for k, v in report.to_json().items() if type(v) is int}
                run.exit_status = exit_codes.OK if report.did_its_job else exit_codes.SOME_FAILED
    _finish(report, json_summary)


def _finish(report: CrawlReport, json_summary: bool) -> None:
    for failure in report.failures:
        error(failure.error)
    typer.echo(json.dumps(report.to_json()) if json_summary else report.summary())
    if not report.did_its_job:
        raise typer.Exit(exit_codes.SOME_FAILED)


@contextmanager
def _reporter(quiet: bool, progress: bool) -> Iterator[OnResult | None]:
    """A progress bar on a terminal, one line per URL otherwise, nothing under --quiet (cron)."""
    if quiet:
        yield None
    elif progress and sys.stderr.isatty():
        columns = (SpinnerColumn(), TextColumn("{task.completed} pages"), TextColumn("{task.description}"))
        # On stderr, like the per-URL lines: stdout carries only the summary, for scripts to read.
        with Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("", total=None)
            yield lambda url, outcome: bar.update(task, advance=1, description=f"{outcome} {url}"[:80])
    else:
        yield lambda url, outcome: typer.echo(f"{outcome:12} {url}", err=True)


def _read_urls(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"cannot read URL list ({exc})", str(path)) from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
