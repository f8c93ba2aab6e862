"""The `dateline serve` command: its options are documented, a missing store is a clear error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_serve_option_is_documented():
    from dateline.cli import _load_commands, app
    _load_commands()
    cmd = next(c for c in app.registered_commands if c.callback.__name__ == "serve")
    import inspect
    options = [p.default.param_decls[0] for p in inspect.signature(cmd.callback).parameters.values()]
    readme = (REPO / "README.md").read_text()
    doc = (REPO / "docs" / "serve.md").read_text()
    for opt in options:
        assert opt in readme and opt in doc, f"{opt} is not documented"


def test_missing_store_is_a_clear_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "dateline.cli", "serve", "--db", str(tmp_path / "none.db")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "no store at" in r.stderr and "make demo" in r.stderr
    assert not (tmp_path / "none.db").exists()  # serving never creates a store
