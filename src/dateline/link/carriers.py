"""Who carried a claim to the reader: the outlet named in the text, the agency, the publisher.

A claim reaches a reader through a chain: "volgens The Times" / "aldus de BBC" names the medium
that first reported it (the claim's ``outlet``), the agency that wrote the wire copy passes it on
(``dateline.agency`` or an agency mark, see ``agency.py``), and a site publishes it
(``source.publisher`` — the outlet's own name from og:site_name / JSON-LD — else
``source.site``).  The chain reads "BBC via ANP via Dagblad Oost"; each part is also kept on
its own in ``claim_sightings`` (outlet, agency, publisher, site).
"""

from __future__ import annotations

from typing import Any

UNKNOWN_PUBLISHER = "unknown outlet"


def publisher_of(record: dict[str, Any]) -> str | None:
    """The publishing outlet's name, else its site (host); None when the page gives neither."""
    src = record.get("source") or {}
    return (src.get("publisher") or "").strip() or (src.get("site") or "").strip() or None


def carrier_chain(outlet: str | None, agency: str | None, publisher: str | None) -> str:
    """"BBC via ANP via Dagblad Oost"; a link that repeats the one before it is said once
    (ANP's own site carrying ANP copy is "ANP", not "ANP via ANP")."""
    parts: list[str] = []
    for name in (outlet, agency, publisher or UNKNOWN_PUBLISHER):
        if name and not (parts and _same_outlet(parts[-1], name)):
            parts.append(name)
    return " via ".join(parts)


def _same_outlet(a: str, b: str) -> bool:
    """"ANP" and "anp.nl", "NOS" and "nos.nl", "The Times" and "Times": one outlet."""
    def key(s: str) -> str:
        s = s.lower().strip()
        s = s.removeprefix("www.").split(".")[0] if "." in s and " " not in s else s
        return s.removeprefix("the ").removeprefix("de ").replace(" ", "")
    return key(a) == key(b)
