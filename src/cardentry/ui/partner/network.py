"""The partner's "Network key" dialog (File menu): the shared ``NetworkKeyPanel`` in a window.

Once a network key is accepted every export is sealed to it (network-format.md); the
first-run wizard shows the same panel (``ui.common.firstrun``).
"""

from __future__ import annotations

from cardentry.storage.store import Store
from cardentry.ui.common.network_key import NetworkKeyPanel
from cardentry.ui.common.qt import QDialog, QDialogButtonBox, QVBoxLayout, QWidget, translate
from cardentry.ui.common.widgets import heading


class NetworkKeyDialog(QDialog):
    """The accepted network key, and accepting a network key file after the phone check."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(translate("NetworkKey", "The secretariat's network key"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("NetworkKey", "The secretariat's network key"), 1.3))
        self.panel = NetworkKeyPanel(lambda fn: fn(store), self)
        layout.addWidget(self.panel, 1)
        self.panel.refresh()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        m = self.fontMetrics()
        self.resize(m.averageCharWidth() * 80, m.lineSpacing() * 26)
