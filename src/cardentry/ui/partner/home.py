"""Home: the partner's cards by cycle with their state; open, new card, start from a previous cycle."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from cardentry.base.countries import matches, sort_key
from cardentry.partner.review import cycle_start
from cardentry.storage.store import AssessmentSummary
from cardentry.ui.common import theme
from cardentry.ui.common.feedback import feedback_line
from cardentry.ui.common.i18n import all_countries, country_name, format_number
from cardentry.ui.common.messages import problem_text
from cardentry.ui.common.qt import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QModelIndex,
    QObject,
    QPushButton,
    QSortFilterProxyModel,
    QStyle,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.widgets import FieldMessage, box, combo_box, heading, label, local_time

PUBLISHED_PREFIX = "published:"


def _cycle_problem(cycle: str) -> str:
    """What is wrong with a cycle as typed ('' if nothing), by the bundle schema's rule."""
    # the pydantic models load when the dialog checks a cycle, not at start-up (issue 18)
    from cardentry.bundleformat.models import Cycle, field_problem_of_type

    return field_problem_of_type(Cycle, cycle) or ""


def card_state(summary: AssessmentSummary) -> str:
    """'Draft, never exported' / 'Exported as r2' / 'Changed since r2 was exported'."""
    revision = summary.last_exported_revision
    if revision is None:
        return translate("Home", "Draft, never exported")
    if summary.changed_since_export:
        return translate("Home", "Changed since r{revision} was exported").format(revision=revision)
    return translate("Home", "Exported as r{revision}").format(revision=revision)


