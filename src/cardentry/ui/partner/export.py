"""The export dialog: completeness warnings, passphrase, folder; then the file and the e-mail.

Signing runs on the store's worker thread (unlocking the key is deliberately slow); the
dialog shows progress meanwhile. The folder is remembered in the profile
(``export_folder``). All signing and writing is ``cardentry.partner.export.export_card``.
"""

from __future__ import annotations

from pathlib import Path

from cardentry.bundleformat import envelope
from cardentry.bundleformat.sealed import sealed_file_name
from cardentry.partner import export as bundle_export
from cardentry.partner.review import Finding
from cardentry.storage import keys, network_keys
from cardentry.storage.store import Store
from cardentry.ui.common import theme
from cardentry.ui.common.errors import error_text
from cardentry.ui.common.i18n import country_name
from cardentry.ui.common.messages import finding_text, problem_text
from cardentry.ui.common.qt import (
    QApplication,
    QCheckBox,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QUrl,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import FieldMessage, cancel_and, heading, label, local_time
from cardentry.ui.common.worker import StoreWorker

FOLDER_SETTING = "export_folder"


def bundle_email(
    organisation: str, country: str, cycle: str, revision: int, file_name: str, fingerprint: str | None
) -> tuple[str, str]:
    """(subject, body) of the e-mail that carries a bundle."""
    name = country_name(country)
    values = {
        "organisation": organisation,
        "country": name,
        "cycle": cycle,
        "revision": revision,
        "file": file_name,
        "fingerprint": fingerprint,
    }
    subject = translate(
        "ExportEmail", "Country progress card: {country} {cycle}, revision {revision} ({organisation})"
    ).format(**values)
    if fingerprint:
        body = translate(
            "ExportEmail",
            "Dear colleagues at the secretariat,\n\n"
            "Please find attached the country progress card of {organisation} for {country}, "
            "cycle {cycle}, revision {revision} (file {file}).\n\n"
            "It is signed with our key {fingerprint}.\n\n"
            "Best regards,\n{organisation}",
        )
    else:
        body = translate(
            "ExportEmail",
            "Dear colleagues at the secretariat,\n\n"
            "Please find attached the country progress card of {organisation} for {country}, "
            "cycle {cycle}, revision {revision} (file {file}).\n\n"
            "Best regards,\n{organisation}",
        )
    return subject, body.format(**values)


def default_folder() -> Path:
    for candidate in (Path.home() / "Documents", Path.home() / "Desktop", Path.home()):
        if candidate.is_dir():
            return candidate
    return Path.home()


class EmailPanel(QWidget):
    """The e-mail that goes with a bundle, ready to copy; each copy button says it copied."""

    def __init__(self) -> None:
        super().__init__()
        self.subject = self.body = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ExportDialog", "E-mail to send with the card"))
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.copy_subject = QPushButton(translate("ExportDialog", "Copy the &subject"))
        self.copy_body = QPushButton(translate("ExportDialog", "Copy the &text"))
        self.copy_subject.clicked.connect(
            lambda: self._copy(
                self.subject, translate("ExportDialog", "Subject copied: paste it into your e-mail.")
            )
        )
        self.copy_body.clicked.connect(
            lambda: self._copy(
                self.body, translate("ExportDialog", "Text copied: paste it into your e-mail.")
            )
        )
        self.copied = label(role="ok", wrap=False)
        self.copied.setAccessibleName(translate("ExportDialog", "Copied"))
        row.addWidget(self.copy_subject)
        row.addWidget(self.copy_body)
        row.addWidget(self.copied, 1)
        layout.addLayout(row)

    def show_email(self, subject: str, body: str) -> None:
        self.subject, self.body = subject, body
        self.copied.clear()
        self.text.setPlainText(
            translate("ExportDialog", "Subject: {subject}").format(subject=subject) + "\n\n" + body
        )

    def toPlainText(self) -> str:
        return self.text.toPlainText()

    def _copy(self, text: str, confirmation: str) -> None:
        QApplication.clipboard().setText(text)
        self.copied.setText(f"✓ {confirmation}")


class EmailDialog(QDialog):
    """The e-mail of an exported revision, shown again from the review page's list."""

    def __init__(
        self, store: Store, data_dir: Path, assessment_id: str, revision: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        card = store.load_card(assessment_id)
        record = next(r for r in bundle_export.list_exports(store, assessment_id) if r.revision == revision)
        try:
            fingerprint: str | None = keys.load_profile_key(data_dir).fingerprint
        except keys.KeyFileError:
            fingerprint = None
        self.setWindowTitle(
            translate("ExportDialog", "E-mail for revision {revision}").format(revision=revision)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "ExportDialog", "E-mail the file {file} to the secretariat, with this text:"
                ).format(file=record.file_name),
                selectable=True,
            )
        )
        self.email = EmailPanel()
        self.email.show_email(
            *bundle_email(
                store.get_setting("organisation") or "",
                card.country,
                card.cycle,
                revision,
                record.file_name,
                fingerprint,
            )
        )
        layout.addWidget(self.email, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 90, m.lineSpacing() * 22)


