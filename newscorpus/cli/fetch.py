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
from newscorpus.cli.common import (
    DEFAULT_DB,
    DbOption,
    ascii_domains,
    error,
    fatal_errors,
    finite,
    header_value,
    host_ports,
)
from newscorpus.config import DEFAULT_FILE, ENV_VAR, locate, parse_header
from newscorpus.config import load as load_config
from newscorpus.crawl.engine import Crawler, OnResult
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.crawlplan import budgeted, combine, describe, plan
from newscorpus.crawlplan import fetch_options as plan_fetch
from newscorpus.fetch import FetchOptions
from newscorpus.kinds import PageKind
from newscorpus.lock import run_lock
from newscorpus.runs import recorded
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store
from newscorpus.urllist import read_url_list, read_url_stream


def fetch(
    ctx: typer.Context,
    urls: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article URLs or portal home/channel pages (sitemaps and feeds are detected).", show_default=False
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    urls_file: Annotated[
        Path | None,
        typer.Option("--urls-file", help="File with one URL per line ('#' starts a comment); - reads standard input."),
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
        typer.Option(
            "--allow-domain",
            callback=ascii_domains,
            help="Also follow links to this domain (or host:port); repeatable.",
        ),
    ] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Recheck every stored article (conditional GET).")] = False,
    recheck_after: Annotated[
        float | None,
        typer.Option(
            "--recheck-after",
            min=0,
            metavar="HOURS",
            callback=finite,
            help="Recheck articles fetched longer ago than this.",
        ),
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
        typer.Option(
            "--delay",
            min=0,
            max=settings.MAX_DELAY_S,
            callback=finite,
            envvar="NEWSCORPUS_DELAY",
            help="Seconds between requests to one host.",
        ),
    ] = settings.CRAWL_DELAY_S,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            envvar="NEWSCORPUS_ALLOW_PRIVATE",
            help="Allow loopback and private addresses (tests, intranet portals).",
        ),
    ] = False,
    allow_private_hosts: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-private-host",
            metavar="HOST[:PORT]",
            envvar="NEWSCORPUS_ALLOW_PRIVATE_HOST",
            callback=host_ports,
            help="Allow this one host (any port, or HOST:PORT) on a private address; repeatable."
            " Every other host is still checked.",
        ),
    ] = None,
    deadline: Annotated[
        float,
        typer.Option(
            "--deadline",
            min=0.1,
            callback=finite,
            envvar="NEWSCORPUS_DEADLINE",
            help="Seconds one request may take in all (redirects and body included).",
        ),
    ] = settings.REQUEST_DEADLINE_S,
    user_agent: Annotated[
        str,
        typer.Option(
            "--user-agent", envvar="NEWSCORPUS_USER_AGENT", callback=header_value, help="User-Agent header to send."
        ),
    ] = settings.USER_AGENT,
    attempts: Annotated[
        int, typer.Option("--attempts", min=1, max=10, help="Tries per URL for transient failures.")
    ] = settings.FETCH_ATTEMPTS,
    site: Annotated[
        str | None,
        typer.Option("--site", envvar="NEWSCORPUS_SITE", help="Parse pages with this site rule (a mirror)."),
    ] = None,
    articles: Annotated[
        bool,
        typer.Option(
            "--articles",
            help="The URLs given are articles: never read as list pages (in --urls-file, a line may also end in"
            " ' article', ' sitemap' or ' feed').",
        ),
    ] = False,
    json_summary: Annotated[
        bool, typer.Option("--json-summary", help="Print the summary as one JSON object (for machines).")
    ] = False,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar (only ever on a terminal).")
    ] = True,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No per-URL lines: the summary and errors that fail the run.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also the settings of each crawl, and one line per URL.")
    ] = False,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config",
            envvar=ENV_VAR,
            help=f"Portals and fetch defaults (TOML) [default: ./{DEFAULT_FILE} if present].",
            show_default=False,
        ),
    ] = None,
    proxy: Annotated[
        str | None,
        typer.Option(
            "--proxy",
            help="http(s)://HOST:PORT for every request, or 'env' to use HTTP(S)_PROXY/NO_PROXY (ignored otherwise).",
        ),
    ] = None,
    headers: Annotated[
        list[str] | None, typer.Option("--header", help="'Name: value' sent with every request; repeatable.")
    ] = None,
) -> None:
    """Crawl and store articles; a rerun fetches only what is new (safe to run from cron, one run per DB)."""
    if quiet and verbose:
        error("-q and -v ask for opposite things: choose one")
        raise typer.Exit(exit_codes.USAGE)
    with fatal_errors():
        registry = Registry.load()
        if site is not None:
            registry.require(site)
        given = PageKind.ARTICLE if articles else PageKind.AUTO
        entries = [(u, given) for u in urls or []] + (_url_list(urls_file, given) if urls_file else [])
        entries += [(u, PageKind.SITEMAP) for u in sitemaps or []] + [(u, PageKind.FEED) for u in feeds or []]
        config = load_config(locate(config_file))
        if not entries and not config.portals:
            error("no URLs given (pass URLs, --urls-file, --sitemap or --feed, or list portals in newscorpus.toml)")
            raise typer.Exit(exit_codes.USAGE)
        explicit = _given(ctx)
        fetch_options = FetchOptions(
            allow_private=allow_private,
            allow_private_hosts=tuple(allow_private_hosts or ()),
            user_agent=user_agent,
            attempts=attempts,
            deadline=deadline,
        )
        fetch_options = plan_fetch(fetch_options, explicit, config, map(parse_header, headers or ()), proxy)
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
            site=site,
        )
        groups = plan(options, explicit, config, tuple(entries))
        with run_lock(db), Store(db) as store, _reporter(quiet, progress and not verbose) as on_result:
            reports: list[CrawlReport] = []
            # One runs row for the whole fetch: its id is the one the first crawl writes into fetch_log.
            first = CrawlReport()
            with recorded(store, "fetch", {"entries": entries, **asdict(options)}, first.run_id) as run:
                for group in budgeted(groups, max_pages if "max_pages" in explicit else None, reports):
                    if verbose:
                        typer.echo(describe(group, fetch_options), err=True)
                    crawler = Crawler(store, registry, fetch_options, group.options, on_result=on_result)
                    crawler.report.run_id = first.run_id
                    reports.append(crawler.run(list(group.entries)))
                report = combine(reports)
                run.counts = {k: v for k, v in report.to_json().items() if type(v) is int}
                run.exit_status = exit_codes.OK if report.did_its_job else exit_codes.SOME_FAILED
    _finish(report, json_summary, quiet)


_DEFAULTS = ("DEFAULT", "DEFAULT_MAP")
STDIN = Path("-")


def _url_list(urls_file: Path, given: PageKind) -> list[tuple[str, PageKind]]:
    """--urls-file FILE, or - for standard input (a cron job piping its list in)."""
    if urls_file == STDIN:
        return read_url_stream(sys.stdin.buffer, "standard input", given)
    return read_url_list(urls_file, given)


def _given(ctx: typer.Context) -> set[str]:
    """The options set on the command line or by their environment variable: they beat the config file."""
    # By the source's name: Typer has shipped both click's ParameterSource and a vendored copy of it.
    sources = {name: ctx.get_parameter_source(name) for name in ctx.params}
    return {name for name, source in sources.items() if source is not None and source.name not in _DEFAULTS}


def _finish(report: CrawlReport, json_summary: bool, quiet: bool = False) -> None:
    # Under -q only the failures that change the exit code (entry points) are printed: a dead link
    # found on a portal is in the summary's count, not in cron's mail.
    for failure in report.failures:
        if failure.entry or failure.parse or not quiet:
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
