"""``countries.iso_names`` reads pycountry's data file without importing pycountry (issue 18);
it must say exactly what pycountry says, in pycountry's order."""

from __future__ import annotations

import subprocess
import sys

import pycountry

from cardentry.base import countries


def test_the_table_is_pycountrys_codes_and_names_in_its_order():
    expected = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    assert list(countries.iso_names().items()) == list(expected.items())
    assert countries.country_name("TWN") == "Taiwan" and countries.country_name("THA") == "Thailand"
    assert countries.country_name("BOL") == "Bolivia"  # the network's name before ISO's
    assert countries.is_country("THA") and not countries.is_country("tha") and not countries.is_country("XXX")


def test_names_are_read_without_importing_pycountry():
    code = (
        "import sys\nfrom cardentry.base.countries import country_name, all_countries\n"
        "print(country_name('THA'), len(all_countries('en')), 'pycountry' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["Thailand", str(len(pycountry.countries)), "False"]


def test_without_the_data_file_pycountry_itself_answers(monkeypatch):
    monkeypatch.setattr(countries.importlib.util, "find_spec", lambda name: None)
    countries.iso_names.cache_clear()
    try:
        assert countries.iso_names()["THA"] == "Thailand"
        assert len(countries.iso_names()) == len(pycountry.countries)
    finally:
        countries.iso_names.cache_clear()