class ExportDialog(QDialog):
    """Sign and save the next revision of a card."""

    def __init__(
        self,
        store: Store,
        worker: StoreWorker,
        data_dir: Path,
        assessment_id: str,
        findings: list[Finding],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.worker, self.data_dir, self.assessment_id = store, worker, data_dir, assessment_id
        card = store.load_card(assessment_id)
        self.country, self.cycle = card.country, card.cycle
        self.organisation = store.get_setting("organisation") or ""
        check = bundle_export.check_export(store, assessment_id)
        self.revision = check.next_revision
        self.result_: bundle_export.ExportResult | None = None
        try:
            self.key_file: keys.KeyFile | None = keys.load_profile_key(data_dir)
            key_problem = None
        except keys.KeyFileError as error:
            self.key_file, key_problem = None, str(error)
        names = {"country": country_name(self.country), "cycle": self.cycle, "revision": self.revision}
        self.setWindowTitle(translate("ExportDialog", "Export {country} {cycle}").format(**names))
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        # --- page 1: check, passphrase, folder ------------------------------------------
        form_page = QWidget()
        layout = QVBoxLayout(form_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(
                translate("ExportDialog", "Export {country} {cycle} as revision {revision}").format(**names),
                1.3,
            )
        )
        layout.addWidget(
            label(
                translate(
                    "ExportDialog",
                    "The card is signed with your key and saved as one file. You then e-mail that file "
                    "to the secretariat. You can keep editing afterwards and export again: the "
                    "next file is the next revision.",
                )
            )
        )
        errors = [f for f in findings if f.severity == "error"]
        missing = [f for f in findings if f.severity == "missing"]
        self.findings = QListWidget()
        self.findings.setAccessibleName(translate("ExportDialog", "Before you export"))
        fix_first = translate("ExportDialog", "Fix first: {problem}")
        for finding in errors:
            item = QListWidgetItem(
                theme.status_icon("invalid"), fix_first.format(problem=finding_text(finding))
            )
            self.findings.addItem(item)
        for finding in missing:
            text = translate("ExportDialog", "Missing: {problem}").format(problem=finding_text(finding))
            self.findings.addItem(QListWidgetItem(theme.rating_icon(None), text))
        for problem in check.problems if not errors else []:
            self.findings.addItem(
                QListWidgetItem(
                    theme.status_icon("invalid"), fix_first.format(problem=problem_text(str(problem)))
                )
            )
        self.blocked = bool(errors or check.problems)
        if self.blocked:
            summary = label(
                translate(
                    "ExportDialog",
                    "The card has values that are not valid yet. Close this window, fix "
                    "them (the review page lists them), then export.",
                ),
                role="error",
            )
        elif missing:
            summary = label(
                translate(
                    "ExportDialog",
                    "%n thing(s) still missing. You can export anyway (for example to send a draft); "
                    "the secretariat will see what is missing.",
                    "",
                    len(missing),
                ),
                role="muted",
            )
        else:
            summary = label(translate("ExportDialog", "The card is complete."), role="ok")
        layout.addWidget(summary)
        if check.same_as is not None:  # allowed (a lost e-mail), but worth knowing
            self.same_note = label(
                translate(
                    "ExportDialog",
                    "Nothing has changed since revision {revision}: this export would send the same "
                    "card again as revision {next}. You can still export it, for example if the "
                    "e-mail was lost; or close this window and use “Save again” on the review page.",
                ).format(revision=check.same_as, next=self.revision),
                role="muted",
            )
            layout.addWidget(self.same_note)
        else:
            self.same_note = None
        if findings or check.problems:
            self.findings.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
            layout.addWidget(self.findings)
        else:
            self.findings.hide()

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("ExportDialog", "Passphrase"))
        self.passphrase.setPlaceholderText(translate("ExportDialog", "the passphrase of your signing key"))
        self.passphrase.setAccessibleDescription(self.passphrase.placeholderText())
        # an old "wrong passphrase" goes as soon as the passphrase is retyped
        self.passphrase.textEdited.connect(lambda _text: self.passphrase_message.show_problem(None))
        self.passphrase_message = FieldMessage()
        self.show_box = QCheckBox(translate("ExportDialog", "S&how"))
        self.show_box.setAccessibleName(translate("ExportDialog", "Show the passphrase"))
        self.show_box.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.show_box)
        pass_cell = QVBoxLayout()
        pass_cell.addLayout(pass_row)
        pass_cell.addWidget(self.passphrase_message)
        self.folder = QLineEdit(str(store.get_setting(FOLDER_SETTING) or default_folder()))
        self.folder.setAccessibleName(translate("ExportDialog", "Folder"))
        self.folder.setAccessibleDescription(translate("ExportDialog", "Where the signed file is saved"))
        self.choose_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            translate("ExportDialog", "&Choose…"),
        )
        self.choose_button.setAccessibleName(translate("ExportDialog", "Choose the folder"))
        self.choose_button.setAutoDefault(False)  # Return signs; it never opens a folder chooser
        self.choose_button.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        form.addRow(translate("ExportDialog", "&Passphrase"), pass_cell)
        form.addRow(translate("ExportDialog", "&Folder"), folder_row)
        for row, buddy in ((0, self.passphrase), (1, self.folder)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item and item.widget():
                item.widget().setBuddy(buddy)
        layout.addLayout(form)
        self._add_sealing_choice(layout, check)
        self.file_name = envelope.bundle_file_name(self.country, self.cycle, self.organisation, self.revision)
        self.file_hint = label("", role="muted", selectable=True)
        self._update_file_hint()
        layout.addWidget(self.file_hint)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(translate("ExportDialog", "Signing"))
        self.progress.hide()
        self.working = label(
            translate("ExportDialog", "Unlocking your key and signing the card…"), role="muted"
        )
        self.working.hide()
        self.error = FieldMessage()
        layout.addWidget(self.working)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        if key_problem:
            self.error.show_problem(key_problem)
        layout.addStretch(1)
        self.buttons, self.export_button = cancel_and(
            self, translate("ExportDialog", "&Sign and save"), self.start_export
        )
        self.export_button.setEnabled(not self.blocked and self.key_file is not None)
        layout.addWidget(self.buttons)
        self.stack.addWidget(form_page)

        # --- page 2: done ----------------------------------------------------------------
        done_page = QWidget()
        done = QVBoxLayout(done_page)
        done.setContentsMargins(0, 0, 0, 0)
        self.done_title = heading("", 1.3)
        done.addWidget(self.done_title)
        done.addWidget(label(translate("ExportDialog", "The file is saved:")))
        self.path_label = label(selectable=True)
        done.addWidget(self.path_label)
        open_row = QHBoxLayout()
        self.open_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            translate("ExportDialog", "&Open folder"),
        )
        self.open_button.clicked.connect(self.open_folder)
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        done.addLayout(open_row)
        done.addWidget(
            label(
                translate(
                    "ExportDialog", "Now e-mail it to the secretariat, with the file attached. Ready to copy:"
                )
            )
        )
        self.email = EmailPanel()
        done.addWidget(self.email, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        close.accepted.connect(self.accept)
        done.addWidget(close)
        self.stack.addWidget(done_page)
        # Only now is the button inside the dialog, so the dialog takes it as its default (Return)
        self.export_button.setDefault(True)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 96, m.lineSpacing() * 30)
        self.passphrase.setFocus()

    def _add_sealing_choice(self, layout: QVBoxLayout, check: bundle_export.ExportCheck) -> None:
        """Sealed (only the secretariat can read it) or plain, and what stays on this computer."""
        self.network_key = network_keys.accepted_network_key(self.store)
        self.sealed_button = QRadioButton()
        self.plain_button = QRadioButton(
            translate("ExportDialog", "P&lain: anyone who sees the file or the e-mail can read it")
        )
        if self.network_key is not None:
            self.sealed_button.setText(
                translate("ExportDialog", "&Only {secretariat} can read this file (sealed)").format(
                    secretariat=self.network_key.name
                )
            )
            self.sealed_button.setChecked(True)
            self.sealed_button.toggled.connect(self._update_file_hint)
            layout.addWidget(self.sealed_button)
            layout.addWidget(self.plain_button)
        else:
            self.plain_button.setChecked(True)
            self.sealed_button.hide()
            self.plain_button.hide()
            self.not_sealed_note = label(
                translate(
                    "ExportDialog",
                    "Not sealed: anyone who sees the file or the e-mail can read the card. To seal it "
                    "so that only the secretariat can read it, accept the secretariat's network key "
                    "(File, Network key).",
                ),
                role="muted",
            )
            layout.addWidget(self.not_sealed_note)
        self.internal_note = label("", role="muted")
        lines = []
        if check.internal_evidence:
            lines.append(
                translate(
                    "ExportDialog",
                    "%n internal evidence item(s) stay on this computer.",
                    "",
                    check.internal_evidence,
                )
            )
        if check.internal_notes:
            lines.append(
                translate(
                    "ExportDialog",
                    "The internal notes of %n indicator(s) stay on this computer.",
                    "",
                    check.internal_notes,
                )
            )
        self.internal_note.setText(" ".join(lines))
        self.internal_note.setVisible(bool(lines))
        layout.addWidget(self.internal_note)

    @property
    def sealed(self) -> bool:
        return self.network_key is not None and self.sealed_button.isChecked()

    def _update_file_hint(self, *_: object) -> None:
        name = sealed_file_name(self.file_name) if self.sealed else self.file_name
        self.file_hint.setText(translate("ExportDialog", "File name: {file}").format(file=name))

    @classmethod
    def choose_folder(cls, parent: QWidget | None, start: str) -> str:
        return QFileDialog.getExistingDirectory(
            parent, translate("ExportDialog", "Folder for the exported card"), start
        )

    def _choose(self) -> None:
        folder = self.choose_folder(self, self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start_export(self) -> None:
        if self.blocked or self.key_file is None:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.passphrase_message.show_problem(
                translate("ExportDialog", "Type the passphrase of your signing key.")
            )
            self.passphrase.setFocus()
            return
        folder = Path(self.folder.text().strip() or default_folder()).expanduser()
        self.passphrase_message.show_problem(None)
        self.error.show_problem(None)
        self._busy(True)
        key_file, store, assessment_id = self.key_file, self.store, self.assessment_id
        sealed = self.sealed

        def work() -> bundle_export.ExportResult:
            private_key = key_file.unlock(passphrase)
            # a profile older than feedback gets its sealing key at its first unlock
            keys.ensure_sealing_key(store, passphrase, organisation=key_file.organisation)
            folder.mkdir(parents=True, exist_ok=True)
            result = bundle_export.export_card(store, assessment_id, private_key, folder, sealed=sealed)
            store.set_setting(FOLDER_SETTING, str(folder))
            return result

        self.worker.submit(work, self._exported, self._failed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.working.setVisible(busy)
        for widget in (self.passphrase, self.folder, self.choose_button, self.export_button):
            widget.setEnabled(not busy)
        for widget in (self.sealed_button, self.plain_button):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, keys.WrongPassphrase):
            self.passphrase_message.show_problem(
                translate("ExportDialog", "That passphrase does not open your key. Try again.")
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif isinstance(error, bundle_export.ExportRefused):
            self.error.show_problem(
                translate("ExportDialog", "The card cannot be exported: {problems}").format(
                    problems="; ".join(problem_text(str(p)) for p in error.problems[:5])
                )
            )
        elif isinstance(error, OSError):
            self.error.show_problem(
                translate(
                    "ExportDialog", "Could not write the file: {reason}. Choose another folder."
                ).format(reason=error.strerror or error)
            )
        else:  # a CardentryError's message, or "something went wrong" and the log file (logged)
            self.error.show_problem(error_text(error))

    def _exported(self, result: bundle_export.ExportResult) -> None:
        self._busy(False)
        self.result_ = result
        fingerprint = self.key_file.fingerprint if self.key_file else None
        self.email.show_email(
            *bundle_email(
                self.organisation, self.country, self.cycle, result.revision, result.path.name, fingerprint
            )
        )
        self.done_title.setText(
            translate("ExportDialog", "Revision {revision} is signed and saved").format(
                revision=result.revision
            )
        )
        self.path_label.setText(str(result.path))
        self.stack.setCurrentIndex(1)
        self.open_button.setFocus()

    def open_folder(self) -> None:
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.path.parent)))


def exports_rows(store: Store, assessment_id: str) -> list[tuple[int, str, str, int]]:
    """(revision, exported at (local), file name, size) of every past export."""
    return [
        (record.revision, local_time(record.exported_at), record.file_name, record.size)
        for record in bundle_export.list_exports(store, assessment_id)
    ]


def resave(store: Store, assessment_id: str, revision: int, folder: Path) -> Path:
    """A past revision again: the same signed bytes, sealed again when a network key is accepted."""
    return bundle_export.resave_export(store, assessment_id, revision, folder)
