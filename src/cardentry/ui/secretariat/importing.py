"""Import: drop files or folders (or choose them), a progress bar, the results table with filters."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.ui.common import theme
from cardentry.ui.common.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QDesktopServices,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLineEdit,
    QModelIndex,
    QProgressBar,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.widgets import ask_secret, box, label
from cardentry.ui.secretariat.common import page_layout, row
from cardentry.ui.secretariat.desk import Desk, ImportJob, ImportRow
from cardentry.ui.secretariat.texts import (
    OUTCOME_SHORT,
    OUTCOME_TEXT,
    REASON_TEXT,
    SEALED_MARK,
    country_title,
    reason_text,
)

if TYPE_CHECKING:  # the import's checks load with the first import, not before the first window (issue 18)
    from cardentry.secretariat.importer import ImportSummary

COLUMNS = [
    QT_TRANSLATE_NOOP("SecretariatImport", "File"),
    QT_TRANSLATE_NOOP("SecretariatImport", "Outcome"),
    QT_TRANSLATE_NOOP("SecretariatImport", "Reason"),
    QT_TRANSLATE_NOOP("SecretariatImport", "Organisation"),
    QT_TRANSLATE_NOOP("SecretariatImport", "Country"),
    QT_TRANSLATE_NOOP("SecretariatImport", "Cycle"),
    QT_TRANSLATE_NOOP("SecretariatImport", "Revision"),
]
OUTCOME_ICONS = {
    "imported": "complete",
    "duplicate": "complete",
    "superseded": "started",
    "pending_trust": "to_review",
    "rejected": "invalid",
    "skipped": "empty",
}

LOCK = SEALED_MARK


class ResultsModel(QAbstractTableModel):
    """The rows of every import run in this window, newest run last."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[ImportRow] = []
        self._icons: dict[str, Any] = {}

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("SecretariatImport", COLUMNS[section])
        return None

    def add(self, rows: list[ImportRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows.clear()
        self.endResetModel()

    def text(self, index_row: int, column: int) -> str:
        entry = self.rows[index_row]
        result = entry.result
        if column == 0:
            name = os.path.basename(result.file) or result.file
            return f"{LOCK} {name}" if result.sealed else name
        if column == 1:
            return OUTCOME_TEXT.get(result.status, result.status)
        if column == 2:
            return reason_text(result.reason)
        if column == 3:
            return entry.organisation
        if column == 4:
            return country_title(result.country)
        if column == 5:
            return result.cycle or ""
        if column == 6:
            return "" if result.revision is None else f"r{result.revision}"
        return ""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            result = entry.result
            outcome = OUTCOME_TEXT.get(result.status, result.status)
            lines = [
                result.file,
                translate("SecretariatImport", "{outcome}: {detail}").format(
                    outcome=outcome, detail=result.detail
                ),
            ]
            if result.reason:
                lines.append(REASON_TEXT.get(result.reason, result.reason))
            lines.append(
                translate("SecretariatImport", "Sealed: only this secretariat could read it on its way.")
                if result.sealed
                else translate("SecretariatImport", "Not sealed.")
            )
            if result.quarantined:
                lines.append(
                    translate("SecretariatImport", "Copied to the quarantine folder: {path}").format(
                        path=result.quarantined
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            status = entry.result.status
            if status not in self._icons:
                self._icons[status] = theme.status_icon(OUTCOME_ICONS.get(status, ""))
            return self._icons[status]
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None


SEVERITY = {"rejected": 0, "pending_trust": 1, "superseded": 2, "duplicate": 3, "imported": 4, "skipped": 5}


class ResultsFilter(QSortFilterProxyModel):
    """Rows of one outcome (or all), containing a text (file, organisation, country...);
    sorting by outcome puts what needs attention first (rejected, waiting for a key)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.outcome: str | None = None
        self.needle = ""

    def set_outcome(self, outcome: str | None) -> None:
        self._change(lambda: setattr(self, "outcome", outcome))

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "needle", text.strip().casefold()))

    def _change(self, apply: Any) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateFilter()

    def lessThan(self, left: Any, right: Any) -> bool:
        model = self.sourceModel()
        if left.column() == 1:
            a, b = model.rows[left.row()].result, model.rows[right.row()].result
            return (SEVERITY.get(a.status, 9), a.file) < (SEVERITY.get(b.status, 9), b.file)
        if left.column() == 6:
            a_rev, b_rev = model.rows[left.row()].result.revision, model.rows[right.row()].result.revision
            return (a_rev or 0) < (b_rev or 0)
        return (
            model.text(left.row(), left.column()).casefold()
            < model.text(right.row(), right.column()).casefold()
        )

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        entry = model.rows[source_row]
        if self.outcome is not None and entry.result.status != self.outcome:
            return False
        if self.needle:
            haystack = " ".join(model.text(source_row, column) for column in range(len(COLUMNS)))
            return self.needle in (haystack + " " + entry.result.file).casefold()
        return True


class DropZone(QFrame):
    """The big target: drop files or folders here (the whole window accepts them too)."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "box")
        self.setAccessibleName(translate("SecretariatImport", "Drop bundle files or folders here"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.text = label(
            translate(
                "SecretariatImport",
                "Drop the bundle files (*.cpc.json) or whole folders of e-mail attachments here, "
                "or choose them:",
            ),
        )
        layout.addWidget(self.text)
        self.files_button = QPushButton(translate("SecretariatImport", "Choose &files…"))
        self.folder_button = QPushButton(translate("SecretariatImport", "Choose a f&older…"))
        layout.addLayout(row(self.files_button, self.folder_button, None))


class ImportPage(QWidget):
    """Import files and folders; every file's outcome with the reason in plain words."""

    import_finished = Signal(object)  # ImportSummary
    add_keys_requested = Signal(list)  # key files found beside the bundles

    def __init__(self, desk: Desk):
        super().__init__()
        self.desk = desk
        self.job: ImportJob | None = None
        layout = page_layout(
            self,
            translate("SecretariatImport", "Import bundles"),
            translate(
                "SecretariatImport",
                "Each file is checked: who signed it, that nobody changed it, and that it is new. A file "
                "that fails changes nothing; a copy goes to the quarantine folder with the reason.",
            ),
        )
        self.drop_zone = DropZone()
        self.drop_zone.files_button.clicked.connect(self.choose_files)
        self.drop_zone.folder_button.clicked.connect(self.choose_folder)
        layout.addWidget(self.drop_zone)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("SecretariatImport", "Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(translate("SecretariatImport", "%v of %m files"))
        self.progress_text = label(role="muted", wrap=False)
        self.cancel_button = QPushButton(translate("SecretariatImport", "Stop"))
        self.cancel_button.setToolTip(
            translate("SecretariatImport", "Stop after the file being imported; imported files stay imported")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        layout.addLayout(row(self.progress, self.cancel_button, stretch_at=0))
        layout.addWidget(self.progress_text)
        self.keys_text = label(role="guidance")
        self.keys_button = QPushButton(translate("SecretariatImport", "Add these &keys…"))
        self.keys_button.setToolTip(
            translate(
                "SecretariatImport", "One phone check per key, then the bundles waiting for it are imported"
            )
        )
        self.keys_button.clicked.connect(lambda: self.add_keys_requested.emit(list(self.key_files)))
        self.keys_box = box(self.keys_text)
        self.keys_box.layout().addLayout(row(self.keys_button, None))
        self.keys_box.hide()
        self.key_files: list[Path] = []
        layout.addWidget(self.keys_box)

        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName(translate("SecretariatImport", "Show outcome"))
        self.outcome_filter.addItem(translate("SecretariatImport", "All outcomes"), None)
        for outcome in OUTCOME_TEXT:  # the importer's (*OUTCOMES, SKIPPED) in order (a test holds them equal)
            self.outcome_filter.addItem(OUTCOME_TEXT[outcome], outcome)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(
            translate("SecretariatImport", "Filter: file, organisation, country, reason…")
        )
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(translate("SecretariatImport", "Filter the results"))
        self.quarantine_button = QPushButton(translate("SecretariatImport", "Open the &quarantine folder"))
        self.quarantine_button.setToolTip(
            translate(
                "SecretariatImport", "Where rejected files are copied, each with a .reason.json beside it"
            )
        )
        self.quarantine_button.clicked.connect(self.open_quarantine)
        self.clear_button = QPushButton(translate("SecretariatImport", "Clear the list"))
        self.clear_button.clicked.connect(self.clear)
        layout.addLayout(
            row(translate("SecretariatImport", "Show:"), self.outcome_filter, self.text_filter,
                self.clear_button, self.quarantine_button, stretch_at=2)
        )  # fmt: skip

        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setAccessibleName(translate("SecretariatImport", "Import results"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        widths = (24, 32, 60, 18, 12, 8, 8)
        for column, chars in enumerate(widths):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        layout.addWidget(self.view, 1)
        self.detail = label(role="muted", selectable=True)
        self.detail.setText(
            translate(
                "SecretariatImport", "Point at a row to see the whole message; the file's outcome is logged."
            )
        )
        layout.addWidget(self.detail)

        self.outcome_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_outcome(self.outcome_filter.currentData())
        )
        self.text_filter.textChanged.connect(self.proxy.set_text)

    # --- choosing ------------------------------------------------------------------

    @classmethod
    def ask_passphrase(cls, parent: QWidget) -> str | None:
        """The network keys' passphrase (``None``: cancelled); tests replace this."""
        text = ask_secret(
            parent,
            translate("SecretariatImport", "Open sealed files"),
            translate(
                "SecretariatImport",
                "Passphrase of the network keys (asked once for this import, to open sealed files):",
            ),
        )
        return text or None

    @classmethod
    def ask_files(cls, parent: QWidget) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("SecretariatImport", "Import bundle files"),
            str(Path.home()),
            translate("SecretariatImport", "Card bundles (*.cpc.json);;All files (*)"),
        )
        return files

    @classmethod
    def ask_folder(cls, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(
            parent, translate("SecretariatImport", "Import every bundle in a folder"), str(Path.home())
        )

    @classmethod
    def open_folder(cls, folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose_files(self) -> None:
        files = self.ask_files(self)
        if files:
            self.start(files)

    def choose_folder(self) -> None:
        folder = self.ask_folder(self)
        if folder:
            self.start([folder])

    def open_quarantine(self) -> None:
        self.open_folder(self.desk.quarantine)

    # --- running -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def start(self, paths: list[str]) -> bool:
        """Import ``paths`` (files and folders) in the background; ``False`` if one runs already."""
        if self.busy:
            self.progress_text.setText(
                translate(
                    "SecretariatImport", "An import is running; drop the files again when it has finished."
                )
            )
            return False
        from cardentry.storage import network_keys  # the crypto library, loaded with the first import

        passphrase = None
        if network_keys.has_network_keys(self.desk.data_dir):  # asked once per import, for sealed files
            passphrase = self.ask_passphrase(self)
            if passphrase is None:
                self.progress_text.setText(translate("SecretariatImport", "Nothing was imported."))
                return False
        job = ImportJob(self.desk, paths, self, passphrase=passphrase)
        job.counted.connect(self._counted)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        job.keys_found.connect(self._keys_found)
        self.keys_box.hide()
        self.job = job
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.progress_text.setText(translate("SecretariatImport", "Looking for bundle files…"))
        self.cancel_button.setEnabled(True)
        job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_text.setText(translate("SecretariatImport", "Stopping after the current file…"))

    def clear(self) -> None:
        if not self.busy:
            self.model.clear()
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress_text.clear()

    def _counted(self, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        if total == 0:
            self.progress_text.setText(translate("SecretariatImport", "No bundle files (*.cpc.json) there."))
        else:
            self.progress_text.setText(translate("SecretariatImport", "Importing %n file(s)…", "", total))

    def _progressed(self, rows: list[ImportRow]) -> None:
        job = self.job
        assert job is not None
        self.model.add(rows)
        if job.total > self.progress.maximum():
            self.progress.setMaximum(job.total)
        self.progress.setValue(job.done)
        self.progress_text.setText(
            translate("SecretariatImport", "{done} of {total}: {summary}").format(
                done=job.done, total=job.total, summary=summary_text(job.summary)
            )
        )

    def _finished(self, summary: ImportSummary) -> None:
        job = self.job
        self.cancel_button.setEnabled(False)
        if job is not None and job.total:
            self.progress.setRange(0, max(job.total, 1))
            self.progress.setValue(job.done)
        elif job is not None:
            self.progress.setRange(0, 1)
        stopped = job is not None and job.cancelled and job.done < job.total
        if summary.total:
            if stopped:
                text = translate("SecretariatImport", "Stopped. %n file(s): {summary}", "", summary.total)
            else:
                text = translate("SecretariatImport", "Done. %n file(s): {summary}", "", summary.total)
            self.progress_text.setText(text.format(summary=summary_text(summary)))
        self.import_finished.emit(summary)

    def _keys_found(self, files: list[Path]) -> None:
        self.key_files = files
        names = ", ".join(path.name for path in files[:3]) + (" …" if len(files) > 3 else "")
        self.keys_text.setText(
            translate(
                "SecretariatImport",
                "Among these files are %n partner key file(s) that are not trusted yet ({names}). "
                "Add each after comparing its fingerprint with the partner by phone; the cards waiting "
                "for it are then imported.",
                "",
                len(files),
            ).format(names=names)
        )
        self.keys_box.show()

    def _show_detail(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            return
        entry = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        if entry is None:
            return
        result = entry.result
        text = translate("SecretariatImport", "{file}: {outcome}").format(
            file=os.path.basename(result.file), outcome=OUTCOME_TEXT.get(result.status, result.status)
        )
        if result.reason:
            text += f". {REASON_TEXT.get(result.reason, result.reason)}"
        if result.detail:
            text += f" ({result.detail})"
        if result.quarantined:
            text += "\n" + translate(
                "SecretariatImport", "Copy kept in the quarantine folder: {path}"
            ).format(path=result.quarantined)
        self.detail.setText(text)

    def results(self) -> list[ImportRow]:
        return list(self.model.rows)


def summary_text(summary: ImportSummary) -> str:
    from cardentry.secretariat.importer import OUTCOMES, SKIPPED  # loaded already: a summary is of an import

    parts = [f"{summary.outcomes[o]} {OUTCOME_SHORT[o]}" for o in (*OUTCOMES, SKIPPED) if summary.outcomes[o]]
    return ", ".join(parts) if parts else translate("SecretariatImport", "nothing yet")
