"""Partners' keys: the trust store, adding a key after a phone check, changing the countries a key
may send cards for, approving held bundles, revoking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.bundleformat.keyfile import PublicKeyInfo, format_fingerprint
from cardentry.secretariat.dashboard import held_key
from cardentry.secretariat.trust import (
    CountriesDiffer,
    TrustError,
    list_keys,
    predecessor,
    read_public_key_file,
    revoke_key,
    set_countries,
)
from cardentry.ui.common.errors import show_error
from cardentry.ui.common.i18n import country_name
from cardentry.ui.common.messages import problem_text
from cardentry.ui.common.qt import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import label, local_time
from cardentry.ui.secretariat.common import item, mono_font, page_layout, row, table
from cardentry.ui.secretariat.desk import Desk
from cardentry.ui.secretariat.key_dialogs import (
    KeyCountriesDialog,
    TrustDecision,
    TrustKeyDialog,
    countries_text,
    scope_text,
)
from cardentry.ui.secretariat.texts import OUTCOME_TEXT, reason_text

if TYPE_CHECKING:  # the import (actions, importer) loads when this page reads or acts (issue 18)
    from cardentry.secretariat.actions import RotationResult, TrustResult
    from cardentry.secretariat.received import PendingBundle


class TrustPage(QWidget):
    """The keys the secretariat trusts, and the bundles waiting for a key."""

    def __init__(self, desk: Desk):
        super().__init__()
        self.desk = desk
        self.keys: list[Any] = []
        self.pending: list[PendingBundle] = []
        self.last_result: TrustResult | RotationResult | None = None
        self._wanted_country: str | None = None  # select its first waiting bundle once loaded
        self._key_queue: list[str | Path] = []  # key files still to check by phone
        layout = page_layout(
            self,
            translate("SecretariatTrust", "Partners' keys"),
            translate(
                "SecretariatTrust",
                "A card counts only when it is signed with a key you trust. Add a partner's key from the "
                ".cpckey.json file they sent, after comparing its fingerprint with them by phone.",
            ),
        )
        self.add_button = QPushButton(translate("SecretariatTrust", "&Add a key from a file…"))
        self.add_button.clicked.connect(self.add_from_file)
        self.revoke_button = QPushButton(translate("SecretariatTrust", "&Revoke…"))
        self.revoke_button.setToolTip(
            translate(
                "SecretariatTrust", "Its cards leave the figures; later bundles signed with it are rejected"
            )
        )
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.countries_button = QPushButton(translate("SecretariatTrust", "Co&untries…"))
        self.countries_button.setToolTip(
            translate("SecretariatTrust", "Change the countries this key may send cards for")
        )
        self.countries_button.clicked.connect(self.change_countries_selected)
        self.rotate_button = QPushButton(translate("SecretariatTrust", "A key &change…"))
        self.rotate_button.setToolTip(
            translate(
                "SecretariatTrust",
                "A partner made a new key: its .cpcrotate.json file, signed with the key you already trust, "
                "moves the trust to the new key",
            )
        )
        self.rotate_button.clicked.connect(self.accept_rotation_file)
        self.keys_table = table(
            [
                translate("SecretariatTrust", "Organisation"),
                translate("SecretariatTrust", "Fingerprint"),
                translate("SecretariatTrust", "Countries"),
                translate("SecretariatTrust", "State"),
                translate("SecretariatTrust", "Added"),
                translate("SecretariatTrust", "Replaces"),
            ],
            translate("SecretariatTrust", "Trusted keys"),
        )
        self.keys_table.itemSelectionChanged.connect(self._update_buttons)
        keys_part = QWidget()
        keys_layout = QVBoxLayout(keys_part)
        keys_layout.setContentsMargins(0, 0, 0, 0)
        keys_layout.addLayout(
            row(
                label(translate("SecretariatTrust", "Keys"), wrap=False),
                None,
                self.add_button,
                self.rotate_button,
                self.countries_button,
                self.revoke_button,
            )
        )
        keys_layout.addWidget(self.keys_table)

        self.approve_button = QPushButton(translate("SecretariatTrust", "A&pprove this key…"))
        self.approve_button.setToolTip(
            translate("SecretariatTrust", "Compare the fingerprint by phone, then import what it signed")
        )
        self.approve_button.clicked.connect(self.approve_selected)
        self.discard_button = QPushButton(translate("SecretariatTrust", "&Discard…"))
        self.discard_button.clicked.connect(self.discard_selected)
        self.pending_table = table(
            [
                translate("SecretariatTrust", "Organisation"),
                translate("SecretariatTrust", "Fingerprint"),
                translate("SecretariatTrust", "Country"),
                translate("SecretariatTrust", "Cycle"),
                translate("SecretariatTrust", "Revision"),
                translate("SecretariatTrust", "Received"),
                translate("SecretariatTrust", "File"),
            ],
            translate("SecretariatTrust", "Bundles waiting for their key"),
        )
        self.pending_table.itemSelectionChanged.connect(self._update_buttons)
        pending_part = QWidget()
        pending_layout = QVBoxLayout(pending_part)
        pending_layout.setContentsMargins(0, 0, 0, 0)
        self.pending_title = label(
            translate("SecretariatTrust", "Waiting for a key to be trusted"), wrap=False
        )
        pending_layout.addLayout(row(self.pending_title, None, self.approve_button, self.discard_button))
        pending_layout.addWidget(self.pending_table)
        self.result_label = label(role="ok", selectable=True)
        self.result_label.hide()
        pending_layout.addWidget(self.result_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(keys_part)
        splitter.addWidget(pending_part)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        from cardentry.secretariat.importer import list_pending  # loaded when the page is first shown

        store = self.desk.store

        def read() -> tuple[list[Any], list[PendingBundle], dict[str, str]]:
            found = list_keys(store)
            replaces = {k.key_id: old for k in found if (old := predecessor(store, k.key_id)) is not None}
            return found, list_pending(store), replaces

        self.desk.run(read, self._show)

    def _show(self, data: tuple[list[Any], list[PendingBundle], dict[str, str]]) -> None:
        self.keys, self.pending, replaces = data
        mono = mono_font(self.font())
        self.keys_table.setRowCount(len(self.keys))
        for index, key in enumerate(self.keys):
            state = (
                translate("SecretariatTrust", "Trusted")
                if key.state == "trusted"
                else translate("SecretariatTrust", "Revoked {when}").format(when=local_time(key.revoked_at))
            )
            self.keys_table.setItem(index, 0, item(key.organisation, data=key.key_id, tip=key.email or ""))
            fingerprint = item(key.fingerprint)
            fingerprint.setFont(mono)
            self.keys_table.setItem(index, 1, fingerprint)
            self.keys_table.setItem(index, 2, item(countries_text(key.countries)))
            self.keys_table.setItem(index, 3, item(state))
            self.keys_table.setItem(index, 4, item(local_time(key.added_at)))
            old = replaces.get(key.key_id)
            replaced = item(format_fingerprint(old) if old else "")
            replaced.setFont(mono)
            self.keys_table.setItem(index, 5, replaced)
        self.pending_table.setRowCount(len(self.pending))
        for index, bundle in enumerate(self.pending):
            self.pending_table.setItem(index, 0, item(bundle.organisation, data=bundle.id))
            fingerprint = item(format_fingerprint(bundle.key_id))
            fingerprint.setFont(mono)
            self.pending_table.setItem(index, 1, fingerprint)
            self.pending_table.setItem(index, 2, item(country_name(bundle.country)))
            self.pending_table.setItem(index, 3, item(bundle.cycle))
            self.pending_table.setItem(index, 4, item(f"r{bundle.revision}"))
            self.pending_table.setItem(index, 5, item(local_time(bundle.received_at)))
            self.pending_table.setItem(index, 6, item(Path(bundle.file_name).name, tip=bundle.file_name))
        self.pending_title.setText(
            translate("SecretariatTrust", "Waiting for a key to be trusted ({count})").format(
                count=len(self.pending)
            )
            if self.pending
            else translate("SecretariatTrust", "Nothing is waiting for a key.")
        )
        self._update_buttons()
        self._select_wanted()

    def selected_key(self) -> Any:
        rows = self.keys_table.selectionModel().selectedRows()
        return self.keys[rows[0].row()] if rows else None

    def selected_pending(self) -> PendingBundle | None:
        rows = self.pending_table.selectionModel().selectedRows()
        return self.pending[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.revoke_button.setEnabled(key is not None and key.state == "trusted")
        self.countries_button.setEnabled(key is not None and key.state == "trusted")
        held = self.selected_pending() is not None
        self.approve_button.setEnabled(held)
        self.discard_button.setEnabled(held)

    def select_pending_country(self, country: str) -> None:
        """Select the first bundle waiting for ``country`` (now, or once the list is loaded)."""
        self._wanted_country = country
        self._select_wanted()

    def _select_wanted(self) -> None:
        for index, bundle in enumerate(self.pending):
            if bundle.country == self._wanted_country:
                self.pending_table.selectRow(index)
                self.pending_table.setFocus()
                self._wanted_country = None
                return

    # --- dialogs (class methods: tests replace them) ---------------------------------

    @classmethod
    def ask_key_file(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("SecretariatTrust", "A partner's public key"),
            str(Path.home()),
            translate("SecretariatTrust", "Public keys (*.cpckey.json)")
            + ";;"
            + translate("SecretariatTrust", "All files (*)"),
        )
        return path

    @classmethod
    def ask_rotation_file(cls, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("SecretariatTrust", "A partner's key change"),
            str(Path.home()),
            translate("SecretariatTrust", "Key changes (*.cpcrotate.json)")
            + ";;"
            + translate("SecretariatTrust", "All files (*)"),
        )
        return path

    @classmethod
    def ask_trust(
        cls, parent: QWidget, key: PublicKeyInfo, held: int, countries: str
    ) -> TrustDecision | None:
        dialog = TrustKeyDialog(key, held=held, countries=countries, parent=parent)
        return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_countries(cls, parent: QWidget, key: Any) -> TrustDecision | None:
        dialog = KeyCountriesDialog(key, parent=parent)
        return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    # --- acting --------------------------------------------------------------------

    def add_from_file(self) -> None:
        path = self.ask_key_file(self)
        if path:
            self.add_key_path(path)

    def add_key_path(self, path: str | Path) -> None:
        """Read a public key file, then the phone check, then trust (a dropped file too)."""
        try:
            key = read_public_key_file(Path(path))
        except TrustError as error:
            QMessageBox.warning(
                self,
                translate("SecretariatTrust", "Not a public key file"),
                translate("SecretariatTrust", "{file}: {error}").format(
                    file=Path(path).name, error=problem_text(str(error))
                ),
            )
            self._next_key()
            return
        from cardentry.secretariat.importer import list_pending  # loaded when a key is added

        store = self.desk.store
        self.desk.run(lambda: list_pending(store, key.key_id), lambda held: self._ask_and_trust(key, held))

    def approve_selected(self) -> None:
        bundle = self.selected_pending()
        if bundle is None:
            return
        held = [b for b in self.pending if b.key_id == bundle.key_id]
        store = self.desk.store
        self.desk.run(lambda: held_key(store, bundle.key_id), lambda key: self._ask_and_trust(key, held))

    def _ask_and_trust(self, key: PublicKeyInfo, held: list[PendingBundle]) -> None:
        """The phone check for ``key`` (its held bundles suggest the countries), then trust."""
        countries = ", ".join(dict.fromkeys(b.country for b in held))
        decision = self.ask_trust(self, key, len(held), countries)
        if decision is None:
            self._next_key()
            return
        from cardentry.secretariat.actions import trust_key  # loaded when a key is trusted

        store = self.desk.store

        def refused(error: BaseException) -> None:
            self._refused(translate("SecretariatTrust", "The key was not trusted"), error)
            self._next_key()

        def trusted(result: TrustResult) -> None:
            self._trusted(result)
            self._next_key()

        self.desk.run(lambda: trust_key(store, key, decision.countries), trusted, refused)

    def add_key_paths(self, paths: list[Path]) -> None:
        """Several key files (found beside imported bundles): one phone check after another."""
        self._key_queue = list(paths)
        self._next_key()

    def _next_key(self) -> None:
        if self._key_queue:
            self.add_key_path(self._key_queue.pop(0))

    def accept_rotation_file(self) -> None:
        path = self.ask_rotation_file(self)
        if path:
            self.accept_rotation_path(path)

    def accept_rotation_path(self, path: str | Path) -> None:
        from cardentry.secretariat.actions import accept_rotation  # loaded when a key change is accepted

        store = self.desk.store
        self.desk.run(
            lambda: accept_rotation(store, Path(path)),
            self._trusted,
            lambda error: self._refused(
                translate("SecretariatTrust", "The key change was not accepted"), error
            ),
        )

    def _trusted(self, result: TrustResult | RotationResult) -> None:
        from cardentry.secretariat.actions import RotationResult  # loaded already: it made the result

        self.last_result = result
        scope = scope_text(result.key.countries)
        lines = [
            translate(
                "SecretariatTrust", "{organisation}'s key {fingerprint} is trusted for {scope}."
            ).format(organisation=result.key.organisation, fingerprint=result.key.fingerprint, scope=scope)
        ]
        if isinstance(result, RotationResult):
            lines[0] = translate(
                "SecretariatTrust",
                "{organisation}'s new key {fingerprint} replaces {old} and is trusted for {scope}.",
            ).format(
                organisation=result.key.organisation,
                fingerprint=result.key.fingerprint,
                old=result.predecessor.fingerprint,
                scope=scope,
            )
            if not result.accepted:
                lines.append(
                    translate(
                        "SecretariatTrust", "This key change had been accepted before; nothing changed."
                    )
                )
            else:
                lines.append(
                    translate(
                        "SecretariatTrust", "The old key stays trusted for late e-mails until you revoke it."
                    )
                )
        if result.released:
            lines.append(
                translate("SecretariatTrust", "%n bundle(s) that were waiting:", "", len(result.released))
            )
            for released in result.released:
                what = f"{country_name(released.country or '')} {released.cycle} r{released.revision}"
                outcome = OUTCOME_TEXT.get(released.status, released.status)
                if released.reason:
                    line = translate("SecretariatTrust", "{card}: {outcome}: {reason}").format(
                        card=what, outcome=outcome, reason=reason_text(released.reason)
                    )
                else:
                    line = translate("SecretariatTrust", "{card}: {outcome}").format(
                        card=what, outcome=outcome
                    )
                lines.append(f"  • {line}")
        self.result_label.setText("\n".join(lines))
        self.result_label.show()
        imported = sum(1 for released in result.released if released.status == "imported")
        notice = lines[0]
        if result.released:
            notice += " " + translate("SecretariatTrust", "%n waiting bundle(s) imported.", "", imported)
        self.desk.notice.emit(notice)
        self.desk.message.emit(notice)
        self.desk.changed.emit("trust")
        self.refresh()

    def _refused(self, title: str, error: BaseException) -> None:
        if isinstance(error, CountriesDiffer):  # adding a key file again never changes its countries
            text = translate(
                "SecretariatTrust",
                "This key is already trusted, for other countries than those you chose. Adding its "
                "key file again does not change them; nothing was changed.",
            )
            QMessageBox.warning(self, title, text)
            return
        show_error(self, error, title, logged=True)  # the worker logged it

    def revoke_selected(self) -> None:
        key = self.selected_key()
        if key is None or key.state != "trusted":
            return
        if not self.confirm(
            self,
            translate("SecretariatTrust", "Revoke this key?"),
            translate(
                "SecretariatTrust",
                "Revoke the key of {organisation} ({fingerprint})?\n\n"
                "Its cards leave the figures at once and bundles it signs later are rejected. A revoked "
                "key cannot be trusted again: the partner would have to make a new key.",
            ).format(organisation=key.organisation, fingerprint=key.fingerprint),
        ):
            return
        store = self.desk.store
        self.desk.run(lambda: revoke_key(store, key.key_id), self._revoked)

    def change_countries_selected(self) -> None:
        key = self.selected_key()
        if key is None or key.state != "trusted":
            return
        decision = self.ask_countries(self, key)
        if decision is None:
            return
        store = self.desk.store
        self.desk.run(
            lambda: set_countries(store, key.key_id, decision.countries),
            self._countries_changed,
            lambda error: self._refused(
                translate("SecretariatTrust", "The countries were not changed"), error
            ),
        )

    def _countries_changed(self, key: Any) -> None:
        text = translate(
            "SecretariatTrust", "{organisation}'s key {fingerprint} is now trusted for {scope}."
        ).format(
            organisation=key.organisation,
            fingerprint=key.fingerprint,
            scope=scope_text(key.countries),
        )
        self.result_label.setText(text)
        self.result_label.show()
        self.desk.message.emit(text)
        self.desk.changed.emit("trust")
        self.refresh()

    def _revoked(self, key: Any) -> None:
        self.result_label.setText(
            translate("SecretariatTrust", "{organisation}'s key {fingerprint} is revoked.").format(
                organisation=key.organisation, fingerprint=key.fingerprint
            )
        )
        self.result_label.show()
        self.desk.changed.emit("trust")
        self.refresh()

    def discard_selected(self) -> None:
        bundle = self.selected_pending()
        if bundle is None:
            return
        if not self.confirm(
            self,
            translate("SecretariatTrust", "Discard this bundle?"),
            translate(
                "SecretariatTrust",
                "Discard the card {card} from {organisation}? It was never trusted; it is removed from the "
                "waiting list.",
            ).format(
                card=f"{country_name(bundle.country)} {bundle.cycle} r{bundle.revision}",
                organisation=bundle.organisation,
            ),
        ):
            return
        from cardentry.secretariat.importer import discard_pending  # loaded when a held card is discarded

        store = self.desk.store
        self.desk.run(lambda: discard_pending(store, bundle.id), lambda _ok: self._after_discard())

    def _after_discard(self) -> None:
        self.desk.changed.emit("trust")
        self.refresh()
