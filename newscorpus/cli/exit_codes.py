"""Documented exit codes (README "Exit codes"); cron wrappers rely on them."""

OK = 0  # every input was stored (or was already stored)
SOME_FAILED = 1  # some inputs failed; the others were stored
USAGE = 2  # bad arguments (Typer/Click use 2 as well)
DATABASE = 3  # corpus.db is locked, corrupt or unwritable
