"""Country codes and the names the network uses for them.

Countries are identified by ISO 3166-1 alpha-3 codes (pycountry holds the list); people
see the short names the network's reports use ("Taiwan", "UK"), not ISO's long names.

French and Spanish names come from ``resources/i18n/countries.json`` (``{"fr": {"AFG":
"Afghanistan", ...}, "es": {...}}``): the short names UN agencies and NGOs write in
running text ("Russie", "Corée du Sud", "Reino Unido"), reviewed by hand from pycountry's
ISO catalogues, which the app does not ship. A code or language missing there gets the
English name.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import cache
from pathlib import Path

from cardentry.base.resources import resource

NETWORK_NAMES = {
    "BOL": "Bolivia",
    "COD": "Democratic Republic of the Congo",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "GBR": "UK",
    "HKG": "Hong Kong",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "USA",
    "VAT": "Holy See",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "VNM": "Vietnam",
}


@cache
def iso_names() -> dict[str, str]:
    """ISO 3166-1 as pycountry has it: every alpha-3 code, in pycountry's order, with its
    common name, else its name.

    Read from pycountry's own data file without importing pycountry, whose import reads
    the metadata of every installed package (~10 ms before the first window, issue 18);
    through pycountry itself if the file is not where this version of it keeps it
    (``tests/base/test_iso_names.py`` holds the two equal)."""
    try:
        spec = importlib.util.find_spec("pycountry")
        folder = Path(next(iter(spec.submodule_search_locations or ())))  # type: ignore[union-attr]
        data = json.loads((folder / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))
        return {entry["alpha_3"]: entry.get("common_name") or entry["name"] for entry in data["3166-1"]}
    except (AttributeError, StopIteration, OSError, ValueError, KeyError, TypeError):
        import pycountry

        return {
            country.alpha_3: getattr(country, "common_name", None) or country.name
            for country in pycountry.countries
        }


def is_country(code: str) -> bool:
    return len(code) == 3 and code.isupper() and code in iso_names()


def country_name(code: str, language: str = "en") -> str:
    """The name people in the network use for a country code, in ``language`` (``en``,
    ``fr``, ``es``); the English name for a code or language without one; the code if unknown.
    """
    if language != "en":
        name = _translations(resource("i18n", "countries.json")).get(language, {}).get(code)
        if name:
            return name
    if code in NETWORK_NAMES:
        return NETWORK_NAMES[code]
    return iso_names().get(code, code)


@cache
def all_countries(language: str = "en") -> list[tuple[str, str]]:
    """Every assigned code with its network name in ``language``, sorted by name (for pickers).

    English sorts as it always has; French and Spanish ignore accents and case, so
    "Équateur" is among the E's and "Åland" among the A's.
    """
    pairs = [(code, country_name(code, language)) for code in iso_names()]
    if language == "en":
        return sorted(pairs, key=lambda pair: pair[1])
    return sorted(pairs, key=lambda pair: (sort_key(pair[1]), pair[1]))


def sort_key(name: str) -> str:
    """``name`` without accents, case-folded: "Équateur" -> "equateur", "Åland" -> "aland"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def matches(name: str, text: str) -> bool:
    """Whether ``text`` is part of ``name``, accents and case aside ("thai" in "Thaïlande")."""
    return sort_key(text.strip()) in sort_key(name)


def find_country(text: str, language: str = "en") -> str | None:
    """The code of a country typed by its name (in ``language`` or in English, accents and
    case aside) or by its code ("thaïlande", "Thailand", "tha" -> "THA"); ``None`` if none."""
    wanted = sort_key(text.strip())
    if not wanted:
        return None
    if is_country(wanted.upper()):
        return wanted.upper()
    for lang in dict.fromkeys((language, "en")):
        for code, name in all_countries(lang):
            if sort_key(name) == wanted:
                return code
    return None


@cache
def _translations(path: Path) -> dict[str, dict[str, str]]:
    """The names of ``countries.json`` by language, read once per path; none if it is missing."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
