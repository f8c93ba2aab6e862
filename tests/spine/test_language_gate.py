"""Pages in languages dateline does not analyse keep text and metadata and say analysis was skipped."""

import dateline
from dateline import Options

SPANISH = ("La policía detuvo ayer en el puerto a tres personas acusadas de robar en varias tiendas del "
           "centro durante el mes de febrero, según informó el ayuntamiento en un comunicado.\n\n"
           "Los detenidos, de entre 25 y 40 años, fueron puestos a disposición judicial el lunes.\n")
DUTCH = ("De gemeenteraad van Zoutmeer heeft dinsdagavond besloten de oude zeewering te herbouwen, "
         "nadat de storm van vorige winter grote schade aanrichtte aan de kade.\n\n"
         "Het werk begint volgend voorjaar en duurt naar verwachting twee jaar, zei de wethouder.\n")


def _skipped(record):
    return [n for n in record["notes"] if n.startswith("analysis-skipped")]


def test_forced_unanalysed_language_is_said_not_silent():
    r = dateline.read(SPANISH, kind="text", options=Options(language="es", learn_templates=False))
    assert r["status"] == "ok" and r["language"]["code"] == "es"
    assert r["paragraphs"] and "'es'" in _skipped(r)[0]
    assert r["annotations"] == {}


def test_detected_unanalysed_language_gets_the_note():
    r = dateline.read(SPANISH, kind="text", options=Options(learn_templates=False))
    assert r["language"]["code"] == "es" and _skipped(r)


def test_analysed_language_is_analysed():
    r = dateline.read(DUTCH, kind="text", options=Options(learn_templates=False))
    assert r["language"]["code"] == "nl" and not _skipped(r)
    assert "entities" in r["annotations"]
