"""Speed of the quantities + events stages on a ~600-word invented article (nl and en).

    .venv/bin/python benchmarks/events_speed.py [--detector lexicon|model|hybrid]
Prints milliseconds per article for find_quantities + find_events (after one warm-up run,
which loads the lexicons, the model and simplemma's dictionaries): median and best of the
process's CPU time per run (the machine is shared: wall time mostly measures the neighbours)
and the median wall time.
"""

from __future__ import annotations

import argparse
import statistics
import time

from dateline.analyse.events import find_events

NL = ("Rebellen claimen op Telegram dat ze 40 soldaten hebben gedood bij een aanval op een "
      "legerpost. Het is niet duidelijk waar en wanneer de aanval plaatsvond. De regering claimt "
      "dat ze binnen 24 uur bijna 200 strijders heeft gedood. Dinsdag werden in de provincie Helmand "
      "minstens 12 mensen gearresteerd na protesten tegen de prijsstijging van 15 procent. ")
EN = ("Rebels claim on Telegram that they killed 40 soldiers in an attack on an army post. It is "
      "unclear where and when the attack took place. The government claims it killed nearly 200 "
      "fighters within 24 hours. On Tuesday police arrested at least 12 people in Helmand province "
      "after protests against a 15 percent price rise. ")


def bench(lang: str, unit: str, detector: str | None = None, runs: int = 50) -> float:
    words = len(unit.split())
    text = unit * max(1, round(600 / words))
    find_events(text, lang, detector=detector)
    cpu, wall = [], []
    for _ in range(runs):
        c, w = time.process_time(), time.perf_counter()
        find_events(text, lang, detector=detector)  # computes the quantities on the same tokens
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    ms = statistics.median(cpu) * 1000
    print(f"{lang}: {len(text.split())} words, CPU {ms:.2f} ms median, {min(cpu) * 1000:.2f} best; "
          f"wall {statistics.median(wall) * 1000:.2f} ms median (quantities + events, detector "
          f"{detector or 'default'})")
    return ms


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--detector", default=None, choices=["lexicon", "model", "hybrid"])
    det = ap.parse_args().detector
    # Dense: an event trigger every ~10 words (far denser than news).
    bench("nl", NL, det)
    bench("en", EN, det)
    # Typical: the same sentences diluted with event-free prose (~1 trigger per 40 words).
    filler_nl = ("De bewoners van het dorp leven vooral van de landbouw en de handel op de markt in "
                 "het centrum, waar elke week boeren uit de omgeving hun producten verkopen. ")
    filler_en = ("Residents of the village mostly live from farming and trade at the market in the "
                 "centre, where farmers from the area sell their produce every week. ")
    bench("nl", NL + filler_nl * 3, det)
    bench("en", EN + filler_en * 3, det)
