"""How a record is kept in ``articles.record``: the pipeline's JSON minus what repeats.

``body`` is "\\n\\n".join(paragraphs) and ``lead`` is paragraphs[0] (see Article.to_record), so
both are left out on write (a quarter of a typical record) and put back on read.
"""

from __future__ import annotations

import json
from typing import Any

DERIVED = ("body", "lead")


def dump_record(rec: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in rec.items() if k not in DERIVED}, ensure_ascii=False)


def load_record(text: str) -> dict[str, Any]:
    rec = json.loads(text)
    paras = rec.get("paragraphs") or []
    rec.setdefault("body", "\n\n".join(paras))
    rec.setdefault("lead", paras[0] if paras else None)
    return rec
