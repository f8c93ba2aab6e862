"""Invented news pages written as WARC files, for the scale benchmark and the ingest tests.

Every page is made up from a small vocabulary with a fixed seed (page n is always the same),
so runs are comparable and no text from real sites is involved.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

_WORDS = ("harbour council bridge vote storm river market school budget railway festival museum "
          "mayor minister police court hospital farmers union strike fishing ferry tunnel library "
          "election campaign protest flood drought harvest factory workers teachers nurses").split()
_PLACES = ["Brackmoor", "Kelderdam", "Port Amsel", "Ostrava Nova", "Lindqvist Harbour", "Veldhoven-aan-Zee"]
_VERBS = ["approved", "rejected", "postponed", "discussed", "announced", "questioned", "funded"]


def page_html(n: int) -> bytes:
    rnd = random.Random(n)
    place = rnd.choice(_PLACES)
    topic = " ".join(rnd.sample(_WORDS, 2))
    paras = []
    for _ in range(rnd.randint(4, 8)):
        words = [rnd.choice(_WORDS) for _ in range(rnd.randint(18, 40))]
        paras.append(f"<p>The {rnd.choice(_WORDS)} of {place} {rnd.choice(_VERBS)} the {' '.join(words)} "
                     f"on day {rnd.randint(1, 28)}, officials said.</p>")
    return (f"<!DOCTYPE html><html><head><title>{place}: {topic} plan {n}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article><h1>{place}: {topic} "
            f"plan {n}</h1>{''.join(paras)}</article><footer>Invented Gazette {n % 7}</footer>"
            f"</body></html>").encode()


def write_warc(path: Path, numbers: range, host_count: int = 20, warc_date: str | None = None) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n in numbers:
            url = f"http://site{n % host_count}.invalid/news/{n}.html"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page_html(n)),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": warc_date} if warc_date else None))
    return path


def write_warcs(folder: Path, n_files: int, per_file: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_warc(folder / f"invented-{i:04d}.warc.gz", range(i * per_file, (i + 1) * per_file))
            for i in range(n_files)]
