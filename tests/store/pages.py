"""Write the invented fixture articles (tests/link/fixtures) as real HTML pages on disk.

Each page carries what a news page carries: <title>, canonical URL, OpenGraph site name,
article:published_time, a header menu and a newsletter footer around the article.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "link"))

from fixture_records import load_families  # noqa: E402

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
{modified}
<script type="application/ld+json">{ld}</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/binnenland">Binnenland</a></li>
<li><a href="/buitenland">Buitenland</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>{title}</h1>
<time datetime="{published}">{published}</time>
{paragraphs}
</article></main>
<footer><p>Schrijf je in voor onze nieuwsbrief en mis niets.</p><p>© {site}</p></footer>
</body></html>
"""


def render(a: dict) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["published"], "url": a["url"]}
    if a.get("modified"):
        ld["dateModified"] = a["modified"]
    mod = f'<meta property="article:modified_time" content="{a["modified"]}">' if a.get("modified") else ""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in a["paragraphs"])
    return PAGE.format(lang=a["lang"], title=html.escape(a["title"]), site=a["site"], url=a["url"],
                       published=a["published"], modified=mod, ld=json.dumps(ld, ensure_ascii=False),
                       paragraphs=paras)


def write_pages(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for a in load_families():
        p = folder / f"{a['key']}.html"
        p.write_text(render(a), encoding="utf-8")
        out[a["key"]] = p
    return out
