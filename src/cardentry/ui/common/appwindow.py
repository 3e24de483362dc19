"""What the partner's and the secretariat's main windows share: actions, About, Settings,
dropped files, shutdown.

``AppWindow`` is a ``QMainWindow`` over one profile's store. A window declares its menus
with ``add_action`` (text, handler, keys, status tip; the action is added to the menu and
to the window, so its keys work wherever the focus is), shows About (version, its own
words, the profile folder and the log file) and Settings the same way, takes files
dropped on it (those ``accepts_drop`` accepts, to ``open_paths``), and closes in
the same order: remember the geometry, let the window finish its own work
(``finish_work``: the partner writes the open card, the secretariat stops its import),
stop the worker, write ``ui.ini``, close the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from cardentry.storage.paths import ProfilePaths
from cardentry.storage.store import Store
from cardentry.ui.common import i18n
from cardentry.ui.common.errors import show_error
from cardentry.ui.common.qt import (
    QAction,
    QApplication,
    QByteArray,
    QKeySequence,
    QMainWindow,
    QMessageBox,
    QSize,
    Qt,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.worker import StoreWorker

Keys = str | QKeySequence | QKeySequence.StandardKey | Iterable[str | QKeySequence] | None


def key_sequences(keys: Keys) -> list[QKeySequence]:
    """``"Ctrl+N"``, a standard key, or several of them, as Qt's key sequences."""
    if keys is None:
        return []
    if isinstance(keys, QKeySequence.StandardKey):
        return list(QKeySequence.keyBindings(keys))
    if isinstance(keys, str | QKeySequence):
        return [QKeySequence(keys)]
    return [QKeySequence(key) for key in keys]


class AppWindow(QMainWindow):
    """The main window of one profile; subclasses build their pages and menus."""

    GEOMETRY_KEY = "window/geometry"  # where ui.ini keeps this window's size and place
    worker: StoreWorker  # the one background thread of the window, set by the subclass (take_worker)
    database_damaged = Signal(object)  # the integrity check found the database damaged (its error)

    def __init__(self, store: Store, data_dir: Path):
        super().__init__()
        self.store, self.data_dir = store, Path(data_dir)
        self.closed = False
        QApplication.instance().aboutToQuit.connect(self.shutdown)  # before the worker's own stop
        self.settings = i18n.settings(self.data_dir)  # the profile folder's ui.ini

    def take_worker(self, worker: StoreWorker) -> StoreWorker:
        """The window's worker, whose first job is the store's integrity verdict
        (``Store.verdict``, pending when the window showed before it): nothing it runs
        after reads a database the check has not cleared. A failure goes to
        ``database_damaged`` (the launcher offers the recovery)."""
        worker.submit(self.store.verdict, on_error=self.database_damaged.emit)
        return worker

    # --- actions -------------------------------------------------------------------

    def add_action(
        self, menu: Any, text: str, handler: Callable[..., Any], keys: Keys = None, tip: str = ""
    ) -> QAction:
        """One menu entry with its keys, working wherever the focus is in this window."""
        action = QAction(text, self)
        sequences = key_sequences(keys)
        if sequences:
            action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(handler)
        menu.addAction(action)
        self.addAction(action)
        return action

    # --- files dropped on the window ---------------------------------------------------

    def accepts_drop(self, path: str) -> bool:
        """Whether a local file dragged over the window is one it opens (default: any)."""
        return True

    def open_paths(self, paths: list[str]) -> None:
        """Open files handed over (dropped, File > Open with, a double-click); the window's own."""
        raise NotImplementedError

    def dragEnterEvent(self, event: Any) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(url.isLocalFile() and self.accepts_drop(url.toLocalFile()) for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # --- running work ----------------------------------------------------------------

    def run_op(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        change: str | None = None,
        title: str | None = None,
    ) -> None:
        """A data change or a slow read on the worker (``StoreWorker.run_op``); a failure is
        logged and shown over this window."""
        self.worker.run_op(work, on_done, change=change, parent=self, title=title)

    # --- help, about, settings -----------------------------------------------------

    def about(self) -> tuple[str, str]:
        """The About box's title and the window's own words (version and profile folder included)."""
        raise NotImplementedError

    def show_about(self) -> None:
        """Help > About: the version, what the app is, the profile folder and the log file."""
        title, text = self.about()
        log_path = ProfilePaths(self.data_dir).log  # where the launcher's setup_logging writes
        text += "\n" + translate("AppWindow", "Log file: {path}").format(path=log_path)
        QMessageBox.information(self, title, text)

    def show_settings(self) -> None:
        """File > Settings: the interface language (in the profile folder, applied at the next start)."""
        from cardentry.ui.common.settings import SettingsDialog

        dialog = SettingsDialog(self.data_dir, self)
        self.settings_dialog = dialog
        dialog.open()

    def show_error(self, error: BaseException, title: str | None = None) -> None:
        """Tell the user about ``error`` over this window (``ui.common.errors.show_error``)."""
        show_error(self, error, title)

    # --- geometry and closing ------------------------------------------------------

    def restore_geometry(self, default: QSize) -> None:
        geometry = self.settings.value(self.GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(default)

    def finish_work(self) -> None:
        """The window's own last steps before the worker stops (nothing by default)."""

    def stop_worker(self) -> None:
        self.worker.stop()

    def shutdown(self) -> None:
        """Remember the geometry, finish the window's work, stop the worker, close the database (once)."""
        if self.closed:
            return
        self.closed = True
        self.settings.setValue(self.GEOMETRY_KEY, self.saveGeometry())
        self.finish_work()
        self.stop_worker()
        self.settings.sync()
        self.store.close()


__all__ = ["AppWindow", "QWidget", "key_sequences"]
