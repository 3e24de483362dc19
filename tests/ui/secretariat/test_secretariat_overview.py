"""The overview in the secretariat's window: the figures on screen are ``report overview
--format json``'s, the chart paints exactly them, the rankings table, CSV/XLSX/PDF exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from secretariat_helpers import cli_run, open_window, settle

from bundle_factory import COUNTRIES_2012, Partner, import_data, ranking_2012, secretariat, trust
from cardentry.secretariat.dashboard import ranking_columns
from cardentry.secretariat.reports.figures import rankings
from cardentry.secretariat.reports.tabular import overview_csv
from cardentry.ui.common.qt import QImage, Qt
from cardentry.ui.secretariat.chart import chart_rows
from cardentry.ui.secretariat.common import SaveDialogs


def cli_json(root, *args):
    result = cli_run(root, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def report_dir(tmp_path):
    """The 42 countries of 2012 with a 2009 baseline; Nepal's two partners disagree."""
    root = tmp_path / "report"
    with secretariat(root) as store:
        network = Partner.new("Network partner")
        trust(store, network, None)
        helpline = ["green"] * 3 + ["yellow"] * 20 + ["red"] * 19
        for index, country in enumerate(COUNTRIES_2012):
            ratings = {"helpline": helpline[index], "police_units": "green" if index < 3 else "red",
                       "teacher_training": None if index % 7 == 0 else "yellow"}  # fmt: skip
            stars = ("helpline",) if index < 30 else ()
            ranking = ranking_2012(country)
            import_data(store, network.bundle(country=country, ratings=ratings, ranking=ranking, stars=stars))
            base = "notable_efforts" if index < 5 else "slow_progress" if index < 12 else "some_progress"
            import_data(
                store, network.bundle(country=country, cycle="2009", ranking=base, default_rating="red")
            )
        a, b = Partner.new("Nepal A"), Partner.new("Nepal B")
        trust(store, a, "NPL")
        trust(store, b, "NPL")
        import_data(store, a.bundle(country="NPL", ratings={"helpline": "green"}))
        import_data(store, b.bundle(country="NPL", ratings={"helpline": "red"}))
    return root


def test_the_figures_on_screen_are_those_of_report_overview(qtbot, report_dir):
    expected = cli_json(
        report_dir, "report", "overview", "--cycle", "2012", "--baseline", "2009", "--format", "json"
    )
    window = open_window(qtbot, report_dir)
    window.show_page("overview")
    settle(qtbot, window)
    page = window.overview
    assert page.current() == ("2012", "2009")  # the oldest cycle is the baseline by default
    assert json.loads(json.dumps(page.figures)) == expected
    # the chart paints exactly these numbers
    rows = page.chart.rows()
    assert rows == chart_rows(expected)
    helpline = next(r for r in rows if r.code == "helpline")
    assert [(s.key, s.count, s.label) for s in helpline.segments] == [
        ("green", 3, "7.1%"), ("yellow", 20, "47.6%"), ("red", 19, "45.2%"),
    ]  # fmt: skip
    assert [(s.key, s.label) for s in helpline.baseline] == [("red", "100.0%")]
    assert helpline.changes == ("Green +7.1", "Red \u221254.8")
    teacher = next(r for r in rows if r.code == "teacher_training")
    assert ("not_assessed", 6, "14.3%") in [(s.key, s.count, s.label) for s in teacher.segments]
    ranking = rows[-1]
    assert [(s.key, s.count) for s in ranking.segments] == [
        ("slow_progress", 3), ("limited_measures", 6), ("some_progress", 25), ("notable_efforts", 8),
    ]  # fmt: skip
    assert "Helpline, 2012: Green 3 (7.1%)" in page.chart.accessibleDescription()
    for entry in expected["indicators"]:
        row = next(r for r in rows if r.code == entry["code"])
        for segment in row.segments:
            assert segment.percent == entry["percent"][segment.key]
            assert segment.count == entry["counts"][segment.key]
    assert "42 countries with a resolved card in 2012" in page.counted.text()
    assert "Nepal" in page.unresolved.text() and page.settle_button.isVisibleTo(page)
    # the rankings table is the appendix of the chosen cycle
    shown = page.rankings_shown()
    columns = ranking_columns(rankings(window.store), "2012")
    assert shown == {key: columns[key] for key in shown}
    assert shown["slow_progress"] == ["Malaysia", "Singapore", "Turkey"]
    header = page.rankings_table.horizontalHeaderItem(3).text()
    assert header.splitlines() == ["Notable efforts", "8 · 19.0%", "+7.1 pts"]
    # another cycle and no baseline
    page.baseline.setCurrentIndex(page.baseline.findData(""))
    settle(qtbot, window)
    assert page.figures["baseline"] is None and page.chart.rows()[0].baseline is None
    page.cycle.setCurrentIndex(page.cycle.findData("2009"))
    settle(qtbot, window)
    assert page.figures["cycle"] == "2009" and page.rankings_shown()["notable_efforts"][:1] == ["Australia"]
    window.close()
    assert cli_json(report_dir, "report", "overview", "--cycle", "2009", "--format", "json") == json.loads(
        json.dumps(page.figures)
    )


def test_the_chart_paints(qtbot, report_dir):
    window = open_window(qtbot, report_dir)
    window.show_page("overview")
    settle(qtbot, window)
    chart = window.overview.chart
    image = QImage(chart.width(), chart.height(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    chart.render(image)
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert {"#1e7b34", "#f2c40f", "#c5221f"} <= colours
    assert chart.height() >= 13 * 30
    window.close()


def test_settle_from_the_overview_opens_the_country(qtbot, report_dir):
    window = open_window(qtbot, report_dir)
    window.show_page("overview")
    settle(qtbot, window)
    qtbot.mouseClick(window.overview.settle_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.current_page() == "country" and window.country.data.country == "NPL"
    window.close()


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf", "rankings-csv"])
def test_export_the_overview(qtbot, monkeypatch, tmp_path, report_dir, kind):
    window = open_window(qtbot, report_dir)
    window.show_page("overview")
    settle(qtbot, window)
    page = window.overview
    suffix = "csv" if kind == "rankings-csv" else kind
    target = tmp_path / "out" / f"figures.{suffix}"
    target.parent.mkdir()
    suggested = []

    def save_path(cls, parent, title, proposed, filters):
        suggested.append(proposed.name)
        return target

    monkeypatch.setattr(SaveDialogs, "save_path", classmethod(save_path))
    button = page.rankings_csv_button if kind == "rankings-csv" else page.export_buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    if kind == "csv":
        assert suggested == ["overview-2012-vs-2009.csv"]
        assert data.decode() == overview_csv(page.figures)
        rows = list(csv.DictReader(io.StringIO(data.decode())))
        helpline_red = next(r for r in rows if r["code"] == "helpline" and r["value"] == "red")
        assert (helpline_red["percent"], helpline_red["change_points"]) == ("45.2", "-54.8")
    elif kind == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(target)["Figures"]
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[1 + 5 * 8][:7] == ["2012", "indicator", "helpline", "Helpline", "green", 3, 7.1]
    elif kind == "pdf":
        assert data.startswith(b"%PDF")
        assert len(data) > 5000
    else:
        assert suggested == ["rankings.csv"]
        assert data.count(b"\n") == 43 + 42 + 1  # header, 43 countries in 2012 (one unresolved), 42 in 2009
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert "Exported" in window.statusBar().currentMessage()
    window.close()
