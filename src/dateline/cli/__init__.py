"""The ``dateline`` command. Each area adds its commands from its own module.

Exit codes: 0 when every input was read, 1 when some inputs became error records (or the
command could not do what was asked: a missing store, a refused export), 2 for a usage
error (an unknown option, a bad value).  A user mistake prints one line; ``--debug`` (anywhere
on the line) prints the trace instead.
"""

from __future__ import annotations

import importlib
import sys
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="dateline reads news: pages in, structured source-attributed records out.")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
_debug = False


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(None, "--version", callback=_show_version, is_eager=True,
                                           help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Print the full trace of an error."),
) -> None:
    """dateline reads news: pages in, structured source-attributed records out."""


# Modules that register commands on ``app`` when imported.
COMMAND_MODULES = ["dateline.cli.read", "dateline.cli.store", "dateline.cli.eval", "dateline.cli.errors",
                   "dateline.cli.fetch", "dateline.cli.serve"]


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def _one_line(e: BaseException) -> str:
    from ..store import StoreMissing

    if isinstance(e, (StoreMissing, ValueError)) or type(e).__module__.startswith("dateline"):
        return str(e)
    if isinstance(e, OSError) and e.strerror:
        return f"{e.strerror}: {e.filename}" if e.filename else e.strerror
    return f"{type(e).__name__}: {e} (run with --debug for the trace)"


def main() -> None:
    global _debug
    _load_commands()
    args = sys.argv[1:]
    _debug = "--debug" in args
    args = [a for a in args if a != "--debug"]
    try:
        app(args, prog_name="dateline")
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as e:  # no traceback for a user's mistake unless asked for
        if _debug:
            raise
        typer.echo(f"error: {_one_line(e)}", err=True)
        sys.exit(EXIT_SOME_FAILED)
