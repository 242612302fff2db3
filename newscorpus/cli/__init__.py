"""Command-line interface: `newscorpus COMMAND`."""

from __future__ import annotations

from newscorpus.cli.app import app
from newscorpus.cli.dedup import dedup
from newscorpus.cli.demo import demo
from newscorpus.cli.doctor import doctor
from newscorpus.cli.export import export
from newscorpus.cli.fetch import fetch
from newscorpus.cli.ingest_warc import ingest_warc
from newscorpus.cli.parse import parse
from newscorpus.cli.reparse import reparse
from newscorpus.cli.search import search
from newscorpus.cli.sites import sites
from newscorpus.cli.stats import stats

for command in (fetch, ingest_warc, parse, export, sites, reparse, dedup, demo, search, stats, doctor):
    app.command()(command)


def main() -> None:
    app()
