"""Issue 19.9: the overview says "1 country", not "1 countries"."""

from __future__ import annotations

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.secretariat.reports.figures import overview
from cardentry.secretariat.reports.overview_html import overview_html


def test_one_country_is_written_in_the_singular(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        network = Partner.new("Network")
        trust(store, network, None)
        import_data(store, network.bundle(country="DNK"))
        import_data(store, network.bundle(country="DNK", cycle="2009"))
        html = overview_html(overview(store, "2012", "2009"))
    assert "1 country with a resolved card" in html and "(1 country)" in html
    assert "1 countries" not in html
