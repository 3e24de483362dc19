"""The partner's main window: the home page of cards and, when a card is open, its editor.

``MainWindow`` holds the home page and, when a card is open, its editor; it owns the
store, the worker thread and the window's remembered geometry (``ui.ini`` in the profile
folder, so each profile and each test has its own).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry import __version__
from cardentry.base.catalogue import default_catalogue
from cardentry.partner import feedback as partner_feedback
from cardentry.partner.review import previous_assessment_id
from cardentry.storage.profile import read_info
from cardentry.storage.store import Store, StoreError, utc_now
from cardentry.ui.common import i18n, theme
from cardentry.ui.common.appwindow import AppWindow
from cardentry.ui.common.feedback import feedback_outcome
from cardentry.ui.common.i18n import country_name
from cardentry.ui.common.qt import (
    QAbstractItemView,
    QApplication,
    QByteArray,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import HistoryDialog, ask_secret, heading, label, size_on_screen
from cardentry.ui.common.worker import CardSession, StoreWorker
from cardentry.ui.partner.home import HomePage, NewCardDialog, card_state

if TYPE_CHECKING:
    from cardentry.storage import keys
    from cardentry.ui.partner.editor import CardEditor
    from cardentry.ui.partner.export import ExportDialog

LANGUAGES = i18n.LANGUAGES


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) for Help > Keyboard shortcuts; key names as Qt writes them."""
    return [
        (
            "1, 2, 3, 0",
            translate(
                "Shortcuts", "Rate the indicator green, yellow, red, or not assessed (not inside a text box)"
            ),
        ),
        ("Ctrl+1, 2, 3, 0", translate("Shortcuts", "The same, anywhere on an indicator page")),
        ("Ctrl+Page Down / Page Up", translate("Shortcuts", "Next / previous page")),
        ("F6", translate("Shortcuts", "Move between the list of pages and the page")),
        ("Tab / Shift+Tab", translate("Shortcuts", "Next / previous field on the page")),
        ("Ctrl+E", translate("Shortcuts", "Add evidence")),
        ("Alt+Up / Alt+Down", translate("Shortcuts", "Move the selected evidence up / down")),
        ("Ctrl+Z / Ctrl+Shift+Z", translate("Shortcuts", "Undo / redo (saved edits of the card)")),
        ("Ctrl+H", translate("Shortcuts", "History of the field you are in")),
        ("Ctrl+R", translate("Shortcuts", "Review and export")),
        ("Ctrl+Shift+E", translate("Shortcuts", "Export the card")),
        ("Ctrl+W", translate("Shortcuts", "Back to all cards")),
        ("Ctrl+N", translate("Shortcuts", "New card")),
    ]


