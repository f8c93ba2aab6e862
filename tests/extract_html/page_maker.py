"""Invented HTML pages for the metadata tests, read through the whole pipeline (no analysis)."""

from dateline import Options
from dateline.executors import LocalExecutor
from dateline.types import RawPage

PROSE = ("The harbour board of Saltmere agreed on a plan to dredge the old channel before the "
         "summer season, after fishermen said their boats had run aground twice this winter {i}.")


def page(head: str = "", body: str = "", paragraphs: int = 4, lang: str = "en") -> bytes:
    paras = "".join(f"<p>{PROSE.format(i=i)}</p>" for i in range(paragraphs))
    return (f'<html lang="{lang}"><head>{head}</head><body>{body}<article>{paras}</article>'
            f"</body></html>").encode()


def read(content: bytes, url: str | None = None, fetched: str | None = None, kind: str = "html",
         **options) -> dict:
    raw = RawPage(source="<memory>", content=content, url=url, kind=kind, fetched=fetched)
    return next(LocalExecutor(Options(analyse=False, **options)).run([raw]))
