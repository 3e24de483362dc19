"""Accepting the secretariat's network key file after a phone check: the panel that the
partner's "Network key" dialog and the first-run wizard share.

Once a network key is accepted every export is sealed to it: only the secretariat can
read the card on its way (network-format.md). The panel shows the file's organisation
and its *signing* fingerprint, large, to compare with the secretariat by phone; a newer
file from the same signing key (the secretariat's key rotation) is accepted without a new
check. All the logic is ``cardentry.storage.network_keys``; the panel reaches the store
through ``with_store(fn)``, so that the wizard can open the new profile only for a moment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.storage.store import Store
from cardentry.ui.common.qt import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.widgets import FieldMessage, heading, label

if TYPE_CHECKING:
    from cardentry.bundleformat.networkkey import NetworkKey

WithStore = Callable[[Callable[[Store], Any]], Any]


class NetworkKeyPanel(QWidget):
    """Shows the accepted network key; reads a network key file and accepts it."""

    accepted_key = Signal(object)  # the NetworkKey just accepted

    def __init__(self, with_store: WithStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.with_store = with_store
        self.candidate: NetworkKey | None = None
        self.relation: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            label(
                translate(
                    "NetworkKey",
                    "With the secretariat's network key, every card you export is sealed: only the "
                    "secretariat can read it, even if someone else sees the e-mail. The secretariat "
                    "sends you its network key file (.cpcnet.json) once.",
                )
            )
        )
        self.current = label(role="muted", selectable=True)
        layout.addWidget(self.current)
        choose_row = QHBoxLayout()
        self.choose_button = QPushButton(translate("NetworkKey", "&Choose the network key file…"))
        self.choose_button.clicked.connect(self.choose)
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        layout.addLayout(choose_row)
        self.organisation = label(selectable=True)
        self.fingerprint = heading("", 1.6)
        self.fingerprint.setTextInteractionFlags(self.organisation.textInteractionFlags())
        self.instructions = label()
        self.confirm = QCheckBox(
            translate("NetworkKey", "The secretariat read me the &same fingerprint on the phone")
        )
        self.confirm.toggled.connect(self._update)
        self.error = FieldMessage()
        for widget in (self.organisation, self.fingerprint, self.instructions, self.confirm):
            layout.addWidget(widget)
            widget.hide()
        layout.addWidget(self.error)
        accept_row = QHBoxLayout()
        self.accept_button = QPushButton(translate("NetworkKey", "&Accept this key"))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_key)
        accept_row.addWidget(self.accept_button)
        accept_row.addStretch(1)
        layout.addLayout(accept_row)
        layout.addStretch(1)  # the owner calls refresh() once the profile can be opened

    @classmethod
    def choose_file(cls, parent: QWidget | None) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("NetworkKey", "The secretariat's network key file"),
            "",
            translate("NetworkKey", "Network key files (*.cpcnet.json);;All files (*)"),
        )
        return path

    def refresh(self) -> None:
        """Show the key accepted now (the wizard's profile may have got one from the installer)."""
        self._show_current()

    def _show_current(self) -> None:
        # the key's parser (pydantic, the crypto library) loads when the panel is shown,
        # not with the first-run assistant's first page (issue 18)
        from cardentry.storage import network_keys

        accepted = self.with_store(network_keys.accepted_network_key)
        if accepted is None:
            self.current.setText(
                translate("NetworkKey", "No network key is accepted yet: your exports are not sealed.")
            )
        else:
            self.current.setText(
                translate(
                    "NetworkKey",
                    "Accepted: {secretariat}, fingerprint {fingerprint}. Your exports are sealed.",
                ).format(secretariat=accepted.name, fingerprint=accepted.fingerprint)
            )

    def choose(self) -> None:
        path = self.choose_file(self)
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read a network key file and show what to compare (tests call this directly)."""
        from cardentry.bundleformat.networkkey import NetworkKeyError
        from cardentry.storage import network_keys

        self.error.show_problem(None)
        self.candidate = None
        try:
            key = network_keys.read_network_key_file(Path(path))
        except NetworkKeyError as error:
            for widget in (self.organisation, self.fingerprint, self.instructions, self.confirm):
                widget.hide()
            self.error.show_problem(
                translate("NetworkKey", "This is not a valid network key file: {reason}").format(reason=error)
            )
            self._update()
            return
        self.candidate = key
        self.relation = self.with_store(lambda store: network_keys.classify(store, key))
        email = key.organisation.get("email")
        self.organisation.setText(f"{key.name} <{email}>" if email else key.name)
        self.fingerprint.setText(key.fingerprint)
        self.fingerprint.setAccessibleName(
            translate("NetworkKey", "Fingerprint {fingerprint}").format(fingerprint=key.fingerprint)
        )
        texts = {
            "new": translate(
                "NetworkKey",
                "Call the secretariat on a number you already know (not one from the e-mail) and ask "
                "them to read their fingerprint. Accept only if it is exactly the one above.",
            ),
            "other_network": translate(
                "NetworkKey",
                "Careful: this is another key than the one you accepted. Accept it only if the "
                "secretariat told you it changed, and read you exactly the fingerprint above.",
            ),
            "newer": translate(
                "NetworkKey",
                "This is the secretariat's new sealing key, signed by the key you accepted: no phone "
                "check is needed.",
            ),
            "same": translate("NetworkKey", "This network key is already accepted."),
            "older": translate(
                "NetworkKey", "This file is older than the network key you accepted; it cannot replace it."
            ),
        }
        self.instructions.setText(texts[self.relation])
        for widget in (self.organisation, self.fingerprint, self.instructions):
            widget.show()
        self.confirm.setChecked(False)
        self.confirm.setVisible(self.relation in ("new", "other_network"))
        self._update()

    def _update(self, *_: object) -> None:
        needs_check = self.relation in ("new", "other_network")
        self.accept_button.setEnabled(
            self.candidate is not None
            and self.relation in ("new", "other_network", "newer")
            and (self.confirm.isChecked() or not needs_check)
        )

    def accept_key(self) -> None:
        if self.candidate is None or not self.accept_button.isEnabled():
            return
        from cardentry.storage import network_keys

        candidate = self.candidate
        self.with_store(lambda store: network_keys.accept_network_key(store, candidate))
        self.relation = "same"
        self.confirm.hide()
        self.instructions.setText(
            translate(
                "NetworkKey", "Accepted. Your exports are now sealed: only {secretariat} can read them."
            ).format(secretariat=self.candidate.name)
        )
        self._show_current()
        self._update()
        self.accepted_key.emit(candidate)
