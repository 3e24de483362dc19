"""Hostile bundles aimed at the secretariat: whatever a partner typed is inert in every
output (HTML, PDF, PNG, CSV, XLSX), and texts at the format's limits render."""

from __future__ import annotations

import csv
import io
import uuid

from openpyxl import load_workbook

from bundle_factory import CODES, Partner, evidence_item, import_data, secretariat, trust
from cardentry.secretariat.merge import merged_card
from cardentry.secretariat.reports.card import card_html
from cardentry.secretariat.reports.figures import overview, rankings
from cardentry.secretariat.reports.tabular import overview_xlsx, rankings_csv, safe_cell

RLO = "\u202e"


def _import(store, partner, **options):
    result = import_data(store, partner.bundle(**options))
    assert result.status == "imported", result
    return result


def test_a_right_to_left_override_cannot_reorder_text_after_it(tmp_path):
    with secretariat(tmp_path / "s") as store:
        partner = Partner.new(f"Partner {RLO}fdp.exe")
        trust(store, partner)
        _import(store, partner, texts={"helpline": f"Hotline {RLO}reversed"})
        html = card_html(merged_card(store, "THA", "2012"))
    assert f"Hotline {RLO}reversed\u202c</bdi>" in html
    assert html.count("<bdi>") == html.count("</bdi>") >= 1


def test_formulas_hidden_behind_white_space_are_neutralised():
    for text in (' =HYPERLINK("http://evil","x")', "\n=1+1", "\u00a0@SUM(A1)"):
        assert safe_cell(text) == "'" + text


def test_a_partner_organisation_that_is_a_formula_stays_text_in_csv_and_xlsx(tmp_path):
    with secretariat(tmp_path / "s") as store:
        partner = Partner.new('=HYPERLINK("http://evil.example","Click")')
        trust(store, partner)
        _import(store, partner)
        rows = rankings(store, "2012")
        table = list(csv.reader(io.StringIO(rankings_csv(rows))))
        assert any(cell.startswith("'=HYPERLINK") for row in table for cell in row)
        assert not any(cell.startswith("=") for row in table for cell in row)
        path = overview_xlsx(overview(store, "2012"), tmp_path / "o.xlsx")
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def test_texts_at_the_format_limits_render_to_html_pdf_and_png(tmp_path, qapp):
    from cardentry.ui.common.render import render_pdf, render_png

    long_text = ("Lorem ipsum <b>dolor</b> & sit amet " * 600)[:20_000]
    url = "https://x.org/" + "a" * 1980

    def items() -> list[dict]:
        return [
            evidence_item("T" * 500, id=str(uuid.uuid4()), note=long_text[:5_000], url=url) for _ in range(5)
        ]

    evidence = {code: items() for code in CODES}
    with secretariat(tmp_path / "s") as store:
        partner = Partner.new("O" * 200)
        trust(store, partner)
        _import(store, partner, texts=dict.fromkeys(CODES, long_text), evidence=evidence)
        html = card_html(merged_card(store, "THA", "2012"))
    assert "<b>dolor</b>" not in html
    pdf = render_pdf(html, tmp_path / "card.pdf")
    png = render_png(html, tmp_path / "card.png")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert png.read_bytes().startswith(b"\x89PNG")
