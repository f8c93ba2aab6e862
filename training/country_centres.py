"""Set the country points in ``lang/xx/entities/countries.tsv`` to the usual country centres.

The file was generated with a rough centre per country (the mean of its towns), which can lie
hundreds of kilometres from the point GeoNames, and the tools our users compare with, give a
country (Russia: 53.6 N 57.8 E against 60 N 100 E). This rewrites the latitude and longitude
columns from the ``countryinfo`` package's ``latlng`` (MIT licence; a build-time tool, not a
run-time dependency); a country it lacks keeps its point.

    .venv/bin/pip install countryinfo==1.0.1 && .venv/bin/python training/country_centres.py
"""

from __future__ import annotations

import json
from pathlib import Path

from dateline.lang import path as data_path

PATH = data_path("xx", "countries.tsv")


def centres() -> dict[str, tuple[float, float]]:
    import countryinfo

    data = Path(countryinfo.__file__).parent / "data"
    out = {}
    for f in data.glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        code = ((d.get("ISO") or {}).get("alpha2") or "").upper()
        ll = d.get("latlng")
        if code and isinstance(ll, list) and len(ll) == 2:
            out[code] = (float(ll[0]), float(ll[1]))
    return out


def main() -> None:
    table = centres()
    lines, changed = [], 0
    for line in PATH.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 4 or cols[0] not in table:
            lines.append(line)
            continue
        lat, lon = table[cols[0]]
        cols[2], cols[3] = f"{lat:.4f}", f"{lon:.4f}"
        lines.append("\t".join(cols))
        changed += 1
    text = "\n".join(lines) + "\n"
    text = text.replace("# Countries: ISO alpha-2, GeoNames id, rough centre (mean of its towns), names.",
                        "# Countries: ISO alpha-2, GeoNames id, centre (countryinfo's latlng, training/country_centres.py), names.")
    PATH.write_text(text, encoding="utf-8")
    print(f"{changed} country points set")


if __name__ == "__main__":
    main()