class MainWindow(AppWindow):
    """The partner's window: home, or one card's editor."""

    GEOMETRY_KEY = "window/geometry"

    def __init__(self, store: Store, data_dir: Path, *, demo: bool = False):
        super().__init__(store, data_dir)
        self.demo = demo
        self.setAcceptDrops(True)  # a feedback file dropped on the window is imported
        self.worker = self.take_worker(StoreWorker(self))
        self.worker.changed.connect(self._data_changed)
        self.catalogue = default_catalogue()
        # the guidance follows the app's language unless the partner chose another (View menu)
        self.language = store.get_setting("language") or i18n.current_language()
        self.info = read_info(store)
        self.session: CardSession | None = None
        self.editor: CardEditor | None = None
        self.export_dialog: ExportDialog | None = None
        self.key_file: keys.KeyFile | None = None
        self.setWindowTitle(self._title(self.info.organisation))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomePage(self.info.organisation, "…", demo)
        self.home.open_requested.connect(self.open_card)
        self.home.new_requested.connect(self.new_card)
        self.home.public_key_requested.connect(self.show_public_key)
        self.home.backup_requested.connect(self.backup_key)
        self.stack.addWidget(self.home)
        self.saved_label = label(role="muted", wrap=False)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._make_actions()
        self.refresh_home()
        self.restore_geometry(size_on_screen(1280, 720))
        self._update_actions()
        QTimer.singleShot(50, self._load_key)  # the crypto library loads after the first paint

    def _load_key(self) -> None:
        from cardentry.storage import keys

        if self.closed:
            return
        try:
            self.key_file = keys.load_profile_key(self.data_dir)
        except keys.KeyFileError:
            self.key_file = None
        self.home.fingerprint.setText(
            self.key_file.fingerprint
            if self.key_file
            else translate("Home", "No signing key in this profile.")
        )
        backed_up = self.store.get_setting(keys.BACKED_UP_SETTING) is not None
        self.home.set_backed_up(self.key_file is None or backed_up)

    @staticmethod
    def _title(what: str) -> str:
        return translate("MainWindow", "cardentry: {what}").format(what=what)

    # --- actions and menus ---------------------------------------------------------

    def _make_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_action = self.add_action(
            file_menu, translate("MainWindow", "&New card…"), lambda: self.new_card(None), ["Ctrl+N"]
        )
        self.export_action = self.add_action(
            file_menu, translate("MainWindow", "&Export the card…"), self.export_current, ["Ctrl+Shift+E"]
        )
        self.back_action = self.add_action(
            file_menu, translate("MainWindow", "&Back to all cards"), self.show_home, ["Ctrl+W"]
        )
        file_menu.addSeparator()
        self.add_action(file_menu, translate("MainWindow", "Send the &public key…"), self.show_public_key)
        self.add_action(file_menu, translate("MainWindow", "Back up the &key…"), self.backup_key)
        self.add_action(file_menu, translate("MainWindow", "Net&work key…"), self.show_network_key)
        file_menu.addSeparator()
        self.add_action(file_menu, translate("MainWindow", "&Settings…"), self.show_settings, ["Ctrl+,"])
        file_menu.addSeparator()
        self.add_action(file_menu, translate("MainWindow", "&Quit"), self.close, ["Ctrl+Q"])
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self.add_action(edit_menu, translate("MainWindow", "&Undo"), self.undo, ["Ctrl+Z"])
        self.redo_action = self.add_action(
            edit_menu, translate("MainWindow", "&Redo"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"]
        )
        edit_menu.addSeparator()
        self.history_action = self.add_action(
            edit_menu, translate("MainWindow", "&History of this field…"), self.show_history, ["Ctrl+H"]
        )
        self.add_evidence_action = self.add_action(
            edit_menu, translate("MainWindow", "Add &evidence"), self._add_evidence, ["Ctrl+E"]
        )
        rate_menu = edit_menu.addMenu(translate("MainWindow", "&Rate this indicator"))
        self.rate_actions = [
            self.add_action(rate_menu, text, lambda _=False, r=rating: self._rate(r), [keys_])
            for text, rating, keys_ in (
                (translate("MainWindow", "&Green: significant action"), "green", "Ctrl+1"),
                (translate("MainWindow", "&Yellow: partial action"), "yellow", "Ctrl+2"),
                (translate("MainWindow", "&Red: inadequate action"), "red", "Ctrl+3"),
                (translate("MainWindow", "&Not assessed"), None, "Ctrl+0"),
            )
        ]
        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        self.next_action = self.add_action(
            go_menu, translate("MainWindow", "&Next page"), lambda: self._step(1), ["Ctrl+PgDown"]
        )
        self.prev_action = self.add_action(
            go_menu, translate("MainWindow", "&Previous page"), lambda: self._step(-1), ["Ctrl+PgUp"]
        )
        self.review_action = self.add_action(
            go_menu, translate("MainWindow", "&Review and export"), self._review, ["Ctrl+R"]
        )
        self.focus_action = self.add_action(
            go_menu, translate("MainWindow", "Pages list / page"), self._toggle_focus, ["F6"]
        )
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        language_menu = view_menu.addMenu(translate("MainWindow", "&Guidance language"))
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            if code not in self.catalogue.languages:
                continue
            action = self.add_action(language_menu, name, lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.language)
            self.language_actions[code] = action
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.add_action(
            help_menu, translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts, ["F1"]
        )
        self.add_action(help_menu, translate("MainWindow", "&About cardentry"), self.show_about)
        self.card_actions = [
            self.export_action,
            self.back_action,
            self.undo_action,
            self.redo_action,
            self.history_action,
            self.add_evidence_action,
            *self.rate_actions,
            self.next_action,
            self.prev_action,
            self.review_action,
            self.focus_action,
        ]

    def _update_actions(self) -> None:
        open_card = self.editor is not None
        for action in self.card_actions:
            action.setEnabled(open_card)
        on_indicator = open_card and self.editor.current_page in self.editor.codes
        for action in (*self.rate_actions, self.add_evidence_action):
            action.setEnabled(on_indicator)
        self.new_action.setEnabled(self.editor is None)

    def set_language(self, language: str) -> None:
        """Show the catalogue's questions and guidance in another language (kept in the profile)."""
        self.language = language
        self.store.set_setting("language", language)
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        if self.session is not None and self.editor is not None:
            assessment_id, page = self.session.assessment_id, self.editor.current_page
            self.open_card(assessment_id)
            if page and self.editor is not None:
                self.editor.show_page(page)

    # --- home ------------------------------------------------------------------------

    def refresh_home(self, select: str | None = None) -> None:
        feedback = partner_feedback.overview(self.store)
        self.home.show_cards(
            self.store.list_assessments(),
            select,
            feedback=feedback,
            # named only beside a feedback: reading the network key loads its parser (issue 18)
            secretariat=partner_feedback.secretariat_name(self.store) if feedback else "",
        )

    def show_home(self) -> None:
        selected = self.session.assessment_id if self.session else None
        self.close_card()
        self.refresh_home(selected)
        self.stack.setCurrentWidget(self.home)
        self.home.focus_list()
        self.setWindowTitle(self._title(self.info.organisation))

    def new_card(self, based_on: str | None = None) -> None:
        dialog = NewCardDialog(
            self.store.list_assessments(),
            self.info.countries,
            based_on,
            self,
            published=partner_feedback.published_cards(self.store),
        )
        self.new_card_dialog = dialog

        def accepted() -> None:
            country, cycle, source = dialog.values()
            try:
                if source and dialog.from_published():
                    assessment_id, _ = partner_feedback.start_from_published(
                        self.store, country, cycle, source
                    )
                else:
                    assessment_id = self.store.new_assessment(country, cycle, based_on=source)
            except StoreError as error:
                self.show_error(error, translate("MainWindow", "The card could not be created"))
                return
            self.refresh_home(assessment_id)
            self.open_card(assessment_id)

        dialog.accepted.connect(accepted)
        dialog.open()

    # --- the editor ------------------------------------------------------------------

    def open_card(self, assessment_id: str) -> None:
        from cardentry.ui.partner.editor import CardEditor  # the home window shows without it (issue 18)

        self.close_card()
        summaries = self.store.list_assessments()
        summary = next(s for s in summaries if s.id == assessment_id)
        session = CardSession(self.store, self.worker, assessment_id, self)
        previous_id = previous_assessment_id(summaries, summary.country, summary.cycle)
        previous = self.store.load_card(previous_id) if previous_id else None
        editor = CardEditor(
            session,
            self.catalogue,
            language=self.language,
            previous=previous,
            previous_cycle=previous.cycle if previous else None,
            status_text=card_state(summary),
            feedback=partner_feedback.current_feedback(self.store, assessment_id),
            secretariat=partner_feedback.secretariat_name(self.store),
            comments=lambda: partner_feedback.unanswered_comments(self.store, assessment_id),
        )
        editor.back_requested.connect(self.show_home)
        editor.export_requested.connect(self.export_current)
        editor.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        editor.sidebar.currentItemChanged.connect(lambda *_: self._update_actions())
        editor.page_changed.connect(self._page_changed)
        session.saved.connect(self._saved)
        session.save_failed.connect(self._save_failed)
        session.snapshot_changed.connect(self._update_actions)
        self.session, self.editor = session, editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        splitter = self.settings.value("editor/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            editor.splitter.restoreState(splitter)
        page = self.settings.value(f"editor/page/{assessment_id}")
        if page not in editor.pages:
            page = self._first_open_page(editor)
        editor.show_page(page)
        editor.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved_label.setText(
            translate("MainWindow", "Saved {time}").format(time=session.last_saved)
            if session.last_saved
            else translate("MainWindow", "All changes saved")
        )
        self.setWindowTitle(self._title(f"{country_name(summary.country)} {summary.cycle}"))
        self._update_actions()

    def _page_changed(self, page: str) -> None:
        if page == "review" and self.editor is not None and not self.editor.exports_loaded:
            self.refresh_exports()

    def _first_open_page(self, editor: CardEditor) -> str:
        card = editor.session.card
        for entry in card.indicators:
            if entry.code in editor.session.to_review or entry.rating is None:
                return entry.code
        return editor.codes[0]

    def close_card(self) -> None:
        """Write everything, remember the layout, drop the editor."""
        if self.editor is None or self.session is None:
            return
        self.session.flush_sync()
        QApplication.processEvents()  # deliver the last "saved" callbacks
        self.settings.setValue("editor/splitter", self.editor.splitter.saveState())
        if self.editor.current_page:
            self.settings.setValue(f"editor/page/{self.session.assessment_id}", self.editor.current_page)
        self.stack.removeWidget(self.editor)
        self.editor.deleteLater()
        self.session.deleteLater()
        self.editor, self.session = None, None
        self._update_actions()

    def _saved(self, when: str) -> None:
        theme.set_role(self.saved_label, "muted")
        self.saved_label.setText(translate("MainWindow", "Saved {time}").format(time=when))
        self._update_actions()

    def _save_failed(self, message: str) -> None:
        theme.set_role(self.saved_label, "error")
        self.saved_label.setText(translate("MainWindow", "Not saved yet: retrying"))
        self.statusBar().showMessage(message, 15000)

    def _step(self, delta: int) -> None:
        if self.editor:
            self.editor.step(delta)
            self._update_actions()

    def _review(self) -> None:
        if self.editor:
            self.editor.show_page("review")
            self.editor.review_page.list.setFocus()

    def _toggle_focus(self) -> None:
        if self.editor:
            self.editor.toggle_focus()

    def _rate(self, rating: str | None) -> None:
        if self.editor:
            self.editor.rate_current(rating)

    def _add_evidence(self) -> None:
        if self.editor:
            self.editor.add_evidence()

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo(lambda edit: self._replayed("undo", edit))

    def redo(self) -> None:
        if self.session is not None:
            self.session.redo(lambda edit: self._replayed("redo", edit))

    def _replayed(self, what: str, edit: Any) -> None:
        if edit is None:
            text = (
                translate("MainWindow", "Nothing to undo.")
                if what == "undo"
                else translate("MainWindow", "Nothing to redo.")
            )
            self.statusBar().showMessage(text, 3000)
        else:
            text = (
                translate("MainWindow", "Undone: {field}")
                if what == "undo"
                else translate("MainWindow", "Redone: {field}")
            )
            field = (
                self.editor.describe_edit(edit.path, edit.old, edit.new) if self.editor is not None else ""
            )
            self.statusBar().showMessage(text.format(field=field), 3000)
            if self.editor is not None:
                self.editor.go_to_edit(edit.path)
        self._update_actions()

    def show_history(self) -> None:
        if self.editor is None or self.session is None:
            return
        field = self.editor.focused_field()
        if field is None:
            self.statusBar().showMessage(
                translate("MainWindow", "Click into a field first, then ask for its history."), 4000
            )
            return
        path, title = field

        def show(edits: list[Any]) -> None:
            dialog = HistoryDialog(title, edits, self)
            self.history_dialog = dialog
            dialog.open()

        self.session.history(path, show)

    # --- export ----------------------------------------------------------------------

    def export_current(self) -> None:
        from cardentry.ui.partner.export import ExportDialog

        if self.editor is None or self.session is None:
            return
        self.session.flush_sync()
        QApplication.processEvents()  # the snapshot of what was just typed, for the findings
        dialog = ExportDialog(
            self.store, self.worker, self.data_dir, self.session.assessment_id, self.editor.findings(), self
        )
        self.export_dialog = dialog
        dialog.finished.connect(lambda _result: self._export_closed(dialog))
        dialog.open()

    def _export_closed(self, dialog: ExportDialog) -> None:
        if dialog.result_ is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Exported revision {revision}: {path}").format(
                    revision=dialog.result_.revision, path=dialog.result_.path
                ),
                8000,
            )
            self.refresh_exports()
            if self.editor is not None and self.session is not None:
                summary = next(s for s in self.store.list_assessments() if s.id == self.session.assessment_id)
                self.editor.set_status_text(card_state(summary))

    def refresh_exports(self) -> None:
        from cardentry.ui.partner.export import exports_rows

        if self.editor is None or self.session is None:
            return
        self.editor.exports_loaded = True
        holder = self.editor.review_page.exports_holder
        while holder.count():
            item = holder.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = exports_rows(self.store, self.session.assessment_id)
        if not rows:
            holder.addWidget(
                label(
                    translate(
                        "MainWindow", "None yet. Each export is kept here, read-only, and can be saved again."
                    ),
                    role="muted",
                )
            )
            return
        table = QTableWidget(len(rows), 5)
        table.setAccessibleName(translate("MainWindow", "Exported revisions"))
        table.setHorizontalHeaderLabels(
            [
                translate("MainWindow", "Revision"),
                translate("MainWindow", "Exported"),
                translate("MainWindow", "File"),
                "",
                "",
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (revision, when, file_name, _size) in enumerate(reversed(rows)):
            table.setItem(row, 0, QTableWidgetItem(f"r{revision}"))
            table.setItem(row, 1, QTableWidgetItem(when))
            table.setItem(row, 2, QTableWidgetItem(file_name))
            button = QPushButton(translate("MainWindow", "Save again…"))
            button.setAccessibleName(
                translate("MainWindow", "Save revision {revision} again").format(revision=revision)
            )
            button.setToolTip(
                translate("MainWindow", "Write this revision again, byte for byte the same file")
            )
            button.clicked.connect(lambda _=False, r=revision: self.save_again(r))
            table.setCellWidget(row, 3, button)
            email = QPushButton(translate("MainWindow", "E-mail text…"))
            email.setAccessibleName(
                translate("MainWindow", "E-mail text of revision {revision}").format(revision=revision)
            )
            email.setToolTip(translate("MainWindow", "Show again the e-mail to send with this file"))
            email.clicked.connect(lambda _=False, r=revision: self.show_email(r))
            table.setCellWidget(row, 4, email)
        header = table.horizontalHeader()
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = (
            table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(min(len(rows), 5))) + 6
        )
        table.setFixedHeight(height)
        holder.addWidget(table)

    def show_email(self, revision: int) -> None:
        from cardentry.ui.partner.export import EmailDialog

        if self.session is not None:
            self.email_dialog = EmailDialog(
                self.store, self.data_dir, self.session.assessment_id, revision, self
            )
            self.email_dialog.open()

    @classmethod
    def choose_folder(cls, parent: QWidget | None, title: str, start: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title, start)

    def save_again(self, revision: int) -> Path | None:
        from cardentry.ui.partner.export import resave

        if self.session is None:
            return None
        from cardentry.ui.partner.export import default_folder

        start = str(self.store.get_setting("export_folder") or default_folder())
        folder = self.choose_folder(
            self, translate("MainWindow", "Save revision {revision} again").format(revision=revision), start
        )
        if not folder:
            return None
        try:
            path = resave(self.store, self.session.assessment_id, revision, Path(folder))
        except (OSError, StoreError) as error:
            self.show_error(error, translate("MainWindow", "Could not save the file"))
            return None
        self.statusBar().showMessage(
            translate("MainWindow", "Saved revision {revision} again: {path}").format(
                revision=revision, path=path
            ),
            8000,
        )
        return path

    # --- key -------------------------------------------------------------------------

    def show_public_key(self) -> None:
        from cardentry.ui.common.firstrun import FirstRunWizard, PublicKeyPanel

        if self.key_file is None:
            self.warn(
                translate("MainWindow", "No signing key"),
                translate(
                    "MainWindow",
                    "This profile has no signing key. Restore your backup with 'cardentry key restore'.",
                ),
            )
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Send your public key"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(heading(translate("MainWindow", "Send your public key to the secretariat"), 1.3))
        panel = PublicKeyPanel(
            lambda *args: FirstRunWizard.choose_save_path(*args), list(self.info.countries)
        )
        panel.set_key(self.key_file)
        layout.addWidget(panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 26)
        self.key_dialog = dialog
        dialog.open()

    def backup_key(self) -> None:
        """Copy the encrypted key to a folder the partner chooses (on the worker)."""
        from cardentry.storage import keys

        folder = self.choose_folder(
            self, translate("FirstRun", "Where to save the key backup (a USB stick)"), str(Path.home())
        )
        if not folder:
            return
        data_dir, store = self.data_dir, self.store

        def work() -> Path:
            path = keys.backup_key(data_dir, Path(folder))
            store.set_setting(keys.BACKED_UP_SETTING, utc_now())
            return path

        def done(path: Path) -> None:
            self.inform(
                translate("MainWindow", "Key backed up"),
                translate(
                    "MainWindow",
                    "Saved to {path}.\n\nKeep it apart from this laptop, and make a second copy somewhere "
                    "else. It is still protected by your passphrase.",
                ).format(path=path),
            )

        self.run_op(work, done, change="key", title=translate("MainWindow", "Could not back up the key"))

    def _data_changed(self, what: str) -> None:
        """The one refresh path after an operation (``StoreWorker.changed``)."""
        if what == "key":
            self.home.set_backed_up(True)

    # --- help and messages -------------------------------------------------------------

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
        layout = QVBoxLayout(dialog)
        rows = shortcuts()
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(translate("MainWindow", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([translate("MainWindow", "Keys"), translate("MainWindow", "Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (keys_, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys_))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)  # a long line (the first, in French) wraps instead of being cut
        table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 22)
        self.shortcuts_dialog = dialog
        dialog.open()

    def about(self) -> tuple[str, str]:
        return translate("MainWindow", "About cardentry"), translate(
            "MainWindow",
            "cardentry {version}\n\nCountry progress cards on what governments do against child sex "
            "trafficking. Everything you type stays on this computer until you export a card.\n\n"
            "Profile folder: {folder}",
        ).format(version=__version__, folder=self.data_dir)

    def show_network_key(self) -> None:
        """The secretariat's network key: accept it so that exports are sealed."""
        from cardentry.ui.partner.network import NetworkKeyDialog

        dialog = NetworkKeyDialog(self.store, self)
        self.network_dialog = dialog
        dialog.open()

    # --- feedback from the secretariat ------------------------------------------------

    def accepts_drop(self, path: str) -> bool:
        return partner_feedback.is_feedback_file(path)  # the window imports feedback only

    def open_paths(self, paths: list[str]) -> None:
        """Files handed over (File > Open with, double-click, drop): a feedback file is
        imported; any other bundle is checked and described (``opening.show_verification``)."""
        from cardentry.ui.common.opening import show_verification

        feedback = [Path(path) for path in paths if partner_feedback.is_feedback_file(path)]
        for path in paths:
            if not partner_feedback.is_feedback_file(path):
                show_verification(self, Path(path))
        if feedback:
            self.import_feedback_files(feedback)

    def ask_passphrase(self) -> str | None:
        """The passphrase, for a feedback sealed to this profile (``None``: cancelled)."""
        return ask_secret(
            self,
            translate("Feedback", "Sealed feedback"),
            translate("Feedback", "The feedback is sealed to you. Your passphrase opens it:"),
        )

    def _feedback_keyring(self) -> dict[str, Any] | None:
        from cardentry.storage import keys

        sealing = keys.load_sealing_key(self.store)
        if sealing is None:
            return None
        while True:
            passphrase = self.ask_passphrase()
            if passphrase is None:
                return None
            try:
                return {sealing.key_id: keys.unlock_sealing_key(sealing, passphrase)}
            except keys.WrongPassphrase:
                self.warn(
                    translate("Feedback", "Sealed feedback"), translate("Feedback", "Wrong passphrase.")
                )

    def import_feedback_files(self, paths: list[Path]) -> list[partner_feedback.FeedbackImport]:
        """Import feedback files (asking the passphrase once when one is sealed); say what happened."""
        contents: dict[Path, bytes | None] = {}
        for path in paths:
            try:
                contents[path] = path.read_bytes()[: 8 * 1024 * 1024]
            except OSError:
                contents[path] = None
        sealed = any(
            data is not None and partner_feedback.feedback_is_sealed(data) for data in contents.values()
        )
        keyring = self._feedback_keyring() if sealed else None
        results = []
        lines = []
        for path, data in contents.items():
            if data is None:
                lines.append(translate("Feedback", "{file}: cannot be read").format(file=path.name))
                continue
            result = partner_feedback.import_feedback(self.store, data, path.name, keyring=keyring)
            results.append(result)
            lines.append(feedback_outcome(result, path.name))
        self.refresh_home()
        title = translate("Feedback", "Feedback from the secretariat")
        if all(result.ok for result in results) and len(results) == len(contents):
            self.inform(title, "\n\n".join(lines))
        else:
            self.warn(title, "\n\n".join(lines))
        return results

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    @classmethod
    def ask_close_unsaved(cls, parent: QWidget, message: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("MainWindow", "Some changes are not saved"),
            translate("MainWindow", "{problem}\n\nClose anyway? The unsaved changes will be lost.").format(
                problem=message
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: Any) -> None:
        if self.closed:
            event.accept()
            return
        if self.session is not None:
            self.session.flush_sync()
            QApplication.processEvents()
            if self.session.dirty and not self.ask_close_unsaved(
                self, translate("MainWindow", "The disk refused the last changes.")
            ):
                event.ignore()
                return
        self.shutdown()
        event.accept()

    def finish_work(self) -> None:
        """Before the worker stops (``AppWindow.shutdown``): write the open card, keep its layout."""
        self.close_card()
