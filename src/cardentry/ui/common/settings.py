"""Settings: the app's language (Automatic / English / Français / Español), applied at the next start."""

from __future__ import annotations

from pathlib import Path

from cardentry.ui.common import i18n
from cardentry.ui.common.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import combo_box, heading, label


class SettingsDialog(QDialog):
    """The interface language, kept in the profile folder's ``ui.ini``."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(translate("Settings", "Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Settings", "Settings"), 1.3))
        self.language = combo_box()
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(
            translate("Settings", "Automatic (as the system: {language})").format(language=system),
            i18n.AUTOMATIC,
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words: never translated
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.stored_choice(data_dir))))
        self.language.setAccessibleName(translate("Settings", "Language of the app"))
        note = translate(
            "Settings",
            "Menus, buttons and messages, and the guidance of the indicators. The new language "
            "applies the next time you start cardentry. Cards are stored and exported the same "
            "way in every language.",
        )
        self.language.setAccessibleDescription(note)
        form = QFormLayout()
        form.addRow(translate("Settings", "&Language"), self.language)
        layout.addLayout(form)
        self.note = label(note, role="muted")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    def choice(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        i18n.store_choice(self.data_dir, self.choice())
        super().accept()
