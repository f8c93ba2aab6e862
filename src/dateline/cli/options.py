"""Options shared by the commands that read pages (``read``, ``ingest``)."""

from __future__ import annotations

from typing import Optional

import typer

from ..language import SUPPORTED, check_language


def checked_language(code: Optional[str]) -> Optional[str]:
    """``--lang``: only a language dateline reads; anything else is a usage error (exit 2)."""
    if code is None:
        return None
    try:
        return check_language(code)
    except ValueError as e:
        raise typer.BadParameter(str(e)) from None


LANG = typer.Option(None, "--lang", callback=checked_language,
                    help=f"Force the language instead of detecting it ({', '.join(SUPPORTED)}).")
TIME_BUDGET = typer.Option(60.0, "--time-budget", min=0.1,
                           help="Seconds each document may take; a slower one becomes an over-budget error.")


def error_summary(kinds: dict[str, int]) -> str:
    """``2 too-large, 1 truncated``: how many inputs failed, and why."""
    return ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
