"""`dateline eval --json` end to end on three gold articles, through the real command."""

import json
import subprocess
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"
DATELINE = Path(sys.executable).parent / "dateline"


def test_eval_json_has_every_part():
    ids = sorted(p.stem for p in (GOLD / "expected").glob("*.json"))[:3]
    args = [str(DATELINE), "eval", str(GOLD), "--json"] + [a for i in ids for a in ("--id", i)]
    out = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["articles"] == 3
    assert set(summary["parts"]) == {"entities", "quantities", "claims", "links", "events"}
    for part, entry in summary["parts"].items():
        assert entry["status"] in ("ok", "missing")
        assert "all" in entry
        for metrics in entry["all"].values():
            assert {"f1", "accuracy", "count"} & set(metrics)
