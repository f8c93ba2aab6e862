"""All SQL lives in ``store/``: no other module of the package runs a statement, holds one in a
string, or imports sqlite3 (``link/`` returns decisions, the store reads and writes them)."""

import ast
import re
from pathlib import Path

import pytest

import dateline

PACKAGE = Path(dateline.__file__).resolve().parent
STORE = PACKAGE / "store"
# Statement shapes, not lone words: "select" or "update" in prose is no SQL.
SQL = re.compile(r"\bselect\b[\s\S]+?\bfrom\b|\binsert\s+(or\s+\w+\s+)?into\b|\bupdate\s+\w+\s+set\b"
                 r"|\bdelete\s+from\b|\bpragma\b|\bcreate\s+(virtual\s+)?(table|index)\b"
                 r"|\b(drop|alter)\s+table\b", re.IGNORECASE)
EXECUTE = {"execute", "executemany", "executescript"}


def sql_in(path: Path) -> list[str]:
    """Where a module touches SQL: statements in string literals (f-string parts too), calls
    of execute / executemany / executescript, imports of sqlite3."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"line {node.lineno}: SQL in a string: {node.value[:60]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in EXECUTE:
            found.append(f"line {node.lineno}: .{node.func.attr}(...)")
        elif isinstance(node, ast.Import) and any(a.name.split(".")[0] == "sqlite3" for a in node.names):
            found.append(f"line {node.lineno}: import sqlite3")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlite3":
            found.append(f"line {node.lineno}: from sqlite3 import ...")
    return found


def _outside_store() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if STORE not in p.parents)


def test_no_module_outside_store_holds_sql():
    modules = _outside_store()
    assert len(modules) > 50  # the scan reads the package, not an empty folder
    offenders = {str(p.relative_to(PACKAGE)): hits for p in modules if (hits := sql_in(p))}
    assert not offenders, f"SQL outside store/ (move it into a store module): {offenders}"


def test_the_scan_finds_the_sql_that_store_holds():
    """The check itself works: every kind of statement the store uses is recognised."""
    hits = [h for p in STORE.glob("*.py") for h in sql_in(p)]
    for kind in ("SELECT", "INSERT", "UPDATE", "DELETE", "PRAGMA", "CREATE TABLE", ".execute(", "import sqlite3"):
        assert any(kind.lower() in h.lower() for h in hits), kind


@pytest.mark.parametrize("text", ["SELECT id FROM articles WHERE rowid=?", "insert or ignore into links values(?)",
                                  "UPDATE events SET n_reports=n_reports+1", "PRAGMA query_only = 1"])
def test_statements_are_recognised(text):
    assert SQL.search(text)


@pytest.mark.parametrize("text", ["Select the best story", "an update to the claim", "deleted from the page",
                                  "readers select articles by date"])
def test_prose_is_not_sql(text):
    assert not SQL.search(text)
