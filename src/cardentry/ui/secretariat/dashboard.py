"""The dashboard of a cycle: every country with its state, counts, the last import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cardentry.base.countries import sort_key
from cardentry.ui.common.feedback import sent_line
from cardentry.ui.common.i18n import country_name
from cardentry.ui.common.qt import (
    QT_TRANSLATE_NOOP,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.theme import heading_font
from cardentry.ui.common.widgets import combo_box, label, local_time
from cardentry.ui.secretariat.common import fill_combo, item, page_layout, row, state_icon, table
from cardentry.ui.secretariat.desk import Desk
from cardentry.ui.secretariat.texts import SEALED_MARK, STATE_HELP, TranslatedTexts, subject_title

if (
    TYPE_CHECKING
):  # the core's reads load on the worker, with the first read, after the window shows (issue 18)
    from cardentry.secretariat.dashboard import CountryState

COLUMNS = [
    QT_TRANSLATE_NOOP("SecretariatDashboard", "Country"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "State"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "Partners"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "To settle"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "Revisions"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "Waiting"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "Last import"),
    QT_TRANSLATE_NOOP("SecretariatDashboard", "Last feedback"),
]

# The core's STATE_LABELS (cardentry.secretariat.dashboard never imports Qt), marked here for lupdate.
STATE_TEXT = TranslatedTexts(
    {
        "no_card": QT_TRANSLATE_NOOP("SecretariatDashboard", "No card yet"),
        "pending_trust": QT_TRANSLATE_NOOP("SecretariatDashboard", "Waiting for a key to be trusted"),
        "conflicts": QT_TRANSLATE_NOOP("SecretariatDashboard", "Conflicts to settle"),
        "resolved": QT_TRANSLATE_NOOP("SecretariatDashboard", "Resolved"),
    },
    "SecretariatDashboard",
)


class StateCount(QFrame):
    """One count: a big number and what it counts; clicking filters the table."""

    clicked = Signal(str)

    def __init__(self, state: str):
        super().__init__()
        self.state = state
        self.setProperty("role", "box")
        self.setToolTip(STATE_HELP[state])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.number = label("\N{EN DASH}", wrap=False)  # until the first count is read (not a false 0)
        self.number.setFont(heading_font(self.number.font(), 1.8))
        self.caption = label(STATE_TEXT[state], wrap=False)
        top = QHBoxLayout()
        icon = label(wrap=False)
        icon.setPixmap(state_icon(state).pixmap(18, 18))
        top.addWidget(icon)
        top.addWidget(self.number)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.caption)

    def set_count(self, count: int) -> None:
        self.number.setText(str(count))
        self.setAccessibleName(
            translate("SecretariatDashboard", "{count} {state}").format(
                count=count, state=STATE_TEXT[self.state]
            )
        )

    def mouseReleaseEvent(self, event: Any) -> None:
        self.clicked.emit(self.state)
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    open_country = Signal(str, str)  # country, cycle
    open_trust = Signal(str)  # the country whose bundles wait for a key
    import_requested = Signal()
    add_key_requested = Signal()

    def __init__(self, desk: Desk):
        super().__init__()
        self.desk = desk
        self.rows: list[CountryState] = []
        self.cycles: list[str] = []
        self.state_filter: str | None = None
        layout = page_layout(self, translate("SecretariatDashboard", "Dashboard"))
        self.cycle = combo_box()
        self.cycle.setAccessibleName(translate("SecretariatDashboard", "Cycle"))
        self.cycle.currentIndexChanged.connect(lambda _i: self.refresh())
        self.last_import = label(role="muted", wrap=False)
        layout.addLayout(row(translate("SecretariatDashboard", "Cycle:"), self.cycle, None, self.last_import))

        self.notice = label(role="ok")
        self.notice.setAccessibleName(translate("SecretariatDashboard", "Done"))
        self.notice.hide()
        desk.notice.connect(self.show_notice)
        layout.addWidget(self.notice)

        counts = QHBoxLayout()
        self.counts: dict[str, StateCount] = {}
        for state in ("resolved", "conflicts", "pending_trust", "no_card"):
            widget = StateCount(state)
            widget.clicked.connect(self.filter_state)
            self.counts[state] = widget
            counts.addWidget(widget, 1)
        layout.addLayout(counts)

        self.empty = QFrame()
        self.empty.setProperty("role", "box")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(
            label(
                translate(
                    "SecretariatDashboard",
                    "No cards yet. Drag the bundle files (*.cpc.json) partners e-mailed onto this window, or "
                    "import them; add each partner's key after comparing its fingerprint by phone.",
                )
            )
        )
        import_button = QPushButton(translate("SecretariatDashboard", "Import bundles…"))
        import_button.clicked.connect(self.import_requested)
        key_button = QPushButton(translate("SecretariatDashboard", "Add a partner's key…"))
        key_button.clicked.connect(self.add_key_requested)
        empty_layout.addLayout(row(import_button, key_button, None))
        self.empty.hide()  # until the first read says there is nothing: never "No cards yet" while loading
        layout.addWidget(self.empty)

        self.filter_label = label(role="muted", wrap=False)
        self.show_all = QPushButton(translate("SecretariatDashboard", "Show all countries"))
        self.show_all.clicked.connect(lambda: self.filter_state(None))
        self.open_button = QPushButton(translate("SecretariatDashboard", "&Open the country card"))
        self.open_button.clicked.connect(self.open_selected)
        layout.addLayout(row(self.filter_label, self.show_all, None, self.open_button))
        self.table = table(
            [translate("SecretariatDashboard", column) for column in COLUMNS],
            translate("SecretariatDashboard", "Countries in this cycle"),
        )
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def show_notice(self, text: str) -> None:
        """A confirmation of what was just done elsewhere (a key trusted), kept until the next."""
        self.notice.setText(f"✓ {text}")
        self.notice.show()

    def current_cycle(self) -> str | None:
        return self.cycle.currentData()

    def refresh(self) -> None:
        store = self.desk.store
        wanted = self.current_cycle()

        def read() -> tuple[list[str], str | None, list[CountryState], str | None]:
            from cardentry.secretariat.dashboard import country_states, known_cycles, last_import

            cycles = known_cycles(store)
            cycle = wanted if wanted in cycles else (cycles[0] if cycles else None)
            rows = country_states(store, cycle) if cycle else []
            return cycles, cycle, rows, last_import(store)

        self.desk.run(read, self._show)

    def _show(self, data: tuple[list[str], str | None, list[CountryState], str | None]) -> None:
        cycles, cycle, rows, last = data
        # in the order of the names shown, which depend on the interface language
        self.cycles, self.rows = cycles, sorted(rows, key=lambda row: sort_key(country_name(row.country)))
        fill_combo(self.cycle, [(each, each) for each in cycles], keep=cycle)
        if last:
            self.last_import.setText(
                translate("SecretariatDashboard", "Last import: {time}").format(time=local_time(last))
            )
        else:
            self.last_import.setText(translate("SecretariatDashboard", "Nothing imported yet"))
        from cardentry.secretariat.dashboard import state_counts  # loaded by the read

        counts = state_counts(rows)
        for state, widget in self.counts.items():
            widget.set_count(counts[state])
        self.empty.setVisible(not cycles)
        self._fill()

    def filter_state(self, state: str | None) -> None:
        self.state_filter = state
        self._fill()

    def visible_rows(self) -> list[CountryState]:
        return [r for r in self.rows if self.state_filter is None or r.state == self.state_filter]

    def _fill(self) -> None:
        from cardentry.secretariat.dashboard import STATES  # loaded by the read

        rows = self.visible_rows()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for index, entry in enumerate(rows):
            self.table.setItem(
                index, 0, item(country_name(entry.country), data=entry.country, tip=entry.country)
            )
            state_text = STATE_TEXT[entry.state]
            self.table.setItem(
                index, 1, item(state_text, data=STATES.index(entry.state), icon=state_icon(entry.state),
                               tip=STATE_HELP[entry.state])
            )  # fmt: skip
            partners = ", ".join(entry.partners)
            if entry.pending_organisations:
                waiting = ", ".join(entry.pending_organisations)
                if partners:
                    partners = translate("SecretariatDashboard", "{partners}; waiting: {waiting}").format(
                        partners=partners, waiting=waiting
                    )
                else:
                    partners = translate("SecretariatDashboard", "waiting: {waiting}").format(waiting=waiting)
            self.table.setItem(index, 2, item(partners))
            settle = ", ".join(subject_title(s) for s in entry.open_conflicts)
            self.table.setItem(index, 3, item(settle))
            self.table.setItem(index, 4, item(entry.revisions or ""))
            self.table.setItem(index, 5, item(entry.pending or ""))
            last = local_time(entry.last_import)
            self.table.setItem(index, 6, item(f"{last} {SEALED_MARK}" if entry.last_import_sealed else last))
            sent = "; ".join(sent_line(*fields[:3]) for fields in entry.last_feedback)
            self.table.setItem(index, 7, item(sent))
        self.table.resizeColumnsToContents()
        if self.state_filter:
            self.filter_label.setText(
                translate("SecretariatDashboard", "Showing: {state} ({count})").format(
                    state=STATE_TEXT[self.state_filter], count=len(rows)
                )
            )
        else:
            self.filter_label.setText(translate("SecretariatDashboard", "%n countries", "", len(rows)))
        self.show_all.setVisible(self.state_filter is not None)
        self._update_buttons()

    def selected(self) -> CountryState | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = self.table.item(rows[0].row(), 0).data(0x0100)
        return next((r for r in self.rows if r.country == code), None)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None and entry.state != "no_card")
        if entry is not None and entry.state == "pending_trust":
            self.open_button.setText(translate("SecretariatDashboard", "&Open the waiting bundles"))
        else:
            self.open_button.setText(translate("SecretariatDashboard", "&Open the country card"))

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.state == "no_card":
            return
        if entry.state == "pending_trust":
            self.open_trust.emit(entry.country)
        else:
            self.open_country.emit(entry.country, entry.cycle)
