"""Files handed to the app by the system ("Open with", double-click, ``cardentry FILE``).

The secretariat's window imports bundles and offers key files for the phone check (its
``open_paths``). A partner's window has nothing to import: for a bundle it shows what
``verify`` says (who signed it, country, cycle, revision, whether it is intact), which
is what a partner wants to know about a file before e-mailing it again.

Windows and Linux hand files over as arguments (``run(open_paths=...)``); macOS sends a
``QFileOpenEvent`` to the application instead, even before a window exists, which
``FileOpenEvents`` catches and passes on in the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cardentry.ui.common.qt import QEvent, QMessageBox, QObject, QTimer, QWidget, translate


def verification_text(path: Path) -> tuple[bool, str]:
    """(intact, a paragraph for a person) about the bundle at ``path``."""
    from cardentry.bundleformat.sealed import sealed_file_recipient
    from cardentry.bundleformat.verify import describe, verify_file

    try:
        verification = verify_file(path)
    except OSError as error:
        problem = translate("Opening", "Cannot read {file}: {error}")
        return False, problem.format(file=path.name, error=error.strerror)
    facts = describe(verification, path)
    recipient = sealed_file_recipient(path) if verification.reason == "unsupported_format" else None
    if recipient is not None:
        return True, translate(
            "Opening",
            "{file} is sealed: only the secretariat holding the key {recipient} can open it and check "
            "the card inside. Send it as it is.",
        ).format(file=path.name, recipient=recipient)
    if not verification.ok:
        return False, translate("Opening", "{file} is not a valid bundle ({reason}): {detail}").format(
            file=path.name, reason=facts["reason"], detail=facts["detail"]
        )
    return True, translate(
        "Opening",
        "{file} is intact: signed by {organisation} (key {fingerprint}) for {country}, cycle {cycle}, "
        "revision {revision}, exported {exported_at}.",
    ).format(**{**facts, "file": path.name})


def show_verification(parent: QWidget | None, path: Path) -> None:
    intact, text = verification_text(path)
    box = QMessageBox.information if intact else QMessageBox.warning
    box(parent, translate("Opening", "Bundle check"), text)


def open_paths_later(window: Any, paths: list[str]) -> None:
    """Hand ``paths`` to ``window`` once the event loop runs (after it has been shown)."""
    if not paths:
        return

    def hand_over() -> None:
        if hasattr(window, "open_paths"):
            window.open_paths(paths)
        else:
            for path in paths:
                show_verification(window, Path(path))

    QTimer.singleShot(0, hand_over)


class FileOpenEvents(QObject):
    """An application event filter for macOS's "open this file" events.

    Files that arrive before the window exists (a double-click that starts the app) are
    kept until ``attach`` names the window; later ones go to it at once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: Any = None
        self.pending: list[str] = []

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() != QEvent.Type.FileOpen or not event.file():
            return False
        if self.window is None:
            self.pending.append(event.file())
        else:
            open_paths_later(self.window, [event.file()])
        return True

    def attach(self, window: Any) -> None:
        self.window = window
        paths, self.pending = self.pending, []
        open_paths_later(window, paths)
