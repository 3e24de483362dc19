"""The overview of a cycle: the chart with its baseline, the rankings table, CSV/XLSX/PDF exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cardentry.base.atomic import produce_atomically, write_atomically
from cardentry.base.vocabulary import RANKINGS
from cardentry.secretariat.dashboard import known_cycles, ranking_columns
from cardentry.secretariat.reports.figures import overview, rankings
from cardentry.ui.common.errors import show_error
from cardentry.ui.common.i18n import country_name, format_percent, format_points
from cardentry.ui.common.qt import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.widgets import combo_box, label
from cardentry.ui.secretariat.chart import OverviewChart
from cardentry.ui.secretariat.common import ask_save_path, fill_combo, item, page_layout, row, table
from cardentry.ui.secretariat.desk import Desk
from cardentry.ui.secretariat.texts import RANKING_TEXT

NO_BASELINE = ""


class OverviewPage(QWidget):
    open_country = Signal(str, str)
    publish_requested = Signal()

    def __init__(self, desk: Desk):
        super().__init__()
        self.desk = desk
        self.figures: dict[str, Any] | None = None
        self.ranking_rows: list[dict[str, Any]] = []
        self.cycles: list[str] = []
        self.last_saved: Path | None = None
        layout = page_layout(self, translate("SecretariatOverview", "Overview"))
        self.cycle = combo_box()
        self.cycle.setAccessibleName(translate("SecretariatOverview", "Cycle"))
        self.baseline = combo_box()
        self.baseline.setAccessibleName(translate("SecretariatOverview", "Compare with (baseline)"))
        self.cycle.currentIndexChanged.connect(lambda _i: self.refresh())
        self.baseline.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_buttons = {}
        for kind, text in (
            ("csv", translate("SecretariatOverview", "Export &CSV…")),
            ("xlsx", "&XLSX…"),
            ("pdf", "&PDF…"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            self.export_buttons[kind] = button
        self.rankings_csv_button = QPushButton(translate("SecretariatOverview", "Rankings CSV…"))
        self.rankings_csv_button.setToolTip(
            translate("SecretariatOverview", "Every country's overall ranking in every cycle")
        )
        self.rankings_csv_button.clicked.connect(lambda: self.export("rankings-csv"))
        self.publish_button = QPushButton(translate("SecretariatOverview", "Publish report…"))
        self.publish_button.setToolTip(
            translate(
                "SecretariatOverview", "The whole report as a PDF book or a website (File > Publish report…)"
            )
        )
        self.publish_button.clicked.connect(self.publish_requested)
        cycle_label = translate("SecretariatOverview", "Cycle:")
        compared_with = translate("SecretariatOverview", "compared with")
        layout.addLayout(
            row(cycle_label, self.cycle, compared_with, self.baseline, None, *self.export_buttons.values(),
                self.rankings_csv_button, self.publish_button)
        )  # fmt: skip
        self.counted = label()
        layout.addWidget(self.counted)
        self.unresolved = label(role="error")
        self.settle_button = QPushButton(translate("SecretariatOverview", "Settle…"))
        self.settle_button.clicked.connect(self._open_unresolved)
        layout.addLayout(row(self.unresolved, self.settle_button, stretch_at=0))

        self.chart = OverviewChart()
        chart_holder = QWidget()
        chart_layout = QVBoxLayout(chart_holder)
        chart_layout.setContentsMargins(0, 0, 8, 0)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(chart_holder)
        self.chart_scroll = scroll

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.rankings_title = label(wrap=False)
        font = self.rankings_title.font()
        font.setBold(True)
        self.rankings_title.setFont(font)
        right_layout.addWidget(self.rankings_title)
        self.rankings_table = table(
            [RANKING_TEXT[r] for r in RANKINGS], translate("SecretariatOverview", "Rankings")
        )
        self.rankings_table.setSelectionMode(self.rankings_table.SelectionMode.NoSelection)
        self.rankings_table.setAlternatingRowColors(False)
        header = self.rankings_table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Stretch)
        right_layout.addWidget(self.rankings_table, 1)
        self.rankings_note = label(role="muted")
        right_layout.addWidget(self.rankings_note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        char = self.fontMetrics().averageCharWidth()
        right.setMinimumWidth(char * 62)
        splitter.setSizes([char * 100, char * 66])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

    # --- loading -------------------------------------------------------------------

    def current(self) -> tuple[str | None, str | None]:
        baseline = self.baseline.currentData()
        return self.cycle.currentData(), (baseline or None)

    def _fill_baselines(self, cycle: str | None, baseline: str | None) -> None:
        no_baseline = translate("SecretariatOverview", "no baseline")
        entries = [(no_baseline, NO_BASELINE)] + [(c, c) for c in self.cycles if c != cycle]
        fill_combo(self.baseline, entries, keep=baseline if baseline else NO_BASELINE)

    def refresh(self) -> None:
        store = self.desk.store
        wanted_cycle, wanted_baseline = self.current()
        first = not self.cycles

        def read() -> tuple[list[str], dict[str, Any] | None, list[dict[str, Any]]]:
            all_cycles = known_cycles(store)
            cycle = wanted_cycle if wanted_cycle in all_cycles else (all_cycles[0] if all_cycles else None)
            baseline = wanted_baseline if wanted_baseline in all_cycles and wanted_baseline != cycle else None
            if first and baseline is None and len(all_cycles) > 1:
                baseline = all_cycles[-1]  # the oldest cycle: the report's baseline
            figures = overview(store, cycle, baseline) if cycle else None
            return all_cycles, figures, rankings(store)

        self.desk.run(read, self._show)

    def _show(self, data: tuple[list[str], dict[str, Any] | None, list[dict[str, Any]]]) -> None:
        self.cycles, figures, self.ranking_rows = data
        self.figures = figures
        cycle = figures["cycle"] if figures else None
        baseline = figures.get("baseline") if figures else None
        fill_combo(self.cycle, [(c, c) for c in self.cycles], keep=cycle)
        self._fill_baselines(cycle, baseline)
        for button in (*self.export_buttons.values(), self.rankings_csv_button):
            button.setEnabled(figures is not None)
        self.chart.set_figures(figures)
        if figures is None:
            self.counted.setText(translate("SecretariatOverview", "No cards imported yet."))
            self.unresolved.hide()
            self.settle_button.hide()
            self.rankings_table.setRowCount(0)
            self.rankings_title.clear()
            return
        counted = translate(
            "SecretariatOverview", "%n countries with a resolved card in {cycle}", "", figures["countries"]
        )
        counted = counted.format(cycle=cycle)
        if baseline:
            baseline_counted = translate(
                "SecretariatOverview", "%n countries", "", figures.get("baseline_countries") or 0
            )
            text = translate(
                "SecretariatOverview",
                "{counted}, compared with {baseline} ({baseline_counted}). Shares are of those countries; "
                "changes in percentage points.",
            ).format(counted=counted, baseline=baseline, baseline_counted=baseline_counted)
        else:
            text = translate(
                "SecretariatOverview",
                "{counted}. Shares are of those countries; changes in percentage points.",
            ).format(counted=counted)
        self.counted.setText(text)
        left_out = figures["unresolved"]
        if left_out:
            names = ", ".join(country_name(entry["country"]) for entry in left_out)
            self.unresolved.setText(
                translate(
                    "SecretariatOverview", "Left out until settled (partners disagree): {countries}"
                ).format(countries=names)
            )
            self.settle_button.setText(
                translate("SecretariatOverview", "Settle {country}…").format(
                    country=country_name(left_out[0]["country"])
                )
            )
        self.unresolved.setVisible(bool(left_out))
        self.settle_button.setVisible(bool(left_out))
        self._fill_rankings(cycle)

    def _fill_rankings(self, cycle: str) -> None:
        assert self.figures is not None
        # the names in the interface language, sorted for it
        rows = [{**row, "name": country_name(row["country"])} for row in self.ranking_rows]
        columns = ranking_columns(rows, cycle)
        block = self.figures["rankings"]
        headers = []
        for ranking in RANKINGS:
            share = format_percent(block["percent"][ranking])
            text = f"{RANKING_TEXT[ranking]}\n{block['counts'][ranking]} · {share}"
            if "change_points" in block:
                text += f"\n{format_points(block['change_points'][ranking])}"
            headers.append(text)
        view = self.rankings_table
        view.setHorizontalHeaderLabels(headers)
        depth = max((len(columns[r]) for r in RANKINGS), default=0)
        view.setRowCount(depth)
        for column, ranking in enumerate(RANKINGS):
            names = columns[ranking]
            for index in range(depth):
                view.setItem(index, column, item(names[index] if index < len(names) else ""))
        self.rankings_title.setText(
            translate("SecretariatOverview", "Rankings {cycle} (as in the report's appendix)").format(
                cycle=cycle
            )
        )
        notes = []
        if columns["not_ranked"]:
            notes.append(
                translate("SecretariatOverview", "Not ranked: {countries}").format(
                    countries=", ".join(columns["not_ranked"])
                )
            )
        if columns["unresolved"]:
            notes.append(
                translate("SecretariatOverview", "Partners disagree: {countries}").format(
                    countries=", ".join(columns["unresolved"])
                )
            )
        self.rankings_note.setText("\n".join(notes))
        self.rankings_note.setVisible(bool(notes))

    def rankings_shown(self) -> dict[str, list[str]]:
        """The names in each column of the rankings table (for tests)."""
        result = {}
        for column, ranking in enumerate(RANKINGS):
            names = []
            for index in range(self.rankings_table.rowCount()):
                cell = self.rankings_table.item(index, column)
                if cell is not None and cell.text():
                    names.append(cell.text())
            result[ranking] = names
        return result

    def _open_unresolved(self) -> None:
        if self.figures and self.figures["unresolved"]:
            self.open_country.emit(self.figures["unresolved"][0]["country"], self.figures["cycle"])

    # --- exporting -----------------------------------------------------------------

    def export(self, kind: str) -> Path | None:
        figures = self.figures
        if figures is None:
            return None
        cycle = figures["cycle"]
        suffix = "csv" if kind == "rankings-csv" else kind
        stem = "rankings" if kind == "rankings-csv" else f"overview-{cycle}"
        if kind != "rankings-csv" and figures.get("baseline"):
            stem += f"-vs-{figures['baseline']}"
        filters = {
            "csv": "CSV (*.csv)",
            "xlsx": translate("SecretariatOverview", "Excel workbook (*.xlsx)"),
            "pdf": "PDF (*.pdf)",
        }[suffix]
        title = translate("SecretariatOverview", "Export the overview")
        path = ask_save_path(self, title, self.last_saved, f"{stem}.{suffix}", filters)
        if path is None:
            return None
        # the report writers load when something is exported, not before the first window (issue 18)
        from cardentry.secretariat.reports.overview_html import overview_html
        from cardentry.secretariat.reports.tabular import overview_csv, overview_xlsx, rankings_csv
        from cardentry.ui.common.render import render_pdf

        try:
            if kind == "csv":
                write_atomically(path, overview_csv(figures).encode("utf-8"))
            elif kind == "rankings-csv":
                write_atomically(path, rankings_csv(self.ranking_rows).encode("utf-8"))
            elif kind == "xlsx":
                produce_atomically(path, lambda temporary: overview_xlsx(figures, temporary))
            else:
                html = overview_html(figures, self.ranking_rows)
                produce_atomically(path, lambda temporary: render_pdf(html, temporary))
        except OSError as error:
            show_error(self, error, translate("SecretariatOverview", "Not exported"))
            return None
        self.last_saved = path
        self.desk.message.emit(translate("SecretariatOverview", "Exported {path}").format(path=path))
        return path
