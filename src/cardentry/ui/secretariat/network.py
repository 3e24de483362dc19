"""The secretariat's "Network keys" dialog: make the keys, save the network key file for partners,
back the keys up, and require sealed files.

network-format.md. The work is ``cardentry.storage.network_keys`` (the same as ``cardentry
network init|export|backup`` and ``network require-sealed``), run on the desk's worker
thread because unlocking a key is deliberately slow. Passphrases and file choices are class
methods so that tests can replace them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cardentry.storage import keys, network_keys
from cardentry.storage.store import utc_now
from cardentry.ui.common.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import FieldMessage, ask_secret, heading, label
from cardentry.ui.secretariat.desk import Desk


class NetworkKeysDialog(QDialog):
    """The network keys of this secretariat, and what partners need of them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(translate("NetworkKeys", "Network keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("NetworkKeys", "Network keys"), 1.3))
        layout.addWidget(
            label(
                translate(
                    "NetworkKeys",
                    "Partners seal their cards to this secretariat's network key, so that nobody else can "
                    "read them on their way. Make the keys once, save the network key file and send it to "
                    "every partner; they compare its fingerprint with you by phone.",
                )
            )
        )
        self.status = label(selectable=True)
        self.fingerprint = heading("", 1.6)
        self.fingerprint.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.fingerprint)
        self.warning = label(role="error")
        layout.addWidget(self.warning)
        buttons_row = QHBoxLayout()
        self.init_button = QPushButton(translate("NetworkKeys", "&Make the network keys…"))
        self.init_button.clicked.connect(self.make_keys)
        self.export_button = QPushButton(translate("NetworkKeys", "&Save the network key file…"))
        self.export_button.clicked.connect(self.save_network_key)
        self.backup_button = QPushButton(translate("NetworkKeys", "&Back up the network keys…"))
        self.backup_button.clicked.connect(self.back_up)
        self.network: Any = None
        for button in (self.init_button, self.export_button, self.backup_button):
            button.setEnabled(False)  # until the keys are read (refresh)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.require = QCheckBox(
            translate("NetworkKeys", "Accept &sealed files only (plain bundles are rejected as not sealed)")
        )
        self.require.toggled.connect(self._require_changed)
        layout.addWidget(self.require)
        self.result = label(role="ok", selectable=True)
        self.error = FieldMessage()
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 90, m.lineSpacing() * 24)
        self.refresh()

    # dialogs, replaceable in tests
    @classmethod
    def ask_passphrase(cls, parent: QWidget | None, new: bool = False) -> str | None:
        prompt = (
            translate("NetworkKeys", "A new passphrase for the network keys (at least 8 characters):")
            if new
            else translate("NetworkKeys", "Passphrase of the network keys:")
        )
        text = ask_secret(parent, translate("NetworkKeys", "Network keys"), prompt)
        if not text:
            return None
        if new:
            again = ask_secret(
                parent,
                translate("NetworkKeys", "Network keys"),
                translate("NetworkKeys", "The same passphrase again:"),
            )
            if again != text:  # cancelled (None) or different
                return None
        return text

    @classmethod
    def choose_save_path(cls, parent: QWidget | None, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("NetworkKeys", "Save the network key file"),
            str(Path.home() / suggested),
            translate("NetworkKeys", "Network key files (*.cpcnet.json)"),
        )
        return path

    @classmethod
    def choose_folder(cls, parent: QWidget | None) -> str:
        return QFileDialog.getExistingDirectory(
            parent, translate("NetworkKeys", "Where to save the backup (a USB stick)"), str(Path.home())
        )

    # --- state -------------------------------------------------------------------------

    def refresh(self) -> None:
        data_dir, store = self.desk.data_dir, self.desk.store

        def read() -> tuple[Any, Any, bool]:
            try:
                network = network_keys.load_network_keys(data_dir)
            except keys.KeyFileError:
                network = None
            return (
                network,
                store.get_setting(network_keys.BACKED_UP_SETTING),
                bool(store.get_setting(network_keys.REQUIRE_SEALED_SETTING, False)),
            )

        self.desk.run(read, self._show)

    def _show(self, state: tuple[Any, Any, bool]) -> None:
        network, backed_up_at, required = state
        self.network = network
        has = network is not None
        self.init_button.setEnabled(not has)
        self.export_button.setEnabled(has)
        self.backup_button.setEnabled(has)
        self.require.blockSignals(True)
        self.require.setChecked(required)
        self.require.blockSignals(False)
        if not has:
            self.status.setText(
                translate("NetworkKeys", "No network keys yet: partners cannot seal their cards for you.")
            )
            self.fingerprint.hide()
            self.warning.setText("")
            return
        self.status.setText(
            translate(
                "NetworkKeys",
                "Signing fingerprint (partners compare it by phone); sealing key {sealing}, "
                "%n retired key(s) kept to open older files:",
                "",
                len(network.retired),
            ).format(sealing=network.sealing.fingerprint)
        )
        self.fingerprint.setText(network.signing.fingerprint)
        self.fingerprint.show()
        self.warning.setText(
            ""
            if backed_up_at
            else translate(
                "NetworkKeys",
                "Back up the network keys now, onto a USB stick kept apart from this computer. If the "
                "sealing key is lost, no sealed card can ever be read again, by anyone.",
            )
        )

    # --- actions -----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, keys.WrongPassphrase):
            self.error.show_problem(
                translate("NetworkKeys", "That passphrase does not open the network keys.")
            )
        else:
            self.error.show_problem(str(error))

    def make_keys(self) -> None:
        passphrase = self.ask_passphrase(self, new=True)
        if passphrase is None:
            return
        self.error.show_problem(None)
        data_dir, store = self.desk.data_dir, self.desk.store
        organisation = {"name": store.get_setting("organisation"), "email": store.get_setting("email")}

        def work() -> None:
            network_keys.init_network(data_dir, passphrase, organisation=organisation)
            store.set_setting(network_keys.BACKED_UP_SETTING, None)

        def done(_: object) -> None:
            self.result.setText(translate("NetworkKeys", "The network keys are made."))
            self.refresh()

        self.desk.run(work, done, self._failed)

    def save_network_key(self) -> None:
        if self.network is None:
            return
        passphrase = self.ask_passphrase(self)
        if passphrase is None:
            return
        path = self.choose_save_path(self, "network-key.cpcnet.json")
        if not path:
            return
        self.error.show_problem(None)
        data_dir = self.desk.data_dir

        def work() -> Path:
            return network_keys.write_network_key(Path(path), network_keys.network_key(data_dir, passphrase))

        def done(written: Path) -> None:
            self.result.setText(
                translate(
                    "NetworkKeys",
                    "Saved: {path}. Send it to every partner; they compare the fingerprint by phone.",
                ).format(path=written)
            )

        self.desk.run(work, done, self._failed)

    def back_up(self) -> None:
        folder = self.choose_folder(self)
        if not folder:
            return
        self.error.show_problem(None)
        data_dir, store = self.desk.data_dir, self.desk.store

        def work() -> Path:
            path = network_keys.backup_network(data_dir, Path(folder))
            store.set_setting(network_keys.BACKED_UP_SETTING, utc_now())
            return path

        def done(path: Path) -> None:
            self.result.setText(translate("NetworkKeys", "Backed up: {path}").format(path=path))
            self.refresh()

        self.desk.run(work, done, self._failed)

    def _require_changed(self, on: bool) -> None:
        store = self.desk.store
        self.desk.run(lambda: store.set_setting(network_keys.REQUIRE_SEALED_SETTING, on))
