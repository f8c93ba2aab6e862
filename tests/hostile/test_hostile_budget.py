"""The per-document budget: a page that takes too long or too much memory becomes an error
record, and the batch goes on."""

import json
import random
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import run_cli, story_html  # noqa: E402

from dateline.executors import LocalExecutor  # noqa: E402
from dateline.pipeline import Options, Step  # noqa: E402
from dateline.readers import page_from_bytes  # noqa: E402
from dateline.types import Article  # noqa: E402


class Churn(Step):
    """Works (pure Python) for up to a minute on pages whose text says "slow", and swallows
    every Exception on the way, as careless analysis code might."""

    name = "churn"

    def process(self, doc):
        if b"slow" in doc.page.content:
            end = time.monotonic() + 60
            while time.monotonic() < end:
                try:
                    sum(range(1000))
                except Exception:
                    pass
        doc.article = Article(page_id=doc.page.id, source=doc.page.source, paragraphs=["done"])
        return doc


class Nap(Step):
    name = "nap"

    def process(self, doc):
        time.sleep(0.7)
        doc.article = Article(page_id=doc.page.id, source=doc.page.source, paragraphs=["done"])
        return doc


class Greedy(Step):
    name = "greedy"

    def process(self, doc):
        if b"greedy" in doc.page.content:
            bytearray(1 << 50)  # a real MemoryError, without touching memory
        doc.article = Article(page_id=doc.page.id, source=doc.page.source, paragraphs=["done"])
        return doc


def _run(steps, pages, seconds):
    ex = LocalExecutor(Options(max_seconds=seconds), steps_factory=lambda o: [s(o) for s in steps])
    return list(ex.run(pages))


def test_page_over_its_time_budget_is_stopped_and_the_batch_goes_on():
    pages = [page_from_bytes(b"fast one", "a.txt"), page_from_bytes(b"slow one", "b.txt"),
             page_from_bytes(b"fast two", "c.txt")]
    records = _run([Churn], pages, seconds=1.0)
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert records[1]["error"]["kind"] == "over-budget" and records[1]["error"]["stage"] == "churn"


WARM_UP = page_from_bytes(b"first page", "first.txt")  # a step's first page has time to load models


def test_a_step_first_page_has_time_to_load_its_models():
    (record,) = _run([Nap], [WARM_UP], seconds=0.3)
    assert record["status"] == "ok"


def test_budget_counts_all_steps_of_a_document_together():
    first, record = _run([Nap, Nap], [WARM_UP, page_from_bytes(b"page", "a.txt")], seconds=1.0)
    assert record["status"] == "error" and record["error"]["kind"] == "over-budget"


def test_off_the_main_thread_an_overrun_is_reported_when_the_step_returns():
    out = []
    pages = [WARM_UP, page_from_bytes(b"p", "a.txt")]
    worker = threading.Thread(target=lambda: out.extend(_run([Nap], pages, 0.3)))
    worker.start()
    worker.join(60)
    assert len(out) == 2 and out[1]["status"] == "error" and out[1]["error"]["kind"] == "over-budget"


def test_running_out_of_memory_on_one_page_is_that_page_error():
    pages = [page_from_bytes(b"greedy", "a.txt"), page_from_bytes(b"modest", "b.txt")]
    records = _run([Greedy], pages, seconds=30)
    assert [r["status"] for r in records] == ["error", "ok"]
    assert records[0]["error"]["kind"] == "memory"


def _long_page(n_paragraphs: int) -> bytes:
    """An invented report of ``n_paragraphs`` varied paragraphs full of names, places, figures."""
    rng = random.Random(3)
    names = ["Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "De Boer"]
    places = ["Rotterdam", "Den Haag", "Utrecht", "Groningen", "Zwolle", "Arnhem"]

    def sentence(i):
        return (f"Volgens {rng.choice(names)} zei minister {rng.choice(names)} op dag {i} in {rng.choice(places)} "
                f"dat {rng.randint(2, 900)} agenten en {rng.randint(2, 90)} militairen werden ingezet nadat "
                f"demonstranten de haven van {rng.choice(places)} hadden geblokkeerd.")

    paras = "".join("<p>" + " ".join(sentence(i * 5 + j) for j in range(5)) + "</p>" for i in range(n_paragraphs))
    return (f"<html><head><title>Lange pagina</title></head><body><article><h1>Lange pagina</h1>{paras}"
            f"</article></body></html>").encode("utf-8")


def test_a_one_megabyte_page_ends_within_its_budget(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "kort.html").write_bytes(story_html("Brug dicht"))
    (folder / "lang.html").write_bytes(_long_page(1400))
    assert (folder / "lang.html").stat().st_size > 1_000_000
    out = tmp_path / "out.jsonl"
    # The timeout only catches a hang: analysis of this page alone used to run for minutes.
    res = run_cli(["read", str(folder), "--out", str(out), "--time-budget", "5"], timeout=400)
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(records) == {"kort.html", "lang.html"}, res.stderr
    assert records["kort.html"]["status"] == "ok"
    long_page = records["lang.html"]
    assert long_page["status"] == "ok" or long_page["error"]["kind"] == "over-budget"
    assert res.returncode == (0 if long_page["status"] == "ok" else 1)
    assert "Traceback" not in res.stderr