class HomePage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(object)  # based_on id or None
    public_key_requested = Signal()
    backup_requested = Signal()

    def __init__(self, organisation: str, fingerprint: str | None, demo: bool = False):
        super().__init__()
        layout = QVBoxLayout(self)
        m = self.fontMetrics().averageCharWidth() * 4
        layout.setContentsMargins(m, m // 2, m, m // 2)
        layout.setSpacing(self.fontMetrics().lineSpacing() // 2)
        title = heading(translate("Home", "Your country progress cards"), 1.6)
        layout.addWidget(title)
        who = label(
            translate(
                "Home", "{organisation}   (demo profile: try anything, it is not your real work)"
            ).format(organisation=organisation)
            if demo
            else organisation,
            role="muted",
        )
        layout.addWidget(who)

        body = QHBoxLayout()
        body.setSpacing(m)
        left = QVBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("Home", "Your cards"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                translate("Home", "Card"),
                translate("Home", "Progress"),
                translate("Home", "State"),
                translate("Home", "Last saved"),
                translate("Home", "Feedback"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        left.addWidget(self.tree, 1)
        self.empty = label(
            translate(
                "Home",
                "No cards yet. Press “New card” to start your first one: choose the country and the cycle, "
                "then the editor guides you through the twelve indicators.",
            ),
            role="muted",
        )
        left.addWidget(self.empty)
        row = QHBoxLayout()
        style = self.style()
        self.open_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), translate("Home", "&Open")
        )
        self.open_button.setToolTip(translate("Home", "Open the selected card (Enter)"))
        self.open_button.clicked.connect(self._open_selected)
        self.new_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), translate("Home", "&New card…")
        )
        self.new_button.setToolTip(translate("Home", "Start a card for a country and cycle (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_requested.emit(None))
        self.from_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            translate("Home", "Start from this card for a new &cycle…"),
        )
        self.from_button.setToolTip(
            translate(
                "Home",
                "A new card for the next cycle with this card's ratings and evidence "
                "copied in as a starting point; "
                "each indicator stays marked “to review” until you change it.",
            )
        )
        self.from_button.clicked.connect(self._from_selected)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        row.addWidget(self.from_button)
        row.addStretch(1)
        left.addLayout(row)
        body.addLayout(left, 3)

        side = QVBoxLayout()
        key_title = heading(translate("Home", "Your signing key"), 1.05)
        self.fingerprint = label(
            fingerprint or translate("Home", "No signing key in this profile."), selectable=True
        )
        self.fingerprint.setAccessibleName(translate("Home", "Fingerprint of your signing key"))
        font = theme.heading_font(self.fingerprint.font(), 1.2, bold=False)  # relative: follows the system
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.fingerprint.setFont(font)
        key_help = label(
            translate(
                "Home",
                "Every card you export is signed with this key, so the secretariat knows it comes from you. "
                "They compare this fingerprint with you by phone once.",
            ),
            role="muted",
        )
        self.public_key_button = QPushButton(translate("Home", "Send the public key…"))
        self.public_key_button.clicked.connect(self.public_key_requested)
        self.backup_button = QPushButton(translate("Home", "Back up the key…"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.backup_reminder = label(
            translate(
                "Home",
                "⚠ Not backed up yet: if this laptop is lost, so is your key. Save a copy on a USB stick.",
            ),
            role="error",
        )
        self.backup_reminder.hide()
        key_box = box(
            key_title,
            self.fingerprint,
            key_help,
            self.backup_reminder,
            self.public_key_button,
            self.backup_button,
        )
        key_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44)
        side.addWidget(key_box)
        help_box = box(
            heading(translate("Home", "How it works"), 1.05),
            label(
                translate(
                    "Home",
                    "1. Make a card for your country and this cycle.\n"
                    "2. Rate the twelve indicators, with your assessment and evidence.\n"
                    "3. Write the summary, ranking and calls to action.\n"
                    "4. Export it and e-mail the file to the secretariat.\n\n"
                    "Everything is saved as you type, on this computer only.",
                ),
            ),
        )
        help_box.setMaximumWidth(key_box.maximumWidth())
        side.addWidget(help_box)
        side.addStretch(1)
        body.addLayout(side, 1)
        layout.addLayout(body, 1)
        self.summaries: list[AssessmentSummary] = []
        self._update_buttons()

    def set_backed_up(self, backed_up: bool) -> None:
        self.backup_reminder.setVisible(not backed_up)

    def show_cards(
        self,
        summaries: list[AssessmentSummary],
        select: str | None = None,
        feedback: dict[str, tuple[str, int]] | None = None,
        secretariat: str = "",
    ) -> None:
        """The cards by cycle; ``feedback``: per card, its current feedback's (status, comments)."""
        feedback = feedback or {}
        self.summaries = summaries
        select = select or self.selected_id()
        self.tree.clear()
        by_cycle: dict[str, list[AssessmentSummary]] = {}
        for summary in summaries:
            by_cycle.setdefault(summary.cycle, []).append(summary)
        bold = theme.heading_font(self.tree.font(), 1.0)
        chosen = None
        for cycle in sorted(by_cycle, key=lambda c: (cycle_start(c), c), reverse=True):
            head = QTreeWidgetItem([translate("Home", "Cycle {cycle}").format(cycle=cycle), "", "", "", ""])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for summary in sorted(by_cycle[cycle], key=lambda s: sort_key(country_name(s.country))):
                item = QTreeWidgetItem(
                    [
                        f"{country_name(summary.country)} {summary.cycle}",
                        translate("Home", "{rated} of {total} rated").format(
                            rated=format_number(summary.rated), total=format_number(summary.total)
                        ),
                        card_state(summary),
                        local_time(summary.updated_at),
                        feedback_line(*feedback[summary.id][:1], secretariat, feedback[summary.id][1])
                        if summary.id in feedback
                        else "",
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, summary.id)
                item.setIcon(
                    0,
                    theme.status_icon(
                        "complete"
                        if summary.rated == summary.total
                        else "started"
                        if summary.rated
                        else "empty"
                    ),
                )
                head.addChild(item)
                if summary.id == select or chosen is None:
                    chosen = item
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.empty.setVisible(not summaries)
        self.tree.setVisible(bool(summaries))
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.from_button.setEnabled(has)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        assessment_id = item.data(0, Qt.ItemDataRole.UserRole)
        if assessment_id:
            self.open_requested.emit(assessment_id)

    def _open_selected(self) -> None:
        if self.selected_id():
            self.open_requested.emit(self.selected_id())

    def _from_selected(self) -> None:
        if self.selected_id():
            self.new_requested.emit(self.selected_id())

    def focus_list(self) -> None:
        (self.tree if self.summaries else self.new_button).setFocus(Qt.FocusReason.OtherFocusReason)


class _FoldedMatches(QSortFilterProxyModel):
    """The countries whose name contains the typed text, accents and case aside."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.needle = text.strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.needle = text.strip()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        code = index.data(Qt.ItemDataRole.UserRole)
        if not code:
            return False  # the separator
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return not self.needle or matches(name, self.needle) or self.needle.upper() == code


class NewCardDialog(QDialog):
    """Country, cycle and what to start from."""

    def __init__(
        self,
        summaries: list[AssessmentSummary],
        my_countries: tuple[str, ...],
        based_on: str | None = None,
        parent: QWidget | None = None,
        published: set[str] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("NewCard", "New card"))
        self.summaries = summaries
        self.published = published or set()  # cards with a 'published' feedback
        base = next((s for s in summaries if s.id == based_on), None)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("NewCard", "Start a new card"), 1.3))
        layout.addWidget(
            label(
                translate(
                    "NewCard",
                    "A card covers one country for one assessment cycle. You can change "
                    "everything later except these two.",
                )
            )
        )
        form = QFormLayout()
        self.country = combo_box()
        self.country.setAccessibleName(translate("NewCard", "Country"))
        mine = [code for code in my_countries]
        for code in mine:
            self.country.addItem(country_name(code), code)
        if mine:
            self.country.insertSeparator(self.country.count())
        for code, name in all_countries():
            if code not in mine:
                self.country.addItem(name, code)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.lineEdit().setAccessibleName(self.country.accessibleName())
        self.country.lineEdit().setAccessibleDescription(
            translate("NewCard", "Type part of a country's name, then choose it from the list")
        )
        # the list while typing: accents and case aside ("thai" finds "Thaïlande")
        self.country_matches = _FoldedMatches(self)
        self.country_matches.setSourceModel(self.country.model())
        completer = QCompleter(self.country_matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.country.setCompleter(completer)
        self.country.lineEdit().textEdited.connect(self._typed_country)
        self.country.lineEdit().installEventFilter(self)
        self.country_message = label(role="muted")
        self.country_message.hide()
        self.cycle = QLineEdit()
        self.cycle.setPlaceholderText(translate("NewCard", "a year (2012) or a range (2010-2011)"))
        self.cycle.setAccessibleName(translate("NewCard", "Cycle"))
        self.cycle.setAccessibleDescription(self.cycle.placeholderText())
        self.cycle_message = FieldMessage()
        self.start_from = combo_box()
        self.start_from.setAccessibleName(translate("NewCard", "Start from"))
        self.start_hint = label(role="muted")
        cycle_cell = QVBoxLayout()
        cycle_cell.addWidget(self.cycle)
        cycle_cell.addWidget(self.cycle_message)
        start_cell = QVBoxLayout()
        start_cell.addWidget(self.start_from)
        start_cell.addWidget(self.start_hint)
        country_cell = QVBoxLayout()
        country_cell.addWidget(self.country)
        country_cell.addWidget(self.country_message)
        form.addRow(translate("NewCard", "&Country"), country_cell)
        form.addRow(translate("NewCard", "C&ycle"), cycle_cell)
        form.addRow(translate("NewCard", "&Start from"), start_cell)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item and item.widget():
                item.widget().setBuddy(
                    self.country if row == 0 else self.cycle if row == 1 else self.start_from
                )
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewCard", "Create the card")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.country.currentIndexChanged.connect(self._country_changed)
        self.cycle.textChanged.connect(self._check)
        self.start_from.currentIndexChanged.connect(self._check)
        if base is not None:
            self.country.setCurrentIndex(self.country.findData(base.country))
            self.cycle.setText(str(max(cycle_start(base.cycle) + 1, _dt.date.today().year)))
        else:
            self.cycle.setText(str(_dt.date.today().year))
        self._country_changed()
        if base is not None:
            wanted = PUBLISHED_PREFIX + base.id if base.id in self.published else base.id
            self.start_from.setCurrentIndex(max(0, self.start_from.findData(wanted)))
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())
        self._check()

    def country_code(self) -> str | None:
        index = self.country.findText(self.country.currentText())
        return self.country.itemData(index) if index >= 0 else None

    def _typed_country(self, text: str) -> None:
        self.country_matches.set_needle(text)
        found = self.country_matches.rowCount() > 0
        self.country_message.setText(
            ""
            if found or not text.strip()
            else translate("Countries", "No country matches “{text}”.").format(text=text.strip())
        )
        self.country_message.setVisible(not found and bool(text.strip()))
        if found and text.strip():
            self.country.completer().complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the country box picks the first country that matches what is typed (it
        creates the card only once the box names a country)."""
        if (
            watched is self.country.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.country_code() is None
        ):
            if self.country_matches.rowCount():
                source = self.country_matches.mapToSource(self.country_matches.index(0, 0))
                self.country.setCurrentIndex(source.row())
                self.country.completer().popup().hide()
                self.country_message.hide()
            return True
        return super().eventFilter(watched, event)

    def _country_changed(self, *_: Any) -> None:
        code = self.country_code()
        self.start_from.blockSignals(True)
        self.start_from.clear()
        self.start_from.addItem(translate("NewCard", "An empty card"), None)
        earlier = sorted(
            (s for s in self.summaries if s.country == code),
            key=lambda s: (cycle_start(s.cycle), s.cycle),
            reverse=True,
        )
        for summary in earlier:
            if summary.id in self.published:  # offered first: the network's card
                self.start_from.addItem(
                    translate("NewCard", "The {cycle} card as the secretariat published it").format(
                        cycle=summary.cycle
                    ),
                    PUBLISHED_PREFIX + summary.id,
                )
            self.start_from.addItem(
                translate("NewCard", "The {cycle} card ({rated} of {total} rated)").format(
                    cycle=summary.cycle,
                    rated=format_number(summary.rated),
                    total=format_number(summary.total),
                ),
                summary.id,
            )
        if earlier:
            self.start_from.setCurrentIndex(1)
        self.start_from.blockSignals(False)
        self._check()

    def _check(self, *_: Any) -> None:
        code = self.country_code()
        cycle = self.cycle.text().strip()
        problem = (
            problem_text(_cycle_problem(cycle)) or None if cycle else translate("NewCard", "type the cycle")
        )
        if problem is not None and cycle:
            problem = translate(
                "NewCard",
                "must be a year (2012) or a range of years (2010-2011), the second year after the first",
            )
        if problem is None and any(s.country == code and s.cycle == cycle for s in self.summaries):
            problem = translate(
                "NewCard", "you already have a card for {country} {cycle}: open it from the list"
            ).format(country=country_name(code or ""), cycle=cycle)
        self.cycle_message.show_problem(problem if cycle or self.cycle.isModified() else None)
        based = self.start_from.currentData()
        if based and based.startswith(PUBLISHED_PREFIX):
            self.start_hint.setText(
                translate(
                    "NewCard",
                    "The ratings and ranking the secretariat published are copied in, with your texts and "
                    "evidence. Each indicator stays marked “to review” until you change something in it.",
                )
            )
        elif based:
            self.start_hint.setText(
                translate(
                    "NewCard",
                    "Ratings, texts and evidence are copied in as a starting point. Each indicator stays "
                    "marked “to review” until you change something in it.",
                )
            )
        else:
            self.start_hint.setText(translate("NewCard", "All twelve indicators start unrated."))
        ok = problem is None and code is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str, str | None]:
        based = self.start_from.currentData()
        return (
            self.country_code() or "",
            self.cycle.text().strip(),
            based and based.removeprefix(PUBLISHED_PREFIX),
        )

    def from_published(self) -> bool:
        """Whether the card starts from the ratings the secretariat published."""
        return bool(
            self.start_from.currentData() and self.start_from.currentData().startswith(PUBLISHED_PREFIX)
        )
