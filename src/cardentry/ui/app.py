"""Start the desktop app: the QApplication, the profile, the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from cardentry.profile import open_store, read_info
from cardentry.store import StoreError


def run(data_dir: Path, *, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    try:
        store = open_store(data_dir)
    except StoreError as error:
        QMessageBox.critical(None, "cardentry", str(error))
        return 2
    with store:
        info = read_info(store)
        cards = store.list_assessments()
        window = QMainWindow()
        window.setWindowTitle(f"cardentry: {info.organisation}" + (" (demo)" if demo else ""))
        window.setCentralWidget(
            QLabel("\n".join(f"{c.country} {c.cycle}: {c.rated}/{c.total} rated" for c in cards))
        )
        window.resize(800, 600)
        window.show()
        return app.exec()
