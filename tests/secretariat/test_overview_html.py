"""The overview page for PDF: the figures as given, escaped, with the rankings appendix."""

from __future__ import annotations

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.secretariat.reports.figures import overview, rankings
from cardentry.secretariat.reports.overview_html import format_points, overview_html


def test_format_points():
    assert format_points(7.1) == "+7.1 pts"
    assert format_points(-54.8) == "\u221254.8 pts"
    assert format_points(0.0) == "\u00b10.0 pts"


def test_overview_html_has_the_figures_and_every_cycle_appendix(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        network = Partner.new("<b>Network</b>")
        trust(store, network, None)
        import_data(
            store, network.bundle(country="DNK", ranking="notable_efforts", ratings={"helpline": "green"})
        )
        import_data(
            store, network.bundle(country="MYS", ranking="slow_progress", ratings={"helpline": "red"})
        )
        import_data(
            store, network.bundle(country="DNK", cycle="2009", ranking="some_progress", default_rating="red")
        )
        figures = overview(store, "2012", "2009")
        html = overview_html(figures, rankings(store))
    assert "overview 2012" in html and "compared with 2009" in html
    assert "Green 50.0% (1)" in html and "Red 50.0% (1)" in html  # helpline
    assert "Since 2009: Green +50.0 pts" in html
    assert "Notable efforts (1)" in html and "Slow progress (1)" in html
    assert "<h3>2012</h3>" in html and "<h3>2009</h3>" in html
    assert "Denmark" in html and "Malaysia" in html
    assert "<b>Network</b>" not in html  # nothing unescaped from partners (not shown at all here)


def test_overview_html_without_baseline_or_rows(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        html = overview_html(overview(store, "2012"))
    assert "0 countries with a resolved card" in html and "Since" not in html and "Appendix" not in html
