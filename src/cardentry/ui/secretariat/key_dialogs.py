"""The secretariat's dialogs about a partner's key: trusting it after the phone check
(``TrustKeyDialog``) and changing the countries it may send cards for
(``KeyCountriesDialog``); both choose countries by name (``CountriesRows``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cardentry.base.countries import find_country
from cardentry.bundleformat.keyfile import PublicKeyInfo, format_fingerprint
from cardentry.secretariat.trust import printable
from cardentry.ui.common.i18n import country_name, current_language
from cardentry.ui.common.qt import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import CountryPicker, FieldMessage, box, cancel_and, heading, label
from cardentry.ui.secretariat.common import mono_font


def countries_text(countries: tuple[str, ...] | None) -> str:
    if countries is None:
        return translate("SecretariatTrust", "Any country")
    return ", ".join(country_name(code) for code in countries)


def scope_text(countries: tuple[str, ...] | None) -> str:
    """What a key is trusted for, inside a sentence: "any country" or "India, Nepal"."""
    return translate("SecretariatTrust", "any country") if countries is None else countries_text(countries)


def names_text(codes: tuple[str, ...]) -> str:
    """Countries by name, as the Countries box shows them: "India, Nepal"."""
    return ", ".join(country_name(code) for code in codes)


def parse_countries(text: str) -> tuple[tuple[str, ...], list[str]]:
    """Countries typed by name (in the interface language or English, accents and case
    aside) or by ISO code, separated by commas: their codes, and a problem per unknown one.
    A name with a comma in it ("Bonaire, Sint Eustatius and Saba") is recognised whole."""
    parts = [part.strip() for part in text.split(",")]
    codes: list[str] = []
    problems: list[str] = []
    index = 0
    while index < len(parts):
        if not parts[index]:
            index += 1
            continue
        for span in (3, 2, 1):
            if index + span > len(parts):
                continue
            code = find_country(", ".join(parts[index : index + span]), current_language())
            if code is not None:
                codes.append(code)
                index += span
                break
        else:
            problems.append(
                translate("SecretariatTrust", "“{text}” is not a country name or an ISO code").format(
                    text=parts[index]
                )
            )
            index += 1
    return tuple(dict.fromkeys(codes)), problems


@dataclass(frozen=True)
class TrustDecision:
    countries: tuple[str, ...] | None  # None: any country


class CountriesRows:
    """The countries a key may send cards for, as rows of ``form``: typed by name (or ISO
    code) in a box, or ticked in a list below it, the two kept in step; a message under them
    names what is not a country, and a hint says in words what the key will be trusted for.
    ``on_change`` is called after every change."""

    def __init__(self, form: QFormLayout, countries: str, on_change: Callable[[], None]):
        self.on_change = on_change
        codes, problems = parse_countries(countries)
        self.line = QLineEdit(names_text(codes) if codes and not problems else countries)
        self.line.setPlaceholderText(
            translate("SecretariatTrust", "e.g. India, Nepal (empty: any country); or tick them below")
        )
        self.line.setAccessibleName(translate("SecretariatTrust", "Countries this key may send cards for"))
        form.addRow(translate("SecretariatTrust", "Countries:"), self.line)
        self.picker = CountryPicker(
            list_name=translate("SecretariatTrust", "Countries this key may send cards for"), lines=5
        )
        form.addRow("", self.picker)
        self.message = FieldMessage()
        form.addRow("", self.message)
        self.hint = label(role="muted")
        form.addRow("", self.hint)
        self._syncing = False
        self.line.textChanged.connect(self._typed)
        self.picker.changed.connect(self._ticked)
        self._typed()

    def parsed(self) -> tuple[tuple[str, ...] | None, list[str]]:
        """The countries' codes (``None``: any country) and a problem per unknown name."""
        text = self.line.text().strip()
        if not text:
            return None, []
        codes, problems = parse_countries(text)
        return (codes or None), problems

    def _ticked(self) -> None:
        if not self._syncing:
            self._syncing = True
            self.line.setText(names_text(tuple(self.picker.codes())))
            self._syncing = False

    def _typed(self) -> None:
        codes, problems = self.parsed()
        if not problems and not self._syncing:
            self._syncing = True
            self.picker.set_codes(codes or ())
            self._syncing = False
        self.message.show_problem("; ".join(problems) if problems else None)
        self.hint.setText(
            ""
            if problems
            else translate("SecretariatTrust", "Cards accepted for: {countries}").format(
                countries=countries_text(codes)
            )
        )
        self.on_change()


