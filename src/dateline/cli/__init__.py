"""The ``dateline`` command. Each area adds its commands from its own module."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="dateline reads news: pages in, structured source-attributed records out.")

@app.callback()
def _root() -> None:
    """dateline reads news: pages in, structured source-attributed records out."""


# Modules that register commands on ``app`` when imported.
COMMAND_MODULES = ["dateline.cli.read", "dateline.cli.store", "dateline.cli.eval", "dateline.cli.serve"]


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def main() -> None:
    _load_commands()
    app()
