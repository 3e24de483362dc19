"""Published figures against the report's own numbers; CSV/XLSX/HTML/PDF/PNG outputs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bundle_factory import CODES, COUNTRIES_2012, Partner, import_data, ranking_2012, secretariat, trust
from cardentry.secretariat.merge import merged_card, resolve
from cardentry.secretariat.reports.card import card_html
from cardentry.secretariat.reports.figures import overview, percent, points, rankings, round_tenths
from cardentry.secretariat.reports.tabular import overview_csv, overview_xlsx, rankings_csv, safe_cell


def test_rounding_reproduces_the_report_figures():
    assert [percent(n, 42) for n in (3, 20, 19, 6, 25, 8, 9)] == [7.1, 47.6, 45.2, 14.3, 59.5, 19.0, 21.4]
    assert percent(1, 8) == 12.5 and percent(1, 16) == 6.3 and percent(1, 80) == 1.3
    assert percent(0, 0) == 0.0 and percent(42, 42) == 100.0
    assert round_tenths(-1, 8) == -0.1 and round_tenths(-5, 4) == -1.3
    assert points(8, 42, 5, 42) == 7.1  # "7% increase in states making notable efforts"
    assert points(9, 42, 17, 42) == -19.0


@pytest.fixture(scope="module")
def figures_store(tmp_path_factory):
    """42 countries in 2012 as in domain.md; a 2009 baseline; a 43rd country in dispute."""
    root = tmp_path_factory.mktemp("figures")
    store = secretariat(root / "sec")
    network = Partner.new("Network partner")
    trust(store, network, None)
    helpline = ["green"] * 3 + ["yellow"] * 20 + ["red"] * 19
    for index, country in enumerate(COUNTRIES_2012):
        ratings = {"helpline": helpline[index], "police_units": "green" if index < 3 else "red"}
        stars = ("helpline",) if index < 30 else ()
        data = network.bundle(country=country, ratings=ratings, ranking=ranking_2012(country), stars=stars)
        assert import_data(store, data).status == "imported"
        # 2009: 5 notable, 7 slow, 10 limited, 20 some progress
        if index < 5:
            base = "notable_efforts"
        elif index < 12:
            base = "slow_progress"
        elif index < 22:
            base = "limited_measures"
        else:
            base = "some_progress"
        import_data(store, network.bundle(country=country, cycle="2009", ranking=base, default_rating="red"))
    a, b = Partner.new("Nepal A"), Partner.new("Nepal B")
    trust(store, a, "NPL")
    trust(store, b, "NPL")
    import_data(store, a.bundle(country="NPL", ratings={"helpline": "green"}))
    import_data(store, b.bundle(country="NPL", ratings={"helpline": "red"}))
    yield store
    store.close()


def test_2012_figures_match_the_report(figures_store):
    result = overview(figures_store, "2012", "2009")
    assert result["countries"] == 42 and result["baseline_countries"] == 42
    assert [u["country"] for u in result["unresolved"]] == ["NPL"]
    ranks = result["rankings"]
    assert ranks["counts"] == {
        "slow_progress": 3, "limited_measures": 6, "some_progress": 25, "notable_efforts": 8,
        "not_assessed": 0,
    }  # fmt: skip
    assert ranks["percent"] == {
        "slow_progress": 7.1, "limited_measures": 14.3, "some_progress": 59.5, "notable_efforts": 19.0,
        "not_assessed": 0.0,
    }  # fmt: skip
    # "only 21% of countries continue to make insufficient or limited progress"
    assert percent(ranks["counts"]["slow_progress"] + ranks["counts"]["limited_measures"], 42) == 21.4
    # "(down from 40% in 2009)"; "7% increase in states making notable efforts (5 to 8 of 42)"
    base = ranks["baseline_counts"]
    assert percent(base["slow_progress"] + base["limited_measures"], 42) == 40.5
    assert ranks["change_counts"]["notable_efforts"] == 3
    assert ranks["change_points"]["notable_efforts"] == 7.1
    helpline = next(i for i in result["indicators"] if i["code"] == "helpline")
    assert helpline["counts"] == {"green": 3, "yellow": 20, "red": 19, "not_assessed": 0}
    assert helpline["percent"] == {"green": 7.1, "yellow": 47.6, "red": 45.2, "not_assessed": 0.0}
    assert helpline["ngo_action"] == 30
    assert helpline["baseline_percent"]["red"] == 100.0
    assert helpline["change_points"]["red"] == -54.8
    police = next(i for i in result["indicators"] if i["code"] == "police_units")
    assert police["percent"]["green"] == 7.1  # "only 8% have properly trained specialised police units"


def test_resolving_brings_the_country_back_into_the_figures(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        a, b = Partner.new("A"), Partner.new("B")
        trust(store, a, "NPL")
        trust(store, b, "NPL")
        import_data(store, a.bundle(country="NPL", ratings={"helpline": "green"}))
        import_data(store, b.bundle(country="NPL", ratings={"helpline": "red"}))
        assert overview(store, "2012")["countries"] == 0
        resolve(store, "NPL", "2012", indicator="helpline", rating="yellow", reason="site visit")
        result = overview(store, "2012")
        assert result["countries"] == 1 and result["unresolved"] == []
        helpline = next(i for i in result["indicators"] if i["code"] == "helpline")
        assert helpline["counts"]["yellow"] == 1


def test_rankings_list_every_country(figures_store):
    rows = rankings(figures_store, "2012")
    assert len(rows) == 43
    resolved = [r for r in rows if r["status"] == "resolved"]
    assert [r["name"] for r in resolved[:3]] == ["Malaysia", "Singapore", "Turkey"]
    by_country = {r["country"]: r for r in rows}
    assert by_country["TWN"]["name"] == "Taiwan" and by_country["TWN"]["ranking"] == "notable_efforts"
    assert by_country["NPL"]["status"] == "unresolved" and by_country["NPL"]["ranking"] is None
    assert {r["cycle"] for r in rankings(figures_store)} == {"2009", "2012"}
    table = list(csv.DictReader(io.StringIO(rankings_csv(rows))))
    assert table[0]["country"] == "MYS" and table[0]["ranking"] == "slow_progress"


def test_csv_and_xlsx_overview(figures_store, tmp_path):
    from openpyxl import load_workbook

    result = overview(figures_store, "2012", "2009")
    table = list(csv.DictReader(io.StringIO(overview_csv(result))))
    row = next(r for r in table if r["code"] == "helpline" and r["value"] == "yellow")
    assert (row["count"], row["percent"], row["baseline"]) == ("20", "47.6", "2009")
    assert any(r["section"] == "unresolved" and r["code"] == "NPL" for r in table)
    path = overview_xlsx(result, tmp_path / "overview.xlsx")
    workbook = load_workbook(path)
    sheet = workbook["Figures"]
    header = [cell.value for cell in sheet[1]]
    values = [dict(zip(header, (cell.value for cell in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    row = next(r for r in values if r["code"] == "helpline" and r["value"] == "green")
    assert row["count"] == 3 and row["percent"] == 7.1


def test_formulas_are_neutralised():
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("Thailand") == "Thailand" and safe_cell(-1) == -1
    rows = [{"cycle": "2012", "country": "THA", "name": "Thailand", "ranking": None, "status": "unresolved",
             "partners": ["=HYPERLINK(\"http://x\")"]}]  # fmt: skip
    assert "'=HYPERLINK" in rankings_csv(rows)


def hostile_store(root: Path):
    store = secretariat(root)
    evil = Partner.new("<script>alert('org')</script>")
    trust(store, evil)
    payload = evil.payload(
        ratings={code: ("green", "yellow", "red", None)[n % 4] for n, code in enumerate(CODES)},
        stars=("awareness_raising", "teacher_training"),
        texts={"helpline": "<img src=x onerror=alert(1)> & \"quotes\""},
        evidence={"helpline": [{"id": "4b7d5e0c-0000-4000-8000-000000000001", "kind": "media",
                                "title": "<b>bold</b>", "source": "", "url": "https://x.org/?a=1&b=<2>",
                                "date": None, "note": "</li><script>x</script>"}]},
    )  # fmt: skip
    import_data(store, evil.sign(payload))
    return store


def test_card_html_escapes_everything_a_partner_typed(tmp_path):
    with hostile_store(tmp_path / "sec") as store:
        html = card_html(merged_card(store, "THA", "2012"))
    assert "<script>" not in html and "<img" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#x27;org&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;" in html
    assert "href" not in html
    # the matrix: three goals, four indicators each, text labels and stars
    assert html.count("Green: significant action") >= 3
    assert "Yellow: partial action" in html and "Red: inadequate action" in html and "Not assessed" in html
    assert html.count("\u2605 NGO action") >= 2
    assert "Goal 1" in html and "Goal 3" in html and "Thailand: progress card 2012" in html


def test_cli_reports(cli, tmp_path):
    partner = Partner.new()
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    assert cli("trust", "add", str(partner.write_key_file(tmp_path)), "--countries", "THA").exit_code == 0
    path = tmp_path / "b.cpc.json"
    path.write_bytes(partner.bundle(ratings={"helpline": "green"}))
    assert cli("import", str(path)).exit_code == 0
    shown = cli("report", "overview", "--cycle", "2012", "--format", "json")
    assert shown.exit_code == 0
    data = json.loads(shown.stdout)
    assert data["countries"] == 1 and data["unresolved"] == []
    assert {"cycle", "baseline", "countries", "unresolved", "indicators", "rankings"} <= set(data)
    for fmt in ("csv", "xlsx", "json"):
        out = tmp_path / f"overview.{fmt}"
        assert cli("report", "overview", "--cycle", "2012", "--format", fmt, "--out", str(out)).exit_code == 0
        assert out.stat().st_size > 100
    assert cli("report", "overview", "--cycle", "2012", "--format", "xlsx").exit_code == 2
    ranked = cli("report", "rankings", "--format", "csv")
    assert "THA,Thailand,some_progress,resolved" in ranked.stdout
    html = tmp_path / "card.html"
    assert (
        cli("report", "card", "THA", "--cycle", "2012", "--format", "html", "--out", str(html)).exit_code == 0
    )
    assert "Green: significant action" in html.read_text()
    assert (
        cli("report", "card", "IND", "--cycle", "2012", "--format", "html", "--out", str(html)).exit_code == 2
    )


def test_card_pdf_and_png(qapp, tmp_path):
    from cardentry.ui.common.render import render_pdf, render_png

    with hostile_store(tmp_path / "sec") as store:
        html = card_html(merged_card(store, "THA", "2012"))
    pdf = render_pdf(html, tmp_path / "card.pdf")
    png = render_png(html, tmp_path / "card.png")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and png.stat().st_size > 20_000
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() == 1000 and image.height() > 800


def test_cli_card_pdf(qapp, cli, tmp_path):
    partner = Partner.new()
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    assert cli("trust", "add", str(partner.write_key_file(tmp_path))).exit_code == 0
    path = tmp_path / "b.cpc.json"
    path.write_bytes(partner.bundle())
    assert cli("import", str(path)).exit_code == 0
    for fmt in ("pdf", "png"):
        out = tmp_path / f"card.{fmt}"
        result = cli("report", "card", "THA", "--cycle", "2012", "--format", fmt, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 5_000
