"""First run: role, organisation, countries, passphrase, the key's fingerprint, backup.

The profile and the key are made by ``profile.init_profile(..., passphrase=...)`` on a
worker thread (the key derivation takes a noticeable fraction of a second, on purpose).
File choosers are class methods so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.storage.profile import init_profile
from cardentry.ui.common import theme
from cardentry.ui.common.errors import error_text
from cardentry.ui.common.i18n import country_name
from cardentry.ui.common.network_key import NetworkKeyPanel
from cardentry.ui.common.qt import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    translate,
)
from cardentry.ui.common.widgets import CountryPicker, FieldMessage, box, label
from cardentry.ui.common.worker import StoreWorker

if TYPE_CHECKING:
    from cardentry.storage import keys

PAGE_ROLE, PAGE_ORGANISATION, PAGE_PASSPHRASE, PAGE_KEY, PAGE_BACKUP, PAGE_NETWORK = range(6)
COMMON = {
    "password",
    "passphrase",
    "12345678",
    "123456789",
    "qwertyuiop",
    "iloveyou",
    "azertyuiop",
    "ecpat123",
}


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """(0-3, a hint for people). Not a security measure: the KDF is; this nudges towards length."""
    n = len(passphrase)
    if n == 0:
        return 0, translate(
            "Passphrase", "At least 8 characters. A short sentence you can remember works well."
        )
    from cardentry.storage import keys  # the crypto library loads once a passphrase is typed (issue 18)

    if n < keys.MIN_PASSPHRASE_LENGTH:
        return 0, translate(
            "Passphrase", "Too short: %n more character(s) needed.", "", keys.MIN_PASSPHRASE_LENGTH - n
        )
    if passphrase.lower() in COMMON or len(set(passphrase)) <= 3:
        return 0, translate("Passphrase", "Too easy to guess. Try a short sentence of four or five words.")
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if n >= 20 or (n >= 14 and (classes >= 3 or words >= 4)):
        return 3, translate(
            "Passphrase", "Strong. Write it down and keep it somewhere safe, away from the laptop."
        )
    if n >= 12 or (n >= 10 and classes >= 3):
        return 2, translate("Passphrase", "Good. A few more words would make it stronger.")
    return 1, translate("Passphrase", "Fair. Longer is safer: add a word or two.")


def public_key_email(
    organisation: str, fingerprint: str, file_name: str, countries: list[str]
) -> tuple[str, str]:
    subject = translate("PublicKeyEmail", "Public key of {organisation} for country progress cards").format(
        organisation=organisation
    )
    where = ", ".join(country_name(code) for code in countries) or translate("PublicKeyEmail", "our country")
    body = translate(
        "PublicKeyEmail",
        "Dear colleagues at the secretariat,\n\n"
        "Please find attached the public key of {organisation} ({file}). We will sign the "
        "country progress cards we send you for {countries} with it.\n\n"
        "Its fingerprint is: {fingerprint}\n\n"
        "Please call us to compare the fingerprint before you trust the key.\n\n"
        "Best regards,\n{organisation}",
    ).format(organisation=organisation, file=file_name, countries=where, fingerprint=fingerprint)
    return subject, body


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", "Welcome to cardentry"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "Fill in country progress cards on this computer, even offline, and send them signed.",
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("FirstRun", "Who will use this computer's cardentry?")))
        self.partner = QRadioButton(
            translate("FirstRun", "&A partner organisation: we fill in the card for our country")
        )
        self.secretariat = QRadioButton(
            translate("FirstRun", "The network's &secretariat: we receive and merge the cards")
        )
        self.partner.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.partner)
        group.addButton(self.secretariat)
        layout.addWidget(self.partner)
        layout.addWidget(label(translate("FirstRun", "Most people choose this."), role="muted"))
        layout.addWidget(self.secretariat)
        layout.addStretch(1)
        layout.addWidget(
            label(
                translate(
                    "FirstRun",
                    "Your work stays on this computer. Nothing is sent anywhere until you "
                    "export a card and e-mail it.",
                ),
                role="muted",
            )
        )

    def nextId(self) -> int:
        return PAGE_ORGANISATION


class OrganisationPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("FirstRun", "Your organisation"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "This is written into every card you send, so the secretariat knows who it is from.",
            )
        )
        form = QFormLayout(self)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(translate("FirstRun", "e.g. ECPAT Foundation Thailand"))
        self.organisation.setAccessibleName(translate("FirstRun", "Organisation"))
        self.organisation.textChanged.connect(self.completeChanged)
        self.email = QLineEdit()
        self.email.setPlaceholderText(translate("FirstRun", "optional: where the secretariat can reach you"))
        self.email.setAccessibleName(translate("FirstRun", "E-mail"))
        self.email.setAccessibleDescription(self.email.placeholderText())
        self.picker = CountryPicker(list_name=translate("FirstRun", "Countries you cover"))
        self.filter, self.countries = self.picker.filter, self.picker.list
        self.picker.changed.connect(self._changed)
        self.chosen = label(role="muted")
        self.message = FieldMessage()
        country_cell = QVBoxLayout()
        country_cell.addWidget(self.picker)
        country_cell.addWidget(self.chosen)
        form.addRow(translate("FirstRun", "&Organisation"), self.organisation)
        form.addRow(translate("FirstRun", "&E-mail"), self.email)
        self.country_label = QLabel(translate("FirstRun", "&Countries"))
        self.country_label.setBuddy(self.filter)
        form.addRow(self.country_label, country_cell)
        form.addRow(self.message)
        self._changed()

    def is_partner(self) -> bool:
        return self.wizard_.role_page.partner.isChecked()

    def initializePage(self) -> None:
        partner = self.is_partner()
        for widget in (self.picker, self.chosen, self.country_label):
            widget.setVisible(partner)
        self.setFinalPage(not partner)
        if partner:
            self.setTitle(translate("FirstRun", "Your organisation"))
            self.setSubTitle(
                translate(
                    "FirstRun",
                    "This is written into every card you send, so the secretariat knows who it is from.",
                )
            )
            self.organisation.setPlaceholderText(translate("FirstRun", "e.g. ECPAT Foundation Thailand"))
            self.email.setPlaceholderText(
                translate("FirstRun", "optional: where the secretariat can reach you")
            )
        else:
            self.setTitle(translate("FirstRun", "The secretariat"))
            self.setSubTitle(
                translate(
                    "FirstRun",
                    "The network's name is shown on the reports and country cards you publish. "
                    "You can still go back and choose the partner role.",
                )
            )
            self.organisation.setPlaceholderText(translate("FirstRun", "e.g. ECPAT International"))
            self.email.setPlaceholderText(translate("FirstRun", "optional: where partners can reach you"))
        # this page ends the secretariat's first run: Back and Cancel stay on it (they go only
        # from the partner's last page, once the key exists)
        self.wizard_.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, partner)
        self.wizard_.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, partner)

    def codes(self) -> list[str]:
        return self.picker.codes()

    def check(self, code: str) -> None:
        self.picker.check(code)

    def _changed(self, *_: Any) -> None:
        codes = self.codes()
        self.chosen.setText(
            translate("FirstRun", "Chosen: {countries}").format(
                countries=", ".join(country_name(c) for c in codes)
            )
            if codes
            else translate(
                "FirstRun",
                "Tick the country or countries your organisation covers (Space ticks the selected one).",
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.organisation.text().strip():
            return False
        return not self.is_partner() or bool(self.codes())

    def nextId(self) -> int:
        return PAGE_PASSPHRASE if self.is_partner() else -1

    def validatePage(self) -> bool:
        if self.is_partner():
            return True
        return self.wizard_.create_profile(None)


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("FirstRun", "Choose a passphrase"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "It protects the key that signs your cards. You type it each time you export a card.",
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(translate("FirstRun", "Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(translate("FirstRun", "Passphrase again"))
        self.show_box = QCheckBox(translate("FirstRun", "S&how what I type"))
        self.show_box.toggled.connect(self._show)
        self.strength = QProgressBar()
        self.strength.setRange(0, 3)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.strength.setAccessibleName(translate("FirstRun", "Passphrase strength"))
        self.hint = label(role="muted")
        self.match = FieldMessage()
        form.addRow(translate("FirstRun", "&Passphrase"), self.first)
        form.addRow("", self.strength)
        form.addRow("", self.hint)
        form.addRow(translate("FirstRun", "&Again"), self.second)
        form.addRow("", self.match)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        layout.addWidget(
            box(
                label(
                    translate(
                        "FirstRun",
                        "Nobody can recover a forgotten passphrase, not even the secretariat: "
                        "write it down and keep it apart from this laptop. "
                        "Without it you can still edit your cards, but not send them.",
                    )
                )
            )
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.progress.setAccessibleName(translate("FirstRun", "Creating your signing key"))
        self.working = label(translate("FirstRun", "Creating your signing key…"), role="muted")
        self.working.hide()
        self.error = FieldMessage()
        layout.addWidget(self.working)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _changed(self, *_: Any) -> None:
        score, hint = passphrase_strength(self.first.text())
        self.strength.setValue(score)
        self.hint.setText(hint)
        self.first.setAccessibleDescription(hint)
        colour = ["#a11d12", "#8a5a00", "#1e7b34", "#17652b"][score]
        self.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        mismatch = bool(self.second.text()) and self.second.text() != self.first.text()
        self.match.show_problem(
            translate("FirstRun", "The two passphrases are not the same yet.") if mismatch else None
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.first.text()
        if not text:  # incomplete whatever the minimum; the crypto library is not loaded yet
            return False
        from cardentry.storage import keys  # loads once a passphrase is typed (issue 18)

        return (
            len(text) >= keys.MIN_PASSPHRASE_LENGTH and text == self.second.text() and not self.wizard_.busy
        )

    def validatePage(self) -> bool:
        return self.wizard_.create_profile(self.first.text())

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.working.setVisible(busy)
        for widget in (self.first, self.second, self.show_box):
            widget.setEnabled(not busy)
        self.completeChanged.emit()


class PublicKeyPanel(QWidget):
    """The fingerprint, "save the public key file", and the e-mail to send with it."""

    def __init__(self, choose_save_path: Any, countries: list[str]):
        super().__init__()
        self.choose_save_path = choose_save_path
        self.countries = countries
        self.key_file: keys.KeyFile | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(translate("PublicKey", "Your key's fingerprint:")))
        self.fingerprint = label(selectable=True, wrap=False)
        font = theme.heading_font(self.fingerprint.font(), 1.6)
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        self.fingerprint.setFont(font)
        self.fingerprint.setAccessibleName(translate("PublicKey", "Fingerprint"))
        layout.addWidget(self.fingerprint)
        layout.addWidget(
            label(
                translate(
                    "PublicKey",
                    "1. Save the public key file (it holds no secret).\n"
                    "2. E-mail it to the secretariat with the text below.\n"
                    "3. When they call you, read them the fingerprint above to confirm it.",
                )
            )
        )
        row = QHBoxLayout()
        self.save_button = QPushButton(translate("PublicKey", "&Save the public key file…"))
        self.save_button.clicked.connect(self.save_public_key)
        self.saved = label(role="ok", selectable=True)
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout.addLayout(row)
        self.email = QPlainTextEdit()
        self.email.setReadOnly(True)
        self.email.setAccessibleName(translate("PublicKey", "E-mail to send with the public key"))
        self.email.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.email, 1)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(translate("PublicKey", "&Copy the e-mail text"))
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.email.toPlainText()))
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        self.path: Path | None = None

    def set_key(self, key_file: keys.KeyFile, countries: list[str] | None = None) -> None:
        self.key_file = key_file
        if countries is not None:
            self.countries = countries
        self.fingerprint.setText(key_file.fingerprint)
        self._update_email()

    def _update_email(self) -> None:
        key_file = self.key_file
        assert key_file is not None
        name = self.path.name if self.path else translate("PublicKey", "the attached .cpckey.json file")
        subject, body = public_key_email(
            key_file.organisation["name"], key_file.fingerprint, name, self.countries
        )
        self.email.setPlainText(
            translate("PublicKey", "Subject: {subject}").format(subject=subject) + "\n\n" + body
        )

    def save_public_key(self) -> None:
        key_file = self.key_file
        if key_file is None:
            return
        from cardentry.bundleformat.envelope import slugify

        suggested = Path.home() / f"{slugify(key_file.organisation['name'])}.cpckey.json"
        chosen = self.choose_save_path(
            translate("PublicKey", "Save the public key file"),
            suggested,
            translate("PublicKey", "Public key (*.cpckey.json)"),
        )
        if not chosen:
            return
        from cardentry.storage import keys

        try:
            self.path = keys.write_public_key_file(Path(chosen), key_file)
        except OSError as error:
            theme.set_role(self.saved, "error")
            self.saved.setText(
                translate("PublicKey", "Could not save it: {reason}").format(reason=error.strerror or error)
            )
            return
        theme.set_role(self.saved, "ok")
        self.saved.setText(translate("PublicKey", "Saved: {path}").format(path=self.path))
        self._update_email()


class KeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("FirstRun", "Send your public key to the secretariat"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "Do this once. The secretariat needs it to know that the cards you send "
                "really come from you.",
            )
        )
        layout = QVBoxLayout(self)
        self.panel = PublicKeyPanel(lambda *args: self.wizard_.choose_save_path(*args), [])
        layout.addWidget(self.panel)

    def initializePage(self) -> None:
        if self.wizard_.key_file is not None:
            self.panel.set_key(self.wizard_.key_file, self.wizard_.organisation_page.codes())

    def nextId(self) -> int:
        return PAGE_BACKUP


class BackupPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("FirstRun", "Back up your key"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "If this laptop is lost or breaks, the backup lets you keep sending cards with the same key.",
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "FirstRun",
                    "Save a copy of your key on a USB stick and keep it somewhere safe, apart from "
                    "this laptop. The copy is still protected by your passphrase. Then back up the "
                    "backup: a second copy in another place (a colleague's safe, your office).",
                )
            )
        )
        row = QHBoxLayout()
        self.backup_button = QPushButton(translate("FirstRun", "Save a &backup of the key…"))
        self.backup_button.clicked.connect(self.save_backup)
        self.saved = label(role="ok", selectable=True)
        row.addWidget(self.backup_button)
        row.addWidget(self.saved, 1)
        layout.addLayout(row)
        layout.addWidget(
            label(
                translate(
                    "FirstRun",
                    "You can do this later from the home screen (“Back up the key…”). "
                    "Without a backup, a lost key "
                    "means the secretariat has to register a new key for you.",
                ),
                role="muted",
            )
        )
        layout.addStretch(1)

    def save_backup(self) -> None:
        folder = self.wizard_.choose_folder(
            translate("FirstRun", "Where to save the key backup (a USB stick)")
        )
        if not folder:
            return
        from cardentry.storage import keys

        try:
            path = keys.backup_key(self.wizard_.data_dir, Path(folder))
        except (OSError, keys.KeyFileError) as error:
            theme.set_role(self.saved, "error")
            self.saved.setText(translate("PublicKey", "Could not save it: {reason}").format(reason=error))
            return
        from cardentry.storage.profile import open_store
        from cardentry.storage.store import utc_now

        with open_store(self.wizard_.data_dir) as store:
            store.set_setting(keys.BACKED_UP_SETTING, utc_now())
        self.saved.setText(translate("PublicKey", "Saved: {path}").format(path=path))

    def nextId(self) -> int:
        return PAGE_NETWORK


class NetworkPage(QWizardPage):
    """The secretariat's network key: accepted here after a phone check (or already, when the
    installer brought it), so that every export is sealed. It can be done later too."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("FirstRun", "The secretariat's network key"))
        self.setSubTitle(
            translate(
                "FirstRun",
                "With it, only the secretariat can read the cards you send. You can also do this later "
                "(File, Network key).",
            )
        )
        layout = QVBoxLayout(self)
        self.panel = NetworkKeyPanel(self._with_store)
        layout.addWidget(self.panel)

    def _with_store(self, fn: Any) -> Any:
        from cardentry.storage.profile import open_store

        with open_store(self.wizard_.data_dir) as store:
            return fn(store)

    def initializePage(self) -> None:
        self.panel.refresh()

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    """Creates the profile; ``finished`` with ``Accepted`` once it exists."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(translate("FirstRun", "cardentry: first start"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.busy = False
        self.created = False
        self.key_file: keys.KeyFile | None = None
        self.role = "partner"
        self.worker = StoreWorker(self)
        self.role_page = RolePage()
        self.organisation_page = OrganisationPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.key_page = KeyPage(self)
        self.backup_page = BackupPage(self)
        self.network_page = NetworkPage(self)
        for page_id, page in (
            (PAGE_ROLE, self.role_page),
            (PAGE_ORGANISATION, self.organisation_page),
            (PAGE_PASSPHRASE, self.passphrase_page),
            (PAGE_KEY, self.key_page),
            (PAGE_BACKUP, self.backup_page),
            (PAGE_NETWORK, self.network_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_ROLE)
        self.currentIdChanged.connect(self._page_changed)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 90, m.lineSpacing() * 34)

    def _page_changed(self, page_id: int) -> None:
        # once the profile exists there is no going back to change it
        back = self.button(QWizard.WizardButton.BackButton)
        back.setEnabled(not (self.created and page_id >= PAGE_KEY))
        if self.created and page_id >= PAGE_KEY:
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    # dialogs, replaceable in tests
    @classmethod
    def choose_save_path(cls, title: str, suggested: Path, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(None, title, str(suggested), filter_text)
        return path

    @classmethod
    def choose_folder(cls, title: str) -> str:
        return QFileDialog.getExistingDirectory(None, title, str(Path.home()))

    def create_profile(self, passphrase: str | None) -> bool:
        """Called by a page's validatePage: ``True`` once the profile exists."""
        if self.created:
            return True
        if self.busy:
            return False
        page = self.organisation_page
        organisation = page.organisation.text().strip()
        email = page.email.text().strip() or None
        role = "partner" if page.is_partner() else "secretariat"
        countries = tuple(page.codes()) if role == "partner" else ()
        self.role = role
        root = self.data_dir

        def work() -> keys.KeyFile | None:
            from cardentry.storage import keys

            store = init_profile(
                root,
                role=role,
                organisation=organisation,
                email=email,
                countries=countries,
                passphrase=passphrase,
            )
            store.close()
            return keys.load_profile_key(root) if passphrase is not None else None

        def done(key_file: keys.KeyFile | None) -> None:
            self.key_file = key_file
            self.created = True
            self._set_busy(False)
            if role == "partner":
                self.next()
            else:
                self.accept()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            message = error_text(error)  # a CardentryError's message; a bug: "something went wrong"
            target = self.passphrase_page.error if passphrase is not None else self.organisation_page.message
            target.show_problem(message)

        self._set_busy(True)
        self.worker.submit(work, done, failed)
        return False

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.passphrase_page.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def done(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted and self.created:
            result = QWizard.DialogCode.Accepted  # the profile exists: carry on into the app
        self.worker.stop()
        super().done(result)


__all__ = ["FirstRunWizard", "QWidget", "passphrase_strength", "public_key_email"]
