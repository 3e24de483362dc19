"""Country names in French and Spanish (``resources/i18n/countries.json``).

Every code pycountry knows has a name in both languages; the names are the short ones
written in running text, never ISO's inverted or official forms; pickers sort them
ignoring accents; anything missing falls back to the English network name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
import pytest

from cardentry.base import countries
from cardentry.base.countries import all_countries, country_name, sort_key

REPO = Path(__file__).resolve().parents[2]
NAMES = json.loads((REPO / "resources" / "i18n" / "countries.json").read_text(encoding="utf-8"))
CODES = sorted(country.alpha_3 for country in pycountry.countries)

# ISO's catalogue order: "Russie, Fédération de", "Congo, República Democrática del",
# "Micronesia, Estados Federados de", "Palestine, État de", "Salomon, Îles", "Islas Vírgenes, Británicas".
INVERTED = re.compile(
    r",\s*(?:[A-ZÉ][\w'’ -]*\b(?:de|del|de la|d')\s*$"
    r"|(?:République|Republic|Estado|États?|Federación|Fédération|Îles?|Islas?|Isla|Británicas|de EEUU))"
)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_code_pycountry_knows_has_a_name(language: str) -> None:
    names = NAMES[language]
    assert set(names) == set(CODES)
    for code in CODES:
        assert names[code].strip() == names[code] and names[code], code
        assert country_name(code, language) == names[code]


@pytest.mark.parametrize(
    ("code", "fr", "es"),
    [
        ("THA", "Thaïlande", "Tailandia"),
        ("GBR", "Royaume-Uni", "Reino Unido"),
        ("USA", "États-Unis", "Estados Unidos"),
        ("RUS", "Russie", "Rusia"),
        ("KOR", "Corée du Sud", "Corea del Sur"),
        ("PRK", "Corée du Nord", "Corea del Norte"),
        ("CIV", "Côte d'Ivoire", "Côte d'Ivoire"),
        ("TWN", "Taïwan", "Taiwán"),
        ("IRN", "Iran", "Irán"),
        ("TZA", "Tanzanie", "Tanzania"),
        ("BOL", "Bolivie", "Bolivia"),
        ("VEN", "Venezuela", "Venezuela"),
        ("LAO", "Laos", "Laos"),
        ("MDA", "Moldavie", "Moldavia"),
        ("SYR", "Syrie", "Siria"),
        ("VNM", "Viet Nam", "Vietnam"),
        ("HKG", "Hong Kong", "Hong Kong"),
        ("MAC", "Macao", "Macao"),
        ("PSE", "Palestine", "Palestina"),
        ("COD", "République démocratique du Congo", "República Democrática del Congo"),
        ("FSM", "Micronésie", "Micronesia"),
        ("VAT", "Saint-Siège", "Santa Sede"),
        ("NLD", "Pays-Bas", "Países Bajos"),
        ("DZA", "Algérie", "Argelia"),
        ("TUN", "Tunisie", "Túnez"),
    ],
)
def test_the_names_un_agencies_and_ngos_write(code: str, fr: str, es: str) -> None:
    assert (country_name(code, "fr"), country_name(code, "es")) == (fr, es)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_name_keeps_iso_inverted_or_official_form(language: str) -> None:
    inverted = {code: name for code, name in NAMES[language].items() if INVERTED.search(name)}
    assert inverted == {}
    assert INVERTED.search("Russie, Fédération de") and INVERTED.search("Congo, República Democrática del")
    assert INVERTED.search("Salomon, Îles") and INVERTED.search("Palestine, État de")
    assert not INVERTED.search("Bonaire, Saint-Eustache et Saba")  # a list, not an inversion


@pytest.mark.parametrize("language", ["fr", "es"])
def test_names_in_one_language_are_distinct(language: str) -> None:
    names = list(NAMES[language].values())
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_pickers_sort_ignoring_accents_and_case(language: str) -> None:
    pairs = all_countries(language)
    assert {code for code, _ in pairs} == set(CODES)
    keys = [sort_key(name) for _, name in pairs]
    assert keys == sorted(keys)
    if language == "fr":
        names = [name for _, name in pairs]
        assert names.index("Égypte") < names.index("Équateur") < names.index("Espagne")
        assert names.index("Îles d'Åland") < names.index("Inde")  # not after the Z's


def test_english_is_unchanged() -> None:
    assert [country_name(code) for code in ("THA", "GBR", "TWN", "KOR", "USA")] == [
        "Thailand", "UK", "Taiwan", "South Korea", "USA",
    ]  # fmt: skip
    assert all_countries() == all_countries("en")
    names = [name for _, name in all_countries()]
    assert names == sorted(names)


def test_unknown_codes_and_languages_fall_back() -> None:
    assert country_name("XXX", "fr") == "XXX"
    assert country_name("THA", "de") == "Thailand"
    assert country_name("GBR", "pseudo") == "UK"
    assert dict(all_countries("de")) == dict(all_countries())


def test_a_missing_or_partial_file_gives_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARDENTRY_RESOURCES", str(tmp_path))
    assert country_name("THA", "fr") == "Thailand"  # no countries.json at all
    (tmp_path / "partial").mkdir()
    (tmp_path / "partial" / "i18n").mkdir()
    (tmp_path / "partial" / "i18n" / "countries.json").write_text(
        json.dumps({"fr": {"THA": "Thaïlande"}}), encoding="utf-8"
    )
    monkeypatch.setenv("CARDENTRY_RESOURCES", str(tmp_path / "partial"))
    assert country_name("THA", "fr") == "Thaïlande"
    assert country_name("GBR", "fr") == "UK"  # a code the file lacks
    assert country_name("THA", "es") == "Thailand"  # a language the file lacks
    monkeypatch.delenv("CARDENTRY_RESOURCES")
    assert country_name("GBR", "fr") == "Royaume-Uni"


def test_core_reads_the_json_not_pycountry_catalogues() -> None:
    source = Path(countries.__file__).read_text(encoding="utf-8")
    assert "gettext" not in source and "LOCALES_DIR" not in source
