"""The secretariat window's link to the store: every call runs on the worker thread.

``Desk.run(fn, on_done)`` runs ``fn()`` (a core call) through ``StoreWorker.run_op``, the
one operation mechanism of both windows, and hands the result to ``on_done`` on the UI
thread, so a page never touches the database from the UI thread while an import writes
from the worker. A failure is logged and shown (``ui.common.errors.show_error``) unless
the caller handles it. ``changed`` tells the pages that the data moved (after an import
batch, a trust decision, a settlement): ``run(..., change="trust")`` fires it once.

``ImportJob`` runs ``importer.import_paths`` in slices: each slice imports files for at
most ``SLICE_SECONDS`` (and at most ``SLICE_FILES`` files) on the worker, then hands the
batch of results to the UI and queues the next slice. Between slices the worker runs
whatever else was asked (a page refresh), and the UI thread only ever adds a batch of
rows, so the window stays responsive through thousands of files.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry.storage.profile import ProfilePaths
from cardentry.storage.store import Store
from cardentry.ui.common.errors import show_error
from cardentry.ui.common.qt import QMessageBox, QObject, QWidget, Signal, translate
from cardentry.ui.common.worker import StoreWorker

if TYPE_CHECKING:  # the import's checks load with the first import, not before the first window (issue 18)
    from cardentry.secretariat.importer import FileResult, Keyring

SLICE_SECONDS = 0.1
SLICE_FILES = 200


class Desk(QObject):
    changed = Signal(str)  # what changed: "import", "trust", "resolve"
    failed = Signal(str)  # something went wrong, for people
    message = Signal(str)  # something worth a line in the status bar
    notice = Signal(str)  # something done that the dashboard confirms (a key trusted)

    def __init__(self, store: Store, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.data_dir = store, data_dir
        self.worker = StoreWorker(self)
        self.closed = False
        self._outstanding = 0

    @property
    def quarantine(self) -> Path:
        return ProfilePaths(self.data_dir).quarantine

    @property
    def idle(self) -> bool:
        """Nothing submitted is still running or waiting to be delivered (for tests)."""
        return self._outstanding == 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        change: str | None = None,
        title: str | None = None,
    ) -> None:
        """``fn()`` through ``StoreWorker.run_op``: nothing is delivered once the window
        closed; a failure without ``on_error`` is shown over the window (``show_error``);
        ``change`` makes ``changed`` fire after ``on_done``."""
        self._outstanding += 1

        def done(result: Any) -> None:
            self._outstanding -= 1
            if not self.closed:
                if on_done is not None:
                    on_done(result)
                if change is not None:
                    self.changed.emit(change)

        def error(exception: BaseException) -> None:
            self._outstanding -= 1
            if self.closed:
                return
            if on_error is not None:
                on_error(exception)
            else:
                self.failed.emit(str(exception) or type(exception).__name__)
                show_error(self.parent_window(), exception, title, logged=True)

        self.worker.run_op(fn, done, error)

    def parent_window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def stop(self) -> None:
        """Finish what was submitted, then stop the worker (the window closes)."""
        self.closed = True
        self.worker.stop()


@dataclass(frozen=True)
class ImportRow:
    """One line of the import results table."""

    result: FileResult
    organisation: str


class ImportJob(QObject):
    counted = Signal(int)  # number of bundle files found
    keys_found = Signal(list)  # partners' key files among the paths, not trusted yet
    progressed = Signal(list)  # list[ImportRow], one batch
    finished = Signal(object)  # ImportSummary

    def __init__(
        self,
        desk: Desk,
        paths: Sequence[str | Path],
        parent: QObject | None = None,
        *,
        passphrase: str | None = None,
    ):
        from cardentry.secretariat.importer import ImportSummary  # the import's checks load with it

        super().__init__(parent)
        self.desk = desk
        self.paths = [str(path) for path in paths]
        self.passphrase = passphrase  # of the network keys: opens sealed files (asked once per import)
        self.summary = ImportSummary()
        self.total = 0
        self.done = 0
        self.batches = 0
        self.cancelled = False
        self.running = False
        self.key_files: list[Path] = []
        self._results: Any = None
        self._organisations: dict[str, str] = {}

    def start(self) -> None:
        from cardentry.secretariat.dashboard import new_key_files
        from cardentry.secretariat.importer import count_bundle_files
        from cardentry.storage import network_keys

        self.running = True
        paths, store, passphrase, data_dir = self.paths, self.desk.store, self.passphrase, self.desk.data_dir
        self.passphrase = None

        def prepare() -> tuple[int, list[Path], Keyring | None]:
            # the sealing keys first: a wrong passphrase stops the import before any file
            keyring = None if passphrase is None else network_keys.unlock_keyring(data_dir, passphrase)
            return count_bundle_files(paths), new_key_files(store, paths), keyring

        self.desk.run(prepare, self._counted, self._failed)

    def cancel(self) -> None:
        """Stop after the slice that is running (files already imported stay imported)."""
        self.cancelled = True

    def _counted(self, found: tuple[int, list[Path], Keyring | None]) -> None:
        from cardentry.secretariat.importer import import_paths

        total, key_files, keyring = found
        self.total = total
        self.key_files = key_files
        self.counted.emit(total)
        self._results = import_paths(self.desk.store, self.paths, keyring=keyring)
        self._next()

    def _next(self) -> None:
        if self.cancelled or self.desk.closed:
            self._finish()
            return
        self.desk.run(self._slice, self._delivered, self._failed)

    def _slice(self) -> tuple[list[ImportRow], bool]:
        """Runs on the worker: import files for a moment, then report them."""
        results: list[FileResult] = []
        deadline = time.monotonic() + SLICE_SECONDS
        finished = False
        while len(results) < SLICE_FILES and time.monotonic() < deadline:
            try:
                results.append(next(self._results))
            except StopIteration:
                finished = True
                break
        unknown = {r.key_id for r in results if r.key_id and r.key_id not in self._organisations}
        if unknown:
            from cardentry.secretariat.dashboard import organisations_of_keys  # loaded by the first read

            self._organisations.update(organisations_of_keys(self.desk.store, unknown))
        rows = [ImportRow(r, self._organisations.get(r.key_id or "", "")) for r in results]
        return rows, finished

    def _delivered(self, outcome: tuple[list[ImportRow], bool]) -> None:
        rows, finished = outcome
        for row in rows:
            self.summary.add(row.result)
        self.done += len(rows)
        self.total = max(self.total, self.done)  # files added while importing
        if rows:
            self.batches += 1
            self.progressed.emit(rows)
        if finished:
            self._finish()
        else:
            self._next()

    def _failed(self, error: BaseException) -> None:
        """Logged by the worker; a line in the status bar and a message box."""
        from cardentry.storage.keys import WrongPassphrase  # loaded by the import already

        parent = self.desk.parent_window()
        title = translate("SecretariatDesk", "The import stopped")
        if isinstance(error, WrongPassphrase):
            message = translate(
                "SecretariatDesk", "The passphrase does not open the network keys: nothing was imported."
            )
            self.desk.failed.emit(message)
            self._finish()
            QMessageBox.warning(parent, title, message)
            return
        self.desk.failed.emit(translate("SecretariatDesk", "The import stopped: {error}").format(error=error))
        self._finish()
        show_error(parent, error, title, logged=True)

    def _finish(self) -> None:
        if not self.running:
            return
        self.running = False
        self._results = None
        self.desk.changed.emit("import")
        self.finished.emit(self.summary)
        if self.key_files:
            self.keys_found.emit(self.key_files)