class TrustKeyDialog(QDialog):
    """Compare the fingerprint with the partner by phone before trusting the key."""

    def __init__(
        self, key: PublicKeyInfo, *, held: int = 0, countries: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.key = key
        organisation = printable(key.organisation.get("name", ""))  # no CR/LF from a key file
        email = key.organisation.get("email")
        self.setWindowTitle(
            translate("SecretariatTrust", "Trust the key of {organisation}").format(organisation=organisation)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("SecretariatTrust", "Trust the key of {organisation}?").format(
                    organisation=organisation
                ),
                1.3,
            )
        )
        layout.addWidget(
            label(
                translate(
                    "SecretariatTrust",
                    "Anyone can send a file claiming to be this partner. Call the partner on a number you "
                    "already know (not one from the e-mail) and ask them to read out the fingerprint their "
                    "app shows. Trust the key only if every character matches.",
                )
            )
        )
        self.fingerprint = label(format_fingerprint(key.key_id), wrap=False, selectable=True)
        self.fingerprint.setFont(mono_font(self.font(), 2.0))
        self.fingerprint.setAccessibleName(
            translate("SecretariatTrust", "Fingerprint {fingerprint}").format(
                fingerprint=format_fingerprint(key.key_id)
            )
        )
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(
            box(label(translate("SecretariatTrust", "Fingerprint"), role="muted"), self.fingerprint)
        )
        form = QFormLayout()
        form.addRow(translate("SecretariatTrust", "Organisation:"), label(organisation, selectable=True))
        if email:
            form.addRow(translate("SecretariatTrust", "E-mail:"), label(email, selectable=True))
        if held:
            form.addRow(
                translate("SecretariatTrust", "Waiting:"),
                label(
                    translate(
                        "SecretariatTrust", "%n bundle(s) signed with this key will be imported.", "", held
                    )
                ),
            )
        self.rows = CountriesRows(form, countries, self._update)
        self.countries, self.picker = self.rows.line, self.rows.picker
        self.countries_message, self.countries_hint = self.rows.message, self.rows.hint
        layout.addLayout(form)
        self.compared = QCheckBox(
            translate(
                "SecretariatTrust", "I compared this fingerprint with the partner by phone, and it matches"
            )
        )
        self.compared.toggled.connect(self._update)
        layout.addWidget(self.compared)
        self.buttons, self.trust_button = cancel_and(self, translate("SecretariatTrust", "Trust"))
        layout.addWidget(self.buttons)
        self._update()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def parsed_countries(self) -> tuple[tuple[str, ...] | None, list[str]]:
        return self.rows.parsed()

    def _update(self) -> None:
        if hasattr(self, "trust_button"):  # the rows report once while the dialog is built
            self.trust_button.setEnabled(self.compared.isChecked() and not self.parsed_countries()[1])

    def decision(self) -> TrustDecision:
        return TrustDecision(self.parsed_countries()[0])


class KeyCountriesDialog(QDialog):
    """Change the countries a trusted key may send cards for (``secretariat.trust.set_countries``)."""

    def __init__(self, key: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(
            translate("SecretariatTrust", "Countries of {organisation}'s key").format(
                organisation=key.organisation
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("SecretariatTrust", "Countries of {organisation}'s key").format(
                    organisation=key.organisation
                ),
                1.3,
            )
        )
        layout.addWidget(
            label(
                translate(
                    "SecretariatTrust",
                    "Cards signed with this key ({fingerprint}) count for these countries only: its "
                    "cards for other countries leave the figures, and come back if their country is "
                    "added again. A file refused earlier because of its country is not imported by "
                    "this change: import it again.",
                ).format(fingerprint=key.fingerprint)
            )
        )
        form = QFormLayout()
        form.addRow(
            translate("SecretariatTrust", "Now:"), label(countries_text(key.countries), selectable=True)
        )
        self.rows = CountriesRows(form, ", ".join(key.countries or ()), self._update)
        layout.addLayout(form)
        self.buttons, self.change_button = cancel_and(self, translate("SecretariatTrust", "Change"))
        layout.addWidget(self.buttons)
        self._update()
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def _update(self) -> None:
        """Change is offered once the countries are known names and differ from the key's."""
        if hasattr(self, "change_button"):
            codes, problems = self.rows.parsed()
            same = (codes is None) == (self.key.countries is None) and set(codes or ()) == set(
                self.key.countries or ()
            )
            self.change_button.setEnabled(not problems and not same)

    def decision(self) -> TrustDecision:
        return TrustDecision(self.rows.parsed()[0])
