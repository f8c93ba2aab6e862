"""Session 8, German: general forms of German grammar found failing on the de/fr dev set and
on unseen German news pages. Invented sentences."""

import pytest

from test_claims_round2 import summary


# (paragraphs, expected [(speaker, cue, content, kind)]); a None entry = no claims at all
PATTERNS = [
    # "sollte(n)" with a plain infinitive gives advice or a condition, it reports no one
    ("Die Brücke sollte bis Ende Mai nicht befahren werden.", []),
    ("Sollten die Preise weiter steigen, wird die Regierung eingreifen.", []),
    # ... but "soll" with a perfect infinitive is still hearsay
    ("Der Täter soll die Bank am Montag überfallen haben.",
     [(None, "soll", "Der Täter soll die Bank am Montag überfallen haben", "hedge")]),
    # more reporting verbs: "erläuterte", "fordert" (a noun phrase is what is demanded)
    ("Der Bürgermeister erläuterte, die Straße werde im Mai gesperrt.",
     [("Der Bürgermeister", "erläuterte", "die Straße werde im Mai gesperrt", "say")]),
    ("Die Partei fordert eine schnelle Aufklärung des Falls.",
     [("Die Partei", "fordert", "eine schnelle Aufklärung des Falls", "object")]),
    # a coordinated clause after the cue is not what was said
    ("Hunderte Ärzte, die ein Verbot der Werbung forderten, aber gehört wurden sie nicht.", []),
    # when and where, or the separable particle, before the comma; then a subjunctive clause
    ("Der Minister sagte am Montag in Berlin, die Lage sei ernst.",
     [("Der Minister", "sagte", "die Lage sei ernst", "say")]),
    ("Die Firma teilte am Montag mit, sie werde 200 Stellen streichen.",
     [("Die Firma", "teilte", "sie werde 200 Stellen streichen", "say")]),
    ("Der Trainer gab am Sonntag bekannt, er werde den Verein verlassen.",
     [("Der Trainer", "gab", "er werde den Verein verlassen", "announce")]),
    ("Die Stadt sagte das Konzert am Freitag ab, weil ein Sturm drohte.", []),
    # "Laut/Nach Angaben X" before the finite verb: the source runs to the verb
    ("Laut einer Studie des Instituts für Wirtschaftsforschung (DIW) liegt das Tempo nur bei 27 Prozent.",
     [("einer Studie des Instituts für Wirtschaftsforschung (DIW)", "Laut", "liegt das Tempo nur bei 27 Prozent",
       "according")]),
    # the speaker keeps a title and the name after it, not when it was said
    ("Zur Lage sagt Bürgermeister Dr. Peter Müller: „Wir sind vorbereitet.“",
     [("Bürgermeister Dr. Peter Müller", "sagt", "Wir sind vorbereitet.", "quote")]),
    ("Wie der Minister am Dienstag vergangener Woche in München erklärte, würde der Plan die Investitionen gefährden.",
     [("der Minister", "erklärte", "würde der Plan die Investitionen gefährden", "say")]),
    ("Die Bahn fiel aus. Dann meldete die Polizei Anfang Oktober, dass zwei Bahnen beschädigt worden waren.",
     [("die Polizei", "meldete", "zwei Bahnen beschädigt worden waren", "say")]),
    # "Das/Dies <verb> X." points back to the previous sentence, though the parse tags Das DET
    (["Die Bahn ändert die Regeln für die Lounge. Dies bestätigte eine Bahn-Sprecherin dem Reiseblog."],
     [("eine Bahn-Sprecherin", "bestätigte", "Die Bahn ändert die Regeln für die Lounge", "say")]),
    (["Die Impfpflicht sei falsch. Das sagt Münsters Caritasdirektor Heinz-Josef Kessmann."],
     [("Münsters Caritasdirektor Heinz-Josef Kessmann", "sagt", "Die Impfpflicht sei falsch", "say")]),
    (["Die Kirche tut sich schwer. Dies hat sich auch im vergangenen Jahr gezeigt."], []),
    # the dative after the speaker is the addressee
    ("„Der Zugang ist beschränkt“, sagte eine Bahn-Sprecherin dem Reiseblog.",
     [("eine Bahn-Sprecherin", "sagte", "Der Zugang ist beschränkt", "quote")]),
    # "Wie gesagt": the writer's aside
    ("Wie gesagt: Ich habe mein Verbot aufgeweicht.", []),
    # "so" attributes only before a noun phrase
    ("Die Lage sei ernst, so der Minister.", [("der Minister", "so", "Die Lage sei ernst", "according")]),
    ("Obwohl die Zahlen ermutigend klingen, so ist es leider fast gewiss, dass die Preise steigen.", []),
    ("Er warnt: „Wir sind älter.“ So oder so: Seite an Seite wären die beiden die Attraktion.",
     [("Er", "warnt", "Wir sind älter.", "quote")]),
    # a stance verb and a subjunctive clause after the comma: what the speaker says instead
    ("Eine Sprecherin widersprach dem Bericht, es gebe keine Entscheidung.",
     [("Eine Sprecherin", "widersprach", "es gebe keine Entscheidung", "stance")]),
    ("Eine Sprecherin hat dem Bericht widersprochen, es gebe keine Entscheidung.",
     [("Eine Sprecherin", "widersprochen", "es gebe keine Entscheidung", "stance")]),
    # reported speech runs on in Konjunktiv I into the next sentence of the paragraph
    ("Eine Sprecherin sagte, der Plan sei gescheitert. Man habe alle Optionen geprüft. Das Wetter ist schön.",
     [("Eine Sprecherin", "sagte", "der Plan sei gescheitert. Man habe alle Optionen geprüft", "say")]),
    ("Der Minister sagte, die Lage sei ernst. Ich habe das anders gesehen.",
     [("Der Minister", "sagte", "die Lage sei ernst", "say")]),
    ("„Wir sind bereit“, sagte der Trainer. Die Mannschaft habe hart gearbeitet.",
     [("der Trainer", "sagte", "Wir sind bereit", "quote")]),
    # more "nach …" markers, and "nach eigenen Worten" after the verb
    ("Nach Ansicht von Experten ist der Plan zu teuer.",
     [("Experten", "Nach Ansicht von", "ist der Plan zu teuer", "according")]),
    ("Der Präsident sieht nach eigenen Worten eine zunehmende Radikalisierung.",
     [("Der Präsident", "nach eigenen Worten", "eine zunehmende Radikalisierung", "according")]),
    # possessives are no forms of "meinen"; "so z.B." is no "so X"
    ("Es macht Freude, meine Gedanken zu notieren.", []),
    ("Nach meiner Einschätzung ist das falsch.", []),
    ("Die Experten meinen, der Plan sei falsch.", [("Die Experten", "meinen", "der Plan sei falsch", "belief")]),
    ("Wir testen vieles, so z.B. im Sommer die neuen Räder.", []),
    # an extraposed relative clause: the speaker is the noun phrase before the verb, and the
    # relative clause is not what the verb before it reports
    ("Das Video wurde von der Nutzerin Anna gepostet, die sagte, dass sie sich wunderte.",
     [("der Nutzerin Anna", "sagte", "sie sich wunderte", "say")]),
    # "laut" the adjective ("loud") is no "laut X"
    ("Der Mönch rezitierte Gebete, mal laut betonend, mal sachte gemurmelt.", []),
    ("Die Männer zünden Petarden, die einen wirklich lauten Knall verursachen.", []),
    ("Laut jüngsten Umfragen liegt die Partei vorn.",
     [("jüngsten Umfragen", "Laut", "liegt die Partei vorn", "according")]),
    # "zu" before an infinitive is no separable particle; the writer's own "sagen"/"erklären"
    ("Es gibt keinen Grund, etwas zu verändern.", []),
    ("Man kann also sagen, dass ich mich auf einer Reise befinde.", []),
    ("Ich möchte erklären, wieso mein Content weniger geworden ist.", []),
    ("Es wurde berichtet, dass die Brücke gesperrt sei.",
     [(None, "berichtet", "die Brücke gesperrt sei", "say")]),
    ("Das erfordere aber enorme Ressourcen, gibt der Virologe zu bedenken.",
     [("der Virologe", "gibt", "Das erfordere aber enorme Ressourcen", "say")]),
    # an apposition after the right-hand speaker is not what was said
    ("Die Gewerkschaft lehne das strikt ab, betonte Klemmer, zuständiges Mitglied des Vorstandes.",
     [("Klemmer, zuständiges Mitglied des Vorstandes", "betonte", "Die Gewerkschaft lehne das strikt ab", "say")]),
    # a quoted phrase inside the reported clause: the whole clause is what was said
    ("Es gebe eine „alarmierende Zahl von Fällen“, macht Wolff deutlich.",
     [("Wolff", "macht", "Es gebe eine „alarmierende Zahl von Fällen", "quote")]),
    ("„Wir sind bereit“, sagte der Trainer.", [("der Trainer", "sagte", "Wir sind bereit", "quote")]),
    # a fronted time phrase without a verb is when, not what was said; "warnt vor X"
    ("Am Samstag, 29. Oktober warnte die Gemeinde vor belastetem Leitungswasser.", []),
    ("Ein großer Erfolg, sagte der Minister.", [("der Minister", "sagte", "Ein großer Erfolg", "say")]),
    ("Der Verband warnt vor einem nationalen Alleingang und fordert eine europäische Lösung.",
     [("Der Verband", "warnt", "vor einem nationalen Alleingang", "say"),
      ("Der Verband", "fordert", "eine europäische Lösung", "object")]),
]


@pytest.mark.parametrize("paragraphs,expected", PATTERNS)
def test_de_patterns(paragraphs, expected):
    assert summary(paragraphs, "de") == expected
