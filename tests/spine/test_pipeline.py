"""The step contract: one record or one error per input; a failing page never stops the batch."""

from dateline.executors import LocalExecutor, ProcessExecutor
from dateline.pipeline import Options, Step, default_steps
from dateline.readers import page_from_bytes
from dateline.types import Doc, PageError

PAGE = ("Binnenland\n\nGemeente opent nieuwe brug over de Maas\n\n"
        "MAASTRICHT (ANP). De gemeente heeft dinsdag een nieuwe fietsbrug over de Maas geopend. "
        "Volgens de wethouder gebruiken straks dagelijks duizenden fietsers de brug.\n\n"
        "De bouw duurde twee jaar en kostte ruim twintig miljoen euro.\n").encode()


class ExplodesOnMarker(Step):
    """A step that fails on one page, to prove the batch goes on."""

    name = "explode"

    def process(self, doc: Doc) -> Doc:
        if b"EXPLODE" in doc.page.content:
            raise RuntimeError("boom")
        if b"REFUSE" in doc.page.content:
            raise PageError("refused", "this page is refused on purpose")
        return doc


def _steps(options):
    steps = default_steps(options)
    return steps[:1] + [ExplodesOnMarker(options)] + steps[1:]


def test_every_input_ends_as_exactly_one_record_or_error():
    pages = [page_from_bytes(PAGE, "a.txt"), page_from_bytes(b"EXPLODE " + PAGE, "b.txt"),
             page_from_bytes(b"", "c.txt"), page_from_bytes(b"REFUSE " + PAGE, "d.txt"),
             page_from_bytes(b"\x00\x01\x02" * 100, "e.bin"), page_from_bytes(PAGE, "f.txt")]
    ex = LocalExecutor(Options(analyse=False), steps_factory=_steps)
    records = list(ex.run(pages))
    assert [r["source"]["path"] for r in records] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.bin", "f.txt"]
    by_src = {r["source"]["path"]: r for r in records}
    assert by_src["a.txt"]["status"] == by_src["f.txt"]["status"] == "ok"
    assert by_src["b.txt"]["error"] == {"stage": "explode", "kind": "exception", "message": "RuntimeError: boom"}
    assert by_src["c.txt"]["error"]["kind"] == "empty"
    assert by_src["d.txt"]["error"]["kind"] == "refused"
    assert by_src["e.bin"]["error"]["kind"] == "binary"
    stats = ex.step_stats().as_dict()
    assert stats["documents"] == 6 and stats["errors"] == 4 and stats["explode.error.exception"] == 1


def test_process_executor_gives_the_same_records_as_local():
    pages = [page_from_bytes(PAGE.replace(b"dinsdag", f"dag {i}".encode()), f"p{i}.txt") for i in range(6)]
    pages.append(page_from_bytes(b"", "empty.txt"))
    # Templates are learned per shard; with tiny shards they would differ by design.
    opts = Options(analyse=False, learn_templates=False)
    local = sorted(LocalExecutor(opts).run(pages), key=lambda r: r["source"]["path"])
    multi = sorted(ProcessExecutor(opts, workers=2, shard_size=2).run(pages), key=lambda r: r["source"]["path"])
    assert local == multi
    assert len(multi) == 7


def test_truncated_note_for_oversized_page():
    big = PAGE + b"\n\n" + (b"Nog een alinea met gewone woorden over de brug. " * 40 + b"\n\n") * 50
    rec = next(LocalExecutor(Options(analyse=False, max_bytes=4000)).run([page_from_bytes(big, "big.txt")]))
    assert rec["status"] == "ok"
    assert any(n.startswith("truncated:") for n in rec["notes"])
