"""Every command has help text and is documented in the README."""

from __future__ import annotations

import pytest

from newscorpus.cli import app

from .conftest import ROOT, run_cli

COMMANDS = sorted(command.name or command.callback.__name__.replace("_", "-") for command in app.registered_commands)


def test_there_are_commands() -> None:
    assert {"fetch", "parse", "export", "sites", "reparse", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(cli, name: str) -> None:
    result = run_cli(cli, name, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout and len(result.stdout) > 200


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    assert f"newscorpus {name}" in (ROOT / "README.md").read_text(encoding="utf-8")
