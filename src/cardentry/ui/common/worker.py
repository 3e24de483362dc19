"""Background work on the store, and the autosaving session of one open card.

``StoreWorker`` runs store calls one after another on a single background thread (the
store's connection is shared across threads and guarded by its lock); results come
back to the UI thread as queued signals, so callbacks may touch widgets. Order is kept:
an undo submitted after an edit runs after it.

``CardSession`` is what the editor talks to (Anki's ``CollectionOp`` idea: the UI
refreshes from what an operation returns, never from inside it):

* ``edit(path, value)`` records a value as typed; it is written ``DEBOUNCE_MS`` after
  the last keystroke, at once on ``flush()`` (focus leaves a field, the page changes),
  and synchronously on ``flush_sync()`` (the window closes);
* ``value(path)`` reads the latest value: unsaved edits first, then the last snapshot
  the worker loaded from the database after its latest write;
* ``snapshot_changed`` fires with every new snapshot; ``saved`` with the time of the
  latest write that changed something.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import queue
import traceback
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cardentry.storage.store import Store
from cardentry.ui.common.errors import log_failure, show_error
from cardentry.ui.common.i18n import format_time
from cardentry.ui.common.qt import QCoreApplication, QDateTime, QObject, QThread, QTimer, QWidget, Signal

if TYPE_CHECKING:  # the card's models are not needed before a card is opened (issue 18)
    from cardentry.bundleformat.models import Card

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
RETRY_MS = 5000


_running: weakref.WeakSet[StoreWorker] = weakref.WeakSet()


@atexit.register
def _stop_all() -> None:
    """A script that ends without quitting the app still finishes every queued write."""
    for worker in list(_running):
        with contextlib.suppress(RuntimeError):  # its Qt object is already gone
            worker.stop()


class _Runner(QThread):
    """A Qt thread (not a bare Python one), so Qt wakes the UI thread for its signals."""

    def __init__(self, target: Callable[[], None]):
        super().__init__()
        self._target = target
        self.setObjectName("cardentry-store")

    def run(self) -> None:
        self._target()


class StoreWorker(QObject):
    """One background thread that runs submitted functions in order.

    Windows use ``run_op`` (errors shown, one ``changed`` signal); ``submit`` is the
    bare mechanism under it (the card session's autosave, the export dialog).
    """

    _finished = Signal(object, object)  # callback, result
    _failed = Signal(object, object, str)  # errback, exception, traceback
    changed = Signal(str)  # after a change made through run_op: what changed ("key", "import"...)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: queue.Queue[tuple[Callable[[], Any], Any, Any] | None] = queue.Queue()
        self._finished.connect(self._deliver)
        self._failed.connect(self._deliver_error)
        self._stopped = False
        self._thread = _Runner(self._run)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # the app may quit without closing windows (app.quit())
            app.aboutToQuit.connect(self.stop)
        _running.add(self)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn`` on the worker; once stopped, at once on the caller's thread (never lost)."""
        if self._stopped:
            try:
                result = fn()
            except BaseException as error:
                self._deliver_error(on_error, error, traceback.format_exc())
            else:
                self._deliver(on_done, result)
            return
        self._queue.put((fn, on_done, on_error))

    def run_op(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        change: str | None = None,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        """The one way a window runs a data change or a slow read (Anki's ``CollectionOp``).

        ``work()`` runs here, never touching widgets; ``on_done(result)`` runs on the UI
        thread; then, for a change (``change="trust"``...), ``changed`` fires once so every
        view refreshes from the store. A failure is logged, then goes to ``on_error`` or,
        without one, to ``show_error`` over ``parent`` with ``title``.
        """

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if change is not None:
                self.changed.emit(change)

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            else:
                show_error(parent, error, title, logged=True)

        self.submit(work, done, failed)

    def _run(self) -> None:
        while True:
            task = self._queue.get()
            try:
                if task is None:
                    return
                fn, on_done, on_error = task
                try:
                    result = fn()
                except BaseException as error:
                    self._failed.emit(on_error, error, traceback.format_exc())
                else:
                    self._finished.emit(on_done, result)
            finally:
                self._queue.task_done()

    def _deliver(self, callback: Callable[[Any], None] | None, result: Any) -> None:
        if callback is not None:
            callback(result)

    def _deliver_error(
        self, errback: Callable[[BaseException], None] | None, error: BaseException, tb: str
    ) -> None:
        """A failed task is always logged (with its traceback unless the error is meant for
        people); its ``on_error`` shows it, or, without one, ``show_error`` does."""
        if error.__traceback__ is None:  # the traceback string is the record then
            log.error("background task failed:\n%s", tb)
            logged = True
        else:
            logged = False
        if errback is not None:
            if not logged:
                log_failure(error, "background task")
            errback(error)
        else:
            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, error, logged=logged)

    def join(self) -> None:
        """Wait until everything submitted so far has run (its callbacks run later, queued)."""
        self._queue.join()

    def stop(self) -> None:
        """Finish everything submitted, then end the thread; later submits run synchronously."""
        if self._stopped:
            return
        self._stopped = True
        _running.discard(self)
        self._queue.put(None)
        self._thread.wait()
        QCoreApplication.sendPostedEvents(self)  # deliver the last callbacks now


class CardSession(QObject):
    """The open card: debounced autosave, the latest snapshot, undo and redo."""

    snapshot_changed = Signal()
    saved = Signal(str)  # "14:02"
    save_failed = Signal(str)
    reloaded = Signal()  # after undo/redo: every widget should re-read its value

    def __init__(self, store: Store, worker: StoreWorker, assessment_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.worker = worker
        self.assessment_id = assessment_id
        self.card: Card = store.load_card(assessment_id)
        self.to_review: set[str] = store.to_review(assessment_id)
        self.can_undo = store.can_undo(assessment_id)
        self.can_redo = store.can_redo(assessment_id)
        self._pending: dict[str, Any] = {}
        self._inflight: dict[str, tuple[int, Any]] = {}
        self._seq = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.last_saved: str | None = None
        self.failing = False

    # --- values --------------------------------------------------------------------

    def value(self, path: str) -> Any:
        if path in self._pending:
            return self._pending[path]
        if path in self._inflight:
            return self._inflight[path][1]
        from cardentry.partner.review import card_value

        return card_value(self.card, path)

    @property
    def dirty(self) -> bool:
        return bool(self._pending or self._inflight)

    # --- writing -------------------------------------------------------------------

    def edit(self, path: str, value: Any, *, now: bool = False) -> None:
        """A value as the user left it; saved soon (or at once with ``now``)."""
        self._pending[path] = value
        if now:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Send every pending edit to the worker now."""
        self._timer.stop()
        if not self._pending:
            return
        self._seq += 1
        seq = self._seq
        batch = list(self._pending.items())
        self._pending.clear()
        for path, value in batch:
            self._inflight[path] = (seq, value)
        assessment_id, store = self.assessment_id, self.store

        def write() -> tuple[int, Card, set[str], bool, bool]:
            changed = 0
            for path, value in batch:
                if store.set_field(assessment_id, path, value) is not None:
                    changed += 1
            return changed, *self._load()

        def done(result: tuple[int, Card, set[str], bool, bool]) -> None:
            changed, *snapshot = result
            self._settle(seq)
            self._apply(*snapshot)
            if changed:
                self._mark_saved()

        def failed(error: BaseException) -> None:
            self._settle(seq)
            for path, value in batch:  # keep them, unless typed again since
                self._pending.setdefault(path, value)
            self.failing = True
            self.save_failed.emit(str(error))
            self._timer.start(RETRY_MS)

        self.worker.submit(write, done, failed)

    def flush_sync(self) -> None:
        """Write everything now and wait for it (closing the window, quitting)."""
        self.flush()
        self.worker.join()

    def run(
        self, operation: Callable[[Store, str], Any], on_done: Callable[[Any], None] | None = None
    ) -> None:
        """A structural change (evidence added, removed, moved): pending edits first, then
        ``operation(store, assessment_id)`` on the worker; the snapshot follows."""
        self.flush()
        assessment_id, store = self.assessment_id, self.store

        def work() -> tuple[Any, Card, set[str], bool, bool]:
            return operation(store, assessment_id), *self._load()

        def done(result: tuple[Any, Card, set[str], bool, bool]) -> None:
            value, *snapshot = result
            self._apply(*snapshot)
            self._mark_saved()
            if on_done is not None:
                on_done(value)

        self.worker.submit(work, done, lambda error: self.save_failed.emit(str(error)))

    def undo(self, on_done: Callable[[Any], None] | None = None) -> None:
        self._replay("undo", on_done)

    def redo(self, on_done: Callable[[Any], None] | None = None) -> None:
        self._replay("redo", on_done)

    def _replay(self, which: str, on_done: Callable[[Any], None] | None) -> None:
        self.flush()
        assessment_id, store = self.assessment_id, self.store

        def work() -> tuple[Any, Card, set[str], bool, bool]:
            edit = store.undo(assessment_id) if which == "undo" else store.redo(assessment_id)
            return edit, *self._load()

        def done(result: tuple[Any, Card, set[str], bool, bool]) -> None:
            edit, *snapshot = result
            self._apply(*snapshot)
            if edit is not None:
                self._mark_saved()
                self.reloaded.emit()
            if on_done is not None:
                on_done(edit)

        self.worker.submit(work, done, lambda error: self.save_failed.emit(str(error)))

    def history(self, path: str, on_done: Callable[[Any], None]) -> None:
        """The edits of one field, newest first (after pending edits are written)."""
        self.flush()
        assessment_id, store = self.assessment_id, self.store
        self.worker.submit(lambda: store.history(assessment_id, path), on_done)

    # --- internals -----------------------------------------------------------------

    def _load(self) -> tuple[Card, set[str], bool, bool]:
        """Runs on the worker: the card as now stored."""
        aid = self.assessment_id
        return (
            self.store.load_card(aid),
            self.store.to_review(aid),
            self.store.can_undo(aid),
            self.store.can_redo(aid),
        )

    def _settle(self, seq: int) -> None:
        for path in [path for path, (at, _) in self._inflight.items() if at <= seq]:
            del self._inflight[path]

    def _apply(self, card: Card, to_review: set[str], can_undo: bool, can_redo: bool) -> None:
        self.card, self.to_review, self.can_undo, self.can_redo = card, to_review, can_undo, can_redo
        self.snapshot_changed.emit()

    def _mark_saved(self) -> None:
        self.failing = False
        self.last_saved = format_time(QDateTime.currentDateTime())  # 14:02, or 2:02 PM, as the locale says
        self.saved.emit(self.last_saved)
