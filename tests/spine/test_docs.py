"""Every command of the CLI, and every option of `dateline read`, is documented in the README."""

from pathlib import Path

import typer.main

from dateline.cli import _load_commands, app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands():
    _load_commands()
    group = typer.main.get_group(app)
    return group.commands


def test_every_command_is_in_the_readme():
    commands = _commands()
    assert {"read", "ingest", "search", "story", "export", "eval"} <= set(commands)
    missing = [name for name in commands if f"dateline {name}" not in README]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_every_read_option_is_in_the_readme():
    read = _commands()["read"]
    options = [opt for p in read.params for opt in p.opts if opt.startswith("--")]
    assert "--out" in options
    missing = [opt for opt in options if opt not in README]
    assert not missing, f"options of `dateline read` not documented in README.md: {missing}"
