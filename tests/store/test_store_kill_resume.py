"""Kill a real ``dateline ingest`` with SIGKILL mid-run, run it again: nothing lost, nothing twice."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

DATELINE = [sys.executable, "-c", "from dateline.cli import main; main()"]
N_FAMILIES, COPIES = 20, 4
WORDS = ("gemeente raad wethouder brand loods politie onderzoek school haven fiets trein station markt "
         "kerk dijk water boer koe melk prijs winkel straat wijk bewoner plan bouw huis huur jeugd club "
         "voetbal trainer wedstrijd seizoen veld park boom storm schade weg auto ongeluk rijbaan file brug "
         "sluis schip kade museum tentoonstelling schilder festival muziek podium zomer winter subsidie "
         "begroting tekort belasting zorg ziekenhuis arts patient wachtlijst student kamer bibliotheek").split()


def _write_pages(folder: Path) -> int:
    """Invented local-news items: 20 different stories, each in 4 slightly different copies."""
    import random

    rng = random.Random(7)
    folder.mkdir()
    n = 0
    for f in range(N_FAMILIES):
        base = [" ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(3)]
        for c in range(COPIES):
            paras = list(base)
            if c:
                paras.append(f"Dit bericht werd bijgewerkt om {10 + c}.00 uur door redactie {c}.")
            text = f"Regio | nieuws\n\nBericht nummer {f}\n\n" + "\n\n".join(paras) + "\n"
            (folder / f"bericht-{f:02d}-{c}.txt").write_text(text, encoding="utf-8")
            n += 1
    return n


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_midway_then_rerun_loses_and_duplicates_nothing(tmp_path):
    n_pages = _write_pages(tmp_path / "pages")
    db = tmp_path / "news.db"
    cmd = DATELINE + ["ingest", str(tmp_path / "pages"), "--db", str(db), "--no-analyse", "--batch", "5"]
    proc = subprocess.Popen(cmd + ["--pause-after-commit", "0.3"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.time() + 240  # start-up (imports) is slow on a loaded machine
    while _count(db) < 10 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = _count(db)
    assert 10 <= at_kill < n_pages, f"the kill should land mid-run ({at_kill} of {n_pages} stored)"
    assert at_kill % 5 == 0  # only whole batches are ever committed

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == n_pages
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == n_pages
    assert con.execute("SELECT COUNT(DISTINCT art) FROM minhash").fetchone()[0] == n_pages
    assert con.execute("SELECT SUM(n_articles) FROM stories").fetchone()[0] == n_pages
    # Link state survived the kill: every story's copies are one group, 20 groups in all.
    groups = con.execute("SELECT COUNT(DISTINCT dup_group) FROM articles").fetchone()[0]
    assert groups == N_FAMILIES
    runs = con.execute("SELECT status, n_new FROM ingest_log ORDER BY run_id").fetchall()
    assert runs[0][0] == "interrupted" and runs[-1] == ("done", n_pages - at_kill)
    # And a third run changes nothing.
    subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n_pages
