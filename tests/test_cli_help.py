"""Every command has help text and is documented in the README."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer

from newscorpus.cli import app
from newscorpus.cli.app import COMMANDS as LAZY_COMMANDS
from newscorpus.cli.app import load_command

from .conftest import ROOT, run_cli

EAGER = [command.name or command.callback.__name__.replace("_", "-") for command in app.registered_commands]
COMMANDS = sorted({*LAZY_COMMANDS, *EAGER})


def test_there_are_commands() -> None:
    assert {"fetch", "parse", "export", "sites", "reparse", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(cli, name: str) -> None:
    result = run_cli(cli, name, "--help")
    assert result.exit_code == 0
    assert f"Usage: newscorpus {name} " in result.stdout and "Options:" in result.stdout
    # The command's own description, not just click's boilerplate (plain help: no rich boxes, see app.py).
    assert len(result.stdout.split("Options:")[0].split("\n\n", 1)[1].strip()) > 40


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    assert f"newscorpus {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_environment_variable_in_help_is_in_readme(cli, name: str) -> None:
    """README says which options the environment can set (*env*); a cron user reads that list, not --help."""
    names = set(re.findall(r"NEWSCORPUS_[A-Z_]+", run_cli(cli, name, "--help").stdout))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sorted(n for n in names if f"`{n}`" not in readme) == []


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_listed_summary_is_the_command_docstring(name: str) -> None:
    """`newscorpus --help` lists commands without importing them: its summaries must not drift."""
    real = load_command(name, typer.main.get_group(app))
    assert (real.help or "").split("\n\n")[0].replace("\n", " ") == LAZY_COMMANDS[name][2]


def test_top_level_help_imports_no_command_module() -> None:
    heavy = ("newscorpus.cli.", "newscorpus.store", "newscorpus.crawl", "httpx")
    code = (
        "import sys\nfrom newscorpus.cli import main\nsys.argv = ['newscorpus', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m.startswith({heavy!r})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "['newscorpus.cli.app']"


@pytest.mark.parametrize(
    ("words", "cword", "expected"), [("newscorpus ex", "1", "export"), ("newscorpus export --si", "2", "--since")]
)
def test_shell_completion_lists_commands_and_their_options(words: str, cword: str, expected: str) -> None:
    env = {**os.environ, "_NEWSCORPUS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    # The completion variable is named after the program, as the installed `newscorpus` script is.
    code = "import sys; sys.argv[0] = 'newscorpus'; from newscorpus.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert expected in done.stdout.split()
