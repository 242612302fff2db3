"""Command-line interface: `newscorpus COMMAND`.

Commands are listed in ``cli/app.py`` (COMMANDS) and imported only when run, so start-up stays fast.
"""

from __future__ import annotations

from newscorpus.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
