"""Country codes and the names the network uses for them.

Countries are identified by ISO 3166-1 alpha-3 codes (pycountry holds the list); people
see the short names the network's reports use ("Taiwan", "UK"), not ISO's long names.
"""

from __future__ import annotations

from functools import cache

import pycountry

NETWORK_NAMES = {
    "BOL": "Bolivia",
    "CZE": "Czech Republic",
    "GBR": "UK",
    "HKG": "Hong Kong",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "RUS": "Russia",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "USA",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
}


def is_country(code: str) -> bool:
    return len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None


def country_name(code: str) -> str:
    """The name people in the network use for a country code; the code if unknown."""
    if code in NETWORK_NAMES:
        return NETWORK_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@cache
def all_countries() -> list[tuple[str, str]]:
    """Every assigned code with its network name, sorted by name (for pickers)."""
    return sorted(
        ((country.alpha_3, country_name(country.alpha_3)) for country in pycountry.countries),
        key=lambda pair: pair[1],
    )
